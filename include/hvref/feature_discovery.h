/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Feature and interface discovery (TLFS chapter 2): the CPUID leaves
 *        of the Microsoft hypervisor and the guest OS identity.
 *
 * On x64 a guest learns everything static about the hypervisor from CPUID:
 * whether one is present (leaf 1), who it is (0x40000000), which interface it
 * speaks (0x40000001) and, for the "Hv#1" interface, its version, the
 * partition's privileges and features, recommendations and limits
 * (0x40000002 onwards). Before it may make hypercalls it must tell the
 * hypervisor who it is by writing HV_X64_MSR_GUEST_OS_ID.
 *
 * Layout conventions of this header:
 * - A register whose bits carry separate facts is a union of `AsUINT32` and a
 *   bit-field struct, lowest bit first, with a `<TYPE>_<FIELD>` mask macro per
 *   single-bit flag (the mask applies to that register's 32-bit value).
 * - One leaf's four registers are grouped in a 16-byte union whose
 *   `AsUINT32[4]` holds EAX, EBX, ECX, EDX, so a CPUID result can be stored
 *   into it directly; registers that hold one number are plain `UINT32`
 *   members, reserved whole registers are `ReservedEbx`, `ReservedEcx`,
 *   `ReservedEdx` (the 2013 WDK's names for them).
 * - In references/layouts/feature_discovery.csv the bit of a bit-field counts
 *   from bit 0 of the whole type, so EDX bit 0 of a leaf is bit 96; the online
 *   TLFS numbers the 128-bit ARM64 equivalents the same way.
 *
 * On ARM64 a guest finds the hypervisor with the SMCCC vendor UID query
 * (HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID) and reads the same facts from
 * 128-bit synthetic registers with HvCallGetVpRegisters: two of them have the
 * layout of their x64 leaf (HV_HYPERVISOR_VERSION_INFO,
 * HV_IMPLEMENTATION_LIMITS), three have ARM64 types of their own
 * (HV_ARM64_HYPERVISOR_FEATURES, HV_ARM64_ENLIGHTENMENT_INFORMATION,
 * HV_ARM64_HYPERVISOR_HARDWARE_FEATURES).
 */
#ifndef HVREF_FEATURE_DISCOVERY_H
#define HVREF_FEATURE_DISCOVERY_H

#include "platform.h"
#include "datatypes.h"

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

/**
 * \defgroup hvref_feature_discovery Feature and interface discovery
 * \brief CPUID leaves 0x40000000-0x4000000A, the ARM64 discovery call and
 *        feature registers, versioning and the guest OS identity (TLFS 6.0b
 *        chapter 2, TLFS 2.0 chapter 3, the online TLFS's ARM64 section).
 * \{
 */

/**
 * \name Leaf numbers and hypervisor detection
 * \{
 */

/**
 * \brief CPUID leaves (function numbers, the EAX input) that the Microsoft
 *        hypervisor interface uses.
 *
 * Leaf 1 is the processor's own; the hypervisor only sets its
 * HV_X64_CPUID_HYPERVISOR_PRESENT bit. Leaves 0x40000000 and 0x40000001 are
 * vendor neutral; the others have the meanings below only when leaf
 * 0x40000001 reports HvMicrosoftHypervisorInterface. A Microsoft hypervisor
 * implements at least up to 0x40000005; leaf 0x40000000 EAX gives the highest
 * one present.
 *
 * Names: the enumerators up to 0x40000005 are those of the 2013 WDK's
 * `HV_CPUID_FUNCTION`; 0x40000006-0x40000009 use the names of
 * Microsoft's later `HV_CPUID_FUNCTION` (mu_msvm `HvGuestCpuid.h`).
 * That header spells the 0x4000000A enumerator
 * `HvCpuidFunctionMsHvNestedVirtFeatures`; it is written
 * HvCpuIdFunctionMsHvNestedVirtFeatures here, like its neighbours.
 * The WDK's `HvCpuIdFunctionMaxReserved` (0x40000005 there,
 * 0x4000000C in mu_msvm) is a moving bound and is left out, as is
 * leaf 0x4000000C, which no TLFS edition documents. TLFS 2.0
 * documents leaves up to 0x40000006, TLFS 6.0b up to 0x4000000A; the
 * online TLFS no longer lists 0x40000007 and 0x40000008.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#microsoft-hypervisor-cpuid-leaves}
 * \tlfs60b{2.4}
 * \tlfs20{3.4}
 * \wdk2013{HV_CPUID_FUNCTION}
 */
typedef enum _HV_CPUID_FUNCTION {
    /** Processor version and features; ECX bit 31 is the hypervisor-present bit. */
    HvCpuIdFunctionVersionAndFeatures = 0x00000001,
    /** Highest hypervisor leaf and vendor signature (HV_VENDOR_AND_MAX_FUNCTION). */
    HvCpuIdFunctionHvVendorAndMaxFunction = 0x40000000,
    /** Interface signature (HV_HYPERVISOR_INTERFACE_INFO). */
    HvCpuIdFunctionHvInterface = 0x40000001,
    /** System identity: hypervisor version (HV_HYPERVISOR_VERSION_INFO). */
    HvCpuIdFunctionMsHvVersion = 0x40000002,
    /** Privileges and features (HV_X64_HYPERVISOR_FEATURES). */
    HvCpuIdFunctionMsHvFeatures = 0x40000003,
    /** Implementation recommendations (HV_X64_ENLIGHTENMENT_INFORMATION). */
    HvCpuIdFunctionMsHvEnlightenmentInformation = 0x40000004,
    /** Implementation limits (HV_IMPLEMENTATION_LIMITS). */
    HvCpuIdFunctionMsHvImplementationLimits = 0x40000005,
    /** Hardware features in use (HV_X64_HYPERVISOR_HARDWARE_FEATURES). */
    HvCpuIdFunctionMsHvHardwareFeatures = 0x40000006,
    /** CPU management features of the root (HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES). */
    HvCpuIdFunctionMsHvCpuManagementFeatures = 0x40000007,
    /** Shared virtual memory features (HV_HYPERVISOR_SVM_FEATURES). */
    HvCpuIdFunctionMsHvSvmFeatures = 0x40000008,
    /** Features offered to a nested hypervisor (HV_X64_NESTED_HYPERVISOR_FEATURES). */
    HvCpuIdFunctionMsHvSkipLevelFeatures = 0x40000009,
    /** Nested virtualization features (HV_HYPERVISOR_NESTED_VIRT_FEATURES). */
    HvCpuIdFunctionMsHvNestedVirtFeatures = 0x4000000A
} HV_CPUID_FUNCTION;

/**
 * \brief Bit number of the hypervisor-present bit in ECX of CPUID leaf 1.
 *
 * Processors leave the bit clear; a hypervisor that follows the TLFS sets it
 * in its guests, and only then are leaves 0x40000000 and 0x40000001
 * guaranteed to exist.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery}
 * \tlfs60b{2.2}
 * \tlfs20{3.2}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCpuIdFunctionVersionAndFeatures
 */
#define HV_X64_CPUID_HYPERVISOR_PRESENT_BIT 31

/**
 * \brief Mask of the hypervisor-present bit in ECX of CPUID leaf 1.
 *
 * The 2013 WDK names the bit `HypervisorPresent` (in `HV_CPUID_RESULT`,
 * member `VersionAndFeatures`).
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery}
 * \tlfs60b{2.2}
 * \tlfs20{3.2}
 */
#define HV_X64_CPUID_HYPERVISOR_PRESENT 0x80000000u

/** \} */

/**
 * \name Leaves 0x40000000 and 0x40000001: vendor and interface
 * \{
 */

/**
 * \brief The four registers of any CPUID leaf.
 *
 * A neutral container: HvCallGetVpCpuidValues returns CPUID results in this
 * form, and any of the leaf-specific unions below can be filled from its
 * `AsUINT32`.
 *
 * The online TLFS (followed here) defines only the array and the four
 * named registers. The 2013 WDK's `HV_CPUID_RESULT` is a larger union
 * that also overlays one structure per leaf (`VersionAndFeatures`,
 * `HvVendorAndMaxFunction`, `MsHvFeatures`, ...); in hvref those are
 * the separate types HV_VENDOR_AND_MAX_FUNCTION and following.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_cpuid_result}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCallGetVpCpuidValues
 */
typedef union _HV_CPUID_RESULT {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order. */
    HVREF_EXTENSION struct {
        UINT32 Eax; /**< Value CPUID returned in EAX. */
        UINT32 Ebx; /**< Value CPUID returned in EBX. */
        UINT32 Ecx; /**< Value CPUID returned in ECX. */
        UINT32 Edx; /**< Value CPUID returned in EDX. */
    };
} HV_CPUID_RESULT, *PHV_CPUID_RESULT;
HVREF_ASSERT_SIZE(HV_CPUID_RESULT, 16);

/**
 * \brief CPUID leaf 0x40000000: highest hypervisor leaf and the vendor signature.
 *
 * Any hypervisor may answer this leaf. The 12 signature bytes, read in the
 * order EBX, ECX, EDX, spell the vendor's name: "Microsoft Hv" for
 * Microsoft's hypervisor (see HV_CPUID_HV_VENDOR_MICROSOFT). The TLFS asks
 * software to use the signature for display and diagnostics only, and to
 * decide compatibility from leaf 0x40000001.
 *
 * The TLFS names no fields; `MaxFunction` and `VendorName` are the member
 * names of the 2013 WDK (`HV_CPUID_RESULT.HvVendorAndMaxFunction`) and of
 * Microsoft's `HV_VENDOR_AND_MAX_FUNCTION` (mu_msvm), whose type name is used
 * here.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-cpuid-leaf-range---0x40000000}
 * \tlfsonline{feature-discovery#standard-hypervisor-cpuid-leaves}
 * \tlfs60b{2.4,Hypervisor CPUID Leaf Range - 0x40000000}
 * \tlfs60b{2.3}
 * \tlfs20{3.4}
 * \tlfs20{3.3}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCpuIdFunctionHvVendorAndMaxFunction
 */
typedef union _HV_VENDOR_AND_MAX_FUNCTION {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        UINT32 MaxFunction; /**< EAX: highest hypervisor CPUID leaf; at least 0x40000005 on Microsoft hypervisors. */
        UINT8 VendorName[12]; /**< EBX, ECX, EDX: vendor signature, 12 ASCII bytes, not NUL-terminated. */
    };
} HV_VENDOR_AND_MAX_FUNCTION, *PHV_VENDOR_AND_MAX_FUNCTION;
HVREF_ASSERT_SIZE(HV_VENDOR_AND_MAX_FUNCTION, 16);

/** \brief The vendor signature of Microsoft's hypervisor in leaf 0x40000000 (12 characters). */
#define HV_CPUID_HV_VENDOR_MICROSOFT "Microsoft Hv"
/** \brief EBX of leaf 0x40000000 on Microsoft's hypervisor: "Micr". */
#define HV_CPUID_HV_VENDOR_MICROSOFT_EBX 0x7263694Du
/** \brief ECX of leaf 0x40000000 on Microsoft's hypervisor: "osof". */
#define HV_CPUID_HV_VENDOR_MICROSOFT_ECX 0x666F736Fu
/** \brief EDX of leaf 0x40000000 on Microsoft's hypervisor: "t Hv". */
#define HV_CPUID_HV_VENDOR_MICROSOFT_EDX 0x76482074u

/**
 * \brief Interface signatures reported in EAX of CPUID leaf 0x40000001.
 *
 * The signature, not the vendor, decides how leaves 0x40000002-0x400000FF
 * are to be read. It is four ASCII characters stored little-endian.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-vendor-neutral-interface-identification---0x40000001}
 * \tlfs60b{2.4,Hypervisor Vendor-Neutral Interface Identification - 0x40000001}
 * \tlfs20{3.4}
 * \wdk2013{HV_HYPERVISOR_INTERFACE}
 * \see HV_HYPERVISOR_INTERFACE_INFO
 */
typedef enum _HV_HYPERVISOR_INTERFACE {
    /** "Hv#1": the Microsoft hypervisor interface that this header describes. */
    HvMicrosoftHypervisorInterface = 0x31237648
} HV_HYPERVISOR_INTERFACE;

/**
 * \brief CPUID leaf 0x40000001: the hypervisor interface signature.
 *
 * EAX identifies the interface independently of the vendor; a hypervisor of
 * another vendor may implement "Hv#1" too. The other registers are
 * reserved.
 *
 * Type name and `Interface` as in Microsoft's `HV_HYPERVISOR_INTERFACE_INFO`
 * (mu_msvm), which names the reserved registers `Reserved1`-`Reserved3`; the
 * names used here are those of the 2013 WDK
 * (`HV_CPUID_RESULT.HvInterface`).
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-vendor-neutral-interface-identification---0x40000001}
 * \tlfsonline{feature-discovery#standard-hypervisor-cpuid-leaves}
 * \tlfs60b{2.4,Hypervisor Vendor-Neutral Interface Identification - 0x40000001}
 * \tlfs60b{2.3}
 * \tlfs20{3.4}
 * \tlfs20{3.3}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCpuIdFunctionHvInterface
 */
typedef union _HV_HYPERVISOR_INTERFACE_INFO {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        UINT32 Interface; /**< EAX: interface signature, an HV_HYPERVISOR_INTERFACE value. */
        UINT32 ReservedEbx; /**< EBX: reserved. */
        UINT32 ReservedEcx; /**< ECX: reserved. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_HYPERVISOR_INTERFACE_INFO, *PHV_HYPERVISOR_INTERFACE_INFO;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_INTERFACE_INFO, 16);

/** \} */

/**
 * \name Leaf 0x40000002 and versioning
 * \{
 */

/**
 * \brief CPUID leaf 0x40000002: the hypervisor's version (system identity).
 *
 * The leaf reads as zero until the guest has written its identity to
 * HV_X64_MSR_GUEST_OS_ID. The main version is MajorVersion.MinorVersion and
 * BuildNumber, numbered like Windows releases; ServicePack, ServiceBranch and
 * ServiceNumber describe servicing of that main version.
 *
 * To compare with a version a program was written for (TLFS "Versioning"):
 * a hypervisor is compatible when its main version is newer, or equal and
 * its service version is at least as new; main versions are compared with
 * "greater than or equal", never "equal". Feature bits (leaves 0x40000003 to
 * 0x40000005) are the preferred test; version ranges are a last resort.
 *
 * Besides `AsUINT32`, the members and bit positions are those of the
 * 2013 WDK's structure `HV_HYPERVISOR_VERSION_INFO`, where BuildNumber
 * and ServicePack are plain `UINT32` members; here they are 32-bit
 * bit-fields so that every member of the union is a bit-field of one
 * type (same layout, but their address cannot be taken). The online
 * TLFS's rendered table lists only EAX and EBX; ECX (service pack) and
 * EDX (service branch and number) come from its hidden source table,
 * TLFS 6.0b and TLFS 2.0, which agree.
 *
 * On ARM64 the same layout is the 128-bit value of the register
 * HvRegisterHypervisorVersion (EAX in bits 31-0 up to EDX in bits 127-96),
 * read with HvCallGetVpRegisters.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-system-identity---0x40000002}
 * \tlfsonline{feature-discovery#versioning}
 * \tlfsonline{feature-discovery#hypervisor-system-identity---hvregisterhypervisorversion}
 * \tlfsonline{feature-discovery#versioning-1}
 * \tlfs60b{2.4,Hypervisor System Identity}
 * \tlfs60b{2.5}
 * \tlfs20{3.4}
 * \tlfs20{3.5}
 * \wdk2013{HV_HYPERVISOR_VERSION_INFO}
 * \see HvCpuIdFunctionMsHvVersion
 */
typedef union _HV_HYPERVISOR_VERSION_INFO {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        UINT32 BuildNumber : 32; /**< EAX: build number of the hypervisor. */
        UINT32 MinorVersion : 16; /**< EBX bits 15-0: minor version. */
        UINT32 MajorVersion : 16; /**< EBX bits 31-16: major version. */
        UINT32 ServicePack : 32; /**< ECX: service pack. */
        UINT32 ServiceNumber : 24; /**< EDX bits 23-0: service number. */
        UINT32 ServiceBranch : 8; /**< EDX bits 31-24: service branch. */
    };
} HV_HYPERVISOR_VERSION_INFO, *PHV_HYPERVISOR_VERSION_INFO;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_VERSION_INFO, 16);

