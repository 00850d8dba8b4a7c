// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace terjime::text {

// Text in Unicode Normalization Form C together with the way back to the offsets of the text it came from, so that
// positions found in normalised text can be reported against the user's input. Offsets are UTF-16 code units.
class NormalizedText {
public:
    // Normalises `original` to NFC. Already-normalised text (the usual case) is shared, not copied.
    static NormalizedText fromOriginal(const QString &original);

    const QString &text() const { return m_text; }
    // The offset in the original text that corresponds to `offset` in text(). Offsets inside a sequence that
    // normalisation recomposed map to the start of that sequence.
    qsizetype toOriginal(qsizetype offset) const;

private:
    struct Anchor {
        qsizetype normalized;
        qsizetype original;
        bool linearFromHere; // offsets after this anchor keep their distance to it
    };
    QString m_text;
    QList<Anchor> m_anchors; // sorted; empty when the text was already in NFC
};

// NFC without offset bookkeeping, for short strings (terms, rule files).
QString toNfc(const QString &text);

} // namespace terjime::text
