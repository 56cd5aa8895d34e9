/* SPDX-License-Identifier: MIT */
/*
 * What the real (non-recording) example seams need from the kernel they run
 * in. A guest kernel that adopts hvref_example_x64.c or hvref_example_arm64.c
 * implements these three functions with its own allocator, address
 * translation and log.
 */
#ifndef HVREF_EXAMPLE_PLATFORM_H
#define HVREF_EXAMPLE_PLATFORM_H

#include <stdarg.h>

#include <hvref/hvref.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A zeroed, 4 KiB-aligned page of guest memory that stays mapped; executable
 * when Executable is non-zero (the hypercall code page on x64). */
void *hvref_platform_alloc_page(int Executable);

/* The guest physical address of a page returned by hvref_platform_alloc_page. */
UINT64 hvref_platform_gpa_of(const void *Page);

/* The kernel's log (printk, DbgPrint). */
int hvref_platform_vprintf(const char *Format, va_list Arguments);

#ifdef __cplusplus
}
#endif

#endif /* HVREF_EXAMPLE_PLATFORM_H */
