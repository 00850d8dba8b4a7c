// SPDX-License-Identifier: GPL-3.0-or-later
#include "numeric_words.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace terjime::text::numeric {
namespace {

using core::Language;
using core::LanguageTag;

// Tables hold std::u16string_view, whose comparisons are constexpr, so that their order is checked at compile time.
struct WordValue {
    std::u16string_view word;
    int value;
};

// Tables are sorted by word (UTF-16 code units) so that a lookup is a binary search without allocation.
template <std::size_t N>
int lookup(const std::array<WordValue, N> &table, QStringView word)
{
    const std::u16string_view key(word.utf16(), std::size_t(word.size()));
    const auto found = std::lower_bound(table.begin(), table.end(), key,
                                        [](const WordValue &entry, std::u16string_view k) { return entry.word < k; });
    return found != table.end() && found->word == key ? found->value : -1;
}

bool isEnglish(LanguageTag language)
{
    return language.language() == Language::English;
}

// English: full names, and the abbreviations a press release uses ("Jan.", "Sept.").
constexpr std::array<WordValue, 24> kEnglishMonths{{
    {u"apr", 4},       {u"april", 4},    {u"aug", 8},      {u"august", 8},  {u"dec", 12}, {u"december", 12},
    {u"feb", 2},       {u"february", 2}, {u"jan", 1},      {u"january", 1}, {u"jul", 7},  {u"july", 7},
    {u"jun", 6},       {u"june", 6},     {u"mar", 3},      {u"march", 3},   {u"may", 5},  {u"nov", 11},
    {u"november", 11}, {u"oct", 10},     {u"october", 10}, {u"sep", 9},     {u"sept", 9}, {u"september", 9},
}};

struct MonthStem {
    QStringView stem;
    int month;
};

// Russian: the stem and the endings of its declension (soft stems январ-ь/-я/-е/-ю/-ём; hard март-/-а/-е/-у/-ом;
// май/мая/мае/маю/маем). ё is folded to е before the lookup.
constexpr std::array<MonthStem, 11> kRussianSoftAndHardStems{{
    {u"январ", 1},
    {u"феврал", 2},
    {u"март", 3},
    {u"апрел", 4},
    {u"июн", 6},
    {u"июл", 7},
    {u"август", 8},
    {u"сентябр", 9},
    {u"октябр", 10},
    {u"ноябр", 11},
    {u"декабр", 12},
}};
constexpr std::array<QStringView, 5> kRussianSoftEndings{u"ь", u"я", u"е", u"ю", u"ем"};
constexpr std::array<QStringView, 5> kRussianHardEndings{u"", u"а", u"е", u"у", u"ом"};
constexpr std::array<QStringView, 5> kRussianMay{u"май", u"мая", u"мае", u"маю", u"маем"};

// Turkmen: every month takes case and possessive suffixes ("aprelinde", "maýynda", "dekabryna"). Only the suffixes
// below count, so that "maýyp" (disabled) or "maýmyn" (monkey) are not May.
constexpr std::array<MonthStem, 12> kTurkmenStems{{
    {u"ýanwar", 1},
    {u"fewral", 2},
    {u"mart", 3},
    {u"aprel", 4},
    {u"maý", 5},
    {u"iýun", 6},
    {u"iýul", 7},
    {u"awgust", 8},
    {u"sentýabr", 9},
    {u"oktýabr", 10},
    {u"noýabr", 11},
    {u"dekabr", 12},
}};
constexpr std::array<QStringView, 25> kTurkmenMonthSuffixes{
    u"",       u"a",    u"e",   u"y",   u"i",    u"da",   u"de",    u"dan",   u"den",
    u"daky",   u"däki", u"yň",  u"iň",  u"ynda", u"inde", u"yndan", u"inden", u"yndaky",
    u"indäki", u"yna",  u"ine", u"yny", u"ini",  u"ynyň", u"iniň",
};

// Legacy Cyrillic Turkmen: the Russian stems, Turkmen suffixes (not listed: any short ending).
constexpr std::array<MonthStem, 12> kCyrillicTurkmenStems{{
    {u"январ", 1},
    {u"феврал", 2},
    {u"март", 3},
    {u"апрел", 4},
    {u"май", 5},
    {u"июн", 6},
    {u"июл", 7},
    {u"август", 8},
    {u"сентябр", 9},
    {u"октябр", 10},
    {u"ноябр", 11},
    {u"декабр", 12},
}};

template <std::size_t N>
bool contains(const std::array<QStringView, N> &words, QStringView word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

int russianMonth(QStringView folded)
{
    if (contains(kRussianMay, folded))
        return 5;
    for (const MonthStem &entry : kRussianSoftAndHardStems) {
        if (!folded.startsWith(entry.stem))
            continue;
        const QStringView ending = folded.mid(entry.stem.size());
        const bool hard = entry.month == 3 || entry.month == 8;
        if (hard ? contains(kRussianHardEndings, ending) : contains(kRussianSoftEndings, ending))
            return entry.month;
    }
    return 0;
}

int turkmenMonth(QStringView folded)
{
    for (const MonthStem &entry : kTurkmenStems) {
        if (folded.startsWith(entry.stem) && contains(kTurkmenMonthSuffixes, folded.mid(entry.stem.size())))
            return entry.month;
    }
    return 0;
}

int cyrillicTurkmenMonth(QStringView folded)
{
    constexpr qsizetype kLongestSuffix = 5;
    for (const MonthStem &entry : kCyrillicTurkmenStems) {
        if (folded.startsWith(entry.stem) && folded.size() - entry.stem.size() <= kLongestSuffix)
            return entry.month;
    }
    return 0;
}

// Numbers as words. Only small numbers: larger ones are written in digits in the texts the check sees. English
// ordinals count ("In third", "Seventh Fleet" against "3-м", "7-nji"); "second" is also a unit of time, which only
// makes the check more lenient, since a spelled-out number is never required.
constexpr std::array<WordValue, 40> kEnglishNumbers{{
    {u"eight", 8},    {u"eighteen", 18}, {u"eighth", 8},    {u"eighty", 80}, {u"eleven", 11},    {u"eleventh", 11},
    {u"fifteen", 15}, {u"fifth", 5},     {u"fifty", 50},    {u"first", 1},   {u"five", 5},       {u"forty", 40},
    {u"four", 4},     {u"fourteen", 14}, {u"fourth", 4},    {u"nine", 9},    {u"nineteen", 19},  {u"ninety", 90},
    {u"ninth", 9},    {u"one", 1},       {u"second", 2},    {u"seven", 7},   {u"seventeen", 17}, {u"seventh", 7},
    {u"seventy", 70}, {u"six", 6},       {u"sixteen", 16},  {u"sixth", 6},   {u"sixty", 60},     {u"ten", 10},
    {u"tenth", 10},   {u"third", 3},     {u"thirteen", 13}, {u"thirty", 30}, {u"three", 3},      {u"twelfth", 12},
    {u"twelve", 12},  {u"twenty", 20},   {u"two", 2},       {u"zero", 0},
}};

// Russian cardinals in their case forms (folded: ё as е). "семью" is left out: it is far more often "family"
// than "seven".
constexpr std::array<WordValue, 44> kRussianNumbers{{
    {u"восемь", 8},  {u"восемью", 8}, {u"восьми", 8},  {u"восьмью", 8},  {u"два", 2},      {u"две", 2},
    {u"двое", 2},    {u"двум", 2},    {u"двумя", 2},   {u"двух", 2},     {u"девяти", 9},   {u"девять", 9},
    {u"девятью", 9}, {u"десяти", 10}, {u"десять", 10}, {u"десятью", 10}, {u"один", 1},     {u"одна", 1},
    {u"одним", 1},   {u"одно", 1},    {u"одного", 1},  {u"одной", 1},    {u"одном", 1},    {u"одному", 1},
    {u"одну", 1},    {u"пятеро", 5},  {u"пяти", 5},    {u"пять", 5},     {u"пятью", 5},    {u"семи", 7},
    {u"семь", 7},    {u"трем", 3},    {u"тремя", 3},   {u"трех", 3},     {u"три", 3},      {u"трое", 3},
    {u"четверо", 4}, {u"четыре", 4},  {u"четырем", 4}, {u"четырех", 4},  {u"четырьмя", 4}, {u"шести", 6},
    {u"шесть", 6},   {u"шестью", 6},
}};

// Turkmen cardinals, their common possessive forms ("ikisi": the two of them), ordinals ("ikinji") and tens. "on"
// (ten) is only the bare word: "onda", "ony", "onuň" are pronouns.
constexpr std::array<WordValue, 37> kTurkmenNumbers{{
    {u"altmyş", 60},  {u"alty", 6},     {u"altynjy", 6},   {u"altysy", 6},   {u"bir", 1},     {u"biri", 1},
    {u"birinji", 1},  {u"bäş", 5},      {u"bäşinji", 5},   {u"bäşisi", 5},   {u"dokuz", 9},   {u"dokuzynjy", 9},
    {u"dokuzysy", 9}, {u"dördünji", 4}, {u"dördüsi", 4},   {u"dört", 4},     {u"elli", 50},   {u"iki", 2},
    {u"ikinji", 2},   {u"ikisi", 2},    {u"kyrk", 40},     {u"on", 10},      {u"onunjy", 10}, {u"otuz", 30},
    {u"segsen", 80},  {u"sekiz", 8},    {u"sekizinji", 8}, {u"sekizisi", 8}, {u"togsan", 90}, {u"üç", 3},
    {u"üçünji", 3},   {u"üçüsi", 3},    {u"ýedi", 7},      {u"ýedinji", 7},  {u"ýedisi", 7},  {u"ýetmiş", 70},
    {u"ýigrimi", 20},
}};

// Russian compound adjectives start with a number's genitive: "двухчасовой" (two-hour), "четырёхмесячный",
// "пятилетний". "семи" is left out ("семинар"), and so is "сто" ("стол", "стоимость").
constexpr std::array<WordValue, 8> kRussianCompoundPrefixes{{
    {u"двух", 2},
    {u"трех", 3},
    {u"четырех", 4},
    {u"пяти", 5},
    {u"шести", 6},
    {u"восьми", 8},
    {u"девяти", 9},
    {u"десяти", 10},
}};

int russianNumber(QStringView folded)
{
    if (const int value = lookup(kRussianNumbers, folded); value >= 0)
        return value;
    constexpr qsizetype kShortestSuffix = 4; // "-летний", "-часовой"
    for (const WordValue &prefix : kRussianCompoundPrefixes) {
        const QStringView stem = QStringView(prefix.word.data(), qsizetype(prefix.word.size()));
        if (folded.size() >= stem.size() + kShortestSuffix && folded.startsWith(stem))
            return prefix.value;
    }
    return -1;
}

// Lower case with a fast path for ASCII, which most words of English and Turkmen text are.
char16_t foldedChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    const char16_t lower = c.toLower().unicode();
    return lower == u'ё' ? u'е' : lower;
}

template <std::size_t N>
constexpr bool isSorted(const std::array<WordValue, N> &table)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (table[i].word < table[i - 1].word)
            return false;
    }
    return true;
}

