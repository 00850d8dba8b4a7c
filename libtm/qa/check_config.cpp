// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/check_config.h"

#include "json_file.h"

#include "tm/qa/rules.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace terjime::qa {

namespace {

using core::N_;

core::Error keyError(const QString &path, const char *format, const QString &key, const QString &detail = {})
{
    return core::makeError(core::ErrorCode::Syntax, format, {key, detail}, {path, 0, 0});
}

template <typename T>
const core::Error *errorOf(const core::Result<T> &result)
{
    return result ? nullptr : &result.error();
}

core::Result<QStringList> stringList(const QString &path, const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringList{};
    if (!value.isArray())
        return keyError(path, N_("\"%1\" must be a list of strings."), key);
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return keyError(path, N_("\"%1\" must be a list of strings."), key);
        strings.append(item.toString());
    }
    return strings;
}

core::Result<QString> string(const QString &path, const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString{};
    if (!value.isString())
        return keyError(path, N_("\"%1\" must be a string."), key);
    return value.toString();
}

// "off" turns a rule off; "never" is the gate that never fails. Both map to nullopt.
core::Result<std::optional<Severity>> severity(const QString &path, const QString &key, const QString &value,
                                               const QString &none)
{
    if (value == none)
        return std::optional<Severity>{};
    if (const std::optional<Severity> parsed = parseSeverity(value))
        return std::optional<Severity>{*parsed};
    return keyError(path, N_("\"%1\" has the unknown value “%2”."), key, value);
}

// The files a glossary entry names: a path, or a pattern with * or ? in its file name.
core::Result<QStringList> expandGlossary(const QString &path, const QDir &base, const QString &entry)
{
    const QFileInfo info(base.filePath(entry));
    if (!info.fileName().contains(u'*') && !info.fileName().contains(u'?'))
        return QStringList{info.absoluteFilePath()};
    const QDir folder(info.absolutePath());
    QStringList files;
    for (const QString &name : folder.entryList({info.fileName()}, QDir::Files, QDir::Name))
        files.append(folder.absoluteFilePath(name));
    if (files.isEmpty())
        return keyError(path, N_("\"%1\": no file matches “%2”."), QStringLiteral("glossaries"), entry);
    return files;
}

core::Status readRules(const QString &path, const QJsonValue &value, CheckConfig &config)
{
    if (value.isUndefined())
        return core::Done{};
    if (!value.isObject())
        return keyError(path, N_("\"%1\" must be an object."), QStringLiteral("rules"));
    const QJsonObject rules = value.toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (!findRule(it.key()))
            return keyError(path, N_("\"%1\" names the unknown rule “%2”."), QStringLiteral("rules"), it.key());
        auto parsed = severity(path, QStringLiteral("rules.") + it.key(), it.value().toString(), QStringLiteral("off"));
        if (!parsed)
            return parsed.error();
        config.severities.insert(it.key(), *parsed);
    }
    return core::Done{};
}

core::Status readCheckSection(const QString &path, const QJsonObject &check, CheckConfig &config)
{
    static const QStringList known{QStringLiteral("glossaries"), QStringLiteral("source"),
                                   QStringLiteral("targets"),    QStringLiteral("fail_on"),
                                   QStringLiteral("rules"),      QStringLiteral("ignore_units"),
                                   QStringLiteral("baseline")};
    for (const QString &key : check.keys()) {
        if (!known.contains(key))
            return keyError(path, N_("Unknown key \"%1\" in \"check\"."), key);
    }
    const QDir base = QFileInfo(path).absoluteDir();
    auto glossaries = stringList(path, check, QStringLiteral("glossaries"));
    auto targets = stringList(path, check, QStringLiteral("targets"));
    auto ignored = stringList(path, check, QStringLiteral("ignore_units"));
    auto source = string(path, check, QStringLiteral("source"));
    auto failOn = string(path, check, QStringLiteral("fail_on"));
    auto baseline = string(path, check, QStringLiteral("baseline"));
    for (const core::Error *error : {errorOf(glossaries), errorOf(targets), errorOf(ignored), errorOf(source),
                                     errorOf(failOn), errorOf(baseline)}) {
        if (error)
            return *error;
    }
    for (const QString &entry : std::as_const(*glossaries)) {
        auto files = expandGlossary(path, base, entry);
        if (!files)
            return files.error();
        config.glossaries += *files;
    }
    config.targetLanguages = *targets;
    config.ignoredUnits = *ignored;
    config.sourceLanguage = *source;
    if (!failOn->isEmpty()) {
        auto gate = severity(path, QStringLiteral("fail_on"), *failOn, QStringLiteral("never"));
        if (!gate)
            return gate.error();
        config.failOn = *gate;
    }
    if (!baseline->isEmpty())
        config.baseline = base.absoluteFilePath(*baseline);
    return readRules(path, check.value(u"rules"), config);
}

} // namespace

UnitIdPatterns::UnitIdPatterns(const QStringList &patterns)
{
    for (const QString &pattern : patterns)
        m_patterns.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)));
}

bool UnitIdPatterns::matches(const QString &unitId) const
{
    return std::any_of(m_patterns.begin(), m_patterns.end(),
                       [&unitId](const QRegularExpression &pattern) { return pattern.match(unitId).hasMatch(); });
}

core::Result<CheckConfig> readCheckConfig(const QString &path)
{
    auto object = readJsonObjectFile(path);
    if (!object)
        return object.error();
    for (const QString &key : object->keys()) {
        if (key != u"check")
            return keyError(path, N_("Unknown key \"%1\" at the top level."), key);
    }
    CheckConfig config;
    config.path = path;
    const QJsonValue check = object->value(u"check");
    if (check.isUndefined())
        return config;
    if (!check.isObject())
        return keyError(path, N_("\"%1\" must be an object."), QStringLiteral("check"));
    if (auto status = readCheckSection(path, check.toObject(), config); !status)
        return status.error();
    return config;
}

QString findCheckConfig(const QString &directory)
{
    QDir folder(QFileInfo(directory).absoluteFilePath());
    while (true) {
        const QString candidate = folder.filePath(kCheckConfigFileName.toString());
        if (QFileInfo(candidate).isFile())
            return candidate;
        if (QFileInfo::exists(folder.filePath(QStringLiteral(".git"))) || !folder.cdUp())
            return {};
    }
}

} // namespace terjime::qa
