/* SPDX-License-Identifier: MIT */
/*
 * Build the SMCCC function identifier an ARM64 guest puts in X0 before
 * HVC #0, field by field, and check it against the TLFS value; then read
 * the fields of an identifier back, as a trace decoder would.
 *
 * hvref-demonstrates: HV_ARM64_SMCCC_FUNCTION_ID HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID
 *  HV_ARM64_HVC_IMMEDIATE_SMCCC
 *
 * No hypercall is made here: the example checks its own values and returns
 * non-zero if any is wrong. The ARM64 example seam puts this identifier in X0
 * of every hypercall it makes with HVC #0 (its default convention), and the
 * recording seam checks the identifier's fields on every call any example
 * makes.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    HV_ARM64_SMCCC_FUNCTION_ID Id;
    HV_ARM64_SMCCC_FUNCTION_ID Read;
    int Failures = 0;

    memset(&Id, 0, sizeof(Id));
    Id.FunctionNumber = 1;    /* the hypercall input value is in X1 */
    Id.ServiceCallType = 6;   /* vendor-specific hypervisor service */
    Id.CallingConvention = 1; /* 64-bit registers */
    Id.YieldingCall = 0;
    hvref_example_printf("SMCCC function identifier: 0x%08X (HVC #%u)\n", (unsigned)Id.AsUINT32,
                         (unsigned)HV_ARM64_HVC_IMMEDIATE_SMCCC);
    if (Id.AsUINT32 != HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID) {
        hvref_example_printf("FAILED: the fields do not give 0x46000001\n");
        ++Failures;
    }

    /* Reading one back: a value from a trace of X0. */
    Read.AsUINT32 = 0x46000001u;
    hvref_example_printf("function %u, service %u, 64-bit %u, yielding %u, reserved 0x%02X\n",
                         (unsigned)Read.FunctionNumber, (unsigned)Read.ServiceCallType,
                         (unsigned)Read.CallingConvention, (unsigned)Read.YieldingCall,
                         (unsigned)Read.RsvdZ);
    if (Read.FunctionNumber != 1 || Read.ServiceCallType != 6 || Read.CallingConvention != 1 ||
        Read.YieldingCall != 0 || Read.RsvdZ != 0) {
        hvref_example_printf("FAILED: 0x46000001 does not read back as the TLFS fields\n");
        ++Failures;
    }
    return Failures;
}
