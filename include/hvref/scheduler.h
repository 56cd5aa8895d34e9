/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Scheduler: the long spin-wait notification a guest sends while it
 *        waits for a lock another virtual processor holds, and the root
 *        scheduler's types and messages.
 *
 * A guest that spins on a lock longer than CPUID leaf 0x40000004 EBX
 * (HV_X64_ENLIGHTENMENT_INFORMATION::LongSpinWaitCount) recommends tells the
 * hypervisor with HvCallNotifyLongSpinWait; the scheduler may then run the
 * virtual processor that holds the lock instead of the spinning one.
 *
 * The TLFS chapter on the scheduler (6.0b chapter 14, 2.0 chapter 18)
 * defines no other type: its scheduling policy (CPU reserve, cap and weight)
 * is set through partition properties. With the root (integrated) scheduler
 * the root partition itself decides which virtual processor runs: the
 * hypervisor tells it which processors became ready with the scheduler
 * messages below, and it runs one with HvCallDispatchVp, which returns the
 * dispatch state and the event that ended the run. These types are
 * Microsoft's, from its headers (Linux's include/hyperv/hvhdk.h and
 * hvhdk_mini.h); no TLFS edition documents them, and the online TLFS names
 * only the two message types (HvMessageTypeSchedulerVpSignalBitset and
 * HvMessageTypeSchedulerVpSignalPair).
 */
#ifndef HVREF_SCHEDULER_H
#define HVREF_SCHEDULER_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>

/* The message payloads below have anonymous structures and unions, marked
 * HVREF_EXTENSION for GCC and Clang. MSVC reports them as C4201 ("nameless
 * struct/union") at /W4, and in C bit-fields of types other than int as
 * C4214: both are silenced for this header only and restored at its end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_scheduler_spin Long spin-wait notification
 * \brief The input of HvCallNotifyLongSpinWait.
 * \{
 */

/**
 * \brief Input of HvCallNotifyLongSpinWait: how long the caller has spun.
 *
 * Eight bytes, passed in the first input register of a fast hypercall.
 *
 * \note The online TLFS names the fields SpinCount and RsvdZ; TLFS 6.0b and
 *       2.0 name them SpinwaitInfo and Padding (and the type
 *       HV_INPUT_NOTIFY_LONG_SPINWAIT). The online page's prototype also
 *       passes a UINT64 SpinCount, against its own 4-byte table.
 *       \erratum{E519}
 *
 * \par Specification
 * \hvcallrefs{HvCallNotifyLongSpinWait}
 * \see HvCallNotifyLongSpinWait
 */
typedef struct _HV_INPUT_NOTIFY_LONG_SPIN_WAIT {
    UINT32 SpinCount; /**< The number of times the caller has retried the lock so far. */
    UINT32 RsvdZ;     /**< Reserved; must be zero. */
} HV_INPUT_NOTIFY_LONG_SPIN_WAIT, *PHV_INPUT_NOTIFY_LONG_SPIN_WAIT;
HVREF_ASSERT_SIZE(HV_INPUT_NOTIFY_LONG_SPIN_WAIT, 8);

/** \} */

/**
 * \defgroup hvref_scheduler_root Root scheduler
 * \brief The scheduler types, dispatch states and events and the messages of
 *        the root (integrated) scheduler, from Microsoft's headers.
 * \{
 */

/**
 * \brief Which scheduler the hypervisor runs, as the hypervisor reports it to
 *        the root partition (a system property).
 *
 * Microsoft's headers (Linux's include/hyperv/hvhdk_mini.h,
 * enum hv_scheduler_type) define it; no TLFS edition documents it. With
 * HvSchedulerTypeRoot the root partition schedules the virtual processors of
 * its children itself.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HV_VP_DISPATCH_STATE HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE
 */
typedef enum _HV_SCHEDULER_TYPE {
    HvSchedulerTypeLp = 1,      /**< The classic scheduler without simultaneous multithreading. */
    HvSchedulerTypeLpSmt = 2,   /**< The classic scheduler with simultaneous multithreading. */
    HvSchedulerTypeCoreSmt = 3, /**< The core scheduler: a core's threads run one partition at a time. */
    HvSchedulerTypeRoot = 4,    /**< The root (integrated) scheduler: the root partition schedules. */
    HvSchedulerTypeMax = 5      /**< One past the last scheduler type; not a type. */
} HV_SCHEDULER_TYPE;

