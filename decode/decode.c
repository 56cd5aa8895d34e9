/*
 * hvref-decode's decoding: reads the numbers, finds their names and layouts
 * in the generated tables and prints one line per value.
 */
#include "decode.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The widest value a kind takes: a CPUID leaf's four registers. */
#define HVREF_DECODE_MAX_BYTES 16u

typedef struct decoder {
    FILE *out;
    int json;
    int first_field; /* JSON: no comma before the next field */
    int errors;      /* flagged problems of the current value */
    char problems[512];
} decoder;

/* -- numbers ------------------------------------------------------------- */

/* Reads "0x1F" (hex) or "31" (decimal) into *value; 0 if it is not one. */
static int parse_number(const char *text, unsigned long long *value)
{
    const char *digits = text;
    int base = 10;
    char *end = NULL;

    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        digits = text + 2;
        base = 16;
    }
    if (digits[0] == '\0' || digits[0] == '-' || digits[0] == '+' || digits[0] == ' ')
        return 0;
    errno = 0;
    *value = strtoull(digits, &end, base);
    return errno == 0 && end != NULL && *end == '\0';
}

/* Reads a value of up to 128 bits into 16 little-endian bytes: hex (0x and
 * up to 32 digits) or decimal (up to 64 bits); 0 if it is not one. */
static int parse_wide(const char *text, unsigned char bytes[HVREF_DECODE_MAX_BYTES])
{
    unsigned long long value;
    size_t digits, i;

    memset(bytes, 0, HVREF_DECODE_MAX_BYTES);
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        digits = strlen(text + 2);
        if (digits == 0 || digits > 2u * HVREF_DECODE_MAX_BYTES)
            return 0;
        for (i = 0; i < digits; i++) {
            char c = text[2 + digits - 1 - i];
            unsigned nibble;
            if (c >= '0' && c <= '9')
                nibble = (unsigned)(c - '0');
            else if (c >= 'a' && c <= 'f')
                nibble = (unsigned)(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                nibble = (unsigned)(c - 'A' + 10);
            else
                return 0;
            bytes[i / 2u] = (unsigned char)(bytes[i / 2u] | (nibble << (4u * (i % 2u))));
        }
        return 1;
    }
    if (!parse_number(text, &value))
        return 0;
    for (i = 0; i < 8u; i++)
        bytes[i] = (unsigned char)(value >> (8u * i));
    return 1;
}

/* Bits [bit, bit + width) of a little-endian value, width at most 64. */
static unsigned long long bits_of(const unsigned char *bytes, unsigned bit, unsigned width)
{
    unsigned long long result = 0;
    unsigned i;

    for (i = 0; i < width; i++) {
        unsigned at = bit + i;
        if ((bytes[at / 8u] >> (at % 8u)) & 1u)
            result |= 1ull << i;
    }
    return result;
}

static const hvref_value *find(const hvref_value *table, unsigned count,
                               unsigned long long value)
{
    unsigned i;

    for (i = 0; i < count; i++)
        if (table[i].value == value)
            return &table[i];
    return NULL;
}

/* -- output -------------------------------------------------------------- */

