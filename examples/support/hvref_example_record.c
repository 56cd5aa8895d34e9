/* SPDX-License-Identifier: MIT */
/*
 * The example seam used by hvref's test suite: instead of a hypervisor, it
 * checks every hypercall an example makes against the catalogue (call code
 * known, input value well formed for the call's kind, fixed input present,
 * every must-be-zero field of the input value and of the input zero, as the
 * layouts' `reserved` column says), prints one line per call, and answers as a
 * hypervisor that completed the call. MSRs are emulated as plain storage.
 *
 * Every hypercall is also checked as the ARM64 seam would make it with the
 * SMCCC convention: the function identifier it puts in X0
 * (HVREF_EXAMPLE_ARM64_HYPERCALL_FUNCTION_ID) must have the field values of
 * the TLFS's table. SMCCC calls that are not hypercalls
 * (hvref_example_smccc_call) are printed and checked; the vendor UID query is
 * answered with the Microsoft hypervisor's identifier.
 *
 * CPUID is answered from a fixture, the leaves a Hyper-V guest reads
 * (examples/support/hvref_cpuid_fixture.csv: representative values composed
 * from the TLFS bit definitions, not a capture from one machine), so that an
 * example's Hyper-V code paths run on any build machine. The seam checks the
 * order the TLFS prescribes (leaf 1's hypervisor-present bit before any
 * hypervisor leaf, leaves 0x40000000 and 0x40000001 before the others, none
 * above the highest leaf 0x40000000 reports). Set HVREF_EXAMPLE_CPUID=host
 * to execute the real instruction instead (x86; zeros elsewhere).
 * HvCallGetVpRegisters is answered from the same fixture for the ARM64
 * feature registers (HvRegisterHypervisorVersion and the four after it):
 * the two whose layout is that of a CPUID leaf get that leaf's registers,
 * the others values composed from the TLFS's ARM64 bit tables (below); every
 * other register reads as zero.
 *
 * Everything the example and the seam print, FAIL lines aside, is kept; at
 * exit it is compared with the example's expected transcript,
 * examples/<area>/<name>.expected, when there is one (an example that reads
 * the CPUID fixture must have one). A failed check prints
 * "hvref-record: FAIL ..." and makes the program exit with status 1.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hvref_catalogue_calls.h"
#include "hvref_example.h"

#define PAGE_SIZE 4096

HVREF_ALIGNAS(PAGE_SIZE) static unsigned char input_page[PAGE_SIZE];
HVREF_ALIGNAS(PAGE_SIZE) static unsigned char output_page[PAGE_SIZE];
HVREF_ALIGNAS(PAGE_SIZE) static unsigned char code_page[PAGE_SIZE];
static int failures;
static int failures_reported;

static void fail(const char *call, const char *format, ...)
{
    va_list args;
    printf("hvref-record: FAIL %s: ", call);
    va_start(args, format);
    vprintf(format, args);
    va_end(args);
    printf("\n");
    failures++;
}

/* -- Output, kept as the program's transcript ---------------------------- */

static char transcript[1 << 16];
static size_t transcript_length;
static int transcript_overflow;
static int cpuid_fixture_used;
static int started;

static void finish(void);

/* The first call into the seam arranges the checks made at exit. */
static void start(void)
{
    if (!started) {
        started = 1;
        atexit(finish);
    }
}

static int print_v(const char *format, va_list args)
{
    va_list copy;
    size_t room = sizeof transcript - transcript_length;
    int written;
    start();
    va_copy(copy, args);
    written = vprintf(format, args);
    if (!transcript_overflow) {
        int kept = vsnprintf(transcript + transcript_length, room, format, copy);
        if (kept < 0 || (size_t)kept >= room) {
            transcript_overflow = 1;
        } else {
            transcript_length += (size_t)kept;
        }
    }
    va_end(copy);
    return written;
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 1, 2)))
#endif
static int print(const char *format, ...)
{
    va_list args;
    int written;
    va_start(args, format);
    written = print_v(format, args);
    va_end(args);
    return written;
}

int hvref_example_printf(const char *Format, ...)
{
    va_list args;
    int written;
    va_start(args, Format);
    written = print_v(Format, args);
    va_end(args);
    return written;
}