// A class of words in one language, folded: whole words and word starts, each list separated by spaces.
struct WordForms {
    std::u16string_view words{};
    std::u16string_view starts{};
};

struct PerLanguage {
    WordForms turkmen{};
    WordForms turkmenCyrillic{};
    WordForms russian{};
    WordForms english{};
};

// Whether `word` is one of the space-separated words of `list` (or, with `prefix`, starts with one of them).
bool inList(std::u16string_view list, QStringView word, bool prefix = false)
{
    const std::u16string_view key(word.utf16(), std::size_t(word.size()));
    while (!list.empty() && !key.empty()) {
        const std::size_t space = list.find(u' ');
        const std::u16string_view entry = list.substr(0, space);
        if (prefix ? key.starts_with(entry) : key == entry)
            return true;
        list = space == std::u16string_view::npos ? std::u16string_view() : list.substr(space + 1);
    }
    return false;
}

bool matches(QStringView word, LanguageTag language, const PerLanguage &classes)
{
    const WordForms *forms = &classes.english;
    switch (language.language()) {
    case Language::Turkmen: forms = &classes.turkmen; break;
    case Language::TurkmenCyrillic: forms = &classes.turkmenCyrillic; break;
    case Language::Russian: forms = &classes.russian; break;
    case Language::English: break;
    }
    const FoldedWord folded(word);
    return inList(forms->words, folded.view()) || inList(forms->starts, folded.view(), true);
}

