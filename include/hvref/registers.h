/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual processor registers: the register names HvCallGetVpRegisters
 *        and HvCallSetVpRegisters take, for x64, ARM64 and both.
 *
 * Every piece of a virtual processor's state that the hypervisor exposes is
 * named by a 32-bit number, an HV_REGISTER_NAME. Numbers below 0x00010000
 * and the synthetic ranges from 0x00090000 name the same register on both
 * architectures; the architectural ranges are shared: 0x00020000 is RAX on
 * x64 and X0 on ARM64. So hvref gives each architecture its own enumerations
 * (names with `X64` or `Arm64`, grouped below by kind), and HV_REGISTER_NAME
 * itself is a UINT32 that holds a value of any of them: one C enumeration
 * holding both sets would have several names per value, and a `switch` over
 * it could not list both architectures. Every enumeration is available on
 * every target, as the rest of hvref's data definitions are.
 *
 * The names and numbers are those of the online TLFS's HV_REGISTER_NAME page
 * (791 names: 97 common, 263 x64, 431 ARM64), with the names TLFS 6.0b or
 * 2.0 list and the online page no longer does (power-state, internal
 * statistics and YMM registers). Every number was checked against TLFS 6.0b
 * and 2.0 where they list it and against rust-vmm/mshv's bindings of
 * Microsoft's headers (x86_64 and arm64), which agree on every number they
 * share with the online TLFS; the names they give differently are in the
 * errata register.
 *
 * Microsoft's MIT-licensed headers (Linux's include/hyperv/hvgdk_mini.h and
 * rust-vmm/mshv's bindings of them) list 269 more names that no TLFS edition
 * documents (23 common, 5 x64, 241 ARM64: the nested SynIC, the ARM64 EL2,
 * GIC, MPAM and unassigned ID registers, and a few others). Each kind's
 * header-only names are an enumeration of their own, with the suffix
 * _HEADERS, next to the TLFS names of that kind, so that nothing suggests a
 * TLFS edition lists them.
 */
#ifndef HVREF_REGISTERS_H
#define HVREF_REGISTERS_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>

/* The register value formats below have anonymous structures and unions,
 * marked HVREF_EXTENSION for GCC and Clang. MSVC reports them as C4201
 * ("nameless struct/union") at /W4, and in C the bit-fields of types other
 * than int as C4214: both are silenced for this header only and restored
 * at its end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_registers_name Register name type
 * \brief The 32-bit register name and how the names are organised.
 * \{
 */

/**
 * \brief A virtual processor register name: one of the values of the
 *        HV_REGISTER_NAMES_*, HV_X64_REGISTER_NAMES_* and
 *        HV_ARM64_REGISTER_NAMES_* enumerations.
 *
 * The TLFS declares HV_REGISTER_NAME as a C enumeration; hvref declares it
 * as the 32-bit scalar the hypercalls carry, because the x64 and ARM64
 * enumerators share numbers and a structure member of enumeration type
 * would have a compiler-chosen size.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \wdk2013{HV_REGISTER_NAME}
 * \see HvCallGetVpRegisters, HvCallSetVpRegisters, HV_REGISTER_VALUE
 */
typedef UINT32 HV_REGISTER_NAME;

/** \} */

/**
 * \defgroup hvref_registers_register_names_suspend Common: suspend and activity state
 * \brief Registers that say whether, and why, a virtual processor is stopped.
 * \{
 */

/**
 * \brief Register names (both architectures): suspend and activity state.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#suspend--migration}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_SUSPEND {
    /** Explicit suspend. Editions: \tlfsonline{datatypes/hv_register_name#suspend--migration} \tlfs60b{7.8,Virtual Processor Register Names} \tlfs20{10.2.2}. */
    HvRegisterExplicitSuspend = 0x00000000,
    /** Intercept suspend. Editions: \tlfsonline{datatypes/hv_register_name#suspend--migration} \tlfs60b{7.8,Virtual Processor Register Names} \tlfs20{10.2.2}. */
    HvRegisterInterceptSuspend = 0x00000001,
    /** Instruction emulation hints. */
    HvRegisterInstructionEmulationHints = 0x00000002,
    /** Dispatch suspend. */
    HvRegisterDispatchSuspend = 0x00000003,
    /** Internal activity state. */
    HvRegisterInternalActivityState = 0x00000004
} HV_REGISTER_NAMES_SUSPEND;

/** \} */

/**
 * \defgroup hvref_registers_register_names_features Common: version and feature discovery
 * \brief The hypervisor's version and feature leaves, read as 128-bit registers (the way an ARM64 guest discovers features; on x64 they match the CPUID leaves named).
 * \{
 */

/**
 * \brief Register names (both architectures): version and feature discovery.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \note The online TLFS (followed here) names 0x00000205 HvRegisterPasidFeaturesInfo;
 *       Linux and rust-vmm/mshv name it HV_REGISTER_SVM_FEATURES_INFO, after CPUID leaf
 *       0x40000008 (HvCpuIdFunctionMsHvSvmFeatures). \erratum{E508}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#version--feature-discovery-128-bit-unless-noted}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_FEATURES {
    /** Hypervisor version. */
    HvRegisterHypervisorVersion = 0x00000100,
    /** Privileges and features info. */
    HvRegisterPrivilegesAndFeaturesInfo = 0x00000200,
    /** Features info. */
    HvRegisterFeaturesInfo = 0x00000201,
    /** Implementation limits info. */
    HvRegisterImplementationLimitsInfo = 0x00000202,
    /** Hardware features info. */
    HvRegisterHardwareFeaturesInfo = 0x00000203,
    /** Cpu management features info. Editions: \tlfsonline{datatypes/hv_register_name#version--feature-discovery-128-bit-unless-noted}. */
    HvRegisterCpuManagementFeaturesInfo = 0x00000204,
    /** PASID features info. Editions: \tlfsonline{datatypes/hv_register_name#version--feature-discovery-128-bit-unless-noted}. */
    HvRegisterPasidFeaturesInfo = 0x00000205,
    /** Nested virt features info. Editions: \tlfsonline{datatypes/hv_register_name#version--feature-discovery-128-bit-unless-noted}. */
    HvRegisterNestedVirtFeaturesInfo = 0x00000207,
    /** IPT features info. Editions: \tlfsonline{datatypes/hv_register_name#version--feature-discovery-128-bit-unless-noted}. */
    HvRegisterIptFeaturesInfo = 0x00000208
} HV_REGISTER_NAMES_FEATURES;

/**
 * \brief Register names (both architectures): version and feature discovery (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64. No
 * TLFS edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as Linux's include/hyperv/hvgdk_mini.h and rust-vmm/mshv's bindings
 * (mshv-bindings/src/x86_64/bindings.rs and arm64/bindings.rs) give them.
 *
 * \note No TLFS edition lists HvRegisterSkipLevelFeaturesInfo; Linux's and rust-vmm/mshv's
 *       copies of Microsoft's headers do. \erratum{E640}
 *
 * \see HV_REGISTER_NAME, HV_REGISTER_NAMES_FEATURES
 */
typedef enum _HV_REGISTER_NAMES_FEATURES_HEADERS {
    /** Skip-level (nested) virtualization features, read as a 128-bit feature register. */
    HvRegisterSkipLevelFeaturesInfo = 0x00000206
} HV_REGISTER_NAMES_FEATURES_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_register_names_crash Common: guest crash registers
 * \brief The crash parameters and crash control a guest fills in before it stops.
 * \{
 */

/**
 * \brief Register names (both architectures): guest crash registers.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#guest-crash-registers}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_CRASH {
    /** Guest crash parameter 0. */
    HvRegisterGuestCrashP0 = 0x00000210,
    /** Guest crash parameter 1. */
    HvRegisterGuestCrashP1 = 0x00000211,
    /** Guest crash parameter 2. */
    HvRegisterGuestCrashP2 = 0x00000212,
    /** Guest crash parameter 3. */
    HvRegisterGuestCrashP3 = 0x00000213,
    /** Guest crash parameter 4. */
    HvRegisterGuestCrashP4 = 0x00000214,
    /** Guest crash CTL. */
    HvRegisterGuestCrashCtl = 0x00000215
} HV_REGISTER_NAMES_CRASH;

/** \} */

/**
 * \defgroup hvref_registers_register_names_power_state Common: power state registers (TLFS 6.0b)
 * \brief Configuration and trigger registers of the C1-C3 idle states, which TLFS 6.0b lists and the online TLFS no longer does.
 * \{
 */

/**
 * \brief Register names (both architectures): power state registers (TLFS 6.0b).
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \par Specification
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_POWER_STATE {
    /** C-state C1 configuration. */
    HvRegisterPowerStateConfigC1 = 0x00000220,
    /** C-state C1 trigger. */
    HvRegisterPowerStateTriggerC1 = 0x00000221,
    /** C-state C2 configuration. */
    HvRegisterPowerStateConfigC2 = 0x00000222,
    /** C-state C2 trigger. */
    HvRegisterPowerStateTriggerC2 = 0x00000223,
    /** C-state C3 configuration. */
    HvRegisterPowerStateConfigC3 = 0x00000224,
    /** C-state C3 trigger. */
    HvRegisterPowerStateTriggerC3 = 0x00000225
} HV_REGISTER_NAMES_POWER_STATE;

/** \} */

/**
 * \defgroup hvref_registers_register_names_frequency Common: frequency registers
 * \brief Read-only clock frequencies of the processor and of the interrupt timer.
 * \{
 */

/**
 * \brief Register names (both architectures): frequency registers.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#frequency--timing}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_FREQUENCY {
    /** Processor clock frequency. */
    HvRegisterProcessorClockFrequency = 0x00000240,
    /** Interrupt clock frequency. */
    HvRegisterInterruptClockFrequency = 0x00000241
} HV_REGISTER_NAMES_FREQUENCY;

/** \} */

/**
 * \defgroup hvref_registers_register_names_idle_debug Common: idle, debug and memory-zeroing controls
 * \brief The guest idle register, debug device options and the memory-zeroing control.
 * \{
 */

/**
 * \brief Register names (both architectures): idle, debug and memory-zeroing controls.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#idle--debug}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_IDLE_DEBUG {
    /** Guest idle. */
    HvRegisterGuestIdle = 0x00000250,
    /** Debug device options. */
    HvRegisterDebugDeviceOptions = 0x00000260,
    /** Memory zeroing control. Editions: \tlfsonline{datatypes/hv_register_name#idle--debug}. */
    HvRegisterMemoryZeroingControl = 0x00000270
} HV_REGISTER_NAMES_IDLE_DEBUG;

/** \} */

/**
 * \defgroup hvref_registers_register_names_pending_events Common: pending events
 * \brief Event slots the hypervisor delivers to the virtual processor on its next entry, and the deliverability notifications; the encoding of an event depends on the architecture.
 * \{
 */

/**
 * \brief Register names (both architectures): pending events.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \note The online TLFS (followed here) lists HvRegisterDeliverabilityNotifications for
 *       both architectures; rust-vmm/mshv has it only for x64, as
 *       HV_X64_REGISTER_DELIVERABILITY_NOTIFICATIONS. \erratum{E509}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#pending-events--interrupt-state-common-encodings-differ-per-arch}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_PENDING_EVENTS {
    /** Pending event slot 0. Editions: \tlfsonline{datatypes/hv_register_name#pending-events--interrupt-state-common-encodings-differ-per-arch} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterPendingEvent0 = 0x00010004,
    /** Pending event slot 1. Editions: \tlfsonline{datatypes/hv_register_name#pending-events--interrupt-state-common-encodings-differ-per-arch} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterPendingEvent1 = 0x00010005,
    /** Deliverability notifications. */
    HvRegisterDeliverabilityNotifications = 0x00010006,
    /** Pending event slot 2. */
    HvRegisterPendingEvent2 = 0x00010008,
    /** Pending event slot 3. */
    HvRegisterPendingEvent3 = 0x00010009
} HV_REGISTER_NAMES_PENDING_EVENTS;

/** \} */

/**
 * \defgroup hvref_registers_register_names_synthetic Common: synthetic registers: identity, time and pages
 * \brief Hypervisor-defined registers of a virtual processor: its run time and index, the guest OS identity, the partition reference time, the VP assist page and the reference TSC page (on x64 most are also synthetic MSRs).
 * \{
 */

/**
 * \brief Register names (both architectures): synthetic registers: identity, time and pages.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \note TLFS 6.0b and 2.0 call 0x00090000 HvX64RegisterVpRuntime; the online TLFS lists
 *       it for both architectures as HvRegisterVpRuntime. \erratum{E502}
 *
 * \note TLFS 2.0 gives HvRegisterGuestOsId, HvRegisterVpIndex and HvRegisterTimeRefCount
 *       an X64 prefix (HvX64RegisterGuestOsId, ...). \erratum{E504}
 *
 * \note TLFS 2.0 calls 0x00090013 HvX64RegisterApicAssistPage; TLFS 6.0b and the online
 *       TLFS call it HvRegisterVpAssistPage. \erratum{E505}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#runtime--context}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_SYNTHETIC {
    /** VP runtime. */
    HvRegisterVpRuntime = 0x00090000,
    /** Guest OS ID. */
    HvRegisterGuestOsId = 0x00090002,
    /** VP index. */
    HvRegisterVpIndex = 0x00090003,
    /** Time ref count. */
    HvRegisterTimeRefCount = 0x00090004,
    /** Cpu management version. Editions: \tlfsonline{datatypes/hv_register_name#runtime--context} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterCpuManagementVersion = 0x00090007,
    /** VP assist page. */
    HvRegisterVpAssistPage = 0x00090013,
    /** VP root signal count. Editions: \tlfsonline{datatypes/hv_register_name#runtime--context}. */
    HvRegisterVpRootSignalCount = 0x00090014,
    /** Reference TSC. Editions: \tlfsonline{datatypes/hv_register_name#runtime--context} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterReferenceTsc = 0x00090017,
    /** Reference TSC sequence. Editions: \tlfsonline{datatypes/hv_register_name#runtime--context}. */
    HvRegisterReferenceTscSequence = 0x0009001A,
    /** Nested VP index. Editions: \tlfsonline{datatypes/hv_register_name#runtime--context}. */
    HvRegisterNestedVpIndex = 0x00091003
} HV_REGISTER_NAMES_SYNTHETIC;

/** \} */

/**
 * \defgroup hvref_registers_register_names_stats Common: statistics pages
 * \brief Registers that locate the partition and virtual-processor statistics pages.
 * \{
 */

/**
 * \brief Register names (both architectures): statistics pages.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \note TLFS 2.0 spells HvRegisterStatsPartitionRetail, HvRegisterStatsVpRetail and the
 *       two internal ones with an X64 prefix. \erratum{E504}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#performance-statistics}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_STATS {
    /** Stats partition retail. */
    HvRegisterStatsPartitionRetail = 0x00090020,
    /** Stats VP retail. */
    HvRegisterStatsVpRetail = 0x00090022,
    /** Partition statistics page, internal counters. Editions: \tlfs60b{7.8,Virtual Processor Register Names} \tlfs20{10.2.2}. */
    HvRegisterStatsPartitionInternal = 0x00090021,
    /** Virtual processor statistics page, internal counters. Editions: \tlfs60b{7.8,Virtual Processor Register Names} \tlfs20{10.2.2}. */
    HvRegisterStatsVpInternal = 0x00090023
} HV_REGISTER_NAMES_STATS;

/** \} */

/**
 * \defgroup hvref_registers_register_names_synic Common: SynIC registers
 * \brief The synthetic interrupt controller: the sixteen SINTx sources, its control and version, the message and event-flag pages, end of message and the resend bitmap; from Microsoft's headers, the same set for the nested SynIC.
 * \{
 */

/**
 * \brief Register names (both architectures): SynIC registers.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \note TLFS 2.0 spells HvRegisterSint0 ... HvRegisterEom with an X64 prefix and lists
 *       no HvRegisterSirbp. \erratum{E504}
 *
 * \note 0x000A0012 is HvRegisterSifp in the online TLFS and TLFS 6.0b (followed here),
 *       HvX64RegisterSiefp in TLFS 2.0 and HV_REGISTER_SIEFP in Linux and
 *       rust-vmm/mshv, after the SIEFP MSR. \erratum{E506}
 *
 * \note 0x000A0013 is HvRegisterSipp in the online TLFS and TLFS 6.0b (followed here),
 *       HvX64RegisterSimp in TLFS 2.0 and HV_REGISTER_SIMP in Linux and
 *       rust-vmm/mshv, after the SIMP MSR. \erratum{E507}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#synthetic-interrupt-controller-synic--primary}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_SYNIC {
    /** Synthetic interrupt source SINT0. */
    HvRegisterSint0 = 0x000A0000,
    /** Synthetic interrupt source SINT1. */
    HvRegisterSint1 = 0x000A0001,
    /** Synthetic interrupt source SINT2. */
    HvRegisterSint2 = 0x000A0002,
    /** Synthetic interrupt source SINT3. */
    HvRegisterSint3 = 0x000A0003,
    /** Synthetic interrupt source SINT4. */
    HvRegisterSint4 = 0x000A0004,
    /** Synthetic interrupt source SINT5. */
    HvRegisterSint5 = 0x000A0005,
    /** Synthetic interrupt source SINT6. */
    HvRegisterSint6 = 0x000A0006,
    /** Synthetic interrupt source SINT7. */
    HvRegisterSint7 = 0x000A0007,
    /** Synthetic interrupt source SINT8. */
    HvRegisterSint8 = 0x000A0008,
    /** Synthetic interrupt source SINT9. */
    HvRegisterSint9 = 0x000A0009,
    /** Synthetic interrupt source SINT10. */
    HvRegisterSint10 = 0x000A000A,
    /** Synthetic interrupt source SINT11. */
    HvRegisterSint11 = 0x000A000B,
    /** Synthetic interrupt source SINT12. */
    HvRegisterSint12 = 0x000A000C,
    /** Synthetic interrupt source SINT13. */
    HvRegisterSint13 = 0x000A000D,
    /** Synthetic interrupt source SINT14. */
    HvRegisterSint14 = 0x000A000E,
    /** Synthetic interrupt source SINT15. */
    HvRegisterSint15 = 0x000A000F,
    /** Scontrol. */
    HvRegisterScontrol = 0x000A0010,
    /** Sversion. */
    HvRegisterSversion = 0x000A0011,
    /** Sifp. */
    HvRegisterSifp = 0x000A0012,
    /** Sipp. */
    HvRegisterSipp = 0x000A0013,
    /** EOM. */
    HvRegisterEom = 0x000A0014,
    /** Sirbp. Editions: \tlfsonline{datatypes/hv_register_name#synthetic-interrupt-controller-synic--primary} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterSirbp = 0x000A0015
} HV_REGISTER_NAMES_SYNIC;

/**
 * \brief Register names (both architectures): nested SynIC registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64. No
 * TLFS edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as Linux's include/hyperv/hvgdk_mini.h and rust-vmm/mshv's bindings
 * (mshv-bindings/src/x86_64/bindings.rs and arm64/bindings.rs) give them.
 *
 * \note No TLFS edition lists HvRegisterNestedSint0 or the other names here; Linux's and
 *       rust-vmm/mshv's copies of Microsoft's headers do. \erratum{E640}
 *
 * \see HV_REGISTER_NAME, HV_REGISTER_NAMES_SYNIC
 */
typedef enum _HV_REGISTER_NAMES_SYNIC_HEADERS {
    /** Nested SynIC: source SINT0 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint0 = 0x000A1000,
    /** Nested SynIC: source SINT1 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint1 = 0x000A1001,
    /** Nested SynIC: source SINT2 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint2 = 0x000A1002,
    /** Nested SynIC: source SINT3 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint3 = 0x000A1003,
    /** Nested SynIC: source SINT4 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint4 = 0x000A1004,
    /** Nested SynIC: source SINT5 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint5 = 0x000A1005,
    /** Nested SynIC: source SINT6 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint6 = 0x000A1006,
    /** Nested SynIC: source SINT7 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint7 = 0x000A1007,
    /** Nested SynIC: source SINT8 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint8 = 0x000A1008,
    /** Nested SynIC: source SINT9 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint9 = 0x000A1009,
    /** Nested SynIC: source SINT10 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint10 = 0x000A100A,
    /** Nested SynIC: source SINT11 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint11 = 0x000A100B,
    /** Nested SynIC: source SINT12 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint12 = 0x000A100C,
    /** Nested SynIC: source SINT13 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint13 = 0x000A100D,
    /** Nested SynIC: source SINT14 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint14 = 0x000A100E,
    /** Nested SynIC: source SINT15 of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSint15 = 0x000A100F,
    /** Nested SynIC: SynIC control (SCONTROL) of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedScontrol = 0x000A1010,
    /** Nested SynIC: SynIC version (SVERSION) of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSversion = 0x000A1011,
    /** Nested SynIC: event flags page (SIFP) of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSifp = 0x000A1012,
    /** Nested SynIC: message page (SIPP) of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSipp = 0x000A1013,
    /** Nested SynIC: end of message (EOM) of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedEom = 0x000A1014,
    /** Nested SynIC: resend bitmap page (SIRBP) of the SynIC that a hypervisor running as a guest of Hyper-V uses for itself. */
    HvRegisterNestedSirbp = 0x000A1015
} HV_REGISTER_NAMES_SYNIC_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_register_names_stimer Common: synthetic timer registers
 * \brief Configuration and count of the four synthetic timers and of the time-unhalted timer.
 * \{
 */

/**
 * \brief Register names (both architectures): synthetic timer registers.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \note TLFS 2.0 spells HvRegisterStimer0Config ... HvRegisterStimer3Count with an X64
 *       prefix and lists no time-unhalted timer. \erratum{E504}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#synthetic-timers}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_STIMER {
    /** Synthetic timer 0 config. */
    HvRegisterStimer0Config = 0x000B0000,
    /** Synthetic timer 0 count. */
    HvRegisterStimer0Count = 0x000B0001,
    /** Synthetic timer 1 config. */
    HvRegisterStimer1Config = 0x000B0002,
    /** Synthetic timer 1 count. */
    HvRegisterStimer1Count = 0x000B0003,
    /** Synthetic timer 2 config. */
    HvRegisterStimer2Config = 0x000B0004,
    /** Synthetic timer 2 count. */
    HvRegisterStimer2Count = 0x000B0005,
    /** Synthetic timer 3 config. */
    HvRegisterStimer3Config = 0x000B0006,
    /** Synthetic timer 3 count. */
    HvRegisterStimer3Count = 0x000B0007,
    /** Stime unhalted timer config. Editions: \tlfsonline{datatypes/hv_register_name#synthetic-timers} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterStimeUnhaltedTimerConfig = 0x000B0100,
    /** Stime unhalted timer count. Editions: \tlfsonline{datatypes/hv_register_name#synthetic-timers} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvRegisterStimeUnhaltedTimerCount = 0x000B0101
} HV_REGISTER_NAMES_STIMER;

/** \} */

/**
 * \defgroup hvref_registers_register_names_vsm Common: VSM and isolation registers
 * \brief Virtual secure mode state and configuration (per partition, per virtual processor and per VTL) and the isolation capabilities.
 * \{
 */

/**
 * \brief Register names (both architectures): VSM and isolation registers.
 *
 * Values of HV_REGISTER_NAME. The same number names the same register on x64 and ARM64.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#virtual-secure-mode-vsm--isolation}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_REGISTER_NAMES_VSM {
    /** VSM code page offsets. */
    HvRegisterVsmCodePageOffsets = 0x000D0002,
    /** VSM VP status. */
    HvRegisterVsmVpStatus = 0x000D0003,
    /** VSM partition status. */
    HvRegisterVsmPartitionStatus = 0x000D0004,
    /** VSM VINA. */
    HvRegisterVsmVina = 0x000D0005,
    /** VSM capabilities. */
    HvRegisterVsmCapabilities = 0x000D0006,
    /** VSM partition config. */
    HvRegisterVsmPartitionConfig = 0x000D0007,
    /** Secure configuration this virtual processor gives VTL 0. */
    HvRegisterVsmVpSecureConfigVtl0 = 0x000D0010,
    /** Secure configuration this virtual processor gives VTL 1. */
    HvRegisterVsmVpSecureConfigVtl1 = 0x000D0011,
    /** Secure configuration this virtual processor gives VTL 2. */
    HvRegisterVsmVpSecureConfigVtl2 = 0x000D0012,
    /** Secure configuration this virtual processor gives VTL 3. */
    HvRegisterVsmVpSecureConfigVtl3 = 0x000D0013,
    /** Secure configuration this virtual processor gives VTL 4. */
    HvRegisterVsmVpSecureConfigVtl4 = 0x000D0014,
    /** Secure configuration this virtual processor gives VTL 5. */
    HvRegisterVsmVpSecureConfigVtl5 = 0x000D0015,
    /** Secure configuration this virtual processor gives VTL 6. */
    HvRegisterVsmVpSecureConfigVtl6 = 0x000D0016,
    /** Secure configuration this virtual processor gives VTL 7. */
    HvRegisterVsmVpSecureConfigVtl7 = 0x000D0017,
    /** Secure configuration this virtual processor gives VTL 8. */
    HvRegisterVsmVpSecureConfigVtl8 = 0x000D0018,
    /** Secure configuration this virtual processor gives VTL 9. */
    HvRegisterVsmVpSecureConfigVtl9 = 0x000D0019,
    /** Secure configuration this virtual processor gives VTL 10. */
    HvRegisterVsmVpSecureConfigVtl10 = 0x000D001A,
    /** Secure configuration this virtual processor gives VTL 11. */
    HvRegisterVsmVpSecureConfigVtl11 = 0x000D001B,
    /** Secure configuration this virtual processor gives VTL 12. */
    HvRegisterVsmVpSecureConfigVtl12 = 0x000D001C,
    /** Secure configuration this virtual processor gives VTL 13. */
    HvRegisterVsmVpSecureConfigVtl13 = 0x000D001D,
    /** Secure configuration this virtual processor gives VTL 14. */
    HvRegisterVsmVpSecureConfigVtl14 = 0x000D001E,
    /** VSM VP wait for TLB lock. */
    HvRegisterVsmVpWaitForTlbLock = 0x000D0020,
    /** Isolation capabilities. Editions: \tlfsonline{datatypes/hv_register_name#virtual-secure-mode-vsm--isolation}. */
    HvRegisterIsolationCapabilities = 0x000D0100
} HV_REGISTER_NAMES_VSM;

