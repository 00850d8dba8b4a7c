// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/align/word_dictionary.h"

#include "dictionary_data.h"
#include "word_keys.h"

#include "tm/store/tm_store.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace terjime::align {
namespace {

constexpr int kCoreLanguages = 4; // core::Language's values, tk-Cyrl included

// One language's words as read: a vocabulary, and the word ids of each unit in one flat list.
struct ReadLanguage {
    QHash<QString, int> vocabulary;
    QStringList words;                 // id → key
    std::vector<int> flat;             // the word ids of every unit, unit after unit
    std::vector<std::size_t> begin{0}; // unit u's words are flat[begin[u], begin[u + 1])
    std::vector<int> unitCount;        // id → units holding the word
    int unitsHolding = 0;              // units with a variant in this language

    std::size_t units() const { return begin.size() - 1; }
};

// Units holding each eligible word, as one compressed list: the units of word w are at[start[w], start[w + 1]).
struct Postings {
    std::vector<std::size_t> start;
    std::vector<int> at;
};

// A chosen pair of the two languages a < b: word ids (learning ids) and Dice's coefficient.
struct Chosen {
    int a;
    int b;
    float dice;
};

} // namespace

const QList<int> &DictionaryData::translationsOf(DictionaryLanguage from, int id, DictionaryLanguage to) const
{
    static const QList<int> kNone;
    const QList<QList<int>> &lists = translations[int(from)][int(to)];
    return id >= 0 && id < lists.size() ? lists[id] : kNone;
}

WordDictionary::WordDictionary() = default;
WordDictionary::WordDictionary(std::shared_ptr<const DictionaryData> data) : m_data(std::move(data)) {}

bool WordDictionary::isEmpty() const
{
    return !m_data || m_data->pairs == 0;
}

qsizetype WordDictionary::size() const
{
    return m_data ? m_data->pairs : 0;
}

int WordDictionary::unitsRead() const
{
    return m_data ? m_data->unitsRead : 0;
}

bool WordDictionary::translates(core::LanguageTag a, QStringView wordA, core::LanguageTag b, QStringView wordB) const
{
    if (!m_data)
        return false;
    const QStringList keysA = WordKeys(a).keys(wordA);
    const QStringList keysB = WordKeys(b).keys(wordB);
    if (keysA.isEmpty() || keysB.isEmpty())
        return false;
    const DictionaryLanguage from = dictionaryLanguage(a);
    const DictionaryLanguage to = dictionaryLanguage(b);
    const int idB = m_data->id(to, keysB.front());
    return idB >= 0 && m_data->translationsOf(from, m_data->id(from, keysA.front()), to).contains(idB);
}

struct DictionaryLearner::Impl {
    DictionaryOptions options;
    std::array<std::optional<WordKeys>, kCoreLanguages> keys; // made on first use: ICU's break iterator is costly
    std::array<ReadLanguage, kDictionaryLanguages> read;
    int units = 0;

    WordKeys &keysFor(core::LanguageTag tag)
    {
        std::optional<WordKeys> &slot = keys[std::size_t(tag.language())];
        if (!slot)
            slot.emplace(tag);
        return *slot;
    }
    void append(ReadLanguage &language, const QStringList &words);
    std::vector<bool> eligible(const ReadLanguage &language) const;
    static Postings postings(const ReadLanguage &language, const std::vector<bool> &eligible);
    void choose(int a, int b, const std::array<std::vector<bool>, kDictionaryLanguages> &eligible,
                const std::array<Postings, kDictionaryLanguages> &postings, std::vector<Chosen> &chosen) const;
};

void DictionaryLearner::Impl::append(ReadLanguage &language, const QStringList &words)
{
    for (const QString &word : words) {
        auto found = language.vocabulary.constFind(word);
        int id = 0;
        if (found == language.vocabulary.cend()) {
            id = int(language.words.size());
            language.vocabulary.insert(word, id);
            language.words.append(word);
            language.unitCount.push_back(0);
        } else {
            id = *found;
        }
        language.flat.push_back(id);
        ++language.unitCount[std::size_t(id)];
    }
    language.unitsHolding += words.isEmpty() ? 0 : 1;
}

