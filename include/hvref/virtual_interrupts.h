/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual interrupts: interrupt types, the interrupt control word,
 *        interrupt vectors and the inputs of HvCallAssertVirtualInterrupt and
 *        HvCallSendSyntheticClusterIpi(Ex).
 *
 * Besides the virtual local APIC each virtual processor has, a partition can
 * have interrupts raised in another partition's virtual processors by a
 * hypercall: the caller names the target partition, the delivery mode and
 * trigger (HV_INTERRUPT_CONTROL), the destination APIC ID and the vector.
 * Asserting HV_INTERRUPT_VECTOR_NONE for a level-triggered interrupt that has
 * not been acknowledged withdraws it. A guest sends fixed interrupts to its
 * own virtual processors (IPIs) with HvCallSendSyntheticClusterIpi instead of
 * writing the APIC's interrupt command register once per target.
 */
#ifndef HVREF_VIRTUAL_INTERRUPTS_H
#define HVREF_VIRTUAL_INTERRUPTS_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>
#include <hvref/virtual_mmu.h>

/* Every anonymous structure below is marked HVREF_EXTENSION for GCC and
 * Clang. MSVC reports them as C4201 ("nameless struct/union") at /W4, and
 * in C also the UINT64 bit-fields as C4214 ("bit field types other than
 * int"): both are silenced for this header only and restored at its end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_virtual_interrupts Virtual interrupts
 * \brief Interrupt types, control word and vectors, and the inputs of
 *        HvCallAssertVirtualInterrupt (both call codes) and
 *        HvCallSendSyntheticClusterIpi(Ex).
 * @{
 */

/**
 * \brief Delivery mode of a virtual interrupt.
 *
 * The x64 values follow the local APIC's delivery modes: a fixed vector, the
 * lowest-priority processor of a set, SMI, remote read, NMI, INIT, start-up
 * (SIPI), an external (8259-style) interrupt and the two local interrupt
 * pins. On ARM64 only fixed delivery exists. A structure stores the value in
 * a 32-bit field (HV_INTERRUPT_CONTROL::InterruptType).
 *
 * \note TLFS 6.0b and 2.0 list only Fixed, LowestPriority, Nmi, Init, Sipi
 *       and ExtInt. The online TLFS and the 2013 WDK add
 *       HvX64InterruptTypeSmi, which hvref defines. \erratum{E143}
 * \note Of the TLFS editions only the online one (and, outside them, Linux)
 *       lists HvX64InterruptTypeRemoteRead,
 *       HvX64InterruptTypeLocalInt0, HvX64InterruptTypeLocalInt1 and
 *       HvArm64InterruptTypeFixed; hvref defines them. \erratum{E144}
 * \note The 2013 WDK ends the list with HvX64InterruptTypeMaximum = 8, the
 *       value the online TLFS gives to HvX64InterruptTypeLocalInt0; hvref
 *       does not define it. \erratum{E145}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_interrupt_type}
 * \tlfs60b{10.4,Interrupt Types}
 * \tlfs20{13.4.1}
 * \wdk2013{HV_INTERRUPT_TYPE}
 * \see HV_INTERRUPT_CONTROL
 */
typedef enum _HV_INTERRUPT_TYPE {
    HvArm64InterruptTypeFixed = 0x0000,        /**< ARM64: fixed delivery (online TLFS only). */
    HvX64InterruptTypeFixed = 0x0000,          /**< x64: the vector is latched into the target's IRR. */
    HvX64InterruptTypeLowestPriority = 0x0001, /**< x64: fixed, to the lowest-priority processor of the destination set. */
    HvX64InterruptTypeSmi = 0x0002,            /**< x64: system management interrupt (online TLFS and the 2013 WDK). */
    HvX64InterruptTypeRemoteRead = 0x0003,     /**< x64: remote read (online TLFS only). */
    HvX64InterruptTypeNmi = 0x0004,            /**< x64: non-maskable interrupt. */
    HvX64InterruptTypeInit = 0x0005,           /**< x64: INIT. */
    HvX64InterruptTypeSipi = 0x0006,           /**< x64: start-up IPI; the vector gives the start page. */
    HvX64InterruptTypeExtInt = 0x0007,         /**< x64: external interrupt, always to virtual processor 0. */
    HvX64InterruptTypeLocalInt0 = 0x0008,      /**< x64: local interrupt pin LINT0 (online TLFS only). */
    HvX64InterruptTypeLocalInt1 = 0x0009       /**< x64: local interrupt pin LINT1 (online TLFS only). */
} HV_INTERRUPT_TYPE;