/* Length of the line at text, without its newline. */
static size_t line_length(const char *text)
{
    const char *end = strchr(text, '\n');
    return end ? (size_t)(end - text) : strlen(text);
}

/* Compares the transcript with examples/<area>/<name>.expected. */
static void check_transcript(void)
{
    static char expected[sizeof transcript];
    const char *want = expected;
    const char *got = transcript;
    size_t length;
    int line = 1;
    FILE *file = fopen(hvref_record_transcript, "rb");

    if (file == NULL) {
        if (cpuid_fixture_used) {
            fail(hvref_record_example, "it reads the CPUID fixture, so its output must be "
                 "checked: review what it printed above against "
                 "examples/support/hvref_cpuid_fixture.csv and save it as examples/%s.expected",
                 hvref_record_example);
        }
        return;
    }
    length = fread(expected, 1, sizeof expected - 1, file);
    fclose(file);
    expected[length] = 0;
    transcript[transcript_length] = 0;
    if (transcript_overflow) {
        fail(hvref_record_example, "printed more than the %u bytes the seam keeps",
             (unsigned)(sizeof transcript - 1));
        return;
    }
    while (*want != 0 || *got != 0) {
        size_t want_length = line_length(want);
        size_t got_length = line_length(got);
        if (want_length != got_length || memcmp(want, got, want_length) != 0 ||
            (*want == 0) != (*got == 0)) {
            fail(hvref_record_example, "output line %d differs from examples/%s.expected:%d: "
                 "expected \"%.*s\"%s, printed \"%.*s\"%s; if the new output is right (check it "
                 "against the fixture), update the file", line, hvref_record_example, line,
                 (int)want_length, want, *want == 0 ? " (end of file)" : "",
                 (int)got_length, got, *got == 0 ? " (end of output)" : "");
            return;
        }
        want += want_length + (want[want_length] == '\n');
        got += got_length + (got[got_length] == '\n');
        line++;
    }
}

static int host_cpuid(void)
{
    const char *mode = getenv("HVREF_EXAMPLE_CPUID");
    return mode != NULL && strcmp(mode, "host") == 0;
}

/* At exit: the transcript, then the exit status. */
static void finish(void)
{
    if (!host_cpuid()) {
        check_transcript();
    }
    if (failures != 0) {
        if (failures != failures_reported) {
            printf("hvref-record: %d check(s) failed\n", failures);
        }
        fflush(stdout);
        _Exit(1);
    }
}

void *hvref_example_input_page(void) { return memset(input_page, 0, sizeof input_page); }
void *hvref_example_output_page(void) { return memset(output_page, 0, sizeof output_page); }
void *hvref_example_hypercall_code_page(void) { return code_page; }
UINT64 hvref_example_gpa_of(const void *Page) { return (UINT64)(uintptr_t)Page; }

/* -- MSRs: plain storage for the few an example touches ------------------ */

static struct { UINT32 Msr; UINT64 Value; } msrs[16];

static UINT64 *msr_slot(UINT32 Msr)
{
    size_t i;
    start();
    for (i = 0; i < sizeof msrs / sizeof msrs[0]; i++) {
        if (msrs[i].Msr == Msr || msrs[i].Msr == 0) {
            msrs[i].Msr = Msr;
            return &msrs[i].Value;
        }
    }
    fail("MSR", "more than %u distinct MSRs used", (unsigned)(sizeof msrs / sizeof msrs[0]));
    return &msrs[0].Value;
}

UINT64 hvref_example_read_msr(UINT32 Msr) { return *msr_slot(Msr); }

void hvref_example_write_msr(UINT32 Msr, UINT64 Value)
{
    print("hvref-record: wrmsr 0x%08X = 0x%016llX\n", (unsigned)Msr, (unsigned long long)Value);
    *msr_slot(Msr) = Value;
}

/* -- CPUID: the recorded fixture ----------------------------------------- */

#define HYPERVISOR_LEAF_FIRST 0x40000000u
#define HYPERVISOR_LEAF_LAST 0x4FFFFFFFu

static const HVREF_CPUID_FIXTURE_LEAF *fixture_leaf(UINT32 Leaf)
{
    size_t i;
    for (i = 0; i < hvref_cpuid_fixture_count; i++) {
        if (hvref_cpuid_fixture[i].Leaf == Leaf) {
            return &hvref_cpuid_fixture[i];
        }
    }
    return NULL;
}

