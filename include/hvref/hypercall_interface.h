/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Hypercall interface: the hypercall input and result values, the
 *        register conventions, the hypercall MSR and the extended hypercall
 *        interface.
 *
 * Every hypercall is described to the hypervisor by one 64-bit control word,
 * the hypercall input value (HV_HYPERCALL_INPUT), and answered with one 64-bit
 * hypercall result value (HV_HYPERCALL_OUTPUT). Parameters travel either in
 * guest memory, addressed by guest physical address, or in registers (the
 * fast conventions). On x64 a guest first has to map the hypervisor's
 * hypercall code page through HV_X64_MSR_HYPERCALL; on ARM64 the HVC
 * instruction is used directly.
 *
 * The call codes themselves are in call_codes.h.
 */
#ifndef HVREF_HYPERCALL_INTERFACE_H
#define HVREF_HYPERCALL_INTERFACE_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>

/* Every anonymous structure below is marked HVREF_EXTENSION for GCC and
 * Clang. MSVC reports them as C4201 ("nameless struct/union") at /W4, and
 * in C also the UINT64/UINT32/UINT8 bit-fields as C4214 ("bit field types
 * other than int"): both are silenced for this header only, as Microsoft's
 * own headers do, and restored at its end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_hypercall_interface Hypercall interface
 * \brief The hypercall control word, result value, calling conventions,
 *        hypercall MSR and extended hypercalls.
 * \{
 */

/**
 * \defgroup hvref_hypercall_classes Hypercall classes and alignment
 * \brief Simple and rep hypercalls, and the rules every memory-based
 *        parameter block follows.
 *
 * A simple hypercall does one operation on a fixed-size input and output.
 * A rep hypercall does the same operation on each element of a list that
 * follows its fixed-size header: the caller puts the number of elements in
 * RepCount and the index of the first element still to process in
 * RepStartIndex (zero on the first invocation). The hypervisor works through
 * the list in order and may return before the end of the list to keep its
 * latency bounded; the result value then reports in RepsComplete how many
 * elements are done in total (counted from the start of the list, not from
 * RepStartIndex), and the caller issues the call again with RepStartIndex set
 * to that number until every element is done or an error status comes back.
 * On x64 the hypervisor itself updates the rep start index in the caller's
 * input register (RCX or EDX:EAX) and leaves the instruction pointer on the
 * hypercall, so a call interrupted this way simply continues.
 *
 * Parameter blocks in memory start on an 8-byte boundary, are padded to a
 * multiple of 8 bytes, lie within one page each, and must not overlap one
 * another; the GPAs passed in registers must be 8-byte aligned.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-classes}
 * \tlfsonline{hypercall-interface#hypercall-continuation}
 * \tlfsonline{hypercall-interface#alignment-requirements}
 * \tlfs60b{3.2}
 * \tlfs60b{3.3}
 * \tlfs60b{3.6}
 * \tlfs20{4.2}
 * \tlfs20{4.3}
 * \tlfs20{4.6}
 * \{
 */

/**
 * \brief Alignment, in bytes, of every memory-based input and output block
 *        and of the GPAs that point to them; blocks are also padded to a
 *        multiple of this size.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#alignment-requirements}
 * \tlfs60b{3.6}
 * \tlfs20{4.6}
 */
#define HV_HYPERCALL_PARAMETER_ALIGNMENT 8

/**
 * \brief The largest rep count (and rep start index) the 12-bit fields of
 *        the hypercall input value can hold.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-inputs}
 * \tlfs60b{3.7}
 * \tlfs20{4.7}
 */
#define HV_HYPERCALL_REP_COUNT_MAX 0xFFF

/** \} */

/**
 * \defgroup hvref_hypercall_input Hypercall input value
 * \brief The 64-bit control word that selects a hypercall and describes how
 *        its parameters are passed.
 * \{
 */

