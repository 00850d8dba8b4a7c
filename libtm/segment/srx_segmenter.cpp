// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/segment/srx_segmenter.h"

#include "break_triggers.h"
#include "java_regex.h"
#include "neighbour_screen.h"
#include "regex_char_sets.h"
#include "simple_pattern.h"
#include "tm/text/icu_view.h"
#include "tm/text/white_space.h"
#include "word_list_rule.h"

#include <unicode/brkiter.h>
#include <unicode/regex.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace terjime::segment {
namespace {

// Longest repetition a before-break context may span: ICU look-behind needs a bounded length, and its cost grows
// with it (ICU tries every start the length allows). 8 costs nothing in accuracy on the peer suites and halves the
// time of 24.
constexpr int kMaxLookBehindRepeat = 8;

// A word list shorter than this stays a regular expression, where it can share a run with its neighbours.
constexpr int kMinimumListWords = 8;

// A rule read once: its patterns in ICU syntax (the before-break one bounded for a look-behind) and what the
// analysis of its patterns tells, which the screens, the walks and the break triggers all use.
struct CompiledRule {
    const SrxRule *rule;
    QString icuBefore;
    QString icuAfter;
    Neighbours neighbours;
    RegexCharSets before;
    RegexCharSets after;

    static CompiledRule of(const SrxRule &rule)
    {
        CompiledRule compiled{&rule,
                              javaRegexToIcu(rule.beforeBreak, kMaxLookBehindRepeat),
                              javaRegexToIcu(rule.afterBreak),
                              {},
                              analyzeRegex(rule.beforeBreak),
                              analyzeRegex(rule.afterBreak)};
        compiled.neighbours = Neighbours::of(compiled.before, compiled.after);
        return compiled;
    }
};

// Consecutive rules of one kind with the same neighbour characters: the first of them to match a position decides
// it, so one alternation of all of them answers the same question as trying each in turn, and a position whose
// neighbours none of them allows is passed over without running the expression.
// A rule whose before-break pattern is a word list (see WordListRule) is a run of its own: the list answers the
// before-break side and `matcher` only the after-break side.
// One side of a rule as the walks see it: nothing to check (an empty pattern), a SimplePattern, or a pattern only
// ICU can run (`complex`).
struct WalkedSide {
    std::optional<SimplePattern> pattern;
    bool complex = false;

    static WalkedSide of(const QString &icuPattern)
    {
        WalkedSide side;
        if (!icuPattern.isEmpty()) {
            side.pattern = SimplePattern::parse(icuPattern);
            side.complex = !side.pattern;
        }
        return side;
    }
};

struct WalkedRule {
    WalkedSide before;
    WalkedSide after;

    // True or false when the walks settle it; nothing when ICU must run the rule. A side that a walk refutes settles
    // it even when the other side is complex, and at most positions one side fails.
    std::optional<bool> matches(QStringView text, qsizetype position)
    {
        bool unknown = after.complex || before.complex;
        if (after.pattern) {
            const std::optional<bool> matched = after.pattern->matchesFrom(text, position);
            if (matched == false)
                return false;
            unknown |= !matched;
        }
        if (before.pattern) {
            const std::optional<bool> matched = before.pattern->matchesUntil(text, position);
            if (matched == false)
                return false;
            unknown |= !matched;
        }
        return unknown ? std::nullopt : std::optional<bool>(true);
    }
};

struct RuleRun {
    Neighbours neighbours;
    bool breaks = false;
    std::optional<WordListRule> wordList;
    std::unique_ptr<icu::RegexPattern> pattern; // null for a word list without an after-break pattern
    std::unique_ptr<icu::RegexMatcher> matcher;
    // The same rules as walks, so that most positions are answered without ICU. For a word list, its after-break
    // pattern only (the list answers the before-break side).
    std::vector<WalkedRule> walkedRules;

