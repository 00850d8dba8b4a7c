// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/numeric_facts.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

#include <initializer_list>

using namespace terjime;
using text::NumericFact;

namespace {

const core::LanguageTag kEn(core::Language::English);
const core::LanguageTag kRu(core::Language::Russian);
const core::LanguageTag kTk(core::Language::Turkmen);

struct Written {
    const char16_t *text;
    core::LanguageTag language;
};

std::string printable(const char16_t *text)
{
    return QString::fromUtf16(text).toStdString();
}

QString kindName(NumericFact::Kind kind)
{
    switch (kind) {
    case NumericFact::Kind::Number: return QStringLiteral("Number");
    case NumericFact::Kind::Percent: return QStringLiteral("Percent");
    case NumericFact::Kind::Date: return QStringLiteral("Date");
    case NumericFact::Kind::Time: return QStringLiteral("Time");
    }
    return {};
}

// "Number 1250", "Percent 25", "Date 2025-04-01", "Number 3 (word)", "Number 1.25 or 1250".
QStringList facts(const char16_t *text, core::LanguageTag language)
{
    QStringList out;
    for (const NumericFact &fact : text::extractNumericFacts(QString::fromUtf16(text), language)) {
        QString line = kindName(fact.kind) + u' ' + fact.value;
        if (!fact.otherReading.isEmpty())
            line += QStringLiteral(" or ") + fact.otherReading;
        if (fact.spelledOut)
            line += QStringLiteral(" (word)");
        out << line;
    }
    return out;
}

QStringList list(std::initializer_list<const char *> facts)
{
    QStringList out;
    for (const char *fact : facts)
        out << QString::fromUtf8(fact);
    return out;
}

// Every text gives exactly `expected`.
void expectFacts(const QStringList &expected, std::initializer_list<Written> texts)
{
    for (const Written &written : texts)
        EXPECT_EQ(facts(written.text, written.language), expected) << printable(written.text);
}

text::NumericDifference compare(const Written &source, const Written &target)
{
    return text::compareNumericFacts(text::extractNumericFacts(QString::fromUtf16(source.text), source.language),
                                     text::extractNumericFacts(QString::fromUtf16(target.text), target.language));
}

bool sameFacts(const Written &source, const Written &target)
{
    return compare(source, target).empty();
}

QStringList values(const QList<NumericFact> &facts)
{
    QStringList out;
    for (const NumericFact &fact : facts)
        out << kindName(fact.kind) + u' ' + fact.value;
    return out;
}

void expectDifference(const Written &source, const Written &target, const QStringList &missing,
                      const QStringList &extra)
{
    const text::NumericDifference difference = compare(source, target);
    EXPECT_EQ(values(difference.missingInTarget), missing) << printable(source.text);
    EXPECT_EQ(values(difference.extraInTarget), extra) << printable(target.text);
}

} // namespace

TEST(NumericFacts, OneThousandTwoHundredFiftyInEveryConvention)
{
    expectFacts(list({"Number 1250"}), {
                                           {u"The commission approved 1,250 projects.", kEn},
                                           {u"The commission approved 1250 projects.", kEn},
                                           {u"The commission approved 1\u00a0250 projects.", kEn},
                                           {u"The commission approved 1\u202f250 projects.", kEn},
                                           {u"Комиссия одобрила 1 250 проектов.", kRu},
                                           {u"Комиссия одобрила 1\u00a0250 проектов.", kRu},
                                           {u"Комиссия одобрила 1\u202f250 проектов.", kRu},
                                           {u"Topar 1 250 taslamany makullady.", kTk},
                                           {u"Topar 1250-den gowrak taslamany makullady.", kTk},
                                       });
    expectFacts(list({"Number 1250000"}),
                {{u"a budget of 1,250,000 dollars", kEn}, {u"бюджет в 1 250 000 долларов", kRu}});
    // English groups with commas only: "the 2008 400 Richest Americans", phone numbers.
    expectFacts(list({"Number 190", "Number 2008", "Number 400"}),
                {{u"ranked 190th on the 2008 400 Richest Americans list", kEn}});
}

