/* SPDX-License-Identifier: MIT */
/*
 * Post a 16-byte message straight to SINT3 of virtual processor 1 (VTL 0)
 * of a target partition, without a port or connection, after printing the
 * first 48 of the 256 input bytes.
 *
 * hvref-demonstrates: HvCallPostMessageDirect HV_INPUT_POST_MESSAGE_DIRECT
 *  HV_MESSAGE_HEADER HV_MESSAGE_TYPE HV_HYPERCALL_INPUT HV_HYPERCALL_OUTPUT
 *
 * The input follows the online TLFS table (SintIndex a byte at offset 13,
 * 240 bytes of message at offset 16); Linux and OpenVMM lay the call out
 * differently (see HV_INPUT_POST_MESSAGE_DIRECT). The message starts with an
 * HV_MESSAGE_HEADER whose type is a guest-chosen value (high bit clear) and
 * whose PayloadSize counts the bytes after the header; only
 * HV_MESSAGE_MAX_PAYLOAD_BYTE_COUNT bytes fit the table's field, so this
 * message is kept short. Reserved stays zero (the seam checks it).
 */
#include <hvref/hvref.h>

#include "hvref_example.h"

/* The partition to post to; a stand-in value. */
#define TARGET_PARTITION ((HV_PARTITION_ID)0x0000000000000005ull)

/* A message type of the sender's own protocol: non-zero, high bit clear. */
#define EXAMPLE_MESSAGE_TYPE 0x00000042u

static void print_bytes(const void *Data, UINT32 Size)
{
    const UINT8 *Bytes = (const UINT8 *)Data;
    UINT32 Index;

    for (Index = 0; Index < Size; Index++) {
        hvref_example_printf("%02X%s", (unsigned)Bytes[Index], (Index % 8u) == 7u ? "\n" : " ");
    }
}

int main(void)
{
    PHV_INPUT_POST_MESSAGE_DIRECT Input;
    HV_MESSAGE_HEADER Header;
    HV_HYPERCALL_INPUT Call;
    HV_HYPERCALL_OUTPUT Result;
    UINT64 Payload[2];

    Input = (PHV_INPUT_POST_MESSAGE_DIRECT)hvref_example_input_page();
    memset(Input, 0, sizeof(*Input));
    Input->PartitionId = TARGET_PARTITION;
    Input->VpIndex = 1;
    Input->Vtl = 0;
    Input->SintIndex = 3; /* below HV_SYNIC_SINT_COUNT */
    Input->Reserved = 0;

    memset(&Header, 0, sizeof(Header));
    Header.MessageType = EXAMPLE_MESSAGE_TYPE;
    Header.PayloadSize = (UINT8)sizeof(Payload);
    Payload[0] = 0x1122334455667788ull;
    Payload[1] = 0x0000000000000001ull;
    memcpy(&Input->Message[0], &Header, sizeof(Header));
    memcpy(&Input->Message[sizeof(Header)], Payload, sizeof(Payload));

    /* A simple memory-based call: no rep, no variable header, not fast. */
    Call.AsUINT64 = 0;
    Call.CallCode = HvCallPostMessageDirect;
    Call.Fast = 0;
    Call.VariableHeaderSize = 0;
    Call.RepCount = 0;
    Call.RepStartIndex = 0;

    print_bytes(Input, 48u);

    Result.AsUINT64 = hvref_example_hypercall(Call.AsUINT64, Input, NULL);

    return hvref_example_report("HvCallPostMessageDirect", Result.AsUINT64);
}
