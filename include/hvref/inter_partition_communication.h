/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Inter-partition communication: the SynIC registers, messages and
 *        event flags, ports and connections, monitor pages, and the
 *        HvCallPostMessage, HvCallSignalEvent, HvCallSignalEventDirect,
 *        HvCallPostMessageDirect, HvCallCreatePort, HvCallDeletePort,
 *        HvCallConnectPort, HvCallDisconnectPort, HvCallGetPortProperty and
 *        HvCallSetPortProperty hypercalls (with the superseded
 *        HvCallCreatePortDeprecated and HvCallConnectPortDeprecated).
 *
 * Each virtual processor's synthetic interrupt controller (SynIC) has 16
 * synthetic interrupt sources (SINTs), a message page with one message slot
 * per SINT and an event flags page with one flag array per SINT, set up
 * through the SynIC MSRs. A partition that owns a port lets other partitions
 * connect to it; the sender then addresses the port through its connection
 * ID. Posting a message queues it for the message slot of the port's SINT;
 * signalling an event sets a flag in the receiving virtual processor's event
 * flags page. HvCallSignalEvent's input is a single 8-byte value, so it is
 * normally issued as a register-based fast hypercall.
 */
#ifndef HVREF_INTER_PARTITION_COMMUNICATION_H
#define HVREF_INTER_PARTITION_COMMUNICATION_H

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
 * \defgroup hvref_inter_partition_communication Inter-partition communication
 * \brief The SynIC, its messages and event flags, the ports and connections
 *        that carry them between partitions, and monitor pages; the calls
 *        HvCallPostMessage, HvCallSignalEvent, HvCallSignalEventDirect,
 *        HvCallPostMessageDirect, HvCallCreatePort(Deprecated),
 *        HvCallDeletePort, HvCallConnectPort(Deprecated),
 *        HvCallDisconnectPort, HvCallGetPortProperty and
 *        HvCallSetPortProperty.
 * \{
 */

/**
 * \brief Number of synthetic interrupt sources (SINT0-SINT15) in each
 *        virtual processor's SynIC.
 *
 * Also the number of message slots in a message page and of event flag
 * arrays in an event flags page.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sim-page}
 * \tlfs60b{11.10,Synthetic Interrupt Sources}
 * \tlfs60b{11}
 * \tlfs60b{11.1}
 * \tlfs20{14.8.1}
 * \tlfs20{14}
 * \tlfs20{14.1}
 * \see HV_SYNIC_SINT_INDEX
 */
#define HV_SYNIC_SINT_COUNT 16

/**
 * \brief Index of a synthetic interrupt source: 0 to HV_SYNIC_SINT_COUNT - 1.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_synic_sint_index}
 * \tlfs60b{11.10,Synthetic Interrupt Sources}
 * \tlfs60b{11.10}
 * \tlfs20{14.8.1}
 * \tlfs20{14.8}
 */
typedef UINT32 HV_SYNIC_SINT_INDEX;

/**
 * \brief Contents of the SCONTROL register: the switch that lets the SynIC of
 *        a virtual processor take messages and event flags.
 *
 * While Enable is clear, no message is queued to this virtual processor and
 * no event flag notification is directed to it. The register is zero when
 * the virtual processor is created and after a reset.
 *
 * \note The 2013 WDK names bits 63:1 ReservedP; the TLFS tables call them
 *       RsvdP. \erratum{E108}
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#scontrol-register}
 * \tlfs60b{11.8,SCONTROL Register}
 * \tlfs60b{11.8}
 * \tlfs20{14.6.1}
 * \tlfs20{14.6}
 * \wdk2013{HV_SYNIC_SCONTROL}
 * \see HV_X64_MSR_SCONTROL
 */
typedef union _HV_SYNIC_SCONTROL {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1; /**< Set: messages and event flags may be delivered to this virtual processor's SynIC. */
        UINT64 RsvdP : 63; /**< Reserved; write back the value read. */
    };
} HV_SYNIC_SCONTROL, *PHV_SYNIC_SCONTROL;
HVREF_ASSERT_SIZE(HV_SYNIC_SCONTROL, 0x8);

/**
 * \brief Contents of the read-only SVERSION register: the SynIC's version.
 *
 * Writing the register raises a general protection fault. The first version
 * of the hypervisor reports version 1.
 *
 * \note The online TLFS marks bits 63:32 RsvdP; TLFS 6.0b and 2.0 mark them
 *       Rsvd. \erratum{E109}
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sversion-register}
 * \tlfs60b{11.8,SVERSION Register}
 * \tlfs20{14.6.2}
 * \see HV_X64_MSR_SVERSION
 */
typedef union _HV_SYNIC_SVERSION {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 SynicVersion : 32; /**< Version number of the SynIC. */
        UINT64 RsvdP : 32;        /**< Reserved. */
    };
} HV_SYNIC_SVERSION, *PHV_SYNIC_SVERSION;
HVREF_ASSERT_SIZE(HV_SYNIC_SVERSION, 0x8);

/**
 * \brief Contents of the SIEFP register: whether the event flags page (SIEF
 *        page) is enabled, and its guest physical page.
 *
 * The page holds one HV_SYNIC_EVENT_FLAGS array per SINT
 * (HV_SYNIC_EVENT_FLAGS_PAGE) and overlays the guest physical page given by
 * BaseAddress. The register is zero (page disabled) when the virtual
 * processor is created and after a reset.
 *
 * \note The TLFS tables name the fields Enable, RsvdP and (SIEFP) Base
 *       Address; the 2013 WDK names them SiefpEnabled, ReservedP and
 *       BaseSiefpGpa. \erratum{E110} \erratum{E111} \erratum{E112}
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#siefp-register}
 * \tlfs60b{11.8,SIEFP Register}
 * \tlfs20{14.6.3}
 * \wdk2013{HV_SYNIC_SIEFP}
 * \see HV_X64_MSR_SIEFP HV_SYNIC_EVENT_FLAGS_PAGE
 */
typedef union _HV_SYNIC_SIEFP {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1;       /**< Set: the SIEF page is enabled. */
        UINT64 RsvdP : 11;       /**< Reserved; write back the value read. */
        UINT64 BaseAddress : 52; /**< Guest physical page number of the SIEF page (the address shifted right by 12). */
    };
} HV_SYNIC_SIEFP, *PHV_SYNIC_SIEFP;
HVREF_ASSERT_SIZE(HV_SYNIC_SIEFP, 0x8);

/**
 * \brief Contents of the SIMP register: whether the message page (SIM page)
 *        is enabled, and its guest physical page.
 *
 * The page holds one HV_MESSAGE slot per SINT (HV_MESSAGE_PAGE) and overlays
 * the guest physical page given by BaseAddress. The register is zero (page
 * disabled) when the virtual processor is created and after a reset.
 *
 * \note The TLFS tables name the fields Enable, RsvdP and (SIMP) Base
 *       Address; the 2013 WDK names them SimpEnabled, Preserved and
 *       BaseSimpGpa. \erratum{E113} \erratum{E114} \erratum{E115}
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#simp-register}
 * \tlfs60b{11.8,SIMP Register}
 * \tlfs20{14.6.4}
 * \wdk2013{HV_SYNIC_SIMP}
 * \see HV_X64_MSR_SIMP HV_MESSAGE_PAGE
 */
typedef union _HV_SYNIC_SIMP {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1;       /**< Set: the SIM page is enabled. */
        UINT64 RsvdP : 11;       /**< Reserved; write back the value read. */
        UINT64 BaseAddress : 52; /**< Guest physical page number of the SIM page (the address shifted right by 12). */
    };
} HV_SYNIC_SIMP, *PHV_SYNIC_SIMP;
HVREF_ASSERT_SIZE(HV_SYNIC_SIMP, 0x8);

/**
 * \brief Contents of the write-only EOM register: writing it (with zero)
 *        signals end of message.
 *
 * A write makes the hypervisor try to deliver the next queued message into
 * each SIM page slot that is empty (HvMessageTypeNone); with nothing queued
 * it does nothing. Reads return zero. A guest writes it after emptying a
 * slot whose header had MessagePending set.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#eom-register}
 * \tlfs60b{11.8,EOM Register}
 * \tlfs20{14.6.6}
 * \see HV_X64_MSR_EOM HV_MESSAGE_FLAGS
 */
typedef union _HV_SYNIC_EOM {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 RsvdZ : 64; /**< Reserved; write zero. */
    };
} HV_SYNIC_EOM, *PHV_SYNIC_EOM;
HVREF_ASSERT_SIZE(HV_SYNIC_EOM, 0x8);

/**
 * \brief Contents of a SINTx register (SINT0-SINT15): the vector of a
 *        synthetic interrupt source and how it is delivered.
 *
 * Every SINTx is 0x10000 (Masked set) when the virtual processor is created,
 * so a guest unmasks a source by writing a vector of 16 to 255 with Masked
 * clear; another vector raises a general protection fault. Polling unmasks
 * the source without raising interrupts. With AutoEOI the hypervisor ends
 * the interrupt itself on delivery, and the guest must not write the APIC's
 * EOI for it.
 *
 * \note The online TLFS and 6.0b define Polling (bit 18); TLFS 2.0 and the
 *       2013 WDK have no Polling bit and reserve bits 63:18. \erratum{E116}
 * \note Bit 16 is Masked online and in the 2013 WDK, Mask in the 6.0b and
 *       2.0 diagrams; bit 17 is AutoEoi in the WDK; the WDK names the
 *       reserved ranges ReservedP1 and ReservedP2 where the TLFS tables say
 *       RsvdP (hvref numbers them RsvdP1 and RsvdP2). \erratum{E117}
 *       \erratum{E118} \erratum{E119} \erratum{E120}
 * \note Linux's header defines bits 19 (as_intercept) and 20 (proxy), which
 *       every TLFS edition reserves. \erratum{E141} \erratum{E142}
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs20{14.6.5}
 * \wdk2013{HV_SYNIC_SINT}
 * \see HV_X64_MSR_SINT0 HV_X64_MSR_SINT15
 */
typedef union _HV_SYNIC_SINT {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 Vector : 8;  /**< Interrupt vector, 16 to 255. */
        UINT64 RsvdP1 : 8;  /**< Reserved (bits 15:8); write back the value read. */
        UINT64 Masked : 1;  /**< Set: the source is masked (the value at creation). */
        UINT64 AutoEOI : 1; /**< Set: the hypervisor performs the EOI when it delivers the interrupt. */
        UINT64 Polling : 1; /**< Set: the source is unmasked but raises no interrupt (polling mode). */
        UINT64 RsvdP2 : 45; /**< Reserved (bits 63:19); write back the value read. */
    };
} HV_SYNIC_SINT, *PHV_SYNIC_SINT;
HVREF_ASSERT_SIZE(HV_SYNIC_SINT, 0x8);