TEST(NumericFacts, DecimalsSignsAndZeros)
{
    // A scale word scales the value; the number as written is the other reading.
    expectFacts(
        list({"Number 2500000 or 2.5"}),
        {{u"a loan of $2.5 million", kEn}, {u"кредит в 2,5 млн долларов", kRu}, {u"2,5 million dollarlyk karz", kTk}});
    expectFacts(list({"Number 2.5"}), {{u"growth of 2.50 points", kEn}, {u"рост на 2,50 пункта", kRu}});
    expectFacts(list({"Number 5", "Number 0.5"}), {{u"rose to 5.0 and then 0.50", kEn}});
    expectFacts(list({"Number 7"}), {{u"Room 007 is closed.", kEn}});
    expectFacts(list({"Number -3"}),
                {{u"The temperature fell to -3 degrees.", kEn}, {u"Температура упала до \u22123 градусов.", kRu}});
    // Russian and Turkmen text also has the decimal point, copied from English ("2.4 ГГц").
    expectFacts(list({"Number 2.4"}), {{u"на частоте 2.4 ГГц", kRu}});
}

TEST(NumericFacts, ACommaBeforeThreeDigitsInRussianOrTurkmenIsReadBothWays)
{
    // By convention a decimal comma; the grouped reading is kept for text that copies English figures.
    expectFacts(list({"Number 1.25 or 1250"}), {{u"составил 1,250 млрд", kRu}, {u"1,250 milliard boldy", kTk}});
    // A currency sign, a second group or a decimal point after it shows that it groups.
    expectFacts(list({"Number 350000"}), {{u"Onuň kepillik tölegi $350,000 boldy.", kTk}});
    expectFacts(list({"Number 1250000"}), {{u"бюджет 1,250,000 долларов", kRu}});
    expectFacts(list({"Number 1250.5"}), {{u"ровно 1,250.5 тонны", kRu}});
    // Either reading meets the other language.
    EXPECT_TRUE(sameFacts({u"The fund holds 1,250 tonnes.", kEn}, {u"Фонд хранит 1,250 тонны.", kRu}));
    EXPECT_TRUE(sameFacts({u"The fund holds 1.25 billion.", kEn}, {u"Фонд хранит 1,250 млрд.", kRu}));
    EXPECT_FALSE(sameFacts({u"The fund holds 1,250 tonnes.", kEn}, {u"Фонд хранит 1,25 тонны.", kRu}));
}

TEST(NumericFacts, Percentages)
{
    expectFacts(list({"Percent 25"}), {
                                          {u"exports grew by 25%", kEn},
                                          {u"exports grew by 25 percent", kEn},
                                          {u"exports grew by 25 per cent", kEn},
                                          {u"экспорт вырос на 25 %", kRu},
                                          {u"экспорт вырос на 25\u00a0%", kRu},
                                          {u"экспорт вырос на 25 процентов", kRu},
                                          {u"экспорт вырос на 25 процента", kRu},
                                          {u"25-процентный рост экспорта", kRu},
                                          {u"eksport %25 ösdi", kTk},
                                          {u"eksport 25 göterim ösdi", kTk},
                                          {u"eksport 25 göterime çenli ösdi", kTk},
                                      });
    expectFacts(list({"Percent 2.5"}), {{u"a share of 2.5%", kEn}, {u"доля 2,5 %", kRu}});
    // A range or a pair takes the sign of its end.
    expectFacts(list({"Percent 10", "Percent 15"}), {{u"between 10–15% of the budget", kEn}});
    expectFacts(list({"Percent 3", "Percent 5"}), {{u"affects 3 to 5 percent of children", kEn}});
    // A percentage never equals a number.
    expectDifference({u"Exports grew by 25%.", kEn}, {u"Экспорт вырос на 25.", kRu}, list({"Percent 25"}),
                     list({"Number 25"}));
}

