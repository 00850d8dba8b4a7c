// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: translation units in a line, from (language, text) pairs.
#pragma once

#include "tm/core/translation_unit.h"

#include <QString>

#include <initializer_list>
#include <utility>

inline terjime::core::TranslationUnit makeUnit(std::initializer_list<std::pair<QString, QString>> variants,
                                               const QString &id = {})
{
    terjime::core::TranslationUnit unit;
    unit.id = id;
    for (const auto &[language, text] : variants) {
        terjime::core::Variant variant;
        variant.language = language;
        variant.segment.text = text;
        unit.variants.append(variant);
    }
    return unit;
}
