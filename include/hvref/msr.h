/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Numbers of the hypervisor's synthetic model-specific registers
 *        (MSRs) on x64.
 *
 * On x64 the hypervisor exposes much of its per-partition and
 * per-virtual-processor state as MSRs in the range 0x40000000-0x400010FF,
 * read and written with RDMSR and WRMSR. This header names every such MSR
 * that a TLFS edition or the 2013 WDK lists, as plain 32-bit integer
 * constants. The layouts of their contents are defined in the headers of the
 * chapters that describe them.
 *
 * ARM64 has no MSRs of this kind: there the same state is reached as
 * synthetic registers (HvRegister* names, for example HvRegisterVpIndex)
 * through HvCallGetVpRegisters and HvCallSetVpRegisters, which other hvref
 * headers define. The numbers here are available on every architecture, for
 * tools that read x64 state, but only x64 code can access the registers.
 *
 * Where sources disagree about a name or a number, the entity's note says
 * which source says what.
 *
 * \par Specification
 * \tlfs60b{C}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#ifndef HVREF_MSR_H
#define HVREF_MSR_H

#include <hvref/platform.h>

/**
 * \defgroup hvref_msr_interface Guest identity and hypercall MSRs
 * \brief MSRs a guest programs first: its identity, then the hypercall page.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#reporting-the-guest-os-identity}
 * \tlfsonline{hypercall-interface#establishing-the-hypercall-interface-x86x64}
 * \tlfs60b{2.6}
 * \tlfs60b{3.13}
 * \tlfs20{3.6}
 * \tlfs20{4.12}
 * \{
 */

/**
 * \brief Identifies the operating system running in the partition (vendor, OS and
 *        version); must be written before the hypercall page is enabled.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#reporting-the-guest-os-identity}
 * \tlfs60b{2.6}
 * \tlfs60b{C}
 * \tlfs20{3.6}
 * \tlfs20{H}
 * \wdk2013{Reporting the Identity of a Guest Operating System}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_GUEST_OS_ID 0x40000000

/**
 * \brief Enables the hypercall page and sets its guest physical page number.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#establishing-the-hypercall-interface-x86x64}
 * \tlfs60b{3.13}
 * \tlfs60b{C}
 * \tlfs20{4.12}
 * \tlfs20{H}
 * \wdk2013{Establishing the Hypercall Interface}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_HYPERCALL 0x40000001

/** \} */

/**
 * \defgroup hvref_msr_vp Virtual processor MSRs
 * \brief Per-virtual-processor information and control MSRs.
 *
 * \par Specification
 * \tlfsonline{vp-properties}
 * \tlfs60b{7.5}
 * \tlfs60b{7.8}
 * \tlfs60b{7.9}
 * \tlfs60b{8.12}
 * \tlfs20{10.1.4}
 * \tlfs20{10.2.1}
 * \tlfs20{10.3.2}
 * \{
 */

/**
 * \brief Read-only: the index (::HV_VP_INDEX) of the virtual processor that reads
 *        it.
 *
 * \par Specification
 * \tlfsonline{vp-properties#virtual-processor-indices}
 * \tlfs60b{7.8,Virtual Processor Index}
 * \tlfs60b{C}
 * \tlfs20{10.2.1}
 * \tlfs20{H}
 * \wdk2013{Virtual Processor Data Types}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_VP_INDEX 0x40000002

/**
 * \brief Read-only: how long this virtual processor has run, in 100 ns units.
 *
 * \par Specification
 * \tlfsonline{vp-properties#virtual-processor-run-time-register}
 * \tlfs60b{7.9,Virtual Processor Run Time Register}
 * \tlfs60b{C}
 * \tlfs20{10.3.2}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_VP_RUNTIME 0x40000010

/**
 * \brief Configures non-privileged instruction execution prevention (NPIEP):
 *        which descriptor-table instructions fault when run outside kernel
 *        mode.
 *
 * \par Specification
 * \tlfsonline{vp-properties#non-privileged-instruction-execution-prevention-npiep-x64-only}
 * \tlfsonline{datatypes/hv_x64_msr_npiep_config_contents}
 * \tlfs60b{8.12}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NPIEP_CONFIG 0x40000040

/**
 * \brief Enables the virtual processor assist page and sets its guest physical
 *        page number.
 *
 * \note Named HV_X64_MSR_VP_ASSIST_PAGE by TLFS 6.0b Appendix C and the
 *       online TLFS. TLFS 2.0 (Appendix H, section 13.3.4.1), the 2013 WDK,
 *       and the private-state list of TLFS 6.0b section 15.11 call the same
 *       MSR HV_X64_MSR_APIC_ASSIST_PAGE, from the time the page held only
 *       the APIC (lazy EOI) assist; hvref keeps that name as the alias
 *       ::HV_X64_MSR_APIC_ASSIST_PAGE. \erratum{E020}
 *
 * \par Specification
 * \tlfsonline{vp-properties#virtual-processor-assist-page}
 * \tlfs60b{7.8,Virtual Processor Assist Page}
 * \tlfs60b{C}
 * \tlfs20{13.3.4.1}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 * \see HV_VP_ASSIST_PAGE
 */
