/*
 * Establish the x64 hypercall code page: report a guest OS identity if the
 * partition has none yet, then place the hypercall page through
 * HV_X64_MSR_HYPERCALL, enable it and read the MSR back to check.
 *
 * hvref-demonstrates: HV_X64_MSR_HYPERCALL_CONTENTS HV_X64_MSR_HYPERCALL
 * HV_X64_MSR_GUEST_OS_ID HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS
 */
#include <hvref/feature_discovery.h>
#include <hvref/hypercall_interface.h>
#include <hvref/msr.h>
#include <hvref/status.h>

#include "hvref_example.h"

/* The hypercall page's GPA in the MSR is a 4 KiB page number. */
#define EXAMPLE_PAGE_SHIFT 12

int main(void)
{
    HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS guest_os_id;
    HV_X64_MSR_HYPERCALL_CONTENTS hypercall;
    UINT64 page_number;

    /* The hypervisor refuses to enable the page while the identity is zero,
     * so report one unless the partition already has it. */
    guest_os_id.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_GUEST_OS_ID);
    if (guest_os_id.AsUINT64 == 0) {
        /* The open-source encoding. A real kernel puts the OS type Microsoft
         * allocated to it (an HV_GUEST_OS_OPEN_SOURCE_TYPE value) in OsType;
         * this example leaves it zero. The value only has to be non-zero. */
        guest_os_id.OpenSource = 1;
        guest_os_id.OsType = 0;
        guest_os_id.OsId = 0;
        guest_os_id.Version = 0x00010000; /* version 1.0.0 */
        guest_os_id.BuildNumber = 1;
        hvref_example_write_msr(HV_X64_MSR_GUEST_OS_ID, guest_os_id.AsUINT64);
    }

    hypercall.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_HYPERCALL);
    if (hypercall.Enable) {
        /* Someone (a boot loader, an earlier kernel) already placed it. */
        return hvref_example_report("HV_X64_MSR_HYPERCALL already enabled", HV_STATUS_SUCCESS);
    }
    if (hypercall.Locked) {
        /* A locked MSR cannot be changed until the next reset. */
        return 1;
    }

    /* Keep the RsvdP bits as read; set the page number and the enable bit. */
    page_number = hvref_example_gpa_of(hvref_example_hypercall_code_page()) >> EXAMPLE_PAGE_SHIFT;
    /* The field is 52 bits wide; the mask says so to -Wconversion. */
    hypercall.HypercallGpfn = page_number & 0x000FFFFFFFFFFFFFull;
    hypercall.Enable = 1;
    hvref_example_write_msr(HV_X64_MSR_HYPERCALL, hypercall.AsUINT64);

    /* The enable bit reads back as zero if the hypervisor did not accept it. */
    hypercall.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_HYPERCALL);
    if (!hypercall.Enable || hypercall.HypercallGpfn != page_number) {
        return 1;
    }
    return hvref_example_report("HV_X64_MSR_HYPERCALL enabled", HV_STATUS_SUCCESS);
}
