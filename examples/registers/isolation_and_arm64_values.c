/* SPDX-License-Identifier: MIT */
/*
 * Fill the register values of an SEV-SNP guest's processor (its VMSA page
 * and Secure AVIC page), a virtualization fault to queue in a pending event
 * register, and the ARM64 formats of the pending interruption, interrupt
 * state and synthetic exception registers, and print each as the 16 bytes
 * an HV_REGISTER_VALUE carries, with the register number it goes with.
 *
 * hvref-demonstrates: HV_X64_REGISTER_SEV_GPA_PAGE HV_X64_REGISTER_SEV_CONTROL
 *     HV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT HV_ARM64_PENDING_INTERRUPTION_REGISTER
 *     HV_ARM64_PENDING_INTERRUPTION_TYPE HV_ARM64_INTERRUPT_STATE_REGISTER
 *     HV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT HV_REGISTER_VALUE
 *
 * Only HV_X64_REGISTER_SEV_GPA_PAGE comes from the TLFS; the other formats
 * are those of Microsoft's headers. Each value starts zeroed. The ARM64
 * pending interruption and interrupt state use the numbers of
 * HvRegisterPendingInterruption and HvRegisterInterruptState, as
 * Microsoft's ARM64 headers do.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static void show(const char *Name, HV_REGISTER_NAME Register, const HV_REGISTER_VALUE *Value)
{
    hvref_example_printf("%-29s 0x%08X = 0x%016llX%016llX\n", Name, (unsigned int)Register,
                         (unsigned long long)Value->Reg128.High64,
                         (unsigned long long)Value->Reg128.Low64);
}

int main(void)
{
    HV_REGISTER_VALUE Value;

    /* The VMSA of the processor at guest physical address 0x123456000. */
    memset(&Value, 0, sizeof(Value));
    Value.SevControl.EnableEncryptedState = 1;
    Value.SevControl.VmsaGpaPageNumber = 0x123456;
    show("HvX64RegisterSevControl", HvX64RegisterSevControl, &Value);

    /* Its Secure AVIC backing page at 0x7FFFF000. */
    memset(&Value, 0, sizeof(Value));
    Value.SevGpaPage.Enabled = 1;
    Value.SevGpaPage.PageNumber = 0x7FFFF;
    show("HvX64RegisterSevAvicGpa", HvX64RegisterSevAvicGpa, &Value);

    /* A #VE with code 0x30, both parameters set. EventType 3 is the
     * virtualization fault in OpenVMM's numbering of pending events. */
    memset(&Value, 0, sizeof(Value));
    Value.PendingVirtualizationFaultEvent.EventPending = 1;
    Value.PendingVirtualizationFaultEvent.EventType = 3;
    Value.PendingVirtualizationFaultEvent.Parameter0 = 0x0001;
    Value.PendingVirtualizationFaultEvent.Code = 0x30;
    Value.PendingVirtualizationFaultEvent.Parameter1 = 0x00000000FEE00000ull;
    show("HvRegisterPendingEvent1", HvRegisterPendingEvent1, &Value);

    /* ARM64: an exception pending with error code 0x96000045. */
    memset(&Value, 0, sizeof(Value));
    Value.Arm64PendingInterruption.InterruptionPending = 1;
    Value.Arm64PendingInterruption.InterruptionType = (UINT64)HvArm64PendingException & 0x1u;
    Value.Arm64PendingInterruption.ErrorCode = 0x96000045u;
    show("HvRegisterPendingInterruption", HvRegisterPendingInterruption, &Value);

    /* ARM64: no interrupt shadow. */
    memset(&Value, 0, sizeof(Value));
    Value.Arm64InterruptState.InterruptShadow = 0;
    show("HvRegisterInterruptState", HvRegisterInterruptState, &Value);

    /* ARM64: a synthetic exception of type 1 with a context value. */
    memset(&Value, 0, sizeof(Value));
    Value.PendingSyntheticExceptionEvent.EventPending = 1;
    Value.PendingSyntheticExceptionEvent.EventType = 1;
    Value.PendingSyntheticExceptionEvent.ExceptionType = 1;
    Value.PendingSyntheticExceptionEvent.Context = 0x0000000040001000ull;
    show("HvRegisterPendingEvent0", HvRegisterPendingEvent0, &Value);

    return 0;
}
