// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/turkmen_stemmer.h"

#include "tm/text/folding.h"

#include <QList>

#include <algorithm>
#include <array>
#include <string_view>

namespace terjime::text {
namespace {

// Suffix slots in the order they are peeled from the end of a word (the reverse of the order they are attached).
enum class Slot { Case, Possessive, Plural };

// What the remainder must end with for the suffix to attach to it.
enum class After {
    Any,
    Vowel,
    Consonant,
    ThirdPossessive, // -na, -nda, -ndan follow the 3rd-person possessive -y/-i/-sy/-si (meýilnamasynda)
};

struct Suffix {
    std::u16string_view text;
    Slot slot;
    After after;
};

// Longer variants come first only for readability: every matching suffix is tried, so order does not matter.
constexpr Suffix kSuffixes[] = {
    // Case.
    {u"nyň", Slot::Case, After::Vowel},
    {u"niň", Slot::Case, After::Vowel},
    {u"yň", Slot::Case, After::Consonant},
    {u"iň", Slot::Case, After::Consonant},
    {u"uň", Slot::Case, After::Consonant},
    {u"üň", Slot::Case, After::Consonant},
    {u"na", Slot::Case, After::ThirdPossessive},
    {u"ne", Slot::Case, After::ThirdPossessive},
    {u"ýa", Slot::Case, After::Vowel},
    {u"ýe", Slot::Case, After::Vowel},
    {u"a", Slot::Case, After::Consonant},
    {u"e", Slot::Case, After::Consonant},
    {u"ny", Slot::Case, After::Vowel},
    {u"ni", Slot::Case, After::Vowel},
    {u"y", Slot::Case, After::Consonant},
    {u"i", Slot::Case, After::Consonant},
    {u"u", Slot::Case, After::Consonant},
    {u"ü", Slot::Case, After::Consonant},
    {u"nda", Slot::Case, After::ThirdPossessive},
    {u"nde", Slot::Case, After::ThirdPossessive},
    {u"da", Slot::Case, After::Any},
    {u"de", Slot::Case, After::Any},
    {u"ndan", Slot::Case, After::ThirdPossessive},
    {u"nden", Slot::Case, After::ThirdPossessive},
    {u"dan", Slot::Case, After::Any},
    {u"den", Slot::Case, After::Any},
    {u"ndaky", Slot::Case, After::ThirdPossessive},
    {u"ndäki", Slot::Case, After::ThirdPossessive},
    {u"daky", Slot::Case, After::Any},
    {u"däki", Slot::Case, After::Any},
    // Possessive.
    {u"ym", Slot::Possessive, After::Consonant},
    {u"im", Slot::Possessive, After::Consonant},
    {u"um", Slot::Possessive, After::Consonant},
    {u"üm", Slot::Possessive, After::Consonant},
    {u"yň", Slot::Possessive, After::Consonant},
    {u"iň", Slot::Possessive, After::Consonant},
    {u"uň", Slot::Possessive, After::Consonant},
    {u"üň", Slot::Possessive, After::Consonant},
    {u"y", Slot::Possessive, After::Consonant},
    {u"i", Slot::Possessive, After::Consonant},
    {u"u", Slot::Possessive, After::Consonant},
    {u"ü", Slot::Possessive, After::Consonant},
    {u"sy", Slot::Possessive, After::Vowel},
    {u"si", Slot::Possessive, After::Vowel},
    {u"ymyz", Slot::Possessive, After::Consonant},
    {u"imiz", Slot::Possessive, After::Consonant},
    {u"umyz", Slot::Possessive, After::Consonant},
    {u"ümiz", Slot::Possessive, After::Consonant},
    {u"myz", Slot::Possessive, After::Vowel},
    {u"miz", Slot::Possessive, After::Vowel},
    {u"yňyz", Slot::Possessive, After::Consonant},
    {u"iňiz", Slot::Possessive, After::Consonant},
    {u"uňyz", Slot::Possessive, After::Consonant},
    {u"üňiz", Slot::Possessive, After::Consonant},
    {u"ňyz", Slot::Possessive, After::Vowel},
    {u"ňiz", Slot::Possessive, After::Vowel},
    // Plural.
    {u"lar", Slot::Plural, After::Any},
    {u"ler", Slot::Plural, After::Any},
};

// Ordinals after a number: 1-nji, 6-njy.
constexpr std::u16string_view kOrdinals[] = {u"nji", u"njy"};

// A peeled stem shorter than this is no stem (LANGUAGES.md: never below 2 letters).
constexpr qsizetype kMinStem = 2;
// "ata" / "atasy": a whole word this long may be the stem of another.
constexpr qsizetype kMinWholeWordStem = 3;

bool isBackVowel(QChar c)
{
    return std::u16string_view(u"aouy").find(c.unicode()) != std::u16string_view::npos;
}

bool isFrontVowel(QChar c)
{
    return std::u16string_view(u"eäöüi").find(c.unicode()) != std::u16string_view::npos;
}

bool isVowel(QChar c)
{
    return isBackVowel(c) || isFrontVowel(c);
}

QChar lastVowel(QStringView text)
{
    for (qsizetype i = text.size(); i-- > 0;)
        if (isVowel(text.at(i)))
            return text.at(i);
    return {};
}

// Vowel harmony: the suffix's vowel agrees in backness with the last vowel of what it attaches to, and the rounded
// -u/-ü appear only after a rounded vowel of the same backness.
bool harmonises(QStringView rest, QStringView suffix)
{
    const QChar stemVowel = lastVowel(rest);
    const QChar suffixVowel = lastVowel(suffix);
    if (stemVowel.isNull() || suffixVowel.isNull())
        return false;
    if (suffixVowel == u'u')
        return stemVowel == u'o' || stemVowel == u'u';
    if (suffixVowel == u'ü')
        return stemVowel == u'ö' || stemVowel == u'ü';
    return isBackVowel(stemVowel) == isBackVowel(suffixVowel);
}

bool fitsAfter(QStringView rest, After after)
{
    const QChar last = rest.back();
    switch (after) {
    case After::Any: return true;
    case After::Vowel: return isVowel(last);
    case After::Consonant: return !isVowel(last);
    case After::ThirdPossessive: return last == u'y' || last == u'i' || last == u'u' || last == u'ü';
    }
    return false;
}

bool isPlausibleStem(QStringView rest)
{
    return rest.size() >= kMinStem && rest.back().isLetter() && !lastVowel(rest).isNull();
}

// Before a vowel suffix a final k p ç t is written g b j d (gulluk → gullugy): the voiceless form, if any.
QChar devoiced(QChar c)
{
    switch (c.unicode()) {
    case u'g': return u'k';
    case u'b': return u'p';
    case u'j': return u'ç';
    case u'd': return u't';
    default: return {};
    }
}

struct Candidate {
    QString stem;
    bool fromHyphen = false; // an acronym or number before a hyphenated suffix
};

void addCandidate(QList<Candidate> &out, const QString &stem, bool fromHyphen)
{
    auto same = [&](const Candidate &c) { return c.stem == stem; };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end())
        out.append({stem, fromHyphen});
    else
        it->fromHyphen = it->fromHyphen || fromHyphen;
}

// The last letters of kSuffixes, by their low byte: a filter (two letters may share a byte), so that peel() gives up at
// once on the many forms that no suffix could end.
constexpr std::array<bool, 256> kSuffixFinalBytes = [] {
    std::array<bool, 256> bytes{};
    for (const Suffix &suffix : kSuffixes)
        bytes[suffix.text.back() & 0xFF] = true;
    return bytes;
}();

bool endsInSuffixLetter(QChar c)
{
    return kSuffixFinalBytes[c.unicode() & 0xFF];
}

bool endsWith(QStringView form, std::u16string_view suffix)
{
    return std::size_t(form.size()) >= suffix.size() &&
           std::equal(suffix.begin(), suffix.end(), form.utf16() + (std::size_t(form.size()) - suffix.size()));
}

// Peels one suffix of a slot at or after `first` from `form`, adds what remains, and goes on with the later slots.
// (Every spelling a recogniser meets goes through here once: suffixes are compared in place, and a string is made
// only for a stem that is kept.)
void peel(QStringView form, Slot first, QList<Candidate> &out)
{
    if (form.isEmpty() || !endsInSuffixLetter(form.back()))
        return; // most stems: no suffix ends in their last letter
    for (const Suffix &suffix : kSuffixes) {
        if (suffix.slot < first || !endsWith(form, suffix.text))
            continue;
        const QStringView text(suffix.text.data(), qsizetype(suffix.text.size()));
        const QStringView rest = form.chopped(text.size());
        if (!isPlausibleStem(rest) || !fitsAfter(rest, suffix.after) || !harmonises(rest, text))
            continue;
        QString rests[3] = {rest.toString()};
        int count = 1;
        if (isVowel(text.front()) && !devoiced(rest.back()).isNull())
            rests[count++] = rest.chopped(1).toString() + devoiced(rest.back());
        if (rest.back() == u'ä') // a final e lengthens to ä before a suffix: hepde → hepdäni, kemençe → kemençäni
            rests[count++] = rest.chopped(1).toString() + u'e';
        for (int i = 0; i < count; ++i) {
            addCandidate(out, rests[i], false);
            if (suffix.slot != Slot::Plural)
                peel(rests[i], Slot(int(suffix.slot) + 1), out);
        }
    }
}

// Whether `tail` is made of case, possessive and plural suffixes only (the part after "BMG-").
bool isSuffixChain(QStringView tail, Slot first)
{
    if (tail.isEmpty())
        return true;
    for (const Suffix &suffix : kSuffixes) {
        const QStringView text(suffix.text.data(), qsizetype(suffix.text.size()));
        if (suffix.slot >= first && tail.endsWith(text) &&
            (suffix.slot == Slot::Plural ? tail.size() == text.size()
                                         : isSuffixChain(tail.chopped(text.size()), Slot(int(suffix.slot) + 1))))
            return true;
    }
    return false;
}

bool isNumberLike(QStringView head)
{
    if (head.isEmpty() || !head.front().isDigit())
        return false;
    return std::all_of(head.begin(), head.end(),
                       [](QChar c) { return c.isDigit() || c == u':' || c == u'.' || c == u',' || c == u'-'; });
}

// "BMG-niň" → "bmg", "2025-nji" → "2025"; empty when the word is not an acronym or number with a suffix.
QString hyphenatedStem(QStringView word)
{
    const qsizetype hyphen = word.lastIndexOf(u'-');
    if (hyphen <= 0 || hyphen + 1 >= word.size())
        return {};
    const QStringView head = word.left(hyphen);
    if (!isNumberLike(head) && !head.front().isUpper())
        return {};
    const QString tail = foldForMatching(word.mid(hyphen + 1));
    const bool ordinal = std::any_of(std::begin(kOrdinals), std::end(kOrdinals), [&](std::u16string_view o) {
        return tail == QStringView(o.data(), qsizetype(o.size()));
    });
    if (!ordinal && !isSuffixChain(tail, Slot::Case))
        return {};
    return foldForMatching(head);
}

QList<Candidate> candidates(QStringView word)
{
    QList<Candidate> out;
    const QString folded = foldForMatching(word);
    if (folded.isEmpty())
        return out;
    out.append({folded, false});
    const QString head = hyphenatedStem(word);
    if (!head.isEmpty())
        addCandidate(out, head, true);
    // The dative of a stem in -e is the lengthened -ä (hepde → hepdä).
    if (folded.size() > kMinStem && folded.back() == u'ä')
        addCandidate(out, folded.chopped(1) + u'e', false);
    peel(folded, Slot::Case, out);
    // Longest first, so that callers trying stems in order try the most specific one first.
    // (An insertion sort: stable, and a word has a handful of candidates.)
    for (qsizetype i = 2; i < out.size(); ++i) {
        for (qsizetype j = i; j > 1 && out[j - 1].stem.size() < out[j].stem.size(); --j)
            std::swap(out[j - 1], out[j]);
    }
    return out;
}

} // namespace

