"""Stances: who stands where on which issue, and where actors disagree.

Three steps: :mod:`.frames` and :mod:`.responsibility` find the words that carry a stance and who
holds it (:mod:`.holders` reads the speaker, denial or endorsement above a clause);
:mod:`.issues` groups the claims of one article into issues; here they become
:class:`~newsgraph.model.Stance` items (one per holder, issue and polarity) and, for every issue
with actors on both sides, a :class:`~newsgraph.model.Disagreement`.
"""

from __future__ import annotations

from ..document import NewsDoc
from ..model import Disagreement, Stance
from . import frames
from .frames import Claim
from .issues import assign
from .lexicon import lex
from .responsibility import responsibility

__all__ = ["find_stances", "find_disagreements"]

FRAMES = (frames.stance_word, frames.request, frames.stance_noun, frames.role_noun, frames.denial,
          frames.evaluation, frames.outcome, frames.necessity, responsibility)


def find_claims(nd: NewsDoc) -> list[Claim]:
    """Every frame over every token that can trigger one, in text order; claims without a holder are dropped."""
    out = []
    triggers = lex().triggers
    for tok in nd.doc:
        if tok.lemma_.lower() in triggers or tok.lower_ in triggers:
            for frame in FRAMES:
                out.extend(c for c in frame(nd, tok) if c.holders)
    return out


def _evidence(nd: NewsDoc, tok):
    """The sentence that carries the stance, without trailing whitespace."""
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    return nd.span(words[0].idx, words[-1].idx + len(words[-1]))


def find_stances(nd: NewsDoc) -> list[Stance]:
    best: dict[tuple, Stance] = {}
    for claim, issue, agent_sign in assign(nd, find_claims(nd)):
        quote = nd.quote_at(claim.trigger.idx)
        for holder in claim.holders:
            polarity = "support" if claim.polarity * holder.sign * agent_sign > 0 else "oppose"
            key = (holder.actor, issue.id, polarity)
            confidence = round(claim.confidence * holder.weight, 2)
            if key in best and best[key].confidence >= confidence:
                continue
            best[key] = Stance(
                id="", holder=holder.actor, issue=issue.text, issue_id=issue.id, polarity=polarity,
                evidence=_evidence(nd, claim.trigger), quote=quote.id if quote else None, confidence=confidence,
            )
    found = sorted(best.values(), key=lambda s: (s.evidence.start, s.issue_id))
    for i, stance in enumerate(found, 1):
        stance.id = f"s{i}"
    return found


def find_disagreements(nd: NewsDoc) -> list[Disagreement]:
    """Every issue on which some actor supports what another opposes."""
    by_issue: dict[str, list[Stance]] = {}
    for s in nd.stances:
        by_issue.setdefault(s.issue_id, []).append(s)
    out = []
    for stances in by_issue.values():
        side: dict[str, Stance] = {}
        for s in stances:  # an actor on both sides counts where it is surest
            if s.holder not in side or s.confidence > side[s.holder].confidence:
                side[s.holder] = s
        pro = [a for a, s in side.items() if s.polarity == "support"]
        con = [a for a, s in side.items() if s.polarity == "oppose"]
        if pro and con:
            evidence = list({(s.evidence.start, s.evidence.end): s.evidence for s in stances}.values())
            out.append(Disagreement(issue=stances[0].issue, issue_id=stances[0].issue_id,
                                    supporters=pro, opponents=con, evidence=evidence))
    return out
