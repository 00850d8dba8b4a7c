// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/snowball_stemmer.h"

#include "tm/text/folding.h"

#include <libstemmer.h>

namespace terjime::text {
namespace {

// Short all-capital words are acronyms in release text far more often than ordinary words (see the class comment).
constexpr int kMaxGuardedLetters = 4;

const char *snowballAlgorithm(core::Language language)
{
    switch (language) {
    case core::Language::Russian: return "russian";
    case core::Language::English: return "english";
    case core::Language::Turkmen:
    case core::Language::TurkmenCyrillic: break;
    }
    return nullptr;
}

} // namespace

void SnowballStemmer::Deleter::operator()(sb_stemmer *stemmer) const
{
    sb_stemmer_delete(stemmer);
}

SnowballStemmer::SnowballStemmer(core::LanguageTag language, std::unique_ptr<sb_stemmer, Deleter> stemmer)
    : m_language(language), m_stemmer(std::move(stemmer))
{}

SnowballStemmer::~SnowballStemmer() = default;
SnowballStemmer::SnowballStemmer(SnowballStemmer &&) noexcept = default;
SnowballStemmer &SnowballStemmer::operator=(SnowballStemmer &&) noexcept = default;

core::Result<SnowballStemmer> SnowballStemmer::create(core::LanguageTag language)
{
    const char *algorithm = snowballAlgorithm(language.language());
    if (algorithm == nullptr)
        return core::makeError(core::ErrorCode::InvalidArgument, core::N_("no Snowball stemmer for language %1"),
                               {language.code()});
    std::unique_ptr<sb_stemmer, Deleter> stemmer(sb_stemmer_new(algorithm, "UTF_8"));
    if (!stemmer) // only when libstemmer was built without the algorithm, or out of memory
        return core::makeError(core::ErrorCode::Unsupported, core::N_("libstemmer has no stemmer for %1"),
                               {language.code()});
    return SnowballStemmer(language, std::move(stemmer));
}

bool SnowballStemmer::isGuarded(QStringView word)
{
    int letters = 0;
    bool allCapitals = true;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char32_t c = word.at(i).isHighSurrogate() && i + 1 < word.size()
                               ? QChar::surrogateToUcs4(word.at(i), word.at(i + 1))
                               : word.at(i).unicode();
        if (c > 0xFFFF)
            ++i;
        if (QChar::isDigit(c))
            return true;
        if (QChar::isLetter(c)) {
            ++letters;
            allCapitals = allCapitals && QChar::isUpper(c);
        }
    }
    return letters > 0 && letters <= kMaxGuardedLetters && allCapitals;
}

QString SnowballStemmer::stem(QStringView word)
{
    QString folded = foldForMatching(word);
    if (folded.isEmpty() || isGuarded(word))
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol *stemmed =
        sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (stemmed == nullptr) // out of memory inside libstemmer: matching on the folded form is the safe fallback
        return folded;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer.get()));
}

} // namespace terjime::text
