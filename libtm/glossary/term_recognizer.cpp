// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/glossary/term_recognizer.h"

#include "spelling_cache.h"

#include "tm/text/folding.h"
#include "tm/text/normalizer.h"
#include "tm/text/snowball_stemmer.h"
#include "tm/text/turkmen_stemmer.h"
#include "tm/text/turkmen_transliteration.h"
#include "tm/text/word_tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace terjime::glossary {
namespace {

// What matching needs to know of a spelling: computed once per distinct spelling and shared.
struct WordInfo {
    // The term words this spelling matches, found at its first use in a text and kept, since deciding them is
    // most of the cost of recognition (filled by TermRecognizer::Impl::matchesOf). Each is
    // termWordCode(term, word index); sorted, with `morphological` alongside. These come first: find() reads them
    // for every word of a text, and here they share a cache line with the spelling the cache has just compared.
    mutable bool matchesKnown = false;
    mutable std::vector<int> startsTerms; // the terms whose first word it matches, in index order
    mutable std::vector<quint32> termWords;
    mutable std::vector<bool> morphological;
    QString original;                        // as written (Turkmen Cyrillic already in Latin)
    QString folded;                          // text::foldForMatching(original), possessive 's removed in English
    QStringList stems;                       // Snowball stem (ru, en) or the Turkmen candidate stems
    text::TurkmenStemmer::Analysis analysis; // Turkmen only
    std::vector<QString> keys;               // the text-side lookup keys (textKeys)
};

// A term word as one number: the term's position in the index and the word's position in the term (terms have at
// most 255 words).
quint32 termWordCode(int term, std::size_t word)
{
    return (quint32(term) << 8) | quint32(word);
}

// A word of a text or of a term: where it stands and what it is.
struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    const WordInfo *info = nullptr; // owned by the recogniser's spelling caches
};

