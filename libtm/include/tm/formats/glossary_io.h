// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"
#include "tm/glossary/glossary.h"

#include <QByteArray>
#include <QString>

namespace terjime::formats {

// The file formats readGlossary understands.
enum class GlossaryFormat {
    Tbx, // XML: TBX 2008 / TBX-Basic `martif`, TBX v3 `tbx` (Core, Min, Basic; DCA and DCT style), MultiTerm `mtf`
    Tsv, // tab-separated, as OmegaT (.txt, .tab, .utf8) and Okapi (.tsv) write it
    Csv, // comma-separated with "quotes", as OmegaT writes .csv glossaries
};

// The two languages of a tabular (TSV/CSV) glossary, whose files do not name them: column 1 is `source`, column 2
// `target`. Codes are normalised with glossary::normalizeLanguageCode. TBX files name their languages and ignore this.
struct TabularLanguages {
    QString source = QStringLiteral("en");
    QString target = QStringLiteral("ru");
};

// Tells the format from the content first (XML starts with '<' after an optional byte order mark, in UTF-8 or
// UTF-16), then from the extension (.csv is CSV, everything else tabular is TSV).
GlossaryFormat detectGlossaryFormat(const QByteArray &bytes, const QString &fileName);

// Reads a glossary in any GlossaryFormat. `fileName` is used for format detection and in error locations; the bytes
// are never re-read from disk.
//
// Text is decoded strictly and normalised to NFC, white space runs collapsed (glossary::cleanText). XML follows
// its byte order mark or declared encoding (any encoding Qt can decode, e.g. windows-1254); tabular files may be
// UTF-8 (with or without BOM) or UTF-16 with a BOM or, without one, recognised by its NUL bytes.
//
// TBX: concepts are termEntry/conceptEntry, languages langSet/langSec with xml:lang, terms the <term> of a tig,
// ntig/termGrp or termSec. Data categories are taken from type= attributes (DCA) and from namespaced elements by
// local name (DCT): subjectField, definition (concept level; else the first language-level one), note,
// administrativeStatus/usageStatus, partOfSpeech, termType, and termNote type="x-matching" ("case-sensitive",
// "case-insensitive", "exact-only"). A concept without an id gets "c<position>" (1-based). Unknown data categories
// are skipped. A status string that cannot be mapped is kept in Term::rawStatus for lint.
//
// MultiTerm XML (root mtf, as SDL MultiTerm exports it): concepts are conceptGrp, their id the <concept> number (or a
// <system type="entryID"> field; else "c<position>"), languages languageGrp/language with lang= ("EN-GB" → "en-gb")
// or, without it, type= as an English language name ("Russian" → "ru"), terms termGrp/term. Fields are descrip
// elements whose type= is compared ignoring case, spaces, '_' and '-': "Definition", "Subject"/"subjectField"/
// "Subject1"… (the first one, at concept or language level), "Note" (concept and term level), "Status"/
// "administrativeStatus"/"usageStatus" (as in TBX; "forbidden" is Deprecated), "Part of Speech", "Term Type"
// ("full form" → fullForm). Definitions and unknown statuses are handled as in TBX; other fields and transacGrp
// are skipped.
//
// Tabular: one entry per line, source TAB target [TAB comment] (CSV: source,target[,comment] with RFC 4180 quotes).
// Lines starting with '#' are comments (OmegaT's "-*- coding: utf-8 -*-" header among them); a TSV line without a
// TAB is split at its first run of two or more spaces, as hand-edited OmegaT files have it; lines lacking a source
// or a target are skipped. Each entry becomes a concept "c<entry number>" with a preferred term in each language and
// the comment as a concept note.
//
// Errors: Encoding (bytes invalid in their encoding; line and column where known), Syntax (malformed XML, truncated
// file, a root element other than martif/tbx/mtf; with line and column), Unsupported (an encoding Qt cannot decode).
core::Result<glossary::Glossary> readGlossary(const QByteArray &bytes, const QString &fileName,
                                              const TabularLanguages &tabular = {});

// Canonical TBX-Basic in the classic martif layout, for files kept in git: UTF-8 without BOM, LF, one element per
// line, two-space indent, no trailing spaces, attributes in a fixed order. Concepts in glossary order, languages
// sorted by code, terms as given; per term (the layout of glossaries/README.md): term, partOfSpeech, termType
// (always; Term::rawType for Other when set), administrativeStatus (always), x-matching termNotes
// ("case-sensitive"/"case-insensitive" when Term::caseSensitive is set, "exact-only" when set), notes. A rawStatus is
// written back as it was read. Text is cleaned (glossary::cleanText) on the way out, so write → readGlossary → write
// gives the same bytes.
QByteArray writeTbxBasic(const glossary::Glossary &glossary);

// The same content as TBX v3 TBX-Basic, DCA style: <tbx type="TBX-Basic" style="dca" xml:lang="…"
// xmlns="urn:iso:std:iso:30042:ed-2">, conceptEntry/langSec/termSec. Same layout rules as writeTbxBasic.
QByteArray writeTbx3(const glossary::Glossary &glossary);

// OmegaT's tab-separated layout, UTF-8, LF, after OmegaT's "# Glossary in tab-separated format -*- coding: utf-8
// -*-" header: one line per (source term, target term) pair of each concept that has both languages, where the source
// term is preferred or admitted and the target term preferred (the first admitted one when the concept has no
// preferred target term). The third column holds the concept's notes joined by "; ". Tabs and line breaks inside
// text become spaces.
QByteArray writeTsv(const glossary::Glossary &glossary, const QString &source, const QString &target);

} // namespace terjime::formats
