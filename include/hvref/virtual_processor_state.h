/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Virtual processor state: the state pages a partition can map for a
 *        virtual processor, the register page and the XSAVE state
 *        structures.
 *
 * A parent (or a VMM in the root partition) can ask the hypervisor to map
 * pages of a virtual processor's state into its own guest physical address
 * space with HvCallMapVpStatePage, and take them away again with
 * HvCallUnmapVpStatePage. Which page is chosen by HV_VP_STATE_PAGE_TYPE: the
 * register page (HV_VP_REGISTER_PAGE, in an x64 and an ARM64 layout) lets
 * the VMM read and write the most used registers without a
 * HvCallGetVpRegisters round trip, the intercept message page holds the
 * processor's latest intercept message, and the GHCB page is the AMD SEV-SNP
 * guest-hypervisor communication block of a VTL.
 *
 * The register page's layout and the XSAVE piece of a virtual processor's
 * saved state are Microsoft's: no TLFS edition documents them, and hvref
 * defines them as Microsoft's headers do (Linux's include/hyperv/ headers,
 * rust-vmm/mshv's bindings and OpenVMM's hvdef), each citing the header it
 * comes from. The XSAVE feature mask and header
 * are also in the 2013 WDK's reference pages. The proximity domain types
 * (HV_PROXIMITY_DOMAIN_ID, HV_PROXIMITY_DOMAIN_FLAGS,
 * HV_PROXIMITY_DOMAIN_INFO) are in inter_partition_communication.h, the
 * subnode types (HV_SUBNODE_TYPE) in virtual_processors.h.
 */
#ifndef HVREF_VIRTUAL_PROCESSOR_STATE_H
#define HVREF_VIRTUAL_PROCESSOR_STATE_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>
#include <hvref/registers.h>

/* Every anonymous structure and union below is marked HVREF_EXTENSION for
 * GCC and Clang. MSVC reports them as C4201 ("nameless struct/union") at
 * /W4, and in C also the UINT64 bit-fields as C4214 ("bit field types other
 * than int"): both are silenced for this header only and restored at its
 * end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_vp_state_pages Virtual processor state pages
 * \brief Mapping and unmapping a virtual processor's state pages, and the
 *        kinds of page there are.
 * \{
 */

/**
 * \brief Which state page of a virtual processor HvCallMapVpStatePage maps
 *        or HvCallUnmapVpStatePage unmaps.
 *
 * Each virtual processor has at most one page of each type per VTL. The
 * value travels in the 16-bit Type member of the calls' inputs.
 *
 * \note The online TLFS gives value 2 to the GHCB page; Linux's
 *       include/hyperv/hvhdk.h, at the commit hvref read, stops at the
 *       intercept message page and names value 2 HV_VP_STATE_PAGE_COUNT, the
 *       number of types it knows (later Linux trees add
 *       HV_VP_STATE_PAGE_GHCB = 2). \erratum{E720}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_state_page_type}
 * \see HvCallMapVpStatePage HvCallUnmapVpStatePage HV_VP_REGISTER_PAGE
 */
typedef enum _HV_VP_STATE_PAGE_TYPE {
    HvVpStatePageRegisters = 0,        /**< The register page, laid out as HV_VP_REGISTER_PAGE. */
    HvVpStatePageInterceptMessage = 1, /**< The page that holds the processor's latest intercept message. */
    HvVpVtlStatePageGhcb = 2           /**< The VTL's GHCB page (x64 only, AMD SEV-SNP partitions). */
} HV_VP_STATE_PAGE_TYPE;

/**
 * \brief Bit 0 of HV_INPUT_MAP_VP_STATE_PAGE::Flags: the caller chose the
 *        page's location in RequestedMapLocation.
 *
 * Without it the hypervisor picks the guest physical page and returns it in
 * HV_OUTPUT_MAP_VP_STATE_PAGE::MapLocation. The online TLFS names the flag
 * MapLocationProvided; a layered virtualization host (a hypervisor running
 * on Microsoft's) must set it.
 *
 * \par Specification
 * \tlfsonline{hypercalls/HvCallMapVpStatePage#control-flags}
 * \see HV_INPUT_MAP_VP_STATE_PAGE
 */
