/* SPDX-License-Identifier: MIT */
/*
 * Post a 12-byte message of a guest-defined type to the port behind a
 * connection: a simple memory-based hypercall whose 256-byte input is read
 * from the input page.
 *
 * hvref-demonstrates: HvCallPostMessage HV_INPUT_POST_MESSAGE HV_CONNECTION_ID
 *  HV_MESSAGE_TYPE_HYPERVISOR_MASK HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT
 *  HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The message type is the sender's and receiver's own convention: any
 * non-zero value with the high bit (HV_MESSAGE_TYPE_HYPERVISOR_MASK) clear.
 * Only the first PayloadSize bytes of Message reach the receiver; the rest of
 * the input stays zero, as does the reserved word after ConnectionId. The
 * caller needs the PostMessages privilege. HV_STATUS_INSUFFICIENT_BUFFERS
 * means the port's 16 message buffers are all queued: the receiver has not
 * yet taken enough messages, and the sender may retry later.
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* A connection ID this partition obtained when the port's owner connected
 * it (for example from VMBus channel offers); a stand-in value here. */
#define CONNECTION_ID 0x00002002u

/* A message type the two partitions agreed on (high bit clear, not zero). */
#define MY_MESSAGE_TYPE 0x00000001u

int main(void)
{
    static const UINT8 Payload[12] = { 'h', 'e', 'l', 'l', 'o', ' ', 'p', 'o', 'r', 't', '!', 0 };
    PHV_INPUT_POST_MESSAGE Input;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;

    if ((MY_MESSAGE_TYPE & HV_MESSAGE_TYPE_HYPERVISOR_MASK) != 0 || MY_MESSAGE_TYPE == 0 ||
        sizeof(Payload) > HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT) {
        return 1; /* the hypervisor would answer HV_STATUS_INVALID_PARAMETER */
    }

    /* The input page comes back zeroed: RsvdZ and the unused payload stay 0. */
    Input = (PHV_INPUT_POST_MESSAGE)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->ConnectionId.AsUINT32 = 0;
    Input->ConnectionId.Id = CONNECTION_ID; /* the top 8 bits stay zero */
    Input->RsvdZ = 0;
    Input->MessageType = MY_MESSAGE_TYPE;
    Input->PayloadSize = (UINT32)sizeof(Payload);
    memcpy(Input->Message, Payload, sizeof(Payload));

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallPostMessage;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallPostMessage", Result.AsUINT64);
}
