/* SPDX-License-Identifier: MIT */
/*
 * As the parent emulating a child's 8259 PIC: after the child's boot
 * processor has taken an external (ExtInt) interrupt, clear its
 * acknowledged state with a register-based fast hypercall so that the next
 * ExtInt interrupt can be asserted.
 *
 * hvref-demonstrates: HvCallClearVirtualInterrupt HV_INPUT_CLEAR_VIRTUAL_INTERRUPT
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The input is one 8-byte field, so the fast form passes it in the first
 * input register (RDX on x64) and no input page is needed.
 * HV_STATUS_NOT_ACKNOWLEDGED means no ExtInt interrupt was taken since the
 * last clear: nothing to report to the emulated PIC.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition (one this parent created); a stand-in value here. */
#define CHILD_PARTITION ((HV_PARTITION_ID)0x0000000000000007ull)

int main(void)
{
    HV_INPUT_CLEAR_VIRTUAL_INTERRUPT Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    memset(&Input, 0, sizeof(Input));
    Input.DestinationPartition = CHILD_PARTITION;

    /* A simple call in the fast (register) form: no rep, no variable header. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallClearVirtualInterrupt;
    Call.Fast = 1;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_fast_hypercall(Call.AsUINT64, Input.DestinationPartition, 0);
    if (Result.Result == HV_STATUS_NOT_ACKNOWLEDGED) {
        hvref_example_printf("no external interrupt was acknowledged since the last clear\n");
        return 0;
    }
    return hvref_example_report("HvCallClearVirtualInterrupt", Result.AsUINT64);
}
