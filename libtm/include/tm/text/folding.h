// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace terjime::text {

// The one comparison form for matching (TM lookup, term recognition, checks): Unicode case folding, ё/Ё to е,
// typographic apostrophes and quotes to ASCII ' and ", dashes and the minus sign to '-', no-break and other fixed
// spaces to ' '. Turkmen letters stay distinct from their base letters (ý is not y, ň is not n, ä is not a) because
// they are different letters, and the dotted/dotless i of Turkish is not applied: Turkmen upper-cases i as I.
// Expects NFC input; the result is NFC.
QString foldForMatching(QStringView text);

} // namespace terjime::text
