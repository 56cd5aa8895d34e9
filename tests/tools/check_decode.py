#!/usr/bin/env python3
"""Checks hvref-decode against values worked out by hand from the TLFS.

Each vector is a value whose decode follows from the spec's own layouts
(TLFS 6.0b 3.7 for the hypercall input value, 3.8 for the result value,
Appendix B for status codes, 3.13 for the hypercall MSR, 2.4 for CPUID leaf
0x40000000): the command's JSON must name the fields with these values. Bad
arguments must exit 2 with a message saying what is wrong; a value with set
must-be-zero bits or an unknown code exits 1 and says why.

Usage: check_decode.py --command PATH/hvref-decode
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

# (arguments, exit status, the decode's name or None, {field: value}, text in errors)
VECTORS = [
    # A fast HvCallFlushVirtualAddressSpace: code 0x0002, Fast is bit 16.
    (["input", "0x0000000000010002"], 0, None,
     {"CallCode": 0x2, "Fast": 1, "VariableHeaderSize": 0, "RepCount": 0}, None),
    # A rep HvCallFlushVirtualAddressList (0x0003), 5 elements from index 2:
    # RepCount is bits 43:32, RepStartIndex bits 59:48.
    (["input", "0x0002000500000003"], 0, None,
     {"CallCode": 0x3, "Fast": 0, "RepCount": 5, "RepStartIndex": 2}, None),
    # A result value: HV_STATUS_SUCCESS with 5 reps complete (bits 43:32).
    (["output", "0x0000000500000000"], 0, None, {"Result": 0, "RepsComplete": 5}, None),
    (["status", "0x0005"], 0, "HV_STATUS_INVALID_PARAMETER", {}, None),
    # HV_STATUS_INVALID_PORT_ID (0x0011): HvCallDeletePort's list has it.
    (["status", "0x0011"], 0, "HV_STATUS_INVALID_PORT_ID", {}, None),
    (["status", "0x0000"], 0, "HV_STATUS_SUCCESS", {}, None),
    # HV_X64_MSR_HYPERCALL (0x40000001) enabled, page at GPA page 0x12345.
    (["msr", "0x40000001", "0x0000000012345001"], 0, "HV_X64_MSR_HYPERCALL",
     {"Enable": 1, "Locked": 0, "HypercallGpfn": 0x12345}, None),
    # HV_X64_MSR_GUEST_OS_ID is 0x40000000.
    (["msr", "0x40000000", "0"], 0, "HV_X64_MSR_GUEST_OS_ID", {}, None),
    # An MSR value uses all 64 bits: Windows NT 10.0 build 19045, service
    # version 2 (vendor 1 in bits 62:48, OS ID 4 in 47:40, major 10 in 39:32,
    # minor 0 in 31:24, service version 2 in 23:16, build in 15:0).
    (["msr", "0x40000000", "0x0001040A00024A65"], 0, "HV_X64_MSR_GUEST_OS_ID",
     {"VendorId": 1, "OsId": 4, "MajorVersion": 10, "MinorVersion": 0, "ServiceVersion": 2,
      "BuildNumber": 19045}, None),
    # A crash report: CrashNotify (bit 63) and CrashMessage (bit 62) of
    # HV_X64_MSR_CRASH_CTL (0x40000105), TLFS 6.0b 4.3 and online.
    (["msr", "0x40000105", "0xC000000000000000"], 0, "HV_X64_MSR_CRASH_CTL",
     {"CrashNotify": 1, "CrashMessage": 1, "NoCrashDump": 0, "PreOSId": 0}, None),
    # Leaf 0x40000000: the highest leaf in EAX, "Microsoft Hv" in EBX ECX EDX.
    (["cpuid", "0x40000000", "0x4000000A", "0x7263694D", "0x666F736F", "0x76482074"], 0,
     "HvCpuIdFunctionHvVendorAndMaxFunction", {"MaxFunction": 0x4000000A}, None),
    # Leaf 0x40000001: the interface signature "Hv#1" in EAX.
    (["cpuid", "0x40000001", "0x31237648", "0", "0", "0"], 0, "HvCpuIdFunctionHvInterface",
     {"Interface": 0x31237648}, None),
    # Register 0x00090000: HvRegisterVpRuntime on x64 and ARM64 alike (6.0b
    # 7.8, online register names).
    (["register", "0x00090000"], 0, "HvRegisterVpRuntime", {}, None),
    # HvX64RegisterCs (0x00060001) with a 64-bit code segment: base 0, limit
    # 0xFFFFFFFF, selector 0x10, attributes 0xA09B (type 0xB, S, present,
    # long, granularity): HV_X64_SEGMENT_REGISTER's 16 bytes (online TLFS).
    (["register", "0x00060001=0xA09B0010FFFFFFFF0000000000000000"], 0, "HvX64RegisterCs",
     {"Base": 0, "Limit": 0xFFFFFFFF, "Selector": 0x10, "SegmentType": 0xB,
      "NonSystemSegment": 1, "DescriptorPrivilegeLevel": 0, "Present": 1, "Long": 1,
      "Default": 0, "Granularity": 1}, None),
    # HvRegisterPendingInterruption (0x00010002): pending, type 1, error code
    # 0x800000 in bits 63:32.
    (["register", "0x00010002=0x0080000000000003"], 0, "HvRegisterPendingInterruption",
     {"InterruptionPending": 1, "InterruptionType": 1, "ErrorCode": 0x800000}, None),
    # The ARM64 hypercall's SMCCC function identifier (online TLFS, hypercall
    # interface): function 1, service 6, 64-bit convention, bit 31 clear.
    (["smccc", "0x46000001"], 0, "HV_ARM64_SMCCC_HYPERCALL_FUNCTION_ID",
     {"FunctionNumber": 1, "RsvdZ": 0, "ServiceCallType": 6, "CallingConvention": 1,
      "YieldingCall": 0}, None),
    # Bits 23:16 of a function identifier are reserved, must be zero.
    (["smccc", "0x46FF0001"], 1, None, {"RsvdZ": 0xFF}, "RsvdZ"),
    # Bits 30:27 of the input value are reserved, must be zero.
    (["input", "0x0000000078000002"], 1, None, {"CallCode": 0x2, "RsvdZ": 0xF}, "RsvdZ"),
    # No status has this code.
    (["status", "0x7FFF"], 1, None, {}, "not a code hvref knows"),
    # No call has code 0x7FFF.
    (["input", "0x7FFF"], 1, None, {"CallCode": 0x7FFF}, "CallCode"),
]

BAD = [
    (["status", "0x1g"], "is not a number"),
    (["status", "-1"], "is not a number"),
    (["status", "0x10000"], "out of range"),
    (["msr", "0x100000000", "0"], "out of range"),
    (["msr", "0x40000000", "0x10000000000000000"], "is not a number"),
    (["input", "0x10000000000000000"], "is not a number"),
    (["bogus", "1"], "unknown kind"),
    (["register", "0x00060001=0xzz"], "is not a register value"),
    (["register", "0x00060001=0x" + "1" * 33], "is not a register value"),
    (["msr", "0x40000001"], "pairs"),
    (["cpuid", "0x40000000", "1", "2"], "groups of five"),
    (["input"], "one or more values"),
    ([], "no kind"),
]


def run(command: str, args: list) -> subprocess.CompletedProcess:
    return subprocess.run([command] + args, capture_output=True, text=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--command", required=True)
    args = parser.parse_args()
    problems = []
    for argv, status, name, fields, error in VECTORS:
        result = run(args.command, ["--json"] + argv)
        label = " ".join(argv)
        if result.returncode != status:
            problems.append(f"{label}: exit {result.returncode}, expected {status}")
        try:
            decode = json.loads(result.stdout)
        except json.JSONDecodeError as e:
            problems.append(f"{label}: output is not one JSON object ({e}): {result.stdout!r}")
            continue
        if name is not None and decode.get("name") != name:
            problems.append(f"{label}: named {decode.get('name')!r}, expected {name}")
        got = {f["name"].rsplit(".", 1)[-1]: int(f["value"], 16) for f in decode.get("fields", [])}
        for field, value in fields.items():
            if got.get(field) != value:
                problems.append(f"{label}: {field} is {got.get(field)!r}, expected {value:#x}")
        if error is not None and error not in decode.get("errors", ""):
            problems.append(f"{label}: errors {decode.get('errors')!r} do not mention {error!r}")
        if error is None and "errors" in decode:
            problems.append(f"{label}: unexpected errors {decode['errors']!r}")
        text = run(args.command, argv)
        if text.returncode != status or len(text.stdout.splitlines()) != 1:
            problems.append(f"{label}: the text decode is not one line with exit {status}")
    vendor = json.loads(run(args.command, ["--json", "cpuid", "0x40000000", "0x4000000A",
                                           "0x7263694D", "0x666F736F", "0x76482074"]).stdout)
    if not any(f.get("text") == "Microsoft Hv" for f in vendor.get("fields", [])):
        problems.append("cpuid 0x40000000: the vendor string is not 'Microsoft Hv'")
    # Register 0x00020000: x64's RAX and ARM64's X0 share the number.
    both = json.loads(run(args.command, ["--json", "register", "0x00020000"]).stdout)
    if not {"HvX64RegisterRax", "HvArm64RegisterX0"} <= set(both.get("names", [])):
        problems.append(f"register 0x00020000: names {both.get('names')!r}, expected both "
                        "HvX64RegisterRax and HvArm64RegisterX0")
    port = json.loads(run(args.command, ["--json", "status", "0x0011"]).stdout)
    if "HvCallDeletePort" not in port.get("detail", ""):
        problems.append(f"status 0x0011: detail {port.get('detail')!r} does not name "
                        "HvCallDeletePort among the calls that return it")
    several = run(args.command, ["status", "0", "5", "0x0000"])
    if len(several.stdout.splitlines()) != 3:
        problems.append("status 0 5 0x0000: not one line per value")
    for argv, message in BAD:
        result = run(args.command, argv)
        if result.returncode != 2 or message not in result.stderr:
            problems.append(f"{' '.join(argv) or '(no arguments)'}: exit {result.returncode} "
                            f"and {result.stderr.strip()!r}; expected exit 2 saying {message!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"decode: {len(VECTORS)} vectors, {len(BAD)} bad inputs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