/**
 * \brief Mask of the message type bit that marks a type as the hypervisor's:
 *        HvCallPostMessage refuses a type with it set.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \tlfs60b{11.10,SynIC Message Types}
 * \tlfs20{14.8.2}
 * \see HV_MESSAGE_TYPE
 */
#define HV_MESSAGE_TYPE_HYPERVISOR_MASK 0x80000000u

/* Values from 0x80000000 up do not fit an int: C before C23 reports such
 * enumerators under -Wpedantic. The enumeration is kept, as in the TLFS and
 * Microsoft's headers, and that one warning is silenced around it; every
 * structure field holding a message type is a UINT32. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

/**
 * \brief Type of a SynIC message (HV_MESSAGE_HEADER::MessageType), a 32-bit
 *        number.
 *
 * Types with the high bit (HV_MESSAGE_TYPE_HYPERVISOR_MASK) set are sent by
 * the hypervisor: intercepts, timer expirations, errors. Guests posting
 * messages with HvCallPostMessage choose any other non-zero value. A slot of
 * the message page whose type is HvMessageTypeNone is empty. The list is the
 * union of the editions' lists.
 *
 * \note HvMessageTypeMsrIntercept and HvMessageTypeExceptionIntercept are
 *       spelled HvMessageTypeX64MsrIntercept and
 *       HvMessageTypeX64ExceptionIntercept in TLFS 2.0 and the 2013 WDK;
 *       HvMessageTypeEventLogBuffersComplete is
 *       HvMessageTypeEventLogBufferComplete in the WDK. \erratum{E121}
 *       \erratum{E122} \erratum{E123}
 * \note The editions list different values. Only the online TLFS has
 *       HvMessageTypeUnacceptedGpa and the others marked "online TLFS only"
 *       \erratum{E124}; only 6.0b has HvMessageTypeTlbPageSizeMismatch
 *       \erratum{E125}; only 2.0 has HvMessageTypeApicEoi and
 *       HvMessageTypeFerrAsserted \erratum{E126}; the online TLFS lacks
 *       HvMessageTypeEventLogBuffersComplete \erratum{E127}; 2.0 lacks
 *       HvMessageTypeHypercallIntercept and HvMessageTypeRegisterIntercept
 *       \erratum{E128} and HvMessageTypeX64ApicEoi \erratum{E129}; only
 *       6.0b and the WDK have HvMessageTypeX64LegacyFpError \erratum{E130}.
 * \note Linux's header gives 0x80010006 to an IOMMU page request message
 *       (HVMSG_X64_IOMMU_PRQ) where the online TLFS and 6.0b have
 *       HvMessageTypeRegisterIntercept. \erratum{E140}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \tlfs60b{11.10,SynIC Message Types}
 * \tlfs60b{11.3}
 * \tlfs60b{11.3,Timer Message Buffers}
 * \tlfs60b{11.3,Intercept Message Buffers}
 * \tlfs60b{11.3,Event Log Message Buffers}
 * \tlfs20{14.8.2}
 * \tlfs20{14.2.1}
 * \wdk2013{HV_MESSAGE_TYPE}
 * \see HV_MESSAGE_HEADER
 */
typedef enum _HV_MESSAGE_TYPE {
    HvMessageTypeNone = 0x00000000,                       /**< No message: the slot is empty. */
    HvMessageTypeUnmappedGpa = 0x80000000,                /**< Memory access: the guest touched an unmapped GPA. */
    HvMessageTypeGpaIntercept = 0x80000001,               /**< Memory access: an intercepted GPA access. */
    HvMessageTypeUnacceptedGpa = 0x80000003,              /**< Memory access: a GPA not yet accepted by the guest (online TLFS only). */
    HvMessageTypeGpaAttributeIntercept = 0x80000004,      /**< Memory access: a GPA attribute intercept (online TLFS only). */
    HvMessageTimerExpired = 0x80000010,                   /**< A synthetic timer expired. */
    HvMessageTypeInvalidVpRegisterValue = 0x80000020,     /**< Error: a virtual processor register holds a value it cannot run with. */
    HvMessageTypeUnrecoverableException = 0x80000021,     /**< Error: an exception the virtual processor cannot recover from. */
    HvMessageTypeUnsupportedFeature = 0x80000022,         /**< Error: the guest used a feature the hypervisor does not support. */
    HvMessageTypeTlbPageSizeMismatch = 0x80000023,        /**< Error: TLB page size mismatch (TLFS 6.0b only). */
    HvMessageTypeApicEoi = 0x80000030,                    /**< Default intercept: APIC EOI (TLFS 2.0 only). */
    HvMessageTypeFerrAsserted = 0x80000031,               /**< Default intercept: FERR asserted (TLFS 2.0 only). */
    HvMessageTypeOpaqueIntercept = 0x8000003F,            /**< An intercept whose details are in the intercept page (online TLFS only). */
    HvMessageTypeEventLogBuffersComplete = 0x80000040,    /**< Trace: event log buffers are complete (TLFS 6.0b and 2.0). */
    HvMessageTypeHypercallIntercept = 0x80000050,         /**< An intercepted hypercall. */
    HvMessageTypeSynicEventIntercept = 0x80000060,        /**< SynIC: an event intercept (online TLFS only). */
    HvMessageTypeSynicSintIntercept = 0x80000061,         /**< SynIC: a SINT intercept (online TLFS only). */
    HvMessageTypeSynicSintDeliverable = 0x80000062,       /**< SynIC: a SINT became deliverable (online TLFS only). */
    HvMessageTypeAsyncCallCompletion = 0x80000070,        /**< An asynchronous call completed (online TLFS only). */
    HvMessageInsufficientMemory = 0x80000071,             /**< The hypervisor ran short of memory (online TLFS only). */
    HvMessageTypeSchedulerVpSignalBitset = 0x80000100,    /**< Scheduler: virtual processors signalled, as a bit set (online TLFS only). */
    HvMessageTypeSchedulerVpSignalPair = 0x80000101,      /**< Scheduler: virtual processors signalled, as a pair (online TLFS only). */
    HvMessageTypeX64IoPortIntercept = 0x80010000,         /**< x64: an I/O port access was intercepted. */
    HvMessageTypeMsrIntercept = 0x80010001,               /**< An MSR access was intercepted. */
    HvMessageTypeX64CpuidIntercept = 0x80010002,          /**< x64: a CPUID instruction was intercepted. */
    HvMessageTypeExceptionIntercept = 0x80010003,         /**< An exception was intercepted. */
    HvMessageTypeX64ApicEoi = 0x80010004,                 /**< x64: an APIC EOI was intercepted. */
    HvMessageTypeX64LegacyFpError = 0x80010005,           /**< x64: a legacy floating-point error (TLFS 6.0b and the 2013 WDK). */
    HvMessageTypeRegisterIntercept = 0x80010006,          /**< A register access was intercepted. */
    HvMessageTypeX64Halt = 0x80010007,                    /**< x64: HLT (online TLFS only). */
    HvMessageTypeX64InterruptionDeliverable = 0x80010008, /**< x64: an interruption became deliverable (online TLFS only). */
    HvMessageTypeX64SipiIntercept = 0x80010009,           /**< x64: a SIPI was intercepted (online TLFS only). */
    HvMessageTypeX64RdtscIntercept = 0x8001000A,          /**< x64: RDTSC was intercepted (online TLFS only). */
    HvMessageTypeX64ApicSmiIntercept = 0x8001000B,        /**< x64: an APIC SMI was intercepted (online TLFS only). */
    HvMessageTypeArm64ResetIntercept = 0x8001000C,        /**< ARM64: a reset was intercepted (online TLFS only). */
    HvMessageTypeX64ApicInitSipiIntercept = 0x8001000D,   /**< x64: an APIC INIT-SIPI was intercepted (online TLFS only). */
    HvMessageTypeX64ApicWriteIntercept = 0x8001000E,      /**< x64: an APIC write was intercepted (online TLFS only). */
    HvMessageTypeX64SnpGuestRequestIntercept = 0x80010011, /**< x64: an SEV-SNP guest request was intercepted (online TLFS only). */
    HvMessageTypeX64ExceptionTrapIntercept = 0x80010012,  /**< x64: an exception trap was intercepted (online TLFS only). */
    HvMessageTypeX64SevVmgexitIntercept = 0x80010013,     /**< x64: an SEV VMGEXIT was intercepted (online TLFS only). */
    HvMessageTypeX64MsrListIntercept = 0x80010015         /**< x64: an access to an MSR of an intercept list (online TLFS only). */
} HV_MESSAGE_TYPE;

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

/**
 * \brief Size in bytes of one SynIC message (HV_MESSAGE): header and payload.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.10,SynIC Message Format}
 * \tlfs20{14.8.4}
 * \see HV_MESSAGE
 */
#define HV_MESSAGE_SIZE 256

/**
 * \brief Largest payload of a SynIC message, in bytes.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.10,SynIC Message Format}
 * \tlfs20{14.8.4}
 * \see HV_MESSAGE HV_INPUT_POST_MESSAGE
 */
#define HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT 240

/**
 * \brief Largest payload of a SynIC message, in 8-byte words.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.10,SynIC Message Format}
 * \tlfs20{14.8.4}
 * \see HV_MESSAGE
 */
#define HV_MESSAGE_MAX_PAYLOAD_QWORD_COUNT 30

/**
 * \brief Flags of a SynIC message header.
 *
 * MessagePending says that more messages wait in the hypervisor's queue for
 * this SINT. The hypervisor may set it when it delivers the message or
 * later, so a guest reads it after emptying the slot, and writes the EOM
 * register when it is set.
 *
 * \note TLFS 6.0b and 2.0 label bits 7:1 RsvdZ in the diagram (their table
 *       says RsvdP, to be set to zero); their declaration and the online
 *       TLFS name the field Reserved. \erratum{E138}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.10,SynIC Message Flags}
 * \tlfs20{14.8.3}
 * \wdk2013{HV_MESSAGE_FLAGS}
 * \see HV_MESSAGE_HEADER HV_SYNIC_EOM
 */
typedef union _HV_MESSAGE_FLAGS {
    UINT8 AsUINT8; /**< The whole flags byte. */
    HVREF_EXTENSION struct {
        UINT8 MessagePending : 1; /**< Set: more messages are queued for this SINT; write EOM after emptying the slot. */
        UINT8 Reserved : 7;       /**< Reserved; zero. */
    };
} HV_MESSAGE_FLAGS, *PHV_MESSAGE_FLAGS;
HVREF_ASSERT_SIZE(HV_MESSAGE_FLAGS, 0x1);

