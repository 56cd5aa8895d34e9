/* SPDX-License-Identifier: MIT */
/*
 * On ARM64, route virtual interrupt ID 48 (a shared peripheral interrupt of
 * the virtual GIC) of a partition to its virtual processor 1 at VTL 0,
 * after printing the input bytes.
 *
 * hvref-demonstrates: HvCallSetVirtualInterruptTarget HV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET
 *  HV_INTERRUPT_VECTOR HV_VP_INDEX HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The online TLFS's table ends at byte 16 (Vtl); hvref's structure pads
 * the input to 24 bytes with zeros, which the seam checks.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The partition that owns the interrupt; a stand-in value here. */
#define TARGET_PARTITION ((HV_PARTITION_ID)0x0000000000000005ull)

int main(void)
{
    PHV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET Input;
    const UINT8 *Bytes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    Input = (PHV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = TARGET_PARTITION;
    Input->InterruptId = 48;
    Input->VpIndex = 1;
    Input->Vtl = 0;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSetVirtualInterruptTarget;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Bytes = (const UINT8 *)Input;
    for (Index = 0; Index < (UINT32)sizeof(*Input); Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallSetVirtualInterruptTarget", Result.AsUINT64);
}
