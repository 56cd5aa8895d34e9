/* SPDX-License-Identifier: MIT */
/*
 * An EDK II (UEFI) style translation unit: no C library at all. It is
 * compiled with -ffreestanding -nostdinc and nothing on the include path but
 * hvref's include/ (cmake/hvref_matrix.cmake), so any #include of a C library
 * header, even the compiler's own <stdint.h>, fails the build.
 *
 * The environment's scalar types are declared here the way EDK II's
 * ProcessorBind.h declares them (UINT64 an unsigned long long, where GCC's
 * uint64_t is an unsigned long on x86_64 Linux targets), together with
 * BOOLEAN, which hvref does not declare. HVREF_SCALAR_TYPES_DEFINED tells
 * hvref to include nothing and use these.
 */

/* From the environment (EDK II: MdePkg/Include/<Arch>/ProcessorBind.h). */
typedef unsigned long long UINT64;
typedef long long INT64;
typedef unsigned int UINT32;
typedef int INT32;
typedef unsigned short UINT16;
typedef short INT16;
typedef unsigned char UINT8;
typedef signed char INT8;
typedef unsigned char BOOLEAN;
#define TRUE ((BOOLEAN)(1 == 1))
#define FALSE ((BOOLEAN)(0 == 1))

#define HVREF_SCALAR_TYPES_DEFINED
#include <hvref/hvref.h>

/* EDK II style: EFIAPI-less module-internal functions with prototypes. */
UINT64 EdkBuildFlushInput(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE *Input, BOOLEAN AllProcessors);
BOOLEAN EdkHypercallPageEnabled(UINT64 MsrValue);

/* Builds one input structure and the input value of its call. */
UINT64 EdkBuildFlushInput(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE *Input, BOOLEAN AllProcessors)
{
    HV_HYPERCALL_INPUT Call;

    Input->AddressSpace = 0x1A000ull;
    Input->Flags = AllProcessors ? HV_FLUSH_ALL_PROCESSORS : 0u;
    Input->ProcessorMask = AllProcessors ? 0u : 0x3u;

    Call.AsUINT64 = 0;
    Call.CallCode = HvCallFlushVirtualAddressSpace;
    Call.Fast = 0;
    return Call.AsUINT64 & ~HV_HYPERCALL_INPUT_RSVDZ_MASK;
}

/* Reads a bit-field of a register layout. */
BOOLEAN EdkHypercallPageEnabled(UINT64 MsrValue)
{
    HV_X64_MSR_HYPERCALL_CONTENTS Contents;

    Contents.AsUINT64 = MsrValue;
    return Contents.Enable ? TRUE : FALSE;
}

/* The environment's types are the ones hvref uses, and hvref's sizes hold. */
HVREF_STATIC_ASSERT(sizeof(HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE) == 0x18, "input size");
HVREF_STATIC_ASSERT(sizeof(UINT128) == 16, "UINT128 size");
