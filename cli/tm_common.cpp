// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm_common.h"

#include "exit_codes.h"

#include <unistd.h>

namespace terjime::cli {

std::unique_ptr<store::TmStore> openMemory(Context &context, const Arguments &args, store::OpenMode mode)
{
    const QString path = args.value(QStringLiteral("tm"), store::defaultMemoryPath());
    auto opened = store::openSqliteStore(path, mode);
    if (!opened) {
        context.error(opened.error());
        return nullptr;
    }
    return std::move(*opened);
}

std::optional<int> integerOption(Context &context, const Arguments &args, const QString &name, int fallback,
                                 int minimum, int maximum)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const int value = args.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        context.error(context.tr("--%1 must be a whole number from %2 to %3").arg(name).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

bool colourOnStdout()
{
    return isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO);
}

} // namespace terjime::cli
