/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual interrupts: interrupt types, the interrupt control word,
 *        interrupt vectors, the EOI assist, device interrupt entries and
 *        targets, and the parameters of HvCallAssertVirtualInterrupt,
 *        HvCallClearVirtualInterrupt, HvCallSendSyntheticClusterIpi(Ex),
 *        HvCallRetargetDeviceInterrupt, HvCallGetVpSetFromMda and
 *        HvCallSetVirtualInterruptTarget.
 *
 * Besides the virtual local APIC each virtual processor has, a partition can
 * have interrupts raised in another partition's virtual processors by a
 * hypercall: the caller names the target partition, the delivery mode and
 * trigger (HV_INTERRUPT_CONTROL), the destination APIC ID and the vector.
 * Asserting HV_INTERRUPT_VECTOR_NONE for a level-triggered interrupt that has
 * not been acknowledged withdraws it. A guest sends fixed interrupts to its
 * own virtual processors (IPIs) with HvCallSendSyntheticClusterIpi instead of
 * writing the APIC's interrupt command register once per target. A guest
 * that owns an assigned device moves the device's MSI interrupts between its
 * processors with HvCallRetargetDeviceInterrupt, and skips most EOI writes
 * with the EOI assist field of its assist page.
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
 * \brief Interrupt types, control word and vectors, the EOI assist, device
 *        interrupt entries and targets, and the parameters of
 *        HvCallAssertVirtualInterrupt (both call codes),
 *        HvCallClearVirtualInterrupt, HvCallSendSyntheticClusterIpi(Ex),
 *        HvCallRetargetDeviceInterrupt, HvCallGetVpSetFromMda and
 *        HvCallSetVirtualInterruptTarget.
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

/**
 * \brief Lowest vector HvCallSendSyntheticClusterIpi(Ex) accepts: 0x10.
 *
 * No TLFS edition names this constant; Linux's header
 * include/hyperv/hvgdk_mini.h defines it (HV_IPI_LOW_VECTOR). The range it
 * bounds is the one the TLFS gives for the calls' Vector field.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallSendSyntheticClusterIpi}
 * \tlfs60b{10.5,HvSendSyntheticClusterIpi}
 * \see HV_IPI_HIGH_VECTOR HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI
 */
#define HV_IPI_LOW_VECTOR 0x10u

/**
 * \brief Highest vector HvCallSendSyntheticClusterIpi(Ex) accepts: 0xFF.
 *
 * No TLFS edition names this constant; Linux's header
 * include/hyperv/hvgdk_mini.h defines it (HV_IPI_HIGH_VECTOR).
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallSendSyntheticClusterIpi}
 * \tlfs60b{10.5,HvSendSyntheticClusterIpi}
 * \see HV_IPI_LOW_VECTOR HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI
 */
#define HV_IPI_HIGH_VECTOR 0xFFu

/**
 * \brief Input of HvCallClearVirtualInterrupt: the child partition whose
 *        acknowledged external interrupt is to be cleared.
 *
 * After an HvX64InterruptTypeExtInt interrupt has been delivered to the
 * child's boot processor, no further ExtInt interrupt can be asserted until
 * the parent clears that acknowledgement with this call, so that an emulated
 * 8259 PIC can first report it. The 8-byte input also fits the register
 * (fast) form: the partition ID is the first input register.
 *
 * \par Specification
 * \hvcallrefs{HvCallClearVirtualInterrupt}
 * \see HvCallClearVirtualInterrupt HvX64InterruptTypeExtInt
 */
typedef struct _HV_INPUT_CLEAR_VIRTUAL_INTERRUPT {
    HV_PARTITION_ID DestinationPartition; /**< The child partition. */
} HV_INPUT_CLEAR_VIRTUAL_INTERRUPT, *PHV_INPUT_CLEAR_VIRTUAL_INTERRUPT;
HVREF_ASSERT_SIZE(HV_INPUT_CLEAR_VIRTUAL_INTERRUPT, 0x8);