/** \} */

/**
 * \defgroup hvref_registers_x64_pending x64 interrupt and exception state
 * \brief The pending interruption, the interrupt shadow and NMI mask, and a pending debug exception of an x64 virtual processor.
 * \{
 */

/**
 * \brief Register names (x64): interrupt and exception state.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \note TLFS 2.0 spells HvRegisterPendingInterruption and HvRegisterInterruptState with
 *       an X64 prefix. \erratum{E504}
 *
 * \note The online TLFS lists 0x00010002 and 0x00010003 for x64 only (followed here);
 *       Microsoft's headers use them on ARM64 too, with the ARM64 formats
 *       HV_ARM64_PENDING_INTERRUPTION_REGISTER and HV_ARM64_INTERRUPT_STATE_REGISTER.
 *       \erratum{E653}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#interrupt--pending-state-x64-additions}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_PENDING {
    /** Pending interruption. */
    HvRegisterPendingInterruption = 0x00010002,
    /** Interrupt state. */
    HvRegisterInterruptState = 0x00010003,
    /** Pending debug exception. Editions: \tlfsonline{datatypes/hv_register_name#interrupt--pending-state-x64-additions}. */
    HvX64RegisterPendingDebugException = 0x00010007
} HV_X64_REGISTER_NAMES_PENDING;

/** \} */

/**
 * \defgroup hvref_registers_x64_general x64 general-purpose registers
 * \brief The sixteen 64-bit general-purpose registers, the instruction pointer and the flags.
 * \{
 */

/**
 * \brief Register names (x64): general-purpose registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#general-purpose--instruction-state}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_GENERAL {
    /** RAX. */
    HvX64RegisterRax = 0x00020000,
    /** RCX. */
    HvX64RegisterRcx = 0x00020001,
    /** RDX. */
    HvX64RegisterRdx = 0x00020002,
    /** RBX. */
    HvX64RegisterRbx = 0x00020003,
    /** RSP. */
    HvX64RegisterRsp = 0x00020004,
    /** RBP. */
    HvX64RegisterRbp = 0x00020005,
    /** RSI. */
    HvX64RegisterRsi = 0x00020006,
    /** RDI. */
    HvX64RegisterRdi = 0x00020007,
    /** R8. */
    HvX64RegisterR8 = 0x00020008,
    /** R9. */
    HvX64RegisterR9 = 0x00020009,
    /** R10. */
    HvX64RegisterR10 = 0x0002000A,
    /** R11. */
    HvX64RegisterR11 = 0x0002000B,
    /** R12. */
    HvX64RegisterR12 = 0x0002000C,
    /** R13. */
    HvX64RegisterR13 = 0x0002000D,
    /** R14. */
    HvX64RegisterR14 = 0x0002000E,
    /** R15. */
    HvX64RegisterR15 = 0x0002000F,
    /** RIP. */
    HvX64RegisterRip = 0x00020010,
    /** RFLAGS. */
    HvX64RegisterRflags = 0x00020011
} HV_X64_REGISTER_NAMES_GENERAL;

/** \} */

/**
 * \defgroup hvref_registers_x64_fp x64 floating-point and SSE registers
 * \brief XMM0-XMM15, the x87/MMX registers and the x87 and SSE control and status registers.
 * \{
 */

/**
 * \brief Register names (x64): floating-point and SSE registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#floating-point--simd}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_FP {
    /** XMM0 (128 bits). */
    HvX64RegisterXmm0 = 0x00030000,
    /** XMM1 (128 bits). */
    HvX64RegisterXmm1 = 0x00030001,
    /** XMM2 (128 bits). */
    HvX64RegisterXmm2 = 0x00030002,
    /** XMM3 (128 bits). */
    HvX64RegisterXmm3 = 0x00030003,
    /** XMM4 (128 bits). */
    HvX64RegisterXmm4 = 0x00030004,
    /** XMM5 (128 bits). */
    HvX64RegisterXmm5 = 0x00030005,
    /** XMM6 (128 bits). */
    HvX64RegisterXmm6 = 0x00030006,
    /** XMM7 (128 bits). */
    HvX64RegisterXmm7 = 0x00030007,
    /** XMM8 (128 bits). */
    HvX64RegisterXmm8 = 0x00030008,
    /** XMM9 (128 bits). */
    HvX64RegisterXmm9 = 0x00030009,
    /** XMM10 (128 bits). */
    HvX64RegisterXmm10 = 0x0003000A,
    /** XMM11 (128 bits). */
    HvX64RegisterXmm11 = 0x0003000B,
    /** XMM12 (128 bits). */
    HvX64RegisterXmm12 = 0x0003000C,
    /** XMM13 (128 bits). */
    HvX64RegisterXmm13 = 0x0003000D,
    /** XMM14 (128 bits). */
    HvX64RegisterXmm14 = 0x0003000E,
    /** XMM15 (128 bits). */
    HvX64RegisterXmm15 = 0x0003000F,
    /** x87 register ST0 / MM0 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx0 = 0x00030010,
    /** x87 register ST1 / MM1 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx1 = 0x00030011,
    /** x87 register ST2 / MM2 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx2 = 0x00030012,
    /** x87 register ST3 / MM3 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx3 = 0x00030013,
    /** x87 register ST4 / MM4 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx4 = 0x00030014,
    /** x87 register ST5 / MM5 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx5 = 0x00030015,
    /** x87 register ST6 / MM6 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx6 = 0x00030016,
    /** x87 register ST7 / MM7 (HV_X64_FP_REGISTER). */
    HvX64RegisterFpMmx7 = 0x00030017,
    /** Fp control status. */
    HvX64RegisterFpControlStatus = 0x00030018,
    /** Xmm control status. */
    HvX64RegisterXmmControlStatus = 0x00030019
} HV_X64_REGISTER_NAMES_FP;

/** \} */

/**
 * \defgroup hvref_registers_x64_ymm x64 AVX registers (TLFS 6.0b and 2.0)
 * \brief The two 128-bit halves of YMM0-YMM15, which TLFS 6.0b and 2.0 list and the online TLFS no longer does.
 * \{
 */

/**
 * \brief Register names (x64): AVX registers (TLFS 6.0b and 2.0).
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_YMM {
    /** Low 128 bits of YMM0. */
    HvX64RegisterYmm0Low = 0x000C0000,
    /** Low 128 bits of YMM1. */
    HvX64RegisterYmm1Low = 0x000C0001,
    /** Low 128 bits of YMM2. */
    HvX64RegisterYmm2Low = 0x000C0002,
    /** Low 128 bits of YMM3. */
    HvX64RegisterYmm3Low = 0x000C0003,
    /** Low 128 bits of YMM4. */
    HvX64RegisterYmm4Low = 0x000C0004,
    /** Low 128 bits of YMM5. */
    HvX64RegisterYmm5Low = 0x000C0005,
    /** Low 128 bits of YMM6. */
    HvX64RegisterYmm6Low = 0x000C0006,
    /** Low 128 bits of YMM7. */
    HvX64RegisterYmm7Low = 0x000C0007,
    /** Low 128 bits of YMM8. */
    HvX64RegisterYmm8Low = 0x000C0008,
    /** Low 128 bits of YMM9. */
    HvX64RegisterYmm9Low = 0x000C0009,
    /** Low 128 bits of YMM10. */
    HvX64RegisterYmm10Low = 0x000C000A,
    /** Low 128 bits of YMM11. */
    HvX64RegisterYmm11Low = 0x000C000B,
    /** Low 128 bits of YMM12. */
    HvX64RegisterYmm12Low = 0x000C000C,
    /** Low 128 bits of YMM13. */
    HvX64RegisterYmm13Low = 0x000C000D,
    /** Low 128 bits of YMM14. */
    HvX64RegisterYmm14Low = 0x000C000E,
    /** Low 128 bits of YMM15. */
    HvX64RegisterYmm15Low = 0x000C000F,
    /** High 128 bits of YMM0. */
    HvX64RegisterYmm0High = 0x000C0010,
    /** High 128 bits of YMM1. */
    HvX64RegisterYmm1High = 0x000C0011,
    /** High 128 bits of YMM2. */
    HvX64RegisterYmm2High = 0x000C0012,
    /** High 128 bits of YMM3. */
    HvX64RegisterYmm3High = 0x000C0013,
    /** High 128 bits of YMM4. */
    HvX64RegisterYmm4High = 0x000C0014,
    /** High 128 bits of YMM5. */
    HvX64RegisterYmm5High = 0x000C0015,
    /** High 128 bits of YMM6. */
    HvX64RegisterYmm6High = 0x000C0016,
    /** High 128 bits of YMM7. */
    HvX64RegisterYmm7High = 0x000C0017,
    /** High 128 bits of YMM8. */
    HvX64RegisterYmm8High = 0x000C0018,
    /** High 128 bits of YMM9. */
    HvX64RegisterYmm9High = 0x000C0019,
    /** High 128 bits of YMM10. */
    HvX64RegisterYmm10High = 0x000C001A,
    /** High 128 bits of YMM11. */
    HvX64RegisterYmm11High = 0x000C001B,
    /** High 128 bits of YMM12. */
    HvX64RegisterYmm12High = 0x000C001C,
    /** High 128 bits of YMM13. */
    HvX64RegisterYmm13High = 0x000C001D,
    /** High 128 bits of YMM14. */
    HvX64RegisterYmm14High = 0x000C001E,
    /** High 128 bits of YMM15. */
    HvX64RegisterYmm15High = 0x000C001F
} HV_X64_REGISTER_NAMES_YMM;

/** \} */

/**
 * \defgroup hvref_registers_x64_control x64 control registers
 * \brief CR0, CR2, CR3, CR4, CR8, XCR0 (XFEM) and the intermediate control registers.
 * \{
 */

/**
 * \brief Register names (x64): control registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#control--intermediate-control-registers}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_CONTROL {
    /** CR0. */
    HvX64RegisterCr0 = 0x00040000,
    /** CR2. */
    HvX64RegisterCr2 = 0x00040001,
    /** CR3. */
    HvX64RegisterCr3 = 0x00040002,
    /** CR4. */
    HvX64RegisterCr4 = 0x00040003,
    /** CR8. */
    HvX64RegisterCr8 = 0x00040004,
    /** Xfem. */
    HvX64RegisterXfem = 0x00040005,
    /** Intermediate CR0: the value a nested guest last wrote, as its hypervisor sees it. Editions: \tlfsonline{datatypes/hv_register_name#control--intermediate-control-registers} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterIntermediateCr0 = 0x00041000,
    /** Intermediate CR4: the value a nested guest last wrote, as its hypervisor sees it. Editions: \tlfsonline{datatypes/hv_register_name#control--intermediate-control-registers} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterIntermediateCr4 = 0x00041003,
    /** Intermediate CR8: the value a nested guest last wrote, as its hypervisor sees it. Editions: \tlfsonline{datatypes/hv_register_name#control--intermediate-control-registers} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterIntermediateCr8 = 0x00041004
} HV_X64_REGISTER_NAMES_CONTROL;

/**
 * \brief Register names (x64): control registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/x86_64/bindings.rs).
 *
 * \note No TLFS edition lists HvX64RegisterIntermediateCr3; rust-vmm/mshv's bindings of
 *       Microsoft's headers do. \erratum{E641}
 *
 * \see HV_REGISTER_NAME, HV_X64_REGISTER_NAMES_CONTROL
 */
typedef enum _HV_X64_REGISTER_NAMES_CONTROL_HEADERS {
    /** Intermediate CR3: the value a nested guest last wrote, as its hypervisor sees it. */
    HvX64RegisterIntermediateCr3 = 0x00041002
} HV_X64_REGISTER_NAMES_CONTROL_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_x64_debug x64 debug registers
 * \brief DR0-DR3, DR6 and DR7.
 * \{
 */

/**
 * \brief Register names (x64): debug registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#debug-registers}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_DEBUG {
    /** DR0. */
    HvX64RegisterDr0 = 0x00050000,
    /** DR1. */
    HvX64RegisterDr1 = 0x00050001,
    /** DR2. */
    HvX64RegisterDr2 = 0x00050002,
    /** DR3. */
    HvX64RegisterDr3 = 0x00050003,
    /** DR6. */
    HvX64RegisterDr6 = 0x00050004,
    /** DR7. */
    HvX64RegisterDr7 = 0x00050005
} HV_X64_REGISTER_NAMES_DEBUG;

/** \} */

/**
 * \defgroup hvref_registers_x64_segment x64 segment registers
 * \brief The six segment registers, LDTR and TR; each value is an HV_X64_SEGMENT_REGISTER.
 * \{
 */

/**
 * \brief Register names (x64): segment registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#segment-registers}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_SEGMENT {
    /** ES (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterEs = 0x00060000,
    /** CS (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterCs = 0x00060001,
    /** SS (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterSs = 0x00060002,
    /** DS (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterDs = 0x00060003,
    /** FS (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterFs = 0x00060004,
    /** GS (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterGs = 0x00060005,
    /** LDTR (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterLdtr = 0x00060006,
    /** TR (HV_X64_SEGMENT_REGISTER). */
    HvX64RegisterTr = 0x00060007
} HV_X64_REGISTER_NAMES_SEGMENT;

/** \} */

/**
 * \defgroup hvref_registers_x64_table x64 descriptor-table registers
 * \brief IDTR and GDTR; each value is an HV_X64_TABLE_REGISTER.
 * \{
 */

/**
 * \brief Register names (x64): descriptor-table registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#table-registers}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_TABLE {
    /** IDTR (HV_X64_TABLE_REGISTER). */
    HvX64RegisterIdtr = 0x00070000,
    /** GDTR (HV_X64_TABLE_REGISTER). */
    HvX64RegisterGdtr = 0x00070001
} HV_X64_REGISTER_NAMES_TABLE;

/** \} */

/**
 * \defgroup hvref_registers_x64_msr x64 MSR-backed registers
 * \brief Architectural MSRs the hypervisor virtualizes: TSC, EFER, the SYSCALL and SYSENTER MSRs, the APIC base, PAT and the initial APIC ID.
 * \{
 */

/**
 * \brief Register names (x64): MSR-backed registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \note TLFS 6.0b and 2.0 name 0x00080006 and 0x00080007 HvX64RegisterSysenterRip and
 *       HvX64RegisterSysenterRsp; the online TLFS, followed here, names them
 *       HvX64RegisterSysenterEip and HvX64RegisterSysenterEsp after the MSRs. \erratum{E500}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#virtualized-msrs--core--system}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_MSR {
    /** TSC. */
    HvX64RegisterTsc = 0x00080000,
    /** EFER. */
    HvX64RegisterEfer = 0x00080001,
    /** Kernel gs base. */
    HvX64RegisterKernelGsBase = 0x00080002,
    /** Local APIC register BASE. */
    HvX64RegisterApicBase = 0x00080003,
    /** PAT. */
    HvX64RegisterPat = 0x00080004,
    /** Sysenter cs. */
    HvX64RegisterSysenterCs = 0x00080005,
    /** Sysenter eip. */
    HvX64RegisterSysenterEip = 0x00080006,
    /** Sysenter esp. */
    HvX64RegisterSysenterEsp = 0x00080007,
    /** STAR. */
    HvX64RegisterStar = 0x00080008,
    /** LSTAR. */
    HvX64RegisterLstar = 0x00080009,
    /** CSTAR. */
    HvX64RegisterCstar = 0x0008000A,
    /** SFMASK. */
    HvX64RegisterSfmask = 0x0008000B,
    /** Initial APIC ID. */
    HvX64RegisterInitialApicId = 0x0008000C
} HV_X64_REGISTER_NAMES_MSR;

/** \} */

/**
 * \defgroup hvref_registers_x64_mtrr x64 MTRR registers
 * \brief The memory type range registers: capability, default type, the variable ranges and the fixed ranges.
 * \{
 */

/**
 * \brief Register names (x64): MTRR registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \note TLFS 6.0b and 2.0 spell these names without "Msr" (HvX64RegisterMtrrCap ...
 *       HvX64RegisterMtrrFix4kF8000); the online TLFS, followed here, writes
 *       HvX64RegisterMsrMtrrCap and so on. \erratum{E501}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_MTRR {
    /** MTRR MSR IA32_MTRR_CAP. */
    HvX64RegisterMsrMtrrCap = 0x0008000D,
    /** MTRR MSR IA32_MTRR_DEF_TYPE. */
    HvX64RegisterMsrMtrrDefType = 0x0008000E,
    /** MTRR MSR IA32_MTRR_PHYS_BASE0. */
    HvX64RegisterMsrMtrrPhysBase0 = 0x00080010,
    /** MTRR MSR IA32_MTRR_PHYS_BASE1. */
    HvX64RegisterMsrMtrrPhysBase1 = 0x00080011,
    /** MTRR MSR IA32_MTRR_PHYS_BASE2. */
    HvX64RegisterMsrMtrrPhysBase2 = 0x00080012,
    /** MTRR MSR IA32_MTRR_PHYS_BASE3. */
    HvX64RegisterMsrMtrrPhysBase3 = 0x00080013,
    /** MTRR MSR IA32_MTRR_PHYS_BASE4. */
    HvX64RegisterMsrMtrrPhysBase4 = 0x00080014,
    /** MTRR MSR IA32_MTRR_PHYS_BASE5. */
    HvX64RegisterMsrMtrrPhysBase5 = 0x00080015,
    /** MTRR MSR IA32_MTRR_PHYS_BASE6. */
    HvX64RegisterMsrMtrrPhysBase6 = 0x00080016,
    /** MTRR MSR IA32_MTRR_PHYS_BASE7. */
    HvX64RegisterMsrMtrrPhysBase7 = 0x00080017,
    /** MTRR MSR IA32_MTRR_PHYS_BASE8. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBase8 = 0x00080018,
    /** MTRR MSR IA32_MTRR_PHYS_BASE9. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBase9 = 0x00080019,
    /** MTRR MSR IA32_MTRR_PHYS_BASE_A. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBaseA = 0x0008001A,
    /** MTRR MSR IA32_MTRR_PHYS_BASE_B. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBaseB = 0x0008001B,
    /** MTRR MSR IA32_MTRR_PHYS_BASE_C. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBaseC = 0x0008001C,
    /** MTRR MSR IA32_MTRR_PHYS_BASE_D. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBaseD = 0x0008001D,
    /** MTRR MSR IA32_MTRR_PHYS_BASE_E. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBaseE = 0x0008001E,
    /** MTRR MSR IA32_MTRR_PHYS_BASE_F. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysBaseF = 0x0008001F,
    /** MTRR MSR IA32_MTRR_PHYS_MASK0. */
    HvX64RegisterMsrMtrrPhysMask0 = 0x00080040,
    /** MTRR MSR IA32_MTRR_PHYS_MASK1. */
    HvX64RegisterMsrMtrrPhysMask1 = 0x00080041,
    /** MTRR MSR IA32_MTRR_PHYS_MASK2. */
    HvX64RegisterMsrMtrrPhysMask2 = 0x00080042,
    /** MTRR MSR IA32_MTRR_PHYS_MASK3. */
    HvX64RegisterMsrMtrrPhysMask3 = 0x00080043,
    /** MTRR MSR IA32_MTRR_PHYS_MASK4. */
    HvX64RegisterMsrMtrrPhysMask4 = 0x00080044,
    /** MTRR MSR IA32_MTRR_PHYS_MASK5. */
    HvX64RegisterMsrMtrrPhysMask5 = 0x00080045,
    /** MTRR MSR IA32_MTRR_PHYS_MASK6. */
    HvX64RegisterMsrMtrrPhysMask6 = 0x00080046,
    /** MTRR MSR IA32_MTRR_PHYS_MASK7. */
    HvX64RegisterMsrMtrrPhysMask7 = 0x00080047,
    /** MTRR MSR IA32_MTRR_PHYS_MASK8. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMask8 = 0x00080048,
    /** MTRR MSR IA32_MTRR_PHYS_MASK9. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMask9 = 0x00080049,
    /** MTRR MSR IA32_MTRR_PHYS_MASK_A. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMaskA = 0x0008004A,
    /** MTRR MSR IA32_MTRR_PHYS_MASK_B. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMaskB = 0x0008004B,
    /** MTRR MSR IA32_MTRR_PHYS_MASK_C. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMaskC = 0x0008004C,
    /** MTRR MSR IA32_MTRR_PHYS_MASK_D. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMaskD = 0x0008004D,
    /** MTRR MSR IA32_MTRR_PHYS_MASK_E. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMaskE = 0x0008004E,
    /** MTRR MSR IA32_MTRR_PHYS_MASK_F. Editions: \tlfsonline{datatypes/hv_register_name#cache-control-mtrr-set} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrMtrrPhysMaskF = 0x0008004F,
    /** MTRR MSR IA32_MTRR_FIX64_00000. */
    HvX64RegisterMsrMtrrFix64k00000 = 0x00080070,
    /** MTRR MSR IA32_MTRR_FIX16_80000. */
    HvX64RegisterMsrMtrrFix16k80000 = 0x00080071,
    /** MTRR MSR IA32_MTRR_FIX16_A0000. */
    HvX64RegisterMsrMtrrFix16kA0000 = 0x00080072,
    /** MTRR MSR IA32_MTRR_FIX4_C0000. */
    HvX64RegisterMsrMtrrFix4kC0000 = 0x00080073,
    /** MTRR MSR IA32_MTRR_FIX4_C8000. */
    HvX64RegisterMsrMtrrFix4kC8000 = 0x00080074,
    /** MTRR MSR IA32_MTRR_FIX4_D0000. */
    HvX64RegisterMsrMtrrFix4kD0000 = 0x00080075,
    /** MTRR MSR IA32_MTRR_FIX4_D8000. */
    HvX64RegisterMsrMtrrFix4kD8000 = 0x00080076,
    /** MTRR MSR IA32_MTRR_FIX4_E0000. */
    HvX64RegisterMsrMtrrFix4kE0000 = 0x00080077,
    /** MTRR MSR IA32_MTRR_FIX4_E8000. */
    HvX64RegisterMsrMtrrFix4kE8000 = 0x00080078,
    /** MTRR MSR IA32_MTRR_FIX4_F0000. */
    HvX64RegisterMsrMtrrFix4kF0000 = 0x00080079,
    /** MTRR MSR IA32_MTRR_FIX4_F8000. */
    HvX64RegisterMsrMtrrFix4kF8000 = 0x0008007A
} HV_X64_REGISTER_NAMES_MTRR;

/** \} */

/**
 * \defgroup hvref_registers_x64_msr_extra x64 further MSR-backed registers
 * \brief More virtualized MSRs: TSC_AUX, MPX, LBR control, SGX launch control, speculation control, CET, XSS, XFD and others.
 * \{
 */

/**
 * \brief Register names (x64): further MSR-backed registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \note The online TLFS (followed here) names 0x0008007E and 0x0008007F
 *       HvX64RegisterMCount and HvX64RegisterACount; rust-vmm/mshv has
 *       HV_X64_REGISTER_AVAILABLE0008007E and ...7F there. \erratum{E510}
 *
 * \note The online TLFS (followed here) names 0x0008008B HvX64RegisterXss; rust-vmm/mshv
 *       has HV_X64_REGISTER_U_XSS. \erratum{E511}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_MSR_EXTRA {
    /** TSC AUX. */
    HvX64RegisterTscAux = 0x0008007B,
    /** BNDCFGS. Editions: \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterBndcfgs = 0x0008007C,
    /** Debug CTL. Editions: \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterDebugCtl = 0x0008007D,
    /** M count. */
    HvX64RegisterMCount = 0x0008007E,
    /** A count. */
    HvX64RegisterACount = 0x0008007F,
    /** SGX launch control0. Editions: \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterSgxLaunchControl0 = 0x00080080,
    /** SGX launch control1. Editions: \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterSgxLaunchControl1 = 0x00080081,
    /** SGX launch control2. Editions: \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterSgxLaunchControl2 = 0x00080082,
    /** SGX launch control3. Editions: \tlfsonline{datatypes/hv_register_name#additional-virtualized-msrs--controls} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterSgxLaunchControl3 = 0x00080083,
    /** Spec ctrl. */
    HvX64RegisterSpecCtrl = 0x00080084,
    /** Pred cmd. */
    HvX64RegisterPredCmd = 0x00080085,
    /** Virt spec ctrl. */
    HvX64RegisterVirtSpecCtrl = 0x00080086,
    /** TSC virtual offset. */
    HvX64RegisterTscVirtualOffset = 0x00080087,
    /** TSX ctrl. */
    HvX64RegisterTsxCtrl = 0x00080088,
    /** XSS. */
    HvX64RegisterXss = 0x0008008B,
    /** U CET. */
    HvX64RegisterUCet = 0x0008008C,
    /** S CET. */
    HvX64RegisterSCet = 0x0008008D,
    /** SSP. */
    HvX64RegisterSsp = 0x0008008E,
    /** Pl0 SSP. */
    HvX64RegisterPl0Ssp = 0x0008008F,
    /** Pl1 SSP. */
    HvX64RegisterPl1Ssp = 0x00080090,
    /** Pl2 SSP. */
    HvX64RegisterPl2Ssp = 0x00080091,
    /** Pl3 SSP. */
    HvX64RegisterPl3Ssp = 0x00080092,
    /** Interrupt SSP table addr. */
    HvX64RegisterInterruptSspTableAddr = 0x00080093,
    /** TSC deadline. */
    HvX64RegisterTscDeadline = 0x00080095,
    /** TSC adjust. */
    HvX64RegisterTscAdjust = 0x00080096,
    /** UMWAIT control. */
    HvX64RegisterUmwaitControl = 0x00080098,
    /** XFD. */
    HvX64RegisterXfd = 0x00080099,
    /** XFD err. */
    HvX64RegisterXfdErr = 0x0008009A
} HV_X64_REGISTER_NAMES_MSR_EXTRA;

