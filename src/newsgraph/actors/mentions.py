"""Mentions: the names and descriptions in a parsed article that may refer to an actor.

Names come from the entities (spaCy NER plus the gazetteer rulers), retyped where the
context says otherwise ('the town of Houla' is a place whatever NER says). Descriptions are
noun phrases headed by a role word ('the Syrian army', 'the rebels', 'France's new
president'); their country comes from a demonym or country modifier.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..resources import word_list
from ..times.grammar import parts as time_parts
from .lexicon import (agents, capitals, countries, country_word_at, country_words, demonyms, lookup, names_a_person,
                      person_nouns, roles, someone_noun, speech_verbs)
from .names import fold, fuller_names, given_names, honorifics, person_key, surname, titles
from .places import is_city, is_place_name

#: Entity types of a place, which names no one when the parser hangs it on a noun as an apposition
#: ('a journalist working in the capital Tripoli said').
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
NAME_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}
PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "port", "suburb",
               "neighbourhood", "neighborhood", "county", "state", "area", "governorate", "municipality"}
LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "inside", "around", "across", "through",
            "via", "toward", "towards", "within", "throughout", "beyond", "off", "north", "south", "east", "west"}
#: prepositions that put a name in a place, unlike 'to', 'from' or 'towards' that also take people
SPATIAL = {"in", "at", "near", "outside", "inside", "around", "across", "through", "past", "into", "within", "throughout"}
AGENTIVE = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "appos", "iobj"}


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"}
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)
_THING_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
_INDEFINITE = {"a", "an", "some", "any", "no", "his", "her", "their", "its", "our", "my", "your", "every", "each"}


@dataclass
class Mention:
    start: int
    end: int
    label: str  # PERSON | ORG | GPE | LOC | ROLE (describes a person) | BODY (a body or group)
    key: str
    head: Token
    country: str | None = None
    sector: str | None = None
    text: str = ""

    @property
    def agentive(self) -> bool:
        """Used as someone who acts or is acted on, not as a location."""
        tok = self.head
        if tok.dep_ in AGENTIVE:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ not in LOCATIVE

    @property
    def span(self) -> SpacySpan | None:
        """The mention's tokens (None where its offsets cut a token, as a trimmed surface may)."""
        return self.head.doc.char_span(self.start, self.end, alignment_mode="expand")

    @property
    def placed(self) -> bool:
        """In a place's context ('in Nasr', 'Nasr village', 'the town of Nasr'), where a surname is that place."""
        tok = self.head
        if tok.dep_ == "pobj":
            return tok.head.lower_ in SPATIAL  # 'in Nasr', but 'close to Obama' is no place
        span = self.span
        return span is not None and _place_context(span)


# 'Neither McCain nor Obama', 'a "Council"', a BBC pull quote's 'End Quote Syrian foreign ministry'
_LEADING_WORD = re.compile(r"(?:(?i:the|neither|either|both)|an?|End Quote) ")
_ASIDE = re.compile(r"\s[-\u2013\u2014]{1,2}\s+[a-z]")  # 'Dennis Ross - now a fellow at ...'


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Char bounds without a leading 'the' (or 'Neither', 'Both': 'Neither McCain nor Obama'; a lower-case
    'a' or 'an': 'a "Supreme Military Council"'; the 'End Quote' that opens a BBC pull quote's signature),
    an aside after a dash, trailing possessive or stray punctuation."""
    while start < end and not text[start].isalnum():
        start += 1
    if text[start:start + 2].lower() == "s " and start > 0 and text[start - 1] in "'\u2019":
        start += 2
    if lead := _LEADING_WORD.match(text, start, end):
        start = lead.end()
        while start < end and not text[start].isalnum():
            start += 1
    if aside := _ASIDE.search(text, start, end):
        end = aside.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    if text[end - 2:end] in ("'s", "\u2019s"):
        end -= 2
    return start, end


def _place_context(ent: SpacySpan) -> bool:
    """'the town of X', 'in X', 'X province': context that makes a name a place."""
    doc = ent.doc
    before = doc[max(ent.start - 2, 0):ent.start]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() in PLACE_NOUNS:
        return True
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in PLACE_NOUNS:
        return True
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE


def _speaks(tok: Token) -> bool:
    """The subject of a speech verb, alone or in a pair ('Saleh and Tareq both confirm')."""
    subject = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "nsubj" else tok
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in speech_verbs()


def _like_a_person(tok: Token) -> bool:
    """Said of people, not of places or outlets: a known given name, 'X, from Houston,' or paired
    with a person ('Saleh and Tareq')."""
    doc = tok.doc
    from_place = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "from"
    partner = _partner(tok)
    return tok.lower_ in given_names() or from_place or partner is not None and partner.ent_type_ == "PERSON"


def _aged(ent: SpacySpan) -> bool:
    """The name is followed by an age set off by commas ('Ramos, 58, told ...')."""
    doc, end = ent.doc, ent.end
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," \
        and doc[end + 1].is_digit and 1 <= int(doc[end + 1].text) <= 110


def _partner(tok: Token) -> Token | None:
    """The word the token is coordinated with: 'Tareq' for 'Saleh' in 'Saleh and Tareq', and back."""
    return tok.head if tok.dep_ == "conj" else next((c for c in tok.children if c.dep_ == "conj"), None)


def _maybe_person(ent: SpacySpan) -> bool:
    """An entity a person's role beside it may show to be a person: an organisation, or a place no
    gazetteer knows ('Anas Abdah, the London-based chairman of ...' taken for a GPE)."""
    return ent.label_ == "ORG" or ent.label_ == "GPE" and not is_place_name(fold(ent.text))


def _person_by_role(ent: SpacySpan) -> bool:
    """A name of capitalised words with a person's role in apposition or before it ('Adrian Edwards,
    spokesman for ...', 'Shamis, a UK-based opposition activist, said', 'DEA spokeswoman Violet
    Szeleczky', "Gadhafi's daughter, Ayesha,"): whatever NER said, a person."""
    head = ent.root.head
    return len(ent) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in ent) and (any(
        c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" and c.lemma_.lower() in person_nouns()
        and (c.dep_ == "appos" or c.i < ent.start) for c in ent.root.children)
        or ent.root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < ent.start
        and (head.lemma_.lower() in person_nouns() or head.lemma_.lower() in roles()["kin"]))


def _with_forenames(ent: SpacySpan) -> SpacySpan:
    """The entity with the capitalised proper nouns outside every entity right before it that are
    its compounds ('Ashour' before 'Shamis'), at most two."""
    start = ent.start
    while start > max(ent.start - 2, 0) and _loose_compound(ent.doc[start - 1], ent):
        start -= 1
    return _person(ent.doc, start, ent.end)


