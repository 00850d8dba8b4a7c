// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the qa module: writes indented JSON as it goes, keys in the order given. The JSON and SARIF reports use
// it instead of QJsonDocument, which took over a second for 100,000 findings (a tree of sorted objects, built and
// then serialised). A container can be asked to stay on one line: a finding per line reads well and keeps a report
// of many findings small.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <concepts>
#include <vector>

namespace terjime::qa::report {

class JsonStream {
public:
    // `expectedSize` in characters, to allocate once.
    explicit JsonStream(qsizetype expectedSize = 0);

    enum class Layout { Indented, OneLine }; // OneLine holds for everything inside the container too

    // Containers; inside an object, name the member first with key().
    void beginObject(Layout layout = Layout::Indented);
    void endObject();
    void beginArray(Layout layout = Layout::Indented);
    void endArray();
    void key(QStringView name);

    void value(QStringView text);
    void value(qint64 number);
    // Only a bool: a string literal would otherwise convert to bool before it converts to QStringView.
    template <std::same_as<bool> Bool>
    void value(Bool flag)
    {
        writeFlag(flag);
    }

    // A member in one call.
    void member(QStringView name, QStringView text)
    {
        key(name);
        value(text);
    }
    void member(QStringView name, const QString &text) { member(name, QStringView(text)); }
    void member(QStringView name, qint64 number)
    {
        key(name);
        value(number);
    }
    void member(QStringView name, int number) { member(name, qint64(number)); }
    template <std::same_as<bool> Bool>
    void member(QStringView name, Bool flag)
    {
        key(name);
        writeFlag(flag);
    }

    // The document as UTF-8, with a final line break. Every container must be closed.
    QByteArray finish();

private:
    void writeFlag(bool flag);
    void beginValue();
    void newLine();
    void open(QChar bracket, Layout layout);
    void close(QChar bracket);

    QString m_out;
    struct Container {
        bool empty = true; // nothing written in it yet
        bool oneLine = false;
    };
    std::vector<Container> m_open;
    bool m_afterKey = false;
};

} // namespace terjime::qa::report
