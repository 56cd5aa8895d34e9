/* SPDX-License-Identifier: MIT */
/*
 * The example seam for an x64 guest kernel. The first hypercall establishes
 * the hypercall code page through HV_X64_MSR_HYPERCALL (the guest OS identity
 * must have been written first, as establish_hypercall_page.c does); every
 * call then goes through that page with the TLFS register convention:
 * RCX = input value, RDX = input GPA (or first fast input), R8 = output GPA
 * (or second fast input), XMM0-XMM5 = further XMM fast input; RAX = result.
 *
 * GCC and clang only (GNU inline assembly); with MSVC, the same sequences go
 * in a .asm file, since MSVC has no x64 inline assembly.
 */
#include "hvref_example.h"

#if (defined(__x86_64__) || defined(_M_X64)) && (defined(__GNUC__) || defined(__clang__))

#include "hvref_example_common.h"

/* RCX, RDX, R8 are the first three arguments of the Microsoft x64 calling
 * convention, so the code page can be called as a function of that ABI. */
#if defined(_WIN64)
#define HVREF_MS_ABI
#else
#define HVREF_MS_ABI __attribute__((ms_abi))
#endif
typedef UINT64(HVREF_MS_ABI *hypercall_page_function)(UINT64 InputValue, UINT64 Rdx, UINT64 R8);

static hypercall_page_function hypercall_page;

UINT64 hvref_example_read_msr(UINT32 Msr)
{
    UINT32 low, high;
    __asm__ volatile("rdmsr" : "=a"(low), "=d"(high) : "c"(Msr));
    return ((UINT64)high << 32) | low;
}

void hvref_example_write_msr(UINT32 Msr, UINT64 Value)
{
    __asm__ volatile("wrmsr" : : "c"(Msr), "a"((UINT32)Value), "d"((UINT32)(Value >> 32))
                     : "memory");
}

void hvref_example_cpuid(UINT32 Leaf, UINT32 Registers[4])
{
    __asm__ volatile("cpuid"
                     : "=a"(Registers[0]), "=b"(Registers[1]), "=c"(Registers[2]), "=d"(Registers[3])
                     : "a"(Leaf), "c"(0));
}

void *hvref_example_hypercall_code_page(void)
{
    static void *page;
    if (page == NULL) {
        page = hvref_platform_alloc_page(1);
    }
    return page;
}

/* Enables the hypercall page once; the hypervisor overlays the code. */
static hypercall_page_function establish(void)
{
    HV_X64_MSR_HYPERCALL_CONTENTS contents;
    void *page;
    if (hypercall_page != NULL) {
        return hypercall_page;
    }
    page = hvref_example_hypercall_code_page();
    contents.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_HYPERCALL);
    if (!contents.Enable) {
        /* The field is 52 bits wide; the mask says so to -Wconversion. */
        contents.HypercallGpfn = (hvref_example_gpa_of(page) >> 12) & 0x000FFFFFFFFFFFFFull;
        contents.Enable = 1;
        hvref_example_write_msr(HV_X64_MSR_HYPERCALL, contents.AsUINT64);
    }
    /* A function pointer from an object pointer: implementation-defined in
     * ISO C, well defined on every x64 compiler; memcpy keeps -Wpedantic quiet. */
    memcpy(&hypercall_page, &page, sizeof page);
    return hypercall_page;
}

UINT64 hvref_example_hypercall(UINT64 InputValue, const void *Input, void *Output)
{
    return establish()(InputValue, Input ? hvref_example_gpa_of(Input) : 0,
                       Output ? hvref_example_gpa_of(Output) : 0);
}

UINT64 hvref_example_fast_hypercall(UINT64 InputValue, UINT64 Input0, UINT64 Input1)
{
    return establish()(InputValue, Input0, Input1);
}

UINT64 hvref_example_xmm_fast_hypercall(UINT64 InputValue, const void *Input, size_t InputSize,
                                        void *Output, size_t OutputSize)
{
    /* RDX, R8, then XMM0-XMM5: 112 bytes that carry the input followed by
     * the output. */
    UINT64 block[14];
    register UINT64 r8 __asm__("r8");
    UINT64 rcx = InputValue, rdx, result;
    hypercall_page_function page = establish();

    memset(block, 0, sizeof block);
    memcpy(block, Input, InputSize);
    rdx = block[0];
    r8 = block[1];
    /* The call pushes a return address below the stack pointer: step over
     * the System V red zone (and the Microsoft ABI's 32-byte home area). */
    __asm__ volatile("movdqu 0(%[x]), %%xmm0\n\t"
                     "movdqu 16(%[x]), %%xmm1\n\t"
                     "movdqu 32(%[x]), %%xmm2\n\t"
                     "movdqu 48(%[x]), %%xmm3\n\t"
                     "movdqu 64(%[x]), %%xmm4\n\t"
                     "movdqu 80(%[x]), %%xmm5\n\t"
                     "sub $128, %%rsp\n\t"
                     "call *%[page]\n\t"
                     "add $128, %%rsp\n\t"
                     "movdqu %%xmm0, 0(%[x])\n\t"
                     "movdqu %%xmm1, 16(%[x])\n\t"
                     "movdqu %%xmm2, 32(%[x])\n\t"
                     "movdqu %%xmm3, 48(%[x])\n\t"
                     "movdqu %%xmm4, 64(%[x])\n\t"
                     "movdqu %%xmm5, 80(%[x])"
                     : "=a"(result), "+c"(rcx), "+d"(rdx), "+r"(r8)
                     : [x] "r"(&block[2]), [page] "r"(page)
                     : "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5",
                       "memory", "cc");
    block[0] = rdx;
    block[1] = r8;
    if (Output != NULL) {
        memcpy(Output, (const unsigned char *)block + InputSize, OutputSize);
    }
    return result;
}

#else
/* Not an x64 GNU-compatible compiler: this seam does not apply. */
typedef int hvref_example_x64_not_applicable;
#endif
