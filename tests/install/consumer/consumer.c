/* A program that uses the installed headers the way a driver would. */
#include <hvref/hvref.h>
#include <stdio.h>

int main(void)
{
    HV_HYPERCALL_INPUT input;
    input.AsUINT64 = 0;
    input.CallCode = HvCallFlushVirtualAddressSpace;
    input.Fast = 1;
    printf("HvCallFlushVirtualAddressSpace input value: 0x%016llx\n",
           (unsigned long long)input.AsUINT64);
    return input.AsUINT64 == (0x0002u | (1u << 16)) ? 0 : 1;
}