#define HV_X64_MSR_VP_ASSIST_PAGE 0x40000073

/**
 * \brief Older name of ::HV_X64_MSR_VP_ASSIST_PAGE.
 *
 * \note TLFS 2.0 and the 2013 WDK use this name; TLFS 6.0b uses it only in
 *       its list of VTL-private MSRs and otherwise, like the online TLFS,
 *       uses HV_X64_MSR_VP_ASSIST_PAGE. \erratum{E020}
 *
 * \par Specification
 * \tlfs60b{15.11,Private State}
 * \tlfs20{13.3.4.1}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 * \see HV_X64_MSR_VP_ASSIST_PAGE
 */
#define HV_X64_MSR_APIC_ASSIST_PAGE HV_X64_MSR_VP_ASSIST_PAGE

/**
 * \brief Reading it puts the virtual processor into the idle sleep state until an
 *        interrupt arrives, even a masked one.
 *
 * \par Specification
 * \tlfsonline{vp-properties#virtual-processor-idle-sleep-state-x64-only}
 * \tlfs60b{7.5}
 * \tlfs60b{C}
 * \tlfs20{10.1.4}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_GUEST_IDLE 0x400000F0

/** \} */

/**
 * \defgroup hvref_msr_partition Partition-wide MSRs
 * \brief MSRs for partition-wide facilities: reset, frequencies and crash reporting.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3}
 * \tlfs20{6.3.5}
 * \{
 */

/**
 * \brief Writing it asks the hypervisor to reset the partition (a
 *        hypervisor-controlled reboot).
 *
 * \par Specification
 * \tlfsonline{vsm#shared-state}
 * \tlfs60b{C}
 * \tlfs20{6.3.5}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_RESET 0x40000003

/**
 * \brief Read-only: the time stamp counter frequency in Hz, as the hypervisor
 *        reports it.
 *
 * \par Specification
 * \tlfsonline{vsm#shared-state}
 * \tlfs60b{C}
 * \tlfs60b{15.11,Shared State}
 */
#define HV_X64_MSR_TSC_FREQUENCY 0x40000022

/**
 * \brief Read-only: the local APIC timer frequency in Hz, as the hypervisor
 *        reports it.
 *
 * \par Specification
 * \tlfsonline{vsm#private-state}
 * \tlfs60b{C}
 * \tlfs60b{15.11,Private State}
 */
#define HV_X64_MSR_APIC_FREQUENCY 0x40000023

/**
 * \brief Guest crash parameter 0: a value the guest stores for the host to
 *        record when the guest reports a crash.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_CRASH_P0 0x40000100

/**
 * \brief Guest crash parameter 1: a value the guest stores for the host to
 *        record when the guest reports a crash.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_CRASH_P1 0x40000101

/**
 * \brief Guest crash parameter 2: a value the guest stores for the host to
 *        record when the guest reports a crash.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_CRASH_P2 0x40000102

/**
 * \brief Guest crash parameter 3: a value the guest stores for the host to
 *        record when the guest reports a crash.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_CRASH_P3 0x40000103

/**
 * \brief Guest crash parameter 4: a value the guest stores for the host to
 *        record when the guest reports a crash.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_CRASH_P4 0x40000104

/**
 * \brief Guest crash control: reading it reports which crash-reporting
 *        capabilities the hypervisor offers; writing it reports a crash.
 *
 * \par Specification
 * \tlfsonline{partition-properties#guest-crash-enlightenment-interface}
 * \tlfsonline{datatypes/hv_crash_ctl_reg_contents}
 * \tlfs60b{4.3,Guest Crash Enlightenment Interface}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_CRASH_CTL 0x40000105

/** \} */

