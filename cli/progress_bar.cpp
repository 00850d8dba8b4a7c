// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress_bar.h"

#include "tm_common.h"

#include <cstdio>

namespace terjime::cli {

ProgressBar::ProgressBar(QString label) : m_label(std::move(label)), m_enabled(stderrIsTerminal())
{
    m_sinceDraw.start();
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(qint64 done, qint64 total, qint64 units)
{
    if (!m_enabled || (m_drawn && m_sinceDraw.elapsed() < 100))
        return;
    m_sinceDraw.restart();
    constexpr int kWidth = 30;
    const int percent = total > 0 ? int(100 * done / total) : 0;
    const int filled = kWidth * percent / 100;
    const QString bar = QString(filled, u'#') + QString(kWidth - filled, u'-');
    const QByteArray line = QStringLiteral("\r%1 [%2] %3% %4").arg(m_label, bar).arg(percent).arg(units).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn) {
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace terjime::cli
