/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual processor management: creating, starting and deleting
 *        virtual processors, reading and writing their registers, and the
 *        CPUID values they see.
 *
 * HvCallGetVpRegisters and HvCallSetVpRegisters are rep calls: after a
 * 16-byte header that names the partition, the virtual processor and the
 * VTL, the input page holds one list element per register. The register
 * names and value formats are in registers.h.
 *
 * HvCallStartVirtualProcessor takes an initial register context whose
 * layout depends on the architecture: hvref defines both layouts on every
 * target (HV_X64_INITIAL_VP_CONTEXT, HV_ARM64_INITIAL_VP_CONTEXT and their
 * inputs), and the TLFS names HV_INITIAL_VP_CONTEXT and
 * HV_INPUT_START_VIRTUAL_PROCESSOR stand for the target's own.
 */
#ifndef HVREF_VIRTUAL_PROCESSORS_H
#define HVREF_VIRTUAL_PROCESSORS_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>
#include <hvref/feature_discovery.h>
#include <hvref/inter_partition_communication.h>
#include <hvref/registers.h>
#include <hvref/virtual_interrupts.h>

/* The anonymous structure below is marked HVREF_EXTENSION for GCC and
 * Clang. MSVC reports it as C4201 ("nameless struct/union") at /W4, and in
 * C also the UINT32 bit-fields as C4214 ("bit field types other than int"):
 * both are silenced for this header only and restored at its end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

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

/**
 * \defgroup hvref_vp_lifecycle Creating and deleting virtual processors
 * \brief Inputs of HvCallCreateVp and HvCallDeleteVp, and the subnode kinds
 *        a new virtual processor can be placed on.
 * \{
 */

/**
 * \brief Kinds of processor subnode that HV_INPUT_CREATE_VP::SubnodeType
 *        can name.
 *
 * A subnode narrows where the hypervisor keeps a new virtual processor's
 * data below the proximity domain: any, a socket, a cluster or an L3 cache
 * domain; HvSubnodeAny (0) leaves the choice to the hypervisor. The online
 * TLFS gives the SubnodeType byte of HvCallCreateVp without listing its
 * values; the values and names are those of Microsoft's headers (Linux's
 * include/hyperv/hvhdk_mini.h, which spells them HV_SUBNODE_ANY ...). No
 * TLFS edition documents this enumeration. The byte holds the value as a
 * UINT8.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallCreateVp}
 * \see HV_INPUT_CREATE_VP
 */
typedef enum _HV_SUBNODE_TYPE {
    HvSubnodeAny = 0,     /**< No particular subnode (SubnodeId is ignored). */
    HvSubnodeSocket = 1,  /**< SubnodeId names a processor socket. */
    HvSubnodeCluster = 2, /**< SubnodeId names a cluster of processors. */
    HvSubnodeL3 = 3,      /**< SubnodeId names the processors that share an L3 cache. */
    HvSubnodeCount = 4,   /**< The number of kinds above; not a kind. */
    HvSubnodeInvalid = -1 /**< Not a valid kind (0xFF in the UINT8 field). */
} HV_SUBNODE_TYPE;

/**
 * \brief Input of HvCallCreateVp: the new virtual processor's partition,
 *        index and placement.
 *
 * The parent creates virtual processor VpIndex in a partition it made. The
 * subnode and the proximity domain say where the hypervisor should put the
 * processor's own data structures (they come from the partition's memory
 * pool); zeros mean no preference. Flags has no defined bit.
 *
 * \note The online TLFS and Microsoft's headers (Linux's
 *       include/hyperv/hvhdk_mini.h) give a 40-byte input with three
 *       reserved bytes, SubnodeType and SubnodeId after VpIndex, so
 *       ProximityDomainInfo is at byte 24 and Flags at byte 32. TLFS 2.0
 *       (10.4.1) and the 2013 WDK page have four bytes of padding after
 *       VpIndex and no subnode: a 32-byte input with ProximityDomainInfo at
 *       byte 16 and Flags at byte 24. \erratum{E600} \erratum{E601}
 *       \erratum{E602}
 *
 * \par Specification
 * \hvcallrefs{HvCallCreateVp}
 * \see HvCallCreateVp, HV_SUBNODE_TYPE, HV_PROXIMITY_DOMAIN_INFO
 */
typedef struct _HV_INPUT_CREATE_VP {
    HV_PARTITION_ID PartitionId;                  /**< The partition to add the processor to. */
    HV_VP_INDEX VpIndex;                          /**< The new processor's index, unused in the partition. */
    UINT8 ReservedZ0[3];                          /**< Reserved; must be zero. */
    UINT8 SubnodeType;                            /**< Which kind of subnode SubnodeId names (an HV_SUBNODE_TYPE); 0 for none. */
    UINT64 SubnodeId;                             /**< The subnode to place the processor's data on; 0 for none. */
    HV_PROXIMITY_DOMAIN_INFO ProximityDomainInfo; /**< The NUMA node for the processor's data; zero for no preference. */
    UINT64 Flags;                                 /**< No flag is defined; must be zero. */
} HV_INPUT_CREATE_VP, *PHV_INPUT_CREATE_VP;
HVREF_ASSERT_SIZE(HV_INPUT_CREATE_VP, 40);

/**
 * \brief Input of HvCallDeleteVp: the virtual processor to delete.
 *
 * Sixteen bytes, so the call also fits the register (fast) form: the
 * partition ID in the first register, VpIndex and the zero padding in the
 * second.
 *
 * \par Specification
 * \hvcallrefs{HvCallDeleteVp}
 * \see HvCallDeleteVp, HvCallCreateVp
 */
