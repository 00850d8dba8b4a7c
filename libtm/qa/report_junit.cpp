// SPDX-License-Identifier: GPL-3.0-or-later
// The JUnit XML report, as Jenkins and GitLab read it: one test suite, one test case per checked unit and rule
// that ran, failed when the rule found something in the unit.
//
// Written by hand rather than with QXmlStreamWriter: 100,000 units × 15 rules are 1.5 million test cases, which
// QXmlStreamWriter (Qt 6.4) took 2.3 s to write (4.1 s indented), mostly in the temporary strings it makes for every
// call; here about half a second. A unit's class name is escaped and encoded once; a passing test case is five
// appends.
#include "report_support.h"

#include <algorithm>
#include <vector>

namespace terjime::qa::report {

namespace {

// A unit as findings name it. Not by file: a finding of a release points at its language's file, not the unit's.
struct UnitKey {
    QString id;
    qsizetype index = 0;
    friend bool operator==(const UnitKey &, const UnitKey &) = default;
};

size_t qHash(const UnitKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.id, key.index);
}

// A test case's unit: a checked unit, or the unit of a finding that report.units lacks.
struct TestUnit {
    QString id;
    QString file;
    std::vector<qsizetype> findings; // indexes into report.findings, in input order
};

// Groups the findings by unit in one pass, so that writing costs units × rules + findings, not their product. Two
// inputs can hold units of the same id and index. Findings come in input order, so a finding belongs to a unit of
// its key at or after the unit of the finding before it: the first one in the finding's file, else the first one.
std::vector<TestUnit> groupByUnit(const CheckReport &report)
{
    std::vector<TestUnit> units;
    units.reserve(report.units.size());
    QHash<UnitKey, std::vector<qsizetype>> positions; // ascending
    positions.reserve(report.units.size());
    for (const CheckedUnit &unit : report.units) {
        positions[UnitKey{unit.id, unit.index}].push_back(qsizetype(units.size()));
        units.push_back(TestUnit{unit.id, unit.where.file, {}});
    }
    qsizetype current = 0;
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const Finding &finding = report.findings[i];
        std::vector<qsizetype> &candidates = positions[UnitKey{finding.unit, finding.unitIndex}];
        if (candidates.empty()) {
            candidates.push_back(qsizetype(units.size()));
            units.push_back(TestUnit{finding.unit, finding.where.file, {}});
        }
        auto chosen = std::lower_bound(candidates.begin(), candidates.end(), current);
        const auto sameFile = std::find_if(chosen, candidates.end(), [&](qsizetype position) {
            return units[size_t(position)].file == finding.where.file;
        });
        if (sameFile != candidates.end())
            chosen = sameFile;
        current = chosen != candidates.end() ? *chosen : candidates.back();
        units[size_t(current)].findings.push_back(i);
    }
    return units;
}

// "release.tmx unit 12". Not translated: dashboards follow a test's history by its class name and name.
QString className(const TestUnit &unit)
{
    QString name = unit.file;
    if (!name.isEmpty())
        name += u' ';
    name += u"unit ";
    name += unit.id;
    return name;
}

// XML 1.0 cannot carry C0 controls other than tab and line breaks, U+FFFE, U+FFFF or unpaired surrogates.
bool isXmlChar(char16_t c)
{
    return c >= 0x20 ? c < 0xfffe : (c == u'\t' || c == u'\n' || c == u'\r');
}

// Appends `text` escaped for element content, or for a quoted attribute value (where line breaks and tabs are
// written as references, or a reader would normalise them to spaces). A character XML cannot carry becomes U+FFFD.
void appendEscaped(QString &out, QStringView text, bool attribute)
{
    qsizetype runStart = 0;
    auto replace = [&](qsizetype i, QStringView replacement) {
        out += text.sliced(runStart, i - runStart);
        out += replacement;
        runStart = i + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c == u'&')
            replace(i, u"&amp;");
        else if (c == u'<')
            replace(i, u"&lt;");
        else if (c == u'>')
            replace(i, u"&gt;");
        else if (attribute && c == u'"')
            replace(i, u"&quot;");
        else if (attribute && c == u'\n')
            replace(i, u"&#10;");
        else if (attribute && c == u'\r')
            replace(i, u"&#13;");
        else if (attribute && c == u'\t')
            replace(i, u"&#9;");
        else if (!isXmlChar(c) || QChar::isSurrogate(c))
            replace(i, u"\uFFFD");
    }
    out += text.sliced(runStart);
}

