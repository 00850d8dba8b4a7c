// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/glossary/term_recognizer.h"

#include "tm/text/folding.h"
#include "tm/text/snowball_stemmer.h"
#include "tm/text/turkmen_stemmer.h"
#include "tm/text/turkmen_transliteration.h"
#include "tm/text/word_tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace terjime::glossary {
namespace {

// A word of a text or of a term, with the forms matching compares.
struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QString original;  // as written (Turkmen Cyrillic already in Latin)
    QString folded;    // text::foldForMatching(original), possessive 's removed in English
    QStringList stems; // Snowball stem (ru, en) or the Turkmen candidate stems
};

struct IndexedTerm {
    int conceptIndex = 0;
    QString text;
    TermStatus status = TermStatus::Admitted;
    std::vector<Word> words;
    bool caseSensitive = false;
    bool exactOnly = false;
};

struct Match {
    qsizetype firstWord = 0;
    qsizetype wordCount = 0;
    const IndexedTerm *term = nullptr;
    bool morphological = false;
};

// "IOM's" → "IOM", "States’" → "States": an English possessive is the word itself.
QString withoutPossessive(const QString &word)
{
    for (const QString &suffix :
         {QStringLiteral("'s"), QStringLiteral("’s"), QStringLiteral("'"), QStringLiteral("’")}) {
        if (word.size() > suffix.size() + 1 && word.endsWith(suffix))
            return word.chopped(suffix.size());
    }
    return word;
}

bool isAllCaps(const QString &word)
{
    bool letter = false;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        letter |= c.isLetter();
    }
    return letter;
}

// English nouns inflect for number only (the possessive is removed before): "campaign"/"campaigns",
// "ministry"/"ministries", "memorandum"/"memoranda". Snowball also conflates derivations ("prosecution" and
// "prosecuted", "delegation" and "delegates"), which are other words here.
bool isEnglishInflection(const QString &lemma, const QString &form)
{
    if (form == lemma || form == lemma + u's' || form == lemma + QStringLiteral("es"))
        return true;
    if (lemma.endsWith(u'y') && form == lemma.chopped(1) + QStringLiteral("ies"))
        return true;
    return lemma.endsWith(QStringLiteral("um")) && form == lemma.chopped(2) + u'a';
}

// Russian "беглые гласные": посол/посла, беженец/беженцев, whose Snowball stems differ by one о/е/ё before the
// last consonant.
bool differByFleetingVowel(const QString &a, const QString &b)
{
    const QString &longer = a.size() > b.size() ? a : b;
    const QString &shorter = a.size() > b.size() ? b : a;
    if (longer.size() != shorter.size() + 1 || longer.size() < 4)
        return false;
    const qsizetype vowel = longer.size() - 2;
    return QStringView(u"оеё").contains(longer[vowel]) && QString(longer).remove(vowel, 1) == shorter;
}

// The keys under which a term is indexed by its first word and under which a text word looks terms up: the
// folded word, its stems, and its first four letters, so that forms whose stems Snowball cuts differently still
// meet; wordMatches() then decides.
QSet<QString> lookupKeys(const Word &word)
{
    QSet<QString> keys{word.folded, word.folded.left(4)};
    // An acronym with an ending attached ("NGOs", "МИДа"): its capitals.
    qsizetype capitals = 0;
    while (capitals < word.original.size() && word.original[capitals].isUpper())
        ++capitals;
    if (capitals >= 2 && capitals < word.original.size())
        keys.insert(text::foldForMatching(QStringView(word.original).left(capitals)));
    for (const QString &stem : word.stems) {
        keys.insert(stem);
        // посол → посл, беженец → беженц: the form the fleeting vowel leaves.
        if (stem.size() >= 4 && QStringView(u"оеё").contains(stem[stem.size() - 2]))
            keys.insert(QString(stem).remove(stem.size() - 2, 1));
    }
    return keys;
}

qsizetype commonPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

} // namespace