static void json_string(FILE *out, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;

    fputc('"', out);
    for (; *p != '\0'; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20u)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void flag(decoder *d, const char *what, const char *name)
{
    size_t used = strlen(d->problems);

    d->errors++;
    snprintf(d->problems + used, sizeof d->problems - used, "%s%s %s", used ? "; " : "",
             name, what);
}

static void begin(decoder *d, const char *kind, const char *text)
{
    d->first_field = 1;
    d->errors = 0;
    d->problems[0] = '\0';
    if (d->json) {
        fputs("{\"kind\":", d->out);
        json_string(d->out, kind);
        fputs(",\"input\":", d->out);
        json_string(d->out, text);
    } else {
        fprintf(d->out, "%s %s:", kind, text);
    }
}

/* Entries after `entry` with its value (the tables are sorted by value):
 * a number with several names (an x64 and an ARM64 register, a status's old
 * and new name, two names of one MSR). */
static unsigned same_value(const hvref_value *entry, const hvref_value *table, unsigned count)
{
    unsigned n = 0;

    while (entry + n + 1 < table + count && entry[n + 1].value == entry->value)
        n++;
    return n;
}

/* The value's own name (an MSR, a status, a leaf), or "unknown"; every name
 * when it has several. */
static void named(decoder *d, const char *what, const hvref_value *entry, const hvref_value *table,
                  unsigned count)
{
    unsigned more = entry != NULL ? same_value(entry, table, count) : 0, i;

    if (entry == NULL) {
        flag(d, "is not a code hvref knows", what);
        if (!d->json)
            fputs(" unknown", d->out);
        return;
    }
    if (d->json) {
        fputs(",\"name\":", d->out);
        json_string(d->out, entry->name);
        fputs(",\"url\":", d->out);
        json_string(d->out, entry->url);
        if (entry->meaning != NULL) {
            fputs(",\"meaning\":", d->out);
            json_string(d->out, entry->meaning);
        }
        if (entry->detail != NULL) {
            fputs(",\"detail\":", d->out);
            json_string(d->out, entry->detail);
        }
        if (more > 0) {
            fputs(",\"names\":[", d->out);
            for (i = 0; i <= more; i++) {
                if (i > 0)
                    fputc(',', d->out);
                json_string(d->out, entry[i].name);
            }
            fputc(']', d->out);
        }
    } else {
        fprintf(d->out, " %s", entry->name);
        for (i = 1; i <= more; i++)
            fprintf(d->out, " / %s", entry[i].name);
        if (entry->detail != NULL)
            fprintf(d->out, " (%s)", entry->detail);
    }
}

static void field_out(decoder *d, const char *prefix, const hvref_field *f,
                      unsigned long long value, const char *text, const char *names)
{
    char path[160];

    snprintf(path, sizeof path, "%s%s", prefix, f->name);
    if (f->kind == HVREF_FIELD_ZERO && value != 0)
        flag(d, "has bits set that must be zero", path);
    if (d->json) {
        fputs(d->first_field ? ",\"fields\":[" : ",", d->out);
        d->first_field = 0;
        fputs("{\"name\":", d->out);
        json_string(d->out, path);
        fprintf(d->out, ",\"bits\":\"%u:%u\",\"value\":\"0x%llX\"", f->bit + f->width - 1u,
                f->bit, value);
        if (text != NULL) {
            fputs(",\"text\":", d->out);
            json_string(d->out, text);
        }
        if (names != NULL) {
            fputs(",\"names\":", d->out);
            json_string(d->out, names);
        }
        if (f->kind != HVREF_FIELD_MEANING)
            fprintf(d->out, ",\"reserved\":\"%s\"",
                    f->kind == HVREF_FIELD_ZERO       ? "zero"
                    : f->kind == HVREF_FIELD_PRESERVE ? "preserve"
                                                      : "ignore");
        if (f->meaning != NULL) {
            fputs(",\"meaning\":", d->out);
            json_string(d->out, f->meaning);
        }
        fputc('}', d->out);
        return;
    }
    /* Text: reserved fields and clear one-bit flags only when they matter. */
    if (f->kind != HVREF_FIELD_MEANING && value == 0)
        return;
    if (text != NULL)
        fprintf(d->out, " %s=\"%s\"", path, text);
    else if (f->width == 1u && f->kind == HVREF_FIELD_MEANING) {
        if (value != 0)
            fprintf(d->out, " %s", path);
    } else
        fprintf(d->out, " %s=0x%llX", path, value);
    if (names != NULL)
        fprintf(d->out, " (%s)", names);
    if (f->kind == HVREF_FIELD_ZERO && value != 0)
        fputs(" [must be zero]", d->out);
}

/* Every field of `type` over `bytes` (a value `base` bits into them). */
static void fields_of(decoder *d, int type, const unsigned char *bytes, unsigned base,
                      const char *prefix)
{
    const hvref_type *t = &hvref_types[type];
    unsigned i;

    for (i = 0; i < t->field_count; i++) {
        const hvref_field *f = &t->fields[i];
        const char *names = NULL;
        unsigned long long value;

        if (f->type >= 0) {
            char nested[160];
            snprintf(nested, sizeof nested, "%s%s.", prefix, f->name);
            fields_of(d, f->type, bytes, base + f->bit, nested);
            continue;
        }
        if (f->text) {
            char text[HVREF_DECODE_MAX_BYTES + 1u];
            unsigned n = f->width / 8u, k;
            for (k = 0; k < n && k < HVREF_DECODE_MAX_BYTES; k++) {
                unsigned char c = (unsigned char)bits_of(bytes, base + f->bit + 8u * k, 8u);
                text[k] = (c >= 0x20u && c < 0x7Fu) ? (char)c : '.';
            }
            text[k] = '\0';
            field_out(d, prefix, f, 0, text, NULL);
            continue;
        }
        value = bits_of(bytes, base + f->bit, f->width > 64u ? 64u : f->width);
        if (type == hvref_type_hypercall_input && strcmp(f->name, "CallCode") == 0) {
            const hvref_value *call = find(hvref_calls, hvref_calls_count, value);
            names = call ? call->name : NULL;
            if (call == NULL)
                flag(d, "is not a call code hvref knows", "CallCode");
        } else if (type == hvref_type_hypercall_output && strcmp(f->name, "Result") == 0) {
            const hvref_value *status = find(hvref_statuses, hvref_statuses_count, value);
            names = status ? status->name : NULL;
            if (status == NULL)
                flag(d, "is not a status hvref knows", "Result");
        }
        field_out(d, prefix, f, value, NULL, names);
    }
}

static void end(decoder *d)
{
    if (d->json) {
        if (!d->first_field)
            fputc(']', d->out);
        if (d->errors) {
            fputs(",\"errors\":", d->out);
            json_string(d->out, d->problems);
        }
        fputs("}\n", d->out);
    } else {
        if (d->errors)
            fprintf(d->out, " -- ERROR: %s", d->problems);
        fputc('\n', d->out);
    }
}

/* -- kinds --------------------------------------------------------------- */

static void to_bytes(unsigned char *bytes, unsigned at, unsigned long long value, unsigned n)
{
    unsigned i;

    for (i = 0; i < n; i++)
        bytes[at + i] = (unsigned char)(value >> (8u * i));
}

static int bad(FILE *err, const char *kind, const char *text, const char *why)
{
    fprintf(err, "hvref-decode: %s: '%s' %s\n", kind, text, why);
    return HVREF_DECODE_BAD_INPUT;
}

/* Reads values[0..n) as numbers of at most `max`; reports the first bad one. */
static int numbers(FILE *err, const char *kind, char *const values[], int n,
                   unsigned long long *out, unsigned long long max)
{
    int i;

    for (i = 0; i < n; i++) {
        if (!parse_number(values[i], &out[i]))
            return bad(err, kind, values[i],
                       "is not a number: write it in hex (0x1F) or decimal (31)");
        if (out[i] > max) {
            char why[96];
            snprintf(why, sizeof why, "is out of range: at most 0x%llX", max);
            return bad(err, kind, values[i], why);
        }
    }
    return HVREF_DECODE_OK;
}

int hvref_decode(const char *kind, int count, char *const values[], int json, FILE *out,
                 FILE *err)
{
    /* max: the largest first number of a group (the code, MSR or leaf);
     * rest: the largest of the numbers after it (an MSR's 64-bit value, a
     * leaf's four 32-bit registers). */
    static const struct {
        const char *kind;
        int group;
        unsigned long long max, rest;
    } kinds[] = {
        {"input", 1, ~0ull, 0}, {"output", 1, ~0ull, 0}, {"status", 1, 0xFFFFull, 0},
        {"msr", 2, 0xFFFFFFFFull, ~0ull}, {"cpuid", 5, 0xFFFFFFFFull, 0xFFFFFFFFull},
        {"register", 1, 0xFFFFFFFFull, 0}, {"smccc", 1, 0xFFFFFFFFull, 0},
    };
    decoder d;
    unsigned k;
    int i, status = HVREF_DECODE_OK;

    memset(&d, 0, sizeof d);
    d.out = out;
    d.json = json;
    for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strcmp(kind, kinds[k].kind) == 0)
            break;
    if (k == sizeof kinds / sizeof kinds[0]) {
        fprintf(err, "hvref-decode: unknown kind '%s': use input, output, status, msr, cpuid, "
                     "register or smccc\n", kind);
        return HVREF_DECODE_BAD_INPUT;
    }
    if (count == 0 || count % kinds[k].group != 0) {
        fprintf(err, "hvref-decode: %s takes %s\n", kind,
                kinds[k].group == 2   ? "pairs: MSR-NUMBER VALUE ..."
                : kinds[k].group == 5 ? "groups of five: LEAF EAX EBX ECX EDX ..."
                                      : "one or more values");
        return HVREF_DECODE_BAD_INPUT;
    }
    for (i = 0; i < count; i += kinds[k].group) {
        unsigned long long v[5];
        unsigned char bytes[HVREF_DECODE_MAX_BYTES];
        int g = kinds[k].group, r;
        char label[96];

        const char *wide = NULL; /* a register's value: NUMBER=VALUE */
        char number[64];
        char *given[1];

        given[0] = values[i];
        if (strcmp(kind, "register") == 0 && strchr(values[i], '=') != NULL) {
            size_t n = (size_t)(strchr(values[i], '=') - values[i]);
            if (n >= sizeof number)
                return bad(err, kind, values[i], "is too long: write NUMBER or NUMBER=VALUE");
            memcpy(number, values[i], n);
            number[n] = '\0';
            given[0] = number;
            wide = values[i] + n + 1;
        }
        if (numbers(err, kind, g == 1 ? given : values + i, 1, v, kinds[k].max) !=
                HVREF_DECODE_OK ||
            (g > 1 && numbers(err, kind, values + i + 1, g - 1, v + 1, kinds[k].rest) !=
                          HVREF_DECODE_OK))
            return HVREF_DECODE_BAD_INPUT;
        memset(bytes, 0, sizeof bytes);
        if (wide != NULL && !parse_wide(wide, bytes))
            return bad(err, kind, wide,
                       "is not a register value: write hex of up to 32 digits (0x1F) or decimal");
        if (strcmp(kind, "input") == 0 || strcmp(kind, "output") == 0) {
            snprintf(label, sizeof label, "0x%016llX", v[0]);
            begin(&d, kind, label);
            to_bytes(bytes, 0, v[0], 8u);
            fields_of(&d, kind[0] == 'i' ? hvref_type_hypercall_input
                                         : hvref_type_hypercall_output, bytes, 0, "");
        } else if (strcmp(kind, "status") == 0) {
            snprintf(label, sizeof label, "0x%04llX", v[0]);
            begin(&d, kind, label);
            named(&d, label, find(hvref_statuses, hvref_statuses_count, v[0]), hvref_statuses,
                  hvref_statuses_count);
        } else if (strcmp(kind, "register") == 0) {
            const hvref_value *reg = find(hvref_registers, hvref_registers_count, v[0]);
            unsigned n;
            snprintf(label, sizeof label, "0x%08llX", v[0]);
            if (wide != NULL) {
                size_t used = strlen(label);
                snprintf(label + used, sizeof label - used, "=%s", wide);
            }
            begin(&d, kind, label);
            named(&d, label, reg, hvref_registers, hvref_registers_count);
            /* The layout of the first name of the number that has one (an
             * x64 and an ARM64 register may share the number). */
            for (n = 0; wide != NULL && reg != NULL &&
                        reg + n < hvref_registers + hvref_registers_count && reg[n].value == v[0];
                 n++) {
                if (reg[n].type >= 0) {
                    fields_of(&d, reg[n].type, bytes, 0, "");
                    break;
                }
            }
        } else if (strcmp(kind, "smccc") == 0) {
            snprintf(label, sizeof label, "0x%08llX", v[0]);
            begin(&d, kind, label);
            named(&d, label, find(hvref_smcccs, hvref_smcccs_count, v[0]), hvref_smcccs,
                  hvref_smcccs_count);
            to_bytes(bytes, 0, v[0], 4u);
            fields_of(&d, hvref_type_arm64_smccc_function_id, bytes, 0, "");
        } else if (strcmp(kind, "msr") == 0) {
            const hvref_value *msr = find(hvref_msrs, hvref_msrs_count, v[0]);
            snprintf(label, sizeof label, "0x%08llX=0x%016llX", v[0], v[1]);
            begin(&d, kind, label);
            named(&d, label, msr, hvref_msrs, hvref_msrs_count);
            to_bytes(bytes, 0, v[1], 8u);
            if (msr != NULL && msr->type >= 0)
                fields_of(&d, msr->type, bytes, 0, "");
        } else {
            const hvref_value *leaf = find(hvref_leaves, hvref_leaves_count, v[0]);
            snprintf(label, sizeof label, "0x%08llX:0x%08llX,0x%08llX,0x%08llX,0x%08llX",
                     v[0], v[1], v[2], v[3], v[4]);
            begin(&d, kind, label);
            named(&d, label, leaf, hvref_leaves, hvref_leaves_count);
            for (r = 0; r < 4; r++)
                to_bytes(bytes, 4u * (unsigned)r, v[r + 1], 4u);
            if (leaf != NULL && leaf->type >= 0)
                fields_of(&d, leaf->type, bytes, 0, "");
        }
        if (d.errors)
            status = HVREF_DECODE_FLAGGED;
        end(&d);
    }
    return status;
}