struct IndexedTerm {
    int conceptIndex = 0;
    QString text;
    TermStatus status = TermStatus::Admitted;
    std::vector<Word> words;
    bool caseSensitive = false;
    bool exactOnly = false;
    bool properNoun = false; // case-sensitive but not written in capitals ("Mejlis")
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

void addKey(std::vector<QString> &keys, const QString &key)
{
    if (!key.isEmpty() && std::find(keys.begin(), keys.end(), key) == keys.end())
        keys.push_back(key);
}

// Where a term is indexed: its first word folded, that word's stems, the form a Russian fleeting vowel leaves
// (посол → посл) and the word less its last two letters (memorandum → memorand, кабала → каба), because Snowball
// cuts some lemmas differently from their forms. A text word looks up its folded form and stems and the same less
// one or two letters, and the capitals an acronym with an ending starts with ("NGOs", "МИДа"). wordMatches() then
// decides; the keys only find the candidates.
std::vector<QString> termKeys(const WordInfo &word)
{
    std::vector<QString> keys;
    addKey(keys, word.folded);
    if (word.folded.size() >= 6)
        addKey(keys, word.folded.chopped(2));
    for (const QString &stem : word.stems) {
        addKey(keys, stem);
        if (stem.size() >= 4 && QStringView(u"оеё").contains(stem[stem.size() - 2]))
            addKey(keys, QString(stem).remove(stem.size() - 2, 1));
    }
    return keys;
}

std::vector<QString> textKeys(const WordInfo &word, bool turkmen)
{
    std::vector<QString> keys;
    addKey(keys, word.folded);
    for (const QString &stem : word.stems)
        addKey(keys, stem);
    if (!turkmen) {
        for (const QString &base : {word.folded, word.stems.value(0)}) {
            for (qsizetype cut = 1; cut <= 2; ++cut) {
                if (base.size() - cut >= 4)
                    addKey(keys, base.chopped(cut));
            }
        }
    }
    qsizetype capitals = 0;
    while (capitals < word.original.size() && word.original[capitals].isUpper())
        ++capitals;
    if (capitals >= 2 && capitals < word.original.size())
        addKey(keys, text::foldForMatching(QStringView(word.original).left(capitals)));
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
    QHash<QString, std::vector<quint32>> byWordKey; // folded form or stem of a term word → termWordCode()s
    // Text words analysed before, by their spelling: words repeat (Zipf), and stemming them is most of the cost.
    // Bounded, since a long-running process sees ever new words.
    SpellingCache<WordInfo> analysed;
    SpellingCache<WordInfo> termSpellings; // the words of the terms, analysed once by index() and kept
    static constexpr std::size_t kMaxAnalysed = 200000;

    Impl(core::LanguageTag tag, Glossary copy) : language(tag), ownGlossary(std::move(copy)), tokenizer(tag) {}

    bool isTurkmen() const { return language.isTurkmen(); }
    // Fills `out` with the words of `text` (see the definition).
    void words(QStringView text, std::vector<Word> &out);
    std::vector<Word> textWords;       // find()'s words, kept so that their storage is reused from text to text
    std::vector<Match> matches;        // likewise, find()'s candidate matches
    std::vector<std::uint64_t> hashes; // likewise, words()' spelling hashes
    WordInfo analyse(QStringView raw);
    // The word at [start, end) of `text`, whose spelling has `hash` (SpellingCache::hashOf).
    Word analysedWord(QStringView text, qsizetype start, qsizetype end, std::uint64_t hash);
    void index();
    bool wordMatches(const Word &termWord, const Word &textWord, const IndexedTerm &term, bool sentenceInitial,
                     bool &morphological) const;
    bool acronymMatches(const Word &termWord, const Word &textWord, bool &morphological) const;
    std::optional<Match> matchAt(const std::vector<Word> &text, qsizetype at, const IndexedTerm &term) const;
    const WordInfo &matchesOf(const Word &word);
};

WordInfo TermRecognizer::Impl::analyse(QStringView raw)
{
    WordInfo info;
    info.original =
        language.language() == core::Language::TurkmenCyrillic ? text::transliterateCyrillic(raw) : raw.toString();
    const QString base =
        language.language() == core::Language::English ? withoutPossessive(info.original) : info.original;
    info.folded = text::foldForMatching(base);
    if (isTurkmen()) {
        info.analysis = turkmen.analyze(info.original);
        info.stems = info.analysis.stems;
    } else if (snowball) {
        info.stems = {snowball->stem(base)}; // the stemmer's acronym guard needs the letter case
    }
    info.keys = textKeys(info, isTurkmen());
    return info;
}

Word TermRecognizer::Impl::analysedWord(QStringView text, qsizetype start, qsizetype end, std::uint64_t hash)
{
    const QStringView raw = text.sliced(start, end - start);
    if (const WordInfo *cached = analysed.find(raw, hash))
        return Word{start, end, cached};
    return Word{start, end, &analysed.insert(raw, hash, analyse(raw))};
}

// The words of a text: ICU word tokens (letters or digits). In Turkmen a hyphen directly between a word and a
// suffix ("BMG-niň", "2025-nji") joins them into one word, so that the stemmer sees the suffix.
void TermRecognizer::Impl::words(QStringView text, std::vector<Word> &out)
{
    out.clear();
    const QList<text::Token> tokens = tokenizer.tokenize(text);
    // The spellings' hashes first, each with a prefetch of its slot in the cache: the lookups below then find most
    // slots loaded instead of waiting for memory word by word.
    hashes.resize(std::size_t(tokens.size()));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const text::Token &token = tokens[i];
        if (token.kind != text::TokenKind::Word && token.kind != text::TokenKind::Number)
            continue;
        hashes[std::size_t(i)] = analysed.hashOf(text.sliced(token.start, token.end - token.start));
        analysed.prefetch(hashes[std::size_t(i)]);
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const text::Token &token = tokens[i];
        if (token.kind != text::TokenKind::Word && token.kind != text::TokenKind::Number)
            continue;
        Word word = analysedWord(text, token.start, token.end, hashes[std::size_t(i)]);
        if (isTurkmen() && i + 2 < tokens.size() && text[tokens[i + 1].start] == u'-' &&
            tokens[i + 1].end - tokens[i + 1].start == 1 && tokens[i + 2].kind == text::TokenKind::Word) {
            const QStringView joinedText = text.sliced(token.start, tokens[i + 2].end - token.start);
            Word joined = analysedWord(text, token.start, tokens[i + 2].end, analysed.hashOf(joinedText));
            if (joined.info->stems.contains(word.info->folded)) {
                word = joined;
                i += 2;
            }
        }
        out.push_back(word);
    }
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
            words(term.text, indexed.words);
            language = saved;
            if (indexed.words.empty())
                continue;
            indexed.properNoun = indexed.caseSensitive && !isAllCaps(indexed.words.front().info->original);
            const int position = int(terms.size());
            terms.push_back(std::move(indexed));
            const std::vector<Word> &termWords = terms.back().words;
            if (termWords.size() > 255)
                continue;
            for (std::size_t w = 0; w < termWords.size(); ++w) {
                for (const QString &key : termKeys(*termWords[w].info))
                    byWordKey[key].push_back(termWordCode(position, w));
            }
        }
    }
    // The term words' analyses must outlive the text cache, which find() empties when it grows too large.
    termSpellings = std::move(analysed);
    analysed.clear();
}

