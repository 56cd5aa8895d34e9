/* SPDX-License-Identifier: MIT */
/*
 * As a parent partition, set up virtual processor 1 of a child partition to
 * start in 64-bit mode at a given entry point, then let it run: one
 * HvCallSetVpRegisters rep call with the register list, printed element by
 * element as the 32 bytes it sends.
 *
 * hvref-demonstrates: HvCallSetVpRegisters HV_INPUT_SET_VP_REGISTERS HV_REGISTER_ASSOC
 *  HV_REGISTER_VALUE HV_X64_SEGMENT_REGISTER HV_EXPLICIT_SUSPEND_REGISTER
 *
 * The input page holds the 16-byte header followed by one HV_REGISTER_ASSOC
 * per register (32 bytes: name, 12 reserved bytes, value). Each value is
 * zeroed before its fields are set. The list clears HvRegisterExplicitSuspend
 * last, so the processor starts only once the rest of its state is written;
 * if the call returns early, the loop resumes from the first element not
 * done. The child's partition ID (a stand-in here) comes from
 * HvCallCreatePartition.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define CHILD_PARTITION ((HV_PARTITION_ID)0x0000000000000021ull)
#define ENTRY_POINT 0xFFFFF80000100000ull
#define STACK_TOP 0xFFFFF80000200000ull
#define PML4_GPA 0x0000000000010000ull

static PHV_REGISTER_ASSOC add(PHV_REGISTER_ASSOC Element, HV_REGISTER_NAME Name)
{
    memset(Element, 0, sizeof(*Element));
    Element->RegisterName = Name;
    return Element;
}

int main(void)
{
    PHV_INPUT_SET_VP_REGISTERS Header;
    PHV_REGISTER_ASSOC List;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Count = 0;
    UINT32 Index;

    Header = (PHV_INPUT_SET_VP_REGISTERS)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->PartitionId = CHILD_PARTITION;
    Header->VpIndex = 1;
    Header->TargetVtl = 0;

    List = (PHV_REGISTER_ASSOC)(void *)((UINT8 *)Header + sizeof(*Header));

    add(&List[Count++], HvX64RegisterRip)->RegisterValue.Reg64 = ENTRY_POINT;
    add(&List[Count++], HvX64RegisterRsp)->RegisterValue.Reg64 = STACK_TOP;
    add(&List[Count++], HvX64RegisterRflags)->RegisterValue.Reg64 = 0x2; /* bit 1 is always set */
    add(&List[Count++], HvX64RegisterCr3)->RegisterValue.Reg64 = PML4_GPA;
    add(&List[Count++], HvX64RegisterCr4)->RegisterValue.Reg64 = 0x20;   /* PAE */
    add(&List[Count++], HvX64RegisterEfer)->RegisterValue.Reg64 = 0x500; /* LME | LMA */
    add(&List[Count++], HvX64RegisterCr0)->RegisterValue.Reg64 = 0x80000011ull; /* PG | ET | PE */
    {
        HV_X64_SEGMENT_REGISTER *Cs = &add(&List[Count++], HvX64RegisterCs)->RegisterValue.Segment;
        Cs->Limit = 0xFFFFFFFFu;
        Cs->Selector = 0x10;
        Cs->SegmentType = 0xB; /* execute/read, accessed */
        Cs->NonSystemSegment = 1;
        Cs->Present = 1;
        Cs->Long = 1;
        Cs->Granularity = 1;
    }
    /* Last: let it run. */
    add(&List[Count++], HvRegisterExplicitSuspend)->RegisterValue.ExplicitSuspend.Suspended = 0;

    for (Index = 0; Index < Count; Index++) {
        hvref_example_printf("in  [%u] name 0x%08X value 0x%016llX%016llX\n", (unsigned int)Index,
                             (unsigned int)List[Index].RegisterName,
                             (unsigned long long)List[Index].RegisterValue.Reg128.High64,
                             (unsigned long long)List[Index].RegisterValue.Reg128.Low64);
    }

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSetVpRegisters;
    Call.RepCount = Count & 0xFFFu;
    Call.RepStartIndex = 0;

    for (;;) {
        Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Header, NULL);
        if (Result.Result != HV_STATUS_SUCCESS || Result.RepsComplete >= Call.RepCount) {
            break;
        }
        Call.RepStartIndex = Result.RepsComplete;
    }

    return hvref_example_report("HvCallSetVpRegisters", Result.AsUINT64);
}
