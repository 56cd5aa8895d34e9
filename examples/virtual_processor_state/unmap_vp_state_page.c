/* SPDX-License-Identifier: MIT */
/*
 * As the VMM of a child partition, before deleting the child's virtual
 * processor 0: unmap the register page and the intercept message page it
 * mapped earlier, with one HvCallUnmapVpStatePage each.
 *
 * hvref-demonstrates: HvCallUnmapVpStatePage HV_INPUT_UNMAP_VP_STATE_PAGE
 *  HV_VP_STATE_PAGE_TYPE
 *
 * The 16-byte input names the partition, the processor, the page type (16
 * bits), the VTL (0: the current one) and a reserved byte that must be zero.
 * 0x2 stands for the child's partition ID.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x2)

static int unmap(PHV_INPUT_UNMAP_VP_STATE_PAGE Input, HV_VP_STATE_PAGE_TYPE Type)
{
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = CHILD_PARTITION_ID;
    Input->VpIndex = 0;
    Input->Type = (UINT16)Type;
    Input->InputVtl = 0;
    Input->Reserved0 = 0;
    hvref_example_printf("unmap type %u of VP %u\n", (unsigned int)Input->Type,
                         (unsigned int)Input->VpIndex);

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallUnmapVpStatePage;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);
    return hvref_example_report("HvCallUnmapVpStatePage", Result.AsUINT64);
}

int main(void)
{
    PHV_INPUT_UNMAP_VP_STATE_PAGE Input;
    int Status;

    Input = (PHV_INPUT_UNMAP_VP_STATE_PAGE)hvref_example_input_page();
    Status = unmap(Input, HvVpStatePageRegisters);
    if (Status == 0) {
        Status = unmap(Input, HvVpStatePageInterceptMessage);
    }
    return Status;
}
