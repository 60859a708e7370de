#!/usr/bin/env python3
"""Converts the BSD-3 lexicons of Pattern 2.6 (Debian python3-pattern, CLiPS, University of Antwerp)
into the compact, lower-cased tables the pseudo-gloss taggers embed.

Build-time only: the C# runtime reads the generated .tsv files and never needs Python or this path.
Run: python3 convert-pattern-data.py [/usr/lib/python3/dist-packages/pattern/text]
"""
import sys
from collections import OrderedDict
from pathlib import Path

PATTERN = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/pattern/text")
OUT = Path(__file__).resolve().parent

# Pattern's German lexicon mixes STTS with a few Penn-like tags (NNS, VB, ADJ); all map to universal POS.
# NNS is kept apart as NOUN:pl and ADJA as ADJ:infl: the lemmatisers take "known plural" and
# "known uninflected adjective" as evidence.
GERMAN_TAGS = {
    "NN": "NOUN", "NNS": "NOUN:pl", "NE": "PROPN", "TRUNC": "X",
    "ADJA": "ADJ:infl", "ADJD": "ADJ", "ADJ": "ADJ",
    "VVFIN": "VERB", "VVINF": "VERB", "VVPP": "VERB", "VVIZU": "VERB", "VVIMP": "VERB", "VB": "VERB",
    "VAFIN": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX", "VMINF": "AUX",
    "ADV": "ADV", "PAV": "ADV", "PWAV": "ADV",
    "CARD": "NUM", "CARDNUM": "NUM",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP", "PTKVZ": "ADP",
    "ARTDEF": "DET", "ARTIND": "DET", "PIAT": "DET", "PDAT": "DET", "PPOSAT": "DET", "PIDAT": "DET",
    "PWAT": "DET", "PRELAT": "DET",
    "PPER": "PRON", "PRF": "PRON", "PIS": "PRON", "PDS": "PRON", "PWS": "PRON", "PRELS": "PRON", "PPOS": "PRON",
    "KON": "CCONJ", "KONS": "CCONJ", "KOUS": "SCONJ", "KOUI": "SCONJ", "KOKOM": "ADP",
    "PTKNEG": "PART", "PTKANT": "PART", "PTKZU": "PART", "PTKA": "PART",
    "ITJ": "INTJ",
}

# English keeps Penn Treebank tags: the Brill contextual rules that disambiguate them are written in Penn tags.
ENGLISH_TAGS = {t: t for t in (
    "NN NNS NNP NNPS JJ JJR JJS VB VBD VBG VBN VBP VBZ MD RB RBR RBS WRB RP CD IN TO DT PDT WDT "
    "PRP PRP$ WP WP$ EX CC UH POS FW SYM LS").split()}


def data_lines(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(";;;") or not line.strip():
            continue
        yield line


def is_word(form):
    return form.isalpha() or (form.replace("-", "").isalpha() and not form.startswith("-"))


def write_lexicon(source, tags, target):
    # Lower-casing merges "Regen NN" and "regen VVINF"; the lower-case spelling's tags come first
    # because in standard orthography a lower-case word is not a noun, so it is the safer default.
    lower_first, capital = OrderedDict(), OrderedDict()
    for line in data_lines(source):
        form, *stts = line.split()
        if not is_word(form):
            continue
        upos = [tags[t] for t in stts if t in tags]
        if not upos:
            continue
        bucket = capital if form[0].isupper() else lower_first
        bucket.setdefault(form.lower(), [])
        for u in upos:
            if u not in bucket[form.lower()]:
                bucket[form.lower()].append(u)
    merged = OrderedDict()
    for bucket in (lower_first, capital):
        for form, upos in bucket.items():
            merged.setdefault(form, [])
            merged[form] += [u for u in upos if u not in merged[form]]
    with target.open("w", encoding="utf-8") as out:
        for form in sorted(merged):
            out.write(f"{form}\t{' '.join(merged[form])}\n")
    return len(merged)


def write_verbs(source, target, participle_column, skip_negated=False):
    # Output: infinitive, past participle, then every other distinct form. The participle gets its own
    # column because the taggers tell a participle (perfect, passive) from an adjective by it.
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for line in data_lines(source):
            cells = [c.strip().lower() for c in line.split(",")]
            infinitive, participle = cells[0], cells[participle_column]
            forms = OrderedDict()
            for c in cells[1:]:
                # "bleibt fern" is a separated form of fernbleiben; the tagger sees its words one at a time.
                if not c or c in (infinitive, participle) or " " in c or (skip_negated and "'" in c):
                    continue
                forms[c] = None
            out.write(f"{infinitive}\t{participle}\t{' '.join(forms)}\n")
            count += 1
    return count


if __name__ == "__main__":
    print("german-lexicon", write_lexicon(PATTERN / "de" / "de-lexicon.txt", GERMAN_TAGS, OUT / "german-lexicon.tsv"))
    print("german-verbs", write_verbs(PATTERN / "de" / "de-verbs.txt", OUT / "german-verbs.tsv", 12))
    print("english-lexicon", write_lexicon(PATTERN / "en" / "en-lexicon.txt", ENGLISH_TAGS, OUT / "english-lexicon.tsv"))
    print("english-verbs", write_verbs(PATTERN / "en" / "en-verbs.txt", OUT / "english-verbs.tsv", 11, skip_negated=True))
    rules = list(data_lines(PATTERN / "en" / "en-context.txt"))
    (OUT / "english-context-rules.txt").write_text("\n".join(rules) + "\n", encoding="utf-8")
    print("english-context-rules", len(rules))
