#!/usr/bin/env python3
"""Other projects' names for what hvref defines (references/README.md,
"Other projects' names").

Reads local snapshots of three public projects and hvref's own headers,
catalogue and layouts, then

* matches the projects' names to hvref's entities: call codes, status
  values, MSR numbers and CPUID leaves by value; CPUID feature and privilege
  bits by value inside the register they belong to; types by name (the
  spelling, a project's own comment naming the TLFS type, or the few
  correspondences in TYPE_ALIASES); enumerators by value inside a matched
  enumeration;
* prints the aliases.csv rows that are missing (default), or
* with --check, verifies every aliases.csv row of kind linux, openvmm or
  mshv (its file is in a snapshot and names the alias) and lists every value,
  size and bit position where a project disagrees with hvref, each with the
  errata.csv id that records it; exits 1 on a bad row or an unrecorded
  disagreement.

Only names and numbers are read from the snapshots. Standard library only
(Python 3.11); run by hand, the snapshots are not on CI machines:

  references/extract/other_names.py --linux LINUX_TREE [--linux OLDER_TREE] \
      --openvmm OPENVMM_TREE --mshv MSHV_TREE [--check]

A tree is a directory holding the project's files at their repository
paths (a checkout, `git archive` output, or only the files listed in
PROJECT_FILES). Every --linux tree is searched; a row's file must be in one.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "references"))
import catalogue as cat  # noqa: E402  (the per-architecture naming, arch_variant)

# The files read in each project, by repository path; a missing file is
# skipped with a warning (older Linux trees lack include/hyperv/, newer ones
# the two hyperv-tlfs.h files).
PROJECT_FILES = {
    "linux": (
        "include/hyperv/hvgdk_mini.h",
        "include/hyperv/hvgdk.h",
        "include/hyperv/hvhdk_mini.h",
        "include/hyperv/hvhdk.h",
        "arch/x86/include/asm/hyperv-tlfs.h",
        "include/asm-generic/hyperv-tlfs.h",
    ),
    "openvmm": (
        "vm/hv1/hvdef/src/lib.rs",
        "vm/hv1/hvdef/src/vbs.rs",
        "vm/hv1/hvdef/src/save_restore.rs",
    ),
    "mshv": (
        "mshv-bindings/src/x86_64/bindings.rs",
        "mshv-bindings/src/hvdef.rs",
        "mshv-bindings/src/hvcall.rs",
        "mshv-bindings/src/arm64/bindings.rs",
    ),
}
KINDS = ("linux", "openvmm", "mshv")

# Correspondences of types that neither the spelling nor a comment in the
# project gives: (project, project type) -> hvref type.
TYPE_ALIASES = {
    ("linux", "hv_tlb_flush_ex"): "HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX",
    ("linux", "hv_reference_tsc_msr"): "HV_X64_MSR_REFERENCE_TSC_CONTENTS",
    ("linux", "hv_u128"): "HV_UINT128",
    ("linux", "hv_status"): "HV_STATUS",
    ("mshv", "hv_u128"): "HV_UINT128",
    ("mshv", "hv_tlb_flush_ex"): "HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE_EX",
    ("mshv", "hv_tlb_flush"): "HV_INPUT_FLUSH_VIRTUAL_ADDRESS_LIST",
    ("mshv", "hv_send_ipi"): "HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI",
    ("mshv", "hv_send_ipi_ex"): "HV_INPUT_SEND_SYNTHETIC_CLUSTER_IPI_EX",
    ("mshv", "hv_stimer_config"): "HV_X64_MSR_STIMER_CONFIG_CONTENTS",
    ("mshv", "hv_reference_tsc_msr"): "HV_X64_MSR_REFERENCE_TSC_CONTENTS",
    ("mshv", "ms_hyperv_tsc_page"): "HV_REFERENCE_TSC_PAGE",
    ("openvmm", "Control"): "HV_HYPERCALL_INPUT",
    ("openvmm", "HypercallOutput"): "HV_HYPERCALL_OUTPUT",
    ("openvmm", "MsrHypercallContents"): "HV_X64_MSR_HYPERCALL_CONTENTS",
    ("openvmm", "HypercallCode"): "HV_CALL_CODE",
    ("openvmm", "HvPartitionPrivilege"): "HV_PARTITION_PRIVILEGE_MASK",
    ("openvmm", "HvFeatures"): "HV_X64_HYPERVISOR_FEATURES",
    ("openvmm", "HvEnlightenmentInformation"): "HV_X64_ENLIGHTENMENT_INFORMATION",
    ("openvmm", "HvHardwareFeatures"): "HV_X64_HYPERVISOR_HARDWARE_FEATURES",
    ("openvmm", "HvGuestOsId"): "HV_X64_MSR_GUEST_OS_ID_CONTENTS",
    ("openvmm", "HvGuestOsOpenSource"): "HV_GUEST_OS_ID_OPEN_SOURCE_CONTENTS",
    ("openvmm", "TimerMessagePayload"): "HV_TIMER_MESSAGE_PAYLOAD",
    ("openvmm", "HvVpSet"): "HV_VP_SET",
    ("openvmm", "HvX64RegisterName"): "HV_REGISTER_NAME",
    ("openvmm", "HvArm64RegisterName"): "HV_REGISTER_NAME",
    ("openvmm", "HvAllArchRegisterName"): "HV_REGISTER_NAME",
    ("openvmm", "HvNestedVirtFeaturesEax"): "HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX",
    ("openvmm", "HvSynicSimpSiefp"): ("HV_SYNIC_SIMP", "HV_SYNIC_SIEFP"),
    ("openvmm", "HvSynicStimerConfig"): "HV_X64_MSR_STIMER_CONFIG_CONTENTS",
    ("openvmm", "HvRegisterReferenceTsc"): "HV_X64_MSR_REFERENCE_TSC_CONTENTS",
    ("openvmm", "HvRegisterVpAssistPage"): "HV_X64_MSR_APIC_ASSIST_CONTENTS",
    ("openvmm", "InterruptTarget"): "HV_DEVICE_INTERRUPT_TARGET",
    ("linux", "hv_vp_assist_msr_contents"): "HV_X64_MSR_APIC_ASSIST_CONTENTS",
    ("mshv", "hv_vp_assist_msr_contents"): "HV_X64_MSR_APIC_ASSIST_CONTENTS",
}

# Names a project gives to a value where hvref (and the TLFS) has another
# meaning: never aliases; --check reports each, with its errata.csv id.
# (project, project name) -> the hvref entity the value belongs to.
NOT_SAME = {
    ("linux", "HVMSG_X64_IOMMU_PRQ"): "HV_MESSAGE_TYPE",
    ("mshv", "hv_message_type_HVMSG_X64_IOMMU_PRQ"): "HV_MESSAGE_TYPE",
    ("openvmm", "HvMessageType::HvMessageTypeX64IommuPrq"): "HV_MESSAGE_TYPE",
}

# Macros whose correspondence only their meaning gives (their values are
# compared): (project, project macro) -> hvref macros.
MACRO_ALIASES = {
    ("linux", "HV_HYPERCALL_RESULT_MASK"): ("HV_HYPERCALL_OUTPUT_RESULT_MASK",),
    ("linux", "HV_HYPERCALL_FAST_BIT"): ("HV_HYPERCALL_INPUT_FAST_MASK",),
    ("linux", "HV_HYPERCALL_VARHEAD_OFFSET"): ("HV_HYPERCALL_INPUT_VARIABLE_HEADER_SIZE_SHIFT",),
    ("linux", "HV_HYPERCALL_VARHEAD_MASK"): ("HV_HYPERCALL_INPUT_VARIABLE_HEADER_SIZE_MASK",),
    ("linux", "HV_HYPERCALL_NESTED"): ("HV_HYPERCALL_INPUT_IS_NESTED_MASK",),
    ("linux", "HV_HYPERCALL_REP_COMP_OFFSET"): ("HV_HYPERCALL_INPUT_REP_COUNT_SHIFT",
                                                "HV_HYPERCALL_OUTPUT_REPS_COMPLETE_SHIFT"),
    ("linux", "HV_HYPERCALL_REP_COMP_MASK"): ("HV_HYPERCALL_INPUT_REP_COUNT_MASK",
                                              "HV_HYPERCALL_OUTPUT_REPS_COMPLETE_MASK"),
    ("linux", "HV_HYPERCALL_REP_START_OFFSET"): ("HV_HYPERCALL_INPUT_REP_START_INDEX_SHIFT",),
    ("linux", "HV_HYPERCALL_REP_START_MASK"): ("HV_HYPERCALL_INPUT_REP_START_INDEX_MASK",),
    ("linux", "HV_HYPERCALL_RSVD_MASK"): ("HV_HYPERCALL_INPUT_RSVDZ_MASK",),
}

# Linux bit macros that stand under another register's comment.
LINUX_BIT_OVERRIDES = {
    "HV_X64_NO_NONARCH_CORESHARING": ("HV_X64_ENLIGHTENMENT_INFORMATION_EAX_", 0),
    "HV_X64_NESTED_ENLIGHTENED_TLB": ("HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_", 0),
}

# CPUID feature and privilege bits: a macro of a project whose name starts
# with the key's prefix (and, for Linux, stands under a comment naming the
# register) is the hvref macro with the same value among those starting with
# the value's prefix.
BIT_GROUPS_BY_PREFIX = {
    "mshv": (
        ("HV_PARTITION_PRIVILEGE_", "HV_PARTITION_PRIVILEGE_", 0),
        ("HV_FEATURE_", "HV_X64_HYPERVISOR_FEATURES_EDX_", 0),
        ("HV_ENLIGHTENMENT_", "HV_X64_ENLIGHTENMENT_INFORMATION_EAX_", 0),
    ),
}
# The layout (references/layouts/) of each bit group, where its name is not
# the prefix without its last `_`.
BIT_GROUP_TYPES = {"HV_PARTITION_PRIVILEGE_": "HV_PARTITION_PRIVILEGE_MASK"}

# Project types whose reserved-looking fields are another view of the
# entity, not a reading of its bits: not compared field by field.
NO_FIELD_COMPARE = {
    ("openvmm", "HvGuestOsId"),          # the open-source bit only; the rest in other types
    ("openvmm", "HvInterruptControl"),   # the x64 and ARM64 layouts in one type (E154)
    ("linux", "hv_connection_info"),     # union arms whose inner fields are reserved
    ("linux", "hv_port_info"),
    ("mshv", "hv_connection_info"),
    ("mshv", "hv_port_info"),
}

# Linux: a comment containing the marker starts a group of BIT(n) macros;
# the shift moves the bit into hvref's 64-bit privilege mask.
LINUX_BIT_GROUP_MARKERS = (
    ("HV_PARTITION_PRIVILEGE_MASK [31-0]", "HV_PARTITION_PRIVILEGE_", 0),
    ("HV_PARTITION_PRIVILEGE_MASK [63-32]", "HV_PARTITION_PRIVILEGE_", 32),
    ("Feature identification. EAX indicates which features", "HV_PARTITION_PRIVILEGE_", 0),
    ("Feature identification: indicates which flags were specified", "HV_PARTITION_PRIVILEGE_", 32),
    ("HV_X64_HYPERVISOR_FEATURES (EDX)", "HV_X64_HYPERVISOR_FEATURES_EDX_", 0),
    ("Feature identification. EDX indicates which", "HV_X64_HYPERVISOR_FEATURES_EDX_", 0),
    ("HYPERV_CPUID_FEATURES.EDX", "HV_X64_HYPERVISOR_FEATURES_EDX_", 0),
    ("HYPERV_CPUID_FEATURES.ECX", "HV_X64_HYPERVISOR_FEATURES_ECX_", 0),
    ("HYPERV_CPUID_ENLIGHTMENT_INFO.EAX", "HV_X64_ENLIGHTENMENT_INFORMATION_EAX_", 0),
    ("HYPERV_CPUID_CPU_MANAGEMENT_FEATURES.EAX", "HV_X64_HYPERVISOR_CPU_MANAGEMENT_FEATURES_EAX_", 0),
    ("HYPERV_CPUID_NESTED_FEATURES.EAX", "HV_HYPERVISOR_NESTED_VIRT_FEATURES_EAX_", 0),
    ("HYPERV_CPUID_NESTED_FEATURES.EBX", "HV_HYPERVISOR_NESTED_VIRT_FEATURES_EBX_", 0),
    ("HYPERV_CPUID_ISOLATION_CONFIG", None, 0),
)


def norm(name: str) -> str:
    """The lookup's comparison: case and `_` ignored."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


