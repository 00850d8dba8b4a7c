// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tmx_char_source.h"

#include "tm/core/result.h"

#include <QString>

#include <variant>

namespace terjime::formats {

// A piece of the document and where its first character is in the file (1-based; columns in code points).
struct TmxSlice {
    QString text;
    int line = 1;
    int column = 1;
    bool complete = true; // a unit that ends with its </tu>, a header that ends with the <body> start tag
};

// What TmxScanner::nextUnit finds: a unit's slice, or std::monostate for the end of the body.
using TmxUnitScan = std::variant<std::monostate, TmxSlice>;

// The line and column of `text[offset]` in the file, counting as editors do: LF, CR LF and a lone CR end a line,
// a surrogate pair is one column.
core::SourceLocation locateInSlice(const TmxSlice &slice, qsizetype offset, const QString &fileName);

// Cuts the character stream of a TMX file into the header and one slice per <tu> without parsing XML, so that each
// unit can be parsed (and fail) on its own. It knows just enough XML to find the real boundaries: comments, CDATA
// sections, processing instructions, the DOCTYPE with its internal subset, and quoted attribute values (a '<' ends a
// tag even inside quotes, where XML forbids it, so that one broken tag does not swallow the units after it). Only
// the text of the unit being cut is held in memory.
class TmxScanner {
public:
    TmxScanner(TmxCharSource &source, QString fileName);

    // The document from its start to the end of the <body> start tag (complete) or, when the file ends first, all
    // of it (not complete). Fails with Syntax "not a TMX file" as soon as the root element is seen to be another
    // one, and with the source's errors.
    core::Result<TmxSlice> readHeader();

    // The next "<tu …>…</tu>" of the body; not complete when the next <tu>, </body> or the end of the file comes
    // before its </tu> (the slice then ends before it, trailing white space left out). std::monostate after the
    // </body> end tag. Fails when the file ends before </body>, and with the source's errors.
    core::Result<TmxUnitScan> nextUnit();

private:
    bool fill(qsizetype index);
    bool startsWith(qsizetype index, QLatin1String text);
    bool isTag(qsizetype index, QLatin1String name);
    qsizetype skipPast(qsizetype index, QLatin1String end);
    qsizetype skipTag(qsizetype index);
    qsizetype skipDoctype(qsizetype index);
    qsizetype skipSpecial(qsizetype index);
    QString nameAt(qsizetype index);
    void advanceTo(qsizetype index);
    TmxSlice sliceBetween(qsizetype start, qsizetype end, bool complete);
    core::Error failure(qsizetype index, const char *format, QStringList arguments = {});

    TmxCharSource &m_source;
    QString m_fileName;
    QString m_buffer;    // decoded text from the current unit (or the document start) on
    qsizetype m_pos = 0; // m_buffer index of the next character to scan
    int m_line = 1;      // location of m_pos
    int m_column = 1;
    QChar m_previous; // the character before m_pos (a CR before an LF ends one line, not two)
    bool m_endOfInput = false;
    bool m_sourceFailed = false;
    bool m_bodyEnded = false;
};

} // namespace terjime::formats
