// SPDX-License-Identifier: GPL-3.0-or-later
// Drives terjime-gui's main window as a user would: type a text, pick a language, click Segment, read the list.
// Runs on the offscreen platform (QT_QPA_PLATFORM=offscreen, set by CTest).
#include "main_window.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// QTest::keyClicks sends Latin-1 only; Turkmen has ň, ş, ž outside it, so every character goes as its own text.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void segmentsText_data();
    void segmentsText();
    void quitClosesTheWindow();

private:
    std::unique_ptr<terjime::gui::MainWindow> m_window;
    QPlainTextEdit *m_editor = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_segmentButton = nullptr;
    QListWidget *m_list = nullptr;
};

void MainWindowTest::init()
{
    // No catalog directory: messages stay in English whatever the test machine's locale.
    m_window = std::make_unique<terjime::gui::MainWindow>(terjime::i18n::Catalog(QString(), "en_US.UTF-8"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Terjime"));
    m_editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("sourceEdit"));
    m_language = m_window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    m_segmentButton = m_window->findChild<QPushButton *>(QStringLiteral("segmentButton"));
    m_list = m_window->findChild<QListWidget *>(QStringLiteral("segmentList"));
    QVERIFY(m_editor && m_language && m_segmentButton && m_list);
}

void MainWindowTest::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

void MainWindowTest::segmentsText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two English sentences")
        << QStringLiteral("en") << QStringLiteral("The committee met on Monday. It approved the new budget.")
        << QStringList{QStringLiteral("The committee met on Monday."), QStringLiteral("It approved the new budget.")};
    QTest::newRow("Turkmen pair") << QStringLiteral("tk")
                                  << QStringLiteral(
                                         "Aşgabatda täze mekdep açyldy. Okuwçylar şu gün ilkinji sapaga gatnaşdylar.")
                                  << QStringList{QStringLiteral("Aşgabatda täze mekdep açyldy."),
                                                 QStringLiteral("Okuwçylar şu gün ilkinji sapaga gatnaşdylar.")};
    // A long line wrapped mid-sentence joins with a space (short lines are captions or headings to the rules);
    // a blank line ends the paragraph.
    QTest::newRow("Turkmen paragraphs with ň and ž")
        << QStringLiteral("tk")
        << QStringLiteral("Meýilnamanyň ilkinji tapgyry boýunça gurluşyk işleri bellenen möhletden öň\n"
                          "tamamlandy.\n\nŽurnalyň täze sany çykdy.")
        << QStringList{QStringLiteral("Meýilnamanyň ilkinji tapgyry boýunça gurluşyk işleri bellenen möhletden öň "
                                      "tamamlandy."),
                       QStringLiteral("Žurnalyň täze sany çykdy.")};
    QTest::newRow("Russian pair") << QStringLiteral("ru")
                                  << QStringLiteral("Заседание началось в полдень. Его провёл председатель.")
                                  << QStringList{QStringLiteral("Заседание началось в полдень."),
                                                 QStringLiteral("Его провёл председатель.")};
}

void MainWindowTest::segmentsText()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);

    const int index = m_language->findData(language);
    QVERIFY2(index >= 0, qPrintable(language));
    m_language->setCurrentIndex(index);
    m_editor->setFocus();
    typeText(m_editor, typed);
    QCOMPARE(m_editor->toPlainText(), typed);

    QTest::mouseClick(m_segmentButton, Qt::LeftButton);
    QCOMPARE(listTexts(m_list), expected);

    // A second click replaces the list rather than appending to it.
    QTest::mouseClick(m_segmentButton, Qt::LeftButton);
    QCOMPARE(m_list->count(), expected.size());
}

void MainWindowTest::quitClosesTheWindow()
{
    QMenu *file = m_window->menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QAction *quit = file->actions().value(0);
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Quit"));
    quit->trigger();
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
