/* SPDX-License-Identifier: MIT */
/*
 * The one seam between hvref's examples and a hypervisor.
 *
 * Every example issues hypercalls, reads MSRs and executes CPUID only through
 * these functions, so the same example source is a real program in a guest
 * kernel and a checked program in hvref's test suite. Three implementations:
 *
 *   hvref_example_x64.c    x64 guest kernel: the hypercall page established
 *                          through HV_X64_MSR_HYPERCALL, called with the TLFS
 *                          register convention.
 *   hvref_example_arm64.c  ARM64 guest kernel: the SMCCC convention (HVC #0,
 *                          function identifier in X0, input value in X1), or
 *                          HVC #1 when HVREF_EXAMPLE_ARM64_HVC1 is defined.
 *   hvref_example_record.c the test suite: records each call, checks the input
 *                          value and the input bytes against the catalogue,
 *                          and the SMCCC function identifier the ARM64 seam
 *                          would put in X0,
 *                          answers as a hypervisor would (CPUID from a
 *                          fixture of a Hyper-V guest's leaves), compares what the
 *                          example printed with examples/<area>/<name>.expected
 *                          when that file exists.
 *
 * To use an example in your own kernel, replace the seam's page allocation
 * (hvref_example_input_page and friends) with your allocator.
 */
#ifndef HVREF_EXAMPLE_H
#define HVREF_EXAMPLE_H

#include <hvref/hvref.h>

/* Examples use memset and memcpy. A hosted build gets them from <string.h>;
 * a freestanding one (a kernel, a boot loader) must provide them anyway,
 * because GCC and clang emit calls to them even in freestanding code. */
#if defined(__STDC_HOSTED__) && __STDC_HOSTED__
#include <string.h>
#elif defined(__cplusplus)
extern "C" void *memset(void *Destination, int Value, size_t Size);
extern "C" void *memcpy(void *Destination, const void *Source, size_t Size);
#else
void *memset(void *Destination, int Value, size_t Size);
void *memcpy(void *Destination, const void *Source, size_t Size);
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Examples print only through this function (printf's format rules), so
 * they build for targets that have no C library: a kernel maps it to its
 * own log (printk, DbgPrint). Do not include <stdio.h> in an example. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 1, 2)))
#endif
int hvref_example_printf(const char *Format, ...);

/* Page-aligned, zeroed 4 KiB buffers for memory-based input and output
 * parameters. The hypervisor reads and writes them by guest physical address;
 * the seam converts the pointer to a GPA. */
void *hvref_example_input_page(void);
void *hvref_example_output_page(void);

/* A memory-based hypercall (simple or rep): InputValue is the hypercall input
 * value (HV_HYPERCALL_INPUT.AsUINT64); Input and Output point into the pages
 * above, or are NULL when the call has no such parameters. Returns the
 * hypercall result value (HV_HYPERCALL_OUTPUT.AsUINT64). */
UINT64 hvref_example_hypercall(UINT64 InputValue, const void *Input, void *Output);

/* A register-based fast hypercall: the InputValue has Fast set; Input0 and
 * Input1 are the two 8-byte input parameters (RDX and R8 on x64; X2 and X3
 * with SMCCC, X1 and X2 with HVC #1 on ARM64). */
UINT64 hvref_example_fast_hypercall(UINT64 InputValue, UINT64 Input0, UINT64 Input1);

/* An XMM fast hypercall: the InputValue has Fast set; the InputSize bytes at
 * Input (at most 112, a multiple of 8) are passed in RDX, R8 and XMM0-XMM5 on
 * x64 (X2-X17 with SMCCC, X1-X17 with HVC #1 on ARM64), and OutputSize bytes
 * of output are returned in the registers after the input. */
UINT64 hvref_example_xmm_fast_hypercall(UINT64 InputValue, const void *Input, size_t InputSize,
                                        void *Output, size_t OutputSize);

/* Model-specific registers, as a guest kernel reads and writes them. */
UINT64 hvref_example_read_msr(UINT32 Msr);
void hvref_example_write_msr(UINT32 Msr, UINT64 Value);

/* The guest physical address of a page returned by the functions above, and
 * a page for the hypervisor to overlay with the hypercall code page. */
UINT64 hvref_example_gpa_of(const void *Page);
void *hvref_example_hypercall_code_page(void);

/* CPUID on the current processor: Registers receives EAX, EBX, ECX, EDX.
 * The x64 seam executes the instruction; the ARM64 seam returns zeros. The
 * test suite's seam answers from a Hyper-V guest's leaves
 * (hvref_cpuid_fixture.csv), or, with HVREF_EXAMPLE_CPUID=host in the
 * environment, executes the instruction (x86) so that an example runs as an
 * ordinary program on the build machine. */
void hvref_example_cpuid(UINT32 Leaf, UINT32 Registers[4]);

/* The SMCCC function identifier the ARM64 seam puts in X0 of every hypercall
 * it makes with HVC #0 (the SMCCC convention, its default). The recording seam
 * checks its fields against the TLFS's table on every call. */
#define HVREF_EXAMPLE_ARM64_HYPERCALL_FUNCTION_ID HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID

/* An SMCCC call that is not a hypercall: FunctionId in X0, zero in X1-X3,
 * HVC #0; Result receives X0-X3. An ARM64 guest detects the hypervisor this
 * way (HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID). The x64 seam returns the
 * SMCCC NOT_SUPPORTED value (all ones) in Result[0] and zeros; the recording
 * seam answers the vendor UID query as the Microsoft hypervisor does. */
void hvref_example_smccc_call(UINT32 FunctionId, UINT64 Result[4]);

/* Prints a line naming the call and the status in the result value, and
 * returns the process exit code an example's main() should return (0 when
 * the status is HV_STATUS_SUCCESS). */
int hvref_example_report(const char *What, UINT64 ResultValue);

#ifdef __cplusplus
}
#endif

#endif /* HVREF_EXAMPLE_H */
