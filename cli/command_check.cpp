// SPDX-License-Identifier: GPL-3.0-or-later
// terjime check: the terminology and consistency gate, with reports for people, scripts and CI systems.
#include "commands.h"

#include "arguments.h"
#include "check_inputs.h"
#include "exit_codes.h"
#include "glossary_files.h"
#include "release_text.h"
#include "tm_common.h"

#include "tm/qa/baseline.h"
#include "tm/qa/check_config.h"
#include "tm/qa/checker.h"
#include "tm/qa/report.h"
#include "tm/qa/rules.h"
#include "tm/store/sqlite_store.h"

#include <QDir>

#include <optional>

namespace terjime::cli {
namespace {

void printHelp(Context &context)
{
    context.out(context.tr(
        "Usage: terjime check [FILE.tmx...] [--tm DB] [--lang LANG=FILE --lang LANG=FILE...] [options]\n"
        "Check translations against the glossary and for numbers, dates, consistency, empty or untranslated\n"
        "targets and typography. Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error,\n"
        "3 unreadable or malformed input.\n"
        "Inputs:\n"
        "  FILE.tmx            TMX files\n"
        "  --tm DB             the units of a memory\n"
        "  --lang LANG=FILE    the language versions of a release, aligned first (--presegmented: one segment\n"
        "                      per line)\n"
        "Options:\n"
        "  --glossary G        a glossary file or folder (repeatable)\n"
        "  --source LANG       the source language (default: the TMX header's, or the first --lang)\n"
        "  --target LANG       a target every unit must have (repeatable; default: the languages a unit has)\n"
        "  --reference-tm DB   also report translations that disagree with this memory\n"
        "  --rule RULE=LEVEL   error, warning, info or off for one rule (repeatable); --list-rules shows them\n"
        "  --ignore-unit ID    do not check units with this id (* and ? allowed; repeatable)\n"
        "  --fail-on LEVEL     error (default), warning, info or never\n"
        "  --format FORMAT     text (default), json, sarif, junit or github\n"
        "  -o, --output OUT    write the report to OUT instead of standard output\n"
        "  --baseline FILE     do not report the findings this baseline accepts\n"
        "  --write-baseline FILE  accept every current finding: write them to FILE and exit 0\n"
        "  --config FILE       settings file (default: .terjime.json here or in a parent folder); --no-config\n"
        "                      ignores it\n"));
}

void printRules(Context &context)
{
    for (const qa::RuleInfo &rule : qa::allRules()) {
        context.out(QStringLiteral("%1  %2  %3\n")
                        .arg(rule.id.toString(), -20)
                        .arg(qa::severityName(rule.defaultSeverity), -8)
                        .arg(context.tr(rule.summary)));
    }
}

// Everything the command line and the configuration file decide, merged (the command line wins).
struct CheckSettings {
    CheckInputs inputs;
    bool presegmented = false;
    QStringList releaseSpecs;
    QStringList glossaries;
    qa::CheckOptions options;
    std::optional<qa::Severity> failOn = qa::Severity::Error;
    qa::CheckConfig config;
    qa::ReportFormat format = qa::ReportFormat::Text;
    QString output;
    QString baseline;
    QString writeBaseline;
    QString referenceMemory;
};

bool parseLevel(Context &context, const QString &text, const QString &none, std::optional<qa::Severity> &level)
{
    if (text == none) {
        level = std::nullopt;
        return true;
    }
    if (const auto parsed = qa::parseSeverity(text)) {
        level = *parsed;
        return true;
    }
    context.error(context.tr("unknown level '%1' (expected error, warning, info or %2)").arg(text, none));
    return false;
}

bool parseRuleLevels(Context &context, const QStringList &specs, qa::CheckOptions &options)
{
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        const QString id = spec.left(equals);
        if (equals <= 0 || !qa::findRule(id)) {
            context.error(context.tr("--rule needs RULE=LEVEL with a rule from --list-rules, not '%1'").arg(spec));
            return false;
        }
        std::optional<qa::Severity> level;
        if (!parseLevel(context, spec.mid(equals + 1), QStringLiteral("off"), level))
            return false;
        options.severities.insert(id, level);
    }
    return true;
}

// Reads the configuration file that applies; returns kExitOk or an exit code after reporting.
int readConfig(Context &context, const Arguments &args, CheckSettings &settings)
{
    if (args.has(QStringLiteral("no-config")))
        return kExitOk;
    const QString path = args.has(QStringLiteral("config")) ? args.value(QStringLiteral("config"))
                                                            : qa::findCheckConfig(QDir::currentPath());
    if (path.isEmpty())
        return kExitOk;
    auto config = qa::readCheckConfig(path);
    if (!config) {
        context.error(config.error());
        return kExitInputError;
    }
    settings.config = std::move(*config);
    const qa::CheckConfig &c = settings.config;
    settings.glossaries = c.glossaries;
    settings.options.sourceLanguage = c.sourceLanguage;
    settings.options.targetLanguages = c.targetLanguages;
    settings.options.severities = c.severities;
    if (c.failOn)
        settings.failOn = *c.failOn;
    settings.baseline = c.baseline;
    return kExitOk;
}

int readArguments(Context &context, const Arguments &args, CheckSettings &settings)
{
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    const auto parsedFormat = qa::parseReportFormat(format);
    if (!parsedFormat) {
        context.error(context.tr("unknown format '%1' (expected text, json, sarif, junit or github)").arg(format));
        return kExitUsage;
    }
    settings.format = *parsedFormat;
    settings.output = args.value(QStringLiteral("output"));
    settings.inputs.tmxFiles = args.positional();
    settings.inputs.memoryPath = args.value(QStringLiteral("tm"));
    settings.releaseSpecs = args.values(QStringLiteral("lang"));
    settings.presegmented = args.has(QStringLiteral("presegmented"));
    if (args.has(QStringLiteral("glossary")))
        settings.glossaries = args.values(QStringLiteral("glossary"));
    if (args.has(QStringLiteral("source")))
        settings.options.sourceLanguage = args.value(QStringLiteral("source"));
    if (args.has(QStringLiteral("target")))
        settings.options.targetLanguages = args.values(QStringLiteral("target"));
    settings.config.ignoredUnits += args.values(QStringLiteral("ignore-unit"));
    if (args.has(QStringLiteral("baseline")))
        settings.baseline = args.value(QStringLiteral("baseline"));
    settings.writeBaseline = args.value(QStringLiteral("write-baseline"));
    settings.referenceMemory = args.value(QStringLiteral("reference-tm"));
    if (args.has(QStringLiteral("fail-on")) &&
        !parseLevel(context, args.value(QStringLiteral("fail-on")), QStringLiteral("never"), settings.failOn))
        return kExitUsage;
    if (!parseRuleLevels(context, args.values(QStringLiteral("rule")), settings.options))
        return kExitUsage;
    const qsizetype inputKinds = (settings.inputs.tmxFiles.isEmpty() ? 0 : 1) +
                                 (settings.inputs.memoryPath.isEmpty() ? 0 : 1) +
                                 (settings.releaseSpecs.isEmpty() ? 0 : 1);
    if (inputKinds == 0 || settings.releaseSpecs.size() == 1) {
        context.error(context.tr("check needs TMX files, --tm DB or at least two --lang LANG=FILE"));
        return kExitUsage;
    }
    return kExitOk;
}

// The source language when neither the command line nor the configuration names it; nullopt after reporting an
// unreadable file.
std::optional<QString> defaultSourceLanguage(Context &context, const CheckSettings &settings)
{
    if (!settings.inputs.tmxFiles.isEmpty())
        return tmxSourceLanguage(context, settings.inputs.tmxFiles.first());
    if (!settings.inputs.releases.isEmpty())
        return settings.inputs.releases.first().text.language.code();
    return QString();
}

std::optional<glossary::Glossary> loadGlossaries(Context &context, const QStringList &paths)
{
    glossary::Glossary merged;
    for (const QString &path : paths) {
        auto part = loadGlossary(context, path, {});
        if (!part)
            return std::nullopt;
        merged.concepts += part->concepts;
    }
    return merged;
}

// Runs the checker over every input unit; fills the report (before the baseline) and returns the inputs' exit code.
int runChecks(Context &context, const CheckSettings &settings, const glossary::Glossary &glossary, qa::Checker &checker,
              qa::CheckReport &report, bool &failed)
{
    const qa::UnitIdPatterns ignored(settings.config.ignoredUnits);
    return visitCheckInputs(context, settings.inputs, glossary,
                            [&](const core::TranslationUnit &unit, qsizetype index, const UnitPlace &place) {
                                const QString id = qa::unitIdOf(unit, index);
                                if (ignored.matches(id))
                                    return true;
                                report.units.append(qa::CheckedUnit{id, index, place.unit});
                                auto findings = checker.check(unit, index, place.unit);
                                if (!findings) {
                                    context.error(findings.error());
                                    failed = true;
                                    return false;
                                }
                                for (qa::Finding &finding : *findings) {
                                    finding.where = place.of(finding.language);
                                    report.findings.append(std::move(finding));
                                }
                                return true;
                            });
}

int applyBaseline(Context &context, const CheckSettings &settings, qa::CheckReport &report)
{
    if (settings.baseline.isEmpty())
        return kExitOk;
    auto baseline = qa::Baseline::read(settings.baseline);
    if (!baseline) {
        context.error(baseline.error());
        return kExitInputError;
    }
    const qsizetype before = report.findings.size();
    report.findings.removeIf([&](const qa::Finding &finding) { return baseline->accepts(finding); });
    report.suppressed = before - report.findings.size();
    return kExitOk;
}

int writeReport(Context &context, const CheckSettings &settings, const qa::CheckReport &report)
{
    qa::ReportOptions options;
    options.translate = [&context](const char *text) { return context.tr(text); };
    options.colour = settings.format == qa::ReportFormat::Text && settings.output.isEmpty() && colourOnStdout();
    options.baseDirectory = QDir::currentPath();
    const QByteArray bytes = qa::writeReport(settings.format, report, options);
    if (settings.output.isEmpty()) {
        context.out(bytes);
        return kExitOk;
    }
    return writeFileAtomically(context, settings.output, bytes) ? kExitOk : kExitInputError;
}

// Resolves what the settings leave open and opens what they name; returns kExitOk or an exit code.
int prepare(Context &context, CheckSettings &settings, std::unique_ptr<store::TmStore> &referenceMemory)
{
    int exitCode = kExitOk;
    if (!settings.releaseSpecs.isEmpty()) {
        auto releases = readReleaseTexts(context, settings.releaseSpecs, settings.presegmented, exitCode);
        if (!releases)
            return exitCode;
        settings.inputs.releases = std::move(*releases);
    }
    if (settings.options.sourceLanguage.isEmpty()) {
        const std::optional<QString> declared = defaultSourceLanguage(context, settings);
        if (!declared)
            return kExitInputError;
        settings.options.sourceLanguage = *declared;
    }
    if (settings.options.sourceLanguage.isEmpty()) {
        context.error(context.tr("the source language is not known: name it with --source"));
        return kExitUsage;
    }
    if (!settings.referenceMemory.isEmpty()) {
        auto opened = store::openSqliteStore(settings.referenceMemory, store::OpenMode::MustExist);
        if (!opened) {
            context.error(opened.error());
            return kExitInputError;
        }
        referenceMemory = std::move(*opened);
        settings.options.referenceMemory = referenceMemory.get();
    }
    return kExitOk;
}

int check(Context &context, CheckSettings &settings)
{
    std::unique_ptr<store::TmStore> referenceMemory;
    if (const int prepared = prepare(context, settings, referenceMemory); prepared != kExitOk)
        return prepared;
    const auto glossary = loadGlossaries(context, settings.glossaries);
    if (!glossary)
        return kExitInputError;
    auto checker = qa::Checker::create(*glossary, settings.options);
    if (!checker) {
        context.error(checker.error());
        return kExitUsage;
    }
    qa::CheckReport report;
    report.rules = checker->enabledRules();
    report.failOn = settings.failOn;
    report.toolVersion = QStringLiteral(TERJIME_VERSION);
    bool failed = false;
    const int inputs = runChecks(context, settings, *glossary, *checker, report, failed);
    if (failed)
        return kExitInputError;
    if (!settings.writeBaseline.isEmpty()) {
        const core::Status written = qa::Baseline::write(settings.writeBaseline, report.findings);
        if (!written) {
            context.error(written.error());
            return kExitInputError;
        }
        context.error(context.tr("%1: %2 findings accepted").arg(settings.writeBaseline).arg(report.findings.size()));
        return inputs;
    }
    if (const int applied = applyBaseline(context, settings, report); applied != kExitOk)
        return applied;
    if (const int written = writeReport(context, settings, report); written != kExitOk)
        return written;
    if (inputs != kExitOk)
        return inputs;
    return report.passed() ? kExitOk : kExitFindings;
}

} // namespace

int runCheck(Context &context, const QStringList &argv)
{
    Arguments args;
    QString bad;
    if (!Arguments::parse(argv,
                          {QStringLiteral("tm"), QStringLiteral("lang"), QStringLiteral("glossary"),
                           QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("reference-tm"),
                           QStringLiteral("rule"), QStringLiteral("ignore-unit"), QStringLiteral("fail-on"),
                           QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("baseline"),
                           QStringLiteral("write-baseline"), QStringLiteral("config")},
                          {QStringLiteral("presegmented"), QStringLiteral("no-config"), QStringLiteral("list-rules"),
                           QStringLiteral("help")},
                          args, bad)) {
        context.error(context.tr("unknown option or missing value: %1").arg(bad));
        return kExitUsage;
    }
    if (args.has(QStringLiteral("help"))) {
        printHelp(context);
        return kExitOk;
    }
    if (args.has(QStringLiteral("list-rules"))) {
        printRules(context);
        return kExitOk;
    }
    CheckSettings settings;
    if (const int read = readConfig(context, args, settings); read != kExitOk)
        return read;
    if (const int read = readArguments(context, args, settings); read != kExitOk)
        return read;
    return check(context, settings);
}

} // namespace terjime::cli