/**
 * \brief Identifies a message port of a partition: a 24-bit ID in a 32-bit
 *        value whose top byte is reserved.
 *
 * No two ports of one partition share an ID. A message posted through a
 * connection carries the port's ID in its header.
 *
 * \note The whole-value member is spelled AsUint32 in TLFS 6.0b and 2.0 and
 *       AsUINT32 in the online TLFS. \erratum{E131}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_port_id}
 * \tlfs60b{11.10,Ports}
 * \tlfs20{14.8.6}
 * \see HV_MESSAGE_HEADER HV_CONNECTION_ID
 */
typedef union _HV_PORT_ID {
    UINT32 AsUINT32; /**< The whole 32-bit port ID. */
    HVREF_EXTENSION struct {
        UINT32 Id : 24;      /**< The port's identifier. */
        UINT32 Reserved : 8; /**< Reserved; must be zero. */
    };
} HV_PORT_ID, *PHV_PORT_ID;
HVREF_ASSERT_SIZE(HV_PORT_ID, 0x4);

/**
 * \brief Header of a SynIC message: its type, payload size, flags and
 *        sender.
 *
 * A message posted with HvCallPostMessage names the destination port in
 * Port; an intercept message names the partition whose virtual processor
 * caused it in Sender; a timer message has a zero OriginationId.
 *
 * \note The online TLFS and the 2013 WDK put PayloadSize at byte 4,
 *       MessageFlags at byte 5 and the reserved bytes at 6-7; TLFS 6.0b and
 *       2.0 declare Reserved at 4, MessageFlags at 6 and PayloadSize at 7.
 *       hvref follows the online TLFS. \erratum{E132} \erratum{E133}
 *       \erratum{E134}
 * \note The 2013 WDK's union has Sender and Port but no OriginationId.
 *       \erratum{E135}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.10,SynIC Message Format}
 * \tlfs20{14.8.4}
 * \wdk2013{HV_MESSAGE_HEADER}
 * \see HV_MESSAGE HV_MESSAGE_TYPE HV_MESSAGE_FLAGS
 */
typedef struct _HV_MESSAGE_HEADER {
    UINT32 MessageType;            /**< The message's type, an HV_MESSAGE_TYPE value; HvMessageTypeNone marks an empty slot. */
    UINT8 PayloadSize;             /**< Number of payload bytes that carry the message (at most HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT). */
    HV_MESSAGE_FLAGS MessageFlags; /**< Flags: MessagePending. */
    UINT16 Reserved;               /**< Reserved. */
    HVREF_EXTENSION union {
        UINT64 OriginationId;   /**< The sender as a 64-bit value; zero for timer messages. */
        HV_PARTITION_ID Sender; /**< Intercept messages: the partition whose virtual processor caused the intercept. */
        HV_PORT_ID Port;        /**< Posted messages: the destination port. */
    };
} HV_MESSAGE_HEADER, *PHV_MESSAGE_HEADER;
HVREF_ASSERT_SIZE(HV_MESSAGE_HEADER, 0x10);

/**
 * \brief A SynIC message: a header and up to 240 bytes of payload, 256 bytes
 *        in all.
 *
 * The hypervisor copies messages into the slots of the message page; it may
 * copy only the PayloadSize bytes of the payload that carry the message.
 * What the payload holds depends on the message type.
 *
 * Microsoft's 2013 driver kit overlays the payload with typed views of the
 * timer and event log payloads; hvref keeps the plain array, as the TLFS
 * does, and leaves the typed payloads to the chapters that define them.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.10,SynIC Message Format}
 * \tlfs60b{11.2}
 * \tlfs60b{11.4}
 * \tlfs20{14.8.4}
 * \tlfs20{14.2}
 * \tlfs20{14.2.4}
 * \wdk2013{HV_MESSAGE}
 * \see HV_MESSAGE_PAGE HV_MESSAGE_SIZE
 */
typedef struct _HV_MESSAGE {
    HV_MESSAGE_HEADER Header;                           /**< Type, payload size, flags and sender. */
    UINT64 Payload[HV_MESSAGE_MAX_PAYLOAD_QWORD_COUNT]; /**< The payload; its first PayloadSize bytes are the message. */
} HV_MESSAGE, *PHV_MESSAGE;
HVREF_ASSERT_SIZE(HV_MESSAGE, 0x100);

/**
 * \brief The SIM page: one message slot per synthetic interrupt source.
 *
 * The page that the SIMP register points at. Slot n receives the messages of
 * SINTn; the guest takes a message by copying it and then setting the slot's
 * MessageType to HvMessageTypeNone. The hypervisor writes the page while the
 * guest reads it, so code should access it through volatile pointers (the
 * 2013 WDK declares the array volatile). The TLFS describes the page's
 * content without naming a type.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sim-page}
 * \tlfs60b{11.9}
 * \tlfs60b{11.4,Recommended Message Handling}
 * \tlfs20{14.7}
 * \tlfs20{14.2.5}
 * \wdk2013{HV_MESSAGE_PAGE}
 * \see HV_SYNIC_SIMP HV_MESSAGE
 */
typedef struct _HV_MESSAGE_PAGE {
    HV_MESSAGE SintMessage[HV_SYNIC_SINT_COUNT]; /**< Message slot of each SINT, indexed by SINT number. */
} HV_MESSAGE_PAGE, *PHV_MESSAGE_PAGE;
HVREF_ASSERT_SIZE(HV_MESSAGE_PAGE, 0x1000);

/**
 * \brief Number of event flags in one SINT's event flags array.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_synic_event_flags}
 * \tlfs60b{11.10,SynIC Event Flags}
 * \tlfs20{14.8.5}
 * \see HV_SYNIC_EVENT_FLAGS
 */
#define HV_EVENT_FLAGS_COUNT (256 * 8)

/**
 * \brief Size in bytes of one SINT's event flags array.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_synic_event_flags}
 * \tlfs60b{11.10,SynIC Event Flags}
 * \tlfs20{14.8.5}
 * \see HV_SYNIC_EVENT_FLAGS
 */
#define HV_EVENT_FLAGS_BYTE_COUNT 256

/**
 * \brief The event flags of one synthetic interrupt source: a bit array.
 *
 * Flag n is bit (n % 8) of byte n / 8. HvCallSignalEvent sets a flag; the
 * guest clears the flags it handled with locked (atomic) operations.
 *
 * \note The TLFS names the array Flags; the 2013 WDK declares a union of
 *       Flags8 (bytes) and Flags32 (32-bit words). \erratum{E136}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_synic_event_flags}
 * \tlfs60b{11.10,SynIC Event Flags}
 * \tlfs60b{11.5}
 * \tlfs60b{11.5,Event Flag Delivery}
 * \tlfs60b{11.5,Recommended Event Flag Handling}
 * \tlfs60b{11.5,Event Flags versus Messages}
 * \tlfs20{14.8.5}
 * \tlfs20{14.3}
 * \tlfs20{14.3.1}
 * \tlfs20{14.3.2}
 * \tlfs20{14.3.3}
 * \wdk2013{HV_SYNIC_EVENT_FLAGS}
 * \see HV_SYNIC_EVENT_FLAGS_PAGE HV_INPUT_SIGNAL_EVENT
 */
typedef struct _HV_SYNIC_EVENT_FLAGS {
    UINT8 Flags[HV_EVENT_FLAGS_BYTE_COUNT]; /**< Flags 0-2047, eight per byte, lowest bit first. */
} HV_SYNIC_EVENT_FLAGS, *PHV_SYNIC_EVENT_FLAGS;
HVREF_ASSERT_SIZE(HV_SYNIC_EVENT_FLAGS, 0x100);

/**
 * \brief The SIEF page: one event flags array per synthetic interrupt source.
 *
 * The page that the SIEFP register points at; array n holds the flags whose
 * interrupts go to SINTn. The hypervisor sets bits while the guest reads and
 * clears them, so code should access it through volatile pointers with
 * atomic operations. The TLFS describes the page's content without naming a
 * type.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sief-page}
 * \tlfs60b{11.9}
 * \tlfs20{14.7}
 * \wdk2013{HV_SYNIC_EVENT_FLAGS_PAGE}
 * \see HV_SYNIC_SIEFP HV_SYNIC_EVENT_FLAGS
 */
typedef struct _HV_SYNIC_EVENT_FLAGS_PAGE {
    HV_SYNIC_EVENT_FLAGS SintEventFlags[HV_SYNIC_SINT_COUNT]; /**< Event flags of each SINT, indexed by SINT number. */
} HV_SYNIC_EVENT_FLAGS_PAGE, *PHV_SYNIC_EVENT_FLAGS_PAGE;
HVREF_ASSERT_SIZE(HV_SYNIC_EVENT_FLAGS_PAGE, 0x1000);

/**
 * \brief Identifies a connection to a port: a 24-bit ID in a 32-bit value
 *        whose top byte is reserved.
 *
 * No two connections of one partition share an ID, and the hypervisor
 * attaches no special meaning to any particular ID.
 *
 * \note The whole-value member is spelled AsUint32 in TLFS 6.0b and 2.0 and
 *       AsUInt32 in the online TLFS; hvref uses AsUINT32, the spelling it
 *       uses for every whole-value member. \erratum{E047}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_id}
 * \tlfs60b{11.10,Connections}
 * \tlfs20{14.8.8}
 * \see HV_INPUT_SIGNAL_EVENT
 */
typedef union _HV_CONNECTION_ID {
    UINT32 AsUINT32; /**< The whole 32-bit connection ID. */
    HVREF_EXTENSION struct {
        UINT32 Id : 24;       /**< The connection's identifier. */
        UINT32 Reserved : 8;  /**< Reserved; must be zero. */
    };
} HV_CONNECTION_ID, *PHV_CONNECTION_ID;
HVREF_ASSERT_SIZE(HV_CONNECTION_ID, 0x4);

/**
 * \brief Input of HvCallPostMessage: the connection, the message type and
 *        the payload of the message to post.
 *
 * The hypervisor queues a message with this type and payload to the port
 * behind the connection; the receiver finds it in the slot of the port's
 * SINT in a message page, with the port's ID as sender. Only the first
 * PayloadSize bytes of Message are sent. The caller needs the PostMessages
 * partition privilege.
 *
 * \note The online TLFS names bytes 4-7 RsvdZ; TLFS 6.0b, 2.0 and the 2013
 *       WDK call them Padding. \erratum{E137}
 *
 * \par Specification
 * \hvcallrefs{HvCallPostMessage}
 * \tlfsonline{datatypes/hv_message}
 * \tlfs60b{11.3,Guest Message Buffers}
 * \tlfs60b{11.3,Message Buffer Queues}
 * \tlfs60b{11.3,Reliability and Sequencing of Guest Message Buffers}
 * \tlfs60b{11.11}
 * \tlfs20{14.2.2}
 * \tlfs20{14.2.3}
 * \tlfs20{14.9}
 * \see HV_CONNECTION_ID HV_MESSAGE_TYPE HV_MESSAGE
 */
