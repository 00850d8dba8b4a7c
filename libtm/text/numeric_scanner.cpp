// SPDX-License-Identifier: GPL-3.0-or-later
#include "numeric_scanner.h"

#include "numeric_words.h"

namespace terjime::text::numeric {
namespace {

using core::Language;
using core::LanguageTag;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isNonAsciiWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // the common case in every language: spaces, digits, punctuation, Latin letters
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
    return isNonAsciiWordChar(c);
}

// A space that groups thousands: the no-break spaces and the thin space in every language (they are only typed on
// purpose); the plain space only in Russian and Turkmen, because English text has "the 2008 400 Richest" and phone
// numbers "0800 555 111".
bool isGroupSpace(QChar c, LanguageTag language)
{
    if (c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009))
        return true;
    return c == u' ' && language.language() != Language::English;
}

// "6x6 cm", "1920х1080": a letter standing for the multiplication sign.
bool isTimesLetter(QChar c)
{
    return c == u'x' || c == QChar(0x0445); // Latin x, Cyrillic х
}

bool isCurrencySign(QChar c)
{
    return c == u'$' || c == QChar(0x00A3) || c == QChar(0x20AC) || c == QChar(0x00A5); // $ £ € ¥
}

bool opensNumber(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'"' || c == QChar(0x00AB) || c == QChar(0x201C) || c == u'/';
}

int digitsValue(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QString dateValue(int year, int month, int day)
{
    return QString::number(year).rightJustified(4, u'0') + u'-' + twoDigits(month) + u'-' + twoDigits(day);
}

// "0025" → "25", "000" → "0".
QStringView withoutLeadingZeros(QStringView digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits[first] == u'0')
        ++first;
    return digits.mid(first);
}

// "500" → "5", "000" → "".
QStringView withoutTrailingZeros(QStringView digits)
{
    qsizetype size = digits.size();
    while (size > 0 && digits[size - 1] == u'0')
        --size;
    return digits.first(size);
}

QString normalisedNumber(QStringView integerDigits, QStringView fraction, bool negative)
{
    const QStringView integer = withoutLeadingZeros(integerDigits);
    const QStringView decimals = withoutTrailingZeros(fraction);
    QString value;
    value.reserve(integer.size() + decimals.size() + 2);
    if (negative && !(integer == u"0" && decimals.isEmpty()))
        value += u'-';
    value += integer;
    if (!decimals.isEmpty())
        value += u'.' + decimals.toString();
    return value;
}

// Reads one number; see ScannedNumber for what it records.
class NumberReader {
public:
    NumberReader(QStringView text, LanguageTag language) : m_text(text), m_language(language) {}

    // `start` is a digit or a minus sign before one. Returns false when the number is part of an identifier
    // ("5G2", "1920x1080"); `identifierEnd` is then where the identifier ends.
    bool read(qsizetype start, ScannedNumber &number, qsizetype &identifierEnd) const
    {
        number.start = start;
        const bool negative = !isAsciiDigit(m_text[start]);
        const qsizetype digits = negative ? start + 1 : start;
        if (negative || !(readIsoDate(digits, number) || readDottedDate(digits, number) || readClock(digits, number)))
            readPlain(digits, negative, number);
        return readSuffix(number, identifierEnd);
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }

    qsizetype digitRun(qsizetype from) const
    {
        qsizetype end = from;
        while (end < m_text.size() && isAsciiDigit(m_text[end]))
            ++end;
        return end - from;
    }

    bool english() const { return m_language.language() == Language::English; }

    // "2025-04-01".
    bool readIsoDate(qsizetype from, ScannedNumber &number) const
    {
        if (digitRun(from) != 4 || at(from + 4) != u'-' || digitRun(from + 5) != 2 || at(from + 7) != u'-' ||
            digitRun(from + 8) != 2 || isAsciiDigit(at(from + 10)))
            return false;
        const int month = digitsValue(m_text.mid(from + 5, 2));
        const int day = digitsValue(m_text.mid(from + 8, 2));
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return false;
        number.shape = ScannedNumber::Shape::Date;
        number.value = dateValue(digitsValue(m_text.mid(from, 4)), month, day);
        number.end = from + 10;
        return true;
    }

