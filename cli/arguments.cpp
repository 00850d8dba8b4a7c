// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

namespace terjime::cli {

bool Arguments::parse(const QStringList &args, const QStringList &valued, const QStringList &flags, Arguments &out,
                      QString &error)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        // "-o FILE" is the usual short form of "--output FILE".
        const QString arg = !optionsEnded && args[i] == QLatin1String("-o") && valued.contains(QLatin1String("output"))
                                ? QStringLiteral("--output")
                                : args[i];
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            if (!optionsEnded && arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && arg != QLatin1String("-")) {
                error = arg;
                return false;
            }
            out.m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    error = arg;
                    return false;
                }
                value = args[++i];
            }
            out.m_values.insert(name, value);
            out.m_all[name].append(value);
        } else if (flags.contains(name) && !inlineValue) {
            out.m_values.insert(name, QString());
        } else {
            error = arg;
            return false;
        }
    }
    return true;
}

} // namespace terjime::cli