typedef struct _HV_INPUT_DELETE_VP {
    HV_PARTITION_ID PartitionId; /**< The partition the processor belongs to. */
    HV_VP_INDEX VpIndex;         /**< The processor to delete. */
    UINT32 Padding;              /**< Reserved; must be zero. */
} HV_INPUT_DELETE_VP, *PHV_INPUT_DELETE_VP;
HVREF_ASSERT_SIZE(HV_INPUT_DELETE_VP, 16);

/** \} */

/**
 * \defgroup hvref_vp_start Starting a virtual processor
 * \brief HvCallStartVirtualProcessor's input and the initial register
 *        context, in its x64 and ARM64 layouts.
 *
 * The TLFS gives one name, HV_INITIAL_VP_CONTEXT, to two different layouts.
 * hvref defines both on every target, with the architecture in the name,
 * so that a tool running on one architecture can build the other's input;
 * HV_INITIAL_VP_CONTEXT and HV_INPUT_START_VIRTUAL_PROCESSOR are typedefs
 * to the layout of the target being compiled for (ARM64 when
 * HVREF_ARCH_ARM64 is 1, x64 otherwise).
 * \{
 */

/**
 * \brief The register state an x64 virtual processor starts with: the
 *        x64 layout of HV_INITIAL_VP_CONTEXT (224 bytes).
 *
 * The processor starts in the mode these registers describe (protected or
 * long mode, paging as CR0, CR3, CR4 and EFER say), not in real mode. The
 * segment registers carry their hidden parts (base, limit, attributes) as
 * HV_X64_SEGMENT_REGISTER does; IDTR and GDTR are HV_X64_TABLE_REGISTER
 * values, whose Pad bytes are zero. Registers not listed take their reset
 * values.
 *
 * \note TLFS 6.0b's byte diagram of HvStartVirtualProcessor labels the
 *       TR, LDTR, IDTR and GDTR slots Ts, Ltdr, Itdr and Gtdr; its structure
 *       definition and the online TLFS call them Tr, Ldtr, Idtr and Gdtr.
 *       \erratum{E604} \erratum{E605} \erratum{E606} \erratum{E607}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_initial_vp_context#x64-layout}
 * \tlfs60b{7.10,HvStartVirtualProcessor}
 * \see HV_X64_INPUT_START_VIRTUAL_PROCESSOR, HV_INITIAL_VP_CONTEXT
 */
typedef struct _HV_X64_INITIAL_VP_CONTEXT {
    UINT64 Rip;                   /**< Instruction pointer: where the processor starts. */
    UINT64 Rsp;                   /**< Stack pointer. */
    UINT64 Rflags;                /**< Flags register. */
    HV_X64_SEGMENT_REGISTER Cs;   /**< Code segment, with its hidden state. */
    HV_X64_SEGMENT_REGISTER Ds;   /**< Data segment. */
    HV_X64_SEGMENT_REGISTER Es;   /**< Extra data segment ES. */
    HV_X64_SEGMENT_REGISTER Fs;   /**< Segment FS. */
    HV_X64_SEGMENT_REGISTER Gs;   /**< Segment GS. */
    HV_X64_SEGMENT_REGISTER Ss;   /**< Stack segment. */
    HV_X64_SEGMENT_REGISTER Tr;   /**< Task register. */
    HV_X64_SEGMENT_REGISTER Ldtr; /**< Local descriptor table register. */
    HV_X64_TABLE_REGISTER Idtr;   /**< Interrupt descriptor table register. */
    HV_X64_TABLE_REGISTER Gdtr;   /**< Global descriptor table register. */
    UINT64 Efer;                  /**< The EFER MSR (long mode enable and active, NX enable). */
    UINT64 Cr0;                   /**< Control register 0. */
    UINT64 Cr3;                   /**< Control register 3: the page table root. */
    UINT64 Cr4;                   /**< Control register 4. */
    UINT64 MsrCrPat;              /**< The page attribute table MSR (IA32_PAT). */
} HV_X64_INITIAL_VP_CONTEXT, *PHV_X64_INITIAL_VP_CONTEXT;
HVREF_ASSERT_SIZE(HV_X64_INITIAL_VP_CONTEXT, 224);

/**
 * \brief The register state an ARM64 virtual processor starts with: the
 *        ARM64 layout of HV_INITIAL_VP_CONTEXT (72 bytes).
 *
 * The processor starts at EL1 using the EL1 stack pointer, with the
 * translation, memory attribute and vector registers given here. These few
 * registers do not make an environment compiled code can run in: the
 * guest's first instructions must set up the rest (for instance CPACR_EL1
 * before any floating-point or SIMD instruction).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_initial_vp_context#arm64-layout}
 * \see HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR, HV_INITIAL_VP_CONTEXT
 */
typedef struct _HV_ARM64_INITIAL_VP_CONTEXT {
    UINT64 Pc;        /**< Program counter: where the processor starts. */
    UINT64 Sp_ELh;    /**< Stack pointer of the handler mode (SP_EL1, used in EL1h). */
    UINT64 SCTLR_EL1; /**< System control register (MMU, caches, alignment checks). */
    UINT64 MAIR_EL1;  /**< Memory attribute indirection register. */
    UINT64 TCR_EL1;   /**< Translation control register. */
    UINT64 VBAR_EL1;  /**< Exception vector base address. */
    UINT64 TTBR0_EL1; /**< Translation table base for the lower address range. */
    UINT64 TTBR1_EL1; /**< Translation table base for the upper address range. */
    UINT64 X18;       /**< General-purpose register X18 (the platform register). */
} HV_ARM64_INITIAL_VP_CONTEXT, *PHV_ARM64_INITIAL_VP_CONTEXT;
HVREF_ASSERT_SIZE(HV_ARM64_INITIAL_VP_CONTEXT, 72);

