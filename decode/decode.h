/*
 * hvref-decode: names the fields of a hypervisor value (a hypercall input or
 * result value, a status, an MSR value, a CPUID leaf's registers, a register
 * number) from the tables decode/gen_tables.py writes out of hvref.json.
 */
#ifndef HVREF_DECODE_H
#define HVREF_DECODE_H

#include <stdio.h>

/* What a field's bits mean to the one who reads them (TLFS 6.0b 1.2). */
typedef enum hvref_field_kind {
    HVREF_FIELD_MEANING,  /* a field with a meaning */
    HVREF_FIELD_ZERO,     /* reserved, must be zero: set bits are an error */
    HVREF_FIELD_PRESERVE, /* reserved, written back as read */
    HVREF_FIELD_IGNORE    /* reserved, may be non-zero, ignored */
} hvref_field_kind;

typedef struct hvref_field {
    const char *name;
    unsigned bit;          /* first bit, counted from bit 0 of the type */
    unsigned width;        /* in bits */
    hvref_field_kind kind;
    int type;              /* index in hvref_types of a nested layout, or -1 */
    int text;              /* 1: an array of characters (a vendor string) */
    const char *meaning;
} hvref_field;

typedef struct hvref_type {
    const char *name;
    unsigned size;         /* bytes */
    const hvref_field *fields;
    unsigned field_count;
    const char *url;       /* the definition on the site, relative to its root */
} hvref_type;

typedef struct hvref_value {
    unsigned long long value;
    const char *name;
    const char *meaning;
    const char *url;
    int type;              /* index in hvref_types of the value's layout, or -1 */
    const char *detail;    /* a call's form ("rep fast"), or NULL */
} hvref_value;

extern const hvref_field hvref_fields[];
extern const hvref_type hvref_types[];
extern const unsigned hvref_type_count;
extern const hvref_value hvref_calls[], hvref_statuses[], hvref_msrs[], hvref_leaves[],
    hvref_registers[], hvref_smcccs[];
extern const unsigned hvref_calls_count, hvref_statuses_count, hvref_msrs_count,
    hvref_leaves_count, hvref_registers_count, hvref_smcccs_count;
extern const int hvref_type_hypercall_input, hvref_type_hypercall_output,
    hvref_type_arm64_smccc_function_id;
extern const char hvref_json_version[];

/* Exit statuses of the command. */
enum { HVREF_DECODE_OK = 0, HVREF_DECODE_FLAGGED = 1, HVREF_DECODE_BAD_INPUT = 2 };

/*
 * Decodes the values of one kind ("input", "output", "status", "msr",
 * "cpuid", "register", "smccc") given as argument strings, one line per decode on
 * `out` (JSON Lines when `json` is set), problems with the arguments on
 * `err`. Returns HVREF_DECODE_BAD_INPUT for arguments it cannot read,
 * HVREF_DECODE_FLAGGED when a value has set must-be-zero bits or an unknown
 * code, else HVREF_DECODE_OK.
 */
int hvref_decode(const char *kind, int count, char *const values[], int json, FILE *out,
                 FILE *err);

#endif