/**
 * \defgroup hvref_msr_apic Local APIC MSRs
 * \brief Synthetic MSRs that give fast access to local APIC registers.
 *
 * \par Specification
 * \tlfsonline{virtual-interrupts#local-apic-msr-accesses-x64-only}
 * \tlfs60b{10.2,Local APIC MSR Accesses}
 * \tlfs20{13.2.3}
 * \wdk2013{Local APIC MSR Accesses}
 * \{
 */

/**
 * \brief Write-only: signals end of interrupt to the local APIC (its EOI
 *        register).
 *
 * \par Specification
 * \tlfsonline{virtual-interrupts#hv_x64_msr_eoi}
 * \tlfs60b{10.2,Local APIC MSR Accesses}
 * \tlfs60b{C}
 * \tlfs20{13.2.3.1}
 * \tlfs20{H}
 * \wdk2013{Local APIC MSR Accesses}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_EOI 0x40000070

/**
 * \brief The local APIC interrupt command register, both halves in one 64-bit
 *        access.
 *
 * \par Specification
 * \tlfsonline{virtual-interrupts#hv_x64_msr_icr}
 * \tlfs60b{10.2,Local APIC MSR Accesses}
 * \tlfs60b{C}
 * \tlfs20{13.2.3.2}
 * \tlfs20{H}
 * \wdk2013{Local APIC MSR Accesses}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_ICR 0x40000071

/**
 * \brief The local APIC task priority register (64-bit code would normally
 *        use CR8).
 *
 * \par Specification
 * \tlfsonline{virtual-interrupts#hv_x64_msr_tpr}
 * \tlfs60b{10.2,Local APIC MSR Accesses}
 * \tlfs60b{C}
 * \tlfs20{13.2.3.3}
 * \tlfs20{H}
 * \wdk2013{Local APIC MSR Accesses}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_TPR 0x40000072

/** \} */

/**
 * \defgroup hvref_msr_synic SynIC MSRs
 * \brief Per-virtual-processor registers of the synthetic interrupt controller.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#synic-registers}
 * \tlfs60b{11.8}
 * \tlfs20{14.6}
 * \wdk2013{SynIC MSRs}
 * \{
 */