# --------------------------------------------------------------------------
# hvref


@dataclass
class Hvref:
    calls: Dict[int, str] = field(default_factory=dict)
    status: Dict[int, List[str]] = field(default_factory=dict)
    msrs: Dict[int, List[str]] = field(default_factory=dict)
    cpuid: Dict[int, str] = field(default_factory=dict)
    macros: Dict[str, int] = field(default_factory=dict)
    enums: Dict[str, Dict[int, List[str]]] = field(default_factory=dict)   # type -> value -> enumerators
    enumerators: Dict[str, int] = field(default_factory=dict)
    types: Dict[str, str] = field(default_factory=dict)              # norm -> name
    names: set = field(default_factory=set)                          # every defined name
    sizes: Dict[str, int] = field(default_factory=dict)
    members: Dict[str, List[Tuple[str, Optional[int], Optional[int], Optional[int], Optional[int], str]]] = \
        field(default_factory=dict)                                  # type -> (member, off, size, bit, width, reserved)


INT = r"(0x[0-9A-Fa-f]+|\d+)[uUlL]*"


def load_hvref(root: Path) -> Hvref:
    h = Hvref()
    with open(root / "references/hypercalls.csv", newline="") as f:
        for row in csv.DictReader(f):
            h.calls[int(row["code"], 16)] = row["name"]
    for header in sorted((root / "include/hvref").glob("*.h")):
        text = header.read_text()
        for m in re.finditer(r"^#define\s+(\w+)\s+(\(*(?:\(UINT(?:8|16|32|64)\))?" + INT + r"\)*)\s*$",
                             text, re.M):
            name = m.group(1)
            value = int(re.sub(r"\(UINT\d+\)|[()uUlL]", "", m.group(2)).strip(), 0)
            h.macros[name] = value
            if name.startswith("HV_STATUS_"):
                h.status.setdefault(value, []).append(name)
            elif name.startswith("HV_X64_MSR_") and value >= 0x40000000:
                h.msrs.setdefault(value, []).append(name)
        for m in re.finditer(r"^#define\s+(\w+)", text, re.M):
            h.names.add(m.group(1))
        for m in re.finditer(r"typedef enum \w*\s*\{(.*?)\}\s*(\w+);", text, re.S):
            body, tname = m.group(1), m.group(2)
            values: Dict[int, List[str]] = {}
            nxt = 0
            body = re.sub(r"/\*.*?\*/|//[^\n]*", "", body, flags=re.S)
            for item in body.split(","):
                em = re.match(r"\s*(\w+)\s*(?:=\s*" + INT + r")?\s*$", item)
                if not em:
                    continue
                value = int(em.group(2), 0) if em.group(2) else nxt
                values.setdefault(value, []).append(em.group(1))
                h.enumerators[em.group(1)] = value
                h.names.add(em.group(1))
                nxt = value + 1
            h.enums[tname] = values
        for m in re.finditer(r"^\}\s*(\w+)\s*[,;]|^typedef\s+[\w ]+?\**\s*(\w+)\s*;", text, re.M):
            name = m.group(1) or m.group(2)
            h.types.setdefault(norm(name), name)
            h.names.add(name)
        for m in re.finditer(r"typedef enum \w*\s*\{.*?\}\s*(\w+);", text, re.S):
            h.types[norm(m.group(1))] = m.group(1)
    # HV_REGISTER_NAME is a UINT32 whose values are the enumerators of
    # HV_REGISTER_NAMES_*, HV_X64_REGISTER_NAMES_* and HV_ARM64_REGISTER_NAMES_*
    for tname, values in list(h.enums.items()):
        if re.fullmatch(r"HV_(X64_|ARM64_)?REGISTER_NAMES_\w+", tname):
            for value, names in values.items():
                h.enums.setdefault("HV_REGISTER_NAME", {}).setdefault(value, []).extend(names)
    for value, names in h.enums.get("HV_CPUID_FUNCTION", {}).items():
        h.cpuid[value] = names[0]
    for path in sorted((root / "references/layouts").glob("*.csv")):
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                def num(col: str) -> Optional[int]:
                    return int(row[col]) if row[col] else None
                if not row["member"]:
                    h.sizes[row["type"]] = int(row["size"])
                else:
                    h.members.setdefault(row["type"], []).append(
                        (row["member"], num("offset"), num("size"), num("bit"), num("width"),
                         row["reserved"]))
    return h


