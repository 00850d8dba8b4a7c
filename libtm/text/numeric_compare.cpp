// SPDX-License-Identifier: GPL-3.0-or-later
// compareNumericFacts: pairs the facts of a source and a target with the allowances the header lists.
#include "tm/text/numeric_facts.h"

#include <QVarLengthArray>

namespace terjime::text {
namespace {

// The parts of a Date value: "2025-04-01", "--04-01", "2025-04"; 0 for a part not given.
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};

DateParts dateParts(const QString &value)
{
    DateParts parts;
    if (value.startsWith(u"--")) {
        parts.month = QStringView(value).mid(2, 2).toInt();
        parts.day = QStringView(value).mid(5, 2).toInt();
        return parts;
    }
    const QList<QStringView> fields = QStringView(value).split(u'-');
    parts.year = fields.value(0).toInt();
    parts.month = fields.value(1).toInt();
    parts.day = fields.value(2).toInt();
    return parts;
}

// Pairs the facts of a source and a target; what stays unpaired is the difference.
class FactMatcher {
public:
    FactMatcher(const QList<NumericFact> &source, const QList<NumericFact> &target)
        : m_source{source, QVarLengthArray<bool, 16>(source.size(), false)}, m_target{target, QVarLengthArray<bool, 16>(
                                                                                                  target.size(), false)}
    {}

    NumericDifference match()
    {
        pairEqual(m_source, m_target, [](const NumericFact &s, const NumericFact &t) { return s.value == t.value; });
        pairEqual(m_source, m_target,
                  [](const NumericFact &s, const NumericFact &t) { return meetsOtherReading(s, t); });
        pairWithSpelledOut(m_source, m_target);
        pairWithSpelledOut(m_target, m_source);
        pairPartialDates();
        pairYearWithDate(m_source, m_target);
        pairYearWithDate(m_target, m_source);
        pairGroupedWithPieces(m_source, m_target);
        pairGroupedWithPieces(m_target, m_source);
        NumericDifference difference;
        difference.missingInTarget = unpaired(m_source);
        difference.extraInTarget = unpaired(m_target);
        return difference;
    }

private:
    // One side's value is the other's other reading: "1,250" (ru: 1.25 or 1250) = "1,250" (en: 1250); "2,5 млн"
    // (2500000, written 2.5) = "$2.5m". Both other readings are not compared: "2.5 million" ≠ "2,5 тыс.".
    static bool meetsOtherReading(const NumericFact &a, const NumericFact &b)
    {
        return (!b.otherReading.isEmpty() && a.value == b.otherReading) ||
               (!a.otherReading.isEmpty() && a.otherReading == b.value);
    }

    struct Side {
        const QList<NumericFact> &facts;
        QVarLengthArray<bool, 16> paired;

        bool open(qsizetype i) const { return !paired[i] && !facts[i].spelledOut; }
    };

    template <typename Equal>
    static void pairEqual(Side &source, Side &target, Equal equal)
    {
        for (qsizetype s = 0; s < source.facts.size(); ++s) {
            for (qsizetype t = 0; source.open(s) && t < target.facts.size(); ++t) {
                if (target.open(t) && source.facts[s].kind == target.facts[t].kind &&
                    equal(source.facts[s], target.facts[t]))
                    source.paired[s] = target.paired[t] = true;
            }
        }
    }

    // A number in digits on one side, the same number as a word on the other ("3" / "three", "2%" / "two
    // percent").
    static void pairWithSpelledOut(Side &digits, Side &words)
    {
        for (qsizetype d = 0; d < digits.facts.size(); ++d) {
            const NumericFact &fact = digits.facts[d];
            if (!digits.open(d))
                continue;
            for (qsizetype w = 0; w < words.facts.size(); ++w) {
                const NumericFact &word = words.facts[w];
                if (!words.paired[w] && word.spelledOut && word.kind == fact.kind &&
                    (word.value == fact.value || meetsOtherReading(word, fact))) {
                    digits.paired[d] = words.paired[w] = true;
                    break;
                }
            }
        }
    }

    // Whether `side` has the number `value` among its facts, paired or not; with `take`, an unpaired one is paired.
    // A year may also be the year of another date of the side ("from 24 August to 5 September 2021").
    static bool supplies(Side &side, int value, bool year, bool take)
    {
        const QString text = QString::number(value);
        bool present = false;
        for (qsizetype i = 0; i < side.facts.size(); ++i) {
            const NumericFact &fact = side.facts[i];
            if (year && fact.kind == NumericFact::Kind::Date && dateParts(fact.value).year == value)
                present = true;
            if (fact.kind != NumericFact::Kind::Number || fact.value != text)
                continue;
            if (take && !side.paired[i]) {
                side.paired[i] = true;
                return true;
            }
            present = true;
        }
        return present;
    }

