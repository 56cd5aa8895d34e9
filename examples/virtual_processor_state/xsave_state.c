/* SPDX-License-Identifier: MIT */
/*
 * Describe the XSAVE state of a virtual processor that uses x87, SSE and AVX:
 * its feature mask (XCR0) as XSETBV takes it, the header of an XSAVE area
 * holding those components, and the XSAVE piece of the state a VMM reads or
 * writes for the processor.
 *
 * hvref-demonstrates: HV_X64_XSAVE_XFEM_REGISTER HV_X64_XSAVE_HEADER
 *  HV_VP_STATE_DATA_XSAVE
 *
 * XCR0 must always have x87 set, and AVX needs SSE. The XSAVE header follows
 * the 512-byte legacy region of the area; its reserved members are zero. The
 * mask is printed whole and in the two halves XSETBV takes in EDX:EAX.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    HV_X64_XSAVE_XFEM_REGISTER Xfem;
    HV_X64_XSAVE_HEADER Header;
    HV_VP_STATE_DATA_XSAVE Data;

    Xfem.AsUINT64 = 0;
    Xfem.LegacyX87 = 1;
    Xfem.LegacySse = 1;
    Xfem.Avx = 1;
    hvref_example_printf("XCR0 0x%016llX (EDX 0x%08X EAX 0x%08X)\n",
                         (unsigned long long)Xfem.AsUINT64, (unsigned int)Xfem.HighUINT32,
                         (unsigned int)Xfem.LowUINT32);

    memset(&Header, 0, sizeof(Header));
    Header.XstateBv = Xfem;
    hvref_example_printf("XSAVE header: XSTATE_BV 0x%016llX, %u bytes\n",
                         (unsigned long long)Header.XstateBv.AsUINT64,
                         (unsigned int)sizeof(Header));

    memset(&Data, 0, sizeof(Data));
    Data.Flags = 0;
    Data.States = Xfem;
    hvref_example_printf("state data: flags 0x%016llX states 0x%016llX\n",
                         (unsigned long long)Data.Flags, (unsigned long long)Data.States.AsUINT64);
    return 0;
}
