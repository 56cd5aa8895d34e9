/* SPDX-License-Identifier: MIT */
/*
 * Enable the virtual processor assist page (x64) through its MSR and use
 * the parts of it a guest kernel reads and writes: the VTL control area of
 * a higher VTL (why it was entered, the VINA status, the registers to load
 * on the VTL return), the nested-virtualization controls an L1 hypervisor
 * sets, and the time-unhalted timer's expiry flag.
 *
 * hvref-demonstrates: HV_VP_ASSIST_PAGE HV_VP_VTL_CONTROL HV_VTL_ENTRY_REASON
 *  HV_VP_VTL_CONTROL_VINA_STATUS HV_NESTED_ENLIGHTENMENTS_CONTROL
 *  HV_NESTED_ENLIGHTENMENTS_FEATURES HV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS
 *  HV_VIRTUALIZATION_FAULT_INFORMATION HV_X64_MSR_VP_ASSIST_PAGE
 *
 * The hypervisor overlays the page on the guest physical page the MSR
 * names; a kernel uses a zeroed page of its own memory, one per virtual
 * processor and VTL. Where the hypervisor would write a field (the entry
 * reason, the VINA bit, the timer flag, a fault record), the example
 * writes it itself first, then handles it as guest code would. Reserved
 * bits of the MSR (RsvdP) keep the value read. On ARM64 the page is placed
 * by writing the same value to HvRegisterVpAssistPage with
 * HvCallSetVpRegisters.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The MSR holds a 4 KiB page number. */
#define EXAMPLE_PAGE_SHIFT 12

/* What a VTL 1 kernel does when it is entered: look at the reason, rearm
 * the VINA notification, and prepare a VTL return that restores the lower
 * VTL's RAX and RCX from the page (a normal, not a fast, return). */
static void handle_vtl_entry(volatile HV_VP_ASSIST_PAGE *Page, UINT64 Rax, UINT64 Rcx)
{
    UINT32 Reason = Page->VtlControl.EntryReason;

    switch (Reason) {
    case HvVtlEntryVtlCall:
        hvref_example_printf("VTL entry: VTL call from a lower VTL\n");
        break;
    case HvVtlEntryInterrupt:
        hvref_example_printf("VTL entry: interrupt for this VTL\n");
        break;
    case HvVtlEntryIntercept:
        hvref_example_printf("VTL entry: intercept\n");
        break;
    default:
        hvref_example_printf("VTL entry: reason %u\n", (unsigned)Reason);
        break;
    }
    if (Page->VtlControl.VinaStatus.VinaAsserted) {
        hvref_example_printf("VINA asserted: clearing it to be notified again\n");
        Page->VtlControl.VinaStatus.VinaAsserted = 0;
    }
    Page->VtlControl.VtlReturnX64Rax = Rax;
    Page->VtlControl.VtlReturnX64Rcx = Rcx;
}

int main(void)
{
    HV_X64_MSR_APIC_ASSIST_CONTENTS Msr;
    volatile HV_VP_ASSIST_PAGE *Page;
    UINT64 PageNumber;
    void *Memory;

    Memory = hvref_example_output_page();
    PageNumber = hvref_example_gpa_of(Memory) >> EXAMPLE_PAGE_SHIFT;

    Msr.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_VP_ASSIST_PAGE);
    /* The field is 52 bits wide; the mask says so to -Wconversion. */
    Msr.GpaPageNumber = PageNumber & 0x000FFFFFFFFFFFFFull;
    Msr.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_VP_ASSIST_PAGE, Msr.AsUINT64);

    Msr.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_VP_ASSIST_PAGE);
    if (!Msr.Enable || Msr.GpaPageNumber != PageNumber) {
        return 1;
    }
    Page = (volatile HV_VP_ASSIST_PAGE *)Memory;

    /* A VTL call: the hypervisor stores the reason and, because a lower
     * VTL has a new interrupt, asserts VINA. */
    Page->VtlControl.EntryReason = (UINT32)HvVtlEntryVtlCall;
    Page->VtlControl.VinaStatus.VinaAsserted = 1;
    handle_vtl_entry(Page, 0x1234ull, 0x5678ull);
    hvref_example_printf("VTL return registers: RAX 0x%llX, RCX 0x%llX; VINA byte 0x%02X\n",
                         (unsigned long long)Page->VtlControl.VtlReturnX64Rax,
                         (unsigned long long)Page->VtlControl.VtlReturnX64Rcx,
                         (unsigned)Page->VtlControl.VinaStatus.AsUINT8);

    /* An L1 hypervisor: use enlightened VMCSs, make the one at guest
     * address 0x200000 current, and let the L0 hypervisor handle the
     * nested guest's flush hypercalls (this also needs a partition assist
     * page, named in the enlightened VMCS). */
    Page->NestedEnlightenmentsControl.Features.AsUINT32 = 0;
    Page->NestedEnlightenmentsControl.Features.DirectHypercall = 1;
    Page->NestedEnlightenmentsControl.HypercallControls.AsUINT32 = 0;
    Page->EnlightenVmEntry = 1;
    Page->CurrentNestedVmcs = 0x200000ull;
    hvref_example_printf("nested: features 0x%08X, hypercall controls 0x%08X, VMCS 0x%llX\n",
                         (unsigned)Page->NestedEnlightenmentsControl.Features.AsUINT32,
                         (unsigned)Page->NestedEnlightenmentsControl.HypercallControls.AsUINT32,
                         (unsigned long long)Page->CurrentNestedVmcs);

    /* The time-unhalted timer's interrupt handler: the flag says the timer
     * (rather than another source of the vector) fired; clear it. */
    Page->SyntheticTimeUnhaltedTimerExpired = 1;
    if (Page->SyntheticTimeUnhaltedTimerExpired != 0u) {
        hvref_example_printf("time-unhalted timer expired: clearing the flag\n");
        Page->SyntheticTimeUnhaltedTimerExpired = 0;
    }

    /* A virtualization exception handler reads the fault record. */
    Page->VirtualizationFaultInformation.Code = 1;
    Page->VirtualizationFaultInformation.Parameter0 = 2;
    Page->VirtualizationFaultInformation.Parameter1 = 3;
    hvref_example_printf("virtualization fault: code %u, parameters %u and %llu\n",
                         (unsigned)Page->VirtualizationFaultInformation.Code,
                         (unsigned)Page->VirtualizationFaultInformation.Parameter0,
                         (unsigned long long)Page->VirtualizationFaultInformation.Parameter1);

    /* The EOI assist field at offset 0 is untouched by all of this. */
    if (Page->ApicAssist.ApicFlags != 0u) {
        return 1;
    }
    return 0;
}