# --------------------------------------------------------------------------
# the projects


@dataclass
class Item:
    project: str
    path: str          # repository path
    name: str
    kind: str          # macro, enumerator, type
    value: Optional[int] = None
    enum: str = ""     # the enumeration of an enumerator
    note: str = ""     # a type's comment naming the TLFS type; a macro's bit group
    module: str = ""   # Rust module (openvmm `hypercall`)
    size: Optional[int] = None
    bits: List[Tuple[str, int, int]] = field(default_factory=list)   # (field, bit, width)
    line: int = 0


C_INT_TYPES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "s8": 1, "s16": 2, "s32": 4, "s64": 8,
               "__u8": 1, "__u16": 2, "__u32": 4, "__u64": 8, "__s8": 1, "__s16": 2,
               "__s32": 4, "__s64": 8, "uint8_t": 1, "uint16_t": 2, "uint32_t": 4,
               "uint64_t": 8, "unsigned char": 1, "ulong": 8}


def c_eval(expr: str, macros: Dict[str, int]) -> Optional[int]:
    """The value of a C macro body made of integers, BIT/GENMASK and other macros."""
    e = re.sub(r"/\*.*?\*/", "", expr).strip()
    e = re.sub(r"\b(BIT|BIT_ULL)\(\s*(\d+)\s*\)", r"(1<<\2)", e)
    e = re.sub(r"\bGENMASK(?:_ULL)?\(\s*(\d+)\s*,\s*(\d+)\s*\)",
               lambda m: str(((1 << (int(m.group(1)) + 1)) - 1) ^ ((1 << int(m.group(2))) - 1)), e)
    e = re.sub(r"\b(0[xX][0-9A-Fa-f]+|\d+)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?)\b", r"\1", e)
    e = re.sub(r"\(\s*u(?:8|16|32|64)\s*\)", "", e)
    e = re.sub(r"\b[A-Za-z_]\w*\b",
               lambda m: str(macros[m.group(0)]) if m.group(0) in macros else m.group(0), e)
    if not e or not re.fullmatch(r"[0-9xXa-fA-F()<>|&~+\-* ]+", e):
        return None
    try:
        return int(eval(e, {"__builtins__": {}}))  # noqa: S307 - digits and operators only
    except Exception:
        return None


