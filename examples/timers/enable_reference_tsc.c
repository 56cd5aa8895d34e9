/*
 * Place the partition's reference TSC page: pick a page, write its guest
 * physical page number to HV_X64_MSR_REFERENCE_TSC with Enable set (keeping
 * the RsvdP bits as read), and read the MSR back to check.
 *
 * hvref-demonstrates: HV_X64_MSR_REFERENCE_TSC_CONTENTS HV_X64_MSR_REFERENCE_TSC
 */
#include <hvref/msr.h>
#include <hvref/status.h>
#include <hvref/timers.h>

#include "hvref_example.h"

/* The MSR holds a 4 KiB page number. */
#define EXAMPLE_PAGE_SHIFT 12

int main(void)
{
    HV_X64_MSR_REFERENCE_TSC_CONTENTS reference_tsc;
    UINT64 page_number;

    /* The hypervisor overlays the page at the GPA the guest names; the
     * guest then reads it as an HV_REFERENCE_TSC_PAGE (see reference_tsc.c).
     * A kernel uses a page of its own memory and reads it through its
     * usual mapping. */
    page_number = hvref_example_gpa_of(hvref_example_output_page()) >> EXAMPLE_PAGE_SHIFT;

    reference_tsc.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_REFERENCE_TSC);
    /* The field is 52 bits wide; the mask says so to -Wconversion. */
    reference_tsc.GpaPageNumber = page_number & 0x000FFFFFFFFFFFFFull;
    reference_tsc.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_REFERENCE_TSC, reference_tsc.AsUINT64);

    reference_tsc.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_REFERENCE_TSC);
    if (!reference_tsc.Enable || reference_tsc.GpaPageNumber != page_number) {
        return 1;
    }
    return hvref_example_report("HV_X64_MSR_REFERENCE_TSC enabled", HV_STATUS_SUCCESS);
}
