/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Timers: synthetic timer configuration, the reference TSC page and
 *        its MSR, the payload of a timer expiration message, and TLFS 2.0's
 *        periodic and PM timer assists.
 *
 * The hypervisor gives each partition a reference counter that counts 100 ns
 * units from the partition's creation, and each virtual processor four
 * synthetic timers that expire against that counter. A timer either posts a
 * message to a SynIC source (SINTx) or, in direct mode, raises an APIC
 * vector. A guest can also read the reference time without an intercept:
 * the hypervisor keeps a scale and an offset in a reference TSC page, and the
 * guest converts a TSC reading with them.
 *
 * The MSR numbers (HV_X64_MSR_TIME_REF_COUNT, HV_X64_MSR_REFERENCE_TSC,
 * HV_X64_MSR_STIMER0_CONFIG ... HV_X64_MSR_STIMER3_COUNT) are in msr.h. A
 * synthetic timer's count register has no fields: it is one UINT64 holding
 * the expiration time (one-shot) or the period (periodic) in 100 ns units.
 */
#ifndef HVREF_TIMERS_H
#define HVREF_TIMERS_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>
#include <hvref/msr.h>

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
 * \defgroup hvref_timers_stimer Synthetic timers
 * \brief The per-processor synthetic timers: how many there are and the
 *        layout of their configuration MSRs.
 *
 * To start a timer, write its count register, then its configuration
 * register with Enable set (or set AutoEnable first: a non-zero count then
 * enables the timer by itself). A one-shot timer's count is an absolute
 * reference time, a periodic timer's count the period; both are in 100 ns
 * units. Writing zero to the count stops the timer. Change the other
 * configuration fields only while the timer is disabled.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timers}
 * \tlfs60b{12.1,Synthetic Timers}
 * \tlfs60b{12.5}
 * \tlfs20{15.1.3}
 * \tlfs20{15.3}
 * \{
 */

/**
 * \brief Number of synthetic timers each virtual processor has (timer
 *        indices 0 to 3).
 *
 * The TLFS states the number in its list of timer services but gives it no
 * name; HV_SYNIC_STIMER_COUNT is the name Microsoft's headers and Linux use.
 *
 * \par Specification
 * \tlfsonline{timers}
 * \tlfs60b{12.1,Timer Services}
 * \tlfs20{15.1.1}
 * \see HV_X64_MSR_STIMER0_CONFIG, HV_TIMER_MESSAGE_PAYLOAD
 */
#define HV_SYNIC_STIMER_COUNT 4

/**
 * \brief Contents of a synthetic timer configuration MSR
 *        (HV_X64_MSR_STIMER0_CONFIG to HV_X64_MSR_STIMER3_CONFIG).
 *
 * Every field reads back as written; all are zero after the virtual
 * processor is created or reset, so every timer starts disabled. A one-shot
 * timer clears Enable when it expires. In message mode SINTx must not be
 * zero while the timer is enabled (the hypervisor would clear Enable); in
 * direct mode the timer raises ApicVector instead of posting a message.
 *
 * \note Bits 4-12 (ApicVector and DirectMode) are defined by the online TLFS
 *       and TLFS 6.0b; TLFS 2.0 and the 2013 WDK have them reserved.
 *       \erratum{E101} \erratum{E102}
 *
 * \note The reserved run below SINTx is bits 13-15 in the online TLFS and
 *       6.0b; TLFS 2.0 draws it as bits 4-15 but its table says 3-15
 *       (overlapping AutoEnable), and the WDK makes it 12 bits from bit 4.
 *       \erratum{E103}
 *
 * \note The online TLFS's table calls bit 0 "Enabled"; its text, 6.0b, 2.0
 *       and the WDK call it Enable. \erratum{E104}
 *
 * \par Specification
 * \tlfsonline{timers#register-layout}
 * \tlfs60b{12.5,Synthetic Timer Configuration Register}
 * \tlfs20{15.3.1}
 * \wdk2013{HV_X64_MSR_STIMER_CONFIG_CONTENTS}
 * \see HV_X64_MSR_STIMER0_CONFIG, HV_X64_MSR_STIMER0_COUNT,
 *      HV_SYNIC_STIMER_COUNT
 */
typedef union _HV_X64_MSR_STIMER_CONFIG_CONTENTS {
    UINT64 AsUINT64; /**< The whole MSR value. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1;     /**< Bit 0: 1 while the timer is running. */
        UINT64 Periodic : 1;   /**< Bit 1: 1 for a periodic timer, 0 for a one-shot timer. */
        UINT64 Lazy : 1;       /**< Bit 2: 1 lets the hypervisor skip an expiration a busy processor missed rather than deliver it late. */
        UINT64 AutoEnable : 1; /**< Bit 3: 1 makes a non-zero write to the count register set Enable. */
        UINT64 ApicVector : 8; /**< Bits 4-11: interrupt vector raised on expiration in direct mode. */
        UINT64 DirectMode : 1; /**< Bit 12: 1 raises ApicVector on expiration instead of posting a message. */
        UINT64 RsvdZ : 3;      /**< Bits 13-15: reserved, must be zero. */
        UINT64 SINTx : 4;      /**< Bits 16-19: SynIC source the expiration message is posted to. */
        UINT64 RsvdZ1 : 44;    /**< Bits 20-63: reserved, must be zero. */
    };
} HV_X64_MSR_STIMER_CONFIG_CONTENTS, *PHV_X64_MSR_STIMER_CONFIG_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_STIMER_CONFIG_CONTENTS, 8);

