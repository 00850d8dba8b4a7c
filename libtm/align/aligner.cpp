// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/align/aligner.h"

#include "anchors.h"
#include "dictionary_data.h"
#include "evidence.h"
#include "pair_aligner.h"
#include "reconcile.h"
#include "word_evidence.h"

#include "tm/glossary/term_recognizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace terjime::align {
namespace {

// A bare number of one or two digits (a day, a count, a list item) is common in any text: it weighs half.
constexpr float kShortNumberWeight = 0.5F;
// A cognate says less than a number or a name (anchors.h): it weighs a quarter. On NTREX-128 0.2 to 0.35 measured
// the same; 0.5 lower and 1 lower still.
constexpr float kCognateWeight = 0.25F;
// A cognate key held by more segments than this weighs under 1/32 and says next to nothing, but costs every bead
// that holds it a comparison: it is left out (on NTREX-128, 4 to 16 measured the same; tests/bench/align_speed.sh,
// whose texts repeat every 4,000 lines, took 11.4 s without the limit and 7.5 s with it).
constexpr int kCognateMostSegments = 8;

int visibleLength(const QString &text)
{
    int length = 0;
    for (QChar c : text)
        length += c.isSpace() ? 0 : 1;
    return length;
}

QStringList anchorKeys(const QString &segment, std::optional<glossary::TermRecognizer> &recognizer)
{
    QStringList keys = numberAnchors(segment) + nameAnchors(segment) + punctuationAnchors(segment);
    if (recognizer) {
        for (const glossary::TermSpan &occurrence : recognizer->locate(segment))
            keys << QStringLiteral("=") + recognizer->glossary().concepts[occurrence.conceptIndex].id;
    }
    return keys;
}

// The evidence of one text. An anchor's weight falls with the number of segments that hold it, so that a number
// or name repeated through the document does not tie any two of its sentences together.
core::Result<TextEvidence> buildEvidence(const AlignText &text, const AlignOptions &options)
{
    std::optional<glossary::TermRecognizer> recognizer;
    if (options.glossary) {
        auto created = glossary::TermRecognizer::create(*options.glossary, text.language);
        if (!created)
            return created.error();
        recognizer.emplace(std::move(*created));
    }
    QList<QStringList> keys;
    QList<QStringList> cognates;
    QHash<QString, int> segmentsHolding;
    for (const QString &segment : text.segments) {
        QStringList found = anchorKeys(segment, recognizer);
        QStringList words = cognateAnchors(segment);
        // A cognate and a name of one key are one word (conference, Conference): they share their repetitions.
        QStringList distinct = found + words;
        distinct.removeDuplicates();
        for (const QString &key : distinct)
            ++segmentsHolding[key];
        keys.append(std::move(found));
        cognates.append(std::move(words));
    }
    TextEvidence evidence;
    evidence.reserve(text.segments.size());
    for (qsizetype k = 0; k < text.segments.size(); ++k) {
        SegmentEvidence segment;
        segment.length = visibleLength(text.segments[k]);
        segment.paragraph = text.paragraphs.isEmpty() ? -1 : text.paragraphs[k];
        for (const QString &key : keys[k]) {
            // Punctuation weighs as a number does: its weight falls with the segments holding it, so a mark of
            // every sentence (a colon in a list) ties none together. (Half its weight measured lower on NTREX-128.)
            const float base = key.startsWith(u'#') && key.size() <= 3 ? kShortNumberWeight : 1.0F;
            segment.anchors.append({qHash(key, 0x7e71), base / float(segmentsHolding.value(key))});
        }
        for (const QString &key : cognates[k])
            if (segmentsHolding.value(key) <= kCognateMostSegments)
                segment.anchors.append({qHash(key, 0x7e71), kCognateWeight / float(segmentsHolding.value(key)), true});
        std::sort(segment.anchors.begin(), segment.anchors.end(),
                  [](const Anchor &a, const Anchor &b) { return a.key < b.key; });
        evidence.append(std::move(segment));
    }
    return evidence;
}

// `text`'s evidence toward `other`: its cognates whose key `other` holds nowhere are dropped. Most long words have
// no cognate in the other language; left in, they would only tell the bead cost that a bead's words do not match.
TextEvidence withSharedCognates(const TextEvidence &text, const TextEvidence &other)
{
    QSet<std::uint64_t> otherKeys;
    for (const SegmentEvidence &segment : other)
        for (const Anchor &anchor : segment.anchors)
            otherKeys.insert(anchor.key);
    TextEvidence out = text;
    for (SegmentEvidence &segment : out)
        segment.anchors.removeIf(
            [&otherKeys](const Anchor &anchor) { return anchor.cognate && !otherKeys.contains(anchor.key); });
    return out;
}

} // namespace

core::Result<QList<Bead>> align(const QList<AlignText> &texts, const AlignOptions &options)
{
    if (texts.size() < 2)
        return core::makeError(core::ErrorCode::InvalidArgument, core::N_("alignment needs at least two texts"));
    QList<TextEvidence> evidence;
    QList<int> sizes;
    for (const AlignText &text : texts) {
        if (!text.paragraphs.isEmpty() && text.paragraphs.size() != text.segments.size())
            return core::makeError(
                core::ErrorCode::InvalidArgument, core::N_("%1: %2 segments but %3 paragraph indices"),
                {text.language.code(), QString::number(text.segments.size()), QString::number(text.paragraphs.size())});
        auto built = buildEvidence(text, options);
        if (!built)
            return built.error();
        evidence.append(std::move(*built));
        sizes.append(int(text.segments.size()));
    }
    const DictionaryData *dictionary = options.dictionary ? options.dictionary->data() : nullptr;
    QList<TextWordIds> words;
    if (dictionary && dictionary->pairs > 0)
        for (const AlignText &text : texts)
            words.append(dictionaryWords(text, *dictionary));
    QList<PairResult> pairs;
    for (int x = 0; x < texts.size(); ++x) {
        for (int y = x + 1; y < texts.size(); ++y) {
            const TextEvidence xEvidence = withSharedCognates(evidence[x], evidence[y]);
            const TextEvidence yEvidence = withSharedCognates(evidence[y], evidence[x]);
            if (words.isEmpty()) {
                pairs.append({x, y, alignPair(xEvidence, yEvidence)});
                continue;
            }
            const auto [xLinks, yLinks] = wordLinks(words[x], words[y], *dictionary);
            pairs.append({x, y, alignPair(xEvidence, yEvidence, {&xLinks, &yLinks})});
        }
    }
    return reconcile(sizes, pairs, options.flagBelow);
}

} // namespace terjime::align
