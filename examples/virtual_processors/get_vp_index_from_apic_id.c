/* SPDX-License-Identifier: MIT */
/*
 * Look up the virtual processor indexes of three APIC IDs (as a firmware
 * table lists the processors) in the caller's own partition, with the rep
 * call HvCallGetVpIndexFromApicId, and print the ID list it sent and the
 * index list it got back.
 *
 * hvref-demonstrates: HvCallGetVpIndexFromApicId HV_INPUT_GET_VP_INDEX_FROM_APIC_ID
 *  HV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID
 *
 * Each input list element is 8 bytes: on x64 the APIC ID in the low four
 * bytes and zero above, on ARM64 the whole MPIDR value. Each output element
 * is 8 bytes too: the index and four bytes of padding. A rep call may come
 * back with HV_STATUS_SUCCESS after only part of the list; the loop then
 * resumes from the first element not done. Under the recording seam the
 * output page stays zero, so every index prints as 0.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static const UINT32 ApicIds[] = { 0x00, 0x02, 0x04 };
#define ID_COUNT ((UINT32)(sizeof(ApicIds) / sizeof(ApicIds[0])))

int main(void)
{
    PHV_INPUT_GET_VP_INDEX_FROM_APIC_ID Header;
    UINT64 *IdList;
    PHV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID Indexes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    Header = (PHV_INPUT_GET_VP_INDEX_FROM_APIC_ID)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->PartitionId = HV_PARTITION_ID_SELF;
    Header->TargetVtl = 0;

    IdList = (UINT64 *)(void *)((UINT8 *)Header + sizeof(*Header));
    for (Index = 0; Index < ID_COUNT; Index++) {
        IdList[Index] = ApicIds[Index]; /* padding bytes 4-7 stay zero */
        hvref_example_printf("in  [%u] hardware ID 0x%016llX\n", (unsigned int)Index,
                             (unsigned long long)IdList[Index]);
    }

    Indexes = (PHV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID)hvref_example_output_page();

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallGetVpIndexFromApicId;
    Call.RepCount = ID_COUNT;
    Call.RepStartIndex = 0;

    for (;;) {
        Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Header, Indexes);
        if (Result.Result != HV_STATUS_SUCCESS || Result.RepsComplete >= Call.RepCount) {
            break;
        }
        Call.RepStartIndex = Result.RepsComplete;
    }

    for (Index = 0; Index < Result.RepsComplete; Index++) {
        hvref_example_printf("out [%u] VP index %u\n", (unsigned int)Index,
                             (unsigned int)Indexes[Index].VpIndex);
    }

    return hvref_example_report("HvCallGetVpIndexFromApicId", Result.AsUINT64);
}
