/* SPDX-License-Identifier: MIT */
/*
 * As the root partition's scheduler: take the two kinds of scheduler message
 * from a SINT's message slot, list the virtual processors each says became
 * ready, fill the input that would run the first of them, and read the
 * dispatch state and event a run could end with.
 *
 * hvref-demonstrates: HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE
 *  HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE HV_VP_DISPATCH_STATE HV_VP_DISPATCH_EVENT
 *  HV_SCHEDULER_TYPE HV_MESSAGE_MAX_PARTITION_VP_PAIR_COUNT
 *  HV_ROOT_SCHEDULER_MAX_VPS_PER_CHILD_PARTITION HV_INPUT_DISPATCH_VP
 *  HV_OUTPUT_DISPATCH_VP HV_DISPATCH_VP_FLAG_CLEAR_INTERCEPT_SUSPEND
 *
 * The messages are built here as the hypervisor would deliver them (a pair
 * list naming two processors of two partitions; a sparse bit set naming
 * processors 0, 1 and 65 of partition 3), so that the example runs anywhere.
 * A real scheduler reads them from its SIM page and then runs each processor
 * with HvCallDispatchVp, whose interface no TLFS edition documents (the
 * recording seam accepts only documented calls), so this example makes no
 * hypercall: it prints the input it would pass and reads an output as the
 * call would return it after an intercept.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static HV_MESSAGE Slot;

static void take_pair_message(const HV_MESSAGE *Message)
{
    HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE Pairs;
    UINT32 Index;

    memcpy(&Pairs, Message->Payload, sizeof(Pairs));
    hvref_example_printf("pair message: %u of at most %u pairs, %u lost\n",
                         (unsigned int)Pairs.VpCount,
                         (unsigned int)HV_MESSAGE_MAX_PARTITION_VP_PAIR_COUNT,
                         (unsigned int)Pairs.OverflowCount);
    for (Index = 0; Index < Pairs.VpCount && Index < HV_MESSAGE_MAX_PARTITION_VP_PAIR_COUNT;
         Index++) {
        hvref_example_printf("  ready: partition 0x%llX VP %u\n",
                             (unsigned long long)Pairs.PartitionIds[Index],
                             (unsigned int)Pairs.VpIndexes[Index]);
    }
}

static void take_bitset_message(const HV_MESSAGE *Message)
{
    HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE Set;
    UINT32 Bank;
    UINT32 Used = 0;
    UINT32 Bit;

    memcpy(&Set, Message->Payload, sizeof(Set));
    hvref_example_printf("bit set message: partition 0x%llX, %u VPs (at most %u)\n",
                         (unsigned long long)Set.PartitionId, (unsigned int)Set.VpCount,
                         (unsigned int)HV_ROOT_SCHEDULER_MAX_VPS_PER_CHILD_PARTITION);
    if (Set.Format != HvGenericSetSparse4k) {
        return;
    }
    /* Only the valid banks have a mask, packed from BankContents[0]. */
    for (Bank = 0; Bank < 16; Bank++) {
        if ((Set.ValidBanksMask & ((UINT64)1 << Bank)) == 0) {
            continue;
        }
        for (Bit = 0; Bit < 64; Bit++) {
            if (Set.BankContents[Used] & ((UINT64)1 << Bit)) {
                hvref_example_printf("  ready: VP %u\n", (unsigned int)(Bank * 64u + Bit));
            }
        }
        Used++;
    }
}

static const char *state_name(UINT32 State)
{
    switch (State) {
    case HvVpDispatchStateBlocked: return "blocked";
    case HvVpDispatchStateReady: return "ready";
    default: return "invalid";
    }
}

static const char *event_name(UINT32 Event)
{
    switch (Event) {
    case HvVpDispatchEventSuspend: return "suspend";
    case HvVpDispatchEventIntercept: return "intercept";
    default: return "invalid";
    }
}

int main(void)
{
    HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE Pairs;
    HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE Set;
    HV_INPUT_DISPATCH_VP Dispatch;
    HV_OUTPUT_DISPATCH_VP Ended;

    hvref_example_printf("scheduler type %u is the root scheduler\n",
                         (unsigned int)HvSchedulerTypeRoot);

    /* A pair message, as delivered into the slot. */
    memset(&Pairs, 0, sizeof(Pairs));
    Pairs.VpCount = 2;
    Pairs.PartitionIds[0] = 0x2;
    Pairs.VpIndexes[0] = 0;
    Pairs.PartitionIds[1] = 0x3;
    Pairs.VpIndexes[1] = 5;
    memset(&Slot, 0, sizeof(Slot));
    Slot.Header.MessageType = (UINT32)HvMessageTypeSchedulerVpSignalPair;
    Slot.Header.PayloadSize = (UINT8)sizeof(Pairs);
    memcpy(Slot.Payload, &Pairs, sizeof(Pairs));
    if (Slot.Header.MessageType == (UINT32)HvMessageTypeSchedulerVpSignalPair) {
        take_pair_message(&Slot);
    }

    /* A bit set message: banks 0 and 1 valid; VPs 0, 1 and 65. */
    memset(&Set, 0, sizeof(Set));
    Set.PartitionId = 0x3;
    Set.VpCount = 3;
    Set.Format = HvGenericSetSparse4k;
    Set.ValidBanksMask = 0x3;
    Set.BankContents[0] = 0x3;
    Set.BankContents[1] = 0x2;
    memset(&Slot, 0, sizeof(Slot));
    Slot.Header.MessageType = (UINT32)HvMessageTypeSchedulerVpSignalBitset;
    Slot.Header.PayloadSize = (UINT8)sizeof(Set);
    memcpy(Slot.Payload, &Set, sizeof(Set));
    if (Slot.Header.MessageType == (UINT32)HvMessageTypeSchedulerVpSignalBitset) {
        take_bitset_message(&Slot);
    }

    /* Run the first ready processor for up to 10 ms (100 ns units). */
    memset(&Dispatch, 0, sizeof(Dispatch));
    Dispatch.PartitionId = Pairs.PartitionIds[0];
    Dispatch.VpIndex = Pairs.VpIndexes[0];
    Dispatch.Flags = HV_DISPATCH_VP_FLAG_CLEAR_INTERCEPT_SUSPEND;
    Dispatch.TimeSlice = 100000;
    hvref_example_printf("dispatch: partition 0x%llX VP %u flags 0x%X slice %llu\n",
                         (unsigned long long)Dispatch.PartitionId, (unsigned int)Dispatch.VpIndex,
                         (unsigned int)Dispatch.Flags, (unsigned long long)Dispatch.TimeSlice);

    /* What HvCallDispatchVp's output says after an intercept. */
    memset(&Ended, 0, sizeof(Ended));
    Ended.DispatchState = (UINT32)HvVpDispatchStateBlocked;
    Ended.DispatchEvent = (UINT32)HvVpDispatchEventIntercept;
    hvref_example_printf("dispatch ended: state %s, event %s\n",
                         state_name(Ended.DispatchState), event_name(Ended.DispatchEvent));
    return 0;
}
