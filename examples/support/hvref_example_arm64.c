/* SPDX-License-Identifier: MIT */
/*
 * The example seam for an ARM64 guest kernel. Two hypercall conventions, both
 * in the online TLFS's hypercall interface chapter:
 *
 * SMCCC (the default, which the TLFS recommends for new code): HVC #0 with
 *   X0 = the SMCCC function identifier HVREF_EXAMPLE_ARM64_HYPERCALL_FUNCTION_ID
 *        (HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID, 0x46000001),
 *   X1 = hypercall input value, X2 = input GPA, X3 = output GPA for memory
 *   calls; X2-X17 = input (then output) block of up to 128 bytes for fast
 *   calls; X0 = result value.
 *
 * HVC #1 (the older convention, still accepted), chosen by defining
 * HVREF_EXAMPLE_ARM64_HVC1 when compiling this file:
 *   X0 = input value, X1 = input GPA, X2 = output GPA for memory calls;
 *   X1-X17 = input (then output) block for fast calls; X0 = result value.
 *
 * Calls that are not hypercalls (the SMCCC vendor UID query with which a
 * guest detects the hypervisor) use HVC #0 with the function identifier in X0
 * and return X0-X3, whichever convention hypercalls use.
 *
 * ARM64 has no MSRs and no CPUID: the guest OS identity and the other
 * synthetic registers are set with HvCallSetVpRegisters, and the feature
 * information is read with HvCallGetVpRegisters, so the MSR and CPUID
 * functions of the seam are inert here.
 */
#include "hvref_example.h"

#if (defined(__aarch64__) || defined(_M_ARM64)) && (defined(__GNUC__) || defined(__clang__))

#define HVREF_EXAMPLE_SEAM_HAS_SMCCC 1
#include "hvref_example_common.h"

UINT64 hvref_example_read_msr(UINT32 Msr) { (void)Msr; return 0; }
void hvref_example_write_msr(UINT32 Msr, UINT64 Value) { (void)Msr; (void)Value; }

void hvref_example_cpuid(UINT32 Leaf, UINT32 Registers[4])
{
    (void)Leaf;
    memset(Registers, 0, 4 * sizeof Registers[0]);
}

void *hvref_example_hypercall_code_page(void) { return NULL; }

/* SMCCC: X4-X17 may be changed by an SMCCC 1.0 implementation, so they are
 * declared clobbered even though the TLFS says the hypervisor leaves them. */
#define HVREF_SMCCC_CLOBBERS "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", \
                             "x14", "x15", "x16", "x17", "memory"

void hvref_example_smccc_call(UINT32 FunctionId, UINT64 Result[4])
{
    register UINT64 x0 __asm__("x0") = FunctionId;
    register UINT64 x1 __asm__("x1") = 0;
    register UINT64 x2 __asm__("x2") = 0;
    register UINT64 x3 __asm__("x3") = 0;
    __asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) : : HVREF_SMCCC_CLOBBERS);
    Result[0] = x0;
    Result[1] = x1;
    Result[2] = x2;
    Result[3] = x3;
}

#if !defined(HVREF_EXAMPLE_ARM64_HVC1)

/* -- SMCCC: HVC #0, function identifier in X0 ----------------------------- */

UINT64 hvref_example_hypercall(UINT64 InputValue, const void *Input, void *Output)
{
    /* The addresses first: a function call may use the registers below. */
    UINT64 InputGpa = Input ? hvref_example_gpa_of(Input) : 0;
    UINT64 OutputGpa = Output ? hvref_example_gpa_of(Output) : 0;
    register UINT64 x0 __asm__("x0") = HVREF_EXAMPLE_ARM64_HYPERCALL_FUNCTION_ID;
    register UINT64 x1 __asm__("x1") = InputValue;
    register UINT64 x2 __asm__("x2") = InputGpa;
    register UINT64 x3 __asm__("x3") = OutputGpa;
    __asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) : : HVREF_SMCCC_CLOBBERS);
    return x0;
}

/* Registers in the fast-call block: X2-X17, sixteen of them (128 bytes). */
#define FAST_BLOCK_REGISTERS 16

/* Fast calls pass the input block in X2-X17 and receive output in the
 * registers after the input: load them all from a block and store them back. */
