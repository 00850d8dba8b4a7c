// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/core/language.h"

#include <QStringList>

namespace terjime::core {

Result<LanguageTag> LanguageTag::parse(const QString &text)
{
    QString tag = text.trimmed().toLower();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    const qsizetype dot = tag.indexOf(QLatin1Char('.')); // "tk_TM.UTF-8" from a locale name
    if (dot >= 0)
        tag.truncate(dot);
    const QStringList parts = tag.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    const QString primary = parts.value(0);
    const bool cyrillic = parts.contains(QStringLiteral("cyrl"));
    if (primary == QStringLiteral("tk") || primary == QStringLiteral("tuk"))
        return LanguageTag(cyrillic ? Language::TurkmenCyrillic : Language::Turkmen);
    if (primary == QStringLiteral("ru") || primary == QStringLiteral("rus"))
        return LanguageTag(Language::Russian);
    if (primary == QStringLiteral("en") || primary == QStringLiteral("eng"))
        return LanguageTag(Language::English);
    return makeError(ErrorCode::InvalidArgument, N_("unsupported language '%1' (supported: %2)"),
                     {text, supportedList()});
}

QList<LanguageTag> LanguageTag::supported()
{
    return {LanguageTag(Language::Turkmen), LanguageTag(Language::TurkmenCyrillic), LanguageTag(Language::Russian),
            LanguageTag(Language::English)};
}

QString LanguageTag::supportedList()
{
    QStringList codes;
    for (const LanguageTag &tag : supported())
        codes << tag.code();
    return codes.join(QStringLiteral(", "));
}

QString LanguageTag::code() const
{
    switch (m_language) {
    case Language::Turkmen: return QStringLiteral("tk");
    case Language::TurkmenCyrillic: return QStringLiteral("tk-Cyrl");
    case Language::Russian: return QStringLiteral("ru");
    case Language::English: return QStringLiteral("en");
    }
    return {};
}

QByteArray LanguageTag::icuLocale() const
{
    switch (m_language) {
    case Language::Turkmen: return QByteArrayLiteral("tk");
    case Language::TurkmenCyrillic: return QByteArrayLiteral("tk_Cyrl");
    case Language::Russian: return QByteArrayLiteral("ru");
    case Language::English: return QByteArrayLiteral("en");
    }
    return {};
}

} // namespace terjime::core
