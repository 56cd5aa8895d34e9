/* SPDX-License-Identifier: MIT */
/*
 * As VTL 1 software (a secure kernel) setting itself up: read what VSM
 * offers and where things stand (capabilities, partition and processor
 * status, the VTL call and return offsets), then, in one HvCallSetVpRegisters
 * rep call for the current processor, turn on memory protections with a
 * read/write default, turn on MBEC for VTL 0, ask for a notification at
 * vector 0x31 when VTL 0 has an interrupt waiting, and queue a page fault for the
 * processor as a pending exception event. Finally keep user mode from running
 * SGDT, SIDT, SLDT and STR through the NPIEP MSR.
 *
 * hvref-demonstrates: HV_REGISTER_VSM_CAPABILITIES HV_REGISTER_VSM_PARTITION_STATUS
 *     HV_REGISTER_VSM_VP_STATUS HV_REGISTER_VSM_CODE_PAGE_OFFSETS
 *     HV_REGISTER_VSM_PARTITION_CONFIG HV_REGISTER_VSM_VP_SECURE_VTL_CONFIG
 *     HV_REGISTER_VSM_VINA HV_X64_PENDING_EXCEPTION_EVENT HV_X64_MSR_NPIEP_CONFIG_CONTENTS
 *     HV_REGISTER_VALUE HvCallSetVpRegisters
 *
 * The read-only values are decoded from sample numbers a hypervisor could
 * return (here: VTLs 0 and 1 enabled, MBEC possible in both, the call and
 * return sequences at offsets 0x40 and 0x60 of the hypercall page); the
 * values written are zeroed before their fields are set, so every reserved
 * bit is zero.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static PHV_REGISTER_ASSOC add(PHV_REGISTER_ASSOC Element, HV_REGISTER_NAME Name)
{
    memset(Element, 0, sizeof(*Element));
    Element->RegisterName = Name;
    return Element;
}

int main(void)
{
    HV_REGISTER_VALUE Value;
    PHV_INPUT_SET_VP_REGISTERS Header;
    PHV_REGISTER_ASSOC List;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    HV_X64_MSR_NPIEP_CONFIG_CONTENTS Npiep;
    UINT32 Count = 0;
    UINT32 Index;

    /* What a HvCallGetVpRegisters of the four read-only registers could
     * return, taken apart. */
    memset(&Value, 0, sizeof(Value));
    Value.Reg64 = 0x0000000000020006ull;
    hvref_example_printf("HvRegisterVsmCapabilities    Dr6Shared %u MbecVtlMask 0x%04X "
                         "DenyLowerVtlStartup %u\n",
                         (unsigned int)Value.VsmCapabilities.Dr6Shared,
                         (unsigned int)Value.VsmCapabilities.MbecVtlMask,
                         (unsigned int)Value.VsmCapabilities.DenyLowerVtlStartup);

    memset(&Value, 0, sizeof(Value));
    Value.Reg64 = 0x0000000000310003ull;
    hvref_example_printf("HvRegisterVsmPartitionStatus EnabledVtlSet 0x%04X MaximumVtl %u "
                         "MbecEnabledVtlSet 0x%04X\n",
                         (unsigned int)Value.VsmPartitionStatus.EnabledVtlSet,
                         (unsigned int)Value.VsmPartitionStatus.MaximumVtl,
                         (unsigned int)Value.VsmPartitionStatus.MbecEnabledVtlSet);

    memset(&Value, 0, sizeof(Value));
    Value.Reg64 = 0x0000000000030001ull;
    hvref_example_printf("HvRegisterVsmVpStatus        ActiveVtl %u ActiveMbecEnabled %u "
                         "EnabledVtlSet 0x%04X\n",
                         (unsigned int)Value.VsmVpStatus.ActiveVtl,
                         (unsigned int)Value.VsmVpStatus.ActiveMbecEnabled,
                         (unsigned int)Value.VsmVpStatus.EnabledVtlSet);

    memset(&Value, 0, sizeof(Value));
    Value.Reg64 = 0x0000000000060040ull;
    hvref_example_printf("HvRegisterVsmCodePageOffsets VtlCallOffset 0x%03X VtlReturnOffset 0x%03X\n",
                         (unsigned int)Value.VsmCodePageOffsets.VtlCallOffset,
                         (unsigned int)Value.VsmCodePageOffsets.VtlReturnOffset);

    /* The registers this VTL writes, for itself on the current processor. */
    Header = (PHV_INPUT_SET_VP_REGISTERS)hvref_example_input_page();
    memset(Header, 0, sizeof(*Header));
    Header->PartitionId = HV_PARTITION_ID_SELF;
    Header->VpIndex = HV_VP_INDEX_SELF;
    Header->TargetVtl = 0; /* the caller's own VTL */

    List = (PHV_REGISTER_ASSOC)(void *)((UINT8 *)Header + sizeof(*Header));

    {
        /* Pages VTL 1 has not protected stay readable and writable by VTL 0,
         * but not executable. */
        HV_REGISTER_VSM_PARTITION_CONFIG *Config =
            &add(&List[Count++], HvRegisterVsmPartitionConfig)->RegisterValue.VsmPartitionConfig;
        Config->EnableVtlProtection = 1;
        Config->DefaultVtlProtectionMask = 0x3; /* read, write */
        Config->ZeroMemoryOnReset = 1;
        Config->DenyLowerVtlStartup = 1;
    }
    add(&List[Count++], HvRegisterVsmVpSecureConfigVtl0)->RegisterValue.VsmVpSecureVtlConfig.MbecEnabled = 1;
    {
        HV_REGISTER_VSM_VINA *Vina = &add(&List[Count++], HvRegisterVsmVina)->RegisterValue.VsmVina;
        Vina->Vector = 0x31;
        Vina->Enabled = 1;
        Vina->AutoReset = 1;
    }
    {
        /* A #PF (vector 14) for a user-mode write to a not-present page:
         * error code 0x6, the faulting address as the parameter. */
        HV_X64_PENDING_EXCEPTION_EVENT *Event =
            &add(&List[Count++], HvRegisterPendingEvent0)->RegisterValue.PendingExceptionEvent;
        Event->EventPending = 1;
        Event->EventType = 0; /* an exception */
        Event->DeliverErrorCode = 1;
        Event->Vector = 14;
        Event->ErrorCode = 0x6;
        Event->ExceptionParameter = 0x00007FF612340000ull;
    }

    for (Index = 0; Index < Count; Index++) {
        hvref_example_printf("in  [%u] name 0x%08X value 0x%016llX%016llX\n", (unsigned int)Index,
                             (unsigned int)List[Index].RegisterName,
                             (unsigned long long)List[Index].RegisterValue.Reg128.High64,
                             (unsigned long long)List[Index].RegisterValue.Reg128.Low64);
    }

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallSetVpRegisters;
    Call.RepCount = Count & 0xFFFu;
    Call.RepStartIndex = 0;

    for (;;) {
        Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Header, NULL);
        if (Result.Result != HV_STATUS_SUCCESS || Result.RepsComplete >= Call.RepCount) {
            break;
        }
        Call.RepStartIndex = Result.RepsComplete;
    }

    /* NPIEP is an MSR on x64, not a register of the list above. */
    Npiep.AsUINT64 = 0;
    Npiep.PreventSgdt = 1;
    Npiep.PreventSidt = 1;
    Npiep.PreventSldt = 1;
    Npiep.PreventStr = 1;
    hvref_example_printf("HV_X64_MSR_NPIEP_CONFIG = 0x%016llX\n", (unsigned long long)Npiep.AsUINT64);
    hvref_example_write_msr(HV_X64_MSR_NPIEP_CONFIG, Npiep.AsUINT64);

    return hvref_example_report("HvCallSetVpRegisters", Result.AsUINT64);
}