TEST(NumericFacts, RangesGiveBothEnds)
{
    expectFacts(list({"Number 2025", "Number 2029"}), {{u"the plan for 2025–2029", kEn},
                                                       {u"the plan for 2025-2029", kEn},
                                                       {u"план на 2025–2029 гг.", kRu},
                                                       {u"2025 – 2029-njy ýyllar üçin meýilnama", kTk}});
    expectFacts(list({"Date --11-10", "Date --11-18"}),
                {{u"10-18-nji noýabr aralygynda", kTk}, {u"from November 10-18", kEn}, {u"10–18 ноября", kRu}});
}

TEST(NumericFacts, SuffixesAndOrdinalEndingsAreNotPartOfTheValue)
{
    expectFacts(list({"Number 1"}), {{u"1-nji orunda", kTk}});
    expectFacts(list({"Number 6"}), {{u"6-njy maddasy", kTk}});
    expectFacts(list({"Number 2025"}), {{u"2025-nji ýylda", kTk}});
    expectFacts(list({"Number 20"}), {{u"20-den gowrak ýurt", kTk}});
    expectFacts({}, {{u"ÝHHG-niň we BMG-niň wekilleri", kTk}});
    expectFacts(list({"Number 1", "Number 2", "Number 3", "Number 21"}),
                {{u"the 1st, 2nd, 3rd and 21st meetings", kEn}});
    expectFacts(list({"Number 1", "Number 2", "Number 3"}), {{u"1-й, 2-го и 3-ем заседаниях", kRu}});
}

TEST(NumericFacts, FullDates)
{
    expectFacts(list({"Date 2025-04-01"}), {
                                               {u"The meeting was held on 1 April 2025.", kEn},
                                               {u"The meeting was held on April 1, 2025.", kEn},
                                               {u"The meeting was held on the 1st of April 2025.", kEn},
                                               {u"The meeting was held on 01.04.2025.", kEn},
                                               {u"Заседание состоялось 1 апреля 2025 года.", kRu},
                                               {u"Заседание состоялось 1 апреля 2025 г.", kRu},
                                               {u"Заседание состоялось 01.04.2025.", kRu},
                                               {u"Mejlis 2025-nji ýylyň 1-nji aprelinde geçirildi.", kTk},
                                               {u"Mejlis 1-nji aprel 2025-nji ýylda geçirildi.", kTk},
                                               {u"Mejlis 01.04.2025 senesinde geçirildi.", kTk},
                                           });
    expectFacts(list({"Date 2024-01-05", "Date 2024-09-30"}), {{u"Signed on Jan. 5, 2024 and Sept. 30, 2024.", kEn}});
}

TEST(NumericFacts, PartialDates)
{
    expectFacts(list({"Date --04-01"}), {{u"The visit starts on 1 April.", kEn},
                                         {u"The visit starts on April 1.", kEn},
                                         {u"Визит начнётся 1 апреля.", kRu},
                                         {u"Sapar 1-nji aprelde başlar.", kTk}});
    expectFacts(list({"Date 2025-04"}), {{u"The report is due in April 2025.", kEn},
                                         {u"Отчёт представят в апреле 2025 года.", kRu},
                                         {u"Hasabat 2025-nji ýylyň aprel aýynda taýýarlanar.", kTk},
                                         {u"Hasabat 2025-nji ýylyň aprelinde taýýarlanar.", kTk}});
}

TEST(NumericFacts, MonthsInEveryInflection)
{
    expectFacts(list({"Date --01-15", "Date --02-03", "Date 2024-03", "Date 2024-05", "Date --05-09", "Date --09-01"}),
                {{u"15 января, 3 февраля, в марте 2024 года, в мае 2024 г., 9 мая, 1 сентября", kRu}});
    expectFacts(list({"Date 2026-01", "Date 2026-12"}), {{u"в январе 2026 года и декабрь 2026 года", kRu}});
    expectFacts(list({"Date --05-05", "Date --06-12", "Date --12-03", "Date 1776-07-04"}),
                {{u"5-nji maýynda, 12-nji iýunynda, 3-nji dekabryna çenli, 4-nji iýul, 1776", kTk}});
    // "maýyp" (disabled) and "maýmyn" (monkey) are not May; the verb "may" is not the month.
    expectFacts(list({"Number 5", "Number 2"}), {{u"5 maýyp adam we 2 maýmyn", kTk}});
    expectFacts(list({"Number 2", "Date --05-05"}), {{u"Delegates may 2 times a year meet; they met on 5 May.", kEn}});
}