// The UTF-8 of `text` escaped as an attribute value.
QByteArray escapedAttribute(QStringView text)
{
    QString escaped;
    appendEscaped(escaped, text, true);
    return escaped.toUtf8();
}

// Readers differ on several failures in one test case, so a test case has one failure that holds every finding of
// its unit and rule: the message attribute joins their messages, the body shows each as the text report does.
void appendFailure(QByteArray &out, const QByteArray &escapedRule, const std::vector<qsizetype> &findings,
                   const CheckReport &report, const ReportOptions &options)
{
    QStringList messages;
    QString details;
    for (qsizetype i : findings) {
        const Finding &finding = report.findings[i];
        messages.append(finding.describe(options.translate));
        appendFindingBlock(details, finding, options, false);
    }
    QString message;
    appendEscaped(message, messages.join(QStringLiteral("; ")), true);
    QString body;
    appendEscaped(body, details, false);
    out += "      <failure type=\"";
    out += escapedRule;
    out += "\" message=\"";
    out += message.toUtf8();
    out += "\">";
    out += body.toUtf8();
    out += "</failure>\n";
}

void appendSuiteAttributes(QByteArray &out, const QByteArray &tests, const QByteArray &failures)
{
    out += "name=\"terjime check\" tests=\"";
    out += tests;
    out += "\" failures=\"";
    out += failures;
    out += "\" errors=\"0\"";
}

struct Totals {
    qsizetype tests = 0;
    qsizetype failures = 0;
};

Totals countTests(const std::vector<TestUnit> &units, const QStringList &rules, const CheckReport &report,
                  const QHash<QString, qsizetype> &ruleIndex)
{
    Totals totals;
    totals.tests = qsizetype(units.size()) * rules.size();
    std::vector<bool> failed(rules.size());
    for (const TestUnit &unit : units) {
        failed.assign(rules.size(), false);
        for (qsizetype i : unit.findings)
            failed[ruleIndex.value(report.findings[i].rule)] = true;
        totals.failures += std::count(failed.begin(), failed.end(), true);
    }
    return totals;
}

} // namespace

QByteArray writeJunit(const CheckReport &report, const ReportOptions &options)
{
    const QStringList rules = reportedRules(report);
    const QHash<QString, qsizetype> ruleIndex = ruleIndexes(rules);
    QList<QByteArray> escapedRules;
    for (const QString &rule : rules)
        escapedRules.append(escapedAttribute(rule));
    const std::vector<TestUnit> units = groupByUnit(report);
    const Totals totals = countTests(units, rules, report, ruleIndex);
    const QByteArray tests = QByteArray::number(totals.tests);
    const QByteArray failures = QByteArray::number(totals.failures);

    // UTF-8 straight away: the test cases are most of the output, and their parts are encoded once each.
    QByteArray out;
    out.reserve(totals.tests * 72 + report.findings.size() * 400 + 512);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ";
    appendSuiteAttributes(out, tests, failures);
    out += ">\n  <testsuite ";
    appendSuiteAttributes(out, tests, failures);
    out += " skipped=\"0\">\n";

    // The findings of one unit, bucketed by rule; reused from unit to unit.
    std::vector<std::vector<qsizetype>> byRule(rules.size());
    for (const TestUnit &unit : units) {
        for (qsizetype i : unit.findings)
            byRule[ruleIndex.value(report.findings[i].rule)].push_back(i);
        const QByteArray classname = escapedAttribute(className(unit));
        for (qsizetype r = 0; r < rules.size(); ++r) {
            out += "    <testcase classname=\"";
            out += classname;
            out += "\" name=\"";
            out += escapedRules[r];
            if (byRule[r].empty()) {
                out += "\"/>\n";
                continue;
            }
            out += "\">\n";
            appendFailure(out, escapedRules[r], byRule[r], report, options);
            out += "    </testcase>\n";
            byRule[r].clear();
        }
    }
    out += "  </testsuite>\n</testsuites>\n";
    return out;
}

} // namespace terjime::qa::report
