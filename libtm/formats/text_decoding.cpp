// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_decoding.h"

#include "tm/text/utf8_decoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace terjime::formats {
namespace {

core::Result<QString> decodeWith(const QByteArray &name, const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        return core::makeError(core::ErrorCode::Unsupported, core::N_("the encoding %1 is not supported"),
                               {QString::fromLatin1(name)}, {fileName, 0, 0});
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return core::makeError(core::ErrorCode::Encoding, core::N_("the bytes are not valid %1"),
                               {QString::fromLatin1(name)}, {fileName, 0, 0});
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

QByteArray declaredXmlEncoding(const QByteArray &bytes)
{
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"));
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QString head = QString::fromLatin1(bytes.mid(start, 200));
    const QRegularExpressionMatch match = declaration.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QByteArray sniffUnicodeEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return "UTF-32LE";
    if (bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return "UTF-32BE";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    // Without a BOM: UTF-16 text of mostly ASCII characters has a NUL in every other byte. Look at the first few
    // hundred bytes and demand that most of one parity be NUL and (almost) none of the other.
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    int evenNul = 0;
    int oddNul = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes[i] == '\0')
            ++((i % 2 == 0) ? evenNul : oddNul);
    }
    const qsizetype pairs = n / 2;
    if (pairs >= 2 && oddNul * 2 > pairs && evenNul == 0)
        return "UTF-16LE";
    if (pairs >= 2 && evenNul * 2 > pairs && oddNul == 0)
        return "UTF-16BE";
    return {};
}

core::Result<QString> decodeXml(const QByteArray &bytes, const QString &fileName)
{
    const QByteArray unicode = sniffUnicodeEncoding(bytes);
    if (!unicode.isEmpty())
        return decodeWith(unicode, bytes, fileName);
    const QByteArray declared = declaredXmlEncoding(bytes);
    const QByteArray lower = declared.toLower();
    if (declared.isEmpty() || lower == "utf-8" || lower == "utf8")
        return text::decodeUtf8(bytes, fileName);
    // UTF-16 declared but without a BOM or NUL pattern cannot be: the declaration itself would hold NULs.
    return decodeWith(declared, bytes, fileName);
}

namespace {

// A glossary is written back as XML, which cannot hold control characters (other than tab and line ends),
// U+FFFE, U+FFFF or lone surrogates: such a character in a tabular file is an error at its line and column, not
// something to drop silently.
core::Result<QString> rejectNonXmlCharacters(QString text, const QString &fileName)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            ++column;
            continue;
        }
        const bool allowed =
            c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
        if (!allowed) {
            return core::makeError(core::ErrorCode::Syntax, core::N_("character U+%1 is not allowed in a glossary"),
                                   {QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper()},
                                   {fileName, line, column});
        }
        if (c == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return text;
}

} // namespace

core::Result<QString> decodeTabular(const QByteArray &bytes, const QString &fileName)
{
    const QByteArray unicode = sniffUnicodeEncoding(bytes);
    auto text = unicode.isEmpty() ? text::decodeUtf8(bytes, fileName) : decodeWith(unicode, bytes, fileName);
    if (!text)
        return text;
    return rejectNonXmlCharacters(std::move(*text), fileName);
}

} // namespace terjime::formats
