#!/usr/bin/env python3
"""Builds tests/kernel/ as an out-of-tree Linux kernel module with Kbuild.

The module includes <hvref/hvref.h> and builds one hypercall input; it is
built against Debian's kernel headers (the package linux-headers-amd64,
installed by scripts/setup) with W=1 and -Werror, and never loaded. Kbuild
writes into the module's directory, so the sources are copied into
BUILD/kernel-module/ first.

The headers are found from the package, never from `uname -r` (in a chroot
or a container the running kernel is not the one whose headers are
installed): linux-headers-amd64 depends on exactly one
linux-headers-<version>-amd64, whose files are in /usr/src/ under that name.
--kdir overrides it. A missing package or directory fails, naming the
package to install; nothing is skipped.

Usage: build_module.py --root REPO --build DIR [--kdir KERNEL_HEADERS]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = "linux-headers-amd64"
INSTALL = f"apt-get install {PACKAGE} make (scripts/setup installs both)"


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def headers_from_package() -> Path | str:
    """The kernel headers directory of the installed linux-headers-amd64, or
    the reason there is none."""
    if shutil.which("dpkg-query") is None:
        return f"dpkg-query not found: this test needs Debian's {PACKAGE}, or --kdir"
    query = subprocess.run(["dpkg-query", "-W", "-f=${Status}\t${Depends}\n", PACKAGE],
                           capture_output=True, text=True)
    status, _, depends = query.stdout.partition("\t")
    if query.returncode != 0 or "ok installed" not in status:
        return f"Debian's kernel headers are not installed: {INSTALL}"
    names = re.findall(r"(linux-headers-[\w.+~-]+-amd64)\b", depends)
    if len(names) != 1:
        return (f"cannot tell which kernel headers {PACKAGE} depends on "
                f"(Depends: {depends.strip()!r}); pass --kdir")
    kdir = Path("/usr/src") / names[0]
    if not (kdir / "Makefile").is_file():
        return (f"{kdir}/Makefile is missing although {PACKAGE} is installed: "
                f"apt-get install --reinstall {names[0]}")
    return kdir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--kdir", type=Path, help="kernel headers (default: from the package)")
    args = parser.parse_args()

    if args.kdir is not None:
        if not (args.kdir / "Makefile").is_file():
            return fail(f"{args.kdir} has no Makefile: not a kernel headers directory")
        kdir = args.kdir
    else:
        found = headers_from_package()
        if isinstance(found, str):
            return fail(found)
        kdir = found
    if shutil.which("make") is None:
        return fail(f"make not found: {INSTALL}")

    source = args.root / "tests" / "kernel"
    module = args.build / "kernel-module"
    shutil.rmtree(module, ignore_errors=True)
    module.mkdir(parents=True)
    for path in sorted(source.iterdir()):
        if path.name == "Kbuild" or path.suffix in (".c", ".h"):
            shutil.copy2(path, module / path.name)

    include = (args.root / "include").resolve()
    command = ["make", "-C", str(kdir), f"M={module.resolve()}", "W=1",
               f"HVREF_INCLUDE={include}", "modules"]
    print("+", " ".join(command), flush=True)
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(result.stdout, end="")
    if result.returncode != 0:
        return fail(f"the kernel module does not build against {kdir} (above)")
    # -Werror covers the compiler; modpost and the linker warn in their own
    # words, and none of theirs is acceptable either.
    warnings = [line for line in result.stdout.splitlines() if re.search(r"\bwarning\b", line, re.I)]
    if warnings:
        return fail(f"Kbuild warned building the module:\n" + "\n".join(warnings))
    built = module / "hvref_kmod.ko"
    if not built.is_file():
        return fail(f"make succeeded but {built} is missing")
    print(f"kernel module: built {built.name} against {kdir} with W=1 -Werror")
    return 0


if __name__ == "__main__":
    sys.exit(main())