static UINT64 fast_block(UINT64 InputValue, UINT64 block[FAST_BLOCK_REGISTERS])
{
    register UINT64 x0 __asm__("x0") = HVREF_EXAMPLE_ARM64_HYPERCALL_FUNCTION_ID;
    register UINT64 x1 __asm__("x1") = InputValue;
    register UINT64 *b __asm__("x19") = block;
    __asm__ volatile("ldp x2, x3, [x19, #0]\n\t"
                     "ldp x4, x5, [x19, #16]\n\t"
                     "ldp x6, x7, [x19, #32]\n\t"
                     "ldp x8, x9, [x19, #48]\n\t"
                     "ldp x10, x11, [x19, #64]\n\t"
                     "ldp x12, x13, [x19, #80]\n\t"
                     "ldp x14, x15, [x19, #96]\n\t"
                     "ldp x16, x17, [x19, #112]\n\t"
                     "hvc #0\n\t"
                     "stp x2, x3, [x19, #0]\n\t"
                     "stp x4, x5, [x19, #16]\n\t"
                     "stp x6, x7, [x19, #32]\n\t"
                     "stp x8, x9, [x19, #48]\n\t"
                     "stp x10, x11, [x19, #64]\n\t"
                     "stp x12, x13, [x19, #80]\n\t"
                     "stp x14, x15, [x19, #96]\n\t"
                     "stp x16, x17, [x19, #112]"
                     : "+r"(x0), "+r"(x1)
                     : "r"(b)
                     : "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13",
                       "x14", "x15", "x16", "x17", "memory");
    return x0;
}

#else /* HVREF_EXAMPLE_ARM64_HVC1 */

/* -- HVC #1: input value in X0 --------------------------------------------- */

UINT64 hvref_example_hypercall(UINT64 InputValue, const void *Input, void *Output)
{
    /* The addresses first: a function call may use the registers below. */
    UINT64 InputGpa = Input ? hvref_example_gpa_of(Input) : 0;
    UINT64 OutputGpa = Output ? hvref_example_gpa_of(Output) : 0;
    register UINT64 x0 __asm__("x0") = InputValue;
    register UINT64 x1 __asm__("x1") = InputGpa;
    register UINT64 x2 __asm__("x2") = OutputGpa;
    __asm__ volatile("hvc #1" : "+r"(x0), "+r"(x1), "+r"(x2) : : "memory");
    return x0;
}

/* Registers in the fast-call block: X1-X17 (the block is at most 128 bytes,
 * so X17 only ever carries output). */
#define FAST_BLOCK_REGISTERS 17

/* Fast calls pass up to 17 registers of input and receive output in the
 * registers after the input: load them all from a block and store them back. */
static UINT64 fast_block(UINT64 InputValue, UINT64 block[FAST_BLOCK_REGISTERS])
{
    register UINT64 x0 __asm__("x0") = InputValue;
    register UINT64 *b __asm__("x19") = block;
    __asm__ volatile("ldp x1, x2, [x19, #0]\n\t"
                     "ldp x3, x4, [x19, #16]\n\t"
                     "ldp x5, x6, [x19, #32]\n\t"
                     "ldp x7, x8, [x19, #48]\n\t"
                     "ldp x9, x10, [x19, #64]\n\t"
                     "ldp x11, x12, [x19, #80]\n\t"
                     "ldp x13, x14, [x19, #96]\n\t"
                     "ldp x15, x16, [x19, #112]\n\t"
                     "ldr x17, [x19, #128]\n\t"
                     "hvc #1\n\t"
                     "stp x1, x2, [x19, #0]\n\t"
                     "stp x3, x4, [x19, #16]\n\t"
                     "stp x5, x6, [x19, #32]\n\t"
                     "stp x7, x8, [x19, #48]\n\t"
                     "stp x9, x10, [x19, #64]\n\t"
                     "stp x11, x12, [x19, #80]\n\t"
                     "stp x13, x14, [x19, #96]\n\t"
                     "stp x15, x16, [x19, #112]\n\t"
                     "str x17, [x19, #128]"
                     : "+r"(x0)
                     : "r"(b)
                     : "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11",
                       "x12", "x13", "x14", "x15", "x16", "x17", "memory");
    return x0;
}

#endif /* HVREF_EXAMPLE_ARM64_HVC1 */

UINT64 hvref_example_fast_hypercall(UINT64 InputValue, UINT64 Input0, UINT64 Input1)
{
    UINT64 block[FAST_BLOCK_REGISTERS];
    memset(block, 0, sizeof block);
    block[0] = Input0;
    block[1] = Input1;
    return fast_block(InputValue, block);
}

UINT64 hvref_example_xmm_fast_hypercall(UINT64 InputValue, const void *Input, size_t InputSize,
                                        void *Output, size_t OutputSize)
{
    UINT64 block[FAST_BLOCK_REGISTERS];
    UINT64 result;
    memset(block, 0, sizeof block);
    memcpy(block, Input, InputSize);
    result = fast_block(InputValue, block);
    if (Output != NULL) {
        memcpy(Output, (const unsigned char *)block + InputSize, OutputSize);
    }
    return result;
}

#else
/* Not an ARM64 GNU-compatible compiler: this seam does not apply. */
typedef int hvref_example_arm64_not_applicable;
#endif
