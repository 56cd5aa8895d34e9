/* SPDX-License-Identifier: MIT */
/*
 * The parts of the real example seams that do not depend on the processor:
 * pages from the platform, printing, and reporting a result. Included once by
 * hvref_example_x64.c or hvref_example_arm64.c. A seam that makes SMCCC calls
 * itself (ARM64) defines HVREF_EXAMPLE_SEAM_HAS_SMCCC before including it.
 */
#ifndef HVREF_EXAMPLE_COMMON_H
#define HVREF_EXAMPLE_COMMON_H

#include "hvref_example.h"
#include "hvref_example_platform.h"

static void *input_page;
static void *output_page;

void *hvref_example_input_page(void)
{
    if (input_page == NULL) {
        input_page = hvref_platform_alloc_page(0);
    }
    return memset(input_page, 0, 4096);
}

void *hvref_example_output_page(void)
{
    if (output_page == NULL) {
        output_page = hvref_platform_alloc_page(0);
    }
    return memset(output_page, 0, 4096);
}

UINT64 hvref_example_gpa_of(const void *Page) { return hvref_platform_gpa_of(Page); }

int hvref_example_printf(const char *Format, ...)
{
    va_list arguments;
    int written;
    va_start(arguments, Format);
    written = hvref_platform_vprintf(Format, arguments);
    va_end(arguments);
    return written;
}

int hvref_example_report(const char *What, UINT64 ResultValue)
{
    HV_HYPERCALL_OUTPUT output;
    output.AsUINT64 = ResultValue;
    hvref_example_printf("%s: status 0x%04X, %u reps complete\n", What,
                         (unsigned)output.Result, (unsigned)output.RepsComplete);
    return output.Result == HV_STATUS_SUCCESS ? 0 : 1;
}

#if !defined(HVREF_EXAMPLE_SEAM_HAS_SMCCC)
/* A seam for a processor without SMCCC (x64): every SMCCC call is unknown.
 * SMCCC's NOT_SUPPORTED is -1 in X0. */
void hvref_example_smccc_call(UINT32 FunctionId, UINT64 Result[4])
{
    (void)FunctionId;
    Result[0] = ~(UINT64)0;
    Result[1] = 0;
    Result[2] = 0;
    Result[3] = 0;
}
#endif

#endif /* HVREF_EXAMPLE_COMMON_H */
