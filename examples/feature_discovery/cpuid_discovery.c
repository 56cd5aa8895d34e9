/* SPDX-License-Identifier: MIT */
/*
 * Detect the hypervisor this code runs under and, when it speaks Microsoft's
 * "Hv#1" interface, print its version, the partition's privileges and
 * features, the hypervisor's recommendations and its limits.
 *
 * hvref-demonstrates: HV_CPUID_FUNCTION HV_CPUID_RESULT HV_VENDOR_AND_MAX_FUNCTION
 *  HV_HYPERVISOR_INTERFACE HV_HYPERVISOR_INTERFACE_INFO HV_HYPERVISOR_VERSION_INFO
 *  HV_X64_HYPERVISOR_FEATURES HV_PARTITION_PRIVILEGE_MASK
 *  HV_X64_HYPERVISOR_FEATURES_ECX HV_X64_HYPERVISOR_FEATURES_EDX
 *  HV_X64_ENLIGHTENMENT_INFORMATION HV_X64_ENLIGHTENMENT_INFORMATION_EAX
 *  HV_X64_ENLIGHTENMENT_INFORMATION_ECX HV_IMPLEMENTATION_LIMITS
 *
 * The order is the one the TLFS prescribes: CPUID leaf 1 ECX bit 31 says
 * whether any hypervisor is present; leaf 0x40000000 names the vendor and the
 * highest hypervisor leaf; leaf 0x40000001 names the interface. The vendor
 * string is only for display: what decides whether leaves 0x40000002 and up
 * mean what hvref says is the interface signature "Hv#1" (other hypervisors,
 * KVM with its Hyper-V enlightenments for instance, implement it too).
 *
 * CPUID is unprivileged, so this runs as an ordinary program on any x86
 * machine. It is a discovery tool: finding no hypervisor, or one without the
 * Hv#1 interface, is a result, not an error, and it exits with 0 either way.
 * On other architectures the example seam's CPUID returns zeros and the
 * program reports that no hypervisor was found. Leaf 0x40000002 reads as zero
 * until the guest kernel has written its identity (see guest_os_id.c).
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* One flag to print: a mask of a register or of the privilege mask. */
typedef struct {
    UINT64 Mask;
    const char *Name;
} FLAG;

static const FLAG PrivilegeFlags[] = {
    { HV_PARTITION_PRIVILEGE_ACCESS_VP_RUN_TIME_REG, "AccessVpRunTimeReg" },
    { HV_PARTITION_PRIVILEGE_ACCESS_PARTITION_REFERENCE_COUNTER, "AccessPartitionReferenceCounter" },
    { HV_PARTITION_PRIVILEGE_ACCESS_SYNIC_REGS, "AccessSynicRegs" },
    { HV_PARTITION_PRIVILEGE_ACCESS_SYNTHETIC_TIMER_REGS, "AccessSyntheticTimerRegs" },
    { HV_PARTITION_PRIVILEGE_ACCESS_INTR_CTRL_REGS, "AccessIntrCtrlRegs" },
    { HV_PARTITION_PRIVILEGE_ACCESS_HYPERCALL_MSRS, "AccessHypercallMsrs" },
    { HV_PARTITION_PRIVILEGE_ACCESS_VP_INDEX, "AccessVpIndex" },
    { HV_PARTITION_PRIVILEGE_ACCESS_RESET_REG, "AccessResetReg" },
    { HV_PARTITION_PRIVILEGE_ACCESS_STATS_REG, "AccessStatsReg" },
    { HV_PARTITION_PRIVILEGE_ACCESS_PARTITION_REFERENCE_TSC, "AccessPartitionReferenceTsc" },
    { HV_PARTITION_PRIVILEGE_ACCESS_GUEST_IDLE_REG, "AccessGuestIdleReg" },
    { HV_PARTITION_PRIVILEGE_ACCESS_FREQUENCY_REGS, "AccessFrequencyRegs" },
    { HV_PARTITION_PRIVILEGE_ACCESS_REENLIGHTENMENT_CONTROLS, "AccessReenlightenmentControls" },
    { HV_PARTITION_PRIVILEGE_CREATE_PARTITIONS, "CreatePartitions" },
    { HV_PARTITION_PRIVILEGE_ACCESS_PARTITION_ID, "AccessPartitionId" },
    { HV_PARTITION_PRIVILEGE_ACCESS_MEMORY_POOL, "AccessMemoryPool" },
    { HV_PARTITION_PRIVILEGE_POST_MESSAGES, "PostMessages" },
    { HV_PARTITION_PRIVILEGE_SIGNAL_EVENTS, "SignalEvents" },
    { HV_PARTITION_PRIVILEGE_CREATE_PORT, "CreatePort" },
    { HV_PARTITION_PRIVILEGE_CONNECT_PORT, "ConnectPort" },
    { HV_PARTITION_PRIVILEGE_ACCESS_STATS, "AccessStats" },
    { HV_PARTITION_PRIVILEGE_DEBUGGING, "Debugging" },
    { HV_PARTITION_PRIVILEGE_CPU_MANAGEMENT, "CpuManagement" },
    { HV_PARTITION_PRIVILEGE_ACCESS_VSM, "AccessVSM" },
    { HV_PARTITION_PRIVILEGE_ACCESS_VP_REGISTERS, "AccessVpRegisters" },
    { HV_PARTITION_PRIVILEGE_ENABLE_EXTENDED_HYPERCALLS, "EnableExtendedHypercalls" },
    { HV_PARTITION_PRIVILEGE_START_VIRTUAL_PROCESSOR, "StartVirtualProcessor" },
};

