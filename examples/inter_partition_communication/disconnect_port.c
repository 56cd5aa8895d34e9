/* SPDX-License-Identifier: MIT */
/*
 * Delete a child partition's connection with a register-based fast
 * hypercall: the 16-byte input travels in the two input registers.
 *
 * hvref-demonstrates: HvCallDisconnectPort HV_INPUT_DISCONNECT_PORT
 *  HV_CONNECTION_ID HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The input is built through its structure and then copied into two UINT64
 * values, so that each field lands at the offset the TLFS gives it
 * (ConnectionPartition in the first register, ConnectionId in the low half
 * of the second, Padding zero in its high half). Messages already queued at
 * the port are still delivered. The register values are printed and
 * compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition that owns the connection; a stand-in value. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x0000000000000007ull)

int main(void)
{
    HV_INPUT_DISCONNECT_PORT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT64 Registers[2];

    memset(&Input, 0, sizeof(Input));
    Input.ConnectionPartition = CHILD_PARTITION_ID;
    Input.ConnectionId.AsUINT32 = 0;
    Input.ConnectionId.Id = 0x000020u;
    Input.Padding = 0;

    /* sizeof(HV_INPUT_DISCONNECT_PORT) is 16, checked where it is defined. */
    memcpy(Registers, &Input, sizeof(Registers));

    /* A simple call made fast: input in registers, no rep, no variable header. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallDisconnectPort;
    Call.Fast = 1;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    hvref_example_printf("input registers: %016llX %016llX\n", (unsigned long long)Registers[0],
                         (unsigned long long)Registers[1]);

    Result.AsUINT64 = hvref_example_fast_hypercall(Call.AsUINT64, Registers[0], Registers[1]);

    return hvref_example_report("HvCallDisconnectPort", Result.AsUINT64);
}
