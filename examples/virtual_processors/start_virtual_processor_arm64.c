/* SPDX-License-Identifier: MIT */
/*
 * Start a secondary processor of this ARM64 partition at EL1 with the MMU
 * on, with HvCallStartVirtualProcessor, and print the 88 input bytes the
 * hypervisor reads.
 *
 * hvref-demonstrates: HvCallStartVirtualProcessor HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR
 *  HV_ARM64_INITIAL_VP_CONTEXT
 *
 * The input is built as HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR, named
 * explicitly, so the example builds the same bytes whatever it is compiled
 * for; compiled for ARM64, HV_INPUT_START_VIRTUAL_PROCESSOR is the same
 * type. The context sets only what the TLFS lists: the processor's first
 * instructions (at Pc) must set up the rest, such as CPACR_EL1 before any
 * floating-point or SIMD instruction. The index comes from
 * HvCallGetVpIndexFromApicId given the processor's MPIDR; the register
 * values are those the boot processor runs with (stand-ins here).
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define SECONDARY_VP_INDEX ((HV_VP_INDEX)1)
#define SECONDARY_ENTRY 0xFFFF800000101000ull
#define SECONDARY_STACK_TOP 0xFFFF800000208000ull

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
    PHV_ARM64_INPUT_START_VIRTUAL_PROCESSOR Input;
    PHV_ARM64_INITIAL_VP_CONTEXT Context;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_ARM64_INPUT_START_VIRTUAL_PROCESSOR)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input)); /* Padding stays zero */
    Input->PartitionId = HV_PARTITION_ID_SELF;
    Input->VpIndex = SECONDARY_VP_INDEX;
    Input->TargetVtl = 0;

    Context = &Input->VpContext;
    Context->Pc = SECONDARY_ENTRY;
    Context->Sp_ELh = SECONDARY_STACK_TOP;
    Context->SCTLR_EL1 = 0x0000000030D0180Dull; /* M, C, SA, I and the RES1 bits */
    Context->MAIR_EL1 = 0x000000000044FF00ull;  /* 0: device nGnRnE, 1: normal WB, 2: normal NC */
    Context->TCR_EL1 = 0x00000002B5103510ull;   /* 48-bit VAs, 4 KB granules, 40-bit PAs */
    Context->VBAR_EL1 = 0xFFFF800000100800ull;
    Context->TTBR0_EL1 = 0x0000000040010000ull;
    Context->TTBR1_EL1 = 0x0000000040011000ull;
    Context->X18 = 0;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallStartVirtualProcessor;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallStartVirtualProcessor", Result.AsUINT64);
}