/**
 * \brief The hypercall input value (control word) passed with every
 *        hypercall.
 *
 * It carries the call code, whether the parameters are in registers (Fast),
 * the size of a variable input header, whether a nested guest's call is
 * meant for the L0 hypervisor, and for rep calls the element count and the
 * index to start from. Reserved bits must be zero or the call fails with
 * HV_STATUS_INVALID_HYPERCALL_INPUT. It is passed in RCX (x64), EDX:EAX
 * (32-bit x86), X1 (ARM64 SMCCC) or X0 (ARM64 HVC #1).
 *
 * The HV_HYPERCALL_INPUT_*_SHIFT and _MASK macros give each field's position
 * for code that builds the value with shifts instead of bit-fields.
 *
 * \note The sources disagree on bits 17-31. The online TLFS (followed here)
 *       gives VariableHeaderSize bits 17-26 (10 bits), RsvdZ bits 27-30 and
 *       IsNested bit 31. TLFS 6.0b draws VariableHeaderSize as bits 17-25
 *       (9 bits), IsNested as bit 26 and RsvdZ as bits 27-31 (5 bits).
 *       TLFS 2.0 and the 2013 WDK have neither field: bits 17-31 are one
 *       15-bit reserved run. The WDK's HV_X64_HYPERCALL_INPUT also names the
 *       fields differently (IsFast for Fast, CountOfElements for RepCount,
 *       Reserved1..Reserved3 for the reserved runs) and declares them as
 *       UINT32 bit-fields. \erratum{E001} \erratum{E002} \erratum{E003} \erratum{E004} \erratum{E005}
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-inputs}
 * \tlfs60b{3.7}
 * \tlfs20{4.7}
 * \wdk2013{HV_X64_HYPERCALL_INPUT}
 * \see HV_HYPERCALL_OUTPUT, HV_CALL_CODE
 */
typedef union _HV_HYPERCALL_INPUT {
    UINT64 AsUINT64; /**< The whole control word. */
    HVREF_EXTENSION struct {
        UINT64 CallCode : 16;           /**< Bits 0-15: the call code, one of the HV_CALL_CODE values. */
        UINT64 Fast : 1;                /**< Bit 16: 1 when the parameters are passed in registers, 0 when in memory. */
        UINT64 VariableHeaderSize : 10; /**< Bits 17-26: size of the variable part of the input header, in 8-byte units. */
        UINT64 RsvdZ : 4;               /**< Bits 27-30: reserved, must be zero. */
        UINT64 IsNested : 1;            /**< Bit 31: in a nested guest, 1 sends the call to the L0 hypervisor instead of the guest hypervisor. */
        UINT64 RepCount : 12;           /**< Bits 32-43: number of list elements of a rep call; zero for a simple call. */
        UINT64 RsvdZ1 : 4;              /**< Bits 44-47: reserved, must be zero. */
        UINT64 RepStartIndex : 12;      /**< Bits 48-59: index of the first element to process in a rep call; zero for a simple call. */
        UINT64 RsvdZ2 : 4;              /**< Bits 60-63: reserved, must be zero. */
    };
} HV_HYPERCALL_INPUT, *PHV_HYPERCALL_INPUT;
HVREF_ASSERT_SIZE(HV_HYPERCALL_INPUT, 8);

/**
 * \brief The 2013 WDK's name for HV_HYPERCALL_INPUT.
 *
 * The layout is the same value; the WDK's member names differ (IsFast,
 * CountOfElements, Reserved1..Reserved3) and it had no VariableHeaderSize or
 * IsNested field.
 *
 * \par Specification
 * \wdk2013{HV_X64_HYPERCALL_INPUT}
 */
typedef HV_HYPERCALL_INPUT HV_X64_HYPERCALL_INPUT;

/** \brief Pointer to HV_X64_HYPERCALL_INPUT (the 2013 WDK's name). */
typedef HV_HYPERCALL_INPUT *PHV_X64_HYPERCALL_INPUT;

