/* SPDX-License-Identifier: MIT */
/*
 * Steer the messages of a child's message port, created with HV_ANY_VP, to
 * the child's virtual processor 2 (HvPortPropertyPreferredTargetVp, TLFS
 * 2.0), after printing the 32 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallSetPortProperty HV_INPUT_SET_PORT_PROPERTY
 *  HV_OUTPUT_SET_PORT_PROPERTY HV_PORT_PROPERTY_CODE HV_PORT_PROPERTY HV_PORT_ID
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * A simple memory-based call with an 8-byte output, which TLFS 2.0 lists
 * (the 2013 WDK does not). Padding1 and Padding2 stay zero (the seam checks
 * them); the printed bytes are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition that owns the port; a stand-in value. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

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
    PHV_INPUT_SET_PORT_PROPERTY Input;
    PHV_OUTPUT_SET_PORT_PROPERTY Output;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_SET_PORT_PROPERTY)hvref_example_input_page();
    Output = (PHV_OUTPUT_SET_PORT_PROPERTY)hvref_example_output_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = CHILD_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = 0x000001u;
    Input->PropertyCode = (UINT32)HvPortPropertyPreferredTargetVp;
    Input->PropertyValue = 2; /* an HV_VP_INDEX */

    /* A simple call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSetPortProperty;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, Output);
    if (Result.Result == HV_STATUS_SUCCESS) {
        hvref_example_printf("property value returned: %llu\n",
                             (unsigned long long)Output->PropertyValue);
    }
    return hvref_example_report("HvCallSetPortProperty", Result.AsUINT64);
}