struct TermRecognizer::Impl {
    core::LanguageTag language;
    const Glossary *glossary = nullptr;
    Glossary ownGlossary;
    text::WordTokenizer tokenizer;
    std::optional<text::SnowballStemmer> snowball; // Russian and English
    text::TurkmenStemmer turkmen;
    std::vector<IndexedTerm> terms;
    QHash<QString, std::vector<int>> byFirstWordKey; // folded form or stem of a term's first word → terms

    Impl(core::LanguageTag tag, Glossary copy) : language(tag), ownGlossary(std::move(copy)), tokenizer(tag) {}

    bool isTurkmen() const { return language.isTurkmen(); }
    std::vector<Word> words(QStringView text);
    Word makeWord(QStringView text, qsizetype start, qsizetype end);
    void index();
    bool wordMatches(const Word &termWord, const Word &textWord, const IndexedTerm &term, bool sentenceInitial,
                     bool &morphological) const;
    bool acronymMatches(const Word &termWord, const Word &textWord, bool &morphological) const;
    std::optional<Match> matchAt(const std::vector<Word> &text, qsizetype at, const IndexedTerm &term) const;
};

Word TermRecognizer::Impl::makeWord(QStringView text, qsizetype start, qsizetype end)
{
    Word word;
    word.start = start;
    word.end = end;
    const QStringView raw = text.sliced(start, end - start);
    word.original =
        language.language() == core::Language::TurkmenCyrillic ? text::transliterateCyrillic(raw) : raw.toString();
    const QString base =
        language.language() == core::Language::English ? withoutPossessive(word.original) : word.original;
    word.folded = text::foldForMatching(base);
    if (isTurkmen())
        word.stems = turkmen.candidateStems(word.original);
    else if (snowball)
        word.stems = {snowball->stem(base)}; // the stemmer's acronym guard needs the letter case
    return word;
}

// The words of a text: ICU word tokens (letters or digits). In Turkmen a hyphen directly between a word and a
// suffix ("BMG-niň", "2025-nji") joins them into one word, so that the stemmer sees the suffix.
std::vector<Word> TermRecognizer::Impl::words(QStringView text)
{
    std::vector<Word> out;
    const QList<text::Token> tokens = tokenizer.tokenize(text);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const text::Token &token = tokens[i];
        if (token.kind != text::TokenKind::Word && token.kind != text::TokenKind::Number)
            continue;
        qsizetype end = token.end;
        if (isTurkmen() && i + 2 < tokens.size() && text[tokens[i + 1].start] == u'-' &&
            tokens[i + 1].end - tokens[i + 1].start == 1 && tokens[i + 2].kind == text::TokenKind::Word) {
            const QString joined = text.sliced(token.start, tokens[i + 2].end - token.start).toString();
            const QString head = text::foldForMatching(text.sliced(token.start, token.end - token.start));
            if (turkmen.candidateStems(joined).contains(head)) {
                end = tokens[i + 2].end;
                i += 2;
            }
        }
        out.push_back(makeWord(text, token.start, end));
    }
    return out;
}

void TermRecognizer::Impl::index()
{
    const QString code = language.isTurkmen() ? QStringLiteral("tk") : language.code();
    for (int c = 0; c < glossary->concepts.size(); ++c) {
        const QList<Term> languageTerms = glossary->concepts[c].terms.value(code);
        for (int t = 0; t < languageTerms.size(); ++t) {
            const Term &term = languageTerms[t];
            IndexedTerm indexed;
            indexed.conceptIndex = c;
            indexed.text = term.text;
            indexed.status = term.status;
            indexed.caseSensitive = term.isCaseSensitive();
            indexed.exactOnly = term.exactOnly;
            // Term words are compared in Latin: the glossary's Turkmen is Latin even for Cyrillic texts.
            const core::LanguageTag saved = language;
            if (language.language() == core::Language::TurkmenCyrillic)
                language = core::LanguageTag(core::Language::Turkmen);
            indexed.words = words(term.text);
            language = saved;
            if (indexed.words.empty())
                continue;
            const int position = int(terms.size());
            terms.push_back(std::move(indexed));
            const Word &first = terms.back().words.front();
            QSet<QString> keys = lookupKeys(first);
            for (const QString &key : keys)
                byFirstWordKey[key].push_back(position);
        }
    }
}

