/* SPDX-License-Identifier: MIT */
/*
 * As a parent partition starting a child's virtual processor in 64-bit
 * mode: fill the register values it would write (the code and stack
 * segments, the descriptor tables, x87 and SSE control state) and the values
 * it reads back or writes to handle an intercept (the suspend registers, the
 * interrupt state, a #GP to inject), and print each as the 16 bytes an
 * HV_REGISTER_VALUE carries.
 *
 * hvref-demonstrates: HV_REGISTER_VALUE HV_X64_SEGMENT_REGISTER HV_X64_TABLE_REGISTER
 *     HV_X64_FP_REGISTER HV_X64_FP_CONTROL_STATUS_REGISTER HV_X64_XMM_CONTROL_STATUS_REGISTER
 *     HV_EXPLICIT_SUSPEND_REGISTER HV_INTERCEPT_SUSPEND_REGISTER HV_DISPATCH_SUSPEND_REGISTER
 *     HV_INTERNAL_ACTIVITY_REGISTER HV_X64_INTERRUPT_STATE_REGISTER
 *     HV_X64_PENDING_INTERRUPTION_REGISTER HV_X64_PENDING_INTERRUPTION_TYPE
 *
 * Each value starts zeroed: a register narrower than 128 bits is read and
 * written in the low bytes of the union, with the rest zero. The names are
 * those a HvCallSetVpRegisters list would pair them with.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static void show(const char *Name, HV_REGISTER_NAME Register, const HV_REGISTER_VALUE *Value)
{
    hvref_example_printf("%-31s 0x%08X = 0x%016llX%016llX\n", Name, (unsigned int)Register,
                         (unsigned long long)Value->Reg128.High64,
                         (unsigned long long)Value->Reg128.Low64);
}

int main(void)
{
    HV_REGISTER_VALUE Value;

    /* A flat 64-bit code segment: selector 0x10, type 0xB (execute/read,
     * accessed), S, DPL 0, present, L. */
    memset(&Value, 0, sizeof(Value));
    Value.Segment.Base = 0;
    Value.Segment.Limit = 0xFFFFFFFFu;
    Value.Segment.Selector = 0x10;
    Value.Segment.SegmentType = 0xB;
    Value.Segment.NonSystemSegment = 1;
    Value.Segment.DescriptorPrivilegeLevel = 0;
    Value.Segment.Present = 1;
    Value.Segment.Long = 1;
    Value.Segment.Granularity = 1;
    show("HvX64RegisterCs", HvX64RegisterCs, &Value);

    /* The matching data segment (type 0x3, read/write, accessed; D/B set). */
    memset(&Value, 0, sizeof(Value));
    Value.Segment.Limit = 0xFFFFFFFFu;
    Value.Segment.Selector = 0x18;
    Value.Segment.SegmentType = 0x3;
    Value.Segment.NonSystemSegment = 1;
    Value.Segment.Present = 1;
    Value.Segment.Default = 1;
    Value.Segment.Granularity = 1;
    show("HvX64RegisterSs", HvX64RegisterSs, &Value);

    /* A GDT of four descriptors at guest address 0x1000. */
    memset(&Value, 0, sizeof(Value));
    Value.Table.Base = 0x1000;
    Value.Table.Limit = 4 * 8 - 1;
    show("HvX64RegisterGdtr", HvX64RegisterGdtr, &Value);

    /* x87 state after FNINIT: control word 0x037F, empty stack. */
    memset(&Value, 0, sizeof(Value));
    Value.FpControlStatus.FpControl = 0x037F;
    show("HvX64RegisterFpControlStatus", HvX64RegisterFpControlStatus, &Value);

    /* MXCSR at reset (0x1F80) and a typical MXCSR_MASK. */
    memset(&Value, 0, sizeof(Value));
    Value.XmmControlStatus.XmmStatusControl = 0x1F80;
    Value.XmmControlStatus.XmmStatusControlMask = 0xFFFF;
    show("HvX64RegisterXmmControlStatus", HvX64RegisterXmmControlStatus, &Value);

    /* ST0 = 1.0: significand 0x8000000000000000, exponent bias 0x3FFF. */
    memset(&Value, 0, sizeof(Value));
    Value.Fp.Mantissa = 0x8000000000000000ull;
    Value.Fp.BiasedExponent = 0x3FFF;
    Value.Fp.Sign = 0;
    show("HvX64RegisterFpMmx0", HvX64RegisterFpMmx0, &Value);

    /* Let the processor run: clear the explicit suspend a new VP starts with. */
    memset(&Value, 0, sizeof(Value));
    Value.ExplicitSuspend.Suspended = 0;
    show("HvRegisterExplicitSuspend", HvRegisterExplicitSuspend, &Value);

    /* After an intercept: resume it by clearing Suspended. */
    memset(&Value, 0, sizeof(Value));
    Value.InterceptSuspend.Suspended = 0;
    Value.InterceptSuspend.TlbFlushInhibit = 0;
    show("HvRegisterInterceptSuspend", HvRegisterInterceptSuspend, &Value);

    /* Values the hypervisor reports (read-only here): an interrupt shadow
     * after STI, a processor the scheduler holds back, a halted processor. */
    memset(&Value, 0, sizeof(Value));
    Value.InterruptState.InterruptShadow = 1;
    Value.InterruptState.NmiMasked = 0;
    show("HvRegisterInterruptState", HvRegisterInterruptState, &Value);

    memset(&Value, 0, sizeof(Value));
    Value.DispatchSuspend.Suspended = 1;
    show("HvRegisterDispatchSuspend", HvRegisterDispatchSuspend, &Value);

    {
        HV_INTERNAL_ACTIVITY_REGISTER Activity;
        memset(&Value, 0, sizeof(Value));
        Activity.AsUINT64 = 0;
        Activity.HaltSuspend = 1;
        Value.Reg64 = Activity.AsUINT64;
        show("HvRegisterInternalActivityState", HvRegisterInternalActivityState, &Value);
    }

    /* Refuse a guest's WRMSR: inject #GP(0), vector 13, with an error code. */
    memset(&Value, 0, sizeof(Value));
    Value.PendingInterruption.InterruptionPending = 1;
    Value.PendingInterruption.InterruptionType = (UINT64)HvX64PendingException & 0x7u;
    Value.PendingInterruption.DeliverErrorCode = 1;
    Value.PendingInterruption.InterruptionVector = 13;
    Value.PendingInterruption.ErrorCode = 0;
    show("HvRegisterPendingInterruption", HvRegisterPendingInterruption, &Value);

    return 0;
}
