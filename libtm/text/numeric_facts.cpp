// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/numeric_facts.h"

#include "numeric_scanner.h"
#include "numeric_words.h"

#include <algorithm>

namespace terjime::text {
namespace {

using core::Language;
using core::LanguageTag;
using numeric::DayPart;
using numeric::ScannedNumber;
using numeric::Token;

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

// "2.5" × 10^6 → "2500000".
QString scaledValue(const QString &value, int zeros)
{
    const qsizetype point = value.indexOf(u'.');
    const QString integer = point < 0 ? value : value.left(point);
    const QString fraction = point < 0 ? QString() : value.mid(point + 1);
    if (fraction.size() > zeros)
        return integer + fraction.left(zeros) + u'.' + fraction.mid(zeros);
    QString scaled = integer + fraction + QString(zeros - fraction.size(), u'0');
    const bool negative = scaled.startsWith(u'-');
    qsizetype first = negative ? 1 : 0;
    while (first + 1 < scaled.size() && scaled[first] == u'0')
        ++first;
    return (negative ? QStringLiteral("-") : QString()) + scaled.mid(first);
}

QString timeValue(int hour, int minute)
{
    return twoDigits(hour) + u':' + twoDigits(minute);
}

// Turkmen case suffixes that make "sagat 3-de" (at three o'clock) or "15.00-da" a time.
bool isTurkmenTimeSuffix(QStringView suffix)
{
    return suffix == u"da" || suffix == u"de" || suffix == u"a" || suffix == u"e" || suffix == u"dan" ||
           suffix == u"den" || suffix == u"ta" || suffix == u"te" || suffix == u"ýa" || suffix == u"ýe";
}

// "a.m.", "am", "p. m.", "PM" at `pos` (after spaces), not followed by a letter.
DayPart amPmAt(QStringView text, qsizetype pos)
{
    auto at = [&](qsizetype i) { return i < text.size() ? text[i] : QChar(); };
    while (at(pos) == u' ' || at(pos) == QChar(0x00A0) || at(pos) == QChar(0x202F))
        ++pos;
    const QChar first = at(pos).toLower();
    if (first != u'a' && first != u'p')
        return DayPart::None;
    ++pos;
    if (at(pos) == u'.')
        ++pos;
    if (at(pos) == u' ')
        ++pos;
    if (at(pos).toLower() != u'm')
        return DayPart::None;
    ++pos;
    if (at(pos) == u'.')
        ++pos;
    if (at(pos).isLetter())
        return DayPart::None;
    return first == u'a' ? DayPart::Am : DayPart::Pm;
}

// Finds the facts in the tokens of one sentence: dates first (they take their numbers), then times, percentages
// and numbers, then numbers written as words and centuries in Roman numerals.
class FactFinder {
public:
    FactFinder(QStringView text, LanguageTag language, numeric::Scan &scan)
        : m_text(text), m_language(language), m_scan(scan)
    {}

    QList<NumericFact> find()
    {
        if (!m_scan.numbers.isEmpty()) {
            findDates();
            findNumbers();
        }
        if (m_scan.hasSpelledOut)
            findSpelledOut();
        if (m_scan.hasRomanNumeral)
            findCenturies();
        std::stable_sort(m_facts.begin(), m_facts.end(),
                         [](const NumericFact &a, const NumericFact &b) { return a.start < b.start; });
        return std::move(m_facts);
    }

private:
    bool english() const { return m_language.language() == Language::English; }
    bool russian() const { return m_language.language() == Language::Russian; }

    const Token *token(qsizetype i) const { return i >= 0 && i < m_scan.tokens.size() ? &m_scan.tokens[i] : nullptr; }

    QStringView word(qsizetype i) const
    {
        const Token *t = token(i);
        return t && t->type == Token::Type::Word ? m_text.mid(t->start, t->end - t->start) : QStringView();
    }