/** \} */

/**
 * \defgroup hvref_registers_x64_msr_vmx x64 feature-control and VMX capability registers
 * \brief IA32_MISC_ENABLE, IA32_FEATURE_CONTROL, the VMX capability MSRs a nested hypervisor reads, and AMD's VM_HSAVE_PA and VM_CR.
 * \{
 */

/**
 * \brief Register names (x64): feature-control and VMX capability registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#feature--nested-virtualization-capability-msrs}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_MSR_VMX {
    /** MSR IA32 misc enable. Editions: \tlfsonline{datatypes/hv_register_name#feature--nested-virtualization-capability-msrs} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterMsrIa32MiscEnable = 0x000800A0,
    /** IA32 feature control. Editions: \tlfsonline{datatypes/hv_register_name#feature--nested-virtualization-capability-msrs} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterIa32FeatureControl = 0x000800A1,
    /** IA32 VMX basic. */
    HvX64RegisterIa32VmxBasic = 0x000800A2,
    /** IA32 VMX pinbased ctls. */
    HvX64RegisterIa32VmxPinbasedCtls = 0x000800A3,
    /** IA32 VMX exit ctls. */
    HvX64RegisterIa32VmxExitCtls = 0x000800A5,
    /** IA32 VMX entry ctls. */
    HvX64RegisterIa32VmxEntryCtls = 0x000800A6,
    /** IA32 VMX misc. */
    HvX64RegisterIa32VmxMisc = 0x000800A7,
    /** IA32 VMX CR0 fixed0. */
    HvX64RegisterIa32VmxCr0Fixed0 = 0x000800A8,
    /** IA32 VMX CR0 fixed1. */
    HvX64RegisterIa32VmxCr0Fixed1 = 0x000800A9,
    /** IA32 VMX CR4 fixed0. */
    HvX64RegisterIa32VmxCr4Fixed0 = 0x000800AA,
    /** IA32 VMX CR4 fixed1. */
    HvX64RegisterIa32VmxCr4Fixed1 = 0x000800AB,
    /** IA32 VMX vmcs enum. */
    HvX64RegisterIa32VmxVmcsEnum = 0x000800AC,
    /** IA32 VMX procbased ctls2. */
    HvX64RegisterIa32VmxProcbasedCtls2 = 0x000800AD,
    /** IA32 VMX EPT VPID cap. */
    HvX64RegisterIa32VmxEptVpidCap = 0x000800AE,
    /** IA32 VMX true pinbased ctls. */
    HvX64RegisterIa32VmxTruePinbasedCtls = 0x000800AF,
    /** IA32 VMX true procbased ctls. */
    HvX64RegisterIa32VmxTrueProcbasedCtls = 0x000800B0,
    /** IA32 VMX true exit ctls. */
    HvX64RegisterIa32VmxTrueExitCtls = 0x000800B1,
    /** IA32 VMX true entry ctls. */
    HvX64RegisterIa32VmxTrueEntryCtls = 0x000800B2,
    /** AMD VM hsave PA. */
    HvX64RegisterAmdVmHsavePa = 0x000800B3,
    /** AMD VM CR. */
    HvX64RegisterAmdVmCr = 0x000800B4
} HV_X64_REGISTER_NAMES_MSR_VMX;

/**
 * \brief Register names (x64): VMX capability registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/x86_64/bindings.rs).
 *
 * \note No TLFS edition lists HvX64RegisterIa32VmxProcbasedCtls; rust-vmm/mshv's bindings
 *       of Microsoft's headers do. \erratum{E641}
 *
 * \see HV_REGISTER_NAME, HV_X64_REGISTER_NAMES_MSR_VMX
 */
typedef enum _HV_X64_REGISTER_NAMES_MSR_VMX_HEADERS {
    /** IA32_VMX_PROCBASED_CTLS, the VMX capability MSR of the primary processor-based controls. */
    HvX64RegisterIa32VmxProcbasedCtls = 0x000800A4
} HV_X64_REGISTER_NAMES_MSR_VMX_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_x64_perf x64 performance monitoring and tracing registers
 * \brief Performance counters and their controls, PEBS, Intel PT (RTIT) and last-branch records.
 * \{
 */

/**
 * \brief Register names (x64): performance monitoring and tracing registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#performance-monitoring--tracing}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_PERF {
    /** Perf global ctrl. */
    HvX64RegisterPerfGlobalCtrl = 0x00081000,
    /** Perf global status. */
    HvX64RegisterPerfGlobalStatus = 0x00081001,
    /** Perf global in use. */
    HvX64RegisterPerfGlobalInUse = 0x00081002,
    /** Fixed ctr ctrl. */
    HvX64RegisterFixedCtrCtrl = 0x00081003,
    /** DS area. */
    HvX64RegisterDsArea = 0x00081004,
    /** PEBS enable. */
    HvX64RegisterPebsEnable = 0x00081005,
    /** PEBS ld lat. */
    HvX64RegisterPebsLdLat = 0x00081006,
    /** PEBS frontend. */
    HvX64RegisterPebsFrontend = 0x00081007,
    /** RTIT CTL. Editions: \tlfsonline{datatypes/hv_register_name#performance-monitoring--tracing}. */
    HvX64RegisterRtitCtl = 0x00081008,
    /** RTIT status. Editions: \tlfsonline{datatypes/hv_register_name#performance-monitoring--tracing}. */
    HvX64RegisterRtitStatus = 0x00081009,
    /** RTIT output base. Editions: \tlfsonline{datatypes/hv_register_name#performance-monitoring--tracing}. */
    HvX64RegisterRtitOutputBase = 0x0008100A,
    /** RTIT output mask ptrs. Editions: \tlfsonline{datatypes/hv_register_name#performance-monitoring--tracing}. */
    HvX64RegisterRtitOutputMaskPtrs = 0x0008100B,
    /** RTIT CR3 match. Editions: \tlfsonline{datatypes/hv_register_name#performance-monitoring--tracing}. */
    HvX64RegisterRtitCr3Match = 0x0008100C,
    /** Perf evt sel0. */
    HvX64RegisterPerfEvtSel0 = 0x00081100,
    /** Pmc0. */
    HvX64RegisterPmc0 = 0x00081200,
    /** Fixed ctr0. */
    HvX64RegisterFixedCtr0 = 0x00081300,
    /** LBR tos. */
    HvX64RegisterLbrTos = 0x00082000,
    /** LBR select. */
    HvX64RegisterLbrSelect = 0x00082001,
    /** LER from LIP. */
    HvX64RegisterLerFromLip = 0x00082002,
    /** LER to LIP. */
    HvX64RegisterLerToLip = 0x00082003,
    /** LBR from0. */
    HvX64RegisterLbrFrom0 = 0x00082100,
    /** LBR to0. */
    HvX64RegisterLbrTo0 = 0x00082200,
    /** LBR info0. */
    HvX64RegisterLbrInfo0 = 0x00083300
} HV_X64_REGISTER_NAMES_PERF;

/**
 * \brief Register names (x64): performance monitoring and tracing registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/x86_64/bindings.rs).
 *
 * \note No TLFS edition lists HvX64RegisterRtitAddr0A; rust-vmm/mshv's bindings of
 *       Microsoft's headers do. \erratum{E641}
 *
 * \see HV_REGISTER_NAME, HV_X64_REGISTER_NAMES_PERF
 */
typedef enum _HV_X64_REGISTER_NAMES_PERF_HEADERS {
    /** IA32_RTIT_ADDR0_A, the first Intel PT address-range MSR; the headers say the eight ADDRn_A/B MSRs take 0x00081400-0x00081407. */
    HvX64RegisterRtitAddr0A = 0x00081400
} HV_X64_REGISTER_NAMES_PERF_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_x64_apic x64 local APIC registers
 * \brief Local APIC registers, numbered after their x2APIC MSR (0x800 + offset / 16).
 * \{
 */

/**
 * \brief Register names (x64): local APIC registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#apic-x2apic-mapped-registers}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_APIC {
    /** Local APIC register ID. */
    HvX64RegisterApicId = 0x00084802,
    /** Local APIC register VERSION. */
    HvX64RegisterApicVersion = 0x00084803,
    /** Local APIC register TPR. */
    HvX64RegisterApicTpr = 0x00084808,
    /** Local APIC register PPR. */
    HvX64RegisterApicPpr = 0x0008480A,
    /** Local APIC register EOI. */
    HvX64RegisterApicEoi = 0x0008480B,
    /** Local APIC register LDR. */
    HvX64RegisterApicLdr = 0x0008480D,
    /** Local APIC register SPURIOUS. */
    HvX64RegisterApicSpurious = 0x0008480F,
    /** Local APIC register ISR0. */
    HvX64RegisterApicIsr0 = 0x00084810,
    /** Local APIC register ISR1. */
    HvX64RegisterApicIsr1 = 0x00084811,
    /** Local APIC register ISR2. */
    HvX64RegisterApicIsr2 = 0x00084812,
    /** Local APIC register ISR3. */
    HvX64RegisterApicIsr3 = 0x00084813,
    /** Local APIC register ISR4. */
    HvX64RegisterApicIsr4 = 0x00084814,
    /** Local APIC register ISR5. */
    HvX64RegisterApicIsr5 = 0x00084815,
    /** Local APIC register ISR6. */
    HvX64RegisterApicIsr6 = 0x00084816,
    /** Local APIC register ISR7. */
    HvX64RegisterApicIsr7 = 0x00084817,
    /** Local APIC register TMR0. */
    HvX64RegisterApicTmr0 = 0x00084818,
    /** Local APIC register TMR1. */
    HvX64RegisterApicTmr1 = 0x00084819,
    /** Local APIC register TMR2. */
    HvX64RegisterApicTmr2 = 0x0008481A,
    /** Local APIC register TMR3. */
    HvX64RegisterApicTmr3 = 0x0008481B,
    /** Local APIC register TMR4. */
    HvX64RegisterApicTmr4 = 0x0008481C,
    /** Local APIC register TMR5. */
    HvX64RegisterApicTmr5 = 0x0008481D,
    /** Local APIC register TMR6. */
    HvX64RegisterApicTmr6 = 0x0008481E,
    /** Local APIC register TMR7. */
    HvX64RegisterApicTmr7 = 0x0008481F,
    /** Local APIC register IRR0. */
    HvX64RegisterApicIrr0 = 0x00084820,
    /** Local APIC register IRR1. */
    HvX64RegisterApicIrr1 = 0x00084821,
    /** Local APIC register IRR2. */
    HvX64RegisterApicIrr2 = 0x00084822,
    /** Local APIC register IRR3. */
    HvX64RegisterApicIrr3 = 0x00084823,
    /** Local APIC register IRR4. */
    HvX64RegisterApicIrr4 = 0x00084824,
    /** Local APIC register IRR5. */
    HvX64RegisterApicIrr5 = 0x00084825,
    /** Local APIC register IRR6. */
    HvX64RegisterApicIrr6 = 0x00084826,
    /** Local APIC register IRR7. */
    HvX64RegisterApicIrr7 = 0x00084827,
    /** Local APIC register ESE. */
    HvX64RegisterApicEse = 0x00084828,
    /** Local APIC register ICR. */
    HvX64RegisterApicIcr = 0x00084830,
    /** Local APIC register LVT TIMER. */
    HvX64RegisterApicLvtTimer = 0x00084832,
    /** Local APIC register LVT THERMAL. */
    HvX64RegisterApicLvtThermal = 0x00084833,
    /** Local APIC register LVT PERFMON. */
    HvX64RegisterApicLvtPerfmon = 0x00084834,
    /** Local APIC register LVT LINT0. */
    HvX64RegisterApicLvtLint0 = 0x00084835,
    /** Local APIC register LVT LINT1. */
    HvX64RegisterApicLvtLint1 = 0x00084836,
    /** Local APIC register LVT ERROR. */
    HvX64RegisterApicLvtError = 0x00084837,
    /** Local APIC register INIT COUNT. */
    HvX64RegisterApicInitCount = 0x00084838,
    /** Local APIC register CURRENT COUNT. */
    HvX64RegisterApicCurrentCount = 0x00084839,
    /** Local APIC register DIVIDE. */
    HvX64RegisterApicDivide = 0x0008483E,
    /** Local APIC register SELF IPI. */
    HvX64RegisterApicSelfIpi = 0x0008483F
} HV_X64_REGISTER_NAMES_APIC;

/** \} */

/**
 * \defgroup hvref_registers_x64_synthetic x64 synthetic registers
 * \brief x64-only hypervisor-defined registers: the hypercall page MSR, the synthetic APIC EOI, ICR and TPR, and the emulated timer and PM timer assists.
 * \{
 */

/**
 * \brief Register names (x64): synthetic registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \note TLFS 6.0b and 2.0 name 0x00090010-0x00090012 HvX64RegisterEoi, HvX64RegisterIcr
 *       and HvX64RegisterTpr; the online TLFS, followed here, HvX64RegisterSyntheticEoi,
 *       HvX64RegisterSyntheticIcr and HvX64RegisterSyntheticTpr. \erratum{E503}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#hypervisor-defined-misc--synthetic-msrs}
 * \tlfs60b{7.8,Virtual Processor Register Names}
 * \tlfs20{10.2.2}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_SYNTHETIC {
    /** Hypercall. */
    HvX64RegisterHypercall = 0x00090001,
    /** Synthetic EOI. */
    HvX64RegisterSyntheticEoi = 0x00090010,
    /** Synthetic ICR. */
    HvX64RegisterSyntheticIcr = 0x00090011,
    /** Synthetic TPR. */
    HvX64RegisterSyntheticTpr = 0x00090012,
    /** Emulated timer period. Editions: \tlfsonline{datatypes/hv_register_name#hypervisor-defined-misc--synthetic-msrs} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterEmulatedTimerPeriod = 0x00090030,
    /** Emulated timer control. Editions: \tlfsonline{datatypes/hv_register_name#hypervisor-defined-misc--synthetic-msrs} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterEmulatedTimerControl = 0x00090031,
    /** Pm timer assist. Editions: \tlfsonline{datatypes/hv_register_name#hypervisor-defined-misc--synthetic-msrs} \tlfs60b{7.8,Virtual Processor Register Names}. */
    HvX64RegisterPmTimerAssist = 0x00090032
} HV_X64_REGISTER_NAMES_SYNTHETIC;

/**
 * \brief Register names (x64): synthetic registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/x86_64/bindings.rs).
 *
 * \note No TLFS edition lists HvX64RegisterRegPage; rust-vmm/mshv's bindings of Microsoft's
 *       headers do. \erratum{E641}
 *
 * \see HV_REGISTER_NAME, HV_X64_REGISTER_NAMES_SYNTHETIC
 */
typedef enum _HV_X64_REGISTER_NAMES_SYNTHETIC_HEADERS {
    /** The register page: the VP state page that mirrors the processor's common registers (REG_PAGE in the headers). */
    HvX64RegisterRegPage = 0x0009001C
} HV_X64_REGISTER_NAMES_SYNTHETIC_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_x64_sev x64 AMD SEV registers
 * \brief Per-processor SEV control and the guest physical addresses of the GHCB and AVIC pages.
 * \{
 */

/**
 * \brief Register names (x64): AMD SEV registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#amd-sev-configuration}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_SEV {
    /** SEV control. */
    HvX64RegisterSevControl = 0x00090040,
    /** SEV GHCB GPA. */
    HvX64RegisterSevGhcbGpa = 0x00090041,
    /** SEV AVIC GPA. */
    HvX64RegisterSevAvicGpa = 0x00090043
} HV_X64_REGISTER_NAMES_SEV;

/**
 * \brief Register names (x64): AMD SEV registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/x86_64/bindings.rs).
 *
 * \note No TLFS edition lists HvX64RegisterSevDoorbellGpa; rust-vmm/mshv's bindings of
 *       Microsoft's headers do. \erratum{E641}
 *
 * \see HV_REGISTER_NAME, HV_X64_REGISTER_NAMES_SEV
 */
typedef enum _HV_X64_REGISTER_NAMES_SEV_HEADERS {
    /** Guest physical address of the SEV-SNP doorbell page. */
    HvX64RegisterSevDoorbellGpa = 0x00090042
} HV_X64_REGISTER_NAMES_SEV_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_x64_nested x64 nested virtualization state
 * \brief State of a nested hypervisor's guest: its saved state, current VMCS and pending INVEPT and INVVPID.
 * \{
 */

/**
 * \brief Register names (x64): nested virtualization state.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#nested-state}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_NESTED {
    /** Nested guest state. */
    HvX64RegisterNestedGuestState = 0x00090050,
    /** Nested current VM GPA. */
    HvX64RegisterNestedCurrentVmGpa = 0x00090051,
    /** Nested VMX inv EPT. */
    HvX64RegisterNestedVmxInvEpt = 0x00090052,
    /** Nested VMX inv VPID. */
    HvX64RegisterNestedVmxInvVpid = 0x00090053
} HV_X64_REGISTER_NAMES_NESTED;

/** \} */

/**
 * \defgroup hvref_registers_x64_intercept x64 intercept control registers
 * \brief Which control-register writes are intercepted and with which masks.
 * \{
 */

/**
 * \brief Register names (x64): intercept control registers.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#intercept-control}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_INTERCEPT {
    /** CR intercept control. */
    HvX64RegisterCrInterceptControl = 0x000E0000,
    /** CR intercept CR0 mask. */
    HvX64RegisterCrInterceptCr0Mask = 0x000E0001,
    /** CR intercept CR4 mask. */
    HvX64RegisterCrInterceptCr4Mask = 0x000E0002,
    /** CR intercept IA32 misc enable mask. */
    HvX64RegisterCrInterceptIa32MiscEnableMask = 0x000E0003
} HV_X64_REGISTER_NAMES_INTERCEPT;

/** \} */

/**
 * \defgroup hvref_registers_x64_ghcb x64 GHCB register
 * \brief The GHCB register of an SEV-ES or SEV-SNP guest.
 * \{
 */

/**
 * \brief Register names (x64): GHCB register.
 *
 * Values of HV_REGISTER_NAME. x64 only: an ARM64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#x64-ghcb-sev-essnp}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_X64_REGISTER_NAMES_GHCB {
    /** GHCB. */
    HvX64RegisterGhcb = 0x00090019
} HV_X64_REGISTER_NAMES_GHCB;

/** \} */

/**
 * \defgroup hvref_registers_arm64_general ARM64 general-purpose registers
 * \brief X0-X30, the stack pointers, the program counter and XZR.
 * \{
 */

/**
 * \brief Register names (ARM64): general-purpose registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#general-purpose}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_GENERAL {
    /** General-purpose register X0. */
    HvArm64RegisterX0 = 0x00020000,
    /** General-purpose register X1. */
    HvArm64RegisterX1 = 0x00020001,
    /** General-purpose register X2. */
    HvArm64RegisterX2 = 0x00020002,
    /** General-purpose register X3. */
    HvArm64RegisterX3 = 0x00020003,
    /** General-purpose register X4. */
    HvArm64RegisterX4 = 0x00020004,
    /** General-purpose register X5. */
    HvArm64RegisterX5 = 0x00020005,
    /** General-purpose register X6. */
    HvArm64RegisterX6 = 0x00020006,
    /** General-purpose register X7. */
    HvArm64RegisterX7 = 0x00020007,
    /** General-purpose register X8. */
    HvArm64RegisterX8 = 0x00020008,
    /** General-purpose register X9. */
    HvArm64RegisterX9 = 0x00020009,
    /** General-purpose register X10. */
    HvArm64RegisterX10 = 0x0002000A,
    /** General-purpose register X11. */
    HvArm64RegisterX11 = 0x0002000B,
    /** General-purpose register X12. */
    HvArm64RegisterX12 = 0x0002000C,
    /** General-purpose register X13. */
    HvArm64RegisterX13 = 0x0002000D,
    /** General-purpose register X14. */
    HvArm64RegisterX14 = 0x0002000E,
    /** General-purpose register X15. */
    HvArm64RegisterX15 = 0x0002000F,
    /** General-purpose register X16. */
    HvArm64RegisterX16 = 0x00020010,
    /** General-purpose register X17. */
    HvArm64RegisterX17 = 0x00020011,
    /** General-purpose register X18. */
    HvArm64RegisterX18 = 0x00020012,
    /** General-purpose register X19. */
    HvArm64RegisterX19 = 0x00020013,
    /** General-purpose register X20. */
    HvArm64RegisterX20 = 0x00020014,
    /** General-purpose register X21. */
    HvArm64RegisterX21 = 0x00020015,
    /** General-purpose register X22. */
    HvArm64RegisterX22 = 0x00020016,
    /** General-purpose register X23. */
    HvArm64RegisterX23 = 0x00020017,
    /** General-purpose register X24. */
    HvArm64RegisterX24 = 0x00020018,
    /** General-purpose register X25. */
    HvArm64RegisterX25 = 0x00020019,
    /** General-purpose register X26. */
    HvArm64RegisterX26 = 0x0002001A,
    /** General-purpose register X27. */
    HvArm64RegisterX27 = 0x0002001B,
    /** General-purpose register X28. */
    HvArm64RegisterX28 = 0x0002001C,
    /** Frame pointer (X29). */
    HvArm64RegisterFp = 0x0002001D,
    /** Link register (X30). */
    HvArm64RegisterLr = 0x0002001E,
    /** Stack pointer of the current exception level. Deprecated: kept for older guests. */
    HvArm64RegisterSp = 0x0002001F,
    /** Stack pointer SP_EL0. Deprecated: kept for older guests. */
    HvArm64RegisterSpEl0 = 0x00020020,
    /** Stack pointer SP_EL1. Deprecated: kept for older guests. */
    HvArm64RegisterSpEl1 = 0x00020021,
    /** Program counter. */
    HvArm64RegisterPc = 0x00020022,
    /** The zero register (reads as zero). */
    HvArm64RegisterXzr = 0x0002FFFE
} HV_ARM64_REGISTER_NAMES_GENERAL;

/** \} */

/**
 * \defgroup hvref_registers_arm64_fp ARM64 floating-point, SIMD and SVE registers
 * \brief Q0-Q31, the SVE Z and P registers and FFR.
 * \{
 */