    // Whether one of the run's rules matches at `position`, by the walks; nothing when ICU must answer.
    std::optional<bool> matchesByWalking(QStringView text, qsizetype position)
    {
        bool unknown = false;
        for (WalkedRule &rule : walkedRules) {
            const std::optional<bool> matched = rule.matches(text, position);
            if (matched == true)
                return true;
            unknown |= !matched;
        }
        return unknown ? std::nullopt : std::optional<bool>(false);
    }
};

// The look-ahead comes first: both are zero-width at the same position, so the order does not change what matches,
// but the look-ahead is one anchored attempt while the look-behind tries every start its length allows, and at most
// positions the look-ahead already fails.
QString lookaround(const CompiledRule &rule)
{
    QString out;
    if (!rule.icuAfter.isEmpty())
        out += QStringLiteral("(?=") + rule.icuAfter + QLatin1Char(')');
    if (!rule.icuBefore.isEmpty())
        out += QStringLiteral("(?<=") + rule.icuBefore + QLatin1Char(')');
    return out;
}

QString forwardPattern(const SrxRule &rule)
{
    QString out = QStringLiteral("(?:") + javaRegexToIcu(rule.beforeBreak) + QLatin1Char(')');
    if (!rule.afterBreak.isEmpty())
        out += QStringLiteral("(?=") + javaRegexToIcu(rule.afterBreak) + QLatin1Char(')');
    return out;
}

core::Result<std::unique_ptr<icu::RegexPattern>> compile(const QString &pattern, const QString &fileName, int line)
{
    UParseError parseError{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> compiled(
        icu::RegexPattern::compile(text::icuView(pattern), 0, parseError, status));
    if (U_FAILURE(status)) {
        return core::makeError(core::ErrorCode::Syntax, core::N_("invalid regular expression in SRX rule (%1): %2"),
                               {QString::fromLatin1(u_errorName(status)), pattern}, {fileName, line, 0});
    }
    return compiled;
}

std::unique_ptr<icu::RegexMatcher> matcherFor(icu::RegexPattern &pattern)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(status));
    Q_ASSERT(U_SUCCESS(status));
    matcher->useTransparentBounds(true);
    matcher->useAnchoringBounds(false);
    return matcher;
}

bool isSpace(QChar c)
{
    return text::isSpace(c.unicode());
}

} // namespace

struct SrxSegmenter::Impl {
    std::vector<RuleRun> runs;
    NeighbourScreen screen;      // which runs the characters around a position allow
    BreakTriggers breakTriggers; // where the break rules that can be read may apply
    // Regular-expression scans for the break rules BreakTriggers cannot bound.
    std::vector<std::unique_ptr<icu::RegexPattern>> breakFinders;
    std::vector<std::unique_ptr<icu::RegexMatcher>> breakMatchers;
    std::unique_ptr<icu::BreakIterator> sentences; // set when ICU's breaks are the base

    core::Status addRun(const std::vector<CompiledRule> &rules, bool breaks, const QString &fileName);
    core::Status addWordListRun(const CompiledRule &rule, WordListRule wordList, const QString &fileName);
    void collectIcuBreaks(QStringView text, std::vector<qsizetype> &out);
    void collectRuleBreaks(const icu::UnicodeString &text, std::vector<qsizetype> &out);
    // 1 break, 0 no break, -1 no rule matched. The run matchers must have been reset to `text`.
    int decide(const icu::UnicodeString &text, qsizetype position);
};

core::Status SrxSegmenter::Impl::addRun(const std::vector<CompiledRule> &rules, bool breaks, const QString &fileName)
{
    QStringList alternatives;
    for (const CompiledRule &rule : rules)
        alternatives << QStringLiteral("(?:") + lookaround(rule) + QLatin1Char(')');
    auto combined = compile(alternatives.join(QLatin1Char('|')), fileName, rules.front().rule->line);
    if (!combined) {
        for (const CompiledRule &rule : rules) { // find the rule to blame
            if (auto single = compile(lookaround(rule), fileName, rule.rule->line); !single)
                return single.error();
        }
        return combined.error();
    }
    RuleRun run;
    run.breaks = breaks;
    run.neighbours = rules.front().neighbours;
    for (const CompiledRule &rule : rules)
        run.neighbours.widen(rule.neighbours);
    run.pattern = std::move(*combined);
    run.matcher = matcherFor(*run.pattern);
    for (const CompiledRule &rule : rules)
        run.walkedRules.push_back({WalkedSide::of(rule.icuBefore), WalkedSide::of(rule.icuAfter)});
    screen.add(run.neighbours);
    runs.push_back(std::move(run));
    return core::Done{};
}