/**
 * \brief The state of a virtual processor when HvCallDispatchVp returns to
 *        the root partition's dispatching thread.
 *
 * Microsoft's headers (Linux's include/hyperv/hvhdk.h, enum
 * hv_vp_dispatch_state) define it; no TLFS edition documents it, nor the
 * interface of HvCallDispatchVp, whose output carries it as a UINT32.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HV_VP_DISPATCH_EVENT HvCallDispatchVp
 */
typedef enum _HV_VP_DISPATCH_STATE {
    HvVpDispatchStateInvalid = 0, /**< No valid state. */
    HvVpDispatchStateBlocked = 1, /**< The processor cannot run until something makes it ready. */
    HvVpDispatchStateReady = 2    /**< The processor can run again. */
} HV_VP_DISPATCH_STATE;

/**
 * \brief What ended a virtual processor's run when HvCallDispatchVp
 *        returns.
 *
 * Microsoft's headers (Linux's include/hyperv/hvhdk.h, enum
 * hv_vp_dispatch_event) define it; no TLFS edition documents it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HV_VP_DISPATCH_STATE HvCallDispatchVp
 */
typedef enum _HV_VP_DISPATCH_EVENT {
    HvVpDispatchEventInvalid = 0,  /**< No valid event. */
    HvVpDispatchEventSuspend = 1,  /**< The processor was suspended. */
    HvVpDispatchEventIntercept = 2 /**< The processor stopped on an intercept; its message is waiting. */
} HV_VP_DISPATCH_EVENT;

/**
 * \brief HV_INPUT_DISPATCH_VP::Flags bit 0: clear the processor's intercept
 *        suspension before running it.
 *
 * The HV_DISPATCH_VP_FLAG_* names and values are Microsoft's (Linux's
 * include/hyperv/hvhdk.h); no TLFS edition documents them, and no source
 * describes them beyond their names, which the descriptions here follow.
 */
#define HV_DISPATCH_VP_FLAG_CLEAR_INTERCEPT_SUSPEND 0x1u
/** \brief HV_INPUT_DISPATCH_VP::Flags bit 1: let interrupts reach the calling processor while the virtual processor runs. */
#define HV_DISPATCH_VP_FLAG_ENABLE_CALLER_INTERRUPTS 0x2u
/** \brief HV_INPUT_DISPATCH_VP::Flags bit 2: load SpecCtrl into the caller's speculation control MSR on return. */
#define HV_DISPATCH_VP_FLAG_SET_CALLER_SPEC_CTRL 0x4u
/** \brief HV_INPUT_DISPATCH_VP::Flags bit 3: skip the speculation barrier before the virtual processor runs. */
#define HV_DISPATCH_VP_FLAG_SKIP_VP_SPEC_FLUSH 0x8u
/** \brief HV_INPUT_DISPATCH_VP::Flags bit 4: skip the speculation barrier before the caller resumes. */
#define HV_DISPATCH_VP_FLAG_SKIP_CALLER_SPEC_FLUSH 0x10u
/** \brief HV_INPUT_DISPATCH_VP::Flags bit 5: skip the barrier before the caller resumes in user mode. */
#define HV_DISPATCH_VP_FLAG_SKIP_CALLER_USER_SPEC_FLUSH 0x20u

/**
 * \brief Input of HvCallDispatchVp: which virtual processor the root
 *        scheduler runs on the calling logical processor, and for how long.
 *
 * The call returns when the time slice ends or the virtual processor stops
 * (blocked, suspended, or on an intercept). The layout is Microsoft's
 * (Linux's include/hyperv/hvhdk.h, struct hv_input_dispatch_vp); no TLFS
 * edition documents the call's interface.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HvCallDispatchVp HV_OUTPUT_DISPATCH_VP
 */
typedef struct _HV_INPUT_DISPATCH_VP {
    HV_PARTITION_ID PartitionId; /**< The child partition. */
    HV_VP_INDEX VpIndex;         /**< Its virtual processor to run. */
    UINT32 Flags;                /**< HV_DISPATCH_VP_FLAG_* bits. */
    UINT64 TimeSlice;            /**< The longest the processor may run, in 100 ns units. */
    UINT64 SpecCtrl;             /**< Speculation control value for the caller (HV_DISPATCH_VP_FLAG_SET_CALLER_SPEC_CTRL). */
} HV_INPUT_DISPATCH_VP, *PHV_INPUT_DISPATCH_VP;
HVREF_ASSERT_SIZE(HV_INPUT_DISPATCH_VP, 32);

/**
 * \brief Output of HvCallDispatchVp: the virtual processor's state after the
 *        run and the event that ended it.
 *
 * The layout is Microsoft's (Linux's include/hyperv/hvhdk.h, struct
 * hv_output_dispatch_vp); no TLFS edition documents the call's interface.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HvCallDispatchVp HV_INPUT_DISPATCH_VP
 */
