// SPDX-License-Identifier: GPL-3.0-or-later
// What the TMX reader and writer share: the one canonical way to escape text and attributes (so that the markup the
// reader stores in InlineCode::markup is exactly what the writer would write), and the XML 1.0 character check.
#pragma once

#include "tm/core/translation_unit.h"

#include <QString>
#include <QStringView>

namespace terjime::formats {

// True for the characters XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and (as a surrogate pair)
// U+10000–U+10FFFF.
bool isXmlChar(char32_t c);
// The index of the first character (UTF-16 offset) XML 1.0 forbids, a lone surrogate among them; -1 when none.
qsizetype firstNonXmlChar(QStringView text);

// Element text: & < > escaped, CR as &#13;.
void appendEscapedText(QString &out, QStringView text);
// Attribute value: & < > " escaped, tab, LF and CR as character references.
void appendEscapedAttribute(QString &out, QStringView value);
// ` name="value"` for each attribute in order.
void appendAttributes(QString &out, const core::Attributes &attributes);

// The inline element an InlineKind is written as (bpt, ept, ph, it, ut, hi; hi for both highlight kinds).
QString inlineElementName(core::InlineKind kind);

} // namespace terjime::formats