def strip_c_comments(text: str) -> str:
    return re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)


def scan_c(project: str, path: str, text: str) -> List[Item]:
    items: List[Item] = []
    macros: Dict[str, int] = {}
    lines = text.split("\n")
    skip: List[bool] = []
    arch: List[str] = []
    group: Tuple[Optional[str], int] = (None, 0)
    in_comment = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        stripped = line.strip()
        # preprocessor conditions: skip the ARM64-only parts
        cm = re.match(r"#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)", stripped)
        if cm:
            word, cond = cm.group(1), cm.group(2)
            arm = "ARM64" in cond or "aarch64" in cond
            x86 = "X86" in cond or "x86_64" in cond
            if word in ("if", "ifdef", "ifndef"):
                skip.append(arm)
                arch.append("arm" if arm else "x86" if x86 else "")
            elif word == "elif" and skip:
                skip[-1] = arm
                arch[-1] = "arm" if arm else "x86" if x86 else ""
            elif word == "else" and skip:
                # the other branch of an architecture test
                skip[-1] = arch[-1] == "x86"
                arch[-1] = {"x86": "arm", "arm": "x86"}.get(arch[-1], "")
            elif word == "endif" and skip:
                skip.pop()
                arch.pop()
            i += 1
            continue
        # comments set the current bit group (Linux)
        comment_text = " ".join(re.findall(r"/\*(.*?)(?:\*/|$)", line))
        if in_comment or "/*" in line:
            in_comment += " " + line
            if "*/" in line:
                for marker, prefix, shift in LINUX_BIT_GROUP_MARKERS:
                    if marker in in_comment:
                        group = (prefix, shift)
                in_comment = ""
        if any(skip):
            i += 1
            continue
        if re.match(r"(struct|union|enum|typedef|\})\b", stripped):
            group = (None, 0)          # a bit group ends at the next declaration
        dm = re.match(r"#\s*define\s+(\w+)(?!\()\s*(.*)", stripped)
        if dm:
            body = dm.group(2)
            while body.endswith("\\") and i + 1 < len(lines):
                i += 1
                body = body[:-1] + " " + lines[i].strip()
            value = c_eval(body, macros)
            if value is not None:
                macros[dm.group(1)] = value
            note = ""
            if group[0] and re.search(r"\bBIT(_ULL)?\(", body):
                note = f"{group[0]}<<{group[1]}"
            if dm.group(1) in LINUX_BIT_OVERRIDES:
                note = "{}<<{}".format(*LINUX_BIT_OVERRIDES[dm.group(1)])
            items.append(Item(project, path, dm.group(1), "macro", value, note=note, line=lineno))
            i += 1
            continue
        tm = re.match(r"(?:typedef\s+)?(struct|union|enum)\s+(?:__packed\s+)?(\w+)?\s*\{(.*)", stripped)
        if tm and (tm.group(2) or tm.group(1) == "enum"):
            kind, name = tm.group(1), tm.group(2) or ""
            annotation = re.search(r"/\*\s*(HV_[A-Z0-9_]+)\s*\*/", line)
            if not annotation and i > 0:
                annotation = re.fullmatch(r"\s*/\*\s*(HV_[A-Z0-9_]+)\s*\*/\s*", lines[i - 1])
            depth = line.count("{") - line.count("}")
            body_lines = [tm.group(3)]
            j = i + 1
            while depth > 0 and j < len(lines):
                depth += lines[j].count("{") - lines[j].count("}")
                body_lines.append(lines[j])
                j += 1
            body = strip_c_comments("\n".join(body_lines))
            if name:
                item = Item(project, path, name, "type",
                            note=annotation.group(1) if annotation else "", line=lineno)
                items.append(item)
            if kind == "enum":
                nxt = 0
                for part in re.sub(r"#[^\n]*", "", body).split(","):
                    em = re.match(r"\s*(\w+)\s*(?:=\s*([^,}]+?))?\s*\}?\s*;?\s*$", part)
                    if not em or not em.group(1):
                        continue
                    value = c_eval(em.group(2), macros) if em.group(2) else nxt
                    items.append(Item(project, path, em.group(1), "enumerator", value, enum=name,
                                      line=lineno))
                    if value is not None:
                        macros[em.group(1)] = value
                        nxt = value + 1
            elif name:
                item.size, item.bits = c_layout(body, kind == "union", macros, items)
            i = j
            continue
        i += 1
    return items


def c_layout(body: str, is_union: bool, macros: Dict[str, int], known: List[Item]
             ) -> Tuple[Optional[int], List[Tuple[str, int, int]]]:
    """Size in bytes and (field, bit, width) of a packed C structure or union;
    None for the size when a member's type is unknown."""
    sizes = {it.name: it.size for it in known if it.kind == "type" and it.size is not None}
    bits: List[Tuple[str, int, int]] = []
    # split into top-level members; nested anonymous struct/union bodies recurse
    members: List[str] = []
    depth, cur = 0, ""
    for ch in body:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                break
        if ch == ";" and depth == 0:
            members.append(cur.strip())
            cur = ""
        else:
            cur += ch
    size_bits, total = 0, 0
    ok = True
    for member in members:
        if not ok and not is_union:
            break          # later offsets are unknown
        member = re.sub(r"#[^\n]*", "", member)
        member = re.sub(r"\b(volatile|__packed|__aligned\(\d+\))\b", "", member).strip()
        if not member:
            continue
        nested = re.match(r"(struct|union)\s*(?:__packed)?\s*\{(.*)\}\s*(\w*)", member, re.S)
        if nested:
            n_size, n_bits = c_layout(nested.group(2) + "}", nested.group(1) == "union", macros, known)
            if n_size is None:
                ok = False
                continue
            base = 0 if is_union else (size_bits + 7) // 8 * 8
            bits += [(f, b + base, w) for f, b, w in n_bits]
            width = n_size * 8
        else:
            bm = re.fullmatch(r"([\w ]+?)\s+(\w+)\s*:\s*(\d+)", member)
            am = re.fullmatch(r"(?:(struct|union)\s+)?([\w ]+?)\s+\**(\w+)\s*(?:\[([^\]]*)\])?", member)
            if bm:
                width = int(bm.group(3))
                base = 0 if is_union else size_bits
                bits.append((bm.group(2), base, width))
                if is_union:
                    total = max(total, width)
                else:
                    size_bits += width
                continue
            if not am:
                ok = False
                continue
            tname = am.group(2).strip()
            unit = C_INT_TYPES.get(tname)
            if unit is None:
                unit = sizes.get(tname)
            if unit is None:
                ok = False
                continue
            count = 1
            if am.group(4) is not None:
                if not am.group(4).strip():
                    ok = False     # a flexible array: the size depends on the call
                    continue
                count = c_eval(am.group(4), macros)
                if count is None:
                    ok = False
                    continue
            width = unit * 8 * count
            base = 0 if is_union else (size_bits + 7) // 8 * 8
            if unit in (1, 2, 4, 8) and count == 1:
                bits.append((am.group(3), base, width))
        if is_union:
            total = max(total, width)
        else:
            size_bits = (size_bits + 7) // 8 * 8 + width
    if not is_union:
        total = size_bits
    return ((total + 7) // 8 if ok else None), bits


RUST_INT = r"(0x[0-9A-Fa-f_]+|\d[\d_]*)(?:u8|u16|u32|u64|usize|i32)?"
RUST_TYPES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "u128": 16, "i8": 1, "i16": 2, "i32": 4,
              "i64": 8, "bool": 1, "__u8": 1, "__u16": 2, "__u32": 4, "__u64": 8,
              "AlignedU128": 16}