def _surname_left_out(ent: SpacySpan) -> bool:
    """The capitalised proper noun right after a person's name, outside every entity, is what the name
    hangs on as a compound: the rest of the name ('Col Qassem' + 'Saadeddine')."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.is_title and not after.ent_type_ \
        and ent.root.dep_ == "compound" and ent.root.head == after


def _loose_compound(tok: Token, ent: SpacySpan) -> bool:
    """A capitalised proper noun outside every entity that the parser hangs on the entity as a compound."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.dep_ == "compound" and tok.head in ent


def _person(doc: Doc, start: int, end: int) -> SpacySpan:
    return SpacySpan(doc, start, end, label="PERSON")


def _label(ent: SpacySpan, key: str) -> str:
    """The entity label, corrected by the gazetteers and the context."""
    label = NAME_LABELS[ent.label_]
    if label != "PERSON" and len(ent) > 1 and fold(ent[0].text).rstrip(".") in honorifics():
        return "PERSON"  # 'Mr Hague': NER and the gazetteer know The Hague; an honorific names a person
    if key in countries() or key in capitals():
        return "GPE"
    if label in ("PERSON", "ORG") and len(ent) == 1 and _place_context(ent) and is_place_name(key):
        return "GPE"
    if label != "PERSON" and (namer_of(ent.root) is not None or self_naming(ent.root) is not None):
        return "PERSON"  # 'a man who only gave his first name Abubakr', 'she said her name was X': a person's name
    if label in ("GPE", "LOC") and len(ent) == 1 and _speaks(ent.root) and _like_a_person(ent.root) \
            and not is_place_name(key):
        return "PERSON"  # 'Tareq, from Houston, says ...': no map knows the name, and it talks as people do
    if label in ("GPE", "LOC", "ORG") and _aged(ent) and not _place_context(ent):
        return "PERSON"  # '"...," Ramos, 58, told AFP': only people have an age set off after their name
    if label == "PERSON" and _called_an_organisation(ent):
        return "ORG"
    if label == "PERSON" and len(ent) > 1 and ent[-1].pos_ == "NOUN" and ent[-1].is_lower \
            and (ent[-1].lemma_ in roles()["org_heads"] or ent[-1].lemma_ in INSTITUTIONS):
        return "ORG"  # 'Obama administration', 'Putin government': a person's name, then the body it heads
    appositions = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end]
    if label in ("ORG", "GPE") and len(ent) == 1 and not is_place_name(key) and any(
            c.tag_ == "NN" and c.lemma_.lower() in person_nouns() or any(
                g.dep_ == "compound" and g.lemma_.lower() in person_nouns() for g in c.lefts) for c in appositions):
        return "PERSON"  # 'Choijamtsa, the head monk at the monastery,': a person, whatever NER took the name for
    if label == "PERSON" and key not in given_names() and _organisation_only(key):
        return "ORG"  # 'Twitter seemed unsure': the actor dictionary knows the name as an organisation's only
    if label == "PERSON" and len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in word_list("facility_nouns.txt"):
        return "LOC"  # 'Mitiga Airport', 'Tahrir Square': a name ending in what it names is no person's
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if label == "PERSON" and after is not None and after.lemma_.lower() in PLACE_NOUNS and ent.root.head == after \
            and ent.root.dep_ == "compound":
        return "GPE"  # 'past Nasr village': whatever the gazetteer knows, the noun it names is a place
    if label == "PERSON" and ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in PLACE_NOUNS \
            and is_place_name(key):
        return "GPE"  # 'the only other major town ..., Bani Walid': a place the gazetteer knows, set beside a place noun
    return label


def _called_an_organisation(ent: SpacySpan) -> bool:
    """What the name is a name of says it ('music magazine Billboard reported'), or the apposition after it
    ('Stratfor, a global intelligence company,')."""
    heads = roles()["org_heads"]
    return any(c.lemma_.lower() in heads and (c.dep_ == "compound" and c.i < ent.start
                                              or c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end)
               for c in ent.root.children)


INSTITUTIONS = {"administration", "government", "regime", "ministry", "cabinet", "junta", "army", "military",
                "police", "parliament", "congress", "senate", "court", "navy"}


def _organisation_only(key: str) -> bool:
    """The actor dictionary knows the name as an organisation's and not as a person's; not as a
    government's, which Phoenix also lists under its leader's name ('assad': the Syrian government)."""
    entry = lookup(key, ("org",))
    return entry is not None and lookup(key, ("person",)) is None and not names_a_person(key) \
        and not any("GOV" in code for code, *_ in entry.codes)


def names(doc: Doc, text: str) -> list[Mention]:
    """Name mentions from the entities; demonyms (NORP) and 'pro-X' adjectives are not actors."""
    found = []  # ``text`` is the doc's text, passed in: Doc.text rebuilds it from every token
    credits = _staff_credits(doc)
    for ent in _joined_people(doc):
        if _person_as_thing(ent) or _person_as_body(ent):
            ent = _person(doc, ent.start, ent.end)  # 'Lesley Cole was outside the court': NER said PRODUCT
        if ent.label_ not in NAME_LABELS or ent.text[:4].lower() in ("pro-", "anti") or _page_label(ent) \
                or _common_noun(ent) or _clock_zone(ent, text) or ent.start in credits:
            continue
        if _forename_before(ent):
            ent = _with_forenames(ent)  # 'Gavin Hamilton', 'Mehmet Y Yilmaz': NER took the surname for a place
        elif _forename_left_out(ent):
            ent = _person(doc, ent.start - 1, ent.end)  # 'Mohammed [Ali Abdallah]': NER split the name
        elif _surname_after(ent):
            ent = _person(doc, ent.start, ent.end + 1)  # '[Victoria] Nuland said': a given name taken for a place
        elif _maybe_person(ent) and (_person_by_role(ent) or namer_of(ent.root) is not None):
            ent = _with_forenames(ent)
        while ent.label_ == "PERSON" and _surname_left_out(ent):
            ent = _person(doc, ent.start, ent.end + 1)  # '[Col Qassem] Saadeddine': NER cut the name short
        # a verb, a label word or a conjunction ('[As Mubarak] spoke') NER took into the name
        while len(ent) > 1 and (ent[0].pos_ == "VERB" or ent.label_ == "PERSON"
                                and (_label_word(ent[0]) or ent[0].pos_ in ("SCONJ", "CCONJ"))):
            label = "PERSON" if fold(ent[1].text).rstrip(".") in titles() else ent.label_
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=label)
        while len(ent) > 1 and ent.label_ == "PERSON" and ent[-1].pos_ in ("VERB", "AUX") and ent[-1].is_lower:
            ent = _person(doc, ent.start, ent.end - 1)  # 'witness [Mohamed Ali said]': the tag's verb, run in
        if (case := _owner_run_in(ent)) is not None:
            ent = SpacySpan(doc, case.i + 1, ent.end, label=ent.label_)  # "Johns Hopkins' Muravchik": the owned name
        while ent.label_ == "PERSON" and len(ent) > 2 and _field_of_title(ent[0], ent):
            ent = _person(doc, ent.start + 1, ent.end)  # 'Professor of History Juan Cole': the title's field
        if ent.label_ == "PERSON" and _place_run_in(ent):
            ent = _person(doc, ent.start + 1, ent.end)  # 'in Misrata Gadhafi has vowed': a headline ran into the text
        while ent.label_ == "PERSON" and len(ent) > 2 and fold(ent[0].text) in agents() and ent[1].is_title:
            ent = _person(doc, ent.start + 1, ent.end)  # 'Lawyer Brian Panish' opening a sentence: a role, then the name
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].lemma_.lower() in roles()["org_heads"]:
            ent = SpacySpan(doc, ent.start + 1, ent.end, label="ORG")  # 'Broadcaster Sky News': a kind, then the name
        if ent.label_ == "PERSON" and len(ent) > 2 and fold(ent[-1].text) in demonyms() and ent.end < len(doc) \
                and doc[ent.end].is_lower:
            ent = _person(doc, ent.start, ent.end - 1)  # 'Malik al-Abdeh Syrian opposition spokesman': a signature line
        if ent.label_ == "PERSON" and len(ent) > 1 and _signature_tail(ent):
            ent = _person(doc, ent.start, ent.end - 1)  # 'End Quote Laila Morcos Unicef': the signer, then her agency
        start, end = _trimmed(text, ent.start_char, ent.end_char)
        surface = text[start:end]
        key = fold(surface)
        if not key or not any(ch.isupper() for ch in surface):
            continue
        label = _label(ent, key)
        if label == "PERSON" and _demonym_group(ent):
            label = "ORG"  # 'Bosnian Serbs', 'Iraqi Kurds': a people, not a person
        if label == "PERSON":
            key = person_key(surface)
        found.append(Mention(start, end, label, key, ent.root, text=surface))
    return _one_sense(_surnames_as_people(_run_together(doc, found)))


