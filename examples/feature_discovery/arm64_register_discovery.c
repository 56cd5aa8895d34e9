/* SPDX-License-Identifier: MIT */
/*
 * Detect the Microsoft hypervisor the way an ARM64 guest does, with the SMCCC
 * vendor UID query, then read its feature registers with one HvCallGetVpRegisters
 * rep call and print the version, the partition's privileges and features, the
 * recommendations, the limits and the hardware features: cpuid_discovery.c's
 * output, from ARM64's synthetic registers instead of CPUID.
 *
 * hvref-demonstrates: HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID
 *  HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X0 HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X1
 *  HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X2 HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X3
 *  HV_ARM64_HYPERVISOR_FEATURES HV_ARM64_HYPERVISOR_FEATURES_HIGH
 *  HV_ARM64_ENLIGHTENMENT_INFORMATION
 *  HV_ARM64_HYPERVISOR_HARDWARE_FEATURES HV_HYPERVISOR_VERSION_INFO
 *  HV_IMPLEMENTATION_LIMITS HvCallGetVpRegisters
 *
 * The UID query is an SMCCC fast call (HVC #0 with the function identifier in
 * X0); a hypervisor that does not know it returns -1 in X0, and one that does
 * returns its 16-byte identifier in X0-X3. Only when all four registers match
 * the Microsoft hypervisor's values do the feature registers mean what hvref
 * says. The TLFS lets a guest read them before it has set HvRegisterGuestOsId.
 * Each value is 128 bits: HvRegisterHypervisorVersion and
 * HvRegisterImplementationLimitsInfo have the layout of CPUID leaves
 * 0x40000002 and 0x40000005 (EAX in bits 31-0 up to EDX in bits 127-96), the
 * other three ARM64 layouts of their own.
 *
 * A discovery tool: finding no Microsoft hypervisor is a result, not an
 * error, and exits with 0 (the x64 example seam answers every SMCCC call with
 * -1). Under the recording seam the UID query and the registers are answered
 * from the seam's fixture.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static const HV_REGISTER_NAME Names[] = {
    HvRegisterHypervisorVersion,
    HvRegisterPrivilegesAndFeaturesInfo,
    HvRegisterFeaturesInfo,
    HvRegisterImplementationLimitsInfo,
    HvRegisterHardwareFeaturesInfo,
};
#define NAME_COUNT ((UINT32)(sizeof(Names) / sizeof(Names[0])))

/* Prints " Name" when Bit is set. */
static void PrintFlag(UINT64 Bit, const char *Name)
{
    if (Bit != 0) {
        hvref_example_printf(" %s", Name);
    }
}

/* The vendor UID query: 1 when the hypervisor is Microsoft's. */
static int IsMicrosoftHypervisor(void)
{
    UINT64 Uid[4];

    hvref_example_smccc_call(HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID, Uid);
    if (Uid[0] == ~(UINT64)0) {
        hvref_example_printf("no hypervisor answers the SMCCC vendor UID query\n");
        return 0;
    }
    hvref_example_printf("vendor UID: X0 0x%08llX, X1 0x%08llX, X2 0x%08llX, X3 0x%08llX\n",
                         (unsigned long long)Uid[0], (unsigned long long)Uid[1],
                         (unsigned long long)Uid[2], (unsigned long long)Uid[3]);
    if (Uid[0] != HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X0 ||
        Uid[1] != HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X1 ||
        Uid[2] != HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X2 ||
        Uid[3] != HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X3) {
        hvref_example_printf("another vendor's hypervisor\n");
        return 0;
    }
    hvref_example_printf("Microsoft hypervisor\n");
    return 1;
}

