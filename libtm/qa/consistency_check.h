// SPDX-License-Identifier: GPL-3.0-or-later
// Consistency of translations (rules inconsistent-target, inconsistent-source): across the units checked so far and
// against a reference memory.
#pragma once

#include "finding_sink.h"

#include "tm/core/result.h"

#include <QHash>
#include <QString>

namespace terjime::store {
class TmStore;
}

namespace terjime::qa {

// Remembers, per target language, the first translation of each source text and the first source of each
// translation. Texts are compared with white space runs collapsed, letter case kept (a change of case is a change
// of translation).
class ConsistencyCheck {
public:
    explicit ConsistencyCheck(store::TmStore *referenceMemory) : m_memory(referenceMemory) {}

    // A source and a target: the variants' tags and texts as written, and the texts with white space runs
    // collapsed (QString::simplified), which is how they are compared. The checker collapses each text once and
    // shares it with the untranslated check.
    struct Pair {
        const QString &sourceTag;
        const QString &source;
        const QString &sourceSimplified;
        const QString &targetTag;
        const QString &target;
        const QString &targetSimplified;
    };

    // Compares one source/target pair with what came before and with the memory, then remembers it.
    core::Status check(const QString &unitId, const Pair &pair, FindingSink &sink);

private:
    struct FirstSeen {
        QString unitId;
        QString otherText; // the translation of a source, or the source of a translation
    };
    core::Status checkAgainstMemory(const Pair &pair, FindingSink &sink);

    store::TmStore *m_memory = nullptr;
    QHash<QString, FirstSeen> m_translationOf; // target language + '\n' + source text → first translation
    QHash<QString, FirstSeen> m_sourceOf;      // target language + '\n' + target text → first source
};

} // namespace terjime::qa
