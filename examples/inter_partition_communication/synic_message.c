/* SPDX-License-Identifier: MIT */
/*
 * Enable the SynIC of this virtual processor with a message page, an event
 * flags page and one synthetic interrupt source (SINT2), then do what SINT2's
 * interrupt handler does: take the message from SINT2's slot and signal end
 * of message, and collect SINT2's event flags.
 *
 * hvref-demonstrates: HV_SYNIC_SIMP HV_SYNIC_SINT HV_SYNIC_SCONTROL HV_SYNIC_EOM
 *  HV_SYNIC_SVERSION HV_MESSAGE_PAGE HV_MESSAGE HV_MESSAGE_HEADER
 *  HV_MESSAGE_FLAGS HV_MESSAGE_TYPE HV_PORT_ID HV_SYNIC_SINT_COUNT
 *  HV_MESSAGE_SIZE HV_SYNIC_SIEFP HV_SYNIC_EVENT_FLAGS_PAGE HV_SYNIC_EVENT_FLAGS
 *  HV_EVENT_FLAGS_BYTE_COUNT HV_X64_MSR_SIEFP HV_X64_MSR_SIMP HV_X64_MSR_SCONTROL HV_X64_MSR_SINT0
 *  HV_X64_MSR_EOM HV_X64_MSR_SVERSION
 *
 * Order of set-up: the message and event flags pages first (SIMP, SIEFP),
 * then the interrupt source
 * (SINTx: a vector of 16-255, Masked clear), then the SynIC itself
 * (SCONTROL.Enable). Reserved bits (RsvdP) keep the value read. Each virtual
 * processor needs its own message page and event flags page.
 *
 * Taking a message: copy the slot, mark it empty (HvMessageTypeNone), and
 * only if the header said MessagePending, write the EOM register so that the
 * hypervisor delivers the next queued message into the now empty slot. A
 * real handler also ends the interrupt at the APIC (unless AutoEOI is set).
 *
 * Collecting event flags: each set bit of the SINT's flag array is a flag
 * signalled with HvCallSignalEvent (see signal_event.c); the handler clears
 * each bit it handles with a locked (atomic) operation, because the
 * hypervisor may set other bits of the same byte at the same time.
 *
 * In a guest the hypervisor writes the slot and the flags; here the example
 * writes into the pages what the hypervisor would deliver for a message
 * posted to a port (see post_message.c) and for event flag 3, so that the
 * handler has something to read. The
 * example then reads every register back and checks that it holds what was
 * written; under the test suite's seam that checks the recorded MSR writes.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The synthetic interrupt source this example uses and its vector. SINT0 is
 * the hypervisor's own (intercepts, timers); guests pick another. */
#define MY_SINT 2u
#define MY_VECTOR 0x50u

/* What a handler keeps of a message before it frees the slot. */
typedef struct {
    UINT32 MessageType;
    UINT8 PayloadSize;
    UINT8 MessagePending;
    UINT32 Port;
    UINT64 Payload[HV_MESSAGE_MAX_PAYLOAD_QWORD_COUNT];
} TAKEN_MESSAGE;

/* Takes the message in one slot of the message page, if there is one:
 * returns 1 with *Taken filled in, and the slot empty again. */
static int take_message(volatile HV_MESSAGE *Slot, TAKEN_MESSAGE *Taken)
{
    UINT32 Index;
    HV_MESSAGE_FLAGS Flags;

    if (Slot->Header.MessageType == (UINT32)HvMessageTypeNone) {
        return 0;
    }
    Taken->MessageType = Slot->Header.MessageType;
    Taken->PayloadSize = Slot->Header.PayloadSize;
    Taken->Port = Slot->Header.Port.AsUINT32;
    for (Index = 0; Index < HV_MESSAGE_MAX_PAYLOAD_QWORD_COUNT; Index++) {
        Taken->Payload[Index] = Slot->Payload[Index];
    }

    /* Free the slot, then look at MessagePending: the hypervisor may set it
     * at any time after delivery, so it is read after the slot is empty. */
    Slot->Header.MessageType = (UINT32)HvMessageTypeNone;
    /* A full barrier between that store and the load below: x64 may
     * otherwise read the flags before the empty slot is visible, and miss a
     * MessagePending the hypervisor set meanwhile (MFENCE; KeMemoryBarrier). */
#if defined(__GNUC__) || defined(__clang__)
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
#endif
    Flags.AsUINT8 = Slot->Header.MessageFlags.AsUINT8;
    Taken->MessagePending = (UINT8)Flags.MessagePending;
    if (Flags.MessagePending) {
        HV_SYNIC_EOM Eom;
        Eom.AsUINT64 = 0; /* the whole register is RsvdZ: write zero */
        hvref_example_write_msr(HV_X64_MSR_EOM, Eom.AsUINT64);
    }
    return 1;
}

