// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace terjime::text {

// The Turkmen suffix-aware matcher of term recognition (no Snowball stemmer or hunspell dictionary exists for
// Turkmen). It does not find the one right stem; it lists every stem the word could plausibly have, and two words are
// the same lexeme when those lists meet soundly. See LANGUAGES.md for the grammar it follows.
//
// A noun takes plural, possessive and case suffixes in that order; candidateStems() peels them from the end in the
// order case, possessive, plural, each optional:
//   case        genitive -yň/-iň/-uň/-üň, -nyň/-niň; dative -a/-e, -na/-ne, -ýa/-ýe; accusative -y/-i/-u/-ü,
//               -ny/-ni; locative -da/-de, -nda/-nde; ablative -dan/-den, -ndan/-nden; the locative adjective
//               -daky/-däki, -ndaky/-ndäki (Aşgabatdaky, arasyndaky).
//   possessive  -ym/-im/-um/-üm, -yň/-iň/-uň/-üň, -y/-i/-u/-ü, -sy/-si, -ymyz/-imiz/-myz/-miz, -yňyz/-iňiz/-ňyz/-ňiz.
//   plural      -lar/-ler.
// A peel is allowed only when the suffix fits what remains: vowel harmony (a back-vowel stem, last vowel a o u y,
// takes back suffixes; a front one, e ä ö ü i, front suffixes; -u/-ü only after o u / ö ü), the buffer consonant
// (-nyň, -sy after a vowel; -yň, -y after a consonant; -na, -nda, -ndan only after the 3rd-person possessive), and
// a remainder of at least 2 letters with a vowel. After a suffix that starts with a vowel, a final g b j d also
// yields its voiceless k p ç t (gullugy → gullug, gulluk; kitaby → kitap). Derivational suffixes (-lyk/-lik, -çy/-çi)
// are never peeled: ministr and ministrlik are different lexemes.
//
// Acronyms and numbers take their suffixes after a hyphen: "BMG-niň" → "bmg", "ÝHHG-niň" → "ýhhg", "2025-nji" →
// "2025", "15:00-da" → "15:00". The part before the hyphen is taken when it is a number or starts with a capital and
// the part after it is a suffix chain (or the ordinal -nji/-njy). Other hyphenated words (premýer-ministriň) are
// peeled as a whole.
//
// Not handled (known gaps): vowel loss in the stem (ogul → ogly, burun → burny), the dative of stems in -y/-i
// (gapy → gapa), the predicative -dyr/-dir (ýönekeýdir), bare 1st/2nd person possessive -m/-ň after a vowel (they would
// turn adam into ada), verbs.
//
// Input is one word, NFC, in any case; results are folded with foldForMatching. Thread-safe: the class has no state.
class TurkmenStemmer {
public:
    // A word's analysis, computed once and compared many times (term recognition compares each text word with many
    // term words).
    struct Analysis {
        QStringList stems;      // as candidateStems() returns them
        QList<bool> fromHyphen; // per stem: taken from before a hyphenated suffix (an acronym or a number)
    };

    // The folded word first, then every plausible stem, longest first, without duplicates.
    QStringList candidateStems(QStringView word) const;
    Analysis analyze(QStringView word) const;

    // True when `a` and `b` are forms of one lexeme: their folded forms are equal; or the folded form of one, at
    // least 3 letters long, is a candidate stem of the other (meýilnama / meýilnamasynyň); or both reduce to a
    // common stem of at least kMinSharedStem letters (meýilnamasy / meýilnamalaryna). An acronym or number stem taken
    // from before a hyphen counts at any length (BMG / BMG-niň).
    bool sameLexeme(QStringView a, QStringView b) const;
    // The same on analyses made before.
    static bool sameLexeme(const Analysis &a, const Analysis &b);

    // Two-letter stems meet by chance (on / ony). Three letters is the brief's floor; on 190 hand-labelled corpus pairs
    // it gave no false match (4 cost 3 true ones: başda / başdan), but watch pairs like bilim / bili → "bil".
    static constexpr int kMinSharedStem = 3;
};

} // namespace terjime::text