static const FLAG FeatureFlagsEdx[] = {
    { HV_X64_HYPERVISOR_FEATURES_EDX_GUEST_DEBUGGING_AVAILABLE, "GuestDebuggingAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_PERFORMANCE_MONITORS_AVAILABLE, "PerformanceMonitorsAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_CPU_DYNAMIC_PARTITIONING_AVAILABLE, "CpuDynamicPartitioningAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_XMM_REGISTERS_FOR_FAST_HYPERCALL_AVAILABLE, "XmmRegistersForFastHypercallAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_GUEST_IDLE_AVAILABLE, "GuestIdleAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_HYPERVISOR_SLEEP_STATE_SUPPORT_AVAILABLE, "HypervisorSleepStateSupportAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_NUMA_DISTANCE_QUERY_AVAILABLE, "NumaDistanceQueryAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_FREQUENCY_REGS_AVAILABLE, "FrequencyRegsAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_MACHINE_CHECK_AVAILABLE, "SyntheticMachineCheckAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_GUEST_CRASH_MSRS_AVAILABLE, "GuestCrashMsrsAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_DEBUG_REGS_AVAILABLE, "DebugRegsAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_NPIEP1_AVAILABLE, "Npiep1Available" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_DISABLE_HYPERVISOR_AVAILABLE, "DisableHypervisorAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_EXTENDED_GVA_RANGES_FOR_FLUSH_VIRTUAL_ADDRESS_LIST_AVAILABLE,
      "ExtendedGvaRangesForFlushVirtualAddressListAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_FAST_HYPERCALL_OUTPUT_AVAILABLE, "FastHypercallOutputAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_SINT_POLLING_MODE_AVAILABLE, "SintPollingModeAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_HYPERCALL_MSR_LOCK_AVAILABLE, "HypercallMsrLockAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_DIRECT_SYNTHETIC_TIMERS, "DirectSyntheticTimers" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_REGISTER_PAT_AVAILABLE, "RegisterPatAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_REGISTER_BNDCFGS_AVAILABLE, "RegisterBndcfgsAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_TIME_UNHALTED_TIMER_AVAILABLE, "SyntheticTimeUnhaltedTimerAvailable" },
    { HV_X64_HYPERVISOR_FEATURES_EDX_LBR_AVAILABLE, "LbrAvailable" },
};

