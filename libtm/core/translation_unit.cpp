// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/core/translation_unit.h"

namespace terjime::core {

QString attributeValue(const Attributes &attributes, QStringView name)
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == name)
            return attribute.value;
    }
    return {};
}

void setAttribute(Attributes &attributes, const QString &name, const QString &value)
{
    for (Attribute &attribute : attributes) {
        if (attribute.name == name) {
            attribute.value = value;
            return;
        }
    }
    attributes.append({name, value});
}

const Variant *TranslationUnit::variant(QStringView language) const
{
    for (const Variant &candidate : variants) {
        if (languageMatches(candidate.language, language))
            return &candidate;
    }
    return nullptr;
}

QString TranslationUnit::propertyValue(QStringView type) const
{
    for (const Property &property : properties) {
        if (property.type == type)
            return property.value;
    }
    return {};
}

QString canonicalLanguageTag(QStringView tag)
{
    QString canonical;
    canonical.reserve(tag.size());
    qsizetype subtagIndex = 0;
    qsizetype start = 0;
    while (start <= tag.size()) {
        qsizetype end = start;
        while (end < tag.size() && tag[end] != u'-' && tag[end] != u'_')
            ++end;
        const QStringView subtag = tag.mid(start, end - start);
        if (subtagIndex > 0)
            canonical += u'-';
        // BCP 47: script subtags are four letters (title case), region subtags two letters or three digits (upper
        // case); both only after the language subtag.
        const bool isScript = subtagIndex > 0 && subtag.size() == 4 && subtag[0].isLetter();
        const bool isRegion = subtagIndex > 0 && (subtag.size() == 2 || (subtag.size() == 3 && subtag[0].isDigit()));
        if (isScript)
            canonical += subtag.left(1).toString().toUpper() + subtag.mid(1).toString().toLower();
        else if (isRegion)
            canonical += subtag.toString().toUpper();
        else
            canonical += subtag.toString().toLower();
        ++subtagIndex;
        start = end + 1;
    }
    return canonical;
}

bool languageMatches(QStringView tag, QStringView language)
{
    if (tag.size() < language.size() || tag.left(language.size()).compare(language, Qt::CaseInsensitive) != 0)
        return false;
    return tag.size() == language.size() || tag[language.size()] == u'-' || tag[language.size()] == u'_';
}

} // namespace terjime::core
