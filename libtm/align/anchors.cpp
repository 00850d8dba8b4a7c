// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchors.h"

#include "tm/text/turkmen_transliteration.h"

namespace terjime::align {
namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Length of the run of ASCII digits at `from`.
qsizetype digitRun(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && text[end].isDigit())
        ++end;
    return end - from;
}

QString withoutLeadingZeros(const QString &digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits[first] == u'0')
        ++first;
    return QStringLiteral("#") + digits.mid(first);
}

// Reads the number starting at `start` into `out`; returns where it ends.
qsizetype readNumber(QStringView text, qsizetype start, QStringList &out)
{
    qsizetype run = digitRun(text, start);
    // A dotted date (1-2 digits, point, 1-2 digits, point, 2 or 4 digits): three numbers, not one.
    if (run <= 2 && start + run < text.size() && text[start + run] == u'.') {
        const qsizetype month = digitRun(text, start + run + 1);
        const qsizetype yearAt = start + run + 1 + month;
        if (month >= 1 && month <= 2 && yearAt < text.size() && text[yearAt] == u'.') {
            const qsizetype year = digitRun(text, yearAt + 1);
            if (year == 2 || year == 4) {
                out << withoutLeadingZeros(text.mid(start, run).toString())
                    << withoutLeadingZeros(text.mid(start + run + 1, month).toString())
                    << withoutLeadingZeros(text.mid(yearAt + 1, year).toString());
                return yearAt + 1 + year;
            }
        }
    }
    QString digits = text.mid(start, run).toString();
    qsizetype pos = start + run;
    bool grouped = false;
    while (pos + 1 < text.size()) {
        const QChar separator = text[pos];
        const qsizetype next = digitRun(text, pos + 1);
        if (next == 0)
            break;
        if (isGroupSpace(separator)) {
            // "1 250": a space groups thousands only after at most three digits, before exactly three.
            if (next != 3 || (!grouped && run > 3))
                break;
        } else if (separator == u',' || separator == u'.') {
            if (next != 3) { // a decimal part ends the number
                digits += text.mid(pos + 1, next);
                pos += 1 + next;
                break;
            }
        } else {
            break;
        }
        grouped = true;
        digits += text.mid(pos + 1, next);
        pos += 1 + next;
    }
    out << withoutLeadingZeros(digits);
    return pos;
}

// A Latin c before e, i or y is read /s/ ("conference", "percent"): Cyrillic spells it с or ц, which the Turkmen
// table gives as s. (A ç, which becomes c below, is not a Latin c: the caller checks the letter as written.)
bool softensC(const QString &latin, qsizetype at)
{
    return at + 1 < latin.size() && QStringView(u"eiy").contains(latin[at + 1]);
}

// The t of an English "-tion", "-tial" ("delegation") is the ц of Russian "делегация" and the s of Turkmen
// "delegasiýa": t before an i and a vowel, inside a word.
bool isTionT(const QString &latin, qsizetype at)
{
    return at > 0 && at + 2 < latin.size() && latin[at + 1] == u'i' && QStringView(u"aeou").contains(latin[at + 2]);
}

// Letters that the scripts and spelling traditions render differently become one.
QString skeleton(const QString &word)
{
    // An acronym is spelled letter by letter (OSCE, UNICEF): its c is a k whatever follows.
    bool spelled = true;
    for (QChar c : word)
        spelled = spelled && !c.isLower();
    QString latin = text::transliterateCyrillic(word.toLower()).toLower();
    latin.replace(QStringLiteral("sh"), QStringLiteral("ş"))
        .replace(QStringLiteral("ch"), QStringLiteral("ç"))
        .replace(QStringLiteral("zh"), QStringLiteral("ž"))
        .replace(QStringLiteral("ph"), QStringLiteral("f"))
        .replace(QStringLiteral("x"), QStringLiteral("ks"));
    QString out;
    for (qsizetype i = 0; i < latin.size(); ++i) {
        QChar c = latin[i];
        switch (c.unicode()) {
        case u'w': c = u'v'; break;
        case u'ş': c = u's'; break;
        // Russian and Turkmen spell an English s that sounds /z/ as з, z (president, президент, prezident; result,
        // результат): z and s are one letter. (ж, ž stays apart: another sound.)
        case u'z': c = u's'; break;
        case u'ž': c = u'z'; break;
        case u'ç': c = u'c'; break;
        case u'ň': c = u'n'; break;
        case u'q': c = u'k'; break;
        case u'ý': c = u'y'; break;
        case u'ä': c = u'a'; break;
        case u'ö': c = u'o'; break;
        case u'ü': c = u'u'; break;
        default: break;
        }
        if (c == u'c' && i + 1 < latin.size() && latin[i + 1] == u'k')
            continue;
        if (!spelled && latin[i] == u'c' && softensC(latin, i))
            c = u's';
        else if (!spelled && latin[i] == u't' && isTionT(latin, i))
            c = u's';
        else if (c == u'c')
            c = u'k';
        const bool vowel = QStringView(u"aeiouyh").contains(c);
        if (!out.isEmpty() && (vowel || out.back() == c))
            continue;
        if (!c.isLetter())
            continue;
        out += c;
    }
    return out;
}