    // For indices known to hold a token (a number): no null to check.
    const Token &tokenAt(qsizetype i) const { return m_scan.tokens[i]; }
    ScannedNumber &numberAt(qsizetype i) { return m_scan.numbers[m_scan.tokens[i].number]; }

    ScannedNumber *number(qsizetype i)
    {
        const Token *t = token(i);
        return t && t->type == Token::Type::Number ? &m_scan.numbers[t->number] : nullptr;
    }

    bool isSymbol(qsizetype i, QChar c) const
    {
        const Token *t = token(i);
        return t && t->type == Token::Type::Symbol && m_text[t->start] == c;
    }

    bool isDash(qsizetype i) const
    {
        return isSymbol(i, u'-') || isSymbol(i, QChar(0x2013)) || isSymbol(i, QChar(0x2014)) ||
               isSymbol(i, QChar(0x2012)) || isSymbol(i, QChar(0x2011));
    }

    // "2025–2029", "10-18-nji", "10:00-11:00": the token of the number that closes a range opened at `i`.
    qsizetype rangeEndAfter(qsizetype i)
    {
        return number(i) && !number(i)->hyphenSuffix && isDash(i + 1) && number(i + 2) ? i + 2 : -1;
    }

    qsizetype rangeStartBefore(qsizetype i)
    {
        return isDash(i - 1) && number(i - 2) && !number(i - 2)->hyphenSuffix ? i - 2 : -1;
    }

    bool joinsPair(qsizetype i) const { return isDash(i) || numeric::isRangeConnector(word(i), m_language); }

    // Two numbers joined by a dash or a word ("10:00-11:00", "10:00 и 11:00 вечера", "с 10.00 до 18.00"): they
    // share the words that make them times.
    qsizetype pairedAfter(qsizetype i) { return joinsPair(i + 1) && number(i + 2) ? i + 2 : -1; }
    qsizetype pairedBefore(qsizetype i) { return joinsPair(i - 1) && number(i - 2) ? i - 2 : -1; }

    bool isDay(qsizetype i)
    {
        const ScannedNumber *n = number(i);
        return n && !n->consumed && n->shape == ScannedNumber::Shape::Plain && n->integer >= 1 && n->integer <= 31 &&
               n->writtenDigits <= 2 && !isSymbol(i + 1, u'%') && !numeric::isPercentWord(n->suffix, m_language);
    }

    // A year: four digits, or any integer the language marks as a year ("356-njy ýylyň", "99 г.").
    bool isYear(qsizetype i, bool markedAsYear)
    {
        const ScannedNumber *n = number(i);
        if (!n || n->consumed || n->shape != ScannedNumber::Shape::Plain || n->integer < 1)
            return false;
        if (markedAsYear)
            return n->writtenDigits <= 4;
        constexpr int kFirstYear = 1000;
        constexpr int kLastYear = 2999;
        return n->writtenDigits == 4 && n->integer >= kFirstYear && n->integer <= kLastYear;
    }

    void addFact(NumericFact::Kind kind, QString value, qsizetype start, qsizetype end, QString otherReading = {})
    {
        NumericFact fact;
        fact.kind = kind;
        fact.value = std::move(value);
        fact.otherReading = std::move(otherReading);
        fact.start = start;
        fact.end = end;
        m_facts.append(std::move(fact));
    }

    void findDates()
    {
        for (qsizetype i = 0; i < m_scan.tokens.size(); ++i) {
            const QStringView w = word(i);
            if (w.size() < 3)
                continue;
            if (const int month = numeric::monthNumber(w, m_language))
                addDateAround(i, month);
        }
    }

