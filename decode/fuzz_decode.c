/*
 * libFuzzer target for hvref-decode's argument reading and decoding
 * (tests/tools/run_decode_fuzz.py builds it with AddressSanitizer and
 * UndefinedBehaviorSanitizer). The input is the command's arguments
 * separated by NUL bytes: an optional "--json", the kind, then the values,
 * as in decode/fuzz-corpus/.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

#define MAX_ARGS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    char *copy, *p, *end, *args[MAX_ARGS];
    int count = 0, first = 0, json = 0;

    if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL)
        return 0;
    copy = malloc(size + 1u);
    if (copy == NULL)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    for (p = copy, end = copy + size; p <= end && count < MAX_ARGS; p += strlen(p) + 1u)
        args[count++] = p;
    if (count > 0 && strcmp(args[0], "--json") == 0) {
        json = 1;
        first = 1;
    }
    if (count - first >= 1)
        hvref_decode(args[first], count - first - 1, args + first + 1, json, sink, sink);
    free(copy);
    return 0;
}
