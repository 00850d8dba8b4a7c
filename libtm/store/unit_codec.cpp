// SPDX-License-Identifier: GPL-3.0-or-later
#include "unit_codec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace terjime::store {
namespace {

QString toText(const QJsonArray &array)
{
    return array.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray toArray(const QString &json)
{
    return json.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(json.toUtf8()).array();
}

QJsonArray attributesArray(const core::Attributes &attributes)
{
    QJsonArray array;
    for (const core::Attribute &attribute : attributes)
        array.append(QJsonArray{attribute.name, attribute.value});
    return array;
}

core::Attributes attributesFrom(const QJsonArray &array)
{
    core::Attributes attributes;
    attributes.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        attributes.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return attributes;
}

} // namespace

QString encodeAttributes(const core::Attributes &attributes)
{
    return toText(attributesArray(attributes));
}

core::Attributes decodeAttributes(const QString &json)
{
    return attributesFrom(toArray(json));
}

QString encodeProperties(const QList<core::Property> &properties)
{
    QJsonArray array;
    for (const core::Property &property : properties)
        array.append(QJsonArray{property.type, property.value, property.lang, property.encoding});
    return toText(array);
}

QList<core::Property> decodeProperties(const QString &json)
{
    QList<core::Property> properties;
    for (const QJsonValue &value : toArray(json)) {
        const QJsonArray fields = value.toArray();
        properties.append(
            {fields.at(0).toString(), fields.at(1).toString(), fields.at(2).toString(), fields.at(3).toString()});
    }
    return properties;
}

QString encodeNotes(const QList<core::Note> &notes)
{
    QJsonArray array;
    for (const core::Note &note : notes)
        array.append(QJsonArray{note.text, note.lang, note.encoding});
    return toText(array);
}

QList<core::Note> decodeNotes(const QString &json)
{
    QList<core::Note> notes;
    for (const QJsonValue &value : toArray(json)) {
        const QJsonArray fields = value.toArray();
        notes.append({fields.at(0).toString(), fields.at(1).toString(), fields.at(2).toString()});
    }
    return notes;
}

QString encodeCodes(const QList<core::InlineCode> &codes)
{
    QJsonArray array;
    for (const core::InlineCode &code : codes) {
        array.append(QJsonArray{int(code.kind), qint64(code.position), attributesArray(code.attributes), code.markup});
    }
    return toText(array);
}

QList<core::InlineCode> decodeCodes(const QString &json)
{
    QList<core::InlineCode> codes;
    for (const QJsonValue &value : toArray(json)) {
        const QJsonArray fields = value.toArray();
        codes.append({core::InlineKind(fields.at(0).toInt()), qsizetype(fields.at(1).toInteger()),
                      attributesFrom(fields.at(2).toArray()), fields.at(3).toString()});
    }
    return codes;
}

namespace {

// FNV-1a over UTF-16 code units, byte by byte.
class Fnv1a {
public:
    void add(QStringView text)
    {
        for (QChar c : text)
            add(c.unicode());
    }
    void add(char16_t unit)
    {
        m_hash = (m_hash ^ (unit & 0xFF)) * kPrime;
        m_hash = (m_hash ^ (unit >> 8)) * kPrime;
    }
    qint64 key() const { return qint64(m_hash >> 1); } // SQLite integers are signed 64-bit

private:
    static constexpr quint64 kPrime = 1099511628211ULL;
    quint64 m_hash = 14695981039346656037ULL;
};

} // namespace

qint64 textKey(const QString &primaryLanguage, const QString &text)
{
    Fnv1a hash;
    hash.add(primaryLanguage);
    hash.add(char16_t(0));
    hash.add(text);
    return hash.key();
}

qint64 termKey(const QString &term)
{
    Fnv1a hash;
    hash.add(term);
    return hash.key();
}

} // namespace terjime::store