/** \brief Bit position of HV_HYPERCALL_INPUT::CallCode. */
#define HV_HYPERCALL_INPUT_CALL_CODE_SHIFT ((UINT64)0)
/** \brief HV_HYPERCALL_INPUT::CallCode in place (bits 0-15). */
#define HV_HYPERCALL_INPUT_CALL_CODE_MASK ((UINT64)0x000000000000FFFF)
/** \brief Bit position of HV_HYPERCALL_INPUT::Fast. */
#define HV_HYPERCALL_INPUT_FAST_SHIFT ((UINT64)16)
/** \brief HV_HYPERCALL_INPUT::Fast in place (bit 16). */
#define HV_HYPERCALL_INPUT_FAST_MASK ((UINT64)0x0000000000010000)
/** \brief Bit position of HV_HYPERCALL_INPUT::VariableHeaderSize. */
#define HV_HYPERCALL_INPUT_VARIABLE_HEADER_SIZE_SHIFT ((UINT64)17)
/** \brief HV_HYPERCALL_INPUT::VariableHeaderSize in place (bits 17-26). */
#define HV_HYPERCALL_INPUT_VARIABLE_HEADER_SIZE_MASK ((UINT64)0x0000000007FE0000)
/** \brief Bit position of HV_HYPERCALL_INPUT::IsNested. */
#define HV_HYPERCALL_INPUT_IS_NESTED_SHIFT ((UINT64)31)
/** \brief HV_HYPERCALL_INPUT::IsNested in place (bit 31). */
#define HV_HYPERCALL_INPUT_IS_NESTED_MASK ((UINT64)0x0000000080000000)
/** \brief Bit position of HV_HYPERCALL_INPUT::RepCount. */
#define HV_HYPERCALL_INPUT_REP_COUNT_SHIFT ((UINT64)32)
/** \brief HV_HYPERCALL_INPUT::RepCount in place (bits 32-43). */
#define HV_HYPERCALL_INPUT_REP_COUNT_MASK ((UINT64)0x00000FFF00000000)
/** \brief Bit position of HV_HYPERCALL_INPUT::RepStartIndex. */
#define HV_HYPERCALL_INPUT_REP_START_INDEX_SHIFT ((UINT64)48)
/** \brief HV_HYPERCALL_INPUT::RepStartIndex in place (bits 48-59). */
#define HV_HYPERCALL_INPUT_REP_START_INDEX_MASK ((UINT64)0x0FFF000000000000)
/**
 * \brief The bits of the hypercall input value that must be zero
 *        (HV_HYPERCALL_INPUT::RsvdZ, RsvdZ1 and RsvdZ2).
 *
 * \note Linux's reserved mask for the input value also includes bit 31,
 *       although its header gives that bit to nested calls. \erratum{E312}
 */
#define HV_HYPERCALL_INPUT_RSVDZ_MASK ((UINT64)0xF000F00078000000)

/** \} */

/**
 * \defgroup hvref_hypercall_registers Register conventions
 * \brief Which registers carry the input value, the parameters and the
 *        result on each architecture.
 *
 * <b>x64 and 32-bit x86.</b> The guest calls the start of the hypercall code
 * page (see \ref hvref_hypercall_msr) with a valid stack. The hypervisor
 * decides between the two register mappings from EFER.LMA and CS.L: with
 * both set the caller is a 64-bit caller.
 *
 * | what                                   | x64 | x86     |
 * |----------------------------------------|-----|---------|
 * | hypercall input value                  | RCX | EDX:EAX |
 * | input parameter GPA (Fast = 0)         | RDX | EBX:ECX |
 * | output parameter GPA (Fast = 0)        | R8  | EDI:ESI |
 * | first 8 bytes of input (Fast = 1)      | RDX | EBX:ECX |
 * | second 8 bytes of input (Fast = 1)     | R8  | EDI:ESI |
 * | hypercall result value                 | RAX | EDX:EAX |
 *
 * <b>ARM64, SMC Calling Convention.</b> The guest executes HVC #0 with the
 * SMCCC function identifier HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID in X0, the
 * hypercall input value in X1, the input GPA (or the first fast input bytes)
 * in X2 and the output GPA in X3. The result value comes back in X0.
 *
 * <b>ARM64, HVC #1.</b> The older ARM64 convention, still accepted: HVC #1
 * with the hypercall input value in X0, the input GPA in X1 and the output
 * GPA in X2; the result value comes back in X0. New code should prefer the
 * SMCCC form.
 *
 * Volatile registers: the result register (RAX, EDX:EAX or X0) is always
 * written. A rep call that returns early also rewrites the register that
 * held the input value (RCX or EDX:EAX on x86; X1 with SMCCC; X0 with
 * HVC #1) with the updated rep start index. Registers that carried fast
 * input are left as they were unless the call returns fast output in them;
 * HvCallSetVpRegisters may change any register it is asked to set.
 *
 * The online TLFS's table for the register-based convention labels R8
 * and EDI:ESI "Output Parameter"; its own introduction, TLFS 6.0b and
 * TLFS 2.0 say both registers of a fast call carry input, which is what
 * this table shows. TLFS 2.0 also lists RDX and R8 (EBX:ECX and EDI:ESI)
 * among the registers always overwritten, while 6.0b and the online
 * TLFS say they are preserved unless used for output. The ARM64
 * conventions appear only in the online TLFS.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-x86x64}
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-arm64-smccc}
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-arm64-hvc-1}
 * \tlfsonline{hypercall-interface#volatile-registers-x86x64}
 * \tlfsonline{hypercall-interface#volatile-registers-arm64-smccc}
 * \tlfsonline{hypercall-interface#volatile-registers-arm64-hvc-1}
 * \tlfs60b{3.7}
 * \tlfs60b{3.9}
 * \tlfs20{4.7}
 * \{
 */