/**
 * \brief An MSI message: the address and data a device writes to raise the
 *        interrupt.
 *
 * Address is the low 32 bits of the message address and Data the message
 * data, as programmed into the device's MSI or MSI-X capability. For a
 * device with several MSI messages each vector is one entry, retargeted on
 * its own.
 *
 * \note The online TLFS and TLFS 6.0b give this one 8-byte layout. Linux's
 *       header (include/hyperv/hvgdk_mini.h) declares, for ARM64 only, a
 *       16-byte form (a 64-bit address, the data and a reserved word) that
 *       no TLFS edition documents; hvref does not define it. \erratum{E187}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_msi_entry}
 * \tlfs60b{10.4,MSI Entry}
 * \see HV_INTERRUPT_ENTRY
 */
typedef union _HV_MSI_ENTRY {
    UINT64 AsUINT64; /**< The address (low half) and data (high half) as one value. */
    HVREF_EXTENSION struct {
        UINT32 Address; /**< The MSI message address (low 32 bits). */
        UINT32 Data;    /**< The MSI message data. */
    };
} HV_MSI_ENTRY, *PHV_MSI_ENTRY;
HVREF_ASSERT_SIZE(HV_MSI_ENTRY, 0x8);

/**
 * \brief What kind of interrupt an HV_INTERRUPT_ENTRY describes.
 *
 * A structure stores the value in a 32-bit field
 * (HV_INTERRUPT_ENTRY::InterruptSource).
 *
 * \note The TLFS (online and 6.0b) lists only HvInterruptSourceMsi. No TLFS
 *       edition documents an I/O APIC source; Linux's header
 *       (include/hyperv/hvgdk_mini.h, HV_INTERRUPT_SOURCE_IOAPIC) and
 *       OpenVMM's hvdef crate (IO_APIC) give it the value 2, which hvref
 *       defines as HvInterruptSourceIoApic. \erratum{E180}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_interrupt_entry}
 * \tlfs60b{10.4,Interrupt Source}
 * \see HV_INTERRUPT_ENTRY
 */
typedef enum _HV_INTERRUPT_SOURCE {
    HvInterruptSourceMsi = 1,   /**< An MSI or MSI-X message (HV_INTERRUPT_ENTRY::MsiEntry). */
    HvInterruptSourceIoApic = 2 /**< An I/O APIC redirection entry (Linux's header and OpenVMM only; no TLFS edition). */
} HV_INTERRUPT_SOURCE;

/**
 * \brief Identifies a device interrupt by its source and, for MSI, its
 *        message address and data.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_interrupt_entry}
 * \tlfs60b{10.4,Interrupt Entry}
 * \see HV_MSI_ENTRY HV_INPUT_RETARGET_DEVICE_INTERRUPT
 */
typedef struct _HV_INTERRUPT_ENTRY {
    UINT32 InterruptSource; /**< The kind of interrupt: an HV_INTERRUPT_SOURCE value. */
    UINT32 Reserved;        /**< Reserved; must be zero. */
    HVREF_EXTENSION union {
        HV_MSI_ENTRY MsiEntry; /**< For HvInterruptSourceMsi: the message address and data. */
        UINT64 Data;           /**< The same 8 bytes as one value. */
    };
} HV_INTERRUPT_ENTRY, *PHV_INTERRUPT_ENTRY;
HVREF_ASSERT_SIZE(HV_INTERRUPT_ENTRY, 0x10);

/**
 * \brief HV_DEVICE_INTERRUPT_TARGET::Flags: deliver the interrupt to every
 *        processor of the target set, not to one of them.
 *
 * Without it the hypervisor picks one processor of the set.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_device_interrupt_target}
 * \tlfs60b{10.4,Device Interrupt Target}
 */
#define HV_DEVICE_INTERRUPT_TARGET_MULTICAST 1u

/**
 * \brief HV_DEVICE_INTERRUPT_TARGET::Flags: the target is an HV_VP_SET
 *        starting at ProcessorSet, not the 64-bit ProcessorMask.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_device_interrupt_target}
 * \tlfs60b{10.4,Device Interrupt Target}
 */
#define HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET 2u