TEST(NumericFacts, AYearAloneStaysANumber)
{
    expectFacts(list({"Number 2025"}), {{u"The strategy was adopted in 2025.", kEn},
                                        {u"Стратегия принята в 2025 году.", kRu},
                                        {u"Strategiýa 2025-nji ýylda kabul edildi.", kTk}});
}

TEST(NumericFacts, Times)
{
    expectFacts(list({"Time 15:00"}), {
                                          {u"The session opens at 15:00.", kEn},
                                          {u"The session opens at 3 p.m.", kEn},
                                          {u"The session opens at 3 pm.", kEn},
                                          {u"The session opens at 3pm.", kEn},
                                          {u"Заседание начнётся в 15.00.", kRu},
                                          {u"Встреча в 3 часа дня.", kRu},
                                          {u"Встреча в 15 часов.", kRu},
                                          {u"Встреча около 15 часов по ашхабадскому времени.", kRu},
                                          {u"Mejlis sagat 15:00-da başlar.", kTk},
                                      });
    expectFacts(list({"Time 15:30"}), {{u"The session opens at 3:30 p.m.", kEn}});
    expectFacts(list({"Time 10:00"}), {{u"The session opens at 10 a.m.", kEn}, {u"Mejlis irden sagat 10-da.", kTk}});
    expectFacts(list({"Time 12:00"}), {{u"The session opens at 12 p.m.", kEn}, {u"at 12.00 GMT", kEn}});
    expectFacts(list({"Time 00:00"}), {{u"The session opens at 12 a.m.", kEn}});
    expectFacts(list({"Time 07:55"}), {{u"The body was found at 7.55am.", kEn}});
    expectFacts(list({"Time 20:30"}), {{u"Концерт начался в 8:30 вечера.", kRu}, {u"agşam sagat 8:30-da", kTk}});
    expectFacts(list({"Time 22:00", "Time 23:00"}), {{u"Between 10:00-11:00 pm a fire started.", kEn},
                                                     {u"между 10:00 и 11:00 вечера", kRu},
                                                     {u"agşam sagat 10:00-11:00 aralygynda", kTk}});
    expectFacts(list({"Time 10:00", "Time 18:00"}), {{u"Приём с 10.00 до 18.00.", kRu}});
    expectFacts(list({"Time 10:00", "Time 15:00"}), {{u"Sessions at 10:00 and 3 p.m.", kEn}});
}

TEST(NumericFacts, DecimalsAndDurationsAreNotTimes)
{
    expectFacts(list({"Number 2.5"}), {{u"Prices rose 2.5 times.", kEn}});
    expectFacts(list({"Number 3.5"}), {{u"The ship is 3.50 m wide.", kEn}});
    expectFacts(list({"Number 2.5", "Number 3"}), {{u"Цены выросли в 2,5 раза за 3 дня.", kRu}});
    expectFacts(list({"Number 3"}), {{u"Ýygnak 3 sagat dowam etdi.", kTk}, {u"Заседание продлится до 3 часов.", kRu}});
}

TEST(NumericFacts, NumbersWrittenAsWords)
{
    expectFacts(list({"Number 3 (word)", "Number 12 (word)"}), {{u"three ministries and twelve agencies", kEn}});
    expectFacts(list({"Number 2 (word)", "Number 3 (word)"}), {{u"двух министерств и трёх агентств", kRu}});
    expectFacts(list({"Number 3 (word)", "Number 15 (word)"}), {{u"üç ministrlik we on bäş edara", kTk}});
    expectFacts(list({"Number 25 (word)"}), {{u"twenty-five countries", kEn}});
    expectFacts(list({"Number 2 (word)"}), {{u"двухчасовое выступление", kRu}});
    // Only whole words: "onda" (there), "someone".
    expectFacts({}, {{u"Onda köp adam bardy.", kTk}, {u"someone, oneself, tone", kEn}});
}

