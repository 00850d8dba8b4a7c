// SPDX-License-Identifier: GPL-3.0-or-later
#include "typography_check.h"

#include "tm/qa/rules.h"

namespace terjime::qa {

namespace {

using core::N_;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00a0' || c == u'\u202f' || c == u'\t';
}

Evidence spanOf(const QString &tag, const QString &text, qsizetype start, qsizetype end)
{
    return makeEvidence(tag, text, start, end);
}

// The quotation marks a language does not use: straight and English closing quotes in Russian, guillemets in
// English. Turkmen text uses all of them.
bool isForeignQuote(QChar c, core::Language language)
{
    switch (language) {
    case core::Language::Russian: return c == u'"' || c == u'\u201d';
    case core::Language::English: return c == u'\u00ab' || c == u'\u00bb';
    case core::Language::Turkmen:
    case core::Language::TurkmenCyrillic: return false;
    }
    return false;
}

void checkQuotes(const QString &text, const QString &tag, core::LanguageTag language, FindingSink &sink)
{
    QList<Evidence> foreign;
    qsizetype guillemets = 0, englishPairs = 0, lowPairs = 0, straight = 0;
    const bool russian = language.language() == core::Language::Russian;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isForeignQuote(c, language.language()))
            foreign.append(spanOf(tag, text, i, i + 1));
        if (c == u'\u00ab')
            ++guillemets;
        else if (c == u'\u00bb')
            --guillemets;
        else if (c == u'"')
            ++straight;
        else if (russian && c == u'\u201e')
            ++lowPairs; // „ opens, “ closes in Russian
        else if (russian && c == u'\u201c')
            --lowPairs;
        else if (!russian && c == u'\u201c')
            ++englishPairs;
        else if (!russian && c == u'\u201d')
            --englishPairs;
    }
    if (!foreign.isEmpty()) {
        QStringList marks;
        for (const Evidence &evidence : std::as_const(foreign))
            marks.append(evidence.text);
        marks.removeDuplicates();
        sink.add(rule::kQuotes, tag, N_("Quotation marks this language does not use: %1"),
                 {marks.join(QLatin1Char(' '))}, foreign);
    }
    const bool unpaired = guillemets != 0 || lowPairs != 0 || englishPairs != 0 || (straight % 2 != 0 && !russian);
    if (unpaired)
        sink.add(rule::kQuotes, tag, N_("Unpaired quotation marks."), {}, {});
}

void checkDashes(const QString &text, const QString &tag, core::LanguageTag language, FindingSink &sink)
{
    QList<Evidence> hyphens;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'-' && isSpace(text.at(i - 1)) && isSpace(text.at(i + 1)))
            hyphens.append(spanOf(tag, text, i - 1, i + 2));
    }
    if (hyphens.isEmpty())
        return;
    const QString dash =
        language.language() == core::Language::Russian ? QStringLiteral("\u2014") : QStringLiteral("\u2013");
    sink.add(rule::kDashes, tag, N_("A hyphen between spaces stands for a dash: write “%1”."), {dash}, hyphens);
}

bool isSpaceSensitivePunctuation(QChar c)
{
    return c == u',' || c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?';
}

void checkSpacing(const QString &source, const QString &text, const QString &tag, FindingSink &sink)
{
    QList<Evidence> doubled, beforePunctuation;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isSpace(text.at(i)) && !isSpaceSensitivePunctuation(text.at(i)))
            continue;
        if (isSpace(text.at(i)) && isSpace(text.at(i - 1)) && (i < 2 || !isSpace(text.at(i - 2))))
            doubled.append(spanOf(tag, text, i - 1, i + 1));
        // A space before punctuation, unless the punctuation starts an ellipsis or a number (" .5" is rare, "..." is
        // a quoted omission).
        const bool ellipsis = text.at(i) == u'.' && i + 1 < text.size() && text.at(i + 1) == u'.';
        if (isSpaceSensitivePunctuation(text.at(i)) && isSpace(text.at(i - 1)) && !ellipsis)
            beforePunctuation.append(spanOf(tag, text, i - 1, i + 1));
    }
    if (!doubled.isEmpty())
        sink.add(rule::kSpacing, tag, N_("Two spaces in a row."), {}, doubled);
    if (!beforePunctuation.isEmpty())
        sink.add(rule::kSpacing, tag, N_("A space before punctuation."), {}, beforePunctuation);
    const auto leading = [](const QString &s) { return !s.isEmpty() && isSpace(s.front()); };
    const auto trailing = [](const QString &s) { return !s.isEmpty() && isSpace(s.back()); };
    if ((leading(text) && !leading(source)) || (trailing(text) && !trailing(source)))
        sink.add(rule::kSpacing, tag, N_("A leading or trailing space that the source does not have."), {}, {});
}

