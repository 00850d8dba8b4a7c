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
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace terjime::glossary {
namespace {

// What matching needs to know of a spelling: computed once per distinct spelling and shared.
// (Which term words a spelling matches is kept apart, in TermRecognizer::Impl::matchRanges.)
struct WordInfo {
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

// One term word that a spelling matches, decided at the spelling's first use in a text and kept, since deciding
// is most of the cost of recognition.
struct TermWordMatch {
    quint32 code = 0; // termWordCode(term, word index)
    bool morphological = false;
    bool properNoun = false; // the term's IndexedTerm::properNoun, kept here for first words
    quint8 termLength = 0;   // the term's words, kept here for first words
};

// Where a spelling's TermWordMatches are in TermRecognizer::Impl::matchArena: sorted by code.
struct MatchRange {
    quint32 offset = 0;
    quint32 count = 0;
    bool decided = false;
};

// What the spelling cache keeps beside a spelling about its matches (SpellingCache marks), so that find() reads
// nothing more for the many words that match no term.
// The bits above these hold MatchRange::count, up to kMarkedCountLimit (beyond it, matchRanges has the count).
enum WordMark : std::uint16_t {
    kMatchesDecided = 1,   // MatchRange::decided
    kMatchesATermWord = 2, // MatchRange::count > 0
    kStartsATerm = 4,      // one of its matches is a term's first word
};
constexpr int kMarkedCountShift = 3;
constexpr quint32 kMarkedCountLimit = 0xFFFF >> kMarkedCountShift;

// A word of a text or of a term: where it stands and what it is.
struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    const WordInfo *info = nullptr; // owned by the recogniser's spelling caches
    std::uint32_t number = 0;       // its spelling's number in the cache (SpellingCache::Hit::number)
    std::uint16_t marks = 0;        // WordMark bits, as the cache had them when the word was looked up
    std::uint32_t firstMatch = 0;   // with kMatchesATermWord: where its matches start in matchArena (the cache's tag)
};

struct IndexedTerm {
    int conceptIndex = 0;
    int termIndex = 0;                        // in the concept's terms of the recogniser's language
    const Term *source = nullptr;             // that term, in the recogniser's own glossary (which is never changed)
    TermStatus status = TermStatus::Admitted; // source->status, here beside what locate() reads for every occurrence
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
    // The term words each spelling of `analysed` matches, by the spelling's number: a few compact arrays, so that
    // find() reads no WordInfo at all, only the matches of the words that have some.
    std::vector<MatchRange> matchRanges;
    std::vector<TermWordMatch> matchArena;
    std::vector<Word> textWords;       // find()'s words, kept so that their storage is reused from text to text
    std::vector<Match> matches;        // likewise, find()'s candidate matches
    std::vector<std::uint64_t> hashes; // likewise, words()' spelling hashes
    std::vector<bool> taken;           // likewise, find()'s words already in a kept match
    std::vector<TermSpan> spans;       // what locate() returns
    WordInfo analyse(QStringView raw);
    // The word at [start, end) of `text`, whose spelling has `hash` (SpellingCache::hashOf).
    Word analysedWord(QStringView text, qsizetype start, qsizetype end, std::uint64_t hash);
    void index();
    bool wordMatches(const Word &termWord, const Word &textWord, const IndexedTerm &term, bool sentenceInitial,
                     bool &morphological) const;
    bool acronymMatches(const Word &termWord, const Word &textWord, bool &morphological) const;
    std::optional<Match> matchAt(const std::vector<Word> &text, qsizetype at, const TermWordMatch &first) const;
    const TermWordMatch *findMatch(const Word &word, quint32 code) const;
    std::span<const TermWordMatch> matchesOf(const Word &word) const;
    void decideMatches(const Word &word);
    // Decides the matches of a word of `text` if its marks do not tell them yet, and records them in its marks and
    // in the cache's.
    void decideMarks(QStringView text, Word &word);
    void clearAnalysed();
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
    if (const auto hit = analysed.lookup(raw, hash); hit.value) {
        if (hit.marks & kMatchesATermWord) // read by find() once the text's words are all looked up
            __builtin_prefetch(&matchArena[hit.tag]);
        return Word{start, end, hit.value, hit.number, hit.marks, hit.tag};
    }
    const WordInfo &info = analysed.insert(raw, hash, analyse(raw));
    return Word{start, end, &info, std::uint32_t(analysed.size() - 1), 0, 0};
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
        const auto inLanguage = glossary->concepts[c].terms.constFind(code);
        if (inLanguage == glossary->concepts[c].terms.cend())
            continue;
        const QList<Term> &languageTerms = *inLanguage; // read only: pointers into it stay valid
        for (int t = 0; t < languageTerms.size(); ++t) {
            const Term &term = languageTerms[t];
            IndexedTerm indexed;
            indexed.conceptIndex = c;
            indexed.termIndex = t;
            indexed.status = term.status;
            indexed.source = &term;
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
    clearAnalysed();
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

// The term words `word`'s spelling matches, once decided (decideMarks), from its marks alone for most words.
std::span<const TermWordMatch> TermRecognizer::Impl::matchesOf(const Word &word) const
{
    if (!(word.marks & kMatchesATermWord))
        return {};
    quint32 count = word.marks >> kMarkedCountShift;
    if (count == kMarkedCountLimit)
        count = matchRanges[word.number].count;
    return {matchArena.data() + word.firstMatch, count};
}

// The match of `word`'s spelling with the term word `code`, or null.
const TermWordMatch *TermRecognizer::Impl::findMatch(const Word &word, quint32 code) const
{
    const std::span<const TermWordMatch> candidates = matchesOf(word);
    const auto found = std::lower_bound(candidates.begin(), candidates.end(), code,
                                        [](const TermWordMatch &m, quint32 c) { return m.code < c; });
    return found != candidates.end() && found->code == code ? &*found : nullptr;
}

// Whether the term whose first word `first` is continues at `at`, where `first` matched: each later word's
// spelling must match that word of the term.
std::optional<Match> TermRecognizer::Impl::matchAt(const std::vector<Word> &text, qsizetype at,
                                                   const TermWordMatch &first) const
{
    const qsizetype length = first.termLength;
    if (at + length > qsizetype(text.size()))
        return std::nullopt;
    const quint32 position = first.code >> 8;
    Match match{at, length, &terms[position], first.morphological};
    for (qsizetype w = 1; w < length; ++w) {
        const TermWordMatch *next = findMatch(text[std::size_t(at + w)], termWordCode(int(position), std::size_t(w)));
        if (!next)
            return std::nullopt;
        match.morphological |= next->morphological;
    }
    return match;
}

// Decides once per spelling which term words it matches, into matchRanges and matchArena.
void TermRecognizer::Impl::decideMatches(const Word &word)
{
    if (matchRanges.size() <= word.number)
        matchRanges.resize(analysed.size());
    if (matchRanges[word.number].decided)
        return;
    const auto offset = quint32(matchArena.size());
    for (const QString &key : word.info->keys) {
        const auto bucket = byWordKey.constFind(key);
        if (bucket == byWordKey.constEnd())
            continue;
        for (quint32 code : *bucket) {
            const auto decided = matchArena.begin() + offset;
            if (std::any_of(decided, matchArena.end(), [code](const TermWordMatch &m) { return m.code == code; }))
                continue;
            const IndexedTerm &term = terms[code >> 8];
            bool morphological = false;
            if (wordMatches(term.words[code & 0xFF], word, term, false, morphological))
                matchArena.push_back({code, morphological, term.properNoun, quint8(term.words.size())});
        }
    }
    std::sort(matchArena.begin() + offset, matchArena.end(),
              [](const TermWordMatch &a, const TermWordMatch &b) { return a.code < b.code; });
    matchRanges[word.number] = {offset, quint32(matchArena.size() - offset), true};
}

void TermRecognizer::Impl::clearAnalysed()
{
    analysed.clear();
    matchRanges.clear();
    matchArena.clear();
}

void TermRecognizer::Impl::decideMarks(QStringView text, Word &word)
{
    if (word.marks & kMatchesDecided)
        return;
    decideMatches(word);
    const MatchRange range = matchRanges[word.number];
    const TermWordMatch *begin = matchArena.data() + range.offset;
    const bool startsATerm =
        std::any_of(begin, begin + range.count, [](const TermWordMatch &m) { return (m.code & 0xFF) == 0; });
    word.marks =
        quint16(kMatchesDecided | (range.count > 0 ? kMatchesATermWord : 0) | (startsATerm ? kStartsATerm : 0) |
                (std::min(range.count, kMarkedCountLimit) << kMarkedCountShift));
    word.firstMatch = range.offset;
    const QStringView spelling = text.sliced(word.start, word.end - word.start);
    analysed.setMarks(spelling, analysed.hashOf(spelling), word.marks, word.firstMatch);
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

const std::vector<TermSpan> &TermRecognizer::locate(QStringView text)
{
    std::vector<TermSpan> &spans = m_impl->spans;
    spans.clear();
    if (m_impl->analysed.size() >= Impl::kMaxAnalysed) // between texts: no Word points into the cache now
        m_impl->clearAnalysed();
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
    for (Word &word : words) // matchAt() reads the matches of the words after the one it starts at
        m_impl->decideMarks(text, word);
    std::vector<Match> &matches = m_impl->matches;
    matches.clear();
    for (qsizetype at = 0; at < qsizetype(words.size()); ++at) {
        const Word &word = words[std::size_t(at)];
        if (!(word.marks & kStartsATerm))
            continue;
        for (const TermWordMatch &first : m_impl->matchesOf(word)) {
            // The first word of a sentence has a capital anyway: it proves nothing for a proper noun.
            if ((first.code & 0xFF) != 0 || (at == 0 && first.properNoun))
                continue;
            auto match = m_impl->matchAt(words, at, first);
            if (match && adjacent(*match))
                matches.push_back(*match);
        }
    }
    if (matches.empty())
        return spans; // most texts: nothing to sort or mark
    // Longest first, then earliest, then in the glossary's order (the order they were found in); keep those that
    // overlap nothing kept before.
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        if (a.wordCount != b.wordCount)
            return a.wordCount > b.wordCount;
        return a.firstWord != b.firstWord ? a.firstWord < b.firstWord : a.term < b.term;
    });
    std::vector<bool> &taken = m_impl->taken;
    taken.assign(words.size(), false);
    for (const Match &m : matches) {
        bool free = true;
        for (qsizetype w = m.firstWord; w < m.firstWord + m.wordCount; ++w)
            free &= !taken[std::size_t(w)];
        if (!free)
            continue;
        for (qsizetype w = m.firstWord; w < m.firstWord + m.wordCount; ++w)
            taken[std::size_t(w)] = true;
        spans.push_back({words[std::size_t(m.firstWord)].start, words[std::size_t(m.firstWord + m.wordCount - 1)].end,
                         m.term->conceptIndex, m.term->termIndex, m.term->source, m.term->status,
                         m.morphological ? Occurrence::Tier::Morphological : Occurrence::Tier::Exact});
    }
    std::sort(spans.begin(), spans.end(), [](const TermSpan &a, const TermSpan &b) { return a.start < b.start; });
    return spans;
}

const Glossary &TermRecognizer::glossary() const
{
    return *m_impl->glossary;
}

QList<Occurrence> TermRecognizer::find(QStringView text)
{
    const std::vector<TermSpan> &spans = locate(text);
    QList<Occurrence> result;
    result.reserve(qsizetype(spans.size()));
    for (const TermSpan &span : spans) {
        const Concept &concept_ = m_impl->glossary->concepts[span.conceptIndex];
        Occurrence &occurrence = result.emplace_back();
        occurrence.start = span.start;
        occurrence.end = span.end;
        occurrence.surface = text.sliced(span.start, span.end - span.start).toString();
        occurrence.conceptId = concept_.id;
        occurrence.conceptIndex = span.conceptIndex;
        occurrence.term = span.term->text;
        occurrence.status = span.status;
        occurrence.tier = span.tier;
    }
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
