// SPDX-License-Identifier: GPL-3.0-or-later
// terjime-gui: the Qt Widgets front end of libtm. It presents; everything else lives in libtm.
#include "main_window.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdlib>

namespace {

// Compiled catalogs sit in ../share/locale beside the binary, in the build tree and once installed (as for the
// CLI); TERJIME_LOCALEDIR overrides that.
QString catalogDirectory()
{
    if (const char *dir = std::getenv("TERJIME_LOCALEDIR"); dir && *dir)
        return QString::fromLocal8Bit(dir);
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/locale"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Terjime"));
    terjime::gui::MainWindow window{terjime::i18n::Catalog(catalogDirectory())};
    window.resize(800, 600);
    window.show();
    return QApplication::exec();
}
