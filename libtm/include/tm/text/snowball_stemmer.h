// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/language.h"
#include "tm/core/result.h"

#include <QString>
#include <QStringView>

#include <memory>

struct sb_stemmer; // libstemmer's handle; <libstemmer.h> stays out of public headers

namespace terjime::text {

// Snowball stemming (Debian's libstemmer) for Russian and English, the morphological tier of term recognition.
//
// stem() folds the word with foldForMatching first (case, ё/е), then stems the folded form. Acronym guard: a word
// that has at most 4 letters, all of them capitals in the input (НИИ, ООН, ОБСЕ, IOM, MVD), or that contains a digit
// is returned folded but not stemmed, because Snowball would cut it like an ordinary word (НИИ → "ни", ОБСЕ →
// "обс") and make it collide with unrelated words. The price: a short word in an ALL-CAPS headline ("ПЛАН") is not
// stemmed either, so it matches its exact folded form only. Longer acronyms (UNODC, ЮНИСЕФ) are stemmed; Snowball
// leaves them alone or cuts them consistently.
//
// The input is one word (no spaces), NFC. The result is a matching key, not a word to show.
//
// Not thread-safe: libstemmer's handle owns a working buffer, so use one SnowballStemmer per thread. Move-only.
class SnowballStemmer {
public:
    // Russian or English; any other language is an InvalidArgument error.
    static core::Result<SnowballStemmer> create(core::LanguageTag language);

    ~SnowballStemmer();
    SnowballStemmer(SnowballStemmer &&) noexcept;
    SnowballStemmer &operator=(SnowballStemmer &&) noexcept;
    SnowballStemmer(const SnowballStemmer &) = delete;
    SnowballStemmer &operator=(const SnowballStemmer &) = delete;

    core::LanguageTag language() const { return m_language; }

    // The stem of the folded word, or the folded word itself when the acronym guard applies. Empty for empty input.
    QString stem(QStringView word);

    // True when stem() returns `word` unstemmed because it looks like an acronym or contains a digit.
    static bool isGuarded(QStringView word);

private:
    struct Deleter {
        void operator()(sb_stemmer *stemmer) const;
    };
    SnowballStemmer(core::LanguageTag language, std::unique_ptr<sb_stemmer, Deleter> stemmer);

    core::LanguageTag m_language;
    std::unique_ptr<sb_stemmer, Deleter> m_stemmer;
};

} // namespace terjime::text