typedef struct _HV_INPUT_POST_MESSAGE {
    HV_CONNECTION_ID ConnectionId;                      /**< One of the caller's connections; the message goes to the message port it leads to. */
    UINT32 RsvdZ;                                       /**< Reserved; must be zero. */
    UINT32 MessageType;                                 /**< The type the receiver sees in the header, an HV_MESSAGE_TYPE value: non-zero, high bit clear. */
    UINT32 PayloadSize;                                 /**< Number of bytes of Message to send, at most HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT. */
    UINT64 Message[HV_MESSAGE_MAX_PAYLOAD_QWORD_COUNT]; /**< The payload; only its first PayloadSize bytes are sent. */
} HV_INPUT_POST_MESSAGE, *PHV_INPUT_POST_MESSAGE;
HVREF_ASSERT_SIZE(HV_INPUT_POST_MESSAGE, 0x100);

/**
 * \brief Input of HvCallSignalEvent: the connection, and which event flag of
 *        the port to set.
 *
 * The hypervisor adds FlagNumber to the port's base flag number and sets that
 * bit in the SIEF page of a virtual processor of the partition owning the
 * port. The caller needs the SignalEvents partition privilege. At 8 bytes
 * the input fits in the first input register, so the call is usually made
 * as a register-based fast hypercall.
 *
 * \note The 2013 WDK names the last field Rsvd; TLFS 2.0, 6.0b and the online
 *       TLFS name it RsvdZ. \erratum{E048}
 *
 * \par Specification
 * \hvcallrefs{HvCallSignalEvent}
 * \tlfsonline{datatypes/hv_connection_id}
 * \see HV_CONNECTION_ID
 */
typedef struct _HV_INPUT_SIGNAL_EVENT {
    HV_CONNECTION_ID ConnectionId; /**< One of the caller's connections; the event goes to the event port it leads to. */
    UINT16 FlagNumber;             /**< Which event flag to set, counted from the port's base flag number; must be below the port's flag count. */
    UINT16 RsvdZ;                  /**< Reserved; must be zero. */
} HV_INPUT_SIGNAL_EVENT, *PHV_INPUT_SIGNAL_EVENT;
HVREF_ASSERT_SIZE(HV_INPUT_SIGNAL_EVENT, 0x8);

/**
 * \brief Input of HvCallSignalEventDirect: the partition, virtual processor,
 *        VTL and SINT to signal, and the event flag to set.
 *
 * Unlike HvCallSignalEvent no connection is involved: the caller names the
 * target virtual processor and its synthetic interrupt source itself, and
 * FlagNumber indexes that SINT's event flags directly.
 *
 * \par Specification
 * \hvcallrefs{HvCallSignalEventDirect}
 * \see HV_OUTPUT_SIGNAL_EVENT_DIRECT HV_SYNIC_EVENT_FLAGS
 */
typedef struct _HV_INPUT_SIGNAL_EVENT_DIRECT {
    HV_PARTITION_ID TargetPartition; /**< The partition whose virtual processor gets the event. */
    HV_VP_INDEX TargetVp;            /**< Index of the target virtual processor. */
    UINT8 TargetVtl;                 /**< The target VTL (an HV_VTL, 0-15). */
    UINT8 TargetSint;                /**< The target SINT, 0 to HV_SYNIC_SINT_COUNT - 1; its flag array in the SIEF page is used. */
    UINT16 FlagNumber;               /**< Which event flag of that SINT to set, below HV_EVENT_FLAGS_COUNT. */
} HV_INPUT_SIGNAL_EVENT_DIRECT, *PHV_INPUT_SIGNAL_EVENT_DIRECT;
HVREF_ASSERT_SIZE(HV_INPUT_SIGNAL_EVENT_DIRECT, 0x10);

/**
 * \brief Output of HvCallSignalEventDirect: whether this call set the flag.
 *
 * \note The online TLFS's output table has only the 1-byte NewlySignaled;
 *       Linux's definition pads the output to 8 bytes, the unit in which
 *       hypercall parameters are laid out. \erratum{E139}
 *
 * \par Specification
 * \hvcallrefs{HvCallSignalEventDirect}
 * \see HV_INPUT_SIGNAL_EVENT_DIRECT
 */
typedef struct _HV_OUTPUT_SIGNAL_EVENT_DIRECT {
    UINT8 NewlySignaled; /**< Non-zero (TRUE): the flag was clear and this call set it; zero: it was already set. */
    UINT8 Reserved[7];   /**< Reserved. */
} HV_OUTPUT_SIGNAL_EVENT_DIRECT, *PHV_OUTPUT_SIGNAL_EVENT_DIRECT;
HVREF_ASSERT_SIZE(HV_OUTPUT_SIGNAL_EVENT_DIRECT, 0x8);

/**
 * \brief The kind of a port, and so of the connections to it: what travels
 *        through them.
 *
 * A message port takes HvCallPostMessage, an event port HvCallSignalEvent; a
 * monitor port joins two monitor pages (HV_MONITOR_PAGE) that the hypervisor
 * scans for pending triggers; a doorbell port turns a guest's write to a
 * chosen guest physical address into a notification of the port's owner.
 * Structure fields that hold a port type are UINT32 values.
 *
 * \note The online TLFS lists only HvPortTypeDoorbell; TLFS 6.0b, 2.0 and the
 *       2013 WDK list only the message, event and monitor types.
 *       Microsoft's headers (Linux's include/hyperv/hvhdk.h) have all four
 *       with these values. \erratum{E157} \erratum{E158}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_port_type}
 * \tlfs60b{11.10,Ports}
 * \tlfs20{14.8.6}
 * \wdk2013{HV_PORT_TYPE}
 * \see HV_PORT_INFO HV_CONNECTION_INFO
 */
typedef enum _HV_PORT_TYPE {
    HvPortTypeMessage = 1,  /**< Message port: the target of HvCallPostMessage. */
    HvPortTypeEvent = 2,    /**< Event port: the target of HvCallSignalEvent, with a range of event flags. */
    HvPortTypeMonitor = 3,  /**< Monitor port: shares a monitor page (HV_MONITOR_PAGE) with the connecting partition. */
    HvPortTypeDoorbell = 4  /**< Doorbell port: a write to a guest physical address of the connecting partition signals the port (online TLFS only). */
} HV_PORT_TYPE;

/**
 * \brief The type-specific part of HV_PORT_INFO for a message port
 *        (HvPortTypeMessage).
 *
 * The TLFS declares this part inline as the MessagePortInfo member of
 * HV_PORT_INFO's union; hvref gives it a type name so that it has its own
 * layout.
 *
 * \par Specification
 * \tlfs60b{11.10,Ports}
 * \tlfs20{14.8.6}
 * \tlfs20{14.9.1}
 * \wdk2013{HV_PORT_INFO}
 * \see HV_PORT_INFO
 */
typedef struct _HV_MESSAGE_PORT_INFO {
    HV_SYNIC_SINT_INDEX TargetSint; /**< The SINT that receives the port's messages, 1-15 (SINT0 is the hypervisor's). */
    HV_VP_INDEX TargetVp;           /**< The virtual processor that receives them, or HV_ANY_VP to let the hypervisor choose. */
    UINT64 RsvdZ;                   /**< Reserved; must be zero. */
} HV_MESSAGE_PORT_INFO, *PHV_MESSAGE_PORT_INFO;
HVREF_ASSERT_SIZE(HV_MESSAGE_PORT_INFO, 0x10);

/**
 * \brief The type-specific part of HV_PORT_INFO for an event port
 *        (HvPortTypeEvent): its SINT, processor and range of event flags.
 *
 * HvCallSignalEvent's FlagNumber counts from BaseFlagNumber and must be below
 * FlagCount; BaseFlagNumber + FlagCount stays below HV_EVENT_FLAGS_COUNT.
 *
 * \par Specification
 * \tlfs60b{11.10,Ports}
 * \tlfs20{14.8.6}
 * \tlfs20{14.9.1}
 * \wdk2013{HV_PORT_INFO}
 * \see HV_PORT_INFO HV_INPUT_SIGNAL_EVENT
 */
typedef struct _HV_EVENT_PORT_INFO {
    HV_SYNIC_SINT_INDEX TargetSint; /**< The SINT whose event flags the port sets, 1-15. */
    HV_VP_INDEX TargetVp;           /**< The virtual processor whose SIEF page is used, or HV_ANY_VP. */
    UINT16 BaseFlagNumber;          /**< First event flag of the port, 0-2047. */
    UINT16 FlagCount;               /**< Number of event flags from BaseFlagNumber; not zero. */
    UINT32 RsvdZ;                   /**< Reserved; must be zero. */
} HV_EVENT_PORT_INFO, *PHV_EVENT_PORT_INFO;
HVREF_ASSERT_SIZE(HV_EVENT_PORT_INFO, 0x10);

/**
 * \brief The type-specific part of HV_PORT_INFO for a monitor port
 *        (HvPortTypeMonitor): where the port's partition sees the monitor
 *        page.
 *
 * \par Specification
 * \tlfs60b{11.10,Ports}
 * \tlfs20{14.8.6}
 * \tlfs20{14.9.1}
 * \wdk2013{HV_PORT_INFO}
 * \see HV_PORT_INFO HV_MONITOR_PAGE
 */
typedef struct _HV_MONITOR_PORT_INFO {
    HV_GPA MonitorAddress; /**< Guest physical address, page aligned, at which the monitor page appears in the port's partition. */
    UINT64 RsvdZ;          /**< Reserved; must be zero. */
} HV_MONITOR_PORT_INFO, *PHV_MONITOR_PORT_INFO;
HVREF_ASSERT_SIZE(HV_MONITOR_PORT_INFO, 0x10);

/**
 * \brief The type-specific part of HV_PORT_INFO for a doorbell port
 *        (HvPortTypeDoorbell): the SINT and processor that a rung doorbell
 *        notifies.
 *
 * \note The online page's field table puts TargetVp at byte 9 and gives
 *       TargetSint 1 byte and RsvdZ 11 bytes; its own declaration, with a
 *       4-byte HV_SYNIC_SINT_INDEX, and Linux's header put them at bytes
 *       8, 12 and 16 of HV_PORT_INFO, as hvref does. \erratum{E159}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_port_info}
 * \see HV_PORT_INFO HV_DOORBELL_CONNECTION_INFO
 */
