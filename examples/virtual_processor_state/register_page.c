/* SPDX-License-Identifier: MIT */
/*
 * As a VMM handling a virtual processor's I/O-port intercept through its
 * mapped register page: check the page's version and validity, read RAX and
 * RIP, complete an IN instruction by writing the value to RAX and moving RIP
 * past the instruction, mark both classes dirty, and queue an interrupt
 * vector for the next dispatch. Then step an ARM64 processor's PC past a
 * trapped instruction through its page.
 *
 * hvref-demonstrates: HV_X64_VP_REGISTER_PAGE HV_ARM64_VP_REGISTER_PAGE
 *  HV_VP_REGISTER_PAGE HV_VP_REGISTER_PAGE_INTERRUPT_VECTORS
 *  HV_VP_REGISTER_PAGE_VERSION_1 HV_VP_REGISTER_PAGE_MAX_VECTOR_COUNT
 *  HV_X64_REGISTER_CLASS_GENERAL HV_X64_REGISTER_CLASS_IP
 *
 * A real VMM reaches the page at the guest physical page HvCallMapVpStatePage
 * returned (see map_vp_state_page.c); so that the example runs anywhere, a
 * page-sized buffer stands in for it, filled as the hypervisor would fill it
 * on an intercept: version 1, valid, RIP at a two-byte IN AL,DX. The
 * hypervisor loads only the register classes whose bit is set in Dirty. The
 * x64 and ARM64 layouts are named explicitly, so the example does the same
 * on every host; HV_VP_REGISTER_PAGE is the layout of the host's own
 * architecture.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static HV_X64_VP_REGISTER_PAGE Page;
static HV_ARM64_VP_REGISTER_PAGE Arm64Page;

/* What the hypervisor writes when the processor stops on the intercept. */
static void hypervisor_fills(PHV_X64_VP_REGISTER_PAGE RegisterPage)
{
    memset(RegisterPage, 0, sizeof(*RegisterPage));
    RegisterPage->Version = (UINT16)HV_VP_REGISTER_PAGE_VERSION_1;
    RegisterPage->IsValid = 1;
    RegisterPage->Rax = 0x1234;
    RegisterPage->Rdx = 0x60;          /* the port */
    RegisterPage->Rip = 0xFFFFF80000401000ull;
    RegisterPage->Rflags = 0x2;
    RegisterPage->Cs.Selector = 0x10;
    RegisterPage->Cs.Long = 1;
}

int main(void)
{
    PHV_X64_VP_REGISTER_PAGE RegisterPage = &Page;
    UINT8 Value = 0xFA; /* what the emulated device returns */
    UINT32 Slot;

    hypervisor_fills(RegisterPage);

    if (RegisterPage->Version != HV_VP_REGISTER_PAGE_VERSION_1 || !RegisterPage->IsValid) {
        hvref_example_printf("register page not usable; use HvCallGetVpRegisters\n");
        return 0;
    }
    hvref_example_printf("RIP 0x%016llX RAX 0x%016llX port 0x%04X CS 0x%04X\n",
                         (unsigned long long)RegisterPage->Rip,
                         (unsigned long long)RegisterPage->GpRegisters[0],
                         (unsigned int)(RegisterPage->Rdx & 0xFFFFu),
                         (unsigned int)RegisterPage->Cs.Selector);

    /* IN AL,DX: replace AL, step over the two-byte instruction. */
    RegisterPage->Rax = (RegisterPage->Rax & ~(UINT64)0xFF) | Value;
    RegisterPage->Rip += 2;
    RegisterPage->Dirty |= (UINT32)1 << HV_X64_REGISTER_CLASS_GENERAL;
    RegisterPage->Dirty |= (UINT32)1 << HV_X64_REGISTER_CLASS_IP;

    /* Ask for vector 0x30 to be injected at the next dispatch. */
    Slot = RegisterPage->InterruptVectors.VectorCount;
    if (Slot < HV_VP_REGISTER_PAGE_MAX_VECTOR_COUNT) {
        RegisterPage->InterruptVectors.Vector[Slot] = 0x30;
        RegisterPage->InterruptVectors.VectorCount = (UINT8)(Slot + 1u);
    }

    hvref_example_printf("RIP 0x%016llX RAX 0x%016llX dirty 0x%08X\n",
                         (unsigned long long)RegisterPage->Registers[16],
                         (unsigned long long)RegisterPage->Rax,
                         (unsigned int)RegisterPage->Dirty);
    hvref_example_printf("interrupt vectors word 0x%016llX\n",
                         (unsigned long long)RegisterPage->InterruptVectors.AsUINT64);

    /* ARM64: the hypervisor stopped the processor at a 4-byte instruction;
     * the VMM emulates it and moves PC on (Dirty bit 1: PC). */
    memset(&Arm64Page, 0, sizeof(Arm64Page));
    Arm64Page.Version = (UINT16)HV_VP_REGISTER_PAGE_VERSION_1;
    Arm64Page.IsValid = 1;
    Arm64Page.Pc = 0xFFFF800010001000ull;
    Arm64Page.Cpsr = 0x3C5; /* EL1h, interrupts masked */
    if (Arm64Page.IsValid) {
        Arm64Page.Pc += 4;
        Arm64Page.Dirty |= (UINT32)1 << 1;
    }
    hvref_example_printf("ARM64 PC 0x%016llX CPSR 0x%llX dirty 0x%08X, host page %u bytes\n",
                         (unsigned long long)Arm64Page.Pc, (unsigned long long)Arm64Page.Cpsr,
                         (unsigned int)Arm64Page.Dirty, (unsigned int)sizeof(HV_VP_REGISTER_PAGE));
    return 0;
}
