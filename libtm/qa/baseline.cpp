// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/baseline.h"

#include "json_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace terjime::qa {

namespace {

using core::N_;

constexpr int kBaselineVersion = 1;

} // namespace

core::Result<Baseline> Baseline::read(const QString &path)
{
    auto object = readJsonObjectFile(path);
    if (!object)
        return object.error();
    if (object->value(u"terjime_baseline").toInt() != kBaselineVersion || !object->value(u"accepted").isArray())
        return core::makeError(core::ErrorCode::Syntax,
                               N_("Not a Terjime baseline: expected \"terjime_baseline\": 1 and an \"accepted\" list."),
                               {}, {path, 0, 0});
    Baseline baseline;
    const QJsonArray accepted = object->value(u"accepted").toArray();
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        const QString fingerprint = accepted[i].toObject().value(u"fingerprint").toString();
        if (fingerprint.isEmpty())
            return core::makeError(core::ErrorCode::Syntax, N_("Entry %1 of \"accepted\" has no fingerprint."),
                                   {QString::number(i)}, {path, 0, 0});
        baseline.m_fingerprints.insert(fingerprint);
    }
    return baseline;
}

core::Status Baseline::write(const QString &path, const QList<Finding> &findings)
{
    QList<const Finding *> sorted;
    for (const Finding &finding : findings)
        sorted.append(&finding);
    std::sort(sorted.begin(), sorted.end(),
              [](const Finding *a, const Finding *b) { return a->fingerprint < b->fingerprint; });
    QJsonArray accepted;
    QString previous;
    for (const Finding *finding : std::as_const(sorted)) {
        if (finding->fingerprint == previous)
            continue; // one entry per fingerprint: identical problems in identical units
        previous = finding->fingerprint;
        accepted.append(QJsonObject{{QStringLiteral("fingerprint"), finding->fingerprint},
                                    {QStringLiteral("rule"), finding->rule},
                                    {QStringLiteral("unit"), finding->unit},
                                    {QStringLiteral("lang"), finding->language},
                                    {QStringLiteral("message"), finding->message()}});
    }
    const QJsonObject root{{QStringLiteral("terjime_baseline"), kBaselineVersion},
                           {QStringLiteral("accepted"), accepted}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return core::makeError(core::ErrorCode::Io, N_("Cannot write %1: %2"), {path, file.errorString()},
                               {path, 0, 0});
    return core::Done{};
}

} // namespace terjime::qa
