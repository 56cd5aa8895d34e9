/* SPDX-License-Identifier: MIT */
/*
 * As a parent partition emulating a PC's timers for a child: compose the
 * three property values that hand the child's 100 Hz periodic timer
 * interrupt and its ACPI PM timer to the hypervisor (TLFS 2.0), and print
 * them in the order they are set.
 *
 * hvref-demonstrates: HV_EMULATED_TIMER_PERIOD HV_EMULATED_TIMER_CONTROL HV_PM_TIMER_INFO
 *
 * The parent stores each value in the child's partition properties
 * HvPartitionPropertyEmulatedTimerPeriod (0x00030000), ...Control
 * (0x00030001) and HvPartitionPropertyPmTimerAssist (0x00030002) with
 * HvCallSetPartitionProperty: the period first, then the control with
 * Enabled, so the assist starts with the right period. The interrupt is the
 * one the emulated I/O APIC routes the timer to: here vector 0x30, fixed
 * delivery, physical destination APIC ID 0. The PM timer sits at I/O port
 * 0x408 (as the child's ACPI FADT says) and is 24 bits wide.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* 100 Hz: 10 ms in 100 ns units. */
#define TIMER_PERIOD_100NS 100000ull

int main(void)
{
    HV_EMULATED_TIMER_PERIOD Period;
    HV_EMULATED_TIMER_CONTROL Control;
    HV_PM_TIMER_INFO PmTimer;

    Period.AsUINT64 = 0;
    Period.Period = TIMER_PERIOD_100NS;

    Control.AsUINT64 = 0;
    Control.Vector = 0x30;
    Control.DeliveryMode = (UINT64)HvX64InterruptTypeFixed & 0x7u;
    Control.LogicalDestinationMode = 0;
    Control.Mda = 0; /* APIC ID 0 */
    Control.Enabled = 1;

    PmTimer.AsUINT64 = 0;
    PmTimer.Port = 0x408;
    PmTimer.Width24 = 1;
    PmTimer.Enabled = 1;

    hvref_example_printf("EmulatedTimerPeriod  = 0x%016llX\n", (unsigned long long)Period.AsUINT64);
    hvref_example_printf("EmulatedTimerControl = 0x%016llX\n", (unsigned long long)Control.AsUINT64);
    hvref_example_printf("PmTimerAssist        = 0x%016llX\n", (unsigned long long)PmTimer.AsUINT64);

    /* Turning the periodic assist off again: a zero period (the hypervisor
     * then clears Enabled in the control). */
    return 0;
}