typedef struct _HV_OUTPUT_DISPATCH_VP {
    UINT32 DispatchState; /**< An HV_VP_DISPATCH_STATE. */
    UINT32 DispatchEvent; /**< An HV_VP_DISPATCH_EVENT. */
} HV_OUTPUT_DISPATCH_VP, *PHV_OUTPUT_DISPATCH_VP;
HVREF_ASSERT_SIZE(HV_OUTPUT_DISPATCH_VP, 8);

/**
 * \brief The most virtual processors of one child partition that the root
 *        scheduler's bit set message can name: 1024.
 *
 * From Microsoft's headers (Linux's include/hyperv/hvhdk.h); no TLFS edition
 * documents it.
 *
 * \see HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE
 */
#define HV_ROOT_SCHEDULER_MAX_VPS_PER_CHILD_PARTITION 1024

/**
 * \brief How many partition and processor pairs
 *        HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE holds: 19.
 *
 * As many 12-byte pairs as fit a 240-byte message payload, less one for the
 * count and the reserved bytes. Microsoft's headers compute it the same way
 * (Linux's include/hyperv/hvhdk.h); no TLFS edition documents it.
 *
 * \see HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE
 */
#define HV_MESSAGE_MAX_PARTITION_VP_PAIR_COUNT 19

/**
 * \brief Payload of an HvMessageTypeSchedulerVpSignalBitset message: the
 *        virtual processors of one partition that became ready, as a set.
 *
 * The hypervisor sends it to the root partition's scheduler, which then
 * dispatches the named processors with HvCallDispatchVp. The set has the
 * form of an HV_VP_SET (Format, ValidBanksMask, then one mask per valid
 * bank) sized for HV_ROOT_SCHEDULER_MAX_VPS_PER_CHILD_PARTITION processors.
 * The layout is Microsoft's (Linux's include/hyperv/hvhdk.h, struct
 * hv_vp_signal_bitset_scheduler_message); the online TLFS names only the
 * message type.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HvMessageTypeSchedulerVpSignalBitset HV_MESSAGE HV_VP_SET
 */
typedef struct _HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE {
    HV_PARTITION_ID PartitionId; /**< The partition whose processors are named. */
    UINT32 OverflowCount;        /**< Overflow count: signals that did not fit a message (no source says more). */
    UINT16 VpCount;              /**< How many processors the set names. */
    UINT16 Reserved;             /**< Reserved. */
    HVREF_EXTENSION union {
        HVREF_EXTENSION struct {
            UINT64 Format;           /**< HV_GENERIC_SET_FORMAT of the set (HvGenericSetSparse4k). */
            UINT64 ValidBanksMask;   /**< Bit b set: BankContents has a mask for processors 64*b to 64*b+63. */
            UINT64 BankContents[16]; /**< One processor mask per valid bank, lowest bank first. */
        };
        UINT64 BitsetBuffer[18]; /**< The set as raw words: Format, ValidBanksMask and 16 bank masks. */
    };
} HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE, *PHV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE;
HVREF_ASSERT_SIZE(HV_VP_SIGNAL_BITSET_SCHEDULER_MESSAGE, 160);

/**
 * \brief Payload of an HvMessageTypeSchedulerVpSignalPair message: virtual
 *        processors of any partitions that became ready, as a list of pairs.
 *
 * Entry i names processor VpIndexes[i] of partition PartitionIds[i], for i
 * below VpCount. The payload fills the message's 240 bytes. The layout is
 * Microsoft's (Linux's include/hyperv/hvhdk.h, struct
 * hv_vp_signal_pair_scheduler_message); the online TLFS names only the
 * message type.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_message_type}
 * \see HvMessageTypeSchedulerVpSignalPair HV_MESSAGE
 */
typedef struct _HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE {
    UINT32 OverflowCount; /**< Overflow count: signals that did not fit a message (no source says more). */
    UINT8 VpCount;        /**< How many pairs are in use. */
    UINT8 Reserved1[3];   /**< Reserved. */
    HV_PARTITION_ID PartitionIds[HV_MESSAGE_MAX_PARTITION_VP_PAIR_COUNT]; /**< The partition of each pair. */
    HV_VP_INDEX VpIndexes[HV_MESSAGE_MAX_PARTITION_VP_PAIR_COUNT];        /**< The processor of each pair. */
    UINT8 Reserved2[4];   /**< Reserved. */
} HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE, *PHV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE;
HVREF_ASSERT_SIZE(HV_VP_SIGNAL_PAIR_SCHEDULER_MESSAGE, 240);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_SCHEDULER_H */