/**
 * \brief Input of HvCallStartVirtualProcessor on x64 (240 bytes).
 *
 * The online TLFS's table leaves bytes 13 to 15 out; TLFS 6.0b's diagram
 * calls them Padding.
 *
 * \par Specification
 * \hvcallrefs{HvCallStartVirtualProcessor}
 * \tlfsonline{hypercalls/HvCallStartVirtualProcessor#x64-layout}
 * \see HvCallStartVirtualProcessor, HV_INPUT_START_VIRTUAL_PROCESSOR
 */
typedef struct _HV_X64_INPUT_START_VIRTUAL_PROCESSOR {
    HV_PARTITION_ID PartitionId;         /**< The partition, or HV_PARTITION_ID_SELF. */
    HV_VP_INDEX VpIndex;                 /**< The processor to start. */
    UINT8 TargetVtl;                     /**< The VTL whose context is set (an HV_VTL). */
    UINT8 Padding[3];                    /**< Reserved; must be zero. */
    HV_X64_INITIAL_VP_CONTEXT VpContext; /**< The registers the processor starts with. */
} HV_X64_INPUT_START_VIRTUAL_PROCESSOR, *PHV_X64_INPUT_START_VIRTUAL_PROCESSOR;
HVREF_ASSERT_SIZE(HV_X64_INPUT_START_VIRTUAL_PROCESSOR, 240);

/**
 * \brief Input of HvCallStartVirtualProcessor on ARM64 (88 bytes).
 *
 * The same 16-byte header as on x64, followed by the ARM64 context.
 *
 * \par Specification
 * \hvcallrefs{HvCallStartVirtualProcessor}
 * \tlfsonline{hypercalls/HvCallStartVirtualProcessor#arm64-layout}
 * \see HvCallStartVirtualProcessor, HV_INPUT_START_VIRTUAL_PROCESSOR
 */
typedef struct _HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR {
    HV_PARTITION_ID PartitionId;           /**< The partition, or HV_PARTITION_ID_SELF. */
    HV_VP_INDEX VpIndex;                   /**< The processor to start. */
    UINT8 TargetVtl;                       /**< The VTL whose context is set (an HV_VTL). */
    UINT8 Padding[3];                      /**< Reserved; must be zero. */
    HV_ARM64_INITIAL_VP_CONTEXT VpContext; /**< The registers the processor starts with. */
} HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR, *PHV_ARM64_INPUT_START_VIRTUAL_PROCESSOR;
HVREF_ASSERT_SIZE(HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR, 88);

/**
 * \brief The TLFS's HV_INITIAL_VP_CONTEXT: the initial context of the
 *        architecture being compiled for.
 *
 * HV_ARM64_INITIAL_VP_CONTEXT when HVREF_ARCH_ARM64 is 1, else
 * HV_X64_INITIAL_VP_CONTEXT. Code that handles the other architecture's
 * processors names the arch-specific type itself.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_initial_vp_context}
 * \tlfs60b{7.10,HvStartVirtualProcessor}
 * \see HV_X64_INITIAL_VP_CONTEXT, HV_ARM64_INITIAL_VP_CONTEXT
 */
#if HVREF_ARCH_ARM64
typedef HV_ARM64_INITIAL_VP_CONTEXT HV_INITIAL_VP_CONTEXT;
#else
typedef HV_X64_INITIAL_VP_CONTEXT HV_INITIAL_VP_CONTEXT;
#endif

/** \brief Pointer to an HV_INITIAL_VP_CONTEXT. */
typedef HV_INITIAL_VP_CONTEXT *PHV_INITIAL_VP_CONTEXT;

/**
 * \brief The TLFS's HV_INPUT_START_VIRTUAL_PROCESSOR: the input of
 *        HvCallStartVirtualProcessor for the architecture being compiled
 *        for.
 *
 * HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR when HVREF_ARCH_ARM64 is 1, else
 * HV_X64_INPUT_START_VIRTUAL_PROCESSOR.
 *
 * \par Specification
 * \hvcallrefs{HvCallStartVirtualProcessor}
 * \see HV_X64_INPUT_START_VIRTUAL_PROCESSOR, HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR
 */
#if HVREF_ARCH_ARM64
typedef HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR HV_INPUT_START_VIRTUAL_PROCESSOR;
#else
typedef HV_X64_INPUT_START_VIRTUAL_PROCESSOR HV_INPUT_START_VIRTUAL_PROCESSOR;
#endif

/** \brief Pointer to an HV_INPUT_START_VIRTUAL_PROCESSOR. */
typedef HV_INPUT_START_VIRTUAL_PROCESSOR *PHV_INPUT_START_VIRTUAL_PROCESSOR;

/** \} */

/**
 * \defgroup hvref_vp_cpuid CPUID values of a virtual processor
 * \brief Input, list elements and output of HvCallGetVpCpuidValues (x64
 *        only).
 * \{
 */

/**
 * \brief Options of HvCallGetVpCpuidValues: how the hypervisor computes
 *        the CPUID results it returns.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_get_vp_cpuid_values_flags}
 * \see HV_INPUT_GET_VP_CPUID_VALUES
 */