namespace {

// Nouns in -ья lose the soft sign in the genitive plural ("судья" → "судей", "статья" → "статей", "семья" →
// "семей"), where Snowball's stems ("суд", "судь") no longer agree far enough for the check below.
bool isGenitivePluralOfIya(const QString &lemma, const QString &form)
{
    return lemma.size() > 3 && lemma.endsWith(u"ья") && form.size() == lemma.size() &&
           QStringView(form).chopped(2) == QStringView(lemma).chopped(2) && form.endsWith(u"ей");
}

} // namespace

bool TermRecognizer::Impl::wordMatches(const Word &termWord, const Word &textWord, const IndexedTerm &term,
                                       bool sentenceInitial, bool &morphological) const
{
    if (term.caseSensitive && isAllCaps(termWord.info->original))
        return acronymMatches(termWord, textWord, morphological);
    if (term.caseSensitive) {
        // A proper noun ("Mejlis" the parliament, not "mejlis" a meeting): its capital and the lower case after it
        // must stand in the text too; the rest inflects as usual. The first word of a sentence is capitalised
        // anyway, so there the capital proves nothing and the word is not taken.
        const QString &a = termWord.info->original;
        const QString &b = textWord.info->original;
        if (sentenceInitial || b.isEmpty() || b[0] != a[0] ||
            (a.size() > 1 && a[1].isLower() && (b.size() < 2 || !b[1].isLower())))
            return false;
    }
    if (textWord.info->folded == termWord.info->folded)
        return true;
    if (term.exactOnly)
        return false;
    morphological = true;
    if (isTurkmen())
        return text::TurkmenStemmer::sameLexeme(termWord.info->analysis, textWord.info->analysis);
    if (termWord.info->stems.isEmpty() || textWord.info->stems.isEmpty())
        return false;
    const QString &termStem = termWord.info->stems.front();
    const QString &textStem = textWord.info->stems.front();
    if (language.language() == core::Language::English)
        return isEnglishInflection(termWord.info->folded, textWord.info->folded) ||
               isEnglishInflection(textWord.info->folded, termWord.info->folded);
    if (differByFleetingVowel(termStem, textStem))
        return true;
    if (isGenitivePluralOfIya(termWord.info->folded, textWord.info->folded) ||
        isGenitivePluralOfIya(textWord.info->folded, termWord.info->folded))
        return true;
    // Snowball sometimes cuts a lemma further than its forms ("кабала" → "каба" but "кабалу" → "кабал", "визит" →
    // "виз"): what counts is that the two words agree at least as far as both stems reach, so that only endings
    // differ. This also keeps a short stem from joining words it does not explain ("суд" for "судья" and "суды").
    const qsizetype shared = commonPrefix(termWord.info->folded, textWord.info->folded);
    const qsizetype longestStem = std::max(termStem.size(), textStem.size());
    if (longestStem <= 3 && shared < std::min(termWord.info->folded.size(), longestStem + 1))
        return false;
    return shared >= longestStem &&
           (termStem == textStem || termStem.startsWith(textStem) || textStem.startsWith(termStem));
}

// An acronym matches as written, followed at most by an English possessive or plural ("IOM's", "NGOs"), a Turkmen
// hyphenated suffix ("ÝHHG-niň") or a Russian case ending in lower case ("МИДа", "МИДом").
bool TermRecognizer::Impl::acronymMatches(const Word &termWord, const Word &textWord, bool &morphological) const
{
    const QString &acronym = termWord.info->original;
    const QString &word = textWord.info->original;
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
    default: return rest.startsWith(u'-') && textWord.info->stems.contains(termWord.info->folded);
    }
}