#define HV_MAP_VP_STATE_PAGE_FLAG_MAP_LOCATION_PROVIDED 0x01u

/**
 * \brief Input of HvCallMapVpStatePage: whose state page to map, and
 *        optionally where.
 *
 * Flags is a set of HV_MAP_VP_STATE_PAGE_FLAG_* bits; RequestedMapLocation
 * is read only when HV_MAP_VP_STATE_PAGE_FLAG_MAP_LOCATION_PROVIDED is set
 * and is zero otherwise.
 *
 * \note The online TLFS gives a 24-byte input with a 16-bit Type followed by
 *       InputVtl, Flags and RequestedMapLocation; Linux's
 *       include/hyperv/hvhdk.h, at the commit hvref read, gives 16 bytes,
 *       with a 32-bit type in bytes 12-15 and neither a VTL, flags nor a
 *       requested location (later Linux trees have the online layout).
 *       \erratum{E721} \erratum{E722}
 *
 * \par Specification
 * \hvcallrefs{HvCallMapVpStatePage}
 * \see HvCallMapVpStatePage HV_OUTPUT_MAP_VP_STATE_PAGE HV_VP_STATE_PAGE_TYPE
 */
typedef struct _HV_INPUT_MAP_VP_STATE_PAGE {
    HV_PARTITION_ID PartitionId;             /**< The partition that owns the virtual processor. */
    HV_VP_INDEX VpIndex;                     /**< The virtual processor. */
    UINT16 Type;                             /**< The page to map (an HV_VP_STATE_PAGE_TYPE). */
    UINT8 InputVtl;                          /**< The VTL whose page is mapped (an HV_INPUT_VTL; 0: the current VTL). */
    UINT8 Flags;                             /**< HV_MAP_VP_STATE_PAGE_FLAG_* bits. */
    HV_GPA_PAGE_NUMBER RequestedMapLocation; /**< The guest physical page to map it at, when Flags says so. */
} HV_INPUT_MAP_VP_STATE_PAGE, *PHV_INPUT_MAP_VP_STATE_PAGE;
HVREF_ASSERT_SIZE(HV_INPUT_MAP_VP_STATE_PAGE, 24);

/**
 * \brief Output of HvCallMapVpStatePage: where the page now is.
 *
 * \par Specification
 * \hvcallrefs{HvCallMapVpStatePage}
 * \see HvCallMapVpStatePage HV_INPUT_MAP_VP_STATE_PAGE
 */
typedef struct _HV_OUTPUT_MAP_VP_STATE_PAGE {
    HV_GPA_PAGE_NUMBER MapLocation; /**< The guest physical page number the state page is mapped at. */
} HV_OUTPUT_MAP_VP_STATE_PAGE, *PHV_OUTPUT_MAP_VP_STATE_PAGE;
HVREF_ASSERT_SIZE(HV_OUTPUT_MAP_VP_STATE_PAGE, 8);

/**
 * \brief Input of HvCallUnmapVpStatePage: whose state page to unmap.
 *
 * \note The online TLFS gives Type 16 bits, followed by InputVtl and a
 *       reserved byte; Linux's include/hyperv/hvhdk.h, at the commit hvref
 *       read, makes bytes 12-15 one 32-bit type. \erratum{E723}
 *
 * \par Specification
 * \hvcallrefs{HvCallUnmapVpStatePage}
 * \see HvCallUnmapVpStatePage HV_INPUT_MAP_VP_STATE_PAGE
 */
typedef struct _HV_INPUT_UNMAP_VP_STATE_PAGE {
    HV_PARTITION_ID PartitionId; /**< The partition that owns the virtual processor. */
    HV_VP_INDEX VpIndex;         /**< The virtual processor. */
    UINT16 Type;                 /**< The page to unmap (an HV_VP_STATE_PAGE_TYPE). */
    UINT8 InputVtl;              /**< The VTL whose page is unmapped (an HV_INPUT_VTL; 0: the current VTL). */
    UINT8 Reserved0;             /**< Reserved; must be zero. */
} HV_INPUT_UNMAP_VP_STATE_PAGE, *PHV_INPUT_UNMAP_VP_STATE_PAGE;
HVREF_ASSERT_SIZE(HV_INPUT_UNMAP_VP_STATE_PAGE, 16);

