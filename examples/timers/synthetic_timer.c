/*
 * Program two synthetic timers through their MSRs: timer 0 as a periodic
 * 10 ms timer that posts messages to SynIC source 2 and is enabled by the
 * count write (AutoEnable), timer 1 as a one-shot timer in direct mode that
 * raises an APIC vector 5 ms from now; then read a timer expiration message's
 * payload.
 *
 * hvref-demonstrates: HV_X64_MSR_STIMER_CONFIG_CONTENTS HV_TIMER_MESSAGE_PAYLOAD
 * HV_SYNIC_STIMER_COUNT HV_X64_MSR_STIMER0_CONFIG HV_X64_MSR_STIMER0_COUNT
 * HV_X64_MSR_TIME_REF_COUNT
 */
#include <hvref/msr.h>
#include <hvref/timers.h>

#include "hvref_example.h"

/* Each timer has a configuration MSR and, right after it, a count MSR; the
 * pairs of timers 0 to 3 are consecutive. */
#define EXAMPLE_STIMER_CONFIG(Index) ((UINT32)HV_X64_MSR_STIMER0_CONFIG + 2u * (Index))
#define EXAMPLE_STIMER_COUNT(Index) ((UINT32)HV_X64_MSR_STIMER0_COUNT + 2u * (Index))

/* Times are in 100 ns units. */
#define EXAMPLE_MILLISECOND 10000ull

/* What a SINTx message handler does with a timer expiration message: the
 * payload starts right after the 16-byte message header. */
static void handle_timer_message(const HV_TIMER_MESSAGE_PAYLOAD *Payload)
{
    if (Payload->TimerIndex >= HV_SYNIC_STIMER_COUNT) {
        return;
    }
    hvref_example_printf("timer %u expired at %llu, delivered %llu x 100 ns later\n",
                         (unsigned)Payload->TimerIndex,
                         (unsigned long long)Payload->ExpirationTime,
                         (unsigned long long)(Payload->DeliveryTime - Payload->ExpirationTime));
}

int main(void)
{
    HV_X64_MSR_STIMER_CONFIG_CONTENTS config;
    HV_TIMER_MESSAGE_PAYLOAD payload;
    UINT64 now;

    /* Timer 0: periodic, message to SINT2. Disable it before changing its
     * configuration; with AutoEnable set, the non-zero count write that sets
     * the period also starts the timer. */
    hvref_example_write_msr(EXAMPLE_STIMER_CONFIG(0u), 0);
    config.AsUINT64 = 0;
    config.Periodic = 1;
    config.AutoEnable = 1;
    config.SINTx = 2;
    hvref_example_write_msr(EXAMPLE_STIMER_CONFIG(0u), config.AsUINT64);
    hvref_example_write_msr(EXAMPLE_STIMER_COUNT(0u), 10 * EXAMPLE_MILLISECOND);

    /* Timer 1: one-shot, direct mode, vector 0xE0. A one-shot count is an
     * absolute reference time; write it first, then enable the timer. */
    hvref_example_write_msr(EXAMPLE_STIMER_CONFIG(1u), 0);
    now = hvref_example_read_msr(HV_X64_MSR_TIME_REF_COUNT);
    hvref_example_write_msr(EXAMPLE_STIMER_COUNT(1u), now + 5 * EXAMPLE_MILLISECOND);
    config.AsUINT64 = 0;
    config.DirectMode = 1;
    config.ApicVector = 0xE0;
    config.Enable = 1;
    hvref_example_write_msr(EXAMPLE_STIMER_CONFIG(1u), config.AsUINT64);

    /* A message as timer 0 would post it for its first expiration: in a
     * guest it is read from SINT2's slot of the SIM page. */
    memset(&payload, 0, sizeof payload);
    payload.TimerIndex = 0;
    payload.ExpirationTime = now + 10 * EXAMPLE_MILLISECOND;
    payload.DeliveryTime = payload.ExpirationTime + 25;
    handle_timer_message(&payload);
    return 0;
}