// English a.m./p.m. come as "am", "pm" (the points are read by numeric_facts.cpp); Russian after the time
// ("в 8 вечера"), Turkmen before it ("agşam sagat 8-de").
constexpr std::pair<DayPart, PerLanguage> kDayParts[] = {
    {DayPart::Am, {.english = {u"am"}}},
    {DayPart::Pm, {.english = {u"pm"}}},
    {DayPart::Morning, {.turkmen = {u"irden daňdan"}, .russian = {u"утра"}}},
    {DayPart::Afternoon, {.turkmen = {u"öýlän günortan"}, .russian = {u"дня"}}},
    {DayPart::Evening, {.turkmen = {u"agşam"}, .russian = {u"вечера"}}},
    {DayPart::Night, {.turkmen = {u"gije"}, .russian = {u"ночи"}}},
};

constexpr PerLanguage kCenturyWords{
    .turkmen = {.starts = u"asyr"},
    .turkmenCyrillic = {.starts = u"асыр"},
    .russian = {u"в вв", u"век"},
    .english = {u"century centuries"},
};

constexpr PerLanguage kRangeConnectors{
    .turkmen = {u"we ýa bilen"},
    .turkmenCyrillic = {u"ве"},
    .russian = {u"до и или"},
    .english = {u"to and or"},
};

