// SPDX-License-Identifier: GPL-3.0-or-later
// When an incoming unit is the same as one already in the memory, and what the two become. Every backend applies
// this policy, so that importing the same file twice adds nothing, and re-importing an export changes nothing.
#pragma once

#include "tm/core/translation_unit.h"

namespace terjime::store {

// An incoming unit merges into an existing one when
//   - they share at least one variant: same language tag (case-insensitive) and the same segment (text and codes);
//   - every language tag present in both has the same segments in both (a different translation is kept as a unit
//     of its own, an alternative translation, never overwritten);
//   - their document contexts (the prev/next properties) agree where both have one.
// Unit ids (tuid) do not decide: ids from different files collide ("1", "2", …) and would merge unrelated units.
bool shouldMerge(const core::TranslationUnit &existing, const core::TranslationUnit &incoming);

// The existing unit with what the incoming one adds: variants in languages it lacked (in the incoming order),
// properties and notes it did not have (at unit and variant level), attributes whose names it did not have. Nothing
// the existing unit held is changed or removed; its id stays.
core::TranslationUnit mergeUnits(const core::TranslationUnit &existing, const core::TranslationUnit &incoming);

} // namespace terjime::store
