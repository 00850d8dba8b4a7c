// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit: what a translation memory stores and TMX exchanges. A unit is multilingual, like TMX's <tu>:
// one unit holds variants in any number of languages, so a tk/ru/en alignment is one unit, not three pairs.
#pragma once

#include <QList>
#include <QString>

namespace terjime::core {

// An XML attribute kept as read (name and value, in document order), so that what a unit carried survives a round
// trip even when no part of the program interprets it.
struct Attribute {
    QString name;
    QString value;

    friend bool operator==(const Attribute &, const Attribute &) = default;
};
using Attributes = QList<Attribute>;

// The value of the attribute `name`, or an empty string.
QString attributeValue(const Attributes &attributes, QStringView name);
// Sets `name` to `value`, replacing the first attribute of that name or appending one.
void setAttribute(Attributes &attributes, const QString &name, const QString &value);

// What kind of markup an inline code stands for. The names are TMX's elements; a `hi` element, which encloses
// translatable text, becomes two codes around that text.
enum class InlineKind {
    Begin,          // <bpt>: the opening half of a paired code
    End,            // <ept>: the closing half of a paired code
    Placeholder,    // <ph>: a standalone code
    Isolated,       // <it>: one half of a pair whose other half lies in another segment
    HighlightStart, // <hi …>: start of highlighted text
    HighlightEnd,   // </hi>
    Unknown,        // <ut>: deprecated unknown code
};

// Markup from the original document that travels with a segment's text. Codes are kept losslessly: a TMX reader and
// writer pair reproduce the element, its attributes and its content.
struct InlineCode {
    InlineKind kind = InlineKind::Placeholder;
    // Where the code sits: an offset in UTF-16 code units into Segment::text (0 … text.size()).
    qsizetype position = 0;
    // The element's attributes in document order (i, x, type, pos, assoc, …).
    Attributes attributes;
    // The element's content as canonical TMX markup: the native code data escaped for XML ("&lt;b>" for "<b>"), and
    // any <sub> element with its own text and codes written out in full. Empty for hi, and for empty elements.
    QString markup;

    friend bool operator==(const InlineCode &, const InlineCode &) = default;
};

// A segment: its plain text (NFC, what matching and search see) and the inline codes placed in it, in document order
// (codes at the same position keep the order in which they appeared).
struct Segment {
    QString text;
    QList<InlineCode> codes;

    friend bool operator==(const Segment &, const Segment &) = default;
};

// A TMX <prop>: typed metadata. `lang` and `encoding` are its xml:lang and o-encoding attributes, empty when absent.
struct Property {
    QString type;
    QString value;
    QString lang;
    QString encoding;

    friend bool operator==(const Property &, const Property &) = default;
};

// A TMX <note>: free-text commentary.
struct Note {
    QString text;
    QString lang;
    QString encoding;

    friend bool operator==(const Note &, const Note &) = default;
};

// One language's version of a unit (TMX <tuv>).
struct Variant {
    // The language tag as a BCP 47 tag in canonical case ("en-US", "ru", "zh-Hans-CN"), whatever case the file used.
    QString language;
    Segment segment;
    // Every other attribute of the variant (creationdate, changeid, usagecount, …), in document order.
    Attributes attributes;
    QList<Property> properties;
    QList<Note> notes;

    friend bool operator==(const Variant &, const Variant &) = default;
};

// Property types under which a unit records its document context: the source segments before and after it. These
// are OmegaT's names, so context written by either tool is understood by the other.
inline constexpr QStringView kContextBeforeProperty = u"prev";
inline constexpr QStringView kContextAfterProperty = u"next";

// A translation unit (TMX <tu>).
struct TranslationUnit {
    // The unit's id: TMX tuid when the unit came from a file that had one, otherwise the id the memory assigned.
    QString id;
    // The source language: a tag, "*all*" (any variant may serve as source), or empty (the file's default).
    QString sourceLanguage;
    // Every other attribute of the unit (creationdate, changeid, datatype, …), in document order.
    Attributes attributes;
    QList<Property> properties;
    QList<Note> notes;
    QList<Variant> variants;

    friend bool operator==(const TranslationUnit &, const TranslationUnit &) = default;

    // The first variant whose language is `language` or a regional form of it ("en" finds "en-GB"); null if none.
    const Variant *variant(QStringView language) const;
    // The value of the first property of `type`, or an empty string.
    QString propertyValue(QStringView type) const;
};

// Canonical case for a BCP 47 tag: language lower case, script title case, region upper case, '_' read as '-'
// ("EN_us" → "en-US", "zh-hans-cn" → "zh-Hans-CN"). Other subtags are lower-cased.
QString canonicalLanguageTag(QStringView tag);
// True when `tag` is `language` or a more specific form of it: ("en-GB", "en") and ("en", "EN") are, ("eng", "en")
// is not. Case-insensitive.
bool languageMatches(QStringView tag, QStringView language);

} // namespace terjime::core