    // The days and the year around a month name: "1 April 2025", "April 1, 2025", "1st of April", "10-18-nji
    // noýabr", "2025-nji ýylyň 1-nji aprelinde", "апреле 2025 года". A month alone is no fact.
    void addDateAround(qsizetype monthToken, int month)
    {
        QVarLengthArray<qsizetype, 2> days;
        qsizetype first = monthToken;
        qsizetype last = monthToken;
        qsizetype before = monthToken - 1;
        if (english() && word(before) == u"of")
            --before;
        if (isDay(before)) {
            const qsizetype rangeStart = rangeStartBefore(before);
            if (rangeStart >= 0 && isDay(rangeStart))
                days.append(rangeStart);
            days.append(before);
            first = days.front();
        }
        qsizetype year = -1;
        if (numeric::isYearWord(word(first - 1), m_language) && isYear(first - 2, true)) // tk "2025-nji ýylyň"
            year = first = first - 2;
        qsizetype after = monthToken + 1;
        if (isSymbol(after, u'.') && numeric::isMonthAbbreviation(word(monthToken), m_language))
            ++after;
        if (days.isEmpty() && english() && isDay(after)) { // "April 1", "November 10-18"
            days.append(after);
            const qsizetype rangeEnd = rangeEndAfter(after);
            if (rangeEnd >= 0 && isDay(rangeEnd))
                days.append(rangeEnd);
            last = days.back();
            after = last + 1;
        }
        if (year < 0) {
            const qsizetype candidate = isSymbol(after, u',') ? after + 1 : after;
            if (isYear(candidate, numeric::isYearWord(word(candidate + 1), m_language)))
                year = last = candidate;
        }
        if (days.isEmpty() && year < 0)
            return;
        addDates(days, month, year, first, last);
    }

    void addDates(const QVarLengthArray<qsizetype, 2> &days, int month, qsizetype yearToken, qsizetype first,
                  qsizetype last)
    {
        const qsizetype end = tokenAt(last).end;
        QString prefix = QStringLiteral("--");
        if (yearToken >= 0) {
            ScannedNumber &year = numberAt(yearToken);
            year.consumed = true;
            prefix = QString::number(year.integer).rightJustified(4, u'0') + u'-';
        }
        if (days.isEmpty()) {
            addFact(NumericFact::Kind::Date, prefix + twoDigits(month), tokenAt(first).start, end);
            return;
        }
        for (qsizetype day : days) {
            ScannedNumber &n = numberAt(day);
            n.consumed = true;
            const qsizetype start = std::min(tokenAt(first).start, tokenAt(day).start);
            addFact(NumericFact::Kind::Date, prefix + twoDigits(month) + u'-' + twoDigits(n.integer), start, end);
        }
    }

    void findNumbers()
    {
        for (qsizetype i = 0; i < m_scan.tokens.size(); ++i) {
            const ScannedNumber *n = number(i);
            if (!n || n->consumed)
                continue;
            switch (n->shape) {
            case ScannedNumber::Shape::Date: addFact(NumericFact::Kind::Date, n->value, n->start, n->end); break;
            case ScannedNumber::Shape::Clock: addClock(i); break;
            case ScannedNumber::Shape::Plain:
                if (!addPercent(i) && !addTimeInContext(i))
                    addNumber(i);
                break;
            }
        }
    }

    // "2.5 million", "380 тысяч", "25-тысячную", "2,5 mlrd": the power of ten a scale word after the value at `i`
    // gives it, or 0.
    int scaleAfter(qsizetype i)
    {
        if (const ScannedNumber *n = number(i); n && n->hyphenSuffix)
            return numeric::scaleZeros(n->suffix, m_language);
        return numeric::scaleZeros(word(i + 1), m_language);
    }

    // Sets the value written at `i` into `fact`: scaled by a scale word after it ("380 тысяч" → "380000", the
    // written "380" as the other reading), unless it is ambiguous ("1,250" in Russian keeps both its readings).
    void setValue(NumericFact &fact, qsizetype i, const QString &written, const QString &otherReading)
    {
        const int zeros = otherReading.isEmpty() ? scaleAfter(i) : 0;
        fact.value = zeros > 0 ? scaledValue(written, zeros) : written;
        fact.otherReading = zeros > 0 ? written : otherReading;
    }

