// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace terjime::segment {

// A before-break pattern that is a list of words, as abbreviation rules are written:
//     (?<![\p{L}\d])(?i:тыс|млн|т\s?\.\s?е)\s?\.      \b(?:Mr|Mrs|Dr)\.
// i.e. zero-width guards, then one group of alternatives, then a literal tail, where the alternatives and the tail
// hold only literal characters, escaped punctuation, \s, small character classes and '?'. Such a pattern is
// answered by looking up the few strings that can end at a position in a hash set, instead of an ICU look-behind
// that tries every alternative at every start its length allows. It matches what the regular expression matches,
// except that case-insensitive comparison uses simple case folding.
//
// Not thread-safe (it keeps a matcher for the guards).
class WordListRule {
public:
    // The word list `javaPattern` denotes, or nothing when it is not of that shape, has fewer than `minimumWords`
    // words (a short list is as cheap as a regular expression) or expands to too many strings.
    static std::optional<WordListRule> parse(QStringView javaPattern, int minimumWords);
    ~WordListRule();
    WordListRule(WordListRule &&) noexcept;
    WordListRule &operator=(WordListRule &&) noexcept;

    // The guard matcher works on `text` from now on (call once per text, before endsAt).
    void reset(const icu::UnicodeString &text);
    // True when one of the words ends at `position` of `text` and the guards hold where it starts.
    bool endsAt(const icu::UnicodeString &text, qsizetype position);

private:
    WordListRule() = default;

    std::vector<std::u16string> m_storage;           // the words: white space as ' ', folded if case-insensitive
    std::unordered_set<std::u16string_view> m_words; // views into m_storage
    std::vector<qsizetype> m_lengths;                // the distinct word lengths, ascending
    bool m_caseInsensitive = false;
    std::unique_ptr<icu::RegexPattern> m_guardPattern; // null when there are no guards
    std::unique_ptr<icu::RegexMatcher> m_guard;
};

} // namespace terjime::segment
