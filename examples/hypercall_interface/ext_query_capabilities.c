/*
 * Ask the hypervisor which extended hypercalls it offers with the simple
 * extended hypercall HvExtCallQueryCapabilities, decode the result value and
 * list each capability bit.
 *
 * hvref-demonstrates: HvExtCallQueryCapabilities HV_OUTPUT_EXT_QUERY_CAPABILITIES
 * HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 */
#include <hvref/call_codes.h>
#include <hvref/hypercall_interface.h>
#include <hvref/status.h>

#include "hvref_example.h"

/* One line of the report per capability bit, for either answer. */
typedef struct {
    UINT64 Mask;
    const char *Available;
    const char *Unavailable;
} EXAMPLE_CAPABILITY;

static const EXAMPLE_CAPABILITY example_capabilities[] = {
    { HV_EXT_CAPABILITY_GET_BOOT_ZEROED_MEMORY, "HvExtCallGetBootZeroedMemory: available",
      "HvExtCallGetBootZeroedMemory: not available" },
    { HV_EXT_CAPABILITY_MEMORY_HEAT_HINT, "HvExtCallMemoryHeatHint: available",
      "HvExtCallMemoryHeatHint: not available" },
    { HV_EXT_CAPABILITY_EPF_SETUP, "HvExtCallEpfSetup: available", "HvExtCallEpfSetup: not available" },
    { HV_EXT_CAPABILITY_SCHEDULER_ASSIST_SETUP, "HvExtCallSchedulerAssistSetup: available",
      "HvExtCallSchedulerAssistSetup: not available" },
    { HV_EXT_CAPABILITY_MEMORY_HEAT_HINT_ASYNC, "HvExtCallMemoryHeatHintAsync: available",
      "HvExtCallMemoryHeatHintAsync: not available" },
};

int main(void)
{
    HV_HYPERCALL_INPUT input;
    HV_HYPERCALL_OUTPUT result;
    HV_OUTPUT_EXT_QUERY_CAPABILITIES *output;
    size_t i;

    output = (HV_OUTPUT_EXT_QUERY_CAPABILITIES *)hvref_example_output_page();

    /* A simple, memory-based call: only the call code is set; Fast, the
     * variable header size and the rep fields stay zero. */
    input.AsUINT64 = 0;
    input.CallCode = HvExtCallQueryCapabilities;

    /* The same control word built with the shift and mask macros. */
    if (input.AsUINT64 != (((UINT64)HvExtCallQueryCapabilities << HV_HYPERCALL_INPUT_CALL_CODE_SHIFT) &
                           HV_HYPERCALL_INPUT_CALL_CODE_MASK)) {
        return 1;
    }

    /* No input parameters, so no input GPA; the output goes to the page. */
    result.AsUINT64 = hvref_example_hypercall(input.AsUINT64, NULL, output);
    if (result.Result != HV_STATUS_SUCCESS) {
        /* Without the EnableExtendedHypercalls privilege the call fails. */
        return hvref_example_report("HvExtCallQueryCapabilities", result.AsUINT64);
    }
    /* A simple call completes no reps. */
    if ((result.AsUINT64 & HV_HYPERCALL_OUTPUT_REPS_COMPLETE_MASK) != 0) {
        return 1;
    }

    for (i = 0; i < sizeof example_capabilities / sizeof example_capabilities[0]; i++) {
        const EXAMPLE_CAPABILITY *capability = &example_capabilities[i];
        hvref_example_report((output->Capabilities & capability->Mask) ? capability->Available
                                                                        : capability->Unavailable,
                             result.AsUINT64);
    }
    if (output->Capabilities & HV_EXT_CAPABILITY_RESERVED_MASK) {
        hvref_example_report("HvExtCallQueryCapabilities: bits beyond those the TLFS lists are set",
                             result.AsUINT64);
    }
    return hvref_example_report("HvExtCallQueryCapabilities", result.AsUINT64);
}
