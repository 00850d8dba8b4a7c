// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"
#include "tm/segment/srx_document.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace terjime::segment {

// A [start, end) range of UTF-16 code units.
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// The SRX rules of one language, compiled once and applied to many texts.
//
// How a text is split: candidate positions are the places where a break rule may match and, when the rule set asks
// for it (Okapi's useIcu4jBreakRules), ICU's sentence breaks moved back over trailing white space. Where a break
// rule may match is read from its patterns (the characters its before-break match can end with, or its after-break
// match can start with), so one pass over the text with a table lookup finds them; a rule whose patterns do not
// say is scanned for with its regular expression. At each candidate the rules are tried in order and the first whose
// before-break pattern matches up to the position and whose after-break pattern matches from it decides; when none
// does, an ICU break stands and any other candidate does not. Consecutive rules of the same kind are compiled into one
// alternation, so deciding a position costs one regular-expression call per run of rules, not one per rule, and
// positions that are not candidates cost nothing.
//
// Not thread-safe (it keeps matchers between calls): use one segmenter per thread.
class SrxSegmenter {
public:
    // Compiles the rules that `document` maps to `languageCode`. Fails with a Syntax error naming the rule's line
    // when a pattern is not a valid regular expression. `fileName` is used in error messages only.
    static core::Result<SrxSegmenter> create(const SrxDocument &document, const QString &languageCode,
                                             const QString &fileName = {});
    ~SrxSegmenter();
    SrxSegmenter(SrxSegmenter &&) noexcept;
    SrxSegmenter &operator=(SrxSegmenter &&) noexcept;

    // Break positions inside `text` (ascending, excluding 0 and text.size()). `text` is one paragraph; '\n' in it
    // is an ordinary line break that rules may look at.
    QList<qsizetype> breakPositions(QStringView text);
    // The segments of `text`, trimmed of white space as the rule set's options say, empty ones dropped.
    QList<TextRange> segments(QStringView text);

private:
    struct Impl;
    explicit SrxSegmenter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace terjime::segment