/** \} */

/**
 * \name Leaf 0x40000003: privileges and features
 * \{
 */

/**
 * \brief The partition's privileges: which synthetic MSRs and hypercalls it may
 *        use (EAX and EBX of CPUID leaf 0x40000003).
 *
 * The hypervisor assigns each partition this mask (a partition property set
 * by its parent); the partition reads it back from CPUID leaf 0x40000003,
 * where EAX holds bits 31-0 (MSR access) and EBX bits 63-32 (hypercall
 * access). Using a facility whose bit is clear fails: an MSR access raises
 * \#GP unless intercepted, a hypercall returns HV_STATUS_ACCESS_DENIED.
 * The `HV_PARTITION_PRIVILEGE_*` macros are masks of the 64-bit value.
 *
 * \note Field names and positions follow the online TLFS. Differences:
 *       - bit 12 is reserved online but `AccessDebugRegs` in TLFS 6.0b
 *         (Microsoft's mu_msvm header also has `AccessDebugRegs`);
 *       - the TLFS's syntax block repeats the name `Reserved` for bits 12,
 *         35, 45, 46, 47, 50 and 51, which C cannot; its numbered names
 *         `Reserved1`, `Reserved2`, `Reserved3` are kept where the TLFS puts
 *         them and the others are `Reserved`, `Reserved4`, `Reserved5` (bits
 *         45-47) and `Reserved6` (bits 50-51);
 *       - the TLFS's tables call bit 3 `AccessSyntheticTimerMsrs` while its
 *         syntax block says `AccessSyntheticTimerRegs` (used here);
 *       - TLFS 2.0 and the 2013 WDK spell several bits differently
 *         (`AccessVpRunTimeMsr`, `AccessSynicMsrs`, `AccessApicMsrs`,
 *         `AccessResetMsr`, `AccessStatsMsr`, `AccessGuestIdleMsr`), define
 *         no bits 11-31 (`Reserved1` is 21 bits wide there), name bit 35
 *         `AdjustMessageBuffers` and bit 45 `ConfigureProfiler`, and reserve
 *         bits 46-63. In TLFS 2.0 leaf 0x40000003 describes EBX as the
 *         partition creation flags (§5.2.4) rather than as the upper half of
 *         this mask;
 *       - Microsoft's later headers (mu_msvm `HvGuestCpuid.h`) also name
 *         bit 14 `AccessRootSchedulerReg`, bits 46-47
 *         `AccessVpExitTracing` and
 *         `EnableExtendedGvaRangesForFlushVirtualAddressList`, bit 51
 *         `FastHypercallOutput` and bit 54 `Isolation`. \erratum{E031} \erratum{E032} \erratum{E033} \erratum{E034}
 *
 * \note Linux, OpenVMM and rust-vmm/mshv name more of the bits this mask
 *       leaves reserved: bit 14 (root scheduler MSR access), bit 15 (the
 *       TSC invariant controls), bit 46 (VP exit tracing), bit 47 (extended
 *       GVA ranges for the virtual address list flush), bit 51 (fast
 *       hypercall output) and bit 54 (isolation). \erratum{E306}
 *       \erratum{E307} \erratum{E308} \erratum{E309} \erratum{E310}
 *       \erratum{E311} OpenVMM and rust-vmm/mshv (and Linux for bit 35) also
 *       name bits 12, 35 and 45 as the older editions do. \erratum{E031}
 *       \erratum{E033} \erratum{E034}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_partition_privilege_mask}
 * \tlfsonline{partition-properties#partition-privilege-flags}
 * \tlfsonline{feature-discovery#hypervisor-feature-identification---0x40000003}
 * \tlfs60b{4.2,Partition Privilege Flags}
 * \tlfs60b{2.4,Hypervisor Feature Identification - 0x40000003}
 * \tlfs20{5.2.3}
 * \tlfs20{3.4}
 * \wdk2013{HV_PARTITION_PRIVILEGE_MASK}
 * \see HV_X64_HYPERVISOR_FEATURES
 */
typedef union _HV_PARTITION_PRIVILEGE_MASK {
    UINT64 AsUINT64; /**< The whole mask: EAX of leaf 0x40000003 in bits 31-0, EBX in bits 63-32. */
    HVREF_EXTENSION struct {
        UINT64 AccessVpRunTimeReg : 1; /**< HV_X64_MSR_VP_RUNTIME can be read. */
        UINT64 AccessPartitionReferenceCounter : 1; /**< The partition reference counter HV_X64_MSR_TIME_REF_COUNT can be read. */
        UINT64 AccessSynicRegs : 1; /**< The SynIC MSRs (SCONTROL through EOM, SINT0-SINT15) can be accessed. */
        UINT64 AccessSyntheticTimerRegs : 1; /**< The synthetic timer MSRs (STIMER0_CONFIG through STIMER3_COUNT) can be accessed. */
        UINT64 AccessIntrCtrlRegs : 1; /**< The APIC access MSRs (EOI, ICR, TPR) can be accessed. */
        UINT64 AccessHypercallMsrs : 1; /**< HV_X64_MSR_GUEST_OS_ID and HV_X64_MSR_HYPERCALL can be accessed. */
        UINT64 AccessVpIndex : 1; /**< The virtual processor index MSR can be read. */
        UINT64 AccessResetReg : 1; /**< The system reset MSR can be used. */
        UINT64 AccessStatsReg : 1; /**< The MSRs that map and unmap the partition's own statistics pages can be used. */
        UINT64 AccessPartitionReferenceTsc : 1; /**< The reference TSC page can be used. */
        UINT64 AccessGuestIdleReg : 1; /**< The guest idle MSR can be used. */
        UINT64 AccessFrequencyRegs : 1; /**< The TSC and APIC frequency MSRs can be read, where implemented. */
        UINT64 Reserved : 1; /**< Bit 12: reserved in the online TLFS, `AccessDebugRegs` in TLFS 6.0b (see the note). */
        UINT64 AccessReenlightenmentControls : 1; /**< The reenlightenment controls can be used. */
        UINT64 Reserved1 : 18; /**< Reserved (bits 14-31; the TLFS's name). */
        UINT64 CreatePartitions : 1; /**< HvCallCreatePartition and the calls that act on child partitions can be used. */
        UINT64 AccessPartitionId : 1; /**< HvCallGetPartitionId can be used. */
        UINT64 AccessMemoryPool : 1; /**< HvCallDepositMemory, HvCallWithdrawMemory and HvCallGetMemoryBalance can be used. */
        UINT64 Reserved4 : 1; /**< Bit 35: reserved (`AdjustMessageBuffers` in TLFS 2.0). */
        UINT64 PostMessages : 1; /**< HvCallPostMessage can be used. */
        UINT64 SignalEvents : 1; /**< HvCallSignalEvent can be used. */
        UINT64 CreatePort : 1; /**< HvCallCreatePort can be used. */
        UINT64 ConnectPort : 1; /**< HvCallConnectPort can be used. */
        UINT64 AccessStats : 1; /**< HvCallMapStatsPage and HvCallUnmapStatsPage can be used. */
        UINT64 Reserved2 : 2; /**< Reserved (bits 41-42; the TLFS's name). */
        UINT64 Debugging : 1; /**< The debugging MSRs and HvCallPostDebugData, HvCallRetrieveDebugData, HvCallResetDebugSession can be used. */
        UINT64 CpuManagement : 1; /**< The processor-management hypercalls can be used. */
        UINT64 Reserved5 : 3; /**< Bits 45-47: reserved (bit 45 was `ConfigureProfiler` in TLFS 2.0). */
        UINT64 AccessVSM : 1; /**< Virtual Secure Mode can be used. */
        UINT64 AccessVpRegisters : 1; /**< HvCallGetVpRegisters and HvCallSetVpRegisters can be used. */
        UINT64 Reserved6 : 2; /**< Reserved (bits 50-51). */
        UINT64 EnableExtendedHypercalls : 1; /**< The extended hypercall interface can be used. */
        UINT64 StartVirtualProcessor : 1; /**< HvCallStartVirtualProcessor can be used. */
        UINT64 Reserved3 : 10; /**< Reserved (bits 54-63; the TLFS's name). */
    };
} HV_PARTITION_PRIVILEGE_MASK, *PHV_PARTITION_PRIVILEGE_MASK;
HVREF_ASSERT_SIZE(HV_PARTITION_PRIVILEGE_MASK, 8);