/**
 * \brief Register names (ARM64): floating-point, SIMD and SVE registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#floating-point--simd--sve}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_FP {
    /** 128-bit SIMD and floating-point register Q0. */
    HvArm64RegisterQ0 = 0x00030000,
    /** 128-bit SIMD and floating-point register Q1. */
    HvArm64RegisterQ1 = 0x00030001,
    /** 128-bit SIMD and floating-point register Q2. */
    HvArm64RegisterQ2 = 0x00030002,
    /** 128-bit SIMD and floating-point register Q3. */
    HvArm64RegisterQ3 = 0x00030003,
    /** 128-bit SIMD and floating-point register Q4. */
    HvArm64RegisterQ4 = 0x00030004,
    /** 128-bit SIMD and floating-point register Q5. */
    HvArm64RegisterQ5 = 0x00030005,
    /** 128-bit SIMD and floating-point register Q6. */
    HvArm64RegisterQ6 = 0x00030006,
    /** 128-bit SIMD and floating-point register Q7. */
    HvArm64RegisterQ7 = 0x00030007,
    /** 128-bit SIMD and floating-point register Q8. */
    HvArm64RegisterQ8 = 0x00030008,
    /** 128-bit SIMD and floating-point register Q9. */
    HvArm64RegisterQ9 = 0x00030009,
    /** 128-bit SIMD and floating-point register Q10. */
    HvArm64RegisterQ10 = 0x0003000A,
    /** 128-bit SIMD and floating-point register Q11. */
    HvArm64RegisterQ11 = 0x0003000B,
    /** 128-bit SIMD and floating-point register Q12. */
    HvArm64RegisterQ12 = 0x0003000C,
    /** 128-bit SIMD and floating-point register Q13. */
    HvArm64RegisterQ13 = 0x0003000D,
    /** 128-bit SIMD and floating-point register Q14. */
    HvArm64RegisterQ14 = 0x0003000E,
    /** 128-bit SIMD and floating-point register Q15. */
    HvArm64RegisterQ15 = 0x0003000F,
    /** 128-bit SIMD and floating-point register Q16. */
    HvArm64RegisterQ16 = 0x00030010,
    /** 128-bit SIMD and floating-point register Q17. */
    HvArm64RegisterQ17 = 0x00030011,
    /** 128-bit SIMD and floating-point register Q18. */
    HvArm64RegisterQ18 = 0x00030012,
    /** 128-bit SIMD and floating-point register Q19. */
    HvArm64RegisterQ19 = 0x00030013,
    /** 128-bit SIMD and floating-point register Q20. */
    HvArm64RegisterQ20 = 0x00030014,
    /** 128-bit SIMD and floating-point register Q21. */
    HvArm64RegisterQ21 = 0x00030015,
    /** 128-bit SIMD and floating-point register Q22. */
    HvArm64RegisterQ22 = 0x00030016,
    /** 128-bit SIMD and floating-point register Q23. */
    HvArm64RegisterQ23 = 0x00030017,
    /** 128-bit SIMD and floating-point register Q24. */
    HvArm64RegisterQ24 = 0x00030018,
    /** 128-bit SIMD and floating-point register Q25. */
    HvArm64RegisterQ25 = 0x00030019,
    /** 128-bit SIMD and floating-point register Q26. */
    HvArm64RegisterQ26 = 0x0003001A,
    /** 128-bit SIMD and floating-point register Q27. */
    HvArm64RegisterQ27 = 0x0003001B,
    /** 128-bit SIMD and floating-point register Q28. */
    HvArm64RegisterQ28 = 0x0003001C,
    /** 128-bit SIMD and floating-point register Q29. */
    HvArm64RegisterQ29 = 0x0003001D,
    /** 128-bit SIMD and floating-point register Q30. */
    HvArm64RegisterQ30 = 0x0003001E,
    /** 128-bit SIMD and floating-point register Q31. */
    HvArm64RegisterQ31 = 0x0003001F,
    /** SVE vector register Z0. */
    HvArm64RegisterZ0 = 0x00030100,
    /** SVE vector register Z1. */
    HvArm64RegisterZ1 = 0x00030101,
    /** SVE vector register Z2. */
    HvArm64RegisterZ2 = 0x00030102,
    /** SVE vector register Z3. */
    HvArm64RegisterZ3 = 0x00030103,
    /** SVE vector register Z4. */
    HvArm64RegisterZ4 = 0x00030104,
    /** SVE vector register Z5. */
    HvArm64RegisterZ5 = 0x00030105,
    /** SVE vector register Z6. */
    HvArm64RegisterZ6 = 0x00030106,
    /** SVE vector register Z7. */
    HvArm64RegisterZ7 = 0x00030107,
    /** SVE vector register Z8. */
    HvArm64RegisterZ8 = 0x00030108,
    /** SVE vector register Z9. */
    HvArm64RegisterZ9 = 0x00030109,
    /** SVE vector register Z10. */
    HvArm64RegisterZ10 = 0x0003010A,
    /** SVE vector register Z11. */
    HvArm64RegisterZ11 = 0x0003010B,
    /** SVE vector register Z12. */
    HvArm64RegisterZ12 = 0x0003010C,
    /** SVE vector register Z13. */
    HvArm64RegisterZ13 = 0x0003010D,
    /** SVE vector register Z14. */
    HvArm64RegisterZ14 = 0x0003010E,
    /** SVE vector register Z15. */
    HvArm64RegisterZ15 = 0x0003010F,
    /** SVE vector register Z16. */
    HvArm64RegisterZ16 = 0x00030110,
    /** SVE vector register Z17. */
    HvArm64RegisterZ17 = 0x00030111,
    /** SVE vector register Z18. */
    HvArm64RegisterZ18 = 0x00030112,
    /** SVE vector register Z19. */
    HvArm64RegisterZ19 = 0x00030113,
    /** SVE vector register Z20. */
    HvArm64RegisterZ20 = 0x00030114,
    /** SVE vector register Z21. */
    HvArm64RegisterZ21 = 0x00030115,
    /** SVE vector register Z22. */
    HvArm64RegisterZ22 = 0x00030116,
    /** SVE vector register Z23. */
    HvArm64RegisterZ23 = 0x00030117,
    /** SVE vector register Z24. */
    HvArm64RegisterZ24 = 0x00030118,
    /** SVE vector register Z25. */
    HvArm64RegisterZ25 = 0x00030119,
    /** SVE vector register Z26. */
    HvArm64RegisterZ26 = 0x0003011A,
    /** SVE vector register Z27. */
    HvArm64RegisterZ27 = 0x0003011B,
    /** SVE vector register Z28. */
    HvArm64RegisterZ28 = 0x0003011C,
    /** SVE vector register Z29. */
    HvArm64RegisterZ29 = 0x0003011D,
    /** SVE vector register Z30. */
    HvArm64RegisterZ30 = 0x0003011E,
    /** SVE vector register Z31. */
    HvArm64RegisterZ31 = 0x0003011F,
    /** SVE predicate register P0. */
    HvArm64RegisterP0 = 0x00030120,
    /** SVE predicate register P1. */
    HvArm64RegisterP1 = 0x00030121,
    /** SVE predicate register P2. */
    HvArm64RegisterP2 = 0x00030122,
    /** SVE predicate register P3. */
    HvArm64RegisterP3 = 0x00030123,
    /** SVE predicate register P4. */
    HvArm64RegisterP4 = 0x00030124,
    /** SVE predicate register P5. */
    HvArm64RegisterP5 = 0x00030125,
    /** SVE predicate register P6. */
    HvArm64RegisterP6 = 0x00030126,
    /** SVE predicate register P7. */
    HvArm64RegisterP7 = 0x00030127,
    /** SVE predicate register P8. */
    HvArm64RegisterP8 = 0x00030128,
    /** SVE predicate register P9. */
    HvArm64RegisterP9 = 0x00030129,
    /** SVE predicate register P10. */
    HvArm64RegisterP10 = 0x0003012A,
    /** SVE predicate register P11. */
    HvArm64RegisterP11 = 0x0003012B,
    /** SVE predicate register P12. */
    HvArm64RegisterP12 = 0x0003012C,
    /** SVE predicate register P13. */
    HvArm64RegisterP13 = 0x0003012D,
    /** SVE predicate register P14. */
    HvArm64RegisterP14 = 0x0003012E,
    /** SVE predicate register P15. */
    HvArm64RegisterP15 = 0x0003012F,
    /** SVE first-fault register FFR. */
    HvArm64RegisterFFR = 0x00030130
} HV_ARM64_REGISTER_NAMES_FP;

/** \} */

/**
 * \defgroup hvref_registers_arm64_special ARM64 special-purpose and status registers
 * \brief PSTATE and its fields, the exception level, FPCR/FPSR and the saved program status; from Microsoft's headers, SP_EL2, ELR_EL2 and SPSR_EL2.
 * \{
 */

/**
 * \brief Register names (ARM64): special-purpose and status registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#special-purpose--status}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SPECIAL {
    /** CURRENTEL. */
    HvArm64RegisterCurrentEl = 0x00021003,
    /** DAIF. */
    HvArm64RegisterDaif = 0x00021004,
    /** DIT. */
    HvArm64RegisterDit = 0x00021005,
    /** The processor state (PSTATE). Deprecated: kept for older guests. */
    HvArm64RegisterPstate = 0x00020023,
    /** System register ELR_EL1. Deprecated: kept for older guests. */
    HvArm64RegisterElrEl1 = 0x00040015,
    /** ELR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterElrElx = 0x0002100C,
    /** FPCR. Deprecated: kept for older guests. */
    HvArm64RegisterFpcr = 0x00040012,
    /** FPSR. Deprecated: kept for older guests. */
    HvArm64RegisterFpsr = 0x00040013,
    /** NZCV. */
    HvArm64RegisterNzcv = 0x00021006,
    /** PAN. */
    HvArm64RegisterPan = 0x00021007,
    /** SPSEL. */
    HvArm64RegisterSpSel = 0x00021008,
    /** System register SPSR_EL1. Deprecated: kept for older guests. */
    HvArm64RegisterSpsrEl1 = 0x00040014,
    /** SPSR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterSpsrElx = 0x0002100D,
    /** SSBS. */
    HvArm64RegisterSsbs = 0x00021009,
    /** TCO. */
    HvArm64RegisterTco = 0x0002100A,
    /** UAO. */
    HvArm64RegisterUao = 0x0002100B
} HV_ARM64_REGISTER_NAMES_SPECIAL;

/**
 * \brief Register names (ARM64): special-purpose registers (EL2) (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterSpEl2 or the other names here; rust-vmm/mshv's
 *       bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_SPECIAL
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SPECIAL_HEADERS {
    /** EL2 system register SP_EL2. */
    HvArm64RegisterSpEl2 = 0x00021000,
    /** EL2 system register ELR_EL2. */
    HvArm64RegisterElrEl2 = 0x00021001,
    /** EL2 system register SPSR_EL2. */
    HvArm64RegisterSpsrEl2 = 0x00021002
} HV_ARM64_REGISTER_NAMES_SPECIAL_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_id ARM64 ID registers
 * \brief The AArch64 feature ID registers (ID_AA64*_EL1) and, from Microsoft's headers, the AArch32 ID registers and the unassigned encodings of the ID space.
 * \{
 */

/**
 * \brief Register names (ARM64): ID registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#id-registers}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_ID {
    /** System register MIDR_EL1. */
    HvArm64RegisterIdMidrEl1 = 0x00022000,
    /** System register MPIDR_EL1. */
    HvArm64RegisterIdMpidrEl1 = 0x00022005,
    /** System register ID_AA64PFR0_EL1. */
    HvArm64RegisterIdAa64Pfr0El1 = 0x00022020,
    /** System register ID_AA64PFR1_EL1. */
    HvArm64RegisterIdAa64Pfr1El1 = 0x00022021,
    /** System register ID_AA64PFR2_EL1. */
    HvArm64RegisterIdAa64Pfr2El1 = 0x00022022,
    /** System register ID_AA64ZFR0_EL1. */
    HvArm64RegisterIdAa64Zfr0El1 = 0x00022024,
    /** System register ID_AA64SMFR0_EL1. */
    HvArm64RegisterIdAa64Smfr0El1 = 0x00022025,
    /** System register ID_AA64DFR0_EL1. */
    HvArm64RegisterIdAa64Dfr0El1 = 0x00022028,
    /** System register ID_AA64ISAR0_EL1. */
    HvArm64RegisterIdAa64Isar0El1 = 0x00022030,
    /** System register ID_AA64MMFR0_EL1. */
    HvArm64RegisterIdAa64Mmfr0El1 = 0x00022038,
    /** System register ID_AA64MMFR1_EL1. */
    HvArm64RegisterIdAa64Mmfr1El1 = 0x00022039,
    /** System register ID_AA64MMFR2_EL1. */
    HvArm64RegisterIdAa64Mmfr2El1 = 0x0002203A,
    /** System register ID_AA64MMFR3_EL1. */
    HvArm64RegisterIdAa64Mmfr3El1 = 0x0002203B,
    /** System register ID_AA64MMFR4_EL1. */
    HvArm64RegisterIdAa64Mmfr4El1 = 0x0002203C
} HV_ARM64_REGISTER_NAMES_ID;

/**
 * \brief Register names (ARM64): ID registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterIdRes01El1 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_ID
 */
