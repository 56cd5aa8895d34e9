/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Hypercall status codes: the values an ::HV_STATUS can hold.
 *
 * Every code any TLFS edition or the 2013 WDK lists is defined here, as a
 * plain hexadecimal integer constant so that it can be compared with an
 * ::HV_STATUS, used in `switch` labels and in `#if`. Where a value has two
 * names, or a name two values, in different sources, the entity's note
 * says which source says what.
 *
 * Values that every edition lists as reserved, and that hvref therefore does
 * not name: 0x0001, 0x000F and 0x0010 (TLFS 2.0 and the 2013 WDK also mark
 * 0x0015 reserved; 6.0b assigns it to ::HV_STATUS_INVALID_VP_STATE).
 */
#ifndef HVREF_STATUS_H
#define HVREF_STATUS_H

#include <hvref/datatypes.h>

/**
 * \defgroup hvref_status_codes Hypercall status codes
 * \brief The status codes in the TLFS's status code appendix (TLFS 6.0b
 *        Appendix B, TLFS 2.0 Appendix C, the 2013 WDK's return code table).
 *
 * A hypercall reports one of these in the result field of its output value.
 * Four of them can come from any hypercall and are not repeated in each
 * call's list: ::HV_STATUS_SUCCESS, ::HV_STATUS_INVALID_HYPERCALL_CODE,
 * ::HV_STATUS_INVALID_HYPERCALL_INPUT and ::HV_STATUS_INVALID_ALIGNMENT.
 * When several errors apply, which one is reported is not defined, except
 * that the hypervisor prefers codes that reveal less to an unprivileged
 * caller, such as ::HV_STATUS_ACCESS_DENIED. When a call fails, its output
 * parameters hold no meaningful data unless the call's description says
 * otherwise.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-status-codes}
 * \tlfs60b{B}
 * \tlfs60b{3.12}
 * \tlfs20{C}
 * \tlfs20{4.11}
 * \wdk2013{Hypercall Return Code Reference}
 * \wdk2013{Hypercall Status Codes}
 * \{
 */

/**
 * \brief The call completed without error.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_status}
 * \tlfsonline{hypercall-interface#common-hypercall-status-codes}
 * \tlfs60b{B}
 * \tlfs60b{3.12,Common Hypercall Status Codes}
 * \tlfs20{C}
 * \tlfs20{4.11.3}
 * \wdk2013{Hypercall Return Code Reference}
 * \wdk2013{Common Hypercall Status Codes}
 */
#define HV_STATUS_SUCCESS 0x0000

/**
 * \brief The call code in the hypercall input value is not one the hypervisor
 *        implements.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#common-hypercall-status-codes}
 * \tlfs60b{B}
 * \tlfs60b{3.12,Common Hypercall Status Codes}
 * \tlfs20{C}
 * \tlfs20{4.11.3}
 * \wdk2013{Hypercall Return Code Reference}
 * \wdk2013{Common Hypercall Status Codes}
 */
#define HV_STATUS_INVALID_HYPERCALL_CODE 0x0002

/**
 * \brief The hypercall input value is malformed: a rep count on a simple call, no
 *        rep count on a rep call, a rep start index not below the rep count,
 *        or a reserved bit set.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#common-hypercall-status-codes}
 * \tlfs60b{B}
 * \tlfs60b{3.12,Common Hypercall Status Codes}
 * \tlfs20{C}
 * \tlfs20{4.11.3}
 * \wdk2013{Hypercall Return Code Reference}
 * \wdk2013{Common Hypercall Status Codes}
 */
#define HV_STATUS_INVALID_HYPERCALL_INPUT 0x0003

/**
 * \brief An input or output parameter block is not 8-byte aligned, crosses a page
 *        boundary, or lies outside the GPA space.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#common-hypercall-status-codes}
 * \tlfs60b{B}
 * \tlfs60b{3.12,Common Hypercall Status Codes}
 * \tlfs20{C}
 * \tlfs20{4.11.3}
 * \wdk2013{Hypercall Return Code Reference}
 * \wdk2013{Common Hypercall Status Codes}
 */
#define HV_STATUS_INVALID_ALIGNMENT 0x0004