core::Status SrxSegmenter::Impl::addWordListRun(const CompiledRule &rule, WordListRule wordList,
                                                const QString &fileName)
{
    RuleRun run;
    run.breaks = rule.rule->breaks;
    run.neighbours = rule.neighbours;
    run.wordList = std::move(wordList);
    if (!rule.icuAfter.isEmpty()) {
        auto after = compile(QStringLiteral("(?=") + rule.icuAfter + QLatin1Char(')'), fileName, rule.rule->line);
        if (!after)
            return after.error();
        run.pattern = std::move(*after);
        run.matcher = matcherFor(*run.pattern);
    }
    run.walkedRules.push_back({WalkedSide{}, WalkedSide::of(rule.icuAfter)});
    screen.add(run.neighbours);
    runs.push_back(std::move(run));
    return core::Done{};
}

core::Result<SrxSegmenter> SrxSegmenter::create(const SrxDocument &document, const QString &languageCode,
                                                const QString &fileName)
{
    auto impl = std::make_unique<Impl>();
    std::vector<CompiledRule> pending;
    for (const SrxLanguageRule *languageRule : document.rulesFor(languageCode)) {
        for (const SrxRule &rule : languageRule->rules) {
            CompiledRule compiled = CompiledRule::of(rule);
            auto wordList =
                rule.beforeBreak.isEmpty() ? std::nullopt : WordListRule::parse(rule.beforeBreak, kMinimumListWords);
            if (!pending.empty() && (wordList || pending.front().rule->breaks != rule.breaks ||
                                     !pending.front().neighbours.sameNearest(compiled.neighbours))) {
                if (auto status = impl->addRun(pending, pending.front().rule->breaks, fileName); !status)
                    return status.error();
                pending.clear();
            }
            if (rule.breaks && !impl->breakTriggers.add(compiled.before, compiled.after)) {
                auto finder = compile(forwardPattern(rule), fileName, rule.line);
                if (!finder)
                    return finder.error();
                impl->breakMatchers.push_back(matcherFor(**finder));
                impl->breakFinders.push_back(std::move(*finder));
            }
            if (wordList) {
                if (auto status = impl->addWordListRun(compiled, std::move(*wordList), fileName); !status)
                    return status.error();
            } else {
                pending.push_back(std::move(compiled));
            }
        }
    }
    if (!pending.empty()) {
        if (auto status = impl->addRun(pending, pending.front().rule->breaks, fileName); !status)
            return status.error();
    }
    if (document.options.useIcuBreakRules) {
        UErrorCode status = U_ZERO_ERROR;
        // ICU's plain rules, without its "ss=standard" abbreviation filter: the SRX rules decide abbreviations, and
        // the filter cost a tenth of the segmentation time without changing a split on the peer suites.
        const QByteArray locale = languageCode.toLatin1().replace('-', '_');
        impl->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.constData()), status));
        if (U_FAILURE(status))
            return core::makeError(core::ErrorCode::Unsupported, core::N_("ICU has no sentence rules for '%1'"),
                                   {languageCode});
    }
    return SrxSegmenter(std::move(impl));
}

SrxSegmenter::SrxSegmenter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SrxSegmenter::~SrxSegmenter() = default;
SrxSegmenter::SrxSegmenter(SrxSegmenter &&) noexcept = default;
SrxSegmenter &SrxSegmenter::operator=(SrxSegmenter &&) noexcept = default;

