// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <locale>
#include <string>

namespace terjime::i18n {

// The product's message catalog (gettext domain "terjime", through Boost.Locale), for every text a user reads.
// Messages are written in English in the source; Turkmen and Russian translations live in i18n/po/*.po and are
// compiled to <catalogDir>/<lang>/LC_MESSAGES/terjime.mo. A message without a translation is shown in English.
//
// Cheap to copy; immutable after construction, so one Catalog may be shared by threads.
class Catalog {
public:
    // `localeName` is a POSIX locale name ("ru_RU.UTF-8"); empty means the user's environment (LC_ALL,
    // LC_MESSAGES, LANG, in that order).
    explicit Catalog(const QString &catalogDir, const std::string &localeName = {});

    QString tr(const char *message) const;
    QString trn(const char *singular, const char *plural, long count) const;
    // The interface language: "tk", "ru" or "en".
    QString language() const { return m_language; }

    // The locale name the environment selects, as Catalog's default uses it.
    static std::string environmentLocale();

private:
    std::locale m_locale;
    QString m_language;
};

} // namespace terjime::i18n