/**
 * \brief At least one input parameter has a value the call does not accept.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_PARAMETER 0x0005

/**
 * \brief The caller lacks the privilege the operation requires.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_ACCESS_DENIED 0x0006

/**
 * \brief The partition concerned is not in a state that permits the operation.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_PARTITION_STATE 0x0007

/**
 * \brief The hypervisor refused the operation; what caused the refusal depends on
 *        the call.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_OPERATION_DENIED 0x0008

/**
 * \brief The partition property code is not one the hypervisor knows.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_UNKNOWN_PROPERTY 0x0009

/**
 * \brief The value given for a partition property is outside its range or breaks
 *        a rule the property must keep.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROPERTY_VALUE_OUT_OF_RANGE 0x000A

/**
 * \brief The hypervisor has too little memory available to complete the call.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INSUFFICIENT_MEMORY 0x000B

/**
 * \brief The operation would make the partition hierarchy deeper than the
 *        hypervisor allows.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PARTITION_TOO_DEEP 0x000C

/**
 * \brief No partition has the given partition ID.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_PARTITION_ID 0x000D

/**
 * \brief The virtual processor index does not name a virtual processor of the
 *        partition.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_VP_INDEX 0x000E

/**
 * \brief The port ID does not exist, or is already taken where a new ID must be
 *        unique.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_PORT_ID 0x0011

/**
 * \brief The connection ID does not exist, or is already taken where a new ID
 *        must be unique.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_CONNECTION_ID 0x0012

/**
 * \brief The destination port has no free message buffer for the message being
 *        posted.
 *
 * \note TLFS 6.0b Appendix B lists this name with the value 0x0033, out of
 *       order between 0x0012 and 0x0014 and clashing with
 *       ::HV_STATUS_INSUFFICIENT_BUFFER, which the same table also gives
 *       0x0033. TLFS 2.0 Appendix C, the 2013 WDK table and Microsoft's
 *       hypervisor headers give 0x0013; the online TLFS names the code
 *       (HvCallPostMessage) without a value. hvref treats the 6.0b entry as
 *       a typo and defines 0x0013, departing from its usual newest-source
 *       rule. \erratum{E014}
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallPostMessage}
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INSUFFICIENT_BUFFERS 0x0013

/**
 * \brief An external interrupt was to be cleared that the virtual processor had
 *        not yet received and acknowledged.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_NOT_ACKNOWLEDGED 0x0014

/**
 * \brief A virtual processor is not in a state that permits the operation.
 *
 * \note TLFS 6.0b defines 0x0015; TLFS 2.0 and the 2013 WDK list 0x0015 as
 *       reserved. \erratum{E017}
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_INVALID_VP_STATE 0x0015

/**
 * \brief An external interrupt cannot be asserted: an earlier one was
 *        acknowledged by the virtual processor and has not been cleared.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_ACKNOWLEDGED 0x0016

/**
 * \brief A partition save or restore sequence did not begin with the required
 *        starting call.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_SAVE_RESTORE_STATE 0x0017

/**
 * \brief A synthetic interrupt controller (SynIC) feature the operation needs is
 *        disabled.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_SYNIC_STATE 0x0018

/**
 * \brief The object or value is already in use, or used in a way that rules out
 *        this operation.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_OBJECT_IN_USE 0x0019

/**
 * \brief The proximity domain information has invalid flags or an unknown ACPI
 *        node ID.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INVALID_PROXIMITY_DOMAIN_INFO 0x001A

/**
 * \brief There was no data available to return.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_NO_DATA 0x001B

/**
 * \brief The debugging connection has received nothing since the previous
 *        operation.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INACTIVE 0x001C

/**
 * \brief A resource could not be allocated, because of a shortage or an
 *        implementation limit.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_NO_RESOURCES 0x001D

/**
 * \brief The hypervisor feature is not available to this caller.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_FEATURE_UNAVAILABLE 0x001E

/**
 * \brief Only part of the debug packet was returned, because of an I/O error.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PARTIAL_PACKET 0x001F

/**
 * \brief The state being restored needs a processor feature this machine does not
 *        have.
 *
 * \note 0x0020 has two names. TLFS 6.0b defines it as this general code and
 *       says it replaces the per-feature codes of earlier editions. TLFS
 *       2.0 and the 2013 WDK call 0x0020
 *       ::HV_STATUS_PROCESSOR_FEATURE_SSE3_NOT_SUPPORTED. \erratum{E015}
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED 0x0020

/**
 * \brief The processor's cache line flush size is not the one required.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_CACHE_LINE_FLUSH_SIZE_INCOMPATIBLE 0x0030

/**
 * \brief A buffer supplied by the caller is too small to hold all the data to be
 *        returned.
 *
 * \note 0x0033 has two names. TLFS 6.0b defines it as this code; TLFS 2.0 and
 *       the 2013 WDK call 0x0033
 *       ::HV_STATUS_PROCESSOR_FEATURE_XSAVE_LEGACY_SSE_NOT_SUPPORTED. The 6.0b
 *       table also prints 0x0033 for ::HV_STATUS_INSUFFICIENT_BUFFERS, a typo
 *       for 0x0013. \erratum{E016}
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_INSUFFICIENT_BUFFER 0x0033

/**
 * \brief The processor architecture is not supported.
 *
 * \par Specification
 * \tlfs60b{B}
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_INCOMPATIBLE_PROCESSOR 0x0037

/**
 * \brief Every device domain the platform's I/O remapping hardware supports is
 *        already in use.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_INSUFFICIENT_DEVICE_DOMAINS 0x0038

/**
 * \brief Checking the logical processors' CPUID feature set failed.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_CPUID_FEATURE_VALIDATION_ERROR 0x003C

/**
 * \brief Checking the XSAVE features that CPUID reports failed.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_CPUID_XSAVE_FEATURE_VALIDATION_ERROR 0x003D

/**
 * \brief A processor did not start within the allowed time.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_PROCESSOR_STARTUP_TIMEOUT 0x003E

/**
 * \brief The firmware left Safer Mode Extensions (SMX) enabled.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_SMX_ENABLED 0x003F

/**
 * \brief The logical processor index does not name a logical processor.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_INVALID_LP_INDEX 0x0041

/**
 * \brief A supplied register value is not valid for that register.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallStartVirtualProcessor}
 * \tlfs60b{B}
 */
