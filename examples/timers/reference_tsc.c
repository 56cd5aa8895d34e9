/*
 * Read the partition reference time from a reference TSC page: check the
 * sequence number, scale a TSC reading with TscScale (the upper 64 bits of a
 * 64 x 64 bit product), add TscOffset, and fall back to the reference
 * counter MSR when the page says it cannot be used.
 *
 * hvref-demonstrates: HV_REFERENCE_TSC_PAGE HV_REFERENCE_TSC_SEQUENCE_INVALID
 * HV_X64_MSR_TIME_REF_COUNT
 */
#include <hvref/msr.h>
#include <hvref/timers.h>

#include "hvref_example.h"

/* The upper 64 bits of the 128-bit product A * B, from 32-bit halves, so that
 * the code needs no 128-bit type (ISO C and C++ have none). */
static UINT64 multiply_high(UINT64 A, UINT64 B)
{
    UINT64 a_low = A & 0xFFFFFFFFull;
    UINT64 a_high = A >> 32;
    UINT64 b_low = B & 0xFFFFFFFFull;
    UINT64 b_high = B >> 32;
    UINT64 low_low = a_low * b_low;
    UINT64 high_low = a_high * b_low;
    UINT64 low_high = a_low * b_high;
    UINT64 high_high = a_high * b_high;
    /* Bits 32-95 of the product; the sum cannot overflow 64 bits. */
    UINT64 middle = (low_low >> 32) + (high_low & 0xFFFFFFFFull) + low_high;
    return high_high + (high_low >> 32) + (middle >> 32);
}

/* In a guest kernel this is the processor's time-stamp counter (RDTSC). The
 * example uses a fixed reading, 1200 s of a 2.5 GHz counter, so that its
 * result can be checked. */
static UINT64 read_tsc(void)
{
    return 3000000000000ull;
}

/* The reference time in 100 ns units, read through Page as the TLFS
 * prescribes: retry while the hypervisor changes the scale and offset. */
static UINT64 reference_time(const HV_REFERENCE_TSC_PAGE *Page)
{
    UINT32 sequence;
    UINT64 tsc;
    UINT64 scale;
    INT64 offset;

    do {
        sequence = Page->TscSequence;
        if (sequence == HV_REFERENCE_TSC_SEQUENCE_INVALID) {
            /* The page cannot be used now (for example after a migration to
             * a host without an invariant TSC): ask the hypervisor. */
            return hvref_example_read_msr(HV_X64_MSR_TIME_REF_COUNT);
        }
        /* A kernel also needs a compiler barrier (or acquire reads) around
         * these reads so that they stay between the two sequence reads. */
        tsc = read_tsc();
        scale = Page->TscScale;
        offset = Page->TscOffset;
    } while (Page->TscSequence != sequence);

    return multiply_high(tsc, scale) + (UINT64)offset;
}

/* An image of the page as a hypervisor would publish it for a 2.5 GHz TSC:
 * TscScale is 2^64 * 10^7 / 2500000000 rounded down, and the offset takes
 * 0.1 s off. */
static HV_REFERENCE_TSC_PAGE page_image;

int main(void)
{
    UINT64 time;

    memset(&page_image, 0, sizeof page_image);
    page_image.TscSequence = 1;
    page_image.TscScale = 0x010624DD2F1A9FBEull;
    page_image.TscOffset = -1000000;

    time = reference_time(&page_image);
    hvref_example_printf("reference time: %llu (0x%llX) x 100 ns\n", (unsigned long long)time,
                         (unsigned long long)time);

    /* The hypervisor marks the page unusable: the same function now reads
     * HV_X64_MSR_TIME_REF_COUNT. */
    page_image.TscSequence = HV_REFERENCE_TSC_SEQUENCE_INVALID;
    time = reference_time(&page_image);
    hvref_example_printf("sequence invalid, reference counter MSR: %llu x 100 ns\n",
                         (unsigned long long)time);
    return 0;
}