constexpr std::pair<int, PerLanguage> kScales[] = {
    {3,
     {.turkmen = {.starts = u"müň"},
      .turkmenCyrillic = {.starts = u"мүң"},
      .russian = {u"тыс", u"тысяч"},
      .english = {.starts = u"thousand"}}},
    {6,
     {.turkmen = {u"mln", u"million"},
      .turkmenCyrillic = {u"млн", u"миллион"},
      .russian = {u"млн", u"миллион"},
      .english = {u"mln", u"million"}}},
    {9,
     {.turkmen = {u"mlrd", u"milliard"},
      .turkmenCyrillic = {u"млрд", u"миллиард"},
      .russian = {u"млрд", u"миллиард"},
      .english = {u"bn", u"billion"}}},
    {12,
     {.turkmen = {u"trln", u"trillion"},
      .turkmenCyrillic = {u"трлн", u"триллион"},
      .russian = {u"трлн", u"триллион"},
      .english = {.starts = u"trillion"}}},
};

constexpr PerLanguage kYearWords{
    .turkmen = {.starts = u"ýyl"},
    .turkmenCyrillic = {.starts = u"йыл"},
    .russian = {u"г гг год года году годом годы годах годов"},
};

constexpr PerLanguage kPercentWords{
    .turkmen = {.starts = u"göterim"},
    .turkmenCyrillic = {.starts = u"гөтерим"},
    .russian = {.starts = u"процент"},
    .english = {.starts = u"percent"},
};

constexpr PerLanguage kHourWords{.russian = {u"ч час часа часов часам"}};

constexpr PerLanguage kClockPrepositions{
    .turkmen = {u"sagat"},
    .turkmenCyrillic = {u"сагат"},
    .russian = {u"в во с со до к около после"},
};

constexpr std::u16string_view kTimeZones = u"utc gmt bst cet msk мск est edt pst pdt";

} // namespace

FoldedWord::FoldedWord(QStringView word)
{
    if (word.size() > kCapacity)
        return;
    for (QChar c : word)
        m_buffer[m_size++] = foldedChar(c);
}

// Whether a month of `stems` starts with the folded letter `first`: most words are rejected by this test alone,
// before the whole word is folded.
template <std::size_t N>
bool mayStartMonth(char16_t first, const std::array<MonthStem, N> &stems)
{
    return std::any_of(stems.begin(), stems.end(),
                       [first](const MonthStem &entry) { return entry.stem.front() == first; });
}

int monthNumber(QStringView word, LanguageTag language)
{
    if (word.size() < 3 || word.size() > 12)
        return 0;
    const char16_t first = foldedChar(word.front());
    switch (language.language()) {
    case Language::English: break;
    case Language::Russian:
        if (!mayStartMonth(first, kRussianSoftAndHardStems) && first != u'м') // май is listed apart
            return 0;
        break;
    case Language::Turkmen:
        if (!mayStartMonth(first, kTurkmenStems))
            return 0;
        break;
    case Language::TurkmenCyrillic:
        if (!mayStartMonth(first, kCyrillicTurkmenStems))
            return 0;
        break;
    }
    const FoldedWord folded(word);
    switch (language.language()) {
    case Language::English: return word.front().isUpper() ? std::max(lookup(kEnglishMonths, folded.view()), 0) : 0;
    case Language::Russian: return russianMonth(folded.view());
    case Language::Turkmen: return turkmenMonth(folded.view());
    case Language::TurkmenCyrillic: return cyrillicTurkmenMonth(folded.view());
    }
    return 0;
}

bool isMonthAbbreviation(QStringView word, LanguageTag language)
{
    return isEnglish(language) && (word.size() == 3 || word.compare(u"Sept", Qt::CaseInsensitive) == 0);
}

