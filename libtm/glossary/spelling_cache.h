// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace terjime::glossary {

// Values by spelling, for the words a recogniser has analysed: a flat open-addressing table of (hash, entry) pairs,
// so that a lookup reads one slot of the table and the spelling itself only when the full hashes agree. (Qt's QHash
// keeps no hashes and compares whole keys at every bucket it probes; that cost recognition more than tokenising.)
// Lookups allocate nothing, and values stay where they are until clear(), so callers may keep pointers to them.
// Not thread-safe.
template <typename Value>
class SpellingCache {
public:
    static std::uint64_t hashOf(QStringView spelling) { return qHash(spelling, 0); }

    // The value stored for `spelling` (whose hash is `hash`), or null.
    Value *find(QStringView spelling, std::uint64_t hash)
    {
        if (m_slots.empty())
            return nullptr;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.entry == 0)
                return nullptr;
            if (slot.hash == hash) {
                Entry &entry = m_entries[slot.entry - 1];
                if (entry.spelling.size() == std::size_t(spelling.size()) &&
                    std::memcmp(entry.spelling.data(), spelling.utf16(), entry.spelling.size() * 2) == 0)
                    return &entry.value;
            }
        }
    }

    // Asks the processor to start loading what find(…, hash) will read first, so that the lookups of a text's words
    // wait for memory together instead of one after another. Call it for all the words, then find each.
    void prefetch(std::uint64_t hash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }

    // Stores `value` for a spelling find() did not know.
    Value &insert(QStringView spelling, std::uint64_t hash, Value value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        m_entries.push_back({std::u16string(spelling.utf16(), std::size_t(spelling.size())), std::move(value)});
        place(hash, std::uint32_t(m_entries.size()));
        return m_entries.back().value;
    }

    std::size_t size() const { return m_entries.size(); }
    void clear()
    {
        m_slots.clear();
        m_entries.clear();
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t entry = 0; // 1-based index into m_entries; 0 for an empty slot
    };
    struct Entry {
        std::u16string spelling;
        Value value;
    };

    void place(std::uint64_t hash, std::uint32_t entry)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & mask;
        m_slots[i] = {hash, entry};
    }

    // At most half full, so that probe runs stay short.
    void grow()
    {
        std::vector<Slot> old =
            std::exchange(m_slots, std::vector<Slot>(std::max<std::size_t>(1024, m_slots.size() * 2)));
        for (const Slot &slot : old) {
            if (slot.entry != 0)
                place(slot.hash, slot.entry);
        }
    }

    std::vector<Slot> m_slots;   // a power of two in size
    std::deque<Entry> m_entries; // a deque: growing it moves no value
};

} // namespace terjime::glossary
