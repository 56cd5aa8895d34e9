/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Project plumbing shared by every hvref header: static assertions,
 *        alignment and architecture detection.
 *
 * Nothing here is part of the TLFS. Every name is prefixed with `HVREF_` so
 * that it can never collide with a definition from the user's environment
 * (Windows SDK, Linux kernel, EDK II, ...).
 */
#ifndef HVREF_PLATFORM_H
#define HVREF_PLATFORM_H

/*
 * Where UINT8 ... INT64 come from (datatypes.h declares them); see the
 * hvref_scalar_types group there and README.md, "Using the headers":
 *   HVREF_SCALAR_TYPES_DEFINED: the environment declares them; no header
 *     is included, from any C library or any other environment;
 *   a Linux kernel build (__KERNEL__): from <linux/types.h> (u8 ... s64);
 *   otherwise: from <stdint.h>; <stddef.h> is included too, as it always was.
 * Only this block includes anything from outside hvref.
 */
#if defined(HVREF_SCALAR_TYPES_DEFINED)
/* Nothing to include. */
#elif defined(__KERNEL__) && defined(__linux__)
#include <linux/types.h>
#else
#include <stddef.h>
#include <stdint.h>
#endif

/**
 * \defgroup hvref_platform Project plumbing
 * \brief Portability macros used by the hvref headers; not TLFS entities.
 * \{
 */

/**
 * \brief Compile-time assertion usable at file scope in C11 and later and in
 *        C++11 and later.
 *
 * Every structure in hvref is followed by an assertion of its size, so a
 * compiler whose layout rules differ from the TLFS's stops the build at the
 * definition rather than corrupting a hypercall at run time.
 */
#if defined(__cplusplus)
#define HVREF_STATIC_ASSERT(expr, msg) static_assert(expr, msg)
#else
#define HVREF_STATIC_ASSERT(expr, msg) _Static_assert(expr, msg)
#endif

/**
 * \brief Asserts that a TLFS type has the size the specification gives it.
 *
 * The message names the type so that a failing assertion reads as a layout
 * bug in that type.
 */
#define HVREF_ASSERT_SIZE(type, size) \
    HVREF_STATIC_ASSERT(sizeof(type) == (size), "sizeof(" #type ") must be " #size)

/**
 * \brief Declares the minimum alignment of a type or member, in bytes.
 *
 * Used for the few TLFS types whose natural alignment is larger than any
 * scalar's (UINT128 and the structures built from it).
 */
#if defined(__cplusplus)
#define HVREF_ALIGNAS(n) alignas(n)
#else
#define HVREF_ALIGNAS(n) _Alignas(n)
#endif

/**
 * \brief Defined to 1 when compiling for an x86 processor (x64 or 32-bit x86).
 *
 * Only code that executes an architecture's instructions depends on this;
 * the data definitions themselves are available on every architecture so that
 * debuggers and dump parsers running elsewhere can read x64 structures.
 */
#if defined(__x86_64__) || defined(_M_X64) || defined(_M_AMD64) || defined(__i386__) || defined(_M_IX86)
#define HVREF_ARCH_X86 1
#else
#define HVREF_ARCH_X86 0
#endif

/** \brief Defined to 1 when compiling for a 64-bit ARM processor. */
#if defined(__aarch64__) || defined(_M_ARM64)
#define HVREF_ARCH_ARM64 1
#else
#define HVREF_ARCH_ARM64 0
#endif

/**
 * \brief Marks an anonymous structure or union member as a compiler
 *        extension, so that no warning set reports it.
 *
 * Every register and bit layout is a union of the whole value and a nameless
 * structure of bit-fields. C11 has such members; ISO C++ has no anonymous
 * structures (GCC and Clang accept them as an extension, MSVC as well), so
 * `-Wpedantic` reports each one in C++. `__extension__` tells GCC and Clang
 * that the member is intended, in C and in C++. MSVC has no such keyword:
 * there every header that has anonymous members disables warning C4201
 * ("nameless struct/union") between `#pragma warning(push)` and
 * `#pragma warning(pop)`, as Microsoft's own headers do. Empty for other
 * compilers.
 */
#if defined(__GNUC__) || defined(__clang__)
#define HVREF_EXTENSION __extension__
#else
#define HVREF_EXTENSION
#endif

/** \} */

#endif /* HVREF_PLATFORM_H */