def rust_int(text: str) -> Optional[int]:
    text = text.strip().replace("_", "")
    m = re.fullmatch(r"(0x[0-9A-Fa-f]+|\d+)(?:u8|u16|u32|u64|usize|i32)?", text)
    if m:
        return int(m.group(1), 0)
    m = re.fullmatch(r"(\d+)\s*<<\s*(\d+)", text)
    if m:
        return int(m.group(1)) << int(m.group(2))
    return None


def rust_array(ftype: str) -> Optional[int]:
    """Bytes of a (nested) array of integers: [u8; 3usize], [[u8; 24]; 10]."""
    m = re.fullmatch(r"\[(.+);\s*(\d+)(?:usize)?\]", ftype.strip())
    if not m:
        return None
    inner = RUST_TYPES.get(m.group(1).strip())
    if inner is None:
        inner = rust_array(m.group(1))
    return None if inner is None else inner * int(m.group(2))


def scan_rust(project: str, path: str, text: str) -> List[Item]:
    items: List[Item] = []
    lines = text.split("\n")
    module = ""
    bindgen_sizes: Dict[str, int] = {
        m.group(1): int(m.group(3)) for m in re.finditer(
            r'\["Size of (\w+)"\]\s*\[::std::mem::size_of::<(\w+)>\(\) - (\d+)usize\]', text)}
    i = 0
    pending_attr: List[str] = []
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        s = line.strip()
        mm = re.match(r"pub mod (\w+)\s*\{", s)
        if mm and not line.startswith(" "):
            module = mm.group(1)
        elif line.startswith("}"):
            module = ""
        if s.startswith("#["):
            pending_attr.append(s)
            i += 1
            continue
        cm = re.match(r"pub const (\w+):\s*([\w:]+)\s*=\s*(.+?);", s)
        if cm:
            name, typ, expr = cm.groups()
            value = rust_int(expr)
            sm = re.fullmatch(r"Self\((.+)\)", expr.strip())
            if value is None and sm:
                value = rust_int(sm.group(1))
            if "_" in name and typ not in RUST_TYPES and re.match(r"[a-z]", name):
                # bindgen enumerator: <enum type>_<ENUMERATOR>
                enum = typ
                if name.startswith(enum + "_"):
                    items.append(Item(project, path, name, "enumerator", value,
                                      enum=enum, line=lineno))
                    pending_attr = []
                    i += 1
                    continue
            items.append(Item(project, path, name, "macro", value, module=module, line=lineno))
            pending_attr = []
            i += 1
            continue
        tm = re.match(r"pub type (\w+) = ", s)
        if tm:
            items.append(Item(project, path, tm.group(1), "type", module=module, line=lineno))
            pending_attr = []
            i += 1
            continue
        em = re.match(r"pub enum (\w+)(?::\s*\w+)?\s*\{", s)
        hm = re.match(r"(hv_error!)\s*\{", s)
        rm = re.match(r"registers!\s*\{", s) and i + 1 < len(lines) and \
            re.match(r"\s*(\w+)\s*\{", lines[i + 1])
        if rm:
            em = rm          # OpenVMM's registers! { Name { Variant = value, ... } }
            i += 1
        if em or hm:
            enum = em.group(1) if em else "HvError"
            if em:
                items.append(Item(project, path, enum, "type", module=module, line=lineno))
            j = i + 1
            depth = 1
            while j < len(lines) and depth > 0:
                t = lines[j].strip()
                depth += t.count("{") - t.count("}")
                vm = re.match(r"(\w+)\s*=\s*(" + RUST_INT + r")\s*,?$", t)
                if vm and depth >= 1:
                    items.append(Item(project, path, f"{enum}::{vm.group(1)}", "enumerator",
                                      rust_int(vm.group(2)), enum=enum, module=module, line=j + 1))
                j += 1
            pending_attr = []
            i = j
            continue
        sm = re.match(r"pub (struct|union) (\w+)\s*(\(|\{|;)", s)
        if sm:
            name = sm.group(2)
            item = Item(project, path, f"{module}::{name}" if module else name, "type",
                        module=module, line=lineno)
            items.append(item)
            bitfield = next((re.search(r"bitfield\((u\d+)", a) for a in pending_attr
                             if "bitfield(" in a), None)
            if name in bindgen_sizes:
                item.size = bindgen_sizes[name]
            if sm.group(3) == "{":
                j = i + 1
                bit = 0
                width_attr: Optional[int] = None
                offset = 0
                size_ok = True
                while j < len(lines) and not lines[j].strip().startswith("}"):
                    t = re.sub(r"\s*//.*", "", lines[j]).strip()
                    wm = re.match(r"#\[bits\((\d+)\)\]", t)
                    if wm:
                        width_attr = int(wm.group(1))
                    fm = re.match(r"(?:pub(?:\(crate\))? )?(\w+):\s*(.+?),?$", t)
                    if fm and not t.startswith("#") and not t.startswith("//"):
                        fname, ftype = fm.group(1), fm.group(2).rstrip(",").strip()
                        if bitfield:
                            w = width_attr if width_attr is not None else (
                                1 if ftype == "bool" else RUST_TYPES.get(ftype, 0) * 8)
                            item.bits.append((fname, bit, w))
                            bit += w
                        else:
                            unit = RUST_TYPES.get(ftype)
                            unit = unit if unit is not None else rust_array(ftype)
                            if unit is None:
                                size_ok = False
                            elif size_ok:
                                item.bits.append((fname, offset * 8, unit * 8))
                                offset += unit
                        width_attr = None
                    j += 1
                if bitfield:
                    item.size = int(bitfield.group(1)[1:]) // 8
                elif item.size is None and size_ok and any("repr(C" in a for a in pending_attr):
                    item.size = offset
            pending_attr = []
            i += 1
            continue
        if s and not s.startswith("//"):
            pending_attr = []
        i += 1
    return items