/**
 * \brief HV_DEVICE_INTERRUPT_TARGET::Flags: proxy redirect (bit 2).
 *
 * No TLFS edition documents this flag or says what it does; OpenVMM's
 * hvdef crate (vm/hv1/hvdef/src/lib.rs) defines it with the value 4. In
 * Linux's headers a hypervisor feature bit of the same name says that
 * proxied interrupts can be redirected to a paravisor.
 *
 * \note Only OpenVMM defines the flag; the TLFS lists
 *       HV_DEVICE_INTERRUPT_TARGET_MULTICAST and
 *       HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET only. \erratum{E190}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_device_interrupt_target}
 * \tlfs60b{10.4,Device Interrupt Target}
 */
#define HV_DEVICE_INTERRUPT_TARGET_PROXY_REDIRECT 4u

/**
 * \brief The vector and the virtual processors a device interrupt is
 *        delivered to.
 *
 * Without HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET, bit n of ProcessorMask
 * selects the virtual processor with index n. With it, an HV_VP_SET begins
 * at ProcessorSet (its Format there, then its ValidBanksMask and bank masks
 * after the 16 bytes this structure declares), so the structure, and any
 * input that ends with it, grows by 8 bytes per present bank plus 8.
 *
 * The TLFS declares ProcessorSet as a flexible array member inside a union,
 * which neither C nor C++ allows; hvref declares one element, so the
 * structure has the 16 bytes the TLFS's tables give it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_device_interrupt_target}
 * \tlfs60b{10.4,Device Interrupt Target}
 * \see HV_DEVICE_INTERRUPT_TARGET_MULTICAST
 *      HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET HV_VP_SET
 */
typedef struct _HV_DEVICE_INTERRUPT_TARGET {
    HV_INTERRUPT_VECTOR Vector; /**< The interrupt vector to deliver. */
    UINT32 Flags;               /**< HV_DEVICE_INTERRUPT_TARGET_* flags. */
    HVREF_EXTENSION union {
        UINT64 ProcessorMask;   /**< Bit n selects virtual processor n (without the PROCESSOR_SET flag). */
        UINT64 ProcessorSet[1]; /**< First 8 bytes (Format) of an HV_VP_SET (with the PROCESSOR_SET flag). */
    };
} HV_DEVICE_INTERRUPT_TARGET, *PHV_DEVICE_INTERRUPT_TARGET;
HVREF_ASSERT_SIZE(HV_DEVICE_INTERRUPT_TARGET, 0x10);

/**
 * \brief Input of HvCallRetargetDeviceInterrupt: which interrupt of which
 *        device goes to which vector and processors.
 *
 * PartitionId is HV_PARTITION_ID_SELF; DeviceId is the logical device ID
 * the host assigned to the device (for a device passed through by the
 * Hyper-V PCI bus, Linux builds it from the device's instance GUID and PCI
 * function). InterruptEntry names the interrupt by its current MSI address
 * and data; InterruptTarget gives the new vector and processors.
 *
 * \note The online table gives DeviceId a size of 6 bytes; its prototype
 *       (UINT64), TLFS 6.0b and the next field's offset give 8, which hvref
 *       uses. \erratum{E181}
 * \note Bytes 32-39 are RsvdZ in the online table, Reserved in its prototype
 *       and in TLFS 6.0b; hvref follows the online table. \erratum{E182}
 *
 * \par Specification
 * \hvcallrefs{HvCallRetargetDeviceInterrupt}
 * \see HvCallRetargetDeviceInterrupt HV_INTERRUPT_ENTRY HV_DEVICE_INTERRUPT_TARGET
 */
typedef struct _HV_INPUT_RETARGET_DEVICE_INTERRUPT {
    HV_PARTITION_ID PartitionId;                /**< HV_PARTITION_ID_SELF. */
    UINT64 DeviceId;                            /**< The logical device ID the host assigned. */
    HV_INTERRUPT_ENTRY InterruptEntry;          /**< The interrupt, by its MSI address and data. */
    UINT64 RsvdZ;                               /**< Reserved; must be zero. */
    HV_DEVICE_INTERRUPT_TARGET InterruptTarget; /**< The new vector and target processors. */
} HV_INPUT_RETARGET_DEVICE_INTERRUPT, *PHV_INPUT_RETARGET_DEVICE_INTERRUPT;
HVREF_ASSERT_SIZE(HV_INPUT_RETARGET_DEVICE_INTERRUPT, 0x38);

