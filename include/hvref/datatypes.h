/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Basic data types of the hypervisor interface: scalar types, the
 *        hypercall status type, address and page-number types, partition
 *        identifiers and virtual processor indices.
 *
 * These are the building blocks every other hvref header uses. They follow
 * the "Introduction" chapter of TLFS 6.0b (sections 1.6 to 1.8), chapter 2 of
 * TLFS 2.0 and the "Data Types" page of the online TLFS, plus the partition
 * identifier and virtual processor index types, which the editions define in
 * their partition and virtual processor chapters.
 *
 * The TLFS also fixes the layout rules every structure follows: fields
 * aligned to their natural size, enumerations of 32 bits, bit-fields packed
 * from the least significant bit up, little-endian data, and a `P` prefix
 * for pointer types (`PC` for pointers to constant data). hvref's headers are
 * written so that ordinary C and C++ compilers produce exactly those layouts,
 * and assert the size of every structure.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview}
 * \tlfs60b{1.9}
 * \tlfs60b{1.10}
 * \tlfs60b{1.11}
 * \tlfs20{2.4}
 * \tlfs20{2.5}
 * \tlfs20{2.6}
 */
#ifndef HVREF_DATATYPES_H
#define HVREF_DATATYPES_H

#include <hvref/platform.h>

/**
 * \defgroup hvref_scalar_types Simple scalar types
 * \brief Fixed-width integers from which every TLFS type is built.
 *
 * The TLFS names unsigned integers of 8, 16, 32, 64 and 128 bits and signed
 * integers of 8, 16, 32 and 64 bits. It uses no floating-point types.
 *
 * hvref declares UINT8 ... INT64 as typedefs of the `<stdint.h>` types.
 * Windows headers declare the same names with the same underlying types
 * (`UINT64` is `unsigned __int64`, which is the `uint64_t` of every Windows
 * target), and C11 and C++ both accept a typedef that repeats an identical
 * one, so code that includes both needs nothing special.
 *
 * Some environments use a different underlying type of the same width. EDK
 * II declares `UINT64` as `unsigned long long`, while GCC and Clang make
 * `uint64_t` an `unsigned long` on x86_64 Linux-style targets, so the two
 * declarations conflict. Others have no C library headers at all (EDK II,
 * boot loaders, a Linux kernel build's `-nostdinc`). Such code defines the
 * macro `HVREF_SCALAR_TYPES_DEFINED` before its first hvref include; hvref
 * then includes no header from outside hvref (neither `<stdint.h>` nor
 * `<stddef.h>`), skips its own declarations of UINT8, UINT16, UINT32,
 * UINT64, INT8, INT16, INT32 and INT64 and uses the environment's, which
 * must have the widths and signedness the TLFS gives them (the size
 * assertions in every hvref header check the widths). hvref needs nothing
 * else from the environment: no `size_t`, no `offsetof`, no `UINT64_C`.
 * UINT128 is always declared by hvref. The macro is hvref's own, not part of
 * the TLFS.
 *
 * In a Linux kernel build (`__KERNEL__` defined, as Kbuild does) hvref
 * declares UINT8 ... INT64 from the kernel's `u8` ... `s64` of
 * `<linux/types.h>` instead of `<stdint.h>`, with nothing to define.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#simple-scalar-types}
 * \tlfs60b{1.6}
 * \tlfs20{2.1}
 * \{
 */

#ifndef HVREF_SCALAR_TYPES_DEFINED

#if !(defined(__KERNEL__) && defined(__linux__))

/** \brief Unsigned 8-bit integer. */
typedef uint8_t UINT8;
/** \brief Unsigned 16-bit integer. */
typedef uint16_t UINT16;
/** \brief Unsigned 32-bit integer. */
typedef uint32_t UINT32;
/** \brief Unsigned 64-bit integer. */
typedef uint64_t UINT64;
/** \brief Signed 8-bit integer. */
typedef int8_t INT8;
/** \brief Signed 16-bit integer. */
typedef int16_t INT16;
/** \brief Signed 32-bit integer. */
typedef int32_t INT32;
/** \brief Signed 64-bit integer. */
typedef int64_t INT64;

#else /* a Linux kernel build */

/* The kernel's types, from <linux/types.h> (platform.h includes it). The
 * same names as above, documented there: Doxygen reads that branch. */
