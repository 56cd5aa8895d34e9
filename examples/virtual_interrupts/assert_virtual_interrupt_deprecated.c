/* SPDX-License-Identifier: MIT */
/*
 * Assert an external (8259-style) interrupt with vector 0x20 in a child
 * partition through the first call code of HvAssertVirtualInterrupt (0x0055,
 * TLFS 2.0), after printing the 32 input bytes the hypervisor reads.
 *
 * hvref-demonstrates: HvCallAssertVirtualInterruptDeprecated
 *  HV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED HV_INTERRUPT_CONTROL
 *  HV_INTERRUPT_TYPE HV_INTERRUPT_VECTOR HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * An ExtInt interrupt always goes to virtual processor 0, so
 * DestinationAddress must be zero. HV_STATUS_ACKNOWLEDGED means the previous
 * ExtInt interrupt was acknowledged and has not been cleared yet. Newer
 * hypervisors take the same request at 0x0094 (HvCallAssertVirtualInterrupt),
 * whose input adds a target VTL. Padding stays zero; the seam checks it, and
 * the printed bytes are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The child partition's ID, as the parent got it when creating it; a
 * stand-in value here. */
#define CHILD_PARTITION_ID 0x0000000000000007ull

/* The vector the child's emulated PIC delivers for its IRQ 0. */
#define PIC_IRQ0_VECTOR 0x20u

int main(void)
{
    PHV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED Input;
    const UINT8 *Bytes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    HV_INTERRUPT_VECTOR Vector = PIC_IRQ0_VECTOR;
    UINT32 Index;

    Input = (PHV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->DestinationPartition = CHILD_PARTITION_ID;
    Input->InterruptControl.AsUINT64 = 0;
    Input->InterruptControl.InterruptType = (UINT32)HvX64InterruptTypeExtInt;
    Input->DestinationAddress = 0; /* ExtInt: always virtual processor 0 */
    Input->RequestedVector = Vector;
    Input->Padding = 0;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallAssertVirtualInterruptDeprecated;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Bytes = (const UINT8 *)Input;
    for (Index = 0; Index < (UINT32)sizeof(*Input); Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallAssertVirtualInterruptDeprecated", Result.AsUINT64);
}
