/* SPDX-License-Identifier: MIT */
/*
 * Connect this (parent) partition to a message port of a child partition
 * through the first call code of HvConnectPort (0x0059, TLFS 2.0), after
 * printing the 40 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallConnectPortDeprecated HV_INPUT_CONNECT_PORT_DEPRECATED
 *  HV_CONNECTION_ID HV_PORT_ID HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The port is the one HvCallCreatePortDeprecated created for this partition.
 * For a message or event port the 8 bytes of ConnectionInfo are zero; for a
 * monitor port they would hold the monitor page's guest physical address in
 * this partition. Padding1 and Padding2 stay zero (the seam checks them).
 * Newer hypervisors take the request at 0x0096 (HvCallConnectPort).
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition that owns the port; a stand-in value. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

/* This partition's own ID (HvCallGetPartitionId); a stand-in value. */
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
    PHV_INPUT_CONNECT_PORT_DEPRECATED Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_CONNECT_PORT_DEPRECATED)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->ConnectionPartition = PARENT_PARTITION_ID;
    Input->ConnectionId.AsUINT32 = 0;
    Input->ConnectionId.Id = 0x000001u;
    Input->Padding1 = 0;
    Input->PortPartition = CHILD_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = 0x000001u;
    Input->Padding2 = 0;
    Input->ConnectionInfo = 0; /* message port: nothing to add */

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallConnectPortDeprecated;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallConnectPortDeprecated", Result.AsUINT64);
}
