// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/i18n/catalog.h"

#include <QMainWindow>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace terjime::gui {

// The main window: for now a placeholder that segments pasted text. It only wires widgets to libtm; the
// segmentation itself is terjime::segment::DocumentSegmenter. Child widgets carry object names ("sourceEdit",
// "languageCombo", "segmentButton", "segmentList") so that tests can find them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(terjime::i18n::Catalog catalog, QWidget *parent = nullptr);

private:
    void createMenus();
    QWidget *createCentralWidget();
    void segmentText();

    terjime::i18n::Catalog m_catalog;
    QPlainTextEdit *m_editor = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_segmentButton = nullptr;
    QListWidget *m_segments = nullptr;
};

} // namespace terjime::gui
