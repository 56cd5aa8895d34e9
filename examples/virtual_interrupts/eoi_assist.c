/* SPDX-License-Identifier: MIT */
/*
 * Enable the EOI assist (x64): place the assist page with
 * HV_X64_MSR_APIC_ASSIST_PAGE, then end two interrupts the way the TLFS
 * recommends: atomically clear NoEOIRequired and write HV_X64_MSR_EOI only
 * when it was not set.
 *
 * hvref-demonstrates: HV_VIRTUAL_APIC_ASSIST HV_X64_MSR_APIC_ASSIST_CONTENTS
 *  HV_X64_MSR_APIC_ASSIST_PAGE HV_X64_MSR_VP_ASSIST_PAGE HV_X64_MSR_EOI
 *  HV_VIRTUAL_APIC_NO_EOI_REQUIRED
 *
 * The hypervisor sets NoEOIRequired when it injects an edge-triggered
 * interrupt and no lower-priority one is pending; the guest's EOI path
 * clears the bit with one atomic operation (x64: lock btr) and skips the
 * EOI write if the bit was set. Here the example sets the bit itself before
 * the first EOI, as the hypervisor would; the second EOI finds it clear and
 * writes the MSR (the seam records that write). Reserved bits of the MSR
 * (RsvdP) keep the value read.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The MSR holds a 4 KiB page number. */
#define EXAMPLE_PAGE_SHIFT 12

/* Atomically clears NoEOIRequired; returns its previous value. */
static UINT32 take_no_eoi_required(volatile HV_VIRTUAL_APIC_ASSIST *Assist)
{
    UINT32 Bit = (UINT32)1 << HV_VIRTUAL_APIC_NO_EOI_REQUIRED;
#if defined(__GNUC__) || defined(__clang__)
    return (__atomic_fetch_and(&Assist->ApicFlags, ~Bit, __ATOMIC_SEQ_CST) & Bit) != 0u ? 1u : 0u;
#else
    /* A compiler without the builtin: use its interlocked AND instead
     * (MSVC: _InterlockedAnd); this plain form is not atomic. */
    UINT32 Old = Assist->ApicFlags;
    Assist->ApicFlags = Old & ~Bit;
    return (Old & Bit) != 0u ? 1u : 0u;
#endif
}

/* The EOI path of an interrupt handler. */
static void end_of_interrupt(volatile HV_VIRTUAL_APIC_ASSIST *Assist)
{
    if (take_no_eoi_required(Assist)) {
        hvref_example_printf("EOI: not required, no MSR write\n");
        return;
    }
    hvref_example_printf("EOI: required, writing HV_X64_MSR_EOI\n");
    hvref_example_write_msr(HV_X64_MSR_EOI, 0);
}

int main(void)
{
    HV_X64_MSR_APIC_ASSIST_CONTENTS Msr;
    volatile HV_VIRTUAL_APIC_ASSIST *Assist;
    UINT64 PageNumber;
    void *Page;

    /* The hypervisor overlays the assist page at the GPA the guest names;
     * the EOI assist field is its first 32 bits. A kernel uses a page of
     * its own memory, one per virtual processor. */
    Page = hvref_example_output_page();
    PageNumber = hvref_example_gpa_of(Page) >> EXAMPLE_PAGE_SHIFT;

    Msr.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_APIC_ASSIST_PAGE);
    /* The field is 52 bits wide; the mask says so to -Wconversion. */
    Msr.GpaPageNumber = PageNumber & 0x000FFFFFFFFFFFFFull;
    Msr.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_APIC_ASSIST_PAGE, Msr.AsUINT64);

    Msr.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_VP_ASSIST_PAGE);
    if (!Msr.Enable || Msr.GpaPageNumber != PageNumber) {
        return 1;
    }

    Assist = (volatile HV_VIRTUAL_APIC_ASSIST *)Page;

    /* What the hypervisor does when it injects an edge-triggered interrupt
     * with nothing of lower priority pending. */
    Assist->NoEOIRequired = 1;
    end_of_interrupt(Assist);

    /* A nested or level-triggered interrupt: the bit is clear. */
    end_of_interrupt(Assist);

    return hvref_example_report("EOI assist", HV_STATUS_SUCCESS);
}