// The first letters of the words in the number tables: most words are rejected by this test alone.
bool mayStartNumberWord(QChar first, LanguageTag language)
{
    const char16_t c = foldedChar(first);
    auto among = [c](std::u16string_view letters) { return letters.find(c) != std::u16string_view::npos; };
    switch (language.language()) {
    case Language::English: return among(u"efnostz");
    case Language::Russian: return among(u"вдопстчш");
    case Language::Turkmen: return among(u"abdeikostüý");
    case Language::TurkmenCyrillic: return false;
    }
    return false;
}

int spelledOutValue(QStringView word, LanguageTag language)
{
    const bool russian = language.language() == Language::Russian;
    constexpr qsizetype kLongest = 9;
    constexpr qsizetype kLongestCompound = 16;
    if (word.size() < 2 || word.size() > (russian ? kLongestCompound : kLongest) ||
        !mayStartNumberWord(word.front(), language))
        return -1;
    const FoldedWord folded(word);
    switch (language.language()) {
    case Language::English: return lookup(kEnglishNumbers, folded.view());
    case Language::Russian: return russianNumber(folded.view());
    case Language::Turkmen: return lookup(kTurkmenNumbers, folded.view());
    case Language::TurkmenCyrillic: return -1;
    }
    return -1;
}

bool isTensValue(int value, LanguageTag language)
{
    const int smallestTens = language.language() == Language::Turkmen ? 10 : 20; // Turkmen "on bäş" is 15
    return value >= smallestTens && value <= 90 && value % 10 == 0 && language.language() != Language::Russian;
}

DayPart dayPartWord(QStringView word, LanguageTag language)
{
    for (const auto &[part, forms] : kDayParts) {
        if (matches(word, language, forms))
            return part;
    }
    return DayPart::None;
}

int hourIn24(int hour, DayPart part)
{
    constexpr int kNoon = 12;
    if (hour > kNoon)
        return hour;
    switch (part) {
    case DayPart::None: return hour;
    case DayPart::Am:
    case DayPart::Morning: return hour == kNoon ? 0 : hour;
    case DayPart::Pm: return hour == kNoon ? kNoon : hour + kNoon;
    case DayPart::Afternoon: return hour >= 1 && hour <= 7 ? hour + kNoon : hour; // "11 часов дня" is 11:00
    case DayPart::Evening: return hour == kNoon ? hour : hour + kNoon;
    case DayPart::Night: return hour == kNoon ? 0 : (hour >= 6 ? hour + kNoon : hour); // "2 часа ночи" is 02:00
    }
    return hour;
}

int romanNumeralValue(QStringView word)
{
    constexpr qsizetype kLongest = 7; // "XXVIII"
    if (word.size() > kLongest)
        return -1;
    int value = 0;
    int previous = 0;
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        int digit = 0;
        switch (word[i].unicode()) {
        case u'I':
        case u'\u0406': digit = 1; break; // Cyrillic І, typed for I in Russian text
        case u'\u0425':                   // Cyrillic Х
        case u'X': digit = 10; break;
        case u'\u0421': // Cyrillic С
        case u'C': digit = 100; break;
        case u'V': digit = 5; break;
        case u'L': digit = 50; break;
        default: return -1;
        }
        value += digit < previous ? -digit : digit;
        previous = std::max(previous, digit);
    }
    return value > 0 ? value : -1;
}

bool isCenturyWord(QStringView word, LanguageTag language)
{
    return matches(word, language, kCenturyWords);
}

bool isRangeConnector(QStringView word, LanguageTag language)
{
    return matches(word, language, kRangeConnectors);
}

int scaleZeros(QStringView word, LanguageTag language)
{
    for (const auto &[zeros, forms] : kScales) {
        if (matches(word, language, forms))
            return zeros;
    }
    return 0;
}

bool isYearWord(QStringView word, LanguageTag language)
{
    return matches(word, language, kYearWords);
}

bool isPercentWord(QStringView word, LanguageTag language)
{
    return matches(word, language, kPercentWords);
}

bool isHourWord(QStringView word, LanguageTag language)
{
    return matches(word, language, kHourWords);
}

bool isClockPreposition(QStringView word, LanguageTag language)
{
    return matches(word, language, kClockPrepositions);
}

bool isTimeZoneWord(QStringView word)
{
    return inList(kTimeZones, FoldedWord(word).view());
}

static_assert(isSorted(kEnglishMonths));
static_assert(isSorted(kEnglishNumbers));
static_assert(isSorted(kRussianNumbers));
static_assert(isSorted(kTurkmenNumbers));

} // namespace terjime::text::numeric