/**
 * \brief SynIC control: enables the virtual processor's SynIC.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#scontrol-register}
 * \tlfs60b{11.8,SCONTROL Register}
 * \tlfs60b{C}
 * \tlfs20{14.6.1}
 * \tlfs20{H}
 * \wdk2013{SCONTROL Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SCONTROL 0x40000080

/**
 * \brief Read-only: the SynIC version.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sversion-register}
 * \tlfs60b{11.8,SVERSION Register}
 * \tlfs60b{C}
 * \tlfs20{14.6.2}
 * \tlfs20{H}
 * \wdk2013{SVERSION Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SVERSION 0x40000081

/**
 * \brief Enables the synthetic interrupt event flags page (SIEF page) and
 *        sets its guest physical page number.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#siefp-register}
 * \tlfs60b{11.8,SIEFP Register}
 * \tlfs60b{C}
 * \tlfs20{14.6.3}
 * \tlfs20{H}
 * \wdk2013{SIEFP Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SIEFP 0x40000082

/**
 * \brief Enables the synthetic interrupt message page (SIM page) and sets
 *        its guest physical page number.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#simp-register}
 * \tlfs60b{11.8,SIMP Register}
 * \tlfs60b{C}
 * \tlfs20{14.6.4}
 * \tlfs20{H}
 * \wdk2013{SIMP Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SIMP 0x40000083

/**
 * \brief Write-only: end of message; tells the SynIC that a message slot was
 *        emptied so the next queued message can be delivered.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#eom-register}
 * \tlfs60b{11.8,EOM Register}
 * \tlfs60b{C}
 * \tlfs20{14.6.6}
 * \tlfs20{H}
 * \wdk2013{EOM Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_EOM 0x40000084

/**
 * \brief Configures synthetic interrupt source 0: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT0 0x40000090

/**
 * \brief Configures synthetic interrupt source 1: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT1 0x40000091

/**
 * \brief Configures synthetic interrupt source 2: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT2 0x40000092

/**
 * \brief Configures synthetic interrupt source 3: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT3 0x40000093

/**
 * \brief Configures synthetic interrupt source 4: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT4 0x40000094

/**
 * \brief Configures synthetic interrupt source 5: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT5 0x40000095

/**
 * \brief Configures synthetic interrupt source 6: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT6 0x40000096

/**
 * \brief Configures synthetic interrupt source 7: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT7 0x40000097

/**
 * \brief Configures synthetic interrupt source 8: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT8 0x40000098

/**
 * \brief Configures synthetic interrupt source 9: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT9 0x40000099

/**
 * \brief Configures synthetic interrupt source 10: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT10 0x4000009A

/**
 * \brief Configures synthetic interrupt source 11: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT11 0x4000009B

/**
 * \brief Configures synthetic interrupt source 12: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT12 0x4000009C

/**
 * \brief Configures synthetic interrupt source 13: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT13 0x4000009D

/**
 * \brief Configures synthetic interrupt source 14: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT14 0x4000009E

/**
 * \brief Configures synthetic interrupt source 15: its vector and masking,
 *        auto-EOI and polling settings.
 *
 * \par Specification
 * \tlfsonline{inter-partition-communication#sintx-registers}
 * \tlfs60b{11.8,SINTx Registers}
 * \tlfs60b{C}
 * \tlfs20{14.6.5}
 * \tlfs20{H}
 * \wdk2013{SINTx Registers}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_SINT15 0x4000009F

/** \} */

/**
 * \defgroup hvref_msr_timers Timer MSRs
 * \brief The partition reference counter, the reference TSC page, the four
 *        synthetic timers and the time-unhalted timer.
 *
 * \par Specification
 * \tlfsonline{timers}
 * \tlfs60b{12.4}
 * \tlfs60b{12.5}
 * \tlfs60b{12.6}
 * \tlfs60b{12.7}
 * \tlfs20{15.2}
 * \tlfs20{15.3}
 * \tlfs20{15.4.1}
 * \{
 */