/** \} */

/**
 * \defgroup hvref_vp_register_page Register page
 * \brief The page HvVpStatePageRegisters maps: the registers a VMM reads and
 *        changes most when it handles an intercept, in an x64 and an ARM64
 *        layout.
 *
 * The hypervisor fills the page when the virtual processor stops (an
 * intercept) and sets IsValid. The VMM may then change the registers the
 * page lets it set in place and mark each class it changed in Dirty; the
 * hypervisor loads the marked classes before the processor runs again. On
 * x64 those are the general purpose, instruction pointer, flags, XMM and
 * segment registers (bit HV_X64_REGISTER_CLASS_* of Dirty); the control
 * registers after the segments are for reading only.
 *
 * Like HV_INITIAL_VP_CONTEXT, the page has one name and two layouts: hvref
 * defines both on every target, with the architecture in the name, and
 * HV_VP_REGISTER_PAGE is a typedef to the layout of the target being
 * compiled for (ARM64 when HVREF_ARCH_ARM64 is 1, x64 otherwise).
 * \{
 */

/** \brief Bit of HV_X64_VP_REGISTER_PAGE::Dirty for Rax ... R15 (Linux's include/hyperv/hvhdk.h). */
#define HV_X64_REGISTER_CLASS_GENERAL 0
/** \brief Bit of HV_X64_VP_REGISTER_PAGE::Dirty for Rip (Linux's include/hyperv/hvhdk.h). */
#define HV_X64_REGISTER_CLASS_IP 1
/** \brief Bit of HV_X64_VP_REGISTER_PAGE::Dirty for Xmm0 ... Xmm5 (Linux's include/hyperv/hvhdk.h). */
#define HV_X64_REGISTER_CLASS_XMM 2
/** \brief Bit of HV_X64_VP_REGISTER_PAGE::Dirty for the six segment registers (Linux's include/hyperv/hvhdk.h). */
#define HV_X64_REGISTER_CLASS_SEGMENT 3
/** \brief Bit of HV_X64_VP_REGISTER_PAGE::Dirty for Rflags (Linux's include/hyperv/hvhdk.h). */
#define HV_X64_REGISTER_CLASS_FLAGS 4

/** \brief The HV_X64_VP_REGISTER_PAGE::Version of the layout defined here (Linux's include/hyperv/hvhdk.h). */
#define HV_VP_REGISTER_PAGE_VERSION_1 1u

/** \brief How many vectors HV_VP_REGISTER_PAGE_INTERRUPT_VECTORS holds (Linux's include/hyperv/hvhdk.h). */
#define HV_VP_REGISTER_PAGE_MAX_VECTOR_COUNT 7

/**
 * \brief The interrupt vectors the VMM asks the hypervisor to inject when it
 *        next dispatches the virtual processor.
 *
 * Up to seven vectors and their count in one 64-bit word at the end of the
 * register page. Defined by Microsoft's headers (Linux's
 * include/hyperv/hvhdk.h, rust-vmm/mshv's bindings); no TLFS edition
 * documents it.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_state_page_type}
 * \see HV_X64_VP_REGISTER_PAGE
 */
typedef union _HV_VP_REGISTER_PAGE_INTERRUPT_VECTORS {
    UINT64 AsUINT64; /**< The whole word. */
    HVREF_EXTENSION struct {
        UINT8 VectorCount;                                /**< How many entries of Vector are in use. */
        UINT8 Vector[HV_VP_REGISTER_PAGE_MAX_VECTOR_COUNT]; /**< The vectors to inject. */
    };
} HV_VP_REGISTER_PAGE_INTERRUPT_VECTORS, *PHV_VP_REGISTER_PAGE_INTERRUPT_VECTORS;
HVREF_ASSERT_SIZE(HV_VP_REGISTER_PAGE_INTERRUPT_VECTORS, 8);

