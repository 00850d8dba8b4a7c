// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <utility>
#include <vector>

namespace terjime::glossary {

// Values by spelling, for the words a recogniser has analysed: a flat open-addressing table whose slots, one cache
// line each, hold half of each spelling's hash, its length, the spelling itself when it has at most kInlineLength
// code units, and 16 bits of marks and a 32-bit tag that the caller sets. A lookup of a short spelling therefore
// reads one slot and nothing else, and its marks tell the caller whether the value is worth reading at all: most words
// of a text match no term, and reading their values from all over the heap cost recognition more than tokenising
// (measured in issue 4). Longer spellings are compared against one contiguous array. Lookups allocate nothing, and
// values stay where they are until clear(), so callers may keep pointers to them. Not thread-safe. The price is room:
// at most half the slots are used, so 200,000 spellings (the recogniser's bound) take a 32 MiB table.
template <typename Value>
class SpellingCache {
public:
    static constexpr std::size_t kSlotSize = 64;                       // one cache line
    static constexpr std::size_t kInlineLength = (kSlotSize - 16) / 2; // code units

    // What a lookup finds without reading the value: where it is (null when the spelling is not stored), its
    // number (0 for the first spelling stored, 1 for the next, until clear()), for tables the caller keeps beside
    // the cache, and the marks and tag left by setMarks().
    struct Hit {
        Value *value = nullptr;
        std::uint32_t number = 0;
        std::uint16_t marks = 0;
        std::uint32_t tag = 0;
    };

    // A 64-bit hash of the code units, 4 at a time, finished with MurmurHash3's mixer so that both halves of the
    // result are usable (the low bits pick the slot, the high half is kept in it).
    static std::uint64_t hashOf(QStringView spelling)
    {
        const char16_t *p = spelling.utf16();
        std::size_t n = std::size_t(spelling.size());
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (std::uint64_t(n) * 0xFF51AFD7ED558CCDULL);
        auto absorb = [&h](std::uint64_t chunk) {
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        };
        for (; n >= 4; p += 4, n -= 4) {
            std::uint64_t chunk;
            std::memcpy(&chunk, p, 8);
            absorb(chunk);
        }
        if (n > 0) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, p, n * 2);
            absorb(chunk);
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 33;
        return h;
    }

    // The value stored for `spelling` (whose hash is `hash`) and its marks.
    Hit lookup(QStringView spelling, std::uint64_t hash)
    {
        if (const Slot *slot = slotOf(spelling, hash))
            return {&m_values[slot->entry - 1], slot->entry - 1, slot->marks, slot->tag};
        return {};
    }

    // Asks the processor to start loading the slot lookup(…, hash) reads first, so that the lookups of a text's
    // words wait for memory together instead of one after another. Call it for all the words, then look each up.
    void prefetch(std::uint64_t hash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }

    // Stores `value` for a spelling lookup() did not find; its marks and tag start at 0.
    Value &insert(QStringView spelling, std::uint64_t hash, Value value)
    {
        if ((m_values.size() + 1) * 2 > m_slots.size())
            grow();
        m_values.push_back(std::move(value));
        Slot slot;
        slot.check = std::uint32_t(hash >> 32);
        slot.entry = std::uint32_t(m_values.size());
        slot.length = std::uint16_t(std::min<qsizetype>(spelling.size(), kMaxLength));
        if (std::size_t(spelling.size()) <= kInlineLength) {
            std::copy(spelling.utf16(), spelling.utf16() + spelling.size(), slot.text);
        } else {
            const LongSpelling where{std::uint32_t(m_longSpellings.size()), std::uint32_t(spelling.size())};
            std::memcpy(slot.text, &where, sizeof where);
            m_longSpellings.insert(m_longSpellings.end(), spelling.utf16(), spelling.utf16() + spelling.size());
        }
        place(hash, slot);
        return m_values.back();
    }

    // Sets the marks and tag lookup() reports for `spelling`, which must be stored: a few bits and a number that the
    // caller wants with every lookup without reading the value.
    void setMarks(QStringView spelling, std::uint64_t hash, std::uint16_t marks, std::uint32_t tag)
    {
        if (Slot *slot = const_cast<Slot *>(slotOf(spelling, hash))) {
            slot->marks = marks;
            slot->tag = tag;
        }
    }

    std::size_t size() const { return m_values.size(); }
    void clear()
    {
        m_slots.clear();
        m_values.clear();
        m_longSpellings.clear();
    }

private:
    static constexpr qsizetype kMaxLength = 0xFFFF; // the length field's limit; longer spellings keep theirs in text

    struct alignas(kSlotSize) Slot {
        std::uint32_t check = 0; // the high half of the spelling's hash
        std::uint32_t entry = 0; // 1-based index into m_values; 0 for an empty slot
        std::uint32_t tag = 0;
        std::uint16_t length = 0; // in code units, at most kMaxLength
        std::uint16_t marks = 0;
        char16_t text[kInlineLength] = {}; // the spelling, or for a longer one a LongSpelling
    };
    static_assert(sizeof(Slot) == kSlotSize);
    struct LongSpelling {
        std::uint32_t offset; // in m_longSpellings
        std::uint32_t length;
    };
    static_assert(sizeof(LongSpelling) <= sizeof(Slot::text));

    static LongSpelling longSpellingOf(const Slot &slot)
    {
        LongSpelling where;
        std::memcpy(&where, slot.text, sizeof where);
        return where;
    }

    bool matches(const Slot &slot, QStringView spelling) const
    {
        const auto n = std::size_t(spelling.size());
        if (slot.length != std::min<qsizetype>(spelling.size(), kMaxLength))
            return false;
        if (n <= kInlineLength)
            return std::equal(slot.text, slot.text + n, spelling.utf16());
        const LongSpelling where = longSpellingOf(slot);
        return where.length == n && std::memcmp(&m_longSpellings[where.offset], spelling.utf16(), n * 2) == 0;
    }

    const Slot *slotOf(QStringView spelling, std::uint64_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::size_t mask = m_slots.size() - 1;
        const auto check = std::uint32_t(hash >> 32);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.entry == 0)
                return nullptr;
            if (slot.check == check && matches(slot, spelling))
                return &slot;
        }
    }

    // The table keeps no full hashes, so growing rehashes the spellings.
    void place(std::uint64_t hash, const Slot &slot)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }

    // At most half full, so that probe runs stay short.
    void grow()
    {
        std::vector<Slot> old =
            std::exchange(m_slots, std::vector<Slot>(std::max<std::size_t>(1024, m_slots.size() * 2)));
        for (const Slot &slot : old) {
            if (slot.entry != 0)
                place(hashOf(spellingOf(slot)), slot);
        }
    }

    QStringView spellingOf(const Slot &slot) const
    {
        if (slot.length <= kInlineLength)
            return QStringView(slot.text, slot.length);
        const LongSpelling where = longSpellingOf(slot);
        return QStringView(&m_longSpellings[where.offset], qsizetype(where.length));
    }

    std::vector<Slot> m_slots;             // a power of two in size
    std::deque<Value> m_values;            // a deque: growing it moves no value
    std::vector<char16_t> m_longSpellings; // the spellings longer than kInlineLength, one after another
};

} // namespace terjime::glossary