/** \} */

/**
 * \defgroup hvref_timers_unhalted Synthetic time-unhalted timer
 * \brief A periodic x64 timer that counts only while the virtual processor
 *        runs (not while it is halted).
 *
 * Available when CPUID leaf 0x40000003 reports
 * HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_TIME_UNHALTED_TIMER_AVAILABLE and
 * the partition has AccessSyntheticTimerRegs. Its count MSR,
 * HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT, holds the period in 100 ns units
 * of unhalted time. On expiration the hypervisor raises the vector and sets
 * SyntheticTimeUnhaltedTimerExpired in the VP assist page, which the guest
 * clears. Not in TLFS 2.0 or the 2013 WDK.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-time-unhalted-timer-registers}
 * \tlfs60b{12.6}
 * \{
 */

/**
 * \brief Contents of HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG: the vector the
 *        time-unhalted timer raises and whether it runs.
 *
 * Vector 2 delivers an NMI; any other valid vector (16 or above) a fixed
 * interrupt. The TLFS gives the layout without a type name; this is the
 * name Microsoft's own headers use.
 *
 * \note The online TLFS names bits 9-63 RsvdZ; TLFS 6.0b calls them
 *       Reserved (MBZ). \erratum{E200}
 *
 * \par Specification
 * \tlfsonline{timers#register-layout-1}
 * \tlfs60b{12.6,Synthetic Time-Unhalted Timer Configuration MSR}
 * \see HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG,
 *      HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT,
 *      HV_X64_HYPERVISOR_FEATURES_EDX_SYNTHETIC_TIME_UNHALTED_TIMER_AVAILABLE
 */
typedef union _HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG_CONTENTS {
    UINT64 AsUINT64; /**< The whole MSR value. */
    HVREF_EXTENSION struct {
        UINT64 Vector : 8;  /**< Bits 0-7: vector raised on expiration; 2 for an NMI, else 16-255. */
        UINT64 Enabled : 1; /**< Bit 8: 1 while the timer runs. */
        UINT64 RsvdZ : 55;  /**< Bits 9-63: reserved, must be zero. */
    };
} HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG_CONTENTS, *PHV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG_CONTENTS, 8);

/** \} */

/**
 * \defgroup hvref_timers_reference_tsc Partition reference TSC page
 * \brief Reading the reference time from the TSC without an intercept.
 *
 * The guest places the page with HV_X64_MSR_REFERENCE_TSC (partitions with
 * the AccessPartitionReferenceTsc privilege). To read the reference time:
 * read TscSequence; if it is HV_REFERENCE_TSC_SEQUENCE_INVALID, read
 * HV_X64_MSR_TIME_REF_COUNT instead; otherwise read the TSC, TscScale and
 * TscOffset, then TscSequence again, and start over if it changed. The time
 * is the upper 64 bits of the 128-bit product TSC * TscScale, plus
 * TscOffset, in 100 ns units.
 *
 * \par Specification
 * \tlfsonline{timers#partition-reference-time-enlightenment}
 * \tlfsonline{timers#partition-reference-tsc-mechanism}
 * \tlfs60b{12.7}
 * \tlfs60b{12.7,Partition Reference TSC Mechanism}
 * \tlfs20{15.4}
 * \tlfs20{15.4.3}
 * \{
 */