    void addNumber(qsizetype i)
    {
        const ScannedNumber &n = numberAt(i);
        NumericFact fact;
        fact.start = n.start;
        fact.end = n.end;
        setValue(fact, i, n.value, n.otherReading);
        m_facts.append(std::move(fact));
    }

    // The part of the day said next to the time at `i`: "3 p.m." / "5pm" (en), "8:30 вечера" / "в 3 часа дня"
    // (ru, after), "agşam sagat 8:30-da" (tk, before).
    DayPart ownDayPart(qsizetype i)
    {
        const ScannedNumber *n = number(i);
        if (!n)
            return DayPart::None;
        if (english()) {
            if (!n->suffix.isEmpty() && !n->hyphenSuffix)
                return numeric::dayPartWord(n->suffix, m_language);
            return amPmAt(m_text, tokenAt(i).end);
        }
        if (russian()) {
            const qsizetype next = numeric::isHourWord(word(i + 1), m_language) ? i + 2 : i + 1;
            return numeric::dayPartWord(word(next), m_language);
        }
        const qsizetype previous = numeric::isClockPreposition(word(i - 1), m_language) ? i - 2 : i - 1;
        return numeric::dayPartWord(word(previous), m_language);
    }

    int hourOf(qsizetype i) { return numberAt(i).hour >= 0 ? numberAt(i).hour : numberAt(i).integer; }

    // A pair shares its part of the day when it runs forward: "10:00-11:00 pm", "agşam sagat 10:00-11:00",
    // "10:00 и 11:00 вечера"; but "10:00 and 3 p.m." are two parts of the day.
    DayPart dayPart(qsizetype i)
    {
        DayPart part = ownDayPart(i);
        if (const qsizetype end = pairedAfter(i); part == DayPart::None && end >= 0 && hourOf(i) <= hourOf(end))
            part = ownDayPart(end);
        if (const qsizetype start = pairedBefore(i); part == DayPart::None && start >= 0 && hourOf(start) <= hourOf(i))
            part = ownDayPart(start);
        return part;
    }

    void addClock(qsizetype i)
    {
        const ScannedNumber &n = numberAt(i);
        const int hour = numeric::hourIn24(n.hour, dayPart(i));
        QString value = n.value;
        if (hour != n.hour)
            value.replace(0, 2, twoDigits(hour));
        addFact(NumericFact::Kind::Time, value, n.start, n.end);
    }

    bool isPercentSign(qsizetype i) const
    {
        return isSymbol(i, u'%') || isSymbol(i, QChar(0x066A)) || isSymbol(i, QChar(0xFF05));
    }

    // The end of a percent sign or word right after the value at `i` ("25%", "25 %", "25 процентов", "25 per cent",
    // "25 göterim", "25-процентный"), or -1.
    qsizetype percentEndAfter(qsizetype i)
    {
        if (const ScannedNumber *n = number(i); n && numeric::isPercentWord(n->suffix, m_language))
            return n->suffixEnd;
        if (isPercentSign(i + 1) || numeric::isPercentWord(word(i + 1), m_language))
            return tokenAt(i + 1).end;
        if (english() && word(i + 1).compare(u"per", Qt::CaseInsensitive) == 0 &&
            word(i + 2).compare(u"cent", Qt::CaseInsensitive) == 0)
            return tokenAt(i + 2).end;
        return -1;
    }

    bool isValue(qsizetype i)
    {
        const Token *t = token(i);
        return t && (t->type == Token::Type::Number || t->spelled >= 0);
    }

    // "10–15%", "3 to 5 percent", "от трёх до пяти процентов": the start of a range is a percentage when its end is.
    bool sharesPercentOfNext(qsizetype i) { return joinsPair(i + 1) && isValue(i + 2) && percentEndAfter(i + 2) >= 0; }

