// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace terjime::cli {

// A one-line progress bar on standard error, redrawn at most ten times a second, only when standard error is a
// terminal (a CI log gets the summary lines alone).
class ProgressBar {
public:
    explicit ProgressBar(QString label);
    ~ProgressBar();
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    void update(qint64 done, qint64 total, qint64 units);
    // Clears the line, so that what is printed next starts at the left margin.
    void finish();

private:
    QString m_label;
    bool m_enabled = false;
    bool m_drawn = false;
    QElapsedTimer m_sinceDraw;
};

} // namespace terjime::cli