/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessVpRunTimeReg (bit 0). */
#define HV_PARTITION_PRIVILEGE_ACCESS_VP_RUN_TIME_REG 0x0000000000000001ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessPartitionReferenceCounter (bit 1). */
#define HV_PARTITION_PRIVILEGE_ACCESS_PARTITION_REFERENCE_COUNTER 0x0000000000000002ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessSynicRegs (bit 2). */
#define HV_PARTITION_PRIVILEGE_ACCESS_SYNIC_REGS 0x0000000000000004ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessSyntheticTimerRegs (bit 3). */
#define HV_PARTITION_PRIVILEGE_ACCESS_SYNTHETIC_TIMER_REGS 0x0000000000000008ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessIntrCtrlRegs (bit 4). */
#define HV_PARTITION_PRIVILEGE_ACCESS_INTR_CTRL_REGS 0x0000000000000010ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessHypercallMsrs (bit 5). */
#define HV_PARTITION_PRIVILEGE_ACCESS_HYPERCALL_MSRS 0x0000000000000020ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessVpIndex (bit 6). */
#define HV_PARTITION_PRIVILEGE_ACCESS_VP_INDEX 0x0000000000000040ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessResetReg (bit 7). */
#define HV_PARTITION_PRIVILEGE_ACCESS_RESET_REG 0x0000000000000080ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessStatsReg (bit 8). */
#define HV_PARTITION_PRIVILEGE_ACCESS_STATS_REG 0x0000000000000100ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessPartitionReferenceTsc (bit 9). */
#define HV_PARTITION_PRIVILEGE_ACCESS_PARTITION_REFERENCE_TSC 0x0000000000000200ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessGuestIdleReg (bit 10). */
#define HV_PARTITION_PRIVILEGE_ACCESS_GUEST_IDLE_REG 0x0000000000000400ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessFrequencyRegs (bit 11). */
#define HV_PARTITION_PRIVILEGE_ACCESS_FREQUENCY_REGS 0x0000000000000800ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessReenlightenmentControls (bit 13). */
#define HV_PARTITION_PRIVILEGE_ACCESS_REENLIGHTENMENT_CONTROLS 0x0000000000002000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::CreatePartitions (bit 32). */
#define HV_PARTITION_PRIVILEGE_CREATE_PARTITIONS 0x0000000100000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessPartitionId (bit 33). */
#define HV_PARTITION_PRIVILEGE_ACCESS_PARTITION_ID 0x0000000200000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessMemoryPool (bit 34). */
#define HV_PARTITION_PRIVILEGE_ACCESS_MEMORY_POOL 0x0000000400000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::PostMessages (bit 36). */
#define HV_PARTITION_PRIVILEGE_POST_MESSAGES 0x0000001000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::SignalEvents (bit 37). */
#define HV_PARTITION_PRIVILEGE_SIGNAL_EVENTS 0x0000002000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::CreatePort (bit 38). */
#define HV_PARTITION_PRIVILEGE_CREATE_PORT 0x0000004000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::ConnectPort (bit 39). */
#define HV_PARTITION_PRIVILEGE_CONNECT_PORT 0x0000008000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessStats (bit 40). */
#define HV_PARTITION_PRIVILEGE_ACCESS_STATS 0x0000010000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::Debugging (bit 43). */
#define HV_PARTITION_PRIVILEGE_DEBUGGING 0x0000080000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::CpuManagement (bit 44). */
#define HV_PARTITION_PRIVILEGE_CPU_MANAGEMENT 0x0000100000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessVSM (bit 48). */
#define HV_PARTITION_PRIVILEGE_ACCESS_VSM 0x0001000000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::AccessVpRegisters (bit 49). */
#define HV_PARTITION_PRIVILEGE_ACCESS_VP_REGISTERS 0x0002000000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::EnableExtendedHypercalls (bit 52). */
#define HV_PARTITION_PRIVILEGE_ENABLE_EXTENDED_HYPERCALLS 0x0010000000000000ULL
/** \brief Mask of HV_PARTITION_PRIVILEGE_MASK::StartVirtualProcessor (bit 53). */
#define HV_PARTITION_PRIVILEGE_START_VIRTUAL_PROCESSOR 0x0020000000000000ULL

/**
 * \brief ECX of CPUID leaf 0x40000003: processor features the hypervisor exposes to the partition.
 *
 * Each set bit says that the hypervisor offers the named processor or intercept
 * facility to this partition.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_HYPERVISOR_FEATURES_ECX_*` test single bits without relying on bit-field layout.
 *
 * Editions disagree on this register. The online TLFS (followed here) leaves
 * bits 0-4 reserved and defines bits 5-8. TLFS 6.0b marks all 32 bits reserved.
 * TLFS 2.0 and the 2013 WDK (`HV_CPUID_RESULT`, member `MsHvFeatures`) put the
 * deepest supported processor C-state in bits 0-3 (`MaxSupportedCState`:
 * 0 = C0 ... 3 = C3); Microsoft's later headers (mu_msvm `HvGuestCpuid.h`) keep
 * that field and add `HpetNeededForC3PowerState_Deprecated` at bit 4.
 * The online TLFS describes bits 5-8 without names; the names used here are
 * those of Microsoft's `HV_X64_HYPERVISOR_FEATURES` as seen in Windows symbol
 * data (openvmm's `hvdef` spells them in snake case).
 *
 * \note OpenVMM names bits 0-3 (a maximum C-state) and bit 4 (HPET needed
 *       for C3), Linux bit 9 (VP dispatch interrupt injection) and bit 10
 *       (GHCB root mapping); the TLFS reserves all of them. \erratum{E318}
 *       \erratum{E319} \erratum{E342} \erratum{E343}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-feature-identification---0x40000003}
 * \tlfs60b{2.4,Hypervisor Feature Identification - 0x40000003}
 * \tlfs20{3.4}
 * \see HvCpuIdFunctionMsHvFeatures
 */
typedef union _HV_X64_HYPERVISOR_FEATURES_ECX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 Reserved : 5; /**< Reserved (bits 0-4; a C-state field in TLFS 2.0, see the note). */
        UINT32 InvariantMperfAvailable : 1; /**< The MPERF counter runs at a constant rate and may be used. */
        UINT32 SupervisorShadowStackAvailable : 1; /**< Supervisor shadow stacks (CET) may be used by the guest. */
        UINT32 ArchPmuAvailable : 1; /**< The architectural performance monitoring unit is exposed. */
        UINT32 ExceptionTrapInterceptAvailable : 1; /**< Intercepts of exception traps can be requested. */
        UINT32 Reserved1 : 23; /**< Reserved (bits 9-31). */
    };
} HV_X64_HYPERVISOR_FEATURES_ECX, *PHV_X64_HYPERVISOR_FEATURES_ECX;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_FEATURES_ECX, 4);

/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_ECX::InvariantMperfAvailable (ECX bit 5). */
#define HV_X64_HYPERVISOR_FEATURES_ECX_INVARIANT_MPERF_AVAILABLE 0x00000020u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_ECX::SupervisorShadowStackAvailable (ECX bit 6). */
#define HV_X64_HYPERVISOR_FEATURES_ECX_SUPERVISOR_SHADOW_STACK_AVAILABLE 0x00000040u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_ECX::ArchPmuAvailable (ECX bit 7). */
#define HV_X64_HYPERVISOR_FEATURES_ECX_ARCH_PMU_AVAILABLE 0x00000080u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_ECX::ExceptionTrapInterceptAvailable (ECX bit 8). */
#define HV_X64_HYPERVISOR_FEATURES_ECX_EXCEPTION_TRAP_INTERCEPT_AVAILABLE 0x00000100u

/**
 * \brief EDX of CPUID leaf 0x40000003: miscellaneous hypervisor features available to the partition.
 *
 * One bit per optional facility (debugging, XMM fast hypercalls, crash
 * registers, synthetic timers, ...). A clear bit means the partition must not
 * rely on the facility.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_HYPERVISOR_FEATURES_EDX_*` test single bits without relying on bit-field layout.
 *
 * Field names: where the TLFS tables name a bit (DisableHypervisorAvailable,
 * ExtendedGvaRangesForFlushVirtualAddressListAvailable, SintPollingModeAvailable,
 * HypercallMsrLockAvailable) that name is used; `GuestCrashMsrsAvailable` is the
 * name the online TLFS gives bit 10 in its partition-properties page;
 * `FastHypercallOutputAvailable` and `XmmRegistersForFastHypercallAvailable` are
 * the names of the same bits in leaf 0x40000009. Bits 0-5 keep the names of the
 * 2013 WDK (`HV_CPUID_RESULT.MsHvFeatures`); the remaining names are those of
 * Microsoft's `HV_X64_HYPERVISOR_FEATURES` (mu_msvm `HvGuestCpuid.h`;
 * `LbrAvailable` from Windows symbol data via openvmm).
 * Source differences: bit 0 meant "MWAIT available" in TLFS 2.0 and the WDK and
 * is deprecated since TLFS 6.0b. TLFS 2.0 reserves bits 6-31. Bits 16, 22, 24
 * and 25 are reserved in the TLFS but named in Microsoft's headers
 * (`SvmFeaturesAvailable`, `WatchdogTimerAvailable`, `DeviceDomainsAvailable`,
 * `S1DeviceDomainsAvailable`); openvmm also names bits 27-31.
 *
 * \note OpenVMM names bits this union leaves reserved, as rust-vmm/mshv
 *       does up to bit 28: 16 (SVM features), 22 (watchdog timer), 24 and 25
 *       (device domains), 27 (IPT), 28 (cross-VTL flush), 29 (idle
 *       SPEC_CTRL), 30 (translate-GVA flags) and 31 (APIC EOI intercept).
 *       \erratum{E320} \erratum{E321} \erratum{E322} \erratum{E323}
 *       \erratum{E324} \erratum{E325} \erratum{E326} \erratum{E327}
 *       \erratum{E328}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-feature-identification---0x40000003}
 * \tlfs60b{2.4,Hypervisor Feature Identification - 0x40000003}
 * \tlfs20{3.4}
 * \see HvCpuIdFunctionMsHvFeatures
 */
typedef union _HV_X64_HYPERVISOR_FEATURES_EDX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 MwaitAvailable : 1; /**< Deprecated; once said that the MWAIT instruction could be used. */
        UINT32 GuestDebuggingAvailable : 1; /**< The hypervisor supports debugging of the guest. */
        UINT32 PerformanceMonitorsAvailable : 1; /**< Performance monitoring is supported. */
        UINT32 CpuDynamicPartitioningAvailable : 1; /**< Events for dynamic addition and removal of physical processors are supported. */
        UINT32 XmmRegistersForFastHypercallAvailable : 1; /**< Fast hypercalls may pass their input in XMM registers. */
        UINT32 GuestIdleAvailable : 1; /**< The virtual guest idle state is supported. */
        UINT32 HypervisorSleepStateSupportAvailable : 1; /**< The hypervisor supports a sleep state. */
        UINT32 NumaDistanceQueryAvailable : 1; /**< NUMA distances can be queried. */
        UINT32 FrequencyRegsAvailable : 1; /**< Timer frequencies can be read from synthetic registers. */
        UINT32 SyntheticMachineCheckAvailable : 1; /**< Synthetic machine checks can be injected (HV_SYNMC_X64_EVENT). */
        UINT32 GuestCrashMsrsAvailable : 1; /**< The guest crash MSRs are implemented. */
        UINT32 DebugRegsAvailable : 1; /**< The synthetic debug MSRs are implemented. */
        UINT32 Npiep1Available : 1; /**< Non-privileged instruction execution prevention (NPIEP) is supported. */
        UINT32 DisableHypervisorAvailable : 1; /**< The hypervisor can be disabled by the partition. */
        UINT32 ExtendedGvaRangesForFlushVirtualAddressListAvailable : 1; /**< Flush-list hypercalls accept extended GVA ranges. */
        UINT32 FastHypercallOutputAvailable : 1; /**< Hypercall output can be returned in XMM registers. */
        UINT32 Reserved : 1; /**< Reserved (bit 16). */
        UINT32 SintPollingModeAvailable : 1; /**< Synthetic interrupt sources can be used in polling mode. */
        UINT32 HypercallMsrLockAvailable : 1; /**< The hypercall MSR can be locked. */
        UINT32 DirectSyntheticTimers : 1; /**< Synthetic timers can deliver their expiry directly as an interrupt. */
        UINT32 RegisterPatAvailable : 1; /**< The PAT register is available for VSM. */
        UINT32 RegisterBndcfgsAvailable : 1; /**< The BNDCFGS register is available for VSM. */
        UINT32 Reserved1 : 1; /**< Reserved (bit 22). */
        UINT32 SyntheticTimeUnhaltedTimerAvailable : 1; /**< The synthetic time-unhalted timer is available. */
        UINT32 Reserved2 : 2; /**< Reserved (bits 24-25). */
        UINT32 LbrAvailable : 1; /**< The guest may use Intel's Last Branch Record (LBR) feature; it must not when this bit is clear. */
        UINT32 Reserved3 : 5; /**< Reserved (bits 27-31). */
    };
} HV_X64_HYPERVISOR_FEATURES_EDX, *PHV_X64_HYPERVISOR_FEATURES_EDX;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_FEATURES_EDX, 4);

