// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/turkmen_transliteration.h"

#include <string_view>

namespace terjime::text {
namespace {

// The Latin spelling of a lower-case Cyrillic letter; null when the character is not a Cyrillic letter of the table.
// е is decided by the caller (e or ýe).
const char16_t *latinFor(char16_t lower)
{
    switch (lower) {
    case u'а': return u"a";
    case u'б': return u"b";
    case u'в': return u"w";
    case u'г': return u"g";
    case u'д': return u"d";
    case u'е': return u"e";
    case u'ё': return u"ýo";
    case u'ж': return u"ž";
    case u'җ': return u"j";
    case u'з': return u"z";
    case u'и': return u"i";
    case u'й': return u"ý";
    case u'к': return u"k";
    case u'л': return u"l";
    case u'м': return u"m";
    case u'н': return u"n";
    case u'ң': return u"ň";
    case u'о': return u"o";
    case u'ө': return u"ö";
    case u'п': return u"p";
    case u'р': return u"r";
    case u'с': return u"s";
    case u'т': return u"t";
    case u'у': return u"u";
    case u'ү': return u"ü";
    case u'ф': return u"f";
    case u'х': return u"h";
    case u'ц': return u"s";
    case u'ч': return u"ç";
    case u'ш': return u"ş";
    case u'щ': return u"şç";
    case u'ъ':
    case u'ь': return u"";
    case u'ы': return u"y";
    case u'э': return u"e";
    case u'ә': return u"ä";
    case u'ю': return u"ýu";
    case u'я': return u"ýa";
    default: return nullptr;
    }
}

bool isCyrillicVowel(char16_t lower)
{
    return std::u16string_view(u"аеёиоуыэюяөүә").find(lower) != std::u16string_view::npos;
}

// е is iotated where Russian pronounces it so: at the start of a word, after a vowel and after a hard or soft sign.
bool iotatesE(QStringView text, qsizetype i)
{
    if (i == 0 || !text.at(i - 1).isLetter())
        return true;
    const char16_t previous = text.at(i - 1).toLower().unicode();
    return isCyrillicVowel(previous) || previous == u'ъ' || previous == u'ь';
}

bool neighbourIsCapital(QStringView text, qsizetype i)
{
    return (i > 0 && text.at(i - 1).isUpper()) || (i + 1 < text.size() && text.at(i + 1).isUpper());
}

} // namespace

QString transliterateCyrillic(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t lower = c.toLower().unicode();
        const char16_t *latin = latinFor(lower);
        if (latin == nullptr) {
            out.append(c);
            continue;
        }
        QString piece = QString::fromUtf16(lower == u'е' && iotatesE(text, i) ? u"ýe" : latin);
        if (c.isUpper() && !piece.isEmpty()) {
            if (piece.size() > 1 && neighbourIsCapital(text, i))
                piece = piece.toUpper();
            else
                piece[0] = piece.at(0).toUpper();
        }
        out.append(piece);
    }
    return out;
}

} // namespace terjime::text