TEST(NumericFacts, WhatIsNotANumber)
{
    expectFacts({}, {
                        {u"The G20 summit and the A320 aircraft", kEn},
                        {u"See https://example.org/2025/04/report-12 for details.", kEn},
                        {u"Write to info2025@example.tm or press@example.tm.", kEn},
                        {u"Visit www.example.tm/news/123 today.", kEn},
                        {u"A text without any number at all.", kEn},
                        {u"Пётр I и глава IV", kRu}, // Roman numerals only before a century word
                    });
    // List numbering at the start is a number (it is in every language).
    expectFacts(list({"Number 1"}), {{u"1. Approve the plan.", kEn}});
    // A multiplication sign written as a letter separates two numbers.
    expectFacts(list({"Number 6", "Number 6"}), {{u"a 6x6 cm format", kEn}});
}

TEST(NumericFacts, CenturiesInRomanNumerals)
{
    expectFacts(list({"Number 15"}), {{u"в XV веке", kRu}, {u"в ХV-м веке", kRu}, {u"XV asyrda", kTk}});
    expectFacts(list({"Number 11", "Number 12", "Number 13"}), {{u"в XI, XII и XIII веках", kRu}});
    EXPECT_TRUE(sameFacts({u"in the 18th century", kEn}, {u"XVIII asyrda", kTk}));
}

TEST(NumericFacts, OffsetsCoverTheWholeExpression)
{
    const QString text = QStringLiteral("On 1 April 2025 exports grew by 25 %.");
    const QList<NumericFact> found = text::extractNumericFacts(text, kEn);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(text.mid(found[0].start, found[0].end - found[0].start), QStringLiteral("1 April 2025"));
    EXPECT_EQ(text.mid(found[1].start, found[1].end - found[1].start), QStringLiteral("25 %"));
}

// The three-language sentences of LANGUAGES.md and press-release sentences of our own.
TEST(NumericFacts, CorrectLocalisationsCompareEqual)
{
    const Written pressRelease{u"The commission met on 1 April 2025 at 3 p.m. and approved 1,250 projects worth "
                               u"$2.5 million, 25% more than in 2024.",
                               kEn};
    EXPECT_TRUE(sameFacts(pressRelease, {u"Комиссия собралась 1 апреля 2025 г. в 15:00 и одобрила 1 250 проектов на "
                                         u"2,5 млн долларов, на 25 % больше, чем в 2024 году.",
                                         kRu}));
    EXPECT_TRUE(sameFacts(pressRelease, {u"Topar 2025-nji ýylyň 1-nji aprelinde sagat 15:00-da ýygnanyp, 2,5 million "
                                         u"dollarlyk 1 250 taslamany makullady, bu 2024-nji ýyldakydan %25 köpdür.",
                                         kTk}));
    const Written plan{u"Hereketleriň 2025 – 2029-njy ýyllar üçin milli meýilnamasy 2025-nji ýylyň 20-nji iýunynda "
                       u"kabul edildi.",
                       kTk};
    EXPECT_TRUE(sameFacts({u"The National Action Plan for 2025–2029 was adopted on 20 June 2025.", kEn}, plan));
    EXPECT_TRUE(sameFacts({u"Национальный план действий на 2025–2029 гг. принят 20 июня 2025 г.", kRu}, plan));
    EXPECT_TRUE(sameFacts({u"The OSCE seminar on 10-18 November brought together three ministries.", kEn},
                          {u"ÝHHG-niň 10-18-nji noýabr aralygynda geçirilen seminary 3 ministrligi jemledi.", kTk}));
    EXPECT_TRUE(sameFacts({u"More than 20 countries will take part in the forum on April 1, 2025.", kEn},
                          {u"2025-nji ýylyň 1-nji aprelinde geçiriljek foruma 20-den gowrak ýurt gatnaşar.", kTk}));
    EXPECT_TRUE(sameFacts({u"The delegation visited Vienna in April 2025.", kEn},
                          {u"Делегация посетила Вену в апреле 2025 года.", kRu}));
}