/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::MwaitAvailable (EDX bit 0). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_MWAIT_AVAILABLE 0x00000001u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::GuestDebuggingAvailable (EDX bit 1). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_GUEST_DEBUGGING_AVAILABLE 0x00000002u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::PerformanceMonitorsAvailable (EDX bit 2). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_PERFORMANCE_MONITORS_AVAILABLE 0x00000004u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::CpuDynamicPartitioningAvailable (EDX bit 3). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_CPU_DYNAMIC_PARTITIONING_AVAILABLE 0x00000008u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::XmmRegistersForFastHypercallAvailable (EDX bit 4). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_XMM_REGISTERS_FOR_FAST_HYPERCALL_AVAILABLE 0x00000010u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::GuestIdleAvailable (EDX bit 5). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_GUEST_IDLE_AVAILABLE 0x00000020u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::HypervisorSleepStateSupportAvailable (EDX bit 6). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_HYPERVISOR_SLEEP_STATE_SUPPORT_AVAILABLE 0x00000040u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::NumaDistanceQueryAvailable (EDX bit 7). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_NUMA_DISTANCE_QUERY_AVAILABLE 0x00000080u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::FrequencyRegsAvailable (EDX bit 8). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_FREQUENCY_REGS_AVAILABLE 0x00000100u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::SyntheticMachineCheckAvailable (EDX bit 9). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_MACHINE_CHECK_AVAILABLE 0x00000200u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::GuestCrashMsrsAvailable (EDX bit 10). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_GUEST_CRASH_MSRS_AVAILABLE 0x00000400u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::DebugRegsAvailable (EDX bit 11). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_DEBUG_REGS_AVAILABLE 0x00000800u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::Npiep1Available (EDX bit 12). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_NPIEP1_AVAILABLE 0x00001000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::DisableHypervisorAvailable (EDX bit 13). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_DISABLE_HYPERVISOR_AVAILABLE 0x00002000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::ExtendedGvaRangesForFlushVirtualAddressListAvailable (EDX bit 14). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_EXTENDED_GVA_RANGES_FOR_FLUSH_VIRTUAL_ADDRESS_LIST_AVAILABLE 0x00004000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::FastHypercallOutputAvailable (EDX bit 15). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_FAST_HYPERCALL_OUTPUT_AVAILABLE 0x00008000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::SintPollingModeAvailable (EDX bit 17). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_SINT_POLLING_MODE_AVAILABLE 0x00020000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::HypercallMsrLockAvailable (EDX bit 18). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_HYPERCALL_MSR_LOCK_AVAILABLE 0x00040000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::DirectSyntheticTimers (EDX bit 19). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_DIRECT_SYNTHETIC_TIMERS 0x00080000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::RegisterPatAvailable (EDX bit 20). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_REGISTER_PAT_AVAILABLE 0x00100000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::RegisterBndcfgsAvailable (EDX bit 21). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_REGISTER_BNDCFGS_AVAILABLE 0x00200000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::SyntheticTimeUnhaltedTimerAvailable (EDX bit 23). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_TIME_UNHALTED_TIMER_AVAILABLE 0x00800000u
/** \brief Mask of HV_X64_HYPERVISOR_FEATURES_EDX::LbrAvailable (EDX bit 26). */
#define HV_X64_HYPERVISOR_FEATURES_EDX_LBR_AVAILABLE 0x04000000u

/**
 * \brief CPUID leaf 0x40000003: the partition's privileges and the hypervisor features available to it.
 *
 * EAX and EBX together are the partition's HV_PARTITION_PRIVILEGE_MASK;
 * ECX and EDX list optional facilities. A guest consults this leaf after
 * establishing the hypercall interface to learn what it may use.
 *
 * Type name and `PartitionPrivileges` as in Microsoft's
 * `HV_X64_HYPERVISOR_FEATURES` (mu_msvm) and the 2013 WDK
 * (`HV_CPUID_RESULT.MsHvFeatures`); both declare ECX and EDX as flat
 * bit-fields where hvref has the register unions `Ecx` and `Edx`.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-feature-identification---0x40000003}
 * \tlfs60b{2.4,Hypervisor Feature Identification - 0x40000003}
 * \tlfs20{3.4}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCpuIdFunctionMsHvFeatures
 */
typedef union _HV_X64_HYPERVISOR_FEATURES {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_PARTITION_PRIVILEGE_MASK PartitionPrivileges; /**< EAX (bits 31-0) and EBX (bits 63-32): the privilege mask. */
        HV_X64_HYPERVISOR_FEATURES_ECX Ecx; /**< ECX: processor features. */
        HV_X64_HYPERVISOR_FEATURES_EDX Edx; /**< EDX: miscellaneous features. */
    };
} HV_X64_HYPERVISOR_FEATURES, *PHV_X64_HYPERVISOR_FEATURES;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_FEATURES, 16);

/** \} */

/**
 * \name Leaves 0x40000004 and 0x40000005: recommendations and limits
 * \{
 */

/**
 * \brief EAX of CPUID leaf 0x40000004: behaviours the hypervisor recommends to the guest.
 *
 * Unlike the feature leaves, these bits are advice: following them gives better
 * performance, ignoring them stays correct (except where a bit reports a fact, such
 * as `Nested`).
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_ENLIGHTENMENT_INFORMATION_EAX_*` test single bits without relying on bit-field layout.
 *
 * \note Bit names: `UseSyncedTimeline`, `UseDirectLocalFlushEntire` and
 * `NoNonArchitecturalCoreSharing` are the TLFS's own; bits 0-5 keep the names of
 * the 2013 WDK (`HV_CPUID_RESULT.MsHvEnlightenmentInformation`); the others are
 * those of Microsoft's `HV_X64_ENLIGHTENMENT_INFORMATION` (mu_msvm
 * `HvGuestCpuid.h`), where bits 6 and 7 carry a `_Deprecated` suffix, bit 2 is
 * `UseHypercallForRemoteFlushAndLocalFlushEntire` and bit 4 is
 * `UseHvRegisterForReset` (the online TLFS uses that last name for the ARM64
 * equivalent).
 * Source differences: bit 8 is reserved in the online TLFS's table and in TLFS 6.0b,
 * but the online page's source also carries a hidden table row "Recommend using
 * x2APIC MSRs" for it, and Microsoft's header names it `UseX2ApicMsrs`; it is
 * left reserved here. TLFS 2.0 and the WDK define only bits 0-5. \erratum{E038}
 *
 * \note OpenVMM names more of the reserved bits: 8 (x2APIC MSRs, also
 *       rust-vmm/mshv), 16 (core scheduler requested, also mshv), 19
 *       (x2APIC), 20 (restore time on resume), 21 (MMIO access by hypercall,
 *       also Linux), 22 (GPA pinning hypercall) and 23 (wake VPs).
 *       \erratum{E038} \erratum{E330} \erratum{E331} \erratum{E332}
 *       \erratum{E333} \erratum{E334} \erratum{E335}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-recommendations---0x40000004}
 * \tlfs60b{2.4,Implementation Recommendations - 0x40000004}
 * \tlfs20{3.4}
 * \see HvCpuIdFunctionMsHvEnlightenmentInformation
 */
typedef union _HV_X64_ENLIGHTENMENT_INFORMATION_EAX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 UseHypercallForAddressSpaceSwitch : 1; /**< Switch address spaces with a hypercall instead of MOV to CR3. */
        UINT32 UseHypercallForLocalFlush : 1; /**< Flush the local TLB with a hypercall instead of INVLPG or MOV to CR3. */
        UINT32 UseHypercallForRemoteFlush : 1; /**< Flush other processors' TLBs with a hypercall instead of IPIs. */
        UINT32 UseApicMsrs : 1; /**< Access the APIC's EOI, ICR and TPR through the synthetic MSRs. */
        UINT32 UseMsrForReset : 1; /**< Reset the system through the hypervisor's reset MSR. */
        UINT32 UseRelaxedTiming : 1; /**< Relax timing: disable watchdogs that depend on prompt external interrupts. */
        UINT32 UseDmaRemapping : 1; /**< Use DMA remapping. */
        UINT32 UseInterruptRemapping : 1; /**< Use interrupt remapping. */
        UINT32 Reserved : 1; /**< Reserved (bit 8; see the note). */
        UINT32 DeprecateAutoEoi : 1; /**< Avoid the auto-EOI feature of synthetic interrupts. */
        UINT32 UseSyntheticClusterIpi : 1; /**< Send IPIs with the HvCallSendSyntheticClusterIpi hypercall. */
        UINT32 UseExProcessorMasks : 1; /**< Use the hypercalls that take the extended (sparse) processor set format. */
        UINT32 Nested : 1; /**< Reports that this hypervisor itself runs inside a Hyper-V partition. */
        UINT32 UseIntForMbecSystemCalls : 1; /**< Use INT rather than SYSCALL for system calls under MBEC. */
        UINT32 UseVmcsEnlightenments : 1; /**< A nested hypervisor should use the enlightened VMCS; see also leaf 0x4000000A. */
        UINT32 UseSyncedTimeline : 1; /**< Apply the QueryPerformanceCounter bias supplied by the root partition. */
        UINT32 Reserved1 : 1; /**< Reserved (bit 16). */
        UINT32 UseDirectLocalFlushEntire : 1; /**< Flush the whole local TLB by toggling CR4.PGE rather than by hypercall. */
        UINT32 NoNonArchitecturalCoreSharing : 1; /**< Virtual processors never share a physical core except as reported SMT siblings. */
        UINT32 Reserved2 : 13; /**< Reserved (bits 19-31). */
    };
} HV_X64_ENLIGHTENMENT_INFORMATION_EAX, *PHV_X64_ENLIGHTENMENT_INFORMATION_EAX;
HVREF_ASSERT_SIZE(HV_X64_ENLIGHTENMENT_INFORMATION_EAX, 4);

/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseHypercallForAddressSpaceSwitch (EAX bit 0). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_HYPERCALL_FOR_ADDRESS_SPACE_SWITCH 0x00000001u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseHypercallForLocalFlush (EAX bit 1). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_HYPERCALL_FOR_LOCAL_FLUSH 0x00000002u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseHypercallForRemoteFlush (EAX bit 2). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_HYPERCALL_FOR_REMOTE_FLUSH 0x00000004u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseApicMsrs (EAX bit 3). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_APIC_MSRS 0x00000008u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseMsrForReset (EAX bit 4). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_MSR_FOR_RESET 0x00000010u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseRelaxedTiming (EAX bit 5). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_RELAXED_TIMING 0x00000020u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseDmaRemapping (EAX bit 6). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_DMA_REMAPPING 0x00000040u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseInterruptRemapping (EAX bit 7). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_INTERRUPT_REMAPPING 0x00000080u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::DeprecateAutoEoi (EAX bit 9). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_DEPRECATE_AUTO_EOI 0x00000200u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseSyntheticClusterIpi (EAX bit 10). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_SYNTHETIC_CLUSTER_IPI 0x00000400u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseExProcessorMasks (EAX bit 11). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_EX_PROCESSOR_MASKS 0x00000800u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::Nested (EAX bit 12). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_NESTED 0x00001000u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseIntForMbecSystemCalls (EAX bit 13). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_INT_FOR_MBEC_SYSTEM_CALLS 0x00002000u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseVmcsEnlightenments (EAX bit 14). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_VMCS_ENLIGHTENMENTS 0x00004000u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseSyncedTimeline (EAX bit 15). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_SYNCED_TIMELINE 0x00008000u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseDirectLocalFlushEntire (EAX bit 17). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_USE_DIRECT_LOCAL_FLUSH_ENTIRE 0x00020000u
/** \brief Mask of HV_X64_ENLIGHTENMENT_INFORMATION_EAX::NoNonArchitecturalCoreSharing (EAX bit 18). */
#define HV_X64_ENLIGHTENMENT_INFORMATION_EAX_NO_NON_ARCHITECTURAL_CORE_SHARING 0x00040000u

/**
 * \brief ECX of CPUID leaf 0x40000004: the physical address width of the host.
 *
 * Reports how many physical address bits the host's processors implement.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_ENLIGHTENMENT_INFORMATION_ECX_*` test single bits without relying on bit-field layout.
 *
 * TLFS 2.0 and the 2013 WDK mark ECX of this leaf reserved; TLFS 6.0b and the
 * online TLFS define bits 0-6.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-recommendations---0x40000004}
 * \tlfs60b{2.4,Implementation Recommendations - 0x40000004}
 * \tlfs20{3.4}
 * \see HvCpuIdFunctionMsHvEnlightenmentInformation
 */
typedef union _HV_X64_ENLIGHTENMENT_INFORMATION_ECX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 ImplementedPhysicalAddressBits : 7; /**< Number of implemented physical address bits (MAXPHYADDR), not a bit index; 0 if not reported. */
        UINT32 Reserved : 25; /**< Reserved (bits 7-31). */
    };
} HV_X64_ENLIGHTENMENT_INFORMATION_ECX, *PHV_X64_ENLIGHTENMENT_INFORMATION_ECX;
HVREF_ASSERT_SIZE(HV_X64_ENLIGHTENMENT_INFORMATION_ECX, 4);


/**
 * \brief CPUID leaf 0x40000004: implementation recommendations.
 *
 * EAX carries the recommended behaviours, EBX the spinlock retry count after
 * which a guest should report a long spin wait (HvCallNotifyLongSpinWait),
 * ECX the host's physical address width.
 *
 * Type name as in Microsoft's `HV_X64_ENLIGHTENMENT_INFORMATION` (mu_msvm);
 * `LongSpinWaitCount` is the 2013 WDK's name
 * (`HV_CPUID_RESULT.MsHvEnlightenmentInformation`). For EBX's all-ones value
 * TLFS 2.0 says "never retry" and TLFS 6.0b and the online TLFS's table say
 * "never notify" (the online page's hidden source table still says "never
 * to retry"); the newer wording is followed.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-recommendations---0x40000004}
 * \tlfs60b{2.4,Implementation Recommendations - 0x40000004}
 * \tlfs20{3.4}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCpuIdFunctionMsHvEnlightenmentInformation, HvCallNotifyLongSpinWait
 */
