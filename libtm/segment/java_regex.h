// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace terjime::segment {

// Rewrites a Java regular expression, as SRX files written for Okapi, OmegaT and LanguageTool contain, into ICU
// syntax: drops the flags ICU does not know (u, U, d: ICU is always Unicode-aware), maps Java-only property names
// (\p{javaLowerCase}, \p{IsLatin}, \p{InCyrillic}, POSIX names) to ICU's, and leaves everything else alone (ICU
// already reads lookaround, possessive quantifiers, \Q…\E, \h, \v and class intersection with &&).
//
// With `maxRepeat > 0` the unbounded quantifiers * + {n,} become {0,maxRepeat} {1,maxRepeat} {n,maxRepeat}, so that
// the pattern can stand inside an ICU look-behind (which needs a bounded length). A before-break context longer
// than that is not seen, which is the same trade-off other SRX engines make. Look-behinds inside the pattern itself
// ("(?<=[XVI]+)" in an after-break pattern) are always bounded that way, with a bound of 24.
QString javaRegexToIcu(QStringView pattern, int maxRepeat = 0);

} // namespace terjime::segment