typedef struct _HV_DOORBELL_PORT_INFO {
    HV_SYNIC_SINT_INDEX TargetSint; /**< The SINT that a rung doorbell raises. */
    HV_VP_INDEX TargetVp;           /**< The virtual processor to notify, or HV_ANY_VP. */
    UINT64 RsvdZ;                   /**< Reserved; must be zero. */
} HV_DOORBELL_PORT_INFO, *PHV_DOORBELL_PORT_INFO;
HVREF_ASSERT_SIZE(HV_DOORBELL_PORT_INFO, 0x10);

/**
 * \brief What a port is created with: its type and the part of the union
 *        that type uses.
 *
 * Only the member that matches PortType is read; the bytes of the union it
 * leaves unused are zero. HvCallCreatePort and HvCallCreatePortDeprecated
 * take it.
 *
 * \note Bytes 4-7 are Padding online and in the 2013 WDK, ReservedZ in TLFS
 *       6.0b and 2.0. \erratum{E160}
 * \note The online page's union has only DoorbellPortInfo; 6.0b, 2.0 and the
 *       WDK have only MessagePortInfo, EventPortInfo and MonitorPortInfo;
 *       Linux's header has all four. \erratum{E178}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_port_info}
 * \tlfsonline{inter-partition-communication#ports-and-connections}
 * \tlfs60b{11.10,Ports}
 * \tlfs60b{11.6}
 * \tlfs20{14.8.6}
 * \tlfs20{14.4}
 * \wdk2013{HV_PORT_INFO}
 * \see HV_PORT_TYPE HV_INPUT_CREATE_PORT HV_INPUT_CREATE_PORT_DEPRECATED
 */
typedef struct _HV_PORT_INFO {
    UINT32 PortType; /**< The port's type, an HV_PORT_TYPE value; selects the union member. */
    UINT32 Padding;  /**< Reserved; must be zero. */
    HVREF_EXTENSION union {
        HV_MESSAGE_PORT_INFO MessagePortInfo;   /**< HvPortTypeMessage. */
        HV_EVENT_PORT_INFO EventPortInfo;       /**< HvPortTypeEvent. */
        HV_MONITOR_PORT_INFO MonitorPortInfo;   /**< HvPortTypeMonitor. */
        HV_DOORBELL_PORT_INFO DoorbellPortInfo; /**< HvPortTypeDoorbell. */
    };
} HV_PORT_INFO, *PHV_PORT_INFO;
HVREF_ASSERT_SIZE(HV_PORT_INFO, 0x18);

/**
 * \brief The type-specific part of HV_CONNECTION_INFO for a connection to a
 *        message port: nothing, eight zero bytes.
 *
 * \par Specification
 * \tlfs60b{11.10,Connection Information}
 * \tlfs20{14.8.9}
 * \wdk2013{HV_CONNECTION_INFO}
 * \see HV_CONNECTION_INFO
 */
typedef struct _HV_MESSAGE_CONNECTION_INFO {
    UINT64 RsvdZ; /**< Reserved; must be zero. */
} HV_MESSAGE_CONNECTION_INFO, *PHV_MESSAGE_CONNECTION_INFO;
HVREF_ASSERT_SIZE(HV_MESSAGE_CONNECTION_INFO, 0x8);

/**
 * \brief The type-specific part of HV_CONNECTION_INFO for a connection to an
 *        event port: nothing, eight zero bytes.
 *
 * \par Specification
 * \tlfs60b{11.10,Connection Information}
 * \tlfs20{14.8.9}
 * \wdk2013{HV_CONNECTION_INFO}
 * \see HV_CONNECTION_INFO
 */
typedef struct _HV_EVENT_CONNECTION_INFO {
    UINT64 RsvdZ; /**< Reserved; must be zero. */
} HV_EVENT_CONNECTION_INFO, *PHV_EVENT_CONNECTION_INFO;
HVREF_ASSERT_SIZE(HV_EVENT_CONNECTION_INFO, 0x8);

/**
 * \brief The type-specific part of HV_CONNECTION_INFO for a connection to a
 *        monitor port: where the connecting partition sees the monitor page.
 *
 * \par Specification
 * \tlfs60b{11.10,Connection Information}
 * \tlfs20{14.8.9}
 * \tlfs20{14.9.3}
 * \wdk2013{HV_CONNECTION_INFO}
 * \see HV_CONNECTION_INFO HV_MONITOR_PAGE
 */
typedef struct _HV_MONITOR_CONNECTION_INFO {
    HV_GPA MonitorAddress; /**< Guest physical address, page aligned, of the monitor page in the connecting partition. */
} HV_MONITOR_CONNECTION_INFO, *PHV_MONITOR_CONNECTION_INFO;
HVREF_ASSERT_SIZE(HV_MONITOR_CONNECTION_INFO, 0x8);

/**
 * \brief Doorbell trigger flag (HV_DOORBELL_CONNECTION_INFO::Flags): a
 *        write of any size rings the doorbell.
 *
 * The low bits hold one HV_DOORBELL_FLAG_TRIGGER_SIZE_* value;
 * HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE may be added to it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-flags-configuration}
 * \see HV_DOORBELL_CONNECTION_INFO
 */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_ANY 0x00000000u

/**
 * \brief Doorbell trigger flag: only a 1-byte write rings the doorbell.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-flags-configuration}
 * \see HV_DOORBELL_CONNECTION_INFO
 */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_BYTE 0x00000001u

/**
 * \brief Doorbell trigger flag: only a 2-byte write rings the doorbell.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-flags-configuration}
 * \see HV_DOORBELL_CONNECTION_INFO
 */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_WORD 0x00000002u

/**
 * \brief Doorbell trigger flag: only a 4-byte write rings the doorbell.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-flags-configuration}
 * \see HV_DOORBELL_CONNECTION_INFO
 */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_DWORD 0x00000003u

/**
 * \brief Doorbell trigger flag: only an 8-byte write rings the doorbell.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-flags-configuration}
 * \see HV_DOORBELL_CONNECTION_INFO
 */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_QWORD 0x00000004u

/**
 * \brief Doorbell trigger flag: any written value rings the doorbell
 *        (TriggerValue is ignored).
 *
 * Without it only a write of TriggerValue does.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-flags-configuration}
 * \see HV_DOORBELL_CONNECTION_INFO
 */
#define HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE 0x80000000u

/**
 * \brief The type-specific part of HV_CONNECTION_INFO for a connection to a
 *        doorbell port: the address to watch and which writes ring.
 *
 * A write by the connecting partition to GuestPhysicalAddress that matches
 * Flags (size) and TriggerValue (unless HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE is
 * set) notifies the port. The watched bytes must not cross a page boundary.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info#doorbell-connections-hvporttypedoorbell}
 * \see HV_CONNECTION_INFO HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE
 */
typedef struct _HV_DOORBELL_CONNECTION_INFO {
    HV_GPA GuestPhysicalAddress; /**< The watched guest physical address in the connecting partition. */
    UINT64 TriggerValue;         /**< The value whose write rings the doorbell. */
    UINT64 Flags;                /**< One HV_DOORBELL_FLAG_TRIGGER_SIZE_* value, optionally with HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE. */
} HV_DOORBELL_CONNECTION_INFO, *PHV_DOORBELL_CONNECTION_INFO;
HVREF_ASSERT_SIZE(HV_DOORBELL_CONNECTION_INFO, 0x18);

/**
 * \brief What a connection is created with: the type of the port it leads
 *        to and the part of the union that type uses.
 *
 * Only the member that matches PortType is read; the bytes it leaves unused
 * are zero. HvCallConnectPort takes it.
 *
 * \note Bytes 4-7 are Padding online and in the 2013 WDK, ReservedZ in TLFS
 *       6.0b and 2.0. \erratum{E160}
 * \note The online page's union has only DoorbellConnectionInfo, which makes
 *       the structure 32 bytes; 6.0b, 2.0 and the WDK have only the 8-byte
 *       message, event and monitor members (16 bytes in all); Linux's header
 *       has all four. \erratum{E161} \erratum{E162}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_info}
 * \tlfsonline{inter-partition-communication#ports-and-connections}
 * \tlfs60b{11.10,Connection Information}
 * \tlfs60b{11.6}
 * \tlfs20{14.8.9}
 * \tlfs20{14.4}
 * \wdk2013{HV_CONNECTION_INFO}
 * \see HV_PORT_TYPE HV_INPUT_CONNECT_PORT
 */
typedef struct _HV_CONNECTION_INFO {
    UINT32 PortType; /**< The type of the port connected to, an HV_PORT_TYPE value; selects the union member. */
    UINT32 Padding;  /**< Reserved; must be zero. */
    HVREF_EXTENSION union {
        HV_MESSAGE_CONNECTION_INFO MessageConnectionInfo;   /**< HvPortTypeMessage. */
        HV_EVENT_CONNECTION_INFO EventConnectionInfo;       /**< HvPortTypeEvent. */
        HV_MONITOR_CONNECTION_INFO MonitorConnectionInfo;   /**< HvPortTypeMonitor. */
        HV_DOORBELL_CONNECTION_INFO DoorbellConnectionInfo; /**< HvPortTypeDoorbell. */
    };
} HV_CONNECTION_INFO, *PHV_CONNECTION_INFO;
HVREF_ASSERT_SIZE(HV_CONNECTION_INFO, 0x20);

/**
 * \brief A port property's value: 64 bits.
 *
 * \par Specification
 * \tlfs20{14.8.7}
 * \see HV_PORT_PROPERTY_CODE
 */
typedef UINT64 HV_PORT_PROPERTY;

/**
 * \brief Pointer to an ::HV_PORT_PROPERTY.
 *
 * \par Specification
 * \tlfs20{14.8.7}
 */
typedef HV_PORT_PROPERTY *PHV_PORT_PROPERTY;

/**
 * \brief Which property of a port HvCallGetPortProperty reads or
 *        HvCallSetPortProperty writes: a 32-bit code.
 *
 * Only TLFS 2.0 and the 2013 WDK define port properties. Structure fields
 * that hold a code are UINT32 values.
 *
 * \par Specification
 * \tlfs20{14.8.7}
 * \wdk2013{HV_PORT_PROPERTY_CODE}
 * \see HV_INPUT_GET_PORT_PROPERTY HV_INPUT_SET_PORT_PROPERTY
 */
