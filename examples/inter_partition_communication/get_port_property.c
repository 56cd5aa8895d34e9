/* SPDX-License-Identifier: MIT */
/*
 * Read how many messages have been posted to a child partition's message
 * port since it was created (HvPortPropertyPostCount, TLFS 2.0).
 *
 * hvref-demonstrates: HvCallGetPortProperty HV_INPUT_GET_PORT_PROPERTY
 *  HV_OUTPUT_GET_PORT_PROPERTY HV_PORT_PROPERTY_CODE HV_PORT_PROPERTY HV_PORT_ID
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * A simple memory-based call: the 24-byte input is read from the input page
 * and the 8-byte value written to the output page. Padding1 and Padding2
 * stay zero (the seam checks them). The caller is the port partition's
 * parent and holds the CreatePort privilege.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition that owns the port; a stand-in value. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

int main(void)
{
    PHV_INPUT_GET_PORT_PROPERTY Input;
    PHV_OUTPUT_GET_PORT_PROPERTY Output;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_GET_PORT_PROPERTY)hvref_example_input_page();
    Output = (PHV_OUTPUT_GET_PORT_PROPERTY)hvref_example_output_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = CHILD_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = 0x000001u;
    Input->PropertyCode = (UINT32)HvPortPropertyPostCount;

    /* A simple call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallGetPortProperty;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, Output);
    if (Result.Result == HV_STATUS_SUCCESS) {
        HV_PORT_PROPERTY Count = Output->PropertyValue;
        hvref_example_printf("messages posted to port %u: %llu\n", (unsigned)Input->PortId.Id,
                             (unsigned long long)Count);
    }
    return hvref_example_report("HvCallGetPortProperty", Result.AsUINT64);
}