typedef union _HV_X64_ENLIGHTENMENT_INFORMATION {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_X64_ENLIGHTENMENT_INFORMATION_EAX Eax; /**< EAX: recommendations. */
        UINT32 LongSpinWaitCount; /**< EBX: spinlock retries before notifying the hypervisor; 0xFFFFFFFF means never notify. */
        HV_X64_ENLIGHTENMENT_INFORMATION_ECX Ecx; /**< ECX: physical address width. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_X64_ENLIGHTENMENT_INFORMATION, *PHV_X64_ENLIGHTENMENT_INFORMATION;
HVREF_ASSERT_SIZE(HV_X64_ENLIGHTENMENT_INFORMATION, 16);

/**
 * \brief CPUID leaf 0x40000005: scale limits of the hypervisor implementation.
 *
 * Each register is a count; zero means the hypervisor does not report that
 * limit.
 *
 * Type name and `MaxInterruptMappingCount` as in Microsoft's
 * `HV_IMPLEMENTATION_LIMITS` (mu_msvm); `MaxVirtualProcessorCount` and
 * `MaxLogicalProcessorCount` are the 2013 WDK's
 * (`HV_CPUID_RESULT.MsHvImplementationLimits`). TLFS 2.0 and the WDK reserve
 * ECX; TLFS 6.0b and the online TLFS define it.
 *
 * On ARM64 the same layout is the 128-bit value of the register
 * HvRegisterImplementationLimitsInfo (EAX in bits 31-0 up to EDX in bits
 * 127-96), read with HvCallGetVpRegisters.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-implementation-limits---0x40000005}
 * \tlfsonline{feature-discovery#hypervisor-implementation-limits---hvregisterimplementationlimitsinfo}
 * \tlfs60b{2.4,Hypervisor Implementation Limits - 0x40000005}
 * \tlfs20{3.4}
 * \wdk2013{HV_CPUID_RESULT}
 * \see HvCpuIdFunctionMsHvImplementationLimits
 */
typedef union _HV_IMPLEMENTATION_LIMITS {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        UINT32 MaxVirtualProcessorCount; /**< EAX: the most virtual processors the hypervisor supports. */
        UINT32 MaxLogicalProcessorCount; /**< EBX: the most logical processors the hypervisor supports. */
        UINT32 MaxInterruptMappingCount; /**< ECX: how many physical interrupt vectors interrupt remapping can use at most. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_IMPLEMENTATION_LIMITS, *PHV_IMPLEMENTATION_LIMITS;
HVREF_ASSERT_SIZE(HV_IMPLEMENTATION_LIMITS, 16);

/** \} */

/**
 * \name Leaves 0x40000006-0x4000000A: hardware, root, SVM and nested features
 * \{
 */

/**
 * \brief EAX of CPUID leaf 0x40000006: hardware features the hypervisor detected and uses.
 *
 * Describes the host rather than the partition: which processor and platform
 * facilities the hypervisor found and has put to use.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_*` test single bits without relying on bit-field layout.
 *
 * \note The TLFS gives descriptions, not names. Bits 0-17 use the names of Microsoft's
 * `HV_X64_HYPERVISOR_HARDWARE_FEATURES` (mu_msvm `HvGuestCpuid.h`), bits 18-19
 * the same header's `L3CachePartitioningSupported` and
 * `L3CacheMonitoringSupported` (the TLFS: RDT-A / RDT-M), bits 20-22 the names
 * used by Microsoft's WSL sources and openvmm, bit 23 openvmm's; bit 24
 * (`AcpiWdatInUse`) is hvref's name.
 * Source differences: TLFS 2.0 defines bits 0-3 only and reserves bits 4-31
 * for Intel-specific features; TLFS 6.0b defines bits 0-9; the online TLFS
 * (followed here) defines bits 0-24. openvmm's `HvHardwareFeatures` assigns
 * bit 24 to a "child x2APIC recommended" flag and bit 25 to a hardware
 * watchdog, where the online TLFS puts the ACPI WDAT bit at 24. \erratum{E036}
 *
 * \note OpenVMM names bits 26 and 27 (device and hardware GPA access
 *       tracking), which the TLFS reserves. \erratum{E336} \erratum{E337}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-hardware-features---0x40000006}
 * \tlfs60b{2.4,Implementation Hardware Features - 0x40000006}
 * \tlfs20{3.4}
 * \see HvCpuIdFunctionMsHvHardwareFeatures
 */
typedef union _HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 ApicOverlayAssistInUse : 1; /**< The APIC overlay assist is detected and in use. */
        UINT32 MsrBitmapsInUse : 1; /**< MSR bitmaps are detected and in use. */
        UINT32 ArchitecturalPerformanceCountersInUse : 1; /**< Architectural performance counters are detected and in use. */
        UINT32 SecondLevelAddressTranslationInUse : 1; /**< Second-level address translation (EPT/NPT) is detected and in use. */
        UINT32 DmaRemappingInUse : 1; /**< DMA remapping is detected and in use. */
        UINT32 InterruptRemappingInUse : 1; /**< Interrupt remapping is detected and in use. */
        UINT32 MemoryPatrolScrubberPresent : 1; /**< The hardware has a memory patrol scrubber. */
        UINT32 DmaProtectionInUse : 1; /**< The hypervisor is applying DMA protection. */
        UINT32 HpetRequested : 1; /**< The hypervisor asks for an HPET. */
        UINT32 SyntheticTimersVolatile : 1; /**< Synthetic timers are reported as volatile. */
        UINT32 HypervisorLevel : 4; /**< Nesting level of the current guest; 0 when not nested. */
        UINT32 PhysicalDestinationModeRequired : 1; /**< Interrupts must use physical destination mode. */
        UINT32 UseVmfuncForAliasMapSwitch : 1; /**< VMFUNC is used to switch alias maps. */
        UINT32 HvRegisterForMemoryZeroingSupported : 1; /**< The hardware can zero memory for the hypervisor. */
        UINT32 UnrestrictedGuestSupported : 1; /**< Unrestricted guest mode is present. */
        UINT32 L3CachePartitioningSupported : 1; /**< Resource allocation (RDT-A / PQOS-A) is present. */
        UINT32 L3CacheMonitoringSupported : 1; /**< Resource monitoring (RDT-M / PQOS-M) is present. */
        UINT32 ChildPerfmonPmuSupported : 1; /**< A virtual PMU can be given to guests. */
        UINT32 ChildPerfmonLbrSupported : 1; /**< Virtual LBR can be given to guests. */
        UINT32 ChildPerfmonIptSupported : 1; /**< Virtual Intel Processor Trace can be given to guests. */
        UINT32 ApicEmulationSupported : 1; /**< APIC emulation is present. */
        UINT32 AcpiWdatInUse : 1; /**< The hypervisor found and uses the ACPI WDAT (watchdog action) table. */
        UINT32 Reserved : 7; /**< Reserved (bits 25-31). */
    };
} HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX, *PHV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX, 4);

/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::ApicOverlayAssistInUse (EAX bit 0). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_APIC_OVERLAY_ASSIST_IN_USE 0x00000001u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::MsrBitmapsInUse (EAX bit 1). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_MSR_BITMAPS_IN_USE 0x00000002u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::ArchitecturalPerformanceCountersInUse (EAX bit 2). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_ARCHITECTURAL_PERFORMANCE_COUNTERS_IN_USE 0x00000004u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::SecondLevelAddressTranslationInUse (EAX bit 3). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_SECOND_LEVEL_ADDRESS_TRANSLATION_IN_USE 0x00000008u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::DmaRemappingInUse (EAX bit 4). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_DMA_REMAPPING_IN_USE 0x00000010u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::InterruptRemappingInUse (EAX bit 5). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_INTERRUPT_REMAPPING_IN_USE 0x00000020u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::MemoryPatrolScrubberPresent (EAX bit 6). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_MEMORY_PATROL_SCRUBBER_PRESENT 0x00000040u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::DmaProtectionInUse (EAX bit 7). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_DMA_PROTECTION_IN_USE 0x00000080u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::HpetRequested (EAX bit 8). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_HPET_REQUESTED 0x00000100u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::SyntheticTimersVolatile (EAX bit 9). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_SYNTHETIC_TIMERS_VOLATILE 0x00000200u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::PhysicalDestinationModeRequired (EAX bit 14). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_PHYSICAL_DESTINATION_MODE_REQUIRED 0x00004000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::UseVmfuncForAliasMapSwitch (EAX bit 15). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_USE_VMFUNC_FOR_ALIAS_MAP_SWITCH 0x00008000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::HvRegisterForMemoryZeroingSupported (EAX bit 16). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_HV_REGISTER_FOR_MEMORY_ZEROING_SUPPORTED 0x00010000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::UnrestrictedGuestSupported (EAX bit 17). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_UNRESTRICTED_GUEST_SUPPORTED 0x00020000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::L3CachePartitioningSupported (EAX bit 18). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_L3_CACHE_PARTITIONING_SUPPORTED 0x00040000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::L3CacheMonitoringSupported (EAX bit 19). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_L3_CACHE_MONITORING_SUPPORTED 0x00080000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::ChildPerfmonPmuSupported (EAX bit 20). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_CHILD_PERFMON_PMU_SUPPORTED 0x00100000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::ChildPerfmonLbrSupported (EAX bit 21). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_CHILD_PERFMON_LBR_SUPPORTED 0x00200000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::ChildPerfmonIptSupported (EAX bit 22). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_CHILD_PERFMON_IPT_SUPPORTED 0x00400000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::ApicEmulationSupported (EAX bit 23). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_APIC_EMULATION_SUPPORTED 0x00800000u
/** \brief Mask of HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX::AcpiWdatInUse (EAX bit 24). */
#define HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX_ACPI_WDAT_IN_USE 0x01000000u

/**
 * \brief CPUID leaf 0x40000006: hardware features the hypervisor detected and uses.
 *
 * Only EAX is defined.
 *
 * Type name as in Microsoft's `HV_X64_HYPERVISOR_HARDWARE_FEATURES`
 * (mu_msvm). TLFS 2.0 reserves EDX "for future AMD-specific features"; TLFS
 * 6.0b and the online TLFS reserve EBX-EDX.
 *
 * \note OpenVMM reads bits 7-0 of EBX as a device domain input width; the
 *       TLFS reserves EBX. \erratum{E338}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-hardware-features---0x40000006}
 * \tlfs60b{2.4,Implementation Hardware Features - 0x40000006}
 * \tlfs20{3.4}
 * \see HvCpuIdFunctionMsHvHardwareFeatures
 */
typedef union _HV_X64_HYPERVISOR_HARDWARE_FEATURES {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX Eax; /**< EAX: hardware features in use. */
        UINT32 ReservedEbx; /**< EBX: reserved. */
        UINT32 ReservedEcx; /**< ECX: reserved. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_X64_HYPERVISOR_HARDWARE_FEATURES, *PHV_X64_HYPERVISOR_HARDWARE_FEATURES;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_HARDWARE_FEATURES, 16);

/**
 * \brief EAX of CPUID leaf 0x40000007: processor-management facilities for the root partition.
 *
 * Only the root partition sees these enlightenments.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX_*` test single bits without relying on bit-field layout.
 *
 * \note Defined by TLFS 6.0b only; the online TLFS no longer lists leaf 0x40000007.
 * TLFS 6.0b spells bit 1 `CreateRootvirtualProcessor`; this header uses
 * `CreateRootVirtualProcessor`, the spelling of Microsoft's
 * `HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES` (mu_msvm). \erratum{E035}
 *
 * \par Specification
 * \tlfs60b{2.4,Hypervisor CPU Management Features - 0x40000007}
 * \see HvCpuIdFunctionMsHvCpuManagementFeatures
 */
typedef union _HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 StartLogicalProcessor : 1; /**< Logical processors can be started by the root. */
        UINT32 CreateRootVirtualProcessor : 1; /**< The root can create its own virtual processors. */
        UINT32 PerformanceCounterSync : 1; /**< Performance counter synchronisation is available. */
        UINT32 Reserved : 28; /**< Reserved (bits 3-30). */
        UINT32 ReservedIdentityBit : 1; /**< Bit 31, reserved under this name by the TLFS. */
    };
} HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX, *PHV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX, 4);

/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX::StartLogicalProcessor (EAX bit 0). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX_START_LOGICAL_PROCESSOR 0x00000001u
/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX::CreateRootVirtualProcessor (EAX bit 1). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX_CREATE_ROOT_VIRTUAL_PROCESSOR 0x00000002u
/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX::PerformanceCounterSync (EAX bit 2). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX_PERFORMANCE_COUNTER_SYNC 0x00000004u

/**
 * \brief EBX of CPUID leaf 0x40000007: power-management facilities for the root partition.
 *
 * Says which processor power-management duties the root partition may take on.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX_*` test single bits without relying on bit-field layout.
 *
 * Defined by TLFS 6.0b only.
 *
 * \par Specification
 * \tlfs60b{2.4,Hypervisor CPU Management Features - 0x40000007}
 * \see HvCpuIdFunctionMsHvCpuManagementFeatures
 */
typedef union _HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 ProcessorPowerManagement : 1; /**< The root may manage processor power. */
        UINT32 MwaitIdleStates : 1; /**< MWAIT-based idle states are available. */
        UINT32 LogicalProcessorIdling : 1; /**< Logical processors can be idled. */
        UINT32 Reserved : 29; /**< Reserved (bits 3-31). */
    };
} HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX, *PHV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX, 4);

/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX::ProcessorPowerManagement (EBX bit 0). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX_PROCESSOR_POWER_MANAGEMENT 0x00000001u
/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX::MwaitIdleStates (EBX bit 1). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX_MWAIT_IDLE_STATES 0x00000002u
/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX::LogicalProcessorIdling (EBX bit 2). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX_LOGICAL_PROCESSOR_IDLING 0x00000004u

