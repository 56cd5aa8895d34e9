/* SPDX-License-Identifier: MIT */
/*
 * As a parent partition, delete virtual processor 1 of a child partition
 * with a register-based fast hypercall: the 16-byte input travels in the two
 * input registers.
 *
 * hvref-demonstrates: HvCallDeleteVp HV_INPUT_DELETE_VP
 *
 * The input is built through its structure and copied into two UINT64
 * values, so that each field lands where the TLFS puts it: PartitionId in
 * the first register, VpIndex in the low half of the second and Padding,
 * zero, in its high half. TLFS 2.0 and the 2013 WDK mark the fast form; the
 * same 16 bytes in the input page make the memory-based call. The pages the
 * processor's data used go back to the child's memory pool. The register
 * values are printed and compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define CHILD_PARTITION ((HV_PARTITION_ID)0x0000000000000021ull)
#define VP_TO_DELETE ((HV_VP_INDEX)1)

int main(void)
{
    HV_INPUT_DELETE_VP Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT64 Registers[2];

    memset(&Input, 0, sizeof(Input));
    Input.PartitionId = CHILD_PARTITION;
    Input.VpIndex = VP_TO_DELETE;
    Input.Padding = 0;

    /* sizeof(HV_INPUT_DELETE_VP) is 16, checked where it is defined. */
    memcpy(Registers, &Input, sizeof(Registers));

    /* A simple call made fast: input in registers, no rep, no variable header. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallDeleteVp;
    Call.Fast = 1;

    hvref_example_printf("input registers: %016llX %016llX\n", (unsigned long long)Registers[0],
                         (unsigned long long)Registers[1]);

    Result.AsUINT64 = hvref_example_fast_hypercall(Call.AsUINT64, Registers[0], Registers[1]);

    return hvref_example_report("HvCallDeleteVp", Result.AsUINT64);
}