bool isClosingMark(QChar c)
{
    return c == u'\u00bb' || c == u'\u201d' || c == u'\u201c' || c == u'"' || c == u'\u2019' || c == u'\'' ||
           c == u')' || c == u']';
}

// The final punctuation of a text, after trailing space and closing marks: one of . ! ? : ; … or empty.
QString finalPunctuation(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && (isSpace(text.at(end - 1)) || isClosingMark(text.at(end - 1))))
        --end;
    if (end == 0)
        return {};
    const QChar last = text.at(end - 1);
    if (last == u'\u2026' || (last == u'.' && end >= 3 && text.at(end - 2) == u'.' && text.at(end - 3) == u'.'))
        return QStringLiteral("\u2026");
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u';')
        return QString(last);
    return {};
}

// True when the text's final period belongs to an abbreviation ("1 апреля 2025 г.", "и т.д.", "etc.", "we ş.m."):
// such a text may stand for one that ends without punctuation (a dateline, a headline) or with a period.
bool endsWithAbbreviation(const QString &text)
{
    static const QStringList abbreviations{QStringLiteral("г."),   QStringLiteral("гг."),   QStringLiteral("т.д."),
                                           QStringLiteral("т.п."), QStringLiteral("др."),   QStringLiteral("тыс."),
                                           QStringLiteral("руб."), QStringLiteral("долл."), QStringLiteral("etc."),
                                           QStringLiteral("inc."), QStringLiteral("ltd."),  QStringLiteral("co."),
                                           QStringLiteral("ş.m."), QStringLiteral("ý."),    QStringLiteral("ýý.")};
    const QString trimmed = text.trimmed();
    if (!trimmed.endsWith(u'.'))
        return false;
    const qsizetype space = trimmed.lastIndexOf(u' ');
    const QString lastWord = trimmed.mid(space + 1).toLower();
    return abbreviations.contains(lastWord);
}

void checkEndPunctuation(const QString &source, const QString &text, const QString &tag, FindingSink &sink)
{
    const QString expected = finalPunctuation(source);
    const QString actual = finalPunctuation(text);
    if (expected == actual)
        return;
    const auto periodOrNone = [](const QString &punctuation) { return punctuation.isEmpty() || punctuation == u"."; };
    if ((endsWithAbbreviation(source) || endsWithAbbreviation(text)) && periodOrNone(expected) && periodOrNone(actual))
        return;
    if (actual.isEmpty())
        sink.add(rule::kEndPunctuation, tag, N_("The source ends with “%1”, the translation without punctuation."),
                 {expected}, {});
    else if (expected.isEmpty())
        sink.add(rule::kEndPunctuation, tag, N_("The translation ends with “%1”, the source without punctuation."),
                 {actual}, {});
    else
        sink.add(rule::kEndPunctuation, tag, N_("The source ends with “%1”, the translation with “%2”."),
                 {expected, actual}, {});
}

} // namespace

void checkTypography(const QString &sourceText, const QString &targetText, const QString &targetTag,
                     core::LanguageTag targetLanguage, FindingSink &sink)
{
    if (sink.enabled(rule::kQuotes))
        checkQuotes(targetText, targetTag, targetLanguage, sink);
    if (sink.enabled(rule::kDashes))
        checkDashes(targetText, targetTag, targetLanguage, sink);
    if (sink.enabled(rule::kSpacing))
        checkSpacing(sourceText, targetText, targetTag, sink);
    if (sink.enabled(rule::kEndPunctuation))
        checkEndPunctuation(sourceText, targetText, targetTag, sink);
}

} // namespace terjime::qa