void SrxSegmenter::Impl::collectIcuBreaks(QStringView text, std::vector<qsizetype> &out)
{
    // Line breaks inside a paragraph are spaces to the document model; ICU would treat each as a hard break.
    QString flat;
    const bool hasLineBreaks = text.contains(u'\n') || text.contains(u'\r') || text.contains(u'\u2028');
    if (hasLineBreaks) {
        flat = text.toString();
        for (QChar &c : flat) {
            if (c == u'\n' || c == u'\r' || c == u'\u2028')
                c = u' ';
        }
    }
    const icu::UnicodeString view = text::icuView(hasLineBreaks ? QStringView(flat) : text);
    sentences->setText(view);
    for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
        qsizetype position = b;
        while (position > 0 && isSpace(text[position - 1])) // rules see the break right after the sentence
            --position;
        if (position > 0 && position < text.size())
            out.push_back(position);
    }
}

void SrxSegmenter::Impl::collectRuleBreaks(const icu::UnicodeString &text, std::vector<qsizetype> &out)
{
    breakTriggers.collect(QStringView(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length()), out);
    for (auto &matcher : breakMatchers) {
        matcher->reset(text);
        UErrorCode status = U_ZERO_ERROR;
        while (matcher->find(status) && U_SUCCESS(status)) {
            const qsizetype end = matcher->end(status);
            if (end > 0 && end < text.length())
                out.push_back(end);
        }
    }
}

int SrxSegmenter::Impl::decide(const icu::UnicodeString &text, qsizetype position)
{
    const QStringView view(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length());
    const std::uint64_t screened = screen.allowed(view, position);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        RuleRun &run = runs[r];
        const bool allowed =
            r < NeighbourScreen::kMaxRuns ? (screened >> r & 1) != 0 : run.neighbours.allow(view, position);
        if (!allowed)
            continue;
        if (run.wordList && !run.wordList->endsAt(text, position))
            continue;
        if (const std::optional<bool> walked = run.matchesByWalking(view, position)) {
            if (!*walked)
                continue;
            return run.breaks ? 1 : 0;
        }
        if (run.matcher) {
            UErrorCode status = U_ZERO_ERROR;
            run.matcher->region(position, text.length(), status);
            if (U_FAILURE(status) || !run.matcher->lookingAt(status) || U_FAILURE(status))
                continue;
        }
        return run.breaks ? 1 : 0;
    }
    return -1;
}

QList<qsizetype> SrxSegmenter::breakPositions(QStringView text)
{
    const icu::UnicodeString view = text::icuView(text);
    std::vector<qsizetype> icuBreaks;
    if (m_impl->sentences)
        m_impl->collectIcuBreaks(text, icuBreaks);
    std::vector<qsizetype> candidates = icuBreaks;
    m_impl->collectRuleBreaks(view, candidates);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::sort(icuBreaks.begin(), icuBreaks.end());

    for (RuleRun &run : m_impl->runs) {
        if (run.matcher)
            run.matcher->reset(view);
        if (run.wordList)
            run.wordList->reset(view);
    }
    QList<qsizetype> breaks;
    for (qsizetype position : candidates) {
        const int decision = m_impl->decide(view, position);
        const bool isBreak =
            decision < 0 ? std::binary_search(icuBreaks.begin(), icuBreaks.end(), position) : decision == 1;
        if (isBreak)
            breaks.append(position);
    }
    return breaks;
}

QList<TextRange> SrxSegmenter::segments(QStringView text)
{
    QList<TextRange> result;
    qsizetype start = 0;
    QList<qsizetype> cuts = breakPositions(text);
    cuts.append(text.size());
    for (qsizetype end : cuts) {
        qsizetype a = start;
        qsizetype b = end;
        while (a < b && isSpace(text[a]))
            ++a;
        while (b > a && isSpace(text[b - 1]))
            --b;
        if (a < b)
            result.append({a, b});
        start = end;
    }
    return result;
}

} // namespace terjime::segment
