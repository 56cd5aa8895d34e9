/* SPDX-License-Identifier: MIT */
/*
 * Assert a lowest-priority, edge-triggered interrupt with vector 0x30 at the
 * virtual processors of logical APIC destination 0x03 in a child partition's
 * VTL 0, after printing the 32 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallAssertVirtualInterrupt HV_INPUT_ASSERT_VIRTUAL_INTERRUPT
 *  HV_INTERRUPT_CONTROL HV_INTERRUPT_TYPE HV_INTERRUPT_VECTOR
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The caller must be the target partition's parent, and the target must be
 * active. Logical destination mode (LogicalDestinationMode = 1) makes
 * DestinationAddress a logical APIC ID, which may select several virtual
 * processors; a lowest-priority interrupt goes to one of them. The reserved bits of the control word
 * and the two reserved fields after TargetVtl stay zero; the seam checks
 * them, and the printed bytes are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition's ID, as the parent got it when creating it; a
 * stand-in value here. */
#define CHILD_PARTITION_ID 0x0000000000000007ull

/* A logical APIC destination (flat model: one bit per processor, here the
 * processors whose logical IDs are 0x01 and 0x02). */
#define TARGET_LOGICAL_APIC_ID 0x03u

/* A vector of the fixed range (32-255). */
#define MY_VECTOR 0x30u

int main(void)
{
    PHV_INPUT_ASSERT_VIRTUAL_INTERRUPT Input;
    const UINT8 *Bytes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    HV_INTERRUPT_VECTOR Vector = MY_VECTOR;
    UINT32 Index;

    Input = (PHV_INPUT_ASSERT_VIRTUAL_INTERRUPT)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->TargetPartition = CHILD_PARTITION_ID;
    Input->InterruptControl.AsUINT64 = 0;
    Input->InterruptControl.InterruptType = (UINT32)HvX64InterruptTypeLowestPriority;
    Input->InterruptControl.LevelTriggered = 0;         /* edge */
    Input->InterruptControl.LogicalDestinationMode = 1; /* logical APIC ID */
    Input->DestinationAddress = TARGET_LOGICAL_APIC_ID;
    Input->RequestedVector = Vector;
    Input->TargetVtl = 0;
    Input->ReservedZ0 = 0;
    Input->ReservedZ1 = 0;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallAssertVirtualInterrupt;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Bytes = (const UINT8 *)Input;
    for (Index = 0; Index < (UINT32)sizeof(*Input); Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallAssertVirtualInterrupt", Result.AsUINT64);
}
