// SPDX-License-Identifier: GPL-3.0-or-later
// How the parts of a unit that SQL never searches (attributes, properties, notes, inline codes) are kept in the
// memory: compact JSON text, an empty string for an empty list (the common case). Private to the store module.
#pragma once

#include "tm/core/translation_unit.h"

#include <QString>

namespace terjime::store {

QString encodeAttributes(const core::Attributes &attributes);
core::Attributes decodeAttributes(const QString &json);

QString encodeProperties(const QList<core::Property> &properties);
QList<core::Property> decodeProperties(const QString &json);

QString encodeNotes(const QList<core::Note> &notes);
QList<core::Note> decodeNotes(const QString &json);

QString encodeCodes(const QList<core::InlineCode> &codes);
QList<core::InlineCode> decodeCodes(const QString &json);

// A stable 63-bit key of a variant's primary language and text, for exact lookup and for finding the units an
// incoming one may merge with. Equal texts give equal keys in every process and build (FNV-1a, not qHash).
qint64 textKey(const QString &primaryLanguage, const QString &text);
// The same for a word index term ("en:plan").
qint64 termKey(const QString &term);

} // namespace terjime::store