std::vector<bool> DictionaryLearner::Impl::eligible(const ReadLanguage &language) const
{
    std::vector<bool> out(language.unitCount.size(), false);
    const double most = options.maxShare * double(language.unitsHolding);
    for (std::size_t id = 0; id < out.size(); ++id)
        out[id] = language.unitCount[id] >= options.minCount && double(language.unitCount[id]) <= most;
    return out;
}

Postings DictionaryLearner::Impl::postings(const ReadLanguage &language, const std::vector<bool> &eligible)
{
    Postings out;
    out.start.assign(eligible.size() + 1, 0);
    for (std::size_t id = 0; id < eligible.size(); ++id)
        out.start[id + 1] = out.start[id] + (eligible[id] ? std::size_t(language.unitCount[id]) : 0);
    out.at.resize(out.start.back());
    std::vector<std::size_t> fill(out.start.begin(), out.start.end() - 1);
    for (std::size_t u = 0; u < language.units(); ++u)
        for (std::size_t k = language.begin[u]; k < language.begin[u + 1]; ++k)
            if (const int id = language.flat[k]; eligible[std::size_t(id)])
                out.at[fill[std::size_t(id)]++] = int(u);
    return out;
}

// The best translations into b of every eligible word of a, by Dice's coefficient. The co-occurrence counts of one
// word of a are gathered at a time in a dense array, so memory stays linear in the vocabulary; time is the sum over
// units of |words in a| · |words in b|, bounded by maxWords².
void DictionaryLearner::Impl::choose(int a, int b, const std::array<std::vector<bool>, kDictionaryLanguages> &eligible,
                                     const std::array<Postings, kDictionaryLanguages> &postings,
                                     std::vector<Chosen> &chosen) const
{
    const ReadLanguage &from = read[std::size_t(a)];
    const ReadLanguage &to = read[std::size_t(b)];
    std::vector<int> count(std::size_t(to.words.size()), 0);
    std::vector<int> touched;
    std::vector<std::pair<float, int>> candidates;
    for (std::size_t wa = 0; wa < std::size_t(from.words.size()); ++wa) {
        if (!eligible[std::size_t(a)][wa])
            continue;
        touched.clear();
        const Postings &holding = postings[std::size_t(a)];
        for (std::size_t p = holding.start[wa]; p < holding.start[wa + 1]; ++p) {
            const std::size_t u = std::size_t(holding.at[p]);
            for (std::size_t k = to.begin[u]; k < to.begin[u + 1]; ++k) {
                const int wb = to.flat[k];
                if (eligible[std::size_t(b)][std::size_t(wb)] && count[std::size_t(wb)]++ == 0)
                    touched.push_back(wb);
            }
        }
        candidates.clear();
        for (const int wb : touched) {
            const int together = std::exchange(count[std::size_t(wb)], 0);
            const double dice = 2.0 * together / double(from.unitCount[wa] + to.unitCount[std::size_t(wb)]);
            if (together >= options.minCount && dice >= options.minDice)
                candidates.emplace_back(float(dice), wb);
        }
        const auto keep = std::min(candidates.size(), std::size_t(std::max(0, options.maxTranslations)));
        std::partial_sort(
            candidates.begin(), candidates.begin() + std::ptrdiff_t(keep), candidates.end(),
            [](const auto &x, const auto &y) { return std::tie(y.first, x.second) < std::tie(x.first, y.second); });
        for (std::size_t k = 0; k < keep; ++k) {
            if (a < b)
                chosen.push_back({int(wa), candidates[k].second, candidates[k].first});
            else
                chosen.push_back({candidates[k].second, int(wa), candidates[k].first});
        }
    }
}

DictionaryLearner::DictionaryLearner(DictionaryOptions options) : m_impl(std::make_unique<Impl>())
{
    m_impl->options = options;
}

DictionaryLearner::~DictionaryLearner() = default;

