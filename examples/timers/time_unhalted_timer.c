/*
 * Start the synthetic time-unhalted timer: check in CPUID that the
 * hypervisor offers it and that the partition may use the synthetic timer
 * MSRs, write the period (1 ms of unhalted time) to its count MSR, then
 * enable it with a vector in its configuration MSR.
 *
 * hvref-demonstrates: HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG_CONTENTS
 * HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT
 */
#include <hvref/feature_discovery.h>
#include <hvref/msr.h>
#include <hvref/timers.h>

#include "hvref_example.h"

/* The period, in 100 ns units of time the processor spends not halted. */
#define EXAMPLE_PERIOD 10000ull

int main(void)
{
    UINT32 leaf1[4];
    UINT32 features[4];
    HV_VENDOR_AND_MAX_FUNCTION vendor;
    HV_HYPERVISOR_INTERFACE_INFO interface_info;
    HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG_CONTENTS config;

    hvref_example_cpuid(HvCpuIdFunctionVersionAndFeatures, leaf1);
    if ((leaf1[2] & HV_X64_CPUID_HYPERVISOR_PRESENT) == 0) {
        hvref_example_printf("no hypervisor present\n");
        return 0;
    }
    hvref_example_cpuid(HvCpuIdFunctionHvVendorAndMaxFunction, vendor.AsUINT32);
    interface_info.Interface = 0;
    if (vendor.MaxFunction >= HvCpuIdFunctionHvInterface) {
        hvref_example_cpuid(HvCpuIdFunctionHvInterface, interface_info.AsUINT32);
    }
    if (interface_info.Interface != HvMicrosoftHypervisorInterface ||
        vendor.MaxFunction < HvCpuIdFunctionMsHvFeatures) {
        hvref_example_printf("Microsoft's hypervisor interface (\"Hv#1\") is absent\n");
        return 0;
    }
    /* EAX and EBX are the partition's privileges, EDX the features. */
    hvref_example_cpuid(HvCpuIdFunctionMsHvFeatures, features);
    if ((features[0] & (UINT32)HV_PARTITION_PRIVILEGE_ACCESS_SYNTHETIC_TIMER_REGS) == 0 ||
        (features[3] & HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_TIME_UNHALTED_TIMER_AVAILABLE) == 0) {
        hvref_example_printf("synthetic time-unhalted timer not available\n");
        return 0;
    }

    /* Stop the timer, set the period, then enable it with vector 0xE1 (2
     * would make it an NMI). */
    hvref_example_write_msr(HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG, 0);
    hvref_example_write_msr(HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT, EXAMPLE_PERIOD);
    config.AsUINT64 = 0;
    config.Vector = 0xE1;
    config.Enabled = 1;
    hvref_example_write_msr(HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG, config.AsUINT64);
    hvref_example_printf("time-unhalted timer: vector 0x%02X every %llu x 100 ns\n",
                         (unsigned)config.Vector, (unsigned long long)EXAMPLE_PERIOD);
    return 0;
}
