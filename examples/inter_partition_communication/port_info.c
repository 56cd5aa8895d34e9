/* SPDX-License-Identifier: MIT */
/*
 * Fill the port and connection settings of each port type: an event port
 * and its connection, a monitor port and its connection, and a doorbell
 * connection, and print their bytes.
 *
 * hvref-demonstrates: HV_PORT_INFO HV_EVENT_PORT_INFO HV_MONITOR_PORT_INFO
 *  HV_CONNECTION_INFO HV_EVENT_CONNECTION_INFO HV_MONITOR_CONNECTION_INFO
 *  HV_DOORBELL_CONNECTION_INFO HV_PORT_TYPE HV_DOORBELL_FLAG_TRIGGER_SIZE_DWORD
 *  HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE
 *
 * These are the PortInfo of HV_INPUT_CREATE_PORT (or PortTypeInfo of
 * HV_INPUT_CREATE_PORT_DEPRECATED) and the ConnectionInfo of
 * HV_INPUT_CONNECT_PORT. Each structure is zeroed first: only the union
 * member that PortType selects is read, and the bytes it leaves are zero.
 * No hypercall is made; the printed bytes are compared with the .expected
 * file.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

static void print_bytes(const char *Label, const void *Data, UINT32 Size)
{
    const UINT8 *Bytes = (const UINT8 *)Data;
    UINT32 Index;

    hvref_example_printf("%s:\n", Label);
    for (Index = 0; Index < Size; Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }
}

int main(void)
{
    HV_PORT_INFO PortInfo;
    HV_CONNECTION_INFO ConnectionInfo;

    /* An event port owning flags 64-95 of SINT4 of virtual processor 0. */
    memset(&PortInfo, 0, sizeof(PortInfo));
    PortInfo.PortType = (UINT32)HvPortTypeEvent;
    PortInfo.EventPortInfo.TargetSint = 4;
    PortInfo.EventPortInfo.TargetVp = 0;
    PortInfo.EventPortInfo.BaseFlagNumber = 64;
    PortInfo.EventPortInfo.FlagCount = 32;
    print_bytes("event port", &PortInfo, (UINT32)sizeof(PortInfo));

    /* Connecting to an event port needs nothing but the type. */
    memset(&ConnectionInfo, 0, sizeof(ConnectionInfo));
    ConnectionInfo.PortType = (UINT32)HvPortTypeEvent;
    ConnectionInfo.EventConnectionInfo.RsvdZ = 0;
    print_bytes("event connection", &ConnectionInfo, (UINT32)sizeof(ConnectionInfo));

    /* A monitor port: the page appears at GPA 0x7F000 in the port's partition ... */
    memset(&PortInfo, 0, sizeof(PortInfo));
    PortInfo.PortType = (UINT32)HvPortTypeMonitor;
    PortInfo.MonitorPortInfo.MonitorAddress = 0x7F000ull;
    print_bytes("monitor port", &PortInfo, (UINT32)sizeof(PortInfo));

    /* ... and at GPA 0x7E000 in the connecting partition. */
    memset(&ConnectionInfo, 0, sizeof(ConnectionInfo));
    ConnectionInfo.PortType = (UINT32)HvPortTypeMonitor;
    ConnectionInfo.MonitorConnectionInfo.MonitorAddress = 0x7E000ull;
    print_bytes("monitor connection", &ConnectionInfo, (UINT32)sizeof(ConnectionInfo));

    /* A doorbell rung by any 4-byte write to GPA 0xFEB00040. */
    memset(&ConnectionInfo, 0, sizeof(ConnectionInfo));
    ConnectionInfo.PortType = (UINT32)HvPortTypeDoorbell;
    ConnectionInfo.DoorbellConnectionInfo.GuestPhysicalAddress = 0xFEB00040ull;
    ConnectionInfo.DoorbellConnectionInfo.TriggerValue = 0;
    ConnectionInfo.DoorbellConnectionInfo.Flags =
        (UINT64)(HV_DOORBELL_FLAG_TRIGGER_SIZE_DWORD | HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE);
    print_bytes("doorbell connection", &ConnectionInfo, (UINT32)sizeof(ConnectionInfo));

    return 0;
}