    // Each part given on one side only must be a number of the other side's sentence; those numbers are taken
    // only when the whole date agrees.
    static bool datesAgree(Side &sourceSide, const DateParts &source, Side &targetSide, const DateParts &target)
    {
        constexpr int DateParts::*kParts[] = {&DateParts::year, &DateParts::month, &DateParts::day};
        for (auto part : kParts) {
            if (source.*part != 0 && target.*part != 0 && source.*part != target.*part)
                return false;
        }
        for (bool take : {false, true}) {
            for (auto part : kParts) {
                const bool year = part == &DateParts::year;
                const int sourcePart = source.*part;
                const int targetPart = target.*part;
                if (targetPart == 0 && sourcePart != 0 && !supplies(targetSide, sourcePart, year, take))
                    return false;
                if (sourcePart == 0 && targetPart != 0 && !supplies(sourceSide, targetPart, year, take))
                    return false;
            }
        }
        return true;
    }

    // "1 April … in 2025" against "2025-nji ýylyň 1-nji aprelinde".
    void pairPartialDates()
    {
        for (qsizetype s = 0; s < m_source.facts.size(); ++s) {
            if (!m_source.open(s) || m_source.facts[s].kind != NumericFact::Kind::Date)
                continue;
            for (qsizetype t = 0; t < m_target.facts.size(); ++t) {
                if (!m_target.open(t) || m_target.facts[t].kind != NumericFact::Kind::Date)
                    continue;
                if (datesAgree(m_source, dateParts(m_source.facts[s].value), m_target,
                               dateParts(m_target.facts[t].value))) {
                    m_source.paired[s] = m_target.paired[t] = true;
                    break;
                }
            }
        }
    }

    // A year alone ("in 2025", "2025-nji ýylda") against a date of that year whose month the other side says in a
    // word not next to the year; the date's day, if it has one, must still be a number of the year's side.
    static void pairYearWithDate(Side &years, Side &dates)
    {
        constexpr int kFirstYear = 1000;
        for (qsizetype y = 0; y < years.facts.size(); ++y) {
            if (!years.open(y) || years.facts[y].kind != NumericFact::Kind::Number)
                continue;
            const int year = years.facts[y].value.toInt();
            for (qsizetype d = 0; year >= kFirstYear && d < dates.facts.size(); ++d) {
                if (!dates.open(d) || dates.facts[d].kind != NumericFact::Kind::Date)
                    continue;
                const DateParts parts = dateParts(dates.facts[d].value);
                if (parts.year != year || (parts.day && !supplies(years, parts.day, false, false)))
                    continue;
                if (parts.day)
                    supplies(years, parts.day, false, true);
                years.paired[y] = dates.paired[d] = true;
                break;
            }
        }
    }

    // "116 123" is one number in Russian and Turkmen, where the space groups, and two in English, where it does not:
    // a phone number. The pieces are Numbers one space apart, each after the first of exactly three digits.
    static void pairGroupedWithPieces(Side &grouped, Side &pieces)
    {
        for (qsizetype g = 0; g < grouped.facts.size(); ++g) {
            const NumericFact &whole = grouped.facts[g];
            if (!grouped.open(g) || whole.kind != NumericFact::Kind::Number)
                continue;
            for (qsizetype first = 0; first < pieces.facts.size(); ++first) {
                if (const qsizetype last = piecesSpelling(pieces, first, whole.value); last >= 0) {
                    grouped.paired[g] = true;
                    for (qsizetype p = first; p <= last; ++p)
                        pieces.paired[p] = true;
                    break;
                }
            }
        }
    }

    // The last of the pieces from `first` whose digits, one after another, are `digits`; -1 if there is none.
    static qsizetype piecesSpelling(const Side &side, qsizetype first, const QString &digits)
    {
        QString joined;
        constexpr qsizetype kGroupDigits = 3;
        for (qsizetype p = first; p < side.facts.size() && side.open(p); ++p) {
            const NumericFact &piece = side.facts[p];
            const bool adjacent = p == first || piece.start == side.facts[p - 1].end + 1;
            if (piece.kind != NumericFact::Kind::Number || !adjacent ||
                (p > first && piece.end - piece.start != kGroupDigits))
                return -1;
            joined += p == first ? piece.value : side.facts.at(p).value.rightJustified(kGroupDigits, u'0');
            if (joined == digits && p > first)
                return p;
            if (!digits.startsWith(joined))
                return -1;
        }
        return -1;
    }

    static QList<NumericFact> unpaired(const Side &side)
    {
        QList<NumericFact> facts;
        for (qsizetype i = 0; i < side.facts.size(); ++i) {
            if (side.open(i))
                facts.append(side.facts[i]);
        }
        return facts;
    }

    Side m_source;
    Side m_target;
};

} // namespace

NumericDifference compareNumericFacts(const QList<NumericFact> &source, const QList<NumericFact> &target)
{
    return FactMatcher(source, target).match();
}

} // namespace terjime::text
