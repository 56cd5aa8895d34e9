/* SPDX-License-Identifier: MIT */
/*
 * Flush every address space on virtual processors 0 and 1 with an XMM fast
 * hypercall: the 24-byte input travels in registers instead of a page.
 *
 * hvref-demonstrates: HvCallFlushVirtualAddressSpace HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE
 *  HV_FLUSH_FLAGS HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * With Fast set, the input block is passed in RDX, R8 and then XMM0-XMM5 on
 * x64 (X1 onwards on ARM64), up to 112 bytes; this input needs RDX, R8 and
 * the low half of XMM0. Before using the XMM convention a driver checks that
 * the hypervisor offers it (CPUID leaf 0x40000003, EDX bit 4, on x64) and
 * otherwise passes the same bytes in the input page with Fast clear.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    memset(&Input, 0, sizeof(Input));
    /* With HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES, AddressSpace is ignored. */
    Input.AddressSpace = 0;
    Input.Flags = (HV_FLUSH_FLAGS)(HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES |
                                   HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY);
    Input.ProcessorMask = 0x3; /* virtual processors 0 and 1 */

    /* A simple call made fast: no rep count, no variable header. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallFlushVirtualAddressSpace;
    Call.Fast = 1;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    /* The call has no output, so no output registers are requested. */
    Result.AsUINT64 = hvref_example_xmm_fast_hypercall(Call.AsUINT64, &Input, sizeof(Input), NULL, 0);

    return hvref_example_report("HvCallFlushVirtualAddressSpace", Result.AsUINT64);
}