typedef u8 UINT8;
typedef u16 UINT16;
typedef u32 UINT32;
typedef u64 UINT64;
typedef s8 INT8;
typedef s16 INT16;
typedef s32 INT32;
typedef s64 INT64;

#endif /* a Linux kernel build */
#endif /* HVREF_SCALAR_TYPES_DEFINED */

/**
 * \brief Unsigned 128-bit integer, stored as two 64-bit halves, 16 bytes in
 *        size and 16-byte aligned.
 *
 * C has no portable 128-bit integer, so the value is kept as its low and high
 * 64 bits, the low half first as on a little-endian machine. It carries
 * 128-bit register contents (XMM registers, the 128-bit member of a register
 * value) and must be 16-byte aligned wherever it appears.
 *
 * \note None of the TLFS editions shows the C form of UINT128; they only name
 *       it as a scalar type. The member names Low64 and High64 and the
 *       16-byte alignment are those of Microsoft's own headers, which call the
 *       type HV_UINT128 (the hvgdk.h of the Windows Driver Kit 7.1, and the
 *       current Microsoft hypervisor headers). The 2013 WDK reference pages
 *       use the HV_UINT128 name too, for example for the Reg128 member of
 *       HV_REGISTER_VALUE; hvref keeps that spelling as the alias
 *       ::HV_UINT128. \erratum{E027}
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#simple-scalar-types}
 * \tlfs60b{1.6}
 * \tlfs20{2.1}
 * \see HV_UINT128
 */
typedef struct _UINT128 {
    HVREF_ALIGNAS(16) UINT64 Low64; /**< Bits 63:0 of the value. */
    UINT64 High64;                  /**< Bits 127:64 of the value. */
} UINT128, *PUINT128;
HVREF_ASSERT_SIZE(UINT128, 0x10);

/**
 * \brief The 2013 WDK's name for ::UINT128.
 *
 * \note The 2013 WDK reference pages spell the 128-bit type HV_UINT128 in
 *       the structures that contain one; the TLFS editions spell it UINT128.
 *       Both name the same 16-byte type. \erratum{E027}
 *
 * \see UINT128
 */
typedef UINT128 HV_UINT128;

/** \brief Pointer to an ::HV_UINT128. */
typedef HV_UINT128 *PHV_UINT128;

/** \} */

/**
 * \defgroup hvref_status_type Hypercall status code type
 * \brief The 16-bit type in which every hypercall reports its result.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#hypercall-status-code}
 * \tlfs60b{1.7}
 * \tlfs20{2.2}
 * \{
 */

/**
 * \brief Result of a hypercall: success or the reason it failed.
 *
 * The hypervisor places this 16-bit code in the low bits of the hypercall
 * result value. Zero means success; the codes are listed in status.h.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_status}
 * \tlfsonline{datatypes/overview#hypercall-status-code}
 * \tlfs60b{1.7}
 * \tlfs20{2.2}
 * \wdk2013{Hypervisor Calling Conventions}
 * \see HV_STATUS_SUCCESS
 */
typedef UINT16 HV_STATUS;

/** \} */

/**
 * \defgroup hvref_address_types Memory address space types
 * \brief Addresses and page numbers in the three address spaces the
 *        hypervisor deals with, and the page size that relates them.
 *
 * System physical addresses (SPAs) are the machine's real physical memory,
 * one space for the whole machine. Guest physical addresses (GPAs) are what a
 * partition sees as physical memory; each partition has its own GPA space,
 * which the hypervisor maps onto SPAs. Guest virtual addresses (GVAs) are
 * what software in a guest uses once it turns on paging. Each space can be up
 * to 2^64 bytes, so all three types are 64 bits wide.
 *
 * Many interfaces work on whole pages and take a page number instead of an
 * address: the address divided by ::HV_PAGE_SIZE (equivalently, shifted
 * right by 12).
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 * \{
 */