/**
 * \brief The register page of an x64 virtual processor, mapped with
 *        HvCallMapVpStatePage and HvVpStatePageRegisters: the x64 layout of
 *        HV_VP_REGISTER_PAGE.
 *
 * No TLFS edition documents its layout: the online TLFS names the page type
 * only. This is the layout of Microsoft's headers (rust-vmm/mshv's bindings
 * of them and Linux's include/hyperv/hvhdk.h, both hv_vp_register_page, and
 * OpenVMM's HvX64RegisterPage),
 * padded to the 4096-byte page it occupies. The general purpose registers
 * are in the order of their x64 encoding (Rax, Rcx, Rdx, Rbx, ...), and each
 * register group can also be reached as an array.
 *
 * \note Linux's include/hyperv/hvhdk.h (at the commit hvref read) lacks the
 *       8 reserved bytes after Rflags, so its XMM registers start at byte
 *       152; rust-vmm/mshv's bindings and OpenVMM put them at 160, and
 *       Linux has since added the bytes. \erratum{E724}
 *
 * \note The structure's size differs: Linux's header (at the commit hvref
 *       read) ends after InstructionEmulationHints (416 bytes), rust-vmm/mshv's
 *       x86_64 bindings after InterruptVectors (696 bytes), OpenVMM pads it
 *       to the page (4096 bytes), as hvref does. \erratum{E725}
 *
 * \note OpenVMM names byte 3 vtl (the VTL whose registers the page holds);
 *       Linux's header and rust-vmm/mshv's bindings call it rsvdz.
 *       \erratum{E726}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_state_page_type}
 * \see HvCallMapVpStatePage HV_VP_STATE_PAGE_TYPE HV_X64_SEGMENT_REGISTER
 *      HV_ARM64_VP_REGISTER_PAGE
 */