#define HV_STATUS_INVALID_REGISTER_VALUE 0x0050

/**
 * \brief The machine's processors do not report no-execute (NX) support.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_NX_NOT_DETECTED 0x0055

/**
 * \brief The device ID is not valid.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_INVALID_DEVICE_ID 0x0057

/**
 * \brief The device's current state does not permit the operation.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_INVALID_DEVICE_STATE 0x0058

/**
 * \brief The device had outstanding page requests, which were discarded.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_PENDING_PAGE_REQUESTS 0x0059

/**
 * \brief A device page request asks for an access the guest is not allowed to
 *        make.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_PAGE_REQUEST_INVALID 0x0060

/**
 * \brief The operation failed.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_OPERATION_FAILED 0x0071

/**
 * \brief The operation is refused while nested virtualization is active on one or
 *        more virtual processors.
 *
 * \par Specification
 * \tlfs60b{B}
 */
#define HV_STATUS_NOT_ALLOWED_WITH_NESTED_VIRT_ACTIVE 0x0072

/** \} */

/**
 * \defgroup hvref_status_codes_20 Processor feature status codes of TLFS 2.0
 * \brief Per-feature restore failures listed by TLFS 2.0 Appendix C and the
 *        2013 WDK, and no longer by TLFS 6.0b.
 *
 * Each names a processor feature that a saved partition state needs and the
 * processor restoring it lacks. TLFS 6.0b dropped them in favour of the
 * single ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED. Two of these values are
 * reused by 6.0b for other codes: 0x0020 and 0x0033.
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 * \{
 */

