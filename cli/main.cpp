// SPDX-License-Identifier: GPL-3.0-or-later
// terjime: the command-line front end of libtm. It parses arguments, calls the library and presents results;
// everything else lives in libtm.
#include "commands.h"
#include "exit_codes.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <cstdlib>

namespace {

using terjime::cli::Context;

// Compiled catalogs sit in ../share/locale beside the binary, in the build tree and once installed;
// TERJIME_LOCALEDIR overrides that.
QString catalogDirectory()
{
    if (const char *dir = std::getenv("TERJIME_LOCALEDIR"); dir && *dir)
        return QString::fromLocal8Bit(dir);
    const QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return QDir(QFileInfo(exe).absolutePath()).absoluteFilePath(QStringLiteral("../share/locale"));
}

void printUsage(Context &context)
{
    context.out(context.tr("Usage: terjime COMMAND [OPTIONS]\n"
                           "Translation-memory workbench for Turkmen, Russian and English.\n"
                           "\n"
                           "Commands:\n"
                           "  segment    split plain-text releases into sentences\n"
                           "  glossary   find terms in text; check, describe and convert glossaries\n"
                           "  tm         the translation memory: import, export, lookup, concordance\n"
                           "  align      align the tk, ru and en versions of a release into units\n"
                           "  check      check translations: terms, numbers, consistency (a CI gate)\n"
                           "\n"
                           "Run 'terjime COMMAND --help' for the options of a command.\n"));
}

} // namespace

int main(int argc, char **argv)
{
    Context context{terjime::i18n::Catalog(catalogDirectory())};
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h") ||
        args.front() == QLatin1String("help")) {
        printUsage(context);
        return args.isEmpty() ? terjime::cli::kExitUsage : terjime::cli::kExitOk;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("segment"))
        return terjime::cli::runSegment(context, args);
    if (command == QLatin1String("glossary"))
        return terjime::cli::runGlossary(context, args);
    if (command == QLatin1String("tm"))
        return terjime::cli::runTm(context, args);
    if (command == QLatin1String("align"))
        return terjime::cli::runAlign(context, args);
    if (command == QLatin1String("check"))
        return terjime::cli::runCheck(context, args);
    context.error(context.tr("unknown command '%1'; run 'terjime --help'").arg(command));
    return terjime::cli::kExitUsage;
}