/**
 * \brief A system physical address: a byte address in the machine's own
 *        physical memory.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef UINT64 HV_SPA;

/**
 * \brief A guest physical address: a byte address in a partition's view of
 *        physical memory.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef UINT64 HV_GPA;

/**
 * \brief A guest virtual address: a byte address as translated by the
 *        guest's own page tables.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_gva}
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef UINT64 HV_GVA;

/**
 * \brief Size in bytes of the smallest x64 page: 4 KiB.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
#define X64_PAGE_SIZE 0x1000

/**
 * \brief Size in bytes of an x64 large page: 2 MiB.
 *
 * \note All TLFS editions and the 2013 WDK define ::HV_LARGE_PAGE_SIZE as
 *       `X64_LARGE_PAGE_SIZE` but none of them gives that macro's value. The
 *       value 0x200000 (2 MiB, the x64 page size mapped by one page-directory
 *       entry) is the one Microsoft's hypervisor headers use (the hvgdk.h of
 *       the Windows Driver Kit 7.1 and the current Microsoft headers; Linux's
 *       include/hyperv/hvgdk_mini.h gives the same size as a shift of 21).
 *       6.0b and the online TLFS mention 2 MB large pages in their virtual TLB
 *       text. \erratum{E028}
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 */
#define X64_LARGE_PAGE_SIZE 0x200000

/**
 * \brief Highest page number an x64 64-bit address can have
 *        (0x000FFFFFFFFFFFFF).
 *
 * The TLFS writes this as `MAXUINT64 / X64_PAGE_SIZE`, with the
 * Windows macro MAXUINT64; hvref uses the same quotient with
 * `<stdint.h>`'s UINT64_MAX, which has the same value and can be used in
 * `#if`.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
#define HV_X64_MAX_PAGE_NUMBER (UINT64_MAX / X64_PAGE_SIZE)

/**
 * \brief The page size the hypervisor interface uses for page numbers,
 *        page-aligned parameters and overlay pages: 4 KiB.
 *
 * The TLFS defines it as the x64 page size; hvref keeps that definition on
 * every architecture.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
#define HV_PAGE_SIZE X64_PAGE_SIZE

/**
 * \brief Size of a large page in the hypervisor interface: 2 MiB.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 * \see X64_LARGE_PAGE_SIZE
 */
#define HV_LARGE_PAGE_SIZE X64_LARGE_PAGE_SIZE

/**
 * \brief Mask of the byte offset within a page (0xFFF).
 *
 * `Address & HV_PAGE_MASK` is the offset within the page;
 * `Address & ~(UINT64)HV_PAGE_MASK` is the start of the page.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
#define HV_PAGE_MASK (HV_PAGE_SIZE - 1)

/**
 * \brief Number of a page in system physical address space (SPA divided by
 *        ::HV_PAGE_SIZE).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_spa_page_number}
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef UINT64 HV_SPA_PAGE_NUMBER;

/**
 * \brief Number of a page in a partition's guest physical address space
 *        (GPA divided by ::HV_PAGE_SIZE).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_gpa_page_number}
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef UINT64 HV_GPA_PAGE_NUMBER;

/**
 * \brief Pointer to an ::HV_GPA_PAGE_NUMBER (an array of page numbers in
 *        the interfaces that take lists).
 *
 * TLFS 6.0b, TLFS 2.0 and the 2013 WDK show this pointer typedef; the
 * online Data Types page no longer lists it.
 *
 * \par Specification
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef HV_GPA_PAGE_NUMBER *PHV_GPA_PAGE_NUMBER;

/**
 * \brief Number of a page in guest virtual address space (GVA divided by
 *        ::HV_PAGE_SIZE).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_gva_page_number}
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 * \tlfs20{2.3}
 * \wdk2013{Hypervisor Data Types for Address Spaces and Memory Pages}
 */
typedef UINT64 HV_GVA_PAGE_NUMBER;

/**
 * \brief A 32-bit page offset or page count in system physical address
 *        space.
 *
 * Defined by TLFS 6.0b and the online Data Types page (both print the
 * typedef without its closing semicolon); TLFS 2.0 and the 2013 WDK do
 * not have it.
 *
 * \par Specification
 * \tlfsonline{datatypes/overview#memory-address-space-types}
 * \tlfs60b{1.8}
 */
typedef UINT32 HV_SPA_PAGE_OFFSET;

/** \} */

/**
 * \defgroup hvref_partition_ids Partition IDs
 * \brief The 64-bit identifier of a partition and its two special values.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_partition_id}
 * \tlfs60b{4.2,Partition IDs}
 * \tlfs20{5.2.1}
 * \wdk2013{Partition Identifiers}
 * \{
 */

