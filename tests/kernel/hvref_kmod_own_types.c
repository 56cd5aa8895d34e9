// SPDX-License-Identifier: MIT
/*
 * The one documented define: a module that already declares UINT8 ... INT64
 * itself (code shared with a Windows driver, say) defines
 * HVREF_SCALAR_TYPES_DEFINED, and hvref includes nothing and uses those.
 */
#include <linux/types.h>

typedef u8 UINT8;
typedef u16 UINT16;
typedef u32 UINT32;
typedef u64 UINT64;
typedef s8 INT8;
typedef s16 INT16;
typedef s32 INT32;
typedef s64 INT64;

#define HVREF_SCALAR_TYPES_DEFINED
#include <hvref/hvref.h>

#include "hvref_kmod.h"

u64 hvref_kmod_own_types_call(void)
{
	HV_HYPERCALL_INPUT call;

	call.AsUINT64 = 0;
	call.CallCode = HvCallFlushVirtualAddressSpaceEx;
	call.VariableHeaderSize = 1;
	return call.AsUINT64;
}
