/* SPDX-License-Identifier: MIT */
/*
 * Compose a guest OS identity in both TLFS encodings, check each against the
 * bit positions the TLFS gives, and report the identity to the hypervisor by
 * writing HV_X64_MSR_GUEST_OS_ID.
 *
 * hvref-demonstrates: HV_X64_MSR_GUEST_OS_ID HV_X64_MSR_GUEST_OS_ID_CONTENTS
 *  HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS HV_GUEST_OS_VENDOR HV_GUEST_OS_MICROSOFT_IDS
 *  HV_GUEST_OS_OPEN_SOURCE_TYPE
 *
 * A guest must report a non-zero identity before it can enable the hypercall
 * page, and only writes it when the MSR still reads zero (another component
 * may already have identified the OS). Bit 63 selects the encoding: clear for
 * a proprietary OS (vendor, OS variant, version, build), set for an open-source
 * one (OS type, upstream version, distribution data). The expected values
 * below are built with shifts at the TLFS's bit positions, independently of
 * the unions, so a wrong bit-field in the header makes the program fail.
 * On ARM64 the same value goes to the register HvRegisterGuestOsId, written
 * with HvCallSetVpRegisters.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

int main(void)
{
    HV_X64_MSR_GUEST_OS_ID_CONTENTS Proprietary;
    HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS OpenSource;
    HV_X64_MSR_GUEST_OS_ID_CONTENTS Reread;
    UINT64 Expected;
    UINT64 Current;
    int Failures = 0;
    const HV_GUEST_OS_VENDOR Vendor = HvGuestOsVendorMicrosoft;
    const HV_GUEST_OS_MICROSOFT_IDS Variant = HvGuestOsMicrosoftWindowsNT;
    const HV_GUEST_OS_OPEN_SOURCE_TYPE OsType = HvGuestOsOpenSourceLinux;

    /* Windows NT 10.0, build 19045, service version 2. */
    memset(&Proprietary, 0, sizeof Proprietary);
    Proprietary.VendorId = Vendor;
    Proprietary.OsId = Variant;
    Proprietary.MajorVersion = 10;
    Proprietary.MinorVersion = 0;
    Proprietary.ServiceVersion = 2;
    Proprietary.BuildNumber = 19045;
    Proprietary.OsType = 0;
    /* Bits 62:48 vendor, 47:40 OS ID, 39:32 major, 31:24 minor,
     * 23:16 service version, 15:0 build; bit 63 clear. */
    Expected = ((UINT64)0x0001 << 48) | ((UINT64)0x04 << 40) | ((UINT64)10 << 32) |
               ((UINT64)0 << 24) | ((UINT64)2 << 16) | (UINT64)19045;
    hvref_example_printf("proprietary encoding: 0x%016llX (expected 0x%016llX)\n",
                         (unsigned long long)Proprietary.AsUINT64, (unsigned long long)Expected);
    if (Proprietary.AsUINT64 != Expected) {
        Failures++;
    }

    /* Linux 6.1.0 in the open-source encoding: OS type Linux, the kernel's
     * version code (major << 16 | minor << 8 | patch) in Version, no
     * distribution data. */
    memset(&OpenSource, 0, sizeof OpenSource);
    OpenSource.OpenSource = 1;
    OpenSource.OsType = OsType;
    OpenSource.OsId = 0;
    OpenSource.Version = (6u << 16) | (1u << 8) | 0u;
    OpenSource.BuildNumber = 0;
    /* Bit 63 open source, 62:56 OS type, 55:48 OS ID, 47:16 version,
     * 15:0 build number. */
    Expected = ((UINT64)1 << 63) | ((UINT64)0x1 << 56) | ((UINT64)0 << 48) |
               ((UINT64)0x060100 << 16) | (UINT64)0;
    hvref_example_printf("open-source encoding: 0x%016llX (expected 0x%016llX)\n",
                         (unsigned long long)OpenSource.AsUINT64, (unsigned long long)Expected);
    if (OpenSource.AsUINT64 != Expected) {
        Failures++;
    }

    /* Bit 63 is OsType in the proprietary view and OpenSource in the other:
     * reading the open-source value through the proprietary union shows it. */
    Reread.AsUINT64 = OpenSource.AsUINT64;
    if (Reread.OsType != 1 || Proprietary.OsType != 0) {
        hvref_example_printf("bit 63 does not tell the encodings apart\n");
        Failures++;
    }
    if (Failures != 0) {
        hvref_example_printf("%d encoding(s) differ from the TLFS bit positions\n", Failures);
        return 1;
    }

    /* Report the identity once: an example guest identifies as Linux. */
    Current = hvref_example_read_msr(HV_X64_MSR_GUEST_OS_ID);
    if (Current != 0) {
        hvref_example_printf("guest OS identity already set: 0x%016llX\n", (unsigned long long)Current);
        return 0;
    }
    hvref_example_write_msr(HV_X64_MSR_GUEST_OS_ID, OpenSource.AsUINT64);
    hvref_example_printf("wrote HV_X64_MSR_GUEST_OS_ID = 0x%016llX\n", (unsigned long long)OpenSource.AsUINT64);
    return 0;
}
