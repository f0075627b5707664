"""Stance frames: the word patterns that say someone is for or against something.

Each frame looks at one token of the parse and, when it fires, yields a :class:`Claim`: the
trigger word, a polarity, the issue phrase (or, for a responsibility claim, the agent and the
event) and who holds it. Frames never decide what issue the claim is about across the
article; :mod:`.issues` does that.

Frames (lexicon in ``data/stance_lexicon.json``):

- stance verbs and adjectives: "backs X", "remains opposed to X", "rejected X", "called for X";
- requests: "press Moscow to back X", "calling on Russia to allow X";
- stance nouns: "failed to win the backing of Y for X", "repeated Russia's demand for X", "Obama's veto of X";
- roles: "X, the chief sponsor of the bill"; denials: "X denied that P";
- evaluations in attributed speech: "X is an essential part of", "it was counterproductive to X",
  "X don't always work", "no solution is possible without X";
- responsibility claims are in :mod:`.responsibility`.

Negation and "fail/refuse to" flip a polarity; denials and concessions are read by
:mod:`.holders` on the way up to the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..document import NewsDoc
from .holders import Holder, actor_of, chain_holders, subject_of
from .lexicon import lex
from .syntax import child, negated, pobj

_PRONOUNS = {"it", "this", "that", "these", "those", "they", "them", "he", "she", "we", "i", "so", "which", "what"}
_CLAUSE_DROP = {"relcl", "acl", "appos", "advcl", "punct", "cc", "neg"}
_LEAD_DROP = {"to", "for", "that", "any", "whether"}


@dataclass
class Claim:
    trigger: Token
    polarity: int                          # +1 support, -1 oppose (before the holder's sign)
    holders: list[Holder]
    confidence: float
    issue: Token | None = None             # head of the issue phrase (a topic stance)
    agent: list[Token] = field(default_factory=list)   # a responsibility claim: who did it
    event: Token | None = None             # ... and what was done


# --- helpers -----------------------------------------------------------------------------

def object_of(tok: Token, preps: set[str] = frozenset({"to", "for", "against", "on"})) -> Token | None:
    """The thing a stance word is about: its object, a prepositional object, or an infinitive."""
    obj = child(tok, {"dobj"})
    if obj is not None:
        return obj
    obj = pobj(child(tok, {"prep"}, set(preps)))
    if obj is not None:
        return obj
    return child(tok, {"xcomp"}) or child(tok, {"ccomp"})


def has_content(head: Token) -> bool:
    """An issue must name something: not just a pronoun ('wanted it to end')."""
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in _PRONOUNS for t in head.subtree)


def unwrap(head: Token) -> Token:
    """'any plan that calls for Assad to step down' is about Assad stepping down."""
    L = lex()
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in L.light_verbs:  # 'work towards lifting the ban'
        inner = pobj(child(head, {"prep"}, {"towards", "toward", "for", "at"})) or child(head, {"xcomp"})
        return unwrap(inner) if inner is not None else head
    if lemma not in L.generic_heads and lemma not in L.stance_nouns:
        return head
    inner = pobj(child(head, {"prep"}, {"for", "of"}))
    if inner is not None and inner.pos_ in {"NOUN", "PROPN", "VERB"}:
        return unwrap(inner)  # 'the case for keeping the embargo', 'more support of the bill'
    for clause in head.children:
        if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in L.unwrap_verbs:
            inner = child(clause, {"advcl", "xcomp", "ccomp", "dobj"}) or pobj(child(clause, {"prep"}, {"for"}))
            if inner is not None:
                return inner
    return head


def issue_tokens(head: Token) -> list[Token]:
    """The issue phrase: the head's subtree without relative and participial clauses
    (kept when the head is generic, e.g. 'a situation where violence ends')."""
    generic = head.lemma_.lower() in lex().generic_heads
    drop: set[int] = set()
    for c in head.children:
        content_clause = c.dep_ == "acl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        if c.dep_ in _CLAUSE_DROP and not (generic or content_clause) and c.dep_ != "neg":
            drop.update(t.i for t in c.subtree)
        if c.i < head.i and (c.dep_ in {"aux", "mark"} or c.dep_ == "det") and c.lower_ in _LEAD_DROP:
            drop.add(c.i)
        if c.dep_ == "prep" and c.lower_ in {"despite", "amid"}:
            drop.update(t.i for t in c.subtree)
    toks = [t for t in head.subtree if t.i not in drop]
    subj = subject_of(head) if head.pos_ == "VERB" and child(head, {"auxpass"}) is not None else None
    if subj is not None and subj.head.i != head.i and subj.lower_ not in _PRONOUNS:
        # 'the embargo is likely to be lifted' -> 'The EU embargo ... lifted'
        toks = [*subj.subtree, *(t for t in toks if t.dep_ not in {"aux", "auxpass"} or t.head.i != head.i)]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks


def subject_holders(nd: NewsDoc, tok: Token, weight: float = 0.9) -> list[Holder]:
    """The stance word's own subject (each of 'X and Y'); when it has none, whoever the clause
    is attributed to. A passive subject holds nothing ('X was tricked into supporting'), nor
    does the one asked to act ('urged France to back X')."""
    subj = subject_of(tok)
    if subj is None:
        return chain_holders(nd, tok)
    if subj.dep_ == "nsubjpass" or (subj.dep_ == "dobj" and subj.head.lemma_.lower() in lex().request_verbs):
        return []  # 'urged France to back X' is the urger's stance, not France's
    actors = [actor_of(nd, t) for t in (subj, *(c for c in subj.children if c.dep_ == "conj"))]
    return [Holder(a, 1, weight, "subject") for a in dict.fromkeys(actors) if a]


def _passive(nd: NewsDoc, tok: Token) -> tuple[list[Holder], Token] | None:
    """'X was welcomed by Beijing' -> (Beijing, X); 'action was needed' -> (the speaker, action)."""
    subj = child(tok, {"nsubjpass"})
    if subj is None:
        return None
    agent = pobj(child(tok, {"agent"}))
    if agent is not None:
        actor = actor_of(nd, agent)
        return ([Holder(actor, 1, 0.8, "subject")] if actor else []), subj
    return chain_holders(nd, tok), subj


def _topic(tok: Token, polarity: int, holders: list[Holder], issue: Token | None, conf: float) -> Iterator[Claim]:
    if issue is None:
        return
    issue = unwrap(issue)
    if has_content(issue):
        yield Claim(tok, polarity, holders, conf, issue=issue)


# --- frames ------------------------------------------------------------------------------

def stance_word(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'X backs Y', 'X rejected Y', 'X remains opposed to Y', 'X called for Y'."""
    L = lex()
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "ADJ"}:
        return
    passive = _passive(nd, tok) if tok.pos_ == "VERB" else None
    if lemma in L.passive_only_support and passive is None:
        return
    if lemma in L.support_verbs or lemma in L.support_adjectives or lemma in L.passive_only_support:
        polarity = 1
    elif lemma in L.oppose_verbs or lemma in L.oppose_adjectives:
        polarity = -1
        particle = L.oppose_particles.get(lemma)
        if particle and not child(tok, {"prt"}, {particle}):
            return
    else:
        return
    if passive is not None:
        yield from _topic(tok, -polarity if negated(tok) else polarity, passive[0], passive[1], 0.65)
        return
    obj = object_of(tok)
    if obj is not None and obj.lemma_.lower() in L.claim_nouns | set(L.stance_nouns):
        return  # 'backed X's assertion that P', 'resisted calls to P': read by the holder chain / stance nouns
    if obj is not None and obj.dep_ in {"xcomp", "ccomp"} and obj.lemma_.lower() in L.support_verbs | L.oppose_verbs:
        return  # 'wants to back X': the inner verb says it
    if negated(tok):
        polarity = -polarity
    yield from _topic(tok, polarity, subject_holders(nd, tok), obj, 0.75)