typedef union _HV_GET_VP_CPUID_VALUES_FLAGS {
    UINT32 AsUINT32; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT32 UseVpXfemXss : 1;          /**< Compute the XSAVE leaves from the processor's own XCR0 and XSS, not from the Xfem and Xss of each list element. */
        UINT32 ApplyRegisteredValues : 1; /**< Apply the CPUID overrides registered for the partition to the results. */
        UINT32 Reserved : 30;             /**< Reserved; must be zero. */
    };
} HV_GET_VP_CPUID_VALUES_FLAGS, *PHV_GET_VP_CPUID_VALUES_FLAGS;
HVREF_ASSERT_SIZE(HV_GET_VP_CPUID_VALUES_FLAGS, 4);

/**
 * \brief One element of the input list of HvCallGetVpCpuidValues: the
 *        CPUID leaf and subleaf to compute, and the XSAVE state to assume.
 *
 * The online TLFS names the type in the call's prototype without defining
 * it; the layout is that of Microsoft's headers (Linux's
 * include/hyperv/hvhdk.h, rust-vmm/mshv's bindings). Xfem and Xss matter
 * only for the XSAVE leaf (0x0D) and only when
 * HV_GET_VP_CPUID_VALUES_FLAGS::UseVpXfemXss is clear.
 *
 * \note The online page's parameter table gives CpuidLeafInfo 8 bytes;
 *       Microsoft's headers make the element 24 bytes. \erratum{E603}
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallGetVpCpuidValues}
 * \see HV_INPUT_GET_VP_CPUID_VALUES, HV_OUTPUT_GET_VP_CPUID_VALUES
 */
typedef struct _HV_CPUID_LEAF_INFO {
    UINT32 Eax;  /**< The leaf (the EAX input of CPUID). */
    UINT32 Ecx;  /**< The subleaf (the ECX input of CPUID). */
    UINT64 Xfem; /**< The XCR0 value (XSAVE feature enable mask) to assume. */
    UINT64 Xss;  /**< The IA32_XSS value to assume. */
} HV_CPUID_LEAF_INFO, *PHV_CPUID_LEAF_INFO;
HVREF_ASSERT_SIZE(HV_CPUID_LEAF_INFO, 24);

/**
 * \brief Input header of HvCallGetVpCpuidValues: whose CPUID to compute,
 *        and how.
 *
 * The header is followed in the input page by RepCount HV_CPUID_LEAF_INFO
 * elements (24 bytes each); the call writes one
 * HV_OUTPUT_GET_VP_CPUID_VALUES (16 bytes) per element. The online table
 * lists the header's fields as if each list element repeated them; the
 * layout here, a 24-byte header and then the list, is that of Microsoft's
 * headers (Linux's include/hyperv/hvhdk.h).
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpCpuidValues}
 * \see HvCallGetVpCpuidValues, HV_CPUID_LEAF_INFO
 */
typedef struct _HV_INPUT_GET_VP_CPUID_VALUES {
    HV_PARTITION_ID PartitionId;        /**< The partition, or HV_PARTITION_ID_SELF. */
    HV_VP_INDEX VpIndex;                /**< The virtual processor whose view is computed. */
    HV_GET_VP_CPUID_VALUES_FLAGS Flags; /**< How to compute the results. */
    UINT32 ReservedZ;                   /**< Reserved; must be zero. */
    UINT32 Padding;                     /**< Reserved; must be zero (aligns the list to 8 bytes). */
} HV_INPUT_GET_VP_CPUID_VALUES, *PHV_INPUT_GET_VP_CPUID_VALUES;
HVREF_ASSERT_SIZE(HV_INPUT_GET_VP_CPUID_VALUES, 24);

/**
 * \brief One element of the output list of HvCallGetVpCpuidValues: the
 *        EAX, EBX, ECX and EDX that CPUID returns to the virtual processor
 *        for the input element of the same index.
 *
 * \par Specification
 * \hvcallrefs{HvCallGetVpCpuidValues}
 * \see HvCallGetVpCpuidValues, HV_CPUID_RESULT
 */
typedef HV_CPUID_RESULT HV_OUTPUT_GET_VP_CPUID_VALUES;

/** \brief Pointer to an HV_OUTPUT_GET_VP_CPUID_VALUES. */
typedef HV_OUTPUT_GET_VP_CPUID_VALUES *PHV_OUTPUT_GET_VP_CPUID_VALUES;

/** \} */

/**
 * \defgroup hvref_vp_assist Virtual processor assist page
 * \brief The page a virtual processor shares with the hypervisor, and the
 *        VTL, nested-virtualization and fault records it holds.
 *
 * A guest places the page with HV_X64_MSR_VP_ASSIST_PAGE on x64 (its value
 * is an HV_X64_MSR_APIC_ASSIST_CONTENTS) or with the HvRegisterVpAssistPage
 * register on ARM64 (same value format, written with HvCallSetVpRegisters).
 * Each VTL of a virtual processor has a page of its own.
 * \{
 */

/**
 * \brief Why a VTL higher than 0 was entered on a virtual processor: the
 *        values of HV_VP_VTL_CONTROL::EntryReason.
 *
 * The hypervisor stores the reason in the entered VTL's VP assist page
 * before that VTL runs. The field is a UINT32, the size of this
 * enumeration in the TLFS's C declaration.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_vtl_control}
 * \tlfsonline{vsm#identifying-vtl-entry-reason}
 * \tlfs60b{15.6}
 * \see HV_VP_VTL_CONTROL
 */