/* Clears the set flags of one SINT's event flags, calling back for each;
 * returns how many were set. */
static UINT32 take_event_flags(volatile HV_SYNIC_EVENT_FLAGS *Flags)
{
    UINT32 Byte, Bit, Count = 0;

    for (Byte = 0; Byte < HV_EVENT_FLAGS_BYTE_COUNT; Byte++) {
        UINT8 Set = Flags->Flags[Byte];
        if (Set == 0) {
            continue;
        }
        /* Clear exactly the bits seen, atomically: the hypervisor may set
         * others meanwhile (LOCK AND on x64). */
#if defined(__GNUC__) || defined(__clang__)
        Set = __atomic_fetch_and(&Flags->Flags[Byte], (UINT8)~Set, __ATOMIC_SEQ_CST) & Set;
#else
        Flags->Flags[Byte] = (UINT8)(Flags->Flags[Byte] & (UINT8)~Set); /* use InterlockedAnd8 */
#endif
        for (Bit = 0; Bit < 8; Bit++) {
            if (Set & (1u << Bit)) {
                hvref_example_printf("event flag %u set\n", (unsigned)(Byte * 8u + Bit));
                Count++;
            }
        }
    }
    return Count;
}

/* Stands in for the hypervisor: a 12-byte message of type 1 from port 0x42,
 * with more messages queued behind it. */
static void deliver_stand_in_message(volatile HV_MESSAGE *Slot)
{
    static const UINT8 Text[12] = { 'h', 'e', 'l', 'l', 'o', ' ', 'p', 'o', 'r', 't', '!', 0 };
    HV_MESSAGE Message;
    HV_MESSAGE_FLAGS Flags;
    HV_PORT_ID Port;
    UINT32 Index;

    memset(&Message, 0, sizeof(Message));
    Message.Header.MessageType = 0x00000001u;
    Message.Header.PayloadSize = (UINT8)sizeof(Text);
    Flags.AsUINT8 = 0;
    Flags.MessagePending = 1;
    Message.Header.MessageFlags = Flags;
    Port.AsUINT32 = 0;
    Port.Id = 0x42u;
    Message.Header.Port = Port;
    memcpy(Message.Payload, Text, sizeof(Text));

    for (Index = 0; Index < HV_MESSAGE_MAX_PAYLOAD_QWORD_COUNT; Index++) {
        Slot->Payload[Index] = Message.Payload[Index];
    }
    Slot->Header.PayloadSize = Message.Header.PayloadSize;
    Slot->Header.MessageFlags.AsUINT8 = Message.Header.MessageFlags.AsUINT8;
    Slot->Header.OriginationId = Message.Header.OriginationId;
    Slot->Header.MessageType = Message.Header.MessageType; /* last: the slot is now full */
}