typedef enum _HV_PORT_PROPERTY_CODE {
    HvPortPropertyPostCount = 0x00000000,        /**< How many messages were posted to the port since it was created. */
    HvPortPropertyPreferredTargetVp = 0x00000001 /**< The virtual processor preferred for the port's messages when it was created with HV_ANY_VP. */
} HV_PORT_PROPERTY_CODE;

/**
 * \brief Which of a monitor page's trigger groups the hypervisor scans.
 *
 * Bit n of GroupEnable enables TriggerGroup[n]. The bits are meant to change
 * seldom, for instance to drain pending notifications around a save or
 * restore; with all four clear the hypervisor may scan the page much less
 * often.
 *
 * \note TLFS 6.0b declares ReservedZ 27 bits wide after the 4-bit
 *       GroupEnable, which leaves bit 31 out; the 2013 WDK, Linux and OpenVMM
 *       reserve bits 31:4. \erratum{E163}
 * \note TLFS 2.0 has MonitorDisabled at bit 4, which the hypervisor sets
 *       while it is not scanning the page; 6.0b, the WDK, Linux and OpenVMM
 *       have no such bit. \erratum{E164}
 *
 * \par Specification
 * \tlfs60b{11.10,Monitored Notification Page}
 * \tlfs20{14.8.10}
 * \wdk2013{HV_MONITOR_TRIGGER_STATE}
 * \see HV_MONITOR_PAGE
 */
typedef union _HV_MONITOR_TRIGGER_STATE {
    UINT32 AsUINT32; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT32 GroupEnable : 4; /**< Bit n set: TriggerGroup[n] is scanned. */
        UINT32 ReservedZ : 28;  /**< Reserved; zero. */
    };
} HV_MONITOR_TRIGGER_STATE, *PHV_MONITOR_TRIGGER_STATE;
HVREF_ASSERT_SIZE(HV_MONITOR_TRIGGER_STATE, 0x4);

/**
 * \brief One group of 32 monitored-notification triggers: a Pending and an
 *        Armed bit per trigger.
 *
 * A partition sets bit n of Pending to ask for notification n; it clears
 * the matching Armed bit whenever it changes Pending, and the hypervisor uses
 * Armed to delay the notification by at least the trigger's latency. Update
 * both with atomic operations (one 64-bit locked operation on AsUINT64 covers
 * both).
 *
 * \note TLFS 6.0b and 2.0 declare a structure holding AsUINT64 and then
 *       Pending and Armed, 16 bytes as written; the 2013 WDK, Linux and
 *       OpenVMM have an 8-byte union, as the monitor page's offsets require.
 *       \erratum{E165}
 *
 * \par Specification
 * \tlfs60b{11.10,Connection Information}
 * \tlfs60b{11.7,Monitored Notification Trigger}
 * \tlfs20{14.8.9.1}
 * \tlfs20{14.5.1}
 * \wdk2013{HV_MONITOR_TRIGGER_GROUP}
 * \see HV_MONITOR_PAGE
 */
typedef union _HV_MONITOR_TRIGGER_GROUP {
    UINT64 AsUINT64; /**< Pending and Armed as one value. */
    HVREF_EXTENSION struct {
        UINT32 Pending; /**< Bit n set: trigger n of the group wants a notification. */
        UINT32 Armed;   /**< Bit n: the hypervisor's latency state of trigger n; cleared by whoever changes Pending bit n. */
    };
} HV_MONITOR_TRIGGER_GROUP, *PHV_MONITOR_TRIGGER_GROUP;
HVREF_ASSERT_SIZE(HV_MONITOR_TRIGGER_GROUP, 0x8);

/**
 * \brief The HvCallSignalEvent input the hypervisor uses for one monitored
 *        notification.
 *
 * When a trigger fires, the hypervisor signals FlagNumber on ConnectionId
 * on behalf of the connecting partition; a failure is discarded.
 *
 * \note The TLFS names the last field ReservedZ; the 2013 WDK and Linux
 *       name it RsvdZ. \erratum{E166}
 *
 * \par Specification
 * \tlfs60b{11.10,Connection Information}
 * \tlfs60b{11.7,Monitored Notification Parameters}
 * \tlfs20{14.8.9.2}
 * \tlfs20{14.5.3}
 * \wdk2013{HV_MONITOR_PARAMETER}
 * \see HV_MONITOR_PAGE HV_INPUT_SIGNAL_EVENT
 */
typedef struct _HV_MONITOR_PARAMETER {
    HV_CONNECTION_ID ConnectionId; /**< The event connection to signal. */
    UINT16 FlagNumber;             /**< The event flag to set, relative to the port's base flag number. */
    UINT16 ReservedZ;              /**< Reserved; zero. */
} HV_MONITOR_PARAMETER, *PHV_MONITOR_PARAMETER;
HVREF_ASSERT_SIZE(HV_MONITOR_PARAMETER, 0x8);

/**
 * \brief The monitor page (MNF overlay page): up to 128 monitored
 *        notifications in four groups of 32, shared by two partitions and
 *        the hypervisor.
 *
 * A parent creates a monitor port in one partition and a connection to it
 * in another; both partitions then see one physical page at the addresses
 * they gave (HV_MONITOR_PORT_INFO, HV_MONITOR_CONNECTION_INFO). Trigger n of
 * group g is bit n of TriggerGroup[g]; its latency hint, in 100-nanosecond
 * units, is Latency[g][n], and Parameter[g][n] is the event it signals. The
 * hypervisor reads and writes the page at any time, so code should access
 * it through volatile pointers (the TLFS declares PVHV_MONITOR_PAGE for
 * that).
 *
 * \note The TLFS names the reserved areas Reserved1 to Reserved4 and says
 *       the hypervisor uses them; the 2013 WDK and Linux name them RsvdZ1 to
 *       RsvdZ4. \erratum{E167}
 * \note The WDK, Linux and OpenVMM split Reserved2 into 24 reserved bytes
 *       and NextCheckTime, an array of 4 x 32 32-bit values at byte 64; the
 *       TLFS leaves all 536 bytes reserved. \erratum{E168}
 *
 * \par Specification
 * \tlfs60b{11.10,Monitored Notification Page}
 * \tlfs60b{11.7,Monitored Notification Page}
 * \tlfs60b{11.7}
 * \tlfs60b{11.7,Monitored Notification Latency Hint}
 * \tlfs20{14.8.10}
 * \tlfs20{14.5.4}
 * \tlfs20{14.5}
 * \tlfs20{14.5.2}
 * \wdk2013{HV_MONITOR_PAGE}
 * \see HV_MONITOR_TRIGGER_STATE HV_MONITOR_TRIGGER_GROUP HV_MONITOR_PARAMETER
 */
typedef struct _HV_MONITOR_PAGE {
    HV_MONITOR_TRIGGER_STATE TriggerState;    /**< Which trigger groups are scanned. */
    UINT32 Reserved1;                         /**< Reserved for the hypervisor; leave unchanged. */
    HV_MONITOR_TRIGGER_GROUP TriggerGroup[4]; /**< The four trigger groups. */
    UINT8 Reserved2[536];                     /**< Reserved for the hypervisor; leave unchanged. */
    UINT16 Latency[4][32];                    /**< Latency hint of each trigger, in 100 ns units. */
    UINT8 Reserved3[256];                     /**< Reserved for the hypervisor; leave unchanged. */
    HV_MONITOR_PARAMETER Parameter[4][32];    /**< The event each trigger signals. */
    UINT8 Reserved4[1984];                    /**< Reserved for the hypervisor; leave unchanged. */
} HV_MONITOR_PAGE, *PHV_MONITOR_PAGE;
HVREF_ASSERT_SIZE(HV_MONITOR_PAGE, 0x1000);

/**
 * \brief A volatile pointer to an ::HV_MONITOR_PAGE, for a page the
 *        hypervisor and another partition change at any time.
 *
 * \par Specification
 * \tlfs60b{11.10,Monitored Notification Page}
 * \tlfs20{14.8.10}
 */
typedef volatile HV_MONITOR_PAGE *PVHV_MONITOR_PAGE;

/**
 * \brief Identifies a proximity (NUMA) domain in 32 bits.
 *
 * TLFS 2.0 gives only the width; the online TLFS says the valid
 * identifiers are 0 to 63.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_proximity_domain_id}
 * \tlfs20{7.2.1}
 * \see HV_PROXIMITY_DOMAIN_INFO
 */
typedef UINT32 HV_PROXIMITY_DOMAIN_ID;

/**
 * \brief How HV_PROXIMITY_DOMAIN_INFO::Id is to be used.
 *
 * With ProximityInfoValid clear the hypervisor may take memory from any
 * domain. With it set, Id is a requirement, or only a preference when
 * ProximityPreferred is set too.
 *
 * \note The online TLFS, TLFS 2.0 and the 2013 WDK declare the flags as a
 *       structure of bit-fields with no whole-value member; hvref adds
 *       AsUINT32, as for every bit layout. \erratum{E169}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_proximity_domain_info#flag-bit-definitions-hv_proximity_domain_flags}
 * \tlfs20{7.2.1}
 * \wdk2013{HV_PROXIMITY_DOMAIN_FLAGS}
 * \see HV_PROXIMITY_DOMAIN_INFO
 */
typedef union _HV_PROXIMITY_DOMAIN_FLAGS {
    UINT32 AsUINT32; /**< The whole flags word. */
    HVREF_EXTENSION struct {
        UINT32 ProximityPreferred : 1; /**< Set: Id is preferred, other domains may be used; clear: only Id may be used. */
        UINT32 Reserved : 30;          /**< Reserved; must be zero. */
        UINT32 ProximityInfoValid : 1; /**< Set: Id and ProximityPreferred apply; clear: any domain. */
    };
} HV_PROXIMITY_DOMAIN_FLAGS, *PHV_PROXIMITY_DOMAIN_FLAGS;
HVREF_ASSERT_SIZE(HV_PROXIMITY_DOMAIN_FLAGS, 0x4);

/**
 * \brief A proximity domain and how strictly the hypervisor should take
 *        memory from it for the object a call creates.
 *
 * HvCallCreatePort and HvCallConnectPort take one for the port or
 * connection they allocate. All zeros means no preference. Other chapters
 * (partition creation, memory deposit) use it too.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_proximity_domain_info}
 * \tlfs20{7.2.1}
 * \wdk2013{HV_PROXIMITY_DOMAIN_INFO}
 * \see HV_PROXIMITY_DOMAIN_FLAGS
 */
typedef struct _HV_PROXIMITY_DOMAIN_INFO {
    HV_PROXIMITY_DOMAIN_ID Id;       /**< The proximity domain. */
    HV_PROXIMITY_DOMAIN_FLAGS Flags; /**< Whether Id is valid, and required or preferred. */
} HV_PROXIMITY_DOMAIN_INFO, *PHV_PROXIMITY_DOMAIN_INFO;
HVREF_ASSERT_SIZE(HV_PROXIMITY_DOMAIN_INFO, 0x8);