/**
 * \brief Input of HvCallGetVpSetFromMda: an APIC destination to resolve to
 *        virtual processors.
 *
 * DestinationAddress is an APIC destination (MDA) as an interrupt would
 * carry it: an APIC ID in physical mode, a logical destination when
 * LogicalDestinationMode is 1. The hypervisor resolves it against the APIC
 * IDs and logical destinations the target partition's virtual processors
 * have at the given VTL.
 *
 * \note The online prototype declares bytes 18-23 as ReservedZ0 (UINT16) and
 *       ReservedZ1 (UINT32); its table as one 6-byte Reserved field, which
 *       hvref follows. \erratum{E184}
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpSetFromMda}
 * \see HvCallGetVpSetFromMda HV_OUTPUT_GET_VP_SET_FROM_MDA
 */
typedef struct _HV_INPUT_GET_VP_SET_FROM_MDA {
    HV_PARTITION_ID TargetPartition; /**< The partition whose processors are searched. */
    UINT64 DestinationAddress;       /**< The APIC destination (MDA). */
    UINT8 TargetVtl;                 /**< The VTL whose APIC state is used (an HV_VTL). */
    UINT8 LogicalDestinationMode;    /**< 1: DestinationAddress is a logical destination; 0: a physical APIC ID. */
    UINT8 Reserved[6];               /**< Reserved; must be zero. */
} HV_INPUT_GET_VP_SET_FROM_MDA, *PHV_INPUT_GET_VP_SET_FROM_MDA;
HVREF_ASSERT_SIZE(HV_INPUT_GET_VP_SET_FROM_MDA, 0x18);

/**
 * \brief Output of HvCallGetVpSetFromMda: the virtual processors the
 *        destination selects.
 *
 * \note The online table gives TargetVpSet a size of 4104 bytes, more than
 *       the 4096-byte output page holds; hvref's HV_VP_SET has room for all
 *       64 banks its ValidBanksMask can name (528 bytes). \erratum{E185}
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpSetFromMda}
 * \see HvCallGetVpSetFromMda HV_VP_SET
 */
typedef struct _HV_OUTPUT_GET_VP_SET_FROM_MDA {
    HV_VP_SET TargetVpSet; /**< The resulting processor set (sparse format). */
} HV_OUTPUT_GET_VP_SET_FROM_MDA, *PHV_OUTPUT_GET_VP_SET_FROM_MDA;
HVREF_ASSERT_SIZE(HV_OUTPUT_GET_VP_SET_FROM_MDA, 0x210);

/**
 * \brief Input of HvCallSetVirtualInterruptTarget (ARM64): the virtual
 *        processor an interrupt ID is routed to.
 *
 * \par Specification
 * \hvcallrefs{HvCallSetVirtualInterruptTarget}
 * \see HvCallSetVirtualInterruptTarget
 */
typedef struct _HV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET {
    HV_PARTITION_ID PartitionId;     /**< The partition that owns the interrupt. */
    HV_INTERRUPT_VECTOR InterruptId; /**< The virtual interrupt ID (GIC INTID). */
    HV_VP_INDEX VpIndex;             /**< The virtual processor that is to receive it. */
    UINT8 Vtl;                       /**< The target VTL (an HV_VTL). */
    UINT8 Reserved[7];               /**< Reserved; must be zero. */
} HV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET, *PHV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET;
HVREF_ASSERT_SIZE(HV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET, 0x18);

/**
 * \brief Bit number of NoEOIRequired in HV_VIRTUAL_APIC_ASSIST::ApicFlags:
 *        the operand of a bit-test-and-reset on the EOI assist field.
 *
 * The value is 0 in the 2013 WDK (and the headers that descend from it): a
 * bit position, not a mask.
 *
 * \par Specification
 * \tlfs60b{10.3,EOI Assist}
 * \tlfs20{13.3.4.1}
 * \wdk2013{HV_VIRTUAL_APIC_ASSIST}
 * \see HV_VIRTUAL_APIC_ASSIST
 */
