/* SPDX-License-Identifier: MIT */
/*
 * Start an application processor of this x64 partition directly in 64-bit
 * long mode with HvCallStartVirtualProcessor, skipping the INIT and startup
 * IPI sequence and real mode, and print the 240 input bytes the hypervisor
 * reads.
 *
 * hvref-demonstrates: HvCallStartVirtualProcessor HV_X64_INPUT_START_VIRTUAL_PROCESSOR
 *  HV_X64_INITIAL_VP_CONTEXT HV_X64_SEGMENT_REGISTER HV_X64_TABLE_REGISTER
 *
 * The input is built as HV_X64_INPUT_START_VIRTUAL_PROCESSOR, named
 * explicitly, so the example builds the same bytes whatever it is compiled
 * for; compiled for x64, HV_INPUT_START_VIRTUAL_PROCESSOR is the same type.
 * The context is zeroed first, so Padding, the table registers' Pad words
 * and the segments' reserved attribute bits are zero; LDTR stays zero (not
 * usable). The index of the processor to start comes from
 * HvCallGetVpIndexFromApicId, and the addresses are those the boot
 * processor prepared (stand-ins here). The partition needs the
 * StartVirtualProcessor privilege.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define AP_VP_INDEX ((HV_VP_INDEX)1)
#define AP_ENTRY 0xFFFFF80000101000ull
#define AP_STACK_TOP 0xFFFFF80000208000ull
#define PML4_GPA 0x0000000000010000ull
#define GDT_BASE 0xFFFFF80000300000ull
#define IDT_BASE 0xFFFFF80000301000ull
#define TSS_BASE 0xFFFFF80000302000ull

/* A flat 64-bit code segment (selector 0x10) or data segment (0x18). */
static void flat_segment(HV_X64_SEGMENT_REGISTER *Segment, UINT16 Selector, int Code)
{
    memset(Segment, 0, sizeof(*Segment));
    Segment->Base = 0;
    Segment->Limit = 0xFFFFFFFFu;
    Segment->Selector = Selector;
    Segment->SegmentType = Code ? 0xB : 0x3; /* execute/read or read/write, accessed */
    Segment->NonSystemSegment = 1;
    Segment->Present = 1;
    Segment->Long = Code ? 1 : 0;
    Segment->Default = Code ? 0 : 1; /* D must be 0 when L is 1 */
    Segment->Granularity = 1;
}

static void print_bytes(const void *Data, UINT32 Size)
{
    const UINT8 *Bytes = (const UINT8 *)Data;
    UINT32 Index;

    for (Index = 0; Index < Size; Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }
}

int main(void)
{
    PHV_X64_INPUT_START_VIRTUAL_PROCESSOR Input;
    PHV_X64_INITIAL_VP_CONTEXT Context;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_X64_INPUT_START_VIRTUAL_PROCESSOR)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = HV_PARTITION_ID_SELF;
    Input->VpIndex = AP_VP_INDEX;
    Input->TargetVtl = 0;

    Context = &Input->VpContext;
    Context->Rip = AP_ENTRY;
    Context->Rsp = AP_STACK_TOP;
    Context->Rflags = 0x2; /* bit 1 is always set; interrupts off */
    flat_segment(&Context->Cs, 0x10, 1);
    flat_segment(&Context->Ds, 0x18, 0);
    flat_segment(&Context->Es, 0x18, 0);
    flat_segment(&Context->Fs, 0x18, 0);
    flat_segment(&Context->Gs, 0x18, 0);
    flat_segment(&Context->Ss, 0x18, 0);
    Context->Tr.Base = TSS_BASE;
    Context->Tr.Limit = 0x67;
    Context->Tr.Selector = 0x28;
    Context->Tr.SegmentType = 0xB; /* busy 64-bit TSS */
    Context->Tr.Present = 1;
    Context->Gdtr.Base = GDT_BASE;
    Context->Gdtr.Limit = 0x37;
    Context->Idtr.Base = IDT_BASE;
    Context->Idtr.Limit = 0xFFF;
    Context->Efer = 0x500;         /* LME | LMA */
    Context->Cr0 = 0x80000011ull;  /* PG | ET | PE */
    Context->Cr3 = PML4_GPA;
    Context->Cr4 = 0x20;           /* PAE */
    Context->MsrCrPat = 0x0007040600070406ull; /* the PAT's reset value */

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallStartVirtualProcessor;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallStartVirtualProcessor", Result.AsUINT64);
}
