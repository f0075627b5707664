"""Discourse networks (Leifeld 2016, Discourse Network Analysis) and event networks.

- affiliation: actor–issue edges, weight = statements, polarity support/oppose/mixed;
- congruence: actor–actor, weight = issues on which both take the same side;
- conflict: actor–actor, weight = issues on which they take opposite sides;
- events: directed source→target actor edges, weight = summed Goldstein score of their corpus
  events (one per happening, however many articles report it), with the count.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from . import queries

KINDS = ("affiliation", "congruence", "conflict", "events")


def edges(db, kind: str) -> list[dict]:
    """The edge list of one network kind: dicts with source, target, weight and attributes."""
    if kind == "events":
        return _event_edges(db)
    sides: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    names: dict[str, str] = {}
    for s in queries.stances(db):
        sides[s["actor"], s["issue_key"]].add(s["polarity"])
        counts[s["actor"], s["issue_key"]] += 1
        names[s["issue_key"]] = s["issue"]
    if kind == "affiliation":
        return [{"source": actor, "target": names[issue], "weight": counts[actor, issue],
                 "polarity": next(iter(p)) if len(p) == 1 else "mixed"} for (actor, issue), p in sorted(sides.items())]
    return _actor_pairs(sides, names, agree=kind == "congruence")


def _actor_pairs(sides, names, *, agree: bool) -> list[dict]:
    by_issue: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for (actor, issue), polarities in sides.items():
        by_issue[issue].append((actor, polarities))
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for issue, held in by_issue.items():
        for (a, pa), (b, pb) in combinations(sorted(held), 2):
            if (bool(pa & pb) if agree else any({x, y} == {"support", "oppose"} for x in pa for y in pb)):
                shared[a, b].append(names[issue])
    return [{"source": a, "target": b, "weight": len(issues), "issues": "; ".join(sorted(issues))}
            for (a, b), issues in sorted(shared.items())]


def _event_edges(db) -> list[dict]:
    pairs: dict[tuple[str, str], dict] = {}
    for e in queries.events(db):
        for source in (e["source"] or "").split("; "):
            for target in (e["target"] or "").split("; "):
                if source and target and source != target:
                    edge = pairs.setdefault((source, target), {"source": source, "target": target, "weight": 0.0,
                                                               "events": 0, "categories": set()})
                    edge["weight"] += e["goldstein"] or 0.0
                    edge["events"] += 1
                    edge["categories"].add(e["category"])
    return [{**edge, "weight": round(edge["weight"], 2), "categories": "; ".join(sorted(edge["categories"]))}
            for edge in sorted(pairs.values(), key=lambda x: (x["source"], x["target"]))]


def to_graph(rows: list[dict], kind: str):
    """A networkx graph (directed for events) of an edge list, for GraphML/GEXF output."""
    import networkx as nx

    graph = nx.DiGraph() if kind == "events" else nx.Graph()
    for row in rows:
        graph.add_edge(row["source"], row["target"], **{k: v for k, v in row.items() if k not in ("source", "target")})
    if kind == "affiliation":
        issues = {row["target"] for row in rows}
        nx.set_node_attributes(graph, {n: "issue" if n in issues else "actor" for n in graph}, "kind")
    return graph