typedef struct _HV_X64_VP_REGISTER_PAGE {
    UINT16 Version; /**< Layout version: HV_VP_REGISTER_PAGE_VERSION_1. */
    UINT8 IsValid;  /**< Non-zero while the page holds the processor's current registers. */
    UINT8 RsvdZ;    /**< Reserved; zero. */
    UINT32 Dirty;   /**< Register classes the VMM changed: bit HV_X64_REGISTER_CLASS_* set per class. */
    HVREF_EXTENSION union {
        HVREF_EXTENSION struct {
            HVREF_EXTENSION union {
                HVREF_EXTENSION struct {
                    UINT64 Rax; /**< RAX. */
                    UINT64 Rcx; /**< RCX. */
                    UINT64 Rdx; /**< RDX. */
                    UINT64 Rbx; /**< RBX. */
                    UINT64 Rsp; /**< RSP. */
                    UINT64 Rbp; /**< RBP. */
                    UINT64 Rsi; /**< RSI. */
                    UINT64 Rdi; /**< RDI. */
                    UINT64 R8;  /**< R8. */
                    UINT64 R9;  /**< R9. */
                    UINT64 R10; /**< R10. */
                    UINT64 R11; /**< R11. */
                    UINT64 R12; /**< R12. */
                    UINT64 R13; /**< R13. */
                    UINT64 R14; /**< R14. */
                    UINT64 R15; /**< R15. */
                };
                UINT64 GpRegisters[16]; /**< Rax ... R15 as an array, in encoding order. */
            };
            UINT64 Rip;    /**< RIP (class HV_X64_REGISTER_CLASS_IP). */
            UINT64 Rflags; /**< RFLAGS (class HV_X64_REGISTER_CLASS_FLAGS). */
        };
        UINT64 Registers[18]; /**< Rax ... R15, Rip and Rflags as one array. */
    };
    UINT8 Reserved[8]; /**< Reserved. */
    HVREF_EXTENSION union {
        HVREF_EXTENSION struct {
            HV_UINT128 Xmm0; /**< XMM0. */
            HV_UINT128 Xmm1; /**< XMM1. */
            HV_UINT128 Xmm2; /**< XMM2. */
            HV_UINT128 Xmm3; /**< XMM3. */
            HV_UINT128 Xmm4; /**< XMM4. */
            HV_UINT128 Xmm5; /**< XMM5. */
        };
        HV_UINT128 XmmRegisters[6]; /**< Xmm0 ... Xmm5 as an array (the volatile XMM registers). */
    };
    HVREF_EXTENSION union {
        HVREF_EXTENSION struct {
            HV_X64_SEGMENT_REGISTER Es; /**< ES. */
            HV_X64_SEGMENT_REGISTER Cs; /**< CS. */
            HV_X64_SEGMENT_REGISTER Ss; /**< SS. */
            HV_X64_SEGMENT_REGISTER Ds; /**< DS. */
            HV_X64_SEGMENT_REGISTER Fs; /**< FS. */
            HV_X64_SEGMENT_REGISTER Gs; /**< GS. */
        };
        HV_X64_SEGMENT_REGISTER SegmentRegisters[6]; /**< Es ... Gs as an array. */
    };
    UINT64 Cr0;  /**< CR0 (read only here). */
    UINT64 Cr3;  /**< CR3 (read only here). */
    UINT64 Cr4;  /**< CR4 (read only here). */
    UINT64 Cr8;  /**< CR8 (read only here). */
    UINT64 Efer; /**< EFER (read only here). */
    UINT64 Dr7;  /**< DR7 (read only here). */
    HV_X64_PENDING_INTERRUPTION_REGISTER PendingInterruption; /**< The pending interruption (read only here). */
    HV_X64_INTERRUPT_STATE_REGISTER InterruptState;           /**< Interrupt shadow and NMI masking (read only here). */
    UINT64 InstructionEmulationHints; /**< Hints for the VMM's instruction emulator (read only here). */
    UINT64 Xfem;                      /**< XCR0, as HV_X64_XSAVE_XFEM_REGISTER lays it out (read only here). */
    UINT8 Reserved1[256];             /**< Reserved; from here to the end the page is not part of the saved register state. */
    HV_VP_REGISTER_PAGE_INTERRUPT_VECTORS InterruptVectors; /**< Vectors to inject at the next dispatch. */
    UINT8 Reserved2[3400];            /**< Reserved: the rest of the 4096-byte page. */
} HV_X64_VP_REGISTER_PAGE, *PHV_X64_VP_REGISTER_PAGE;
HVREF_ASSERT_SIZE(HV_X64_VP_REGISTER_PAGE, 0x1000);

/**
 * \brief The register page of an ARM64 virtual processor, mapped with
 *        HvCallMapVpStatePage and HvVpStatePageRegisters: the ARM64 layout
 *        of HV_VP_REGISTER_PAGE.
 *
 * After the same 8-byte header as the x64 page come 264 reserved bytes, then
 * the instruction pointer (PC), the processor state (CPSR) and two control
 * registers. Dirty marks what the VMM changed: bit 1 the PC, bit 2 CPSR,
 * bit 3 the control registers (bit 0 is unused). No TLFS edition documents
 * the page; the layout is OpenVMM's HvAarch64RegisterPage, the only source
 * that gives one (Microsoft's C headers, as Linux and rust-vmm/mshv carry
 * them, keep only the header on ARM64).
 *
 * \note OpenVMM names byte 3 vtl; rust-vmm/mshv's arm64 bindings call it
 *       rsvdz, as on x64. \erratum{E728}
 *
 * \note OpenVMM's page is 4096 bytes; rust-vmm/mshv's arm64 bindings end
 *       the structure after its 8-byte header. \erratum{E729}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_state_page_type}
 * \see HvCallMapVpStatePage HV_X64_VP_REGISTER_PAGE
 */
