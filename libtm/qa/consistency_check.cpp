// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency_check.h"

#include "tm/qa/rules.h"
#include "tm/store/tm_store.h"
#include "tm/text/match_tokens.h"

namespace terjime::qa {

namespace {

using core::N_;

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
            texts.append(variant->segment.text.simplified());
    }
    return texts;
}

} // namespace

core::Status ConsistencyCheck::check(const QString &unitId, const Pair &pair, FindingSink &sink)
{
    const QString &source = pair.sourceSimplified;
    const QString &target = pair.targetSimplified;
    if (source.isEmpty() || target.isEmpty())
        return core::Done{};
    const QString language = text::primaryLanguage(pair.targetTag);
    if (sink.enabled(rule::kInconsistentTarget)) {
        const QString key = language + u'\n' + source;
        const auto first = m_translationOf.constFind(key);
        if (first == m_translationOf.constEnd())
            m_translationOf.insert(key, FirstSeen{unitId, target});
        else if (first->otherText != target)
            sink.add(rule::kInconsistentTarget, pair.targetTag, N_("Unit %1 translates the same source as “%2”."),
                     {first->unitId, first->otherText}, {});
    }
    if (sink.enabled(rule::kInconsistentSource)) {
        const QString key = language + u'\n' + target;
        const auto first = m_sourceOf.constFind(key);
        if (first == m_sourceOf.constEnd())
            m_sourceOf.insert(key, FirstSeen{unitId, source});
        else if (first->otherText != source)
            sink.add(rule::kInconsistentSource, pair.targetTag,
                     N_("Unit %1 gives the same translation to another source: “%2”."),
                     {first->unitId, first->otherText}, {});
    }
    if (m_memory)
        return checkAgainstMemory(pair, sink);
    return core::Done{};
}

core::Status ConsistencyCheck::checkAgainstMemory(const Pair &pair, FindingSink &sink)
{
    // The memory stores texts as written: look them up so, compare them collapsed.
    if (sink.enabled(rule::kInconsistentTarget)) {
        auto translations = memoryCounterparts(*m_memory, pair.sourceTag, pair.source, pair.targetTag);
        if (!translations)
            return translations.error();
        if (!translations->isEmpty() && !translations->contains(pair.targetSimplified))
            sink.add(rule::kInconsistentTarget, pair.targetTag, N_("The memory translates the same source as “%1”."),
                     {translations->first()}, {});
    }
    if (sink.enabled(rule::kInconsistentSource)) {
        auto sources = memoryCounterparts(*m_memory, pair.targetTag, pair.target, pair.sourceTag);
        if (!sources)
            return sources.error();
        if (!sources->isEmpty() && !sources->contains(pair.sourceSimplified))
            sink.add(rule::kInconsistentSource, pair.targetTag,
                     N_("The memory has the same translation for another source: “%1”."), {sources->first()}, {});
    }
    return core::Done{};
}

} // namespace terjime::qa