int main(void)
{
    volatile HV_MESSAGE_PAGE *Page;
    volatile HV_SYNIC_EVENT_FLAGS_PAGE *EventPage;
    HV_SYNIC_SIEFP Siefp, SiefpRead;
    UINT64 EventPageGpa;
    HV_SYNIC_SVERSION Version;
    HV_SYNIC_SIMP Simp, SimpRead;
    HV_SYNIC_SINT Sint, SintRead;
    HV_SYNIC_SCONTROL Control, ControlRead;
    TAKEN_MESSAGE Taken;
    UINT64 PageGpa;
    HV_GPA_PAGE_NUMBER PageNumber;
    UINT8 Text[HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT + 1];
    int Failed = 0;

    /* The SIM page is one 4 KiB page: 16 slots of 256 bytes. A driver
     * allocates one per virtual processor; the seam's zeroed page serves. */
    Page = (volatile HV_MESSAGE_PAGE *)hvref_example_output_page();
    PageGpa = hvref_example_gpa_of((const void *)Page);
    /* The SIEF page likewise: 16 arrays of 256 bytes of flags. */
    EventPage = (volatile HV_SYNIC_EVENT_FLAGS_PAGE *)hvref_example_input_page();
    EventPageGpa = hvref_example_gpa_of((const void *)EventPage);

    Version.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SVERSION);
    hvref_example_printf("SynIC version %u\n", (unsigned)Version.SynicVersion);

    /* 1. The message page: its page number and Enable; RsvdP as read. */
    Simp.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SIMP);
    PageNumber = PageGpa >> 12;
    Simp.BaseAddress = PageNumber & 0x000FFFFFFFFFFFFFull; /* 52 bits wide */
    Simp.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_SIMP, Simp.AsUINT64);

    /* 1b. The event flags page, the same way. */
    Siefp.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SIEFP);
    PageNumber = EventPageGpa >> 12;
    Siefp.BaseAddress = PageNumber & 0x000FFFFFFFFFFFFFull;
    Siefp.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_SIEFP, Siefp.AsUINT64);

    /* 2. The interrupt source: vector, unmasked, EOI by the guest, no
     * polling. SINTx registers are consecutive MSRs from SINT0. */
    Sint.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SINT0 + MY_SINT);
    Sint.Vector = MY_VECTOR;
    Sint.Masked = 0;
    Sint.AutoEOI = 0;
    Sint.Polling = 0;
    hvref_example_write_msr(HV_X64_MSR_SINT0 + MY_SINT, Sint.AsUINT64);

    /* 3. The SynIC itself. */
    Control.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SCONTROL);
    Control.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_SCONTROL, Control.AsUINT64);

    /* The registers hold what was written. */
    SimpRead.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SIMP);
    SiefpRead.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SIEFP);
    SintRead.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SINT0 + MY_SINT);
    ControlRead.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SCONTROL);
    if (SimpRead.AsUINT64 != Simp.AsUINT64 || !SimpRead.Enable ||
        ((UINT64)SimpRead.BaseAddress << 12) != PageGpa) {
        hvref_example_printf("SIMP does not hold the message page\n");
        Failed = 1;
    }
    if (SiefpRead.AsUINT64 != Siefp.AsUINT64 || !SiefpRead.Enable ||
        ((UINT64)SiefpRead.BaseAddress << 12) != EventPageGpa) {
        hvref_example_printf("SIEFP does not hold the event flags page\n");
        Failed = 1;
    }
    if (SintRead.AsUINT64 != Sint.AsUINT64 || SintRead.Vector != MY_VECTOR || SintRead.Masked) {
        hvref_example_printf("SINT%u is not unmasked with vector 0x%02X\n", MY_SINT, MY_VECTOR);
        Failed = 1;
    }
    if (ControlRead.AsUINT64 != Control.AsUINT64 || !ControlRead.Enable) {
        hvref_example_printf("SCONTROL is not enabled\n");
        Failed = 1;
    }
    hvref_example_printf("SIMP and SIEFP enabled (page-aligned GPAs), SINT%u vector 0x%02X unmasked, "
                         "SCONTROL enabled\n", MY_SINT, (unsigned)SintRead.Vector);

    deliver_stand_in_message(&Page->SintMessage[MY_SINT]);

    /* What the SINT2 interrupt handler does. */
    if (!take_message(&Page->SintMessage[MY_SINT], &Taken)) {
        hvref_example_printf("no message in slot %u\n", MY_SINT);
        return 1;
    }
    memset(Text, 0, sizeof(Text));
    memcpy(Text, Taken.Payload, Taken.PayloadSize);
    hvref_example_printf("message type 0x%08X from port 0x%06X, %u bytes: \"%s\"%s\n",
                         (unsigned)Taken.MessageType, (unsigned)(Taken.Port & 0xFFFFFFu),
                         (unsigned)Taken.PayloadSize, (const char *)Text,
                         Taken.MessagePending ? ", more pending: EOM written" : "");
    if (Page->SintMessage[MY_SINT].Header.MessageType != (UINT32)HvMessageTypeNone) {
        hvref_example_printf("slot %u was not freed\n", MY_SINT);
        Failed = 1;
    }

    /* Event flag 3 of SINT2, as HvCallSignalEvent would set it. */
    EventPage->SintEventFlags[MY_SINT].Flags[3 / 8] = (UINT8)(1u << (3 % 8));
    if (take_event_flags(&EventPage->SintEventFlags[MY_SINT]) != 1 ||
        EventPage->SintEventFlags[MY_SINT].Flags[0] != 0) {
        hvref_example_printf("event flag 3 was not collected\n");
        Failed = 1;
    }
    return Failed;
}