/**
 * \brief TscSequence value saying that the page cannot be used now: read the
 *        reference counter MSR instead.
 *
 * The TLFS gives the value in its description of TscSequence; the name is
 * the 2013 WDK's.
 *
 * \par Specification
 * \tlfsonline{timers#partition-reference-tsc-mechanism}
 * \tlfs60b{12.7,Partition Reference TSC Mechanism}
 * \tlfs20{15.4.3.2}
 * \wdk2013{HV_REFERENCE_TSC_PAGE}
 * \see HV_REFERENCE_TSC_PAGE, HV_X64_MSR_TIME_REF_COUNT
 */
#define HV_REFERENCE_TSC_SEQUENCE_INVALID 0x00000000

/**
 * \brief Contents of HV_X64_MSR_REFERENCE_TSC: where the reference TSC page
 *        is and whether it is enabled.
 *
 * Zero when the partition is created, so the page starts disabled. A page
 * number beyond the partition's GPA space leaves the page inaccessible.
 *
 * \note TLFS 6.0b, 2.0 and the online TLFS name bits 1-11 RsvdP; the 2013 WDK
 *       names them ReservedP. \erratum{E105}
 *
 * \par Specification
 * \tlfsonline{timers#reference-time-stamp-counter-tsc-page-register}
 * \tlfs60b{12.7,Reference Time Stamp Counter (TSC) Page MSR}
 * \tlfs20{15.4.1}
 * \wdk2013{HV_X64_MSR_REFERENCE_TSC_CONTENTS}
 * \see HV_X64_MSR_REFERENCE_TSC, HV_REFERENCE_TSC_PAGE
 */
typedef union _HV_X64_MSR_REFERENCE_TSC_CONTENTS {
    UINT64 AsUINT64; /**< The whole MSR value. */
    HVREF_EXTENSION struct {
        UINT64 Enable : 1;         /**< Bit 0: 1 enables the reference TSC page. */
        UINT64 RsvdP : 11;         /**< Bits 1-11: reserved; preserve on writes. */
        UINT64 GpaPageNumber : 52; /**< Bits 12-63: guest physical page number of the reference TSC page. */
    };
} HV_X64_MSR_REFERENCE_TSC_CONTENTS, *PHV_X64_MSR_REFERENCE_TSC_CONTENTS;
HVREF_ASSERT_SIZE(HV_X64_MSR_REFERENCE_TSC_CONTENTS, 8);

/**
 * \brief The reference TSC page: the scale, offset and sequence number the
 *        hypervisor publishes for converting a TSC reading to reference time.
 *
 * The hypervisor writes the page; the guest only reads it. TscSequence
 * changes whenever TscScale or TscOffset do (after a restore or a migration),
 * so a reader that sees the same sequence before and after reading them has
 * a consistent pair.
 *
 * \note Linux's ms_hyperv_tsc_page declares only the first 24 bytes, without
 *       Reserved2. \erratum{E106}
 *
 * \par Specification
 * \tlfsonline{timers#partition-reference-time-stamp-counter-page}
 * \tlfs60b{12.7,Format of the Reference TSC Page}
 * \tlfs20{15.4.2}
 * \wdk2013{HV_REFERENCE_TSC_PAGE}
 * \see HV_X64_MSR_REFERENCE_TSC_CONTENTS, HV_REFERENCE_TSC_SEQUENCE_INVALID
 */
typedef struct _HV_REFERENCE_TSC_PAGE {
    volatile UINT32 TscSequence; /**< Changes whenever TscScale or TscOffset change; HV_REFERENCE_TSC_SEQUENCE_INVALID when the page must not be used. */
    UINT32 Reserved1;            /**< Reserved. */
    volatile UINT64 TscScale;    /**< Multiplier: reference time is the upper 64 bits of TSC * TscScale, plus TscOffset. */
    volatile INT64 TscOffset;    /**< Added to the scaled TSC, in 100 ns units. */
    UINT64 Reserved2[509];       /**< Reserved; fills the structure to one 4 KiB page. */
} HV_REFERENCE_TSC_PAGE, *PHV_REFERENCE_TSC_PAGE;
HVREF_ASSERT_SIZE(HV_REFERENCE_TSC_PAGE, 4096);