typedef enum _HV_VTL_ENTRY_REASON {
    HvVtlEntryReserved = 0,  /**< Not used. */
    HvVtlEntryVtlCall = 1,   /**< A lower VTL made a VTL call. */
    HvVtlEntryInterrupt = 2, /**< An interrupt targeted at this VTL arrived. */
    /** An intercept was delivered through the intercept page. Editions: \tlfsonline{datatypes/hv_vp_vtl_control}. */
    HvVtlEntryIntercept = 3
} HV_VTL_ENTRY_REASON;

/**
 * \brief The VINA status byte of HV_VP_VTL_CONTROL: whether the virtual
 *        interrupt notification assist line is asserted for this VTL.
 *
 * The hypervisor sets VinaAsserted when it delivers the notification that a
 * lower VTL has a new interrupt (HV_REGISTER_VSM_VINA); while it is set, no
 * further notification is sent. The VTL clears it to be told about the next
 * interrupt.
 *
 * The TLFS declares this union inside HV_VP_VTL_CONTROL without a type
 * name; the name is hvref's, so that the layout can be checked. Code that
 * writes `Control.VinaStatus.VinaAsserted` as the TLFS does compiles
 * unchanged.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_vtl_control}
 * \tlfs60b{15.8,VTL Control via the VP Assist Page}
 * \see HV_VP_VTL_CONTROL, HV_REGISTER_VSM_VINA
 */
typedef union _HV_VP_VTL_CONTROL_VINA_STATUS {
    UINT8 AsUINT8; /**< The whole byte. */
    HVREF_EXTENSION struct {
        UINT8 VinaAsserted : 1;  /**< Set: the VINA notification is asserted; clear it to rearm. */
        UINT8 VinaReservedZ : 7; /**< Reserved; must be zero. */
    };
} HV_VP_VTL_CONTROL_VINA_STATUS, *PHV_VP_VTL_CONTROL_VINA_STATUS;
HVREF_ASSERT_SIZE(HV_VP_VTL_CONTROL_VINA_STATUS, 1);

/**
 * \brief The VTL control area of the VP assist page: why the VTL was
 *        entered, the VINA status, and the registers to load on the next VTL
 *        return.
 *
 * Every VTL above 0 has one, in its own VP assist page. Before a VTL return
 * that is not a fast return, the higher VTL stores the lower VTL's RAX and
 * RCX (or, for a 32-bit lower VTL, EAX, ECX and EDX) in the VtlReturn
 * fields and the hypervisor loads them; a fast return leaves the lower
 * VTL's registers as they were.
 *
 * On ARM64 the online TLFS declares bytes 8-23 as two reserved 64-bit
 * fields (ReservedZ2, ReservedZ3): an ARM64 VTL return restores no register
 * from the page. The size (24 bytes) is the same on both architectures.
 *
 * \note Linux's copy of Microsoft's headers declares the four bytes from
 *       VinaStatus to ReservedZ01 as one reserved field (vtl_reserved in its
 *       hv_vp_assist_page); the online TLFS, 6.0b and OpenVMM name the VINA
 *       status byte. \erratum{E613}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_vtl_control}
 * \tlfs60b{15.8,VTL Control via the VP Assist Page}
 * \see HV_VP_ASSIST_PAGE, HV_VTL_ENTRY_REASON, HV_VP_VTL_CONTROL_VINA_STATUS
 */
typedef struct _HV_VP_VTL_CONTROL {
    UINT32 EntryReason;                       /**< Why the VTL was entered (an HV_VTL_ENTRY_REASON); written by the hypervisor. */
    HV_VP_VTL_CONTROL_VINA_STATUS VinaStatus; /**< Whether the VINA notification is asserted. */
    UINT8 ReservedZ00;                        /**< Reserved; must be zero. */
    UINT16 ReservedZ01;                       /**< Reserved; must be zero. */
    HVREF_EXTENSION union {
        HVREF_EXTENSION struct {
            UINT64 VtlReturnX64Rax; /**< RAX to load into a 64-bit lower VTL on VTL return (x64). */
            UINT64 VtlReturnX64Rcx; /**< RCX to load into a 64-bit lower VTL on VTL return (x64). */
        };
        HVREF_EXTENSION struct {
            UINT32 VtlReturnX86Eax; /**< EAX to load into a 32-bit lower VTL on VTL return (x64). */
            UINT32 VtlReturnX86Ecx; /**< ECX to load into a 32-bit lower VTL on VTL return (x64). */
            UINT32 VtlReturnX86Edx; /**< EDX to load into a 32-bit lower VTL on VTL return (x64). */
            UINT32 ReservedZ1;      /**< Reserved; must be zero. */
        };
    };
} HV_VP_VTL_CONTROL, *PHV_VP_VTL_CONTROL;
HVREF_ASSERT_SIZE(HV_VP_VTL_CONTROL, 24);

/**
 * \brief The Features word of HV_NESTED_ENLIGHTENMENTS_CONTROL: which
 *        nested enlightenments an L1 hypervisor turns on for the nested
 *        guest it runs on this virtual processor.
 *
 * DirectHypercall lets the L0 hypervisor handle the nested guest's
 * virtual-TLB flush hypercalls itself (the enlightened VMCS or VMCB must
 * also enable it and name a partition assist page). VirtualizationException
 * (Intel) has virtualization exceptions combined into the page-fault
 * exception class, an option the L0 hypervisor advertises in its nested
 * virtualization features CPUID leaf.
 *
 * The TLFS declares this union inside HV_NESTED_ENLIGHTENMENTS_CONTROL
 * without a type name; the name is hvref's, so that the layout can be
 * checked (`Control.Features.DirectHypercall` compiles unchanged).
 *
 * \note The online TLFS and 6.0b define bit 1 as VirtualizationException;
 *       Linux's headers (include/hyperv/hvgdk_mini.h and the x86
 *       hyperv-tlfs.h of Linux 6.1) declare only DirectHypercall and leave
 *       bits 31:1 reserved. \erratum{E614}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_nested_enlightenments_control}
 * \tlfsonline{nested-virtualization#direct-virtual-flush}
 * \tlfsonline{nested-virtualization#nested-virtualization-exceptions}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \tlfs60b{16.8,Configuration}
 * \see HV_NESTED_ENLIGHTENMENTS_CONTROL
 */
