/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Call codes: the value of HV_HYPERCALL_INPUT::CallCode for every
 *        publicly known hypercall and extended hypercall.
 *
 * The list covers 0x0000-0x0116, 0x011F, 0x0131 and the extended codes
 * 0x8001-0x8006, with the names Microsoft's own sources use. Many codes are
 * known only by name: no TLFS edition describes their parameters, and they
 * are mostly meant for the root partition or for Microsoft's own tools. Each
 * enumerator says whether its interface is documented; those that are carry
 * their spec references.
 */
#ifndef HVREF_CALL_CODES_H
#define HVREF_CALL_CODES_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_call_codes Call codes
 * \brief The HV_CALL_CODE values: hypercalls (0x0000-0x7FFF) and extended
 *        hypercalls (above 0x8000).
 * \{
 */

/**
 * \brief A hypercall's call code, as it is stored in the 16-bit CallCode
 *        field of the hypercall input value.
 *
 * The type is a fixed-width integer so that it has the field's size with
 * every compiler; enum _HV_CALL_CODE only lists the values.
 *
 * \par Specification
 * \tlfsonline{hypercall-interface#hypercall-inputs}
 * \tlfs60b{3.7}
 * \tlfs20{4.7}
 * \wdk2013{HV_CALL_CODE}
 * \see enum _HV_CALL_CODE, HV_HYPERCALL_INPUT
 */
typedef UINT16 HV_CALL_CODE;

/**
 * \brief The values an HV_CALL_CODE can hold.
 *
 * Codes up to 0x7FFF are hypercalls proper; codes above 0x8000 are extended
 * hypercalls, which the hypervisor handles separately but which a guest
 * issues in the same way (see \ref hvref_hypercall_extended). The names follow
 * the public call-code list and the online TLFS; where another source names a
 * code differently, its enumerator has a note.
 *
 * The 2013 WDK's HV_CALL_CODE predates most of the list: it ends at
 * 0x0075 (followed by HvCallCount), calls 0x0005-0x0007 HvCallDeprecated0005-0007, 0x0009
 * HvCallParkLogicalProcessors, and gives 0x000B-0x003F reserved names
 * (HvCallReserved000b and so on) where later sources name 0x000B-0x001D.
 * TLFS 6.0b Appendix A, too, lists 0x0016-0x003F as reserved.
 *
 * \par Specification
 * \wdk2013{HV_CALL_CODE}
 */
enum _HV_CALL_CODE {
    /* Hypercalls, 0x0000-0x7FFF. */

    HvCallReserved0000 = 0x0000, /**< Reserved. */
    /**
     * \brief Switches the calling virtual processor to another guest virtual address space
     *        (loads a new CR3 value).
     *
     * \par Specification
     * \hvcallrefs{HvCallSwitchVirtualAddressSpace}
     */
    HvCallSwitchVirtualAddressSpace = 0x0001,
    /**
     * \brief Flushes the TLB entries of whole virtual address spaces on a set of virtual
     *        processors.
     *
     * Drops every cached translation of one guest address space (on x64 the one named by
     * a CR3 value, on ARM64 by a translation table base) from the virtual TLBs of the
     * chosen virtual processors. HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES widens it to every
     * address space and HV_FLUSH_ALL_PROCESSORS to every processor of the partition;
     * otherwise ProcessorMask picks processors by index (bit n, index n, so only indices
     * 0-63; HvCallFlushVirtualAddressSpaceEx takes larger sets). With
     * HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY the hypervisor may keep global translations.
     * When the call returns, the flush has taken effect on every chosen processor; if one
     * of them is inhibiting flushes, the caller's processor is held and the call is
     * reissued once the inhibit ends. Input: HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE; no
     * output.
     *
     * \par Caller
     * Any partition, on behalf of its own virtual processors, from the guest's most
     * privileged mode (CPL 0 on x64, EL1 on ARM64) as for every hypercall. No partition
     * privilege flag is needed and no edition restricts the VTL. The
     * UseHypercallForLocalFlush and UseHypercallForRemoteFlush bits that the call-code
     * lists give in their privilege column are CPUID leaf 0x40000004 recommendations
     * (whether the hypercall is faster than INVLPG, MOV to CR3 or IPIs), not privileges.
     *
     * \par Restrictions
     * None beyond valid input: every flag bit other than the three HV_FLUSH_ values above
     * is zero; AddressSpace is a valid CR3 value unless HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES
     * is set; ProcessorMask is not zero unless HV_FLUSH_ALL_PROCESSORS is set.
     *
     * \par Call form
     * Simple (no rep list), 24 bytes of input. No source marks a fast form for it, and the
     * TLFS does not list which calls accept XMM fast input; the input fits the 112 bytes
     * that XMM fast input carries, and the example passes it that way.
     *
     * \retval HV_STATUS_SUCCESS the flush is complete on every selected virtual processor.
     * \retval HV_STATUS_INVALID_PARAMETER AddressSpace is not a valid CR3 value (or sets a
     *         bit the architecture reserves) without HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES,
     *         Flags sets a reserved bit, or ProcessorMask is zero without
     *         HV_FLUSH_ALL_PROCESSORS.
     *
     * \note TLFS 6.0b (9.4), 2.0 (12.4.2) and the 2013 WDK page list
     *       HV_STATUS_INVALID_PARAMETER; the online page lists no return values at all.
     *       \erratum{E400}
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushVirtualAddressSpace}
     */
    HvCallFlushVirtualAddressSpace = 0x0002,
    /**
     * \brief Flushes the TLB entries of a list of guest virtual address ranges on a set of
     *        virtual processors.
     *
     * Like HvCallFlushVirtualAddressSpace, but only for the pages named in a list: each
     * list element is an HV_GVA whose page-aligned part is the first page and whose low 12
     * bits count the further pages, so one element covers 1 to 4096 pages (see
     * HV_GVA_RANGE). A GVA inside a large page flushes the whole large page; GVAs beyond
     * the end of the partition's GVA space are skipped without error. The address space
     * and processor selection and HV_FLUSH_ALL_PROCESSORS and
     * HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES work as for the whole-space flush. The flush is
     * complete on every chosen processor when the call returns; a processor inhibiting
     * flushes holds the caller until the inhibit ends. Input:
     * HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST followed by the list; no output.
     *
     * \par Caller
     * Any partition, from the guest's most privileged mode. No partition privilege flag
     * is needed and no edition restricts the VTL; the UseHypercallForLocalFlush and
     * UseHypercallForRemoteFlush bits the call-code lists give as its privilege are CPUID
     * leaf 0x40000004 recommendations. The online TLFS marks the call x64 only.
     *
     * \par Restrictions
     * None beyond valid input: HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY is not allowed here, other
     * undefined flag bits are zero, AddressSpace is a valid CR3 value unless
     * HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES is set, and ProcessorMask is not zero unless
     * HV_FLUSH_ALL_PROCESSORS is set.
     *
     * \par Call form
     * Rep: one rep per list element (8 bytes each), after a 24-byte header. The hypervisor
     * may return with only part of the list done; the caller then issues the call again
     * from the reps completed. No fast form.
     *
     * \retval HV_STATUS_SUCCESS the reps reported complete have been flushed on every
     *         selected virtual processor.
     * \retval HV_STATUS_INVALID_PARAMETER AddressSpace is not a valid CR3 value (or sets a
     *         bit the architecture reserves) without HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES,
     *         Flags sets a reserved bit, or ProcessorMask is zero without
     *         HV_FLUSH_ALL_PROCESSORS.
     *
     * \note TLFS 6.0b (9.4), 2.0 (12.4.3) and the 2013 WDK page list
     *       HV_STATUS_INVALID_PARAMETER; the online page lists no return values at all.
     *       \erratum{E401}
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushVirtualAddressList}
     */
    HvCallFlushVirtualAddressList = 0x0003,
    /**
     * \brief Reads the accumulated run time of logical processors.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetLogicalProcessorRunTime}
     */
    HvCallGetLogicalProcessorRunTime = 0x0004,
    /**
     * \brief Updates the hypervisor's view of the processor features.
     *
     * No TLFS edition documents its interface.
     *
     * The 2013 WDK names this code HvCallDeprecated0005; TLFS 6.0b Appendix A lists
     * 0x0005-0x0007 as reserved.
     */
    HvCallUpdateHvProcessorFeatures = 0x0005,
    /**
     * \brief Switches an alias map.
     *
     * No TLFS edition documents its interface.
     *
     * The 2013 WDK names this code HvCallDeprecated0006; TLFS 6.0b Appendix A lists it as
     * reserved.
     */
    HvCallSwitchAliasMap = 0x0006,
    /**
     * \brief Applies a processor microcode update.
     *
     * No TLFS edition documents its interface.
     *
     * The 2013 WDK names this code HvCallDeprecated0007; TLFS 6.0b Appendix A lists it as
     * reserved.
     */
    HvCallUpdateMicrocode = 0x0007,
    /**
     * \brief Tells the hypervisor that the caller has spun on a lock for a long time, so
     *        another virtual processor may run.
     *
     * An advisory scheduling hint: a virtual processor that has retried a lock
     * LongSpinWaitCount times (CPUID leaf 0x40000004 EBX,
     * HV_X64_ENLIGHTENMENT_INFORMATION) reports how long it has spun, and the scheduler may
     * give its time to the virtual processor of the same partition that holds the lock.
     * Input: HV_INPUT_NOTIFY_LONG_SPIN_WAIT; no output.
     *
     * \par Caller
     * Any partition, for the calling virtual processor. No edition names a partition
     * privilege flag; the call-code list gives the UseHypercallForLongSpinWait
     * recommendation (leaf 0x40000004) as its condition.
     *
     * \par Restrictions
     * None.
     *
     * \par Call form
     * Simple, fast: the 8-byte input travels in the first input register (TLFS 6.0b and
     * 2.0 mark the call [fast]).
     *
     * \retval HV_STATUS_SUCCESS always: the call is advisory and every edition says it
     *         returns no error.
     *
     * \par Specification
     * \hvcallrefs{HvCallNotifyLongSpinWait}
     */
    HvCallNotifyLongSpinWait = 0x0008,
    /**
     * \brief Parks or unparks logical processors (2.0: HvParkLogicalProcessors), telling the
     *        scheduler which ones to leave idle.
     *
     * \note TLFS 2.0 and the 2013 WDK call this code HvParkLogicalProcessors (WDK enumerator
     *       HvCallParkLogicalProcessors); TLFS 6.0b Appendix A has
     *       HvCallParkedVirtualProcessors, printed as 0x00090. \erratum{E040}
     *
     * \par Specification
     * \hvcallrefs{HvCallParkedVirtualProcessors}
     */
    HvCallParkedVirtualProcessors = 0x0009,
    /**
     * \brief Breaks into the hypervisor debugger.
     *
     * \par Specification
     * \hvcallrefs{HvCallInvokeHypervisorDebugger}
     */
    HvCallInvokeHypervisorDebugger = 0x000A,
    /**
     * \brief Sends a synthetic interrupt to a set of virtual processors given by a 64-bit mask.
     *
     * Raises one fixed interrupt vector on every virtual processor of the caller's partition
     * whose bit is set in ProcessorMask (bit n: virtual processor index n), in one call
     * instead of one APIC interrupt-command write per target. CPUID leaf 0x40000004 EAX bit
     * 10 (HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseSyntheticClusterIpi) recommends it;
     * HvCallSendSyntheticClusterIpiEx takes a sparse processor set for more than 64
     * processors. Input: HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI; no output.
     *
     * \par Caller
     * Any partition, for its own virtual processors. No edition names a partition privilege
     * flag; TargetVtl (an HV_INPUT_VTL) selects the VTL that receives the interrupt.
     *
     * \par Restrictions
     * Fixed interrupts only: no NMIs. The vector is 0x10-0xFF.
     *
     * \par Call form
     * Simple, memory-based: the 16-byte input is read from the input page. No edition
     * documents a fast form.
     *
     * \retval HV_STATUS_SUCCESS the interrupt was sent.
     * \retval HV_STATUS_INVALID_PARAMETER a field of the input is invalid (a vector out of
     *         range, a reserved bit set).
     *
     * \note TLFS 6.0b (10.5) lists HV_STATUS_INVALID_PARAMETER; the online page lists no
     *       statuses. \erratum{E151}
     *
     * \par Specification
     * \hvcallrefs{HvCallSendSyntheticClusterIpi}
     */
    HvCallSendSyntheticClusterIpi = 0x000B,
    /**
     * \brief Changes the VTL protections on a list of guest physical pages.
     *
     * \par Specification
     * \hvcallrefs{HvCallModifyVtlProtectionMask}
     */
    HvCallModifyVtlProtectionMask = 0x000C,
    /**
     * \brief Enables a virtual trust level for a partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallEnablePartitionVtl}
     */
    HvCallEnablePartitionVtl = 0x000D,
    /** Disables a virtual trust level for a partition. No TLFS edition documents its interface. */
    HvCallDisablePartitionVtl = 0x000E,
    /**
     * \brief Enables a virtual trust level on one virtual processor, giving it an initial
     *        context.
     *
     * \par Specification
     * \hvcallrefs{HvCallEnableVpVtl}
     */
    HvCallEnableVpVtl = 0x000F,
    /** Disables a virtual trust level on one virtual processor. No TLFS edition documents its interface. */
    HvCallDisableVpVtl = 0x0010,
    /**
     * \brief Enters the next higher virtual trust level on the calling processor.
     *
     * \par Specification
     * \hvcallrefs{HvCallVtlCall}
     */
    HvCallVtlCall = 0x0011,
    /**
     * \brief Returns from a higher virtual trust level to the lower one that called it.
     *
     * \par Specification
     * \hvcallrefs{HvCallVtlReturn}
     */
    HvCallVtlReturn = 0x0012,
    /**
     * \brief Flushes whole virtual address spaces on the processors of a sparse processor set.
     *
     * Does what HvCallFlushVirtualAddressSpace does, with the processors given as an
     * HV_VP_SET instead of a 64-bit mask, so that virtual processors with an index above 63
     * can be named: a bank mask says which groups of 64 indices are present, and one
     * 64-bit mask per present bank follows. The same HV_FLUSH_ flags apply, and the flush
     * has taken effect on every chosen processor when the call returns. Input:
     * HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX; no output.
     *
     * \par Caller
     * Any partition, from the guest's most privileged mode, when the hypervisor recommends
     * UseExProcessorMasks (on x64 CPUID leaf 0x40000004, on ARM64 HvRegisterFeaturesInfo).
     * No partition privilege flag is needed and no edition restricts the VTL.
     *
     * \par Restrictions
     * Only available with UseExProcessorMasks. Otherwise as for
     * HvCallFlushVirtualAddressSpace: undefined flag bits zero, a valid address space unless
     * all are flushed.
     *
     * \par Call form
     * Simple, with a variable-size input header: the bank masks after
     * ProcessorSet.ValidBanksMask are the variable part, their count goes in
     * VariableHeaderSize. No source marks a fast form for it.
     *
     * \retval HV_STATUS_SUCCESS the flush is complete on every processor of the set.
     * \retval HV_STATUS_INVALID_PARAMETER a field of the input is not valid (TLFS 6.0b gives
     *         no finer condition; those of HvCallFlushVirtualAddressSpace are the likely
     *         ones).
     *
     * \note TLFS 6.0b (9.4) lists HV_STATUS_INVALID_PARAMETER; the online page lists no
     *       return values; TLFS 2.0 predates the call. \erratum{E402}
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushVirtualAddressSpaceEx}
     */
    HvCallFlushVirtualAddressSpaceEx = 0x0013,
    /**
     * \brief Flushes a list of guest virtual address ranges on the processors of a sparse
     *        processor set.
     *
     * \note TLFS 6.0b (9.4) prints HvFlushVirtualAddressList, the name of code 0x0003, on
     *       this call's native-interface line, under the heading and prototype of
     *       HvFlushVirtualAddressListEx. \erratum{E450}
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushVirtualAddressListEx}
     */
    HvCallFlushVirtualAddressListEx = 0x0014,
    /**
     * \brief Sends a synthetic interrupt to the processors of a sparse processor set.
     *
     * As HvCallSendSyntheticClusterIpi, but the targets are an HV_VP_SET, so processors
     * above index 63 can be reached. The hypervisor offers it when CPUID leaf 0x40000004
     * EAX bit 11 (HV_X64_ENLIGHTENMENT_INFORMATION_EAX::UseExProcessorMasks) is set.
     * Input: HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX; no output.
     *
     * \par Caller
     * Any partition, for its own virtual processors. No edition names a partition privilege
     * flag; TargetVtl (an HV_INPUT_VTL) selects the VTL that receives the interrupt.
     *
     * \par Restrictions
     * Fixed interrupts only: no NMIs. The vector is 0x10-0xFF.
     *
     * \par Call form
     * Simple, memory-based, with a variable header: the 24 bytes up to the set's
     * ValidBanksMask are fixed, and VariableHeaderSize counts the bank masks that follow
     * (one 8-byte unit each). No edition documents a fast form.
     *
     * \retval HV_STATUS_SUCCESS the interrupt was sent.
     * \retval HV_STATUS_INVALID_PARAMETER a field of the input is invalid (a vector out of
     *         range, a reserved bit set, a malformed processor set).
     *
     * \note TLFS 6.0b (10.5) lists HV_STATUS_INVALID_PARAMETER; the online page lists no
     *       statuses. \erratum{E156}
     *
     * \par Specification
     * \hvcallrefs{HvCallSendSyntheticClusterIpiEx}
     */
    HvCallSendSyntheticClusterIpiEx = 0x0015,
    /** Queries information about a hypervisor image. No TLFS edition documents its interface. */
    HvCallQueryImageInfo = 0x0016,
    HvCallMapImagePages = 0x0017, /**< Maps pages of a hypervisor image. No TLFS edition documents its interface. */
    HvCallCommitPatch = 0x0018, /**< Commits a hypervisor hot patch. No TLFS edition documents its interface. */
    HvCallSyncContext = 0x0019, /**< Synchronizes a context. No TLFS edition documents its interface. */
    /** Synchronizes a context (extended form). No TLFS edition documents its interface. */
    HvCallSyncContextEx = 0x001A,
    /** Writes a performance-monitoring register. No TLFS edition documents its interface. */
    HvCallSetPerfRegister = 0x001B,
    /** Reads a performance-monitoring register. No TLFS edition documents its interface. */
    HvCallGetPerfRegister = 0x001C,
    HvCallFlushCache = 0x001D, /**< Flushes processor caches. No TLFS edition documents its interface. */
    HvCallReserved001e = 0x001E, /**< Reserved. */
    HvCallReserved001f = 0x001F, /**< Reserved. */
    HvCallReserved0020 = 0x0020, /**< Reserved. */
    HvCallReserved0021 = 0x0021, /**< Reserved. */
    HvCallReserved0022 = 0x0022, /**< Reserved. */
    HvCallReserved0023 = 0x0023, /**< Reserved. */
    HvCallReserved0024 = 0x0024, /**< Reserved. */
    HvCallReserved0025 = 0x0025, /**< Reserved. */
    HvCallReserved0026 = 0x0026, /**< Reserved. */
    HvCallReserved0027 = 0x0027, /**< Reserved. */
    HvCallReserved0028 = 0x0028, /**< Reserved. */
    HvCallReserved0029 = 0x0029, /**< Reserved. */
    HvCallReserved002a = 0x002A, /**< Reserved. */
    HvCallReserved002b = 0x002B, /**< Reserved. */
    HvCallReserved002c = 0x002C, /**< Reserved. */
    HvCallReserved002d = 0x002D, /**< Reserved. */
    HvCallReserved002e = 0x002E, /**< Reserved. */
    HvCallReserved002f = 0x002F, /**< Reserved. */
    HvCallReserved0030 = 0x0030, /**< Reserved. */
    HvCallReserved0031 = 0x0031, /**< Reserved. */
    HvCallReserved0032 = 0x0032, /**< Reserved. */
    HvCallReserved0033 = 0x0033, /**< Reserved. */
    HvCallReserved0034 = 0x0034, /**< Reserved. */
    HvCallReserved0035 = 0x0035, /**< Reserved. */
    HvCallReserved0036 = 0x0036, /**< Reserved. */
    HvCallReserved0037 = 0x0037, /**< Reserved. */
    HvCallReserved0038 = 0x0038, /**< Reserved. */
    HvCallReserved0039 = 0x0039, /**< Reserved. */
    HvCallReserved003a = 0x003A, /**< Reserved. */
    HvCallReserved003b = 0x003B, /**< Reserved. */
    HvCallReserved003c = 0x003C, /**< Reserved. */
    HvCallReserved003d = 0x003D, /**< Reserved. */
    HvCallReserved003e = 0x003E, /**< Reserved. */
    HvCallReserved003f = 0x003F, /**< Reserved. */
    /**
     * \brief Creates a child partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallCreatePartition}
     */
    HvCallCreatePartition = 0x0040,
    /**
     * \brief Initializes a newly created partition so that it can run.
     *
     * \par Specification
     * \hvcallrefs{HvCallInitializePartition}
     */
    HvCallInitializePartition = 0x0041,
    /**
     * \brief Finalizes a partition, the first step of tearing it down.
     *
     * \par Specification
     * \hvcallrefs{HvCallFinalizePartition}
     */
    HvCallFinalizePartition = 0x0042,
    /**
     * \brief Deletes a finalized partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallDeletePartition}
     */
    HvCallDeletePartition = 0x0043,
    /**
     * \brief Reads one property of a partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetPartitionProperty}
     */
    HvCallGetPartitionProperty = 0x0044,
    /**
     * \brief Writes one property of a partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallSetPartitionProperty}
     */
    HvCallSetPartitionProperty = 0x0045,
    /**
     * \brief Returns the partition ID of the calling partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetPartitionId}
     */
    HvCallGetPartitionId = 0x0046,
    /**
     * \brief Enumerates the caller's child partitions one at a time.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetNextChildPartition}
     */
    HvCallGetNextChildPartition = 0x0047,
    /**
     * \brief Gives pages of memory to the hypervisor for a partition's memory pool.
     *
     * \par Specification
     * \hvcallrefs{HvCallDepositMemory}
     */
    HvCallDepositMemory = 0x0048,
    /**
     * \brief Takes pages back from a partition's memory pool.
     *
     * \par Specification
     * \hvcallrefs{HvCallWithdrawMemory}
     */
    HvCallWithdrawMemory = 0x0049,
    /**
     * \brief Reports how many pages a partition's memory pool holds and uses.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetMemoryBalance}
     */
    HvCallGetMemoryBalance = 0x004A,
    /**
     * \brief Maps system physical pages into a child partition's GPA space.
     *
     * \par Specification
     * \hvcallrefs{HvCallMapGpaPages}
     */
    HvCallMapGpaPages = 0x004B,
    /**
     * \brief Removes mappings from a child partition's GPA space.
     *
     * \par Specification
     * \hvcallrefs{HvCallUnmapGpaPages}
     */
    HvCallUnmapGpaPages = 0x004C,
    /**
     * \brief Asks for intercept messages when a child partition makes a given kind of access.
     *
     * \par Specification
     * \hvcallrefs{HvCallInstallIntercept}
     */
    HvCallInstallIntercept = 0x004D,
    /**
     * \brief Creates a virtual processor in a partition.
     *
     * Adds virtual processor VpIndex to a child partition. The new processor is in its
     * architectural reset state, its initial APIC ID is its index, and it is suspended: it
     * runs nothing until its explicit suspend register is cleared, and a processor other
     * than index 0 then also waits for a startup IPI (or HvCallStartVirtualProcessor). Its
     * data structures are taken from the partition's memory pool, near the subnode and
     * proximity domain the input names. Input: HV_INPUT_CREATE_VP; no output.
     *
     * \par Caller
     * The partition's parent (TLFS 2.0 and the call-code list); no partition privilege
     * flag is named.
     *
     * \par Restrictions
     * The partition is active, VpIndex is below the hypervisor's limit and not in use,
     * Flags is zero, and the partition's pool has the pages the processor needs.
     *
     * \par Call form
     * Simple, 40 bytes of input (32 in TLFS 2.0 and the 2013 WDK). No source marks a fast
     * form for it.
     *
     * \retval HV_STATUS_SUCCESS the virtual processor exists, suspended.
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the partition's parent.
     * \retval HV_STATUS_OPERATION_DENIED the partition reserves or caps capacity per virtual
     *         processor, and one more processor would take the total above 100%.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX VpIndex is already in use in the partition, or above
     *         the highest index the hypervisor supports.
     * \retval HV_STATUS_INVALID_PARAMETER Flags is not zero, or ProximityDomainInfo sets an
     *         invalid flag or names an invalid domain.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     * \retval HV_STATUS_INSUFFICIENT_MEMORY the partition's memory pool has too few pages.
     * \retval HV_STATUS_NO_RESOURCES a system resource is missing or an implementation limit
     *         was reached.
     *
     * \note TLFS 2.0 (10.4.1) and the 2013 WDK list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_OPERATION_DENIED, HV_STATUS_INVALID_PARTITION_ID,
     *       HV_STATUS_INVALID_VP_INDEX, HV_STATUS_INVALID_PARAMETER,
     *       HV_STATUS_INVALID_PARTITION_STATE, HV_STATUS_INSUFFICIENT_MEMORY and
     *       HV_STATUS_NO_RESOURCES; the online page lists none. \erratum{E608}
     *
     * \note The online page and Microsoft's headers add SubnodeType and SubnodeId to
     *       HV_INPUT_CREATE_VP, which moves ProximityDomainInfo and Flags 8 bytes further
     *       than in TLFS 2.0 and the 2013 WDK. \erratum{E600} \erratum{E601}
     *       \erratum{E602}
     *
     * \par Specification
     * \hvcallrefs{HvCallCreateVp}
     */
    HvCallCreateVp = 0x004E,
    /**
     * \brief Deletes a virtual processor.
     *
     * Removes virtual processor VpIndex from a child partition and gives the pages of its
     * data structures back to the partition's memory pool. Input: HV_INPUT_DELETE_VP; no
     * output.
     *
     * \par Caller
     * The partition's parent; no partition privilege flag is named.
     *
     * \par Restrictions
     * The partition is active.
     *
     * \par Call form
     * Simple, 16 bytes of input. TLFS 2.0 and the 2013 WDK mark a fast form: the partition
     * ID and the VpIndex with its padding then go in the two input registers.
     *
     * \retval HV_STATUS_SUCCESS the virtual processor is gone.
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the partition's parent.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX VpIndex names no virtual processor of the partition.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     *
     * \note TLFS 2.0 (10.4.2) and the 2013 WDK list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_INVALID_PARTITION_ID, HV_STATUS_INVALID_VP_INDEX and
     *       HV_STATUS_INVALID_PARTITION_STATE; the online page lists none. \erratum{E609}
     *
     * \par Specification
     * \hvcallrefs{HvCallDeleteVp}
     */
    HvCallDeleteVp = 0x004F,
    /**
     * \brief Reads registers of a virtual processor.
     *
     * Returns the current values of a list of registers of one virtual processor, in the
     * order the names are given: one HV_REGISTER_VALUE (16 bytes, zero-extended) per
     * HV_REGISTER_NAME. The names are architecture-specific (registers.h); TargetVtl picks
     * the VTL whose copy is read. On ARM64, until the guest has written a non-zero guest OS
     * ID, only the feature, version, reference-time, crash and a few synthetic registers can
     * be read. Input: HV_INPUT_GET_VP_REGISTERS followed by the name list; output: one
     * HV_OUTPUT_GET_VP_REGISTERS per name.
     *
     * \par Caller
     * The partition's parent, or a partition reading its own virtual processors
     * (HV_PARTITION_ID_SELF) with the AccessVpRegisters privilege.
     *
     * \par Restrictions
     * The partition is active. TLFS 6.0b names the registers this call is the supported way
     * to read (the pending event, VP assist page, VSM and a set of x64 segment, control and
     * system registers); others should be read as the architecture reads them.
     *
     * \par Call form
     * Rep: one rep per register, a 4-byte name in and a 16-byte value out, after a 16-byte
     * header. The hypervisor may return with only part of the list done; the caller then
     * issues the call again from the reps completed. No fast form.
     *
     * \retval HV_STATUS_SUCCESS the values of the reps reported complete are in the output
     *         page.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither the partition itself nor its
     *         parent.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX VpIndex names no virtual processor of the
     *         partition.
     * \retval HV_STATUS_INVALID_PARAMETER a register name is not valid.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     *
     * \note TLFS 6.0b (7.10), 2.0 (10.4.3) and the 2013 WDK list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_INVALID_PARTITION_ID, HV_STATUS_INVALID_VP_INDEX and
     *       HV_STATUS_INVALID_PARAMETER; the online page lists none. \erratum{E514}
     *
     * \note TLFS 2.0 and the 2013 WDK also list HV_STATUS_INVALID_PARTITION_STATE;
     *       TLFS 6.0b does not (it still requires an active partition). \erratum{E515}
     *
     * \par Specification
     * \hvcallrefs{HvCallGetVpRegisters}
     */
    HvCallGetVpRegisters = 0x0050,
    /**
     * \brief Writes registers of a virtual processor.
     *
     * Sets a list of registers of one virtual processor, each given as an HV_REGISTER_ASSOC
     * (name and 16-byte value). The hypervisor checks little: reserved bits must be zero,
     * bits the architecture fixes must have their fixed values, and bits beyond the
     * register's size must be zero. Read-only registers cannot be written, and writing a
     * register has none of its architectural side effects (no exception, no TLB flush, no
     * pipeline synchronization). TargetVtl picks the VTL whose copy is written. On ARM64,
     * until the guest has written a non-zero guest OS ID, only the guest OS ID, the crash
     * registers and a few synthetic registers can be set. Input: HV_INPUT_SET_VP_REGISTERS
     * followed by the HV_REGISTER_ASSOC list; no output.
     *
     * \par Caller
     * The partition's parent, or a partition writing its own virtual processors
     * (HV_PARTITION_ID_SELF) with the AccessVpRegisters privilege (TLFS 2.0: the parent
     * only).
     *
     * \par Restrictions
     * The partition is active. TLFS 6.0b names the registers this call is the supported way
     * to set (the pending event, VP assist page, VSM, CR intercept and a set of x64 segment,
     * control and system registers); others should be set as the architecture sets them.
     *
     * \par Call form
     * Rep: one rep per 32-byte HV_REGISTER_ASSOC, after a 16-byte header (up to 127 per
     * call). The hypervisor may return with only part of the list done; the caller then
     * issues the call again from the reps completed. No fast form.
     *
     * \retval HV_STATUS_SUCCESS the registers of the reps reported complete are written.
     * \retval HV_STATUS_ACCESS_DENIED the caller may not write this partition's registers.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX VpIndex names no virtual processor of the
     *         partition.
     * \retval HV_STATUS_INVALID_VP_STATE the virtual processor's state does not allow the
     *         write.
     * \retval HV_STATUS_INVALID_PARAMETER a register name is not valid, the register is
     *         read-only, or a value sets a reserved bit.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     * \retval HV_STATUS_INVALID_REGISTER_VALUE a value is not valid for its register.
     *
     * \note TLFS 6.0b (7.10), 2.0 (10.4.4) and the 2013 WDK list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_INVALID_PARTITION_ID, HV_STATUS_INVALID_VP_INDEX,
     *       HV_STATUS_INVALID_PARAMETER and HV_STATUS_INVALID_PARTITION_STATE; the online
     *       page lists none. \erratum{E516}
     *
     * \note HV_STATUS_INVALID_VP_STATE and HV_STATUS_INVALID_REGISTER_VALUE are listed by
     *       TLFS 6.0b only. \erratum{E517}
     *
     * \par Specification
     * \hvcallrefs{HvCallSetVpRegisters}
     */
    HvCallSetVpRegisters = 0x0051,
    /**
     * \brief Translates a guest virtual address to a guest physical address with the page
     *        tables of a virtual processor.
     *
     * Walks the guest page tables the way the named virtual processor would in its
     * current mode and register state, for the kinds of access the control flags ask to
     * check (read, write, execute, any mix), and reports the GPA page the GVA page maps
     * to. With paging off the GVA is the GPA and the walk always succeeds. Options can
     * walk as if at privilege level 0, set the accessed and dirty bits as the walk goes
     * (they stay set if the walk stops), or leave the processor inhibiting TLB flushes.
     * HV_STATUS_SUCCESS only means that the output is valid: the walk's own outcome is
     * TranslationResult.ResultCode (HV_TRANSLATE_GVA_RESULT_CODE), and GpaPage is the
     * translation on HvTranslateGvaSuccess or the page that could not be read on a GPA
     * access failure. The walk need not agree with the hardware TLB. Input:
     * HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS; output: HV_OUTPUT_TRANSLATE_VIRTUAL_ADDRESS.
     *
     * \par Caller
     * The parent of the partition named by PartitionId, from the guest's most privileged
     * mode; no partition privilege flag is named. TLFS 6.0b and the online edition give
     * the top byte of the control flags (HV_TRANSLATE_GVA_INPUT_VTL_MASK) to the VTL
     * whose context is walked; neither says which VTLs a caller may name.
     *
     * \par Restrictions
     * The target partition is in the active state, VpIndex names one of its virtual
     * processors, at least one of HV_TRANSLATE_GVA_VALIDATE_READ, _WRITE and _EXECUTE is
     * set, and no reserved control flag is set.
     *
     * \par Call form
     * Simple, 32 bytes of input and 16 of output. No source marks a fast form for it.
     *
     * \retval HV_STATUS_SUCCESS the walk was done; read TranslationResult for its outcome.
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the parent of the target partition.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX VpIndex is not a virtual processor of that partition.
     * \retval HV_STATUS_INVALID_PARAMETER none of the three access kinds is requested, or a
     *         reserved control flag is set.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the target partition is not active.
     * \retval HV_STATUS_INVALID_VP_STATE the virtual processor is not in a state that allows
     *         the translation.
     *
     * \note TLFS 2.0 (12.4.4) and the 2013 WDK page list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_INVALID_PARTITION_ID, HV_STATUS_INVALID_VP_INDEX,
     *       HV_STATUS_INVALID_PARAMETER and HV_STATUS_INVALID_PARTITION_STATE; TLFS 6.0b (9.4)
     *       adds HV_STATUS_INVALID_VP_STATE; the online page lists no return values.
     *       \erratum{E403} \erratum{E404}
     *
     * Who may call differs between the sources: 6.0b (9.4) and 2.0 (12.4.4)
     * restrict the call to the target's parent, and 2.0's Appendix B gives its caller
     * as Parent, but 6.0b's Appendix A and the call-code list give Any.
     *
     * \par Specification
     * \hvcallrefs{HvCallTranslateVirtualAddress}
     */
    HvCallTranslateVirtualAddress = 0x0052,
    /**
     * \brief Reads from a child partition's GPA space in the context of one of its virtual
     *        processors.
     *
     * \par Specification
     * \hvcallrefs{HvCallReadGpa}
     */
    HvCallReadGpa = 0x0053,
    /**
     * \brief Writes to a child partition's GPA space in the context of one of its virtual
     *        processors.
     *
     * \par Specification
     * \hvcallrefs{HvCallWriteGpa}
     */
    HvCallWriteGpa = 0x0054,
    /**
     * \brief Asserts a virtual interrupt in a child partition (the original form, superseded by
     *        0x0094).
     *
     * TLFS 2.0 and the 2013 WDK call this code HvAssertVirtualInterrupt (WDK enumerator
     * HvCallAssertVirtualInterrupt); TLFS 6.0b Appendix A marks it deprecated, and the
     * current HvCallAssertVirtualInterrupt is 0x0094. It raises an interrupt of the given
     * type, trigger and vector at the child's virtual processors that DestinationAddress
     * selects; a repeated call before acknowledgement replaces the vector, and
     * HV_INTERRUPT_VECTOR_NONE withdraws it. Input:
     * HV_INPUT_ASSERT_VIRTUAL_INTERRUPT_DEPRECATED; no output.
     *
     * \par Caller
     * The parent of the target partition. No edition names a partition privilege flag;
     * the call predates VTLs.
     *
     * \par Restrictions
     * The target partition is in the active state and the caller is its parent.
     *
     * \par Call form
     * Simple, memory-based: the 32-byte input is read from the input page. No edition
     * documents a fast form.
     *
     * \retval HV_STATUS_SUCCESS the interrupt is asserted (or withdrawn).
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the target partition's parent.
     * \retval HV_STATUS_INVALID_PARTITION_ID DestinationPartition names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX DestinationAddress selects no valid virtual
     *         processor, or is not zero for an ExtInt interrupt.
     * \retval HV_STATUS_INVALID_PARAMETER the control word has an invalid field or a
     *         reserved bit set, the destination address is invalid, the vector is outside
     *         0-255 and not HV_INTERRUPT_VECTOR_NONE, or a non-zero vector is given for a
     *         type that takes none.
     * \retval HV_STATUS_ACKNOWLEDGED an earlier ExtInt interrupt was acknowledged and not
     *         yet cleared.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the target partition is not active.
     *
     * TLFS 2.0 (13.5.1) and the 2013 WDK list the same statuses.
     *
     * \par Specification
     * \hvcallrefs{HvCallAssertVirtualInterruptDeprecated}
     */
    HvCallAssertVirtualInterruptDeprecated = 0x0055,
    /**
     * \brief Clears the acknowledged state of a child partition's external (ExtInt)
     *        interrupt so that the next one can be asserted.
     *
     * Once an HvX64InterruptTypeExtInt interrupt asserted with
     * HvCallAssertVirtualInterrupt has been delivered to the child's boot processor, further
     * ExtInt assertions fail with HV_STATUS_ACKNOWLEDGED until the parent calls this; an
     * emulated 8259 PIC uses the window to record the acknowledgement. Only TLFS 2.0 and the
     * 2013 WDK document the call (TLFS 6.0b names it in its description of ExtInt and in
     * Appendix A). Input: HV_INPUT_CLEAR_VIRTUAL_INTERRUPT; no output.
     *
     * \par Caller
     * The parent of the target partition. No edition names a partition privilege flag; the
     * call predates VTLs.
     *
     * \par Restrictions
     * The target partition is in the active state and the caller is its parent.
     *
     * \par Call form
     * Simple. TLFS 2.0 and the 2013 WDK mark it fast: the 8-byte input can be passed in the
     * first input register instead of the input page.
     *
     * \retval HV_STATUS_SUCCESS the acknowledgement was cleared.
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the target partition's parent.
     * \retval HV_STATUS_INVALID_PARTITION_ID DestinationPartition names no partition.
     * \retval HV_STATUS_NOT_ACKNOWLEDGED no external interrupt has been asserted and
     *         acknowledged since the last clear.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the target partition is not active.
     *
     * TLFS 2.0 (13.5.2) and the 2013 WDK list the same statuses.
     *
     * \par Specification
     * \hvcallrefs{HvCallClearVirtualInterrupt}
     */
    HvCallClearVirtualInterrupt = 0x0056,
    /**
     * \brief Creates a port for inter-partition communication (the original form, superseded by
     *        0x0095).
     *
     * TLFS 2.0 and the 2013 WDK call this code HvCreatePort (WDK enumerator
     * HvCallCreatePort); TLFS 6.0b Appendix A marks it deprecated, and the current
     * HvCallCreatePort is 0x0095. It allocates, from PortPartition's memory pool, a message,
     * event or monitor port with the given ID and 16 message buffers for messages waiting to be
     * delivered; only ConnectionPartition may later connect to it. Input:
     * HV_INPUT_CREATE_PORT_DEPRECATED; no output.
     *
     * \par Caller
     * The parent of PortPartition, or PortPartition itself when it holds the CreatePort
     * partition privilege (HV_PARTITION_PRIVILEGE_MASK::CreatePort). The call predates VTLs.
     *
     * \par Restrictions
     * PortPartition and ConnectionPartition are different partitions, both in the active state;
     * the port ID is unused in PortPartition; a message or event port's TargetSint is 1-15; an
     * event port's flag range is not empty and ends below HV_EVENT_FLAGS_COUNT; a monitor page
     * address is page aligned; reserved fields are zero.
     *
     * \par Call form
     * Simple, memory-based: the 48-byte input is read from the input page. No edition documents
     * a fast form.
     *
     * \retval HV_STATUS_SUCCESS the port exists.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither PortPartition's parent nor
     *         PortPartition holding the CreatePort privilege.
     * \retval HV_STATUS_INVALID_PARTITION_ID PortPartition or ConnectionPartition names no
     *         partition, or both name the same one.
     * \retval HV_STATUS_INVALID_PORT_ID the port ID is in use, or its top 8 bits are not zero.
     * \retval HV_STATUS_INVALID_VP_INDEX TargetVp is neither a virtual processor of
     *         PortPartition nor HV_ANY_VP.
     * \retval HV_STATUS_INVALID_PARAMETER TargetSint is not 1-15, the port type is unknown, an
     *         event port's flag count is zero or its range reaches HV_EVENT_FLAGS_COUNT, or a
     *         reserved field of PortTypeInfo is not zero.
     * \retval HV_STATUS_INVALID_ALIGNMENT a monitor port's page address is not page aligned.
     * \retval HV_STATUS_INVALID_PARTITION_STATE PortPartition or ConnectionPartition is not
     *         active.
     * \retval HV_STATUS_INSUFFICIENT_MEMORY the memory pool has too few pages for the port.
     * \retval HV_STATUS_NO_RESOURCES a system resource or an implementation limit ran out.
     *
     * \note TLFS 2.0 (14.9.1) spells the virtual processor status HV_INVALID_VP_INDEX, the 2013
     *       WDK HV_STATUS_INVALID_VP_INDEX \erratum{E206}; the WDK's page does not list
     *       HV_STATUS_INVALID_ALIGNMENT \erratum{E207}.
     *
     * \par Specification
     * \hvcallrefs{HvCallCreatePortDeprecated}
     */
    HvCallCreatePortDeprecated = 0x0057,
    /**
     * \brief Deletes a port.
     *
     * Frees the port and its message buffers. Messages still queued at the port are lost, and
     * later messages or events sent through a connection to it fail; a message already copied
     * into a SIM page slot may still be read with the deleted port's ID. Input:
     * HV_INPUT_DELETE_PORT; no output.
     *
     * \par Caller
     * The parent of PortPartition, or PortPartition itself when it holds the CreatePort
     * partition privilege (HV_PARTITION_PRIVILEGE_MASK::CreatePort). The call-code list names
     * the parent or root partition; no edition restricts the VTL.
     *
     * \par Restrictions
     * PortPartition is in the active state and owns a port with PortId.
     *
     * \par Call form
     * Simple; the 16-byte input is read from the input page, or passed in the two input
     * registers of a fast call (the call-code list and the 2013 WDK mark the fast form).
     *
     * \retval HV_STATUS_SUCCESS the port is deleted.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither PortPartition's parent nor
     *         PortPartition holding the CreatePort privilege.
     * \retval HV_STATUS_INVALID_PARTITION_ID PortPartition names no partition.
     * \retval HV_STATUS_INVALID_PORT_ID PortPartition has no port with PortId.
     * \retval HV_STATUS_INVALID_PARTITION_STATE PortPartition is not active.
     *
     * \note TLFS 2.0 (14.9.2) and the 2013 WDK list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_INVALID_PARTITION_ID, HV_STATUS_INVALID_PORT_ID and
     *       HV_STATUS_INVALID_PARTITION_STATE; the online page lists no status. \erratum{E208}
     *
     * \par Specification
     * \hvcallrefs{HvCallDeletePort}
     */
    HvCallDeletePort = 0x0058,
    /**
     * \brief Connects to another partition's port (the original form, superseded by 0x0096).
     *
     * TLFS 2.0, TLFS 6.0b Appendix A and the 2013 WDK call this code HvConnectPort (WDK
     * enumerator HvCallConnectPort); the current HvCallConnectPort is 0x0096. It allocates,
     * from ConnectionPartition's memory pool, a connection with the given ID that leads to the
     * port, so that ConnectionPartition can post messages or signal events through it. Input:
     * HV_INPUT_CONNECT_PORT_DEPRECATED; no output.
     *
     * \par Caller
     * The parent of ConnectionPartition, or ConnectionPartition itself when it holds the
     * ConnectPort partition privilege (HV_PARTITION_PRIVILEGE_MASK::ConnectPort). The call
     * predates VTLs.
     *
     * \par Restrictions
     * ConnectionPartition and PortPartition are active; the connection ID is unused in
     * ConnectionPartition; the port exists, is not connected yet and was created for
     * ConnectionPartition; a monitor page address is page aligned.
     *
     * \par Call form
     * Simple, memory-based: the 40-byte input is read from the input page. No edition documents
     * a fast form.
     *
     * \retval HV_STATUS_SUCCESS the connection exists.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither ConnectionPartition's parent nor
     *         ConnectionPartition holding the ConnectPort privilege.
     * \retval HV_STATUS_INVALID_PARTITION_ID ConnectionPartition or PortPartition names no
     *         partition, or the port was created for another connection partition.
     * \retval HV_STATUS_INVALID_CONNECTION_ID the connection ID is in use, or its top 8 bits
     *         are not zero.
     * \retval HV_STATUS_INVALID_PORT_ID PortPartition has no such port, the port is already
     *         connected or was created for another partition, or the port ID's top 8 bits are
     *         not zero.
     * \retval HV_STATUS_INVALID_ALIGNMENT a monitor page address is not page aligned.
     * \retval HV_STATUS_INVALID_PARAMETER ConnectionInfo is invalid.
     * \retval HV_STATUS_INVALID_PARTITION_STATE ConnectionPartition or PortPartition is not
     *         active.
     * \retval HV_STATUS_INSUFFICIENT_MEMORY the memory pool has too few pages for the
     *         connection.
     * \retval HV_STATUS_NO_RESOURCES a system resource or an implementation limit ran out.
     *
     * TLFS 2.0 (14.9.3) and the 2013 WDK list the same statuses.
     *
     * \par Specification
     * \hvcallrefs{HvCallConnectPortDeprecated}
     */
    HvCallConnectPortDeprecated = 0x0059,
    /**
     * \brief Reads a property of a port.
     *
     * Returns the value of one property (HV_PORT_PROPERTY_CODE) of a port: how many messages
     * were posted to it, or its preferred target virtual processor. Only TLFS 2.0 and the 2013
     * WDK document the call. Input: HV_INPUT_GET_PORT_PROPERTY; output:
     * HV_OUTPUT_GET_PORT_PROPERTY.
     *
     * \par Caller
     * The parent of PartitionId, or PartitionId itself; the caller holds the CreatePort
     * partition privilege (HV_PARTITION_PRIVILEGE_MASK::CreatePort). The call predates VTLs.
     *
     * \par Restrictions
     * PartitionId is in the active state and owns the port.
     *
     * \par Call form
     * Simple, memory-based: a 24-byte input and an 8-byte output. No edition documents a fast
     * form.
     *
     * \retval HV_STATUS_SUCCESS PropertyValue holds the property's value.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither PartitionId's parent nor
     *         PartitionId, or lacks the CreatePort privilege.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_PORT_ID PartitionId has no such port.
     * \retval HV_STATUS_UNKNOWN_PROPERTY PropertyCode is not a known property.
     *
     * TLFS 2.0 (14.9.4) and the 2013 WDK list the same statuses.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetPortProperty}
     */
    HvCallGetPortProperty = 0x005A,
    /**
     * \brief Deletes a connection to a port.
     *
     * Frees the connection; messages already queued at the port stay queued and are still
     * delivered. Input: HV_INPUT_DISCONNECT_PORT; no output.
     *
     * \par Caller
     * The parent of ConnectionPartition, or ConnectionPartition itself when it holds the
     * ConnectPort partition privilege (HV_PARTITION_PRIVILEGE_MASK::ConnectPort). No edition
     * restricts the VTL.
     *
     * \par Restrictions
     * ConnectionPartition is in the active state and owns a connection with ConnectionId.
     *
     * \par Call form
     * Simple; the 16-byte input is read from the input page, or passed in the two input
     * registers of a fast call (TLFS 2.0 and the 2013 WDK mark the fast form).
     *
     * \retval HV_STATUS_SUCCESS the connection is deleted.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither ConnectionPartition's parent nor
     *         ConnectionPartition holding the ConnectPort privilege.
     * \retval HV_STATUS_INVALID_PARTITION_ID ConnectionPartition names no partition.
     * \retval HV_STATUS_INVALID_CONNECTION_ID ConnectionPartition has no connection with
     *         ConnectionId.
     * \retval HV_STATUS_INVALID_PARTITION_STATE ConnectionPartition is not active.
     *
     * \note TLFS 2.0 (14.9.6) and the 2013 WDK list HV_STATUS_ACCESS_DENIED,
     *       HV_STATUS_INVALID_PARTITION_ID, HV_STATUS_INVALID_CONNECTION_ID and
     *       HV_STATUS_INVALID_PARTITION_STATE; the online page lists no status. \erratum{E209}
     *
     * \par Specification
     * \hvcallrefs{HvCallDisconnectPort}
     */
    HvCallDisconnectPort = 0x005B,
    /**
     * \brief Posts a message to a message port through its connection.
     *
     * Sends a message asynchronously: the hypervisor takes one of the destination port's
     * guest message buffers, fills its header (the caller's MessageType and PayloadSize,
     * the port's ID as sender) and payload, and queues it to the port's SINTx on the
     * port's target virtual processor (or one the hypervisor picks, for a port targeted at
     * HV_ANY_VP). It is delivered into that SINT's slot of the target's message page when
     * the slot is empty, with an interrupt on SINTx. A successful return means queued, not
     * received. Input: HV_INPUT_POST_MESSAGE; no output.
     *
     * \par Caller
     * Any partition that holds the PostMessages partition privilege
     * (HV_PARTITION_PRIVILEGE_MASK::PostMessages), from the guest's most privileged mode,
     * through one of its own connections. No edition restricts the VTL.
     *
     * \par Restrictions
     * The partition that owns the connection's port is in the active state (the only
     * restriction TLFS 6.0b and 2.0 list); the port is a message port with a free message
     * buffer; MessageType is non-zero with its high bit clear; PayloadSize is at most 240;
     * the target virtual processor exists and its SynIC and SIM page are enabled.
     *
     * \par Call form
     * Simple, memory-based: the 256-byte input is read from the input page. No edition
     * documents a fast form.
     *
     * \retval HV_STATUS_SUCCESS the message is queued for delivery.
     * \retval HV_STATUS_ACCESS_DENIED the caller's partition lacks the PostMessages
     *         privilege.
     * \retval HV_STATUS_INVALID_CONNECTION_ID ConnectionId names no connection.
     * \retval HV_STATUS_INVALID_PORT_ID the connection's port was deleted, belongs to a
     *         partition that is not active, or is not a message port.
     * \retval HV_STATUS_INVALID_PARAMETER MessageType is zero or has its high bit set, or
     *         PayloadSize is above 240.
     * \retval HV_STATUS_INSUFFICIENT_BUFFERS the port has no free guest message buffer.
     * \retval HV_STATUS_INVALID_VP_INDEX the target virtual processor is gone, or no
     *         processor can take the message.
     * \retval HV_STATUS_INVALID_SYNIC_STATE the target's SynIC or SIM page is disabled (for
     *         HV_ANY_VP: on every processor).
     *
     * The online page, TLFS 6.0b (11.11) and 2.0 (14.9.7) list the same statuses; only 6.0b
     * and 2.0 spell out the HV_ANY_VP case.
     *
     * \par Specification
     * \hvcallrefs{HvCallPostMessage}
     */
    HvCallPostMessage = 0x005C,
    /**
     * \brief Signals an event port through its connection.
     *
     * Sets one event flag for the partition that owns the port behind a connection: the
     * hypervisor adds the caller's FlagNumber to the port's base flag number and sets that
     * bit in the SIEF page of the port's target virtual processor (or of one of the
     * partition's processors, for a port targeted at HV_ANY_VP). If the flag was clear,
     * the target also gets an edge-triggered interrupt on the port's SINTx. The call
     * needs no buffer in the hypervisor, so it never fails for lack of resources. Input:
     * HV_INPUT_SIGNAL_EVENT; no output.
     *
     * \par Caller
     * Any partition that holds the SignalEvents partition privilege
     * (HV_PARTITION_PRIVILEGE_MASK::SignalEvents), from the guest's most privileged mode,
     * through one of its own connections. No edition restricts the VTL.
     *
     * \par Restrictions
     * The partition that owns the connection's port is in the active state; the port is
     * an event port; FlagNumber is below the port's flag count; the target virtual
     * processor exists and its SynIC and SIEF page are enabled and its SINTx unmasked.
     *
     * \par Call form
     * Simple, with a fast form: the 8-byte input fits the first input register, so the
     * call is usually made as a register-based fast hypercall.
     *
     * \retval HV_STATUS_SUCCESS the event flag is set (and the interrupt raised if it was
     *         clear).
     * \retval HV_STATUS_ACCESS_DENIED the caller's partition lacks the SignalEvents
     *         privilege.
     * \retval HV_STATUS_INVALID_CONNECTION_ID ConnectionId names no connection.
     * \retval HV_STATUS_INVALID_PORT_ID the connection's port was deleted, belongs to a
     *         partition that is not active, or is not an event port.
     * \retval HV_STATUS_INVALID_PARAMETER FlagNumber is not below the port's flag count.
     * \retval HV_STATUS_INVALID_VP_INDEX the target virtual processor is gone, or no
     *         processor can take the event.
     * \retval HV_STATUS_INVALID_SYNIC_STATE the target's SynIC or SIEF page is disabled (for
     *         HV_ANY_VP: on every processor), or its SINTx is masked.
     *
     * The online page, TLFS 6.0b (11.11) and 2.0 (14.9.8) list the same statuses. The
     * conditions differ slightly: only 6.0b and 2.0 put the masked SINTx and the
     * HV_ANY_VP cases in the table (the online chapter on event flags names the masked
     * SINTx in its text). The fast form is marked by the call-code list and the 2013
     * WDK page; the TLFS call pages do not mark it.
     *
     * \par Specification
     * \hvcallrefs{HvCallSignalEvent}
     */
    HvCallSignalEvent = 0x005D,
    /**
     * \brief Saves the state of a partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallSavePartitionState}
     */
    HvCallSavePartitionState = 0x005E,
    /**
     * \brief Restores the state of a partition.
     *
     * \par Specification
     * \hvcallrefs{HvCallRestorePartitionState}
     */
    HvCallRestorePartitionState = 0x005F,
    /**
     * \brief Creates a group of event log buffers.
     *
     * \par Specification
     * \hvcallrefs{HvCallInitializeEventLogBufferGroup}
     */
    HvCallInitializeEventLogBufferGroup = 0x0060,
    /**
     * \brief Deletes a group of event log buffers.
     *
     * \par Specification
     * \hvcallrefs{HvCallFinalizeEventLogBufferGroup}
     */
    HvCallFinalizeEventLogBufferGroup = 0x0061,
    /**
     * \brief Adds a buffer to an event log buffer group.
     *
     * \par Specification
     * \hvcallrefs{HvCallCreateEventLogBuffer}
     */
    HvCallCreateEventLogBuffer = 0x0062,
    /**
     * \brief Removes a buffer from an event log buffer group.
     *
     * \par Specification
     * \hvcallrefs{HvCallDeleteEventLogBuffer}
     */
    HvCallDeleteEventLogBuffer = 0x0063,
    /**
     * \brief Maps an event log buffer into the caller's GPA space.
     *
     * \par Specification
     * \hvcallrefs{HvCallMapEventLogBuffer}
     */
    HvCallMapEventLogBuffer = 0x0064,
    /**
     * \brief Unmaps an event log buffer.
     *
     * \par Specification
     * \hvcallrefs{HvCallUnmapEventLogBuffer}
     */
    HvCallUnmapEventLogBuffer = 0x0065,
    /**
     * \brief Selects which event sources log into a buffer group.
     *
     * \par Specification
     * \hvcallrefs{HvCallSetEventLogGroupSources}
     */
    HvCallSetEventLogGroupSources = 0x0066,
    /**
     * \brief Returns a full event log buffer to the hypervisor for reuse.
     *
     * \par Specification
     * \hvcallrefs{HvCallReleaseEventLogBuffer}
     */
    HvCallReleaseEventLogBuffer = 0x0067,
    /**
     * \brief Closes the event log buffer being filled so that its contents can be collected.
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushEventLogBuffer}
     */
    HvCallFlushEventLogBuffer = 0x0068,
    /**
     * \brief Queues a block of data for sending over the hypervisor's debugging connection.
     *
     * \par Specification
     * \hvcallrefs{HvCallPostDebugData}
     */
    HvCallPostDebugData = 0x0069,
    /**
     * \brief Fetches data received over the hypervisor's debugging connection.
     *
     * \par Specification
     * \hvcallrefs{HvCallRetrieveDebugData}
     */
    HvCallRetrieveDebugData = 0x006A,
    /**
     * \brief Resets the incoming or outgoing buffer state of the debugging connection.
     *
     * \par Specification
     * \hvcallrefs{HvCallResetDebugSession}
     */
    HvCallResetDebugSession = 0x006B,
    /**
     * \brief Maps a statistics page of the hypervisor, a partition, a virtual or a logical
     *        processor.
     *
     * \par Specification
     * \hvcallrefs{HvCallMapStatsPage}
     */
    HvCallMapStatsPage = 0x006C,
    /**
     * \brief Unmaps a statistics page.
     *
     * \par Specification
     * \hvcallrefs{HvCallUnmapStatsPage}
     */
    HvCallUnmapStatsPage = 0x006D,
    /**
     * \brief Maps a list of individual system physical pages into a child partition's GPA
     *        space.
     *
     * \par Specification
     * \hvcallrefs{HvCallMapSparseGpaPages}
     */
    HvCallMapSparseGpaPages = 0x006E,
    /**
     * \brief Sets a hypervisor-wide system property.
     *
     * \par Specification
     * \hvcallrefs{HvCallSetSystemProperty}
     */
    HvCallSetSystemProperty = 0x006F,
    /**
     * \brief Writes a property of a port.
     *
     * Sets one property (HV_PORT_PROPERTY_CODE) of a port, such as the virtual processor
     * preferred for the messages of a port created with HV_ANY_VP. Only TLFS 2.0 and the 2013
     * WDK document the call. Input: HV_INPUT_SET_PORT_PROPERTY; output:
     * HV_OUTPUT_SET_PORT_PROPERTY.
     *
     * \par Caller
     * The parent of PartitionId, or PartitionId itself; the caller holds the CreatePort
     * partition privilege (HV_PARTITION_PRIVILEGE_MASK::CreatePort). The call predates VTLs.
     *
     * \par Restrictions
     * PartitionId is in the active state and owns the port.
     *
     * \par Call form
     * Simple, memory-based: a 32-byte input and an 8-byte output. No edition documents a fast
     * form.
     *
     * \retval HV_STATUS_SUCCESS the property has the new value.
     * \retval HV_STATUS_ACCESS_DENIED the caller is neither PartitionId's parent nor
     *         PartitionId, or lacks the CreatePort privilege.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_PORT_ID PartitionId has no such port.
     * \retval HV_STATUS_UNKNOWN_PROPERTY PropertyCode is not a known property.
     *
     * TLFS 2.0 (14.9.5) and the 2013 WDK list the same statuses.
     *
     * \par Specification
     * \hvcallrefs{HvCallSetPortProperty}
     */
    HvCallSetPortProperty = 0x0070,
    /**
     * \brief Writes a character to the hypervisor's debug output.
     *
     * No TLFS edition documents its interface.
     *
     * \note TLFS 2.0 prints call code 0x0071 in its description of HvGetSystemProperty; TLFS
     *       6.0b Appendix A and the other sources give 0x0071 to HvCallOutputDebugCharacter and
     *       HvCallGetSystemProperty 0x007B. \erratum{E039}
     */
    HvCallOutputDebugCharacter = 0x0071,
    /** Increments a value and returns it (a test call). No TLFS edition documents its interface. */
    HvCallEchoIncrement = 0x0072,
    HvCallPerfNop = 0x0073, /**< Does nothing (a performance test call). No TLFS edition documents its interface. */
    /** Does nothing with an input parameter (a performance test call). No TLFS edition documents its interface. */
    HvCallPerfNopInput = 0x0074,
    /**
     * Does nothing but write an output parameter (a performance test call). No TLFS edition
     * documents its interface.
     */
    HvCallPerfNopOutput = 0x0075,
    /** Adds a logical processor to the hypervisor. No TLFS edition documents its interface. */
    HvCallAddLogicalProcessor = 0x0076,
    /** Removes a logical processor from the hypervisor. No TLFS edition documents its interface. */
    HvCallRemoveLogicalProcessor = 0x0077,
    /** Queries the distance between NUMA nodes. No TLFS edition documents its interface. */
    HvCallQueryNumaDistance = 0x0078,
    /** Sets a property of a logical processor. No TLFS edition documents its interface. */
    HvCallSetLogicalProcessorProperty = 0x0079,
    /** Reads a property of a logical processor. No TLFS edition documents its interface. */
    HvCallGetLogicalProcessorProperty = 0x007A,
    /**
     * \brief Reads a hypervisor-wide system property.
     *
     * \note TLFS 2.0 prints call code 0x0071 in its description of this call
     *       (HvGetSystemProperty); TLFS 6.0b Appendix A and the other sources give it 0x007B. \erratum{E039}
     *
     * \par Specification
     * \hvcallrefs{HvCallGetSystemProperty}
     */
    HvCallGetSystemProperty = 0x007B,
    HvCallMapDeviceInterrupt = 0x007C, /**< Maps a device interrupt. No TLFS edition documents its interface. */
    HvCallUnmapDeviceInterrupt = 0x007D, /**< Unmaps a device interrupt. No TLFS edition documents its interface. */
    /**
     * \brief Retargets a device interrupt to other virtual processors.
     *
     * A guest that owns an assigned device (for example a PCI function passed through to
     * it) moves one of the device's interrupts, named by its MSI address and data, to a new
     * vector and set of virtual processors, for instance to rebalance interrupts across
     * processors. The target is a 64-bit processor mask or, with
     * HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET, a sparse HV_VP_SET. Input:
     * HV_INPUT_RETARGET_DEVICE_INTERRUPT; no output.
     *
     * \par Caller
     * The partition that owns the device, for itself (PartitionId is HV_PARTITION_ID_SELF).
     * The call-code list gives the CpuManagement privilege; no TLFS edition names one (in
     * Microsoft's headers a synthetic processor feature bit says whether a partition may
     * use the call). No VTL is named.
     *
     * \par Restrictions
     * Every virtual processor the target names exists; the all-processors set format is not
     * allowed; reserved fields are zero.
     *
     * \par Call form
     * Simple, memory-based: the 56-byte input with a processor mask. With a processor set
     * the set's ValidBanksMask and bank masks follow the 56 bytes as a variable header (one
     * 8-byte unit for the mask plus one per bank; neither TLFS edition says so, Linux passes
     * it this way). No fast form is documented.
     *
     * \retval HV_STATUS_SUCCESS the interrupt now goes to the new vector and processors.
     * \retval HV_STATUS_ACCESS_DENIED the caller lacks the rights the call needs.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId is not valid.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     * \retval HV_STATUS_FEATURE_UNAVAILABLE the hypervisor does not offer the call to this
     *         partition.
     * \retval HV_STATUS_INVALID_PARAMETER a field of the input is invalid or a reserved bit
     *         is set.
     * \retval HV_STATUS_INVALID_DEVICE_ID DeviceId names no device of the partition.
     * \retval HV_STATUS_OPERATION_DENIED the hypervisor refused the operation.
     *
     * \note TLFS 6.0b (10.5) lists HV_STATUS_ACCESS_DENIED, HV_STATUS_INVALID_PARTITION_ID,
     *       HV_STATUS_INVALID_PARTITION_STATE, HV_STATUS_FEATURE_UNAVAILABLE,
     *       HV_STATUS_INVALID_PARAMETER, HV_STATUS_INVALID_DEVICE_ID and
     *       HV_STATUS_OPERATION_DENIED; the online page lists no statuses. \erratum{E188}
     *
     * \par Specification
     * \hvcallrefs{HvCallRetargetDeviceInterrupt}
     */
    HvCallRetargetDeviceInterrupt = 0x007E,
    /** Retargets a root partition's device interrupt. No TLFS edition documents its interface. */
    HvCallRetargetRootDeviceInterrupt = 0x007F,
    /**
     * \brief Asserts a device interrupt.
     *
     * No TLFS edition documents its interface.
     *
     * \note TLFS 6.0b Appendix A names this code HvCallMapDevicePages. \erratum{E041}
     */
    HvCallAssertDeviceInterrupt = 0x0080,
    /**
     * \brief Reserved.
     *
     * \note TLFS 6.0b Appendix A names this code HvCallUnmapDevicePages. \erratum{E042}
     */
    HvCallReserved0081 = 0x0081,
    HvCallAttachDevice = 0x0082, /**< Attaches a device to a partition. No TLFS edition documents its interface. */
    HvCallDetachDevice = 0x0083, /**< Detaches a device from a partition. No TLFS edition documents its interface. */
    /**
     * \brief Enters a system sleep state.
     *
     * No TLFS edition documents its interface.
     *
     * \note TLFS 6.0b Appendix A names this code HvCallNotifyStandbyTransition (which the other
     *       sources give to 0x0085). \erratum{E043}
     */
    HvCallEnterSleepState = 0x0084,
    /**
     * \brief Notifies the hypervisor of a standby transition.
     *
     * No TLFS edition documents its interface.
     *
     * \note TLFS 6.0b Appendix A names this code HvCallPrepareForSleep and gives
     *       HvCallNotifyStandbyTransition to 0x0084. \erratum{E044}
     */
    HvCallNotifyStandbyTransition = 0x0085,
    /** Prepares the hypervisor for hibernation. No TLFS edition documents its interface. */
    HvCallPrepareForHibernate = 0x0086,
    /** Notifies the hypervisor of a partition event. No TLFS edition documents its interface. */
    HvCallNotifyPartitionEvent = 0x0087,
    /** Reads registers of a logical processor. No TLFS edition documents its interface. */
    HvCallGetLogicalProcessorRegisters = 0x0088,
    /** Writes registers of a logical processor. No TLFS edition documents its interface. */
    HvCallSetLogicalProcessorRegisters = 0x0089,
    /**
     * \brief Queries which logical processors a machine-check event concerns.
     *
     * No TLFS edition documents its interface.
     *
     * \note TLFS 6.0b Appendix A spells it HvCallQueryAssociatedLpsforMca. \erratum{E046}
     */
    HvCallQueryAssociatedLpsForMca = 0x008A,
    /**
     * \brief Notifies that a port's ring buffer has become empty.
     *
     * No TLFS edition documents its interface.
     *
     * \note TLFS 6.0b Appendix A names this code HvCallNotifyRingEmpty. \erratum{E045}
     */
    HvCallNotifyPortRingEmpty = 0x008B,
    /** Injects a synthetic machine check into a partition. No TLFS edition documents its interface. */
    HvCallInjectSyntheticMachineCheck = 0x008C,
    HvCallScrubPartition = 0x008D, /**< Scrubs a partition's memory. No TLFS edition documents its interface. */
    /** Collects a live dump of the hypervisor. No TLFS edition documents its interface. */
    HvCallCollectLivedump = 0x008E,
    HvCallDisableHypervisor = 0x008F, /**< Disables the hypervisor. No TLFS edition documents its interface. */
    /**
     * \brief Changes the attributes of a list of individual pages in a child partition's GPA
     *        space.
     *
     * \par Specification
     * \hvcallrefs{HvCallModifySparseGpaPages}
     */
    HvCallModifySparseGpaPages = 0x0090,
    /**
     * \brief Registers the result to use for intercepts of a given type on a virtual processor.
     *
     * \par Specification
     * \hvcallrefs{HvCallRegisterInterceptResult}
     */
    HvCallRegisterInterceptResult = 0x0091,
    /**
     * \brief Removes a result registered with HvCallRegisterInterceptResult.
     *
     * \par Specification
     * \hvcallrefs{HvCallUnregisterInterceptResult}
     */
    HvCallUnregisterInterceptResult = 0x0092,
    HvCallGetCoverageData = 0x0093, /**< Reads code coverage data. No TLFS edition documents its interface. */
    /**
     * \brief Asserts a virtual interrupt in a partition, targeting virtual processors by
     *        destination.
     *
     * Raises an interrupt of the given type, trigger and vector at the virtual
     * processors of the target partition's VTL that DestinationAddress selects (a physical
     * or logical APIC ID). A second call for the same type before the first was
     * acknowledged replaces its vector; with HV_INTERRUPT_VECTOR_NONE it withdraws it. An
     * ExtInt interrupt always goes to virtual processor 0 and cannot be asserted again
     * until an acknowledged one has been cleared. Input: HV_INPUT_ASSERT_VIRTUAL_INTERRUPT;
     * no output.
     *
     * \par Caller
     * The parent of the target partition. No edition names a partition privilege flag or
     * restricts the VTL; TargetVtl chooses the VTL that receives the interrupt.
     *
     * \par Restrictions
     * The target partition is in the active state and the caller is its parent.
     *
     * \par Call form
     * Simple, memory-based: the 32-byte input is read from the input page. No edition
     * documents a fast form.
     *
     * \retval HV_STATUS_SUCCESS the interrupt is asserted (or withdrawn).
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the target partition's parent.
     * \retval HV_STATUS_INVALID_PARTITION_ID TargetPartition names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX DestinationAddress selects no valid virtual
     *         processor, or is not zero for an ExtInt interrupt.
     * \retval HV_STATUS_INVALID_PARAMETER the control word has an invalid field or a
     *         reserved bit set, the destination address is invalid, the vector is outside
     *         0-255 and not HV_INTERRUPT_VECTOR_NONE, or a non-zero vector is given for a
     *         type that takes none.
     * \retval HV_STATUS_ACKNOWLEDGED an earlier ExtInt interrupt was acknowledged and not
     *         yet cleared.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the target partition is not active.
     * \retval HV_STATUS_INVALID_VTL_STATE the VTL state conflicts with the request.
     * \retval HV_STATUS_OPERATION_DENIED the hypervisor refused the operation.
     *
     * \note The online page lists no statuses; TLFS 6.0b (10.5) lists all of the above,
     *       and 2.0 (13.5.1, code 0x0055) all but HV_STATUS_INVALID_VTL_STATE and
     *       HV_STATUS_OPERATION_DENIED. \erratum{E148}
     *
     * \par Specification
     * \hvcallrefs{HvCallAssertVirtualInterrupt}
     */
    HvCallAssertVirtualInterrupt = 0x0094,
    /**
     * \brief Creates a port for inter-partition communication.
     *
     * Creates a port with the given ID in PortPartition, at PortVtl, of the type and with the
     * settings PortInfo gives (the online TLFS documents the doorbell type); only
     * ConnectionPartition, at MinConnectionVtl or above, may connect to it. The port's memory
     * comes from the proximity domain ProximityDomainInfo asks for. It supersedes 0x0057
     * (HvCallCreatePortDeprecated), whose input has no VTLs or proximity domain. Input:
     * HV_INPUT_CREATE_PORT; no output.
     *
     * \par Caller
     * The root partition, as the call-code list gives it; the online page names no partition
     * privilege flag or VTL requirement.
     *
     * \par Restrictions
     * None named by the online page; reserved fields and the unused bytes of PortInfo are
     * zero.
     *
     * \par Call form
     * Simple, memory-based: the 56-byte input is read from the input page. No fast form is
     * documented.
     *
     * \retval HV_STATUS_SUCCESS the port exists.
     *
     * The online page lists no other status.
     *
     * \par Specification
     * \hvcallrefs{HvCallCreatePort}
     */
    HvCallCreatePort = 0x0095,
    /**
     * \brief Connects to another partition's port, creating a connection the caller can use.
     *
     * Creates a connection with the given ID in ConnectionPartition, at ConnectionVtl, that
     * leads to PortPartition's port PortId; ConnectionInfo repeats the port's type and carries
     * the type's settings (for a doorbell, the address and the writes that ring it). The
     * connection's memory comes from the proximity domain ProximityDomainInfo asks for. It
     * supersedes 0x0059 (HvCallConnectPortDeprecated). Input: HV_INPUT_CONNECT_PORT; no output.
     *
     * \par Caller
     * The root partition, as the call-code list gives it; the online page names no partition
     * privilege flag or VTL requirement.
     *
     * \par Restrictions
     * None named by the online page; reserved fields and the unused bytes of ConnectionInfo are
     * zero, and a doorbell's watched bytes do not cross a page boundary.
     *
     * \par Call form
     * Simple, memory-based: the 72-byte input is read from the input page. No fast form is
     * documented.
     *
     * \retval HV_STATUS_SUCCESS the connection exists.
     *
     * The online page lists no other status.
     *
     * \par Specification
     * \hvcallrefs{HvCallConnectPort}
     */
    HvCallConnectPort = 0x0096,
    /** Returns the system physical page list of a range. No TLFS edition documents its interface. */
    HvCallGetSpaPageList = 0x0097,
    HvCallReserved0098 = 0x0098, /**< Reserved. */
    /**
     * \brief Starts a virtual processor with a given initial context.
     *
     * Starts a virtual processor directly in the register state the input gives, in place
     * of the architecture's own start-up sequence (on x64, INIT and a startup IPI, after
     * which the processor would begin in real mode): the processor begins at the given
     * instruction address, in the mode its control registers describe. It is the only way
     * to start a processor in a VTL above 0; TargetVtl says which VTL's context is set. The
     * context has one layout per architecture. Input: HV_INPUT_START_VIRTUAL_PROCESSOR,
     * that is HV_X64_INPUT_START_VIRTUAL_PROCESSOR or
     * HV_ARM64_INPUT_START_VIRTUAL_PROCESSOR; no output. HvCallGetVpIndexFromApicId gives
     * the index of a processor known by its APIC ID or MPIDR.
     *
     * \par Caller
     * A partition with the StartVirtualProcessor privilege (HV_PARTITION_PRIVILEGE_MASK),
     * usually for its own processors (HV_PARTITION_ID_SELF); the call-code list gives its
     * caller as any partition.
     *
     * \par Restrictions
     * None named beyond what the statuses say: the partition is active, and the processor
     * and the target VTL are in a state that lets the processor be started.
     *
     * \par Call form
     * Simple: a 16-byte header and the context, 240 bytes of input on x64 and 88 on ARM64.
     * No fast form.
     *
     * \retval HV_STATUS_SUCCESS the processor starts with the given context.
     * \retval HV_STATUS_ACCESS_DENIED the caller may not start this processor.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_VP_INDEX VpIndex names no virtual processor of the partition.
     * \retval HV_STATUS_INVALID_REGISTER_VALUE a register of the context has a value it cannot
     *         take.
     * \retval HV_STATUS_INVALID_VP_STATE the processor is not in a state from which it can be
     *         started (for instance, it is already running).
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     * \retval HV_STATUS_INVALID_VTL_STATE the state of the target VTL does not allow it (for
     *         instance, the VTL is not enabled on the processor).
     *
     * \par Specification
     * \hvcallrefs{HvCallStartVirtualProcessor}
     */
    HvCallStartVirtualProcessor = 0x0099,
    /**
     * \brief Finds the virtual processor indexes of a list of APIC IDs.
     *
     * Maps hardware processor IDs (APIC IDs on x64, MPIDR values on ARM64) to the indexes
     * of the partition's virtual processors, in list order. A caller that starts
     * processors with HvCallStartVirtualProcessor uses it to learn a processor's index
     * before the processor has run (its firmware tables name processors by APIC ID).
     * Input: HV_INPUT_GET_VP_INDEX_FROM_APIC_ID followed by the 8-byte ID list; output:
     * one HV_OUTPUT_GET_VP_INDEX_FROM_APIC_ID per ID.
     *
     * \par Caller
     * The partition's parent, or the partition itself with the AccessVpIndex privilege
     * (TLFS 6.0b). TargetVtl selects the VTL whose processors are looked up.
     *
     * \par Restrictions
     * None named beyond the caller's rights and valid input.
     *
     * \par Call form
     * Rep: one rep per hardware ID, 8 bytes in and 8 bytes out, after a 16-byte header.
     * The hypervisor may return with only part of the list done; the caller then issues
     * the call again from the reps completed. No fast form.
     *
     * \retval HV_STATUS_SUCCESS the indexes of the reps reported complete are in the
     *         output page.
     * \retval HV_STATUS_ACCESS_DENIED the caller is not the partition's parent, or lacks
     *         AccessVpIndex.
     * \retval HV_STATUS_INVALID_PARAMETER a parameter is invalid.
     * \retval HV_STATUS_INVALID_PARTITION_ID PartitionId names no partition.
     * \retval HV_STATUS_INVALID_REGISTER_VALUE a hardware ID is not a valid value.
     * \retval HV_STATUS_INVALID_VP_STATE a virtual processor is not in a state that allows
     *         the lookup.
     * \retval HV_STATUS_INVALID_PARTITION_STATE the partition is not active.
     * \retval HV_STATUS_INVALID_VTL_STATE the VTL's state does not allow the lookup.
     * \retval HV_STATUS_INVALID_VP_INDEX the index of a processor is not valid for the
     *         partition (TLFS 6.0b only).
     *
     * \note The online page lists HV_STATUS_INVALID_REGISTER_VALUE,
     *       HV_STATUS_INVALID_VP_STATE, HV_STATUS_INVALID_PARTITION_STATE and
     *       HV_STATUS_INVALID_VTL_STATE, which TLFS 6.0b (7.10) does not. \erratum{E520}
     *
     * \note TLFS 6.0b lists HV_STATUS_INVALID_VP_INDEX, which the online page does not.
     *       \erratum{E521}
     *
     * \par Specification
     * \hvcallrefs{HvCallGetVpIndexFromApicId}
     */
    HvCallGetVpIndexFromApicId = 0x009A,
    HvCallGetPowerProperty = 0x009B, /**< Reads a power-management property. No TLFS edition documents its interface. */
    /** Writes a power-management property. No TLFS edition documents its interface. */
    HvCallSetPowerProperty = 0x009C,
    HvCallCreatePasidSpace = 0x009D, /**< Creates a PASID space. No TLFS edition documents its interface. */
    HvCallDeletePasidSpace = 0x009E, /**< Deletes a PASID space. No TLFS edition documents its interface. */
    /** Sets the address space of a PASID. No TLFS edition documents its interface. */
    HvCallSetPasidAddressSpace = 0x009F,
    /** Flushes a PASID address space. No TLFS edition documents its interface. */
    HvCallFlushPasidAddressSpace = 0x00A0,
    /** Flushes a list of addresses of a PASID address space. No TLFS edition documents its interface. */
    HvCallFlushPasidAddressList = 0x00A1,
    /** Attaches a PASID space to a device. No TLFS edition documents its interface. */
    HvCallAttachPasidSpace = 0x00A2,
    /** Detaches a PASID space from a device. No TLFS edition documents its interface. */
    HvCallDetachPasidSpace = 0x00A3,
    HvCallEnablePasid = 0x00A4, /**< Enables a PASID. No TLFS edition documents its interface. */
    HvCallDisablePasid = 0x00A5, /**< Disables a PASID. No TLFS edition documents its interface. */
    /** Acknowledges a device page request. No TLFS edition documents its interface. */
    HvCallAcknowledgeDevicePageRequest = 0x00A6,
    /** Creates a device page-request queue. No TLFS edition documents its interface. */
    HvCallCreateDevicePrQueue = 0x00A7,
    /** Deletes a device page-request queue. No TLFS edition documents its interface. */
    HvCallDeleteDevicePrQueue = 0x00A8,
    /** Sets a property of a device page-request queue. No TLFS edition documents its interface. */
    HvCallSetDevicePrqProperty = 0x00A9,
    /** Reads a property of a physical device. No TLFS edition documents its interface. */
    HvCallGetPhysicalDeviceProperty = 0x00AA,
    /** Writes a property of a physical device. No TLFS edition documents its interface. */
    HvCallSetPhysicalDeviceProperty = 0x00AB,
    /**
     * \brief Translates a guest virtual address to a guest physical address (extended form,
     *        with more result detail).
     *
     * \par Specification
     * \hvcallrefs{HvCallTranslateVirtualAddressEx}
     */
    HvCallTranslateVirtualAddressEx = 0x00AC,
    /**
     * \brief Asks whether an I/O port access by a virtual processor would be intercepted (x64).
     *
     * \par Specification
     * \hvcallrefs{HvCallCheckForIoIntercept}
     */
    HvCallCheckForIoIntercept = 0x00AD,
    /** Sets attributes of guest physical pages. No TLFS edition documents its interface. */
    HvCallSetGpaPageAttributes = 0x00AE,
    /**
     * \brief Flushes the caches of second-level (GPA) translations of a whole address space,
     *        for nested virtualization.
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushGuestPhysicalAddressSpace}
     */
    HvCallFlushGuestPhysicalAddressSpace = 0x00AF,
    /**
     * \brief Flushes the caches of second-level (GPA) translations of a list of GPA ranges, for
     *        nested virtualization.
     *
     * \par Specification
     * \hvcallrefs{HvCallFlushGuestPhysicalAddressList}
     */
    HvCallFlushGuestPhysicalAddressList = 0x00B0,
    HvCallCreateDeviceDomain = 0x00B1, /**< Creates a device domain. No TLFS edition documents its interface. */
    /** Attaches a device to a device domain. No TLFS edition documents its interface. */
    HvCallAttachDeviceDomain = 0x00B2,
    /** Maps guest physical pages into a device domain. No TLFS edition documents its interface. */
    HvCallMapDeviceGpaPages = 0x00B3,
    /** Unmaps guest physical pages from a device domain. No TLFS edition documents its interface. */
    HvCallUnmapDeviceGpaPages = 0x00B4,
    HvCallCreateCpuGroup = 0x00B5, /**< Creates a CPU group. No TLFS edition documents its interface. */
    HvCallDeleteCpuGroup = 0x00B6, /**< Deletes a CPU group. No TLFS edition documents its interface. */
    /** Reads a property of a CPU group. No TLFS edition documents its interface. */
    HvCallGetCpuGroupProperty = 0x00B7,
    /** Writes a property of a CPU group. No TLFS edition documents its interface. */
    HvCallSetCpuGroupProperty = 0x00B8,
    /** Reads the processor affinity of a CPU group. No TLFS edition documents its interface. */
    HvCallGetCpuGroupAffinity = 0x00B9,
    HvCallGetNextCpuGroup = 0x00BA, /**< Enumerates CPU groups. No TLFS edition documents its interface. */
    /** Enumerates the partitions of a CPU group. No TLFS edition documents its interface. */
    HvCallGetNextCpuGroupPartition = 0x00BB,
    /** Adds physical memory to the hypervisor. No TLFS edition documents its interface. */
    HvCallAddPhysicalMemory = 0x00BC,
    HvCallCompleteIntercept = 0x00BD, /**< Completes an intercept. No TLFS edition documents its interface. */
    /** Commits backing memory for guest physical pages ahead of use. No TLFS edition documents its interface. */
    HvCallPrecommitGpaPages = 0x00BE,
    /** Releases backing memory of guest physical pages. No TLFS edition documents its interface. */
    HvCallUncommitGpaPages = 0x00BF,
    /**
     * \brief Signals an event directly on a target partition's virtual processor and SINT,
     *        without a connection.
     *
     * Sets flag FlagNumber in the target SINT's event flags of the SIEF page of the given
     * virtual processor, at the given VTL, of the target partition, and asserts that SINT;
     * the output says whether the flag was clear before (newly signalled) or already set.
     * Input: HV_INPUT_SIGNAL_EVENT_DIRECT; output: HV_OUTPUT_SIGNAL_EVENT_DIRECT.
     *
     * \par Caller
     * The online page names no caller, partition privilege or VTL requirement (the call-code
     * list gives none either); only the online TLFS documents the call.
     *
     * \par Restrictions
     * None named by the online page.
     *
     * \par Call form
     * Simple, memory-based: a 16-byte input and an 8-byte output. No fast form is documented.
     *
     * \retval HV_STATUS_SUCCESS the flag is set; NewlySignaled says whether this call set it.
     *
     * The online page lists no other status.
     *
     * \par Specification
     * \hvcallrefs{HvCallSignalEventDirect}
     */
    HvCallSignalEventDirect = 0x00C0,
    /**
     * \brief Posts a message directly to a target partition's virtual processor and SINT,
     *        without a connection.
     *
     * Queues the given message for the SINT SintIndex of virtual processor VpIndex, at VTL
     * Vtl, of the target partition; it is copied into that SINT's slot of the processor's SIM
     * page when the slot is empty. No port or connection is involved. Input:
     * HV_INPUT_POST_MESSAGE_DIRECT; no output.
     *
     * \par Caller
     * The online page names no caller, partition privilege or VTL requirement (the call-code
     * list gives none either); only the online TLFS documents the call.
     *
     * \par Restrictions
     * None named by the online page.
     *
     * \par Call form
     * Simple, memory-based: the input is read from the input page (256 bytes by the online
     * table). No fast form is documented.
     *
     * \retval HV_STATUS_SUCCESS the message is queued for delivery.
     *
     * The online page lists no other status.
     *
     * \note The online page's table, its prototype, Linux's header and OpenVMM give different
     *       layouts for HV_INPUT_POST_MESSAGE_DIRECT (the SINT's size and offset, the message's
     *       size, 256 or 280 bytes in all); hvref follows the table. \erratum{E201}
     *       \erratum{E205}
     *
     * \par Specification
     * \hvcallrefs{HvCallPostMessageDirect}
     */
    HvCallPostMessageDirect = 0x00C1,
    /**
     * Runs a virtual processor of a child partition on the calling logical processor, for the
     * root (integrated) scheduler. No TLFS edition documents its interface; Microsoft's headers
     * give its input and output (HV_INPUT_DISPATCH_VP, HV_OUTPUT_DISPATCH_VP).
     */
    HvCallDispatchVp = 0x00C2,
    /** Processes an IOMMU page-request queue. No TLFS edition documents its interface. */
    HvCallProcessIommuPrq = 0x00C3,
    /** Detaches a device from a device domain. No TLFS edition documents its interface. */
    HvCallDetachDeviceDomain = 0x00C4,
    HvCallDeleteDeviceDomain = 0x00C5, /**< Deletes a device domain. No TLFS edition documents its interface. */
    HvCallQueryDeviceDomain = 0x00C6, /**< Queries a device domain. No TLFS edition documents its interface. */
    /** Maps a list of individual guest physical pages into a device domain. No TLFS edition documents its interface. */
    HvCallMapSparseDeviceGpaPages = 0x00C7,
    /**
     * Unmaps a list of individual guest physical pages from a device domain. No TLFS edition
     * documents its interface.
     */
    HvCallUnmapSparseDeviceGpaPages = 0x00C8,
    /** Reads the accessed and dirty state of guest physical pages. No TLFS edition documents its interface. */
    HvCallGetGpaPagesAccessState = 0x00C9,
    /**
     * Reads the accessed and dirty state of a list of individual guest physical pages. No TLFS
     * edition documents its interface.
     */
    HvCallGetSparseGpaPagesAccessState = 0x00CA,
    /** Invokes the hypervisor's test framework. No TLFS edition documents its interface. */
    HvCallInvokeTestFramework = 0x00CB,
    /** Queries VTL protections over a range of guest physical pages. No TLFS edition documents its interface. */
    HvCallQueryVtlProtectionMaskRange = 0x00CC,
    /** Changes VTL protections over a range of guest physical pages. No TLFS edition documents its interface. */
    HvCallModifyVtlProtectionMaskRange = 0x00CD,
    HvCallConfigureDeviceDomain = 0x00CE, /**< Configures a device domain. No TLFS edition documents its interface. */
    /** Queries the properties of a device domain. No TLFS edition documents its interface. */
    HvCallQueryDeviceDomainProperties = 0x00CF,
    /** Flushes a device domain's translations. No TLFS edition documents its interface. */
    HvCallFlushDeviceDomain = 0x00D0,
    /** Flushes a list of a device domain's translations. No TLFS edition documents its interface. */
    HvCallFlushDeviceDomainList = 0x00D1,
    /** Gives the host access to a list of guest physical pages. No TLFS edition documents its interface. */
    HvCallAcquireSparseGpaPageHostAccess = 0x00D2,
    /** Withdraws the host's access to a list of guest physical pages. No TLFS edition documents its interface. */
    HvCallReleaseSparseGpaPageHostAccess = 0x00D3,
    /** Checks a VTL's access to a list of guest physical pages. No TLFS edition documents its interface. */
    HvCallCheckSparseGpaPageVtlAccess = 0x00D4,
    HvCallReserved00d5 = 0x00D5, /**< Reserved. */
    HvCallFlushTlb = 0x00D6, /**< Flushes translation lookaside buffers. No TLFS edition documents its interface. */
    /** Gives the host access to a list of system physical pages. No TLFS edition documents its interface. */
    HvCallAcquireSparseSpaPageHostAccess = 0x00D7,
    /** Withdraws the host's access to a list of system physical pages. No TLFS edition documents its interface. */
    HvCallReleaseSparseSpaPageHostAccess = 0x00D8,
    /** Accepts guest physical pages into an isolated partition. No TLFS edition documents its interface. */
    HvCallAcceptGpaPages = 0x00D9,
    /** Returns accepted guest physical pages of an isolated partition. No TLFS edition documents its interface. */
    HvCallUnacceptGpaPages = 0x00DA,
    /**
     * Changes whether a list of guest physical pages is visible to the host. No TLFS edition
     * documents its interface.
     */
    HvCallModifySparseGpaPageHostVisibility = 0x00DB,
    /** Locks the mapping of a list of guest physical pages. No TLFS edition documents its interface. */
    HvCallLockSparseGpaPageMapping = 0x00DC,
    /** Unlocks the mapping of a list of guest physical pages. No TLFS edition documents its interface. */
    HvCallUnlockSparseGpaPageMapping = 0x00DD,
    /** Requests that a processor halt. No TLFS edition documents its interface. */
    HvCallRequestProcessorHalt = 0x00DE,
    HvCallGetInterceptData = 0x00DF, /**< Reads the data of an intercept. No TLFS edition documents its interface. */
    /** Queries the target of a device interrupt. No TLFS edition documents its interface. */
    HvCallQueryDeviceInterruptTarget = 0x00E0,
    /**
     * \brief Maps one of a virtual processor's state pages into the caller's guest physical
     *        address space.
     *
     * Makes a page of the given virtual processor's state, at the given VTL, visible to the
     * caller at a guest physical page: the register page (HV_VP_REGISTER_PAGE), the intercept
     * message page or the VTL's GHCB page, as Type (an HV_VP_STATE_PAGE_TYPE) says. The caller
     * either picks the page (HV_MAP_VP_STATE_PAGE_FLAG_MAP_LOCATION_PROVIDED in Flags, and
     * RequestedMapLocation) or lets the hypervisor pick one; the output says where it is.
     * The mapping lasts until HvCallUnmapVpStatePage. Input: HV_INPUT_MAP_VP_STATE_PAGE;
     * output: HV_OUTPUT_MAP_VP_STATE_PAGE.
     *
     * \par Caller
     * The online page names no caller, partition privilege or VTL requirement (the call-code
     * list gives none either); only the online TLFS documents the call. In practice the
     * caller is the VMM of the partition that owns the virtual processor (its parent or the
     * root partition).
     *
     * \par Restrictions
     * A layered virtualization host must pass
     * HV_MAP_VP_STATE_PAGE_FLAG_MAP_LOCATION_PROVIDED with a RequestedMapLocation (the online
     * page's only remark).
     *
     * \par Call form
     * Simple, memory-based: a 24-byte input and an 8-byte output. No fast form is documented.
     *
     * \retval HV_STATUS_SUCCESS the page is mapped at MapLocation.
     *
     * The online page lists no other status.
     *
     * \note The online TLFS and Linux's include/hyperv/hvhdk.h (at the commit hvref read) give
     *       HV_INPUT_MAP_VP_STATE_PAGE different sizes (24 and 16 bytes) and its Type different
     *       widths (2 and 4 bytes); later Linux trees have the online layout.
     *       \erratum{E721} \erratum{E722}
     *
     * \par Specification
     * \hvcallrefs{HvCallMapVpStatePage}
     */
    HvCallMapVpStatePage = 0x00E1,
    /**
     * \brief Unmaps a virtual processor state page that HvCallMapVpStatePage mapped.
     *
     * Removes the caller's mapping of the given virtual processor's state page of type Type
     * (an HV_VP_STATE_PAGE_TYPE) at the given VTL; the guest physical page it occupied no
     * longer shows the processor's state. Input: HV_INPUT_UNMAP_VP_STATE_PAGE; no output.
     *
     * \par Caller
     * The online page names no caller, partition privilege or VTL requirement (the call-code
     * list gives none either); only the online TLFS documents the call. It is the caller that
     * mapped the page.
     *
     * \par Restrictions
     * None named by the online page.
     *
     * \par Call form
     * Simple, memory-based: a 16-byte input, no output. No fast form is documented.
     *
     * \retval HV_STATUS_SUCCESS the page is unmapped.
     *
     * The online page lists no other status.
     *
     * \note The online TLFS gives the Type of HV_INPUT_UNMAP_VP_STATE_PAGE 2 bytes, Linux's
     *       include/hyperv/hvhdk.h (at the commit hvref read) 4 bytes.
     *       \erratum{E723}
     *
     * \par Specification
     * \hvcallrefs{HvCallUnmapVpStatePage}
     */
    HvCallUnmapVpStatePage = 0x00E2,
    /** Reads a piece of a virtual processor's state. No TLFS edition documents its interface. */
    HvCallGetVpState = 0x00E3,
    /** Writes a piece of a virtual processor's state. No TLFS edition documents its interface. */
    HvCallSetVpState = 0x00E4,
    /**
     * \brief Converts an APIC multiple-destination address (MDA) into a virtual processor set.
     *
     * Resolves an interrupt destination, a physical APIC ID or a logical destination, against
     * the APIC state of a partition's virtual processors at the given VTL and returns the
     * processors it selects as a sparse HV_VP_SET: what an emulated I/O APIC or MSI needs to
     * know before it delivers an interrupt. Only the online TLFS documents the call (its page
     * expands MDA as "memory descriptor array", though the input is an APIC destination).
     * Input: HV_INPUT_GET_VP_SET_FROM_MDA; output: HV_OUTPUT_GET_VP_SET_FROM_MDA.
     *
     * \par Caller
     * The online page names no caller, partition privilege or VTL requirement (the call-code
     * list gives none either).
     *
     * \par Restrictions
     * x64 only; the call does not exist on ARM64.
     *
     * \par Call form
     * Simple, memory-based: a 24-byte input and the processor set as output. No fast form is
     * documented.
     *
     * \retval HV_STATUS_SUCCESS the output holds the processors the destination selects.
     *
     * The online page lists no other status.
     *
     * \par Specification
     * \hvcallrefs{HvCallGetVpSetFromMda}
     */
    HvCallGetVpSetFromMda = 0x00E5,
    HvCallReserved00e6 = 0x00E6, /**< Reserved. */
    /** Creates Intel Processor Trace buffers. No TLFS edition documents its interface. */
    HvCallCreateIptBuffers = 0x00E7,
    /** Deletes Intel Processor Trace buffers. No TLFS edition documents its interface. */
    HvCallDeleteIptBuffers = 0x00E8,
    /** Controls the hypervisor's Intel Processor Trace tracing. No TLFS edition documents its interface. */
    HvCallControlHypervisorIptTrace = 0x00E9,
    HvCallReserveDeviceInterrupt = 0x00EA, /**< Reserves a device interrupt. No TLFS edition documents its interface. */
    /** Keeps a device's state across a hypervisor servicing operation. No TLFS edition documents its interface. */
    HvCallPersistDevice = 0x00EB,
    /** Stops keeping a device's state across servicing. No TLFS edition documents its interface. */
    HvCallUnpersistDevice = 0x00EC,
    /** Keeps a device interrupt across a hypervisor servicing operation. No TLFS edition documents its interface. */
    HvCallPersistDeviceInterrupt = 0x00ED,
    /** Refreshes performance counters. No TLFS edition documents its interface. */
    HvCallRefreshPerformanceCounters = 0x00EE,
    /** Imports pages into an isolated partition. No TLFS edition documents its interface. */
    HvCallImportIsolatedPages = 0x00EF,
    HvCallReserved00f0 = 0x00F0, /**< Reserved. */
    /** Completes the import of an isolated partition's pages. No TLFS edition documents its interface. */
    HvCallCompleteIsolatedImport = 0x00F1,
    /**
     * Issues an AMD SEV-SNP guest request to the platform security processor. No TLFS edition
     * documents its interface.
     */
    HvCallIssueSnpPspGuestRequest = 0x00F2,
    /** Signals an event on behalf of the root partition. No TLFS edition documents its interface. */
    HvCallRootSignalEvent = 0x00F3,
    /**
     * \brief Returns the CPUID values a virtual processor sees for a list of leaves.
     *
     * For each leaf and subleaf in the list, computes the EAX, EBX, ECX and EDX that the
     * CPUID instruction would give the named x64 virtual processor: the hypervisor's view,
     * which can differ from the physical processor's. For the XSAVE leaf the answer depends
     * on the XCR0 and XSS assumed: each element's Xfem and Xss, or the processor's current
     * values when UseVpXfemXss is set; ApplyRegisteredValues folds in the CPUID overrides
     * registered for the partition. Input: HV_INPUT_GET_VP_CPUID_VALUES followed by the
     * HV_CPUID_LEAF_INFO list; output: one HV_OUTPUT_GET_VP_CPUID_VALUES per element.
     *
     * \par Caller
     * No source names the caller or a partition privilege flag; Microsoft's root partition
     * driver (Linux's mshv) makes it for its child partitions' processors.
     *
     * \par Restrictions
     * x64 only.
     *
     * \par Call form
     * Rep: one rep per leaf, a 24-byte HV_CPUID_LEAF_INFO in and 16 bytes out, after a
     * 24-byte header. The hypervisor may return with only part of the list done; the caller
     * then issues the call again from the reps completed. No fast form.
     *
     * \retval HV_STATUS_SUCCESS the results of the reps reported complete are in the output
     *         page. The online page lists no other status.
     *
     * \note The online page gives each list element's CpuidLeafInfo 8 bytes; Microsoft's
     *       headers make it a 24-byte HV_CPUID_LEAF_INFO. \erratum{E603}
     *
     * \par Specification
     * \hvcallrefs{HvCallGetVpCpuidValues}
     */
    HvCallGetVpCpuidValues = 0x00F4,
    HvCallReadSystemMemory = 0x00F5, /**< Reads system memory. No TLFS edition documents its interface. */
    /** Configures the hardware watchdog. No TLFS edition documents its interface. */
    HvCallSetHwWatchdogConfig = 0x00F6,
    /** Removes physical memory from the hypervisor. No TLFS edition documents its interface. */
    HvCallRemovePhysicalMemory = 0x00F7,
    /** Logs the hypervisor's system configuration. No TLFS edition documents its interface. */
    HvCallLogHypervisorSystemConfig = 0x00F8,
    /**
     * Issues AMD SEV-SNP platform security processor requests for a nested guest. No TLFS
     * edition documents its interface.
     */
    HvCallIssueNestedSnpPspRequests = 0x00F9,
    HvCallReserved00fa = 0x00FA, /**< Reserved. */
    /** Takes over memory that is already initialized. No TLFS edition documents its interface. */
    HvCallSubsumeInitializedMemory = 0x00FB,
    HvCallSubsumeVp = 0x00FC, /**< Takes over a virtual processor. No TLFS edition documents its interface. */
    /** Destroys a context taken over by the subsume calls. No TLFS edition documents its interface. */
    HvCallDestroySubsumedContext = 0x00FD,
    /** Writes a system diagnostics event. No TLFS edition documents its interface. */
    HvCallWriteSysDiagEvent = 0x00FE,
    /** Deposits memory into a mirrored memory pool. No TLFS edition documents its interface. */
    HvCallDepositMemoryMirroring = 0x00FF,
    /** Sets the capabilities of a device. No TLFS edition documents its interface. */
    HvCallSetDeviceCapabilities = 0x0100,
    /** Reads a partition property (extended form). No TLFS edition documents its interface. */
    HvCallGetPartitionPropertyEx = 0x0101,
    /** Reads the access state of ranges of guest physical pages. No TLFS edition documents its interface. */
    HvCallGetGpaRangesAccessState = 0x0102,
    HvCallRestorePartitionTime = 0x0103, /**< Restores a partition's time. No TLFS edition documents its interface. */
    /**
     * Queries which logical processors a machine-check event concerns (extended form). No TLFS
     * edition documents its interface.
     */
    HvCallQueryAssociatedLpsForMcaEx = 0x0104,
    /** Queries the pages a partition has reserved. No TLFS edition documents its interface. */
    HvCallQueryPartitionReservedPages = 0x0105,
    HvCallMemoryMappedIoRead = 0x0106, /**< Reads from memory-mapped I/O. No TLFS edition documents its interface. */
    HvCallMemoryMappedIoWrite = 0x0107, /**< Writes to memory-mapped I/O. No TLFS edition documents its interface. */
    HvCallMapDmaRange = 0x0108, /**< Maps a DMA range. No TLFS edition documents its interface. */
    HvCallUnmapDmaRange = 0x0109, /**< Unmaps a DMA range. No TLFS edition documents its interface. */
    /**
     * \brief Writes a partition property whose value is larger than 8 bytes.
     *
     * \par Specification
     * \hvcallrefs{HvCallSetPartitionPropertyEx}
     */
    HvCallSetPartitionPropertyEx = 0x010A,
    /** Attaches a page-request queue to a device. No TLFS edition documents its interface. */
    HvCallAttachDevicePrQueue = 0x010B,
    /** Detaches a page-request queue from a device. No TLFS edition documents its interface. */
    HvCallDetachDevicePrQueue = 0x010C,
    /** Reserves the attachment of a device to a device domain. No TLFS edition documents its interface. */
    HvCallReserveDeviceDomainAttachment = 0x010D,
    /** Releases a reserved device-domain attachment. No TLFS edition documents its interface. */
    HvCallUnreserveDeviceDomainAttachment = 0x010E,
    /** Disables the hypervisor (extended form). No TLFS edition documents its interface. */
    HvCallDisableHypervisorEx = 0x010F,
    /**
     * \brief Asks for intercept messages for a given kind of access, with extended parameters
     *        (ARM64).
     *
     * \par Specification
     * \hvcallrefs{HvCallInstallInterceptEx}
     */
    HvCallInstallInterceptEx = 0x0110,
    HvCallReserved0111 = 0x0111, /**< Reserved. */
    /** Pins ranges of guest physical pages. No TLFS edition documents its interface. */
    HvCallPinGpaPageRanges = 0x0112,
    /** Unpins ranges of guest physical pages. No TLFS edition documents its interface. */
    HvCallUnpinGpaPageRanges = 0x0113,
    HvCallWakeVps = 0x0114, /**< Wakes virtual processors. No TLFS edition documents its interface. */
    /** Sets the processor affinity of a CPU group. No TLFS edition documents its interface. */
    HvCallSetCpuGroupAffinity = 0x0115,
    /** Maps a partition's event log buffer. No TLFS edition documents its interface. */
    HvCallMapPartitionEventLogBuffer = 0x0116,
    /**
     * \brief Changes which virtual processor a virtual interrupt is delivered to (ARM64).
     *
     * Routes the virtual interrupt with the given interrupt ID (a virtual GIC INTID) of a
     * partition to one virtual processor at one VTL. Only the online TLFS documents the
     * call. Input: HV_INPUT_SET_VIRTUAL_INTERRUPT_TARGET; no output.
     *
     * \par Caller
     * The online page names no caller, partition privilege or VTL requirement.
     *
     * \par Restrictions
     * ARM64 only.
     *
     * \par Call form
     * Simple, memory-based: the online table's 17 bytes (hvref's structure pads them to 24
     * with zeros). No fast form is documented.
     *
     * \retval HV_STATUS_SUCCESS the interrupt is routed to the new processor.
     *
     * The online page lists no other status.
     *
     * \par Specification
     * \hvcallrefs{HvCallSetVirtualInterruptTarget}
     */
    HvCallSetVirtualInterruptTarget = 0x011F,
    /**
     * \brief Maps a statistics page of an object at a guest physical page the caller names.
     *
     * \par Specification
     * \hvcallrefs{HvCallMapStatsPage2}
     */
    HvCallMapStatsPage2 = 0x0131,

    /* Extended hypercalls, 0x8001 and above (see \ref hvref_hypercall_extended). */

    /**
     * \brief Reports which extended hypercalls the hypervisor provides.
     *
     * The entry point of the extended hypercall interface: the output is a 64-bit mask
     * with one bit per extended call code from 0x8002 up (HV_EXT_CAPABILITY_* masks), set
     * when that call may be used. Bits 5-63 are reserved. It takes no input. Output:
     * HV_OUTPUT_EXT_QUERY_CAPABILITIES.
     *
     * \par Caller
     * A partition whose privilege mask has EnableExtendedHypercalls
     * (HV_PARTITION_PRIVILEGE_MASK::EnableExtendedHypercalls), from the guest's most
     * privileged mode; the flag is how a guest learns that this call exists. No edition
     * restricts the VTL.
     *
     * \par Restrictions
     * Available only when EnableExtendedHypercalls is set; the TLFS does not say what a
     * call without it returns.
     *
     * \par Call form
     * Simple, no input, 8 bytes of output. No source marks a fast form for it.
     *
     * \retval HV_STATUS_SUCCESS Capabilities holds the mask of available extended
     *         hypercalls.
     *
     * Neither the online page nor TLFS 6.0b (3.14) lists any return value for this
     * call, so only success is given here; TLFS 2.0 predates extended hypercalls.
     *
     * \par Specification
     * \hvcallrefs{HvExtCallQueryCapabilities}
     */
    HvExtCallQueryCapabilities = 0x8001,
    /**
     * \brief Reports guest physical ranges that the hypervisor zeroed before the partition
     *        booted.
     *
     * \par Specification
     * \hvcallrefs{HvExtCallGetBootZeroedMemory}
     */
    HvExtCallGetBootZeroedMemory = 0x8002,
    /**
     * Hints how hot or cold (how often used) ranges of guest memory are. The TLFS lists this
     * extended call, but no edition documents its interface.
     */
    HvExtCallMemoryHeatHint = 0x8003,
    /** Sets up EPF for the partition. The TLFS lists this extended call, but no edition documents its interface. */
    HvExtCallEpfSetup = 0x8004,
    /**
     * Sets up scheduler assistance for the partition. The TLFS lists this extended call, but no
     * edition documents its interface.
     */
    HvExtCallSchedulerAssistSetup = 0x8005,
    /**
     * Hints how hot or cold ranges of guest memory are, without waiting for the hypervisor to
     * act. The TLFS lists this extended call, but no edition documents its interface.
     */
    HvExtCallMemoryHeatHintAsync = 0x8006,
};

/** \} */

#ifdef __cplusplus
}
#endif

#endif /* HVREF_CALL_CODES_H */
