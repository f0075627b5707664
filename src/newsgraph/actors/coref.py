"""Resolving a pronoun or a description to an actor, for speakers and event arguments.

Salience in the spirit of Lappin & Leass (1994): candidates are the actors mentioned in the
last few sentences, scored by recency, a subject mention, and being the subject of a
speech verb (the speaker of the previous quote); they must agree in number and, where
known, gender. A definite description ('the ministry', 'the Russian president') takes the
latest actor with that role word or that sector (and country). No agreeing candidate: None.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple

from spacy.tokens import Token

from ..document import NewsDoc
from ..paragraphs import headline_of
from .groups import group_mentions
from .lexicon import (agents, cue_lemma, demonyms, number_words, person_nouns, roles, someone_noun, speech_relations,
                      speech_verbs)
from .mentions import (INSTITUTIONS, PLACE_ENTITIES, first_name_set_off, given_name, in_apposition, is_age,
                       modifier_country, namer_of, self_naming)
from .names import fold, given_names, surname

WINDOW_SENTENCES = 8
_ELITES = "ELI"  # Phoenix's sector for prominent people of no one body: any sector word may describe them
CATAPHORA_SENTENCES = 2  # sentences after a description that names no one before it where its name may come
MAX_CANDIDATES = 60
CLEAR_MARGIN = 1.5
SINGULAR = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}


@dataclass(frozen=True)
class _Seen:
    start: int
    actor: str
    unit: int  # the mention's sentence or line (:func:`_units`)
    subject: bool
    speaker: bool
    quoted: bool
    leads: bool  # the subject of its sentence's main verb


class _Index(NamedTuple):
    starts: list[int]  # the mentions' offsets, in order
    seen: list[_Seen]
    info: dict[str, dict]  # actor id -> what agreement and descriptions look at
    quoted: tuple[list[int], list[int]]  # :func:`_quoted_ranges`
    units: list[int]  # :func:`_units`
    told: list[int]  # :func:`_told`


def _index(nd: NewsDoc) -> _Index:
    """Mentions sorted by offset with their sentence and role, rebuilt when the actors change."""
    stamp = (len(nd.actors), len(nd._mention_starts))
    cached = nd.doc.user_data.get("newsgraph.coref")
    if cached and cached[0] == stamp:
        return cached[1]
    cues = speech_verbs()
    quoted, units, told = _layout(nd)
    seen = []
    titled: dict[str, set[str]] = {}  # actor -> role words right before its mentions ('Senator Paul Grant')
    for start, end, actor in sorted([*((s, e, a) for s, (e, a) in nd._mention_starts.items()), *group_mentions(nd)]):
        span = nd.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        if _byline(span) or headline_of(head):
            continue
        titled.setdefault(actor, set()).update(_title_words(span))
        verb = _governing_verb(head)
        noun = namer_of(head)
        if verb is None and noun is not None:
            verb = _governing_verb(noun)  # 'corroborated by another eyewitness, by the name of Ali': as the noun
        subject = verb is not None and not _asked(head, quoted)
        speaker = subject and verb.lemma_.lower() in cues and _active(head, verb) and not _acts(verb)
        # a name the article sets in marks for the noun it names ('identified only as "Adam"') is not quoted speech
        in_quote = _inside(quoted, start) and noun is None
        seen.append(_Seen(start, actor, units[head.i], subject or _owns_subject(head), speaker, in_quote,
                          subject and _leads(verb, units)))
        if (owner := _named_owner(nd, span, actor)) is not None:  # "Gadhafi's forces": Gadhafi is named there too
            seen.append(_Seen(start, owner, units[head.i], False, False, _inside(quoted, start), False))
    info = {a.id: {"type": a.type, "members": len(a.members), "gender": _gender(nd, a), "sector": a.sector,
                   "country": a.country,
                   "words": _spelled_out({fold(w) for t in [a.name, *a.roles] for w in t.split()}
                                         | titled.get(a.id, set())),
                   "surname": {surname(fold(a.name))} if a.type == "PERSON" else set(),
                   "titles": _titles(a, titled.get(a.id, set()))} for a in nd.actors}
    value = _Index([s.start for s in seen], seen, info, quoted, units, told)
    nd.doc.user_data["newsgraph.coref"] = (stamp, value)
    return value


def _asked(head: Token, quoted: tuple[list[int], list[int]]) -> bool:
    """The mention is in a question the writer asks ('Should Obama take Egypt "behind scenes"?', a link's
    headline run into the text): no one the story goes on about."""
    return not _inside(quoted, head.idx) and _question(head.sent, quoted)


def _question(sent, quoted: tuple[list[int], list[int]]) -> bool:
    """The sentence ends on a question mark outside quotation marks."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?" and not _inside(quoted, last.idx)


def _named_owner(nd: NewsDoc, span, actor: str) -> str | None:
    """The person whose surname opens another actor's mention as its owner ("Gadhafi's forces", a mention
    of the army): named there too, for the descriptions after it ('the 68-year-old leader warned'). Of
    several with that surname, the one named most, if one is."""
    first = span[0]
    if first.pos_ != "PROPN" or first == span.root or not any(c.dep_ == "case" for c in first.children):
        return None
    owners = sorted(((len(a.mentions), a.id) for a in nd.actors if a.type == "PERSON" and a.id != actor
                     and surname(fold(a.name)) == fold(first.text)), reverse=True)
    return owners[0][1] if owners and (len(owners) == 1 or owners[0][0] > owners[1][0]) else None


def _layout(nd: NewsDoc) -> tuple:
    """The quoted ranges, :func:`_units` and :func:`_told` of the text, which do not change as actors are found."""
    cached = nd.doc.user_data.get("newsgraph.layout")
    if cached is None:
        quoted = _quoted_ranges(nd.text)
        units = _units(nd.doc)
        cached = nd.doc.user_data["newsgraph.layout"] = (quoted, units, _told(nd.doc, units, quoted))
    return cached


def _spelled_out(words: set[str]) -> set[str]:
    """The words with each abbreviated rank also written out ('gen.' -> 'general'), as a later
    description writes it ('Gen Mood' ... 'the Norwegian general')."""
    ranks = roles()["rank_abbreviations"]
    return words | {ranks[w.rstrip(".")] for w in words if w.rstrip(".") in ranks}