typedef union _HV_NESTED_ENLIGHTENMENTS_FEATURES {
    UINT32 AsUINT32; /**< The whole word. */
    HVREF_EXTENSION struct {
        UINT32 DirectHypercall : 1;         /**< Let the L0 hypervisor handle the nested guest's flush hypercalls directly. */
        UINT32 VirtualizationException : 1; /**< Intel: combine virtualization exceptions into the page-fault exception class. */
        UINT32 Reserved : 30;               /**< Reserved; zero. */
    };
} HV_NESTED_ENLIGHTENMENTS_FEATURES, *PHV_NESTED_ENLIGHTENMENTS_FEATURES;
HVREF_ASSERT_SIZE(HV_NESTED_ENLIGHTENMENTS_FEATURES, 4);

/**
 * \brief The HypercallControls word of HV_NESTED_ENLIGHTENMENTS_CONTROL:
 *        hypercall controls for the nested guest.
 *
 * The TLFS gives InterPartitionCommunication a name and a bit but does not
 * describe it; by its name it concerns the nested guest's inter-partition
 * communication hypercalls (chapter 11).
 *
 * The TLFS declares this union inside HV_NESTED_ENLIGHTENMENTS_CONTROL
 * without a type name; the name is hvref's, so that the layout can be
 * checked.
 *
 * \note The online TLFS, 6.0b and Linux's current
 *       include/hyperv/hvgdk_mini.h (inter_partition_comm) define bit 0;
 *       the x86 hyperv-tlfs.h of Linux 6.1 declares the whole word
 *       reserved. \erratum{E615}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_nested_enlightenments_control}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \see HV_NESTED_ENLIGHTENMENTS_CONTROL
 */
typedef union _HV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS {
    UINT32 AsUINT32; /**< The whole word. */
    HVREF_EXTENSION struct {
        UINT32 InterPartitionCommunication : 1; /**< Inter-partition communication hypercalls of the nested guest (not described further by the TLFS). */
        UINT32 Reserved : 31;                   /**< Reserved; zero. */
    };
} HV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS, *PHV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS;
HVREF_ASSERT_SIZE(HV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS, 4);

/**
 * \brief Nested enlightenments an L1 hypervisor grants the nested guest
 *        it currently runs on this virtual processor (x64).
 *
 * An L1 hypervisor running on Microsoft's hypervisor sets it in its VP
 * assist page to tell the L0 hypervisor which nested enlightenments the
 * nested guest it currently runs may use. On ARM64 the field is reserved.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_nested_enlightenments_control}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \see HV_VP_ASSIST_PAGE, HV_NESTED_ENLIGHTENMENTS_FEATURES,
 *      HV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS
 */
typedef struct _HV_NESTED_ENLIGHTENMENTS_CONTROL {
    HV_NESTED_ENLIGHTENMENTS_FEATURES Features;                   /**< Enlightenments enabled for the nested guest. */
    HV_NESTED_ENLIGHTENMENTS_HYPERCALL_CONTROLS HypercallControls; /**< Hypercall controls for the nested guest. */
} HV_NESTED_ENLIGHTENMENTS_CONTROL, *PHV_NESTED_ENLIGHTENMENTS_CONTROL;
HVREF_ASSERT_SIZE(HV_NESTED_ENLIGHTENMENTS_CONTROL, 8);

/**
 * \brief The virtualization fault information area of the VP assist page:
 *        the code and parameters of the current virtualization fault.
 *
 * It holds the code and parameters of the virtual processor's current
 * virtualization fault (see HV_NESTED_ENLIGHTENMENTS_FEATURES::VirtualizationException).
 * The TLFS requires the area to be 16-byte aligned within the page (it is
 * at byte 64).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_virtualization_fault_information}
 * \tlfsonline{nested-virtualization#nested-virtualization-exceptions}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \see HV_VP_ASSIST_PAGE
 */
typedef union _HV_VIRTUALIZATION_FAULT_INFORMATION {
    HVREF_EXTENSION struct {
        UINT16 Parameter0; /**< First fault parameter. */
        UINT16 Reserved0;  /**< Reserved. */
        UINT32 Code;       /**< The fault code. */
        UINT64 Parameter1; /**< Second fault parameter. */
    };
} HV_VIRTUALIZATION_FAULT_INFORMATION, *PHV_VIRTUALIZATION_FAULT_INFORMATION;
HVREF_ASSERT_SIZE(HV_VIRTUALIZATION_FAULT_INFORMATION, 16);