static void PrintFeatures(const HV_REGISTER_VALUE *Values)
{
    HV_HYPERVISOR_VERSION_INFO Version;
    HV_ARM64_HYPERVISOR_FEATURES Features;
    HV_ARM64_HYPERVISOR_FEATURES_HIGH Flags;
    HV_ARM64_ENLIGHTENMENT_INFORMATION Recommendations;
    HV_IMPLEMENTATION_LIMITS Limits;
    HV_ARM64_HYPERVISOR_HARDWARE_FEATURES Hardware;

    /* A register's 128 bits are the type's 16 bytes, lowest first. */
    memcpy(&Version, &Values[0], sizeof(Version));
    memcpy(&Features, &Values[1], sizeof(Features));
    memcpy(&Recommendations, &Values[2], sizeof(Recommendations));
    memcpy(&Limits, &Values[3], sizeof(Limits));
    memcpy(&Hardware, &Values[4], sizeof(Hardware));

    hvref_example_printf("version %u.%u build %u, service pack %u, branch %u, number %u\n",
                         (unsigned)Version.MajorVersion, (unsigned)Version.MinorVersion,
                         (unsigned)Version.BuildNumber, (unsigned)Version.ServicePack,
                         (unsigned)Version.ServiceBranch, (unsigned)Version.ServiceNumber);

    /* Bits 63-0 are the privilege mask x64 reads from CPUID 0x40000003 EAX:EBX. */
    hvref_example_printf("privileges 0x%016llX:", (unsigned long long)Features.PartitionPrivileges.AsUINT64);
    PrintFlag(Features.PartitionPrivileges.AccessSynicRegs, "AccessSynicRegs");
    PrintFlag(Features.PartitionPrivileges.AccessSyntheticTimerRegs, "AccessSyntheticTimerRegs");
    PrintFlag(Features.PartitionPrivileges.AccessVpIndex, "AccessVpIndex");
    PrintFlag(Features.PartitionPrivileges.AccessPartitionReferenceTsc, "AccessPartitionReferenceTsc");
    PrintFlag(Features.PartitionPrivileges.AccessVpRegisters, "AccessVpRegisters");
    PrintFlag(Features.PartitionPrivileges.PostMessages, "PostMessages");
    PrintFlag(Features.PartitionPrivileges.SignalEvents, "SignalEvents");
    hvref_example_printf("\n");

    /* Bits 127-64 are ARM64's own feature flags. */
    Flags = Features.Features;
    hvref_example_printf("features 0x%016llX:", (unsigned long long)Flags.AsUINT64);
    PrintFlag(Flags.GuestDebuggingAvailable, "GuestDebuggingAvailable");
    PrintFlag(Flags.PerformanceMonitorsAvailable, "PerformanceMonitorsAvailable");
    PrintFlag(Flags.CpuDynamicPartitioningAvailable, "CpuDynamicPartitioningAvailable");
    PrintFlag(Flags.GuestIdleAvailable, "GuestIdleAvailable");
    PrintFlag(Flags.HypervisorSleepStateSupportAvailable, "HypervisorSleepStateSupportAvailable");
    PrintFlag(Flags.NumaDistanceQueryAvailable, "NumaDistanceQueryAvailable");
    PrintFlag(Flags.FrequencyRegsAvailable, "FrequencyRegsAvailable");
    PrintFlag(Flags.SyntheticMachineCheckAvailable, "SyntheticMachineCheckAvailable");
    PrintFlag(Flags.GuestCrashRegsAvailable, "GuestCrashRegsAvailable");
    PrintFlag(Flags.DisableHypervisorAvailable, "DisableHypervisorAvailable");
    PrintFlag(Flags.SintPollingModeAvailable, "SintPollingModeAvailable");
    PrintFlag(Flags.DirectSyntheticTimers, "DirectSyntheticTimers");
    hvref_example_printf("\n");

    hvref_example_printf("recommendations 0x%016llX:", (unsigned long long)Recommendations.AsUINT64[0]);
    PrintFlag(Recommendations.UseHvRegisterForReset, "UseHvRegisterForReset");
    PrintFlag(Recommendations.UseRelaxedTiming, "UseRelaxedTiming");
    PrintFlag(Recommendations.UseSyntheticClusterIpi, "UseSyntheticClusterIpi");
    PrintFlag(Recommendations.UseExProcessorMasks, "UseExProcessorMasks");
    PrintFlag(Recommendations.Nested, "Nested");
    PrintFlag(Recommendations.UseQpcBias, "UseQpcBias");
    PrintFlag(Recommendations.UseHypercallForMmioAccess, "UseHypercallForMmioAccess");
    PrintFlag(Recommendations.UseGpaPinningHypercall, "UseGpaPinningHypercall");
    PrintFlag(Recommendations.WakeVps, "WakeVps");
    PrintFlag(Recommendations.MapPartitionEventLogBuffer, "MapPartitionEventLogBuffer");
    hvref_example_printf("\n");
    if (Recommendations.LongSpinWaitCount == 0xFFFFFFFFu) {
        hvref_example_printf("long spin waits: never notify\n");
    } else {
        hvref_example_printf("long spin waits: notify every %u attempts\n",
                             (unsigned)Recommendations.LongSpinWaitCount);
    }

    hvref_example_printf("limits: %u virtual processors, %u logical processors, "
                         "%u remapped interrupt vectors\n",
                         (unsigned)Limits.MaxVirtualProcessorCount,
                         (unsigned)Limits.MaxLogicalProcessorCount,
                         (unsigned)Limits.MaxInterruptMappingCount);

    hvref_example_printf("hardware 0x%016llX:", (unsigned long long)Hardware.AsUINT64[0]);
    PrintFlag(Hardware.ArchitecturalPerformanceCountersInUse, "ArchitecturalPerformanceCountersInUse");
    PrintFlag(Hardware.SecondLevelAddressTranslationInUse, "SecondLevelAddressTranslationInUse");
    PrintFlag(Hardware.DmaRemappingInUse, "DmaRemappingInUse");
    PrintFlag(Hardware.InterruptRemappingInUse, "InterruptRemappingInUse");
    PrintFlag(Hardware.MemoryPatrolScrubberPresent, "MemoryPatrolScrubberPresent");
    PrintFlag(Hardware.DmaProtectionInUse, "DmaProtectionInUse");
    PrintFlag(Hardware.SyntheticTimersVolatile, "SyntheticTimersVolatile");
    hvref_example_printf("\n");
}

