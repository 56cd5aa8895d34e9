/* SPDX-License-Identifier: MIT */
/*
 * Signal event flag 3 of the port behind a connection with a register-based
 * fast hypercall: the whole 8-byte input travels in the first input register.
 *
 * hvref-demonstrates: HvCallSignalEvent HV_INPUT_SIGNAL_EVENT HV_CONNECTION_ID
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The input is built through its structure and then copied into a UINT64, so
 * that each field lands at the byte offset the TLFS gives it (ConnectionId in
 * bytes 0-3, FlagNumber in bytes 4-5, RsvdZ in bytes 6-7) on any compiler.
 * The hypervisor sets bit (port's base flag number + FlagNumber) in the SIEF
 * page of a virtual processor of the partition that owns the port; the
 * caller needs the SignalEvents privilege.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* A connection ID this partition obtained when the port's owner connected
 * it (for example from VMBus channel offers); a stand-in value here. */
#define CONNECTION_ID 0x00002001u

int main(void)
{
    HV_INPUT_SIGNAL_EVENT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT64 Input0;

    memset(&Input, 0, sizeof(Input));
    Input.ConnectionId.AsUINT32 = 0;
    Input.ConnectionId.Id = CONNECTION_ID; /* the top 8 bits stay zero */
    Input.FlagNumber = 3;
    Input.RsvdZ = 0;

    /* sizeof(HV_INPUT_SIGNAL_EVENT) is 8, checked where it is defined. */
    memcpy(&Input0, &Input, sizeof(Input0));

    /* A simple call made fast: input in registers, no rep, no variable header. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSignalEvent;
    Call.Fast = 1;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    /* The second input register is unused by this call. */
    Result.AsUINT64 = hvref_example_fast_hypercall(Call.AsUINT64, Input0, 0);

    return hvref_example_report("HvCallSignalEvent", Result.AsUINT64);
}