/**
 * \brief The virtual processor assist page: a page per virtual processor
 *        (per VTL) that the guest and the hypervisor both read and write.
 *
 * The hypervisor overlays it on the guest physical page that
 * HV_X64_MSR_VP_ASSIST_PAGE (x64) or HvRegisterVpAssistPage (ARM64) names.
 * It holds the EOI assist field (x64), the VTL control area of a VTL above
 * 0, the nested-virtualization controls an L1 hypervisor writes (x64: the
 * enlightened VMCS switch and the current enlightened VMCS), the
 * time-unhalted timer's expiry flag and the virtualization fault record.
 * The rest of the page is reserved.
 *
 * The two members the TLFS declares as BOOLEAN are UINT8 here: BOOLEAN is
 * one byte in Microsoft's headers and in EDK II, and those environments
 * declare it themselves. Zero is FALSE, any other value TRUE.
 *
 * On ARM64 ApicAssist, NestedEnlightenmentsControl, EnlightenVmEntry and
 * CurrentNestedVmcs are reserved.
 *
 * \note The online TLFS and 6.0b make the page a 4096-byte union with a
 *       page of reserved bytes; Microsoft's headers (Linux's
 *       include/hyperv/hvgdk_mini.h) and OpenVMM declare a 624-byte
 *       structure, and the x86 hyperv-tlfs.h of Linux 6.1 one of 56 bytes
 *       that ends after CurrentNestedVmcs. \erratum{E610}
 * \note The TLFS's VirtualizationFaultInformation is 16 bytes;
 *       Microsoft's headers and OpenVMM give it 40 bytes, followed by 8
 *       reserved bytes. \erratum{E611}
 * \note Microsoft's headers and OpenVMM define two more areas that no TLFS
 *       edition has: an intercept message at bytes 112-367 (intercept_message)
 *       and the VTL return actions at bytes 368-623 (vtl_ret_actions,
 *       OpenVMM's vtl_return_actions); hvref leaves them in
 *       ReservedZBytePadding, as the TLFS does. \erratum{E612}
 *       \erratum{E616}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_assist_page}
 * \tlfsonline{vp-properties#virtual-processor-assist-page}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \see HV_X64_MSR_VP_ASSIST_PAGE, HV_X64_MSR_APIC_ASSIST_CONTENTS,
 *      HvRegisterVpAssistPage, HV_VIRTUAL_APIC_ASSIST, HV_VP_VTL_CONTROL,
 *      HV_NESTED_ENLIGHTENMENTS_CONTROL, HV_VIRTUALIZATION_FAULT_INFORMATION
 */
typedef union _HV_VP_ASSIST_PAGE {
    HVREF_EXTENSION struct {
        HV_VIRTUAL_APIC_ASSIST ApicAssist;                            /**< The EOI assist field (x64). */
        UINT32 ReservedZ0;                                            /**< Reserved; must be zero. */
        HV_VP_VTL_CONTROL VtlControl;                                 /**< VTL entry reason, VINA status and VTL return registers (VTL 1 and up). */
        HV_NESTED_ENLIGHTENMENTS_CONTROL NestedEnlightenmentsControl; /**< Nested enlightenments granted to the current nested guest (x64). */
        UINT8 EnlightenVmEntry;                                       /**< BOOLEAN: the L1 hypervisor uses enlightened VMCSs (x64). */
        UINT8 ReservedZ1[7];                                          /**< Reserved; must be zero. */
        HV_GPA CurrentNestedVmcs;                                     /**< Guest physical address of the current enlightened VMCS (x64). */
        UINT8 SyntheticTimeUnhaltedTimerExpired;                      /**< BOOLEAN: set by the hypervisor when the time-unhalted timer fires; the guest may clear it. */
        UINT8 ReservedZ2[7];                                          /**< Reserved; must be zero. */
        HV_VIRTUALIZATION_FAULT_INFORMATION VirtualizationFaultInformation; /**< The current virtualization fault (byte 64, 16-byte aligned). */
    };
    UINT8 ReservedZBytePadding[HV_PAGE_SIZE]; /**< The whole page; bytes no member above covers are reserved and must be zero. */
} HV_VP_ASSIST_PAGE, *PHV_VP_ASSIST_PAGE;
HVREF_ASSERT_SIZE(HV_VP_ASSIST_PAGE, 0x1000);

/** \} */

/**
 * \defgroup hvref_vp_synmc Synthetic machine checks
 * \brief The error record of a synthetic machine check injected into a
 *        virtual processor (x64).
 *
 * The hypervisor can raise a machine check (\#MC) in a guest's virtual
 * processor to report a physical platform error, so that the guest can
 * contain it and recover. CPUID leaf 0x40000003 EDX bit 9
 * (HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_MACHINE_CHECK_AVAILABLE) says
 * whether the facility exists; the root injects one with HvCallInjectSyntheticMachineCheck,
 * whose input no TLFS edition documents. Only TLFS 6.0b defines these
 * types; the online TLFS and TLFS 2.0 do not.
 * \{
 */

/**
 * \brief The MCA error code of a synthetic machine check: unclassified
 *        error. The value of HV_X64_MSR_SYNMC_STATUS_CONTENTS::McaErrorCode.
 *
 * \par Specification
 * \tlfs60b{7.8,Synthetic Machine Check Error Code}
 * \see HV_X64_MSR_SYNMC_STATUS_CONTENTS
 */
#define HV_SYNMC_MCA_ERROR_CODE 0x0001

