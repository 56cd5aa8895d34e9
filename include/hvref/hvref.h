/* SPDX-License-Identifier: MIT */
/**
 * \file
 * \brief Umbrella header: includes every hvref header.
 *
 * hvref defines the interface of the Microsoft hypervisor as the Hypervisor
 * Top Level Functional Specification (TLFS) describes it, with the spec's own
 * names. Each header covers one area of the TLFS and can also be included on
 * its own.
 */
#ifndef HVREF_HVREF_H
#define HVREF_HVREF_H

#include "platform.h"
#include "datatypes.h"
#include "status.h"
#include "msr.h"
#include "feature_discovery.h"
#include "hypercall_interface.h"
#include "call_codes.h"
#include "virtual_mmu.h"
#include "inter_partition_communication.h"
#include "timers.h"
#include "virtual_interrupts.h"
#include "registers.h"
#include "virtual_processors.h"
#include "virtual_processor_state.h"
#include "scheduler.h"

#endif /* HVREF_HVREF_H */
