// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/store/merge_policy.h"

#include <algorithm>

namespace terjime::store {
namespace {

QList<const core::Segment *> segmentsIn(const core::TranslationUnit &unit, const QString &language)
{
    QList<const core::Segment *> segments;
    for (const core::Variant &variant : unit.variants) {
        if (variant.language.compare(language, Qt::CaseInsensitive) == 0)
            segments.append(&variant.segment);
    }
    return segments;
}

bool sameSegments(const QList<const core::Segment *> &a, const QList<const core::Segment *> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (*a[i] != *b[i])
            return false;
    }
    return true;
}

bool contextsAgree(const core::TranslationUnit &a, const core::TranslationUnit &b)
{
    for (QStringView type : {core::kContextBeforeProperty, core::kContextAfterProperty}) {
        const QString left = a.propertyValue(type);
        const QString right = b.propertyValue(type);
        if (!left.isEmpty() && !right.isEmpty() && left != right)
            return false;
    }
    return true;
}

template <typename T>
void appendMissing(QList<T> &into, const QList<T> &from)
{
    for (const T &item : from) {
        if (!into.contains(item))
            into.append(item);
    }
}

void appendMissingAttributes(core::Attributes &into, const core::Attributes &from)
{
    for (const core::Attribute &attribute : from) {
        const bool present = std::any_of(into.cbegin(), into.cend(),
                                         [&](const core::Attribute &have) { return have.name == attribute.name; });
        if (!present)
            into.append(attribute);
    }
}

core::Variant *findVariant(core::TranslationUnit &unit, const core::Variant &like)
{
    for (core::Variant &variant : unit.variants) {
        if (variant.language.compare(like.language, Qt::CaseInsensitive) == 0 && variant.segment == like.segment)
            return &variant;
    }
    return nullptr;
}

} // namespace

bool shouldMerge(const core::TranslationUnit &existing, const core::TranslationUnit &incoming)
{
    bool shareOne = false;
    for (const core::Variant &variant : incoming.variants) {
        const auto mine = segmentsIn(existing, variant.language);
        if (mine.isEmpty())
            continue;
        if (!sameSegments(mine, segmentsIn(incoming, variant.language)))
            return false;
        shareOne = true;
    }
    return shareOne && contextsAgree(existing, incoming);
}

core::TranslationUnit mergeUnits(const core::TranslationUnit &existing, const core::TranslationUnit &incoming)
{
    core::TranslationUnit merged = existing;
    appendMissingAttributes(merged.attributes, incoming.attributes);
    appendMissing(merged.properties, incoming.properties);
    appendMissing(merged.notes, incoming.notes);
    for (const core::Variant &variant : incoming.variants) {
        if (core::Variant *same = findVariant(merged, variant)) {
            appendMissingAttributes(same->attributes, variant.attributes);
            appendMissing(same->properties, variant.properties);
            appendMissing(same->notes, variant.notes);
        } else if (segmentsIn(existing, variant.language).isEmpty()) {
            merged.variants.append(variant);
        }
    }
    return merged;
}

} // namespace terjime::store