bool TermRecognizer::Impl::wordMatches(const Word &termWord, const Word &textWord, const IndexedTerm &term,
                                       bool sentenceInitial, bool &morphological) const
{
    if (term.caseSensitive && isAllCaps(termWord.original))
        return acronymMatches(termWord, textWord, morphological);
    if (term.caseSensitive) {
        // A proper noun ("Mejlis" the parliament, not "mejlis" a meeting): its capital and the lower case after it
        // must stand in the text too; the rest inflects as usual. The first word of a sentence is capitalised
        // anyway, so there the capital proves nothing and the word is not taken.
        const QString &a = termWord.original;
        const QString &b = textWord.original;
        if (sentenceInitial || b.isEmpty() || b[0] != a[0] ||
            (a.size() > 1 && a[1].isLower() && (b.size() < 2 || !b[1].isLower())))
            return false;
    }
    if (textWord.folded == termWord.folded)
        return true;
    if (term.exactOnly)
        return false;
    morphological = true;
    if (isTurkmen())
        return turkmen.sameLexeme(termWord.original, textWord.original);
    if (termWord.stems.isEmpty() || textWord.stems.isEmpty())
        return false;
    const QString &termStem = termWord.stems.front();
    const QString &textStem = textWord.stems.front();
    if (language.language() == core::Language::English)
        return isEnglishInflection(termWord.folded, textWord.folded) ||
               isEnglishInflection(textWord.folded, termWord.folded);
    if (differByFleetingVowel(termStem, textStem))
        return true;
    // Snowball sometimes cuts a lemma further than its forms ("кабала" → "каба" but "кабалу" → "кабал", "визит" →
    // "виз"): what counts is that the two words agree at least as far as both stems reach, so that only endings
    // differ. This also keeps a short stem from joining words it does not explain ("суд" for "судья" and "суды").
    const qsizetype shared = commonPrefix(termWord.folded, textWord.folded);
    const qsizetype longestStem = std::max(termStem.size(), textStem.size());
    if (longestStem <= 3 && shared < std::min(termWord.folded.size(), longestStem + 1))
        return false;
    return shared >= longestStem &&
           (termStem == textStem || termStem.startsWith(textStem) || textStem.startsWith(termStem));
}

// An acronym matches as written, followed at most by an English possessive or plural ("IOM's", "NGOs"), a Turkmen
// hyphenated suffix ("ÝHHG-niň") or a Russian case ending in lower case ("МИДа", "МИДом").
bool TermRecognizer::Impl::acronymMatches(const Word &termWord, const Word &textWord, bool &morphological) const
{
    const QString &acronym = termWord.original;
    const QString &word = textWord.original;
    if (word == acronym)
        return true;
    if (!word.startsWith(acronym))
        return false;
    const QStringView rest = QStringView(word).sliced(acronym.size());
    morphological = true;
    switch (language.language()) {
    case core::Language::English: return rest == u"'s" || rest == u"’s" || rest == u"'" || rest == u"’" || rest == u"s";
    case core::Language::Russian:
        return rest.size() <= 3 && std::all_of(rest.begin(), rest.end(), [](QChar c) {
                   return c.isLower() && c.script() == QChar::Script_Cyrillic;
               });
    default: return rest.startsWith(u'-') && textWord.stems.contains(termWord.folded);
    }
}

