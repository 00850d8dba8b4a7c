// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace terjime::cli {

// The command line of one subcommand: options as "--name value", "--name=value" or flags "--name", then
// positional arguments ("-" is standard input; "--" ends the options). "-o" stands for "--output" where that is an
// option.
class Arguments {
public:
    // `valued` lists the options that take a value, `flags` those that do not. Unknown options and missing values
    // make parse() fail with a message in `error`.
    static bool parse(const QStringList &args, const QStringList &valued, const QStringList &flags, Arguments &out,
                      QString &error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    // Every value of an option given more than once ("--lang en=a.txt --lang ru=b.txt"), in command-line order;
    // value() is the last one.
    QStringList values(const QString &name) const { return m_all.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_all;
    QStringList m_positional;
};

} // namespace terjime::cli