    // "01.04.2025", "1.4.25": day, month, year in every language (the US order is not written with points).
    bool readDottedDate(qsizetype from, ScannedNumber &number) const
    {
        const qsizetype dayDigits = digitRun(from);
        const qsizetype monthAt = from + dayDigits + 1;
        const qsizetype monthDigits = digitRun(monthAt);
        const qsizetype yearAt = monthAt + monthDigits + 1;
        if (dayDigits > 2 || at(from + dayDigits) != u'.' || monthDigits < 1 || monthDigits > 2 ||
            at(yearAt - 1) != u'.')
            return false;
        const qsizetype yearDigits = digitRun(yearAt);
        const qsizetype end = yearAt + yearDigits;
        if ((yearDigits != 4 && yearDigits != 2) || (at(end) == u'.' && isAsciiDigit(at(end + 1))))
            return false;
        const int day = digitsValue(m_text.mid(from, dayDigits));
        const int month = digitsValue(m_text.mid(monthAt, monthDigits));
        int year = digitsValue(m_text.mid(yearAt, yearDigits));
        if (day < 1 || day > 31 || month < 1 || month > 12)
            return false;
        if (yearDigits == 2)
            year += year < 50 ? 2000 : 1900;
        number.shape = ScannedNumber::Shape::Date;
        number.value = dateValue(year, month, day);
        number.end = end;
        return true;
    }

    // "15:00", "9:30", "15:00:30", "4:41.30" (minutes, seconds and hundredths of a race: kept as written).
    bool readClock(qsizetype from, ScannedNumber &number) const
    {
        const qsizetype hourDigits = digitRun(from);
        const qsizetype minuteAt = from + hourDigits + 1;
        if (hourDigits > 2 || at(minuteAt - 1) != u':' || digitRun(minuteAt) != 2)
            return false;
        const int minute = digitsValue(m_text.mid(minuteAt, 2));
        if (minute > 59)
            return false;
        number.shape = ScannedNumber::Shape::Clock;
        number.hour = digitsValue(m_text.mid(from, hourDigits));
        number.minute = minute;
        number.value = twoDigits(number.hour) + u':' + twoDigits(minute);
        qsizetype end = minuteAt + 2;
        if (at(end) == u':' && digitRun(end + 1) == 2) {
            number.value += m_text.mid(end, 3);
            end += 3;
        }
        if ((at(end) == u'.' || at(end) == u',') && digitRun(end + 1) > 0) {
            const qsizetype fractionDigits = digitRun(end + 1);
            const QStringView fraction = withoutTrailingZeros(m_text.mid(end + 1, fractionDigits));
            if (!fraction.isEmpty())
                number.value += u'.' + fraction.toString();
            end += 1 + fractionDigits;
        }
        number.end = end;
        return true;
    }

    // How many groups of exactly three digits follow `from`, each after `separator` (or after any grouping space
    // when `separator` is one).
    int groupsAt(qsizetype from, QChar separator) const
    {
        const bool space = isGroupSpace(separator, m_language);
        int groups = 0;
        qsizetype pos = from;
        while ((space ? isGroupSpace(at(pos), m_language) : at(pos) == separator) && digitRun(pos + 1) == 3) {
            ++groups;
            pos += 4;
        }
        return groups;
    }

    // Whether a single point or comma before three digits groups thousands here. English: the comma groups, the
    // point is a decimal point. Russian and Turkmen write a decimal comma, but text copied from English keeps
    // "$350,000" (NTREX-128 Turkmen): the comma groups after a currency sign, in a second group, or before a
    // decimal point; otherwise it is a decimal comma and the grouped reading is kept as the other reading.
    bool groupsConfirmed(qsizetype numberStart, qsizetype after, QChar separator, int groups) const
    {
        if (groups >= 2)
            return true;
        const QChar other = separator == u',' ? QChar(u'.') : QChar(u',');
        if (at(after) == other && isAsciiDigit(at(after + 1)))
            return true;
        if (separator == u'.')
            return false;
        return english() || (numberStart > 0 && isCurrencySign(m_text[numberStart - 1]));
    }

