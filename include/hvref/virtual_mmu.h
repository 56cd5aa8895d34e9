/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual MMU: address-space identifiers, TLB flush hypercalls, the
 *        sparse virtual processor set and guest virtual address translation.
 *
 * These definitions cover the TLFS's Virtual MMU chapter: the flush
 * hypercalls a guest uses instead of (or in addition to) INVLPG and remote
 * TLB shootdowns, and the translation hypercall a parent partition uses to
 * walk a child's page tables. The processor-set type HV_VP_SET, which the
 * TLFS lists with the virtual processor data types, lives here because the
 * flush calls are its main users.
 *
 * The four calls whose parameters are defined here also show the four ways a hypercall can carry
 * its input: a simple memory call (HvCallTranslateVirtualAddress), a rep call
 * (HvCallFlushVirtualAddressList), a call with a variable-size input header
 * (HvCallFlushVirtualAddressSpaceEx) and, since its input is only 24 bytes,
 * an XMM fast call (HvCallFlushVirtualAddressSpace).
 */
#ifndef HVREF_VIRTUAL_MMU_H
#define HVREF_VIRTUAL_MMU_H

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
 * \defgroup hvref_virtual_mmu Virtual MMU
 * \brief Address spaces, TLB flushes, processor sets and GVA translation.
 * \{
 */

/**
 * \brief Identifies a guest virtual address space.
 *
 * The caller chooses the value; on x64 it is the CR3 value that points at the
 * address space's top-level page table (on ARM64, the translation table base
 * register value). It is the AddressSpace parameter of the flush hypercalls.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallFlushVirtualAddressSpace#input-parameters}
 * \tlfs60b{9.3,Virtual Address Spaces}
 * \tlfs20{12.3.1}
 * \see HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE
 */
typedef UINT64 HV_ADDRESS_SPACE_ID;

/**
 * \brief Flag bits that change how a TLB flush hypercall operates.
 *
 * A combination of the HV_FLUSH_* values. The type is 32 bits wide, but the
 * Flags parameter of every flush hypercall occupies 8 bytes of the input, so
 * the input structures declare that field as UINT64; the upper bits are
 * reserved and must be zero.
 *
 * \note The TLFS 6.0b and 2.0 declare HV_FLUSH_FLAGS as a 32-bit type while
 *       their parameter tables (and the online TLFS's) give Flags 8 bytes.
 *       The online TLFS does not list the flag values; 6.0b adds
 *       HV_FLUSH_USE_EXTENDED_RANGE_FORMAT, which 2.0 does not have. \erratum{E051}
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallFlushVirtualAddressSpace}
 * \tlfs60b{9.3,Virtual Address Flush Flags}
 * \tlfs20{12.3.2}
 * \see HV_FLUSH_ALL_PROCESSORS, HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES,
 *      HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY, HV_FLUSH_USE_EXTENDED_RANGE_FORMAT
 */
typedef UINT32 HV_FLUSH_FLAGS;

/**
 * \brief HV_FLUSH_FLAGS bit: flush on every virtual processor of the
 *        partition; the processor mask or set in the input is then ignored.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallFlushVirtualAddressSpace}
 * \tlfs60b{9.3,Virtual Address Flush Flags}
 * \tlfs20{12.3.2}
 */
#define HV_FLUSH_ALL_PROCESSORS 0x00000001

/**
 * \brief HV_FLUSH_FLAGS bit: flush every address space; the AddressSpace
 *        field of the input is then ignored.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallFlushVirtualAddressSpace}
 * \tlfs60b{9.3,Virtual Address Flush Flags}
 * \tlfs20{12.3.2}
 */
#define HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES 0x00000002

/**
 * \brief HV_FLUSH_FLAGS bit: only translations that are not global need to
 *        be flushed (global ones may survive).
 *
 * Valid for the address-space flushes only; the list flushes reject it.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallFlushVirtualAddressSpace}
 * \tlfs60b{9.3,Virtual Address Flush Flags}
 * \tlfs20{12.3.2}
 */
#define HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY 0x00000004

/**
 * \brief HV_FLUSH_FLAGS bit: the GVA list of a list flush uses the extended
 *        range encoding rather than the one described at HV_GVA_RANGE.
 *
 * Only usable when the hypervisor reports
 * ExtendedGvaRangesForFlushVirtualAddressListAvailable (CPUID leaf
 * 0x40000003, EDX bit 14). The TLFS gives the flag's value but does not
 * describe the extended encoding.
 *
 * Defined by TLFS 6.0b only; TLFS 2.0 has no such flag and the online
 * TLFS lists no flag values.
 *
 * \par Specification
 * \tlfs60b{9.3,Virtual Address Flush Flags}
 */
#define HV_FLUSH_USE_EXTENDED_RANGE_FORMAT 0x00000008

/**
 * \brief Input of HvCallFlushVirtualAddressSpace: which address space to
 *        invalidate, and on which virtual processors.
 *
 * A simple call with 24 bytes of input and no output, small enough to be
 * issued as an XMM fast hypercall on x64 (and as a register fast call on
 * ARM64). The call returns only once every selected processor's TLB no longer
 * holds translations for the address space.
 *
 * \par Specification
 * \hvcallrefs{HvCallFlushVirtualAddressSpace}
 * \see HV_FLUSH_FLAGS, HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX
 */
typedef struct _HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE {
    HV_ADDRESS_SPACE_ID AddressSpace; /**< The address space whose translations are dropped (CR3 value on x64, translation table base on ARM64); ignored with HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES. */
    UINT64 Flags;                     /**< How far the flush reaches: every processor (HV_FLUSH_ALL_PROCESSORS), every address space (HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES), global translations may stay (HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY); an HV_FLUSH_FLAGS value, every other bit zero. */
    UINT64 ProcessorMask;             /**< The virtual processors whose TLBs are flushed: bit n selects the one with index n (0-63); must not be zero unless HV_FLUSH_ALL_PROCESSORS is set, which makes it ignored. */
} HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE, *PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE;
HVREF_ASSERT_SIZE(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE, 0x18);

/**
 * \brief Fixed header of HvCallFlushVirtualAddressList's input; the rep list
 *        of GVA ranges follows it.
 *
 * HvCallFlushVirtualAddressList is a rep hypercall. The input page holds this
 * 24-byte header immediately followed by RepCount list elements of type
 * HV_GVA (8 bytes each, see HV_GVA_RANGE for their encoding), so the list
 * starts at byte offset 24 of the input. Each element is one rep; the
 * hypervisor may return before finishing the list, and the caller then
 * re-issues the call with RepStartIndex set to the reps completed so far.
 *
 * The online TLFS marks this call as x64 only.
 *
 * \par Specification
 * \hvcallrefs{HvCallFlushVirtualAddressList}
 * \tlfsonline{hypercall-interface#hypercall-classes}
 * \see HV_GVA_RANGE, HV_FLUSH_FLAGS
 */
typedef struct _HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST {
    HV_ADDRESS_SPACE_ID AddressSpace; /**< The address space the listed GVAs belong to (CR3 value); ignored with HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES, which flushes the ranges in every address space. */
    UINT64 Flags;                     /**< How far the flush reaches: every processor (HV_FLUSH_ALL_PROCESSORS), every address space (HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES); an HV_FLUSH_FLAGS value in which HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY is invalid and undefined bits are zero. */
    UINT64 ProcessorMask;             /**< The virtual processors whose TLBs are flushed: bit n selects the one with index n (0-63); must not be zero unless HV_FLUSH_ALL_PROCESSORS is set, which makes it ignored. */
} HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST, *PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST;
HVREF_ASSERT_SIZE(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST, 0x18);

/**
 * \brief One element (GvaRange) of the list flush's rep list: a page-aligned
 *        GVA whose low 12 bits count additional pages.
 *
 * The TLFS types the rep list as an array of HV_GVA. Because flushes work on
 * whole pages, the 12 bits below the page boundary are reused: they hold the
 * number of pages after the first one that the range also covers, so one
 * element names between 1 and 4096 consecutive 4 KiB pages. A GVA inside a
 * large-page mapping flushes the whole large page. Build an element as
 * `(GvaPageNumber << 12) | AdditionalPages` with the macros below, or through
 * the bit-fields of this union.
 *
 * Only the 2013 WDK reference defines this union (with the member names
 * used here); TLFS 2.0, 6.0b and the online TLFS describe the same
 * encoding in prose and declare the list elements as HV_GVA.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallFlushVirtualAddressList#input-list-element}
 * \tlfs60b{9.4,HvFlushVirtualAddressList}
 * \tlfs20{12.4.3}
 * \wdk2013{HV_GVA_RANGE}
 * \see HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST
 */
typedef union _HV_GVA_RANGE {
    UINT64 AsUINT64; /**< The whole element, as stored in the rep list (an HV_GVA). */
    HVREF_EXTENSION struct {
        UINT64 AdditionalPages : 12; /**< Pages covered after the first one (0 to 4095). */
        UINT64 GvaPageNumber : 52;   /**< Page number of the first page (the GVA shifted right by 12). */
    };
} HV_GVA_RANGE, *PHV_GVA_RANGE;
HVREF_ASSERT_SIZE(HV_GVA_RANGE, 0x8);

/** \brief Position of HV_GVA_RANGE.AdditionalPages in a GVA list element. */
#define HV_GVA_RANGE_ADDITIONAL_PAGES_SHIFT 0
/** \brief Bits of HV_GVA_RANGE.AdditionalPages in a GVA list element. */
#define HV_GVA_RANGE_ADDITIONAL_PAGES_MASK ((UINT64)0x0000000000000FFF)
/** \brief Position of HV_GVA_RANGE.GvaPageNumber in a GVA list element. */
#define HV_GVA_RANGE_GVA_PAGE_NUMBER_SHIFT 12
/** \brief Bits of HV_GVA_RANGE.GvaPageNumber in a GVA list element. */
#define HV_GVA_RANGE_GVA_PAGE_NUMBER_MASK ((UINT64)0xFFFFFFFFFFFFF000)

/**
 * \brief Values of HV_VP_SET.Format.
 *
 * The enumeration and its enumerator names come from TLFS 6.0b; the
 * online TLFS gives only the values (0 sparse, 1 all). TLFS 2.0 has no
 * processor sets.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_set}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \see HV_VP_SET
 */
typedef enum _HV_GENERIC_SET_FORMAT {
    HvGenericSetSparse4k = 0, /**< Sparse set: ValidBanksMask and BankContents list the processors. */
    HvGenericSetAll = 1       /**< Every virtual processor of the partition; the TLFS gives no bank data for this format. */
} HV_GENERIC_SET_FORMAT;

/**
 * \brief Number of 64-processor banks an HV_VP_SET can describe (one per bit
 *        of ValidBanksMask), and so the capacity of HV_VP_SET.BankContents.
 *
 * Project helper, not a TLFS name.
 */
#define HVREF_VP_SET_MAX_BANK_COUNT 64

/**
 * \brief Bytes an HV_VP_SET occupies in a hypercall input when it carries
 *        \p BankCount bank masks (Format, ValidBanksMask, then the banks).
 *
 * A UINT32 (at most 16 + 8 * ::HVREF_VP_SET_MAX_BANK_COUNT), so that it needs
 * no `size_t` from the environment.
 *
 * Project helper, not a TLFS name.
 */
#define HVREF_VP_SET_SIZE(BankCount) (16u + 8u * (UINT32)(BankCount))

/**
 * \brief A set of virtual processors, either all of them or a sparse set
 *        described bank by bank.
 *
 * Virtual processor indices are grouped in banks of 64: bank b holds indices
 * 64*b to 64*b+63. In a sparse set (Format HvGenericSetSparse4k) bit b of
 * ValidBanksMask says that bank b is present, and BankContents holds one
 * 64-bit mask per present bank, in increasing bank order, with bit i of a
 * bank's mask selecting index 64*b+i. Banks whose bit is clear take no space,
 * and a present bank may have an all-zero mask. With Format HvGenericSetAll
 * the set names every processor of the partition and the TLFS describes no
 * bank data (existing guests then pass ValidBanksMask as zero and no bank
 * masks).
 *
 * On the wire the set is variable-size: 16 bytes plus 8 per present bank
 * (HVREF_VP_SET_SIZE()). The TLFS writes BankContents as a flexible array
 * member, which C++ does not have; hvref gives it the largest size the set
 * can need, one mask per bit of ValidBanksMask (HVREF_VP_SET_MAX_BANK_COUNT),
 * so that the type is valid C and C++, can be declared on the stack and
 * indexed without undefined behaviour. sizeof(HV_VP_SET) is therefore the
 * capacity (528 bytes), not the number of bytes to pass to the hypervisor;
 * callers compute that from the number of present banks.
 *
 * TLFS 6.0b numbers this section 7.8.7.3 "Virtual Processor Set" in the
 * body, a level its table of contents omits; the reference below is the
 * heading of its table of contents that contains it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_set}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \see HV_GENERIC_SET_FORMAT, HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX
 */
typedef struct _HV_VP_SET {
    UINT64 Format;         /**< HV_GENERIC_SET_FORMAT value: HvGenericSetSparse4k or HvGenericSetAll. */
    UINT64 ValidBanksMask; /**< Bit b set: bank b (indices 64*b to 64*b+63) has a mask in BankContents. */
    UINT64 BankContents[HVREF_VP_SET_MAX_BANK_COUNT]; /**< One processor mask per present bank, lowest bank first; only the first popcount(ValidBanksMask) entries are passed. */
} HV_VP_SET, *PHV_VP_SET;
HVREF_ASSERT_SIZE(HV_VP_SET, 0x210);

/**
 * \brief Input of HvCallFlushVirtualAddressSpaceEx: like
 *        HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE, with the processors given as an
 *        HV_VP_SET.
 *
 * The input header is variable-size. Its fixed part is everything before
 * ProcessorSet.BankContents (AddressSpace, Flags, ProcessorSet.Format and
 * ProcessorSet.ValidBanksMask, 32 bytes); the bank masks that follow form the
 * variable part, whose size in 8-byte units (the number of present banks) the
 * caller puts in the VariableHeaderSize field of the hypercall input value.
 * The TLFS's table only marks ProcessorSet as variable-size and does not say
 * where the fixed part ends; the split above is the one existing guests use
 * (Linux's Hyper-V code passes the bank count as the variable header size).
 * The call is available when the hypervisor recommends
 * UseExProcessorMasks.
 *
 * sizeof() of this structure is its capacity with 64 banks (544 bytes); see
 * HV_VP_SET.
 *
 * \par Specification
 * \hvcallrefs{HvCallFlushVirtualAddressSpaceEx}
 * \tlfsonline{datatypes/hv_vp_set}
 * \tlfsonline{hypercall-interface#variable-sized-hypercall-input-headers}
 * \tlfs60b{3.7,Variable Sized Hypercall Input Headers}
 * \see HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE, HV_VP_SET
 */
typedef struct _HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX {
    HV_ADDRESS_SPACE_ID AddressSpace; /**< The address space whose translations are dropped (CR3 value on x64, translation table base on ARM64); ignored with HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES. */
    UINT64 Flags;                     /**< How far the flush reaches, as for HvCallFlushVirtualAddressSpace: every processor, every address space, global translations may stay; an HV_FLUSH_FLAGS value, every other bit zero. */
    HV_VP_SET ProcessorSet;           /**< The virtual processors whose TLBs are flushed, as a sparse set that may name indices above 63 (or HvGenericSetAll); variable-size, only its present banks are passed. */
} HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX, *PHV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX;
HVREF_ASSERT_SIZE(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX, 0x220);

/**
 * \brief Control flags of HvCallTranslateVirtualAddress: the kind of access to
 *        check and options for the page-table walk.
 *
 * A combination of the HV_TRANSLATE_GVA_* values, plus the target VTL in the
 * top byte (HV_TRANSLATE_GVA_INPUT_VTL_MASK). At least one of the three
 * VALIDATE flags must be set.
 *
 * \note The online TLFS adds HV_TRANSLATE_GVA_SUPERVISOR_ACCESS and later
 *       flags, which TLFS 6.0b and 2.0 do not have, and no longer lists
 *       6.0b's HV_TRANSLATE_GVA_CONTROL_MASK (0x3F, covering only the first
 *       six flags), which hvref therefore does not define. TLFS 2.0 has no
 *       VTL mask, and its prose calls the 0x0020 flag
 *       HV_TRANSLATE_GVA_LOCK_TLB while its definition names it
 *       HV_TRANSLATE_GVA_TLB_FLUSH_INHIBIT. \erratum{E050}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 * \see HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS
 */
typedef UINT64 HV_TRANSLATE_GVA_CONTROL_FLAGS;

/**
 * \brief Translation control flag: check that the access may read.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 */
#define HV_TRANSLATE_GVA_VALIDATE_READ 0x0001

/**
 * \brief Translation control flag: check that the access may write.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 */
#define HV_TRANSLATE_GVA_VALIDATE_WRITE 0x0002

/**
 * \brief Translation control flag: check that the access may fetch
 *        instructions.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 */
#define HV_TRANSLATE_GVA_VALIDATE_EXECUTE 0x0004

/**
 * \brief Translation control flag: check access rights as if the processor
 *        ran at privilege level 0 (x64).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 */
#define HV_TRANSLATE_GVA_PRIVILEGE_EXEMPT 0x0008

/**
 * \brief Translation control flag: set the accessed (and, for writes, dirty)
 *        bits in the guest page tables during the walk.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 */
#define HV_TRANSLATE_GVA_SET_PAGE_TABLE_BITS 0x0010

/**
 * \brief Translation control flag: on success, set the target processor's
 *        TlbFlushInhibit bit so other processors cannot flush its TLB until
 *        the bit is cleared.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 */
#define HV_TRANSLATE_GVA_TLB_FLUSH_INHIBIT 0x0020

/**
 * \brief Translation control flag: treat the access as a supervisor-mode
 *        access.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_SUPERVISOR_ACCESS 0x0040

/**
 * \brief Translation control flag: treat the access as a user-mode access.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_USER_ACCESS 0x0080

/**
 * \brief Translation control flag (x64): apply SMAP restrictions.
 *
 * Shares its value with HV_TRANSLATE_GVA_PAN_SET, its ARM64 counterpart.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_ENFORCE_SMAP 0x0100

/**
 * \brief Translation control flag (x64): ignore SMAP restrictions.
 *
 * Shares its value with HV_TRANSLATE_GVA_PAN_CLEAR, its ARM64 counterpart.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_OVERRIDE_SMAP 0x0200

/**
 * \brief Translation control flag (ARM64): translate as if PSTATE.PAN were 1.
 *
 * Shares its value with HV_TRANSLATE_GVA_ENFORCE_SMAP, its x64 counterpart.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_PAN_SET 0x0100

/**
 * \brief Translation control flag (ARM64): translate as if PSTATE.PAN were 0.
 *
 * Shares its value with HV_TRANSLATE_GVA_OVERRIDE_SMAP, its x64 counterpart.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_PAN_CLEAR 0x0200

/**
 * \brief Translation control flag (x64): treat the access as a shadow-stack
 *        access.
 *
 * Online TLFS only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 */
#define HV_TRANSLATE_GVA_SHADOW_STACK 0x0400

/**
 * \brief Bits of HV_TRANSLATE_GVA_CONTROL_FLAGS that hold the virtual trust
 *        level whose page tables are walked (bits 63-56).
 *
 * Not in TLFS 2.0.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 */
#define HV_TRANSLATE_GVA_INPUT_VTL_MASK ((UINT64)0xFF00000000000000)

/**
 * \brief Outcome of a GVA translation, reported in
 *        HV_TRANSLATE_GVA_RESULT.ResultCode.
 *
 * Success, a failure of the page-table walk itself (1-3), a failure to access
 * a page-table page or the final page in the GPA space (4-7; GpaPage then
 * names the GPA page that failed), or an intercept.
 *
 * The online TLFS lists values 0 to 9. TLFS 6.0b stops at 8
 * (HvTranslateGvaIntercept); TLFS 2.0 and the 2013 WDK stop at 7.
 * HvTranslateGvaGpaUnaccepted (9) is online only.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_result#result-codes}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 * \wdk2013{HV_TRANSLATE_GVA_RESULT_CODE}
 * \see HV_TRANSLATE_GVA_RESULT
 */
typedef enum _HV_TRANSLATE_GVA_RESULT_CODE {
    HvTranslateGvaSuccess = 0,                 /**< Translated; GpaPage holds the result. */
    HvTranslateGvaPageNotPresent = 1,          /**< A table entry is not present, or the GVA is outside the paging mode's range. */
    HvTranslateGvaPrivilegeViolation = 2,      /**< The requested access or privilege level is not permitted. */
    HvTranslateGvaInvalidPageTableFlags = 3,   /**< A table entry has a reserved bit set. */
    HvTranslateGvaGpaUnmapped = 4,             /**< A GPA on the walk is not mapped; GpaPage names it. */
    HvTranslateGvaGpaNoReadAccess = 5,         /**< A GPA on the walk is not readable; GpaPage names it. */
    HvTranslateGvaGpaNoWriteAccess = 6,        /**< A GPA on the walk is not writable; GpaPage names it. */
    HvTranslateGvaGpaIllegalOverlayAccess = 7, /**< The access targets an overlay page that forbids it; GpaPage names it. */
    HvTranslateGvaIntercept = 8,               /**< A higher VTL or a nested hypervisor intercepted the access (not in TLFS 2.0). */
    HvTranslateGvaGpaUnaccepted = 9            /**< A GPA on the walk is in the unaccepted state (online TLFS only). */
} HV_TRANSLATE_GVA_RESULT_CODE;

/**
 * \brief Pointer to an HV_TRANSLATE_GVA_RESULT_CODE.
 *
 * Declared by TLFS 6.0b, TLFS 2.0 and the 2013 WDK next to the enumeration.
 * A structure field never has this enumeration's type (its size is up to the
 * compiler); see HV_TRANSLATE_GVA_RESULT.ResultCode.
 *
 * \par Specification
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 * \wdk2013{HV_TRANSLATE_GVA_RESULT_CODE}
 */
typedef HV_TRANSLATE_GVA_RESULT_CODE *PHV_TRANSLATE_GVA_RESULT_CODE;

/**
 * \brief Result of HvCallTranslateVirtualAddress: the result code plus the
 *        cache type and overlay flag of a successful translation.
 *
 * Meaningful only when the hypercall itself returned HV_STATUS_SUCCESS.
 * CacheType and OverlayPage are valid when ResultCode is
 * HvTranslateGvaSuccess: CacheType is the effective memory type the processor
 * would use (an HV_CACHE_TYPE encoding: 0 uncached, 1 write combining,
 * 4 write through, 5 write protected, 6 write back), and OverlayPage says the
 * GPA hits a hypervisor overlay page rather than ordinary guest memory.
 *
 * The TLFS declares ResultCode as a 32-bit enumeration-typed member followed
 * by UINT32 bit-fields. hvref makes every member a bit-field of the 64-bit
 * container (ResultCode occupying bits 0-31) so that the layout is the same
 * under the MSVC and System V bit-field rules; the bytes are identical.
 *
 * \note The online TLFS and the 2013 WDK define a union with AsUINT64 and name
 *       the last field Reserved; TLFS 6.0b and 2.0 define a plain structure
 *       and name it Reserved3. \erratum{E049}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_translate_gva_result}
 * \tlfs60b{9.3,Virtual Address Translation Types}
 * \tlfs20{12.3.4}
 * \wdk2013{HV_TRANSLATE_GVA_RESULT}
 * \see HV_TRANSLATE_GVA_RESULT_CODE, HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS
 */
typedef union _HV_TRANSLATE_GVA_RESULT {
    UINT64 AsUINT64; /**< The whole 8-byte result. */
    HVREF_EXTENSION struct {
        UINT64 ResultCode : 32; /**< How the walk ended: HvTranslateGvaSuccess, or why it stopped (an HV_TRANSLATE_GVA_RESULT_CODE value). */
        UINT64 CacheType : 8;   /**< Effective cache type of the translated page (HV_CACHE_TYPE encoding). */
        UINT64 OverlayPage : 1; /**< 1 when the GPA is covered by a hypervisor overlay page. */
        UINT64 Reserved : 23;   /**< Reserved; ignore. */
    };
} HV_TRANSLATE_GVA_RESULT, *PHV_TRANSLATE_GVA_RESULT;
HVREF_ASSERT_SIZE(HV_TRANSLATE_GVA_RESULT, 0x8);

/**
 * \brief Input of HvCallTranslateVirtualAddress: whose page tables to walk,
 *        how, and for which GVA page.
 *
 * A simple memory-based call, issued by the parent of the target partition
 * (the target must be active). The walk uses the target virtual processor's
 * current paging mode and registers.
 *
 * \note The online TLFS's table lists VpIndex at offset 8 with 4 bytes and
 *       ControlFlags at 16, leaving bytes 12-15 unnamed; TLFS 6.0b and 2.0
 *       name them Padding (4 bytes), the name used here. The 2013 WDK page
 *       instead shows a 4-byte ControlFlags at offset 12 and GvaPage at 16,
 *       which contradicts the three TLFS editions and the 8-byte
 *       HV_TRANSLATE_GVA_CONTROL_FLAGS type. \erratum{E010} \erratum{E011} \erratum{E012} \erratum{E013}
 *
 * \par Specification
 * \hvcallrefs{HvCallTranslateVirtualAddress}
 * \tlfsonline{datatypes/hv_translate_gva_control_flags}
 * \see HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS, HV_TRANSLATE_GVA_CONTROL_FLAGS
 */
typedef struct _HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS {
    HV_PARTITION_ID PartitionId; /**< The partition that owns the virtual processor; the caller must be its parent, and it must be active. */
    HV_VP_INDEX VpIndex;         /**< The virtual processor whose paging mode, registers and page tables the walk uses. */
    UINT32 Padding;              /**< Reserved; zero. */
    UINT64 ControlFlags;         /**< Which accesses to check (HV_TRANSLATE_GVA_VALIDATE_READ, _WRITE, _EXECUTE: at least one), options for the walk (privilege exempt, set accessed/dirty bits, inhibit TLB flushes, ...) and, in bits 56-63, the VTL whose context is used; an HV_TRANSLATE_GVA_CONTROL_FLAGS value with no reserved bit set. */
    HV_GVA_PAGE_NUMBER GvaPage;  /**< The guest virtual page to translate (the GVA shifted right by 12). */
} HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS, *PHV_INPUT_TRANSLATE_VIRTUAL_ADDRESS;
HVREF_ASSERT_SIZE(HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS, 0x20);

/**
 * \brief Output of HvCallTranslateVirtualAddress: the result and the GPA page.
 *
 * GpaPage holds the translation when TranslationResult.ResultCode is
 * HvTranslateGvaSuccess, the GPA page that could not be accessed for codes 4
 * to 7, and nothing meaningful otherwise.
 *
 * \par Specification
 * \hvcallrefs{HvCallTranslateVirtualAddress}
 * \tlfsonline{datatypes/hv_translate_gva_result}
 * \see HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS, HV_TRANSLATE_GVA_RESULT
 */
typedef struct _HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS {
    HV_TRANSLATE_GVA_RESULT TranslationResult; /**< How the walk ended (ResultCode) and, on success, the effective cache type and whether the GPA is a hypervisor overlay page; valid whenever the call returns HV_STATUS_SUCCESS. */
    HV_GPA_PAGE_NUMBER GpaPage;                /**< The guest physical page the GVA page maps to (ResultCode HvTranslateGvaSuccess), or the page-table page that could not be accessed (a GPA access failure code); meaningless for other result codes. */
} HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS, *PHV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS;
HVREF_ASSERT_SIZE(HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS, 0x10);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_VIRTUAL_MMU_H */
