/* SPDX-License-Identifier: MIT */
/*
 * Enable the SynIC event ring page of this virtual processor through the
 * SIRBP register and drain the ring of SINT5, where the root partition's
 * driver receives the IDs of the doorbell ports that were rung.
 *
 * hvref-demonstrates: HV_SYNIC_SIRBP HV_SYNIC_EVENT_RING HV_SYNIC_EVENT_RING_PAGE
 *  HV_SYNIC_EVENT_RING_MESSAGE_COUNT HV_X64_MSR_SIRBP
 *
 * The register's and the page's layouts are Microsoft's (Linux's
 * include/hyperv/hvhdk.h); no TLFS edition documents them. SIRBP is read
 * first and its reserved bits written back. In the test suite nothing rings
 * a doorbell, so two entries are put into the ring by hand to show what the
 * hypervisor would leave there; a driver reads the page through volatile
 * pointers and keeps its own read position per SINT.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The SINT the root's driver has unmasked for doorbells. */
#define DOORBELL_SINT 5u

/* Guest physical address of the page below; a driver takes it from its
 * allocator (hvref_example_gpa_of(Page) in these examples). A fixed stand-in
 * keeps the recorded MSR write the same on every run. */
#define RING_PAGE_GPA 0x000000000007D000ull

int main(void)
{
    volatile HV_SYNIC_EVENT_RING_PAGE *Page;
    volatile HV_SYNIC_EVENT_RING *Ring;
    HV_SYNIC_SIRBP Sirbp;
    UINT32 Tail = 0;
    UINT32 Port;

    /* One zeroed 4 KiB page for the rings of all 16 SINTs. */
    Page = (volatile HV_SYNIC_EVENT_RING_PAGE *)hvref_example_output_page();

    Sirbp.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_SIRBP);
    Sirbp.SirbpEnabled = 1;
    Sirbp.BaseSirbpGpa = (RING_PAGE_GPA >> 12) & 0xFFFFFFFFFFFFFull;
    hvref_example_write_msr(HV_X64_MSR_SIRBP, Sirbp.AsUINT64);

    Ring = &Page->SintEventRing[DOORBELL_SINT];
    Ring->Data[0] = 0x00000100u; /* what the hypervisor would queue: port 0x100, */
    Ring->Data[1] = 0x00000101u; /* then port 0x101 */

    Ring->SignalMasked = 1; /* no interrupt for this SINT while draining */
    while ((Port = Ring->Data[Tail]) != 0) {
        hvref_example_printf("SINT%u: doorbell port 0x%06X rang\n", DOORBELL_SINT, (unsigned)Port);
        Ring->Data[Tail] = 0;
        if (++Tail == HV_SYNIC_EVENT_RING_MESSAGE_COUNT) {
            Tail = 0;
        }
    }
    Ring->SignalMasked = 0;
    hvref_example_printf("ring full: %u, next read position %u\n", (unsigned)Ring->RingFull,
                         (unsigned)Tail);
    return 0;
}
