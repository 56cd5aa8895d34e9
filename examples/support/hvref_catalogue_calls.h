/* SPDX-License-Identifier: MIT */
/*
 * The catalogue's facts about each call code, as a C table that the build
 * generates from references/hypercalls.csv and references/layouts/ (see
 * tests/tools/gen_probes.py). Only the recording seam uses it.
 */
#ifndef HVREF_CATALOGUE_CALLS_H
#define HVREF_CATALOGUE_CALLS_H

#include <stddef.h>

/* A must-be-zero field of a hypercall input (the `reserved` column of
 * references/layouts/ is `zero`): its bits, counted from bit 0 of the input's
 * first byte, must all be clear. Name is TYPE.Member, with the path through
 * members whose own type has the field (HV_INPUT_SIGNAL_EVENT.ConnectionId.Reserved). */
typedef struct {
    int FirstBit;
    int BitCount;
    const char *Name;
} HVREF_CATALOGUE_RESERVED;

typedef struct {
    unsigned Code;
    const char *Name;
    int IsRep;           /* 1 rep, 0 simple, -1 unknown */
    int IsDocumented;    /* some TLFS edition or the 2013 WDK documents it */
    int InputSize;       /* bytes of the fixed input (header), -1 if no type */
    int OutputSize;      /* bytes of the output, -1 if no type */
    int RepInputSize;    /* bytes of one rep input element, 0 if unknown */
    int FirstReserved;   /* index into hvref_catalogue_reserved */
    int ReservedCount;   /* must-be-zero fields of the input */
} HVREF_CATALOGUE_CALL;

extern const HVREF_CATALOGUE_RESERVED hvref_catalogue_reserved[];
extern const HVREF_CATALOGUE_CALL hvref_catalogue_calls[];
extern const size_t hvref_catalogue_call_count;

/* The must-be-zero bits of the hypercall input value (HV_HYPERCALL_INPUT). */
extern const HVREF_CATALOGUE_RESERVED hvref_catalogue_input_value_reserved[];
extern const size_t hvref_catalogue_input_value_reserved_count;

#endif /* HVREF_CATALOGUE_CALLS_H */