typedef enum _HV_ARM64_REGISTER_NAMES_ID_HEADERS {
    /** Unassigned encoding in the ID register space (ID_RES01_EL1 in the headers). */
    HvArm64RegisterIdRes01El1 = 0x00022001,
    /** Unassigned encoding in the ID register space (ID_RES02_EL1 in the headers). */
    HvArm64RegisterIdRes02El1 = 0x00022002,
    /** Unassigned encoding in the ID register space (ID_RES03_EL1 in the headers). */
    HvArm64RegisterIdRes03El1 = 0x00022003,
    /** Unassigned encoding in the ID register space (ID_RES04_EL1 in the headers). */
    HvArm64RegisterIdRes04El1 = 0x00022004,
    /** Feature ID register ID_REVIDR_EL1. */
    HvArm64RegisterIdRevidrEl1 = 0x00022006,
    /** Unassigned encoding in the ID register space (ID_RES07_EL1 in the headers). */
    HvArm64RegisterIdRes07El1 = 0x00022007,
    /** Feature ID register ID_PFR0_EL1. */
    HvArm64RegisterIdPfr0El1 = 0x00022008,
    /** Feature ID register ID_PFR1_EL1. */
    HvArm64RegisterIdPfr1El1 = 0x00022009,
    /** Feature ID register ID_DFR0_EL1. */
    HvArm64RegisterIdDfr0El1 = 0x0002200A,
    /** Unassigned encoding in the ID register space (ID_RES13_EL1 in the headers). */
    HvArm64RegisterIdRes13El1 = 0x0002200B,
    /** Feature ID register ID_MMFR0_EL1. */
    HvArm64RegisterIdMmfr0El1 = 0x0002200C,
    /** Feature ID register ID_MMFR1_EL1. */
    HvArm64RegisterIdMmfr1El1 = 0x0002200D,
    /** Feature ID register ID_MMFR2_EL1. */
    HvArm64RegisterIdMmfr2El1 = 0x0002200E,
    /** Feature ID register ID_MMFR3_EL1. */
    HvArm64RegisterIdMmfr3El1 = 0x0002200F,
    /** Feature ID register ID_ISAR0_EL1. */
    HvArm64RegisterIdIsar0El1 = 0x00022010,
    /** Feature ID register ID_ISAR1_EL1. */
    HvArm64RegisterIdIsar1El1 = 0x00022011,
    /** Feature ID register ID_ISAR2_EL1. */
    HvArm64RegisterIdIsar2El1 = 0x00022012,
    /** Feature ID register ID_ISAR3_EL1. */
    HvArm64RegisterIdIsar3El1 = 0x00022013,
    /** Feature ID register ID_ISAR4_EL1. */
    HvArm64RegisterIdIsar4El1 = 0x00022014,
    /** Feature ID register ID_ISAR5_EL1. */
    HvArm64RegisterIdIsar5El1 = 0x00022015,
    /** Unassigned encoding in the ID register space (ID_RES26_EL1 in the headers). */
    HvArm64RegisterIdRes26El1 = 0x00022016,
    /** Unassigned encoding in the ID register space (ID_RES27_EL1 in the headers). */
    HvArm64RegisterIdRes27El1 = 0x00022017,
    /** Feature ID register ID_MVFR0_EL1. */
    HvArm64RegisterIdMvfr0El1 = 0x00022018,
    /** Feature ID register ID_MVFR1_EL1. */
    HvArm64RegisterIdMvfr1El1 = 0x00022019,
    /** Feature ID register ID_MVFR2_EL1. */
    HvArm64RegisterIdMvfr2El1 = 0x0002201A,
    /** Unassigned encoding in the ID register space (ID_RES33_EL1 in the headers). */
    HvArm64RegisterIdRes33El1 = 0x0002201B,
    /** Feature ID register ID_PFR2_EL1. */
    HvArm64RegisterIdPfr2El1 = 0x0002201C,
    /** Unassigned encoding in the ID register space (ID_RES35_EL1 in the headers). */
    HvArm64RegisterIdRes35El1 = 0x0002201D,
    /** Unassigned encoding in the ID register space (ID_RES36_EL1 in the headers). */
    HvArm64RegisterIdRes36El1 = 0x0002201E,
    /** Unassigned encoding in the ID register space (ID_RES37_EL1 in the headers). */
    HvArm64RegisterIdRes37El1 = 0x0002201F,
    /** Unassigned encoding in the ID register space (ID_RES43_EL1 in the headers). */
    HvArm64RegisterIdRes43El1 = 0x00022023,
    /** Unassigned encoding in the ID register space (ID_RES46_EL1 in the headers). */
    HvArm64RegisterIdRes46El1 = 0x00022026,
    /** Unassigned encoding in the ID register space (ID_RES47_EL1 in the headers). */
    HvArm64RegisterIdRes47El1 = 0x00022027,
    /** Feature ID register ID_AA64_DFR1_EL1. */
    HvArm64RegisterIdAa64Dfr1El1 = 0x00022029,
    /** Unassigned encoding in the ID register space (ID_RES52_EL1 in the headers). */
    HvArm64RegisterIdRes52El1 = 0x0002202A,
    /** Unassigned encoding in the ID register space (ID_RES53_EL1 in the headers). */
    HvArm64RegisterIdRes53El1 = 0x0002202B,
    /** Unassigned encoding in the ID register space (ID_RES54_EL1 in the headers). */
    HvArm64RegisterIdRes54El1 = 0x0002202C,
    /** Unassigned encoding in the ID register space (ID_RES55_EL1 in the headers). */
    HvArm64RegisterIdRes55El1 = 0x0002202D,
    /** Unassigned encoding in the ID register space (ID_RES56_EL1 in the headers). */
    HvArm64RegisterIdRes56El1 = 0x0002202E,
    /** Unassigned encoding in the ID register space (ID_RES57_EL1 in the headers). */
    HvArm64RegisterIdRes57El1 = 0x0002202F,
    /** Feature ID register ID_AA64_ISAR1_EL1. */
    HvArm64RegisterIdAa64Isar1El1 = 0x00022031,
    /** Feature ID register ID_AA64_ISAR2_EL1. */
    HvArm64RegisterIdAa64Isar2El1 = 0x00022032,
    /** Unassigned encoding in the ID register space (ID_RES63_EL1 in the headers). */
    HvArm64RegisterIdRes63El1 = 0x00022033,
    /** Unassigned encoding in the ID register space (ID_RES64_EL1 in the headers). */
    HvArm64RegisterIdRes64El1 = 0x00022034,
    /** Unassigned encoding in the ID register space (ID_RES65_EL1 in the headers). */
    HvArm64RegisterIdRes65El1 = 0x00022035,
    /** Unassigned encoding in the ID register space (ID_RES66_EL1 in the headers). */
    HvArm64RegisterIdRes66El1 = 0x00022036,
    /** Unassigned encoding in the ID register space (ID_RES67_EL1 in the headers). */
    HvArm64RegisterIdRes67El1 = 0x00022037,
    /** Unassigned encoding in the ID register space (ID_RES75_EL1 in the headers). */
    HvArm64RegisterIdRes75El1 = 0x0002203D,
    /** Unassigned encoding in the ID register space (ID_RES76_EL1 in the headers). */
    HvArm64RegisterIdRes76El1 = 0x0002203E,
    /** Unassigned encoding in the ID register space (ID_RES77_EL1 in the headers). */
    HvArm64RegisterIdRes77El1 = 0x0002203F,
    /** Unassigned encoding in the ID register space (ID_RES80_EL1 in the headers). */
    HvArm64RegisterIdRes80El1 = 0x00022040,
    /** Unassigned encoding in the ID register space (ID_RES81_EL1 in the headers). */
    HvArm64RegisterIdRes81El1 = 0x00022041,
    /** Unassigned encoding in the ID register space (ID_RES82_EL1 in the headers). */
    HvArm64RegisterIdRes82El1 = 0x00022042,
    /** Unassigned encoding in the ID register space (ID_RES83_EL1 in the headers). */
    HvArm64RegisterIdRes83El1 = 0x00022043,
    /** Unassigned encoding in the ID register space (ID_RES84_EL1 in the headers). */
    HvArm64RegisterIdRes84El1 = 0x00022044,
    /** Unassigned encoding in the ID register space (ID_RES85_EL1 in the headers). */
    HvArm64RegisterIdRes85El1 = 0x00022045,
    /** Unassigned encoding in the ID register space (ID_RES86_EL1 in the headers). */
    HvArm64RegisterIdRes86El1 = 0x00022046,
    /** Unassigned encoding in the ID register space (ID_RES87_EL1 in the headers). */
    HvArm64RegisterIdRes87El1 = 0x00022047,
    /** Unassigned encoding in the ID register space (ID_RES90_EL1 in the headers). */
    HvArm64RegisterIdRes90El1 = 0x00022048,
    /** Unassigned encoding in the ID register space (ID_RES91_EL1 in the headers). */
    HvArm64RegisterIdRes91El1 = 0x00022049,
    /** Unassigned encoding in the ID register space (ID_RES92_EL1 in the headers). */
    HvArm64RegisterIdRes92El1 = 0x0002204A,
    /** Unassigned encoding in the ID register space (ID_RES93_EL1 in the headers). */
    HvArm64RegisterIdRes93El1 = 0x0002204B,
    /** Unassigned encoding in the ID register space (ID_RES94_EL1 in the headers). */
    HvArm64RegisterIdRes94El1 = 0x0002204C,
    /** Unassigned encoding in the ID register space (ID_RES95_EL1 in the headers). */
    HvArm64RegisterIdRes95El1 = 0x0002204D,
    /** Unassigned encoding in the ID register space (ID_RES96_EL1 in the headers). */
    HvArm64RegisterIdRes96El1 = 0x0002204E,
    /** Unassigned encoding in the ID register space (ID_RES97_EL1 in the headers). */
    HvArm64RegisterIdRes97El1 = 0x0002204F,
    /** Unassigned encoding in the ID register space (ID_RES100_EL1 in the headers). */
    HvArm64RegisterIdRes100El1 = 0x00022050,
    /** Unassigned encoding in the ID register space (ID_RES101_EL1 in the headers). */
    HvArm64RegisterIdRes101El1 = 0x00022051,
    /** Unassigned encoding in the ID register space (ID_RES102_EL1 in the headers). */
    HvArm64RegisterIdRes102El1 = 0x00022052,
    /** Unassigned encoding in the ID register space (ID_RES103_EL1 in the headers). */
    HvArm64RegisterIdRes103El1 = 0x00022053,
    /** Unassigned encoding in the ID register space (ID_RES104_EL1 in the headers). */
    HvArm64RegisterIdRes104El1 = 0x00022054,
    /** Unassigned encoding in the ID register space (ID_RES105_EL1 in the headers). */
    HvArm64RegisterIdRes105El1 = 0x00022055,
    /** Unassigned encoding in the ID register space (ID_RES106_EL1 in the headers). */
    HvArm64RegisterIdRes106El1 = 0x00022056,
    /** Unassigned encoding in the ID register space (ID_RES107_EL1 in the headers). */
    HvArm64RegisterIdRes107El1 = 0x00022057,
    /** Unassigned encoding in the ID register space (ID_RES110_EL1 in the headers). */
    HvArm64RegisterIdRes110El1 = 0x00022058,
    /** Unassigned encoding in the ID register space (ID_RES111_EL1 in the headers). */
    HvArm64RegisterIdRes111El1 = 0x00022059,
    /** Unassigned encoding in the ID register space (ID_RES112_EL1 in the headers). */
    HvArm64RegisterIdRes112El1 = 0x0002205A,
    /** Unassigned encoding in the ID register space (ID_RES113_EL1 in the headers). */
    HvArm64RegisterIdRes113El1 = 0x0002205B,
    /** Unassigned encoding in the ID register space (ID_RES114_EL1 in the headers). */
    HvArm64RegisterIdRes114El1 = 0x0002205C,
    /** Unassigned encoding in the ID register space (ID_RES115_EL1 in the headers). */
    HvArm64RegisterIdRes115El1 = 0x0002205D,
    /** Unassigned encoding in the ID register space (ID_RES116_EL1 in the headers). */
    HvArm64RegisterIdRes116El1 = 0x0002205E,
    /** Unassigned encoding in the ID register space (ID_RES117_EL1 in the headers). */
    HvArm64RegisterIdRes117El1 = 0x0002205F,
    /** Unassigned encoding in the ID register space (ID_RES120_EL1 in the headers). */
    HvArm64RegisterIdRes120El1 = 0x00022060,
    /** Unassigned encoding in the ID register space (ID_RES121_EL1 in the headers). */
    HvArm64RegisterIdRes121El1 = 0x00022061,
    /** Unassigned encoding in the ID register space (ID_RES122_EL1 in the headers). */
    HvArm64RegisterIdRes122El1 = 0x00022062,
    /** Unassigned encoding in the ID register space (ID_RES123_EL1 in the headers). */
    HvArm64RegisterIdRes123El1 = 0x00022063,
    /** Unassigned encoding in the ID register space (ID_RES124_EL1 in the headers). */
    HvArm64RegisterIdRes124El1 = 0x00022064,
    /** Unassigned encoding in the ID register space (ID_RES125_EL1 in the headers). */
    HvArm64RegisterIdRes125El1 = 0x00022065,
    /** Unassigned encoding in the ID register space (ID_RES126_EL1 in the headers). */
    HvArm64RegisterIdRes126El1 = 0x00022066,
    /** Unassigned encoding in the ID register space (ID_RES127_EL1 in the headers). */
    HvArm64RegisterIdRes127El1 = 0x00022067,
    /** Unassigned encoding in the ID register space (ID_RES130_EL1 in the headers). */
    HvArm64RegisterIdRes130El1 = 0x00022068,
    /** Unassigned encoding in the ID register space (ID_RES131_EL1 in the headers). */
    HvArm64RegisterIdRes131El1 = 0x00022069,
    /** Unassigned encoding in the ID register space (ID_RES132_EL1 in the headers). */
    HvArm64RegisterIdRes132El1 = 0x0002206A,
    /** Unassigned encoding in the ID register space (ID_RES133_EL1 in the headers). */
    HvArm64RegisterIdRes133El1 = 0x0002206B,
    /** Unassigned encoding in the ID register space (ID_RES134_EL1 in the headers). */
    HvArm64RegisterIdRes134El1 = 0x0002206C,
    /** Unassigned encoding in the ID register space (ID_RES135_EL1 in the headers). */
    HvArm64RegisterIdRes135El1 = 0x0002206D,
    /** Unassigned encoding in the ID register space (ID_RES136_EL1 in the headers). */
    HvArm64RegisterIdRes136El1 = 0x0002206E,
    /** Unassigned encoding in the ID register space (ID_RES137_EL1 in the headers). */
    HvArm64RegisterIdRes137El1 = 0x0002206F,
    /** Unassigned encoding in the ID register space (ID_RES140_EL1 in the headers). */
    HvArm64RegisterIdRes140El1 = 0x00022070,
    /** Unassigned encoding in the ID register space (ID_RES141_EL1 in the headers). */
    HvArm64RegisterIdRes141El1 = 0x00022071,
    /** Unassigned encoding in the ID register space (ID_RES142_EL1 in the headers). */
    HvArm64RegisterIdRes142El1 = 0x00022072,
    /** Unassigned encoding in the ID register space (ID_RES143_EL1 in the headers). */
    HvArm64RegisterIdRes143El1 = 0x00022073,
    /** Unassigned encoding in the ID register space (ID_RES144_EL1 in the headers). */
    HvArm64RegisterIdRes144El1 = 0x00022074,
    /** Unassigned encoding in the ID register space (ID_RES145_EL1 in the headers). */
    HvArm64RegisterIdRes145El1 = 0x00022075,
    /** Unassigned encoding in the ID register space (ID_RES146_EL1 in the headers). */
    HvArm64RegisterIdRes146El1 = 0x00022076,
    /** Unassigned encoding in the ID register space (ID_RES147_EL1 in the headers). */
    HvArm64RegisterIdRes147El1 = 0x00022077,
    /** Unassigned encoding in the ID register space (ID_RES150_EL1 in the headers). */
    HvArm64RegisterIdRes150El1 = 0x00022078,
    /** Unassigned encoding in the ID register space (ID_RES151_EL1 in the headers). */
    HvArm64RegisterIdRes151El1 = 0x00022079,
    /** Unassigned encoding in the ID register space (ID_RES152_EL1 in the headers). */
    HvArm64RegisterIdRes152El1 = 0x0002207A,
    /** Unassigned encoding in the ID register space (ID_RES153_EL1 in the headers). */
    HvArm64RegisterIdRes153El1 = 0x0002207B,
    /** Unassigned encoding in the ID register space (ID_RES154_EL1 in the headers). */
    HvArm64RegisterIdRes154El1 = 0x0002207C,
    /** Unassigned encoding in the ID register space (ID_RES155_EL1 in the headers). */
    HvArm64RegisterIdRes155El1 = 0x0002207D,
    /** Unassigned encoding in the ID register space (ID_RES156_EL1 in the headers). */
    HvArm64RegisterIdRes156El1 = 0x0002207E,
    /** Unassigned encoding in the ID register space (ID_RES157_EL1 in the headers). */
    HvArm64RegisterIdRes157El1 = 0x0002207F
} HV_ARM64_REGISTER_NAMES_ID_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_system ARM64 system control registers
 * \brief EL0/EL1 system registers (translation, exception, context, pointer authentication keys, cache ID), their ELx forms, and the EL2 registers of Microsoft's headers.
 * \{
 */

/**
 * \brief Register names (ARM64): system control registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#general-system-control-registers}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SYSTEM {
    /** System register ACCDATA_EL1. */
    HvArm64RegisterAccdataEl1 = 0x00040020,
    /** System register ACTLR_EL1. */
    HvArm64RegisterActlrEl1 = 0x00040003,
    /** System register AFSR0_EL1. */
    HvArm64RegisterAfsr0El1 = 0x00040016,
    /** AFSR0_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterAfsr0Elx = 0x00040073,
    /** AFSR1_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterAfsr1Elx = 0x00040074,
    /** System register AIDR_EL1. */
    HvArm64RegisterAidrEl1 = 0x00040024,
    /** System register AMAIR_EL1. */
    HvArm64RegisterAmairEl1 = 0x00040018,
    /** AMAIR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterAmairElx = 0x00040075,
    /** System register APDAKEYHI_EL1. */
    HvArm64RegisterApdAKeyHiEl1 = 0x00040026,
    /** System register APDAKEYLO_EL1. */
    HvArm64RegisterApdAKeyLoEl1 = 0x00040027,
    /** System register APDBKEYHI_EL1. */
    HvArm64RegisterApdBKeyHiEl1 = 0x00040028,
    /** System register APDBKEYLO_EL1. */
    HvArm64RegisterApdBKeyLoEl1 = 0x00040029,
    /** System register APGAKEYHI_EL1. */
    HvArm64RegisterApgAKeyHiEl1 = 0x0004002A,
    /** System register APGAKEYLO_EL1. */
    HvArm64RegisterApgAKeyLoEl1 = 0x0004002B,
    /** System register APIAKEYHI_EL1. */
    HvArm64RegisterApiAKeyHiEl1 = 0x0004002C,
    /** System register APIAKEYLO_EL1. */
    HvArm64RegisterApiAKeyLoEl1 = 0x0004002D,
    /** System register APIBKEYHI_EL1. */
    HvArm64RegisterApiBKeyHiEl1 = 0x0004002E,
    /** System register APIBKEYLO_EL1. */
    HvArm64RegisterApiBKeyLoEl1 = 0x0004002F,
    /** System register CCSIDR_EL1. */
    HvArm64RegisterCcsidrEl1 = 0x00040030,
    /** System register CCSIDR2_EL1. */
    HvArm64RegisterCcsidr2El1 = 0x00040031,
    /** System register CLIDR_EL1. */
    HvArm64RegisterClidrEl1 = 0x00040032,
    /** System register CONTEXTIDR_EL1. */
    HvArm64RegisterContextidrEl1 = 0x0004000D,
    /** CONTEXTIDR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterContextidrElx = 0x00040076,
    /** System register CPACR_EL1. */
    HvArm64RegisterCpacrEl1 = 0x00040004,
    /** CPACR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCpacrElx = 0x00040077,
    /** System register CSSELR_EL1. */
    HvArm64RegisterCsselrEl1 = 0x00040035,
    /** System register CTR_EL0. */
    HvArm64RegisterCtrEl0 = 0x00040036,
    /** System register DCZID_EL0. */
    HvArm64RegisterDczidEl0 = 0x00040038,
    /** System register ESR_EL1. */
    HvArm64RegisterEsrEl1 = 0x00040008,
    /** ESR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterEsrElx = 0x00040078,
    /** System register FAR_EL1. */
    HvArm64RegisterFarEl1 = 0x00040009,
    /** FAR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterFarElx = 0x00040079,
    /** System register GCR_EL1. */
    HvArm64RegisterGcrEl1 = 0x0004003C,
    /** System register GMID_EL1. */
    HvArm64RegisterGmidEl1 = 0x0004003D,
    /** System register ISR_EL1. */
    HvArm64RegisterIsrEl1 = 0x0004004A,
    /** System register LORC_EL1. */
    HvArm64RegisterLorcEl1 = 0x0004004B,
    /** System register LOREA_EL1. */
    HvArm64RegisterLoreaEl1 = 0x0004004C,
    /** System register LORID_EL1. */
    HvArm64RegisterLoridEl1 = 0x0004004D,
    /** System register LORN_EL1. */
    HvArm64RegisterLornEl1 = 0x0004004E,
    /** System register LORSA_EL1. */
    HvArm64RegisterLorsaEl1 = 0x0004004F,
    /** System register MAIR_EL1. */
    HvArm64RegisterMairEl1 = 0x0004000B,
    /** MAIR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterMairElx = 0x0004007A,
    /** System register MIDR_EL1. Deprecated: kept for older guests. */
    HvArm64RegisterMidrEl1 = 0x00040051,
    /** System register MPIDR_EL1. Deprecated: kept for older guests. */
    HvArm64RegisterMpidrEl1 = 0x00040001,
    /** System register MVFR0_EL1. */
    HvArm64RegisterMvfr0El1 = 0x00040052,
    /** System register MVFR1_EL1. */
    HvArm64RegisterMvfr1El1 = 0x00040053,
    /** System register MVFR2_EL1. */
    HvArm64RegisterMvfr2El1 = 0x00040054,
    /** System register PAR_EL1. */
    HvArm64RegisterParEl1 = 0x0004000A,
    /** System register REVIDR_EL1. */
    HvArm64RegisterRevidrEl1 = 0x00040055,
    /** System register RGSR_EL1. */
    HvArm64RegisterRgsrEl1 = 0x00040056,
    /** RNDR. */
    HvArm64RegisterRndr = 0x00040057,
    /** RNDRRS. */
    HvArm64RegisterRndrrs = 0x00040058,
    /** System register SCTLR_EL1. */
    HvArm64RegisterSctlrEl1 = 0x00040002,
    /** SCTLR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterSctlrElx = 0x0004007B,
    /** System register SCXTNUM_EL0. */
    HvArm64RegisterScxtnumEl0 = 0x0004005A,
    /** System register SCXTNUM_EL1. */
    HvArm64RegisterScxtnumEl1 = 0x0004005B,
    /** System register SMCR_EL1. */
    HvArm64RegisterSmcrEl1 = 0x0004005D,
    /** System register SMIDR_EL1. */
    HvArm64RegisterSmidrEl1 = 0x0004005F,
    /** System register SMPRI_EL1. */
    HvArm64RegisterSmpriEl1 = 0x00040060,
    /** System register TCR_EL1. */
    HvArm64RegisterTcrEl1 = 0x00040007,
    /** TCR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterTcrElx = 0x0004007C,
    /** System register TFSRE0_EL1. */
    HvArm64RegisterTfsre0El1 = 0x00040063,
    /** System register TFSR_EL1. */
    HvArm64RegisterTfsrEl1 = 0x00040064,
    /** System register TPIDR2_EL0. */
    HvArm64RegisterTpidr2El0 = 0x00040066,
    /** System register TPIDR_EL0. */
    HvArm64RegisterTpidrEl0 = 0x00040011,
    /** System register TPIDR_EL1. */
    HvArm64RegisterTpidrEl1 = 0x0004000E,
    /** System register TPIDRRO_EL0. */
    HvArm64RegisterTpidrroEl0 = 0x00040010,
    /** System register TTBR0_EL1. */
    HvArm64RegisterTtbr0El1 = 0x00040005,
    /** TTBR0_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterTtbr0Elx = 0x0004007D,
    /** System register TTBR1_EL1. */
    HvArm64RegisterTtbr1El1 = 0x00040006,
    /** TTBR1_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterTtbr1Elx = 0x0004007F,
    /** System register VBAR_EL1. */
    HvArm64RegisterVbarEl1 = 0x0004000C,
    /** VBAR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterVbarElx = 0x00040080,
    /** System register ZCR_EL1. */
    HvArm64RegisterZcrEl1 = 0x00040071,
    /** ZCR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterZcrElx = 0x00040081
} HV_ARM64_REGISTER_NAMES_SYSTEM;

/**
 * \brief Register names (ARM64): system control registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterAfsr1El1 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_SYSTEM
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SYSTEM_HEADERS {
    /** System register AFSR1_EL1. */
    HvArm64RegisterAfsr1El1 = 0x00040017,
    /** EL2 system register ACTLR_EL2. */
    HvArm64RegisterActlrEl2 = 0x00040021,
    /** EL2 system register AFSR0_EL2. */
    HvArm64RegisterAfsr0El2 = 0x00040022,
    /** EL2 system register AFSR1_EL2. */
    HvArm64RegisterAfsr1El2 = 0x00040023,
    /** EL2 system register AMAIR_EL2. */
    HvArm64RegisterAmairEl2 = 0x00040025,
    /** EL2 system register CONTEXTIDR_EL2. */
    HvArm64RegisterContextidrEl2 = 0x00040033,
    /** EL2 system register CPTR_EL2. */
    HvArm64RegisterCptrEl2 = 0x00040034,
    /** EL2 system register DACR32_EL2. */
    HvArm64RegisterDacr32El2 = 0x00040037,
    /** EL2 system register ESR_EL2. */
    HvArm64RegisterEsrEl2 = 0x00040039,
    /** EL2 system register FAR_EL2. */
    HvArm64RegisterFarEl2 = 0x0004003A,
    /** EL2 system register FPEXC32_EL2. */
    HvArm64RegisterFpexc32El2 = 0x0004003B,
    /** EL2 system register HACR_EL2. */
    HvArm64RegisterHacrEl2 = 0x0004003E,
    /** EL2 system register HAFGRTR_EL2. */
    HvArm64RegisterHafgrtrEl2 = 0x0004003F,
    /** EL2 system register HCR_EL2. */
    HvArm64RegisterHcrEl2 = 0x00040040,
    /** EL2 system register HCRX_EL2. */
    HvArm64RegisterHcrxEl2 = 0x00040041,
    /** EL2 system register HDFGRTR_EL2. */
    HvArm64RegisterHdfgrtrEl2 = 0x00040042,
    /** EL2 system register HDFGWTR_EL2. */
    HvArm64RegisterHdfgwtrEl2 = 0x00040043,
    /** EL2 system register HFGITR_EL2. */
    HvArm64RegisterHfgitrEl2 = 0x00040044,
    /** EL2 system register HFGRTR_EL2. */
    HvArm64RegisterHfgrtrEl2 = 0x00040045,
    /** EL2 system register HFGWTR_EL2. */
    HvArm64RegisterHfgwtrEl2 = 0x00040046,
    /** EL2 system register HPFAR_EL2. */
    HvArm64RegisterHpfarEl2 = 0x00040047,
    /** EL2 system register HSTR_EL2. */
    HvArm64RegisterHstrEl2 = 0x00040048,
    /** EL2 system register IFSR32_EL2. */
    HvArm64RegisterIfsr32El2 = 0x00040049,
    /** EL2 system register MAIR_EL2. */
    HvArm64RegisterMairEl2 = 0x00040050,
    /** EL2 system register SCTLR_EL2. */
    HvArm64RegisterSctlrEl2 = 0x00040059,
    /** EL2 system register SCXTNUM_EL2. */
    HvArm64RegisterScxtnumEl2 = 0x0004005C,
    /** EL2 system register SMCR_EL2. */
    HvArm64RegisterSmcrEl2 = 0x0004005E,
    /** EL2 system register SMPRIMAP_EL2. */
    HvArm64RegisterSmprimapEl2 = 0x00040061,
    /** EL2 system register TCR_EL2. */
    HvArm64RegisterTcrEl2 = 0x00040062,
    /** EL2 system register TFSR_EL2. */
    HvArm64RegisterTfsrEl2 = 0x00040065,
    /** EL2 system register TPIDR_EL2. */
    HvArm64RegisterTpidrEl2 = 0x00040067,
    /** EL2 system register TTBR0_EL2. */
    HvArm64RegisterTtbr0El2 = 0x00040068,
    /** EL2 system register VBAR_EL2. */
    HvArm64RegisterVbarEl2 = 0x00040069,
    /** EL2 system register VMPIDR_EL2. */
    HvArm64RegisterVmpidrEl2 = 0x0004006A,
    /** EL2 system register VNCR_EL2. */
    HvArm64RegisterVncrEl2 = 0x0004006B,
    /** EL2 system register VPIDR_EL2. */
    HvArm64RegisterVpidrEl2 = 0x0004006C,
    /** EL2 system register VSTCR_EL2. */
    HvArm64RegisterVstcrEl2 = 0x0004006D,
    /** EL2 system register VSTTBR_EL2. */
    HvArm64RegisterVsttbrEl2 = 0x0004006E,
    /** EL2 system register VTCR_EL2. */
    HvArm64RegisterVtcrEl2 = 0x0004006F,
    /** EL2 system register VTTBR_EL2. */
    HvArm64RegisterVttbrEl2 = 0x00040070,
    /** EL2 system register ZCR_EL2. */
    HvArm64RegisterZcrEl2 = 0x00040072,
    /** EL2 system register TTBR1_EL2. */
    HvArm64RegisterTtbr1El2 = 0x0004007E,
    /** Hypervisor-defined counterpart of VBAR_EL1 (SYNTHETIC_VBAR_EL1 in the headers). */
    HvArm64RegisterSyntheticVbarEl1 = 0x00040400,
    /** Hypervisor-defined counterpart of ESR_EL1 (SYNTHETIC_ESR_EL1 in the headers). */
    HvArm64RegisterSyntheticEsrEl1 = 0x00040401
} HV_ARM64_REGISTER_NAMES_SYSTEM_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_debug ARM64 debug registers
 * \brief Breakpoint and watchpoint registers and the other debug system registers.
 * \{
 */

/**
 * \brief Register names (ARM64): debug registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#debug-registers-1}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_DEBUG {
    /** System register DBGAUTHSTATUS_EL1. */
    HvArm64RegisterDbgauthstatusEl1 = 0x00050040,
    /** System register DBGBCR0_EL1. */
    HvArm64RegisterDbgbcr0El1 = 0x00050000,
    /** System register DBGBCR1_EL1. */
    HvArm64RegisterDbgbcr1El1 = 0x00050001,
    /** System register DBGBCR2_EL1. */
    HvArm64RegisterDbgbcr2El1 = 0x00050002,
    /** System register DBGBCR3_EL1. */
    HvArm64RegisterDbgbcr3El1 = 0x00050003,
    /** System register DBGBCR4_EL1. */
    HvArm64RegisterDbgbcr4El1 = 0x00050004,
    /** System register DBGBCR5_EL1. */
    HvArm64RegisterDbgbcr5El1 = 0x00050005,
    /** System register DBGBCR6_EL1. */
    HvArm64RegisterDbgbcr6El1 = 0x00050006,
    /** System register DBGBCR7_EL1. */
    HvArm64RegisterDbgbcr7El1 = 0x00050007,
    /** System register DBGBCR8_EL1. */
    HvArm64RegisterDbgbcr8El1 = 0x00050008,
    /** System register DBGBCR9_EL1. */
    HvArm64RegisterDbgbcr9El1 = 0x00050009,
    /** System register DBGBCR10_EL1. */
    HvArm64RegisterDbgbcr10El1 = 0x0005000A,
    /** System register DBGBCR11_EL1. */
    HvArm64RegisterDbgbcr11El1 = 0x0005000B,
    /** System register DBGBCR12_EL1. */
    HvArm64RegisterDbgbcr12El1 = 0x0005000C,
    /** System register DBGBCR13_EL1. */
    HvArm64RegisterDbgbcr13El1 = 0x0005000D,
    /** System register DBGBCR14_EL1. */
    HvArm64RegisterDbgbcr14El1 = 0x0005000E,
    /** System register DBGBCR15_EL1. */
    HvArm64RegisterDbgbcr15El1 = 0x0005000F,
    /** System register DBGBVR0_EL1. */
    HvArm64RegisterDbgbvr0El1 = 0x00050020,
    /** System register DBGBVR1_EL1. */
    HvArm64RegisterDbgbvr1El1 = 0x00050021,
    /** System register DBGBVR2_EL1. */
    HvArm64RegisterDbgbvr2El1 = 0x00050022,
    /** System register DBGBVR3_EL1. */
    HvArm64RegisterDbgbvr3El1 = 0x00050023,
    /** System register DBGBVR4_EL1. */
    HvArm64RegisterDbgbvr4El1 = 0x00050024,
    /** System register DBGBVR5_EL1. */
    HvArm64RegisterDbgbvr5El1 = 0x00050025,
    /** System register DBGBVR6_EL1. */
    HvArm64RegisterDbgbvr6El1 = 0x00050026,
    /** System register DBGBVR7_EL1. */
    HvArm64RegisterDbgbvr7El1 = 0x00050027,
    /** System register DBGBVR8_EL1. */
    HvArm64RegisterDbgbvr8El1 = 0x00050028,
    /** System register DBGBVR9_EL1. */
    HvArm64RegisterDbgbvr9El1 = 0x00050029,
    /** System register DBGBVR10_EL1. */
    HvArm64RegisterDbgbvr10El1 = 0x0005002A,
    /** System register DBGBVR11_EL1. */
    HvArm64RegisterDbgbvr11El1 = 0x0005002B,
    /** System register DBGBVR12_EL1. */
    HvArm64RegisterDbgbvr12El1 = 0x0005002C,
    /** System register DBGBVR13_EL1. */
    HvArm64RegisterDbgbvr13El1 = 0x0005002D,
    /** System register DBGBVR14_EL1. */
    HvArm64RegisterDbgbvr14El1 = 0x0005002E,
    /** System register DBGBVR15_EL1. */
    HvArm64RegisterDbgbvr15El1 = 0x0005002F,
    /** System register DBGCLAIMCLR_EL1. */
    HvArm64RegisterDbgclaimclrEl1 = 0x00050041,
    /** System register DBGCLAIMSET_EL1. */
    HvArm64RegisterDbgclaimsetEl1 = 0x00050042,
    /** System register DBGDTRRX_EL0. */
    HvArm64RegisterDbgdtrrxEl0 = 0x00050043,
    /** System register DBGDTRTX_EL0. */
    HvArm64RegisterDbgdtrtxEl0 = 0x00050044,
    /** System register DBGPRCR_EL1. */
    HvArm64RegisterDbgprcrEl1 = 0x00050045,
    /** System register DBGWCR0_EL1. */
    HvArm64RegisterDbgwcr0El1 = 0x00050010,
    /** System register DBGWCR1_EL1. */
    HvArm64RegisterDbgwcr1El1 = 0x00050011,
    /** System register DBGWCR2_EL1. */
    HvArm64RegisterDbgwcr2El1 = 0x00050012,
    /** System register DBGWCR3_EL1. */
    HvArm64RegisterDbgwcr3El1 = 0x00050013,
    /** System register DBGWCR4_EL1. */
    HvArm64RegisterDbgwcr4El1 = 0x00050014,
    /** System register DBGWCR5_EL1. */
    HvArm64RegisterDbgwcr5El1 = 0x00050015,
    /** System register DBGWCR6_EL1. */
    HvArm64RegisterDbgwcr6El1 = 0x00050016,
    /** System register DBGWCR7_EL1. */
    HvArm64RegisterDbgwcr7El1 = 0x00050017,
    /** System register DBGWCR8_EL1. */
    HvArm64RegisterDbgwcr8El1 = 0x00050018,
    /** System register DBGWCR9_EL1. */
    HvArm64RegisterDbgwcr9El1 = 0x00050019,
    /** System register DBGWCR10_EL1. */
    HvArm64RegisterDbgwcr10El1 = 0x0005001A,
    /** System register DBGWCR11_EL1. */
    HvArm64RegisterDbgwcr11El1 = 0x0005001B,
    /** System register DBGWCR12_EL1. */
    HvArm64RegisterDbgwcr12El1 = 0x0005001C,
    /** System register DBGWCR13_EL1. */
    HvArm64RegisterDbgwcr13El1 = 0x0005001D,
    /** System register DBGWCR14_EL1. */
    HvArm64RegisterDbgwcr14El1 = 0x0005001E,
    /** System register DBGWCR15_EL1. */
    HvArm64RegisterDbgwcr15El1 = 0x0005001F,
    /** System register DBGWVR0_EL1. */
    HvArm64RegisterDbgwvr0El1 = 0x00050030,
    /** System register DBGWVR1_EL1. */
    HvArm64RegisterDbgwvr1El1 = 0x00050031,
    /** System register DBGWVR2_EL1. */
    HvArm64RegisterDbgwvr2El1 = 0x00050032,
    /** System register DBGWVR3_EL1. */
    HvArm64RegisterDbgwvr3El1 = 0x00050033,
    /** System register DBGWVR4_EL1. */
    HvArm64RegisterDbgwvr4El1 = 0x00050034,
    /** System register DBGWVR5_EL1. */
    HvArm64RegisterDbgwvr5El1 = 0x00050035,
    /** System register DBGWVR6_EL1. */
    HvArm64RegisterDbgwvr6El1 = 0x00050036,
    /** System register DBGWVR7_EL1. */
    HvArm64RegisterDbgwvr7El1 = 0x00050037,
    /** System register DBGWVR8_EL1. */
    HvArm64RegisterDbgwvr8El1 = 0x00050038,
    /** System register DBGWVR9_EL1. */
    HvArm64RegisterDbgwvr9El1 = 0x00050039,
    /** System register DBGWVR10_EL1. */
    HvArm64RegisterDbgwvr10El1 = 0x0005003A,
    /** System register DBGWVR11_EL1. */
    HvArm64RegisterDbgwvr11El1 = 0x0005003B,
    /** System register DBGWVR12_EL1. */
    HvArm64RegisterDbgwvr12El1 = 0x0005003C,
    /** System register DBGWVR13_EL1. */
    HvArm64RegisterDbgwvr13El1 = 0x0005003D,
    /** System register DBGWVR14_EL1. */
    HvArm64RegisterDbgwvr14El1 = 0x0005003E,
    /** System register DBGWVR15_EL1. */
    HvArm64RegisterDbgwvr15El1 = 0x0005003F,
    /** System register DLR_EL0. */
    HvArm64RegisterDlrEl0 = 0x00050047,
    /** System register DSPSR_EL0. */
    HvArm64RegisterDspsrEl0 = 0x00050048,
    /** System register MDCCINT_EL1. */
    HvArm64RegisterMdccintEl1 = 0x00050049,
    /** System register MDCCSR_EL0. */
    HvArm64RegisterMdccsrEl0 = 0x0005004A,
    /** System register MDRAR_EL1. */
    HvArm64RegisterMdrarEl1 = 0x0005004C,
    /** System register MDSCR_EL1. */
    HvArm64RegisterMdscrEl1 = 0x0005004D,
    /** System register OSDLR_EL1. */
    HvArm64RegisterOsdlrEl1 = 0x0005004E,
    /** System register OSDTRRX_EL1. */
    HvArm64RegisterOsdtrrxEl1 = 0x0005004F,
    /** System register OSDTRTX_EL1. */
    HvArm64RegisterOsdtrtxEl1 = 0x00050050,
    /** System register OSECCR_EL1. */
    HvArm64RegisterOseccrEl1 = 0x00050051,
    /** System register OSLAR_EL1. */
    HvArm64RegisterOslarEl1 = 0x00050052,
    /** System register OSLSR_EL1. */
    HvArm64RegisterOslsrEl1 = 0x00050053,
    /** System register TRFCR_EL1. */
    HvArm64RegisterTrfcrEl1 = 0x00050055,
    /** TRFCR_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterTrfcrElx = 0x00050057
} HV_ARM64_REGISTER_NAMES_DEBUG;

/**
 * \brief Register names (ARM64): debug registers (EL2) (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterDbgvcr32El2 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_DEBUG
 */
typedef enum _HV_ARM64_REGISTER_NAMES_DEBUG_HEADERS {
    /** EL2 system register DBGVCR32_EL2. */
    HvArm64RegisterDbgvcr32El2 = 0x00050046,
    /** EL2 system register MDCR_EL2. */
    HvArm64RegisterMdcrEl2 = 0x0005004B,
    /** EL2 system register SDER32_EL2. */
    HvArm64RegisterSder32El2 = 0x00050054,
    /** EL2 system register TRFCR_EL2. */
    HvArm64RegisterTrfcrEl2 = 0x00050056
} HV_ARM64_REGISTER_NAMES_DEBUG_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_pmu ARM64 performance and activity monitors
 * \brief PMU event counters, their types and controls, and the activity monitor registers.
 * \{
 */

/**
 * \brief Register names (ARM64): performance and activity monitors.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#performance-monitors--activity-monitors}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_PMU {
    /** System register PMCCFILTR_EL0. */
    HvArm64RegisterPmccfiltrEl0 = 0x00052000,
    /** System register PMCCNTR_EL0. */
    HvArm64RegisterPmccntrEl0 = 0x00052001,
    /** System register PMCEID0_EL0. */
    HvArm64RegisterPmceid0El0 = 0x00052002,
    /** System register PMCEID1_EL0. */
    HvArm64RegisterPmceid1El0 = 0x00052003,
    /** System register PMCNTENCLR_EL0. */
    HvArm64RegisterPmcntenclrEl0 = 0x00052004,
    /** System register PMCNTENSET_EL0. */
    HvArm64RegisterPmcntensetEl0 = 0x00052005,
    /** System register PMCR_EL0. */
    HvArm64RegisterPmcrEl0 = 0x00052006,
    /** System register PMEVCNTR0_EL0. */
    HvArm64RegisterPmevcntr0El0 = 0x00052007,
    /** System register PMEVCNTR1_EL0. */
    HvArm64RegisterPmevcntr1El0 = 0x00052008,
    /** System register PMEVCNTR2_EL0. */
    HvArm64RegisterPmevcntr2El0 = 0x00052009,
    /** System register PMEVCNTR3_EL0. */
    HvArm64RegisterPmevcntr3El0 = 0x0005200A,
    /** System register PMEVCNTR4_EL0. */
    HvArm64RegisterPmevcntr4El0 = 0x0005200B,
    /** System register PMEVCNTR5_EL0. */
    HvArm64RegisterPmevcntr5El0 = 0x0005200C,
    /** System register PMEVCNTR6_EL0. */
    HvArm64RegisterPmevcntr6El0 = 0x0005200D,
    /** System register PMEVCNTR7_EL0. */
    HvArm64RegisterPmevcntr7El0 = 0x0005200E,
    /** System register PMEVCNTR8_EL0. */
    HvArm64RegisterPmevcntr8El0 = 0x0005200F,
    /** System register PMEVCNTR9_EL0. */
    HvArm64RegisterPmevcntr9El0 = 0x00052010,
    /** System register PMEVCNTR10_EL0. */
    HvArm64RegisterPmevcntr10El0 = 0x00052011,
    /** System register PMEVCNTR11_EL0. */
    HvArm64RegisterPmevcntr11El0 = 0x00052012,
    /** System register PMEVCNTR12_EL0. */
    HvArm64RegisterPmevcntr12El0 = 0x00052013,
    /** System register PMEVCNTR13_EL0. */
    HvArm64RegisterPmevcntr13El0 = 0x00052014,
    /** System register PMEVCNTR14_EL0. */
    HvArm64RegisterPmevcntr14El0 = 0x00052015,
    /** System register PMEVCNTR15_EL0. */
    HvArm64RegisterPmevcntr15El0 = 0x00052016,
    /** System register PMEVCNTR16_EL0. */
    HvArm64RegisterPmevcntr16El0 = 0x00052017,
    /** System register PMEVCNTR17_EL0. */
    HvArm64RegisterPmevcntr17El0 = 0x00052018,
    /** System register PMEVCNTR18_EL0. */
    HvArm64RegisterPmevcntr18El0 = 0x00052019,
    /** System register PMEVCNTR19_EL0. */
    HvArm64RegisterPmevcntr19El0 = 0x0005201A,
    /** System register PMEVCNTR20_EL0. */
    HvArm64RegisterPmevcntr20El0 = 0x0005201B,
    /** System register PMEVCNTR21_EL0. */
    HvArm64RegisterPmevcntr21El0 = 0x0005201C,
    /** System register PMEVCNTR22_EL0. */
    HvArm64RegisterPmevcntr22El0 = 0x0005201D,
    /** System register PMEVCNTR23_EL0. */
    HvArm64RegisterPmevcntr23El0 = 0x0005201E,
    /** System register PMEVCNTR24_EL0. */
    HvArm64RegisterPmevcntr24El0 = 0x0005201F,
    /** System register PMEVCNTR25_EL0. */
    HvArm64RegisterPmevcntr25El0 = 0x00052020,
    /** System register PMEVCNTR26_EL0. */
    HvArm64RegisterPmevcntr26El0 = 0x00052021,
    /** System register PMEVCNTR27_EL0. */
    HvArm64RegisterPmevcntr27El0 = 0x00052022,
    /** System register PMEVCNTR28_EL0. */
    HvArm64RegisterPmevcntr28El0 = 0x00052023,
    /** System register PMEVCNTR29_EL0. */
    HvArm64RegisterPmevcntr29El0 = 0x00052024,
    /** System register PMEVCNTR30_EL0. */
    HvArm64RegisterPmevcntr30El0 = 0x00052025,
    /** System register PMEVTYPER0_EL0. */
    HvArm64RegisterPmevtyper0El0 = 0x00052026,
    /** System register PMEVTYPER1_EL0. */
    HvArm64RegisterPmevtyper1El0 = 0x00052027,
    /** System register PMEVTYPER2_EL0. */
    HvArm64RegisterPmevtyper2El0 = 0x00052028,
    /** System register PMEVTYPER3_EL0. */
    HvArm64RegisterPmevtyper3El0 = 0x00052029,
    /** System register PMEVTYPER4_EL0. */
    HvArm64RegisterPmevtyper4El0 = 0x0005202A,
    /** System register PMEVTYPER5_EL0. */
    HvArm64RegisterPmevtyper5El0 = 0x0005202B,
    /** System register PMEVTYPER6_EL0. */
    HvArm64RegisterPmevtyper6El0 = 0x0005202C,
    /** System register PMEVTYPER7_EL0. */
    HvArm64RegisterPmevtyper7El0 = 0x0005202D,
    /** System register PMEVTYPER8_EL0. */
    HvArm64RegisterPmevtyper8El0 = 0x0005202E,
    /** System register PMEVTYPER9_EL0. */
    HvArm64RegisterPmevtyper9El0 = 0x0005202F,
    /** System register PMEVTYPER10_EL0. */
    HvArm64RegisterPmevtyper10El0 = 0x00052030,
    /** System register PMEVTYPER11_EL0. */
    HvArm64RegisterPmevtyper11El0 = 0x00052031,
    /** System register PMEVTYPER12_EL0. */
    HvArm64RegisterPmevtyper12El0 = 0x00052032,
    /** System register PMEVTYPER13_EL0. */
    HvArm64RegisterPmevtyper13El0 = 0x00052033,
    /** System register PMEVTYPER14_EL0. */
    HvArm64RegisterPmevtyper14El0 = 0x00052034,
    /** System register PMEVTYPER15_EL0. */
    HvArm64RegisterPmevtyper15El0 = 0x00052035,
    /** System register PMEVTYPER16_EL0. */
    HvArm64RegisterPmevtyper16El0 = 0x00052036,
    /** System register PMEVTYPER17_EL0. */
    HvArm64RegisterPmevtyper17El0 = 0x00052037,
    /** System register PMEVTYPER18_EL0. */
    HvArm64RegisterPmevtyper18El0 = 0x00052038,
    /** System register PMEVTYPER19_EL0. */
    HvArm64RegisterPmevtyper19El0 = 0x00052039,
    /** System register PMEVTYPER20_EL0. */
    HvArm64RegisterPmevtyper20El0 = 0x0005203A,
    /** System register PMEVTYPER21_EL0. */
    HvArm64RegisterPmevtyper21El0 = 0x0005203B,
    /** System register PMEVTYPER22_EL0. */
    HvArm64RegisterPmevtyper22El0 = 0x0005203C,
    /** System register PMEVTYPER23_EL0. */
    HvArm64RegisterPmevtyper23El0 = 0x0005203D,
    /** System register PMEVTYPER24_EL0. */
    HvArm64RegisterPmevtyper24El0 = 0x0005203E,
    /** System register PMEVTYPER25_EL0. */
    HvArm64RegisterPmevtyper25El0 = 0x0005203F,
    /** System register PMEVTYPER26_EL0. */
    HvArm64RegisterPmevtyper26El0 = 0x00052040,
    /** System register PMEVTYPER27_EL0. */
    HvArm64RegisterPmevtyper27El0 = 0x00052041,
    /** System register PMEVTYPER28_EL0. */
    HvArm64RegisterPmevtyper28El0 = 0x00052042,
    /** System register PMEVTYPER29_EL0. */
    HvArm64RegisterPmevtyper29El0 = 0x00052043,
    /** System register PMEVTYPER30_EL0. */
    HvArm64RegisterPmevtyper30El0 = 0x00052044,
    /** System register PMINTENCLR_EL1. */
    HvArm64RegisterPmintenclrEl1 = 0x00052045,
    /** System register PMINTENSET_EL1. */
    HvArm64RegisterPmintensetEl1 = 0x00052046,
    /** System register PMOVSCLR_EL0. */
    HvArm64RegisterPmovsclrEl0 = 0x00052048,
    /** System register PMOVSSET_EL0. */
    HvArm64RegisterPmovssetEl0 = 0x00052049,
    /** System register PMSELR_EL0. */
    HvArm64RegisterPmselrEl0 = 0x0005204A,
    /** System register PMUSERENR_EL0. */
    HvArm64RegisterPmuserenrEl0 = 0x0005204C,
    /** System register PMXEVCNTR_EL0. */
    HvArm64RegisterPmxevcntrEl0 = 0x0005204D,
    /** System register PMXEVTYPER_EL0. */
    HvArm64RegisterPmxevtyperEl0 = 0x0005204E,
    /** System register AMEVCNTR00_EL0. */
    HvArm64RegisterAmevcntr00El0 = 0x00053000,
    /** System register AMEVCNTR01_EL0. */
    HvArm64RegisterAmevcntr01El0 = 0x00053001,
    /** System register AMEVCNTR02_EL0. */
    HvArm64RegisterAmevcntr02El0 = 0x00053002,
    /** System register AMEVCNTR03_EL0. */
    HvArm64RegisterAmevcntr03El0 = 0x00053003
} HV_ARM64_REGISTER_NAMES_PMU;

/**
 * \brief Register names (ARM64): performance monitors (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterPmmirEl1 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_PMU
 */
typedef enum _HV_ARM64_REGISTER_NAMES_PMU_HEADERS {
    /** System register PMMIR_EL1. */
    HvArm64RegisterPmmirEl1 = 0x00052047,
    /** System register PMSWINC_EL0. */
    HvArm64RegisterPmswincEl0 = 0x0005204B
} HV_ARM64_REGISTER_NAMES_PMU_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_spe ARM64 statistical profiling registers
 * \brief The SPE (PMS* and PMB*) registers.
 * \{
 */

/**
 * \brief Register names (ARM64): statistical profiling registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#statistical-profiling-extension-spe}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SPE {
    /** System register PMBIDR_EL1. */
    HvArm64RegisterPmbidrEl1 = 0x00054000,
    /** System register PMBLIMITR_EL1. */
    HvArm64RegisterPmblimitrEl1 = 0x00054001,
    /** System register PMBPTR_EL1. */
    HvArm64RegisterPmbptrEl1 = 0x00054002,
    /** System register PMBSR_EL1. */
    HvArm64RegisterPmbsrEl1 = 0x00054003,
    /** System register PMSCR_EL1. */
    HvArm64RegisterPmscrEl1 = 0x00054004,
    /** System register PMSEVFR_EL1. */
    HvArm64RegisterPmsevfrEl1 = 0x00054006,
    /** System register PMSFCR_EL1. */
    HvArm64RegisterPmsfcrEl1 = 0x00054007,
    /** System register PMSICR_EL1. */
    HvArm64RegisterPmsicrEl1 = 0x00054008,
    /** System register PMSIDR_EL1. */
    HvArm64RegisterPmsidrEl1 = 0x00054009,
    /** System register PMSIRR_EL1. */
    HvArm64RegisterPmsirrEl1 = 0x0005400A,
    /** System register PMSLATFR_EL1. */
    HvArm64RegisterPmslatfrEl1 = 0x0005400B,
    /** System register PMSNEVFR_EL1. */
    HvArm64RegisterPmsnevfrEl1 = 0x0005400C
} HV_ARM64_REGISTER_NAMES_SPE;

/**
 * \brief Register names (ARM64): statistical profiling registers (EL2) (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterPmscrEl2; rust-vmm/mshv's bindings of
 *       Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_SPE
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SPE_HEADERS {
    /** EL2 system register PMSCR_EL2. */
    HvArm64RegisterPmscrEl2 = 0x00054005
} HV_ARM64_REGISTER_NAMES_SPE_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_ras ARM64 RAS registers
 * \brief Error record and RAS status registers.
 * \{
 */

/**
 * \brief Register names (ARM64): RAS registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#ras-registers}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_RAS {
    /** System register DISR_EL1. */
    HvArm64RegisterDisrEl1 = 0x00056000,
    /** System register ERRSELR_EL1. */
    HvArm64RegisterErrselrEl1 = 0x00056002,
    /** System register ERXADDR_EL1. */
    HvArm64RegisterErxaddrEl1 = 0x00056003,
    /** System register ERXCTLR_EL1. */
    HvArm64RegisterErxctlrEl1 = 0x00056004,
    /** System register ERRXFR_EL1. */
    HvArm64RegisterErrxfrEl1 = 0x00056005,
    /** System register ERXMISC0_EL1. */
    HvArm64RegisterErxmisc0El1 = 0x00056006,
    /** System register ERXMISC1_EL1. */
    HvArm64RegisterErxmisc1El1 = 0x00056007,
    /** System register ERXMISC2_EL1. */
    HvArm64RegisterErxmisc2El1 = 0x00056008,
    /** System register ERXMISC3_EL1. */
    HvArm64RegisterErxmisc3El1 = 0x00056009,
    /** System register ERXPFGCDN_EL1. */
    HvArm64RegisterErxpfgcdnEl1 = 0x0005600A,
    /** System register ERXPFGCTL_EL1. */
    HvArm64RegisterErxpfgctlEl1 = 0x0005600B,
    /** System register ERXPFGF_EL1. */
    HvArm64RegisterErxpfgfEl1 = 0x0005600C,
    /** System register ERXSTATUS_EL1. */
    HvArm64RegisterErxstatusEl1 = 0x0005600D
} HV_ARM64_REGISTER_NAMES_RAS;