def scan(project: str, roots: List[Path]) -> List[Item]:
    items: List[Item] = []
    for rel in PROJECT_FILES[project]:
        found = [root / rel for root in roots if (root / rel).is_file()]
        if not found:
            print(f"warning: {project}: {rel} is in no snapshot given", file=sys.stderr)
            continue
        text = found[0].read_text(errors="replace")
        items += scan_c(project, rel, text) if rel.endswith(".h") else scan_rust(project, rel, text)
    return items


# --------------------------------------------------------------------------
# matching


@dataclass
class Match:
    name: str        # hvref entity
    item: Item
    how: str         # call, status, msr, cpuid, bit, type, enumerator


@dataclass
class Disagreement:
    entity: str
    item: Item
    what: str        # value, size, bits
    hvref: str
    theirs: str


def tokens(name: str) -> set:
    return set(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower().split("_")) - {""}


def best(names: List[str], alias: str) -> Optional[str]:
    """Of hvref's names for one value, the one sharing most words with the
    alias (its enumeration's architecture counts as a word); None when the
    alias belongs to one architecture and every name to the other."""
    theirs = tokens(alias.split("::")[-1])
    arch = {a for a in ("x64", "arm64") if a in alias.lower()}
    other = {"x64": "arm64", "arm64": "x64"}
    fit = [n for n in names if not any(other[a] in n.lower() for a in arch)] if len(arch) == 1 else names
    if not fit:
        return None
    return max(fit, key=lambda n: (len(tokens(n) & theirs) + len(tokens(n) & arch), -fit.index(n)))


def type_targets(h: Hvref, item: Item) -> List[str]:
    """hvref's types for a project's type (most have one or none)."""
    name = item.name.split("::")[-1]
    known = TYPE_ALIASES.get((item.project, name))
    if known:
        return [t for t in ((known,) if isinstance(known, str) else known) if t in h.names]
    one = type_target(h, item)
    return [one] if one else []


def type_target(h: Hvref, item: Item) -> Optional[str]:
    name = item.name.split("::")[-1]
    if (item.project, name) in TYPE_ALIASES:
        known = TYPE_ALIASES[(item.project, name)]
        return known if isinstance(known, str) else known[0]
    if item.note and item.note in h.names:
        return item.note
    base = re.sub(r"(X64)$", "", name)
    candidates = [norm(base), "hv" + norm(base)]
    if item.project == "openvmm" and item.module == "hypercall":
        candidates.insert(0, "hvinput" + norm(base))
        if base.endswith("Output"):
            candidates.insert(0, "hvoutput" + norm(base[:-6]))
    for key in candidates:
        if key in h.types:
            return h.types[key]
    return None


def match_all(h: Hvref, items: List[Item]) -> Tuple[List[Match], List[Disagreement]]:
    matches: List[Match] = []
    bad: List[Disagreement] = []
    enum_map: Dict[Tuple[str, str, str], str] = {}
    for it in items:
        if it.kind != "type":
            continue
        for target in type_targets(h, it):
            if target:
                matches.append(Match(target, it, "type"))
                enum_map[(it.project, it.path, it.name)] = target
                hs = h.sizes.get(target)
                if hs is not None and it.size is not None and hs != it.size and it.size != 0:
                    bad.append(Disagreement(target, it, "size", str(hs), str(it.size)))
                if (it.project, it.name.split("::")[-1]) not in NO_FIELD_COMPARE:
                    bad += compare_bits(h, target, it)
    for it in items:
        n = it.name
        v = it.value
        if (it.project, n) in NOT_SAME:
            entity = NOT_SAME[(it.project, n)]
            bad.append(Disagreement(entity, it, "name", f"another name for {v:#x}", n))
            continue
        if it.kind == "enumerator" and re.search(r"(MAXIMUM|_MAX|_COUNT|INVALID)$", n.upper()):
            continue       # bounds of an enumeration, not values of the interface
        if it.kind == "enumerator":
            target_enum = next((t for (p, _, name), t in enum_map.items()
                                if p == it.project and name == it.enum), None)
            if it.enum == "HvError" and v in h.status:
                matches.append(Match(best(h.status[v], n), it, "status"))
            elif target_enum == "HV_CALL_CODE" and v in h.calls:
                matches.append(Match(h.calls[v], it, "call"))
            elif target_enum and target_enum in h.enums and v in h.enums[target_enum]:
                chosen = best(h.enums[target_enum][v], n)
                if chosen:
                    matches.append(Match(chosen, it, "enumerator"))
            continue
        if it.kind != "macro" or v is None:
            continue
        if (it.project, n) in MACRO_ALIASES:
            for target in MACRO_ALIASES[(it.project, n)]:
                if target in h.macros:
                    matches.append(Match(target, it, "macro"))
                    if h.macros[target] != v:
                        bad.append(Disagreement(target, it, "value", hex(h.macros[target]), hex(v)))
            continue
        upper = n.upper()
        if re.match(r"HV_?CALL_", upper) and v in h.calls:
            matches.append(Match(h.calls[v], it, "call"))
        elif upper.startswith("HV_STATUS_") and v in h.status:
            matches.append(Match(best(h.status[v], n), it, "status"))
        elif "CPUID" in upper and v in h.cpuid and not upper.endswith(("_MIN", "_MAX")):
            matches.append(Match(h.cpuid[v], it, "cpuid"))
        elif "MSR" in upper and v in h.msrs and it.path.find("arm64") < 0:
            matches.append(Match(best(h.msrs[v], n), it, "msr"))
        elif it.note or it.project in BIT_GROUPS_BY_PREFIX:
            prefix, shift = None, 0
            if it.note:
                prefix, shift_text = it.note.split("<<")
                shift = int(shift_text)
            else:
                for ours, theirs, sh in BIT_GROUPS_BY_PREFIX[it.project]:
                    if n.startswith(ours):
                        prefix, shift = theirs, sh
                        break
            if prefix:
                want = v << shift
                hits = [m for m, mv in h.macros.items() if m.startswith(prefix) and mv == want]
                if hits:
                    matches.append(Match(hits[0], it, "bit"))
                elif want and want & (want - 1) == 0 and not RESERVED.search(n):
                    layout = BIT_GROUP_TYPES.get(prefix, prefix.rstrip("_"))
                    bit = want.bit_length() - 1
                    for m, _, _, mbit, mwidth, res in h.members.get(layout, []):
                        if res and mbit is not None and mbit <= bit < mbit + mwidth:
                            bad.append(Disagreement(layout, it, "reserved", f"{m} {mbit + mwidth - 1}:{mbit}",
                                                    f"{n} {bit}:{bit}"))
        # same name, other value
        if n in h.macros and h.macros[n] != v and not n.startswith("HV_X64_MSR_CRASH_PARAMS"):
            bad.append(Disagreement(n, it, "value", hex(h.macros[n]), hex(v)))
    for it in items:
        if it.kind == "enumerator" and it.name in h.enumerators and it.value is not None \
                and h.enumerators[it.name] != it.value:
            bad.append(Disagreement(it.name, it, "value", hex(h.enumerators[it.name]), hex(it.value)))
    # a call or status name of hvref's spelling (case, `_` and the prefix
    # ignored) at another value
    by_name: Dict[str, Tuple[str, int]] = {norm(name): (name, code) for code, name in h.calls.items()}
    for value, names in h.status.items():
        for name in names:
            by_name[norm(name)] = (name, value)
    for it in items:
        if it.kind not in ("macro", "enumerator") or it.value is None:
            continue
        key = norm(it.name.split("::")[-1])
        if it.enum == "HvError":
            key = "hvstatus" + key
        elif key.startswith("hvcall") and not it.name.startswith("HvCall"):
            key = "hvcall" + key[len("hvcall"):]
        if key in by_name and by_name[key][1] != it.value and \
                (key.startswith(("hvcall", "hvextcall", "hvstatus"))):
            bad.append(Disagreement(by_name[key][0], it, "value", hex(by_name[key][1]), hex(it.value)))
    return matches, bad


