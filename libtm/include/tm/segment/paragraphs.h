// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/segment/srx_segmenter.h"

#include <QList>
#include <QStringView>

namespace terjime::segment {

// The paragraphs of a plain-text release. Paragraphs are separated by blank (white-space only) lines; a line that
// starts with a list marker (a bullet glyph • ▪ ◦ ‣ ⁃ ·, or '-' or '*' followed by a space; an en or em dash
// is dialogue, not a list marker) starts a new
// paragraph; any other single line break is a space inside the paragraph. A leading bullet glyph or '-'/'*' marker
// and the white space after it are outside the paragraph's range; numbered markers ("1.", "a)") stay inside, as
// they are part of what a translator translates. Ranges are UTF-16 offsets into `text`, trimmed of white space.
QList<TextRange> splitParagraphs(QStringView text);

} // namespace terjime::segment