/**
 * \brief Interrupt control word: delivery mode, trigger mode and destination
 *        mode of a virtual interrupt (x64 layout).
 *
 * The low 32 bits hold the HV_INTERRUPT_TYPE; bit 32 selects level (1) or
 * edge (0) triggering; bit 33 selects logical (1) or physical (0)
 * destination mode, which decides how the destination address is read. The
 * rest must be zero.
 *
 * \note TLFS 6.0b and 2.0 declare a plain structure; the online TLFS and the
 *       2013 WDK a union that also holds the whole value as AsUINT64, as hvref
 *       does. \erratum{E153}
 * \note The online TLFS names this x64 layout HV_X64_INTERRUPT_CONTROL and
 *       gives an ARM64 layout (Asserted at bit 34) under the same
 *       HV_INTERRUPT_CONTROL name; hvref defines HV_INTERRUPT_CONTROL with the
 *       x64 layout on every architecture, as TLFS 6.0b, 2.0 and the 2013 WDK
 *       do, and not the ARM64 one. \erratum{E154}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_interrupt_control}
 * \tlfs60b{10.4,Interrupt Control}
 * \tlfs20{13.4.2}
 * \wdk2013{HV_INTERRUPT_CONTROL}
 * \see HV_INTERRUPT_TYPE HV_INPUT_ASSERT_VIRTUAL_INTERRUPT
 */
typedef union _HV_INTERRUPT_CONTROL {
    UINT64 AsUINT64; /**< The whole 64-bit control word. */
    HVREF_EXTENSION struct {
        UINT64 InterruptType : 32;         /**< Delivery mode: an HV_INTERRUPT_TYPE value. */
        UINT64 LevelTriggered : 1;         /**< 1: level-triggered; 0: edge-triggered. */
        UINT64 LogicalDestinationMode : 1; /**< 1: the destination is a logical APIC ID; 0: a physical APIC ID. */
        UINT64 Reserved : 30;              /**< Reserved; must be zero. */
    };
} HV_INTERRUPT_CONTROL, *PHV_INTERRUPT_CONTROL;
HVREF_ASSERT_SIZE(HV_INTERRUPT_CONTROL, 8);

/**
 * \brief An interrupt vector (0-255 on x64), or HV_INTERRUPT_VECTOR_NONE.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_interrupt_vector}
 * \tlfs60b{10.4,Interrupt Vectors}
 * \tlfs20{13.4.3}
 * \see HV_INTERRUPT_VECTOR_NONE
 */
typedef UINT32 HV_INTERRUPT_VECTOR;

/**
 * \brief Pointer to an ::HV_INTERRUPT_VECTOR.
 *
 * \par Specification
 * \tlfs60b{10.4,Interrupt Vectors}
 * \tlfs20{13.4.3}
 */
typedef HV_INTERRUPT_VECTOR *PHV_INTERRUPT_VECTOR;

/**
 * \brief The "no vector" value: asserted, it withdraws a pending
 *        level-triggered interrupt.
 *
 * \par Specification
 * \tlfs60b{10.4,Interrupt Vectors}
 * \tlfs20{13.4.3}
 * \see HV_INTERRUPT_VECTOR
 */
#define HV_INTERRUPT_VECTOR_NONE 0xFFFFFFFFu

/**
 * \brief Input of HvCallAssertVirtualInterrupt: which partition, VTL and
 *        processors receive which interrupt.
 *
 * DestinationAddress is an APIC ID, physical or logical as the control
 * word's LogicalDestinationMode says; it must be zero for an ExtInt
 * interrupt. RequestedVector is used by the fixed, lowest-priority, ExtInt
 * and SIPI types and must be zero for the others.
 *
 * \note The online TLFS names the first field TargetPartition, TLFS 6.0b
 *       DestinationPartition; hvref follows the online TLFS. \erratum{E146}
 * \note The online TLFS (and 6.0b's prototype) declare the last three bytes
 *       as ReservedZ0 (1 byte) and ReservedZ1 (2 bytes); 6.0b's input table
 *       draws them as one 3-byte Padding. hvref follows the online TLFS.
 *       \erratum{E147}
 *
 * \par Specification
 * \hvcallrefs{HvCallAssertVirtualInterrupt}
 * \see HvCallAssertVirtualInterrupt HV_INTERRUPT_CONTROL
 */
typedef struct _HV_INPUT_ASSERT_VIRTUAL_INTERRUPT {
    HV_PARTITION_ID TargetPartition;       /**< The partition that receives the interrupt. */
    HV_INTERRUPT_CONTROL InterruptControl; /**< Delivery, trigger and destination mode. */
    UINT64 DestinationAddress;             /**< APIC ID (physical or logical) of the target(s); 0 for ExtInt. */
    HV_INTERRUPT_VECTOR RequestedVector;   /**< The vector, or HV_INTERRUPT_VECTOR_NONE to withdraw. */
    UINT8 TargetVtl;                       /**< The target VTL (an HV_VTL). */
    UINT8 ReservedZ0;                      /**< Reserved; must be zero. */
    UINT16 ReservedZ1;                     /**< Reserved; must be zero. */
} HV_INPUT_ASSERT_VIRTUAL_INTERRUPT, *PHV_INPUT_ASSERT_VIRTUAL_INTERRUPT;
HVREF_ASSERT_SIZE(HV_INPUT_ASSERT_VIRTUAL_INTERRUPT, 0x20);

