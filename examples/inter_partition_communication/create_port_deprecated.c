/* SPDX-License-Identifier: MIT */
/*
 * Create a message port in a child partition through the first call code of
 * HvCreatePort (0x0057, TLFS 2.0), so that the parent itself may post
 * messages to it, after printing the 48 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallCreatePortDeprecated HV_INPUT_CREATE_PORT_DEPRECATED
 *  HV_PORT_INFO HV_MESSAGE_PORT_INFO HV_PORT_TYPE HV_PORT_ID HV_HYPERCALL_INPUT
 *  HV_HYPERCALL_OUTPUT
 *
 * The port's messages arrive on SINT2 of any of the child's virtual
 * processors; the port and its 16 message buffers come from the child's
 * memory pool. Padding and MessagePortInfo.RsvdZ stay zero (the seam checks
 * them). Newer hypervisors take the request at 0x0095 (HvCallCreatePort),
 * whose input adds VTLs and a proximity domain.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition's ID, as the parent got it when creating it; a
 * stand-in value here. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

/* The parent's own partition ID (HvCallGetPartitionId); a stand-in value. */
#define PARENT_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000001ull)

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
    PHV_INPUT_CREATE_PORT_DEPRECATED Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_CREATE_PORT_DEPRECATED)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PortPartition = CHILD_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = 0x000001u;
    Input->Padding = 0;
    Input->ConnectionPartition = PARENT_PARTITION_ID;
    Input->PortTypeInfo.PortType = (UINT32)HvPortTypeMessage;
    Input->PortTypeInfo.MessagePortInfo.TargetSint = HV_SYNIC_VMBUS_SINT_INDEX;
    Input->PortTypeInfo.MessagePortInfo.TargetVp = HV_ANY_VP;
    Input->PortTypeInfo.MessagePortInfo.RsvdZ = 0;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallCreatePortDeprecated;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallCreatePortDeprecated", Result.AsUINT64);
}
