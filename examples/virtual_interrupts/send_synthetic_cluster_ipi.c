/* SPDX-License-Identifier: MIT */
/*
 * Send the fixed interrupt vector 0xF3 to virtual processors 0, 2 and 5 of
 * this partition in one hypercall, after printing the 16 input bytes.
 *
 * hvref-demonstrates: HvCallSendSyntheticClusterIpi HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI
 *  HV_VP_INDEX HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * Bit n of ProcessorMask is the virtual processor with index n (HV_VP_INDEX,
 * as HV_X64_MSR_VP_INDEX reports it on that processor), so this form reaches
 * the first 64 processors; HvCallSendSyntheticClusterIpiEx takes a sparse set
 * for more. TargetVtl 0 leaves its UseTargetVtl bit clear: the interrupt goes
 * to the caller's own VTL. The vector must be 0x10-0xFF; NMIs cannot be sent
 * this way. Padding stays zero; the seam checks it, and the printed bytes are
 * compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The vector the guest's IPI handler is installed at (0x10-0xFF). */
#define MY_IPI_VECTOR 0xF3u

int main(void)
{
    static const HV_VP_INDEX Targets[3] = { 0, 2, 5 };
    PHV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI Input;
    const UINT8 *Bytes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT64 Mask = 0;
    UINT32 Index;

    for (Index = 0; Index < 3u; Index++) {
        if (Targets[Index] >= 64u) {
            return 1; /* needs HvCallSendSyntheticClusterIpiEx */
        }
        Mask |= (UINT64)1 << Targets[Index];
    }

    Input = (PHV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->Vector = MY_IPI_VECTOR;
    Input->TargetVtl = 0;
    Input->ProcessorMask = Mask;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSendSyntheticClusterIpi;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Bytes = (const UINT8 *)Input;
    for (Index = 0; Index < (UINT32)sizeof(*Input); Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallSendSyntheticClusterIpi", Result.AsUINT64);
}