typedef struct _HV_ARM64_VP_REGISTER_PAGE {
    UINT16 Version;          /**< Layout version: HV_VP_REGISTER_PAGE_VERSION_1. */
    UINT8 IsValid;           /**< Non-zero while the page holds the processor's current registers. */
    UINT8 RsvdZ;             /**< Reserved; zero. */
    UINT32 Dirty;            /**< Register classes the VMM changed: bit 1 Pc, bit 2 Cpsr, bit 3 SCTLR_EL1 and TCR_EL1. */
    UINT64 Reserved[33];     /**< Reserved. */
    UINT64 Pc;               /**< The program counter. */
    UINT64 Cpsr;             /**< The processor state (PSTATE as CPSR holds it). */
    UINT64 SCTLR_EL1;        /**< System control register (spelled as in HV_ARM64_INITIAL_VP_CONTEXT). */
    UINT64 TCR_EL1;          /**< Translation control register. */
    UINT8 Reserved1[3792];   /**< Reserved: the rest of the 4096-byte page. */
} HV_ARM64_VP_REGISTER_PAGE, *PHV_ARM64_VP_REGISTER_PAGE;
HVREF_ASSERT_SIZE(HV_ARM64_VP_REGISTER_PAGE, 0x1000);

/**
 * \brief The register page of the architecture being compiled for.
 *
 * HV_ARM64_VP_REGISTER_PAGE when HVREF_ARCH_ARM64 is 1, else
 * HV_X64_VP_REGISTER_PAGE: the name Microsoft's headers give the page
 * (hv_vp_register_page). Code that handles the other architecture's
 * processors names the arch-specific type itself.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_vp_state_page_type}
 * \see HV_X64_VP_REGISTER_PAGE HV_ARM64_VP_REGISTER_PAGE
 */
#if HVREF_ARCH_ARM64
typedef HV_ARM64_VP_REGISTER_PAGE HV_VP_REGISTER_PAGE;
#else
typedef HV_X64_VP_REGISTER_PAGE HV_VP_REGISTER_PAGE;
#endif

/** \brief Pointer to an HV_VP_REGISTER_PAGE. */
typedef HV_VP_REGISTER_PAGE *PHV_VP_REGISTER_PAGE;

/** \} */

/**
 * \defgroup hvref_vp_xsave XSAVE state
 * \brief The XSAVE feature mask, the header of an XSAVE area and the XSAVE
 *        piece of a virtual processor's saved state.
 * \{
 */

/**
 * \brief The XSAVE feature mask (XCR0, HvX64RegisterXfem): which processor
 *        state components XSAVE saves and XRSTOR restores.
 *
 * The bit numbers are the processor's own state-component numbers. Also
 * readable in 32-bit halves, as XGETBV and XSETBV pass it.
 *
 * \note The 2013 WDK names bits 0-2 only and reserves bits 63:3;
 *       Microsoft's later headers (Linux's include/hyperv/hvgdk_mini.h,
 *       rust-vmm/mshv's bindings) name bits 3-7, 10-12, 17 and 18 as well
 *       and leave 9:8, 16:13 and 63:19 reserved. \erratum{E727}
 *
 * \par Specification
 * \wdk2013{HV_X64_XSAVE_XFEM_REGISTER}
 * \tlfsonline{datatypes/hv_register_name#control--intermediate-control-registers}
 * \see HV_X64_XSAVE_HEADER HV_VP_STATE_DATA_XSAVE HvX64RegisterXfem
 */