/**
 * \brief The status word of a synthetic machine check, laid out like an
 *        IA32_MCi_STATUS machine-check bank register.
 *
 * Bits 15:0 are the MCA error code (HV_SYNMC_MCA_ERROR_CODE), bits 31:16
 * the model-specific code, whose top two bits flag a hypervisor error and a
 * software error; bits 63:55 are the architectural flags
 * (valid, overflow, uncorrected, enabled, MISC and ADDR valid, processor
 * context corrupt, signalled, action required).
 *
 * As in the TLFS, McaErrorCode and ModelSpecificErrorCode are 16-bit
 * members and the flags 32-bit bit-fields; McaErrorCode is declared as a
 * full-width 16-bit bit-field so that every bit of the word can be checked
 * against the catalogue (the layout is the TLFS's on every compiler).
 *
 * \par Specification
 * \tlfs60b{7.7}
 * \tlfs60b{7.8,Synthetic Machine Check Status Data Structure}
 * \see HV_SYNMC_X64_EVENT, HV_SYNMC_MCA_ERROR_CODE
 */
typedef union _HV_X64_MSR_SYNMC_STATUS_CONTENTS {
    HVREF_EXTENSION struct {
        UINT16 McaErrorCode : 16; /**< Bits 15:0: the MCA error code (HV_SYNMC_MCA_ERROR_CODE). */
        HVREF_EXTENSION union {
            UINT16 ModelSpecificErrorCode; /**< Bits 31:16 as one word. */
            HVREF_EXTENSION struct {
                UINT16 ErrorDetail : 14;    /**< Bits 29:16: details of the error. */
                UINT16 HypervisorError : 1; /**< Bit 30: a hypervisor error. */
                UINT16 SoftwareError : 1;   /**< Bit 31: a software error. */
            };
        };
        HVREF_EXTENSION struct {
            UINT32 Reserved : 23;      /**< Bits 54:32: reserved; zero. */
            UINT32 ActionRequired : 1; /**< Bit 55: software must act on the error before continuing. */
            UINT32 Signaling : 1;      /**< Bit 56: the error was signalled to software. */
            UINT32 ContextCorrupt : 1; /**< Bit 57: the hypervisor's or the virtualization stack's context is corrupt. */
            UINT32 AddressValid : 1;   /**< Bit 58: the event's Addr is valid. */
            UINT32 MiscValid : 1;      /**< Bit 59: the event's Misc is valid. */
            UINT32 ErrorEnabled : 1;   /**< Bit 60: reporting of this error was enabled. */
            UINT32 Uncorrected : 1;    /**< Bit 61: the error was not corrected. */
            UINT32 Overflow : 1;       /**< Bit 62: an earlier error was lost. */
            UINT32 Valid : 1;          /**< Bit 63: the status is valid. */
        };
    };
    UINT64 AsUINT64; /**< The whole word. */
} HV_X64_MSR_SYNMC_STATUS_CONTENTS, *PHV_X64_MSR_SYNMC_STATUS_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_SYNMC_STATUS_CONTENTS, 8);

/**
 * \brief The address word of a synthetic machine check (like
 *        IA32_MCi_ADDR): where the error happened, when the status's
 *        AddressValid is set.
 *
 * \par Specification
 * \tlfs60b{7.9,Synthetic Machine Check Registers}
 * \see HV_SYNMC_X64_EVENT
 */
typedef UINT64 HV_X64_MSR_SYNMC_ADDR_CONTENTS;

/**
 * \brief The miscellaneous word of a synthetic machine check (like
 *        IA32_MCi_MISC): more information on the error, when the status's
 *        MiscValid is set.
 *
 * \par Specification
 * \tlfs60b{7.9,Synthetic Machine Check Registers}
 * \see HV_SYNMC_X64_EVENT
 */
typedef UINT64 HV_X64_MSR_SYNMC_MISC_CONTENTS;

/**
 * \brief A synthetic machine check event: the machine-check bank words and
 *        whether the interrupted instruction pointer is valid.
 *
 * RipValid and EipValid are BOOLEAN in the TLFS (one byte; zero is FALSE):
 * set, the virtual processor can restart at the instruction pointer the
 * machine check interrupted (like MCG_STATUS.RIPV); EipValid, the error
 * occurred at that instruction (like MCG_STATUS.EIPV).
 *
 * The TLFS prints the five members only: 26 bytes. Compilers pad the
 * structure to a multiple of its 8-byte alignment, 32 bytes (System V i386,
 * which aligns UINT64 members to 4 bytes, would make it 28); hvref names
 * the six bytes after EipValid Reserved, so the size is 32 on every target,
 * and asserts it.
 *
 * \par Specification
 * \tlfs60b{7.7}
 * \tlfs60b{7.8,Synthetic Machine Check Event Data Structure}
 * \see HV_X64_MSR_SYNMC_STATUS_CONTENTS, HV_X64_MSR_SYNMC_ADDR_CONTENTS,
 *      HV_X64_MSR_SYNMC_MISC_CONTENTS, HvCallInjectSyntheticMachineCheck
 */
typedef struct _HV_SYNMC_X64_EVENT {
    HV_X64_MSR_SYNMC_STATUS_CONTENTS Status; /**< The status word. */
    HV_X64_MSR_SYNMC_ADDR_CONTENTS Addr;     /**< The address word (valid when Status.AddressValid is set). */
    HV_X64_MSR_SYNMC_MISC_CONTENTS Misc;     /**< The miscellaneous word (valid when Status.MiscValid is set). */
    UINT8 RipValid;                          /**< BOOLEAN: execution can restart at the interrupted instruction pointer. */
    UINT8 EipValid;                          /**< BOOLEAN: the error is tied to the interrupted instruction. */
    UINT8 Reserved[6];                       /**< Padding to the structure's 8-byte alignment; zero. */
} HV_SYNMC_X64_EVENT, *PHV_SYNMC_X64_EVENT;
HVREF_ASSERT_SIZE(HV_SYNMC_X64_EVENT, 32);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_VIRTUAL_PROCESSORS_H */