/**
 * \brief ECX of CPUID leaf 0x40000007: memory-type facility for the root partition.
 *
 * One flag about guest memory mappings.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX_*` test single bits without relying on bit-field layout.
 *
 * Defined by TLFS 6.0b only.
 *
 * \par Specification
 * \tlfs60b{2.4,Hypervisor CPU Management Features - 0x40000007}
 * \see HvCpuIdFunctionMsHvCpuManagementFeatures
 */
typedef union _HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 RemapGuestUncached : 1; /**< Guest memory can be remapped as uncached. */
        UINT32 Reserved : 31; /**< Reserved (bits 1-31). */
    };
} HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX, *PHV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX, 4);

/** \brief Mask of HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX::RemapGuestUncached (ECX bit 0). */
#define HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX_REMAP_GUEST_UNCACHED 0x00000001u

/**
 * \brief CPUID leaf 0x40000007: CPU management features of the root partition.
 *
 * Reports enlightenments that only the root partition is offered.
 *
 * Type name as in Microsoft's `HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES`
 * (mu_msvm). Only TLFS 6.0b documents this leaf.
 *
 * \par Specification
 * \tlfs60b{2.4,Hypervisor CPU Management Features - 0x40000007}
 * \see HvCpuIdFunctionMsHvCpuManagementFeatures
 */
typedef union _HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX Eax; /**< EAX: processor start-up features. */
        HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EBX Ebx; /**< EBX: power-management features. */
        HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_ECX Ecx; /**< ECX: memory-type features. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES, *PHV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES;
HVREF_ASSERT_SIZE(HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES, 16);

/**
 * \brief EAX of CPUID leaf 0x40000008: shared virtual memory (SVM) support.
 *
 * Here SVM means shared virtual memory (device access to process address spaces
 * through PASIDs), not AMD's virtualization extension.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_HYPERVISOR_SVM_FEATURES_EAX_*` test single bits without relying on bit-field layout.
 *
 * Defined by TLFS 6.0b only; the online TLFS no longer lists leaf 0x40000008.
 * TLFS 6.0b reserves EBX-EDX; Microsoft's `HV_HYPERVISOR_SVM_FEATURES`
 * (mu_msvm) uses EBX for `MaxPasidSpaceCount` and ECX for `MaxDevicePrqSize`.
 *
 * \par Specification
 * \tlfs60b{2.4,Hypervisor SVM Features - 0x40000008}
 * \see HvCpuIdFunctionMsHvSvmFeatures
 */
typedef union _HV_HYPERVISOR_SVM_FEATURES_EAX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 SvmSupported : 1; /**< Shared virtual memory is supported. */
        UINT32 Reserved0 : 10; /**< Reserved (bits 1-10; the TLFS's own name). */
        UINT32 MaxPasidSpacePasidCount : 21; /**< Maximum number of PASIDs in a PASID space. */
    };
} HV_HYPERVISOR_SVM_FEATURES_EAX, *PHV_HYPERVISOR_SVM_FEATURES_EAX;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_SVM_FEATURES_EAX, 4);

/** \brief Mask of HV_HYPERVISOR_SVM_FEATURES_EAX::SvmSupported (EAX bit 0). */
#define HV_HYPERVISOR_SVM_FEATURES_EAX_SVM_SUPPORTED 0x00000001u

/**
 * \brief CPUID leaf 0x40000008: shared virtual memory (SVM) features.
 *
 * Only EAX is defined by the TLFS.
 *
 * Type name as in Microsoft's `HV_HYPERVISOR_SVM_FEATURES` (mu_msvm), which
 * also gives EBX and ECX meanings (see HV_HYPERVISOR_SVM_FEATURES_EAX). Only
 * TLFS 6.0b documents this leaf.
 *
 * \par Specification
 * \tlfs60b{2.4,Hypervisor SVM Features - 0x40000008}
 * \see HvCpuIdFunctionMsHvSvmFeatures
 */
typedef union _HV_HYPERVISOR_SVM_FEATURES {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_HYPERVISOR_SVM_FEATURES_EAX Eax; /**< EAX: SVM support and PASID count. */
        UINT32 ReservedEbx; /**< EBX: reserved. */
        UINT32 ReservedEcx; /**< ECX: reserved. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_HYPERVISOR_SVM_FEATURES, *PHV_HYPERVISOR_SVM_FEATURES;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_SVM_FEATURES, 16);

/**
 * \brief EAX of CPUID leaf 0x40000009: synthetic registers a nested hypervisor may use.
 *
 * Seen by a hypervisor running inside a Hyper-V partition: which synthetic MSRs
 * of its parent it may access. Bits 2-6 sit where HV_PARTITION_PRIVILEGE_MASK
 * has the same flags, but AccessReenlightenmentControls is bit 12 here and
 * bit 13 in the privilege mask (TLFS 6.0b and the online TLFS agree on both).
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_NESTED_HYPERVISOR_FEATURES_EAX_*` test single bits without relying on bit-field layout.
 *
 * The type name is hvref's (after the TLFS heading); Microsoft's headers call
 * the leaf `HvCpuIdFunctionMsHvSkipLevelFeatures` and publish no type for it.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#nested-hypervisor-feature-identification---0x40000009}
 * \tlfs60b{2.4,Nested Hypervisor Feature Identification - 0x40000009}
 * \see HvCpuIdFunctionMsHvSkipLevelFeatures
 */
typedef union _HV_X64_NESTED_HYPERVISOR_FEATURES_EAX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 Reserved : 2; /**< Reserved (bits 0-1). */
        UINT32 AccessSynicRegs : 1; /**< The SynIC MSRs are available. */
        UINT32 Reserved1 : 1; /**< Reserved (bit 3). */
        UINT32 AccessIntrCtrlRegs : 1; /**< The APIC access MSRs (EOI, ICR, TPR) are available. */
        UINT32 AccessHypercallMsrs : 1; /**< The guest OS ID and hypercall MSRs are available. */
        UINT32 AccessVpIndex : 1; /**< The virtual processor index MSR is available. */
        UINT32 Reserved2 : 5; /**< Reserved (bits 7-11). */
        UINT32 AccessReenlightenmentControls : 1; /**< The reenlightenment controls are available. */
        UINT32 Reserved3 : 19; /**< Reserved (bits 13-31). */
    };
} HV_X64_NESTED_HYPERVISOR_FEATURES_EAX, *PHV_X64_NESTED_HYPERVISOR_FEATURES_EAX;
HVREF_ASSERT_SIZE(HV_X64_NESTED_HYPERVISOR_FEATURES_EAX, 4);

/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EAX::AccessSynicRegs (EAX bit 2). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EAX_ACCESS_SYNIC_REGS 0x00000004u
/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EAX::AccessIntrCtrlRegs (EAX bit 4). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EAX_ACCESS_INTR_CTRL_REGS 0x00000010u
/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EAX::AccessHypercallMsrs (EAX bit 5). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EAX_ACCESS_HYPERCALL_MSRS 0x00000020u
/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EAX::AccessVpIndex (EAX bit 6). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EAX_ACCESS_VP_INDEX 0x00000040u
/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EAX::AccessReenlightenmentControls (EAX bit 12). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EAX_ACCESS_REENLIGHTENMENT_CONTROLS 0x00001000u

/**
 * \brief EDX of CPUID leaf 0x40000009: hypercall facilities a nested hypervisor may use.
 *
 * The bit positions match those of HV_X64_HYPERVISOR_FEATURES_EDX.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_X64_NESTED_HYPERVISOR_FEATURES_EDX_*` test single bits without relying on bit-field layout.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#nested-hypervisor-feature-identification---0x40000009}
 * \tlfs60b{2.4,Nested Hypervisor Feature Identification - 0x40000009}
 * \see HvCpuIdFunctionMsHvSkipLevelFeatures
 */
typedef union _HV_X64_NESTED_HYPERVISOR_FEATURES_EDX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 Reserved : 4; /**< Reserved (bits 0-3). */
        UINT32 XmmRegistersForFastHypercallAvailable : 1; /**< Fast hypercall input may be passed in XMM registers. */
        UINT32 Reserved1 : 10; /**< Reserved (bits 5-14). */
        UINT32 FastHypercallOutputAvailable : 1; /**< Hypercall output can be returned in XMM registers. */
        UINT32 Reserved2 : 1; /**< Reserved (bit 16). */
        UINT32 SintPollingModeAvailable : 1; /**< Synthetic interrupt sources can be used in polling mode. */
        UINT32 Reserved3 : 14; /**< Reserved (bits 18-31). */
    };
} HV_X64_NESTED_HYPERVISOR_FEATURES_EDX, *PHV_X64_NESTED_HYPERVISOR_FEATURES_EDX;
HVREF_ASSERT_SIZE(HV_X64_NESTED_HYPERVISOR_FEATURES_EDX, 4);

/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EDX::XmmRegistersForFastHypercallAvailable (EDX bit 4). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EDX_XMM_REGISTERS_FOR_FAST_HYPERCALL_AVAILABLE 0x00000010u
/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EDX::FastHypercallOutputAvailable (EDX bit 15). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EDX_FAST_HYPERCALL_OUTPUT_AVAILABLE 0x00008000u
/** \brief Mask of HV_X64_NESTED_HYPERVISOR_FEATURES_EDX::SintPollingModeAvailable (EDX bit 17). */
#define HV_X64_NESTED_HYPERVISOR_FEATURES_EDX_SINT_POLLING_MODE_AVAILABLE 0x00020000u

/**
 * \brief CPUID leaf 0x40000009: features offered to a hypervisor running nested.
 *
 * EAX lists the synthetic MSRs and EDX the hypercall facilities that the
 * parent hypervisor exposes to a hypervisor running in this partition.
 *
 * The type name is hvref's (see HV_X64_NESTED_HYPERVISOR_FEATURES_EAX).
 *
 * \par Specification
 * \tlfsonline{feature-discovery#nested-hypervisor-feature-identification---0x40000009}
 * \tlfs60b{2.4,Nested Hypervisor Feature Identification - 0x40000009}
 * \see HvCpuIdFunctionMsHvSkipLevelFeatures
 */
typedef union _HV_X64_NESTED_HYPERVISOR_FEATURES {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_X64_NESTED_HYPERVISOR_FEATURES_EAX Eax; /**< EAX: synthetic MSR access. */
        UINT32 ReservedEbx; /**< EBX: reserved. */
        UINT32 ReservedEcx; /**< ECX: reserved. */
        HV_X64_NESTED_HYPERVISOR_FEATURES_EDX Edx; /**< EDX: hypercall facilities. */
    };
} HV_X64_NESTED_HYPERVISOR_FEATURES, *PHV_X64_NESTED_HYPERVISOR_FEATURES;
HVREF_ASSERT_SIZE(HV_X64_NESTED_HYPERVISOR_FEATURES, 16);

/**
 * \brief EAX of CPUID leaf 0x4000000A: nested-virtualization enlightenments offered to a nested hypervisor.
 *
 * Gives the range of enlightened VMCS versions supported and which nested
 * optimisations (direct virtual flush, enlightened MSR bitmap, ...) a hypervisor
 * running in this partition may use.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_*` test single bits without relying on bit-field layout.
 *
 * \note Names of bits 0-20 are those of Microsoft's `HV_HYPERVISOR_NESTED_VIRT_FEATURES`
 * (mu_msvm `HvGuestCpuid.h`); the TLFS gives descriptions only. Bits 21 and 22
 * (`GuestIa32DebugCtlSupported`, `EnlightenedTlb`) are hvref's names.
 * Source differences: TLFS 6.0b defines bits 0-20 and reserves 21-31 (and its
 * bit 18 text has no platform qualifier); the online TLFS adds bits 21 and 22
 * and qualifies bit 18 as x64 ("Intel platforms" in its hidden source table).
 * The online table also prints "31-21 Reserved" after defining bits 21 and 22;
 * its source table says 31-23, which is what is defined here. Microsoft's header
 * names bit 16 `FlushGuestPhysicalHypercall_Deprecated`; the TLFS reserves it. \erratum{E037}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-nested-virtualization-features---0x4000000a}
 * \tlfs60b{2.4,Hypervisor Nested Virtualization Features - 0x4000000A}
 * \see HvCpuIdFunctionMsHvNestedVirtFeatures
 */
typedef union _HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 EnlightenedVmcsVersionLow : 8; /**< Lowest enlightened VMCS version supported. */
        UINT32 EnlightenedVmcsVersionHigh : 8; /**< Highest enlightened VMCS version supported. */
        UINT32 Reserved : 1; /**< Reserved (bit 16). */
        UINT32 NestedFlushVirtualHypercall : 1; /**< Direct virtual flush hypercalls are supported. */
        UINT32 FlushGuestPhysicalHypercall : 1; /**< HvCallFlushGuestPhysicalAddressSpace and HvCallFlushGuestPhysicalAddressList are supported. */
        UINT32 MsrBitmap : 1; /**< The enlightened MSR bitmap is supported. */
        UINT32 VirtualizationException : 1; /**< Virtualization exceptions can be combined into the page-fault exception class. */
        UINT32 GuestIa32DebugCtlSupported : 1; /**< A non-zero GuestIa32DebugCtl (VMCS field 0x2802) is supported. */
        UINT32 EnlightenedTlb : 1; /**< AMD: enlightened TLB (ASID flushes leave NPT-derived entries; flush those by hypercall); also implies the guest-physical flush hypercalls. */
        UINT32 Reserved1 : 9; /**< Reserved (bits 23-31). */
    };
} HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX, *PHV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX, 4);