#define HV_VIRTUAL_APIC_NO_EOI_REQUIRED 0x0

/**
 * \brief The EOI assist field: the first 32 bits of the virtual processor
 *        assist page (x64).
 *
 * The hypervisor sets NoEOIRequired when it injects an edge-triggered
 * interrupt while no lower-priority interrupt is pending, and clears it
 * again if one becomes pending. To end an interrupt the guest atomically
 * clears the bit (bit test and reset): if it was set, no EOI is needed;
 * if it was clear, the guest writes HV_X64_MSR_EOI. A guest that ignores
 * the field and always writes the EOI stays correct. On ARM64 the field is
 * reserved (the virtual GIC handles EOIs).
 *
 * The online TLFS and TLFS 6.0b describe the field as the start of the
 * virtual processor assist page (the online HV_VP_ASSIST_PAGE calls it
 * ApicAssist); TLFS 2.0, from before that page held anything else, as the
 * virtual APIC assist page (HV_X64_MSR_APIC_ASSIST_CONTENTS).
 *
 * \note The online table names bits 31:1 RsvdZ and the PDFs call them
 *       reserved to zero; the 2013 WDK declares only NoEOIRequired. hvref
 *       names them RsvdZ, as the online table does. \erratum{E186}
 * \note The EOI-assist text of TLFS 6.0b and 2.0 (and its code sample) calls
 *       the EOI MSR HV_X64_APIC_EOI; their MSR tables and the online TLFS
 *       name it HV_X64_MSR_EOI, which hvref defines. \erratum{E189}
 *
 * \par Specification
 * \tlfsonline{virtual-interrupts#eoi-assist-x64-only}
 * \tlfs60b{10.3,EOI Assist}
 * \tlfs20{13.3.4.1}
 * \wdk2013{HV_VIRTUAL_APIC_ASSIST}
 * \see HV_X64_MSR_VP_ASSIST_PAGE HV_X64_MSR_EOI HV_VIRTUAL_APIC_NO_EOI_REQUIRED
 */
typedef union _HV_VIRTUAL_APIC_ASSIST {
    UINT32 ApicFlags; /**< The whole 32-bit field. */
    HVREF_EXTENSION struct {
        UINT32 NoEOIRequired : 1; /**< Set by the hypervisor: the current interrupt needs no EOI write. */
        UINT32 RsvdZ : 31;        /**< Reserved; must be zero. */
    };
} HV_VIRTUAL_APIC_ASSIST, *PHV_VIRTUAL_APIC_ASSIST;
HVREF_ASSERT_SIZE(HV_VIRTUAL_APIC_ASSIST, 0x4);

/**
 * \brief Contents of HV_X64_MSR_APIC_ASSIST_PAGE (HV_X64_MSR_VP_ASSIST_PAGE):
 *        enable bit and guest physical page of the assist page.
 *
 * The guest writes the page number of a page of its own memory with Enable
 * set; the hypervisor then overlays the assist page there, with the EOI
 * assist field (HV_VIRTUAL_APIC_ASSIST) at offset 0.
 *
 * \note TLFS 2.0 draws bits 11:1 as RsvdP, the 2013 WDK names them
 *       ReservedP; hvref follows the TLFS. \erratum{E183}
 *
 * \par Specification
 * \tlfs20{13.3.4.1}
 * \wdk2013{HV_X64_MSR_APIC_ASSIST_CONTENTS}
 * \see HV_X64_MSR_APIC_ASSIST_PAGE HV_VIRTUAL_APIC_ASSIST
 */
typedef union _HV_X64_MSR_APIC_ASSIST_CONTENTS {
    UINT64 AsUINT64; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1;         /**< Set: the assist page is overlaid at GpaPageNumber. */
        UINT64 RsvdP : 11;         /**< Reserved (bits 11:1); write back the value read. */
        UINT64 GpaPageNumber : 52; /**< Guest physical page number of the assist page. */
    };
} HV_X64_MSR_APIC_ASSIST_CONTENTS, *PHV_X64_MSR_APIC_ASSIST_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_APIC_ASSIST_CONTENTS, 0x8);

/** @} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* HVREF_VIRTUAL_INTERRUPTS_H */