def _byline(span) -> bool:
    """'By Jonathan Marcus, BBC Diplomatic Correspondent' opening a line: the writer, who is never the
    'he' of the story."""
    doc = span.doc
    by = doc[span.start - 1] if span.start else None
    return by is not None and by.lower_ == "by" and (by.i == 0 or "\n" in doc[by.i - 1].text or doc[by.i - 1].is_space)


def _units(doc) -> list[int]:
    """Each token's sentence number, a line break also starting a new one: the parser sometimes runs
    two lines together ('He added, "..." / Gadhafi reacted with derision.'), but a new line is a new
    sentence or paragraph in news copy, and distance is counted in those. A sentence the parser
    opens with the closing mark of the line before starts at its first word."""
    units, n, pending = [], -1, True
    for tok in doc:
        pending = pending or tok.is_sent_start or "\n" in tok.text
        if pending and not (tok.is_space or tok.is_punct):
            n, pending = n + 1, False
        units.append(max(n, 0))
    return units


def _told(doc, units: list[int], quoted) -> list[int]:
    """For each unit (:func:`_units`), how many units up to it are told by the writer: a line wholly
    inside quotation marks is someone's words, and a link's headline run into a quote's line
    (:func:`~newsgraph.paragraphs.headline_of`) or a question the writer asks (:func:`_question`, most often
    a link too) no one's: none puts the people named before it further from a pronoun in the writer's
    own words."""
    spoken = [True] * (units[-1] + 1 if units else 0)
    for sent in doc.sents:
        if _question(sent, quoted):
            continue  # its words outside quotation marks are the writer's question; inside, someone's
        for tok in sent:
            if not (tok.is_space or tok.is_punct) and not _inside(quoted, tok.idx) and not headline_of(tok):
                spoken[units[tok.i]] = False
    told, n = [], 0
    for whole in spoken:
        n += not whole
        told.append(n)
    return told


def _title_words(span) -> set[str]:
    """The role words right before a name that modify it ('Senator Paul Grant', 'U.N.
    Secretary-General Ban Ki-moon', where the parser hangs the title on the first name)."""
    doc, words = span.doc, set()
    for tok in reversed(doc[max(0, span.start - 6):span.start]):
        if tok.dep_ not in ("compound", "punct") or not tok.i < tok.head.i < span.end or "\n" in tok.text_with_ws:
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            words.add(tok.lemma_.lower())
    return words


def _titles(actor, titled: set[str]) -> set[str]:
    """Words that name what an actor is, not who: titles before a person's name ('CNN photojournalist
    Khalil Abdallah'), role words, the head of an organisation's name ('Jackson family'), and what
    news copy calls it ('the alliance' for NATO)."""
    words = titled | {fold(w) for r in actor.roles for w in r.split()}
    if actor.type != "PERSON" and actor.name.split():
        words.add(fold(actor.name.split()[-1]))
        words |= {word for word, names in roles()["known_as"].items() if fold(actor.name) in names}
    return words


def _tagged_quote(nd: NewsDoc, token: Token) -> tuple[int, int]:
    """The quote a 'he said' right after it tags: (its start, how many of the writer's units (:func:`_told`)
    it holds after its first), so that a long quote does not push the person named before it away;
    (0, 0) if none."""
    starts, ends = _index(nd).quoted
    i = bisect_right(starts, token.idx) - 1
    if i < 0 or ends[i] > token.idx or len(nd.text[ends[i]:token.idx]) > 40 or "\n" in nd.text[ends[i]:token.idx]:
        return 0, 0
    units, told = _index(nd).units, _index(nd).told
    span = nd.doc.char_span(starts[i], ends[i], alignment_mode="expand")
    return (starts[i], told[units[span[-1].i]] - told[units[span[0].i]]) if span else (0, 0)


def _governing_verb(head: Token) -> Token | None:
    """The verb a mention is the subject of. Also counted as its subject: the agent of a passive ('the
    figure was revealed by Smith. "...," he said': Smith is as salient as a subject would be), unless
    the passive is a relative clause on a name; a name in apposition to the subject (not a possessor
    parsed as one: 'said Jim Cowie, Renesys' co-founder'); and a name the parser hung on the subject
    or on a fronted phrase ('Cairo engineer Ibrahim Sabri said', the name as the title's object; 'In an
    interview with CNN, Ghonim, who was freed on Monday, said', the name as an apposition to CNN); a first
    name set off at a sentence's start, whatever the parser made of it (the verb after its clause)."""
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and not _possessor(head):
        head = head.head  # "Jackson's sister Janet took the stage": the name stands for the subject
    elif head.head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "NOUN" and head.head.i == head.left_edge.i - 1:
        head = head.head
    elif head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "NOUN" \
            and head.pos_ == "PROPN" and not any(c.dep_ == "cc" and c.lower_ != "and" for c in head.head.children):
        head = head.head  # 'activist and blogger Ramy Raoof told': the name the parser made the role's conjunct
    if head.dep_ in ("nsubj", "nsubjpass"):
        return head.head
    if first_name_set_off(head) and head.dep_ not in ("dobj", "pobj"):
        root = _root(head)  # 'Sara, whose full name has been withheld, said ...', the name parsed loose
        return next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), root)
    root = _root(head) if head.dep_ == "appos" and head.head.dep_ == "pobj" else None
    if root is not None and root.i > head.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return root
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and not _on_a_name(head.head.head):
        return head.head.head
    return None


def _root(token: Token) -> Token:
    """The main verb of the token's sentence, up the tree (Token.sent walks the whole sentence)."""
    while token.head.i != token.i:
        token = token.head
    return token


def _on_a_name(verb: Token) -> bool:
    """A relative clause on a name: its sentence is about that name, not about an agent in the clause
    ('Al-Obeidy, who was encouraged by Ahmad to pray, was grateful'; but 'arms that could be used by China')."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "PROPN"


def _leads(verb: Token, units: list[int]) -> bool:
    """The subject of this verb is whom its sentence is about: the main verb's (the main verb of its
    line, where the parser ran two lines together: :func:`_units`), or a clause's under a thing."""
    return verb.dep_ == "ROOT" or units[verb.i] != units[verb.head.i] or _thing_leads(verb)


