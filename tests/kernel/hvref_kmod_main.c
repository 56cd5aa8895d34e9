// SPDX-License-Identifier: MIT
/*
 * hvref in a Linux kernel module, with nothing to configure: under Kbuild
 * (__KERNEL__) the headers take UINT8 ... INT64 from <linux/types.h>. hvref
 * is included first here, before any kernel header, to show that the order
 * does not matter. Built by tests/kernel/build_module.py, never loaded.
 */
#include <hvref/hvref.h>

#include <linux/init.h>
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/string.h>

#include "hvref_kmod.h"

/* One input structure and its call's input value, as a driver builds them. */
static u64 hvref_kmod_build(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE *input)
{
	HV_HYPERCALL_INPUT call;

	memset(input, 0, sizeof(*input));
	input->AddressSpace = 0x1A000;
	input->Flags = HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES;
	input->ProcessorMask = 0x3; /* virtual processors 0 and 1 */

	call.AsUINT64 = 0;
	call.CallCode = HvCallFlushVirtualAddressSpace;
	call.Fast = 0;
	return call.AsUINT64 & ~HV_HYPERCALL_INPUT_RSVDZ_MASK;
}

static int __init hvref_kmod_init(void)
{
	HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE input;
	u64 value = hvref_kmod_build(&input);

	/* UINT64 is the kernel's u64 here: %llx needs no cast. */
	pr_info("hvref: input value %#llx, flags %#llx, own types %#llx\n",
		value, input.Flags, hvref_kmod_own_types_call());
	return 0;
}

static void __exit hvref_kmod_exit(void)
{
}

module_init(hvref_kmod_init);
module_exit(hvref_kmod_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("hvref build test: the TLFS headers in a kernel module");
