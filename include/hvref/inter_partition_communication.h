/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Inter-partition communication: connection identifiers and the
 *        HvCallSignalEvent hypercall.
 *
 * A partition that owns a port lets other partitions connect to it; the
 * sender then addresses the port through its connection ID. Signalling an
 * event sets a flag in the receiving virtual processor's SynIC event flags
 * page. HvCallSignalEvent's input is a single 8-byte value, so it is
 * normally issued as a register-based fast hypercall.
 */
#ifndef HVREF_INTER_PARTITION_COMMUNICATION_H
#define HVREF_INTER_PARTITION_COMMUNICATION_H

#include <hvref/platform.h>
#include <hvref/datatypes.h>

/* Every anonymous structure below is marked HVREF_EXTENSION for GCC and
 * Clang. MSVC reports them as C4201 ("nameless struct/union") at /W4, and
 * in C also the UINT64/UINT32/UINT8 bit-fields as C4214 ("bit field types
 * other than int"): both are silenced for this header only, as Microsoft's
 * own headers do, and restored at its end. */
#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#pragma warning(disable: 4214)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * \defgroup hvref_inter_partition_communication Inter-partition communication
 * \brief Connections and event signalling between partitions.
 * \{
 */

/**
 * \brief Identifies a connection to a port: a 24-bit ID in a 32-bit value
 *        whose top byte is reserved.
 *
 * No two connections of one partition share an ID, and the hypervisor
 * attaches no special meaning to any particular ID.
 *
 * \note The whole-value member is spelled AsUint32 in TLFS 6.0b and 2.0 and
 *       AsUInt32 in the online TLFS; hvref uses AsUINT32, the spelling it
 *       uses for every whole-value member. \erratum{E047}
 *
 * \par Specification
 * \tlfsonline{datatypes/hv_connection_id}
 * \tlfs60b{11.10,Connections}
 * \tlfs20{14.8.8}
 * \see HV_INPUT_SIGNAL_EVENT
 */
typedef union _HV_CONNECTION_ID {
    UINT32 AsUINT32; /**< The whole 32-bit connection ID. */
    HVREF_EXTENSION struct {
        UINT32 Id : 24;       /**< The connection's identifier. */
        UINT32 Reserved : 8;  /**< Reserved; must be zero. */
    };
} HV_CONNECTION_ID, *PHV_CONNECTION_ID;
HVREF_ASSERT_SIZE(HV_CONNECTION_ID, 0x4);

/**
 * \brief Input of HvCallSignalEvent: the connection, and which event flag of
 *        the port to set.
 *
 * The hypervisor adds FlagNumber to the port's base flag number and sets that
 * bit in the SIEF page of a virtual processor of the partition owning the
 * port. The caller needs the SignalEvents partition privilege. At 8 bytes
 * the input fits in the first input register, so the call is usually made
 * as a register-based fast hypercall.
 *
 * \note The 2013 WDK names the last field Rsvd; TLFS 2.0, 6.0b and the online
 *       TLFS name it RsvdZ. \erratum{E048}
 *
 * \par Specification
 * \hvcallrefs{HvCallSignalEvent}
 * \tlfsonline{datatypes/hv_connection_id}
 * \see HV_CONNECTION_ID
 */
typedef struct _HV_INPUT_SIGNAL_EVENT {
    HV_CONNECTION_ID ConnectionId; /**< One of the caller's connections; the event goes to the event port it leads to. */
    UINT16 FlagNumber;             /**< Which event flag to set, counted from the port's base flag number; must be below the port's flag count. */
    UINT16 RsvdZ;                  /**< Reserved; must be zero. */
} HV_INPUT_SIGNAL_EVENT, *PHV_INPUT_SIGNAL_EVENT;
HVREF_ASSERT_SIZE(HV_INPUT_SIGNAL_EVENT, 0x8);

/** \} */

#ifdef __cplusplus
}
#endif

#if defined(_MSC_VER)
#pragma warning(pop) /* restores C4201 and C4214 */
#endif

#endif /* HVREF_INTER_PARTITION_COMMUNICATION_H */