/**
 * \brief Bytes of input a register-based (Fast) hypercall passes in the two
 *        general-purpose parameter registers (RDX and R8 on x64, X2 and X3
 *        with SMCCC, X1 and X2 with HVC #1).
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-x86x64}
 * \tlfs60b{3.7}
 * \tlfs20{4.7}
 */
#define HV_HYPERCALL_FAST_REGISTER_INPUT_SIZE 16

/**
 * \brief The SMCCC function identifier an ARM64 guest puts in X0 to make a
 *        hypercall with HVC #0.
 *
 * Its fields (HV_ARM64_SMCCC_FUNCTION_ID): bit 31 = 0 (a yielding call, not
 * an SMCCC fast call), bit 30 = 1 (the 64-bit convention), bits 24-29 = 6
 * (a vendor-specific hypervisor service call), bits 16-23 = 0, bits 0-15 =
 * 1 (the hypercall input value is in X1). Linux's arm64 mshyperv.h builds
 * the same value as HV_FUNC_ID.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-arm64-smccc}
 * \see HV_ARM64_SMCCC_FUNCTION_ID
 */
#define HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID 0x46000001

/**
 * \brief The fields of an SMCCC function identifier (X0 of an ARM64 HVC #0).
 *
 * The SMC Calling Convention splits the 32-bit identifier into the kind of
 * call, the register width, the service that owns the call and the
 * function number within it; the TLFS gives the value of each field for a
 * hypercall (HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID). hvref names the union
 * and its fields after the TLFS table's column of field names; no TLFS
 * edition declares it as a type. The same fields describe the other SMCCC
 * call a guest of the Microsoft hypervisor makes, the vendor UID query with
 * which it detects the hypervisor (HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID:
 * an SMCCC fast call, bit 31 = 1, in the 32-bit convention, bit 30 = 0).
 *
 * \note The TLFS labels bit 31 "Yielding Call" and gives it 0 for a
 *       hypercall; in SMCCC (Linux's arm-smccc.h) the set bit marks a fast
 *       call, so YieldingCall = 1 means "not yielding". \erratum{E691}
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-arm64-smccc}
 * \see HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID, HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID
 */
typedef union _HV_ARM64_SMCCC_FUNCTION_ID {
    UINT32 AsUINT32; /**< The whole identifier, as X0 holds it (upper 32 bits zero). */
    HVREF_EXTENSION struct {
        UINT32 FunctionNumber : 16;   /**< Bits 0-15: the function; 1 for a hypercall (input value in X1). */
        UINT32 RsvdZ : 8;             /**< Bits 16-23: reserved, must be zero. */
        UINT32 ServiceCallType : 6;   /**< Bits 24-29: the owning service; 6 for a vendor-specific hypervisor call. */
        UINT32 CallingConvention : 1; /**< Bit 30: 1 for the 64-bit (HVC64) convention. */
        UINT32 YieldingCall : 1;      /**< Bit 31: the TLFS's "Yielding Call" field, always 0 for a hypercall (SMCCC: 0 yielding, 1 fast). */
    };
} HV_ARM64_SMCCC_FUNCTION_ID, *PHV_ARM64_SMCCC_FUNCTION_ID;
HVREF_ASSERT_SIZE(HV_ARM64_SMCCC_FUNCTION_ID, 4);

/**
 * \brief Immediate of the HVC instruction for the SMCCC hypercall
 *        convention on ARM64.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-arm64-smccc}
 */
#define HV_ARM64_HVC_IMMEDIATE_SMCCC 0

/**
 * \brief Immediate of the HVC instruction for the older ARM64 hypercall
 *        convention, in which X0 holds the hypercall input value.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-register-conventions-arm64-hvc-1}
 */
#define HV_ARM64_HVC_IMMEDIATE_HYPERCALL 1

/** \} */

