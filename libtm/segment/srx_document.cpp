// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/segment/srx_document.h"

#include <QRegularExpression>

namespace terjime::segment {

const SrxLanguageRule *SrxDocument::findLanguageRule(const QString &name) const
{
    for (const SrxLanguageRule &rule : languageRules) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

QList<const SrxLanguageRule *> SrxDocument::rulesFor(const QString &languageCode) const
{
    QList<const SrxLanguageRule *> result;
    for (const SrxLanguageMap &map : languageMaps) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(map.pattern),
                                         QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid() || !pattern.match(languageCode).hasMatch())
            continue;
        const SrxLanguageRule *rule = findLanguageRule(map.ruleName);
        if (!rule || result.contains(rule))
            continue;
        result.append(rule);
        if (!options.cascade)
            break;
    }
    return result;
}

} // namespace terjime::segment