/**
 * \brief Register names (ARM64): RAS registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterErridrEl1 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_RAS
 */
typedef enum _HV_ARM64_REGISTER_NAMES_RAS_HEADERS {
    /** System register ERRIDR_EL1. */
    HvArm64RegisterErridrEl1 = 0x00056001,
    /** EL2 system register VDISR_EL2. */
    HvArm64RegisterVdisrEl2 = 0x0005600E,
    /** EL2 system register VSESR_EL2. */
    HvArm64RegisterVsesrEl2 = 0x0005600F
} HV_ARM64_REGISTER_NAMES_RAS_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_timer ARM64 generic timer registers
 * \brief Counter frequency, the physical and virtual timers and counters, their ELx forms and, from Microsoft's headers, the EL2 (hypervisor) timers and offsets.
 * \{
 */

/**
 * \brief Register names (ARM64): generic timer registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#generic-timer}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_TIMER {
    /** System register CNTFRQ_EL0. */
    HvArm64RegisterCntfrqEl0 = 0x00058000,
    /** System register CNTKCTL_EL1. */
    HvArm64RegisterCntkctlEl1 = 0x00058008,
    /** CNTKCTL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntkctlElx = 0x00058013,
    /** System register CNTP_CTL_EL0. */
    HvArm64RegisterCntpCtlEl0 = 0x00058009,
    /** CNTP_CTL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntpCtlElx = 0x00058014,
    /** System register CNTP_CVAL_EL0. */
    HvArm64RegisterCntpCvalEl0 = 0x0005800A,
    /** CNTP_CVAL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntpCvalElx = 0x00058015,
    /** System register CNTP_TVAL_EL0. */
    HvArm64RegisterCntpTvalEl0 = 0x0005800B,
    /** CNTP_TVAL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntpTvalElx = 0x00058016,
    /** System register CNTPCT_EL0. */
    HvArm64RegisterCntpctEl0 = 0x0005800C,
    /** System register CNTV_CTL_EL0. */
    HvArm64RegisterCntvCtlEl0 = 0x0005800E,
    /** CNTV_CTL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntvCtlElx = 0x00058017,
    /** System register CNTV_CVAL_EL0. */
    HvArm64RegisterCntvCvalEl0 = 0x0005800F,
    /** CNTV_CVAL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntvCvalElx = 0x00058018,
    /** System register CNTV_TVAL_EL0. */
    HvArm64RegisterCntvTvalEl0 = 0x00058010,
    /** CNTV_TVAL_ELx: the EL1 or EL2 form of the register, whichever the virtual processor's current exception level uses. */
    HvArm64RegisterCntvTvalElx = 0x00058019,
    /** System register CNTVCT_EL0. */
    HvArm64RegisterCntvctEl0 = 0x00058011
} HV_ARM64_REGISTER_NAMES_TIMER;

/**
 * \brief Register names (ARM64): generic timer registers (EL2) (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterCnthctlEl2 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_TIMER
 */
typedef enum _HV_ARM64_REGISTER_NAMES_TIMER_HEADERS {
    /** Generic timer register CNTHCTL_EL2. */
    HvArm64RegisterCnthctlEl2 = 0x00058001,
    /** Generic timer register CNTHP_CTL_EL2. */
    HvArm64RegisterCnthpCtlEl2 = 0x00058002,
    /** Generic timer register CNTHP_CVAL_EL2. */
    HvArm64RegisterCnthpCvalEl2 = 0x00058003,
    /** Generic timer register CNTHP_TVAL_EL2. */
    HvArm64RegisterCnthpTvalEl2 = 0x00058004,
    /** Generic timer register CNTHV_CTL_EL2. */
    HvArm64RegisterCnthvCtlEl2 = 0x00058005,
    /** Generic timer register CNTHV_CVAL_EL2. */
    HvArm64RegisterCnthvCvalEl2 = 0x00058006,
    /** Generic timer register CNTHV_TVAL_EL2. */
    HvArm64RegisterCnthvTvalEl2 = 0x00058007,
    /** Generic timer register CNTPOFF_EL2. */
    HvArm64RegisterCntpoffEl2 = 0x0005800D,
    /** Generic timer register CNTVOFF_EL2. */
    HvArm64RegisterCntvoffEl2 = 0x00058012
} HV_ARM64_REGISTER_NAMES_TIMER_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_gic ARM64 GIC registers
 * \brief The guest physical address of the virtual processor's GIC redistributor and, from Microsoft's headers, the GIC CPU interface (ICC) and virtualization control (ICH) registers.
 * \{
 */

/**
 * \brief Register names (ARM64): GIC registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#gic-redistributor}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_GIC {
    /** Guest physical address of the virtual processor's GIC redistributor. */
    HvArm64RegisterGicrBaseGpa = 0x00063000
} HV_ARM64_REGISTER_NAMES_GIC;

/**
 * \brief Register names (ARM64): GIC registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterIccAp1r0El1 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_GIC
 */
typedef enum _HV_ARM64_REGISTER_NAMES_GIC_HEADERS {
    /** GIC CPU interface register ICC_AP1R0_EL1. */
    HvArm64RegisterIccAp1r0El1 = 0x00060000,
    /** GIC CPU interface register ICC_AP1R1_EL1. */
    HvArm64RegisterIccAp1r1El1 = 0x00060001,
    /** GIC CPU interface register ICC_AP1R2_EL1. */
    HvArm64RegisterIccAp1r2El1 = 0x00060002,
    /** GIC CPU interface register ICC_AP1R3_EL1. */
    HvArm64RegisterIccAp1r3El1 = 0x00060003,
    /** GIC CPU interface register ICC_ASGI1R_EL1. */
    HvArm64RegisterIccAsgi1rEl1 = 0x00060004,
    /** GIC CPU interface register ICC_BPR1_EL1. */
    HvArm64RegisterIccBpr1El1 = 0x00060005,
    /** GIC CPU interface register ICC_CTLR_EL1. */
    HvArm64RegisterIccCtlrEl1 = 0x00060006,
    /** GIC CPU interface register ICC_DIR_EL1. */
    HvArm64RegisterIccDirEl1 = 0x00060007,
    /** GIC CPU interface register ICC_EOIR1_EL1. */
    HvArm64RegisterIccEoir1El1 = 0x00060008,
    /** GIC CPU interface register ICC_HPPIR1_EL1. */
    HvArm64RegisterIccHppir1El1 = 0x00060009,
    /** GIC CPU interface register ICC_IAR1_EL1. */
    HvArm64RegisterIccIar1El1 = 0x0006000A,
    /** GIC CPU interface register ICC_IGRPEN1_EL1. */
    HvArm64RegisterIccIgrpen1El1 = 0x0006000B,
    /** GIC CPU interface register ICC_PMR_EL1. */
    HvArm64RegisterIccPmrEl1 = 0x0006000C,
    /** GIC CPU interface register ICC_RPR_EL1. */
    HvArm64RegisterIccRprEl1 = 0x0006000D,
    /** GIC CPU interface register ICC_SGI1R_EL1. */
    HvArm64RegisterIccSgi1rEl1 = 0x0006000E,
    /** GIC CPU interface register ICC_SRE_EL1. */
    HvArm64RegisterIccSreEl1 = 0x0006000F,
    /** GIC CPU interface register ICC_SRE_EL2. */
    HvArm64RegisterIccSreEl2 = 0x00060010,
    /** GIC virtualization control register ICH_AP1R0_EL2. */
    HvArm64RegisterIchAp1r0El2 = 0x00061000,
    /** GIC virtualization control register ICH_AP1R1_EL2. */
    HvArm64RegisterIchAp1r1El2 = 0x00061001,
    /** GIC virtualization control register ICH_AP1R2_EL2. */
    HvArm64RegisterIchAp1r2El2 = 0x00061002,
    /** GIC virtualization control register ICH_AP1R3_EL2. */
    HvArm64RegisterIchAp1r3El2 = 0x00061003,
    /** GIC virtualization control register ICH_EISR_EL2. */
    HvArm64RegisterIchEisrEl2 = 0x00061004,
    /** GIC virtualization control register ICH_ELRSR_EL2. */
    HvArm64RegisterIchElrsrEl2 = 0x00061005,
    /** GIC virtualization control register ICH_HCR_EL2. */
    HvArm64RegisterIchHcrEl2 = 0x00061006,
    /** GIC virtualization control register ICH_LR0_EL2. */
    HvArm64RegisterIchLr0El2 = 0x00061007,
    /** GIC virtualization control register ICH_LR1_EL2. */
    HvArm64RegisterIchLr1El2 = 0x00061008,
    /** GIC virtualization control register ICH_LR2_EL2. */
    HvArm64RegisterIchLr2El2 = 0x00061009,
    /** GIC virtualization control register ICH_LR3_EL2. */
    HvArm64RegisterIchLr3El2 = 0x0006100A,
    /** GIC virtualization control register ICH_LR4_EL2. */
    HvArm64RegisterIchLr4El2 = 0x0006100B,
    /** GIC virtualization control register ICH_LR5_EL2. */
    HvArm64RegisterIchLr5El2 = 0x0006100C,
    /** GIC virtualization control register ICH_LR6_EL2. */
    HvArm64RegisterIchLr6El2 = 0x0006100D,
    /** GIC virtualization control register ICH_LR7_EL2. */
    HvArm64RegisterIchLr7El2 = 0x0006100E,
    /** GIC virtualization control register ICH_LR8_EL2. */
    HvArm64RegisterIchLr8El2 = 0x0006100F,
    /** GIC virtualization control register ICH_LR9_EL2. */
    HvArm64RegisterIchLr9El2 = 0x00061010,
    /** GIC virtualization control register ICH_LR10_EL2. */
    HvArm64RegisterIchLr10El2 = 0x00061011,
    /** GIC virtualization control register ICH_LR11_EL2. */
    HvArm64RegisterIchLr11El2 = 0x00061012,
    /** GIC virtualization control register ICH_LR12_EL2. */
    HvArm64RegisterIchLr12El2 = 0x00061013,
    /** GIC virtualization control register ICH_LR13_EL2. */
    HvArm64RegisterIchLr13El2 = 0x00061014,
    /** GIC virtualization control register ICH_LR14_EL2. */
    HvArm64RegisterIchLr14El2 = 0x00061015,
    /** GIC virtualization control register ICH_LR15_EL2. */
    HvArm64RegisterIchLr15El2 = 0x00061016,
    /** GIC virtualization control register ICH_MISR_EL2. */
    HvArm64RegisterIchMisrEl2 = 0x00061017,
    /** GIC virtualization control register ICH_VMCR_EL2. */
    HvArm64RegisterIchVmcrEl2 = 0x00061018,
    /** GIC virtualization control register ICH_VTR_EL2. */
    HvArm64RegisterIchVtrEl2 = 0x00061019,
    /** Size of one chunk of the interrupt controller's global state (GLOBAL_INTERRUPT_STATE_CHUNK_SIZE in the headers). */
    HvArm64RegisterGlobalInterruptStateChunkSize = 0x00070000
} HV_ARM64_REGISTER_NAMES_GIC_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_mpam ARM64 MPAM registers
 * \brief The memory partitioning and monitoring (MPAM) registers, which only Microsoft's headers list.
 * \{
 */

/**
 * \brief Register names (ARM64): MPAM registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterMpam0El1 or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_MPAM_HEADERS {
    /** Memory partitioning and monitoring register MPAM0_EL1. */
    HvArm64RegisterMpam0El1 = 0x00071000,
    /** Memory partitioning and monitoring register MPAM1_EL1. */
    HvArm64RegisterMpam1El1 = 0x00071001,
    /** Memory partitioning and monitoring register MPAM2_EL2. */
    HvArm64RegisterMpam2El2 = 0x00071002,
    /** Memory partitioning and monitoring register MPAMHCR_EL2. */
    HvArm64RegisterMpamhcrEl2 = 0x00071003,
    /** Memory partitioning and monitoring register MPAMIDR_EL1. */
    HvArm64RegisterMpamidrEl1 = 0x00071004,
    /** Memory partitioning and monitoring register MPAMSM_EL1. */
    HvArm64RegisterMpamsmEl1 = 0x00071005,
    /** Memory partitioning and monitoring register MPAMVPM0_EL2. */
    HvArm64RegisterMpamvpm0El2 = 0x00071006,
    /** Memory partitioning and monitoring register MPAMVPM1_EL2. */
    HvArm64RegisterMpamvpm1El2 = 0x00071007,
    /** Memory partitioning and monitoring register MPAMVPM2_EL2. */
    HvArm64RegisterMpamvpm2El2 = 0x00071008,
    /** Memory partitioning and monitoring register MPAMVPM3_EL2. */
    HvArm64RegisterMpamvpm3El2 = 0x00071009,
    /** Memory partitioning and monitoring register MPAMVPM4_EL2. */
    HvArm64RegisterMpamvpm4El2 = 0x0007100A,
    /** Memory partitioning and monitoring register MPAMVPM5_EL2. */
    HvArm64RegisterMpamvpm5El2 = 0x0007100B,
    /** Memory partitioning and monitoring register MPAMVPM6_EL2. */
    HvArm64RegisterMpamvpm6El2 = 0x0007100C,
    /** Memory partitioning and monitoring register MPAMVPM7_EL2. */
    HvArm64RegisterMpamvpm7El2 = 0x0007100D,
    /** Memory partitioning and monitoring register MPAMVPMV_EL2. */
    HvArm64RegisterMpamvpmvEl2 = 0x0007100E
} HV_ARM64_REGISTER_NAMES_MPAM_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_arm64_synthetic ARM64 synthetic registers
 * \brief The partition information page and, from Microsoft's headers, the interface version and TLB invalidation control.
 * \{
 */

/**
 * \brief Register names (ARM64): synthetic registers.
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#synthetic--hypervisor-added}
 * \see HV_REGISTER_NAME
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SYNTHETIC {
    /** Guest physical address of the partition information page. */
    HvArm64RegisterPartitionInfoPage = 0x00090015
} HV_ARM64_REGISTER_NAMES_SYNTHETIC;

