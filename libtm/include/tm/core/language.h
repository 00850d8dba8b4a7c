// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"

#include <QList>
#include <QString>

namespace terjime::core {

// The languages the workbench understands. Turkmen is written in Latin script today; TurkmenCyrillic is legacy
// text (before 1993-2000) that is matched through transliteration.
enum class Language { Turkmen, TurkmenCyrillic, Russian, English };

// A parsed BCP 47 language tag restricted to the languages above. Parsing accepts any case, '_' or '-' as the
// separator, and region or encoding suffixes ("tk_TM.UTF-8", "EN-us", "ru-RU"); "tk-Cyrl" selects the Cyrillic
// Turkmen script.
class LanguageTag {
public:
    explicit LanguageTag(Language language) : m_language(language) {}

    static Result<LanguageTag> parse(const QString &text);
    static QList<LanguageTag> supported();
    // "tk, tk-Cyrl, ru, en": for error messages.
    static QString supportedList();

    Language language() const { return m_language; }
    // Canonical tag: "tk", "tk-Cyrl", "ru" or "en".
    QString code() const;
    // The ICU locale id to use for break iteration, case mapping and collation ("tk", "ru", "en").
    QByteArray icuLocale() const;
    bool isTurkmen() const { return m_language == Language::Turkmen || m_language == Language::TurkmenCyrillic; }

    friend bool operator==(LanguageTag a, LanguageTag b) { return a.m_language == b.m_language; }

private:
    Language m_language;
};

} // namespace terjime::core