/**
 * \defgroup hvref_hypercall_variable_header Variable-size input headers
 * \brief Hypercalls whose input header has a fixed part and a part whose
 *        length the caller states in HV_HYPERCALL_INPUT::VariableHeaderSize.
 *
 * The fixed part's size is implied by the call code. The caller rounds the
 * number of header bytes beyond the fixed part up to a multiple of 8 and
 * puts that number divided by 8 into VariableHeaderSize (see
 * HV_HYPERCALL_VARIABLE_HEADER_UNITS()). When the whole header fits in the
 * fixed part the field is zero. A non-zero value for a call that does not
 * take a variable header fails with HV_STATUS_INVALID_HYPERCALL_INPUT. A rep
 * call may also have a variable header: its list starts right after the
 * whole header, on an 8-byte boundary.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#variable-sized-hypercall-input-headers}
 * \tlfs60b{3.7,Variable Sized Hypercall Input Headers}
 * \{
 */

/**
 * \brief The unit of HV_HYPERCALL_INPUT::VariableHeaderSize, in bytes (one
 *        64-bit value).
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#variable-sized-hypercall-input-headers}
 * \tlfs60b{3.7,Variable Sized Hypercall Input Headers}
 */
#define HV_HYPERCALL_VARIABLE_HEADER_UNIT_SIZE 8

/**
 * \brief The VariableHeaderSize value for a variable header part of
 *        \a bytes bytes (the header's total size minus its fixed part):
 *        \a bytes rounded up to whole 8-byte units.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#variable-sized-hypercall-input-headers}
 * \tlfs60b{3.7,Variable Sized Hypercall Input Headers}
 */
#define HV_HYPERCALL_VARIABLE_HEADER_UNITS(bytes) \
    (((bytes) + (HV_HYPERCALL_VARIABLE_HEADER_UNIT_SIZE - 1)) / HV_HYPERCALL_VARIABLE_HEADER_UNIT_SIZE)

/** \} */

/**
 * \defgroup hvref_hypercall_fast_block Register fast input and output blocks
 * \brief Fast hypercalls whose input (and output) is larger than two
 *        registers: XMM fast hypercalls on x64 and register fast calls on
 *        ARM64.
 *
 * <b>x64 and x86 (XMM fast input).</b> With Fast set, the input block is
 * spread over RDX (EBX:ECX on x86) for bytes 0-7, R8 (EDI:ESI) for bytes
 * 8-15 and XMM0 to XMM5 for bytes 16-111. A shorter block leaves the rest of
 * the registers unused. The hypervisor reports support in CPUID leaf
 * 0x40000003 (EDX bit 4); without it the attempt raises \#UD.
 *
 * <b>x64 (XMM fast output).</b> Where supported (CPUID leaf 0x40000003, EDX
 * bit 15; only for 64-bit callers), the registers of the same block that the
 * input does not use return output: the input size is rounded up to a
 * multiple of 16 bytes and the output starts there. A 20-byte input, for
 * example, leaves 112 - 32 = 80 bytes for output.
 *
 * <b>ARM64.</b> The block is up to 128 bytes in sixteen general-purpose
 * registers: X2-X17 with SMCCC, X1-X17 with HVC #1 (as given in the online
 * TLFS). Output comes back in the registers after the input, the input size
 * being rounded up to a multiple of 8 bytes.
 *
 * TLFS 2.0 calls the x64 mechanism "Extended Fast Hypercalls"; 6.0b
 * renamed it XMM fast hypercall input and added XMM fast output. The
 * online TLFS's HVC #1 mapping lists X1-X17 (seventeen registers)
 * although its text speaks of sixteen registers and 128 bytes.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#xmm-fast-hypercall-input-x86x64}
 * \tlfsonline{hypercall-interface#xmm-fast-hypercall-output-x86x64}
 * \tlfsonline{hypercall-interface#register-fast-call-input-arm64-smccc}
 * \tlfsonline{hypercall-interface#register-fast-call-input-arm64-hvc-1}
 * \tlfsonline{hypercall-interface#register-fast-call-output-arm64-smccc}
 * \tlfsonline{hypercall-interface#register-fast-call-output-arm64-hvc-1}
 * \tlfs60b{3.7,XMM Fast Hypercall Input (formerly “Extended Fast Hypercalls”)}
 * \tlfs60b{3.8,XMM Fast Hypercall Output}
 * \tlfs20{4.7.1}
 * \{
 */

