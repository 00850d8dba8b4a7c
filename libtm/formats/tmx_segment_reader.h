// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tmx_xml_reader.h"

#include "tm/core/translation_unit.h"

namespace terjime::formats {

// Reads a <seg> (the reader stands at its start element) into plain text and inline codes, as TmxReader's contract
// describes: each run of text between codes normalised to NFC on its own so that code positions stay exact; bpt,
// ept, ph, it and ut one code each with their content as canonical markup; hi two codes. Fails (on `reader`) on an
// element that is not an inline code, an <ept> whose i names no open <bpt>, and a <bpt> whose i is already open.
bool readTmxSegment(TmxXmlReader &reader, core::Segment &segment);

} // namespace terjime::formats
