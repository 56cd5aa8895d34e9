/* SPDX-License-Identifier: MIT */
/*
 * Flush one address space on virtual processors 1, 70 and 200 with
 * HvCallFlushVirtualAddressSpaceEx, whose processor set makes the input
 * header variable-size.
 *
 * hvref-demonstrates: HvCallFlushVirtualAddressSpaceEx HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX
 *  HV_VP_SET HV_GENERIC_SET_FORMAT HV_ADDRESS_SPACE_ID HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * A sparse set names banks of 64 processors: bank b covers indices 64*b to
 * 64*b+63. Processors 1, 70 and 200 lie in banks 0, 1 and 3, so
 * ValidBanksMask is 0xB and three bank masks follow, one per set bit in
 * increasing bank order: 0x2 (index 1), 0x40 (index 70 = 64 + 6) and 0x100
 * (index 200 = 192 + 8). Bank 2 has no mask at all.
 *
 * The fixed part of the header ends after ValidBanksMask; the bank masks are
 * the variable part, so VariableHeaderSize is its size in 8-byte units: the
 * number of banks. The hypervisor offers the call when it recommends
 * UseExProcessorMasks (CPUID leaf 0x40000004 on x64).
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The address space to flush: on x64 the CR3 value of the process whose
 * mappings changed (a stand-in value here). */
#define ADDRESS_SPACE ((HV_ADDRESS_SPACE_ID)0x000000000001A000ull)

static const HV_VP_INDEX Processors[] = { 1, 70, 200 };
#define PROCESSOR_COUNT (sizeof(Processors) / sizeof(Processors[0]))

/* Number of set bits in Value. */
static UINT32 CountBits(UINT64 Value)
{
    UINT32 Count = 0;
    while (Value != 0) {
        Value &= Value - 1u;
        Count++;
    }
    return Count;
}

int main(void)
{
    PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 BankCount;
    UINT32 VariableBytes;
    size_t Index;

    Input = (PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->AddressSpace = ADDRESS_SPACE;
    Input->Flags = 0;

    /* First the banks present, then each processor's bit in its bank's mask. */
    Input->ProcessorSet.Format = HvGenericSetSparse4k;
    Input->ProcessorSet.ValidBanksMask = 0;
    for (Index = 0; Index < PROCESSOR_COUNT; Index++) {
        Input->ProcessorSet.ValidBanksMask |= (UINT64)1 << (Processors[Index] / 64u);
    }
    for (Index = 0; Index < PROCESSOR_COUNT; Index++) {
        UINT32 Bank = Processors[Index] / 64u;
        /* A bank's mask sits after the masks of the present banks below it. */
        UINT32 Slot = CountBits(Input->ProcessorSet.ValidBanksMask & (((UINT64)1 << Bank) - 1u));
        Input->ProcessorSet.BankContents[Slot] |= (UINT64)1 << (Processors[Index] % 64u);
    }
    BankCount = CountBits(Input->ProcessorSet.ValidBanksMask);

    /* Bytes beyond the fixed header, rounded up to whole 8-byte units. */
    VariableBytes = HVREF_VP_SET_SIZE(BankCount) - HVREF_VP_SET_SIZE(0);

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallFlushVirtualAddressSpaceEx;
    Call.Fast = 0;
    /* The field is 10 bits wide; the mask says so to -Wconversion. */
    Call.VariableHeaderSize = ((VariableBytes + 7u) / 8u) & 0x3FFu;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallFlushVirtualAddressSpaceEx", Result.AsUINT64);
}