bool DictionaryLearner::add(const core::TranslationUnit &unit)
{
    Impl &impl = *m_impl;
    if (impl.units >= impl.options.maxUnits)
        return false;
    std::array<std::optional<QStringList>, kDictionaryLanguages> words;
    for (const core::Variant &variant : unit.variants) {
        const auto tag = core::LanguageTag::parse(variant.language);
        if (!tag)
            continue;
        std::optional<QStringList> &slot = words[std::size_t(dictionaryLanguage(*tag))];
        if (slot)
            continue;
        slot = impl.keysFor(*tag).keys(variant.segment.text);
        if (slot->size() > impl.options.maxWords)
            slot->clear();
    }
    for (int l = 0; l < kDictionaryLanguages; ++l) {
        ReadLanguage &language = impl.read[std::size_t(l)];
        impl.append(language, words[std::size_t(l)].value_or(QStringList()));
        language.begin.push_back(language.flat.size());
    }
    return ++impl.units < impl.options.maxUnits;
}

int DictionaryLearner::unitsRead() const
{
    return m_impl->units;
}

WordDictionary DictionaryLearner::finish()
{
    Impl &impl = *m_impl;
    std::array<std::vector<bool>, kDictionaryLanguages> eligible;
    std::array<Postings, kDictionaryLanguages> postings;
    for (int l = 0; l < kDictionaryLanguages; ++l) {
        eligible[std::size_t(l)] = impl.eligible(impl.read[std::size_t(l)]);
        postings[std::size_t(l)] = Impl::postings(impl.read[std::size_t(l)], eligible[std::size_t(l)]);
    }
    auto data = std::make_shared<DictionaryData>();
    data->unitsRead = impl.units;
    for (int a = 0; a < kDictionaryLanguages; ++a) {
        for (int b = a + 1; b < kDictionaryLanguages; ++b) {
            // A pair is kept when either word is among the other's best translations.
            std::vector<Chosen> chosen;
            impl.choose(a, b, eligible, postings, chosen);
            impl.choose(b, a, eligible, postings, chosen);
            std::sort(chosen.begin(), chosen.end(), [](const Chosen &x, const Chosen &y) {
                return std::tie(x.a, x.b, y.dice) < std::tie(y.a, y.b, x.dice);
            });
            chosen.erase(std::unique(chosen.begin(), chosen.end(),
                                     [](const Chosen &x, const Chosen &y) { return x.a == y.a && x.b == y.b; }),
                         chosen.end());
            // Best first within each word's list.
            std::stable_sort(chosen.begin(), chosen.end(),
                             [](const Chosen &x, const Chosen &y) { return x.dice > y.dice; });
            auto idOf = [&](int language, int learned) {
                const QString &key = impl.read[std::size_t(language)].words[learned];
                QHash<QString, int> &ids = data->ids[std::size_t(language)];
                if (!ids.contains(key))
                    ids.insert(key, int(ids.size()));
                return ids.value(key);
            };
            for (const Chosen &pair : chosen) {
                const int idA = idOf(a, pair.a);
                const int idB = idOf(b, pair.b);
                QList<QList<int>> &forward = data->translations[std::size_t(a)][std::size_t(b)];
                QList<QList<int>> &backward = data->translations[std::size_t(b)][std::size_t(a)];
                if (forward.size() <= idA)
                    forward.resize(idA + 1);
                if (backward.size() <= idB)
                    backward.resize(idB + 1);
                forward[idA].append(idB);
                backward[idB].append(idA);
                ++data->pairs;
            }
        }
    }
    impl.read = {};
    impl.units = 0;
    return WordDictionary(std::move(data));
}

core::Result<WordDictionary> learnDictionary(store::TmStore &memory, const DictionaryOptions &options)
{
    DictionaryLearner learner(options);
    const core::Status visited =
        memory.forEachUnit([&](const store::StoredUnit &stored) { return learner.add(stored.unit); });
    if (!visited)
        return visited.error();
    return learner.finish();
}

} // namespace terjime::align