static int leaf_read[3];   /* leaf 1, 0x40000000, 0x40000001 read so far */
static int order_failed[2];   /* each order rule is reported once */

void hvref_example_cpuid(UINT32 Leaf, UINT32 Registers[4])
{
    const HVREF_CPUID_FIXTURE_LEAF *answer;
    const HVREF_CPUID_FIXTURE_LEAF *range = fixture_leaf(HYPERVISOR_LEAF_FIRST);
    UINT32 highest = range != NULL ? range->Registers[0] : 0;
    size_t i;

    start();
    if (host_cpuid()) {
#if HVREF_ARCH_X86 && (defined(__GNUC__) || defined(__clang__))
        __asm__ volatile("cpuid"
                         : "=a"(Registers[0]), "=b"(Registers[1]), "=c"(Registers[2]),
                           "=d"(Registers[3])
                         : "a"(Leaf), "c"(0));
#else
        memset(Registers, 0, 4 * sizeof Registers[0]);
#endif
        return;
    }
    cpuid_fixture_used = 1;
    print("hvref-record: cpuid 0x%08X\n", (unsigned)Leaf);
    if (Leaf >= HYPERVISOR_LEAF_FIRST && Leaf <= HYPERVISOR_LEAF_LAST) {
        if (!leaf_read[0] && !order_failed[0]++) {
            fail("CPUID", "leaf 0x%08X read before leaf 1, whose ECX bit 31 says whether "
                 "hypervisor leaves exist", (unsigned)Leaf);
        }
        if (Leaf > HYPERVISOR_LEAF_FIRST + 1 && !(leaf_read[1] && leaf_read[2]) &&
            !order_failed[1]++) {
            fail("CPUID", "leaf 0x%08X read before leaves 0x40000000 (the highest leaf) and "
                 "0x40000001 (the interface, which says what the leaf means)", (unsigned)Leaf);
        }
        if (Leaf > highest) {
            fail("CPUID", "leaf 0x%08X is above 0x%08X, the highest leaf 0x40000000 reports",
                 (unsigned)Leaf, (unsigned)highest);
        }
    }
    leaf_read[0] |= Leaf == 1;
    leaf_read[1] |= Leaf == HYPERVISOR_LEAF_FIRST;
    leaf_read[2] |= Leaf == HYPERVISOR_LEAF_FIRST + 1;
    answer = fixture_leaf(Leaf);
    if (answer == NULL) {
        fail("CPUID", "leaf 0x%08X is not in examples/support/hvref_cpuid_fixture.csv",
             (unsigned)Leaf);
    }
    for (i = 0; i < 4; i++) {
        Registers[i] = answer != NULL ? answer->Registers[i] : 0;
    }
}

/* -- Hypercalls ---------------------------------------------------------- */

enum convention { MEMORY, FAST_REGISTERS, FAST_XMM };
static const char *const convention_names[] = { "memory", "fast", "xmm-fast" };

static const HVREF_CATALOGUE_CALL *find_call(unsigned code)
{
    size_t i;
    for (i = 0; i < hvref_catalogue_call_count; i++) {
        if (hvref_catalogue_calls[i].Code == code) {
            return &hvref_catalogue_calls[i];
        }
    }
    return NULL;
}

/* Each must-be-zero field of an input (bits from bit 0 of its first byte,
 * little-endian, as the catalogue counts them) must be clear; InputBytes
 * bounds what the caller passed. */
static void check_must_be_zero(const char *call, const char *what,
                               const HVREF_CATALOGUE_RESERVED *fields, size_t count,
                               const unsigned char *input, size_t InputBytes)
{
    size_t i;
    int bit;
    for (i = 0; i < count; i++) {
        const HVREF_CATALOGUE_RESERVED *r = &fields[i];
        int last = r->FirstBit + r->BitCount - 1;
        for (bit = r->FirstBit; bit <= last && (size_t)bit / 8 < InputBytes; bit++) {
            if ((input[bit / 8] >> (bit % 8)) & 1) {
                fail(call, "%s (bits %d-%d of %s) must be zero, but bit %d is set",
                     r->Name, r->FirstBit, last, what, bit);
                break;
            }
        }
    }
}

