/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual processor management: reading and writing a virtual
 *        processor's registers.
 *
 * HvCallGetVpRegisters and HvCallSetVpRegisters are rep calls: after a
 * 16-byte header that names the partition, the virtual processor and the
 * VTL, the input page holds one list element per register. The register
 * names and value formats are in registers.h.
 */
#ifndef HVREF_VIRTUAL_PROCESSORS_H
#define HVREF_VIRTUAL_PROCESSORS_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>
#include <hvref/registers.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_vp_registers Reading and writing registers
 * \brief Inputs and list elements of HvCallGetVpRegisters and
 *        HvCallSetVpRegisters.
 * \{
 */

/**
 * \brief Input header of HvCallGetVpRegisters: whose registers to read.
 *
 * The header is followed in the input page by RepCount register names
 * (HV_REGISTER_NAME, 4 bytes each, packed); the call writes one
 * HV_OUTPUT_GET_VP_REGISTERS (16 bytes) per name to the output page, in the
 * same order. A partition reads its own processors with
 * HV_PARTITION_ID_SELF.
 *
 * \note The online TLFS names byte 12 TargetVtl; TLFS 6.0b's HvGetVpRegisters
 *       diagram calls it InputVtl, as its wrapper's parameter is named.
 *       \erratum{E518}
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpRegisters}
 * \see HvCallGetVpRegisters, HV_REGISTER_NAME
 */
typedef struct _HV_INPUT_GET_VP_REGISTERS {
    HV_PARTITION_ID PartitionId; /**< The partition, or HV_PARTITION_ID_SELF. */
    HV_VP_INDEX VpIndex;         /**< The virtual processor, or HV_VP_INDEX_SELF. */
    UINT8 TargetVtl;             /**< The VTL whose registers are read (an HV_INPUT_VTL; 0: the current VTL). */
    UINT8 RsvdZ[3];              /**< Reserved; must be zero. */
} HV_INPUT_GET_VP_REGISTERS, *PHV_INPUT_GET_VP_REGISTERS;
HVREF_ASSERT_SIZE(HV_INPUT_GET_VP_REGISTERS, 16);

/**
 * \brief One element of the output list of HvCallGetVpRegisters: the value
 *        of the register named by the input element of the same index.
 *
 * The output page holds RepCount of these, 16 bytes each.
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpRegisters}
 * \see HvCallGetVpRegisters, HV_REGISTER_VALUE
 */
typedef HV_REGISTER_VALUE HV_OUTPUT_GET_VP_REGISTERS;

/** \brief Pointer to an HV_OUTPUT_GET_VP_REGISTERS. */
typedef HV_OUTPUT_GET_VP_REGISTERS *PHV_OUTPUT_GET_VP_REGISTERS;

/**
 * \brief Input header of HvCallSetVpRegisters: whose registers to write.
 *
 * The header is followed in the input page by RepCount HV_REGISTER_ASSOC
 * elements (32 bytes each), so at most (4096 - 16) / 32 = 127 registers
 * fit one call.
 *
 * \par Specification
 * \hvcallrefs{HvCallSetVpRegisters}
 * \see HvCallSetVpRegisters, HV_REGISTER_ASSOC
 */
typedef struct _HV_INPUT_SET_VP_REGISTERS {
    HV_PARTITION_ID PartitionId; /**< The partition, or HV_PARTITION_ID_SELF. */
    HV_VP_INDEX VpIndex;         /**< The virtual processor, or HV_VP_INDEX_SELF. */
    UINT8 TargetVtl;             /**< The VTL whose registers are written (an HV_INPUT_VTL; 0: the current VTL). */
    UINT8 RsvdZ[3];              /**< Reserved; must be zero. */
} HV_INPUT_SET_VP_REGISTERS, *PHV_INPUT_SET_VP_REGISTERS;
HVREF_ASSERT_SIZE(HV_INPUT_SET_VP_REGISTERS, 16);

/**
 * \brief One element of the input list of HvCallSetVpRegisters: a register
 *        name and the value to write to it.
 *
 * The TLFS tables draw the element (name, 12 reserved bytes, 16-byte value)
 * without naming it; HV_REGISTER_ASSOC is the name Microsoft's headers give
 * it (Linux's `struct hv_register_assoc`). The reserved bytes put the value
 * at offset 16.
 *
 * \par Specification
 * \hvcallrefs{HvCallSetVpRegisters}
 * \see HvCallSetVpRegisters, HV_INPUT_SET_VP_REGISTERS
 */
typedef struct _HV_REGISTER_ASSOC {
    HV_REGISTER_NAME RegisterName;   /**< The register to write. */
    UINT32 RsvdZ;                    /**< Reserved; must be zero. */
    UINT64 RsvdZ1;                   /**< Reserved; must be zero. */
    HV_REGISTER_VALUE RegisterValue; /**< The new value, zero-extended to 128 bits. */
} HV_REGISTER_ASSOC, *PHV_REGISTER_ASSOC;
HVREF_ASSERT_SIZE(HV_REGISTER_ASSOC, 32);

/** \} */

/**
 * \defgroup hvref_vp_apic_id Virtual processor index from a hardware ID
 * \brief Input and output list element of HvCallGetVpIndexFromApicId.
 * \{
 */

/**
 * \brief Input header of HvCallGetVpIndexFromApicId: the partition and VTL
 *        whose processors to look up.
 *
 * The header is followed in the input page by RepCount 8-byte list
 * elements, each one hardware processor ID: on x64 an APIC ID in the low
 * four bytes and four bytes of zero padding, on ARM64 an MPIDR value in all
 * eight. The call writes one HV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID per element.
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpIndexFromApicId}
 * \see HvCallGetVpIndexFromApicId, HvCallStartVirtualProcessor
 */
typedef struct _HV_INPUT_GET_VP_INDEX_FROM_APIC_ID {
    HV_PARTITION_ID PartitionId; /**< The partition, or HV_PARTITION_ID_SELF. */
    UINT8 TargetVtl;             /**< The VTL of the virtual processors (an HV_VTL). */
    UINT8 Padding[7];            /**< Reserved; must be zero. */
} HV_INPUT_GET_VP_INDEX_FROM_APIC_ID, *PHV_INPUT_GET_VP_INDEX_FROM_APIC_ID;
HVREF_ASSERT_SIZE(HV_INPUT_GET_VP_INDEX_FROM_APIC_ID, 16);

/**
 * \brief One element of the output list of HvCallGetVpIndexFromApicId: the
 *        index of the virtual processor with the hardware ID of the input
 *        element of the same index.
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpIndexFromApicId}
 * \see HvCallGetVpIndexFromApicId
 */
typedef struct _HV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID {
    HV_VP_INDEX VpIndex; /**< The virtual processor's index. */
    UINT32 Padding;      /**< Padding to 8 bytes. */
} HV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID, *PHV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID;
HVREF_ASSERT_SIZE(HV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID, 8);

/** \} */

#ifdef __cplusplus
}
#endif

#endif /* HVREF_VIRTUAL_PROCESSORS_H */