/**
 * \brief Register names (ARM64): synthetic registers (Microsoft's headers only).
 *
 * Values of HV_REGISTER_NAME. ARM64 only: an x64 register may have the same number. No TLFS
 * edition documents these names or their numbers: they are those of Microsoft's
 * MIT-licensed headers, as rust-vmm/mshv's bindings give them
 * (mshv-bindings/src/arm64/bindings.rs).
 *
 * \note No TLFS edition lists HvArm64RegisterInterfaceVersion or the other names here;
 *       rust-vmm/mshv's bindings of Microsoft's headers do. \erratum{E642}
 *
 * \see HV_REGISTER_NAME, HV_ARM64_REGISTER_NAMES_SYNTHETIC
 */
typedef enum _HV_ARM64_REGISTER_NAMES_SYNTHETIC_HEADERS {
    /** Hypervisor-defined register: the version of the hypervisor's ARM64 interface. */
    HvArm64RegisterInterfaceVersion = 0x00090006,
    /** Hypervisor-defined register: TLB invalidation control. */
    HvArm64RegisterTlbiControl = 0x00090016
} HV_ARM64_REGISTER_NAMES_SYNTHETIC_HEADERS;

/** \} */

/**
 * \defgroup hvref_registers_values Register values
 * \brief The 128-bit register value and the formats of the registers whose
 *        value has fields.
 * \{
 */

/**
 * \brief Value of HvRegisterExplicitSuspend: whether the caller has
 *        suspended the virtual processor.
 *
 * A suspended virtual processor does not run. A new virtual processor
 * starts with Suspended set; its creator clears it with
 * HvCallSetVpRegisters once the initial state is written.
 *
 * \par Specification
 * \tlfs20{10.3.1}
 * \wdk2013{HV_EXPLICIT_SUSPEND_REGISTER}
 * \see HvRegisterExplicitSuspend, HV_REGISTER_VALUE
 */
typedef union _HV_EXPLICIT_SUSPEND_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Suspended : 1; /**< Bit 0: 1 while the caller keeps the virtual processor suspended. */
        UINT64 Reserved : 63; /**< Bits 63:1: reserved, zero. */
    };
} HV_EXPLICIT_SUSPEND_REGISTER, *PHV_EXPLICIT_SUSPEND_REGISTER;
HVREF_ASSERT_SIZE(HV_EXPLICIT_SUSPEND_REGISTER, 8);

/**
 * \brief Value of HvRegisterInterceptSuspend: whether the hypervisor has
 *        suspended the virtual processor for an intercept, and its TLB
 *        flush inhibit.
 *
 * The hypervisor sets Suspended when it delivers an intercept; the
 * intercept's handler clears it to let the processor run again. While
 * TlbFlushInhibit is set, a virtual processor that asks to flush this one's
 * TLB is suspended until the bit is cleared. A caller may clear bits, never
 * set them.
 *
 * \note TLFS 2.0 (followed here) names bit 1 TlbFlushInhibit; the 2013 WDK
 *       names it TlbLocked; Linux's and rust-vmm/mshv's headers reserve it.
 *       \erratum{E512}
 *
 * \par Specification
 * \tlfs20{10.3.1}
 * \wdk2013{HV_INTERCEPT_SUSPEND_REGISTER}
 * \see HvRegisterInterceptSuspend, HV_REGISTER_VALUE
 */
typedef union _HV_INTERCEPT_SUSPEND_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Suspended : 1;       /**< Bit 0: 1 while an intercept keeps the virtual processor suspended. */
        UINT64 TlbFlushInhibit : 1; /**< Bit 1: 1 makes remote TLB flushes of this processor wait. */
        UINT64 Reserved : 62;       /**< Bits 63:2: reserved, zero. */
    };
} HV_INTERCEPT_SUSPEND_REGISTER, *PHV_INTERCEPT_SUSPEND_REGISTER;
HVREF_ASSERT_SIZE(HV_INTERCEPT_SUSPEND_REGISTER, 8);

/**
 * \brief Value of HvRegisterDispatchSuspend: whether the scheduler holds the
 *        virtual processor back.
 *
 * The online TLFS names this type as a member of HV_REGISTER_VALUE but
 * gives no layout; the one bit here is the layout of Microsoft's headers
 * (Linux's include/hyperv/hvgdk_mini.h and rust-vmm/mshv's bindings), the
 * same as HV_EXPLICIT_SUSPEND_REGISTER's.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_value#architecture-neutral-members}
 * \see HvRegisterDispatchSuspend, HV_REGISTER_VALUE
 */
typedef union _HV_DISPATCH_SUSPEND_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Suspended : 1; /**< Bit 0: 1 while the virtual processor is held back from dispatch. */
        UINT64 Reserved : 63; /**< Bits 63:1: reserved. */
    };
} HV_DISPATCH_SUSPEND_REGISTER, *PHV_DISPATCH_SUSPEND_REGISTER;
HVREF_ASSERT_SIZE(HV_DISPATCH_SUSPEND_REGISTER, 8);

/**
 * \brief Value of HvRegisterInternalActivityState: the states that keep a
 *        virtual processor from running, as the hypervisor reports them.
 *
 * No TLFS edition gives its layout: the online TLFS lists the register as
 * read-only, and the three bits are those of Microsoft's headers
 * (rust-vmm/mshv's bindings, hv_internal_activity_register): waiting for a
 * startup (INIT-SIPI) signal, halted, and idle.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#suspend--migration}
 * \see HvRegisterInternalActivityState, HV_REGISTER_VALUE
 */
typedef union _HV_INTERNAL_ACTIVITY_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 StartupSuspend : 1; /**< Bit 0: waiting for a startup signal. */
        UINT64 HaltSuspend : 1;    /**< Bit 1: halted. */
        UINT64 IdleSuspend : 1;    /**< Bit 2: idle. */
        UINT64 Reserved : 61;      /**< Bits 63:3: reserved. */
    };
} HV_INTERNAL_ACTIVITY_REGISTER, *PHV_INTERNAL_ACTIVITY_REGISTER;
HVREF_ASSERT_SIZE(HV_INTERNAL_ACTIVITY_REGISTER, 8);

/**
 * \brief Value of HvRegisterInterruptState on x64: the interrupt shadow and
 *        the NMI mask.
 *
 * InterruptShadow is set for the one instruction after MOV SS, POP SS or
 * STI, when the processor delivers no interrupt; NmiMasked is set from the
 * delivery of an NMI until the next IRET.
 *
 * \par Specification
 * \tlfs60b{7.9,Virtual Processor Interrupt State Register}
 * \tlfs20{10.3.3}
 * \wdk2013{HV_X64_INTERRUPT_STATE_REGISTER}
 * \see HvRegisterInterruptState, HV_REGISTER_VALUE
 */
typedef union _HV_X64_INTERRUPT_STATE_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 InterruptShadow : 1; /**< Bit 0: in an interrupt shadow. */
        UINT64 NmiMasked : 1;       /**< Bit 1: NMIs are masked. */
        UINT64 Reserved : 62;       /**< Bits 63:2: reserved, zero. */
    };
} HV_X64_INTERRUPT_STATE_REGISTER, *PHV_X64_INTERRUPT_STATE_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_INTERRUPT_STATE_REGISTER, 8);

/**
 * \brief Kinds of pending interruption (the InterruptionType field of
 *        HV_X64_PENDING_INTERRUPTION_REGISTER).
 *
 * Value 1 is unused. TLFS 2.0 and the 2013 WDK list the first three; TLFS
 * 6.0b adds the software interrupt and the two software exceptions.
 *
 * \par Specification
 * \tlfs60b{7.9,Virtual Processor Pending Interruption Register}
 * \tlfs20{10.3.4}
 * \wdk2013{HV_X64_PENDING_INTERRUPTION_TYPE}
 * \see HV_X64_PENDING_INTERRUPTION_REGISTER
 */
typedef enum _HV_X64_PENDING_INTERRUPTION_TYPE {
    /** An external interrupt. */
    HvX64PendingInterrupt = 0,
    /** A non-maskable interrupt. */
    HvX64PendingNmi = 2,
    /** A hardware exception. */
    HvX64PendingException = 3,
    /** A software interrupt (INT n); InstructionLength gives the instruction's length. \tlfs60b{7.9,Virtual Processor Pending Interruption Register} */
    HvX64PendingSoftwareInterrupt = 4,
    /** A software exception raised by privileged software (a debug trap or fault such as INT1). \tlfs60b{7.9,Virtual Processor Pending Interruption Register} */
    HvX64PendingPrivilegedSoftwareException = 5,
    /** A software exception (INT3, INTO). \tlfs60b{7.9,Virtual Processor Pending Interruption Register} */
    HvX64PendingSoftwareException = 6
} HV_X64_PENDING_INTERRUPTION_TYPE;

/**
 * \brief Value of HvRegisterPendingInterruption on x64: an interruption the
 *        hypervisor delivers through the IDT when the virtual processor runs
 *        again.
 *
 * A parent handling an intercept writes it to inject an exception (a \#GP
 * for a refused MSR access, say). With InterruptionPending clear the other
 * fields mean nothing. If delivering the interruption causes an intercept,
 * it stays pending and is delivered again after the intercept is handled.
 * TLFS 2.0 and the 2013 WDK reserve bits 8:5; TLFS 6.0b defines
 * InstructionLength there.
 *
 * \note Linux's and rust-vmm/mshv's headers name bit 9 nested_event; TLFS
 *       6.0b reserves it. \erratum{E513}
 *
 * \par Specification
 * \tlfs60b{7.9,Virtual Processor Pending Interruption Register}
 * \tlfs20{10.3.4}
 * \wdk2013{HV_X64_PENDING_INTERRUPTION_REGISTER}
 * \see HvRegisterPendingInterruption, HV_X64_PENDING_INTERRUPTION_TYPE,
 *      HV_REGISTER_VALUE
 */
typedef union _HV_X64_PENDING_INTERRUPTION_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 InterruptionPending : 1; /**< Bit 0: an interruption is pending. */
        UINT64 InterruptionType : 3;    /**< Bits 3:1: an HV_X64_PENDING_INTERRUPTION_TYPE. */
        UINT64 DeliverErrorCode : 1;    /**< Bit 4: push ErrorCode with the interruption. */
        UINT64 InstructionLength : 4;   /**< Bits 8:5: length in bytes of the instruction, for software interrupts. */
        UINT64 Reserved : 7;            /**< Bits 15:9: reserved, zero. */
        UINT64 InterruptionVector : 16; /**< Bits 31:16: the IDT vector. */
        UINT64 ErrorCode : 32;          /**< Bits 63:32: the error code pushed when DeliverErrorCode is set. */
    };
} HV_X64_PENDING_INTERRUPTION_REGISTER, *PHV_X64_PENDING_INTERRUPTION_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_PENDING_INTERRUPTION_REGISTER, 8);

/**
 * \brief Value of an x87 register (HvX64RegisterFpMmx0 ... 7): the 80-bit
 *        extended-precision number in 16 bytes.
 *
 * As MMx the register's 64 bits are Mantissa. All members are 64-bit
 * bit-fields so that every compiler lays the 16 bytes out alike.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_fp_register}
 * \tlfs60b{7.9,Virtual Processor Floating-point and Vector Registers}
 * \tlfs20{10.3.5}
 * \wdk2013{HV_X64_FP_REGISTER}
 * \see HvX64RegisterFpMmx0, HV_REGISTER_VALUE
 */
typedef struct _HV_X64_FP_REGISTER {
    UINT64 Mantissa : 64;       /**< Bits 63:0: the 64-bit significand (the MMx register). */
    UINT64 BiasedExponent : 15; /**< Bits 14:0 of the second quadword: the exponent. */
    UINT64 Sign : 1;            /**< Bit 15 of the second quadword: the sign. */
    UINT64 Reserved : 48;       /**< Bits 63:16 of the second quadword: reserved, zero. */
} HV_X64_FP_REGISTER, *PHV_X64_FP_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_FP_REGISTER, 16);

/**
 * \brief Value of HvX64RegisterFpControlStatus: the x87 control, status and
 *        tag words and the last x87 instruction, as FXSAVE stores them.
 *
 * In 64-bit form LastFpRip is the whole instruction address; in 32-bit form
 * it is LastFpEip with the code segment selector LastFpCs.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_fp_control_status_register}
 * \tlfs60b{7.9,Virtual Processor Floating-point and Vector Registers}
 * \tlfs20{10.3.5}
 * \wdk2013{HV_X64_FP_CONTROL_STATUS_REGISTER}
 * \see HvX64RegisterFpControlStatus, HV_REGISTER_VALUE
 */
typedef struct _HV_X64_FP_CONTROL_STATUS_REGISTER {
    UINT16 FpControl; /**< The x87 control word (FCW). */
    UINT16 FpStatus;  /**< The x87 status word (FSW). */
    UINT8 FpTag;      /**< The abridged tag word (FTW), one bit per register. */
    UINT8 Reserved;   /**< Reserved, zero (the TLFS writes it as an 8-bit bit-field). */
    UINT16 LastFpOp;  /**< Opcode of the last x87 instruction (FOP). */
    HVREF_EXTENSION union {
        UINT64 LastFpRip; /**< Address of the last x87 instruction (64-bit form). */
        HVREF_EXTENSION struct {
            UINT32 LastFpEip; /**< Offset of the last x87 instruction (32-bit form). */
            UINT16 LastFpCs;  /**< Code segment selector of the last x87 instruction (32-bit form). */
            UINT16 Reserved1; /**< Unused in the 32-bit form. */
        };
    };
} HV_X64_FP_CONTROL_STATUS_REGISTER, *PHV_X64_FP_CONTROL_STATUS_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_FP_CONTROL_STATUS_REGISTER, 16);

/**
 * \brief Value of HvX64RegisterXmmControlStatus: the last x87 data operand
 *        and MXCSR with its mask, as FXSAVE stores them.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_xmm_control_status_register}
 * \tlfs60b{7.9,Virtual Processor Floating-point and Vector Registers}
 * \tlfs20{10.3.5}
 * \wdk2013{HV_X64_XMM_CONTROL_STATUS_REGISTER}
 * \see HvX64RegisterXmmControlStatus, HV_REGISTER_VALUE
 */
typedef struct _HV_X64_XMM_CONTROL_STATUS_REGISTER {
    HVREF_EXTENSION union {
        UINT64 LastFpRdp; /**< Address of the last x87 data operand (64-bit form). */
        HVREF_EXTENSION struct {
            UINT32 LastFpDp;  /**< Offset of the last x87 data operand (32-bit form). */
            UINT16 LastFpDs;  /**< Data segment selector of the last operand (32-bit form). */
            UINT16 Reserved;  /**< Unused in the 32-bit form. */
        };
    };
    UINT32 XmmStatusControl;     /**< MXCSR. */
    UINT32 XmmStatusControlMask; /**< MXCSR_MASK: the MXCSR bits the processor supports. */
} HV_X64_XMM_CONTROL_STATUS_REGISTER, *PHV_X64_XMM_CONTROL_STATUS_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_XMM_CONTROL_STATUS_REGISTER, 16);

/**
 * \brief Value of an x64 segment register (HvX64RegisterEs ... Gs,
 *        HvX64RegisterLdtr, HvX64RegisterTr): the hidden descriptor state
 *        with its selector.
 *
 * Attributes holds bits 8-15 and 20-23 of the descriptor's second word. The
 * limit is ignored for 64-bit segments; for others it must be consistent
 * with Granularity (with Granularity set, its low 12 bits are all ones).
 * A segment with Present clear behaves as a null segment. The FS and GS base
 * MSRs are the Base of HvX64RegisterFs and HvX64RegisterGs; they have no
 * register names of their own. Base, Limit and Selector are declared as
 * full-width bit-fields of their own types (the layout is the TLFS's on
 * every compiler) so that the attribute bits can be checked against the
 * catalogue with the rest of the 128 bits.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_segment_register}
 * \tlfs60b{7.9,Virtual Processor Segment Registers}
 * \tlfs20{10.3.6}
 * \wdk2013{HV_X64_SEGMENT_REGISTER}
 * \see HvX64RegisterCs, HV_REGISTER_VALUE
 */
typedef struct _HV_X64_SEGMENT_REGISTER {
    UINT64 Base : 64;     /**< Bytes 7:0: segment base address. */
    UINT32 Limit : 32;    /**< Bytes 11:8: segment limit, in bytes (expanded by Granularity). */
    UINT16 Selector : 16; /**< Bytes 13:12: segment selector. */
    HVREF_EXTENSION union {
        HVREF_EXTENSION struct {
            UINT16 SegmentType : 4;              /**< Bits 3:0 of Attributes: the descriptor type. */
            UINT16 NonSystemSegment : 1;         /**< Bit 4: S, 1 for a code or data segment. */
            UINT16 DescriptorPrivilegeLevel : 2; /**< Bits 6:5: DPL. */
            UINT16 Present : 1;                  /**< Bit 7: P. */
            UINT16 Reserved : 4;                 /**< Bits 11:8: reserved, zero. */
            UINT16 Available : 1;                /**< Bit 12: AVL, free for software. */
            UINT16 Long : 1;                     /**< Bit 13: L, a 64-bit code segment. */
            UINT16 Default : 1;                  /**< Bit 14: D/B, default operand size 32 bits. */
            UINT16 Granularity : 1;              /**< Bit 15: G, the limit counts 4 KB units. */
        };
        UINT16 Attributes; /**< All the attribute bits as one word. */
    };
} HV_X64_SEGMENT_REGISTER, *PHV_X64_SEGMENT_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_SEGMENT_REGISTER, 16);

/**
 * \brief Value of an x64 descriptor-table register (HvX64RegisterIdtr,
 *        HvX64RegisterGdtr): base and 16-bit limit.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_table_register}
 * \tlfs60b{7.9,Virtual Processor Table Registers}
 * \tlfs20{10.3.7}
 * \wdk2013{HV_X64_TABLE_REGISTER}
 * \see HvX64RegisterIdtr, HV_REGISTER_VALUE
 */
typedef struct _HV_X64_TABLE_REGISTER {
    UINT16 Pad[3]; /**< Padding that aligns Base; zero. */
    UINT16 Limit;  /**< Table limit, in bytes. */
    UINT64 Base;   /**< Table base address. */
} HV_X64_TABLE_REGISTER, *PHV_X64_TABLE_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_TABLE_REGISTER, 16);

/**
 * \brief Value of the NPIEP configuration (HV_X64_MSR_NPIEP_CONFIG): which
 *        descriptor-table instructions user-mode code may no longer run.
 *
 * Each bit set makes the named instruction raise \#GP when code at CPL 3
 * runs it, so that user mode cannot learn where the GDT, IDT, LDT or TSS
 * lives. The setting is per virtual processor; CPUID leaf 0x40000003 EDX
 * bit 12 (Npiep1Available) says whether the hypervisor offers it.
 *
 * \note The online TLFS and TLFS 6.0b (followed here) name bit 0
 *       PreventSgdt; rust-vmm/mshv's bindings of Microsoft's headers name the
 *       four bits prevents_gdt, prevents_idt, prevents_ldt and prevents_tr.
 *       \erratum{E643}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_msr_npiep_config_contents}
 * \tlfsonline{vp-properties#non-privileged-instruction-execution-prevention-npiep-x64-only}
 * \tlfs60b{8.12}
 * \see HV_X64_MSR_NPIEP_CONFIG, HV_REGISTER_VALUE
 */
typedef union _HV_X64_MSR_NPIEP_CONFIG_CONTENTS {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 PreventSgdt : 1; /**< Bit 0: SGDT in user mode raises \#GP. */
        UINT64 PreventSidt : 1; /**< Bit 1: SIDT in user mode raises \#GP. */
        UINT64 PreventSldt : 1; /**< Bit 2: SLDT in user mode raises \#GP. */
        UINT64 PreventStr : 1;  /**< Bit 3: STR in user mode raises \#GP. */
        UINT64 Reserved : 60;   /**< Bits 63:4: reserved, zero. */
    };
} HV_X64_MSR_NPIEP_CONFIG_CONTENTS, *PHV_X64_MSR_NPIEP_CONFIG_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_NPIEP_CONFIG_CONTENTS, 8);

/**
 * \brief Value of the guest crash control register (HV_X64_MSR_CRASH_CTL,
 *        HvRegisterGuestCrashCtl): read, the crash actions the hypervisor
 *        offers; written, the action the guest takes after filling the crash
 *        parameters P0-P4.
 *
 * A guest that has crashed writes the crash parameters, then this register
 * with CrashNotify set (and CrashMessage too when P3 and P4 give the address
 * and length of a message), once per crash.
 *
 * \note TLFS 6.0b reserves bits 61:0; the online TLFS and OpenVMM name bits
 *       60:58 PreOSId and bit 61 NoCrashDump, which hvref defines.
 *       \erratum{E460} \erratum{E462}
 * \note The online data-type page calls the ARM64 register
 *       HvSyntheticMsrCrashCtl; the online partition-properties page, the
 *       register-name list and Microsoft's headers call it
 *       HvRegisterGuestCrashCtl, which hvref defines. \erratum{E461}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_crash_ctl_reg_contents}
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \see HV_X64_MSR_CRASH_CTL, HvRegisterGuestCrashCtl, HV_REGISTER_VALUE
 */
typedef union _HV_CRASH_CTL_REG_CONTENTS {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Reserved : 58;    /**< Bits 57:0: reserved; the TLFS spells them Reserved, which its section 1.2 says readers ignore. */
        UINT64 PreOSId : 3;      /**< Bits 60:58: the pre-OS environment the crash happened in (online TLFS). */
        UINT64 NoCrashDump : 1;  /**< Bit 61: no crash dump is captured (online TLFS). */
        UINT64 CrashMessage : 1; /**< Bit 62: P3 holds the message's guest physical address, P4 its length in bytes. */
        UINT64 CrashNotify : 1;  /**< Bit 63: the crash parameters are written; the hypervisor logs them. */
    };
} HV_CRASH_CTL_REG_CONTENTS, *PHV_CRASH_CTL_REG_CONTENTS;
HVREF_ASSERT_SIZE(HV_CRASH_CTL_REG_CONTENTS, 8);

/**
 * \brief Value of HvX64RegisterSevAvicGpa: the page of an SEV-SNP guest's
 *        Secure AVIC and whether it is on.
 *
 * PageNumber is a guest physical page number (the address shifted right by
 * 12).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_x64_register_sev_gpa_page}
 * \see HvX64RegisterSevAvicGpa, HV_REGISTER_VALUE
 */
typedef union _HV_X64_REGISTER_SEV_GPA_PAGE {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Enabled : 1;     /**< Bit 0: the page is in use. */
        UINT64 ReservedZ : 11;  /**< Bits 11:1: reserved, zero. */
        UINT64 PageNumber : 52; /**< Bits 63:12: guest physical page number of the page. */
    };
} HV_X64_REGISTER_SEV_GPA_PAGE, *PHV_X64_REGISTER_SEV_GPA_PAGE;
HVREF_ASSERT_SIZE(HV_X64_REGISTER_SEV_GPA_PAGE, 8);

/**
 * \brief Value of HvX64RegisterSevControl: whether the virtual processor
 *        runs with encrypted state, and the page of its VMSA.
 *
 * No TLFS edition gives this layout; it is that of Microsoft's headers
 * (rust-vmm/mshv's bindings, hv_x64_register_sev_control; OpenVMM's
 * HvX64RegisterSevControl).
 *
 * \note No TLFS edition defines HV_X64_REGISTER_SEV_CONTROL; Microsoft's
 *       headers as rust-vmm/mshv binds them and OpenVMM do. \erratum{E645}
 *
 * \see HvX64RegisterSevControl, HV_REGISTER_VALUE
 */
typedef union _HV_X64_REGISTER_SEV_CONTROL {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 EnableEncryptedState : 1; /**< Bit 0: the processor's state lives in the encrypted VMSA. */
        UINT64 ReservedZ : 11;           /**< Bits 11:1: reserved, zero. */
        UINT64 VmsaGpaPageNumber : 52;   /**< Bits 63:12: guest physical page number of the VMSA. */
    };
} HV_X64_REGISTER_SEV_CONTROL, *PHV_X64_REGISTER_SEV_CONTROL;
HVREF_ASSERT_SIZE(HV_X64_REGISTER_SEV_CONTROL, 8);

/**
 * \brief An exception event for a pending event register
 *        (HvRegisterPendingEvent0 ... 3) on x64: an exception the
 *        hypervisor raises in the guest when the processor runs again.
 *
 * The first byte is the header every pending event shares: EventPending
 * and the EventType of the event (0 for an exception). The TLFS names the
 * type (as the PendingExceptionEvent member of HV_REGISTER_VALUE) without
 * drawing it; the layout is that of Microsoft's headers (rust-vmm/mshv's
 * bindings, hv_x64_pending_exception_event, and OpenVMM's
 * HvX64PendingExceptionEvent, which agree). ExceptionParameter carries what
 * the exception needs beyond its error code (the faulting address of a page
 * fault, for one).
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_value#x64-specific-members}
 * \tlfs60b{7.8,Virtual Processor Register Values}
 * \see HvRegisterPendingEvent0, HV_REGISTER_VALUE
 */