// Names and cognates are keyed by this many letters of their skeleton: enough to tell most words apart, few enough
// that case endings and suffixes (Gurbanowyň, министерству, ministrligine) fall outside the key.
constexpr qsizetype kKeyLetters = 4;
// A name's skeleton may be a letter shorter (Li, Ob are not names we can tell apart; Mary, Lebap are).
constexpr qsizetype kShortestNameKey = 3;

// Calls `visit(word, first)` for every word of `text` (a run of letters and combining marks), `first` for the
// first word of the text.
template <typename Visit>
void forEachWord(QStringView text, Visit visit)
{
    qsizetype i = 0;
    bool first = true;
    while (i < text.size()) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && (text[end].isLetter() || text[end].isMark()))
            ++end;
        visit(text.mid(i, end - i), first);
        first = false;
        i = end;
    }
}

// A name: a capitalised word other than the first of the text (whose capital says nothing), or a word in capitals.
bool isName(QStringView word, bool first)
{
    bool allCaps = word.size() >= 2;
    for (QChar c : word)
        allCaps = allCaps && !c.isLower();
    return (word.front().isUpper() && !first) || allCaps;
}

} // namespace

QStringList numberAnchors(QStringView text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        // Only ASCII digits: a digit inside a word ("COVID-19") counts too, it is the same in every language.
        if (text[i].unicode() >= u'0' && text[i].unicode() <= u'9')
            i = readNumber(text, i, out);
        else
            ++i;
    }
    return out;
}

QStringList punctuationAnchors(QStringView text)
{
    QStringList out;
    int quotes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'?': out << QStringLiteral("%?"); break;
        case u'!': out << QStringLiteral("%!"); break;
        case u'(': out << QStringLiteral("%("); break;
        case u':':
            if (i == 0 || i + 1 == text.size() || !text[i - 1].isDigit() || !text[i + 1].isDigit())
                out << QStringLiteral("%:");
            break;
        case u'«':
        case u'»':
        case u'“':
        case u'”':
        case u'„':
        case u'"': ++quotes; break;
        default: break;
        }
    }
    // “ opens a quotation in English and closes one in „German“ style: count quotes in pairs, whichever they are.
    for (int k = 0; k < (quotes + 1) / 2; ++k)
        out << QStringLiteral("%\"");
    return out;
}

QStringList nameAnchors(QStringView text)
{
    QStringList out;
    forEachWord(text, [&out](QStringView word, bool first) {
        if (!isName(word, first))
            return;
        const QString key = skeleton(word.toString()).left(kKeyLetters);
        if (key.size() >= kShortestNameKey)
            out << QStringLiteral("@") + key;
    });
    return out;
}

QStringList cognateAnchors(QStringView text)
{
    QStringList out;
    forEachWord(text, [&out](QStringView word, bool first) {
        if (word.size() < kCognateMinLetters || isName(word, first))
            return;
        const QString key = QStringLiteral("@") + skeleton(word.toString()).left(kKeyLetters);
        // A word repeated in one sentence is one piece of evidence: a translation may say it once.
        if (key.size() == kKeyLetters + 1 && !out.contains(key))
            out << key;
    });
    return out;
}

} // namespace terjime::align