QStringList TurkmenStemmer::candidateStems(QStringView word) const
{
    QStringList stems;
    for (const Candidate &candidate : candidates(word))
        stems.append(candidate.stem);
    return stems;
}

TurkmenStemmer::Analysis TurkmenStemmer::analyze(QStringView word) const
{
    Analysis analysis;
    for (const Candidate &candidate : candidates(word)) {
        analysis.stems.append(candidate.stem);
        analysis.fromHyphen.append(candidate.fromHyphen);
    }
    return analysis;
}

bool TurkmenStemmer::sameLexeme(QStringView a, QStringView b) const
{
    return sameLexeme(analyze(a), analyze(b));
}

bool TurkmenStemmer::sameLexeme(const Analysis &left, const Analysis &right)
{
    if (left.stems.isEmpty() || right.stems.isEmpty())
        return false;
    if (left.stems.front() == right.stems.front())
        return true;
    // One word is a stem of the other's chain.
    auto isStemOf = [](const QString &whole, const Analysis &other) {
        for (qsizetype i = 1; i < other.stems.size(); ++i) {
            if (other.stems[i] == whole && (other.fromHyphen[i] || whole.size() >= kMinWholeWordStem))
                return true;
        }
        return false;
    };
    if (isStemOf(left.stems.front(), right) || isStemOf(right.stems.front(), left))
        return true;
    // Both reduce to one stem.
    for (qsizetype i = 0; i < left.stems.size(); ++i) {
        for (qsizetype j = 0; j < right.stems.size(); ++j) {
            if (left.stems[i] == right.stems[j] &&
                ((left.fromHyphen[i] && right.fromHyphen[j]) || left.stems[i].size() >= kMinSharedStem))
                return true;
        }
    }
    return false;
}

} // namespace terjime::text
