/*
 * hvref-decode: the command line. See `hvref-decode --help`.
 */
#include <stdio.h>
#include <string.h>

#include "decode.h"

static const char usage[] =
    "usage: hvref-decode [--json] KIND VALUE...\n"
    "  input  0x...                    a hypercall input value (control word)\n"
    "  output 0x...                    a hypercall result value\n"
    "  status 0x...                    a status code (HV_STATUS_*)\n"
    "  msr    NUMBER VALUE             a synthetic MSR and its value\n"
    "  cpuid  LEAF EAX EBX ECX EDX     a CPUID leaf's result registers\n"
    "  register NUMBER[=VALUE]         a register number (HV_REGISTER_NAME), and its\n"
    "                                  value (up to 32 hex digits) where it has a layout\n"
    "  smccc  0x...                    an ARM64 SMCCC function identifier (X0)\n"
    "Several values (pairs for msr, groups of five for cpuid) may follow one\n"
    "kind; one decode per line. --json prints each decode as a JSON object.\n"
    "Numbers are hex (0x1F) or decimal. Exit status: 0 decoded, 1 a value has\n"
    "set must-be-zero bits or an unknown code, 2 bad arguments.\n";

int main(int argc, char **argv)
{
    int json = 0, first = 1;

    if (argc > 1 && strcmp(argv[1], "--help") == 0) {
        fputs(usage, stdout);
        printf("Tables from hvref %s.\n", hvref_json_version);
        return HVREF_DECODE_OK;
    }
    if (argc > 1 && strcmp(argv[1], "--json") == 0) {
        json = 1;
        first = 2;
    }
    if (argc - first < 1) {
        fputs("hvref-decode: no kind given\n", stderr);
        fputs(usage, stderr);
        return HVREF_DECODE_BAD_INPUT;
    }
    return hvref_decode(argv[first], argc - first - 1, argv + first + 1, json, stdout, stderr);
}
