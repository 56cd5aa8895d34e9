/* SPDX-License-Identifier: MIT */
/*
 * Translate a guest virtual address of a child partition's virtual processor
 * into a guest physical address: a simple hypercall with its input and its
 * output in memory.
 *
 * hvref-demonstrates: HvCallTranslateVirtualAddress HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS
 *  HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS HV_TRANSLATE_GVA_RESULT HV_TRANSLATE_GVA_RESULT_CODE
 *  HV_TRANSLATE_GVA_CONTROL_FLAGS HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The caller must be the parent of the partition it names. The hypercall's
 * status says whether the call was carried out; whether the address could be
 * translated is the separate ResultCode in the output.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition and its virtual processor whose page tables are walked,
 * and the address to translate: stand-ins for values a real parent (a VMM
 * emulating an instruction, say) already has. */
#define CHILD_PARTITION_ID ((HV_PARTITION_ID)0x10)
#define CHILD_VP_INDEX ((HV_VP_INDEX)0)
#define GUEST_VIRTUAL_ADDRESS ((HV_GVA)0x00007FF612345678ull)

static const char *ResultCodeName(UINT32 ResultCode)
{
    switch (ResultCode) {
    case HvTranslateGvaSuccess: return "success";
    case HvTranslateGvaPageNotPresent: return "page not present";
    case HvTranslateGvaPrivilegeViolation: return "privilege violation";
    case HvTranslateGvaInvalidPageTableFlags: return "invalid page table flags";
    case HvTranslateGvaGpaUnmapped: return "GPA unmapped";
    case HvTranslateGvaGpaNoReadAccess: return "GPA not readable";
    case HvTranslateGvaGpaNoWriteAccess: return "GPA not writable";
    case HvTranslateGvaGpaIllegalOverlayAccess: return "illegal overlay page access";
    case HvTranslateGvaIntercept: return "intercepted";
    case HvTranslateGvaGpaUnaccepted: return "GPA unaccepted";
    default: return "unknown result code";
    }
}

int main(void)
{
    PHV_INPUT_TRANSLATE_VIRTUAL_ADDRESS Input;
    PHV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS Output;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    HV_TRANSLATE_GVA_RESULT Translation;

    /* Input and output live in their own pages; the seam passes their GPAs. */
    Input = (PHV_INPUT_TRANSLATE_VIRTUAL_ADDRESS)hvref_example_input_page();
    Output = (PHV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS)hvref_example_output_page();
    memset(Input, 0, sizeof(*Input));
    memset(Output, 0, sizeof(*Output));

    Input->PartitionId = CHILD_PARTITION_ID;
    Input->VpIndex = CHILD_VP_INDEX;
    Input->Padding = 0;
    /* Ask whether the processor could read the page. The VTL byte
     * (HV_TRANSLATE_GVA_INPUT_VTL_MASK) stays zero. */
    Input->ControlFlags = (HV_TRANSLATE_GVA_CONTROL_FLAGS)HV_TRANSLATE_GVA_VALIDATE_READ;
    Input->GvaPage = (HV_GVA_PAGE_NUMBER)(GUEST_VIRTUAL_ADDRESS >> 12);

    /* A simple call: no rep count, no variable header, memory-based. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallTranslateVirtualAddress;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, Output);
    if (Result.Result != HV_STATUS_SUCCESS) {
        /* The output is not valid when the call itself failed. */
        return hvref_example_report("HvCallTranslateVirtualAddress", Result.AsUINT64);
    }

    Translation = Output->TranslationResult;
    switch ((UINT32)Translation.ResultCode) {
    case HvTranslateGvaSuccess: {
        /* GpaPage is the translated page; the page offset carries over. */
        HV_GPA Gpa = ((HV_GPA)Output->GpaPage << 12) | (GUEST_VIRTUAL_ADDRESS & 0xFFFu);
        hvref_example_printf("GVA 0x%016llX -> GPA 0x%016llX, cache type %u%s\n",
                             (unsigned long long)GUEST_VIRTUAL_ADDRESS, (unsigned long long)Gpa,
                             (unsigned)Translation.CacheType,
                             Translation.OverlayPage ? ", overlay page" : "");
        break;
    }
    case HvTranslateGvaGpaUnmapped:
    case HvTranslateGvaGpaNoReadAccess:
    case HvTranslateGvaGpaNoWriteAccess:
    case HvTranslateGvaGpaIllegalOverlayAccess:
        /* The walk reached a GPA it could not use; GpaPage names that page. */
        hvref_example_printf("GVA 0x%016llX: %s at GPA page 0x%llX\n",
                             (unsigned long long)GUEST_VIRTUAL_ADDRESS,
                             ResultCodeName((UINT32)Translation.ResultCode),
                             (unsigned long long)Output->GpaPage);
        break;
    default:
        /* Any other code: the walk stopped in the page tables; GpaPage is
         * meaningless. */
        hvref_example_printf("GVA 0x%016llX: %s\n", (unsigned long long)GUEST_VIRTUAL_ADDRESS,
                             ResultCodeName((UINT32)Translation.ResultCode));
        break;
    }

    return hvref_example_report("HvCallTranslateVirtualAddress", Result.AsUINT64);
}