/**
 * \brief Identifier of a partition, assigned by the hypervisor.
 *
 * The hypervisor hands out a distinct identifier to every partition it
 * creates while it runs; after a restart of the hypervisor the same numbers
 * may come back. Callers treat the value as an opaque handle.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_partition_id}
 * \tlfs60b{4.2,Partition IDs}
 * \tlfs20{5.2.1}
 * \wdk2013{Partition Identifiers}
 */
typedef UINT64 HV_PARTITION_ID;

/**
 * \brief Pointer to an ::HV_PARTITION_ID.
 *
 * \par Specification
 * \tlfs60b{4.2,Partition IDs}
 * \tlfs20{5.2.1}
 * \wdk2013{Partition Identifiers}
 */
typedef HV_PARTITION_ID *PHV_PARTITION_ID;

/**
 * \brief Partition ID 0, which never names a partition (for example, "no
 *        partition" or "start of enumeration").
 *
 * TLFS 2.0 and the 2013 WDK write the value with the MSVC-only
 * suffix `UI64` (`0x0000000000000000UI64`); 6.0b writes it as a cast of
 * 0, and the online page gives 0x0000000000000000. All are zero.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_partition_id#constants}
 * \tlfs60b{4.2,Partition IDs}
 * \tlfs20{5.2.1}
 * \wdk2013{Partition Identifiers}
 */
#define HV_PARTITION_ID_INVALID ((HV_PARTITION_ID)0)

/**
 * \brief Pseudo partition ID (all ones, 0xFFFFFFFFFFFFFFFF) meaning the
 *        calling partition itself.
 *
 * Defined by TLFS 6.0b and the online TLFS; TLFS 2.0 and the 2013 WDK
 * do not have it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_partition_id#constants}
 * \tlfs60b{4.2,Partition IDs}
 */
#define HV_PARTITION_ID_SELF ((HV_PARTITION_ID)-1)

/** \} */

/**
 * \defgroup hvref_vp_index Virtual processor index
 * \brief The 32-bit number of a virtual processor within its partition, and
 *        its special values.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_index}
 * \tlfsonline{vp-properties#virtual-processor-indices}
 * \tlfs60b{7.8,Virtual Processor Index}
 * \tlfs20{10.2.1}
 * \wdk2013{Virtual Processor Data Types}
 * \{
 */

/**
 * \brief Index of a virtual processor within its partition.
 *
 * Valid indices are below the per-partition virtual processor limit that
 * CPUID leaf 0x40000005 reports. A guest reads the index of the processor it
 * runs on from the HV_X64_MSR_VP_INDEX register.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_index}
 * \tlfsonline{vp-properties#virtual-processor-indices}
 * \tlfs60b{7.8,Virtual Processor Index}
 * \tlfs20{10.2.1}
 * \wdk2013{Virtual Processor Data Types}
 * \see HV_X64_MSR_VP_INDEX
 */
typedef UINT32 HV_VP_INDEX;

/**
 * \brief Special index (0xFFFFFFFF) meaning "any virtual processor", where
 *        an interface lets the hypervisor choose.
 *
 * TLFS 2.0 and the 2013 WDK write it as the literal 0xFFFFFFFF, 6.0b
 * and the online TLFS as a cast of -1; the value is the same.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_index}
 * \tlfsonline{vp-properties#virtual-processor-indices}
 * \tlfs60b{7.8,Virtual Processor Index}
 * \tlfs20{10.2.1}
 * \wdk2013{Virtual Processor Data Types}
 */
#define HV_ANY_VP ((HV_VP_INDEX)-1)

/**
 * \brief Special index (0xFFFFFFFE) meaning the virtual processor that makes
 *        the call.
 *
 * Defined by TLFS 6.0b and the online TLFS; TLFS 2.0 and the 2013 WDK
 * do not have it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_index}
 * \tlfsonline{vp-properties#virtual-processor-indices}
 * \tlfs60b{7.8,Virtual Processor Index}
 */
#define HV_VP_INDEX_SELF ((HV_VP_INDEX)-2)

/** \} */

#endif /* HVREF_DATATYPES_H */