RESERVED = re.compile(r"reserved|^_?(rsvd|padding|pad|mbz|res\b|res\d|preserved|unused)", re.I)
# Whole-value views of a union (normalised names): AsUINT64, as_u64, and the
# halves LowUINT32 / high_uint32, which name bytes, not fields.
WHOLE_VIEW = re.compile(r"asu|(low|high)uint\d+$")


def compare_bits(h: Hvref, target: str, it: Item) -> List[Disagreement]:
    """Fields of the same name (case and `_` ignored) at another bit range."""
    out: List[Disagreement] = []
    ours = {norm(m): (m, off, size, bit, width) for m, off, size, bit, width, _ in h.members.get(target, [])}
    if it.size == 16 and it.bits:
        # a 128-bit CPUID result: hvref has a union per register
        # (TYPE_EAX ... TYPE_EDX); compare each 32-bit quarter with its own
        for n, reg in enumerate(("EAX", "EBX", "ECX", "EDX")):
            quarter = [(f, b - 32 * n, w) for f, b, w in it.bits if 32 * n <= b < 32 * (n + 1)]
            part = f"{target}_{reg}"
            if part in h.members and quarter:
                sub = Item(it.project, it.path, it.name, "type", bits=quarter, line=it.line)
                out += compare_bits(h, part, sub)
    if not ours or not it.bits:
        return out
    # a field one side names where the other has only reserved bits
    spans = []
    for m, off, size, bit, width, res in h.members.get(target, []):
        if bit is None and off is not None and size is not None:
            bit, width = off * 8, size * 8
        if bit is not None and not WHOLE_VIEW.match(norm(m)):
            spans.append((m, bit, width, bool(res)))
    # A member that contains another is a union's other view of the same
    # bytes (the VP assist page's whole-page padding beside its fields), not
    # a field of its own.
    spans = [s for s in spans
             if not any(t[2] < s[2] and s[1] <= t[1] and t[1] + t[2] <= s[1] + s[2]
                        for t in spans)]
    for fname, bit, width in it.bits:
        theirs_reserved = RESERVED.search(fname) is not None
        if WHOLE_VIEW.match(norm(fname)):
            continue
        for m, obit, owidth, ours_reserved in spans:
            if obit < bit + width and bit < obit + owidth and theirs_reserved != ours_reserved \
                    and (theirs_reserved and obit >= bit and obit + owidth <= bit + width
                         or ours_reserved and bit >= obit and bit + width <= obit + owidth):
                out.append(Disagreement(target, it, "reserved",
                                        f"{m} {obit + owidth - 1}:{obit}",
                                        f"{fname} {bit + width - 1}:{bit}"))
    for fname, bit, width in it.bits:
        key = norm(fname)
        if key not in ours or key.startswith(("reserved", "rsvd", "padding")):
            continue
        m, off, size, obit, owidth = ours[key]
        if obit is None and off is not None and size is not None:
            obit, owidth = off * 8, size * 8
        if obit is None:
            continue
        if (obit, owidth) != (bit, width):
            out.append(Disagreement(target, it, "bits",
                                    f"{m} {obit + owidth - 1}:{obit}",
                                    f"{fname} {bit + width - 1}:{bit}"))
    return out


# --------------------------------------------------------------------------
# aliases.csv and errata.csv


def read_rows(path: Path) -> List[Dict[str, str]]:
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def own_name(it: Item) -> str:
    """The part of a project's name that is its own: the variant of an
    OpenVMM `Type::Value`, the C enumerator of a bindgen constant
    (`hv_message_type_HVMSG_NONE` is HVMSG_NONE). A name whose own part is
    hvref's spelling needs no row."""
    name = it.name.split("::")[-1]
    if it.kind == "enumerator" and it.enum and name.startswith(it.enum + "_"):
        name = name[len(it.enum) + 1:]
    return name


