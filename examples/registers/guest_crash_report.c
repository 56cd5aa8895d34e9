/* SPDX-License-Identifier: MIT */
/*
 * Report a guest crash to the hypervisor: read which crash actions it
 * offers, write the five crash parameters and a message, then write the
 * crash control register with CrashMessage and CrashNotify set.
 *
 * hvref-demonstrates: HV_CRASH_CTL_REG_CONTENTS HV_X64_MSR_CRASH_CTL HV_X64_MSR_CRASH_P0
 *  HV_X64_MSR_CRASH_P1 HV_X64_MSR_CRASH_P2 HV_X64_MSR_CRASH_P3 HV_X64_MSR_CRASH_P4
 *
 * Reading the control register tells which actions the hypervisor offers;
 * a guest reports at most once per crash. With CrashMessage, P3 holds the
 * guest physical address of the message and P4 its length in bytes (at most
 * 4096). The expected control value is built with shifts at the TLFS's bit
 * positions, independently of the union, so a wrong bit-field in the header
 * makes the program fail. On ARM64 the same values go to the registers
 * HvRegisterGuestCrashP0-P4 and HvRegisterGuestCrashCtl, written with
 * HvCallSetVpRegisters.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The message's text and where the guest put it (a page of its own memory;
 * a fixed address here, so that the transcript is the same on every run). */
static const char Message[] = "hvref example: guest crash";
#define MESSAGE_GPA 0x0000000000A00000ull

int main(void)
{
    HV_CRASH_CTL_REG_CONTENTS Offered;
    HV_CRASH_CTL_REG_CONTENTS Action;
    UINT64 Expected;
    int Failures = 0;

    /* What the hypervisor offers: the same bits it takes as actions. */
    Offered.AsUINT64 = hvref_example_read_msr(HV_X64_MSR_CRASH_CTL);
    hvref_example_printf("offered: CrashNotify %u, CrashMessage %u, NoCrashDump %u\n",
                         (unsigned)Offered.CrashNotify, (unsigned)Offered.CrashMessage,
                         (unsigned)Offered.NoCrashDump);

    /* A bug-check code and four of its parameters, as a Windows guest
     * reports them; P3 and P4 are replaced by the message below. */
    hvref_example_write_msr(HV_X64_MSR_CRASH_P0, 0x000000D1u);
    hvref_example_write_msr(HV_X64_MSR_CRASH_P1, 0xFFFFF80012345678ull);
    hvref_example_write_msr(HV_X64_MSR_CRASH_P2, 0x2u);
    hvref_example_printf("message at 0x%llX: \"%s\"\n", (unsigned long long)MESSAGE_GPA, Message);
    hvref_example_write_msr(HV_X64_MSR_CRASH_P3, MESSAGE_GPA);
    hvref_example_write_msr(HV_X64_MSR_CRASH_P4, sizeof Message - 1);

    Action.AsUINT64 = 0;
    Action.CrashMessage = 1;
    Action.CrashNotify = 1;
    /* Bit 63 CrashNotify, bit 62 CrashMessage (TLFS 6.0b and online). */
    Expected = ((UINT64)1 << 63) | ((UINT64)1 << 62);
    hvref_example_printf("action: 0x%016llX (expected 0x%016llX)\n",
                         (unsigned long long)Action.AsUINT64, (unsigned long long)Expected);
    if (Action.AsUINT64 != Expected) {
        Failures++;
    }

    /* PreOSId (bits 60:58) and NoCrashDump (bit 61), online TLFS. */
    Action.AsUINT64 = 0;
    Action.PreOSId = 5;
    Action.NoCrashDump = 1;
    Expected = ((UINT64)5 << 58) | ((UINT64)1 << 61);
    if (Action.AsUINT64 != Expected) {
        hvref_example_printf("PreOSId or NoCrashDump is not where the TLFS puts it\n");
        Failures++;
    }

    Action.AsUINT64 = 0;
    Action.CrashMessage = 1;
    Action.CrashNotify = 1;
    hvref_example_write_msr(HV_X64_MSR_CRASH_CTL, Action.AsUINT64);
    return Failures ? 1 : 0;
}
