/* SPDX-License-Identifier: MIT */
/*
 * Ask for monitored notification 37 (group 1, trigger 5) in a monitor page
 * shared with another partition, the way a VMBus client does, and show the
 * event the hypervisor will signal for it.
 *
 * hvref-demonstrates: HV_MONITOR_PAGE HV_MONITOR_TRIGGER_GROUP
 *  HV_MONITOR_TRIGGER_STATE HV_MONITOR_PARAMETER PVHV_MONITOR_PAGE
 *
 * The parent set the page up with a monitor port and connection
 * (HV_MONITOR_PORT_INFO, HV_MONITOR_CONNECTION_INFO) and filled Latency and
 * Parameter; here a zeroed page stands in for it, with group 1 enabled and
 * the parameter of trigger 37 filled as the parent would. Setting the
 * Pending bit and clearing the Armed bit are done in one 64-bit update of
 * the group; a driver does it with one locked operation (for example
 * __atomic_fetch_or on AsUINT64 after clearing Armed with __atomic_fetch_and),
 * since the hypervisor and the other partition change the page at any time.
 * No hypercall is made: the hypervisor notices the pending trigger on its
 * next scan, within about Latency[1][5] x 100 ns.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define NOTIFICATION 37u

/* The page's layout: 4 trigger groups (TriggerGroup[4]) of 32 triggers, one
 * bit each of Pending and Armed. */
#define GROUP_COUNT 4u
#define TRIGGERS_PER_GROUP 32u

int main(void)
{
    PVHV_MONITOR_PAGE Page;
    HV_MONITOR_TRIGGER_GROUP Group;
    HV_MONITOR_TRIGGER_STATE State;
    UINT32 GroupIndex = NOTIFICATION / TRIGGERS_PER_GROUP;
    UINT32 Bit = NOTIFICATION % TRIGGERS_PER_GROUP;

    /* Stand-in for the shared page: one zeroed 4 KiB page. */
    Page = (PVHV_MONITOR_PAGE)hvref_example_output_page();
    Page->TriggerState.AsUINT32 = 0;
    Page->TriggerState.GroupEnable = (UINT32)(1u << GroupIndex) & 0xFu;
    Page->Latency[GroupIndex][Bit] = 1000; /* 100 microseconds */
    Page->Parameter[GroupIndex][Bit].ConnectionId.AsUINT32 = 0;
    Page->Parameter[GroupIndex][Bit].ConnectionId.Id = 0x000002u;
    Page->Parameter[GroupIndex][Bit].FlagNumber = 5;
    Page->Parameter[GroupIndex][Bit].ReservedZ = 0;

    State.AsUINT32 = Page->TriggerState.AsUINT32;
    if ((State.GroupEnable & (1u << GroupIndex)) == 0 || GroupIndex >= GROUP_COUNT) {
        hvref_example_printf("group %u is not scanned\n", (unsigned)GroupIndex);
        return 1;
    }

    /* Pending bit set, Armed bit cleared, as one 64-bit value. */
    Group.AsUINT64 = Page->TriggerGroup[GroupIndex].AsUINT64;
    Group.Pending |= (UINT32)1 << Bit;
    Group.Armed &= ~((UINT32)1 << Bit);
    Page->TriggerGroup[GroupIndex].AsUINT64 = Group.AsUINT64;

    hvref_example_printf("trigger %u: group %u bit %u, group value %016llX\n", NOTIFICATION,
                         (unsigned)GroupIndex, (unsigned)Bit,
                         (unsigned long long)Page->TriggerGroup[GroupIndex].AsUINT64);
    hvref_example_printf("signals connection 0x%06X flag %u, latency %u x 100 ns\n",
                         (unsigned)Page->Parameter[GroupIndex][Bit].ConnectionId.Id,
                         (unsigned)Page->Parameter[GroupIndex][Bit].FlagNumber,
                         (unsigned)Page->Latency[GroupIndex][Bit]);
    return 0;
}