def _thing_leads(verb: Token) -> bool:
    """The sentence's main verb has a thing for subject ('The session comes the day after Shalgam made
    an appeal'), so the subject of a clause under it is whom the sentence is about."""
    root = _root(verb)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "" \
        and subject.lemma_.lower() not in person_nouns() and subject.lemma_.lower() not in roles()["person_heads"]


def _acts(verb: Token) -> bool:
    """A speech verb that says nothing here: with an object, one that speaks only with none ('continued
    their shelling', 'added troops': ``actor_roles.json`` objectless_cues); with a small clause for
    its complement ('Obama would find it tough'), a judgement."""
    return verb.lemma_.lower() in roles()["objectless_cues"] and any(c.dep_ == "dobj" for c in verb.children) \
        or any(c.dep_ == "ccomp" and c.pos_ == "ADJ" for c in verb.children)


def _possessor(tok: Token) -> bool:
    """The token owns the noun after it ('Renesys' co-founder'; not "Jermaine's claiming", a verb)."""
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    return case is not None and case.i + 1 < len(tok.doc) and tok.doc[case.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")


def _quoted_ranges(text: str) -> tuple[list[int], list[int]]:
    """Quoted spans by the quotes stage's own mark rules (single marks too: British quotes)."""
    from ..quotes.marks import quoted_spans  # here, not at the top: the quotes package imports this one

    spans = [(q.start, q.end) for q in quoted_spans(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def _inside(quoted: tuple[list[int], list[int]], pos: int) -> bool:
    i = bisect_right(quoted[0], pos) - 1
    return i >= 0 and pos < quoted[1][i]


def _gender(nd: NewsDoc, actor) -> str | None:
    """'f' or 'm' from titles and role words in the actor's mentions and roles, and a kin word right before a
    mention ('her son Bilal'); None when unknown."""
    female, male = set(roles()["female"]), set(roles()["male"])
    if actor.type != "PERSON":
        return None
    words = {w.strip(".").lower() for m in actor.mentions for w in m.text.split()} | {
        w.lower() for r in actor.roles for w in r.split()}
    words |= {kin for m in actor.mentions if (kin := _kin_before(nd, m.start))}
    first = fold(actor.name).split()[:1]
    is_f = bool(words & female) or bool(first and first[0] in given_names("female"))
    is_m = bool(words & male) or bool(first and first[0] in given_names("male"))
    return "f" if is_f and not is_m else "m" if is_m and not is_f else None


def _kin_before(nd: NewsDoc, start: int) -> str | None:
    """The kin word right before a name, which it is tied to ('her six-year-old son Bilal'): 'son'."""
    span = nd.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before, name = nd.doc[span.start - 1], nd.doc[span.start]
    linked = before.dep_ in ("compound", "appos") or name.head == before or name.head.head == before
    return before.lower_ if before.lower_ in roles()["kin"] and linked else None


def _sex(pronoun: str) -> str:
    return "f" if pronoun in {"she", "her", "hers", "herself"} else "m"


def _agrees(pronoun: str, info: dict, learned: str | None = None) -> bool:
    """Number and type agree; gender too, where titles or an earlier resolved pronoun tell it."""
    if pronoun in SINGULAR:
        gender = info["gender"] or learned
        return info["type"] == "PERSON" and gender in (None, _sex(pronoun))
    if pronoun in PLURAL:
        return info["type"] in ("GROUP", "ORGANIZATION", "COUNTRY")
    return info["type"] in ("ORGANIZATION", "COUNTRY", "GROUP")


def _sentences_back(token: Token, n: int) -> int:
    """The index of the first token of the sentence ``n`` sentences before the token's own."""
    lo = token.sent.start
    for _ in range(n):
        if lo == 0:
            break
        lo = token.doc[lo - 1].sent.start
    return lo


def _sentences_ahead(token: Token, n: int) -> int:
    """The character offset where the sentence ``n`` sentences after the token's own ends."""
    sent = token.sent
    for _ in range(n):
        if sent.end >= len(token.doc):
            break
        sent = token.doc[sent.end].sent
    return sent.end_char


def _window_start(nd: NewsDoc, token: Token, tagged: tuple[int, int] | None) -> int:
    """Where the mentions a reference may take up begin: ``WINDOW_SENTENCES`` before its sentence, or
    before the quote it tags, whose own sentences do not count ('"Our duty ... It is not ... But it is
    impossible ...," the three wrote')."""
    if tagged and tagged[1] and (quote := nd.doc.char_span(tagged[0], tagged[0] + 1, alignment_mode="expand")):
        token = quote[0]
    return nd.doc[_sentences_back(token, WINDOW_SENTENCES)].idx


def _candidates(nd: NewsDoc, token: Token, lo: int):
    """The mentions before ``token`` from offset ``lo``, latest first (bounded)."""
    starts, seen, info = _index(nd)[:3]
    hi = bisect_left(starts, token.idx)
    first = max(bisect_left(starts, lo), hi - MAX_CANDIDATES)
    return [seen[i] for i in range(hi - 1, first - 1, -1)], info


def _pleonastic(token: Token) -> bool:
    """'it was "counterproductive" to ...', 'it seems that ...': an 'it' that refers to nothing."""
    head = token.head
    return token.lower_ == "it" and head.lemma_ in ("be", "seem", "appear", "become", "take", "make") and any(
        c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children)


@dataclass
class _Memo:
    """Pronouns resolved so far in a document, by offset, so chains of 'he said' carry on."""

    starts: list[int]
    seen: list[_Seen]
    by_token: dict[int, str | None]
    gender: dict[str, str]
    upto: int = 0  # every pronoun before this token index is resolved
    unnamed: dict[int, str] = field(default_factory=dict)  # token index -> sex: pronouns for an unnamed person
    renamed: dict[int, str] = field(default_factory=dict)  # token index -> sex: pronouns a sentence gives a name


def _memo(nd: NewsDoc) -> _Memo:
    return nd.doc.user_data.setdefault("newsgraph.pronouns", _Memo([], [], {}, {}))


def _pronoun(nd: NewsDoc, token: Token) -> str | None:
    """The best-scored agreeing actor. Pronouns are resolved in text order whoever asks first, so
    that a chain of 'he said' carries on the same way for quotes, events and stances."""
    return _resolved_upto(nd, token).by_token.get(token.i)


def _resolved_upto(nd: NewsDoc, token: Token) -> _Memo:
    """The memo with every pronoun up to ``token`` resolved, and every description that is a
    subject ('the Afghan leader agreed'), so that a 'he said' after it carries on from it."""
    memo = _memo(nd)
    if token.i >= memo.upto:
        for earlier in nd.doc[memo.upto:token.i + 1]:
            memo.upto = earlier.i
            if earlier.lower_ in SINGULAR or earlier.lower_ in PLURAL or earlier.lower_ in NEUTER:
                _resolve_pronoun(nd, memo, earlier)
            elif earlier.dep_ in ("nsubj", "nsubjpass") and _describable(earlier) \
                    and not nd.actor_at(earlier.idx, earlier.idx + len(earlier)):
                _remember(nd, memo, earlier, _describe(nd, earlier))
        memo.upto = token.i + 1
    return memo


def _speaking(token: Token) -> bool:
    """The subject of a speech verb used as one: 'she showed reporters blood on her thigh' shows
    no words ('show' carries words only in a clause: 'the report shows that ...')."""
    verb = token.head
    key = cue_lemma(verb)
    if token.dep_ not in ("nsubj", "nsubjpass") or key not in speech_relations() or not _active(token, verb) \
            or _acts(verb):
        return False
    relations = {r.split(">")[0] for r in speech_relations()[key]}
    return "inv" in relations or any(c.dep_ in relations for c in verb.children)


def _active(subject: Token, verb: Token) -> bool:
    """The subject does the speaking: not 'he was attacked' or 'she was told', but 'he was quoted as saying'."""
    return subject.dep_ != "nsubjpass" or verb.lemma_.lower() == "quote"


def _resolve_pronoun(nd: NewsDoc, memo: _Memo, token: Token) -> str | None:
    """Resolve one pronoun; the result is remembered as a mention of that actor."""
    pronoun = token.lower_
    speaking = _speaking(token)
    reach = 8 if pronoun in SINGULAR else 1
    index = _index(nd)
    bound = [index.info[a] for a in _named_in_own_clause(nd, token)]
    fits = lambda info, learned: _agrees(pronoun, info, learned) and all(info is not b for b in bound)  # noqa: E731
    found, margin, score = (None, 0.0, 0.0) if _pleonastic(token) else _best(nd, token, fits, speaking, reach)
    named = _named_here(nd, token) if pronoun in SINGULAR else None
    if named is not None:
        found, margin = named, 9.0
        memo.renamed[token.i] = _sex(pronoun)
    elif pronoun in SINGULAR:
        unnamed = _unnamed_score(nd, token, speaking, reach)
        if unnamed is not None and (found is None or unnamed > score):
            found, margin = None, 0.0
            memo.unnamed[token.i] = _sex(pronoun)
    if found and pronoun in PLURAL and _unnamed_people_before(nd, token, reach):
        found, margin = None, 0.0
    _remember(nd, memo, token, found)
    if found and pronoun in SINGULAR and margin >= CLEAR_MARGIN:  # learn a gender only from a clear winner
        memo.gender.setdefault(found, _sex(pronoun))
    return found


def _named_here(nd: NewsDoc, token: Token) -> str | None:
    """The person a singular pronoun's own sentence names with a pronoun of its sex ('She said her name
    was Salma Qadri', 'His name, he says, is Col Omar Haddad', 'Reporters are calling him Jamal'): that
    person, whoever the pronouns before it stood for."""
    sex = _sex(token.lower_)
    for tok in token.sent:
        if tok.pos_ == "PROPN" and (pronoun := self_naming(tok)) is not None and _sex(pronoun.lower_) == sex \
                and (actor := nd.token_actor(tok, tok.left_edge.idx)) is not None \
                and _index(nd).info[actor]["type"] == "PERSON":
            return actor
    return None


def _named_in_own_clause(nd: NewsDoc, token: Token) -> set[str]:
    """The actors named as the objects of the verb a subject pronoun governs (and of the verbs joined to
    it): 'he turns to Khalil and asks' is not Khalil, 'she told Ahmad' is not Ahmad."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    objects = [o for v in verbs for c in v.children
               for o in ([c] if c.dep_ in ("dobj", "dative", "iobj") else
                         [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    return {actor for o in objects
            if o.pos_ == "PROPN" and (actor := nd.token_actor(o, o.left_edge.idx)) is not None}


def _remember(nd: NewsDoc, memo: _Memo, token: Token, found: str | None) -> None:
    """Record a resolved reference as a mention of its actor, for the references after it."""
    memo.by_token[token.i] = found
    if found:
        at = bisect_left(memo.starts, token.idx)
        memo.starts.insert(at, token.idx)
        subject = token.dep_ in ("nsubj", "nsubjpass") or _owns_subject(token)
        memo.seen.insert(at, _Seen(token.idx, found, _index(nd).units[token.i], subject, _speaking(token),
                                   _inside(_index(nd).quoted, token.idx), subject and _leads(token.head, _index(nd).units)))


def _best(nd: NewsDoc, token: Token, fits, speaking: bool, reach: int) -> tuple[str | None, float, float]:
    """Score = subject + (speaker, when the reference is itself a speaker) - sentence distance (the
    sentences inside the quote a 'he said' tags not counted) - quoted, over the candidates that
    ``fits(info, learned_gender)``. Mentions in a photo caption do not count from outside it: the
    caption's people are pictured, not talked about."""
    quoted = _index(nd).quoted
    outside = not _inside(quoted, token.idx)
    tagged = _tagged_quote(nd, token) if outside else None
    lo = _window_start(nd, token, tagged)
    candidates, info = _candidates(nd, token, lo)
    addressed = _addressed(nd, token) if speaking else None
    if addressed is not None and fits(info[addressed], _memo(nd).gender.get(addressed)):
        return addressed, 9.0, 9.0
    memo = _memo(nd)
    # pronouns resolved within the same window as the names, not only as far back as the oldest name
    # left in it ('Hana Mohammad said ... She and her husband survived ... "...," she said')
    hi = bisect_left(memo.starts, token.idx)
    earlier = memo.seen[max(bisect_left(memo.starts, lo), hi - MAX_CANDIDATES):hi]
    captioned = nd.in_caption(token.idx)
    best: dict[str, float] = {}
    content = _reported(nd, token) if speaking else ()
    pool = [c for c in candidates + earlier if c.speaker or not any(lo <= c.start < hi for lo, hi in content)]
    # whom the writer's last sentence is about: its main subject, not a pronoun in a clause under it
    nearest = max((c for c in pool if c.leads and not (outside and c.quoted)), key=lambda c: c.start, default=None)
    for c in pool:
        distance = _distance(nd, token, tagged, c.unit, c.start)
        if distance > reach or not fits(info[c.actor], memo.gender.get(c.actor)) \
                or (not captioned and nd.in_caption(c.start)):
            continue
        leads = speaking and c is nearest and c.leads and not c.speaker and distance <= 1
        score = _salience(distance, c.subject, speaking and c.speaker, outside and c.quoted, leads) + c.start / 1e9
        best[c.actor] = max(best.get(c.actor, score), score)
    if not best:
        return None, 0.0, 0.0
    ranked = sorted(best.values(), reverse=True)
    return max(best, key=best.get), (ranked[0] - ranked[1] if len(ranked) > 1 else 9.0), ranked[0]


def _distance(nd: NewsDoc, token: Token, tagged: tuple[int, int] | None, unit: int, start: int) -> int:
    """Units from a mention's (at ``start``, in ``unit``) to the reference's. From outside quotation
    marks (``tagged``: :func:`_tagged_quote`), only the writer's own count (:func:`_told`), and the
    quote the reference tags counts as one."""
    units, told = _index(nd).units, _index(nd).told
    here = units[token.i]
    if tagged is None:
        return here - unit
    quote_start, skipped = tagged
    return told[here] - told[unit] - (skipped if start < quote_start else 0)


def _addressed(nd: NewsDoc, token: Token) -> str | None:
    """Whom the sentence before spoke to, when the reference replies ('Ahmad told al-Obeidy the world
    was praying for her. "I'm not afraid," the daughter replied', 'she says in reply'): the one actor
    that is the object of a speech verb there (told X, asked X, said to X)."""
    verb, replies = token.head, roles()["reply_words"]
    if token.sent.start == 0 or verb.lemma_.lower() not in replies and not any(
            c.dep_ == "prep" and any(g.lemma_.lower() in replies for g in c.children) for c in verb.children):
        return None  # neither 'the daughter replied' nor 'she says in reply'
    found = set()
    for said in token.doc[token.sent.start - 1].sent:
        if said.pos_ != "VERB" or said.lemma_.lower() not in speech_verbs():
            continue
        for obj in said.children:
            if obj.dep_ == "prep" and obj.lower_ == "to":  # 'said to X'
                obj = next((g for g in obj.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.dep_ in ("dobj", "dative", "pobj"):
                found.add(nd.token_actor(obj, obj.left_edge.idx) or _memo(nd).by_token.get(obj.i))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _reported(nd: NewsDoc, token: Token) -> list[tuple[int, int]]:
    """Character ranges of what a speaking subject's verb reports ('"The English ..." while Obama is
    acting "like a child," he said'): a name in there is talked about, not the one who talks
    (unless it speaks there itself: 'Gates said: "...," he said')."""
    verb = token.head
    start = max(token.sent.start_char, nd.text.rfind("\n", 0, token.idx) + 1)  # a parse may run over a line break
    return [(max(c.left_edge.idx, start), c.right_edge.idx + len(c.right_edge)) for c in verb.children
            if c.dep_ in ("ccomp", "parataxis") and c.i < token.i]


def _owns_subject(token: Token) -> bool:
    """'his words have disturbing echoes of claims about Saddam's weapons. I press him': the owner
    named by a possessive pronoun on the subject is what the sentence is about, as salient as a
    subject (not the owner of a person, 'her mother said': there the mother is); also of a noun set beside
    the subject ('Rebel art in Libya, his caricatures of Gadhafi ..., are everywhere')."""
    owned = token.head.head if token.head.dep_ == "appos" else token.head
    return token.dep_ == "poss" and token.pos_ == "PRON" and owned.dep_ in ("nsubj", "nsubjpass") \
        and token.head.lemma_.lower() not in person_nouns()


def _salience(distance: int, subject: bool, speaks_too: bool, quoted: bool, leads: bool = False) -> float:
    """How likely a mention is what a reference points back to: near, a subject, a speaker when the
    reference speaks too, not inside a quotation when the reference is outside one; and, for a
    speaking reference, the person the sentence before is about, as the subject of its main verb
    ('Pope Benedict appealed for peace. "...," he said', 'Gadhafi reacted with derision. "...," he
    said' after someone else spoke: journalists bring in whom they quote next)."""
    return -distance + 1.0 * subject + 2.0 * speaks_too - 1.5 * quoted + 1.5 * leads


def _unnamed_score(nd: NewsDoc, token: Token, speaking: bool, reach: int) -> float | None:
    """The best score (as in ``_best``) of an unnamed person who is a subject before ``token``
    ('An American from Wisconsin overhears us ... "...," he says'): a 'he' nearer to such a person
    than to any name is that person, who stays unnamed. As for names, the subject of the main verb of
    the sentence right before a speaking reference is whom the writer brings in to quote next. A pronoun
    that stood for such a person stands for them too ('A diplomat ... "...," he said. "...," he said'),
    until a sentence gives a pronoun of that sex a name ('Reporters are calling him Jamal')."""
    quoted, units = _index(nd).quoted, _index(nd).units
    outside = not _inside(quoted, token.idx)
    tagged = _tagged_quote(nd, token) if outside else None
    sex = _sex(token.lower_)
    best = None
    chained, renamed = _memo(nd).unnamed, _memo(nd).renamed
    lo = _sentences_back(token, reach)
    lo = max([lo] + [i + 1 for i, s in renamed.items() if s == sex and i < token.i])
    for tok in nd.doc[lo:token.i]:
        if tok.i in chained:
            if chained[tok.i] != sex:
                continue
            distance = _distance(nd, token, tagged, units[tok.i], tok.idx)
            talks, leads = _speaking(tok), False
        elif not (tok.dep_ == "nsubj" or _said_by(tok) or _verbless_subject(tok) or _the_one_asked(tok)
                  or _beside_quoted_subject(tok, quoted)) or not _one_unnamed_person(tok) \
                or _gender_word(tok) not in (None, sex) or _acts_on(tok.head, sex):
            continue
        else:
            distance = _distance(nd, token, tagged, units[tok.i], tok.idx)
            # 'overhears us and expresses ..., saying'
            verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")]
            talks = any(v.lemma_.lower() in speech_verbs() or any(
                c.tag_ == "VBG" and c.lemma_.lower() in speech_verbs() for c in v.children) for v in verbs)
            leads = speaking and not talks and distance <= 1 \
                and (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" or tok.dep_ == "ROOT")
        score = _salience(distance, True, speaking and talks, outside and _inside(quoted, tok.idx), leads)
        best = score if best is None else max(best, score)
    return best


def _verbless_subject(tok: Token) -> bool:
    """'A diplomat, who spoke on condition of anonymity, repeated alliance statements ...': the parser made
    the opening noun the root and its verb a modifier ('repeated' as an adjective); the noun is the subject."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.left_edge.i == tok.sent.start \
        and not any(c.pos_ in ("VERB", "AUX") and c.dep_ not in ("relcl", "acl") for c in tok.children)


def _the_one_asked(tok: Token) -> bool:
    """'One fighter returning wounded ... was asked what he had seen. "Death," he replied': the one asked answers."""
    return tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in ("ask", "question")


def _beside_quoted_subject(tok: Token, quoted) -> bool:
    """'"... Horrible attacks," one resident, who did not want to give his name, told Reuters': the parser took a
    word of the quote for the speech verb's subject and set the speaker beside it; the speaker is the subject."""
    head = tok.head
    return tok.dep_ == "appos" and head.dep_ == "nsubj" and _inside(quoted, head.idx) and not _inside(quoted, tok.idx) \
        and head.head.lemma_.lower() in speech_verbs()


def _said_by(tok: Token) -> bool:
    """'..., said a highly placed source': the parser takes the source after an inverted speech verb
    with no subject for its object (as ``quotes._inverted_object`` reads it for a quote's tag)."""
    verb = tok.head
    return tok.dep_ == "dobj" and tok.i > verb.i and verb.lemma_.lower() in speech_verbs() \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _unnamed_people_before(nd: NewsDoc, token: Token, reach: int) -> bool:
    """A plural subject for people that names and describes no actor ('The protesters also demanded
    change in Yemen. "...," they chanted'; passive too: 'dissidents were punished ..., when they chanted
    "..."'): 'they' are those people, who stay unnamed, not a country
    or an organisation mentioned beside them ('the soldiers' who are the troops named before are not;
    nor are people inside a quotation)."""
    quoted = _index(nd).quoted
    for tok in nd.doc[_sentences_back(token, reach):token.i]:
        word = tok.lemma_.lower()
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NNS" and (word in agents() or word in person_nouns()) \
                and not _inside(quoted, tok.idx) and nd.actor_at(tok.idx, tok.idx + len(tok)) is None \
                and not headline_of(tok) and _describe(nd, tok) is None:
            return True
    return False


def _acts_on(verb: Token, sex: str) -> bool:
    """The verb's clause has an object pronoun of this sex ('Another protester stepped in and protected
    her'): someone else of that sex is about, and a 'she' after it may well be her."""
    objects = {"f": ("her", "herself"), "m": ("him", "himself")}[sex]
    return any(t.lower_ in objects and t.dep_ in ("dobj", "pobj", "dative", "iobj") for t in verb.subtree)


def _one_unnamed_person(tok: Token) -> bool:
    """'a Libyan man', 'an American from Wisconsin', 'one passenger', 'his father', "Gadhafi's
    spokesman", 'one of the protesters', 'the source, who requested anonymity', 'a United Nations
    official': one person the article does not name (not 'a spokesman for the government, Musa
    Ibrahim,', the name parsed as the government's, nor 'a rebel who gave his name as Ali')."""
    indefinite = any(c.dep_ in ("det", "nummod", "poss") and c.lower_ in ("a", "an", "another", "one", "their", "our")
                     for c in tok.children)
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.ent_type_ != "ORG" for c in tok.children) \
        or any(t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.dep_ == "pobj" for t in tok.subtree) \
        or given_name(tok) is not None  # 'one witness, who agreed to be identified only as "Adam,"'
    word = tok.lemma_.lower()
    if someone_noun(word) and tok.tag_ in ("NN", "NNP") and _name_withheld(tok):
        return True  # 'The woman, who asked not to be named, said'
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and tok.tag_ == "NN" and not named \
            and (word in roles()["kin"] or word in person_nouns() and owner.pos_ == "PROPN"):
        return True  # 'His father vows revenge. "...," he says'; "Gadhafi's main spokesman accused ...": unnamed
    if tok.lower_ == "one" and tok.pos_ == "NUM":
        return any(g.dep_ == "pobj" and someone_noun(g.lemma_.lower())
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    if tok.tag_ == "NN" and not named and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and (
            word in roles()["unnamed_heads"] or word in person_nouns() and (
                _unnamed_before(tok) is not None or any(c.dep_ == "relcl" for c in tok.children))):
        return True  # 'The source, who requested anonymity, said'; 'a local leader ... the leader said'; 'the
        # diplomat who said ...', brought in by what he did
    return indefinite and not named and tok.tag_ in ("NN", "NNP") and (
        someone_noun(word) or word in demonyms()) and not _a_body(word)


def _a_body(word: str) -> bool:
    """'a Moscow daily newspaper', 'a ministry': an agent that is an institution, no one person."""
    return word not in person_nouns() and (word in INSTITUTIONS or word in roles()["org_heads"]
                                           or word in roles()["channels"])


def _name_withheld(tok: Token) -> bool:
    """'The woman, who asked not to be named, said ...', 'who declined to be identified', 'who spoke on
    condition of anonymity': a clause on the noun says the article does not name this person
    (``actor_roles.json`` name_withheld)."""
    words = roles()["name_withheld"]
    for clause in tok.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for t in clause.subtree:
            if t.lemma_.lower() in words["nouns"]:
                return True
            if t.pos_ == "VERB" and t.lemma_.lower() in words["verbs"] and (
                    any(c.dep_ == "neg" for c in (*t.children, *t.head.children))
                    or t.head.lemma_.lower() in words["refusals"]):
                return True
    return False


def _gender_word(tok: Token) -> str | None:
    word = tok.lemma_.lower()
    return "f" if word in roles()["female"] else "m" if word in roles()["male"] else None


def _description(nd: NewsDoc, token: Token) -> str | None:
    memo = _resolved_upto(nd, token)
    return memo.by_token[token.i] if token.i in memo.by_token else _describe(nd, token)


def _describe(nd: NewsDoc, token: Token) -> str | None:
    """'the ministry', 'the Russian president', 'the newspaper': the latest actor with that role word
    or sector (and country); an organisation's ('the network', 'the company') with none such is the
    most salient organisation. A person's description with no such actor ('the Afghan leader declared',
    'the president's son') is the most salient person who fits its country and sex, as a pronoun
    would be; unless it takes up an unnamed one ('a Western diplomat ... the diplomat said'). With no
    one before it, it is the person of that role named in the next sentences (a highlight's 'the
    Libyan leader says' above 'Libyan leader Moammar Gadhafi pledged ...')."""
    if _name_withheld(token):
        return None  # 'the woman, who asked not to be named': whoever she is, the article names her nowhere
    lemma = token.lemma_.lower()
    modifier = _modifier_sector(token)
    sector = modifier or agents().get(lemma)
    sex = _gender_word(token)
    demonym = _demonym_person(token)
    person = lemma in roles()["person_heads"] or sex is not None or is_age(token) or lemma in roles()["party_members"] \
        or lemma in person_nouns() and any(is_age(c) for c in token.children) or demonym  # 'the 19-year-old student'
    if person and token.tag_ == "NNS":
        return None  # 'the men were upbeat': several people are none of the persons named
    organisation = lemma in roles()["org_heads"]
    starts, seen, info = _index(nd)[:3]
    if sector is None and lemma not in roles()["body_heads"] and not person and not organisation:
        return next((c.actor for c in reversed(seen[:bisect_left(starts, token.idx)])
                     if lemma in info[c.actor]["titles"]), None)
    # 'the Ohio Democrat': a party member's state says nothing of the country the actor was coded with
    country = demonyms()[fold(token.text)] if demonym else \
        modifier_country(token) if lemma not in roles()["party_members"] else None
    # an unnamed one taken up (a person, or any one thing: "a journalist ... the journalist"), or a role that brings
    # in someone unnamed: only an actor with that very word will do
    introduced = _unnamed_before(token) if person or token.tag_ == "NN" else None
    unnamed = introduced is not None or person and lemma in roles()["unnamed_roles"]
    kin_of = _kin_of(nd, token)

    served = _served(token)

    def may_be(a: dict, actor: str) -> bool:
        """Of the description's kind, country and sector: "al-Obeidy's mother" is not al-Obeidy, 'the
        rebel leader' is no head of state (but may be one the dictionary files among elites, ELI, as it does
        'the opposition leader' ElBaradei); nor is a spokesman named for another body ('the spokesman in the
        media office of the Military Council' is not the government's spokesman)."""
        return (a["type"] == "PERSON") == person and actor != kin_of \
            and not (country and a["country"] != country and not (a["country"] is None and lemma in a["words"])) \
            and not (modifier and a["sector"] not in (None, modifier, _ELITES)) \
            and not (served and not served & a["words"])

    before = seen[:bisect_left(starts, token.idx)]
    window = _window_start(nd, token, None)
    # one with that very word in view first ('the leader wrote to the president' after 'Libyan leader Moammar
    # Gadhafi' and a president named since)
    named = next((c.actor for c in reversed(before)
                  if c.start >= window and (introduced is None or c.start > introduced)
                  and lemma in info[c.actor]["words"] and may_be(info[c.actor], c.actor)), None)
    if named is not None:
        return named
    for c in reversed(before):
        if introduced is not None and c.start < introduced:
            return None  # 'a Foreign Office spokesman ... the spokesman said': the unnamed one, nearer
        a = info[c.actor]
        if may_be(a, c.actor) and (lemma in a["words"] or (sector and a["sector"] == sector and not unnamed)):
            return c.actor
    if organisation and not country:  # 'the network said': the organisation in view, if any
        return _best(nd, token, lambda a, _: a["type"] == "ORGANIZATION", _speaking(token), WINDOW_SENTENCES)[0]
    if person and introduced is None and lemma in roles()["unnamed_roles"] and _speaking(token):
        return _only_person_just_named(nd, token, sex)
    if not person or unnamed:
        return None

    def fits(a: dict, learned: str | None, uncoded: bool = False) -> bool:
        # 'the Italian' is the nearest person coded Italian or coded with no country at all
        return a["type"] == "PERSON" and (not country or a["country"] == country
                                          or (demonym or uncoded) and a["country"] is None) \
            and (not modifier or a["sector"] in (None, modifier, _ELITES)) \
            and (sex is None or (a["gender"] or learned) in (None, sex)) \
            and (kin_of is None or a is not info[kin_of] and bool(info[kin_of]["surname"] & a["words"]))

    found = _best(nd, token, fits, _speaking(token), WINDOW_SENTENCES)[0]
    if found is None and country:  # 'the Florida senator' after 'Marco Rubio', whom no dictionary codes
        found = _best(nd, token, partial(fits, uncoded=True), _speaking(token), WINDOW_SENTENCES)[0]
    if found is None:  # a highlight's 'the Libyan leader says', before the body names 'Libyan leader Moammar Gadhafi'
        end = _sentences_ahead(token, CATAPHORA_SENTENCES)
        found = next((c.actor for c in seen[bisect_left(starts, token.idx):bisect_left(starts, end)]
                      if may_be(info[c.actor], c.actor)
                      and (lemma in info[c.actor]["words"] or sector and info[c.actor]["sector"] == sector)), None)
    return found


def _only_person_just_named(nd: NewsDoc, token: Token, sex: str | None) -> str | None:
    """'... concerning to Abeer Etefa, who was at the border. / "...," said the spokeswoman for the
    World Food Programme': a quote tag's role word that brings in no one new takes up the one person the
    sentence before names in full, when that person has no other role and agrees in sex."""
    if _tagged_quote(nd, token) == (0, 0):
        return None
    starts, seen, info = _index(nd)[:3]
    lo = token.doc[_sentences_back(token, 1)].idx
    people = {c.actor for c in seen[bisect_left(starts, lo):bisect_left(starts, token.sent.start_char)]
              if info[c.actor]["type"] == "PERSON"}
    if len(people) != 1:
        return None
    actor = next(iter(people))
    a = info[actor]
    return actor if not a["titles"] and len(nd.actor(actor).name.split()) > 1 \
        and (sex is None or a["gender"] in (None, sex)) else None


def _served(token: Token) -> set[str]:
    """The name words of the organisation a role is held in or for ('the spokesman in the media office
    of the Military Council', 'a spokesman for the rebels' army'): the capitalised words of its
    'of'/'for'/'in'/'at' phrase, folded; empty when it names none."""
    if token.lemma_.lower() not in roles()["unnamed_roles"]:
        return set()
    return {fold(t.text) for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "at")
            for t in c.subtree if t.pos_ == "PROPN" and t.ent_type_ not in PLACE_ENTITIES}


def _modifier_sector(token: Token) -> str | None:
    """The sector a word before the head gives ('the rebel leader', 'the opposition spokesman'), which
    outranks the head's own ('leader' alone is a government's)."""
    return next((sector for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                 and (sector := agents().get(c.lemma_.lower()))), None)


def _kin_of(nd: NewsDoc, token: Token) -> str | None:
    """'the president's son': the actor a relative is named through (then the relative is another
    person, of that family's name); a surname with no mention of its own ("al-Obeidy's mother") is
    the person of that surname named last."""
    if token.lemma_.lower() not in roles()["kin"]:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if (found := resolve_reference(nd, owner)) is not None or owner.pos_ != "PROPN":
        return found
    starts, seen, info = _index(nd)[:3]
    name = surname(fold(token.doc[owner.left_edge.i:owner.i + 1].text))
    return next((c.actor for c in reversed(seen[:bisect_left(starts, token.idx)])
                 if info[c.actor]["type"] == "PERSON" and name in info[c.actor]["surname"]), None)


def _unnamed_before(token: Token) -> int | None:
    """The offset of the latest indefinite phrase with the same head earlier in the window and no
    person's name beside it: 'the diplomat' takes up 'a Western diplomat' (or 'a Foreign Office
    spokesman'), who stays unnamed; so does one whose name is withheld ('The woman, who asked not to be
    named, ...'). Not a predicate ('She was a middle-aged woman'), which brings in no one new."""
    for tok in reversed(token.doc[_sentences_back(token, WINDOW_SENTENCES):token.i]):
        if tok.lemma_ == token.lemma_ and tok.pos_ == "NOUN" and _name_withheld(tok):
            return tok.idx  # 'The woman, who asked not to be named, ... the woman said'
        if tok.lemma_ == token.lemma_ and tok.pos_ == "NOUN" and tok.dep_ != "attr" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children) \
                and not any(c.dep_ == "appos" and c.ent_type_ not in PLACE_ENTITIES or c.ent_type_ == "PERSON"
                            for c in tok.children) and tok.head.dep_ != "appos" \
                and not (tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON"):  # 'Bani, an opposition spokesman'
            return tok.idx
    return None


def _describable(token: Token) -> bool:
    """A definite noun phrase: 'the ministry', 'this official', 'the president's son', 'the 23-year-old',
    'the Arizona Republican', a capitalised title ('the US Secretary of State'), the issuer of a document
    (:func:`_issuer_in_front`)."""
    return (token.pos_ == "NOUN" or is_age(token) or token.lower_ in roles()["party_members"] or _demonym_person(token)
            or token.pos_ == "PROPN" and token.lower_ in roles()["person_heads"]) and (any(
        c.lower_ in ("the", "this", "that") or c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children)
        or _issuer_in_front(token))


def _demonym_person(token: Token) -> bool:
    """'the Italian said', 'said the Briton': one person described by the country, a noun of its own (not
    'the Italian government', where it modifies one)."""
    return token.tag_ in ("NN", "NNP") and token.dep_ not in ("compound", "amod") and fold(token.text) in demonyms()


def _issuer_in_front(token: Token) -> bool:
    """'a foreign ministry statement': a body named in front of a document, as definite as 'the ministry'."""
    return token.dep_ == "compound" and token.pos_ == "NOUN" and token.lemma_.lower() in roles()["body_heads"] \
        and token.head.lemma_.lower() in roles()["documents"]


def _several_described(token: Token) -> bool:
    """'the three', 'the four countries', 'the leaders', 'both men': a definite phrase for several
    people or countries."""
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both", "all") for c in token.children)
    if token.pos_ == "NUM":
        return definite and token.lower_ not in ("one", "1")
    word = token.lemma_.lower()
    return token.tag_ == "NNS" and (definite or token.lower_ == "both") and (
        word in person_nouns() or word in roles()["several_heads"])


def _how_many(token: Token) -> int | None:
    """The number a phrase for several gives ('the three', 'the four countries', 'both men'), if any."""
    if token.lower_ == "both" or any(c.lower_ == "both" for c in token.children):
        return 2
    word = token if token.pos_ == "NUM" else next((c for c in token.children if c.dep_ == "nummod"), None)
    if word is None:
        return None
    return int(word.text) if word.text.isdigit() else number_words().get(word.lower_)


def resolve_reference(nd: NewsDoc, token: Token) -> str | None:
    """The actor a token refers to: its own mention, else a resolved pronoun or description."""
    direct = nd.actor_at(token.idx, token.idx + len(token))
    if direct:
        return direct
    if (name := given_name(token)) is not None and (named := nd.token_actor(name, name.left_edge.idx)):
        return named  # 'a rebel called Mohammed', 'a neighbor named Salah Buharto'
    low = token.lower_
    if low in SINGULAR or low in PLURAL or low in NEUTER:
        return _pronoun(nd, token)
    if _several_described(token):  # 'the three wrote', 'the leaders likened': a group named by its members
        size = _how_many(token)
        return _best(nd, token, lambda a, _: a["members"] > 1 and size in (None, a["members"]), _speaking(token),
                     WINDOW_SENTENCES)[0]
    if _describable(token):
        if in_apposition(token):  # 'Manuel Valls, the Socialist Prime Minister': the name it stands beside
            name = token.head
            if beside := nd.actor_over(name.idx, name.idx + len(name), name.left_edge.idx):
                return beside
        return _description(nd, token)
    return None