    bool addPercent(qsizetype i)
    {
        const ScannedNumber &n = numberAt(i);
        qsizetype end = percentEndAfter(i);
        if (end < 0 && isPercentSign(i - 1) && !tokenAt(i).spaceBefore) // "%25", Turkish style
            end = n.end;
        const bool year = n.writtenDigits == 4 && n.integer >= 0;
        if (end < 0 && n.suffix.isEmpty() && !year && sharesPercentOfNext(i))
            end = n.end;
        if (end < 0)
            return false;
        addFact(NumericFact::Kind::Percent, n.value, n.start, end, n.otherReading);
        return true;
    }

    // Whether the words around "15.00" make it a time: "в 15.00", "15.00 ч.", "sagat 15.00-da", "15.00 GMT".
    bool hasClockContext(qsizetype i)
    {
        const ScannedNumber *n = number(i);
        if (!n)
            return false;
        const QStringView next = word(i + 1);
        return numeric::isClockPreposition(word(i - 1), m_language) || numeric::isHourWord(next, m_language) ||
               numeric::isTimeZoneWord(next) || numeric::dayPartWord(next, m_language) != DayPart::None ||
               (m_language.isTurkmen() && n->hyphenSuffix && isTurkmenTimeSuffix(n->suffix));
    }

    // A number that the words around make a time: "3 p.m.", "7.55am", "в 15.00", "в 3 часа дня", "sagat 3-de",
    // "3 o'clock".
    bool addTimeInContext(qsizetype i)
    {
        const ScannedNumber &n = numberAt(i);
        const DayPart part = dayPart(i);
        constexpr int kNoon = 12;
        int hour = -1;
        int minute = 0;
        if (n.hour >= 0 && (part != DayPart::None || hasClockContext(i) || hasClockContext(pairedAfter(i)) ||
                            hasClockContext(pairedBefore(i)))) {
            hour = n.hour;
            minute = n.minute;
        } else if (n.integer >= 0 && n.writtenDigits <= 2 && n.integer <= 24 && isWholeHour(i, part)) {
            hour = n.integer;
        } else if (n.writtenDigits == 4 && n.integer >= 0 && numeric::isTimeZoneWord(word(i + 1))) { // "0230 UTC"
            hour = n.integer / 100;
            minute = n.integer % 100;
        }
        const bool twelveHour = part == DayPart::Am || part == DayPart::Pm;
        if (hour < 0 || hour > 24 || minute > 59 || (twelveHour && (hour < 1 || hour > kNoon)))
            return false;
        addFact(NumericFact::Kind::Time, timeValue(numeric::hourIn24(hour, part), minute), n.start, n.end);
        return true;
    }

    // Russian "по местному (московскому, ашхабадскому) времени", "по Гринвичу" at `i`.
    bool saysTimeZone(qsizetype i) const
    {
        const QStringView zone = word(i + 1);
        return word(i).compare(u"по", Qt::CaseInsensitive) == 0 &&
               (zone.endsWith(u"ому") || zone.startsWith(u"Гринвич", Qt::CaseInsensitive));
    }

    bool isWholeHour(qsizetype i, DayPart part)
    {
        const ScannedNumber &n = numberAt(i);
        if (english()) {
            const QStringView after = m_text.mid(tokenAt(i).end).trimmed();
            return part != DayPart::None || after.startsWith(u"o'clock") || after.startsWith(u"o\u2019clock");
        }
        if (russian()) {
            // "7 утра", "5 вечера"; "3 дня" and "3 ночи" are days and nights.
            const DayPart next = numeric::dayPartWord(word(i + 1), m_language);
            if (next == DayPart::Morning || next == DayPart::Evening)
                return true;
            // "в 15 часов", "к 3 часам", "в 3 часа дня"; "до 3 часов" and "около 3 часов" are as often durations.
            const QStringView before = word(i - 1);
            const bool at =
                before.compare(u"в", Qt::CaseInsensitive) == 0 || before.compare(u"к", Qt::CaseInsensitive) == 0;
            return numeric::isHourWord(word(i + 1), m_language) && (at || part != DayPart::None || saysTimeZone(i + 2));
        }
        // "sagat 5 töweregi" (at about five o'clock), "sagat 3-de", "daňdan 5-de"; "5 sagat" is five hours.
        if (numeric::isClockPreposition(word(i - 1), m_language))
            return n.suffix.isEmpty() || n.hyphenSuffix;
        return numeric::dayPartWord(word(i - 1), m_language) != DayPart::None && n.hyphenSuffix &&
               isTurkmenTimeSuffix(n.suffix);
    }

