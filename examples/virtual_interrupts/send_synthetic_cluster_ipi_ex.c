/* SPDX-License-Identifier: MIT */
/*
 * Send the fixed interrupt vector 0xF3 to virtual processors 1, 70 and 200
 * of this partition with a sparse processor set, after printing the input
 * bytes the hypervisor reads (fixed header and variable header).
 *
 * hvref-demonstrates: HvCallSendSyntheticClusterIpiEx HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX
 *  HV_VP_SET HV_GENERIC_SET_FORMAT HV_VP_INDEX HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * Processors 1, 70 and 200 lie in banks 0, 1 and 3 of 64 processors each:
 * ValidBanksMask is 0xB and three bank masks follow in increasing bank
 * order, 0x2, 0x40 and 0x100. The fixed header ends after ValidBanksMask;
 * the bank masks are the variable header, so VariableHeaderSize is 3. The
 * hypervisor offers the call when it recommends UseExProcessorMasks (CPUID
 * leaf 0x40000004). Padding stays zero; the seam checks it, and the printed
 * bytes are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The vector the guest's IPI handler is installed at (0x10-0xFF). */
#define MY_IPI_VECTOR 0xF3u

static const HV_VP_INDEX Processors[] = { 1, 70, 200 };
#define PROCESSOR_COUNT 3u

static UINT32 CountBits(UINT64 Value)
{
    UINT32 Count = 0;
    while (Value != 0) {
        Value &= Value - 1u;
        Count++;
    }
    return Count;
}

int main(void)
{
    PHV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX Input;
    const UINT8 *Bytes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 BankCount;
    UINT32 VariableBytes;
    UINT32 Index;

    Input = (PHV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->Vector = MY_IPI_VECTOR;
    Input->TargetVtl = 0;

    /* First the banks present, then each processor's bit in its bank's mask. */
    Input->ProcessorSet.Format = HvGenericSetSparse4k;
    Input->ProcessorSet.ValidBanksMask = 0;
    for (Index = 0; Index < PROCESSOR_COUNT; Index++) {
        Input->ProcessorSet.ValidBanksMask |= (UINT64)1 << (Processors[Index] / 64u);
    }
    for (Index = 0; Index < PROCESSOR_COUNT; Index++) {
        UINT32 Bank = Processors[Index] / 64u;
        /* A bank's mask sits after the masks of the present banks below it. */
        UINT32 Slot = CountBits(Input->ProcessorSet.ValidBanksMask & (((UINT64)1 << Bank) - 1u));
        Input->ProcessorSet.BankContents[Slot] |= (UINT64)1 << (Processors[Index] % 64u);
    }
    BankCount = CountBits(Input->ProcessorSet.ValidBanksMask);

    /* Bytes beyond the fixed header: the bank masks. */
    VariableBytes = HVREF_VP_SET_SIZE(BankCount) - HVREF_VP_SET_SIZE(0);

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSendSyntheticClusterIpiEx;
    Call.Fast = 0;
    /* The field is 10 bits wide; the mask says so to -Wconversion. */
    Call.VariableHeaderSize = ((VariableBytes + 7u) / 8u) & 0x3FFu;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    /* The fixed 24 bytes (Vector to ValidBanksMask), then the bank masks. */
    Bytes = (const UINT8 *)Input;
    for (Index = 0; Index < 24u + VariableBytes; Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallSendSyntheticClusterIpiEx", Result.AsUINT64);
}