    bool isDecimalSeparator(QChar c, QChar groupSeparator) const
    {
        if (c == groupSeparator)
            return false;
        // Russian and Turkmen text also has the decimal point ("2.4 ГГц", "2.53 ERA" in FLORES and NTREX).
        return c == u'.' || (c == u',' && !english());
    }

    void readPlain(qsizetype from, bool negative, ScannedNumber &number) const
    {
        const qsizetype run = digitRun(from);
        QString integerDigits = m_text.mid(from, run).toString();
        qsizetype pos = from + run;
        QChar groupSeparator;
        QStringView ambiguousGroup;
        const QChar separator = at(pos);
        const bool mayGroup =
            run <= 3 && (separator == u',' || separator == u'.' || isGroupSpace(separator, m_language));
        if (mayGroup) {
            const int groups = groupsAt(pos, separator);
            const qsizetype after = pos + 4 * groups;
            if (groups > 0 &&
                (isGroupSpace(separator, m_language) || groupsConfirmed(number.start, after, separator, groups))) {
                for (qsizetype group = pos; group < after; group += 4)
                    integerDigits += m_text.mid(group + 1, 3);
                groupSeparator = separator;
                pos = after;
            } else if (groups == 1 && !english()) {
                ambiguousGroup = m_text.mid(pos + 1, 3);
            }
        }
        QStringView fraction;
        if (isDecimalSeparator(at(pos), groupSeparator) && isAsciiDigit(at(pos + 1))) {
            fraction = m_text.mid(pos + 1, digitRun(pos + 1));
            pos += 1 + fraction.size();
        }
        number.end = pos;
        number.value = normalisedNumber(integerDigits, fraction, negative);
        if (!ambiguousGroup.isEmpty())
            number.otherReading = normalisedNumber(integerDigits + ambiguousGroup.toString(), {}, negative);
        number.writtenDigits = int(run);
        constexpr qsizetype kLongestInteger = 6;
        if (!negative && fraction.isEmpty() && groupSeparator.isNull() && run <= kLongestInteger)
            number.integer = digitsValue(integerDigits);
        // "15.00": a time in context ("в 15.00", "7.55am"), a decimal number otherwise.
        if (run <= 2 && at(from + run) == u'.' && fraction.size() == 2 && !negative) {
            const int hour = digitsValue(integerDigits);
            const int minute = digitsValue(fraction);
            if (hour <= 24 && minute <= 59) {
                number.hour = hour;
                number.minute = minute;
            }
        }
    }

    // Letters after a hyphen ("2025-nji", "15:00-da", "1-й") or glued to the digits ("1st", "5am", "100km").
    bool readSuffix(ScannedNumber &number, qsizetype &identifierEnd) const
    {
        qsizetype pos = number.end;
        number.suffixEnd = pos;
        const bool hyphen = (at(pos) == u'-' || at(pos) == QChar(0x2011)) && isWordChar(at(pos + 1));
        if (!hyphen && !isWordChar(at(pos)))
            return true;
        const qsizetype lettersStart = hyphen ? pos + 1 : pos;
        qsizetype end = lettersStart;
        while (isWordChar(at(end)))
            ++end;
        if (!hyphen && end == lettersStart + 1 && isTimesLetter(at(pos)) && isAsciiDigit(at(end)))
            return true; // "6x6": the letter is a symbol between two numbers
        if (!hyphen && isAsciiDigit(at(end))) {
            while (isWordChar(at(end)) || isAsciiDigit(at(end)))
                ++end;
            identifierEnd = end;
            return false;
        }
        number.suffix = m_text.mid(lettersStart, end - lettersStart);
        number.hyphenSuffix = hyphen;
        number.suffixEnd = end;
        return true;
    }

    QStringView m_text;
    LanguageTag m_language;
};

bool startsSignedNumber(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c != u'-' && c != QChar(0x2212)) // hyphen-minus, minus sign
        return false;
    return i + 1 < text.size() && isAsciiDigit(text[i + 1]) && (i == 0 || opensNumber(text[i - 1]));
}