/**
 * \brief Read-only: the partition reference counter, a partition-wide count of
 *        100 ns units that starts at zero when the partition is created.
 *
 * The index of TLFS 2.0 spells this name HV_X64_MSR_TIMER_REF_COUNT
 * once; its body text and Appendix H, and every other source, spell it
 * HV_X64_MSR_TIME_REF_COUNT, so hvref defines only that name.
 *
 * \par Specification
 * \tlfsonline{timers#partition-reference-counter-register}
 * \tlfs60b{12.4,Reference Counter MSR}
 * \tlfs60b{C}
 * \tlfs20{15.2.1}
 * \tlfs20{H}
 * \wdk2013{Reference Counter MSR}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_TIME_REF_COUNT 0x40000020

/**
 * \brief Enables the partition reference TSC page and sets its guest physical
 *        page number.
 *
 * The appendix tables of TLFS 6.0b and TLFS 2.0 mark this MSR
 * read-only and describe it as the reference TSC itself; their
 * timer chapters, and the online TLFS, describe it as the writable
 * register that locates the reference TSC page.
 *
 * \par Specification
 * \tlfsonline{timers#reference-time-stamp-counter-tsc-page-register}
 * \tlfs60b{12.7,Reference Time Stamp Counter (TSC) Page MSR}
 * \tlfs60b{C}
 * \tlfs20{15.4.1}
 * \tlfs20{H}
 * \wdk2013{Reference TSC Page MSR}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_REFERENCE_TSC 0x40000021

/**
 * \brief Configuration of synthetic timer 0: enable, periodic mode, and the
 *        SynIC source or APIC vector it signals.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Configuration Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.1}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Configuration Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER0_CONFIG 0x400000B0

/**
 * \brief Expiration time (one-shot) or period (periodic) of synthetic timer 0,
 *        in 100 ns units.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Count Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.2}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Count Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER0_COUNT 0x400000B1

/**
 * \brief Configuration of synthetic timer 1: enable, periodic mode, and the
 *        SynIC source or APIC vector it signals.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Configuration Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.1}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Configuration Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER1_CONFIG 0x400000B2

/**
 * \brief Expiration time (one-shot) or period (periodic) of synthetic timer 1,
 *        in 100 ns units.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Count Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.2}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Count Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER1_COUNT 0x400000B3

/**
 * \brief Configuration of synthetic timer 2: enable, periodic mode, and the
 *        SynIC source or APIC vector it signals.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Configuration Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.1}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Configuration Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER2_CONFIG 0x400000B4

/**
 * \brief Expiration time (one-shot) or period (periodic) of synthetic timer 2,
 *        in 100 ns units.
 *
 * \note TLFS 6.0b section 12.5 misprints this name as
 *       HX_X64_MSR_STIMER2_COUNT; its Appendix C and the other sources spell
 *       it HV_X64_MSR_STIMER2_COUNT. \erratum{E021}
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Count Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.2}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Count Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER2_COUNT 0x400000B5

/**
 * \brief Configuration of synthetic timer 3: enable, periodic mode, and the
 *        SynIC source or APIC vector it signals.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Configuration Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.1}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Configuration Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER3_CONFIG 0x400000B6

/**
 * \brief Expiration time (one-shot) or period (periodic) of synthetic timer 3,
 *        in 100 ns units.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-registers}
 * \tlfs60b{12.5,Synthetic Timer Count Register}
 * \tlfs60b{C}
 * \tlfs20{15.3.2}
 * \tlfs20{H}
 * \wdk2013{Synthetic Timer Count Register}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STIMER3_COUNT 0x400000B7

/**
 * \brief Configuration of the synthetic time-unhalted timer, which counts only
 *        while the virtual processor is running.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-time-unhalted-timer-registers}
 * \tlfs60b{12.6,Synthetic Time-Unhalted Timer Configuration MSR}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG 0x40000114

/**
 * \brief Period of the synthetic time-unhalted timer.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-time-unhalted-timer-registers}
 * \tlfs60b{12.6,Synthetic Time-Unhalted Timer Count MSR}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT 0x40000115

/** \} */

/**
 * \defgroup hvref_msr_nested Nested virtualization MSRs
 * \brief MSRs for hypervisors that run on the Microsoft hypervisor: live migration
 *        support and access to the underlying hypervisor's SynIC.
 *
 * \par Specification
 * \tlfsonline{nested-virtualization}
 * \tlfs60b{16.6}
 * \tlfs60b{16.14}
 * \{
 */