/** \} */

/**
 * \defgroup hvref_timers_message Timer expiration message
 * \brief What a synthetic timer in message mode posts to its SINTx.
 *
 * \par Specification
 * \tlfsonline{timers#synthetic-timer-expiration-message}
 * \tlfs60b{13.3}
 * \tlfs20{16.4}
 * \{
 */

/**
 * \brief Payload of a timer expiration message: which timer expired, when it
 *        was due and when the message was posted.
 *
 * The message type is HvMessageTimerExpired; the payload follows the 16-byte
 * message header. Both times are reference times in 100 ns units
 * (HV_NANO100_TIME in the online TLFS and the WDK); DeliveryTime may be later
 * than ExpirationTime.
 *
 * \note TLFS 6.0b and 2.0 label the four bytes after TimerIndex Rsvd; the
 *       online TLFS and the 2013 WDK name them Reserved. \erratum{E107}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_timer_message_payload}
 * \tlfs60b{13.3,Timer Expiration Message}
 * \tlfs20{16.4.1}
 * \wdk2013{HV_TIMER_MESSAGE_PAYLOAD}
 * \see HV_X64_MSR_STIMER_CONFIG_CONTENTS, HV_SYNIC_STIMER_COUNT
 */
typedef struct _HV_TIMER_MESSAGE_PAYLOAD {
    UINT32 TimerIndex;     /**< Index of the timer that expired, 0 to HV_SYNIC_STIMER_COUNT - 1. */
    UINT32 Reserved;       /**< Reserved. */
    UINT64 ExpirationTime; /**< Reference time at which the timer was due. */
    UINT64 DeliveryTime;   /**< Reference time at which the message was placed in the message slot. */
} HV_TIMER_MESSAGE_PAYLOAD, *PHV_TIMER_MESSAGE_PAYLOAD;
HVREF_ASSERT_SIZE(HV_TIMER_MESSAGE_PAYLOAD, 24);

/** \} */

/**
 * \defgroup hvref_timers_assists Periodic and PM timer assists (TLFS 2.0)
 * \brief Values a parent partition gives the hypervisor so that it, rather
 *        than the parent's device emulation, drives a child's periodic
 *        timer interrupt and answers reads of its ACPI PM timer.
 *
 * Each is a 64-bit partition property of the child, zero (off) by default:
 * HvPartitionPropertyEmulatedTimerPeriod (0x00030000),
 * HvPartitionPropertyEmulatedTimerControl (0x00030001) and
 * HvPartitionPropertyPmTimerAssist (0x00030002). Set the period first, then
 * the control with Enabled; a period of zero turns the periodic assist off.
 * Missed periods are caught up, as with a non-lazy periodic synthetic timer.
 *
 * \par Specification
 * \tlfs20{15.1.5}
 * \tlfs20{15.1.6}
 * \{
 */

/**
 * \brief Period of the periodic timer assist, in 100 ns units
 *        (HvPartitionPropertyEmulatedTimerPeriod).
 *
 * Zero disables the assist (and clears HV_EMULATED_TIMER_CONTROL::Enabled).
 *
 * \note Only TLFS 2.0 and the 2013 WDK define this layout; TLFS 6.0b and
 *       the online TLFS keep only the name of an x64 register for it
 *       (HvX64RegisterEmulatedTimerPeriod) and describe no periodic timer
 *       assist. \erratum{E252}
 *
 * \par Specification
 * \tlfs20{15.1.5}
 * \wdk2013{HV_EMULATED_TIMER_PERIOD}
 * \see HV_EMULATED_TIMER_CONTROL
 */
typedef union _HV_EMULATED_TIMER_PERIOD {
    UINT64 AsUINT64; /**< The whole property value. */
    UINT64 Period;   /**< The period in 100 ns units (an HV_NANO100_DURATION). */
} HV_EMULATED_TIMER_PERIOD, *PHV_EMULATED_TIMER_PERIOD;
HVREF_ASSERT_SIZE(HV_EMULATED_TIMER_PERIOD, 8);

