/* SPDX-License-Identifier: MIT */
/*
 * Read the optional Hv#1 CPUID leaves 0x40000006-0x4000000A, those a guest
 * reads only when leaf 0x40000000 reports them: hardware features the
 * hypervisor uses, root-only CPU management, shared virtual memory, and what
 * a hypervisor running nested may use.
 *
 * hvref-demonstrates: HV_X64_HYPERVISOR_HARDWARE_FEATURES
 *  HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES
 *  HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX
 *  HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX HV_HYPERVISOR_SVM_FEATURES
 *  HV_HYPERVISOR_SVM_FEATURES_EAX HV_X64_NESTED_HYPERVISOR_FEATURES
 *  HV_X64_NESTED_HYPERVISOR_FEATURES_EAX HV_X64_NESTED_HYPERVISOR_FEATURES_EDX
 *  HV_HYPERVISOR_NESTED_VIRT_FEATURES HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX
 *  HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX HV_VENDOR_AND_MAX_FUNCTION
 *  HV_HYPERVISOR_INTERFACE_INFO
 *
 * Leaves 0x40000007 and 0x40000008 are described only by TLFS 6.0b; a current
 * hypervisor may report them as zero. Leaf 0x4000000A matters to a nested
 * hypervisor, and only when leaf 0x40000004 recommends the enlightened VMCS.
 * Like cpuid_discovery.c this runs anywhere and always exits with 0.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    UINT32 Leaf1[4];
    HV_VENDOR_AND_MAX_FUNCTION Vendor;
    HV_HYPERVISOR_INTERFACE_INFO Interface;
    HV_X64_HYPERVISOR_HARDWARE_FEATURES Hardware;
    HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES CpuManagement;
    HV_HYPERVISOR_SVM_FEATURES Svm;
    HV_X64_NESTED_HYPERVISOR_FEATURES Nested;
    HV_HYPERVISOR_NESTED_VIRT_FEATURES NestedVirt;
    HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX InUse;
    HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX Startup;
    HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX Power;
    HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX Memory;
    HV_HYPERVISOR_SVM_FEATURES_EAX SvmEax;
    HV_X64_NESTED_HYPERVISOR_FEATURES_EAX NestedMsrs;
    HV_X64_NESTED_HYPERVISOR_FEATURES_EDX NestedCalls;
    HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX Vmcs;
    HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX VmcsFields;

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
    if (Interface.Interface != HvMicrosoftHypervisorInterface) {
        hvref_example_printf("Microsoft's hypervisor interface (\"Hv#1\") is absent\n");
        return 0;
    }

    if (Vendor.MaxFunction >= HvCpuIdFunctionMsHvHardwareFeatures) {
        hvref_example_cpuid(HvCpuIdFunctionMsHvHardwareFeatures, Hardware.AsUINT32);
        InUse = Hardware.Eax;
        hvref_example_printf("hardware features in use (0x%08X): SLAT %u, DMA remapping %u, "
                             "interrupt remapping %u, hypervisor level %u\n",
                             (unsigned)InUse.AsUINT32,
                             (unsigned)InUse.SecondLevelAddressTranslationInUse,
                             (unsigned)InUse.DmaRemappingInUse,
                             (unsigned)InUse.InterruptRemappingInUse,
                             (unsigned)InUse.HypervisorLevel);
    }

    if (Vendor.MaxFunction >= HvCpuIdFunctionMsHvCpuManagementFeatures) {
        hvref_example_cpuid(HvCpuIdFunctionMsHvCpuManagementFeatures, CpuManagement.AsUINT32);
        Startup = CpuManagement.Eax;
        Power = CpuManagement.Ebx;
        Memory = CpuManagement.Ecx;
        hvref_example_printf("root CPU management: start LP %u, power management %u, "
                             "remap guest uncached %u\n",
                             (unsigned)Startup.StartLogicalProcessor,
                             (unsigned)Power.ProcessorPowerManagement,
                             (unsigned)Memory.RemapGuestUncached);
    }

    if (Vendor.MaxFunction >= HvCpuIdFunctionMsHvSvmFeatures) {
        hvref_example_cpuid(HvCpuIdFunctionMsHvSvmFeatures, Svm.AsUINT32);
        SvmEax = Svm.Eax;
        hvref_example_printf("shared virtual memory: supported %u, PASIDs per space %u\n",
                             (unsigned)SvmEax.SvmSupported, (unsigned)SvmEax.MaxPasidSpacePasidCount);
    }

    if (Vendor.MaxFunction >= HvCpuIdFunctionMsHvSkipLevelFeatures) {
        hvref_example_cpuid(HvCpuIdFunctionMsHvSkipLevelFeatures, Nested.AsUINT32);
        NestedMsrs = Nested.Eax;
        NestedCalls = Nested.Edx;
        hvref_example_printf("for a nested hypervisor: SynIC MSRs %u, hypercall MSRs %u, "
                             "XMM fast hypercall input %s, output %s\n",
                             (unsigned)NestedMsrs.AccessSynicRegs,
                             (unsigned)NestedMsrs.AccessHypercallMsrs,
                             (NestedCalls.AsUINT32 & HV_X64_NESTED_HYPERVISOR_FEATURES_EDX_XMM_REGISTERS_FOR_FAST_HYPERCALL_AVAILABLE) ? "yes" : "no",
                             (NestedCalls.AsUINT32 & HV_X64_NESTED_HYPERVISOR_FEATURES_EDX_FAST_HYPERCALL_OUTPUT_AVAILABLE) ? "yes" : "no");
    }

    if (Vendor.MaxFunction >= HvCpuIdFunctionMsHvNestedVirtFeatures) {
        hvref_example_cpuid(HvCpuIdFunctionMsHvNestedVirtFeatures, NestedVirt.AsUINT32);
        Vmcs = NestedVirt.Eax;
        VmcsFields = NestedVirt.Ebx;
        hvref_example_printf("nested virtualization: enlightened VMCS versions %u-%u, direct flush %u, "
                             "MSR bitmap %u, perf global ctrl fields %u\n",
                             (unsigned)Vmcs.EnlightenedVmcsVersionLow,
                             (unsigned)Vmcs.EnlightenedVmcsVersionHigh,
                             (unsigned)Vmcs.NestedFlushVirtualHypercall,
                             (unsigned)Vmcs.MsrBitmap,
                             (unsigned)VmcsFields.EvmcsPerfGlobalCtrl);
    }
    return 0;
}
