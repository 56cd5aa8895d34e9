/* SPDX-License-Identifier: MIT */
/*
 * Move one MSI interrupt of an assigned device to vector 0x41 on virtual
 * processor 2, after printing the 56 input bytes.
 *
 * hvref-demonstrates: HvCallRetargetDeviceInterrupt HV_INPUT_RETARGET_DEVICE_INTERRUPT
 *  HV_INTERRUPT_ENTRY HV_MSI_ENTRY HV_INTERRUPT_SOURCE HV_DEVICE_INTERRUPT_TARGET
 *  HV_PARTITION_ID_SELF HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The interrupt is named by the MSI address and data the device was
 * programmed with (here the x64 form: address 0xFEE00000 with the
 * destination APIC ID in bits 19:12, data = the vector). The new target is
 * a 64-bit processor mask; without HV_DEVICE_INTERRUPT_TARGET_MULTICAST the
 * hypervisor delivers to one processor of the mask. With
 * HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET an HV_VP_SET would start at
 * ProcessorSet instead, its bank masks passed as a variable header.
 * Reserved fields stay zero; the seam checks them, and the printed bytes
 * are compared with the .expected file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The logical device ID the host gave the device (for a PCI function passed
 * through by the Hyper-V PCI bus, derived from its instance GUID and
 * function number); a stand-in value here. */
#define MY_DEVICE_ID 0x0000000012345678ull

/* The MSI message the device is currently programmed with. */
#define MY_MSI_ADDRESS 0xFEE00000u /* x64: APIC ID 0, physical destination */
#define MY_MSI_DATA 0x00000041u    /* fixed delivery, vector 0x41 */

int main(void)
{
    PHV_INPUT_RETARGET_DEVICE_INTERRUPT Input;
    const UINT8 *Bytes;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT32 Index;

    Input = (PHV_INPUT_RETARGET_DEVICE_INTERRUPT)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = HV_PARTITION_ID_SELF;
    Input->DeviceId = MY_DEVICE_ID;
    Input->InterruptEntry.InterruptSource = (UINT32)HvInterruptSourceMsi;
    Input->InterruptEntry.MsiEntry.Address = MY_MSI_ADDRESS;
    Input->InterruptEntry.MsiEntry.Data = MY_MSI_DATA;
    Input->InterruptTarget.Vector = 0x41;
    Input->InterruptTarget.Flags = 0; /* one processor of the mask, mask form */
    Input->InterruptTarget.ProcessorMask = (UINT64)1 << 2;

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallRetargetDeviceInterrupt;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Bytes = (const UINT8 *)Input;
    for (Index = 0; Index < (UINT32)sizeof(*Input); Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallRetargetDeviceInterrupt", Result.AsUINT64);
}