def request(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'press Moscow to back X', 'calling on Russia to allow X', 'called for X', 'lobbying against X'."""
    L = lex()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in L.request_verbs:
        return
    holders = subject_holders(nd, tok)
    prep = child(tok, {"prep"}, set(L.stance_preps))
    if prep is not None:
        polarity = 1 if L.stance_preps[prep.lower_] == "support" else -1
        yield from _topic(tok, -polarity if negated(tok) else polarity, holders, pobj(prep) or child(prep, {"advcl"}), 0.7)
        return
    wanted = next((c for c in tok.children if c.dep_ == "advcl" and child(c, {"mark"}, {"for"})), None)
    if wanted is not None:  # 'called for the embargo to be lifted'
        yield from _topic(tok, -1 if negated(tok) else 1, holders, wanted, 0.7)
        return
    inner = child(tok, {"xcomp"})
    if inner is None:
        inner = next((x for p in tok.children if p.dep_ == "prep" for x in p.children if x.dep_ == "xcomp"), None)
    if inner is None:
        obj = child(tok, {"dobj"})
        if obj is not None and unwrap(obj).i != obj.i:  # 'press the case for X'
            yield from _topic(tok, 1, holders, obj, 0.6)
        return
    lemma = inner.lemma_.lower()
    if lemma in L.support_verbs or lemma in L.oppose_verbs:
        polarity = 1 if lemma in L.support_verbs else -1
        yield from _topic(tok, polarity, holders, object_of(inner), 0.7)
    else:
        yield from _topic(tok, 1, holders, inner, 0.6)


def stance_noun(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'failed to win the backing of Y for X', 'repeated Russia's demand for X', 'resisted calls to X'."""
    L = lex()
    polarity_word = L.stance_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if polarity_word is None:
        return
    polarity = 1 if polarity_word == "support" else -1
    verb = tok.head if tok.dep_ == "dobj" else None
    poss = child(tok, {"poss"})
    of = pobj(child(tok, {"prep"}, {"of"}))
    issue = (pobj(child(tok, {"prep"}, {"for", "to", "against", "on"})) or child(tok, {"acl"})
             or (of if poss is not None else None)  # "Obama's veto of a bill"
             or (pobj(child(verb, {"prep"}, {"for"})) if verb is not None else None))
    if issue is None and tok.dep_ == "pobj" and tok.head.lower_ in {"despite", "amid"}:
        issue = tok.head.head  # 'likely to be lifted despite US objections': against the clause
    if issue is None:
        return
    owner = poss or next((c for c in tok.children if c.dep_ in {"compound", "amod"} and actor_of(nd, c)), None) or (of if of is not None and of.i != issue.i else None) or pobj(child(tok, {"prep"}, {"by", "from"}))
    owner_actor = actor_of(nd, owner)
    verb_lemma = verb.lemma_.lower() if verb is not None else ""
    if verb is not None and verb_lemma in L.seek_verbs and polarity > 0:
        seeker = subject_holders(nd, verb)
        yield from _topic(tok, 1, seeker, issue, 0.65)
        if owner_actor:
            withheld = negated(verb)
            yield from _topic(tok, -1 if withheld else 1, [Holder(owner_actor, 1, 0.6, "subject")], issue, 0.5)
        return
    if verb is not None and verb_lemma in L.reiterate_verbs:
        yield from _topic(tok, polarity, subject_holders(nd, verb), issue, 0.7)
    elif verb is not None and verb_lemma in L.oppose_verbs | L.deny_verbs:
        yield from _topic(tok, -polarity, subject_holders(nd, verb), issue, 0.65)
    if owner_actor:
        yield from _topic(tok, polarity, [Holder(owner_actor, 1, 0.8, "subject")], issue, 0.6)


def role_noun(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'X, the chief sponsor of the bill', 'X was the nonvoting supporter of the override', 'a critic of Y'."""
    polarity_word = lex().role_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    issue = pobj(child(tok, {"prep"}, {"of"})) if polarity_word else None
    if issue is None:
        return
    if tok.dep_ == "appos":
        actor = actor_of(nd, tok.head)
    elif tok.dep_ == "attr":
        actor = actor_of(nd, subject_of(tok.head))
    else:
        return
    if actor:
        yield from _topic(tok, 1 if polarity_word == "support" else -1, [Holder(actor, 1, 0.8, "subject")], issue, 0.65)


def denial(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'Trump has denied his campaign colluded with Moscow': against the denied proposition."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex().deny_verbs:
        return
    clause = child(tok, {"ccomp"})
    if clause is not None:
        yield from _topic(tok, 1 if negated(tok) else -1, subject_holders(nd, tok), clause, 0.6)


def evaluation(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """In someone's words: 'X is an essential part of ...', 'it was counterproductive to X', 'X is wrong'."""
    L = lex()
    if tok.lemma_.lower() != "be":
        return
    pred = child(tok, {"acomp", "attr"}) or pobj(child(tok, {"prep"}, {"in"}))  # 'in the public interest'
    if pred is None:
        return
    words = {pred.lemma_.lower(), *(c.lemma_.lower() for c in pred.children if c.dep_ in {"amod", "compound"})}
    if words & L.positive_eval:
        polarity = 1
    elif words & L.negative_eval:
        polarity = -1
    else:
        return
    if negated(tok):
        polarity = -polarity
    subj = child(tok, {"nsubj", "csubj"})
    issue = subj
    if subj is None or subj.lower_ in _PRONOUNS:
        issue = child(tok, {"xcomp", "ccomp"}) or (child(pred, {"xcomp"}) if pred is not None else None)
    yield from _topic(tok, polarity, chain_holders(nd, tok), issue, 0.6)


def outcome(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """In someone's words: 'sanctions don't always work', 'ousting leaders did not lead to peace'."""
    L = lex()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return
    if lemma in L.lead_verbs:
        goal = pobj(child(tok, {"prep"}, {"to"}))
        if goal is None or goal.lemma_.lower() not in L.outcome_goals:
            return
    elif lemma not in L.outcome_verbs or (lemma not in {"work", "help", "succeed"} and child(tok, {"dobj"}) is None):
        return
    subj = child(tok, {"nsubj"})
    if subj is None or subj.lower_ in _PRONOUNS or subj.pos_ not in {"NOUN", "PROPN"}:
        return
    if child(tok, {"advmod", "mark"}, {"how", "whether", "if", "when"}) is not None:
        return  # 'how export controls worked' describes, it does not judge
    holders = [h for h in chain_holders(nd, tok) if h.via != "subject"]
    yield from _topic(tok, -1 if negated(tok) else 1, holders, subj, 0.55)


def necessity(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """In someone's words: 'no solution is possible without X' -> X is wanted."""
    if tok.lower_ != "without" or tok.dep_ != "prep":
        return
    head = tok.head
    subj = child(head, {"nsubj", "nsubjpass"})
    pred = child(head, {"acomp"})
    negative = (any(c.dep_ == "neg" for c in head.children)
                or (subj is not None and child(subj, {"det"}, {"no"}) is not None)
                or (pred is not None and pred.lemma_.lower() == "impossible"))
    if negative:
        yield from _topic(tok, 1, chain_holders(nd, tok), pobj(tok), 0.6)
