/* SPDX-License-Identifier: MIT */
/* Shared between the two units of the test module. */
#ifndef HVREF_KMOD_H
#define HVREF_KMOD_H

#include <linux/types.h>

/* The input value hvref_kmod_own_types.c builds, where hvref's scalar types
 * come from the module (HVREF_SCALAR_TYPES_DEFINED). */
u64 hvref_kmod_own_types_call(void);

#endif
