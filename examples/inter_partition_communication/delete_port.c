/* SPDX-License-Identifier: MIT */
/*
 * Delete a port of this partition, after printing the 16 input bytes the
 * hypervisor reads.
 *
 * hvref-demonstrates: HvCallDeletePort HV_INPUT_DELETE_PORT HV_PORT_ID
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * Messages still queued at the port are dropped, and a sender's later calls
 * through its connection fail; a message already in a SIM page slot may
 * still carry the deleted port's ID, so a receiver should expect one. The
 * input fits two registers, so the call may also be made fast; this example
 * uses the input page. Reserved stays zero (the seam checks it).
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* This partition's own ID, as HvCallGetPartitionId returns it; a stand-in
 * value here. */
#define ROOT_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000001ull)

/* The port created earlier with HvCallCreatePort. */
#define DOORBELL_PORT_ID 0x00000100u

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
    PHV_INPUT_DELETE_PORT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_DELETE_PORT)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PortPartition = ROOT_PARTITION_ID;
    Input->PortId.AsUINT32 = 0;
    Input->PortId.Id = DOORBELL_PORT_ID;
    Input->Reserved = 0;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallDeletePort;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallDeletePort", Result.AsUINT64);
}