/**
 * \brief Largest input block, in bytes, of an XMM fast hypercall (RDX, R8 and
 *        XMM0-XMM5); also the size of the block shared by input and output.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#xmm-fast-hypercall-input-x86x64}
 * \tlfs60b{3.7,XMM Fast Hypercall Input (formerly “Extended Fast Hypercalls”)}
 * \tlfs20{4.7.1}
 */
#define HV_X64_XMM_FAST_HYPERCALL_BLOCK_SIZE 112

/**
 * \brief Granule, in bytes, to which the input size is rounded up to find
 *        where XMM fast output starts in the register block.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#xmm-fast-hypercall-output-x86x64}
 * \tlfs60b{3.8,XMM Fast Hypercall Output}
 */
#define HV_X64_XMM_FAST_HYPERCALL_OUTPUT_ALIGNMENT 16

/**
 * \brief Largest input block, in bytes, of an ARM64 register fast hypercall;
 *        also the size of the block shared by input and output.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#register-fast-call-input-arm64-smccc}
 * \tlfsonline{hypercall-interface#register-fast-call-input-arm64-hvc-1}
 */
#define HV_ARM64_REGISTER_FAST_HYPERCALL_BLOCK_SIZE 128

/**
 * \brief Granule, in bytes, to which the input size is rounded up to find
 *        where ARM64 register fast output starts.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#register-fast-call-output-arm64-smccc}
 * \tlfsonline{hypercall-interface#register-fast-call-output-arm64-hvc-1}
 */
#define HV_ARM64_REGISTER_FAST_HYPERCALL_OUTPUT_ALIGNMENT 8

/** \} */

/**
 * \defgroup hvref_hypercall_output Hypercall result value
 * \brief The 64-bit value every hypercall returns.
 * \{
 */

/**
 * \brief The hypercall result value returned by every hypercall.
 *
 * Result holds the HV_STATUS of the call; RepsComplete, for a rep call, the
 * number of list elements finished so far counted from the start of the list
 * (a call with RepStartIndex 5 and RepCount 10 that completes reports 10).
 * When Result is not HV_STATUS_SUCCESS the output parameters are undefined
 * unless the call's description says otherwise. Callers ignore the reserved
 * bits. It comes back in RAX (x64), EDX:EAX (x86) or X0 (ARM64).
 *
 * \note The online TLFS gives the upper reserved run as bits 40-63, which
 *       would overlap RepsComplete (bits 32-43); TLFS 6.0b's table has bits
 *       44-63 (20 bits), which is used here. TLFS 2.0 draws 63:40 but also
 *       gives the run 20 bits. The online TLFS names the runs Rsvd and RsvdZ,
 *       6.0b and 2.0 call both Rsvd. The 2013 WDK's HV_X64_HYPERCALL_OUTPUT
 *       names the fields CallStatus (a UINT16), Reserved1 (a UINT16),
 *       ElementsProcessed and Reserved2 (UINT32 bit-fields of 12 and 20
 *       bits). \erratum{E006} \erratum{E007} \erratum{E008}
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-outputs}
 * \tlfs60b{3.8}
 * \tlfs20{4.8}
 * \wdk2013{HV_X64_HYPERCALL_OUTPUT}
 * \see HV_HYPERCALL_INPUT
 */
typedef union _HV_HYPERCALL_OUTPUT {
    UINT64 AsUINT64; /**< The whole result value. */
    HVREF_EXTENSION struct {
        UINT64 Result : 16;       /**< Bits 0-15: the HV_STATUS of the call. */
        UINT64 Rsvd : 16;         /**< Bits 16-31: reserved, ignore. */
        UINT64 RepsComplete : 12; /**< Bits 32-43: rep elements completed, counted from the start of the list. */
        UINT64 RsvdZ : 20;        /**< Bits 44-63: reserved, ignore. */
    };
} HV_HYPERCALL_OUTPUT, *PHV_HYPERCALL_OUTPUT;
HVREF_ASSERT_SIZE(HV_HYPERCALL_OUTPUT, 8);

/**
 * \brief The 2013 WDK's name for HV_HYPERCALL_OUTPUT.
 *
 * Same value; the WDK's member names were CallStatus, Reserved1,
 * ElementsProcessed and Reserved2.
 *
 * \par Specification
 * \wdk2013{HV_X64_HYPERCALL_OUTPUT}
 */
