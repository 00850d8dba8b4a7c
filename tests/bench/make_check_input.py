#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Input for the `terjime check` speed benchmark (tests/bench/check_speed.sh, tests/bench/README-check.md).

    tests/bench/make_check_input.py OUT_DIR [--shared ../shared] [--glossaries glossaries] [--units 100000]
                                            [--concepts 5000] [--seed 1]

writes, from the parallel corpora of SHARED/corpora (FLORES-200 dev and devtest, NTREX-128: 4,006 en/ru/tk lines):

* OUT_DIR/check-100k.tmx (the name follows --units): trilingual units (srclang en, tuid, en ru tk variants) that
  cycle through the real lines. The first pass is the corpus as it is; later passes append a short numbered clause
  to all three languages alike ("(item 7)", "(пункт 7)", "(bent 7)"), so texts stay distinct and the consistency
  maps grow as in a real project. Some units repeat an earlier unit exactly (1 in 7 of the later passes) and a few
  (1 in 101) keep the English text of the first pass with a changed translation, so that repetitions and real
  inconsistencies are part of the load.
* OUT_DIR/glossary-5000.tbx (the name follows --concepts): TBX-Basic in the project's classic martif layout, with
  every termEntry of GLOSSARIES/*.tbx as it is, then synthetic concepts up to --concepts. A synthetic concept takes a
  1-4-word n-gram of content words of the English corpus that stands in at most 40 lines, and as its Russian and
  Turkmen terms n-grams that stand in at least 90% of those lines (and in few others), so that the target holds
  the "translation" as it would with a curated glossary and term-missing fires on real gaps (inflected forms the
  n-grams do not cover, other lines) rather than on every occurrence; English terms without such renderings are
  skipped. Most terms are preferred; some
  concepts also have an admitted or a deprecated synonym; a few are case-sensitive acronyms (termType acronym).

Data made from ../shared is evaluation data: keep OUT_DIR outside the repository (e.g. /tmp/check-bench). The
output is deterministic for a given seed. Python 3.11, standard library only.
"""

import argparse
import collections
import random
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

LANGUAGES = ("en", "ru", "tk")
CORPUS_FILES = (
    ("flores-dev", "corpora/flores200/dev"),
    ("flores-devtest", "corpora/flores200/devtest"),
    ("ntrex", "corpora/ntrex128/newstest2019"),
)

# The clauses appended in later passes, one per language, with the pass number in all three; the wording is kept
# plain so the same number stands in every language (number checks agree) and no term of the glossary is involved.
CLAUSES = (
    {"en": " (item {k})", "ru": " (пункт {k})", "tk": " (bent {k})"},
    {"en": ", see page {k}", "ru": ", см. страницу {k}", "tk": ", {k} sahypa serediň"},
    {"en": " (note {k})", "ru": " (примечание {k})", "tk": " (bellik {k})"},
    {"en": " (section {k})", "ru": " (раздел {k})", "tk": " (bölüm {k})"},
)
# Words that never start or end a term. Short closed-class lists: the n-grams only need to look like terms.
STOPWORDS = {
    "en": set(
        """a about above after again against all also am an and any are as at be because been before being below
        between both but by can could did do does doing down during each few for from further had has have having he
        her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
        not now of off on once only or other our ours ourselves out over own same she should so some such than that
        the their theirs them themselves then there these they this those through to too under until up very was we
        were what when where which while who whom why will with would you your yours yourself said says say told
        one two three first last many much may might must new like well even still back get got make made way year
        years time times people would could also per mr mrs ms"""
        .split()
    ),
    "ru": set(
        """а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее
        её если есть еще ещё же за здесь и из или им их к как ко когда кто ли либо между меня мне может мы на над
        надо наш не него нее неё нет ни них но ну о об однако он она они оно от очень по под после потому при про с
        со так также такой там те тем то того тоже той только том ту ты у уже хотя чего чей чем что чтобы чье чья эта
        эти это этот я который которая которые которых которое которого году года лет год заявил сказал время более
        один одна одно два две три свой своей своих свои своего своим""".split()
    ),
    "tk": set(
        """we bilen bu şu ol olar onuň olaryň men biz siz sen üçin hem bolsa edip diýip ýaly soň has iň her bir iki
        üç emma ýöne eger özi özüniň özleri ýa-da ýa da-da hem-de bolup boldy bolan bolýar edildi etdi etmek diýdi
        diýen ýyl ýylda ýylyň ýyly wagt wagtda şeýle-de şeýle beýle nähili näme nirede haçan kim kimiň oňa ony
        olara olary muny şonuň şol şony şeýlelikde ýene entek eýýäm indi soňra öň öňki köp az ähli käbir hiç
        başga arasynda bardyr bar ýok diňe hatda ýagny""".split()
    ),
}
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
ROMAN = re.compile(r"[IVXLCDM]+")
UNIT_MIX = {1: 0.35, 2: 0.35, 3: 0.2, 4: 0.1}  # share of synthetic English terms by length in words
# A synthetic concept's Russian and Turkmen terms must stand in this share of the lines of its English term.
COVERAGE = 0.66
# English terms are drawn from n-grams in at most this many lines: domain terms, not "said".
MAX_TERM_LINES = 40


def read_corpora(shared):
    """[(tuid prefix, line number, {lang: text})] for every parallel line."""
    rows = []
    for name, stem in CORPUS_FILES:
        texts = {}
        for language in LANGUAGES:
            path = shared / f"{stem}.{language}.txt"
            texts[language] = path.read_text(encoding="utf-8").split("\n")
            if texts[language] and texts[language][-1] == "":
                texts[language].pop()
        if len({len(lines) for lines in texts.values()}) != 1:
            sys.exit(f"make_check_input.py: {stem}.*.txt are not parallel")
        for number, parts in enumerate(zip(*(texts[language] for language in LANGUAGES)), start=1):
            if all(part.strip() for part in parts):
                rows.append((name, number, dict(zip(LANGUAGES, parts))))
    return rows


# XML 1.0 forbids most C0 controls; the corpora have none today, but a stray one must not break the TMX.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text):
    return escape(XML_INVALID.sub("\ufffd", text))


def with_clause(text, clause):
    """The clause goes before the final full stop, question or exclamation mark, so the ending stays the same."""
    if text and text[-1] in ".!?":
        return text[:-1] + clause + text[-1]
    return text + clause


def write_tmx(path, rows, units):
    """Streams the units; a unit's texts depend only on its position, so the file is deterministic."""
    count = len(rows)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
            '  <header creationtool="make_check_input.py" creationtoolversion="1" segtype="sentence" '
            'o-tmf="Terjime" adminlang="en" srclang="en" datatype="plaintext"/>\n  <body>\n'
        )
        for index in range(units):
            name, number, texts = rows[index % count]
            cycle = index // count
            texts = dict(texts)
            if cycle > 0 and index % 101 == 3:
                # The English of the first pass with another translation: inconsistent-target against that unit.
                for language in ("ru", "tk"):
                    texts[language] = with_clause(texts[language], CLAUSES[0][language].format(k=cycle))
            elif cycle > 0 and index % 7 != 0:
                clause = CLAUSES[cycle % len(CLAUSES)]
                texts = {language: with_clause(texts[language], clause[language].format(k=cycle)) for language in texts}
            out.write(f'    <tu tuid="{name}-{number}-{cycle}">\n')
            for language in LANGUAGES:
                out.write(f'      <tuv xml:lang="{language}"><seg>{xml_text(texts[language])}</seg></tuv>\n')
            out.write("    </tu>\n")
        out.write("  </body>\n</tmx>\n")


def chunks(text):
    """Runs of words with only a space between them (punctuation and numbers break a run): the recogniser matches a
    multiword term on adjacent words only."""
    run = []
    for raw in text.split():
        match = WORD.search(raw)
        if not match or match.group() != raw.strip(".,;:!?()[]\"'«»“”„‘’…—–"):
            if run:
                yield run
            run = []
            continue
        if match.start() > 0 and run:
            yield run
            run = []
        run.append(match.group())
        if match.end() < len(raw):
            yield run
            run = []
    if run:
        yield run


def is_stopword(word, language):
    """Also the forms the recogniser takes for a stopword: it strips the English possessive and matches plurals
    ("that's", "others" would be found wherever "that" or "other" is), so those cannot be terms either."""
    stop = STOPWORDS[language]
    if len(word) < 3 or word in stop:
        return True
    if language == "en":
        if "'" in word or "’" in word:
            return True  # contractions ("it's", "don't") and possessives
        return (word.endswith("s") and word[:-1] in stop) or (word.endswith("es") and word[:-2] in stop)
    return False


def ngrams_by_line(rows, language):
    """Per line, the set of candidate n-grams (lower case, 1-4 words) whose first and last words are content words;
    per line also the acronyms (2-6 capitals, not a Roman numeral)."""
    lines, acronyms = [], []
    for _, _, texts in rows:
        found, capitals = set(), set()
        for run in chunks(texts[language]):
            lower = [word.lower() for word in run]
            for start in range(len(run)):
                word = run[start]
                if 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and not ROMAN.fullmatch(word):
                    capitals.add(word)
                for size in range(1, 5):
                    end = start + size
                    if end > len(run):
                        break
                    first, last = lower[start], lower[end - 1]
                    if is_stopword(first, language) or is_stopword(last, language):
                        continue
                    if size == 1 and (len(first) < 4 or run[start].isupper()):
                        continue
                    found.add(" ".join(lower[start:end]))
        lines.append(found)
        acronyms.append(capitals)
    return lines, acronyms


def occurrences(lines):
    """n-gram → the indices of the lines that hold it."""
    index = collections.defaultdict(list)
    for number, found in enumerate(lines):
        for gram in found:
            index[gram].append(number)
    return index


def pick_english(index, wanted, taken, rng):
    """The most frequent English n-grams, mixed by length as UNIT_MIX says (curated glossaries are mostly multiword;
    longer n-grams that occur in one line only make up a length that runs short)."""
    by_size = collections.defaultdict(list)
    for gram in index:
        if gram not in taken:
            by_size[gram.count(" ") + 1].append(gram)
    for size in sorted(by_size):  # in a fixed order: each shuffle draws from the same generator
        grams = by_size[size]
        # Seeded shuffle, then a stable sort by frequency: n-grams of equal frequency (the many that occur once)
        # come in random order, not alphabetical.
        grams.sort()
        rng.shuffle(grams)
        grams.sort(key=lambda gram: -len(index[gram]))
    chosen = []
    for size, share in UNIT_MIX.items():
        chosen += by_size[size][: round(wanted * share)]
    # A length that ran short is made up with the next most frequent n-grams of any length.
    already = set(chosen)
    rest = sorted(
        (gram for grams in by_size.values() for gram in grams if gram not in already),
        key=lambda gram: (-len(index[gram]), gram),
    )
    chosen += rest[: max(0, wanted - len(chosen))]
    chosen = chosen[:wanted]
    rng.shuffle(chosen)
    return chosen


def same_term(gram):
    """What makes two terms the same for `terjime glossary lint`: letter case and ё/е do not count."""
    return gram.lower().replace("ё", "е")


class Partners:
    """For an English term (the lines it is in), the unused n-gram of another language that co-occurs best."""

    def __init__(self, lines, index, taken):
        self.lines, self.index = lines, index
        self.used = {same_term(gram) for gram in taken}
        self.frequent = sorted((gram for gram in index if not self.is_used(gram)), key=lambda g: (-len(index[g]), g))

    def is_used(self, gram):
        return same_term(gram) in self.used

    def use(self, gram):
        self.used.add(same_term(gram))
        return gram

    def covering(self, where):
        """The unused n-gram that stands in (nearly) every line of `where` and in few others, or None: a rendering as
        consistent as a curated glossary's, so that term-missing fires on real gaps rather than on every line."""
        counts = collections.Counter()
        for number in where:
            counts.update(self.lines[number])
        for gram, count in sorted(counts.items(), key=lambda item: (-item[1], len(self.index[item[0]]), item[0])):
            if count < COVERAGE * len(where):
                return None
            if not self.is_used(gram) and len(self.index[gram]) <= 6 * len(where):
                return self.use(gram)
        return None

    def best(self, where, exclude=()):
        counts = collections.Counter()
        for number in where:
            counts.update(self.lines[number])
        scored = sorted(
            counts.items(), key=lambda item: (-2 * item[1] / (len(where) + len(self.index[item[0]])), item[0])
        )
        for gram, _ in scored:
            if not self.is_used(gram) and gram not in exclude:
                return self.use(gram)
        # Nothing left that co-occurs: any frequent unused n-gram still occurs in the text.
        while self.frequent:
            gram = self.frequent.pop(0)
            if not self.is_used(gram):
                return self.use(gram)
        sys.exit("make_check_input.py: the corpora have too few n-grams for the glossary")


def read_project_entries(glossaries):
    """The termEntry elements of the project's glossaries, verbatim, and their terms (lower case) per language."""
    entries, terms = [], collections.defaultdict(set)
    for path in sorted(glossaries.glob("*.tbx")):
        text = path.read_text(encoding="utf-8")
        for entry in re.findall(r"      <termEntry\b.*?</termEntry>\n", text, flags=re.S):
            entries.append(entry)
            for language, body in re.findall(r'<langSet xml:lang="([^"]+)">(.*?)</langSet>', entry, flags=re.S):
                for term in re.findall(r"<term>(.*?)</term>", body, flags=re.S):
                    terms[language].add(term.lower())
    return entries, terms


def tig(term, status, term_type="fullForm"):
    lines = [
        "          <tig>",
        f"            <term>{xml_text(term)}</term>",
        '            <termNote type="partOfSpeech">noun</termNote>',
        f'            <termNote type="termType">{term_type}</termNote>',
        f'            <termNote type="administrativeStatus">{status}Term-admn-sts</termNote>',
    ]
    if term_type == "acronym":
        lines.append('            <termNote type="x-matching">case-sensitive</termNote>')
    lines.append("          </tig>")
    return lines


def concept_entry(concept_id, terms_by_language):
    """terms_by_language: {lang: [(term, status, termType)]}."""
    lines = [f'      <termEntry id="{concept_id}">', '        <descrip type="subjectField">benchmark</descrip>']
    for language in LANGUAGES:
        lines.append(f'        <langSet xml:lang="{language}">')
        for term, status, term_type in terms_by_language[language]:
            lines += tig(term, status, term_type)
        lines.append("        </langSet>")
    lines.append("      </termEntry>")
    return "\n".join(lines) + "\n"


def synthetic_entries(rows, wanted, project_terms, rng):
    if wanted <= 0:
        return []
    lines, capitals = {}, {}
    for language in LANGUAGES:
        lines[language], capitals[language] = ngrams_by_line(rows, language)
    entries = []

    # A few acronym concepts: frequent English acronyms with their best co-occurring acronym in ru and tk.
    acronym_index = {language: occurrences(capitals[language]) for language in LANGUAGES}
    taken_acronyms = {language: {term.upper() for term in project_terms[language]} for language in LANGUAGES}
    english_acronyms = sorted(
        (a for a, where in acronym_index["en"].items() if len(where) >= 3 and a not in taken_acronyms["en"]),
        key=lambda a: (-len(acronym_index["en"][a]), a),
    )[: min(30, wanted // 100)]
    acronym_partners = {
        language: Partners(capitals[language], acronym_index[language], taken_acronyms[language])
        for language in ("ru", "tk")
    }
    for acronym in english_acronyms:
        where = acronym_index["en"][acronym]
        terms = {"en": [(acronym, "preferred", "acronym")]}
        for language in ("ru", "tk"):
            terms[language] = [(acronym_partners[language].best(where), "preferred", "acronym")]
        entries.append(terms)

    index = {language: occurrences(lines[language]) for language in LANGUAGES}
    candidates = {gram: where for gram, where in index["en"].items() if 1 <= len(where) <= MAX_TERM_LINES}
    english = pick_english(candidates, len(candidates), project_terms["en"], rng)
    partners = {language: Partners(lines[language], index[language], project_terms[language]) for language in LANGUAGES}
    for term in english:
        if len(entries) >= wanted:
            break
        where = index["en"][term]
        renderings = {language: partners[language].covering(where) for language in ("ru", "tk")}
        if None in renderings.values() or partners["en"].is_used(term):
            continue
        partners["en"].use(term)
        terms = {"en": [(term, "preferred", "fullForm")]}
        for language in ("ru", "tk"):
            terms[language] = [(renderings[language], "preferred", "fullForm")]
        # Statuses as curated glossaries have them: mostly one preferred term per language; some concepts add an
        # admitted variant, a few a deprecated one that QA is to flag.
        roll = rng.random()
        if roll < 0.10 or roll >= 0.97:
            language = rng.choice(LANGUAGES)
            synonym = partners[language].best(where if language != "en" else where[:1], exclude={term})
            terms[language].append((synonym, "admitted" if roll < 0.10 else "deprecated", "fullForm"))
        entries.append(terms)
    if len(entries) < wanted:
        sys.exit(f"make_check_input.py: only {len(entries)} consistent concepts in the corpora, {wanted} wanted")
    return [concept_entry(f"bench-{number:05d}", terms) for number, terms in enumerate(entries, start=1)]


def write_tbx(path, entries, concepts):
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">\n  <martifHeader>\n'
            "    <fileDesc>\n      <titleStmt>\n"
            f"        <title>Terjime check benchmark glossary: {concepts} concepts</title>\n"
            "      </titleStmt>\n      <sourceDesc>\n"
            "        <p>Generated by tests/bench/make_check_input.py: the project's glossaries, then synthetic "
            "concepts of co-occurring corpus n-grams (not real translations). For benchmarks only.</p>\n"
            "      </sourceDesc>\n    </fileDesc>\n    <encodingDesc>\n"
            '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n'
            "  <text>\n    <body>\n"
        )
        out.writelines(entries)
        out.write("    </body>\n  </text>\n</martif>\n")


def main():
    repo = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--shared", type=Path, default=repo.parent / "shared", help="default: ../shared")
    parser.add_argument("--glossaries", type=Path, default=repo / "glossaries")
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--concepts", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    if not (args.shared / "corpora").is_dir():
        sys.exit(f"make_check_input.py: {args.shared}/corpora not found; name the shared directory with --shared")
    rng = random.Random(args.seed)
    rows = read_corpora(args.shared)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    units_name = f"{args.units // 1000}k" if args.units % 1000 == 0 else str(args.units)
    tmx = args.out_dir / f"check-{units_name}.tmx"
    write_tmx(tmx, rows, args.units)

    project_entries, project_terms = read_project_entries(args.glossaries)
    entries = project_entries[: args.concepts]
    entries += synthetic_entries(rows, args.concepts - len(entries), project_terms, rng)
    tbx = args.out_dir / f"glossary-{args.concepts}.tbx"
    write_tbx(tbx, entries, args.concepts)
    print(
        f"{tmx}: {args.units} units from {len(rows)} parallel lines; "
        f"{tbx}: {len(entries)} concepts ({len(project_entries[: args.concepts])} from {args.glossaries})"
    )


if __name__ == "__main__":
    main()
