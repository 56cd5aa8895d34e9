/* SPDX-License-Identifier: MIT */
/*
 * As the root partition, fill the record of a synthetic machine check to
 * inject into a guest's virtual processor (x64): an uncorrected,
 * unclassified error found by the hypervisor, at a known guest physical
 * address, that the guest must handle before it continues.
 *
 * hvref-demonstrates: HV_SYNMC_X64_EVENT HV_X64_MSR_SYNMC_STATUS_CONTENTS
 *  HV_X64_MSR_SYNMC_ADDR_CONTENTS HV_X64_MSR_SYNMC_MISC_CONTENTS
 *  HV_SYNMC_MCA_ERROR_CODE
 *
 * The record goes to HvCallInjectSyntheticMachineCheck, whose input no TLFS
 * edition documents, so the example only builds the record and prints its
 * 32 bytes. RipValid and EipValid are BOOLEANs (one byte; zero is FALSE);
 * the six bytes after them are padding and stay zero.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    HV_SYNMC_X64_EVENT Event;
    const unsigned char *Bytes;
    size_t Offset;

    memset(&Event, 0, sizeof(Event));
    Event.Status.McaErrorCode = HV_SYNMC_MCA_ERROR_CODE;
    Event.Status.HypervisorError = 1;
    Event.Status.ErrorDetail = 0;
    Event.Status.ActionRequired = 1;
    Event.Status.Signaling = 1;
    Event.Status.AddressValid = 1;
    Event.Status.MiscValid = 1;
    Event.Status.ErrorEnabled = 1;
    Event.Status.Uncorrected = 1;
    Event.Status.Valid = 1;
    /* The failed guest physical page, and in Misc (as in IA32_MCi_MISC)
     * the address mode 2 (physical) and the least significant valid bit
     * 12: the address is exact to the page. */
    Event.Addr = 0x12345000ull;
    Event.Misc = (2ull << 6) | 12ull;
    /* The guest can resume at the interrupted instruction, which is not
     * the one that hit the error. */
    Event.RipValid = 1;
    Event.EipValid = 0;

    hvref_example_printf("status 0x%016llX (MCA code 0x%04X, model-specific 0x%04X)\n",
                         (unsigned long long)Event.Status.AsUINT64,
                         (unsigned)Event.Status.McaErrorCode,
                         (unsigned)Event.Status.ModelSpecificErrorCode);
    hvref_example_printf("addr   0x%016llX\n", (unsigned long long)Event.Addr);
    hvref_example_printf("misc   0x%016llX\n", (unsigned long long)Event.Misc);
    hvref_example_printf("RipValid %u, EipValid %u, %u bytes:\n", (unsigned)Event.RipValid,
                         (unsigned)Event.EipValid, (unsigned)sizeof(Event));

    Bytes = (const unsigned char *)&Event;
    for (Offset = 0; Offset < sizeof(Event); Offset++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Offset],
                             (Offset % 8u) == 7u ? "\n" : " ");
    }
    return 0;
}
