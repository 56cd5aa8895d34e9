/* SPDX-License-Identifier: MIT */
/*
 * Create a doorbell port in this (root) partition that a child partition may
 * connect to, then print the 56 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallCreatePort HV_INPUT_CREATE_PORT HV_PORT_INFO
 *  HV_DOORBELL_PORT_INFO HV_PORT_TYPE HV_PORT_ID HV_PROXIMITY_DOMAIN_INFO
 *  HV_PROXIMITY_DOMAIN_FLAGS HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The port raises SINT5 on whichever virtual processor the hypervisor picks
 * (HV_ANY_VP) when the child rings the doorbell; the child's side is made
 * with HvCallConnectPort. Only DoorbellPortInfo is filled: the rest of
 * PortInfo, ReservedZ0 and the proximity information stay zero (no
 * preferred NUMA node), and the seam checks the reserved bytes. The printed
 * bytes are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* This partition's own ID, as HvCallGetPartitionId returns it; a stand-in
 * value here. */
#define ROOT_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000001ull)

/* The child partition allowed to connect, as the root got it when creating
 * it; a stand-in value here. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

/* A port ID this partition does not use yet. */
#define DOORBELL_PORT_ID 0x00000100u

/* The SINT the root's driver has unmasked for doorbells. */
#define DOORBELL_SINT ((HV_SYNIC_SINT_INDEX)5)

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
    PHV_INPUT_CREATE_PORT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_CREATE_PORT)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PortPartition = ROOT_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = DOORBELL_PORT_ID;
    Input->PortVtl = 0;
    Input->MinConnectionVtl = 0;
    Input->ConnectionPartition = CHILD_PARTITION_ID;
    Input->PortInfo.PortType = (UINT32)HvPortTypeDoorbell;
    Input->PortInfo.DoorbellPortInfo.TargetSint = DOORBELL_SINT;
    Input->PortInfo.DoorbellPortInfo.TargetVp = HV_ANY_VP;
    Input->ProximityDomainInfo.Id = 0;
    Input->ProximityDomainInfo.Flags.AsUINT32 = 0; /* ProximityInfoValid clear: any node */

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallCreatePort;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallCreatePort", Result.AsUINT64);
}