static void PrintFlags(const char *Title, UINT64 Value, const FLAG *Flags, size_t Count)
{
    size_t i;
    hvref_example_printf("%s (0x%llX):", Title, (unsigned long long)Value);
    for (i = 0; i < Count; i++) {
        if (Value & Flags[i].Mask) {
            hvref_example_printf(" %s", Flags[i].Name);
        }
    }
    hvref_example_printf("\n");
}

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Prints the Hv#1 leaves 0x40000002-0x40000005. */
static void PrintMicrosoftLeaves(void)
{
    HV_HYPERVISOR_VERSION_INFO Version;
    HV_X64_HYPERVISOR_FEATURES Features;
    HV_X64_ENLIGHTENMENT_INFORMATION Recommendations;
    HV_IMPLEMENTATION_LIMITS Limits;
    HV_PARTITION_PRIVILEGE_MASK Privileges;
    HV_X64_HYPERVISOR_FEATURES_ECX FeaturesEcx;
    HV_X64_ENLIGHTENMENT_INFORMATION_EAX Recommended;
    HV_X64_ENLIGHTENMENT_INFORMATION_ECX AddressWidth;

    /* Each leaf union's AsUINT32 receives EAX, EBX, ECX, EDX directly. */
    hvref_example_cpuid(HvCpuIdFunctionMsHvVersion, Version.AsUINT32);
    hvref_example_cpuid(HvCpuIdFunctionMsHvFeatures, Features.AsUINT32);
    hvref_example_cpuid(HvCpuIdFunctionMsHvEnlightenmentInformation, Recommendations.AsUINT32);
    hvref_example_cpuid(HvCpuIdFunctionMsHvImplementationLimits, Limits.AsUINT32);

    hvref_example_printf("version %u.%u build %u, service pack %u, branch %u, number %u\n",
                         (unsigned)Version.MajorVersion, (unsigned)Version.MinorVersion,
                         (unsigned)Version.BuildNumber, (unsigned)Version.ServicePack,
                         (unsigned)Version.ServiceBranch, (unsigned)Version.ServiceNumber);

    /* EAX and EBX of leaf 0x40000003 are the two halves of the privilege mask. */
    Privileges = Features.PartitionPrivileges;
    PrintFlags("privileges", Privileges.AsUINT64, PrivilegeFlags, COUNT_OF(PrivilegeFlags));
    if (!Privileges.AccessHypercallMsrs) {
        hvref_example_printf("  this partition may not set up the hypercall page\n");
    }
    PrintFlags("features EDX", Features.Edx.AsUINT32, FeatureFlagsEdx, COUNT_OF(FeatureFlagsEdx));
    FeaturesEcx = Features.Ecx;
    hvref_example_printf("features ECX (0x%08X):%s%s%s%s\n", (unsigned)FeaturesEcx.AsUINT32,
                         FeaturesEcx.InvariantMperfAvailable ? " InvariantMperfAvailable" : "",
                         FeaturesEcx.SupervisorShadowStackAvailable ? " SupervisorShadowStackAvailable" : "",
                         FeaturesEcx.ArchPmuAvailable ? " ArchPmuAvailable" : "",
                         FeaturesEcx.ExceptionTrapInterceptAvailable ? " ExceptionTrapInterceptAvailable" : "");

    Recommended = Recommendations.Eax;
    hvref_example_printf("recommendations (EAX 0x%08X):%s%s%s%s%s%s%s%s\n",
                         (unsigned)Recommended.AsUINT32,
                         Recommended.UseHypercallForAddressSpaceSwitch ? " UseHypercallForAddressSpaceSwitch" : "",
                         Recommended.UseHypercallForLocalFlush ? " UseHypercallForLocalFlush" : "",
                         Recommended.UseHypercallForRemoteFlush ? " UseHypercallForRemoteFlush" : "",
                         Recommended.UseApicMsrs ? " UseApicMsrs" : "",
                         Recommended.UseRelaxedTiming ? " UseRelaxedTiming" : "",
                         Recommended.UseSyntheticClusterIpi ? " UseSyntheticClusterIpi" : "",
                         Recommended.UseExProcessorMasks ? " UseExProcessorMasks" : "",
                         Recommended.Nested ? " Nested" : "");
    if (Recommendations.LongSpinWaitCount == 0xFFFFFFFFu) {
        hvref_example_printf("long spin waits: never notify the hypervisor\n");
    } else {
        hvref_example_printf("long spin waits: notify every %u attempts\n",
                             (unsigned)Recommendations.LongSpinWaitCount);
    }
    AddressWidth = Recommendations.Ecx;
    if (AddressWidth.ImplementedPhysicalAddressBits != 0) {
        hvref_example_printf("host physical address width: %u bits\n",
                             (unsigned)AddressWidth.ImplementedPhysicalAddressBits);
    }

    /* Zero means "not reported". */
    hvref_example_printf("limits: %u virtual processors, %u logical processors, %u remapped interrupt vectors\n",
                         (unsigned)Limits.MaxVirtualProcessorCount,
                         (unsigned)Limits.MaxLogicalProcessorCount,
                         (unsigned)Limits.MaxInterruptMappingCount);
}