typedef union _HV_X64_PENDING_EXCEPTION_EVENT {
    UINT64 AsUINT64[2]; /**< The whole value, low quadword first. */
    HVREF_EXTENSION struct {
        UINT64 EventPending : 1;     /**< Bit 0: the event is pending. */
        UINT64 EventType : 3;        /**< Bits 3:1: the kind of event; 0 for an exception. */
        UINT64 Reserved0 : 4;        /**< Bits 7:4: reserved, zero. */
        UINT64 DeliverErrorCode : 1; /**< Bit 8: push ErrorCode with the exception. */
        UINT64 Reserved1 : 7;        /**< Bits 15:9: reserved, zero. */
        UINT64 Vector : 16;          /**< Bits 31:16: the exception vector. */
        UINT64 ErrorCode : 32;       /**< Bits 63:32: the error code pushed when DeliverErrorCode is set. */
        UINT64 ExceptionParameter : 64; /**< Bits 127:64: what the exception needs besides its error code (a page fault's address). */
    };
} HV_X64_PENDING_EXCEPTION_EVENT, *PHV_X64_PENDING_EXCEPTION_EVENT;
HVREF_ASSERT_SIZE(HV_X64_PENDING_EXCEPTION_EVENT, 16);

/**
 * \brief A virtualization fault event for a pending event register on x64:
 *        a \#VE the hypervisor raises in the guest.
 *
 * The same one-byte header as HV_X64_PENDING_EXCEPTION_EVENT, then the
 * fault's parameters and code. No TLFS edition gives this layout; it is that
 * of Microsoft's headers (rust-vmm/mshv's bindings,
 * hv_x64_pending_virtualization_fault_event; OpenVMM's
 * HvX64PendingVirtualizationFaultEvent, which agree).
 *
 * \note No TLFS edition defines HV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT;
 *       Microsoft's headers as rust-vmm/mshv binds them and OpenVMM do.
 *       \erratum{E645}
 *
 * \see HvRegisterPendingEvent0, HV_REGISTER_VALUE
 */
typedef union _HV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT {
    UINT64 AsUINT64[2]; /**< The whole value, low quadword first. */
    HVREF_EXTENSION struct {
        UINT64 EventPending : 1; /**< Bit 0: the event is pending. */
        UINT64 EventType : 3;    /**< Bits 3:1: the kind of event (3 for a virtualization fault in OpenVMM's numbering). */
        UINT64 Reserved0 : 4;    /**< Bits 7:4: reserved, zero. */
        UINT64 Reserved1 : 8;    /**< Bits 15:8: reserved, zero. */
        UINT64 Parameter0 : 16;  /**< Bits 31:16: first parameter of the fault. */
        UINT64 Code : 32;        /**< Bits 63:32: the fault's code. */
        UINT64 Parameter1 : 64;  /**< Bits 127:64: second parameter of the fault. */
    };
} HV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT, *PHV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT;
HVREF_ASSERT_SIZE(HV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT, 16);

/**
 * \brief Value of HvRegisterVsmCapabilities: what virtual secure mode offers
 *        this partition.
 *
 * Read only. MbecVtlMask has a bit per VTL for which mode-based execute
 * control can be turned on; DenyLowerVtlStartup says whether a VTL may keep
 * lower VTLs from starting or resetting a virtual processor; Dr6Shared
 * (x64; reserved on ARM64) says whether DR6 is one register for all VTLs.
 * The bits from 18 up are those Microsoft's headers name: supervisor shadow
 * stacks, hardware and software HVPT (with the hardware range's size),
 * whether the intercept page and VTL return actions are available. The TLFS
 * gives the bits as a table and names no type; hvref names it after the
 * register.
 *
 * \note The online TLFS and TLFS 6.0b put Dr6Shared at bit 63, MbecVtlMask at
 *       bits 62:47 and DenyLowerVtlStartup at bit 46; Microsoft's headers
 *       (Linux's include/hyperv/hvgdk_mini.h, whose mshv_vtl driver reads
 *       Dr6Shared and InterceptPageAvailable through them) and OpenVMM put
 *       them at bits 0, 16:1 and 17 (followed here), as if the TLFS table
 *       were drawn mirrored. \erratum{E646} \erratum{E647} \erratum{E648}
 *
 * \note The TLFS reserves the bits above its three fields; Linux's header
 *       names bits 18-28 (SupervisorShadowStack and the others here) and
 *       OpenVMM also bits 29-34. \erratum{E655}
 *
 * \par Specification
 * \tlfsonline{vsm#vsm-capability-detection}
 * \tlfs60b{15.3,VSM Capability Detection}
 * \see HvRegisterVsmCapabilities, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_CAPABILITIES {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Dr6Shared : 1;              /**< Bit 0 (x64): DR6 is shared between the VTLs. */
        UINT64 MbecVtlMask : 16;           /**< Bits 16:1: the VTLs for which MBEC can be enabled, one bit per VTL. */
        UINT64 DenyLowerVtlStartup : 1;    /**< Bit 17: a VTL can refuse a virtual processor start or reset by a lower VTL. */
        UINT64 SupervisorShadowStack : 1;  /**< Bit 18: supervisor shadow stacks can be used per VTL (Microsoft's headers). */
        UINT64 HardwareHvptAvailable : 1;  /**< Bit 19: hardware HVPT is available (Microsoft's headers). */
        UINT64 SoftwareHvptAvailable : 1;  /**< Bit 20: software HVPT is available (Microsoft's headers). */
        UINT64 HardwareHvptRangeBits : 6;  /**< Bits 26:21: size of the hardware HVPT range, in address bits (Microsoft's headers). */
        UINT64 InterceptPageAvailable : 1; /**< Bit 27: intercepts can be delivered through the intercept page (Microsoft's headers). */
        UINT64 ReturnActionAvailable : 1;  /**< Bit 28: VTL return actions are available (Microsoft's headers). */
        UINT64 Reserved : 35;              /**< Bits 63:29: reserved. */
    };
} HV_REGISTER_VSM_CAPABILITIES, *PHV_REGISTER_VSM_CAPABILITIES;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_CAPABILITIES, 8);

/**
 * \brief Value of HvRegisterVsmPartitionStatus: which VTLs the partition
 *        has enabled, the highest it may use and which run with MBEC.
 *
 * Read only, one per partition, the same in every VTL.
 *
 * \note The online TLFS and TLFS 6.0b (followed here) reserve bits 63:36;
 *       OpenVMM's HvRegisterVsmPartitionStatus names bits 39:36
 *       supervisor_shadow_stack_enabled_vtl_set. \erratum{E651}
 *
 * \par Specification
 * \tlfsonline{vsm#hvregistervsmpartitionstatus}
 * \tlfs60b{15.3,VSM Status Registers}
 * \see HvRegisterVsmPartitionStatus, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_PARTITION_STATUS {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 EnabledVtlSet : 16;     /**< Bits 15:0: one bit per VTL enabled for the partition. */
        UINT64 MaximumVtl : 4;         /**< Bits 19:16: the highest VTL the partition may enable. */
        UINT64 MbecEnabledVtlSet : 16; /**< Bits 35:20: one bit per VTL with mode-based execute control on. */
        UINT64 ReservedZ : 28;         /**< Bits 63:36: reserved. */
    };
} HV_REGISTER_VSM_PARTITION_STATUS, *PHV_REGISTER_VSM_PARTITION_STATUS;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_PARTITION_STATUS, 8);

/**
 * \brief Value of HvRegisterVsmVpStatus: the VTLs enabled on this virtual
 *        processor, the one it is running in and whether MBEC is active.
 *
 * Read only, one per virtual processor, the same in every VTL.
 *
 * \par Specification
 * \tlfsonline{vsm#hvregistervsmvpstatus}
 * \tlfs60b{15.3,VSM Status Registers}
 * \see HvRegisterVsmVpStatus, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_VP_STATUS {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 ActiveVtl : 4;         /**< Bits 3:0: the VTL whose context is running. */
        UINT64 ActiveMbecEnabled : 1; /**< Bit 4: mode-based execute control is active. */
        UINT64 ReservedZ0 : 11;       /**< Bits 15:5: reserved. */
        UINT64 EnabledVtlSet : 16;    /**< Bits 31:16: one bit per VTL enabled on the virtual processor. */
        UINT64 ReservedZ1 : 32;       /**< Bits 63:32: reserved. */
    };
} HV_REGISTER_VSM_VP_STATUS, *PHV_REGISTER_VSM_VP_STATUS;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_VP_STATUS, 8);

/**
 * \brief Value of HvRegisterVsmPartitionConfig: partition-wide settings of
 *        one VTL (above 0).
 *
 * A VTL may write its own instance and those of lower VTLs.
 * EnableVtlProtection can be set once and never cleared; it must be set
 * before the VTL protects memory. DefaultVtlProtectionMask is the
 * protection (bit 0 read, bit 1 write, bits 2 and 3 the two kinds of
 * execute) given to pages the VTL has not protected itself, fixed when the
 * VTL is enabled. ZeroMemoryOnReset (on by default) clears the partition's
 * memory on reset; DenyLowerVtlStartup keeps lower VTLs from starting or
 * resetting a virtual processor; InterceptVpStartup turns each start or
 * reset into an intercept to this VTL. The TLFS writes two members
 * ReservedZ; hvref numbers them.
 *
 * \note The online TLFS and TLFS 6.0b (followed here) reserve bits 8:7 and
 *       63:10; rust-vmm/mshv's bindings of Microsoft's headers and OpenVMM
 *       name bits 7, 8 and 10-14 (intercept_acceptance and others).
 *       \erratum{E649} \erratum{E650}
 *
 * \note The online TLFS gives bit 2 of DefaultVtlProtectionMask as kernel-mode
 *       and bit 3 as user-mode execute; TLFS 6.0b gives them the other way
 *       round. \erratum{E644}
 *
 * \par Specification
 * \tlfsonline{vsm#partition-configuration}
 * \tlfs60b{15.5,Partition Configuration}
 * \see HvRegisterVsmPartitionConfig, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_PARTITION_CONFIG {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 EnableVtlProtection : 1;      /**< Bit 0: the VTL may apply memory protections (write once). */
        UINT64 DefaultVtlProtectionMask : 4; /**< Bits 4:1: default protection: read, write, kernel-mode execute, user-mode execute (online TLFS order). */
        UINT64 ZeroMemoryOnReset : 1;        /**< Bit 5: zero the partition's memory on reset. */
        UINT64 DenyLowerVtlStartup : 1;      /**< Bit 6: lower VTLs may not start or reset virtual processors. */
        UINT64 ReservedZ0 : 2;               /**< Bits 8:7: reserved, zero. */
        UINT64 InterceptVpStartup : 1;       /**< Bit 9: a virtual processor start or reset is an intercept to this VTL. */
        UINT64 ReservedZ1 : 54;              /**< Bits 63:10: reserved, zero. */
    };
} HV_REGISTER_VSM_PARTITION_CONFIG, *PHV_REGISTER_VSM_PARTITION_CONFIG;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_PARTITION_CONFIG, 8);

/**
 * \brief Value of HvRegisterVsmVpSecureConfigVtl0 ... 14: how a higher VTL
 *        configures a lower VTL on this virtual processor.
 *
 * Each VTL above 0 has one instance per lower VTL, named after the lower
 * VTL. MbecEnabled turns mode-based execute control on for the lower VTL.
 * TlbLocked holds back the lower VTL's address-space flushes until the bit
 * is cleared or the processor returns to the lower VTL.
 *
 * \note The online TLFS and TLFS 6.0b (followed here) reserve bits 63:2;
 *       OpenVMM's HvRegisterVsmVpSecureVtlConfig names bits 2 and 3
 *       (supervisor_shadow_stack_enabled, hardware_hvpt_enabled).
 *       \erratum{E652}
 *
 * \par Specification
 * \tlfsonline{vsm#configuring-lower-vtls}
 * \tlfs60b{15.5,Configuring Lower VTLs}
 * \see HvRegisterVsmVpSecureConfigVtl0, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_VP_SECURE_VTL_CONFIG {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 MbecEnabled : 1; /**< Bit 0: MBEC is on for the lower VTL. */
        UINT64 TlbLocked : 1;   /**< Bit 1: the lower VTL's TLB flushes wait. */
        UINT64 ReservedZ : 62;  /**< Bits 63:2: reserved, zero. */
    };
} HV_REGISTER_VSM_VP_SECURE_VTL_CONFIG, *PHV_REGISTER_VSM_VP_SECURE_VTL_CONFIG;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_VP_SECURE_VTL_CONFIG, 8);

/**
 * \brief Value of HvRegisterVsmCodePageOffsets (x64): where in the hypercall
 *        page the VTL call and VTL return sequences start.
 *
 * Read only, one per VTL, the same for the whole partition. A VTL enters or
 * leaves a higher VTL by a CALL to the hypercall page's address plus the
 * offset. ARM64 has no such register (it uses HVC with immediate 2 or 3).
 *
 * \par Specification
 * \tlfsonline{vsm#hypercall-page-assist-x64-only}
 * \tlfs60b{15.8}
 * \see HvRegisterVsmCodePageOffsets, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_CODE_PAGE_OFFSETS {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 VtlCallOffset : 12;   /**< Bits 11:0: byte offset of the VTL call sequence. */
        UINT64 VtlReturnOffset : 12; /**< Bits 23:12: byte offset of the VTL return sequence. */
        UINT64 ReservedZ : 40;       /**< Bits 63:24: reserved. */
    };
} HV_REGISTER_VSM_CODE_PAGE_OFFSETS, *PHV_REGISTER_VSM_CODE_PAGE_OFFSETS;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_CODE_PAGE_OFFSETS, 8);

/**
 * \brief Value of HvRegisterVsmVina: virtual interrupt notification assist,
 *        how a higher VTL learns that it holds up an interrupt for a lower
 *        VTL.
 *
 * Each VTL of each virtual processor has its own instance. When an
 * interrupt for a lower VTL could be delivered at once but the higher VTL is
 * running, the hypervisor sends the higher VTL an edge-triggered interrupt
 * at Vector, once: the notification stays asserted until the VinaAsserted
 * flag of the VP assist page's VTL control is cleared or, with AutoReset,
 * until the next entry into the VTL.
 *
 * \par Specification
 * \tlfsonline{vsm#virtual-interrupt-notification-assist}
 * \see HvRegisterVsmVina, HV_REGISTER_VALUE
 */
typedef union _HV_REGISTER_VSM_VINA {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 Vector : 8;      /**< Bits 7:0: the vector of the notification interrupt. */
        UINT64 Enabled : 1;     /**< Bit 8: notifications are on. */
        UINT64 AutoReset : 1;   /**< Bit 9: clear the asserted state on each entry into the VTL. */
        UINT64 AutoEoi : 1;     /**< Bit 10: deliver the notification without an end of interrupt. */
        UINT64 ReservedP : 53;  /**< Bits 63:11: reserved, preserve. */
    };
} HV_REGISTER_VSM_VINA, *PHV_REGISTER_VSM_VINA;
HVREF_ASSERT_SIZE(HV_REGISTER_VSM_VINA, 8);

/**
 * \brief Value of the interrupt state register on ARM64: the interrupt
 *        shadow.
 *
 * Microsoft's headers give the ARM64 build this format for register
 * 0x00010003 (HvRegisterInterruptState, which the online TLFS lists for
 * x64 only). No TLFS edition defines it.
 *
 * \note No TLFS edition defines HV_ARM64_INTERRUPT_STATE_REGISTER; Linux's
 *       include/hyperv/hvgdk_mini.h and rust-vmm/mshv's ARM64 bindings do.
 *       \erratum{E653}
 *
 * \see HvRegisterInterruptState, HV_REGISTER_VALUE
 */
typedef union _HV_ARM64_INTERRUPT_STATE_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 InterruptShadow : 1; /**< Bit 0: in an interrupt shadow. */
        UINT64 Reserved : 63;       /**< Bits 63:1: reserved, zero. */
    };
} HV_ARM64_INTERRUPT_STATE_REGISTER, *PHV_ARM64_INTERRUPT_STATE_REGISTER;
HVREF_ASSERT_SIZE(HV_ARM64_INTERRUPT_STATE_REGISTER, 8);

/**
 * \brief Kinds of pending interruption on ARM64 (the InterruptionType bit
 *        of HV_ARM64_PENDING_INTERRUPTION_REGISTER).
 *
 * \note No TLFS edition defines HV_ARM64_PENDING_INTERRUPTION_TYPE;
 *       rust-vmm/mshv's ARM64 bindings of Microsoft's headers do.
 *       \erratum{E653}
 *
 * \see HV_ARM64_PENDING_INTERRUPTION_REGISTER
 */
typedef enum _HV_ARM64_PENDING_INTERRUPTION_TYPE {
    /** An interrupt. */
    HvArm64PendingInterrupt = 0,
    /** An exception. */
    HvArm64PendingException = 1
} HV_ARM64_PENDING_INTERRUPTION_TYPE;

/**
 * \brief Value of the pending interruption register on ARM64: an interrupt
 *        or exception to deliver when the virtual processor runs again.
 *
 * Microsoft's headers give the ARM64 build this format for register
 * 0x00010002 (HvRegisterPendingInterruption, which the online TLFS lists
 * for x64 only). No TLFS edition defines it.
 *
 * \note No TLFS edition defines HV_ARM64_PENDING_INTERRUPTION_REGISTER;
 *       Linux's include/hyperv/hvgdk_mini.h and rust-vmm/mshv's ARM64
 *       bindings do. \erratum{E653}
 *
 * \see HvRegisterPendingInterruption, HV_ARM64_PENDING_INTERRUPTION_TYPE,
 *      HV_REGISTER_VALUE
 */
typedef union _HV_ARM64_PENDING_INTERRUPTION_REGISTER {
    UINT64 AsUINT64; /**< The whole value. */
    HVREF_EXTENSION struct {
        UINT64 InterruptionPending : 1; /**< Bit 0: an interruption is pending. */
        UINT64 InterruptionType : 1;    /**< Bit 1: an HV_ARM64_PENDING_INTERRUPTION_TYPE. */
        UINT64 Reserved : 30;           /**< Bits 31:2: reserved, zero. */
        UINT64 ErrorCode : 32;          /**< Bits 63:32: the error code. */
    };
} HV_ARM64_PENDING_INTERRUPTION_REGISTER, *PHV_ARM64_PENDING_INTERRUPTION_REGISTER;
HVREF_ASSERT_SIZE(HV_ARM64_PENDING_INTERRUPTION_REGISTER, 8);

/**
 * \brief A synthetic exception event for a pending event register on
 *        ARM64.
 *
 * The one-byte header of every pending event (EventPending, EventType),
 * three reserved bytes, the exception's type and a 64-bit context.
 *
 * \note No TLFS edition defines HV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT;
 *       Linux's include/hyperv/hvgdk_mini.h and rust-vmm/mshv's ARM64
 *       bindings do. \erratum{E653}
 *
 * \note Linux's include/hyperv/hvgdk_mini.h (followed here) has three reserved
 *       bytes after the header, putting ExceptionType at byte 4 and Context at
 *       byte 8; rust-vmm/mshv's ARM64 bindings pack the fields without them,
 *       at bytes 1 and 5. \erratum{E656} \erratum{E657}
 *
 * \see HvRegisterPendingEvent0, HV_REGISTER_VALUE
 */
typedef union _HV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT {
    UINT64 AsUINT64[2]; /**< The whole value, low quadword first. */
    HVREF_EXTENSION struct {
        UINT64 EventPending : 1;   /**< Bit 0: the event is pending. */
        UINT64 EventType : 3;      /**< Bits 3:1: the kind of event. */
        UINT64 Reserved : 4;       /**< Bits 7:4: reserved, zero. */
        UINT64 Rsvd : 24;          /**< Bits 31:8 (bytes 3:1): reserved, zero. */
        UINT64 ExceptionType : 32; /**< Bits 63:32: the synthetic exception's type. */
        UINT64 Context : 64;       /**< Bits 127:64: the exception's context value. */
    };
} HV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT, *PHV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT;
HVREF_ASSERT_SIZE(HV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT, 16);

/**
 * \brief The value of any register: 16 bytes, seen as whichever format the
 *        register's name calls for.
 *
 * A value narrower than 128 bits sits in the low bytes, and the rest is
 * zero: write a 64-bit register through Reg64 after zeroing the whole
 * union. The VP assist page register's format is
 * HV_X64_MSR_APIC_ASSIST_CONTENTS (virtual_interrupts.h) on both
 * architectures. Besides the TLFS's members, hvref adds those Microsoft's
 * headers have (InternalActivity, PendingVirtualizationFaultEvent,
 * SevControl and the ARM64 formats, named with Arm64 where x64 uses the
 * same name) and the VSM register formats, so that every format of this
 * header can be reached through the union.
 *
 * TLFS 2.0 and the 2013 WDK stop at PendingInterruption; TLFS 6.0b adds
 * NpiepConfig and PendingExceptionEvent, and the online TLFS
 * DispatchSuspend.
 *
 * \note Linux's include/hyperv/hvgdk_mini.h and rust-vmm/mshv's bindings
 *       name the ARM64 members pending_interruption and interrupt_state, as
 *       the x64 ones, one or the other per build; hvref has both
 *       architectures in one union and calls the ARM64 ones
 *       Arm64PendingInterruption and Arm64InterruptState. \erratum{E654}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_value}
 * \tlfs60b{7.8,Virtual Processor Register Values}
 * \tlfs20{10.2.3}
 * \wdk2013{HV_REGISTER_VALUE}
 * \see HV_REGISTER_NAME, HvCallGetVpRegisters, HvCallSetVpRegisters
 */
typedef union _HV_REGISTER_VALUE {
    HV_UINT128 Reg128; /**< The whole 128-bit value. */
    UINT64 Reg64;      /**< A 64-bit register. */
    UINT32 Reg32;      /**< A 32-bit register. */
    UINT16 Reg16;      /**< A 16-bit register. */
    UINT8 Reg8;        /**< An 8-bit register. */
    HV_X64_FP_REGISTER Fp;                                 /**< HvX64RegisterFpMmx0 ... 7. */
    HV_X64_FP_CONTROL_STATUS_REGISTER FpControlStatus;     /**< HvX64RegisterFpControlStatus. */
    HV_X64_XMM_CONTROL_STATUS_REGISTER XmmControlStatus;   /**< HvX64RegisterXmmControlStatus. */
    HV_X64_SEGMENT_REGISTER Segment;                       /**< The segment registers, LDTR and TR. */
    HV_X64_TABLE_REGISTER Table;                           /**< IDTR and GDTR. */
    HV_EXPLICIT_SUSPEND_REGISTER ExplicitSuspend;          /**< HvRegisterExplicitSuspend. */
    HV_INTERCEPT_SUSPEND_REGISTER InterceptSuspend;        /**< HvRegisterInterceptSuspend. */
    HV_DISPATCH_SUSPEND_REGISTER DispatchSuspend;          /**< HvRegisterDispatchSuspend. */
    HV_X64_INTERRUPT_STATE_REGISTER InterruptState;        /**< HvRegisterInterruptState (x64). */
    HV_X64_PENDING_INTERRUPTION_REGISTER PendingInterruption; /**< HvRegisterPendingInterruption (x64). */
    HV_X64_MSR_NPIEP_CONFIG_CONTENTS NpiepConfig;          /**< The NPIEP configuration (x64). */
    HV_X64_PENDING_EXCEPTION_EVENT PendingExceptionEvent;  /**< An exception in HvRegisterPendingEvent0 ... 3 (x64). */
    HV_INTERNAL_ACTIVITY_REGISTER InternalActivity;        /**< HvRegisterInternalActivityState (Microsoft's headers). */
    HV_X64_PENDING_VIRTUALIZATION_FAULT_EVENT PendingVirtualizationFaultEvent; /**< A virtualization fault in a pending event register (x64, Microsoft's headers). */
    HV_X64_REGISTER_SEV_CONTROL SevControl;                /**< HvX64RegisterSevControl (Microsoft's headers). */
    HV_X64_REGISTER_SEV_GPA_PAGE SevGpaPage;               /**< HvX64RegisterSevAvicGpa (hvref's addition). */
    HV_REGISTER_VSM_CAPABILITIES VsmCapabilities;          /**< HvRegisterVsmCapabilities (hvref's addition). */
    HV_REGISTER_VSM_PARTITION_STATUS VsmPartitionStatus;   /**< HvRegisterVsmPartitionStatus (hvref's addition). */
    HV_REGISTER_VSM_VP_STATUS VsmVpStatus;                 /**< HvRegisterVsmVpStatus (hvref's addition). */
    HV_REGISTER_VSM_PARTITION_CONFIG VsmPartitionConfig;   /**< HvRegisterVsmPartitionConfig (hvref's addition). */
    HV_REGISTER_VSM_VP_SECURE_VTL_CONFIG VsmVpSecureVtlConfig; /**< HvRegisterVsmVpSecureConfigVtl0 ... 14 (hvref's addition). */
    HV_REGISTER_VSM_CODE_PAGE_OFFSETS VsmCodePageOffsets;  /**< HvRegisterVsmCodePageOffsets (hvref's addition). */
    HV_REGISTER_VSM_VINA VsmVina;                          /**< HvRegisterVsmVina (hvref's addition). */
    HV_ARM64_INTERRUPT_STATE_REGISTER Arm64InterruptState; /**< HvRegisterInterruptState on ARM64 (Microsoft's headers). */
    HV_ARM64_PENDING_INTERRUPTION_REGISTER Arm64PendingInterruption; /**< HvRegisterPendingInterruption on ARM64 (Microsoft's headers). */
    HV_ARM64_PENDING_SYNTHETIC_EXCEPTION_EVENT PendingSyntheticExceptionEvent; /**< A synthetic exception in a pending event register (ARM64, Microsoft's headers). */
} HV_REGISTER_VALUE, *PHV_REGISTER_VALUE;
HVREF_ASSERT_SIZE(HV_REGISTER_VALUE, 16);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* HVREF_REGISTERS_H */
