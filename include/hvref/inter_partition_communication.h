/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Inter-partition communication: the SynIC registers, messages and
 *        event flags, ports and connections, and the HvCallPostMessage,
 *        HvCallSignalEvent and HvCallSignalEventDirect hypercalls.
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
 * \brief The SynIC, its messages and event flags, and the ports and connections
 *        that carry them between partitions.
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
 * \tlfs20{14.8.1}
 * \see HV_SYNIC_SINT_INDEX
 */
#define HV_SYNIC_SINT_COUNT 16

/**
 * \brief Index of a synthetic interrupt source: 0 to HV_SYNIC_SINT_COUNT - 1.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_synic_sint_index}
 * \tlfs60b{11.10,Synthetic Interrupt Sources}
 * \tlfs20{14.8.1}
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
 * \tlfs20{14.6.1}
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
 * \tlfs20{14.8.2}
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
 * \tlfs20{14.8.4}
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
 * \tlfs20{14.7}
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
 * \tlfs20{14.8.5}
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

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_INTER_PARTITION_COMMUNICATION_H */
