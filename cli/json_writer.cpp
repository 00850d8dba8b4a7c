// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_writer.h"

namespace terjime::cli {

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[(c >> 4) & 0xF];
                out += kHex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void JsonLine::key(const char *name)
{
    if (m_line.size() > 1)
        m_line += ',';
    m_line += '"';
    m_line += name;
    m_line += "\":";
}

void JsonLine::key(QStringView name)
{
    if (m_line.size() > 1)
        m_line += ',';
    appendJsonString(m_line, name);
    m_line += ':';
}

JsonLine &JsonLine::addNumber(const char *name, double value, int decimals)
{
    key(name);
    QByteArray number = QByteArray::number(value, 'f', decimals);
    if (number.contains('.')) {
        while (number.endsWith('0'))
            number.chop(1);
        if (number.endsWith('.'))
            number.chop(1);
    }
    m_line += number;
    return *this;
}

JsonLine &JsonLine::addList(QStringView name, const QList<int> &values)
{
    key(name);
    m_line += '[';
    for (qsizetype k = 0; k < values.size(); ++k) {
        if (k > 0)
            m_line += ',';
        m_line += QByteArray::number(values[k]);
    }
    m_line += ']';
    return *this;
}

JsonLine &JsonLine::add(const char *name, QStringView value)
{
    key(name);
    appendJsonString(m_line, value);
    return *this;
}

JsonLine &JsonLine::add(const char *name, qint64 value)
{
    key(name);
    m_line += QByteArray::number(value);
    return *this;
}

JsonLine &JsonLine::add(const char *name, bool value)
{
    key(name);
    m_line += value ? "true" : "false";
    return *this;
}

QByteArray JsonLine::finish()
{
    m_line += "}\n";
    return std::move(m_line);
}

} // namespace terjime::cli