    // "three", "трёх", "üç"; a tens word and a unit make one number ("twenty-five", "on bäş"); "two percent" is a
    // percentage.
    void findSpelledOut()
    {
        for (qsizetype i = 0; i < m_scan.tokens.size(); ++i) {
            const Token &t = m_scan.tokens[i];
            if (t.spelled < 0)
                continue;
            NumericFact fact;
            fact.start = t.start;
            fact.end = t.end;
            fact.spelledOut = true;
            int value = t.spelled;
            if (numeric::isTensValue(value, m_language)) {
                const qsizetype unit = isSymbol(i + 1, u'-') && !tokenAt(i + 1).spaceBefore ? i + 2 : i + 1;
                const Token *u = token(unit);
                if (u && u->spelled >= 1 && u->spelled <= 9 && (unit == i + 1 ? u->spaceBefore : !u->spaceBefore)) {
                    value += u->spelled;
                    fact.end = u->end;
                    i = unit;
                }
            }
            setValue(fact, i, QString::number(value), {}); // "three thousand"
            if (const qsizetype percentEnd = percentEndAfter(i); percentEnd >= 0 || sharesPercentOfNext(i)) {
                fact.kind = NumericFact::Kind::Percent;
                fact.end = std::max(fact.end, percentEnd);
            }
            m_facts.append(std::move(fact));
        }
    }

    // Whether a century word follows at `i`, after an optional suffix ("XV-м веке"); "в" only as "в.".
    bool isCenturyAt(qsizetype i) const
    {
        if (isSymbol(i, u'-') && !tokenAt(i).spaceBefore && !word(i + 1).isEmpty())
            i += 2;
        const QStringView w = word(i);
        return numeric::isCenturyWord(w, m_language) && (w.size() > 1 || isSymbol(i + 1, u'.'));
    }

    // "XV век", "XVIII asyrda", "XIX–XX вв.", "XI, XII и XIII века": the centuries' numbers, as English writes
    // them ("the 15th century").
    void findCenturies()
    {
        for (qsizetype i = 0; i < m_scan.tokens.size(); ++i) {
            if (m_scan.tokens[i].roman <= 0)
                continue;
            qsizetype last = i;
            for (qsizetype next = i + 1; token(next) && token(next)->roman <= 0;) {
                if (!isSymbol(next, u',') && !joinsPair(next))
                    break;
                ++next;
                if (joinsPair(next)) // ", and"
                    ++next;
                if (!token(next) || token(next)->roman <= 0)
                    break;
                last = next++;
            }
            if (isCenturyAt(last + 1)) {
                for (qsizetype r = i; r <= last; ++r) {
                    if (const Token &t = m_scan.tokens[r]; t.roman > 0)
                        addFact(NumericFact::Kind::Number, QString::number(t.roman), t.start, t.end);
                }
            }
            i = last;
        }
    }

    QStringView m_text;
    LanguageTag m_language;
    numeric::Scan &m_scan;
    QList<NumericFact> m_facts;
};

} // namespace

QList<NumericFact> extractNumericFacts(QStringView text, LanguageTag language)
{
    numeric::Scan scan;
    numeric::scanText(text, language, scan);
    if (scan.numbers.isEmpty() && !scan.hasSpelledOut && !scan.hasRomanNumeral)
        return {};
    return FactFinder(text, language, scan).find();
}

} // namespace terjime::text
