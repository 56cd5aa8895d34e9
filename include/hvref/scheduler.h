/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Scheduler: the long spin-wait notification a guest sends while it
 *        waits for a lock another virtual processor holds.
 *
 * A guest that spins on a lock longer than CPUID leaf 0x40000004 EBX
 * (HV_X64_ENLIGHTENMENT_INFORMATION::LongSpinWaitCount) recommends tells the
 * hypervisor with HvCallNotifyLongSpinWait; the scheduler may then run the
 * virtual processor that holds the lock instead of the spinning one.
 */
#ifndef HVREF_SCHEDULER_H
#define HVREF_SCHEDULER_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>

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

#ifdef __cplusplus
}
#endif

#endif /* HVREF_SCHEDULER_H */
