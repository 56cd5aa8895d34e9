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

#include <stddef.h>
#include <stdint.h>

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

/** \} */

#endif /* HVREF_PLATFORM_H */