/**
 * \brief The state being restored needs SSE3, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead.
 *       Its value 0x0020 is the value 6.0b gives
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED. \erratum{E018} \erratum{E015}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_SSE3_NOT_SUPPORTED 0x0020

/**
 * \brief The state being restored needs LAHF/SAHF in 64-bit mode, which this processor
 *        does not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_LAHFSAHF_NOT_SUPPORTED 0x0021

/**
 * \brief The state being restored needs SSSE3, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_SSSE3_NOT_SUPPORTED 0x0022

/**
 * \brief The state being restored needs SSE4.1, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_SSE4_1_NOT_SUPPORTED 0x0023

/**
 * \brief The state being restored needs SSE4.2, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_SSE4_2_NOT_SUPPORTED 0x0024

/**
 * \brief The state being restored needs SSE4a, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_SSE4A_NOT_SUPPORTED 0x0025

/**
 * \brief The state being restored needs SSE5, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_SSE5_NOT_SUPPORTED 0x0026

/**
 * \brief The state being restored needs POPCNT, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_POPCNT_NOT_SUPPORTED 0x0027

/**
 * \brief The state being restored needs CMPXCHG16B, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_CMPXCHG16B_NOT_SUPPORTED 0x0028

/**
 * \brief The state being restored needs the alternative MOV CR8 encoding (ALTMOVCR8), which this processor
 *        does not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_ALTMOVCR8_NOT_SUPPORTED 0x0029

/**
 * \brief The state being restored needs LZCNT, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_LZCNT_NOT_SUPPORTED 0x002A

/**
 * \brief The state being restored needs misaligned SSE, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_MISALIGNED_SSE_NOT_SUPPORTED 0x002B

/**
 * \brief The state being restored needs the MMX extensions, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_MMX_EXT_NOT_SUPPORTED 0x002C

/**
 * \brief The state being restored needs 3DNow!, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_3DNOW_NOT_SUPPORTED 0x002D

/**
 * \brief The state being restored needs extended 3DNow!, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_EXTENDED_3DNOW_NOT_SUPPORTED 0x002E

/**
 * \brief The state being restored needs 1 GB pages, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_PAGE_1GB_NOT_SUPPORTED 0x002F

/**
 * \brief The state being restored needs XSAVE, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_XSAVE_NOT_SUPPORTED 0x0031

/**
 * \brief The state being restored needs XSAVEOPT, which this processor does
 *        not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_XSAVEOPT_NOT_SUPPORTED 0x0032

/**
 * \brief The state being restored needs XSAVE of the legacy SSE state, which this processor
 *        does not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead.
 *       Its value 0x0033 is the value 6.0b gives
 *       ::HV_STATUS_INSUFFICIENT_BUFFER. \erratum{E018} \erratum{E016}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_XSAVE_LEGACY_SSE_NOT_SUPPORTED 0x0033

/**
 * \brief The state being restored needs XSAVE of the AVX state, which this processor
 *        does not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_XSAVE_AVX_NOT_SUPPORTED 0x0034

/**
 * \brief The state being restored needs an XSAVE state component the hypervisor does not know, which this processor
 *        does not support.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_FEATURE_XSAVE_UNKNOWN_FEATURE_NOT_SUPPORTED 0x0035

/**
 * \brief The processor's XSAVE save area is not compatible with the state being
 *        restored.
 *
 * \note One of the per-feature codes of TLFS 2.0 and the 2013 WDK. TLFS 6.0b
 *       removed them (see its Appendix B) and reports
 *       ::HV_STATUS_PROCESSOR_FEATURE_NOT_SUPPORTED instead. \erratum{E018}
 *
 * \par Specification
 * \tlfs20{C}
 * \wdk2013{Hypercall Return Code Reference}
 */
#define HV_STATUS_PROCESSOR_XSAVE_SAVE_AREA_INCOMPATIBLE 0x0036

/** \} */

/**
 * \defgroup hvref_status_codes_unlisted Status codes missing from the appendices
 * \brief Codes that TLFS editions name as results of particular hypercalls
 *        without listing them in the status code appendix.
 *
 * TLFS 6.0b also names HV_STATUS_HYPERCALL_INTERCEPT as a possible
 * result of HvModifyVtlProtectionMask and HvEnablePartitionVtl, with no
 * value; no edition, the 2013 WDK, or any Microsoft header hvref's
 * authors could find gives one, so hvref does not define it.
 *
 * \par Specification
 * \tlfs60b{15.15,HvModifyVtlProtectionMask}
 * \tlfs60b{15.15,HvEnablePartitionVtl}
 * \{
 */

/**
 * \brief A virtual trust level (VTL) is not in a state that permits the
 *        operation.
 *
 * \note No TLFS edition gives this code a value: TLFS 6.0b (VSM and virtual
 *       processor calls) and the online TLFS (HvCallStartVirtualProcessor,
 *       HvCallGetVpIndexFromApicId) name it as a possible result, but it is
 *       missing from 6.0b Appendix B, and TLFS 2.0 and the 2013 WDK do not
 *       have it. The value 0x0051 is the one Microsoft's hypervisor headers
 *       (HvGdk.h) give it. \erratum{E019}
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallStartVirtualProcessor}
 * \tlfsonline{hypercalls/HvCallGetVpIndexFromApicId}
 * \tlfs60b{7.10,HvStartVirtualProcessor}
 */
#define HV_STATUS_INVALID_VTL_STATE 0x0051

/** \} */

#endif /* HVREF_STATUS_H */
