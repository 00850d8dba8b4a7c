// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency_check.h"

#include "tm/qa/rules.h"
#include "tm/store/tm_store.h"
#include "tm/text/match_tokens.h"

namespace terjime::qa {

namespace {

using core::N_;

QString comparable(const QString &text)
{
    return text.simplified();
}

// The texts that the memory's units hold in `want` (a primary language), for the units whose text in `have` is
// exactly `text`.
core::Result<QStringList> memoryCounterparts(store::TmStore &memory, const QString &have, const QString &text,
                                             const QString &want)
{
    auto keys = memory.exactCandidates(text::primaryLanguage(have), text);
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return QStringList{};
    auto units = memory.units(*keys);
    if (!units)
        return units.error();
    QStringList texts;
    for (const store::StoredUnit &stored : std::as_const(*units)) {
        if (const core::Variant *variant = stored.unit.variant(text::primaryLanguage(want)))
            texts.append(comparable(variant->segment.text));
    }
    return texts;
}

} // namespace

core::Status ConsistencyCheck::check(const QString &unitId, const QString &sourceTag, const QString &sourceText,
                                     const QString &targetTag, const QString &targetText, FindingSink &sink)
{
    const QString source = comparable(sourceText);
    const QString target = comparable(targetText);
    if (source.isEmpty() || target.isEmpty())
        return core::Done{};
    const QString language = text::primaryLanguage(targetTag);
    if (sink.enabled(rule::kInconsistentTarget)) {
        const auto first = m_translationOf.constFind(language + u'\n' + source);
        if (first == m_translationOf.constEnd())
            m_translationOf.insert(language + u'\n' + source, FirstSeen{unitId, target});
        else if (first->otherText != target)
            sink.add(rule::kInconsistentTarget, targetTag, N_("Unit %1 translates the same source as “%2”."),
                     {first->unitId, first->otherText}, {});
    }
    if (sink.enabled(rule::kInconsistentSource)) {
        const auto first = m_sourceOf.constFind(language + u'\n' + target);
        if (first == m_sourceOf.constEnd())
            m_sourceOf.insert(language + u'\n' + target, FirstSeen{unitId, source});
        else if (first->otherText != source)
            sink.add(rule::kInconsistentSource, targetTag,
                     N_("Unit %1 gives the same translation to another source: “%2”."),
                     {first->unitId, first->otherText}, {});
    }
    if (m_memory)
        return checkAgainstMemory(sourceTag, sourceText, targetTag, targetText, sink);
    return core::Done{};
}

core::Status ConsistencyCheck::checkAgainstMemory(const QString &sourceTag, const QString &source,
                                                  const QString &targetTag, const QString &target, FindingSink &sink)
{
    if (sink.enabled(rule::kInconsistentTarget)) {
        auto translations = memoryCounterparts(*m_memory, sourceTag, source, targetTag);
        if (!translations)
            return translations.error();
        if (!translations->isEmpty() && !translations->contains(comparable(target)))
            sink.add(rule::kInconsistentTarget, targetTag, N_("The memory translates the same source as “%1”."),
                     {translations->first()}, {});
    }
    if (sink.enabled(rule::kInconsistentSource)) {
        auto sources = memoryCounterparts(*m_memory, targetTag, target, sourceTag);
        if (!sources)
            return sources.error();
        if (!sources->isEmpty() && !sources->contains(comparable(source)))
            sink.add(rule::kInconsistentSource, targetTag,
                     N_("The memory has the same translation for another source: “%1”."), {sources->first()}, {});
    }
    return core::Done{};
}

} // namespace terjime::qa