typedef union _HV_X64_XSAVE_XFEM_REGISTER {
    UINT64 AsUINT64; /**< The whole mask. */
    HVREF_EXTENSION struct {
        UINT32 LowUINT32;  /**< Bits 31:0 (EAX of XGETBV / XSETBV). */
        UINT32 HighUINT32; /**< Bits 63:32 (EDX of XGETBV / XSETBV). */
    };
    HVREF_EXTENSION struct {
        UINT64 LegacyX87 : 1;      /**< Bit 0: x87 state. */
        UINT64 LegacySse : 1;      /**< Bit 1: SSE state (XMM registers and MXCSR). */
        UINT64 Avx : 1;            /**< Bit 2: upper halves of the YMM registers. */
        UINT64 MpxBndreg : 1;      /**< Bit 3: MPX bound registers. */
        UINT64 MpxBndcsr : 1;      /**< Bit 4: MPX bound configuration and status. */
        UINT64 Avx512OpMask : 1;   /**< Bit 5: AVX-512 opmask registers. */
        UINT64 Avx512Zmmhi : 1;    /**< Bit 6: upper halves of ZMM0-ZMM15. */
        UINT64 Avx512Zmm16_31 : 1; /**< Bit 7: ZMM16-ZMM31. */
        UINT64 Reserved : 2;       /**< Bits 9:8: reserved; zero. */
        UINT64 Pasid : 1;          /**< Bit 10: PASID state. */
        UINT64 CetU : 1;           /**< Bit 11: user-mode CET state. */
        UINT64 CetS : 1;           /**< Bit 12: supervisor-mode CET state. */
        UINT64 Reserved1 : 4;      /**< Bits 16:13: reserved; zero. */
        UINT64 XtileCfg : 1;       /**< Bit 17: AMX tile configuration. */
        UINT64 XtileData : 1;      /**< Bit 18: AMX tile data. */
        UINT64 Reserved2 : 45;     /**< Bits 63:19: reserved; zero. */
    };
} HV_X64_XSAVE_XFEM_REGISTER, *PHV_X64_XSAVE_XFEM_REGISTER;
HVREF_ASSERT_SIZE(HV_X64_XSAVE_XFEM_REGISTER, 8);

/**
 * \brief The 64-byte header of an XSAVE area, as the 2013 WDK lays it out.
 *
 * It follows the 512-byte legacy (FXSAVE) region of an XSAVE area.
 * XstateBv says which state components the area holds. The 2013 WDK is the
 * only source of this type's layout; the Microsoft headers published since
 * do not carry it.
 *
 * \par Specification
 * \wdk2013{HV_X64_XSAVE_HEADER}
 * \see HV_X64_XSAVE_XFEM_REGISTER
 */
typedef struct _HV_X64_XSAVE_HEADER {
    HV_X64_XSAVE_XFEM_REGISTER XstateBv; /**< The state components present in the area. */
    UINT64 Reserved0MBZ;                 /**< Reserved; must be zero. */
    UINT16 RevisionID;                   /**< Revision of the area's format. */
    UINT16 Reserved1MBZ;                 /**< Reserved; must be zero. */
    UINT32 Reserved2;                    /**< Reserved. */
    UINT64 Reserved3;                    /**< Reserved. */
    UINT64 Reserved4;                    /**< Reserved. */
    UINT64 Reserved5;                    /**< Reserved. */
    UINT64 Reserved6;                    /**< Reserved. */
    UINT64 Reserved7;                    /**< Reserved. */
} HV_X64_XSAVE_HEADER, *PHV_X64_XSAVE_HEADER;
HVREF_ASSERT_SIZE(HV_X64_XSAVE_HEADER, 64);

/**
 * \brief The XSAVE piece of a virtual processor's state, as a VMM names it
 *        when it reads or writes that state.
 *
 * States selects the state components the XSAVE data holds; Flags modifies
 * how it is transferred (0 for the plain form). Defined by Microsoft's
 * headers (Linux's include/hyperv/hvhdk.h, struct hv_vp_state_data_xsave),
 * for the VP state calls HvCallGetVpState and HvCallSetVpState, whose
 * interfaces no TLFS edition documents.
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_register_name#control--intermediate-control-registers}
 * \see HV_X64_XSAVE_XFEM_REGISTER HvCallGetVpState HvCallSetVpState
 */
typedef struct _HV_VP_STATE_DATA_XSAVE {
    UINT64 Flags;                      /**< Transfer flags; 0 for the plain form. */
    HV_X64_XSAVE_XFEM_REGISTER States; /**< The state components concerned. */
} HV_VP_STATE_DATA_XSAVE, *PHV_VP_STATE_DATA_XSAVE;
HVREF_ASSERT_SIZE(HV_VP_STATE_DATA_XSAVE, 16);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_VIRTUAL_PROCESSOR_STATE_H */