/**
 * \brief Sets the interrupt vector and target virtual processor on which a nested
 *        hypervisor is notified after its partition is live-migrated.
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#live-migration-notification}
 * \tlfs60b{16.6,Live Migration Notifications}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_REENLIGHTENMENT_CONTROL 0x40000106

/**
 * \brief Turns TSC access emulation on or off after a migration.
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#tsc-emulation}
 * \tlfs60b{16.6,TSC Emulation}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_TSC_EMULATION_CONTROL 0x40000107

/**
 * \brief Reports whether TSC accesses are being emulated after a migration;
 *        writing it can end the emulation.
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#tsc-emulation}
 * \tlfs60b{16.6,TSC Emulation}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_TSC_EMULATION_STATUS 0x40000108

/**
 * \brief Read-only, in a nested root partition: the index of this processor in
 *        the underlying hypervisor.
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-vp-index-register}
 * \tlfs60b{16.14,Nested VP Index Register}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_VP_INDEX 0x40001002

/**
 * \brief In a nested root partition: the underlying hypervisor's SCONTROL register
 *        (see ::HV_X64_MSR_SCONTROL).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SCONTROL 0x40001080

/**
 * \brief In a nested root partition: the underlying hypervisor's SVERSION register
 *        (see ::HV_X64_MSR_SVERSION).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SVERSION 0x40001081

/**
 * \brief In a nested root partition: the underlying hypervisor's SIEFP register
 *        (see ::HV_X64_MSR_SIEFP).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SIEFP 0x40001082

/**
 * \brief In a nested root partition: the underlying hypervisor's SIMP register
 *        (see ::HV_X64_MSR_SIMP).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SIMP 0x40001083

/**
 * \brief In a nested root partition: the underlying hypervisor's EOM register
 *        (see ::HV_X64_MSR_EOM).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_EOM 0x40001084

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 0 (see ::HV_X64_MSR_SINT0).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT0 0x40001090

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 1 (see ::HV_X64_MSR_SINT1).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT1 0x40001091

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 2 (see ::HV_X64_MSR_SINT2).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT2 0x40001092

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 3 (see ::HV_X64_MSR_SINT3).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT3 0x40001093

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 4 (see ::HV_X64_MSR_SINT4).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT4 0x40001094

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 5 (see ::HV_X64_MSR_SINT5).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT5 0x40001095

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 6 (see ::HV_X64_MSR_SINT6).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT6 0x40001096

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 7 (see ::HV_X64_MSR_SINT7).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT7 0x40001097

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 8 (see ::HV_X64_MSR_SINT8).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT8 0x40001098

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 9 (see ::HV_X64_MSR_SINT9).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT9 0x40001099

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 10 (see ::HV_X64_MSR_SINT10).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT10 0x4000109A

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 11 (see ::HV_X64_MSR_SINT11).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT11 0x4000109B

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 12 (see ::HV_X64_MSR_SINT12).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT12 0x4000109C

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 13 (see ::HV_X64_MSR_SINT13).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT13 0x4000109D

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 14 (see ::HV_X64_MSR_SINT14).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT14 0x4000109E

/**
 * \brief In a nested root partition: the underlying hypervisor's synthetic
 *        interrupt source 15 (see ::HV_X64_MSR_SINT15).
 *
 * \par Specification
 * \tlfsonline{nested-virtualization#nested-synic-msrs}
 * \tlfs60b{16.14,Nested SynIC MSRs}
 * \tlfs60b{C}
 */
#define HV_X64_MSR_NESTED_SINT15 0x4000109F

/** \} */

/**
 * \defgroup hvref_msr_20 MSRs of TLFS 2.0 only
 * \brief Power state and statistics page MSRs that TLFS 2.0 and the 2013 WDK
 *        list and TLFS 6.0b and the online TLFS do not.
 *
 * They belong to interfaces of the root partition (processor power
 * management, hypervisor statistics) that the later editions no longer
 * specify.
 *
 * \par Specification
 * \tlfs20{H}
 * \tlfs20{6.3.2.1}
 * \tlfs20{21.3.3}
 * \wdk2013{Hypervisor Synthetic MSRs}
 * \{
 */

