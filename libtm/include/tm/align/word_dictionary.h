// SPDX-License-Identifier: GPL-3.0-or-later
// A translation dictionary learned from a translation memory: which words of Turkmen, Russian and English translate
// each other, as word evidence for the aligner (AlignOptions::dictionary).
#pragma once

#include "tm/core/language.h"
#include "tm/core/result.h"
#include "tm/core/translation_unit.h"

#include <QStringView>

#include <memory>

namespace terjime::store {
class TmStore;
}

namespace terjime::align {

struct DictionaryData;

// How a dictionary is learned. The defaults keep learning linear in the memory and a few seconds long at most.
struct DictionaryOptions {
    // Units read, the memory's first ones (in key order): enough to learn the common words of a domain, and a bound on
    // the time and memory learning takes however large the memory is.
    int maxUnits = 50000;
    // A variant with more distinct words than this is left out: paragraphs and lists say little about which word
    // translates which, and cost the square of their length.
    int maxWords = 80;
    // Two words must co-occur in at least this many units: one co-occurrence is chance as often as translation.
    int minCount = 2;
    // Dice's coefficient 2·c(a, b) / (c(a) + c(b)) over the units a pair must reach.
    double minDice = 0.3;
    // Translations kept per word and direction, best first (a word's inflected forms, synonyms).
    int maxTranslations = 3;
    // Words in more than this share of the units holding their language are left out: function words co-occur
    // with everything, so they would tie any sentence to any other.
    double maxShare = 0.2;
};

// An immutable dictionary of word pairs between tk (Latin or Cyrillic), ru and en. Words are compared in a folded,
// stemmed form (Snowball for ru and en, a short prefix for tk: see libtm/align/word_keys.h), so one entry covers a
// word's inflected forms. Cheap to copy (shared data); thread-safe to read.
class WordDictionary {
public:
    WordDictionary(); // empty

    bool isEmpty() const;
    // Word pairs over all language pairs.
    qsizetype size() const;
    // Units of the memory that were read to learn it.
    int unitsRead() const;
    // Whether `wordA` (a word of language `a`, in any inflected form) and `wordB` translate each other. For tests and
    // diagnostics: it builds a tokenizer and stemmer on every call.
    bool translates(core::LanguageTag a, QStringView wordA, core::LanguageTag b, QStringView wordB) const;

    // The aligner's view of the entries (libtm/align/dictionary_data.h); null when empty.
    const DictionaryData *data() const { return m_data.get(); }

private:
    friend class DictionaryLearner;
    explicit WordDictionary(std::shared_ptr<const DictionaryData> data);

    std::shared_ptr<const DictionaryData> m_data;
};

// Learns a dictionary from units given one at a time: every pair of the tk, ru and en variants of a unit is a sentence
// pair, and two words are translations when they co-occur in such pairs much more than chance (Dice's coefficient,
// see DictionaryOptions). Time and memory are linear in the words read. Not thread-safe.
class DictionaryLearner {
public:
    explicit DictionaryLearner(DictionaryOptions options = {});
    ~DictionaryLearner();
    DictionaryLearner(const DictionaryLearner &) = delete;
    DictionaryLearner &operator=(const DictionaryLearner &) = delete;

    // Reads a unit's variants in tk, tk-Cyrl, ru and en (the first one of each language; others are ignored). False
    // once DictionaryOptions::maxUnits units have been read: later units are ignored, the caller may stop.
    bool add(const core::TranslationUnit &unit);
    int unitsRead() const;

    // The dictionary of what was read. The learner is empty afterwards.
    WordDictionary finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Learns a dictionary from the first DictionaryOptions::maxUnits units of a memory. Fails with the store's error.
core::Result<WordDictionary> learnDictionary(store::TmStore &memory, const DictionaryOptions &options = {});

} // namespace terjime::align
