/* SPDX-License-Identifier: MIT */
/*
 * Connect a child partition to a message port of this (root) partition, so
 * that the child can post messages to it, after printing the 72 input bytes
 * the hypervisor reads.
 *
 * hvref-demonstrates: HvCallConnectPort HV_INPUT_CONNECT_PORT HV_CONNECTION_INFO
 *  HV_MESSAGE_CONNECTION_INFO HV_CONNECTION_ID HV_PORT_ID HV_PORT_TYPE
 *  HV_PROXIMITY_DOMAIN_INFO HV_PROXIMITY_DOMAIN_FLAGS HV_HYPERCALL_INPUT
 *  HV_HYPERCALL_OUTPUT
 *
 * The root makes the call on the child's behalf: ConnectionPartition is the
 * child, which will use connection ID 0x20 with HvCallPostMessage. The
 * connection repeats the port's type; a message port needs no further
 * settings, so MessageConnectionInfo stays zero. The connection's memory is
 * preferably taken from proximity domain 1. Reserved fields stay zero (the
 * seam checks them); the printed bytes are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition that will own the connection; a stand-in value. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

/* This partition's own ID, as HvCallGetPartitionId returns it; a stand-in
 * value here. */
#define ROOT_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000001ull)

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
    PHV_INPUT_CONNECT_PORT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_CONNECT_PORT)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->ConnectionPartition = CHILD_PARTITION_ID;
    Input->ConnectionId.AsUINT32 = 0;
    Input->ConnectionId.Id = 0x000020u;
    Input->ConnectionVtl = 0;
    Input->PortPartition = ROOT_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = 0x000001u;
    Input->ConnectionInfo.PortType = (UINT32)HvPortTypeMessage;
    Input->ConnectionInfo.MessageConnectionInfo.RsvdZ = 0;
    Input->ProximityDomainInfo.Id = 1;
    Input->ProximityDomainInfo.Flags.AsUINT32 = 0;
    Input->ProximityDomainInfo.Flags.ProximityPreferred = 1;
    Input->ProximityDomainInfo.Flags.ProximityInfoValid = 1;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallConnectPort;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallConnectPort", Result.AsUINT64);
}