int main(void)
{
    PHV_INPUT_GET_VP_REGISTERS Header;
    HV_REGISTER_NAME *NameList;
    HV_REGISTER_VALUE *Values;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    if (!IsMicrosoftHypervisor()) {
        return 0;
    }

    /* The calling processor's own registers: the header, then the names. */
    Header = (PHV_INPUT_GET_VP_REGISTERS)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->PartitionId = HV_PARTITION_ID_SELF;
    Header->VpIndex = HV_VP_INDEX_SELF;
    Header->TargetVtl = 0; /* the caller's own VTL */
    NameList = (HV_REGISTER_NAME *)(void *)((UINT8 *)Header + sizeof(*Header));
    for (Index = 0; Index < NAME_COUNT; Index++) {
        NameList[Index] = Names[Index];
    }
    Values = (HV_REGISTER_VALUE *)hvref_example_output_page();

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallGetVpRegisters;
    Call.RepCount = NAME_COUNT;
    Call.RepStartIndex = 0;
    for (;;) {
        Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Header, Values);
        if (Result.Result != HV_STATUS_SUCCESS || Result.RepsComplete >= Call.RepCount) {
            break;
        }
        Call.RepStartIndex = Result.RepsComplete;
    }
    if (Result.Result != HV_STATUS_SUCCESS) {
        return hvref_example_report("HvCallGetVpRegisters", Result.AsUINT64);
    }
    PrintFeatures(Values);
    return hvref_example_report("HvCallGetVpRegisters", Result.AsUINT64);
}
