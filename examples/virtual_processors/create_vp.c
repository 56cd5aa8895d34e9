/* SPDX-License-Identifier: MIT */
/*
 * As a parent partition, create virtual processor 1 of a child partition,
 * asking for its data structures to be kept on NUMA node 1 and on no
 * particular subnode, then print the 40 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallCreateVp HV_INPUT_CREATE_VP HV_SUBNODE_TYPE
 *  HV_PROXIMITY_DOMAIN_INFO HV_PROXIMITY_DOMAIN_FLAGS
 *
 * The new processor is suspended: it runs once the parent clears
 * HvRegisterExplicitSuspend with HvCallSetVpRegisters (a processor other
 * than 0 then waits for a startup IPI) or starts it with
 * HvCallStartVirtualProcessor. ReservedZ0 and Flags stay zero, and the
 * seam checks that they do. TLFS 2.0 and the 2013 WDK gave a 32-byte input
 * without the subnode fields; this is the current 40-byte one. The child's
 * partition ID (a stand-in here) comes from HvCallCreatePartition.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

#define CHILD_PARTITION ((HV_PARTITION_ID)0x0000000000000021ull)
#define NEW_VP_INDEX ((HV_VP_INDEX)1)
#define NUMA_NODE ((HV_PROXIMITY_DOMAIN_ID)1)

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
    PHV_INPUT_CREATE_VP Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    Input = (PHV_INPUT_CREATE_VP)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = CHILD_PARTITION;
    Input->VpIndex = NEW_VP_INDEX;
    Input->SubnodeType = (UINT8)HvSubnodeAny; /* no subnode: SubnodeId stays 0 */
    Input->SubnodeId = 0;
    Input->ProximityDomainInfo.Id = NUMA_NODE;
    Input->ProximityDomainInfo.Flags.AsUINT32 = 0;
    Input->ProximityDomainInfo.Flags.ProximityInfoValid = 1; /* Id is meant */
    Input->ProximityDomainInfo.Flags.ProximityPreferred = 1; /* another node will do */
    Input->Flags = 0;                                        /* no flag is defined */

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallCreateVp;

    print_bytes(Input, (UINT32)sizeof(*Input));

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallCreateVp", Result.AsUINT64);
}
