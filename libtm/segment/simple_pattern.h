// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <unicode/regex.h>

#include <memory>
#include <optional>
#include <vector>

namespace terjime::segment {

// A regular expression (ICU syntax) that is a plain sequence of single characters, each a literal or a class ([…],
// \s, \d, \p{…}, '.') with an optional greedy or lazy quantifier, such as most SRX before- and after-break patterns
// are: [.!?]["»”)]{0,8} or \s+["«„“(]?\p{Lu}. Such a pattern is answered by walking the text from a position, one
// membership test per character, where ICU runs a look-behind from every start its length allows. Class membership
// is asked of ICU itself, once per class and code unit, so the answers are ICU's.
//
// Not thread-safe (membership is cached as it is learnt).
class SimplePattern {
public:
    // The pattern, or nothing when it is not of that shape (groups, alternation, anchors, look-arounds, flags,
    // possessive quantifiers, back-references, characters outside the BMP, more than kMaxItems items).
    static std::optional<SimplePattern> parse(QStringView icuPattern);
    ~SimplePattern();
    SimplePattern(SimplePattern &&) noexcept;
    SimplePattern &operator=(SimplePattern &&) noexcept;

    // Whether a match starts at `position` (as a look-ahead there would find) or ends at it (a look-behind).
    // Nothing when the walk meets a surrogate or would need more than kWindow code units: the caller asks ICU.
    std::optional<bool> matchesFrom(QStringView text, qsizetype position);
    std::optional<bool> matchesUntil(QStringView text, qsizetype position);

    static constexpr int kMaxItems = 16;
    static constexpr int kWindow = 64;

private:
    struct Item;
    SimplePattern() = default;
    std::optional<bool> walk(QStringView text, qsizetype position, int direction);

    std::vector<std::unique_ptr<Item>> m_items;
};

} // namespace terjime::segment