/**
 * \brief The SINT that receives intercept messages and the hypervisor's
 *        other messages: SINT0.
 *
 * The TLFS says this in prose (a port's TargetSint must be 1-15 because SINT0
 * is the hypervisor's) without naming a constant; the name is the one
 * Microsoft's headers use (Linux's include/hyperv/hvgdk_mini.h).
 *
 * \par Specification
 * \tlfs60b{11.4,Message Sources}
 * \tlfs20{14.9.1}
 * \see HV_MESSAGE_PORT_INFO
 */
#define HV_SYNIC_INTERCEPTION_SINT_INDEX ((HV_SYNIC_SINT_INDEX)0)

/**
 * \brief The SINT that carries VMBus messages: SINT2.
 *
 * Defined by Microsoft's headers (Linux's include/hyperv/hvgdk_mini.h, and
 * the Windows Driver Kit 7.1 hvgdk.h); no TLFS edition documents it. It is a
 * convention between the root partition's VMBus and its guests, not a rule
 * of the hypervisor.
 */
#define HV_SYNIC_VMBUS_SINT_INDEX ((HV_SYNIC_SINT_INDEX)2)

/**
 * \brief The lowest interrupt vector a SINTx register accepts: 16.
 *
 * The TLFS gives the range 16-255 for SINTx.Vector in prose; the name is the
 * one Microsoft's headers use (Linux's include/hyperv/hvgdk_mini.h).
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs20{14.6.5}
 * \see HV_SYNIC_SINT
 */
#define HV_SYNIC_FIRST_VALID_VECTOR 16

/**
 * \brief The SynIC version that SVERSION reports for the first version of
 *        the interface: 1.
 *
 * The TLFS states the value in prose; the name is the one Microsoft's
 * headers use (Linux's include/hyperv/hvgdk_mini.h).
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sversion-register}
 * \tlfs60b{11.8,SVERSION Register}
 * \tlfs20{14.6.2}
 * \see HV_SYNIC_SVERSION
 */
#define HV_SYNIC_VERSION_1 0x1

/**
 * \brief Input of HvCallCreatePort: the partition to create the port in, its
 *        ID, VTLs, the one partition allowed to connect, the port's type and
 *        settings, and where to take its memory from.
 *
 * \par Specification
 * \hvcallrefs{HvCallCreatePort}
 * \see HV_PORT_INFO HV_PROXIMITY_DOMAIN_INFO HV_INPUT_CREATE_PORT_DEPRECATED
 */
typedef struct _HV_INPUT_CREATE_PORT {
    HV_PARTITION_ID PortPartition;                /**< The partition that owns the port and receives what is sent through it. */
    HV_PORT_ID PortId;                            /**< The new port's ID, unused so far in PortPartition; top 8 bits zero. */
    UINT8 PortVtl;                                /**< The VTL (an HV_VTL) of PortPartition at which the port exists. */
    UINT8 MinConnectionVtl;                       /**< The lowest VTL (an HV_VTL) a connection to the port may have. */
    UINT16 ReservedZ0;                            /**< Reserved; must be zero. */
    HV_PARTITION_ID ConnectionPartition;          /**< The only partition allowed to connect to the port. */
    HV_PORT_INFO PortInfo;                        /**< The port's type and type-specific settings; unused bytes zero. */
    HV_PROXIMITY_DOMAIN_INFO ProximityDomainInfo; /**< Where to allocate the port's memory; zero for no preference. */
} HV_INPUT_CREATE_PORT, *PHV_INPUT_CREATE_PORT;
HVREF_ASSERT_SIZE(HV_INPUT_CREATE_PORT, 0x38);

/**
 * \brief Input of HvCallCreatePortDeprecated (0x0057, TLFS 2.0's
 *        HvCreatePort): the port's partition and ID, the partition allowed
 *        to connect, and the port's type and settings.
 *
 * The port and its 16 message buffers are allocated from PortPartition's
 * memory pool. Compared with HV_INPUT_CREATE_PORT it has no VTLs (bytes
 * 12-15 are padding) and no proximity domain.
 *
 * \par Specification
 * \hvcallrefs{HvCallCreatePortDeprecated}
 * \see HV_PORT_INFO HV_INPUT_CREATE_PORT
 */
typedef struct _HV_INPUT_CREATE_PORT_DEPRECATED {
    HV_PARTITION_ID PortPartition;       /**< The partition that owns the port and receives what is sent through it. */
    HV_PORT_ID PortId;                   /**< The new port's ID, unused so far in PortPartition; top 8 bits zero. */
    UINT32 Padding;                      /**< Reserved; must be zero. */
    HV_PARTITION_ID ConnectionPartition; /**< The only partition allowed to connect to the port; not PortPartition. */
    HV_PORT_INFO PortTypeInfo;           /**< The port's type and type-specific settings (message, event or monitor); unused bytes zero. */
} HV_INPUT_CREATE_PORT_DEPRECATED, *PHV_INPUT_CREATE_PORT_DEPRECATED;
HVREF_ASSERT_SIZE(HV_INPUT_CREATE_PORT_DEPRECATED, 0x30);

/**
 * \brief Input of HvCallDeletePort: the port to delete.
 *
 * Messages still queued at the port are dropped; messages already copied to
 * a SIM page may still arrive with the port's ID afterwards.
 *
 * \note Bytes 12-15 are Reserved online, Padding in TLFS 2.0 and the 2013
 *       WDK. \erratum{E171}
 *
 * \par Specification
 * \hvcallrefs{HvCallDeletePort}
 * \see HvCallCreatePort
 */
typedef struct _HV_INPUT_DELETE_PORT {
    HV_PARTITION_ID PortPartition; /**< The partition that owns the port. */
    HV_PORT_ID PortId;             /**< The port to delete. */
    UINT32 Reserved;               /**< Reserved; must be zero. */
} HV_INPUT_DELETE_PORT, *PHV_INPUT_DELETE_PORT;
HVREF_ASSERT_SIZE(HV_INPUT_DELETE_PORT, 0x10);

/**
 * \brief Input of HvCallConnectPort: the connection to create (partition,
 *        ID, VTL), the port it leads to, type-specific settings and where to
 *        take its memory from.
 *
 * \par Specification
 * \hvcallrefs{HvCallConnectPort}
 * \see HV_CONNECTION_INFO HV_PROXIMITY_DOMAIN_INFO HV_INPUT_CONNECT_PORT_DEPRECATED
 */
typedef struct _HV_INPUT_CONNECT_PORT {
    HV_PARTITION_ID ConnectionPartition;          /**< The partition that will send through the connection and owns it. */
    HV_CONNECTION_ID ConnectionId;                /**< The new connection's ID, unused so far in ConnectionPartition; top 8 bits zero. */
    UINT8 ConnectionVtl;                          /**< The VTL (an HV_VTL) of the connection. */
    UINT8 ReservedZ0;                             /**< Reserved; must be zero. */
    UINT16 ReservedZ1;                            /**< Reserved; must be zero. */
    HV_PARTITION_ID PortPartition;                /**< The partition that owns the port. */
    HV_PORT_ID PortId;                            /**< The port to connect to. */
    UINT32 ReservedZ2;                            /**< Reserved; must be zero. */
    HV_CONNECTION_INFO ConnectionInfo;            /**< The port's type and type-specific settings; unused bytes zero. */
    HV_PROXIMITY_DOMAIN_INFO ProximityDomainInfo; /**< Where to allocate the connection's memory; zero for no preference. */
} HV_INPUT_CONNECT_PORT, *PHV_INPUT_CONNECT_PORT;
HVREF_ASSERT_SIZE(HV_INPUT_CONNECT_PORT, 0x48);

/**
 * \brief Input of HvCallConnectPortDeprecated (0x0059, TLFS 2.0's
 *        HvConnectPort): the connection to create, the port it leads to and
 *        the 8-byte type-specific part of the connection information.
 *
 * The connection is allocated from ConnectionPartition's memory pool.
 *
 * \note The 2.0 table and the 2013 WDK give ConnectionInfo 8 bytes: the
 *       per-type part only (zero, or the monitor page's address); the 2.0
 *       prototype passes an HV_CONNECTION_INFO, 16 bytes in 2.0 with its
 *       PortType and padding. hvref follows the table. \erratum{E172}
 * \note The WDK's table puts ConnectionInfo at offset 30; the 2.0 table at
 *       32, which follows from the 8-byte fields before it. \erratum{E173}
 * \note The 2.0 table names both 4-byte gaps Padding; hvref numbers them
 *       Padding1 and Padding2 (a C structure cannot repeat a name).
 *       \erratum{E174}
 *
 * \par Specification
 * \hvcallrefs{HvCallConnectPortDeprecated}
 * \see HV_CONNECTION_INFO HV_INPUT_CONNECT_PORT
 */
typedef struct _HV_INPUT_CONNECT_PORT_DEPRECATED {
    HV_PARTITION_ID ConnectionPartition; /**< The partition that will send through the connection and owns it. */
    HV_CONNECTION_ID ConnectionId;       /**< The new connection's ID, unused so far in ConnectionPartition; top 8 bits zero. */
    UINT32 Padding1;                     /**< Reserved; must be zero. */
    HV_PARTITION_ID PortPartition;       /**< The partition that owns the port; it must have created the port for ConnectionPartition. */
    HV_PORT_ID PortId;                   /**< The port to connect to. */
    UINT32 Padding2;                     /**< Reserved; must be zero. */
    UINT64 ConnectionInfo;               /**< Zero for a message or event port; for a monitor port, the monitor page's GPA in ConnectionPartition (HV_MONITOR_CONNECTION_INFO). */
} HV_INPUT_CONNECT_PORT_DEPRECATED, *PHV_INPUT_CONNECT_PORT_DEPRECATED;
HVREF_ASSERT_SIZE(HV_INPUT_CONNECT_PORT_DEPRECATED, 0x28);

/**
 * \brief Input of HvCallDisconnectPort: the connection to delete.
 *
 * Messages already queued at the port stay queued.
 *
 * \note The online table stops after ConnectionId; TLFS 2.0 and the 2013 WDK
 *       name bytes 12-15 Padding; Linux's header puts an is_doorbell flag
 *       in bit 0 of them. \erratum{E175}
 *
 * \par Specification
 * \hvcallrefs{HvCallDisconnectPort}
 * \see HvCallConnectPort
 */
