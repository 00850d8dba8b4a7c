// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/folding.h"

#include "tm/text/icu_view.h"

#include <unicode/uchar.h>

namespace terjime::text {
namespace {

char16_t foldTypography(char16_t c)
{
    switch (c) {
    case u'ё': return u'е';
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2032':
    case u'\u02BC': return u'\'';
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2033': return u'"';
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212': return u'-';
    case u'\u00A0':
    case u'\u2007':
    case u'\u2009':
    case u'\u202F':
    case u'\u2002':
    case u'\u2003': return u' ';
    default: return c;
    }
}

} // namespace

QString foldForMatching(QStringView text)
{
    icu::UnicodeString folded(icuView(text)); // copy: foldCase works in place
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    QString out = fromIcu(folded);
    for (QChar &c : out)
        c = QChar(foldTypography(c.unicode()));
    return out;
}

} // namespace terjime::text
