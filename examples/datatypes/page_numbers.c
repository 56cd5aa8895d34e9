/* SPDX-License-Identifier: MIT */
/*
 * Convert guest physical and guest virtual addresses to page numbers and
 * back, find the large page an address lies in, and work with a 128-bit
 * value through its two 64-bit halves.
 *
 * hvref-demonstrates: HV_GPA HV_GPA_PAGE_NUMBER HV_GVA HV_GVA_PAGE_NUMBER
 *  HV_SPA HV_SPA_PAGE_NUMBER HV_PAGE_SIZE HV_PAGE_MASK HV_LARGE_PAGE_SIZE
 *  X64_PAGE_SIZE HV_X64_MAX_PAGE_NUMBER UINT128
 *
 * Interfaces such as the hypercall page MSR, the SynIC page MSRs and the GPA
 * mapping hypercalls take page numbers rather than addresses. No hypercall is
 * made here: the example checks its own arithmetic and returns non-zero if
 * any result is wrong.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The page-size constants are plain integer constants, usable in #if. */
#if HV_PAGE_SIZE != 0x1000 || HV_PAGE_MASK != 0xFFF
#error "the TLFS page size is 4 KiB"
#endif

/* Stand-ins for addresses a guest kernel already has. */
#define SAMPLE_GPA ((HV_GPA)0x0000000123456789ull)
#define SAMPLE_GVA ((HV_GVA)0xFFFFF80012345ABCull)

static int Failures;

static void Check(int Condition, const char *What)
{
    if (!Condition) {
        hvref_example_printf("FAILED: %s\n", What);
        ++Failures;
    }
}

/* Page number of an address: the address divided by the page size. */
static HV_GPA_PAGE_NUMBER GpaToPageNumber(HV_GPA Gpa)
{
    return (HV_GPA_PAGE_NUMBER)(Gpa / HV_PAGE_SIZE);
}

/* First byte of a page, from its number. */
static HV_GPA PageNumberToGpa(HV_GPA_PAGE_NUMBER PageNumber)
{
    return (HV_GPA)PageNumber * HV_PAGE_SIZE;
}

/* 128-bit addition on the two halves: the carry out of the low half goes
 * into the high half. */
static UINT128 Add128(UINT128 A, UINT128 B)
{
    UINT128 Sum;
    memset(&Sum, 0, sizeof(Sum));
    Sum.Low64 = A.Low64 + B.Low64;
    Sum.High64 = A.High64 + B.High64 + (Sum.Low64 < A.Low64 ? 1u : 0u);
    return Sum;
}

int main(void)
{
    HV_GPA_PAGE_NUMBER GpaPage;
    HV_GPA PageStart;
    UINT32 Offset;
    HV_GVA_PAGE_NUMBER GvaPage;
    HV_GPA LargePageStart;
    HV_GPA InputGpa;
    HV_SPA_PAGE_NUMBER LastPage;
    UINT128 A;
    UINT128 B;
    UINT128 Sum;
    UINT8 Bytes[16];

    /* GPA -> page number and offset -> GPA. */
    GpaPage = GpaToPageNumber(SAMPLE_GPA);
    Offset = (UINT32)(SAMPLE_GPA & HV_PAGE_MASK);
    PageStart = PageNumberToGpa(GpaPage);
    hvref_example_printf("GPA 0x%016llX: page number 0x%llX, offset 0x%03X\n",
                         (unsigned long long)SAMPLE_GPA, (unsigned long long)GpaPage,
                         (unsigned)Offset);
    Check(GpaPage == 0x123456ull, "GPA page number");
    Check(Offset == 0x789u, "offset within the page");
    Check(PageStart + Offset == SAMPLE_GPA, "page number and offset give the GPA back");
    Check((PageStart & HV_PAGE_MASK) == 0, "a page starts on a page boundary");
    /* Dividing by the page size and shifting right by 12 agree. */
    Check(GpaPage == (SAMPLE_GPA >> 12), "division and shift agree");

    /* The same for a guest virtual address (a kernel-half x64 address). */
    GvaPage = (HV_GVA_PAGE_NUMBER)(SAMPLE_GVA / HV_PAGE_SIZE);
    hvref_example_printf("GVA 0x%016llX: page number 0x%llX\n",
                         (unsigned long long)SAMPLE_GVA, (unsigned long long)GvaPage);
    Check(GvaPage == 0xFFFFF80012345ull, "GVA page number");

    /* The 2 MiB large page that contains the GPA, and how many 4 KiB pages
     * that is. */
    LargePageStart = SAMPLE_GPA & ~(HV_GPA)(HV_LARGE_PAGE_SIZE - 1);
    hvref_example_printf("GPA 0x%016llX lies in the large page at 0x%016llX (%u small pages)\n",
                         (unsigned long long)SAMPLE_GPA, (unsigned long long)LargePageStart,
                         (unsigned)(HV_LARGE_PAGE_SIZE / HV_PAGE_SIZE));
    Check(LargePageStart == 0x123400000ull, "large page start");
    Check(HV_LARGE_PAGE_SIZE / X64_PAGE_SIZE == 512, "512 small pages per large page");

    /* A page the hypervisor would be given by number: the seam's input page,
     * whose GPA is page-aligned. */
    InputGpa = (HV_GPA)hvref_example_gpa_of(hvref_example_input_page());
    hvref_example_printf("input page: GPA 0x%016llX, page number 0x%llX\n",
                         (unsigned long long)InputGpa,
                         (unsigned long long)GpaToPageNumber(InputGpa));
    Check((InputGpa & HV_PAGE_MASK) == 0, "the input page is page-aligned");
    Check(PageNumberToGpa(GpaToPageNumber(InputGpa)) == InputGpa, "page round trip");

    /* The highest page number a 64-bit address can have. */
    LastPage = (HV_SPA_PAGE_NUMBER)HV_X64_MAX_PAGE_NUMBER;
    Check(LastPage == 0x000FFFFFFFFFFFFFull, "highest x64 page number");
    Check((HV_SPA)LastPage * HV_PAGE_SIZE + HV_PAGE_MASK == (HV_SPA)0xFFFFFFFFFFFFFFFFull,
          "the last page ends at the last byte");

    /* UINT128: 16 bytes, the low half first. Adding 1 to a value whose low
     * half is all ones carries into the high half. */
    memset(&A, 0, sizeof(A));
    memset(&B, 0, sizeof(B));
    A.Low64 = 0xFFFFFFFFFFFFFFFFull;
    A.High64 = 0x0123456789ABCDEFull;
    B.Low64 = 1;
    Sum = Add128(A, B);
    hvref_example_printf("0x%016llX%016llX + 1 = 0x%016llX%016llX\n",
                         (unsigned long long)A.High64, (unsigned long long)A.Low64,
                         (unsigned long long)Sum.High64, (unsigned long long)Sum.Low64);
    Check(Sum.Low64 == 0 && Sum.High64 == 0x0123456789ABCDF0ull, "128-bit carry");
    Check(sizeof(UINT128) == 16, "UINT128 is 16 bytes");
    Check(((uintptr_t)&Sum % 16) == 0, "UINT128 is 16-byte aligned");

    /* Byte 0 of the value is the lowest byte of Low64 on little-endian
     * targets, which every TLFS architecture is. */
    memcpy(Bytes, &Sum, sizeof(Bytes));
    Check(Bytes[8] == 0xF0 && Bytes[15] == 0x01, "bytes of the high half");

    if (Failures != 0) {
        hvref_example_printf("%d check(s) failed\n", Failures);
        return 1;
    }
    hvref_example_printf("all checks passed\n");
    return 0;
}
