/* SPDX-License-Identifier: MIT */
/*
 * Flush three ranges of guest virtual addresses from the TLBs of virtual
 * processors 0 and 1: a rep hypercall, with the loop that resumes it when the
 * hypervisor returns before the whole list is done.
 *
 * hvref-demonstrates: HvCallFlushVirtualAddressList HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST
 *  HV_GVA_RANGE HV_ADDRESS_SPACE_ID HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The input page holds the fixed header followed by one 8-byte list element
 * per range; each element is one rep. A rep call may come back with
 * HV_STATUS_SUCCESS after only part of the list: RepsComplete then counts the
 * elements done from the start of the list (not from RepStartIndex), and the
 * caller issues the call again starting there. On any other status,
 * RepsComplete elements were processed before the failing one.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The address space to flush: on x64 the CR3 value of the process whose
 * mappings changed (a stand-in value here). */
#define ADDRESS_SPACE ((HV_ADDRESS_SPACE_ID)0x000000000001A000ull)

/* One range: its first page-aligned GVA and how many 4 KiB pages it spans
 * (1 to 4096). */
typedef struct {
    HV_GVA Start;
    UINT32 PageCount;
} RANGE;

static const RANGE Ranges[] = {
    { 0x00007FF612340000ull, 1 },    /* one page */
    { 0x00007FF700000000ull, 16 },   /* 64 KiB */
    { 0xFFFF800010000000ull, 4096 }, /* 16 MiB, the most one element can cover */
};
#define RANGE_COUNT (sizeof(Ranges) / sizeof(Ranges[0]))

int main(void)
{
    PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST Header;
    HV_GVA *List;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    /* The header and the list share the input page; the list starts right
     * after the 24-byte header. At most (4096 - 24) / 8 = 509 elements fit. */
    Header = (PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->AddressSpace = ADDRESS_SPACE;
    /* HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY is not allowed with a list flush. */
    Header->Flags = 0;
    Header->ProcessorMask = 0x3; /* virtual processors 0 and 1 */

    List = (HV_GVA *)(void *)((UINT8 *)Header + sizeof(*Header));
    for (Index = 0; Index < RANGE_COUNT; Index++) {
        HV_GVA_RANGE Element;
        HV_GVA_PAGE_NUMBER FirstPage = Ranges[Index].Start >> 12;
        Element.AsUINT64 = 0;
        /* 52 and 12 bits wide; the masks say so to -Wconversion. */
        Element.GvaPageNumber = FirstPage & 0x000FFFFFFFFFFFFFull;
        Element.AdditionalPages = (Ranges[Index].PageCount - 1u) & 0xFFFu;
        /* Equivalently, with the masks:
         * (Start & HV_GVA_RANGE_GVA_PAGE_NUMBER_MASK)
         *   | ((PageCount - 1) << HV_GVA_RANGE_ADDITIONAL_PAGES_SHIFT) */
        List[Index] = Element.AsUINT64;
    }

    /* A rep call: RepCount elements, starting at element 0. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallFlushVirtualAddressList;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = RANGE_COUNT;
    Call.RepStartIndex = 0;

    for (;;) {
        Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Header, NULL);
        if (Result.Result != HV_STATUS_SUCCESS || Result.RepsComplete >= Call.RepCount) {
            break;
        }
        /* Returned early: continue from the first element not yet done. */
        Call.RepStartIndex = Result.RepsComplete;
    }

    return hvref_example_report("HvCallFlushVirtualAddressList", Result.AsUINT64);
}
