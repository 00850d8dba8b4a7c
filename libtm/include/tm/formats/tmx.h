// SPDX-License-Identifier: GPL-3.0-or-later
// TMX (Translation Memory eXchange): a streaming reader for TMX 1.1 to 1.4b as real tools write it, and a writer of
// canonical TMX 1.4b that keeps a git diff readable and reads back to the same bytes.
#pragma once

#include "tm/core/result.h"
#include "tm/core/translation_unit.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

namespace terjime::formats {

// What a TMX <header> says about the whole file.
struct TmxHeader {
    QString version; // <tmx version> as written ("1.4", "1.4b", "1.1"); empty when absent
    // <header srclang>: a canonical tag (core::canonicalLanguageTag), or "*all*" (also when the header has none).
    QString sourceLanguage;
    core::Attributes attributes; // every other <header> attribute, in document order
    QList<core::Property> properties;
    QList<core::Note> notes;

    friend bool operator==(const TmxHeader &, const TmxHeader &) = default;
};

// A <tu> the reader could not turn into a unit: why (file, line and column of the problem itself), and the unit's
// text exactly as the file had it (decoded), from "<tu" to its "</tu>", or to where the unit was cut off (the next
// <tu>, </body> or the end of the file), so that a rejects file can reproduce it for a user to fix.
struct TmxRejectedUnit {
    core::Error error;
    QString rawText;
};

// What TmxReader::next yields: a unit, a rejected unit, or std::monostate once the body has ended.
using TmxItem = std::variant<std::monostate, core::TranslationUnit, TmxRejectedUnit>;

// Reads a TMX file unit by unit; memory stays bounded by the largest unit, whatever the size of the file.
//
// Encodings: a byte order mark (UTF-8, UTF-16LE/BE, UTF-32) wins; else the NUL pattern of BOM-less UTF-16; else the
// XML declaration's encoding (any encoding QStringDecoder knows: us-ascii, ISO-8859-1, windows-1252, …); else UTF-8,
// decoded strictly. Bytes invalid in the encoding are a fatal Encoding error at their line and column (for multi-byte
// encodings other than UTF-8 the column may point at the start of the chunk that held them).
//
// Units: <tu tuid> is TranslationUnit::id, <tu srclang> sourceLanguage (else the header's), every other attribute
// is kept in document order. <tuv xml:lang> (or TMX 1.1's lang) is the variant's language in canonical case; the
// other attributes are kept. Props and notes are read at header, tu and tuv level in any position; comments,
// processing instructions, <ude>/<map> and unknown elements outside <seg> are skipped. Segment text is kept with its
// white space exactly; each run of text between two inline codes is normalised to NFC on its own, so a code's
// position (UTF-16 offset) is exact even where NFC changes lengths. bpt, ept, ph, it and ut become one InlineCode
// each (attributes in document order; content as canonical TMX markup, as core::InlineCode::markup describes), hi two
// codes around its text. Prop and note text is normalised to NFC; attribute values and code markup are kept as read.
//
// A unit is rejected (a TmxRejectedUnit, and reading goes on with the next unit) when: its XML is malformed
// (including characters XML 1.0 forbids, also when written as character references); it has no <tuv>; a <tuv> has
// no language, no <seg> or two; an element other than an inline code is inside <seg> (or other than <sub> inside a
// code); an <ept> closes no open <bpt> with its i, or a <bpt> reuses the i of one still open; or it has no </tu>.
// Entities declared in the DOCTYPE are not known inside units (a unit that uses one is rejected).
//
// Fatal errors end the reading (next() returns them; units returned before stay valid): Io (cannot open or read),
// Encoding, Unsupported (encoding unknown to Qt), Syntax (not a TMX file, malformed XML in the header, no <body>,
// the file ends before </body>). Every error names the file and, where known, the line and column (code points).
//
// Not thread-safe; move-only.
class TmxReader {
public:
    // Opens the file and reads it up to the <body> start tag.
    static core::Result<TmxReader> open(const QString &path);
    // The same over any readable device (opened by the caller, or opened here read-only); `fileName` is used in
    // error locations only.
    static core::Result<TmxReader> open(std::unique_ptr<QIODevice> device, const QString &fileName);
    // The same over bytes in memory (tests, fuzzing).
    static core::Result<TmxReader> fromBytes(const QByteArray &bytes, const QString &fileName);

    TmxReader(TmxReader &&) noexcept;
    TmxReader &operator=(TmxReader &&) noexcept;
    ~TmxReader();

    const TmxHeader &header() const;
    // The next unit or rejected unit in document order; std::monostate at the end of the body (and on every later
    // call); an Error when the file cannot be read further (the same Error again on later calls).
    core::Result<TmxItem> next();

    // The line of the file where the unit (or rejected unit) last returned by next() starts; 0 before the first.
    int lastUnitLine() const;

    // Progress: bytes taken from the device so far, and its size (0 when unknown, e.g. a pipe).
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    struct Private;
    explicit TmxReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// Writes canonical TMX 1.4 to a device (the caller owns it and opens it for writing; use QSaveFile to replace a file
// atomically): UTF-8 without BOM, LF, two-space indentation, one element per line with <seg> content on its line,
// no timestamps of its own, so that the same units give the same bytes and read → write → read → write is a fixed
// point.
//
// Layout: the header carries exactly creationtool="Terjime", creationtoolversion, segtype, o-tmf, adminlang, srclang
// and datatype (segtype, o-tmf, adminlang and datatype are taken from TmxHeader::attributes when present, else
// "sentence", "Terjime", "en", "unknown"; srclang is TmxHeader::sourceLanguage or "*all*"), then the header's notes
// and props. A <tu> has tuid (when the id is not empty), srclang (when it differs from the header's) and its other
// attributes in stored order, then notes, props and variants; a <tuv> has xml:lang and its other attributes, then
// notes, props and <seg>. Attributes named like the ones written first (tuid, srclang, xml:lang) or repeating an
// earlier name are left out, so the output stays well-formed.
//
// Escaping: & < > always; in attribute values also " and tab, LF, CR as character references; a CR in text as &#13;
// (it would not survive XML line-end normalisation otherwise). Characters XML 1.0 cannot carry become U+FFFD.
// Inline codes are written from their kind, attributes and markup (trusted to be canonical TMX markup, as the reader
// produces it); positions beyond the text or before an earlier code are clamped, an unmatched HighlightEnd is left
// out and an open HighlightStart is closed at the end of the segment.
//
// Each call writes whole lines; an Io error (the device refused bytes) is returned by that call and by every later
// one. Not thread-safe.
class TmxWriter {
public:
    TmxWriter(QIODevice &device, QString toolVersion, QString fileName = {});

    core::Status begin(const TmxHeader &header);
    core::Status write(const core::TranslationUnit &unit);
    // A rejected unit for a rejects file: an XML comment with `description` (made safe for a comment) followed by
    // the unit's raw text verbatim, so a user can fix it and import the file again.
    core::Status writeRejected(const TmxRejectedUnit &rejected, const QString &description);
    // The same with the error's English description ("file:line:column: message").
    core::Status writeRejected(const TmxRejectedUnit &rejected);
    core::Status finish();

private:
    core::Status put(const QString &text);

    QIODevice &m_device;
    QString m_toolVersion;
    QString m_fileName;
    QString m_sourceLanguage;
    core::Status m_status = core::Done{};
};

} // namespace terjime::formats
