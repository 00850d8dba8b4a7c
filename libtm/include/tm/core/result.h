// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace terjime::core {

// Either a value or an Error: the return type of every fallible libtm call. Accessing the wrong alternative is a
// programming error (asserted in debug builds).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}     // NOLINT(google-explicit-constructor): implicit by design
    Result(Error error) : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T &value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

// The Result of a call that produces nothing but can fail.
struct Done {};
using Status = Result<Done>;

} // namespace terjime::core