// "https://…", "www.…": the whole chunk up to the next space is an address.
bool startsAddress(QStringView text, qsizetype wordStart, qsizetype wordEnd)
{
    if (wordEnd >= text.size() || (text[wordEnd] != u':' && text[wordEnd] != u'.'))
        return false;
    const QStringView rest = text.mid(wordEnd);
    if (rest.startsWith(u"://"))
        return true;
    return text.mid(wordStart, wordEnd - wordStart).compare(u"www", Qt::CaseInsensitive) == 0 && rest.startsWith(u'.');
}

// The pass itself: each step reads one token at a position and says where the next one starts.
class Scanner {
public:
    Scanner(QStringView text, LanguageTag language, Scan &out)
        : m_text(text), m_language(language), m_reader(text, language), m_out(out)
    {}

    void run()
    {
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                m_spaceBefore = true;
                m_chunkStart = ++i;
                continue;
            }
            if (isAsciiDigit(c) || startsSignedNumber(m_text, i))
                i = scanNumber(i);
            else if (isWordChar(c))
                i = scanWord(i);
            else if (c == u'@') // an e-mail address or a handle
                i = skipChunk(i);
            else
                i = append(Token::Type::Symbol, i, i + 1);
            m_spaceBefore = false;
        }
    }

private:
    qsizetype append(Token::Type type, qsizetype start, qsizetype end)
    {
        Token token;
        token.type = type;
        token.spaceBefore = m_spaceBefore;
        token.start = start;
        token.end = end;
        m_out.tokens.append(token);
        return end;
    }

    qsizetype scanNumber(qsizetype start)
    {
        ScannedNumber number;
        qsizetype identifierEnd = 0;
        if (!m_reader.read(start, number, identifierEnd))
            return identifierEnd;
        const qsizetype end = append(Token::Type::Number, start, number.suffixEnd);
        m_out.tokens.back().number = int(m_out.numbers.size());
        m_out.numbers.append(std::move(number));
        return end;
    }

    qsizetype scanWord(qsizetype start)
    {
        const QChar first = m_text[start];
        qsizetype end = start;
        while (end < m_text.size() && isWordChar(m_text[end]))
            ++end;
        if (end == start + 1 && isTimesLetter(first) && start > 0 && isAsciiDigit(m_text[start - 1])) // "6x6"
            return append(Token::Type::Symbol, start, end);
        if (end < m_text.size() && isAsciiDigit(m_text[end])) { // "G20", "A320": an identifier
            while (end < m_text.size() && (isWordChar(m_text[end]) || isAsciiDigit(m_text[end])))
                ++end;
            return end;
        }
        if (startsAddress(m_text, start, end))
            return skipChunk(end);
        append(Token::Type::Word, start, end);
        Token &token = m_out.tokens.back();
        const QStringView word = m_text.mid(start, end - start);
        token.spelled = spelledOutValue(word, m_language);
        m_out.hasSpelledOut = m_out.hasSpelledOut || token.spelled >= 0;
        if (first.isUpper()) {
            token.roman = romanNumeralValue(word);
            m_out.hasRomanNumeral = m_out.hasRomanNumeral || token.roman > 0;
        }
        return end;
    }

    // An address or an e-mail swallows its whole chunk: the tokens read since the last space, and what follows up
    // to the next one.
    qsizetype skipChunk(qsizetype from)
    {
        while (!m_out.tokens.isEmpty() && m_out.tokens.back().start >= m_chunkStart) {
            if (m_out.tokens.back().type == Token::Type::Number)
                m_out.numbers.removeLast();
            m_out.tokens.removeLast();
        }
        while (from < m_text.size() && !m_text[from].isSpace())
            ++from;
        return from;
    }

    QStringView m_text;
    LanguageTag m_language;
    NumberReader m_reader;
    Scan &m_out;
    qsizetype m_chunkStart = 0; // after the last space
    bool m_spaceBefore = false;
};

} // namespace

void scanText(QStringView text, LanguageTag language, Scan &out)
{
    Scanner(text, language, out).run();
}

} // namespace terjime::text::numeric
