"""Cues and speakers: which word attributes a statement, and who its source is.

A cue is a reporting word from ``data/cue_verbs.txt`` (lemma, then the dependents that carry
its content). The source is the cue's subject, found through participles ("..., adding"),
relative clauses ("Smith, who said"), "according to X", and nested attributions
("X quoted Y as saying", "X recalled Y as saying" give Y).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Token

from ..actors import resolve_reference
from ..actors.groups import group_at
from ..actors.lexicon import agents, cue_lemma, person_nouns, roles, someone_noun, speech_relations
from ..actors.mentions import PLACE_ENTITIES, PLACE_NOUNS, given_name
from ..actors.names import titles
from ..document import NewsDoc
from ..model import Span

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_RELATIVE = {"who", "which", "that", "whom"}
_NESTING = {"quote", "cite"}  # "X quoted Y as saying": the speaker is the object
_CLIMB = {"advcl", "xcomp", "conj", "acl", "pcomp", "prep", "parataxis"}
_MENTION_LEFT = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod"}
_MAX_MENTION = 12
_NAME_PARTS = ("PROPN", "PUNCT")  # 'al', '-', 'Kabeir'; not a caption's verb run into the name ('Introducing Mr X')
_DOCUMENT_REACH = 3  # sentences back to the document an 'it' may stand for
_RECENT_SENTENCES = 2  # a namesake mentioned this close before a bare surname is the one it means
_DEPTH = 5  # clauses to climb from a cue to the one with its subject ("began by crediting X and urging")


def is_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and cue_lemma(tok) in speech_relations() or _according(tok)


def _according(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def source_token(cue: Token, quoted: bytearray | None = None) -> Token | None:
    """The head word of the cue's source, or None when the sentence names none.

    ``quoted[i]`` marks tokens inside quotation marks: a quote that the parser took for the
    subject ('"Full panic mode," said Wimes') is not its own source."""
    if _according(cue):
        to = next(c for c in cue.children if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    cue = _nested_speech(cue) or cue
    if _passive(cue) and not any(c.dep_ == "agent" for c in cue.children):
        return None  # "Asked whether ..., Smith said" / "it was announced": the asker is unnamed
    before = cue.doc[cue.i - 1] if cue.i else None
    if cue.tag_ == "VBG" and before is not None and before.pos_ == "PROPN" and before.dep_ == "pobj" \
            and before.head.lower_ == "of" and not any(c.dep_ in _SUBJECTS for c in cue.children):
        return before  # "footage of Clinton saying": the name the participle follows
    tok, below = cue, cue
    for _ in range(_DEPTH):
        subj = subject_of(tok, quoted)
        if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            # "Smith, who said": the mention is "who", the speaker its antecedent; 'a video that said': its issuer
            return _issuer(tok.head, quoted) or subj
        if tok != cue and (tok.lemma_.lower() in _NESTING and not _set_off(below) or below.lower_ == "as"):
            # 'recalled Y as saying', 'quoted Y saying'; not 'cited Y by name, saying': the subject's words
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj
            if subj is not None and subj.dep_ == "nsubjpass":
                return subj  # 'Y was quoted by Fars as saying': Y, whoever quoted Y
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if subj is not None and (agent is None or subj.dep_ != "nsubjpass" or tok != cue and below.dep_ == "conj"
                                 and not any(c.dep_ == "aux" for c in below.children)):
            return subj  # 'X was joined by Y and joked': the joke is X's, the subject both verbs share
        if tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return _issuer(tok.head, quoted) or tok.head  # "footage of Clinton asking, ..."
        if agent is not None:  # "was criticized by Smith": the agent, not the passive subject
            return _agent_object(tok)
        if tok.dep_ not in _CLIMB or tok.head == tok:
            return None
        tok, below = _reporter(tok, quoted) or tok.head, tok
    return None


def _reporter(verb: Token, quoted: bytearray | None) -> Token | None:
    """'Suu Kyi said it was too early but added, "..."': the speech verb whose reported clause the
    parser hung a second speech verb on; that verb goes with the reporter, not the clause's subject."""
    if not (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" and _set_off(verb)) or not is_cue(verb):
        return None
    head = verb.head
    while head.dep_ == "xcomp" and not is_cue(head):  # 'said Clinton will have to choose ..., saying'
        head = head.head
    if not is_cue(head) and head.dep_ == "ccomp" and is_cue(head.head) and not (quoted and quoted[head.head.i]):
        return head.head  # also 'Starr said Clinton's situation reminds him of ..., explaining, "..."'
    return None


def _nested_speech(verb: Token) -> Token | None:
    """'X quoted Y as saying' / 'X quoted Y saying': the participle, whose source is Y, when the cue
    found is the verb that nests it."""
    if verb.lemma_.lower() not in _NESTING:
        return None
    for c in verb.children:
        inner = next((g for g in c.children if g.tag_ == "VBG"), None) if c.dep_ == "prep" and c.lower_ == "as" \
            else c if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" else None
        if inner is not None and is_cue(inner):
            return inner
    return None


def _set_off(clause: Token) -> bool:
    """The clause opens after a comma ('..., saying'): it goes with the subject, not the object."""
    return clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def subject_of(verb: Token, quoted: bytearray | None) -> Token | None:
    """The verb's subject outside quotes; of two (a misparse: 'the group's director Erin Gallagher
    said', 'Wael Farouk, the activist hailed as a hero, had'), the person's name nearest before the
    verb, else the subject nearest before it, unless the verb comes right after a
    quote's closing mark or is set off by commas ('This, says Yabi, creates ...'): then it is a tag and
    its subject follows it ('Part of the reason ... is because "Libya happened first," noted Danielle
    Pletka'); nor a place's name after its kind ('a reporter living in the city Benghazi said')."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not (quoted and quoted[c.i])]
    before = [c for c in subjects if c.i < verb.i]
    if len(subjects) > 1:
        before = [c for c in before if not (c.i and c.doc[c.i - 1].lemma_.lower() in PLACE_NOUNS)] or before
    if len(subjects) > 1 and len(before) < len(subjects) and verb.i and verb.doc[verb.i - 1].is_quote:
        return next(c for c in subjects if c.i > verb.i)
    after = [c for c in subjects if c.i > verb.i]
    if before and after and verb.doc[verb.i - 1].text == "," and after[0].right_edge.i + 1 < len(verb.doc) \
            and verb.doc[after[0].right_edge.i + 1].text == ",":
        return after[0]  # 'This, says Yabi, creates its own problems': the inverted tag set off by commas
    if len(subjects) > 1 and before:
        return ([c for c in before if c.ent_type_ == "PERSON"] or before)[-1]
    return next(iter(subjects), None)


def _issuer(channel: Token, quoted: bytearray | None) -> Token | None:
    """'She released a statement saying, "..."': who issued the statement (or letter, post ...), or whom it
    is from; also when the participle hangs on whom it went to ('blasted out an email to supporters
    stating, "..."')."""
    if channel.dep_ == "pobj" and channel.head.lower_ == "to" and channel.head.head.pos_ == "VERB":
        verb = channel.head.head
        sent = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in roles()["channels"]), None)
        return subject_of(verb, quoted) if sent is not None else None
    if channel.lemma_.lower() not in roles()["channels"] or channel.dep_ != "dobj":
        return None
    sender = next(_prep_objects(channel, ("from",)), None)
    return sender or subject_of(channel.head, quoted)  # 'released a letter from his doctor that says': the doctor