/**
 * \brief Reading it makes the logical processor enter power state C1 as
 *        configured in ::HV_X64_MSR_POWER_STATE_CONFIG_C1.
 *
 * \par Specification
 * \tlfs20{6.3.2.1.2}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_POWER_STATE_TRIGGER_C1 0x400000C1

/**
 * \brief Reading it makes the logical processor enter power state C2 as
 *        configured in ::HV_X64_MSR_POWER_STATE_CONFIG_C2.
 *
 * \par Specification
 * \tlfs20{6.3.2.1.2}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_POWER_STATE_TRIGGER_C2 0x400000C2

/**
 * \brief Reading it makes the logical processor enter power state C3 as
 *        configured in ::HV_X64_MSR_POWER_STATE_CONFIG_C3.
 *
 * \par Specification
 * \tlfs20{6.3.2.1.2}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_POWER_STATE_TRIGGER_C3 0x400000C3

/**
 * \brief Configures how the transition to power state C1 is carried out.
 *
 * \par Specification
 * \tlfs20{6.3.2.1.1}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_POWER_STATE_CONFIG_C1 0x400000D1

/**
 * \brief Configures how the transition to power state C2 is carried out.
 *
 * \par Specification
 * \tlfs20{6.3.2.1.1}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_POWER_STATE_CONFIG_C2 0x400000D2

/**
 * \brief Configures how the transition to power state C3 is carried out.
 *
 * \par Specification
 * \tlfs20{6.3.2.1.1}
 * \tlfs20{H}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_POWER_STATE_CONFIG_C3 0x400000D3

/**
 * \brief Maps the partition's retail statistics page into the guest physical
 *        address space.
 *
 * \note TLFS 6.0b names this MSR in its list of MSRs shared between VTLs but
 *       gives no number; the number is from TLFS 2.0 and the 2013 WDK. \erratum{E022}
 *
 * \par Specification
 * \tlfs60b{15.11,Shared State}
 * \tlfs20{21.3.3}
 * \tlfs20{H}
 * \wdk2013{Statistics Page Mapping MSRs}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STATS_PARTITION_RETAIL_PAGE 0x400000E0

/**
 * \brief Maps the partition's internal statistics page into the guest physical
 *        address space.
 *
 * \par Specification
 * \tlfs20{21.3.3}
 * \tlfs20{H}
 * \wdk2013{Statistics Page Mapping MSRs}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STATS_PARTITION_INTERNAL_PAGE 0x400000E1

/**
 * \brief Maps the virtual processor's retail statistics page into the guest physical
 *        address space.
 *
 * \note TLFS 6.0b names this MSR in its list of MSRs shared between VTLs but
 *       gives no number; the number is from TLFS 2.0 and the 2013 WDK. \erratum{E023}
 *
 * \par Specification
 * \tlfs60b{15.11,Shared State}
 * \tlfs20{21.3.3}
 * \tlfs20{H}
 * \wdk2013{Statistics Page Mapping MSRs}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STATS_VP_RETAIL_PAGE 0x400000E2

/**
 * \brief Maps the virtual processor's internal statistics page into the guest physical
 *        address space.
 *
 * \par Specification
 * \tlfs20{21.3.3}
 * \tlfs20{H}
 * \wdk2013{Statistics Page Mapping MSRs}
 * \wdk2013{Hypervisor Synthetic MSRs}
 */
#define HV_X64_MSR_STATS_VP_INTERNAL_PAGE 0x400000E3

/** \} */

/**
 * \defgroup hvref_msr_unlisted MSRs missing from the appendices
 * \brief MSRs that TLFS 6.0b and the online TLFS name, in their lists of VTL-private
 *        and shared state, without giving a number.
 *
 * The numbers are taken from Microsoft's hypervisor headers (the
 * HV_X64_SYNTHETIC_MSR enumeration of the current Microsoft headers; Linux's
 * include/hyperv/hvgdk_mini.h has HV_X64_MSR_SIRBP too). They are not part
 * of any TLFS edition.
 *
 * \par Specification
 * \tlfsonline{vsm#private-state}
 * \tlfsonline{vsm#shared-state}
 * \tlfs60b{15.11,Private State}
 * \tlfs60b{15.11,Shared State}
 * \{
 */

/**
 * \brief SynIC register of the VTL-private state; the TLFS names it without
 *        describing it.
 *
 * \note Number from Microsoft's headers (HvSyntheticMsrSirb = 0x40000085);
 *       no TLFS edition numbers or describes it. \erratum{E024}
 *
 * \par Specification
 * \tlfsonline{vsm#private-state}
 * \tlfs60b{15.11,Private State}
 */
#define HV_X64_MSR_SIRBP 0x40000085

/**
 * \brief Reports which debug devices the hypervisor shares with the guest; part
 *        of the state shared by all VTLs.
 *
 * \note Number from Microsoft's headers (HvSyntheticMsrDebugDeviceOptions =
 *       0x400000FF); no TLFS edition numbers or describes it. \erratum{E025}
 *
 * \par Specification
 * \tlfsonline{vsm#shared-state}
 * \tlfs60b{15.11,Shared State}
 */
#define HV_X64_MSR_DEBUG_DEVICE_OPTIONS 0x400000FF

/**
 * \brief Locates a page below 1 MiB that the hypervisor uses; part of the state
 *        shared by all VTLs.
 *
 * \note Named only in TLFS 6.0b's list of shared MSRs; the online TLFS no
 *       longer lists it. Number from Microsoft's headers
 *       (HvSyntheticMsrBelow1MbPage = 0x40000200). \erratum{E026}
 *
 * \par Specification
 * \tlfs60b{15.11,Shared State}
 */
#define HV_X64_MSR_BELOW_1MB_PAGE 0x40000200

/** \} */

#endif /* HVREF_MSR_H */
