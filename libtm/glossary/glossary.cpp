// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/glossary/glossary.h"

#include "tm/text/normalizer.h"

#include <QSet>

#include <array>
#include <utility>

namespace terjime::glossary {

QStringList Glossary::languages() const
{
    QSet<QString> seen;
    for (const Concept &entry : concepts) {
        for (auto it = entry.terms.cbegin(); it != entry.terms.cend(); ++it)
            seen.insert(it.key());
    }
    QStringList sorted(seen.cbegin(), seen.cend());
    sorted.sort();
    return sorted;
}

QString normalizeLanguageCode(const QString &code)
{
    QString result = code.trimmed().toLower();
    result.replace(QLatin1Char('_'), QLatin1Char('-'));
    return result;
}

std::optional<TermStatus> parseTermStatus(const QString &value)
{
    // Both the TBX picklist values and the bare words other tools write; TBX-Min's usageStatus too.
    static const std::array<std::pair<const char16_t *, TermStatus>, 13> kNames{{
        {u"preferred", TermStatus::Preferred},
        {u"standardized", TermStatus::Preferred},
        {u"admitted", TermStatus::Admitted},
        {u"legal", TermStatus::Admitted},
        {u"regulated", TermStatus::Admitted},
        {u"deprecated", TermStatus::Deprecated},
        {u"notrecommended", TermStatus::Deprecated},
        {u"forbidden", TermStatus::Deprecated},
        {u"superseded", TermStatus::Superseded},
        {u"obsolete", TermStatus::Superseded},
        {u"preferredterm", TermStatus::Preferred},
        {u"admittedterm", TermStatus::Admitted},
        {u"deprecatedterm", TermStatus::Deprecated},
    }};
    QString key = value.trimmed().toLower();
    if (key.endsWith(u"-admn-sts"))
        key.chop(9);
    if (key.endsWith(u"term"))
        key.chop(4);
    for (const auto &[name, status] : kNames) {
        if (key == QStringView(name))
            return status;
    }
    return std::nullopt;
}

QString termStatusName(TermStatus status)
{
    switch (status) {
    case TermStatus::Preferred: return QStringLiteral("preferredTerm-admn-sts");
    case TermStatus::Admitted: return QStringLiteral("admittedTerm-admn-sts");
    case TermStatus::Deprecated: return QStringLiteral("deprecatedTerm-admn-sts");
    case TermStatus::Superseded: return QStringLiteral("supersededTerm-admn-sts");
    }
    return {};
}

TermType parseTermType(const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (key == u"fullform" || key == u"full form")
        return TermType::FullForm;
    if (key == u"acronym")
        return TermType::Acronym;
    if (key == u"abbreviation")
        return TermType::Abbreviation;
    return TermType::Other;
}

QString termTypeName(TermType type)
{
    switch (type) {
    case TermType::FullForm: return QStringLiteral("fullForm");
    case TermType::Acronym: return QStringLiteral("acronym");
    case TermType::Abbreviation: return QStringLiteral("abbreviation");
    case TermType::Other: return QStringLiteral("other");
    }
    return {};
}

Term makeTerm(const QString &text, TermStatus status)
{
    Term term;
    term.text = text;
    term.status = status;
    return term;
}

QString cleanText(const QString &text)
{
    return text::toNfc(text.simplified());
}

} // namespace terjime::glossary