def _prep_objects(head: Token, words: tuple[str, ...]) -> Iterator[Token]:
    """The objects of the head's prepositions among ``words`` ('a letter from his doctor': doctor)."""
    return (g for c in head.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj")


def antecedent(tok: Token) -> Token:
    """What a relative pronoun subject stands for ("Smith, who said" -> Smith); else the token."""
    if tok.lower_ in _RELATIVE and tok.dep_ in _SUBJECTS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    bare = verb.tag_ == "VBN" and not deps & {"aux", "nsubj"}  # "Asked whether ...", "when asked"
    return "auxpass" in deps or "nsubjpass" in deps or bare


def mention_span(nd: NewsDoc, head: Token) -> Span:
    """A compact mention for a source head: its left modifiers and compounds and the rest of the
    name it is part of, not its clauses, never across a line break (a dateline or time stamp above
    is not part of the name)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _MENTION_LEFT and head.i - child.left_edge.i <= _MAX_MENTION:
            start = min(start, child.left_edge.i)
            break
    clauses = [t.i for t in head.doc[start:head.i] if t.pos_ == "VERB" and any(c.dep_ in _SUBJECTS for c in t.children)]
    if clauses:  # a misparse hung the reporting clause on the name ('Kommersant quoted delegation leader X')
        start = clauses[-1] + 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "appos" and child.left_edge.i - head.i <= 2):
            end = child.right_edge.i + 1
        else:
            break
    doc = nd.doc
    if head.pos_ == "PROPN" and head.ent_iob_ in ("B", "I"):  # the rest of its name ('al-Kabeir': 'al', '-', 'Kabeir')
        first, last = head.i, head.i + 1
        while doc[first].ent_iob_ == "I" and doc[first - 1].pos_ in _NAME_PARTS:
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I" and doc[last].pos_ in _NAME_PARTS:
            last += 1
        start, end = min(start, first), max(end, last)
    while start < head.i and any("\n" in t.text_with_ws for t in doc[start:head.i]):
        start += 1
    while end > head.i + 1 and any("\n" in t.text_with_ws for t in doc[head.i:end - 1]):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space or is_cue(doc[start])):
        start += 1  # nor the tag's verb the parser hung on it ('tweeted Rubio spokesman Alex Conant')
    return nd.span_of(doc[start:end])


def _name_at_the_end(nd: NewsDoc, head: Token) -> str | None:
    """A person's name closing the noun's phrase that the parser hung on the place or organisation
    before it ('says the director of the Brookings Centre in Qatar, Salman Sheikh', 'said U.S.
    Ambassador to the U.N. Susan Rice'): the noun's. ('a spokesman for Susan Rice' is not Rice: no
    place or organisation runs into the name.)"""
    for tok in head.subtree:
        if tok.ent_type_ != "PERSON" or tok.head == head or tok.right_edge != head.right_edge:
            continue
        if tok.dep_ == "appos" and tok.head.ent_type_ in (*PLACE_ENTITIES, "ORG") \
                or tok.dep_ == "pobj" and tok.head.head == head and (_run_into(tok) or _portfolio_before(head, tok)):
            return nd.token_actor(tok, tok.left_edge.idx)
    return None


def _portfolio_before(title: Token, name: Token) -> bool:
    """'said Minister of Public Works Ghazi Aridi': a capitalised title, its 'of' and a capitalised
    portfolio no entity holds run into the name ('a spokesman for Susan Rice' is lower case)."""
    portfolio = [c for c in name.lefts if c.dep_ == "compound" and not c.ent_type_]
    return title.is_title and bool(portfolio) and all(c.is_title and c.lower_ not in titles() for c in portfolio)


def _name_set_before(nd: NewsDoc, head: Token) -> str | None:
    """'In The New Yorker, Nicholas Thompson, a social media expert, writes': the parser hung the name
    on the phrase before it as an apposition and made the noun after it the subject; the noun is the
    name's description."""
    left = head.left_edge
    if left.i < 2 or head.doc[left.i - 1].text != ",":
        return None
    name = head.doc[left.i - 2]
    return nd.token_actor(name, name.left_edge.idx) if name.ent_type_ == "PERSON" and name.dep_ == "appos" else None


def _run_into(name: Token) -> bool:
    """The place or organisation a title's 'to'/'for' phrase names runs straight into a person's
    name ('to the U.N. Susan Rice'): the parser made the name the phrase's head."""
    return any(c.dep_ == "compound" and c.ent_type_ in (*PLACE_ENTITIES, "ORG") for c in name.lefts)


def speaker_of(nd: NewsDoc, head: Token, mention: Span) -> str | None:
    """The canonical actor for a source: the actor named by its head word or by a name that holds it,
    or by a name in apposition ('one protester, Amal Haddad, ...'); else the resolved pronoun or
    description; else a person with that surname (a local fallback); else any actor in the mention.
    A relative pronoun ("who said") speaks for its antecedent."""
    if (named := antecedent(head)) is not head:
        return speaker_of(nd, named, mention_span(nd, named))
    if owners := _channel_owners(_document_it(head) or head):
        return next((found for owner in owners if (found := speaker_of(nd, owner, mention_span(nd, owner)))), None)
    if (group := group_at(nd, head)) is not None:
        return group  # 'Obama, Sarkozy and Cameron wrote': all three
    if (name := given_name(head)) is not None and (named := nd.token_actor(name, name.left_edge.idx)):
        return named  # 'a Misrata resident called Saadoun told': the name, not the described body of residents
    titled = _common_title(head)
    in_apposition = next((a for c in head.children if c.dep_ == "appos" and (a := nd.token_actor(c, c.left_edge.idx))),
                         None) or (_name_at_the_end(nd, head) or _name_set_before(nd, head) if titled else None) \
        or (_person_after_body(nd, head) or _named_with_another_role(nd, head)
            if head.pos_ == "NOUN" and head.lemma_.lower() in person_nouns() else None)
    # 'said Manager of Public Relations Jodi Einhorn': a capitalised word no entity holds, then a person's name
    titled = titled or head.pos_ == "PROPN" and not head.ent_type_ and in_apposition is not None \
        and nd.actor(in_apposition).type == "PERSON"
    if (titled or head.pos_ == "NOUN") and in_apposition is not None:
        # 'Libyan activist Hafed al-Ghwell' parsed with the noun as head, 'the head of the council, Colonel
        # Abdullah Naker,': the name beside the noun, whomever the noun alone would describe
        found = in_apposition
    else:
        found = nd.token_actor(head, mention.start) or in_apposition or resolve_reference(nd, head)
    # "party leader Roger Knapman" is Knapman, not the party; a surname the tagger took for a common
    # noun ('Carney downplayed ...') is still that person's
    if found is None and (head.pos_ == "PROPN" or head.is_title):
        found = _last_named(nd, head)
    if found is None and (body := _body_of_members(nd, head)) is not None:
        return body
    if _unnamed_person(head):  # 'a Whitefish spokesman' is not Whitefish: an unnamed person stays unnamed
        actor = nd.actor(found)
        return found if actor is not None and (actor.type == "PERSON" or actor.members) else None
    # "London's Exclusive Analysis consultancy said": the name in front of the noun, not its place
    found = found or next((a for c in reversed(list(head.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"
                           and (a := nd.token_actor(c, c.left_edge.idx))), None) \
        or nd.actor_at(mention.start, mention.end)
    sourced = head.dep_ in _SUBJECTS or head.dep_ == "pobj" and _according(head.head.head)
    if found and not sourced and getattr(nd.actor(found), "type", None) == "PLACE":
        return None  # 'in the city of Ramallah chanting "..."': a place the speech hangs on is not its source
    return found


def _named_with_another_role(nd: NewsDoc, head: Token) -> str | None:
    """'human rights activist and blogger Ramy Raoof told': the name closes the second of two roles joined
    by 'and' (a role word on the name itself), so both roles are that one person's."""
    for name in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
        if any(g.dep_ in ("amod", "compound") and g.pos_ == "NOUN" and g.lemma_.lower() in agents()
               for g in name.children):
            actor = nd.actor(nd.token_actor(name, name.left_edge.idx) or _last_named(nd, name))
            if actor is not None and actor.type == "PERSON":
                return actor.id
    return None


def _body_of_members(nd: NewsDoc, head: Token) -> str | None:
    """'analysts with Stratfor said', 'Eurasia Group analysts said', 'officials at the State Department said':
    several people speaking for the organisation they are with speak as it (one unnamed person, 'a spokesman
    for X', stays unnamed)."""
    word = head.lemma_.lower()
    if head.tag_ != "NNS" or not someone_noun(word):
        return None
    named_before = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]  # 'Eurasia Group analysts'
    for body in [*_prep_objects(head, ("with", "at", "from", "of")), *named_before]:
        actor = nd.actor(nd.token_actor(body, body.left_edge.idx))
        if actor is not None and actor.type == "ORGANIZATION":
            return actor.id
    return None


def _person_after_body(nd: NewsDoc, head: Token) -> str | None:
    """'the head of the Tripoli Revolutionary Council, Colonel Abdullah Naker, told': the parser hangs the
    name on the body the person heads; a person's name in apposition to the object of the noun's
    'of'/'for' is the noun's."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")):
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            for c in body.children:
                actor = nd.actor(nd.token_actor(c, c.left_edge.idx)) if c.dep_ == "appos" else None
                if actor is not None and actor.type == "PERSON":
                    return actor.id
    return None


def _common_title(head: Token) -> bool:
    """A common noun, or a title the tagger capitalised into a proper noun ('U.S. Ambassador')."""
    return head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.ent_type_ == "" and head.lower_ in person_nouns()


def _last_named(nd: NewsDoc, head: Token) -> str | None:
    """The person with this surname mentioned last before it, if in the last few sentences: 'Sara Ibrahim
    ... "...," Ibrahim said' after a Sally Ibrahim earlier in the article is Sara; further back, the one
    mentioned most (a story's Gadhafi is the leader, not the son it named once some way back)."""
    owners = {a.id: a for a in nd.actors if a.type == "PERSON" and a.name.split()[-1:] == [head.text]}
    before = [(m.start, a_id) for a_id, a in owners.items() for m in a.mentions if m.start < head.idx]
    if not before:
        return next(iter(owners), None)
    last_at, last = max(before)
    if sum(last_at < s.start_char <= head.idx for s in head.doc.sents) <= _RECENT_SENTENCES:
        return last
    counts = Counter(a_id for _, a_id in before)
    return max(counts, key=lambda a_id: (counts[a_id], max(at for at, o in before if o == a_id)))


def _unnamed_person(head: Token) -> bool:
    """A common noun for one person ('spokesman', 'official', 'a source close to ...'), or any
    indefinite one ('another New Hampshire Republican')."""
    indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in head.children)
    return head.pos_ in ("NOUN", "PROPN") and (indefinite or head.pos_ == "NOUN" and head.lemma_.lower() in person_nouns())


def _channel_owners(head: Token) -> list[Token]:
    """'the official Twitter account of X', 'a statement from X' (or by X), "X's website", 'his account': what
    carries the words is not their source; its owner is, also for 'the report' that someone put out
    before (or, with no earlier report, 'the tweet' after 'X said in a post on his Twitter account'):
    the issuers of the earlier ones, nearest first, the same word first."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in roles()["channels"]:
        return []
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")
                  and c.ent_type_ not in ("DATE", "TIME")), None)  # not 'Friday's statement'
    if owner is not None:
        return [owner]
    owner = next((g for g in _prep_objects(head, ("of", "for", "from", "by")) if g.pos_ in ("PROPN", "NOUN")),
                 None) or _author(head) \
        or _publisher(head)  # 'X said in a statement announcing the loan. / "..."': X put it out
    if owner is None and not _definite(head):
        owner = _conjoined_actor(head)
    if owner is not None or not _definite(head):
        return [owner] if owner is not None else []
    earlier = [t for t in reversed(head.doc[:head.i]) if t.pos_ == "NOUN" and t.lemma_.lower() in roles()["channels"]]
    same = [t for t in earlier if t.lemma_ == head.lemma_]  # the same word first: 'the report' is the report's
    return [o for t in same + earlier if (o := _publisher(t) or _author(t))]


def _conjoined_actor(channel: Token) -> Token | None:
    """'The Royal Air Force also targeted a boat ..., but a statement said that "..."': a channel no earlier
    one explains ('a', not 'the') that speaks in a clause joined to one whose subject is a name was put out
    by that name."""
    verb = channel.head
    if channel.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    subject = subject_of(verb.head, None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _definite(noun: Token) -> bool:
    """'the report'; also 'the e-mail' that the parser split into pieces and left without its 'the'."""
    first = noun.i
    while first and not noun.doc[first - 1].whitespace_ and not noun.doc[first - 1].is_quote:
        first -= 1
    return any(c.lower_ == "the" for c in noun.children) or first > 0 and noun.doc[first - 1].lower_ == "the"


def _document_it(head: Token) -> Token | None:
    """'The report was drawn up ... It denies ... "...," it says': an 'it' whose nearest noun subject
    of a sentence before it (within three sentences, over pronouns) is a document or other channel
    stands for it; so does the channel that subject spoke in ('In Friday's statement, Mr Ban said')."""
    if head.lower_ != "it":
        return None
    sentences = 0
    for tok in reversed(head.doc[:head.i]):
        if tok.dep_ in _SUBJECTS and tok.pos_ in ("NOUN", "PROPN") and tok.head.dep_ == "ROOT":
            if tok.lemma_.lower() in roles()["channels"]:
                return tok
            # 'In Friday's statement, Mr Ban said ... "...," it said': the channel the speaker spoke in
            return next((g for g in _prep_objects(tok.head, ("in", "via")) if g.lemma_.lower() in roles()["channels"]),
                        None)
        sentences += tok.is_sent_start
        if sentences == _DOCUMENT_REACH:
            return None
    return None


def _author(document: Token) -> Token | None:
    """'the Amnesty International report', 'U.S. Embassy cables': the organisation named in front of
    a document wrote it (not a platform in front of a post: 'a Facebook post'); so did the body a
    noun in front of it names ('a foreign ministry statement'), and a name NER took for a person's ('the
    Stratfor statement')."""
    if document.lemma_.lower() not in roles()["documents"]:
        return None
    return next((c for c in document.children if c.dep_ == "compound" and (
        c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        or c.pos_ == "NOUN" and c.lemma_.lower() in roles()["body_heads"])), None)


def _publisher(channel: Token) -> Token | None:
    """Who put out an earlier mention of the channel: 'X issued the report' / 'X said in a report' /
    'X told staff via e-mail' / 'cases documented by X in a report' ... 'the report said' speaks for X."""
    verb = channel.head.head if channel.dep_ == "pobj" and channel.head.lower_ in ("in", "on", "through", "via") else \
        channel.head if channel.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    by = _agent_object(verb)
    return by if by is not None and channel.dep_ == "pobj" else subject_of(verb, None)


def _agent_object(verb: Token) -> Token | None:
    """Who does what a passive verb says ('was criticized by Smith'): Smith."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