std::optional<Match> TermRecognizer::Impl::matchAt(const std::vector<Word> &text, qsizetype at,
                                                   const IndexedTerm &term) const
{
    if (at + qsizetype(term.words.size()) > qsizetype(text.size()))
        return std::nullopt;
    Match match{at, qsizetype(term.words.size()), &term, false};
    for (std::size_t w = 0; w < term.words.size(); ++w) {
        const Word &textWord = text[std::size_t(at) + w];
        bool morphological = false;
        if (!wordMatches(term.words[w], textWord, term, at + qsizetype(w) == 0, morphological))
            return std::nullopt;
        match.morphological |= morphological;
    }
    return match;
}

core::Result<TermRecognizer> TermRecognizer::create(const Glossary &glossary, core::LanguageTag language)
{
    auto impl = std::make_unique<Impl>(language, glossary);
    impl->glossary = &impl->ownGlossary;
    if (!language.isTurkmen()) {
        auto stemmer = text::SnowballStemmer::create(language);
        if (!stemmer)
            return stemmer.error();
        impl->snowball.emplace(std::move(*stemmer));
    }
    impl->index();
    return TermRecognizer(std::move(impl));
}

TermRecognizer::TermRecognizer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TermRecognizer::~TermRecognizer() = default;
TermRecognizer::TermRecognizer(TermRecognizer &&) noexcept = default;
TermRecognizer &TermRecognizer::operator=(TermRecognizer &&) noexcept = default;

QList<Occurrence> TermRecognizer::find(QStringView text)
{
    const std::vector<Word> words = m_impl->words(text);
    // Adjacent words are separated by white space or by one hyphen, interchangeably ("capacity building" and
    // "capacity-building", "Co-operation"): nothing else may stand between the words of a term.
    auto adjacent = [&](const Match &m) {
        for (qsizetype w = m.firstWord + 1; w < m.firstWord + m.wordCount; ++w) {
            int hyphens = 0;
            for (qsizetype i = words[std::size_t(w) - 1].end; i < words[std::size_t(w)].start; ++i) {
                const QChar c = text[i];
                if (c == u'-' || c == u'\u2010' || c == u'\u2011')
                    ++hyphens;
                else if (!c.isSpace())
                    return false;
            }
            if (hyphens > 1)
                return false;
        }
        return true;
    };
    std::vector<Match> matches;
    for (qsizetype at = 0; at < qsizetype(words.size()); ++at) {
        QSet<int> tried;
        for (const QString &key : lookupKeys(words[std::size_t(at)])) {
            const auto found = m_impl->byFirstWordKey.constFind(key);
            if (found == m_impl->byFirstWordKey.constEnd())
                continue;
            for (int position : *found) {
                if (tried.contains(position))
                    continue;
                tried.insert(position);
                if (auto match = m_impl->matchAt(words, at, m_impl->terms[std::size_t(position)]);
                    match && adjacent(*match))
                    matches.push_back(*match);
            }
        }
    }
    // Longest first, then earliest; keep those that overlap nothing kept before.
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.wordCount != b.wordCount ? a.wordCount > b.wordCount : a.firstWord < b.firstWord;
    });
    std::vector<bool> taken(words.size(), false);
    QList<Occurrence> result;
    for (const Match &m : matches) {
        bool free = true;
        for (qsizetype w = m.firstWord; w < m.firstWord + m.wordCount; ++w)
            free &= !taken[std::size_t(w)];
        if (!free)
            continue;
        for (qsizetype w = m.firstWord; w < m.firstWord + m.wordCount; ++w)
            taken[std::size_t(w)] = true;
        Occurrence occurrence;
        occurrence.start = words[std::size_t(m.firstWord)].start;
        occurrence.end = words[std::size_t(m.firstWord + m.wordCount - 1)].end;
        occurrence.surface = text.sliced(occurrence.start, occurrence.end - occurrence.start).toString();
        occurrence.conceptId = m_impl->glossary->concepts[m.term->conceptIndex].id;
        occurrence.term = m.term->text;
        occurrence.status = m.term->status;
        occurrence.tier = m.morphological ? Occurrence::Tier::Morphological : Occurrence::Tier::Exact;
        result.append(occurrence);
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return result;
}

} // namespace terjime::glossary
