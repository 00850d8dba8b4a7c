// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/i18n/catalog.h"

#include <boost/locale/generator.hpp>
#include <boost/locale/info.hpp>
#include <boost/locale/message.hpp>

#include <QFileInfo>

#include <cstdlib>
#include <exception>

namespace terjime::i18n {
namespace {

constexpr const char *kFallbackLocale = "en_US.UTF-8";

// A POSIX name "language[_territory][.codeset][@modifier]" with its codeset replaced by UTF-8: messages are UTF-8
// whatever the locale says, because Terjime writes UTF-8 everywhere. The modifier must stay after the codeset
// (Boost.Locale reads "ru_RU@euro.UTF-8" as an unknown encoding and throws). "C" and "POSIX", with or without a
// codeset, mean untranslated English.
std::string utf8LocaleName(std::string name)
{
    std::string modifier;
    if (const auto at = name.find('@'); at != std::string::npos) {
        modifier = name.substr(at);
        name.erase(at);
    }
    if (const auto dot = name.find('.'); dot != std::string::npos)
        name.erase(dot);
    if (name.empty() || name == "C" || name == "POSIX")
        return kFallbackLocale;
    return name + ".UTF-8" + modifier;
}

// Whether Boost.Locale will find a catalog for this language (it looks in <lang>_<COUNTRY> and then <lang>).
bool hasCatalog(const QString &catalogDir, const std::string &language, const std::string &country)
{
    const QString file = QStringLiteral("%1/%2/LC_MESSAGES/terjime.mo");
    const QString lang = QString::fromStdString(language);
    if (!country.empty() && QFileInfo::exists(file.arg(catalogDir, lang + u'_' + QString::fromStdString(country))))
        return true;
    return QFileInfo::exists(file.arg(catalogDir, lang));
}

} // namespace

std::string Catalog::environmentLocale()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *value = std::getenv(variable);
        if (value && *value)
            return value;
    }
    return kFallbackLocale;
}

Catalog::Catalog(const QString &catalogDir, const std::string &localeName)
{
    const std::string name = utf8LocaleName(localeName.empty() ? environmentLocale() : localeName);
    boost::locale::generator generator;
    generator.add_messages_path(catalogDir.toStdString());
    generator.add_messages_domain("terjime");
    try {
        m_locale = generator(name);
    } catch (const std::exception &) {
        // A locale name Boost.Locale cannot make sense of must not stop the program: fall back to English.
        m_locale = generator(kFallbackLocale);
    }
    const auto &info = std::use_facet<boost::locale::info>(m_locale);
    // Without a catalog for the language the messages stay in English, and so does the interface language.
    m_language = info.language() == "en" || !hasCatalog(catalogDir, info.language(), info.country())
                     ? QStringLiteral("en")
                     : QString::fromStdString(info.language());
}

QString Catalog::tr(const char *message) const
{
    return QString::fromStdString(boost::locale::translate(message).str(m_locale));
}

QString Catalog::trn(const char *singular, const char *plural, long count) const
{
    return QString::fromStdString(boost::locale::translate(singular, plural, count).str(m_locale));
}

} // namespace terjime::i18n
