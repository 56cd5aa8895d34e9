/* SPDX-License-Identifier: MIT */
/*
 * As the root partition's VMM, ask what CPUID returns to virtual processor 0
 * of a child partition for three leaves (the hypervisor's vendor leaf, the
 * processor's feature leaf and the XSAVE leaf for a given XCR0), with the
 * rep call HvCallGetVpCpuidValues, and print the list it sent and the
 * results it got back.
 *
 * hvref-demonstrates: HvCallGetVpCpuidValues HV_INPUT_GET_VP_CPUID_VALUES
 *  HV_GET_VP_CPUID_VALUES_FLAGS HV_CPUID_LEAF_INFO HV_OUTPUT_GET_VP_CPUID_VALUES
 *  HV_CPUID_RESULT
 *
 * The input page holds the 24-byte header (ReservedZ and Padding zero, the
 * seam checks them) and then one 24-byte HV_CPUID_LEAF_INFO per leaf; the
 * output page receives one 16-byte result per leaf. UseVpXfemXss is clear,
 * so the XSAVE leaf is computed for the Xfem and Xss of its own element
 * (x87, SSE and AVX state here); the registered overrides are applied. A
 * rep call may come back with HV_STATUS_SUCCESS after only part of the
 * list; the loop then resumes from the first element not done. The input
 * bytes are printed and compared with the .expected file. Under the
 * recording seam the output page stays zero, so every result prints as 0.
 * x64 only. The child's partition ID is a stand-in.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define CHILD_PARTITION ((HV_PARTITION_ID)0x0000000000000021ull)

static const UINT32 Leaves[][2] = {
    { 0x40000000u, 0 }, /* hypervisor vendor and highest leaf */
    { 0x00000001u, 0 }, /* processor version and features */
    { 0x0000000Du, 0 }, /* XSAVE features and area size, subleaf 0 */
};
#define LEAF_COUNT ((UINT32)(sizeof(Leaves) / sizeof(Leaves[0])))

static void print_bytes(const void *Data, UINT32 Size)
{
    const UINT8 *Bytes = (const UINT8 *)Data;
    UINT32 Index;

    for (Index = 0; Index < Size; Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }
}

int main(void)
{
    PHV_INPUT_GET_VP_CPUID_VALUES Header;
    PHV_CPUID_LEAF_INFO List;
    PHV_OUTPUT_GET_VP_CPUID_VALUES Results;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    Header = (PHV_INPUT_GET_VP_CPUID_VALUES)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->PartitionId = CHILD_PARTITION;
    Header->VpIndex = 0;
    Header->Flags.AsUINT32 = 0;
    Header->Flags.UseVpXfemXss = 0;          /* use each element's Xfem and Xss */
    Header->Flags.ApplyRegisteredValues = 1; /* include the partition's overrides */

    List = (PHV_CPUID_LEAF_INFO)(void *)((UINT8 *)Header + sizeof(*Header));
    for (Index = 0; Index < LEAF_COUNT; Index++) {
        memset(&List[Index], 0, sizeof(List[Index]));
        List[Index].Eax = Leaves[Index][0];
        List[Index].Ecx = Leaves[Index][1];
        List[Index].Xfem = 0x7; /* XCR0: x87, SSE, AVX */
        List[Index].Xss = 0;
        hvref_example_printf("in  [%u] leaf 0x%08X subleaf %u xfem 0x%llX xss 0x%llX\n",
                             (unsigned int)Index, (unsigned int)List[Index].Eax,
                             (unsigned int)List[Index].Ecx, (unsigned long long)List[Index].Xfem,
                             (unsigned long long)List[Index].Xss);
    }

    /* The header and the list, as the hypervisor reads them from the input page. */
    print_bytes(Header, (UINT32)(sizeof(*Header) + LEAF_COUNT * sizeof(List[0])));

    Results = (PHV_OUTPUT_GET_VP_CPUID_VALUES)hvref_example_output_page();

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallGetVpCpuidValues;
    Call.RepCount = LEAF_COUNT;
    Call.RepStartIndex = 0;

    for (;;) {
        Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Header, Results);
        if (Result.Result != HV_STATUS_SUCCESS || Result.RepsComplete >= Call.RepCount) {
            break;
        }
        Call.RepStartIndex = Result.RepsComplete;
    }

    for (Index = 0; Index < Result.RepsComplete; Index++) {
        hvref_example_printf("out [%u] eax 0x%08X ebx 0x%08X ecx 0x%08X edx 0x%08X\n",
                             (unsigned int)Index, (unsigned int)Results[Index].Eax,
                             (unsigned int)Results[Index].Ebx, (unsigned int)Results[Index].Ecx,
                             (unsigned int)Results[Index].Edx);
    }

    return hvref_example_report("HvCallGetVpCpuidValues", Result.AsUINT64);
}