typedef struct _HV_INPUT_DISCONNECT_PORT {
    HV_PARTITION_ID ConnectionPartition; /**< The partition that owns the connection. */
    HV_CONNECTION_ID ConnectionId;       /**< The connection to delete. */
    UINT32 Padding;                      /**< Reserved; must be zero. */
} HV_INPUT_DISCONNECT_PORT, *PHV_INPUT_DISCONNECT_PORT;
HVREF_ASSERT_SIZE(HV_INPUT_DISCONNECT_PORT, 0x10);

/**
 * \brief Input of HvCallGetPortProperty: the port and the property to read.
 *
 * \note The 2.0 table names both 4-byte gaps Padding; hvref numbers them
 *       Padding1 and Padding2. \erratum{E174}
 * \note The 2013 WDK's table gives PortId 8 bytes, with no padding after
 *       it. \erratum{E176}
 *
 * \par Specification
 * \hvcallrefs{HvCallGetPortProperty}
 * \see HV_OUTPUT_GET_PORT_PROPERTY HV_PORT_PROPERTY_CODE
 */
typedef struct _HV_INPUT_GET_PORT_PROPERTY {
    HV_PARTITION_ID PartitionId; /**< The partition that owns the port. */
    HV_PORT_ID PortId;           /**< The port. */
    UINT32 Padding1;             /**< Reserved; must be zero. */
    UINT32 PropertyCode;         /**< The property to read, an HV_PORT_PROPERTY_CODE value. */
    UINT32 Padding2;             /**< Reserved; must be zero. */
} HV_INPUT_GET_PORT_PROPERTY, *PHV_INPUT_GET_PORT_PROPERTY;
HVREF_ASSERT_SIZE(HV_INPUT_GET_PORT_PROPERTY, 0x18);

/**
 * \brief Output of HvCallGetPortProperty: the property's value.
 *
 * \par Specification
 * \hvcallrefs{HvCallGetPortProperty}
 * \see HV_INPUT_GET_PORT_PROPERTY
 */
typedef struct _HV_OUTPUT_GET_PORT_PROPERTY {
    HV_PORT_PROPERTY PropertyValue; /**< The value of the property read. */
} HV_OUTPUT_GET_PORT_PROPERTY, *PHV_OUTPUT_GET_PORT_PROPERTY;
HVREF_ASSERT_SIZE(HV_OUTPUT_GET_PORT_PROPERTY, 0x8);

/**
 * \brief Input of HvCallSetPortProperty: the port, the property to write and
 *        its new value.
 *
 * \note The 2.0 table names both 4-byte gaps Padding; hvref numbers them
 *       Padding1 and Padding2. \erratum{E174}
 * \note The 2013 WDK's table gives PortId 8 bytes, with no padding after
 *       it. \erratum{E176}
 *
 * \par Specification
 * \hvcallrefs{HvCallSetPortProperty}
 * \see HV_OUTPUT_SET_PORT_PROPERTY HV_PORT_PROPERTY_CODE
 */
typedef struct _HV_INPUT_SET_PORT_PROPERTY {
    HV_PARTITION_ID PartitionId;    /**< The partition that owns the port. */
    HV_PORT_ID PortId;              /**< The port. */
    UINT32 Padding1;                /**< Reserved; must be zero. */
    UINT32 PropertyCode;            /**< The property to write, an HV_PORT_PROPERTY_CODE value. */
    UINT32 Padding2;                /**< Reserved; must be zero. */
    HV_PORT_PROPERTY PropertyValue; /**< The value to give the property. */
} HV_INPUT_SET_PORT_PROPERTY, *PHV_INPUT_SET_PORT_PROPERTY;
HVREF_ASSERT_SIZE(HV_INPUT_SET_PORT_PROPERTY, 0x20);

/**
 * \brief Output of HvCallSetPortProperty: the property's value, as TLFS 2.0
 *        lists it.
 *
 * \note TLFS 2.0's table and prototype return PropertyValue; the 2013 WDK's
 *       page has no output. \erratum{E177}
 *
 * \par Specification
 * \hvcallrefs{HvCallSetPortProperty}
 * \see HV_INPUT_SET_PORT_PROPERTY
 */
typedef struct _HV_OUTPUT_SET_PORT_PROPERTY {
    HV_PORT_PROPERTY PropertyValue; /**< The property's value after the call. */
} HV_OUTPUT_SET_PORT_PROPERTY, *PHV_OUTPUT_SET_PORT_PROPERTY;
HVREF_ASSERT_SIZE(HV_OUTPUT_SET_PORT_PROPERTY, 0x8);

/**
 * \brief Input of HvCallPostMessageDirect: the target partition, virtual
 *        processor, VTL and SINT, and the message itself.
 *
 * Unlike HvCallPostMessage no connection or port is involved: the caller
 * names the receiving virtual processor and SINT, and the message is queued
 * for that SINT's slot of the processor's SIM page.
 *
 * \note The sources disagree on this layout, and hvref follows the online
 *       page's table (256 bytes). Its own prototype passes the SINT as an
 *       HV_SYNIC_SINT_INDEX (4 bytes) and HV_MESSAGE_SIZE (256) bytes of
 *       message \erratum{E201} \erratum{E202}; Linux's header and OpenVMM
 *       put the SINT at byte 16 \erratum{E203} and a whole 256-byte
 *       HV_MESSAGE at byte 20 \erratum{E204}, 280 bytes in all
 *       \erratum{E205}.
 *
 * \par Specification
 * \hvcallrefs{HvCallPostMessageDirect}
 * \see HV_MESSAGE HV_INPUT_SIGNAL_EVENT_DIRECT
 */
typedef struct _HV_INPUT_POST_MESSAGE_DIRECT {
    HV_PARTITION_ID PartitionId;                         /**< The target partition. */
    HV_VP_INDEX VpIndex;                                 /**< The target virtual processor. */
    UINT8 Vtl;                                           /**< The target VTL (an HV_VTL). */
    UINT8 SintIndex;                                     /**< The target SINT, 0 to HV_SYNIC_SINT_COUNT - 1. */
    UINT16 Reserved;                                     /**< Reserved; must be zero. */
    UINT8 Message[HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT];    /**< The message to post, as the online table sizes it. */
} HV_INPUT_POST_MESSAGE_DIRECT, *PHV_INPUT_POST_MESSAGE_DIRECT;
HVREF_ASSERT_SIZE(HV_INPUT_POST_MESSAGE_DIRECT, 0x100);

/**
 * \brief Contents of the SIRBP register: whether the SynIC event ring page
 *        is enabled, and its guest physical page.
 *
 * The online TLFS lists the register among the SynIC registers (on ARM64 as
 * HvRegisterSirbp) and TLFS 6.0b among a VTL's private state, but no TLFS
 * edition gives its layout: this one is Microsoft's, from its headers
 * (Linux's include/hyperv/hvhdk.h, union hv_synic_sirbp), and has the shape
 * of SIMP and SIEFP. The page it points at is an HV_SYNIC_EVENT_RING_PAGE.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#synic-registers}
 * \tlfs60b{15.11,Private State}
 * \see HV_X64_MSR_SIRBP HV_SYNIC_EVENT_RING_PAGE
 */
typedef union _HV_SYNIC_SIRBP {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 SirbpEnabled : 1;  /**< Set: the event ring page is enabled. */
        UINT64 Preserved : 11;    /**< Reserved; write back the value read. */
        UINT64 BaseSirbpGpa : 52; /**< Guest physical page number of the event ring page (the address shifted right by 12). */
    };
} HV_SYNIC_SIRBP, *PHV_SYNIC_SIRBP;
HVREF_ASSERT_SIZE(HV_SYNIC_SIRBP, 0x8);

/**
 * \brief Number of 32-bit entries in one SINT's event ring: 63.
 *
 * Defined by Microsoft's headers (Linux's include/hyperv/hvhdk.h); no TLFS
 * edition documents the event ring.
 *
 * \see HV_SYNIC_EVENT_RING
 */
#define HV_SYNIC_EVENT_RING_MESSAGE_COUNT 63

/**
 * \brief One SINT's event ring: a ring of 32-bit values the hypervisor
 *        queues for the root partition, and two state bytes.
 *
 * The root partition's driver uses it for doorbell ports: each non-zero
 * entry is the ID of a port that was signalled, and the reader clears the
 * entry and moves on, wrapping after HV_SYNIC_EVENT_RING_MESSAGE_COUNT
 * entries. It sets SignalMasked while it drains the ring; when it finds
 * RingFull set it clears it and reports the ring empty again
 * (HvCallNotifyPortRingEmpty, whose interface no TLFS edition documents).
 * The layout and its use are Microsoft's, from its headers (Linux's
 * include/hyperv/hvhdk.h and drivers/hv/mshv_synic.c); the TLFS describes
 * the register that points at the page (HV_SYNIC_SIRBP) only by name.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#synic-registers}
 * \see HV_SYNIC_EVENT_RING_PAGE HV_SYNIC_SIRBP
 */
typedef struct _HV_SYNIC_EVENT_RING {
    UINT8 SignalMasked;                              /**< Set by the reader: do not interrupt while it drains the ring. */
    UINT8 RingFull;                                  /**< Set by the hypervisor when the ring is full; cleared by the reader. */
    UINT16 ReservedZ;                                /**< Reserved; zero. */
    UINT32 Data[HV_SYNIC_EVENT_RING_MESSAGE_COUNT];  /**< The entries; zero marks an empty slot. */
} HV_SYNIC_EVENT_RING, *PHV_SYNIC_EVENT_RING;
HVREF_ASSERT_SIZE(HV_SYNIC_EVENT_RING, 0x100);

/**
 * \brief The SynIC event ring page: one HV_SYNIC_EVENT_RING per synthetic
 *        interrupt source.
 *
 * The page that the SIRBP register points at; ring n belongs to SINTn. The
 * layout is Microsoft's, from its headers (Linux's include/hyperv/hvhdk.h);
 * no TLFS edition documents it. The hypervisor writes the page while the
 * partition reads it, so code should access it through volatile pointers.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#synic-registers}
 * \see HV_SYNIC_SIRBP HV_SYNIC_EVENT_RING
 */
typedef struct _HV_SYNIC_EVENT_RING_PAGE {
    HV_SYNIC_EVENT_RING SintEventRing[HV_SYNIC_SINT_COUNT]; /**< Event ring of each SINT, indexed by SINT number. */
} HV_SYNIC_EVENT_RING_PAGE, *PHV_SYNIC_EVENT_RING_PAGE;
HVREF_ASSERT_SIZE(HV_SYNIC_EVENT_RING_PAGE, 0x1000);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_INTER_PARTITION_COMMUNICATION_H */
