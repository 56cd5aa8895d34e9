/* SPDX-License-Identifier: MIT */
/*
 * A spinlock's slow path: after the number of retries CPUID leaf 0x40000004
 * EBX recommends, tell the hypervisor with the fast hypercall
 * HvCallNotifyLongSpinWait, then keep spinning.
 *
 * hvref-demonstrates: HvCallNotifyLongSpinWait HV_INPUT_NOTIFY_LONG_SPIN_WAIT
 *  HV_X64_ENLIGHTENMENT_INFORMATION
 *
 * A LongSpinWaitCount of 0xFFFFFFFF means "never notify". The 8-byte input
 * is built through its structure and copied into the first input register,
 * so that SpinCount lands in bytes 0-3 and the reserved word stays zero.
 * The call always succeeds; it only gives the scheduler a hint.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    UINT32 Leaf1[4];
    HV_VENDOR_AND_MAX_FUNCTION Vendor;
    HV_HYPERVISOR_INTERFACE_INFO Interface;
    HV_X64_ENLIGHTENMENT_INFORMATION Info;
    HV_INPUT_NOTIFY_LONG_SPIN_WAIT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT64 Input0;
    UINT32 Spins;

    /* Only under Microsoft's hypervisor interface does leaf 0x40000004 mean
     * what HV_X64_ENLIGHTENMENT_INFORMATION says. */
    hvref_example_cpuid(HvCpuIdFunctionVersionAndFeatures, Leaf1);
    if ((Leaf1[2] & HV_X64_CPUID_HYPERVISOR_PRESENT) == 0) {
        hvref_example_printf("no hypervisor present\n");
        return 0;
    }
    hvref_example_cpuid(HvCpuIdFunctionHvVendorAndMaxFunction, Vendor.AsUINT32);
    Interface.Interface = 0;
    if (Vendor.MaxFunction >= HvCpuIdFunctionHvInterface) {
        hvref_example_cpuid(HvCpuIdFunctionHvInterface, Interface.AsUINT32);
    }
    if (Interface.Interface != HvMicrosoftHypervisorInterface ||
        Vendor.MaxFunction < HvCpuIdFunctionMsHvEnlightenmentInformation) {
        hvref_example_printf("Microsoft's hypervisor interface is absent\n");
        return 0;
    }
    hvref_example_cpuid(HvCpuIdFunctionMsHvEnlightenmentInformation, Info.AsUINT32);
    hvref_example_printf("LongSpinWaitCount 0x%08X\n", (unsigned int)Info.LongSpinWaitCount);
    if (Info.LongSpinWaitCount == 0xFFFFFFFFu) {
        hvref_example_printf("the hypervisor asks for no notification\n");
        return 0;
    }

    /* The lock's slow path would spin here; this example has spun exactly
     * the recommended count (at least once). */
    Spins = Info.LongSpinWaitCount != 0 ? Info.LongSpinWaitCount : 1u;

    memset(&Input, 0, sizeof(Input));
    Input.SpinCount = Spins;
    Input.RsvdZ = 0;
    memcpy(&Input0, &Input, sizeof(Input0));

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallNotifyLongSpinWait;
    Call.Fast = 1;
    Call.RepCount = 0;

    Result.AsUINT64 = hvref_example_fast_hypercall(Call.AsUINT64, Input0, 0);
    return hvref_example_report("HvCallNotifyLongSpinWait", Result.AsUINT64);
}