def _signature_tail(ent: SpacySpan) -> bool:
    """A signature ran the person into what follows the name (a BBC pull quote's 'End Quote Laila Morcos
    Unicef' or 'End Quote Samir Homs resident'): the last word alone is an organisation's name, or a place's
    with a role noun after it; the words before it end in a capitalised name and the whole is no one's name."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    agency = len(ent) > 2 and ent[-2].pos_ == "PROPN" and lookup(ent[-1].text, ("org",)) is not None \
        and lookup(ent[:-1].text, ("org",)) is None
    home = after is not None and after.is_lower and after.lemma_.lower() in person_nouns() \
        and is_place_name(fold(ent[-1].text))
    return (agency or home) and ent[-2].is_title and lookup(ent.text) is None


def _surnames_as_people(found: list[Mention]) -> list[Mention]:
    """'Luis Moreno-Ocampo ... Moreno-Ocampo said': a name NER took for an organisation that ends the
    full name of a person in the article (and names no known organisation) is that person's surname."""
    people = {m.key for m in found if m.label == "PERSON" and " " in m.key}
    for m in found:
        key = person_key(m.text) if m.label == "ORG" else ""
        if key and len(key.split()) <= 2 and lookup(m.key, ("org",)) is None \
                and any(p.endswith(" " + key) for p in people):
            m.label, m.key = "PERSON", key
    return found