/* The identifier the ARM64 seam puts in X0 of a hypercall, against the TLFS's
 * table of its fields (hypercall-interface, "Hypercall Register Conventions
 * (ARM64 SMCCC)"): typed here from the table, not from the header, so that a
 * wrong macro fails. */
static void check_function_id(const char *call)
{
    static const struct { const char *Field; unsigned Shift, Width, Value; } table[] = {
        { "FunctionNumber", 0, 16, 1 },   /* the call code is in X1 */
        { "RsvdZ", 16, 8, 0 },
        { "ServiceCallType", 24, 6, 6 },  /* vendor-specific hypervisor service */
        { "CallingConvention", 30, 1, 1 },/* HVC64 */
        { "YieldingCall", 31, 1, 0 },
    };
    HV_ARM64_SMCCC_FUNCTION_ID id;
    size_t i;
    id.AsUINT32 = HVREF_EXAMPLE_ARM64_HYPERCALL_FUNCTION_ID;
    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        unsigned value = (unsigned)(id.AsUINT32 >> table[i].Shift) & ((1u << table[i].Width) - 1u);
        if (value != table[i].Value) {
            fail(call, "the SMCCC function identifier the ARM64 seam puts in X0 (0x%08X) has "
                 "%s = %u; the TLFS's table says %u", (unsigned)id.AsUINT32, table[i].Field,
                 value, table[i].Value);
        }
    }
    /* And the header's union puts each field where the table does. */
    if (id.FunctionNumber != (id.AsUINT32 & 0xFFFFu) || id.RsvdZ != ((id.AsUINT32 >> 16) & 0xFFu) ||
        id.ServiceCallType != ((id.AsUINT32 >> 24) & 0x3Fu) ||
        id.CallingConvention != ((id.AsUINT32 >> 30) & 1u) || id.YieldingCall != (id.AsUINT32 >> 31)) {
        fail(call, "HV_ARM64_SMCCC_FUNCTION_ID's bit-fields do not split 0x%08X as the TLFS's "
             "table does", (unsigned)id.AsUINT32);
    }
}

/* -- SMCCC calls that are not hypercalls --------------------------------- */

void hvref_example_smccc_call(UINT32 FunctionId, UINT64 Result[4])
{
    HV_ARM64_SMCCC_FUNCTION_ID id;
    int failures_before = failures;
    start();
    id.AsUINT32 = FunctionId;
    Result[0] = ~(UINT64)0; /* SMCCC NOT_SUPPORTED (-1) */
    Result[1] = Result[2] = Result[3] = 0;
    /* The vendor UID query: SMCCC's fields (fast call, 32-bit convention, the
     * vendor-specific hypervisor service, general query 0xFF01 "Call UID"). */
    if (id.YieldingCall != 1 || id.CallingConvention != 0 || id.ServiceCallType != 6 ||
        id.RsvdZ != 0 || id.FunctionNumber != 0xFF01u) {
        fail("SMCCC", "function identifier 0x%08X is not the vendor hypervisor service's Call "
             "UID query (fast call 1, 32-bit convention 0, service 6, function 0xFF01), the "
             "only SMCCC call the TLFS describes besides hypercalls", (unsigned)FunctionId);
    } else {
        Result[0] = HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X0;
        Result[1] = HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X1;
        Result[2] = HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X2;
        Result[3] = HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X3;
    }
    print("hvref-record: smccc 0x%08X (fast %u, convention %u, service %u, function 0x%04X): %s\n",
          (unsigned)FunctionId, (unsigned)id.YieldingCall, (unsigned)id.CallingConvention,
          (unsigned)id.ServiceCallType, (unsigned)id.FunctionNumber,
          failures == failures_before ? "vendor UID query, checked" : "FAILED");
}

/* -- The ARM64 feature registers ----------------------------------------- */

/* Leaf: the CPUID leaf whose registers the register's value is (EAX in bits
 * 31-0 up to EDX in bits 127-96), or 0 for a value given here: representative
 * guest values composed from the online TLFS's ARM64 tables, like the CPUID
 * fixture's. */
