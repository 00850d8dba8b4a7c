// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace terjime::cli {

// Builds one JSON object per line (JSON Lines) as UTF-8, with keys in the order they are added.
class JsonLine {
public:
    JsonLine &add(const char *key, QStringView value);
    JsonLine &add(const char *key, qint64 value);
    JsonLine &add(const char *key, bool value);
    // A number with up to `decimals` decimals (trailing zeros dropped).
    JsonLine &addNumber(const char *key, double value, int decimals);
    // A list of integers under a key given at run time (a language tag).
    JsonLine &addList(QStringView key, const QList<int> &values);
    // The finished line, newline included.
    QByteArray finish();

private:
    void key(const char *name);
    void key(QStringView name);
    QByteArray m_line = "{";
};

// Appends `text` to `out` as a quoted JSON string.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace terjime::cli