def completed_names(doc: Doc, text: str, named: list[Mention]) -> list[Mention]:
    """The article's full names of people, found where NER missed them ('End Quote Fawaz Gerges Director
    of ...' after 'Fawaz Gerges') or cut them short ('[Brooksley] Born to say' before 'Brooksley Born'):
    the same capitalised words in a row, outside every other name, are that person again. The mentions,
    with the cut-short ones replaced."""
    full: dict[str, list[tuple[str, ...]]] = {}
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label == "PERSON" and span is not None and len(span) > 1:
            words = tuple(t.text for t in span)
            full.setdefault(words[0], []).append(words)
    if not full:
        return named
    owner = {t.i: m for m in named for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
    found, dropped = [], set()
    for tok in doc:
        for words in sorted(set(full.get(tok.text, ())), key=len, reverse=True):
            run = doc[tok.i:tok.i + len(words)]
            if tuple(t.text for t in run) != words or not all(t.is_title or not t.is_alpha for t in run):
                continue
            held = [owner[t.i] for t in run if t.i in owner]
            if len(held) == len(run) and len({id(m) for m in held}) == 1 or any(
                    m.label != "PERSON" or m.start < run.start_char or m.end > run.end_char for m in held):
                break  # this name found already, or another name's words
            dropped |= {id(m) for m in held}
            start, end = run.start_char, run.end_char
            found.append(Mention(start, end, "PERSON", person_key(text[start:end]), run[-1], text=text[start:end]))
            break
    return sorted([m for m in named if id(m) not in dropped] + found, key=lambda m: m.start)


def _run_together(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Two people's names that NER took for one, where a headline's bullets run together ('... says
    government spokesman Moussa Ibrahim Eman al-Obeidy is at home'): a person 'name' made of two names
    the article gives on their own is those two people."""
    people = {m.key for m in found if m.label == "PERSON"}
    out = []
    for m in found:
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.text)] if m.label == "PERSON" else []
        cut = next((k for k in range(2, len(words) - 1) if person_key(m.text[:words[k - 1][1]]) in people
                    and person_key(m.text[words[k][0]:]) in people), None)
        if cut is None:
            out.append(m)
            continue
        for lo, hi in ((0, words[cut - 1][1]), (words[cut][0], len(m.text))):
            part = m.text[lo:hi]
            head = doc.char_span(m.start + lo, m.start + hi, alignment_mode="expand").root
            out.append(Mention(m.start + lo, m.start + hi, "PERSON", person_key(part), head, text=part))
    return out


def _one_sense(found: list[Mention]) -> list[Mention]:
    """A name that is a place somewhere in the article ('the fighters in Douma', 'near Ras Lanuf') is
    that place in its other mentions too ('Douma is ours', 'Ras Lanuf fell'), where NER took it for a
    person; so is a name the article calls an organisation ('Stratfor, a global intelligence company,'
    ... 'the Stratfor statement'); unless it is the surname of someone named in full, or begins with a
    given name. A place's name of several words must be in the gazetteer."""
    places = {m.key for m in found if m.placed and (m.label == "GPE" and (" " not in m.text or is_place_name(m.key))
                                                     or m.label == "PERSON" and is_place_name(m.key))}
    organisations = {m.key for m in found if m.label == "ORG" and (span := m.span) is not None
                     and _called_an_organisation(span)}
    surnames = {surname(m.key) for m in found if m.label == "PERSON" and " " in m.text}
    for m in found:
        if m.label == "PERSON" and m.key not in surnames and m.key.split()[0] not in given_names():
            m.label = "GPE" if m.key in places else "ORG" if m.key in organisations else m.label
    return found


def _common_noun(ent: SpacySpan) -> bool:
    """A one-word 'person' with an indefinite article or 'one' ('a Syrian Kurd', 'an Alawite', 'one Briton'),
    or a demonym with any article ('the Briton said'), or a plural noun: a kind of person, which names no one (the
    demonym describes someone, as 'the Italian' does: ``coref._describe``)."""
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG"):
        return False
    if ent.label_ == "PERSON" and ent.root.tag_ == "NNS" and ent.root.lemma_ != ent.root.lower_:
        return True  # 'Citizens were setting up watches': a plural noun opening a sentence names no one
    articles = ("a", "an", "another", "every", "each", "one")
    if fold(ent.text) in demonyms():
        articles += ("the", "this", "that")  # NER's person or organisation
    elif ent.label_ != "PERSON":
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in articles for c in ent.root.children)


def _joined_people(doc: Doc) -> list[SpacySpan]:
    """The entities, with two person entities side by side joined when the first is a compound of
    the second ('Al-Baghdadi' + 'Ali Al-Mahmoudi': NER split one long name in two), and a given name
    NER split off as a place of its own (``_given_name_split_off``)."""
    out: list[SpacySpan] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if last is not None and (last.label_ == ent.label_ == "PERSON" and last.end == ent.start
                                 and last.root.dep_ == "compound" and last.root.head in ent
                                 or _given_name_split_off(last, ent)):
            out[-1] = _person(doc, last.start, ent.end)
        elif _given_name_left_out(ent):
            out.append(_person(doc, ent.start - 1, ent.end))
        elif _head_left_out(ent):
            out.append(SpacySpan(doc, ent.start, ent.end + 1, label=ent.label_))
        else:
            out.append(ent)
    return out


def _given_name_left_out(ent: SpacySpan) -> bool:
    """'said Manager of Public Relations Jodi [Einhorn]': NER left a known given name out and took the
    surname after it for a place or a body that no map knows; the two are a person's name."""
    if len(ent) != 1 or ent.label_ not in ("GPE", "LOC", "ORG") or ent.start == 0 or is_place_name(fold(ent.text)):
        return False
    first = ent.doc[ent.start - 1]
    return not first.ent_type_ and first.pos_ == "PROPN" and first.is_title and first.dep_ == "compound" \
        and first.head == ent.root and fold(first.text) in given_names()


def _head_left_out(ent: SpacySpan) -> bool:
    """'[Abu Musab] Wadud told ...': NER stopped one word short of a name, at the capitalised proper
    noun outside every entity that the whole entity is a compound of (not a role or a body's head word:
    'NATO Commander', 'Reuters Foundation')."""
    if ent.label_ not in ("PERSON", "ORG") or ent.end >= len(ent.doc) or not all(t.pos_ == "PROPN" for t in ent):
        return False
    head = ent.doc[ent.end]
    word = head.lower_
    return ent.root.dep_ == "compound" and ent.root.head == head and head.pos_ == "PROPN" and head.is_title \
        and not head.ent_type_ and head.dep_ in ("nsubj", "nsubjpass", "appos") and word not in titles() \
        and word not in person_nouns() and word not in agents() and word not in roles()["body_heads"] \
        and word not in roles()["org_heads"]


def _given_name_split_off(first: SpacySpan, second: SpacySpan) -> bool:
    """'spokeswoman [Victoria] [Nuland] said': NER made two places of one name; a known given name right
    before a one-word entity it is a compound of, after a person's role word, is that person's name."""
    if len(first) != 1 or len(second) != 1 or first.end != second.start or first.root.dep_ != "compound" \
            or first.root.head != second.root or fold(first.text) not in given_names():
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in person_nouns()
               for c in second.root.children)


def namesake(owners: set[str], full: list[Mention], longer: dict[str, str], at: int, head: Token) -> str | None:
    """Which of several people with one surname a bare surname at ``at`` (``head``) means: the only
    one of the honorific's sex ('Mrs Jackson'); else the one named in full more often than any other
    ('Wael Ghonim' three times, 'Hazzem Ghonim' once), unless the surname owns a relative ("Gadhafi's
    daughter" in a story about her: then the family's other one); on a tie, the only one of them
    named in full before it (the son who comes in at the end takes no earlier 'Gaddafi'); else the
    one named before the family's relative comes in (:func:`_head_of_family`); else None (after a
    father and a son named once each, a bare surname stays apart)."""
    title = fold(head.doc[head.i - 1].text).rstrip(".") if head.i else ""
    sex = next((s for s in ("female", "male") if title in titles() and title in roles()[s]), None)
    if sex is not None:  # 'Mrs Jackson' after Michael and Katherine Jackson: Katherine
        fitting = [o for o in owners if o.split()[0] in given_names(sex)]
        if len(fitting) == 1:
            return fitting[0]
    counts = Counter(longer.get(m.key, m.key) for m in full if longer.get(m.key, m.key) in owners)
    (first, n1), (second, n2) = counts.most_common(2)
    if n1 > n2:
        kin = head.dep_ == "poss" and head.head.lemma_.lower() in roles()["kin"]
        return second if kin and len(counts) == 2 else first
    earlier = {longer.get(m.key, m.key) for m in full if m.start < at} & {o for o, n in counts.items() if n == n1}
    if len(earlier) == 1:
        return next(iter(earlier))
    return _head_of_family(owners, full, longer, head)


def _head_of_family(owners: set[str], full: list[Mention], longer: dict[str, str], head: Token) -> str | None:
    """The bare surname of a family whose relative the article brings in ("Gadhafi's son" ... 'Saadi
    Gadhafi' ... '"...," Gadhafi said'): the one of them named in full before the first such relative;
    the relatives named after it go by their given names."""
    kin = next((t.idx for t in head.doc if t.lower_ == head.lower_ and t.dep_ == "poss"
                and t.head.lemma_.lower() in roles()["kin"]), None)
    if kin is None:
        return None
    before = {o for o in owners if min(m.start for m in full if longer.get(m.key, m.key) == o) < kin}
    return next(iter(before)) if len(before) == 1 else None


def missed_partners(doc: Doc, text: str, taken: set[int]) -> list[Mention]:
    """Known given names NER left out beside a person they are coordinated with ('Heather and
    George aren't the only tourists', where only George was found): people too."""
    found = []
    for tok in doc:
        partner = _partner(tok)
        if tok.idx not in taken and not tok.ent_type_ and tok.pos_ == "PROPN" and tok.is_title \
                and tok.lower_ in given_names() and partner is not None and partner.ent_type_ == "PERSON":
            found.append(Mention(tok.idx, tok.idx + len(tok), "PERSON", fold(tok.text), tok, text=tok.text))
    return found


def first_name_set_off(tok: Token) -> bool:
    """'Sara, whose full name has been withheld, said ...', 'Ahmed, 24, said ...': a first name opening
    a sentence, followed by a comma and a clause or an age about the person."""
    if not (tok.is_sent_start and tok.pos_ == "PROPN" and tok.is_title and fold(tok.text) in given_names()) \
            or tok.i + 2 >= len(tok.doc) or tok.nbor(1).text != ",":
        return False
    after = tok.nbor(2)
    return after.lower_ in ("who", "whose") or after.like_num and tok.i + 3 < len(tok.doc) and tok.nbor(3).text == ","


def given_name(tok: Token) -> Token | None:
    """The name a clause on a noun for a person gives that person ('a rebel called Mohammed', 'the
    resident, who gave only his first name, Mohammed', 'the spokesman, who wanted to be identified only
    as "Mohammed"', 'an eyewitness, by the name of Ali'): the head of that name, or None."""
    if tok.lower_ == "one" and tok.pos_ == "NUM":  # 'one of the women who gave her name as Umm Ismail'
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    word = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not someone_noun(word):
        return None
    if (name := _by_the_name_of(tok)) is not None:
        return name
    naming = roles()["naming_words"]
    for clause in tok.children:
        if clause.dep_ in ("acl", "relcl") and any(t.lemma_.lower() in naming for t in clause.subtree):
            # not a people the clause compares them with ('who, like most Syrians, did not want to be identified')
            return next((t for t in clause.subtree if t.pos_ == "PROPN" and t.is_title and t.ent_type_ != "NORP"
                         and (t.dep_ in ("oprd", "appos", "dobj", "attr") or t.dep_ == "pobj" and t.head.lower_ != "like"
                              or t.nbor(-1).lower_ == "as")), None)
    return None


def first_name_only(head: Token) -> bool:
    """'said Ahmed, who would not give his last name' / 'who gave only his first name': the name is a
    given name the article leaves alone, so it is nobody's surname."""
    for clause in (c for c in head.children if c.dep_ in ("relcl", "acl")):
        words = [t.lower_ for t in clause.subtree]
        pairs = set(zip(words, words[1:]))
        if {("last", "name"), ("family", "name"), ("full", "name"), ("first", "name")} & pairs or "surname" in words:
            return True
    return False


def _by_the_name_of(tok: Token) -> Token | None:
    """'a resident by the name of Omar Khaled', wherever the parser hung the phrase (on the noun, or on
    the verb as a second agent): the name's head."""
    doc, at = tok.doc, tok.i + 1
    at += at < len(doc) and doc[at].text == ","
    words = doc[at:at + 4]
    if [t.lower_ for t in words] != ["by", "the", "name", "of"]:
        return None
    return next((t for t in words[-1].children if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.is_title), None)


def namer_of(tok: Token) -> Token | None:
    """The person noun that gives the token as its name (see ``given_name``): 'rebel' for 'Mohammed'
    in 'a rebel called Mohammed', 'eyewitness' in 'another eyewitness, by the name of Ali'."""
    clause = next((a for a in tok.ancestors if a.dep_ in ("acl", "relcl")), None)
    if clause is not None and given_name(clause.head) == tok:
        return clause.head
    by = next((a for a in tok.ancestors if a.lower_ == "by"), None)
    if by is None or by.i < 1:
        return None
    noun = tok.doc[by.i - 1 - (by.i > 1 and tok.doc[by.i - 1].text == ",")]
    return noun if given_name(noun) == tok else None


def self_naming(tok: Token) -> Token | None:
    """The pronoun the token's clause names with it: 'her' in 'she said her name was Salma Qadri' (and
    'His name, he says, is X'), 'his' in 'he gave his name as Ahmed', 'him' in 'reporters are calling him Jamal'."""
    head, name = tok.head, None
    if tok.dep_ == "attr" and head.lemma_ == "be":
        name = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() == "name"), None)
    elif tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "give":
        name = next((c for c in head.head.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"), None)
    elif tok.dep_ == "oprd" and head.lemma_.lower() == "call":
        return next((c for c in head.children if c.dep_ == "dobj" and c.lower_ in ("him", "her")), None)
    return next((c for c in name.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None) if name else None


def missed_given_names(doc: Doc, text: str, taken: set[int]) -> list[Mention]:
    """Names NER left out that a clause gives a person ('said the spokesman, who wanted to be
    identified only as "Mohammed"'), a first name set off at a sentence's start ('Sara, whose full
    name has been withheld, said ...') or a full name in apposition after a title: people."""
    found = []
    for tok in doc:
        name = given_name(tok) or (tok if first_name_set_off(tok) or _full_name_in_apposition(tok) else None)
        if name is None or name.idx in taken:
            continue
        first = min([name, *(c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda t: t.i)
        start, end = first.idx, name.idx + len(name)
        found.append(Mention(start, end, "PERSON", person_key(text[start:end]), name, text=text[start:end]))
    return found


def _full_name_in_apposition(tok: Token) -> bool:
    """'said Manager of Public Relations Jodi Einhorn': a known given name and a surname, which NER left
    out, set in apposition after a title: a person's name."""
    first = next((c for c in tok.lefts if c.dep_ == "compound"), None)
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ \
        and first is not None and first.i == tok.i - 1 and first.pos_ == "PROPN" and first.is_title \
        and not first.ent_type_ and fold(first.text) in given_names() and not is_place_name(fold(tok.text))


def missed_surnames(doc: Doc, text: str, named: list[Mention], taken: set[int]) -> list[Mention]:
    """Bare surnames NER left out ('Ghani said ...' after 'Ashraf Ghani'): a proper noun outside every
    entity that is the surname of one full name in the article, or of several when ``namesake`` can tell,
    or the first name a person goes by elsewhere ('Heather, 23, watched ...' before 'Heather and George')."""
    full_mentions = [m for m in named if m.label == "PERSON" and " " in m.key]  # 'le pen' too: its 'Pen' may be missed
    longer = fuller_names({m.key for m in full_mentions})
    owners: dict[str, set[str]] = {}
    for m in full_mentions:
        owners.setdefault(surname(m.key), set()).add(longer.get(m.key, m.key))
    # a person known by one name alone that NER found once and missed elsewhere: a given name ('Heather')
    # anywhere, another word only with an age, which only people have ('Five-year-old Malaak is having a bad
    # day'): NER's one-word persons are also towns and parties ('captured Gwoza', 'Labour accused')
    alone = {m.key for m in named if m.label == "PERSON" and " " not in m.key and m.key not in owners}
    owners.update((key, {key}) for key in alone)
    found = []
    for tok in doc:
        key = fold(tok.text)
        mine = owners.get(key, set())
        if key in alone and key not in given_names() and not any(is_age(c) for c in tok.children):
            continue
        if (tok.pos_ == "PROPN" or _surname_as_noun(tok)) and tok.idx not in taken and name_cased(tok) and mine \
                and (len(mine) == 1 or namesake(mine, full_mentions, longer, tok.idx, tok) is not None) \
                and (tok.dep_ in AGENTIVE or tok.dep_ == "pobj" and tok.head.lower_ not in LOCATIVE):  # not 'Nasr village'
            found.append(Mention(tok.idx, tok.idx + len(tok), "PERSON", fold(tok.text), tok, text=tok.text))
    return found


def in_apposition(token: Token) -> bool:
    """The token stands beside its head as an apposition, with no quotation mark between them: the
    parser may hang '"... groom Sheikh Nasser," a diplomat said' on the name inside the quote."""
    lo, hi = sorted((token.i, token.head.i))
    return token.dep_ == "appos" and not any(t.is_quote for t in token.doc[lo + 1:hi])


def name_cased(token: Token) -> bool:
    """Written as a name is: 'Smith', and the surnames with a capital inside ('ElBaradei', 'McCain') that
    spaCy's ``is_title`` refuses; not an acronym ('CNN') nor a lower-case word."""
    text = token.text
    return token.is_title or text[:1].isupper() and token.is_alpha and not text.isupper()


def is_age(token: Token) -> bool:
    """'the 23-year-old', 'Five-year-old Malaak': an age, which stands for a person."""
    return token.lower_ == "old" and any(c.lemma_ == "year" for c in token.children)


def missed_speakers(doc: Doc, text: str, taken: set[int]) -> list[Mention]:
    """Names NER left out that speak ('"...," Husted said', 'said O'Donnell'): a capitalised proper noun
    outside every entity that is the subject of a speech verb is a person; so is a capitalised noun
    with no determiner right after a closing quotation mark (the tagger's guess for a rare surname)."""
    found = []
    for tok in doc:
        if tok.idx in taken or not name_cased(tok) or tok.dep_ != "nsubj" \
                or tok.head.lemma_.lower() not in speech_verbs() \
                or tok.lower_ in _INDEFINITE or not (tok.pos_ == "PROPN" or _named_after_quote(tok)):
            continue
        first = min([tok, *(c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title)], key=lambda t: t.i)
        if any(t.idx in taken for t in doc[first.i:tok.i]) or not _could_be_surname(first, tok) or _page_label(tok) \
                or _role_word(tok) or _determined(tok):
            continue
        while first.i < tok.i and fold(first.text).rstrip(".") in titles():
            first = doc[first.i + 1]  # 'Mr Ladsous': the honorific is no part of the name
        start, end = first.idx, tok.idx + len(tok)
        found.append(Mention(start, end, "PERSON", person_key(text[start:end]), tok, text=text[start:end]))
    return found


def missed_organisations(doc: Doc, text: str, taken: set[int]) -> list[Mention]:
    """Names NER left out that an organisation's kind introduces as a speaker ('JBC consultancy said', 'said
    political risk consultancy Stratfor'): the capitalised proper nouns in front of, or set beside, a subject
    of a speech verb that is a noun for an organisation (``org_heads``)."""
    found = []
    for kind in doc:
        if kind.dep_ != "nsubj" or kind.pos_ != "NOUN" or kind.lemma_.lower() not in roles()["org_heads"] \
                or kind.head.lemma_.lower() not in speech_verbs():
            continue
        for name in (c for c in kind.children if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN"):
            run = [t for t in name.subtree if t.pos_ == "PROPN" and (t is name or t.dep_ == "compound")]
            if any(t.idx in taken or not t.text[:1].isupper() for t in run):
                continue
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            found.append(Mention(start, end, "ORG", fold(text[start:end]), name, text=text[start:end]))
    return found


def _determined(tok: Token) -> bool:
    """'An American told us', 'the first Arab says', 'one Briton said': a word with a determiner or a
    number before it is a kind of person, not a name."""
    return any(c.dep_ in ("det", "nummod", "predet") or c.ent_type_ == "ORDINAL" for c in tok.lefts)


def _role_word(tok: Token) -> bool:
    """'asks Fortune Managing Editor Andy Serwer', parsed with 'Editor' as the subject: a role, alone or
    as the end of a role phrase ('managing editor'), is no one's name."""
    word = fold(tok.text)
    return word in person_nouns() or word in titles() \
        or _role_phrase(tok.doc[max(tok.i - 3, 0):tok.i + 1], tok)[1] is not None


_SIGNATURE = re.compile("[\"\u201d][ \u00a0]*\n?[-\u2015\u2014\u2013]{1,2} ")


def missed_signers(doc: Doc, text: str, taken: set[int]) -> list[Mention]:
    """Names NER left out that sign a quote ('"We are elated ..." / - Jane Roe, the victim's cousin'):
    two to four capitalised proper nouns right after the dash that follows a closing quotation mark."""
    found = []
    for sign in _SIGNATURE.finditer(text):
        span = doc.char_span(sign.end(), min(len(text), sign.end() + 60), alignment_mode="expand")
        run = []
        for tok in span or ():
            if tok.pos_ != "PROPN" or not tok.is_title or tok.idx in taken:
                break
            run.append(tok)
        words = [fold(t.text) for t in run]
        if 2 <= len(run) <= 4 and not any(w in titles() or w in _CALENDAR or w in countries() for w in words):
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            found.append(Mention(start, end, "PERSON", person_key(text[start:end]), run[-1], text=text[start:end]))
    return found


def _could_be_surname(first: Token, last: Token) -> bool:
    """Not a word capitalised only by its place ('Brutal', 'Diplomats' opening a sentence), a plural
    ('Republicans', 'Europeans'), a title ('the Chancellor'), a day or month, or a place name ('Northern Syria').
    After an honorific ('Mr Ladsous') the word is a name even where it opens the sentence."""
    prev = first.nbor(-1) if first.i else None
    opens = prev is None or not prev.is_quote and (first.is_sent_start or prev.is_sent_start and prev.is_punct)
    words = [fold(t.text).rstrip(".") for t in first.doc[first.i:last.i + 1]]
    titled = len(words) > 1 and words[0] in titles()  # 'Mr Ladsous told': a name wherever it stands
    while len(words) > 1 and words[0] in titles():
        words = words[1:]
    return (titled or not opens) and last.tag_ not in ("NNPS", "NNS") and not any(
        w in titles() or w in _CALENDAR or w in countries() or w in capitals() for w in words)


def _surname_as_noun(tok: Token) -> bool:
    """A known surname the tagger took for a common noun where it opens a sentence as a bare
    subject ('Gerges said the Middle East ...' after 'Fawaz Gerges', 'Root is still trying to absorb
    ...' after 'Tik Root')."""
    return tok.pos_ == "NOUN" and tok.is_sent_start and tok.dep_ == "nsubj" \
        and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _owner_run_in(ent: SpacySpan) -> Token | None:
    """The possessive ending of an owner NER ran into the name it owns ("Johns Hopkins' Muravchik"),
    unless the owned word names a kind of organisation ("The Friends' Group") or the owner is a
    plural common word capitalised in a name ("the People's Daily")."""
    if ent.root.pos_ != "PROPN" or ent.root.lemma_.lower() in roles()["org_heads"]:
        return None
    return next((t for t in ent[1:-1] if t.dep_ == "case" and t.head.dep_ == "poss" and t.head.head == ent.root
                 and t.head.tag_ != "NNPS"), None)


def _field_of_title(tok: Token, ent: SpacySpan) -> bool:
    """The entity's first word is the object of a preposition before it ('Professor of [History Juan
    Cole]', 'Minister of [Defence Ali Haddad]'): it closes the title, it does not open the name."""
    return tok.dep_ == "pobj" and tok.head.i == ent.start - 1 and tok.head.pos_ == "ADP" \
        and tok.head.head.i < ent.start and not any(c.i >= ent.start for c in tok.children)


def _forename_before(ent: SpacySpan) -> bool:
    """A one-word place name ('Hamilton') with a capitalised proper noun outside every entity as its
    compound right before it ('Gavin Hamilton'): the tagger split a person's name."""
    if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    return _loose_compound(before, ent) and fold(ent.text) not in countries() and fold(before.text) not in _DIRECTIONS \
        and fold(before.text) not in countries() and fold(before.text) not in capitals()


def _surname_after(ent: SpacySpan) -> bool:
    """A one-word place name that is also a given name ('Victoria') right before a capitalised proper
    noun outside every entity that it is a compound of ('Victoria Nuland'): a person's name."""
    if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or ent.end >= len(ent.doc):
        return False
    after = ent.doc[ent.end]
    return fold(ent.text) in given_names() and after.pos_ == "PROPN" and after.is_title and not after.ent_type_ \
        and ent[0].dep_ == "compound" and ent[0].head == after and fold(after.text) not in countries()


def _place_run_in(ent: SpacySpan) -> bool:
    """A person 'name' that starts with a city after 'in'/'at'/'from' ('in Misrata Gadhafi has vowed'):
    the place ends one phrase and the surname starts the next."""
    first = ent[0]
    if len(ent) < 2 or not ent.start or ent.doc[ent.start - 1].lower_ not in LOCATIVE or first.lower_ in given_names():
        return False
    key = fold(first.text)
    return key in countries() or key in capitals() or is_city(key)


@lru_cache(maxsize=1)
def _clock() -> re.Pattern:
    return re.compile(time_parts()["CLOCK"])


def _clock_zone(ent: SpacySpan, text: str) -> bool:
    """A time zone after a clock time ('Updated at 11:20 a.m. ET'), which NER may take for a name."""
    before = text[max(0, ent.start_char - 24):ent.end_char]
    return any(m.end() == len(before) and m.start() < len(before) - len(ent.text) for m in _clock().finditer(before))


def _page_label(name: SpacySpan | Token) -> bool:
    """A name that opens a web page's label or furniture line ('Gallery: Protesters on streets',
    'Page last updated at 08:58 GMT')."""
    first = name.start if isinstance(name, SpacySpan) else name.i
    ahead = "".join(t.text_with_ws for t in name.doc[first:first + 4]).lower()
    return any(ahead.startswith(phrase) for phrase in word_list("page_labels.txt"))


def _staff_credits(doc: Doc) -> set[int]:
    """The token indices of the page's staff credits ('CNN's ... Helena Hong contributed to this report',
    '(Reporting by ...; Editing by ...)'): names there are the outlet's staff, whose surnames are not the
    story's people's. Each sentence is read once, not once per name in it."""
    phrases = word_list("staff_credits.txt")
    credited = (sent for sent in doc.sents if (low := sent.text.lower()) and any(p in low for p in phrases))
    return {i for sent in credited for i in range(sent.start, sent.end)}


def _label_word(tok: Token) -> bool:
    """A one-word page label ('Watch', 'Video') run into a person's name after it: 'Watch Kholood
    and Qotayba tell their stories' (a caption's verb, like 'Introducing Mr Miliband')."""
    return fold(tok.text) + ":" in word_list("page_labels.txt")


def _two_or_three_names(ent: SpacySpan) -> bool:
    """Two or three capitalised proper nouns: the shape of a person's name."""
    return 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent)


def _person_as_thing(ent: SpacySpan) -> bool:
    """Two or three capitalised proper nouns that NER took for a product, a work or an event, acting
    in the sentence as people do, that open with a known given name ('Lesley Cole was outside') or
    speak ('..." Saadi Gaddafi said'); or that a person's role word describes ('blogger Ramy Raoof')."""
    if ent.label_ not in _THING_LABELS or not _two_or_three_names(ent):
        return False
    if any(c.dep_ in ("amod", "compound") and c.pos_ == "NOUN" and c.i < ent.start
           and someone_noun(c.lemma_.lower()) for c in ent.root.children):
        return True
    return ent.root.dep_ in AGENTIVE and (ent[0].lower_ in given_names() or _speaks(ent.root))


def _person_as_body(ent: SpacySpan) -> bool:
    """Two or three capitalised proper nouns NER took for an organisation or a place that open with a
    known given name, acting in the sentence as people do ('Christiane Amanpour asked', 'Samantha Power
    said'), where no gazetteer knows the name and its last word is no body's or building's ('Noor Group',
    'Johnson Space Center', 'Jonas Brothers')."""
    if ent.label_ not in ("ORG", "GPE", "LOC") or ent.root.dep_ not in AGENTIVE or ent[0].lower_ not in given_names() \
            or not _two_or_three_names(ent) or not all(t.is_alpha for t in ent):
        return False
    key, last = fold(ent.text), ent[-1].lower_
    return ent[-1].tag_ != "NNPS" and lookup(key, ("org", "country")) is None and not is_place_name(key) \
        and last not in word_list("facility_nouns.txt") and last not in roles()["org_heads"] \
        and last not in roles()["body_heads"] and last not in INSTITUTIONS


def _forename_left_out(ent: SpacySpan) -> bool:
    """A person entity right after a known given name outside every entity that is its compound:
    NER cut the first name off ('Mohammed' before 'Ali Abdallah'); or after any name word that follows
    the person's role, a common noun compound of the name too ('lobbyist Randa [Fahmy Hudome]'); or an initial
    ('B [Paul Hoover]')."""
    if ent.label_ != "PERSON" or not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    role = ent.doc[before.i - 1] if before.i else None
    initial = len(before.text.rstrip(".")) == 1
    return _loose_compound(before, ent) and (before.lower_ in given_names() or initial or role is not None
                                             and role.pos_ == "NOUN" and role.is_lower and role.dep_ == "compound"
                                             and role.head in ent)


def _named_after_quote(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].is_quote and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1] == tok.head and not any(c.dep_ == "det" for c in tok.children)


def _demonym_group(ent: SpacySpan) -> bool:
    """A 'name' of a demonym and a plural ('Bosnian Serbs'), or a family's name in the plural ('the
    Lacys', tagged as a plural or written elsewhere without its 's'), which NER takes for a person."""
    word = ent[0].text
    if len(ent) == 1 and ent.start and ent.doc[ent.start - 1].lower_ == "the" and word.endswith("s") \
            and (ent[0].tag_ == "NNPS" or any(t.text == word[:-1] for t in ent.doc)):
        return True
    return len(ent) >= 2 and fold(ent[0].text) in demonyms() and ent[-1].tag_ == "NNPS"


def _against(tokens) -> bool:
    return any(t.lower_ in ("anti", "pro", "anti-", "pro-") or t.lower_.startswith(("anti-", "pro-")) for t in tokens)


def modifier_country(head: Token) -> str | None:
    """The country a phrase's modifiers name: 'Syrian army', 'Russia's president', 'US troops',
    'Sri Lankan army', 'French and Egyptian warships' (not 'anti-Syria journalist')."""
    doc = head.doc
    for child in head.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < head.i:
            if _against(doc[max(child.i - 2, 0):child.i]):  # 'Anti - Syria', 'anti-Syria'
                continue
            iso = country_words().get(fold(child.text))
            if iso:
                return iso
            tokens = [t for t in child.subtree if t.i < head.i]
            if not _against(tokens):
                iso = country_word_at(tokens)
                if iso:
                    return iso
    return None


def title_country(m: Mention) -> tuple[str | None, str | None]:
    """Country and sector a person's title says, when the name is preceded by one in its own phrase:
    'Russian President Boris Yeltsin', 'U.S. Secretary of State Warren Christopher'."""
    before = [t for t in m.head.subtree if t.idx < m.start]
    person_heads = roles()["person_heads"]
    titles = [t for t in before if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in person_heads or t.lemma_.lower() in agents())]
    if not titles or _against(before):
        return None, None
    iso = country_word_at(before)
    return (iso, _role_phrase(before[:before.index(titles[-1]) + 1], titles[-1])[1]) if iso else (None, None)


def _role_phrase(tokens: SpacySpan, head: Token) -> tuple[str, str | None]:
    """The longest role phrase ending in the head: ('anti government force', 'REB'), ('army', 'MIL')."""
    lemma = head.lemma_.lower()
    words = fold(" ".join(t.text for t in tokens if t.i < head.i and t.dep_ not in ("det", "poss", "case"))).split()
    for i in range(max(len(words) - 3, 0), len(words)):
        phrase = " ".join(words[i:] + [lemma])
        if phrase in agents():
            return phrase, agents()[phrase]
    return lemma, agents().get(lemma)


def of_country(head: Token) -> str | None:
    """The country a body is 'of': 'the government of Sindh province', 'the army of Iraq'."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            iso = country_word_at([t for t in pobj.subtree if t.i <= pobj.i])
            if iso:
                return iso
    return None


def country_of(head: Token) -> str | None:
    """A country-modified noun (cheap check first): 'Iraqi' in 'Iraqi police'."""
    return modifier_country(head) if any(c.i < head.i for c in head.children) else None


def _apposed_to_name(head: Token) -> bool:
    """A person's role set beside a name: 'Ahmed Bani, an opposition spokesman', 'a spokesman, Ahmed Bani'."""
    return head.lemma_.lower() in roles()["person_heads"] and (
        head.dep_ == "appos" and head.head.ent_type_ == "PERSON"
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children))


def descriptions(doc: Doc, text: str, taken: set[int]) -> list[Mention]:
    """Noun phrases headed by a role word, outside the names already found (possessives too:
    'the Syrian government's assertion' describes the Syrian government)."""
    person_heads, body_heads = set(roles()["person_heads"]), set(roles()["body_heads"])
    found = []
    for head in doc:
        lemma = head.lemma_.lower()
        if not (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower) or head.idx in taken:
            continue
        countried = lemma not in person_heads and lemma not in body_heads
        if countried and not country_of(head):
            continue
        left = head.left_edge.i
        cut = next((t.i for t in reversed(doc[left:head.i]) if t.is_punct and (t.whitespace_ or t.text == "(")), None)
        # not over a person's name the parser hung on it ('... End Quote Malik al-Abdeh Syrian journalist')
        cut = max([c for c in [cut, *(t.i for t in doc[left:head.i] if t.idx in taken and t.ent_type_ == "PERSON")]
                   if c is not None], default=None)
        tokens = doc[(cut + 1) if cut is not None else left: head.i + 1]
        if countried and not _role_phrase(tokens, head)[1]:
            continue
        if tokens[0].lower_ in _INDEFINITE and not country_of(head) and not _apposed_to_name(head):
            continue  # 'a spokesman' brings in someone unnamed; 'Ahmed Bani, an opposition spokesman' is Bani's role
        start, end = _trimmed(text, tokens.start_char, tokens.end_char)
        phrase, sector = _role_phrase(tokens, head)
        country = modifier_country(head) or (of_country(head) if lemma in body_heads else None)
        if country and sector and (tokens[0].lower_ in _INDEFINITE or head.tag_ == "NNS" or lemma not in person_heads):
            # a described, unnamed body whose country the phrase gives: 'Chilean government officials',
            # 'a Russian official', 'Afghan guerillas', 'French and Egyptian warships'
            found.append(Mention(start, end, "BODY", phrase, head, country, sector, text[start:end]))
        elif phrase in person_heads or lemma in person_heads:
            if head.tag_ == "NN":
                found.append(Mention(start, end, "ROLE", fold(text[start:end]), head, country, sector, text[start:end]))
        elif sector:
            definite = tokens[0].lower_ in ("the", "these", "those") or country or tokens[0].dep_ == "poss"
            if definite or head.tag_ == "NNS":
                found.append(Mention(start, end, "BODY", phrase, head, country, sector, text[start:end]))
    return found
