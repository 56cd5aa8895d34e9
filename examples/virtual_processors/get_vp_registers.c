/* SPDX-License-Identifier: MIT */
/*
 * Read four registers of virtual processor 0 of the caller's own partition
 * (RIP, CR3, the CS segment and the VP assist page register) with the rep
 * call HvCallGetVpRegisters, and print the name list it sent and the value
 * list it got back.
 *
 * hvref-demonstrates: HvCallGetVpRegisters HV_INPUT_GET_VP_REGISTERS HV_OUTPUT_GET_VP_REGISTERS
 *  HV_REGISTER_NAME HV_REGISTER_VALUE
 *
 * The input page holds the 16-byte header followed by the names, 4 bytes
 * each; the output page receives one 16-byte value per name, in the same
 * order. A rep call may come back with HV_STATUS_SUCCESS after only part of
 * the list: RepsComplete then counts the names done from the start of the
 * list, and the caller issues the call again from there (the values of the
 * earlier reps stay where they were written). Reading its own registers
 * needs the AccessVpRegisters privilege (CPUID leaf 0x40000003). Under the
 * recording seam the output page stays zero, so every value prints as zero.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static const HV_REGISTER_NAME Names[] = {
    HvX64RegisterRip,
    HvX64RegisterCr3,
    HvX64RegisterCs,
    HvRegisterVpAssistPage,
};
#define NAME_COUNT ((UINT32)(sizeof(Names) / sizeof(Names[0])))

int main(void)
{
    PHV_INPUT_GET_VP_REGISTERS Header;
    HV_REGISTER_NAME *NameList;
    PHV_OUTPUT_GET_VP_REGISTERS Values;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    Header = (PHV_INPUT_GET_VP_REGISTERS)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->PartitionId = HV_PARTITION_ID_SELF;
    Header->VpIndex = 0;
    Header->TargetVtl = 0; /* the caller's own VTL */

    /* The name list starts right after the header. */
    NameList = (HV_REGISTER_NAME *)(void *)((UINT8 *)Header + sizeof(*Header));
    for (Index = 0; Index < NAME_COUNT; Index++) {
        NameList[Index] = Names[Index];
        hvref_example_printf("in  [%u] name 0x%08X\n", (unsigned int)Index, (unsigned int)NameList[Index]);
    }

    Values = (PHV_OUTPUT_GET_VP_REGISTERS)hvref_example_output_page();

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

    /* Values[i] belongs to NameList[i]; only the reps completed are valid. */
    for (Index = 0; Index < Result.RepsComplete; Index++) {
        hvref_example_printf("out [%u] value 0x%016llX%016llX\n", (unsigned int)Index,
                             (unsigned long long)Values[Index].Reg128.High64,
                             (unsigned long long)Values[Index].Reg128.Low64);
    }
    if (Result.Result == HV_STATUS_SUCCESS) {
        hvref_example_printf("RIP 0x%016llX, CR3 0x%016llX, CS selector 0x%04X\n",
                             (unsigned long long)Values[0].Reg64,
                             (unsigned long long)Values[1].Reg64,
                             (unsigned int)Values[2].Segment.Selector);
    }

    return hvref_example_report("HvCallGetVpRegisters", Result.AsUINT64);
}