static const struct {
    UINT32 Name;
    UINT32 Leaf;
    UINT64 Low64, High64;
} register_fixture[] = {
    { HvRegisterHypervisorVersion, 0x40000002u, 0, 0 },
    /* Bits 63-0: leaf 0x40000003's EAX and EBX (the privilege mask is the same
     * on both architectures); bits 64 and up: guest idle, frequency registers,
     * crash registers, SINT polling (bits 67, 70, 72, 76). */
    { HvRegisterPrivilegesAndFeaturesInfo, 0x40000003u, 0, 0x1148ull },
    /* Cluster IPI and Ex processor masks recommended (bits 2, 3); notify a
     * long spin wait every 4095 attempts (bits 63-32). */
    { HvRegisterFeaturesInfo, 0, 0x00000FFF0000000Cull, 0 },
    { HvRegisterImplementationLimitsInfo, 0x40000005u, 0, 0 },
    /* Architectural performance counters and stage-2 translation in use. */
    { HvRegisterHardwareFeaturesInfo, 0, 0x3ull, 0 },
};

/* Writes the fixture's value of each feature register the name list asks
 * for into its place in the output page. */
static void answer_get_vp_registers(HV_HYPERCALL_INPUT in, const void *Input, void *Output)
{
    const HV_REGISTER_NAME *names;
    HV_REGISTER_VALUE *values = (HV_REGISTER_VALUE *)Output;
    UINT32 rep;
    size_t i;
    if (Input == NULL || Output == NULL) {
        return;
    }
    names = (const HV_REGISTER_NAME *)(const void *)((const unsigned char *)Input +
                                                     sizeof(HV_INPUT_GET_VP_REGISTERS) +
                                                     8u * in.VariableHeaderSize);
    for (rep = (UINT32)in.RepStartIndex; rep < (UINT32)in.RepCount; rep++) {
        for (i = 0; i < sizeof register_fixture / sizeof register_fixture[0]; i++) {
            const HVREF_CPUID_FIXTURE_LEAF *leaf;
            if (register_fixture[i].Name != names[rep]) {
                continue;
            }
            cpuid_fixture_used = 1;
            values[rep].Reg128.Low64 = register_fixture[i].Low64;
            values[rep].Reg128.High64 = register_fixture[i].High64;
            leaf = register_fixture[i].Leaf ? fixture_leaf(register_fixture[i].Leaf) : NULL;
            if (register_fixture[i].Leaf != 0 && leaf == NULL) {
                fail("HvCallGetVpRegisters", "leaf 0x%08X is not in the CPUID fixture",
                     (unsigned)register_fixture[i].Leaf);
            } else if (leaf != NULL) {
                values[rep].Reg128.Low64 = (UINT64)leaf->Registers[0] |
                                           ((UINT64)leaf->Registers[1] << 32);
                if (register_fixture[i].Name != HvRegisterPrivilegesAndFeaturesInfo) {
                    values[rep].Reg128.High64 = (UINT64)leaf->Registers[2] |
                                                ((UINT64)leaf->Registers[3] << 32);
                }
            }
            print("hvref-record: register 0x%08X from the fixture\n", (unsigned)names[rep]);
        }
    }
}

static UINT64 record(UINT64 InputValue, const void *Input, size_t InputBytes,
                     enum convention how)
{
    HV_HYPERCALL_INPUT in;
    HV_HYPERCALL_OUTPUT out;
    const HVREF_CATALOGUE_CALL *call;
    unsigned char value[8];
    int failures_before = failures;
    size_t i;