TEST(NumericFacts, RealDifferencesAreFound)
{
    // A changed digit.
    expectDifference({u"The plan covers 2025–2029.", kEn}, {u"Meýilnama 2025 – 2028-nji ýyllary öz içine alýar.", kTk},
                     list({"Number 2029"}), list({"Number 2028"}));
    // A dropped number.
    expectDifference({u"The fund received $2.5 million from 12 donors.", kEn},
                     {u"Фонд получил 2,5 млн долларов от доноров.", kRu}, list({"Number 12"}), {});
    // A wrong month.
    expectDifference({u"The meeting took place on 1 April 2025.", kEn},
                     {u"Mejlis 2025-nji ýylyň 1-nji maýynda geçirildi.", kTk}, list({"Date 2025-04-01"}),
                     list({"Date 2025-05-01"}));
    // 3 p.m. is not 16:00.
    expectDifference({u"The press conference starts at 3 p.m.", kEn}, {u"Пресс-конференция начнётся в 16:00.", kRu},
                     list({"Time 15:00"}), list({"Time 16:00"}));
    // 25% is not 25, and 2.5 is not 25.
    EXPECT_FALSE(sameFacts({u"Exports grew by 25%.", kEn}, {u"Eksport 25 ösdi.", kTk}));
    EXPECT_FALSE(sameFacts({u"Exports grew by 2.5 percent.", kEn}, {u"Экспорт вырос на 25 процентов.", kRu}));
    // A full date against a partial one whose year the sentence does not give.
    EXPECT_FALSE(
        sameFacts({u"The forum opens on 1 April.", kEn}, {u"Forum 2025-nji ýylyň 1-nji aprelinde açylar.", kTk}));
    // A number written as a word of another value does not satisfy a digit.
    EXPECT_FALSE(
        sameFacts({u"The forum brought together 3 ministries.", kEn}, {u"Forum dört ministrligi jemledi.", kTk}));
    // A scale changed.
    EXPECT_FALSE(sameFacts({u"a loan of $2.5 million", kEn}, {u"кредит в 2,5 тыс. долларов", kRu}));
    // A century written wrongly.
    EXPECT_FALSE(sameFacts({u"in the 16th century", kEn}, {u"XIV asyrda", kTk}));
}

TEST(NumericFacts, TheAllowancesOfTheComparison)
{
    const std::pair<Written, Written> equal[] = {
        // A number written as a word satisfies digits and is never required.
        {{u"Three ministries signed the plan.", kEn}, {u"3 ministrlik meýilnama gol çekdi.", kTk}},
        {{u"3 ministries signed the plan.", kEn}, {u"Планы подписали три министерства.", kRu}},
        {{u"One of the ministries signed the plan.", kEn}, {u"Ministrlikleriň biri gol çekdi.", kTk}},
        {{u"Exports grew by two percent.", kEn}, {u"Экспорт вырос на 2 %.", kRu}},
        // A full date against a partial one whose missing part is a number of the sentence, or a date's year.
        {{u"On 1 April, the commission approved the plan for 2025.", kEn},
         {u"Topar 2025-nji ýylyň 1-nji aprelinde meýilnamany makullady.", kTk}},
        {{u"The games run from 24 August to 5 September 2025.", kEn},
         {u"Oýunlar 2025-nji ýylyň 24-nji awgustyndan 5-nji sentýabryna çenli dowam eder.", kTk}},
        // A year against a date of that year whose month is a word away from the year.
        {{u"The report appeared in April 2025.", kEn}, {u"Hasabat 2025-nji ýylda, aprel aýynda çap edildi.", kTk}},
        // Scale words: "380,000" is "380 тысяч".
        {{u"The city has more than 380,000 people.", kEn}, {u"В городе проживает свыше 380 тысяч человек.", kRu}},
        {{u"The budget is 2.5 million manats.", kEn}, {u"Býujet 2 500 000 manat.", kTk}},
        // A phone number grouped by spaces in Russian is several numbers in English.
        {{u"Call 116 123 free of charge.", kEn}, {u"Звоните бесплатно по номеру 116 123.", kRu}},
    };
    for (const auto &[source, target] : equal)
        EXPECT_TRUE(sameFacts(source, target)) << printable(source.text) << " / " << printable(target.text);
}

