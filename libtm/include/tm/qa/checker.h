// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of `terjime check`, unit by unit: terminology against a glossary, numbers and dates, untranslated and
// empty targets, typography, and consistency across the units checked so far and a reference memory.
#pragma once

#include "tm/core/result.h"
#include "tm/core/translation_unit.h"
#include "tm/glossary/glossary.h"
#include "tm/qa/finding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace terjime::store {
class TmStore;
}

namespace terjime::qa {

struct CheckOptions {
    // The source language (a tag: "en"). A unit's variant in this language is the source; every other variant of
    // a supported language (tk, tk-Cyrl, ru, en) is a target.
    QString sourceLanguage;
    // Targets every unit must have (target-missing otherwise). Empty: the targets are the variants a unit has.
    QStringList targetLanguages;
    // Severity per rule id, overriding the rule's default; nullopt turns the rule off.
    QHash<QString, std::optional<Severity>> severities;
    // Consistency against a memory: a unit whose source the memory holds only with other translations, or whose
    // target the memory holds only for other sources, is reported. Not owned; may be null.
    store::TmStore *referenceMemory = nullptr;
};

// The id reports give a unit: its own id, or its 0-based position in its input when it has none.
QString unitIdOf(const core::TranslationUnit &unit, qsizetype index);

// Checks units one at a time, in input order. Terminology needs the glossary; every other check works without one
// (an empty glossary turns terminology off). Consistency findings go to the later of two units that disagree, so
// a unit's findings are final when check() returns. Memory grows with the number of distinct source and target
// texts seen (for consistency), nothing else. Not thread-safe.
class Checker {
public:
    static core::Result<Checker> create(const glossary::Glossary &glossary, CheckOptions options);
    ~Checker();
    Checker(Checker &&) noexcept;
    Checker &operator=(Checker &&) noexcept;

    // The findings of one unit, in a fixed order (by target language, then rule). `index` is the unit's 0-based
    // position in its input; `where` the file and line of the unit (line 0 when unknown). A unit without a variant
    // in the source language has no source and gives no findings.
    core::Result<QList<Finding>> check(const core::TranslationUnit &unit, qsizetype index,
                                       const core::SourceLocation &where);

    // The ids of the rules that run (the rules not turned off), in allRules() order.
    QStringList enabledRules() const;

private:
    struct Impl;
    explicit Checker(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace terjime::qa