int main(void)
{
    HV_CPUID_RESULT Leaf1;
    HV_VENDOR_AND_MAX_FUNCTION Vendor;
    HV_HYPERVISOR_INTERFACE_INFO Interface;
    char Name[13];
    size_t i;
    int IsMicrosoft;
    /* A Microsoft hypervisor implements at least the leaves up to this one. */
    const HV_CPUID_FUNCTION LastRequiredLeaf = HvCpuIdFunctionMsHvImplementationLimits;

    hvref_example_cpuid(HvCpuIdFunctionVersionAndFeatures, Leaf1.AsUINT32);
    if ((Leaf1.Ecx & HV_X64_CPUID_HYPERVISOR_PRESENT) == 0) {
        hvref_example_printf("no hypervisor present (CPUID leaf 1 ECX bit %d is clear)\n",
                             HV_X64_CPUID_HYPERVISOR_PRESENT_BIT);
        return 0;
    }

    hvref_example_cpuid(HvCpuIdFunctionHvVendorAndMaxFunction, Vendor.AsUINT32);
    /* The 12 signature bytes are not NUL-terminated; shorter names such as
     * "KVMKVMKVM" are padded with NULs. */
    for (i = 0; i < sizeof Vendor.VendorName; i++) {
        UINT8 c = Vendor.VendorName[i];
        Name[i] = (char)(c == 0 ? 0 : (c < 0x20 || c > 0x7E) ? '?' : c);
    }
    Name[12] = 0;
    IsMicrosoft = Vendor.AsUINT32[1] == HV_CPUID_HV_VENDOR_MICROSOFT_EBX &&
                  Vendor.AsUINT32[2] == HV_CPUID_HV_VENDOR_MICROSOFT_ECX &&
                  Vendor.AsUINT32[3] == HV_CPUID_HV_VENDOR_MICROSOFT_EDX;
    hvref_example_printf("hypervisor present: vendor \"%s\"%s, highest hypervisor leaf 0x%08X\n", Name,
                         IsMicrosoft ? " (Microsoft)" : "",
                         (unsigned)Vendor.MaxFunction);

    /* Leaf 0x40000001 is guaranteed once the present bit is set, but some
     * hypervisors report a smaller highest leaf; do not read past it. */
    if (Vendor.MaxFunction < HvCpuIdFunctionHvInterface) {
        hvref_example_printf("it reports no interface leaf: Microsoft's hypervisor interface is absent\n");
        return 0;
    }
    hvref_example_cpuid(HvCpuIdFunctionHvInterface, Interface.AsUINT32);
    if (Interface.Interface != HvMicrosoftHypervisorInterface) {
        hvref_example_printf("interface signature 0x%08X is not \"Hv#1\": "
                             "Microsoft's hypervisor interface is absent\n",
                             (unsigned)Interface.Interface);
        return 0;
    }
    if (Vendor.MaxFunction < (UINT32)LastRequiredLeaf) {
        hvref_example_printf("interface \"Hv#1\", but leaves up to 0x40000005 are missing\n");
        return 0;
    }
    hvref_example_printf("interface \"Hv#1\": Microsoft hypervisor interface\n");
    PrintMicrosoftLeaves();
    return 0;
}
