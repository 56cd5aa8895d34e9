/* SPDX-License-Identifier: MIT */
/*
 * Set event flag 5 of SINT3 on virtual processor 1 (VTL 0) of a target
 * partition without a connection, and learn whether the flag was newly set.
 *
 * hvref-demonstrates: HvCallSignalEventDirect HV_INPUT_SIGNAL_EVENT_DIRECT
 *  HV_OUTPUT_SIGNAL_EVENT_DIRECT HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * A simple memory-based call: the 16-byte input is read from the input page
 * and the 8-byte output written to the output page. NewlySignaled is zero
 * when the flag was already set, so the receiver has not handled the earlier
 * signal yet and no new interrupt was needed.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The partition to signal (for example one this root partition created);
 * a stand-in value here. */
#define TARGET_PARTITION ((HV_PARTITION_ID)0x0000000000000005ull)

int main(void)
{
    PHV_INPUT_SIGNAL_EVENT_DIRECT Input;
    PHV_OUTPUT_SIGNAL_EVENT_DIRECT Output;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_SIGNAL_EVENT_DIRECT)hvref_example_input_page();
    Output = (PHV_OUTPUT_SIGNAL_EVENT_DIRECT)hvref_example_output_page();
    memset(Input, 0, sizeof(*Input));
    Input->TargetPartition = TARGET_PARTITION;
    Input->TargetVp = 1;
    Input->TargetVtl = 0;
    Input->TargetSint = 3;  /* below HV_SYNIC_SINT_COUNT */
    Input->FlagNumber = 5;  /* bit 5 of byte 0 of SINT3's flags */

    /* A simple call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSignalEventDirect;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, Output);
    if (Result.Result == HV_STATUS_SUCCESS) {
        hvref_example_printf("event flag %u of SINT%u: %s\n", (unsigned)Input->FlagNumber,
                             (unsigned)Input->TargetSint,
                             Output->NewlySignaled ? "newly signaled" : "already set");
    }
    return hvref_example_report("HvCallSignalEventDirect", Result.AsUINT64);
}