/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX::NestedFlushVirtualHypercall (EAX bit 17). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_NESTED_FLUSH_VIRTUAL_HYPERCALL 0x00020000u
/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX::FlushGuestPhysicalHypercall (EAX bit 18). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_FLUSH_GUEST_PHYSICAL_HYPERCALL 0x00040000u
/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX::MsrBitmap (EAX bit 19). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_MSR_BITMAP 0x00080000u
/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX::VirtualizationException (EAX bit 20). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_VIRTUALIZATION_EXCEPTION 0x00100000u
/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX::GuestIa32DebugCtlSupported (EAX bit 21). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_GUEST_IA32_DEBUG_CTL_SUPPORTED 0x00200000u
/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX::EnlightenedTlb (EAX bit 22). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_ENLIGHTENED_TLB 0x00400000u

/**
 * \brief EBX of CPUID leaf 0x4000000A: further enlightened VMCS fields.
 *
 * Reports optional fields of the enlightened VMCS.
 *
 * Read it with `AsUINT32` set to the register's value; the mask macros
 * `HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX_*` test single bits without relying on bit-field layout.
 *
 * New in the online TLFS (TLFS 6.0b reserves EBX). The name
 * `EvmcsPerfGlobalCtrl` is hvref's; the TLFS describes the bit only.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-nested-virtualization-features---0x4000000a}
 * \tlfs60b{2.4,Hypervisor Nested Virtualization Features - 0x4000000A}
 * \see HvCpuIdFunctionMsHvNestedVirtFeatures
 */
typedef union _HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX {
    UINT32 AsUINT32; /**< The whole register. */
    HVREF_EXTENSION struct {
        UINT32 EvmcsPerfGlobalCtrl : 1; /**< The enlightened VMCS has the GuestPerfGlobalCtrl and HostPerfGlobalCtrl fields. */
        UINT32 Reserved : 31; /**< Reserved (bits 1-31). */
    };
} HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX, *PHV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX, 4);

/** \brief Mask of HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX::EvmcsPerfGlobalCtrl (EBX bit 0). */
#define HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX_EVMCS_PERF_GLOBAL_CTRL 0x00000001u

/**
 * \brief CPUID leaf 0x4000000A: nested virtualization features.
 *
 * Read by a hypervisor running in this partition when leaf 0x40000004
 * recommends the enlightened VMCS (UseVmcsEnlightenments).
 *
 * Type name as in Microsoft's `HV_HYPERVISOR_NESTED_VIRT_FEATURES` (mu_msvm),
 * which reserves EBX; the online TLFS defines EBX bit 0.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-nested-virtualization-features---0x4000000a}
 * \tlfs60b{2.4,Hypervisor Nested Virtualization Features - 0x4000000A}
 * \see HvCpuIdFunctionMsHvNestedVirtFeatures
 */
typedef union _HV_HYPERVISOR_NESTED_VIRT_FEATURES {
    UINT32 AsUINT32[4]; /**< EAX, EBX, ECX and EDX, in that order, as CPUID returns them. */
    HVREF_EXTENSION struct {
        HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX Eax; /**< EAX: enlightened VMCS versions and nested optimisations. */
        HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX Ebx; /**< EBX: further enlightened VMCS fields. */
        UINT32 ReservedEcx; /**< ECX: reserved. */
        UINT32 ReservedEdx; /**< EDX: reserved. */
    };
} HV_HYPERVISOR_NESTED_VIRT_FEATURES, *PHV_HYPERVISOR_NESTED_VIRT_FEATURES;
HVREF_ASSERT_SIZE(HV_HYPERVISOR_NESTED_VIRT_FEATURES, 16);

/** \} */

/**
 * \name ARM64: hypervisor discovery and the feature registers
 * \{
 */

/**
 * \brief SMCCC function identifier of the vendor-specific hypervisor service's
 *        "Call UID" query, with which an ARM64 guest asks who its hypervisor is.
 *
 * ARM64 has no CPUID. A guest that may run on a hypervisor executes HVC #0 (or
 * SMC #0, as its firmware tables say) with this value in X0 and nothing else;
 * the hypervisor returns a 128-bit identifier in X0-X3, and a Microsoft
 * hypervisor returns HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X0 ... _X3. A
 * hypervisor that does not implement the query returns the SMCCC
 * NOT_SUPPORTED value, -1, in X0. Once the identifier matches, the guest reads
 * the feature registers (HvRegisterHypervisorVersion and the others of this
 * group) with HvCallGetVpRegisters, several of them before it has set
 * HvRegisterGuestOsId.
 *
 * Its fields, as HV_ARM64_SMCCC_FUNCTION_ID lays them out: bit 31 = 1 (an
 * SMCCC fast call, not a yielding one), bit 30 = 0 (the 32-bit convention:
 * the SMCCC general queries, function numbers 0xFF00-0xFFFF, are 32-bit
 * calls), bits 29-24 = 6 (vendor-specific hypervisor service), bits 23-16 = 0,
 * bits 15-0 = 0xFF01 (Call UID).
 *
 * \note The online TLFS prints the identifier as 0xC600FF0, seven hex digits,
 *       and calls it a 64-bit call; Linux (ARM_SMCCC_VENDOR_HYP_CALL_UID_FUNC_ID)
 *       and OpenVMM use 0x8600FF01, which is what the SMCCC fields give for the
 *       Call UID query of the hypervisor service. hvref defines 0x8600FF01.
 *       \erratum{E690}
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery-1}
 * \see HV_ARM64_SMCCC_FUNCTION_ID, HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X0
 */
#define HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID 0x8600FF01u

/**
 * \brief X0 of the Microsoft hypervisor's answer to the vendor UID query
 *        (HV_ARM64_SMCCC_VENDOR_HYP_UID_FUNCTION_ID): bytes 0-3 of its
 *        identifier.
 *
 * Each of X0-X3 carries four bytes of the 16-byte identifier in its low 32
 * bits, lowest byte first; the upper 32 bits are zero. A guest compares all
 * four registers. As bytes, X0's lowest first, the identifier is
 * 58 BA 32 4D 64 47 24 CD 75 6C EF 8E 24 70 59 16.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery-1}
 */
#define HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X0 0x4D32BA58u
/**
 * \brief X1 of the Microsoft hypervisor's answer to the vendor UID query:
 *        bytes 4-7 of its identifier.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery-1}
 */
#define HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X1 0xCD244764u
/**
 * \brief X2 of the Microsoft hypervisor's answer to the vendor UID query:
 *        bytes 8-11 of its identifier.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery-1}
 */
#define HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X2 0x8EEF6C75u
/**
 * \brief X3 of the Microsoft hypervisor's answer to the vendor UID query:
 *        bytes 12-15 of its identifier.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-discovery-1}
 */
#define HV_ARM64_VENDOR_HYP_UID_MICROSOFT_X3 0x16597024u

/**
 * \brief Bits 127-64 of the ARM64 register HvRegisterPrivilegesAndFeaturesInfo:
 *        the hypervisor features available to the partition.
 *
 * Bit n of this union is bit 64 + n of the register. The layout is ARM64's
 * own, not that of EDX of CPUID leaf 0x40000003
 * (HV_X64_HYPERVISOR_FEATURES_EDX): for example guest debugging is bit 0 here
 * and EDX bit 1 there, the crash registers bit 8 here and EDX bit 10 there.
 * The field names are those of the matching HV_X64_HYPERVISOR_FEATURES_EDX
 * bits (GuestCrashRegsAvailable for its GuestCrashMsrsAvailable), and the
 * TLFS's own where its ARM64 table gives one (DisableHypervisorAvailable,
 * SintPollingModeAvailable).
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-feature-identification---hvregisterprivilegesandfeaturesinfo}
 * \see HV_ARM64_HYPERVISOR_FEATURES, HV_X64_HYPERVISOR_FEATURES_EDX
 */
typedef union _HV_ARM64_HYPERVISOR_FEATURES_HIGH {
    UINT64 AsUINT64; /**< Bits 127-64 of the register. */
    HVREF_EXTENSION struct {
        UINT64 GuestDebuggingAvailable : 1; /**< Register bit 64: guest debugging is available. */
        UINT64 PerformanceMonitorsAvailable : 1; /**< Register bit 65: performance monitoring is available. */
        UINT64 CpuDynamicPartitioningAvailable : 1; /**< Register bit 66: physical processor dynamic partitioning events are available. */
        UINT64 GuestIdleAvailable : 1; /**< Register bit 67: the virtual guest idle state is available. */
        UINT64 HypervisorSleepStateSupportAvailable : 1; /**< Register bit 68: hypervisor sleep states are available. */
        UINT64 NumaDistanceQueryAvailable : 1; /**< Register bit 69: NUMA distances can be queried. */
        UINT64 FrequencyRegsAvailable : 1; /**< Register bit 70: timer frequencies can be read. */
        UINT64 SyntheticMachineCheckAvailable : 1; /**< Register bit 71: synthetic machine checks can be injected. */
        UINT64 GuestCrashRegsAvailable : 1; /**< Register bit 72: the guest crash registers are available. */
        UINT64 Reserved : 1; /**< Register bit 73: reserved. */
        UINT64 DisableHypervisorAvailable : 1; /**< Register bit 74: the hypervisor can be disabled. */
        UINT64 Reserved1 : 1; /**< Register bit 75: reserved. */
        UINT64 SintPollingModeAvailable : 1; /**< Register bit 76: synthetic interrupt sources can be polled. */
        UINT64 DirectSyntheticTimers : 1; /**< Register bit 77: synthetic timers can deliver in direct mode. */
        UINT64 Reserved2 : 50; /**< Register bits 127-78: reserved. */
    };
} HV_ARM64_HYPERVISOR_FEATURES_HIGH, *PHV_ARM64_HYPERVISOR_FEATURES_HIGH;
HVREF_ASSERT_SIZE(HV_ARM64_HYPERVISOR_FEATURES_HIGH, 8);

/**
 * \brief Value of the ARM64 register HvRegisterPrivilegesAndFeaturesInfo: the
 *        partition's privileges and the hypervisor features available to it.
 *
 * The ARM64 counterpart of CPUID leaf 0x40000003 (HV_X64_HYPERVISOR_FEATURES),
 * read with HvCallGetVpRegisters as one 128-bit value. The low 64 bits are the
 * same HV_PARTITION_PRIVILEGE_MASK as on x64 (EAX and EBX of the leaf); the
 * feature flags in bits 127-64 (HV_ARM64_HYPERVISOR_FEATURES_HIGH) have a
 * layout of their own, not that of the leaf's ECX and EDX.
 *
 * Register-to-type map: HvRegisterHypervisorVersion is
 * HV_HYPERVISOR_VERSION_INFO, HvRegisterPrivilegesAndFeaturesInfo this type,
 * HvRegisterFeaturesInfo HV_ARM64_ENLIGHTENMENT_INFORMATION,
 * HvRegisterImplementationLimitsInfo HV_IMPLEMENTATION_LIMITS and
 * HvRegisterHardwareFeaturesInfo HV_ARM64_HYPERVISOR_HARDWARE_FEATURES
 * (references/value-layouts.csv); the TLFS gives the first and the fourth the
 * layout of their x64 leaf, with EAX in bits 31-0 up to EDX in bits 127-96.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#hypervisor-feature-identification---hvregisterprivilegesandfeaturesinfo}
 * \see HvRegisterPrivilegesAndFeaturesInfo, HV_X64_HYPERVISOR_FEATURES
 */
typedef union _HV_ARM64_HYPERVISOR_FEATURES {
    UINT64 AsUINT64[2]; /**< Bits 63-0 and 127-64, as HV_REGISTER_VALUE holds the register. */
    HVREF_EXTENSION struct {
        HV_PARTITION_PRIVILEGE_MASK PartitionPrivileges; /**< Bits 63-0: the privilege mask, as on x64. */
        HV_ARM64_HYPERVISOR_FEATURES_HIGH Features; /**< Bits 127-64: the feature flags. */
    };
} HV_ARM64_HYPERVISOR_FEATURES, *PHV_ARM64_HYPERVISOR_FEATURES;
HVREF_ASSERT_SIZE(HV_ARM64_HYPERVISOR_FEATURES, 16);

