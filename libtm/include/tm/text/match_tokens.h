// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace terjime::text {

// The token classes fuzzy matching and the memory's word index tell apart: words and numbers carry the meaning of
// a segment, punctuation only costs a small penalty when it differs.
enum class MatchTokenKind { Word, Number, Punctuation };

// A token of a segment in its matching form: `folded` is foldForMatching() of the token's text; [start, end) are its
// UTF-16 offsets in the tokenised text. Spaces are not tokens.
struct MatchToken {
    MatchTokenKind kind = MatchTokenKind::Word;
    QString folded;
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const MatchToken &, const MatchToken &) = default;
};

// Splits segments into MatchTokens with ICU word breaks for any BCP 47 language: Turkmen, Russian and English get
// their own tailoring, every other language the Unicode default rules. One tokenizer per thread; reuse it, since
// creating one is costly.
class MatchTokenizer {
public:
    MatchTokenizer();
    ~MatchTokenizer();
    MatchTokenizer(MatchTokenizer &&) noexcept;
    MatchTokenizer &operator=(MatchTokenizer &&) noexcept;

    // `language` is a BCP 47 tag in any case ("en-GB", "RU", "fr"); `text` should be NFC.
    QList<MatchToken> tokenize(QStringView language, QStringView text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The primary language subtag of a BCP 47 tag, lower case: "en-GB" → "en", "tk-Cyrl" → "tk". The memory indexes and
// matches by primary language, so a lookup from "en" finds "en-US" and "en-GB" variants.
QString primaryLanguage(QStringView tag);

} // namespace terjime::text