typedef HV_HYPERCALL_OUTPUT HV_X64_HYPERCALL_OUTPUT;

/** \brief Pointer to HV_X64_HYPERCALL_OUTPUT (the 2013 WDK's name). */
typedef HV_HYPERCALL_OUTPUT *PHV_X64_HYPERCALL_OUTPUT;

/** \brief Bit position of HV_HYPERCALL_OUTPUT::Result. */
#define HV_HYPERCALL_OUTPUT_RESULT_SHIFT ((UINT64)0)
/** \brief HV_HYPERCALL_OUTPUT::Result in place (bits 0-15). */
#define HV_HYPERCALL_OUTPUT_RESULT_MASK ((UINT64)0x000000000000FFFF)
/** \brief Bit position of HV_HYPERCALL_OUTPUT::RepsComplete. */
#define HV_HYPERCALL_OUTPUT_REPS_COMPLETE_SHIFT ((UINT64)32)
/** \brief HV_HYPERCALL_OUTPUT::RepsComplete in place (bits 32-43). */
#define HV_HYPERCALL_OUTPUT_REPS_COMPLETE_MASK ((UINT64)0x00000FFF00000000)

/** \} */

/**
 * \defgroup hvref_hypercall_msr Establishing the hypercall interface
 * \brief The guest OS identity prerequisite and the x64 hypercall MSR that
 *        places the hypercall code page.
 *
 * On x64 the instruction that enters the hypervisor differs between
 * processor vendors, so the hypervisor supplies it in a code page that it
 * overlays onto a guest physical page of the guest's choice. The guest:
 *
 * 1. checks for a hypervisor (CPUID leaf 1, ECX bit 31) and for the "Hv#1"
 *    interface (leaves 0x40000000 and 0x40000001, maximum leaf at least
 *    0x40000005);
 * 2. writes a non-zero identity to HV_X64_MSR_GUEST_OS_ID if it reads zero;
 * 3. reads HV_X64_MSR_HYPERCALL; if Enable is already set the page is in
 *    place and the next step is skipped;
 * 4. otherwise picks a page-aligned GPA, ideally not backed by RAM or MMIO,
 *    and writes it with Enable set (preserving the RsvdP bits);
 * 5. maps that GPA executable and calls the start of the page for each
 *    hypercall; the page returns with a near return.
 *
 * Enabling fails silently (Enable reads back as zero) while the guest OS
 * identity is zero, and clearing the identity later disables the page. The
 * MSR is shared by all virtual processors of the partition. The page is
 * read-only and executable for the guest; writing it raises \#GP, as does
 * placing it outside the GPA space. On ARM64 no set-up is needed, but a
 * non-zero guest OS identity (HvRegisterGuestOsId) must still be set before
 * most hypercalls.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#reporting-the-guest-os-identity}
 * \tlfsonline{hypercall-interface#establishing-the-hypercall-interface-x86x64}
 * \tlfsonline{hypercall-interface#establishing-the-hypercall-interface-arm64}
 * \tlfs60b{3.13}
 * \tlfs20{4.12}
 * \{
 */

/**
 * \brief Contents of HV_X64_MSR_HYPERCALL: where the hypercall code page is
 *        and whether it is enabled.
 *
 * \note Locked (bit 1) is in the online TLFS and TLFS 6.0b (6.0b: writable
 *       until set, then only a reset clears it); TLFS 2.0 and the 2013 WDK
 *       have bits 1-11 as one reserved run (RsvdP, or ReservedP in the WDK).
 *       The spec calls bits 12-63 "Hypercall GPFN", the WDK GpaPageNumber. \erratum{E009}
 *
 * \note Linux's header reserves bits 1-11 and so has no lock bit; OpenVMM
 *       names it. \erratum{E313}
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#establishing-the-hypercall-interface-x86x64}
 * \tlfs60b{3.13}
 * \tlfs20{4.12}
 * \wdk2013{HV_X64_MSR_HYPERCALL_CONTENTS}
 * \see HV_X64_MSR_HYPERCALL, HV_X64_MSR_GUEST_OS_ID
 */