/**
 * \brief Value of the ARM64 register HvRegisterFeaturesInfo: behaviours the
 *        hypervisor recommends to the guest.
 *
 * The ARM64 counterpart of CPUID leaf 0x40000004
 * (HV_X64_ENLIGHTENMENT_INFORMATION), with a layout of its own: the
 * recommendation bits in bits 31-0, the long spin-wait count in bits 63-32
 * (EBX of the leaf), bits 127-64 reserved. UseHvRegisterForReset is always 0
 * on ARM64 (a guest resets through PSCI SYSTEM_RESET), and
 * UseSyntheticClusterIpi is 0 for the root partition, which sends its
 * interrupts through ICC_SGI1R_EL1, and 1 for guests. Names: the TLFS's where
 * its table gives one (bits 0, 21-23, 26), else those of the matching
 * HV_X64_ENLIGHTENMENT_INFORMATION_EAX bit; bit 5 (`UseQpcBias`) is hvref's.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-recommendations---hvregisterfeaturesinfo}
 * \see HvRegisterFeaturesInfo, HV_X64_ENLIGHTENMENT_INFORMATION, HvCallNotifyLongSpinWait
 */
typedef union _HV_ARM64_ENLIGHTENMENT_INFORMATION {
    UINT64 AsUINT64[2]; /**< Bits 63-0 and 127-64, as HV_REGISTER_VALUE holds the register. */
    HVREF_EXTENSION struct {
        UINT64 UseHvRegisterForReset : 1; /**< Bit 0: reset through a synthetic register; always 0 on ARM64. */
        UINT64 UseRelaxedTiming : 1; /**< Bit 1: use relaxed timing; turn off watchdogs that depend on timely interrupts. */
        UINT64 UseSyntheticClusterIpi : 1; /**< Bit 2: send IPIs with HvCallSendSyntheticClusterIpi. */
        UINT64 UseExProcessorMasks : 1; /**< Bit 3: use the Ex (HV_VP_SET) forms of the processor-set calls. */
        UINT64 Nested : 1; /**< Bit 4: this hypervisor runs nested in a Hyper-V partition. */
        UINT64 UseQpcBias : 1; /**< Bit 5: apply the QueryPerformanceCounter bias the root partition provides. */
        UINT64 Reserved : 15; /**< Bits 20-6: reserved. */
        UINT64 UseHypercallForMmioAccess : 1; /**< Bit 21: access MMIO through hypercalls. */
        UINT64 UseGpaPinningHypercall : 1; /**< Bit 22: pin guest physical pages through the GPA pinning hypercall. */
        UINT64 WakeVps : 1; /**< Bit 23: wake virtual processors (the TLFS gives the name only). */
        UINT64 Reserved1 : 2; /**< Bits 25-24: reserved. */
        UINT64 MapPartitionEventLogBuffer : 1; /**< Bit 26: map the partition's event log buffer (the TLFS gives the name only). */
        UINT64 Reserved2 : 5; /**< Bits 31-27: reserved. */
        UINT64 LongSpinWaitCount : 32; /**< Bits 63-32: spinlock retries before notifying the hypervisor; 0xFFFFFFFF means never notify. */
        UINT64 Reserved3 : 64; /**< Bits 127-64: reserved. */
    };
} HV_ARM64_ENLIGHTENMENT_INFORMATION, *PHV_ARM64_ENLIGHTENMENT_INFORMATION;
HVREF_ASSERT_SIZE(HV_ARM64_ENLIGHTENMENT_INFORMATION, 16);

/**
 * \brief Value of the ARM64 register HvRegisterHardwareFeaturesInfo: hardware
 *        features the hypervisor detected and uses.
 *
 * The ARM64 counterpart of CPUID leaf 0x40000006
 * (HV_X64_HYPERVISOR_HARDWARE_FEATURES), with a layout of its own: seven flags
 * in bits 6-0, the rest reserved; the x64-only flags of the leaf (APIC overlay,
 * MSR bitmaps, HPET and others) have no bit here. The names are those of the
 * matching HV_X64_HYPERVISOR_HARDWARE_FEATURES_EAX bits.
 *
 * \par Specification
 * \tlfsonline{feature-discovery#implementation-hardware-features---hvregisterhardwarefeaturesinfo}
 * \see HvRegisterHardwareFeaturesInfo, HV_X64_HYPERVISOR_HARDWARE_FEATURES
 */
typedef union _HV_ARM64_HYPERVISOR_HARDWARE_FEATURES {
    UINT64 AsUINT64[2]; /**< Bits 63-0 and 127-64, as HV_REGISTER_VALUE holds the register. */
    HVREF_EXTENSION struct {
        UINT64 ArchitecturalPerformanceCountersInUse : 1; /**< Bit 0: architectural performance counters are detected and in use. */
        UINT64 SecondLevelAddressTranslationInUse : 1; /**< Bit 1: second-level (stage 2) address translation is detected and in use. */
        UINT64 DmaRemappingInUse : 1; /**< Bit 2: DMA remapping is detected and in use. */
        UINT64 InterruptRemappingInUse : 1; /**< Bit 3: interrupt remapping is detected and in use. */
        UINT64 MemoryPatrolScrubberPresent : 1; /**< Bit 4: the hardware has a memory patrol scrubber. */
        UINT64 DmaProtectionInUse : 1; /**< Bit 5: the hypervisor is applying DMA protection. */
        UINT64 SyntheticTimersVolatile : 1; /**< Bit 6: synthetic timers are volatile. */
        UINT64 Reserved : 57; /**< Bits 63-7: reserved. */
        UINT64 Reserved1 : 64; /**< Bits 127-64: reserved. */
    };
} HV_ARM64_HYPERVISOR_HARDWARE_FEATURES, *PHV_ARM64_HYPERVISOR_HARDWARE_FEATURES;
HVREF_ASSERT_SIZE(HV_ARM64_HYPERVISOR_HARDWARE_FEATURES, 16);

/** \} */

/**
 * \name Guest OS identity (HV_X64_MSR_GUEST_OS_ID)
 * \{
 */

/**
 * \brief Guest OS identity in the encoding for proprietary operating systems.
 *
 * A guest writes its identity to HV_X64_MSR_GUEST_OS_ID (on ARM64, the
 * register HvRegisterGuestOsId) before it enables the hypercall page; the
 * value is shared by all virtual processors of the partition and starts at
 * zero, and zeroing it again disables the hypercall page. Bit 63 (OsType)
 * tells the two encodings apart: 0 selects this one, 1 the open-source
 * encoding HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS. The TLFS recommends the
 * layout; fields that do not apply to an OS may be zero.
 *
 * \note Name and fields as in the 2013 WDK; the TLFS itself names no type.
 *       TLFS 6.0b and the online TLFS (followed here) make VendorId bits 62-48
 *       and add OsType at bit 63; TLFS 2.0 and the WDK define VendorId as
 *       bits 63-48 (16 bits) with no OsType. TLFS 2.0 also remarks that the
 *       hypervisor ignores the value (it may use it in the future). \erratum{E029} \erratum{E030}
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#reporting-the-guest-os-identity}
 * \tlfsonline{hypercall-interface#guest-os-identity-for-proprietary-operating-systems}
 * \tlfs60b{2.6}
 * \tlfs60b{2.6,Proprietary Operating Systems}
 * \tlfs20{3.6}
 * \wdk2013{HV_X64_MSR_GUEST_OS_ID_CONTENTS}
 * \see HV_GUEST_OS_VENDOR, HV_GUEST_OS_MICROSOFT_IDS
 */
typedef union _HV_X64_MSR_GUEST_OS_ID_CONTENTS {
    UINT64 AsUINT64; /**< The whole MSR value. */
    HVREF_EXTENSION struct {
        UINT64 BuildNumber : 16; /**< Build number of the operating system. */
        UINT64 ServiceVersion : 8; /**< Service version, such as a service pack number. */
        UINT64 MinorVersion : 8; /**< Minor version of the operating system. */
        UINT64 MajorVersion : 8; /**< Major version of the operating system. */
        UINT64 OsId : 8; /**< Operating system variant, numbered by the vendor; for Microsoft an HV_GUEST_OS_MICROSOFT_IDS value. */
        UINT64 VendorId : 15; /**< Vendor of the operating system, an HV_GUEST_OS_VENDOR value; 0 is reserved. */
        UINT64 OsType : 1; /**< 0 for this (proprietary) encoding; 1 selects the open-source encoding, HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS. */
    };
} HV_X64_MSR_GUEST_OS_ID_CONTENTS, *PHV_X64_MSR_GUEST_OS_ID_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_GUEST_OS_ID_CONTENTS, 8);

/**
 * \brief Guest OS identity in the encoding suggested for open-source operating
 *        systems.
 *
 * Written to the same MSR as HV_X64_MSR_GUEST_OS_ID_CONTENTS, with bit 63
 * (OpenSource) set. The TLFS offers this layout as guidance; Linux, for
 * example, writes its kernel version into Version.
 *
 * The TLFS and the 2013 WDK name no type for this encoding (TLFS 2.0 and
 * the WDK do not describe it at all). hvref calls it
 * HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS: "GUEST_OS_ID ... CONTENTS" after
 * the WDK's name for the proprietary encoding, "OPEN_SOURCE" after the
 * TLFS's heading, and without "X64_MSR" because the same value goes to
 * HvRegisterGuestOsId on ARM64. The field names follow the TLFS's table
 * headings (Build Number, Version, OS ID, OS Type, Open Source).
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#guest-os-identity-msr-for-open-source-operating-systems}
 * \tlfs60b{2.6,Encoding the Guest OS Identity MSR for Open Source Operating Systems}
 * \see HV_GUEST_OS_OPEN_SOURCE_TYPE
 */
typedef union _HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS {
    UINT64 AsUINT64; /**< The whole MSR value. */
    HVREF_EXTENSION struct {
        UINT64 BuildNumber : 16; /**< Distribution-specific identification, such as a build number. */
        UINT64 Version : 32; /**< Version of the upstream kernel. */
        UINT64 OsId : 8; /**< Additional, distribution-specific vendor information. */
        UINT64 OsType : 7; /**< Kind of operating system, an HV_GUEST_OS_OPEN_SOURCE_TYPE value. */
        UINT64 OpenSource : 1; /**< 1: the value uses this open-source encoding. */
    };
} HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS, *PHV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS;
HVREF_ASSERT_SIZE(HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS, 8);

/**
 * \brief Vendor codes for HV_X64_MSR_GUEST_OS_ID_CONTENTS::VendorId.
 *
 * Microsoft allocates the codes; 0 is reserved.
 *
 * The 2013 WDK lists only Microsoft (its enumerator name is used); TLFS
 * 2.0 mentions only Microsoft = 1. TLFS 6.0b adds HPE and LANCOM, and the
 * online TLFS (followed here) also BlackBerry. The other enumerator names
 * are hvref's, after the TLFS's vendor names.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#guest-os-identity-for-proprietary-operating-systems}
 * \tlfs60b{2.6,Proprietary Operating Systems}
 * \tlfs20{3.6}
 * \wdk2013{HV_GUEST_OS_VENDOR}
 */
typedef enum _HV_GUEST_OS_VENDOR {
    HvGuestOsVendorMicrosoft = 0x0001,  /**< Microsoft. */
    HvGuestOsVendorHPE = 0x0002,        /**< Hewlett Packard Enterprise. */
    HvGuestOsVendorBlackBerry = 0x0003, /**< BlackBerry (online TLFS only). */
    HvGuestOsVendorLANCOM = 0x0200      /**< LANCOM Systems. */
} HV_GUEST_OS_VENDOR;

/**
 * \brief Microsoft's OS variants for HV_X64_MSR_GUEST_OS_ID_CONTENTS::OsId when
 *        VendorId is HvGuestOsVendorMicrosoft.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#guest-os-identity-for-proprietary-operating-systems}
 * \tlfs60b{2.6,Proprietary Operating Systems}
 * \tlfs20{3.6}
 * \wdk2013{HV_GUEST_OS_MICROSOFT_IDS}
 */
typedef enum _HV_GUEST_OS_MICROSOFT_IDS {
    HvGuestOsMicrosoftUndefined = 0x00, /**< Not specified. */
    HvGuestOsMicrosoftMSDOS = 0x01,     /**< MS-DOS. */
    HvGuestOsMicrosoftWindows3x = 0x02, /**< Windows 3.x. */
    HvGuestOsMicrosoftWindows9x = 0x03, /**< Windows 9x. */
    HvGuestOsMicrosoftWindowsNT = 0x04, /**< Windows NT and the systems derived from it. */
    HvGuestOsMicrosoftWindowsCE = 0x05  /**< Windows CE. */
} HV_GUEST_OS_MICROSOFT_IDS;

/**
 * \brief Operating system kinds for HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS::OsType.
 *
 * Microsoft allocates the values.
 *
 * The type and enumerator names are hvref's; the TLFS lists the values
 * in a table of OS types. TLFS 6.0b and the online TLFS agree.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#guest-os-identity-msr-for-open-source-operating-systems}
 * \tlfs60b{2.6,Encoding the Guest OS Identity MSR for Open Source Operating Systems}
 */
typedef enum _HV_GUEST_OS_OPEN_SOURCE_TYPE {
    HvGuestOsOpenSourceLinux = 0x1,   /**< Linux. */
    HvGuestOsOpenSourceFreeBSD = 0x2, /**< FreeBSD. */
    HvGuestOsOpenSourceXen = 0x3,     /**< Xen. */
    HvGuestOsOpenSourceIllumos = 0x4  /**< Illumos. */
} HV_GUEST_OS_OPEN_SOURCE_TYPE;

/** \} */

/** \} */

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_FEATURE_DISCOVERY_H */