    in.AsUINT64 = InputValue;
    out.AsUINT64 = 0;
    call = find_call((unsigned)in.CallCode);
    if (call == NULL) {
        fail("?", "call code 0x%04X is not in references/hypercalls.csv", (unsigned)in.CallCode);
        out.Result = HV_STATUS_INVALID_HYPERCALL_CODE;
        return out.AsUINT64;
    }
    if (!call->IsDocumented) {
        fail(call->Name, "no TLFS edition documents this call's interface");
    }
    for (i = 0; i < sizeof value; i++) {
        value[i] = (unsigned char)(InputValue >> (8 * i));
    }
    check_function_id(call->Name);
    check_must_be_zero(call->Name, "the input value", hvref_catalogue_input_value_reserved,
                       hvref_catalogue_input_value_reserved_count, value, sizeof value);
    if ((how == MEMORY) == (in.Fast != 0)) {
        fail(call->Name, "Fast is %u for a %s call", (unsigned)in.Fast, convention_names[how]);
    }
    if (call->IsRep == 1 && (in.RepCount == 0 || in.RepStartIndex >= in.RepCount)) {
        fail(call->Name, "rep call needs RepCount > RepStartIndex (got %u, %u)",
             (unsigned)in.RepCount, (unsigned)in.RepStartIndex);
    }
    if (call->IsRep == 0 && (in.RepCount != 0 || in.RepStartIndex != 0)) {
        fail(call->Name, "simple call with RepCount %u", (unsigned)in.RepCount);
    }
    if (call->InputSize > 0) {
        size_t needed = (size_t)call->InputSize + 8u * in.VariableHeaderSize +
                        (size_t)call->RepInputSize * in.RepCount;
        if (Input == NULL) {
            fail(call->Name, "the call takes %d bytes of input but none were given", call->InputSize);
        } else if (how != MEMORY && InputBytes < (size_t)call->InputSize) {
            fail(call->Name, "%zu bytes of input, the input type has %d", InputBytes, call->InputSize);
        } else {
            check_must_be_zero(call->Name, "the input",
                               &hvref_catalogue_reserved[call->FirstReserved],
                               (size_t)call->ReservedCount, (const unsigned char *)Input,
                               how == MEMORY ? PAGE_SIZE : InputBytes);
        }
        if (how == FAST_REGISTERS && needed > 16) {
            fail(call->Name, "%zu bytes of input do not fit the two fast registers", needed);
        }
        if (how == FAST_XMM && needed > 112) {
            fail(call->Name, "%zu bytes of input do not fit the XMM fast registers", needed);
        }
    }
    if (how == MEMORY && Input != NULL && Input != (const void *)input_page) {
        fail(call->Name, "memory input must be in the input page");
    }
    print("hvref-record: %s (0x%04X) %s, rep %u/%u, variable header %u, input %s: %s\n",
           call->Name, call->Code, convention_names[how], (unsigned)in.RepStartIndex,
           (unsigned)in.RepCount, (unsigned)in.VariableHeaderSize, Input ? "given" : "none",
           failures == failures_before ? "checked" : "FAILED");
    out.Result = HV_STATUS_SUCCESS;
    out.RepsComplete = in.RepCount;
    return out.AsUINT64;
}

UINT64 hvref_example_hypercall(UINT64 InputValue, const void *Input, void *Output)
{
    HV_HYPERCALL_INPUT in;
    UINT64 result;
    if (Output != NULL && Output != (void *)output_page) {
        fail("hypercall", "memory output must be in the output page");
    }
    result = record(InputValue, Input, 0, MEMORY);
    in.AsUINT64 = InputValue;
    if (in.CallCode == HvCallGetVpRegisters) {
        answer_get_vp_registers(in, Input, Output);
    }
    return result;
}

UINT64 hvref_example_fast_hypercall(UINT64 InputValue, UINT64 Input0, UINT64 Input1)
{
    UINT64 registers[2];
    registers[0] = Input0;
    registers[1] = Input1;
    return record(InputValue, registers, sizeof registers, FAST_REGISTERS);
}

UINT64 hvref_example_xmm_fast_hypercall(UINT64 InputValue, const void *Input, size_t InputSize,
                                        void *Output, size_t OutputSize)
{
    if (InputSize % 8 != 0 || InputSize + OutputSize > 112) {
        fail("xmm", "input %zu and output %zu bytes: input must be whole registers and "
             "both must fit 112 bytes", InputSize, OutputSize);
    }
    if (Output != NULL) {
        memset(Output, 0, OutputSize);
    }
    return record(InputValue, Input, InputSize, FAST_XMM);
}

int hvref_example_report(const char *What, UINT64 ResultValue)
{
    HV_HYPERCALL_OUTPUT out;
    out.AsUINT64 = ResultValue;
    print("%s: status 0x%04X%s, %u reps complete\n", What, (unsigned)out.Result,
           out.Result == HV_STATUS_SUCCESS ? " (HV_STATUS_SUCCESS)" : "",
           (unsigned)out.RepsComplete);
    if (failures != 0) {
        printf("hvref-record: %d check(s) failed\n", failures);
        failures_reported = failures;
        return 1;
    }
    return out.Result == HV_STATUS_SUCCESS ? 0 : 1;
}