def proposals(h: Hvref, matches: List[Match], rows: List[Dict[str, str]]) -> List[Tuple[str, str, str, str]]:
    # A row on either architecture's variant (HV_X64_INPUT_X) covers the
    # TLFS name a project's comment gives (HV_INPUT_X, the target's).
    variant_of = {}
    for name in h.names:
        for arch, _ in cat.ARCHITECTURES:
            variant_of[cat.arch_variant(name, arch)] = name
    have = {(variant_of.get(r["name"], r["name"]), r["alias"], r["kind"]) for r in rows}
    have |= {(r["name"], r["alias"], r["kind"]) for r in rows}
    have_alias = {(r["name"], norm(r["alias"]), r["kind"]) for r in rows}
    out: List[Tuple[str, str, str, str]] = []
    seen = set()
    for m in matches:
        it = m.item
        if norm(own_name(it)) == norm(m.name):
            continue
        if (m.name, it.name, it.project) in have or (m.name, norm(it.name), it.project) in have_alias:
            continue
        key = (m.name, norm(it.name), it.project)
        if key in seen:
            continue
        seen.add(key)
        out.append((m.name, it.name, it.project, f"{it.project}:{it.path}"))
    return out


def check_rows(rows: List[Dict[str, str]], snapshots: Dict[str, List[Path]], h: Hvref) -> List[str]:
    problems = []
    for n, row in enumerate(rows, start=2):
        if row["kind"] not in KINDS:
            continue
        project, _, rel = row["source"].partition(":")
        where = f"references/aliases.csv:{n}"
        if project != row["kind"]:
            problems.append(f"{where}: source '{row['source']}' is not a {row['kind']} file")
            continue
        if not snapshots.get(project):
            continue       # that project's snapshot was not given: not checked
        files = [root / rel for root in snapshots.get(project, []) if (root / rel).is_file()]
        if not files:
            problems.append(f"{where}: {row['source']} is in no {project} snapshot given")
            continue
        parts = row["alias"].split("::")
        if not any(all(re.search(r"(?<![\w])" + re.escape(part) + r"(?![\w])", text) for part in parts)
                   for text in (f.read_text(errors="replace") for f in files)):
            problems.append(f"{where}: {row['alias']} does not occur in {row['source']}")
        if row["name"] not in h.names and row["name"] not in h.calls.values():
            problems.append(f"{where}: hvref does not define {row['name']}")
    return problems


def recorded(bad: Disagreement, errata: List[Dict[str, str]]) -> Optional[str]:
    """The id of the errata.csv row that records this disagreement: about this
    entity (and member), citing this project's file with the project's value."""
    current = None
    member = bad.hvref.split()[0] if bad.what == "bits" else ""
    for row in errata:
        if row["entity"]:
            current = row
        if current is None or bad.entity not in current["entity"].split() or \
                row["citation"] != f"{bad.item.project}:{bad.item.path}":
            continue
        if bad.what == "name" and row["value"] != bad.theirs.split("::")[-1]:
            continue
        if bad.what == "size" and (current["kind"] != "size" or current["field"]
                                   or row["value"] != bad.theirs):
            continue
        if bad.what == "bits" and current["field"] != member:
            continue
        if bad.what == "value" and current["kind"] not in ("value", "code"):
            continue
        if bad.what == "reserved":
            ours, theirs = bad.hvref.split()[0], bad.theirs.split()[0]
            bits = bad.theirs.split()[1].split(":")
            field_bits = re.fullmatch(r"bits? (\d+)(?::(\d+))?", current["field"])
            in_field = field_bits and int(field_bits.group(2) or field_bits.group(1)) <= int(bits[1]) \
                and int(bits[0]) <= int(field_bits.group(1))
            if row["value"] != theirs and current["field"] != ours and not in_field:
                continue
        return current["id"]
    return None


def main(argv: List[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--linux", action="append", type=Path, default=[], help="a Linux tree (repeatable)")
    p.add_argument("--openvmm", action="append", type=Path, default=[], help="an OpenVMM tree")
    p.add_argument("--mshv", action="append", type=Path, default=[], help="a rust-vmm/mshv tree")
    p.add_argument("--check", action="store_true", help="check aliases.csv and report disagreements")
    p.add_argument("--root", type=Path, default=ROOT, help="the hvref repository (default: this one)")
    args = p.parse_args(argv)
    snapshots = {"linux": args.linux, "openvmm": args.openvmm, "mshv": args.mshv}
    if not any(snapshots.values()):
        p.error("give at least one snapshot")
    h = load_hvref(args.root)
    items: List[Item] = []
    for project in KINDS:
        if snapshots[project]:
            items += scan(project, snapshots[project])
    matches, bad = match_all(h, items)
    rows = read_rows(args.root / "references/aliases.csv")
    if not args.check:
        w = csv.writer(sys.stdout, lineterminator="\n")
        for row in proposals(h, matches, rows):
            w.writerow(row)
        return 0
    errata = read_rows(args.root / "references/errata.csv")
    problems = check_rows(rows, {k: v for k, v in snapshots.items() if v}, h)
    for line in problems:
        print(line)
    unrecorded = 0
    seen = set()
    for d in bad:
        key = (d.entity, d.item.project, d.item.path, d.what, d.theirs)
        if key in seen:
            continue
        seen.add(key)
        eid = recorded(d, errata)
        unrecorded += eid is None
        print(f"{d.item.project}:{d.item.path}:{d.item.line}: {d.item.name}: {d.what} {d.theirs}, "
              f"hvref {d.entity} {d.hvref} ({eid or 'NOT IN errata.csv'})")
    matched_items = {id(m.item) for m in matches}
    for project in KINDS:
        absent = sorted({f"{it.name}={it.value:#x}" for it in items
                         if it.project == project and id(it) not in matched_items
                         and it.value is not None and it.kind in ("macro", "enumerator")
                         and re.match(r"(HV_?CALL_|HvCall|HvExtCall|HypercallCode::|HV_STATUS_|HvError::|"
                                      r"HV_X64_MSR_|HYPERV_CPUID_|HV_CPUID_FUNCTION_)",
                                      it.name)
                         and not re.search(r"_(ENABLE|SHIFT|MASK|PARAMS|MIN|MAX|BIT)$", it.name)})
        if absent:
            print(f"not defined by hvref ({project}): " + " ".join(absent))
    missing = proposals(h, matches, rows)
    for row in missing:
        print("missing row: " + ",".join(row))
    counts: Dict[Tuple[str, str], int] = {}
    for m in matches:
        counts[(m.item.project, m.how)] = counts.get((m.item.project, m.how), 0) + 1
    print("matched: " + ", ".join(f"{p} {k} {n}" for (p, k), n in sorted(counts.items())))
    return 1 if problems or unrecorded or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