// Every trap of the brief: a correct localisation that a naive extractor would report.
TEST(NumericFacts, FalsePositiveTrapsCompareEqual)
{
    const std::pair<Written, Written> traps[] = {
        {{u"1,250 participants", kEn}, {u"1 250 участников", kRu}},
        {{u"1,250 participants", kEn}, {u"1\u00a0250 участников", kRu}},
        {{u"1,250 participants", kEn}, {u"1\u202f250 gatnaşyjy", kTk}},
        {{u"1250 participants", kEn}, {u"1 250 участников", kRu}},
        {{u"$2.5 million", kEn}, {u"2,5 млн долларов", kRu}},
        {{u"$2.5 million", kEn}, {u"2,5 million dollar", kTk}},
        {{u"an index of 2.50", kEn}, {u"индекс 2,5", kRu}},
        {{u"25%", kEn}, {u"25 %", kRu}},
        {{u"25%", kEn}, {u"%25", kTk}},
        {{u"25 per cent", kEn}, {u"25 процентов", kRu}},
        {{u"25 percent", kEn}, {u"25 göterim", kTk}},
        {{u"for 2025–2029", kEn}, {u"2025 – 2029-njy ýyllar üçin", kTk}},
        {{u"for 2025-2029", kEn}, {u"на 2025–2029 годы", kRu}},
        {{u"on 10-18 November", kEn}, {u"10-18-nji noýabr aralygynda", kTk}},
        {{u"the 1st session", kEn}, {u"1-nji mejlis", kTk}},
        {{u"the 6th article", kEn}, {u"6-njy madda", kTk}},
        {{u"the 21st century", kEn}, {u"21-й век", kRu}},
        {{u"at 15:00", kEn}, {u"sagat 15:00-da", kTk}},
        {{u"more than 20 countries", kEn}, {u"20-den gowrak ýurt", kTk}},
        {{u"the OSCE's 3 offices", kEn}, {u"ÝHHG-niň 3 edarasy", kTk}},
        {{u"on 1 April 2025", kEn}, {u"1 апреля 2025 года", kRu}},
        {{u"on April 1, 2025", kEn}, {u"1 апреля 2025 г.", kRu}},
        {{u"on the 1st of April 2025", kEn}, {u"01.04.2025", kRu}},
        {{u"on 1 April 2025", kEn}, {u"2025-nji ýylyň 1-nji aprelinde", kTk}},
        {{u"on 1 April 2025", kEn}, {u"1-nji aprel 2025-nji ýylda", kTk}},
        {{u"in April 2025", kEn}, {u"2025-nji ýylyň aprel aýynda", kTk}},
        {{u"in April 2025", kEn}, {u"в апреле 2025 года", kRu}},
        {{u"in April 2025", kEn}, {u"2025-nji ýylyň aprelinde", kTk}},
        {{u"on 1 April", kEn}, {u"1 апреля", kRu}},
        {{u"in 2025", kEn}, {u"в 2025 году", kRu}},
        {{u"in 2025", kEn}, {u"2025-nji ýylda", kTk}},
        {{u"at 3 p.m.", kEn}, {u"в 15:00", kRu}},
        {{u"at 3 pm", kEn}, {u"sagat 15:00-da", kTk}},
        {{u"at 3:30 p.m.", kEn}, {u"в 15.30", kRu}},
        {{u"at 10 a.m.", kEn}, {u"в 10:00", kRu}},
        {{u"at 12 p.m.", kEn}, {u"в 12:00", kRu}},
        {{u"at 12 a.m.", kEn}, {u"в 00:00", kRu}},
        {{u"three ministries", kEn}, {u"3 министерства", kRu}},
        {{u"3 ministries", kEn}, {u"трёх министерств", kRu}},
        {{u"3 ministries", kEn}, {u"üç ministrlik", kTk}},
        {{u"see www.example.tm/2025 or write to un2025@example.org", kEn}, {u"см. www.example.tm/2025", kRu}},
        {{u"the G20 summit", kEn}, {u"G20 sammiti", kTk}},
    };
    for (const auto &[source, target] : traps)
        EXPECT_TRUE(sameFacts(source, target)) << printable(source.text) << " / " << printable(target.text);
}