/**
 * \brief Interrupt the periodic timer assist raises, and whether it runs
 *        (HvPartitionPropertyEmulatedTimerControl).
 *
 * The fields have the meaning and positions of the local APIC's interrupt
 * command register: the vector, the delivery mode (an x64 APIC delivery
 * mode, as HV_INTERRUPT_TYPE lists them), physical or logical destination,
 * and in the top byte the destination (MDA), usually copied from the I/O
 * APIC redirection entry of the timer the parent emulates. Changing the
 * fields while Enabled is set takes effect at once.
 *
 * \note Only TLFS 2.0 and the 2013 WDK define this layout; TLFS 6.0b and
 *       the online TLFS keep only the name of an x64 register for it
 *       (HvX64RegisterEmulatedTimerControl) and describe no periodic timer
 *       assist. \erratum{E252}
 *
 * \par Specification
 * \tlfs20{15.1.5}
 * \wdk2013{HV_EMULATED_TIMER_CONTROL}
 * \see HV_EMULATED_TIMER_PERIOD
 */
typedef union _HV_EMULATED_TIMER_CONTROL {
    UINT64 AsUINT64; /**< The whole property value. */
    HVREF_EXTENSION struct {
        UINT64 Vector : 8;                 /**< Interrupt vector. */
        UINT64 DeliveryMode : 3;           /**< APIC delivery mode (0 fixed, 1 lowest priority, ...). */
        UINT64 LogicalDestinationMode : 1; /**< 1: Mda is a logical destination; 0: a physical APIC ID. */
        UINT64 Enabled : 1;                /**< Set: the assist raises the interrupt every period. */
        UINT64 Reserved1 : 19;             /**< Reserved; zero. */
        UINT64 Reserved2 : 24;             /**< Reserved; zero. */
        UINT64 Mda : 8;                    /**< Destination (message destination address), as in ICR bits 63:56. */
    };
} HV_EMULATED_TIMER_CONTROL, *PHV_EMULATED_TIMER_CONTROL;
HVREF_ASSERT_SIZE(HV_EMULATED_TIMER_CONTROL, 8);

/**
 * \brief The ACPI PM timer assist: the I/O port whose reads the hypervisor
 *        answers and the timer's width (HvPartitionPropertyPmTimerAssist).
 *
 * With Enabled set, an IN (not INS) from Port returns the PM timer value the
 * hypervisor computes from the partition's reference time (3.579545 MHz,
 * 24 or 32 bits wide); other accesses to Port and to the three ports on each
 * side of it follow the partition's I/O intercepts. Where both an intercept
 * and the assist cover the port, the assist answers reads and writes are
 * intercepted.
 *
 * \note Only TLFS 2.0 and the 2013 WDK define this layout; TLFS 6.0b and
 *       the online TLFS keep only the name of an x64 register for it
 *       (HvX64RegisterPmTimerAssist) and describe no PM timer assist.
 *       \erratum{E252}
 * \note TLFS 2.0 names the reserved fields ReservedZ1 and ReservedZ2, the
 *       2013 WDK Reserved1 and Reserved2 (OpenVMM's HvPmTimerInfo reserved1
 *       and reserved2); hvref follows the TLFS.
 *       \erratum{E250} \erratum{E251}
 *
 * \par Specification
 * \tlfs20{15.1.6}
 * \wdk2013{HV_PM_TIMER_INFO}
 */
typedef union _HV_PM_TIMER_INFO {
    UINT64 AsUINT64; /**< The whole property value. */
    HVREF_EXTENSION struct {
        UINT64 Port : 16;       /**< The I/O port of the child's ACPI PM timer. */
        UINT64 Width24 : 1;     /**< Set: the timer is 24 bits wide; clear: 32 bits. */
        UINT64 Enabled : 1;     /**< Set: the assist answers reads of Port. */
        UINT64 ReservedZ1 : 14; /**< Reserved; must be zero. */
        UINT64 ReservedZ2 : 32; /**< Reserved; must be zero. */
    };
} HV_PM_TIMER_INFO, *PHV_PM_TIMER_INFO;
HVREF_ASSERT_SIZE(HV_PM_TIMER_INFO, 8);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop)
#endif

#endif /* HVREF_TIMERS_H */