typedef union _HV_X64_MSR_HYPERCALL_CONTENTS {
    UINT64 AsUINT64; /**< The whole MSR value. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1;         /**< Bit 0: 1 enables the hypercall code page. */
        UINT64 Locked : 1;         /**< Bit 1: 1 makes the MSR read-only until the next reset. */
        UINT64 RsvdP : 10;         /**< Bits 2-11: reserved; preserve on writes. */
        UINT64 HypercallGpfn : 52; /**< Bits 12-63: guest physical page number of the hypercall code page. */
    };
} HV_X64_MSR_HYPERCALL_CONTENTS, *PHV_X64_MSR_HYPERCALL_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_HYPERCALL_CONTENTS, 8);

/** \} */

/**
 * \defgroup hvref_hypercall_extended Extended hypercall interface
 * \brief Call codes above 0x8000 and the query for which of them are
 *        available.
 *
 * Extended hypercalls are issued exactly like the others; only the call code
 * range tells them apart. A guest first checks the EnableExtendedHypercalls
 * partition privilege, then calls HvExtCallQueryCapabilities to learn which
 * other extended calls the hypervisor offers.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#extended-hypercall-interface}
 * \tlfs60b{3.14}
 * \{
 */

/**
 * \brief The first extended call code; every code above 0x8000 is an
 *        extended hypercall.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#extended-hypercall-interface}
 * \tlfs60b{3.14}
 */
#define HV_EXT_CALL_CODE_FIRST 0x8001

/**
 * \brief Output of HvExtCallQueryCapabilities: which extended hypercalls are
 *        available.
 *
 * The call is simple and takes no input. Each set bit of Capabilities
 * (HV_EXT_CAPABILITY_* masks) says one extended hypercall may be used.
 *
 * \par Specification
 * \hvcallrefs{HvExtCallQueryCapabilities}
 * \see HvExtCallQueryCapabilities
 */
typedef struct _HV_OUTPUT_EXT_QUERY_CAPABILITIES {
    UINT64 Capabilities; /**< Which extended hypercalls may be used: bit n set means call code 0x8002 + n is available (HV_EXT_CAPABILITY_* masks); bits 5-63 are reserved. */
} HV_OUTPUT_EXT_QUERY_CAPABILITIES, *PHV_OUTPUT_EXT_QUERY_CAPABILITIES;
HVREF_ASSERT_SIZE(HV_OUTPUT_EXT_QUERY_CAPABILITIES, 8);

/**
 * \brief Capabilities bit 0: HvExtCallGetBootZeroedMemory (0x8002) is
 *        available.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvExtCallQueryCapabilities}
 * \tlfs60b{3.14,HvExtCallQueryCapabilities}
 */
#define HV_EXT_CAPABILITY_GET_BOOT_ZEROED_MEMORY ((UINT64)0x0000000000000001)

/**
 * \brief Capabilities bit 1: HvExtCallMemoryHeatHint (0x8003) is available.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvExtCallQueryCapabilities}
 * \tlfs60b{3.14,HvExtCallQueryCapabilities}
 */
#define HV_EXT_CAPABILITY_MEMORY_HEAT_HINT ((UINT64)0x0000000000000002)

/**
 * \brief Capabilities bit 2: HvExtCallEpfSetup (0x8004) is available.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvExtCallQueryCapabilities}
 * \tlfs60b{3.14,HvExtCallQueryCapabilities}
 */
#define HV_EXT_CAPABILITY_EPF_SETUP ((UINT64)0x0000000000000004)

/**
 * \brief Capabilities bit 3: HvExtCallSchedulerAssistSetup (0x8005) is
 *        available.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvExtCallQueryCapabilities}
 * \tlfs60b{3.14,HvExtCallQueryCapabilities}
 */
#define HV_EXT_CAPABILITY_SCHEDULER_ASSIST_SETUP ((UINT64)0x0000000000000008)

/**
 * \brief Capabilities bit 4: HvExtCallMemoryHeatHintAsync (0x8006) is
 *        available.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvExtCallQueryCapabilities}
 * \tlfs60b{3.14,HvExtCallQueryCapabilities}
 */
#define HV_EXT_CAPABILITY_MEMORY_HEAT_HINT_ASYNC ((UINT64)0x0000000000000010)

/**
 * \brief Capabilities bits 5-63, reserved.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvExtCallQueryCapabilities}
 * \tlfs60b{3.14,HvExtCallQueryCapabilities}
 */
#define HV_EXT_CAPABILITY_RESERVED_MASK ((UINT64)0xFFFFFFFFFFFFFFE0)

/** \} */

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_HYPERCALL_INTERFACE_H */