// Whether `term` continues at `at` (its first word already matched there): each later word's spelling must match
// that word of the term.
std::optional<Match> TermRecognizer::Impl::matchAt(const std::vector<Word> &text, qsizetype at,
                                                   const IndexedTerm &term) const
{
    if (at + qsizetype(term.words.size()) > qsizetype(text.size()))
        return std::nullopt;
    Match match{at, qsizetype(term.words.size()), &term, false};
    const int position = int(&term - terms.data());
    for (std::size_t w = 1; w < term.words.size(); ++w) {
        const WordInfo &info = *text[std::size_t(at) + w].info;
        const quint32 code = termWordCode(position, w);
        const auto found = std::lower_bound(info.termWords.begin(), info.termWords.end(), code);
        if (found == info.termWords.end() || *found != code)
            return std::nullopt;
        match.morphological |= info.morphological[std::size_t(found - info.termWords.begin())];
    }
    return match;
}

// Decides once per spelling which term words it matches (see WordInfo::termWords).
const WordInfo &TermRecognizer::Impl::matchesOf(const Word &word)
{
    const WordInfo &info = *word.info;
    if (info.matchesKnown)
        return info;
    std::vector<std::pair<quint32, bool>> found;
    for (const QString &key : info.keys) {
        const auto bucket = byWordKey.constFind(key);
        if (bucket == byWordKey.constEnd())
            continue;
        for (quint32 code : *bucket) {
            if (std::any_of(found.begin(), found.end(), [code](const auto &f) { return f.first == code; }))
                continue;
            const IndexedTerm &term = terms[code >> 8];
            bool morphological = false;
            if (wordMatches(term.words[code & 0xFF], word, term, false, morphological))
                found.emplace_back(code, morphological);
        }
    }
    std::sort(found.begin(), found.end());
    for (const auto &[code, morphological] : found) {
        info.termWords.push_back(code);
        info.morphological.push_back(morphological);
        if ((code & 0xFF) == 0)
            info.startsTerms.push_back(int(code >> 8));
    }
    info.matchesKnown = true;
    return info;
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
    if (m_impl->analysed.size() >= Impl::kMaxAnalysed) // between texts: no Word points into the cache now
        m_impl->analysed.clear();
    std::vector<Word> &words = m_impl->textWords;
    m_impl->words(text, words);
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
    for (const Word &word : words) // matchAt() reads the matches of the words after the one it starts at
        m_impl->matchesOf(word);
    std::vector<Match> &matches = m_impl->matches;
    matches.clear();
    for (qsizetype at = 0; at < qsizetype(words.size()); ++at) {
        const WordInfo &info = *words[std::size_t(at)].info;
        for (int position : info.startsTerms) {
            const IndexedTerm &term = m_impl->terms[std::size_t(position)];
            // The first word of a sentence has a capital anyway: it proves nothing for a proper noun.
            if (at == 0 && term.properNoun)
                continue;
            auto match = m_impl->matchAt(words, at, term);
            if (!match || !adjacent(*match))
                continue;
            const auto first =
                std::lower_bound(info.termWords.begin(), info.termWords.end(), termWordCode(position, 0));
            match->morphological |= info.morphological[std::size_t(first - info.termWords.begin())];
            matches.push_back(*match);
        }
    }
    if (matches.empty())
        return {}; // most texts: nothing to sort or mark
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
        occurrence.conceptIndex = m.term->conceptIndex;
        occurrence.term = m.term->text;
        occurrence.status = m.term->status;
        occurrence.tier = m.morphological ? Occurrence::Tier::Morphological : Occurrence::Tier::Exact;
        result.append(occurrence);
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return result;
}

QList<Occurrence> TermRecognizer::findInInput(const QString &input)
{
    const auto normalized = text::NormalizedText::fromOriginal(input);
    QList<Occurrence> occurrences = find(normalized.text());
    for (Occurrence &occurrence : occurrences) {
        occurrence.start = normalized.toOriginal(occurrence.start);
        occurrence.end = normalized.toOriginal(occurrence.end);
    }
    return occurrences;
}

} // namespace terjime::glossary