/**
 * \brief Input of HvCallAssertVirtualInterruptDeprecated (0x0055): the first
 *        form of HvCallAssertVirtualInterrupt, without a target VTL.
 *
 * The fields mean what they mean in HV_INPUT_ASSERT_VIRTUAL_INTERRUPT; bytes
 * 28-31, where the current input has TargetVtl and two reserved fields, are
 * padding here.
 *
 * \par Specification
 * \hvcallrefs{HvCallAssertVirtualInterruptDeprecated}
 * \see HvCallAssertVirtualInterruptDeprecated HV_INPUT_ASSERT_VIRTUAL_INTERRUPT
 */
typedef struct _HV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED {
    HV_PARTITION_ID DestinationPartition;  /**< The partition that receives the interrupt. */
    HV_INTERRUPT_CONTROL InterruptControl; /**< Delivery, trigger and destination mode. */
    UINT64 DestinationAddress;             /**< APIC ID (physical or logical) of the target(s); 0 for ExtInt. */
    HV_INTERRUPT_VECTOR RequestedVector;   /**< The vector, or HV_INTERRUPT_VECTOR_NONE to withdraw. */
    UINT32 Padding;                        /**< Reserved; must be zero. */
} HV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED, *PHV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED;
HVREF_ASSERT_SIZE(HV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED, 0x20);

/**
 * \brief Input of HvCallSendSyntheticClusterIpi: a fixed interrupt vector for
 *        up to 64 virtual processors of the caller's own partition.
 *
 * Bit n of ProcessorMask selects the virtual processor whose index
 * (HV_VP_INDEX) is n. Vector is 0x10-0xFF; NMIs cannot be sent this way.
 *
 * \note The online TLFS's table gives ProcessorMask a size of 1 byte; its own
 *       prototype (a UINT64) and TLFS 6.0b give 8, which hvref uses.
 *       \erratum{E149}
 * \note The online TLFS calls bytes 5-7 Padding, TLFS 6.0b Rsvd; hvref
 *       follows the online TLFS. \erratum{E150}
 * \note Linux (struct hv_send_ipi) declares bytes 4-7 as one reserved word,
 *       where both TLFS editions have TargetVtl and padding; a zero
 *       TargetVtl gives the same bytes. \erratum{E152}
 *
 * \par Specification
 * \hvcallrefs{HvCallSendSyntheticClusterIpi}
 * \see HvCallSendSyntheticClusterIpi
 */
typedef struct _HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI {
    UINT32 Vector;        /**< The fixed interrupt vector, 0x10-0xFF. */
    UINT8 TargetVtl;      /**< The target VTL (an HV_INPUT_VTL). */
    UINT8 Padding[3];     /**< Reserved; must be zero. */
    UINT64 ProcessorMask; /**< Bit n selects virtual processor n. */
} HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI, *PHV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI;
HVREF_ASSERT_SIZE(HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI, 0x10);

/**
 * \brief Input of HvCallSendSyntheticClusterIpiEx: a fixed interrupt vector for
 *        the virtual processors of a sparse processor set.
 *
 * As HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI, with an HV_VP_SET that can name
 * processors above index 63. The fixed header ends after the set's
 * ValidBanksMask; the bank masks are the variable header, one 8-byte unit
 * per bank present.
 *
 * \note The online TLFS calls bytes 5-7 Padding, TLFS 6.0b Rsvd; hvref
 *       follows the online TLFS. \erratum{E155}
 *
 * \par Specification
 * \hvcallrefs{HvCallSendSyntheticClusterIpiEx}
 * \see HvCallSendSyntheticClusterIpiEx HV_VP_SET
 */
typedef struct _HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX {
    UINT32 Vector;          /**< The fixed interrupt vector, 0x10-0xFF. */
    UINT8 TargetVtl;        /**< The target VTL (an HV_INPUT_VTL). */
    UINT8 Padding[3];       /**< Reserved; must be zero. */
    HV_VP_SET ProcessorSet; /**< The target virtual processors; variable-size, only its present banks are passed. */
} HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX, *PHV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX;
HVREF_ASSERT_SIZE(HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX, 0x218);

/** @} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* HVREF_VIRTUAL_INTERRUPTS_H */
