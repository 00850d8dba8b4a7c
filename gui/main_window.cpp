// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "tm/core/language.h"
#include "tm/segment/document_segmenter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace terjime::gui {

MainWindow::MainWindow(terjime::i18n::Catalog catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    setWindowTitle(QStringLiteral("Terjime"));
    createMenus();
    setCentralWidget(createCentralWidget());
    statusBar();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(m_catalog.tr("&File"));
    QAction *quit = file->addAction(m_catalog.tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

QWidget *MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_editor = new QPlainTextEdit(central);
    m_editor->setObjectName(QStringLiteral("sourceEdit"));
    m_editor->setPlaceholderText(m_catalog.tr("Paste a plain-text release here"));

    m_language = new QComboBox(central);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // The combo's data is the tag libtm parses; the visible text is the same code, which translators know.
    for (const terjime::core::LanguageTag &tag : {terjime::core::LanguageTag(terjime::core::Language::Turkmen),
                                                  terjime::core::LanguageTag(terjime::core::Language::Russian),
                                                  terjime::core::LanguageTag(terjime::core::Language::English)})
        m_language->addItem(tag.code(), tag.code());

    m_segmentButton = new QPushButton(m_catalog.tr("Segment"), central);
    m_segmentButton->setObjectName(QStringLiteral("segmentButton"));
    connect(m_segmentButton, &QPushButton::clicked, this, &MainWindow::segmentText);

    m_segments = new QListWidget(central);
    m_segments->setObjectName(QStringLiteral("segmentList"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_language);
    controls->addWidget(m_segmentButton);
    controls->addStretch();
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_editor, 1);
    layout->addLayout(controls);
    layout->addWidget(m_segments, 1);
    return central;
}

void MainWindow::segmentText()
{
    m_segments->clear();
    const auto language = terjime::core::LanguageTag::parse(m_language->currentData().toString());
    if (!language) {
        statusBar()->showMessage(language.error().describe());
        return;
    }
    // Created per click: compiling the rules takes milliseconds, and a cached segmenter would have to follow
    // the language combo for no visible gain.
    auto segmenter = terjime::segment::DocumentSegmenter::create(*language);
    if (!segmenter) {
        statusBar()->showMessage(segmenter.error().describe());
        return;
    }
    const QList<terjime::segment::Segment> segments = segmenter->segmentInput(m_editor->toPlainText());
    for (const terjime::segment::Segment &segment : segments)
        m_segments->addItem(segment.text);
    statusBar()->showMessage(m_catalog.trn("%1 segment", "%1 segments", long(segments.size())).arg(segments.size()));
}

} // namespace terjime::gui
