// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/i18n/catalog.h"

#include <boost/locale/generator.hpp>
#include <boost/locale/info.hpp>
#include <boost/locale/message.hpp>

#include <cstdlib>

namespace terjime::i18n {

std::string Catalog::environmentLocale()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *value = std::getenv(variable);
        if (value && *value)
            return value;
    }
    return "en_US.UTF-8";
}

Catalog::Catalog(const QString &catalogDir, const std::string &localeName)
{
    std::string name = localeName.empty() ? environmentLocale() : localeName;
    if (name == "C" || name == "POSIX")
        name = "en_US.UTF-8";
    // Messages are UTF-8 whatever the locale says: Terjime writes UTF-8 everywhere.
    const auto dot = name.find('.');
    name = name.substr(0, dot) + ".UTF-8";
    boost::locale::generator generator;
    generator.add_messages_path(catalogDir.toStdString());
    generator.add_messages_domain("terjime");
    m_locale = generator(name);
    m_language = QString::fromStdString(std::use_facet<boost::locale::info>(m_locale).language());
}

QString Catalog::tr(const char *message) const
{
    return QString::fromStdString(boost::locale::translate(message).str(m_locale));
}

QString Catalog::trn(const char *singular, const char *plural, long count) const
{
    return QString::fromStdString(boost::locale::translate(singular, plural, count).str(m_locale));
}

}  // namespace terjime::i18n
