/* SPDX-License-Identifier: MIT */
/*
 * Ask which virtual processors of a partition the logical APIC destination
 * 0x0C selects at VTL 0, and list their indices.
 *
 * hvref-demonstrates: HvCallGetVpSetFromMda HV_INPUT_GET_VP_SET_FROM_MDA
 *  HV_OUTPUT_GET_VP_SET_FROM_MDA HV_VP_SET HV_GENERIC_SET_FORMAT
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * An emulated interrupt controller has a destination as a device or the
 * I/O APIC wrote it; the hypervisor knows the APIC IDs and logical
 * destinations the guest gave its processors. The output is a sparse
 * HV_VP_SET: bit b of ValidBanksMask says bank b (indices 64*b to 64*b+63)
 * follows, one 64-bit mask per present bank in increasing order. The call
 * exists on x64 only.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The partition whose processors are searched; a stand-in value here. */
#define TARGET_PARTITION ((HV_PARTITION_ID)0x0000000000000005ull)

int main(void)
{
    PHV_INPUT_GET_VP_SET_FROM_MDA Input;
    PHV_OUTPUT_GET_VP_SET_FROM_MDA Output;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Bank;
    UINT32 Present = 0;
    UINT32 Bit;
    UINT32 Count = 0;

    Input = (PHV_INPUT_GET_VP_SET_FROM_MDA)hvref_example_input_page();
    Output = (PHV_OUTPUT_GET_VP_SET_FROM_MDA)hvref_example_output_page();
    memset(Input, 0, sizeof(*Input));
    Input->TargetPartition = TARGET_PARTITION;
    Input->DestinationAddress = 0x0C; /* logical destination: bits 2 and 3 */
    Input->TargetVtl = 0;
    Input->LogicalDestinationMode = 1;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallGetVpSetFromMda;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, Output);
    if (Result.Result == HV_STATUS_SUCCESS) {
        if (Output->TargetVpSet.Format != (UINT64)HvGenericSetSparse4k) {
            hvref_example_printf("every virtual processor\n");
        } else {
            for (Bank = 0; Bank < 64u; Bank++) {
                if (((Output->TargetVpSet.ValidBanksMask >> Bank) & 1u) == 0) {
                    continue;
                }
                for (Bit = 0; Bit < 64u; Bit++) {
                    if ((Output->TargetVpSet.BankContents[Present] >> Bit) & 1u) {
                        hvref_example_printf("virtual processor %u\n", (unsigned)(Bank * 64u + Bit));
                        Count++;
                    }
                }
                Present++;
            }
            hvref_example_printf("%u virtual processors selected\n", (unsigned)Count);
        }
    }
    return hvref_example_report("HvCallGetVpSetFromMda", Result.AsUINT64);
}
