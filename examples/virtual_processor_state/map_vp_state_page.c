/* SPDX-License-Identifier: MIT */
/*
 * As the VMM of a child partition: map the register page of the child's
 * virtual processor 0 at a guest physical page of the VMM's choosing with
 * HvCallMapVpStatePage, and print where the hypervisor says it is.
 *
 * hvref-demonstrates: HvCallMapVpStatePage HV_INPUT_MAP_VP_STATE_PAGE
 *  HV_OUTPUT_MAP_VP_STATE_PAGE HV_VP_STATE_PAGE_TYPE
 *  HV_MAP_VP_STATE_PAGE_FLAG_MAP_LOCATION_PROVIDED
 *
 * The child's partition ID would come from HvCallCreatePartition; 0x2 stands
 * for it here. Setting the MapLocationProvided flag asks for the page at
 * RequestedMapLocation (a layered host must do so); without the flag that
 * member stays zero and the hypervisor picks the page. Type is 16 bits and
 * InputVtl 0 means the processor's current VTL. Under the recording seam the
 * output page stays zero, so MapLocation prints as 0.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x2)
#define REGISTER_PAGE_GPA_PAGE ((HV_GPA_PAGE_NUMBER)0x7FF00)

int main(void)
{
    PHV_INPUT_MAP_VP_STATE_PAGE Input;
    PHV_OUTPUT_MAP_VP_STATE_PAGE Output;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_MAP_VP_STATE_PAGE)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = CHILD_PARTITION_ID;
    Input->VpIndex = 0;
    Input->Type = (UINT16)HvVpStatePageRegisters;
    Input->InputVtl = 0;
    Input->Flags = (UINT8)HV_MAP_VP_STATE_PAGE_FLAG_MAP_LOCATION_PROVIDED;
    Input->RequestedMapLocation = REGISTER_PAGE_GPA_PAGE;
    hvref_example_printf("map type %u of VP %u of partition 0x%llX at GPA page 0x%llX\n",
                         (unsigned int)Input->Type, (unsigned int)Input->VpIndex,
                         (unsigned long long)Input->PartitionId,
                         (unsigned long long)Input->RequestedMapLocation);

    Output = (PHV_OUTPUT_MAP_VP_STATE_PAGE)hvref_example_output_page();

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallMapVpStatePage;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, Output);
    if (Result.Result == HV_STATUS_SUCCESS) {
        hvref_example_printf("mapped at GPA page 0x%llX\n",
                             (unsigned long long)Output->MapLocation);
    }
    return hvref_example_report("HvCallMapVpStatePage", Result.AsUINT64);
}
