"""The quotes stage: quotation marks, attribution, speakers, bad input."""

from __future__ import annotations

import json
import time

import pytest

from newsgraph.quotes.marks import quoted_spans

from conftest import SEED_GOLD, SEED_TEXT, needs_shared


def only_direct_quote(newsdoc, text: str):
    """The NewsDoc of ``text`` and its one direct quote (fails unless there is exactly one)."""
    nd = newsdoc(text, until="quotes")
    (q,) = [q for q in nd.quotes if q.type == "direct"]
    return nd, q


def only_quote_speaker(newsdoc, text: str) -> str | None:
    """The canonical speaker's name of the article's only direct quote, None when it has none."""
    nd, q = only_direct_quote(newsdoc, text)
    return nd.actor(q.speaker).name if q.speaker is not None else None


def direct_quote_speakers(newsdoc, text: str) -> list[str | None]:
    """The canonical speaker's name (None when none) of every direct quote of ``text``, in order."""
    nd = newsdoc(text, until="quotes")
    return [nd.actor(q.speaker).name if q.speaker else None for q in nd.quotes if q.type == "direct"]


def last_quote_speaker(newsdoc, text: str) -> str | None:
    """The canonical speaker's name of the article's last direct quote, None when it has none."""
    nd = newsdoc(text, until="quotes")
    last = [q for q in nd.quotes if q.type == "direct"][-1]
    return nd.actor(last.speaker).name if last.speaker is not None else None


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quoted_spans(text)]


@pytest.mark.parametrize("text, want", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said \u201cwe will win\u201d today.", ["we will win"]),
    ("Il a dit \u00ab nous gagnerons \u00bb hier.", [" nous gagnerons "]),
    ("He said ``we will win'' today.", ["we will win"]),
    ("He said ''we will win'' today.", ["we will win"]),
    ("UK 'will not tolerate' abuse, says minister", ["will not tolerate"]),
])
def test_every_mark_style_pairs(text, want):
    assert contents(text) == want


def test_apostrophes_are_not_quotes():
    assert contents("The voters' choice isn't Smith's, and the '90s are over.") == []


def test_single_quotes_outside_double_quoted_spans_pair_but_not_inside_them():
    """A headline quote in single marks run into a paragraph with double marks (a copy that lost its
    line breaks) is a quote; single marks inside a double-quoted span and apostrophes are not."""
    text = ('"We will talk," he said. Minister: \'We will not give up\' Read more. The teachers\' union '
            'said "the word \'strike\' is not on the table" today.')
    assert contents(text) == ["We will talk,", "We will not give up", "the word 'strike' is not on the table"]


def test_multi_paragraph_quote_is_one_span_with_a_piece_per_paragraph():
    text = "He said: \u201cFirst paragraph goes on.\n\u201cSecond one ends here.\u201d\nThen prose."
    (q,) = quoted_spans(text)
    assert [text[a:b] for a, b in q.pieces] == ["First paragraph goes on.", "Second one ends here."]
    assert q.closed


def test_unclosed_quote_stops_at_its_paragraph():
    text = "She said \u201cthis never closes\nA new paragraph of prose."
    (q,) = quoted_spans(text)
    assert text[q.start:q.end] == "this never closes" and not q.closed


def test_thousands_of_marks_are_linear_and_sane():
    for text in ('"' * 5000, "\u201c" * 5000, ('a "b" ' * 3000), "'" * 5000):
        start = time.perf_counter()
        spans = quoted_spans(text)
        assert time.perf_counter() - start < 1.0
        assert all(0 <= q.start <= q.end <= len(text) for q in spans)


@pytest.fixture()
def quotes_of(nlp):
    """Run the stages up to quotes on any text (bad input included: no language check)."""
    from newsgraph.document import NewsDoc
    from newsgraph.model import ArticleInfo
    from newsgraph.pipeline import run_stages

    def run(text: str):
        info = ArticleInfo(chars=len(text), sha256="", text=text)
        nd = run_stages(NewsDoc(text=text, doc=nlp(text), info=info), until="quotes")
        for q in nd.quotes:
            assert nd.text[q.start:q.end] == q.text
            for span in [q.speaker_mention, q.cue, *q.fragments]:
                assert span is None or nd.text[span.start:span.end] == span.text
        return nd, nd.quotes

    return run


def test_interrupted_quote_is_one_quote_with_fragments(quotes_of):
    _, quotes = quotes_of('"We are not going," John Smith said, "anywhere at all, ever."')
    (q,) = [q for q in quotes if q.type == "direct"]
    assert [f.text for f in q.fragments] == ["We are not going,", "anywhere at all, ever."]
    assert q.speaker_mention.text == "John Smith" and q.cue.text == "said"


def test_colon_introduced_quote(quotes_of):
    _, quotes = quotes_of("Maria Lopez, the mayor, told reporters: \u201cThe bridge will reopen next week.\u201d")
    (q,) = [q for q in quotes if q.type == "direct"]
    assert "Maria Lopez" in q.speaker_mention.text


def test_cueless_paragraph_continues_previous_speaker(quotes_of):
    text = ('"The plan is dead," said Angela Merkel.\n'
            '"Nobody in this room believes it will pass this year or next."')
    _, quotes = quotes_of(text)
    first, second = [q for q in quotes if q.type == "direct"]
    assert second.cue is None and second.speaker_mention == first.speaker_mention


def test_quote_with_no_speaker_abstains(quotes_of):
    _, quotes = quotes_of('The sign on the door read nothing.\n"Nobody knows where the money went, or why."')
    (q,) = [q for q in quotes if q.type == "direct"]
    assert q.speaker is None and q.speaker_mention is None


def test_reported_speech_drops_that(quotes_of):
    _, quotes = quotes_of("The minister warned that prices would rise sharply in the spring.")
    (q,) = quotes
    assert q.type == "indirect" and q.text == "prices would rise sharply in the spring"
    assert q.speaker_mention.text == "The minister" and q.cue.text == "warned"


@pytest.mark.parametrize("text, cue", [
    ("Ali Haddad whispered that the soldiers would come back before dawn.", "whispered"),
    ("Critics grumbled that the plan would cost far too much money.", "grumbled"),
])
def test_a_manner_of_speaking_verb_reports_speech(quotes_of, text, cue):
    _, quotes = quotes_of(text)
    (q,) = quotes
    assert q.type == "indirect" and q.cue.text == cue


@pytest.mark.parametrize("text, speakers", [
    pytest.param('"People saw the cars going in that direction," Buhagiar said in an interview late on Tuesday. "We '
                 'think he is still in the south with his sons." Burkina President Blaise Compaore denied discussing '
                 'giving refuge to Gaddafi.', ["Buhagiar", "Buhagiar"],
                 id="news after a closed quote is no tag: 'denied' cannot tag"),
    pytest.param('"She was saying, we are all Libyans," Abdallah recounted. "It was like a rugby pileup." '
                 'The woman recounted her ordeal.', ["Abdallah", "Abdallah"],
                 id="a verb that can tag still does: 'Abdallah recounted'"),
])
def test_only_a_verb_that_can_tag_a_quote_tags_the_closed_quote_before_it(newsdoc, text, speakers):
    assert direct_quote_speakers(newsdoc, text) == speakers


def test_a_description_after_a_name_the_parser_hung_elsewhere_is_that_names(newsdoc):
    """'In The New Yorker, Nicholas Thompson, a social media expert, writes ...: "..."': the parser made the
    name an apposition to the magazine and 'expert' the subject; the expert is Thompson."""
    text = ('Many analysts weighed in.\nIn The New Yorker, Nicholas Thompson, a social media expert, writes that the '
            'internet can benefit both sides: "Governments control the pipes through which all that information '
            'flows."\n')
    assert direct_quote_speakers(newsdoc, text) == ["Nicholas Thompson"]


def test_the_news_organization_is_the_media_organisation_not_the_last_one_speaking(newsdoc):
    """'the news organization writes': 'news' gives the media sector, so the description takes up
    Al-Jazeera rather than Twitter, the organisation that spoke last."""
    text = ('Al-Jazeera reported on the role of social media in the protests. Twitter said on Friday that its '
            'service had been blocked in the capital. "In a country where public dissent is rare, the internet has '
            'become a rallying point," the news organization writes.')
    assert direct_quote_speakers(newsdoc, text) == ["Al-Jazeera"]


def test_signs_read_in_a_copy_that_lost_its_paragraphs_stay_unnamed(newsdoc):
    """'"...," read one.' / '"...," read another.': the sign after the inverted cue is the source (no one
    named), not the speaker quoted before them in the same run-on paragraph."""
    text = ('"This is a terrible situation," said Pasquale Lupoli, the group\'s representative. In Benghazi, about '
            '2,000 demonstrators held up signs. "Gadhafi Go to Hell," read one. "Thanks for USA and NATO and France '
            'and UK," read another.')
    assert direct_quote_speakers(newsdoc, text) == ["Pasquale Lupoli", None, None]


def test_according_to(quotes_of):
    _, quotes = quotes_of("The talks collapsed on Monday, according to two diplomats.")
    (q,) = quotes
    assert q.text == "The talks collapsed on Monday" and q.speaker_mention.text == "two diplomats"


def test_quoted_as_saying_gives_the_quoted_person(quotes_of):
    _, quotes = quotes_of('The newspaper quoted Peter Jones as saying "the deal is off for good now."')
    (q,) = [q for q in quotes if q.type == "direct"]
    assert q.speaker_mention.text == "Peter Jones"


def test_scare_quote_makes_reported_speech_mixed(quotes_of):
    _, quotes = quotes_of('Putin said it was "counterproductive" to declare the mission a failure.')
    assert [q.type for q in quotes] == ["mixed"]


@pytest.mark.parametrize("text", [
    '"' * 5000,
    "He said \u201c" + "word " * 4000,
    "\u201c" + "A long quote that spans the article. " * 200 + "\u201d",
    "It's the '90s' 'rock' and ''roll'' \u201d stray \u201c marks \" everywhere '",
])
def test_bad_input_gives_a_sane_result(quotes_of, text):
    start = time.perf_counter()
    _, quotes = quotes_of(text)
    assert time.perf_counter() - start < 30
    assert len(quotes) < 50


@needs_shared
def test_seed_article_direct_quotes_and_speakers(seed_record):
    from newsgraph.evaluation.seed import score_record

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    scores = score_record(seed_record, gold, SEED_TEXT.read_text(encoding="utf-8"))["quotes"]
    assert scores["direct"]["found"] == "7/7"
    assert scores["direct_speaker"]["right"] == "7/7"
    assert int(scores["all"]["found"].split("/")[0]) >= 12


# Speakers: one test per class of attribution (PolNeAR: the mention must overlap the gold source).

def _direct(quotes):
    return [q for q in quotes if q.type == "direct"]


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(quotes_of):
    nd, quotes = quotes_of("The senator met Maria Lopez, who said the bridge would reopen next week.")
    (q,) = quotes
    assert q.speaker_mention.text == "who"
    assert q.speaker is not None and "Lopez" in nd.actor(q.speaker).name


def test_mention_stops_at_a_line_break(quotes_of):
    _, quotes = quotes_of("4:40 p.m.\n\nRepublican candidate Marco Rubio says he will stay in the race until the end.")
    (q,) = quotes
    assert "\n" not in q.speaker_mention.text and "p.m." not in q.speaker_mention.text
    assert "Rubio" in q.speaker_mention.text


@pytest.mark.parametrize("text, speaker", [
    ('"Go back to Univision and stay there," Trump barked at the reporter.', "Trump"),  # any verb in the tag
    ('"Who do they think they are?" Trump told the television station in an interview aired on Monday.', "Trump"),
    ('"Is it time for a change in strategy?" asked Mr. Manafort, referring to the nominating process.', "Manafort"),
])
def test_the_clause_right_after_the_quote_attributes_it(quotes_of, text, speaker):
    (q,) = _direct(quotes_of(text)[1])
    assert speaker in q.speaker_mention.text


def test_a_sentence_that_starts_new_speech_is_not_a_tag(quotes_of):
    text = ('The crowd chanted "lock her up" all night long.\n"We will win this state." Senator Jane Hill '
            'said on Monday that she disagreed with the plan and would vote against it.')
    _, quotes = quotes_of(text)
    q = next(q for q in _direct(quotes) if q.text.startswith("We will"))
    assert q.speaker_mention is None or "Hill" not in q.speaker_mention.text


@pytest.mark.parametrize("text, speaker", [
    ("And Mr. Christie gloated: \u201cI told you he would not be ready for this.\u201d", "Christie"),  # any verb
    ("In a 1963 speech, Wallace declared:\n\n\u201cIt is very appropriate that we sound it here.\u201d", "Wallace"),
    ("POLLS - Jeffrey M. Jones: \u201cThe remaining sixteen states are competitive this year.\u201d", "Jones"),
    ("As Professor Foner put it, \u201cThe United States does a better job at accepting immigrants.\u201d", "Foner"),
    ("President Clinton released the following statement:\n\n\u201cHillary and I offer our condolences to the family.\u201d",
     "Clinton"),
])
def test_the_clause_that_introduces_the_quote_attributes_it(quotes_of, text, speaker):
    (q,) = _direct(quotes_of(text)[1])
    assert speaker in q.speaker_mention.text


def test_a_quote_and_a_new_sentence_with_its_own_quote_are_two_attributions(quotes_of):
    text = ('\u201cWe are going to resist the urge to trample civil liberties,\u201d Josh Earnest said in the briefing. '
            'But Mary Smith added, \u201cThe law will not change before the election this year.\u201d')
    first, second = _direct(quotes_of(text)[1])
    assert "Earnest" in first.speaker_mention.text and not first.fragments
    assert "Smith" in second.speaker_mention.text


def test_a_quote_over_two_paragraphs_hands_its_speaker_on_in_the_second(quotes_of):
    text = ('Obama said: "There is no magic to the phrase. It is a talking point.\n\n'
            '"Calling a threat by a different name does not make it go away," Obama said. '
            '"Not once has an adviser of mine said that it would change the strategy."')
    _, quotes = quotes_of(text)
    last = _direct(quotes)[-1]
    assert last.text.startswith("Not once") and last.speaker_mention.text == "Obama"
    assert last.speaker_mention.start > text.index("Calling")


def test_headline_case_titles_are_not_quotes(quotes_of):
    _, quotes = quotes_of('Paul Ryan said on "Face the Nation," and again in "Legend in the Coal Fields." '
                          'that taxes would fall.')
    assert not [q for q in _direct(quotes) if q.text.startswith(("Face", "Legend"))]


def test_chants_are_not_titles(quotes_of):
    _, quotes = quotes_of('The crowd in the arena kept chanting, "U-S-A! U-S-A!"')
    assert [q.text for q in _direct(quotes)] == ["U-S-A! U-S-A!"]


def test_reported_speech_stays_in_its_paragraph(quotes_of):
    text = ("''Hopefully,'' the president said, ''this museum can help us talk to each other and listen to each "
            "other.''\n\n''Perhaps they can help a white visitor understand the pain and anger of a demonstrator,'' "
            "Mr. Obama said.")
    _, quotes = quotes_of(text)
    assert all("\n" not in q.text for q in quotes)
    assert _direct(quotes)[0].speaker_mention.text == "the president"


def test_the_unnamed_asker_of_a_passive_cue_is_no_speaker(quotes_of):
    _, quotes = quotes_of("Asked whether he would run again next year, Smith smiled and left the room.")
    asked = [q for q in quotes if q.cue is not None and q.cue.text == "Asked"]
    assert all(q.speaker_mention is None for q in asked)


def test_a_passive_cue_with_an_agent_gives_the_agent(quotes_of):
    _, quotes = quotes_of("It was announced by the ministry that the border would close on Friday.")
    (q,) = quotes
    assert q.speaker_mention is not None and q.speaker_mention.text == "the ministry"


def test_a_participle_after_a_name_is_that_name_speaking(quotes_of):
    text = "The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I fifty points ahead, you ask?\u201d"
    (q,) = _direct(quotes_of(text)[1])
    assert "Clinton" in q.speaker_mention.text


def test_a_cue_in_a_clause_after_the_quote_introduced_by_when_is_not_its_cue(quotes_of):
    text = ("The spot ends with footage of Trump saying during the debate last week, "
            "\u201cThat makes me very smart,\u201d when Clinton blasted him for not paying taxes.")
    (q,) = _direct(quotes_of(text)[1])
    assert "Trump" in q.speaker_mention.text


def test_thousands_of_quotes_in_one_parsed_sentence_are_not_scanned_quadratically(nlp):
    from newsgraph.document import NewsDoc
    from newsgraph.model import ArticleInfo
    from newsgraph.pipeline import run_stages
    from newsgraph.quotes import find_quotes

    text = "Smith said: " + '"yes, we will" ' * 5000
    nd = run_stages(NewsDoc(text=text, doc=nlp(text), info=ArticleInfo(chars=len(text), sha256="", text=text)),
                    until="times")
    start = time.perf_counter()
    find_quotes(nd)
    assert time.perf_counter() - start < 8


def test_a_new_opening_mark_after_a_full_stop_closes_the_quote_left_open():
    text = 'He added: "Europe must act now. "Iraq will stay an issue." Then prose.'
    assert [(text[q.start:q.end], q.closed) for q in quoted_spans(text)] == [
        ("Europe must act now.", False), ("Iraq will stay an issue.", True)]


def test_british_single_quotes_run_over_paragraphs():
    text = "He told activists: 'As we go out, remember:\n\n'They are the pessimists.\n\n'We will win.'\n\nProse."
    (q,) = quoted_spans(text)
    assert [text[a:b] for a, b in q.pieces] == ["As we go out, remember:", "They are the pessimists.", "We will win."]


def test_a_long_colon_frame_takes_the_verb_the_colon_hangs_on(quotes_of):
    text = ("Ed Miliband spoke on Monday. He told activists gathered at the top of the tall sculpture at the heart "
            "of the Olympic Park in London: 'As we go out to fight this election, just remember who we are.'")
    _, quotes = quotes_of(text)
    (q,) = [q for q in quotes if q.type == "direct"]
    assert q.speaker_mention.text == "He" and q.cue.text == "told"


def test_a_description_speaks_for_the_salient_person_it_fits(newsdoc):
    text = ("Afghan President Ashraf Ghani told the U.S. Congress on Wednesday that his country needs help. "
            "'Silence is not acceptable,' the Afghan leader declared.")
    assert only_quote_speaker(newsdoc, text) == "Ashraf Ghani"


def test_a_description_taking_up_an_unnamed_person_stays_unnamed(newsdoc):
    text = ("John Kerry met the Iranians on Monday. A Western diplomat said the talks were hard. "
            '"We will see," the diplomat said.')
    assert only_quote_speaker(newsdoc, text) is None


def test_he_said_skips_the_people_of_a_photo_caption(newsdoc):
    text = ("Ashraf Ghani addressed Congress on Wednesday. 'We defeated most of the empires,' Ghani said.\n\n"
            "TROOP DRAWDOWN? President Barack Obama said Tuesday that he would slow the withdrawal\n\n"
            "'Our people want to be normal,' he said.")
    assert last_quote_speaker(newsdoc, text) == "Ashraf Ghani"


def test_the_speaker_is_the_name_that_holds_the_head_not_a_namesake(newsdoc):
    text = ("Tristram Hunt posed with the others.\n\nTory Health Secretary Jeremy Hunt said: "
            "'If you bankrupt the economy, you put the NHS at risk.'")
    assert only_quote_speaker(newsdoc, text) == "Jeremy Hunt"


def test_a_name_in_apposition_speaks_for_its_description(newsdoc):
    text = ('Students marched on Monday. "We will not stop until there is justice," said one protester, '
            'Amal Haddad, a 23-year-old law student.')
    assert only_quote_speaker(newsdoc, text) == "Amal Haddad"


def test_an_age_stands_for_the_person(newsdoc):
    text = 'Ahmed Ali, 23, joined the march. "I am not afraid of them anymore," the 23-year-old said.'
    assert only_quote_speaker(newsdoc, text) == "Ahmed Ali"


def test_a_phrase_the_sentence_runs_through_is_mixed_not_direct(quotes_of):
    _, quotes = quotes_of('The minister defended the plan. Critics called it "a recipe for disaster" and left.')
    assert not _direct(quotes) and [q.text for q in quotes if q.type == "mixed"] == ["a recipe for disaster"]


def test_the_agent_of_a_passive_is_as_salient_as_a_subject(newsdoc):
    text = ("Peter Novak chairs the committee. He has called the budget a moral question.\n\n"
            "The new figure was revealed on Monday by deputy finance minister Thomas Brand.\n\n"
            "'By our count, the debt is 300 billion,' he told the committee.")
    assert only_quote_speaker(newsdoc, text) == "Thomas Brand"


def test_an_organisation_beside_an_unnamed_spokesman_is_not_the_speaker(newsdoc):
    text = 'Acme Corp lost the case on Monday. "We will appeal the ruling in the higher court," an Acme spokeswoman said.'
    nd, q = only_direct_quote(newsdoc, text)
    assert q.speaker_mention.text == "an Acme spokeswoman" and q.speaker is None


def test_the_owner_of_an_account_speaks_through_it(newsdoc):
    text = ("The official Twitter account of the Freedonia Defence Ministry announced: "
            "'Troops this morning captured the town.'")
    assert only_quote_speaker(newsdoc, text) == "Freedonia Defence Ministry"


def test_the_owner_named_by_a_possessive_pronoun_speaks_through_the_account(newsdoc):
    """'his Twitter account, which read, "..."': the account's owner, whom 'his' stands for."""
    text = ("Opposition leader Mohamed ElBaradei was in Cairo on Friday.\n"
            "He posted a message on his Twitter account, which read, \"Egypt will explode. Army must save the "
            "country now.\"\n")
    assert only_quote_speaker(newsdoc, text) == "Mohamed ElBaradei"


def test_of_two_subjects_the_name_next_to_the_verb_is_the_source(newsdoc):
    text = ('The group counted 139 deaths. The group\'s director of investigations Erin Walsh said, '
            '"every doctor killed leaves thousands with nowhere to turn."')
    assert only_quote_speaker(newsdoc, text) == "Erin Walsh"


@pytest.mark.parametrize("text, name", [
    ('Sam Lee, the director of the state party, said in a statement. "There are no ballots left to recount."', "Sam Lee"),
    ('Many analysts doubt the plan. Dianne Bystrom agreed. "Mainstream voters are running out of time."', "Dianne Bystrom"),
])
def test_a_cue_with_no_content_before_a_quote_attributes_it(newsdoc, text, name):
    assert only_quote_speaker(newsdoc, text) == name


def test_an_inverted_cue_whose_source_was_parsed_as_its_object(newsdoc):
    text = '"There are more candidates competing in New Hampshire this year than ever," added another New Hampshire Republican.'
    nd, q = only_direct_quote(newsdoc, text)
    assert q.speaker_mention.text == "another New Hampshire Republican" and q.speaker is None


def test_a_quote_with_its_own_frame_inside_according_to_keeps_its_speaker(newsdoc):
    text = 'According to police, the driver Tom Hale told officers: "I did not see the car coming at all that night."'
    nd = newsdoc(text, until="quotes")
    (q,) = [q for q in nd.quotes if q.type in ("direct", "mixed")]
    assert q.type == "direct" and nd.actor(q.speaker).name == "Tom Hale"


@pytest.mark.parametrize("text, mention", [
    ('The inquiry is run by career agents, said Attorney General Laura Lane, who told Congress when asked about it '
     'last month: "That matter is being handled by career independent agents."', "Attorney General Laura Lane"),
    ('Talks went on. A White House official said Wednesday, "Certainly there are discussions between the two teams." '
     'The aide declined to specify the nature of those discussions.', "A White House official"),
    ('At the time, Mary Stone released a statement saying, "The company has distinguished itself as a trusted partner."',
     "Mary Stone"),
])
def test_frame_sources_past_subordinate_verbs_later_sentences_and_statements(quotes_of, text, mention):
    _, quotes = quotes_of(text)
    (q,) = _direct(quotes)
    assert q.speaker_mention.text == mention


@pytest.mark.parametrize("text, name", [
    ('Ohio voters will decide in March. "It is over for the challenger now," Husted said.', "Husted"),
    ('The host pressed him. "Why did you not tell the voters the truth?" Hannity asked.', "Hannity"),
])
def test_a_speaker_ner_missed_is_still_a_person(newsdoc, text, name):
    assert only_quote_speaker(newsdoc, text) == name


def test_a_surname_naming_a_place_is_not_the_person(newsdoc):
    text = ("Defence official Omar Nasr spoke on Monday. Rebels said they had gone past Nasr village. "
            "Fighting went on in Nasr.")
    nd = newsdoc(text, until="actors")
    nasr = next(a for a in nd.actors if a.name == "Omar Nasr")
    assert [m.text for m in nasr.mentions] == ["Omar Nasr"]


def test_a_forename_before_a_place_name_makes_a_person(newsdoc):
    text = '"This is the best day of my life," said Gavin Hamilton, 23, a student from Fresno, Calif.'
    assert only_quote_speaker(newsdoc, text) == "Gavin Hamilton"


def test_a_captions_verb_is_not_part_of_a_name(newsdoc):
    nd = newsdoc("Introducing Mr Miliband, the chairman praised his record.", until="actors")
    assert any(a.type == "PERSON" and a.name == "Mr Miliband" for a in nd.actors)


def test_a_show_title_with_its_stop_inside_the_marks_is_not_a_quote(quotes_of):
    _, quotes = quotes_of('Senator Ann Cole told NBC\'s "Meet Tonight." She said she would run again.')
    assert not _direct(quotes)


def test_a_relative_is_someone_of_the_family_not_the_person_named_through(newsdoc):
    text = ('Senator Paul Grant voted against the bill. His wife Mary Grant joined him. Peter Lowe opposed it. '
            '"We are proud of him," the senator\'s wife said.')
    assert only_quote_speaker(newsdoc, text) == "Mary Grant"


@pytest.mark.parametrize("text", [
    'Hillary Clinton attacked Donald Trump on Monday. Trump\'s spokeswoman said: "These claims are false and she knows it."',
    'President Ali Karim met the rebels. "The talks went well and we will meet again," the official said.',
])
def test_a_role_that_brings_in_someone_unnamed_is_not_the_salient_person(newsdoc, text):
    assert only_quote_speaker(newsdoc, text) is None


def test_the_spokesman_takes_up_a_named_spokesman(newsdoc):
    text = 'Kremlin spokesman Dmitry Peskov spoke on Monday. "We do not accept these claims at all," the spokesman said.'
    assert only_quote_speaker(newsdoc, text) == "Dmitry Peskov"


@pytest.mark.parametrize("text, speaker", [
    ('Col. Ahmed Bani, an opposition spokesman, spoke to reporters on Monday. "It has been very hard," the spokesman '
     'said.', "Ahmed Bani"),
    ('A spokeswoman, Abeer Etefa, visited the camp. "We are worried about the people there," said the spokeswoman.',
     "Abeer Etefa"),
])
def test_the_spokesman_takes_up_a_spokesman_named_in_apposition(newsdoc, text, speaker):
    assert only_quote_speaker(newsdoc, text) == speaker


def test_a_description_spells_out_the_rank_abbreviated_before_a_name(newsdoc):
    """'Gen Robert Mood' ... 'the Norwegian general': the rank written out is his role word, and a
    nationality the article never gave him does not rule him out."""
    text = ("Gen. Robert Mood, head of the observer mission, visited Homs on Saturday.\n"
            "The observers suspended their patrols last week.\n"
            "\"This requires willingness on both sides,\" the Norwegian general added.\n")
    assert only_quote_speaker(newsdoc, text) == "Robert Mood"


def test_a_party_word_describes_a_politician(newsdoc):
    text = 'Sen. John McCain criticized the plan. "It\'s a mistake," the Arizona Republican told reporters.'
    assert only_quote_speaker(newsdoc, text) == "John McCain"


def test_a_party_word_with_a_state_describes_a_politician_of_no_known_country(newsdoc):
    """'the Ohio Democrat' after Rep. Tom Parker, whom no dictionary codes with a country: the state in
    front of a party word does not rule him out (nor is the speaker Ohio)."""
    text = ('The report stirred anger in Washington.\n"Continued bombing is an inappropriate tool to protect '
            'civilians," wrote Rep. Tom Parker in a letter to the U.N.\n"How can they continue to cause the deaths of '
            'innocent civilians and not be held accountable?"\nthe Ohio Democrat continued.\n')
    assert direct_quote_speakers(newsdoc, text) == ["Tom Parker"] * 2


def test_a_statement_run_on_from_a_verb_takes_its_subject(newsdoc):
    text = ("The Freedonia Defence Ministry posted an update on Monday. "
            "It followed with 'Several fighters died while many are captured.'")
    nd, q = only_direct_quote(newsdoc, text)
    assert q.speaker_mention.text == "It" and nd.actor(q.speaker).name == "Freedonia Defence Ministry"


def test_a_quote_runs_on_through_sentence_lines_to_its_closing_mark():
    text = 'He spoke. "First we rebuild the port.\nThen the roads come.\nIt will take years," Tom Reyes said.'
    (q,) = quoted_spans(text)
    assert text[q.start:q.end].endswith("take years,") and q.closed and len(q.pieces) == 3


def test_a_quote_runs_on_through_a_line_quoting_someone_within_it():
    text = ('"The rebels keep advancing.\nNobody stops them or asks, \'Where are you going?\'\n'
            'or \'Why are you attacking our towns?\'" Tom Reyes told reporters.')
    (q,) = quoted_spans(text)
    assert text[q.start:q.end].endswith("attacking our towns?'") and q.closed and len(q.pieces) == 3


def test_an_open_quote_does_not_run_through_a_headline_in_single_marks():
    text = '"March forward, march forward.\n\'Chaos has broken out in the capital\' Rebels reject claims\nThe war goes on.'
    (q,) = [q for q in quoted_spans(text) if not q.single]
    assert text[q.start:q.end] == "March forward, march forward." and not q.closed


@pytest.mark.parametrize(("text", "speaker"), [
    ('Officials have argued that strikes hit only troops.\n"Nobody asks them, \'Where are you going?\'"\n'
     'Moussa Haddad, a government spokesman, told reporters in Tripoli.', "Moussa Haddad"),
    ('Officials have argued that strikes hit only troops.\n"Will anyone help us?"\n'
     'Moussa Haddad, a government spokesman, told reporters that the army fired on a crowd.', None),
])
def test_a_tag_split_off_after_a_quoted_question_is_the_quotes(newsdoc, text, speaker):
    """Text one sentence a line breaks '"...?" X told reporters.' after the question mark."""
    nd, q = only_direct_quote(newsdoc, text)
    assert (nd.actor(q.speaker).name if q.speaker else None) == speaker


def test_an_open_quote_runs_on_through_sentence_lines_to_a_line_that_reopens_it():
    text = 'She said: "We will win.\nNobody doubts it.\n"Next year we win again." Then prose.'
    (q,) = quoted_spans(text)
    assert [text[a:b] for a, b in q.pieces] == ["We will win.", "Nobody doubts it.", "Next year we win again."]


def test_an_open_quote_followed_by_prose_lines_stops_at_its_line():
    text = 'She said: "This never closes.\nThe council met later.\nIt voted no.\nIt adjourned.\nNobody spoke.'
    (q,) = quoted_spans(text)
    assert text[q.start:q.end] == "This never closes." and not q.closed


def test_a_sentence_line_quote_takes_the_tag_at_its_end(newsdoc):
    text = 'Dana Okoro and Ivan Petrov met on Monday.\n"We will win this.\nNobody can stop us," Okoro said.'
    assert only_quote_speaker(newsdoc, text) == "Dana Okoro"


@pytest.mark.parametrize("text, name", [
    ('Rosa Delgado was in tears: "I am so happy the trial is finally over."', "Rosa Delgado"),
    ('Mark Tillman was one of them: "I sat in the back row all day."', "Mark Tillman"),
])
def test_a_colon_after_a_clause_describing_a_person_gives_that_person(newsdoc, text, name):
    assert only_quote_speaker(newsdoc, text) == name


@pytest.mark.parametrize("text", [
    'Mayor Ann Blake named the winners of her prize for "city builders," at the hall on Monday.',
    'The council will vote once it declares the city\'s "recovery."',
])
def test_a_short_term_with_its_stop_inside_the_marks_is_no_direct_quote(quotes_of, text):
    _, quotes = quotes_of(text)
    assert not _direct(quotes)


def test_a_short_attributed_clause_is_said(quotes_of):
    _, quotes = quotes_of('Outside, a few fans yelled, "he lied", before the crowd went quiet.')
    (q,) = _direct(quotes)
    assert q.text == "he lied" and q.speaker_mention is not None


def test_a_participle_after_the_quote_is_no_tag_for_it(newsdoc):
    text = ('Senator Rita Mendez fired back: "If they sue us in court, they are going to lose," '
            'referencing the many lawyers in her state.')
    assert only_quote_speaker(newsdoc, text) == "Rita Mendez"


def test_an_open_quote_stops_at_a_blank_line_before_prose_and_a_new_quote():
    text = 'She said: "This never closes.\n\nThe council met later.\n\n"A new quote," he said.'
    first, second = quoted_spans(text)
    assert text[first.start:first.end] == "This never closes." and text[second.start:second.end] == "A new quote,"


@pytest.mark.parametrize("text, speaker", [
    ('"Future costs are uncertain," navy spokeswoman Cmdr. Laura Price said, but the bill keeps growing.', "Laura Price"),
    ('"The road is open," said Lt. Col. David Moore, who commands the base.', "David Moore"),
    ('Sgt. Maria Ortiz was on patrol. "We heard the blast first," Sgt. Ortiz said.', "Maria Ortiz"),
])
def test_an_abbreviated_rank_does_not_cut_the_name_from_its_verb(newsdoc, text, speaker):
    """'Cmdr.' split from its stop ended the sentence there and left the quote with no speaker."""
    assert only_quote_speaker(newsdoc, text) == speaker


def test_a_relative_clause_after_a_quote_is_no_attribution(newsdoc):
    text = ('Forecaster Richard Hale spoke on Friday. "The trend is real," Hale said, and added: '
            '"the last cold phase was in the 1950s," which was a period that shaped the region.')
    assert only_quote_speaker(newsdoc, text) == "Richard Hale"


def test_the_subject_of_a_passive_is_not_a_speaker_for_the_next_he_said(newsdoc):
    """'He was attacked' (attack is a cue verb: 'attacked the plan') does not make 'he' a speaker, so the
    'he said' after it keeps the person the paragraph is about, not the last person who spoke."""
    text = ('Moammar Gadhafi spoke on television. "We will fight to the end," he said.\n'
            "Omar Haddad, a teacher working in Tripoli, joined the march.\n"
            "He was attacked by Gadhafi's militia and fled.\n"
            '"I had to hide all night in an alley," he said.')
    assert last_quote_speaker(newsdoc, text) == "Omar Haddad"


def test_a_he_nearest_to_an_unnamed_person_stays_unnamed(newsdoc):
    text = ('Moammar Gadhafi said on Monday that the rebels would lose.\n'
            "An American tourist overhears us and expresses his support for the rebels, saying the end is near.\n"
            '"Pardon the metaphor," he says, "but the regime is a sinking ship."')
    assert only_quote_speaker(newsdoc, text) is None


def test_a_he_after_a_description_taking_up_an_unnamed_person_stays_unnamed(newsdoc):
    """'a local leader ... "...," the leader said. "...," he continued': the 'he' is that unnamed
    leader, who spoke last, not the named man the leader talked about."""
    text = ("Saif al-Islam Gadhafi spoke on state television on Sunday night.\n"
            "Inside Libya, a local leader of the Muslim Brotherhood was unimpressed by the speech.\n"
            '"He is worse than his father," the leader said.\n'
            '"Despite our differences, Libyans are all one," he continued.')
    assert [q.speaker for q in newsdoc(text, until="quotes").quotes if q.type == "direct"] == [None, None]


@pytest.mark.parametrize("verb", ["turns to Khalil and asks", "tells Khalil"])
def test_a_pronoun_is_no_one_its_own_verb_acts_on(newsdoc, verb):
    """'he turns to Khalil and asks, "..."': the 'he' is not Khalil, so the unnamed man who came in speaks."""
    text = ("George Khalil runs a kiosk in Cairo.\n"
            "As Khalil ends his shift, an elderly man, who seems to be a regular, comes in and buys cigarettes.\n"
            f'On his way out, he {verb}, "Do you think Mubarak will stay or go?"')
    assert only_quote_speaker(newsdoc, text) is None


@pytest.mark.parametrize("clause", ["who asked not to be named", "who declined to be identified",
                                    "who spoke on condition of anonymity"])
def test_a_person_whose_name_is_withheld_stays_unnamed(newsdoc, clause):
    """'The woman, who asked not to be named, said ... "...," the woman said. "...," she told CNN': the
    article names her nowhere, so neither the description nor the pronoun takes a named actor."""
    text = ("Rebels held Ras Lanuf on Friday.\n"
            "In the capital, a pro-democracy activist who spoke to CNN described a city filled with tension.\n"
            f"The woman, {clause}, said she has seen people monitoring residents.\n"
            '"I see cars that have people inside them," the woman said.\n'
            '"The police will not do anything about it," she told CNN.')
    assert [q.speaker for q in newsdoc(text, until="quotes").quotes if q.type == "direct"] == [None, None]


@pytest.mark.parametrize("text, teller, speaker", [
    pytest.param("Saudi King Abdullah called Mubarak on Saturday, the state-run Saudi Press Agency reported.\n"
                 "\"During the call, the king said, 'Egypt is a country of Arabism and Islam.'\" the news agency said.",
                 "the news agency", "Abdullah", id="a description in the frame"),
    pytest.param("Dr Conrad Murray described the night to police.\n"
                 "\"Michael Jackson said: 'Please, please give me some milk so I can sleep',\" Murray told police.",
                 "Murray", "Michael Jackson", id="a name in the frame"),
])
def test_words_a_quote_passes_on_are_their_first_speakers(newsdoc, text, teller, speaker):
    """'"During the call, the king said, '...'," the news agency said': the words are the king's (the
    canonical speaker), while the mention next to the quote stays the teller who passed them on."""
    nd = newsdoc(text, pub_date="2011-01-29", until="quotes")
    quote = next(q for q in nd.quotes if q.type == "direct")
    assert quote.speaker_mention.text == teller and nd.actor(quote.speaker).name.endswith(speaker)


def test_the_owner_of_a_noun_set_beside_the_subject_is_what_the_sentence_is_about(nlp):
    """'Rebel art in Libya, his caricatures of Gadhafi ..., are everywhere': the parser may set the
    owned noun beside the subject rather than make it the subject; its 'his' is as salient as a subject's
    owner either way (not an object's: 'around his hometown')."""
    from newsgraph.actors.coref import _owns_subject

    doc = nlp("Rebel art in Libya, his caricatures of Gadhafi, are everywhere around his hometown.")
    art, his, caricatures = (next(t for t in doc if t.text == w) for w in ("art", "his", "caricatures"))
    caricatures.head, caricatures.dep_ = art, "appos"  # the parse the article got
    assert _owns_subject(his)
    assert not _owns_subject([t for t in doc if t.text == "his"][-1])


@pytest.mark.parametrize("tag, speaker", [
    ("said the spokesman in the media office of the Military Council of the Western Mountain Region", None),
    ("the spokesman said", "Musa Ibrahim"),
])
def test_a_spokesman_named_for_another_body_is_not_the_one_named_before(newsdoc, tag, speaker):
    """'the spokesman in the media office of the Military Council' is not the government spokesman named
    before; a bare 'the spokesman' is."""
    text = ("Government spokesman Musa Ibrahim said the army had withdrawn from the town.\n"
            f'"The rebels have 95% control of Garyan," {tag}.')
    nd = newsdoc(text, pub_date="2011-08-13", until="quotes")
    quote = next(q for q in nd.quotes if q.type == "direct")
    assert (nd.actor(quote.speaker).name if quote.speaker else None) == speaker


def test_an_inverted_tag_set_off_by_commas_speaks_for_the_name_after_it(newsdoc):
    """'This, says Yabi, creates its own problems ... "..."': the parser gives 'says' two subjects; the
    name after the verb between the commas is the speaker, and the quote after goes on with him."""
    text = ("France dispatched troops. This, says Yabi, creates its own problems as Gbagbo uses the French "
            'presence. "Anti-colonial discourse is one of his weapons."')
    nd = newsdoc(text, until="quotes")
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Yabi", "Yabi"]


def test_a_name_in_the_writers_question_is_not_whom_the_story_goes_on_about(newsdoc):
    """'Should Obama take Egypt behind the scenes?' (a link's headline run into the text) between a
    speaker and '"...," he said': the 'he' is still the analyst."""
    text = ('"The rally was organized by the ruling party," analyst Kamal Zakher told CNN. The government mustered '
            'workers whose seats are threatened, he said. Should Obama take Egypt behind the scenes? '
            '"They were ordered to go out today," he said.')
    nd = newsdoc(text, until="quotes")
    assert nd.actor(nd.quotes[-1].speaker).name == "Kamal Zakher"


def test_the_writers_question_on_a_line_of_its_own_puts_no_one_further_from_a_pronoun(newsdoc):
    """A link's question between three leaders writing and '"...," they wrote' is no sentence of the story:
    'they' reaches back over it to the leaders, not to the country the question names."""
    text = ("Britain and France have been pressuring NATO to step up airstrikes.\n"
            "In a joint article, U.S. President Barack Obama, French President Nicolas Sarkozy and British Prime "
            "Minister David Cameron wrote about their vision of peace.\n"
            "Is NATO doing enough in Libya?\n"
            '"We are convinced that better times lie ahead for the people of Libya," they wrote.')
    nd = newsdoc(text, until="quotes")
    assert nd.actor(nd.quotes[-1].speaker).name == "Barack Obama, Nicolas Sarkozy and David Cameron"


@pytest.mark.parametrize("text, speaker", [
    ('Chelsea manager Antonio Conte praised his side. "We played very well," the Italian said.', "Antonio Conte"),
    ('Russian President Vladimir Putin met Emmanuel Macron. "We agreed," the Frenchman said.', "Emmanuel Macron"),
    ('Lewis Hamilton won the race in Monza. "It was hard," said the Briton.', "Lewis Hamilton"),
])
def test_a_demonym_as_the_speaker_is_the_nearest_person_of_that_country_or_of_none_known(newsdoc, text, speaker):
    """'the Italian said': one person described by the country, not a name; Putin, coded Russian, is not
    'the Frenchman'."""
    nd = newsdoc(text, until="quotes")
    assert [nd.actor(q.speaker).name for q in nd.quotes if q.type == "direct"] == [speaker]
    assert not any(a.name in ("Italian", "Frenchman", "Briton") for a in nd.actors)


@pytest.mark.parametrize("text, speaker", [
    ('Kim Kardashian posted a picture on Instagram. "Feeling blessed," the reality star wrote.', "Kim Kardashian"),
    ('Wayne Rooney scored twice against Arsenal. "It was a great night," the striker told Sky Sports.', "Wayne Rooney"),
    ('Taylor Swift met fans in London. The singer told them: "I love you all."', "Taylor Swift"),
    ('Serena Williams won in three sets. "I fought hard," the 23-time Grand Slam champion said.', "Serena Williams"),
    ('Pope Francis led prayers. "Peace is possible," the pontiff said.', "Pope Francis"),
    ('The striker, who joined in May, scored twice. "It was a great night," he said.', None),
])
def test_a_public_figures_calling_describes_the_person_named_before(newsdoc, text, speaker):
    """'the reality star', 'the striker', 'the singer' take up the person the story is about, as 'the
    president' does; with no one named, the speaker stays unknown."""
    assert direct_quote_speakers(newsdoc, text) == [speaker]


@pytest.mark.parametrize("text", ['Writing on Twitter, Donald Trump said the report was fake.',
                                  'Writing on Twitter, Donald Trump said the report was "fake news".'])
def test_a_participle_in_front_of_the_clause_is_how_its_subject_spoke_not_a_tag(newsdoc, text):
    """'Writing on Twitter, Trump said ...': 'Writing' does not report the clause after it (with no speaker);
    the clause's 'said' reports what follows, Trump's."""
    nd = newsdoc(text, until="quotes")
    assert [(nd.text[q.start:q.end], nd.actor(q.speaker).name) for q in nd.quotes] == [
        (text[text.index("the report"):].rstrip("."), "Donald Trump")]


@pytest.mark.parametrize("text, content", [
    ("The White House said it would respond.", "it would respond"),
    ("Exxon Mobil said it would reply to the claims in court.", "it would reply to the claims in court"),
])
def test_a_cue_that_a_speech_verb_reports_is_said_not_a_tag(newsdoc, text, content):
    """'said it would respond': 'respond' is what was said, not an inverted tag whose content is 'The
    White House said' (which left the sentence with no reported speech at all)."""
    nd = newsdoc(text, until="quotes")
    assert [nd.text[q.start:q.end] for q in nd.quotes] == [content]
    assert nd.actor(nd.quotes[0].speaker) is not None


def test_where_a_speaker_is_from_is_not_the_speaker_the_parse_left_out(newsdoc):
    """'Speaking to MailOnline, Sarah, 34, from Leeds, said:' (the parser hangs 'Sarah' on 'MailOnline' and
    leaves 'said' with no subject): the name, not the town right before the verb."""
    nd = newsdoc('Speaking to MailOnline, Sarah, 34, from Leeds, said: "It was terrifying."', until="quotes")
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Sarah"]


def test_a_person_introduced_right_before_an_untagged_quote_speaks_it_in_a_copy_with_no_paragraphs(newsdoc):
    """'... 61-year-old Fendi Faraj came out of retirement ... "What I witnessed ..."' with no line breaks:
    a person named for the first time just before the quote is whom the journalist quotes next, though
    someone else spoke two sentences earlier."""
    text = ('"We will win," said Mustafa Saguzli. Volunteers keep showing up at the camp. They are using rope and '
            "the few guns they have to train as best they can. 61-year-old Fendi Faraj came out of retirement to "
            'help the recruits. "What I witnessed can not allow an honest soldier to remain in the service."')
    assert direct_quote_speakers(newsdoc, text) == ["Mustafa Saguzli", "Fendi Faraj"]


def test_a_name_the_parser_hung_on_the_body_a_person_heads_is_the_persons(newsdoc):
    """'the head of the Tripoli Revolutionary Council, Colonel Abdullah Naker, told Reuters': the name is in
    apposition to 'the head', not to the council, and names the speaker whomever 'the head' alone would take up."""
    text = ("Rebels captured Gaddafi's son Mutassim in Sirte on Wednesday. "
            '"He was arrested today," the head of the Tripoli Revolutionary Council, Colonel Abdullah Naker, '
            "told Reuters.")
    assert direct_quote_speakers(newsdoc, text) == ["Abdullah Naker"]


def test_a_tag_that_reports_someone_else_telling_gives_the_quote_to_them(newsdoc):
    """'"...," Siham Sergewa said one woman told her': the words are the woman's (unnamed), not the
    psychologist's, whose own next quote stays hers."""
    text = ("She has collected hundreds of accounts.\n"
            '"They tie up my husband and then they kill my husband," Siham Sergewa said one woman told her.\n'
            '"I am a psychologist and I have seen lots of things," Sergewa said.')
    assert direct_quote_speakers(newsdoc, text) == [None, "Siham Sergewa"]


@pytest.mark.parametrize("opening", ["Call me, Ibn Talkalakh", "My name is Ibn Talkalakh"])
def test_a_speaker_who_names_himself_is_that_person(newsdoc, opening):
    """'"Call me, Ibn Talkalakh," the young textile shop owner tells me': the description tags the quote,
    the name he gives in it says who he is."""
    text = f'We met in a cafe near the border.\n"{opening}," the young textile shop owner tells me.'
    assert direct_quote_speakers(newsdoc, text) == ["Ibn Talkalakh"]


def test_a_long_sentence_that_only_tags_a_question_is_its_tag(newsdoc):
    """'"... attacking the Libyan army?'" Moussa Ibrahim, a Libyan government spokesman, told reporters in
    Tripoli.' in a copy that lost its line breaks: a tag, though longer than a short one, not the frame before."""
    text = ("Libyan government officials have countered that claim, arguing that the strikes target only the army. "
            "\"No one is even talking to them or saying, 'Why are you attacking the Libyan army and Libyan cities?'\" "
            "Moussa Ibrahim, a Libyan government spokesman, told reporters in Tripoli. He accused NATO of lying.")
    assert direct_quote_speakers(newsdoc, text) == ["Moussa Ibrahim"]


def test_a_description_takes_the_one_with_its_word_before_one_of_its_sector(newsdoc):
    """'the leader wrote to the president' after 'Libyan leader Moammar Gadhafi' and a U.S. president
    named since: the one called a leader, though the president is also a government's and nearer."""
    text = ('Libyan leader Moammar Gadhafi sent a letter to U.S. President Barack Obama.\n'
            '"You are a man who has enough courage," the leader wrote to the president.')
    nd = newsdoc(text, pub_date="2011-04-06", until="quotes")
    assert [nd.actor(q.speaker).name for q in nd.quotes] == ["Moammar Gadhafi"]


def test_the_sentences_of_a_long_quote_do_not_push_the_speaker_away(newsdoc):
    """Distance counts sentences of narration: three sentences inside the quote leave the host one
    sentence back, nearer than a name inside the quote itself."""
    text = ('Host Jamie Ross opened the show.\n'
            '"No need to be sad. We will celebrate tonight. We will sing all of Michael Jackson," he said.')
    assert only_quote_speaker(newsdoc, text) == "Jamie Ross"


def test_a_name_in_apposition_to_the_subject_is_as_salient_as_the_subject(newsdoc):
    text = ('Alex Kim\'s manager, Chris Dale, met Pat Lee on Monday.\n"It was a good talk," he said.')
    assert only_quote_speaker(newsdoc, text) == "Chris Dale"


def test_a_shared_surname_speaks_for_the_namesake_mentioned_last(newsdoc):
    text = ('Sally Ibrahim marched in Washington on Friday.\n'
            'Sara Ibrahim, a mother of two, took her sons to the protest in London.\n'
            '"It means a lot to us," Ibrahim said.')
    assert only_quote_speaker(newsdoc, text) == "Sara Ibrahim"


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We stand with the people," said U.S. Ambassador to the U.N. Susan Rice.', "Susan Rice"),
    ('"The talks will go on," said the director of the Brookings Centre in Qatar, Salman Sheikh.', "Salman Sheikh"),
    ('"The talks will go on," said a spokesman for Susan Rice.', None),
])
def test_a_name_run_into_the_place_after_a_title_is_the_titles_holder(newsdoc, text, speaker):
    assert only_quote_speaker(newsdoc, text) == speaker


@pytest.mark.parametrize("text", [
    'Go behind the scenes with the show "We are glad that the man is off the streets."\n- Tamsin Okafor, the victim\'s cousin',
    '"We will rebuild the school by spring." \u2015 Lior Benvenisti, head teacher',
    'Go behind the scenes with the show "We are glad that the man is off the streets." - Tamsin Okafor, his cousin',
])
def test_a_name_no_tagger_found_that_signs_a_quote_speaks_it(newsdoc, text):
    nd = newsdoc(text, until="quotes")
    assert [nd.actor(q.speaker).type for q in nd.quotes] == ["PERSON"]
    assert nd.actor(nd.quotes[0].speaker).name in text


@pytest.mark.parametrize(("text", "speaker"), [
    ("The voice of Moammar Gadhafi was heard on Libyan TV on Friday.\nGadhafi left this message to the Arab League: "
     "\"I live in the hearts of millions, and even if you kill my body, you can not kill my soul.\"", "Moammar Gadhafi"),
    ("The defence rested on Monday.\nAs Ed Chernoff told the magazine Texas Lawyer shortly after Conrad Murray was "
     "convicted: \"The elephant in the room was the need for the doctor to explain.\"", "Ed Chernoff"),
    ("Jalil told Reuters once Gadhafi resigns, \"At that point he can decide where to live.\"", "Jalil"),
    ("The congressman says only Congress can declare war when the president says, as he did on Monday, "
     "\"We should not be afraid to act.\"", None),
])
def test_a_colon_frame_speaks_for_its_speaker_not_for_a_name_its_verbs_act_on(newsdoc, text, speaker):
    assert only_quote_speaker(newsdoc, text) == speaker


def test_a_participle_after_the_object_does_not_speak_for_the_object(newsdoc):
    """The parse lost the subject ('protesters' taken for an apposition): abstain rather than give the
    chant to the police the protesters stood up to."""
    text = ("But following the revolt that toppled Yemen's longtime strongman, protesters in the streets of Sanaa "
            "stood up to riot police, chanting, \"Saleh, your plane is waiting for you.\"")
    assert only_quote_speaker(newsdoc, text) is None


@pytest.mark.parametrize("text", [
    pytest.param("\"We will not leave,\" Ahmed Nabil said. Demonstrators carried officers on their shoulders amid cheers "
                 "of \"police and people are one.\"", id="cheers of, after a speaker"),
    pytest.param("The crowd grew angry as they heard Ali Saleh say he would \"hand over powers\" to his deputy. They broke "
                 "into cries of \"Saleh the coward must stand down.\"", id="cries of, after a sentence about a man"),
])
def test_a_slogan_with_no_tag_is_the_crowds_not_the_last_speakers(newsdoc, text):
    """A chant, cheer or cry with no speaker of its own goes on with neither the speaker before it nor the
    person the narration is about: a crowd said it."""
    nd = newsdoc(text, until="quotes")
    assert [q.speaker for q in nd.quotes if q.type == "direct"][-1] is None


def test_a_name_closing_an_unnamed_subjects_phrase_names_it_for_the_pronoun_after(newsdoc):
    text = ("Some residents said troops had dragged people into the streets.\n"
            "A spokesman for the Libyan government, Musa Haddad, told CNN that assertions of widespread attacks on "
            "peaceful demonstrators are wrong.\n"
            "\"This is an armed rebellion, with people attacking police stations,\" he said.")
    assert only_quote_speaker(newsdoc, text) == "Musa Haddad"


def test_a_name_given_as_identified_only_as_is_a_person_whatever_ner_said(newsdoc):
    text = ("Tunisia under Zine El Abidine Ben Ali was a police state.\n"
            "But one nurse, identified only as Nahla, who planned to join the Friday march, disagreed.\n"
            "She wrote in a blog post, \"I hope our children will learn about this in school.\"")
    assert only_quote_speaker(newsdoc, text) == "Nahla"


def test_a_name_in_apposition_to_a_relative_is_a_person_whatever_ner_said(newsdoc):
    text = ("Moammar Gadhafi has ruled Libya since 1969.\n"
            "Gadhafi's daughter, Ayesha, speaking to a cheering crowd in Tripoli, said the United States tried to "
            "kill her in 1986.\n"
            "\"Now they are trying to kill my father,\" she said.")
    assert only_quote_speaker(newsdoc, text) == "Ayesha"


def test_an_it_that_stands_for_a_document_speaks_for_whoever_put_it_out(newsdoc):
    text = ("Washington (CNN) -- The White House defended its Libya mission to Congress on Wednesday.\n"
            "In a 30-page report, the White House says the operations cost about $800 million.\n"
            "The report was drawn up in response to a House resolution that accused the president of ignoring Congress.\n"
            "It denies the accusation.\n"
            "\"The president had constitutional authority to act,\" it says.")
    assert only_quote_speaker(newsdoc, text) == "White House"


def test_a_quote_after_a_tag_split_off_to_its_own_line_goes_on_with_that_speaker(newsdoc):
    text = ("The business press never conveyed a real sense of alarm.\n"
            "\"Did we not stress that enough?\nShould it have led the evening news?\"\n"
            "asks Fortune editor Andy Serwer.\n"
            "\"Yeah, that's probably true.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Andy Serwer"] * 2


def test_an_official_of_a_named_organisation_is_still_unnamed(newsdoc):
    text = ("U.S. officials say they are worried about smuggling.\n"
            "A United Nations official draws a parallel with the mayhem in Iraq after the fall of Saddam.\n"
            "\"We kept telling them to secure the stores, but no one listened,\" he said.")
    assert only_quote_speaker(newsdoc, text) is None


def test_what_news_copy_calls_an_organisation_stands_for_it(newsdoc):
    text = ("NATO jets struck Tripoli on Tuesday, and Libyan officials said a television station was hit.\n"
            "\"We did not target the station,\" the alliance said.")
    assert only_quote_speaker(newsdoc, text) == "NATO"


def test_the_owner_of_the_subject_outranks_a_name_buried_after_it(newsdoc):
    """'His words echo claims about Saddam's weapons. I press him': 'him' is the man whose words they are."""
    text = ("Omar Haddad, a former minister, spoke to me in Doha.\n"
            "\"The regime will fall,\" he told me.\n"
            "Mr Haddad is not a soldier.\n"
            "His warnings echo the claims made about Saddam's weapons before the war in Iraq.\n"
            "I press him further.\n"
            "\"It is certain,\" he replies.")
    assert direct_quote_speakers(newsdoc, text) == ["Omar Haddad"] * 2


def test_a_shared_surname_after_a_relative_comes_in_speaks_for_the_head_of_the_family(newsdoc):
    """The son is brought in as "Haddad's son" and named after the father: a bare 'Haddad' later is the father."""
    text = ("Karim Haddad's forces pushed east on Monday.\n"
            "Haddad's son said the army would reach the coast.\n"
            "The younger Haddad told reporters that rebels had no chance, Nabil Haddad said.\n"
            "\"We will not allow further bloodshed,\" Haddad said.")
    assert only_quote_speaker(newsdoc, text) == "Karim Haddad"


def test_reported_speech_on_the_next_line_does_not_claim_the_quote_above_it(newsdoc):
    text = ('His spokesman predicted a violent reckoning.\n'
            '"A massacre will be committed inside the city if one side wins now, because they have come with such '
            'hatred, such vendetta... Even if the leader leaves now, there will be a massacre."\n'
            'NATO, which has backed the rebels with a bombing campaign, said the transition must be peaceful.')
    nd, q = only_direct_quote(newsdoc, text)
    assert q.speaker is None or nd.actor(q.speaker).name != "NATO"


def test_a_participle_before_the_name_is_not_the_tag_verb(newsdoc):
    """'"...," U.S.-based Libyan activist X told Reuters': 'U.S.-based' is tagged a verb, but it modifies
    the noun; the tag is 'told', its subject the speaker."""
    text = 'Critics mocked the plan. "It is childish scare tactics," U.S.-based Libyan activist Hafed Omar told Reuters.'
    assert only_quote_speaker(newsdoc, text) == "Hafed Omar"


def test_an_unnamed_person_acting_on_her_does_not_take_the_next_she(newsdoc):
    text = ('CNN reporter Hala Grant was threatened by a supporter who told her to leave the area.\n'
            '"I was a little bit fearful," she said.\n'
            'Another protester stepped in and protected her, telling the first not to touch her.\n'
            'She said she ran as fast as she could back to her colleagues.\n'
            '"I am fine, but this is a situation that can turn on a dime."')
    assert last_quote_speaker(newsdoc, text) == "Hala Grant"


def test_a_speaker_named_by_the_end_of_a_multi_word_name_is_that_person(newsdoc):
    """'"...," al-Masri said': the tag's subject is the last word of a name NER holds whole."""
    text = ("Police spokesman Yusuf al-Masri said the road was closed on Tuesday.\n"
            "\"We found nothing in the car and nobody was hurt,\" al-Masri said.")
    nd = newsdoc(text, until="quotes")
    q = next(q for q in nd.quotes if q.type == "direct")
    assert q.speaker_mention.text == "al-Masri"
    assert nd.actor(q.speaker).name == "Yusuf al-Masri"


@pytest.mark.parametrize("text", [
    'Many economists said the new budget did "far too little."',
    'Pundits say such protests "flare up" and then "fizzle out."',
    'His badge said "border guard."',
    'Critics dubbed the general the "butcher of the northern hill country."',
])
def test_a_short_lower_case_phrase_with_its_stop_inside_the_marks_is_mixed(newsdoc, text):
    nd = newsdoc(text, until="quotes")
    assert not [q.text for q in nd.quotes if q.type == "direct"]


def test_a_short_lower_case_clause_in_quotes_stays_direct(newsdoc):
    nd = newsdoc('At first a few people yelled, "he is guilty," and then everyone did.', until="quotes")
    assert [q.text for q in nd.quotes if q.type == "direct"] == ["he is guilty,"]


def test_a_quote_tagged_by_its_speaker_inside_an_according_to_is_the_speakers(newsdoc):
    text = ("The ministers agree that \"the blockade has failed and must end now,\" Lavrov said, "
            "according to the state-run TASS news agency.")
    nd = newsdoc(text, until="quotes")
    direct = [q for q in nd.quotes if q.type == "direct"]
    assert [nd.actor(q.speaker).name for q in direct] == ["Lavrov"]


def test_a_quote_with_its_own_tag_inside_a_participle_attribution_is_the_taggers(newsdoc):
    """The parser may run 'Writing in Time, X suggested the "..." \n"...," he wrote' into one reported
    speech led by 'Writing'; the second quote's own tag gives it its speaker."""
    from newsgraph.quotes import _Draft, _tagged_within

    text = 'Writing in Time, Ann Lee suggested a "new start."\n"It will be a test," he wrote in a story.'
    nd = newsdoc(text)
    doc = nd.doc
    writing, wrote, he = (next(t for t in doc if t.text == w) for w in ("Writing", "wrote", "he"))
    start = text.index("It will")
    quote = _Draft("direct", start, start + len("It will be a test,"), cue=wrote, source=he)
    reported = _Draft("indirect", text.index("Ann"), len(text), cue=writing)
    assert _tagged_within(text, quote, reported)


@pytest.mark.parametrize("channel", ["a text", "an email", "a memo"])
def test_a_text_or_email_from_an_organisation_speaks_for_it(newsdoc, channel):
    text = f"\"The misuse of phone services goes against our customs,\" said {channel} from the Telecommunications Authority."
    assert only_quote_speaker(newsdoc, text) == "Telecommunications Authority"


def test_a_tag_naming_no_known_actor_yields_to_the_frame_before(newsdoc):
    text = ("Lindqvist won in straight sets on Sunday.\n"
            "Moretti agreed with her opponent, saying: \"Yes, that was the turning point of the match.\n"
            "\"I tried my best but it was not good enough,\" added the Italian.")
    nd = newsdoc(text, until="quotes")
    q = next(q for q in nd.quotes if q.type == "direct")
    assert q.speaker_mention.text == "the Italian"  # the evidence stays the tag
    assert nd.actor(q.speaker).name == "Moretti"


def test_two_quotes_side_by_side_are_not_reported_speech_of_the_second_ones_tag(newsdoc):
    text = ("The rebels pulled back on Thursday.\n"
            "Alan Marsh: \"Aid would include medical supplies and body armour\" "
            "\"We will not give up the district,\" rebel commander Abu Hamza told reporters by telephone.")
    nd = newsdoc(text, until="quotes")
    speakers = {q.text[:9]: nd.actor(q.speaker).name for q in nd.quotes if q.type == "direct"}
    assert speakers == {"Aid would": "Alan Marsh", "We will n": "Abu Hamza"}


@pytest.mark.parametrize("text, speaker", [
    pytest.param("\"It was a very hard match for me,\" Lindqvist said.\n"
                 "Lindqvist was never troubled by her opponent and won in straight sets.\n"
                 "\"Maria is a tough player and she fought for every point.\"", "Lindqvist",
                 id="no cue after narration about the last speaker: theirs"),
    pytest.param("\"It was a very hard match for me,\" Lindqvist said.\n"
                 "Her coach Peter Holm left the court before the end.\n"
                 "\"Maria is a tough player and she fought for every point.\"", None,
                 id="no cue after narration about someone else: nobody's"),
    pytest.param("\"My uncle wrote a letter against the governor,\" recalls Nadia Karim.\n"
                 "She and her family fled the city in fear.\nHer brothers still live abroad.\n"
                 "\"I fear they might come for my mother too.\"", "Nadia Karim",
                 id="no cue after two paragraphs of narration about the last speaker: theirs"),
    pytest.param("\"My uncle wrote a letter against the governor,\" recalls Nadia Karim.\n"
                 "The governor's guards searched the street in the night.\nHer brothers still live abroad.\n"
                 "\"I fear they might come for my mother too.\"", None,
                 id="no cue after two paragraphs of narration about others: nobody's"),
    pytest.param("Al Jazeera showed crowds in the streets on Monday.\nMeanwhile, a journalist working in the capital "
                 "Tripoli said the speech caused further confusion.\n"
                 "\"But most people do not believe his talk of civil war,\" the journalist said.", None,
                 id="'the journalist' after 'a journalist working in the capital Tripoli': unnamed, not the network"),
    pytest.param("No, says Omar Karimi, partly because President Alan Reed is unwilling to take a leading role.\n"
                 "But, he says, this is also because Reed would find it tough to convince a tired public.\n"
                 "\"We've seen that Reed has had a real problem selling intervention at home,\" he said.", "Omar Karimi",
                 id="'he said' after 'X would find it tough': a judgement, not a speaker"),
    pytest.param("Omar Nasser, the mayor, spoke to reporters on Monday.\nThe witness, who asked not to be named, said "
                 "the shelling had stopped at dawn.\n\"We could finally sleep,\" he said.", None,
                 id="'he' after 'The witness, who asked not to be named, said': the unnamed witness"),
    pytest.param("Omar Nasser, the mayor, spoke to reporters on Monday.\nOne of the protesters said the shelling had "
                 "stopped at dawn.\n\"We could finally sleep,\" he said.", None,
                 id="'he' after 'One of the protesters said': that unnamed protester"),
    pytest.param("Al Arabiya reported the attack on its website on Sunday.\n"
                 "\"We condemn this crime against our staff,\" the network said.", "Al Arabiya",
                 id="'the network': the organisation in view"),
    pytest.param("Omar Nabil reported the attack on Sunday.\n"
                 "\"We condemn this crime against our staff,\" the network said.", None,
                 id="'the network' with no organisation in view: unresolved"),
    pytest.param("The students also demanded change in Bolivia and the release of prisoners.\n"
                 "\"Freedom now, freedom for all,\" they chanted.", None,
                 id="'they' after unnamed people: not the country beside them"),
    pytest.param("The Arab League issued a statement on Sunday.\n"
                 "\"The members of the council will act at once,\" they said.", "Arab League",
                 id="'they' after people named inside the quote: still the organisation"),
    pytest.param("Christiane Vogel interviewed the general for an hour.\n"
                 "\"He wanted to tell his side of the story,\" Vogel wrote.\n"
                 "He questioned the sanctions, she reported.\n"
                 "\"He seemed to be in complete denial,\" she said.", "Christiane Vogel",
                 id="a name several name lists call female: 'he' is not her, 'she' is"),
    pytest.param("Omar Nabil told staff via letter on Sunday that he had resigned.\n"
                 "\"I was saddened because I could not enter the building,\" the letter said.", "Omar Nabil",
                 id="the channel someone wrote through speaks for them"),
    pytest.param("Germany announced a loan for humanitarian aid.\n\"The situation in the country is very difficult,\" "
                 "Foreign Minister Karl Weber said in a statement announcing the loan.\n\"There is a major lack of funds to "
                 "build infrastructure and a shortage of goods.\"", "Karl Weber",
                 id="'X said in a statement announcing ...': the statement after is X's"),
    pytest.param("Two senators called for sanctions on Monday.\n\"We urge the president to speak out clearly,\" said "
                 "a statement by Senator Tom Parker and Ann Wells.", "Tom Parker",
                 id="'a statement by X' speaks for X"),
    pytest.param("For the first time, Merkel cited President Lukashenko by name in a statement, saying, "
                 "\"The repression must stop.\"", "Merkel",
                 id="'cited Y by name, saying': the subject's words"),
    pytest.param("The newspaper quoted President Lukashenko as saying, \"The protests will fail.\"", "Lukashenko",
                 id="'quoted Y as saying': Y's words"),
    pytest.param("The cause of the outages is unclear, said Tom Brant, Netwatch' co-founder.\n"
                 "\"If this had happened anywhere else I would blame the provider,\" he said.", "Tom Brant",
                 id="'he' after 'said X, Y' co-founder': X, not the possessor Y"),
    pytest.param("Omar, 12, and his brother were wounded when shells hit their home.\n"
                 "Omar lost two fingers.\nHis father vows revenge.\n"
                 "\"Assad should be punished,\" he says.", None,
                 id="'he' after 'His father vows': the unnamed father, not the name in the quote"),
    pytest.param("Moammar Gadhafi stayed out of sight on Tuesday.\nGadhafi's main spokesman accused the NATO alliance of "
                 "helping the rebels.\nHe also drew a line around the oil town, declaring, \"We will die for oil.\"",
                 None, id="'He' after \"Gadhafi's spokesman accused\": the unnamed spokesman, not the possessor"),
    pytest.param("The company was founded in 1996.\n\"Steve Jobs never gives me a single minute of his time!\"\n"
                 "-- Netgear co-founder Patrick Lo in Sydney Australia.", "Patrick Lo",
                 id="a dash line under the quote signs it"),
    pytest.param("\"We are elated that the two men are finally off the streets.\"\n"
                 "- Sharon Wilks, the girl's cousin, Chicago", "Sharon Wilks",
                 id="a hyphen line with a name and a description signs it"),
    pytest.param("\"We will win this election and then we will talk.\"\n- Obama meets Putin in Moscow", None,
                 id="a dashed line of news with a verb signs nothing"),
    pytest.param("Crowds filled the square.\nSoldiers were carried on shoulders amid cheers of \"The army and the "
                 "people are one hand!\"\n-- Israeli Prime Minister Benjamin Netanyahu said Sunday that his country "
                 "was watching.", None,
                 id="a dashed line that goes on with the name's verb is a sentence, not a signature"),
    pytest.param("NATO jets pound targets in Tripoli Robert Gates: \"It is only a matter of time for Gadhafi\" Kabul, "
                 "Afghanistan (CNN) -- U.S. Defense Secretary Robert Gates believes the campaign will work.", "Robert Gates",
                 id="headlines run together: the name before the colon labels the quote, not the verb's subject"),
    pytest.param("The fighters know the city well. \"This is Gaddafi's Pentagon,\" said Noman Benotman, a senior "
                 "analyst at a think tank in London.", "Noman Benotman",
                 id="'is' is a verb, which headline case capitalises: a short quote with 'is' in lower case is no title"),
    pytest.param("The Free Syrian Army said the operation was well planned. \"We have started the operation to liberate "
                 "Damascus,\" said FSA spokesman Col Qassem Saadeddine. Activists accused the regime of deploying tanks.",
                 "Col Qassem Saadeddine",
                 id="a surname NER leaves out of the name it ends is part of it: the person, not the group before"),
    pytest.param("A journalist working in the capital Tripoli told CNN the speech caused further confusion.\n"
                 "\"People do not believe his talk of civil war,\" the journalist said.", None,
                 id="'the journalist' takes up 'a journalist' before, unnamed: not the network of the same sector"),
    pytest.param("Internet access is \"fundamental\" to the protests in Egypt, writes Khadija Sharife on the Huffington "
                 "Post: \"More than ever, the internet remains a crucial vehicle of resistance.\"", "Khadija Sharife",
                 id="'..., writes X on Y: \"...\"': the name after an inverted cue before the colon is its source"),
    pytest.param("Government spokesman Musa Ibrahim repeated his calls for an end to the conflict, telling NATO: \"Stop "
                 "this aggression and let's talk peace.\"", "Musa Ibrahim",
                 id="', telling X: \"...\"': X after a participle is addressed, not the source"),
    pytest.param("But Libya -- ruled by Moammar Gadhafi since 1969 -- is not Egypt, said a highly placed Libyan source "
                 "close to the government who asked not to be identified because he was not authorized to talk to the "
                 "media.\n\"There is nothing serious here,\" he said.", None,
                 id="'he' after '..., said a highly placed source': the unnamed source after the inverted verb, not a name"),
    pytest.param("But the Libyan leader's forces continued their heavy shelling of Dehiba, on the Tunisian border.\nThe "
                 "border crossing was closed Friday.\nRebels had gained control of border crossings between Libya and "
                 "Sudan, according to a report by the International Medical Corps, which has teams in Libya and Tunisia."
                 "\nThe global medical organization said rebel control along the Chad border was significant.\n\"While "
                 "control of the entire border will be difficult, it is important,\" it said.", "International Medical Corps",
                 id="'continued their shelling' is doing, not saying: its subject is no speaker 'the organization' takes up"),
    pytest.param("Rep. Sheila Jackson Lee met the ambassador on Tuesday. She praised Aujali for condemning the Gadhafi "
                 "regime, saying that, \"In jeopardy of his life, he has stood up for his people.\" Aujali asked for "
                 "support from the United States.", "Sheila Jackson Lee",
                 id="'..., saying that, \"...\"': a frame before the quote, not the next sentence's verb after it"),
    pytest.param("Ban had urged the council to act at once.\n\"Every hour costs lives,\" Ban told the body on Friday.\n"
                 "The session on Saturday comes the day after Ambassador Omar Nabil made an appeal to his counterparts.\n"
                 "\"I hope they can do something tangible within hours,\" he said.", "Omar Nabil",
                 id="'he' after 'The session comes the day after X made an appeal': X, whom the sentence is about"),
    pytest.param("Sara al-Haddad was freed on Sunday and is at home.\n\"They took her away at night,\" "
                 "al-Haddad's mother told a television station.\n\"I am proud of her.\"", None,
                 id="\"X's mother\" is not X, also when X's surname has no mention of its own there"),
    pytest.param("\"We will not back down before the vote,\" the state-run agency quoted Omar Nabil as saying.",
                 "Omar Nabil", id="'\"...,\" X quoted Y as saying' after the quote: Y's words"),
    pytest.param("\"We will not back down before the vote,\" the agency Reuters quoted Omar Nabil saying.",
                 "Omar Nabil", id="'\"...,\" X quoted Y saying' after the quote: Y's words"),
    pytest.param("Protesters hurled stones at the van.\n\"Why did they postpone the trial today?\n"
                 "We are tired of this.\"\nasked Mohamed Abdou, whose nephew was killed.", "Mohamed Abdou",
                 id="a tag on the next line, in lower case, continues the sentence of the quote"),
    pytest.param("Mohamed Abdou spoke to the crowd.\n\"We are tired of all this waiting.\"\n"
                 "Omar Nabil was not convinced by the plan.", "Mohamed Abdou",
                 id="a sentence on the next line in upper case is no tag: the quote is from the man brought in before"),
    pytest.param("Government spokesman Musa Ibrahim said the rebels were not serious.\n"
                 "Asked about the claim, a British Foreign Office spokesman would not comment on it.\n"
                 "\"We are not going to provide running commentary,\" the spokesman said.", None,
                 id="'the spokesman' after 'a Foreign Office spokesman': that unnamed one, not a named one before"),
    pytest.param("Saif al-Islam said he would ally with Islamists. His remarks were met with scorn by many Libyan "
                 "opposition writers. \"It's childish scare tactics,\" U.S.-based Libyan activist Hafed al-Ghwell told "
                 "Reuters. \"The logic is, let's frighten the West.\"",
                 "Hafed al-Ghwell", id="a name in apposition to a describing noun parsed as the head: the name"),
    pytest.param("US Secretary of State Hillary Clinton urged the world to act. Mrs Clinton told the council the "
                 "killing had \"stunned the world\". \"We believe the time has come for every nation to back the plan "
                 "of the Arab League.\" Russia and China have blocked resolutions condemning Mr Assad.", "Hillary Clinton",
                 id="a cue in the sentence after a closed quote is no tag of it: the speaker before goes on"),
    pytest.param("\"We will win in the end,\" Rami Khouri said. \"People have been here for 17 days, and they will "
                 "stay.\" Lina Haddad told CNN that the talks will not succeed.", "Rami Khouri",
                 id="a short sentence after a closed quote whose cue has content of its own is no tag of it"),
    pytest.param("Spokesman Jay Carney listed three options: a no-fly zone, aid, and a tighter embargo. Carney "
                 "downplayed talk of arming the rebels, telling reporters that \"it would be too early to ship weapons.\"",
                 "Jay Carney", id="a surname the tagger takes for a common noun is still the person's"),
    pytest.param("\"I wish this were over,\" said Kim Solano from Newark. \"But I know that these things take time and "
                 "I pray that the family finds peace.\" The vigils will continue throughout the weekend.", "Kim Solano",
                 id="a sentence after a closed quote with a modal ('will continue') is no tag of it"),
    pytest.param("A few dozen men pushed into the crowd in the West Bank city of Ramallah chanting \"The people "
                 "want the president to stay,\" a reference to the Palestinian leader.", None,
                 id="a place a chant hangs on is not who chants"),
    pytest.param("The meeting was held in secret, according to Bloomberg. \"We talked about the law,\" according to "
                 "Bloomberg.", "Bloomberg", id="'according to' a name typed as a place still gives the source"),
    pytest.param("Travellers were stuck in their hotels.\nHeather (whose last name is being withheld for her safety), "
                 "23, watched the streets below her window.\n\"We were just in awe of all the people,\" she told a "
                 "website.\nHeather and George are not the only tourists stuck there.", "Heather",
                 id="a first name NER finds only later names the person where it first appears"),
    pytest.param("Officials did not respond to the Amnesty International report.\n\"They appear to have been arrested "
                 "as a pre-emptive strike against the protests,\" the report says.", "Amnesty International",
                 id="'the report' after 'the Amnesty International report': the organisation that wrote it"),
    pytest.param("Officials answered a Facebook post on Sunday.\n\"They appear to have been arrested as a "
                 "pre-emptive strike against the protests,\" the post says.", None,
                 id="'the post' after 'a Facebook post': a platform does not write what is posted on it"),
    pytest.param('Amnesty International issued the report on Tuesday. '
                 '"Soldiers fired on the crowd without any warning," the report said.', "Amnesty International",
                 id="who issued the report"),
    pytest.param("The Syrian government expelled 17 diplomats on Tuesday.\nAll Turkish staff were also declared unwelcome.\n"
                 "\"Syria still believes in dialogue,\" a foreign ministry statement said.", "Syrian government",
                 id="'a foreign ministry statement': the body named in front of the document"),
    pytest.param('The European Council issued a declaration on Friday after a summit in Brussels.\n'
                 '"His regime has lost all legitimacy and must go," the declaration said.\n', "European Council",
                 id="a declaration is a document"),
    pytest.param('Google said on its official blog that it had built the service with a few engineers.\n'
                 '"We hope that this will go some way to helping people stay connected," the post said.\n',
                 "Google", id="said on its blog"),
    pytest.param('The UN Security Council met on Thursday.\nIn a statement, the Security Council expressed its '
                 'disappointment that the envoy had been refused entry.\nIts member countries also said in a '
                 'unanimously agreed statement that they deplored the violence.\n'
                 '"The members call upon the authorities to allow immediate access," the statement said.\n',
                 "UN Security Council", id="the nearest issuer names nobody: the one before"),
    pytest.param('The chairman of the National Bank of Egypt, Tarek Amer, told employees via e-mail that he had '
                 'resigned on Sunday.\n"I was saddened because I could not enter the building today due to hundreds '
                 'of protesting employees," the e-mail said, according to a bank employee.\n',
                 "Tarek Amer", id="the e-mail, split by the tokenizer"),
])
def test_the_speaker_of_the_last_direct_quote(newsdoc, text, speaker):
    assert last_quote_speaker(newsdoc, text) == speaker


def test_a_sector_word_before_a_description_outranks_its_head(newsdoc):
    """'the rebel leader' is not the head of state the dictionaries know as a leader (sector GOV on that
    date), but the rebel named before: the word before the head gives the sector ('leader' alone is GOV)."""
    text = ("Libyan leader Moammar Gadhafi spoke on state television on Saturday.\nMustafa Abdul Jalil heads the "
            "National Transitional Council in Benghazi.\nMarking the 100th day of the war, the rebel leader voiced "
            "optimism.\n\"We see victories emerging at both national and international levels,\" he said.")
    nd = newsdoc(text, pub_date="2011-05-28", until="quotes")
    assert nd.actor(nd.quotes[-1].speaker).name == "Mustafa Abdul Jalil"


def test_a_named_caption_quote_inside_reported_content_is_nested_not_absorbed(newsdoc):
    """The parser may take 'Catherine Ashton: "..." Earlier, activists said ...' as one clause of
    reported speech; the quote has a source of its own before its colon and stays hers."""
    from newsgraph.quotes import _Draft, _nested

    text = "Catherine Ashton: \"We warned the Russians\" Earlier, activists said troops killed 100 people."
    nd = newsdoc(text)
    doc = nd.doc
    ashton = next(t for t in doc if t.text == "Ashton")
    said = next(t for t in doc if t.text == "said")
    start = text.index("We")
    quote = _Draft("direct", start, start + len("We warned the Russians"), source=ashton)
    reported = _Draft("indirect", 0, said.idx - 1, cue=said)
    assert _nested(text, quote, reported)


@pytest.mark.parametrize("text, slogans", [
    ("Demonstrators chanted \"Down with Mubarak\" and \"We are all Egyptians.\"", ["Down with Mubarak", "We are all Egyptians."]),
    ("Protesters in Algiers chanted, \"Change the power\" on Saturday.", ["Change the power"]),
    ("Chanting \"never surrender\" and waving signs reading \"No more mosques\" and \"Islam is the devil,\" "
     "hundreds of protesters marched.", ["never surrender", "No more mosques", "Islam is the devil,"]),
    ("Chants of \"Egypt is free!\"\nand \"God is great!\"\nrose from the crowds.", ["Egypt is free!", "God is great!"]),
    ("About 2,000 demonstrators held up signs.\n\"Gadhafi Go to Hell,\" read one.", ["Gadhafi Go to Hell,"]),
    ("Crowds marching past the bureau held signs that said \"Adios Mubarak\" on Saturday.", ["Adios Mubarak"]),
    ("They carried signs that read \"Defend Democracy\" and \"Defend Human Rights.\"",
     ["Defend Democracy", "Defend Human Rights."]),
    ("Nearby, graffiti on a wall says \"Basta Siamo Pieni\" in Italian.", ["Basta Siamo Pieni"]),
    ("He starred in \"Face the Nation\" and read \"War and Peace\" twice.", []),
    ("With the chants of \"guilty\" getting louder, the family arrived.", []),
])
def test_chanted_and_written_slogans_are_said_however_short(newsdoc, text, slogans):
    """A slogan looks like a title or a term ('Down with Mubarak'), but what introduces it says it was
    chanted, shouted or written on a sign; a book read or a single word chanted is not a quote."""
    nd = newsdoc(text, until="quotes")
    assert [q.text for q in nd.quotes if q.type == "direct"] == slogans


def test_a_short_shout_tagged_on_the_next_line_is_a_quote_of_its_tag(newsdoc):
    """Text written one sentence a line splits '"It's over!" shouted one man' in two; the lower-case
    line goes on with the quote's sentence, so the quote is said, by the unnamed man."""
    _, q = only_direct_quote(newsdoc, "Thousands gathered in the square.\n\"It's over!\"\n"
                                      "shouted one man as he ran from a shop.")
    assert q.text == "It's over!" and q.speaker_mention.text == "one man" and q.speaker is None


@pytest.mark.parametrize("text, said", [
    ("\"Cut him off and replace him,\" Senator Jane Hill told \"Fox News Sunday.\" Hill took issue with the plan.",
     "Cut him off and replace him,"),
    ("\"Growth will return next year,\" the forum's director said. This year's theme is \"The New Reality.\" "
     "Have the chief executives changed their ways?", "Growth will return next year,"),
])
def test_a_title_told_to_or_carried_on_from_a_speaker_is_no_quote(newsdoc, text, said):
    """A programme after 'told' and a title in headline case with no cue of its own are names,
    even right after someone spoke (the speaker before does not make them statements)."""
    nd = newsdoc(text, until="quotes")
    assert [q.text for q in nd.quotes if q.type == "direct"] == [said]


def test_a_pull_quote_is_signed_by_the_name_after_end_quote_and_that_name_is_aside(newsdoc):
    """BBC pages set a pull quote in the text as '"..." End Quote Name': the name signs that quote and,
    like a caption's, is no antecedent for the story's next 'he said'."""
    text = ("Their number has fallen, according to Father Gregorious Yohanna Ibrahim, the Metropolitan of Aleppo.\n"
            "When I met him I asked how the community is coping.\n"
            "\"Syrians belong only to their homeland, not to regimes.\" End Quote Bishop Louka al-Khoury "
            "\"Do not call us a minority, we are a unique community,\" he said angrily.")
    assert direct_quote_speakers(newsdoc, text) == ["Louka al-Khoury", "Gregorious Yohanna Ibrahim"]


def test_a_press_review_byline_gives_the_writer_not_the_paper(newsdoc):
    """A press review introduces each extract with 'Writer in Country's Paper:'; the words are the
    (first) writer's, and a line with no cue after goes on with them. An editorial is the paper's."""
    text = ("Newspapers in the region are divided over the vote.\n"
            "Omar Haddad and Lina Suleiman in Lebanon's Al-Nahar: \"The vote changes nothing for the refugees.\"\n"
            "\"The government still has to explain where the money went.\"\n"
            "Marta Kowalczyk in Poland's Gazeta: \"This is a victory for the quiet majority.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Omar Haddad", "Omar Haddad", "Marta Kowalczyk"]


def test_he_said_after_a_person_just_introduced_is_that_person(newsdoc):
    """A new person brought in as the subject of the sentence before a 'he said' is whom the quote
    is from, even though someone else spoke just before; someone only mentioned there is not."""
    text = ('"We are taking it one village at a time," said army spokesman Karim Nasser.\n'
            'Bishop Anton Weber, speaking after the evening service, appealed for calm in the region.\n'
            '"Nobody wins when the schools stay closed," he said.\n'
            '"We have checkpoints on every road," Nasser said. Residents had asked Paul Hartmann to help.\n'
            '"The roads are open again," he said.')
    assert direct_quote_speakers(newsdoc, text) == ["Karim Nasser", "Anton Weber", "Karim Nasser", "Karim Nasser"]


def test_a_capitalised_title_describes_the_person_who_holds_it(newsdoc):
    """'the Chancellor', 'the Prime Minister' in title case are descriptions like 'the chancellor',
    not names: they take up the person with that title, and one beside a name is that name."""
    text = ("Finance Chancellor Peter Lindqvist announced the cuts on Monday. Critics called them reckless.\n"
            "\"We cannot borrow our way out of this,\" the Chancellor said.\n"
            "Anna Berg, the Socialist Prime Minister, said: \"The cuts will hurt the poorest families.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Peter Lindqvist", "Anna Berg"]


def test_added_by_a_description_that_names_no_one_goes_on_with_the_speaker_before(newsdoc):
    """'"...," added the Italian' after Vinci spoke: a nationality names no actor, and 'added' says
    the same person goes on."""
    text = ('Marta Vinci agreed with her opponent, saying: "That was the turning point of the match." '
            '"I tried my best but it was not good enough," added the Italian, who lost in the doubles too.')
    assert direct_quote_speakers(newsdoc, text) == ["Marta Vinci", "Marta Vinci"]


def test_the_tweet_speaks_for_who_posted_on_twitter_before(newsdoc):
    """'the tweet said' with no earlier tweet: the nearest channel someone put words out through
    ('said in a post on his Twitter account') is the one."""
    text = ('The two leaders spoke on Tuesday, Minister Pablo Ortega said in a post on his Twitter account. '
            '"Tomorrow there will be new developments," the tweet said.')
    nd = newsdoc(text, until="quotes")
    (quote,) = [q for q in nd.quotes if q.type == "direct"]
    assert nd.actor(quote.speaker).name == "Pablo Ortega"


def test_a_question_then_a_new_sentence_is_no_tag_but_a_short_one_is(newsdoc):
    """After '...?"' a long capitalised sentence is new narration, even with a verb the cue list
    knows; a short one is the question's tag."""
    text = ('"We will win," Omar Salem said. He dismissed the claims, adding, "If we are so weak, why am I here?" '
            'Rebel forces have been battling government troops for six months across the eastern region.\n'
            '"Is this the end?" Salem asked.')
    assert direct_quote_speakers(newsdoc, text) == ["Omar Salem", "Omar Salem", "Omar Salem"]


def test_a_quote_left_open_ends_where_narration_starts():
    """In a copy that lost its paragraph breaks a quote left open is followed by narration ('Smith
    said ...') and the next quote; it ends at the full stop before the narration."""
    text = ('"There are rapes. They happened in police barracks. Were the policemen prosecuted? '
            'Ocampo said the court has information about women stopped at checkpoints. "We will look at it," he said.')
    assert contents(text) == ["There are rapes. They happened in police barracks. Were the policemen prosecuted?",
                              "We will look at it,"]


def test_a_description_takes_up_the_title_before_a_name(newsdoc):
    """'the photojournalist', 'the PM': a title written before a person's name ('CNN photojournalist
    Lena Morris', 'Dutch PM Jan de Vries') is what a later description of that person says, even for
    a word no role list holds."""
    text = ("CNN photojournalist Lena Morris arrived at the hotel on Saturday. Guards stopped the crews at the door.\n"
            "\"Everybody in the hotel was against us,\" the photojournalist said.\n"
            "Dutch PM Jan de Vries spoke at the forum in Davos. Delegates listened.\n"
            "\"Leaders should respect the wishes of their people,\" the PM said.")
    assert direct_quote_speakers(newsdoc, text) == ["Lena Morris", "Jan de Vries"]


def test_a_name_in_what_he_said_is_not_who_said_it(newsdoc):
    """'"..." while Obama is acting "like a child," he said': a person named in the words a 'he said'
    reports is talked about; the speaker is the one brought in before."""
    text = ("Foreign Minister Omar Kassem lashed out at the Western leaders. "
            "\"The English are yearning for the colonial era\" while Daniel Brooks is acting \"like a child,\" he said.")
    nd = newsdoc(text, until="quotes")
    assert nd.quotes and {nd.actor(q.speaker).name if q.speaker else None for q in nd.quotes} == {"Omar Kassem"}


def test_he_said_after_a_sentence_about_someone_named_before_is_that_person(newsdoc):
    """The subject of the sentence before a 'he said' is the speaker even when named earlier and
    someone else spoke in between ('Gadhafi reacted with derision. "...," he said')."""
    text = ('Yusuf Barka warned of a long war. Commander Ali Mansur said Friday that he welcomed the move. '
            'He added, "This is an appreciated step, and more countries should do the same." '
            'Barka reacted with derision to the announcement. '
            '"Their decisions are all under your feet," he said in an audio message.')
    assert direct_quote_speakers(newsdoc, text) == ["Ali Mansur", "Yusuf Barka"]


def test_a_line_break_parts_sentences_the_parser_ran_together():
    """Distances between mentions count a new line as a new sentence, and a sentence the parser opens
    with the closing mark of the line before as starting at its first word."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.actors.coref import _units

    words = ["He", "added", ",", '"', "Fine", ".", '"', "\n", "Barka", "reacted", ".", "\n", '"', "No", '"', ",", "he", "said", "."]
    starts = [True] + [False] * 5 + [True] + [False] * 11 + [False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False] * len(words), sent_starts=starts)
    units = _units(doc)
    assert units[0] == units[4] == units[6] == 0  # the closing mark the parser put first stays with its line
    assert units[8] == units[9] == 1  # the line the parser ran into the one before is a sentence of its own
    assert units[13] == units[16] == 2


def test_an_agent_in_a_clause_on_a_name_does_not_lead_the_sentence(newsdoc):
    """'Hamdi, who was encouraged by Saleh to pray, was grateful. "...," she said': the sentence is
    about Hamdi; the agent of a relative clause on her name is not its subject."""
    text = ('"I dream of them trying to kill me," said Layla Hamdi, who has spent time with her sister.\n'
            'Amina Saleh told Hamdi the world is praying for her.\n'
            '"I\'m not afraid," the daughter replied.\n'
            'Asked by Cooper if she still wanted to leave, Hamdi said, "How can I get out when the city is under siege?\n'
            'There are only two ways to get to my family."\n'
            'Hamdi, who was encouraged by Saleh to pray and keep her faith, was grateful for the call.\n'
            '"We thank everyone who tried to make my voice heard," she said.\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Layla Hamdi"


def test_lines_wholly_in_quotation_marks_do_not_push_the_speaker_away(newsdoc):
    """'Dr Haddad said: "...\n..."\n"He needed ..."\nUsing an analogy to explain his actions, he told ...':
    lines that are all someone's words do not count in the distance from a pronoun in the writer's own
    words, and a name inside them is talked about; the speaker is the doctor, not the man he talks of."""
    text = ('Omar Salem died in June after an overdose. His family blamed the doctor.\n'
            'Asked about the drug, Dr Karim Haddad said: "I did not recommend it.\n'
            'Mr Salem would never have taken it from me."\n'
            '"He needed to get rid of it and resume a more normal state of sleep."\n'
            'Using an analogy to explain his actions, he told the interviewer: "If I came to your house, I would not bring it."\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Karim Haddad"


def test_a_subject_inside_a_quote_does_not_take_the_lead_from_the_sentence_before(newsdoc):
    """'Hala's daughter, Rhonda, awaits her return.\n"I just wish she was here.\n..., she says': the
    'she' inside the quote is not whom the writer's sentence before is about; Rhonda is."""
    text = ('Hala Osman says her mother will not leave Cairo.\n'
            '"They are not going to get off the street," she said.\n'
            '"If they can fast for 30 days, they can do this."\n'
            'As the chaos continues, Hala\'s daughter, Rhonda, eagerly awaits her grandmother\'s return.\n'
            '"I just wish she was here.\n'
            'Even though it\'s crazy, she doesn\'t want to leave, I don\'t get why," she says.\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Rhonda"


def test_the_subject_of_a_line_the_parser_ran_into_a_quote_leads_it(newsdoc):
    """A line the parser joined to the quote before it ('...a celebration."\nWaving a placard, Salah
    Elsddek ... couldn't contain his excitement.') still has its own main verb, whose subject is whom
    the next 'he exclaimed' means, not the earlier speaker."""
    text = ('Around 150 protesters danced and sang in front of the embassy.\n'
            'Trader Ahmed Khalifa, 23, has been demonstrating in front of the embassy for more than two weeks.\n'
            '"This is what you call a sweet victory," he told CNN.\n'
            '"Yesterday he brought us all down, we thought he was never going to go.\n'
            'I came here today ready to protest and now it\'s a celebration."\n'
            'Waving a placard, Salah Elsddek, a 31-year-old web designer, couldn\'t contain his excitement.\n'
            '"This is the best day of my life," he exclaimed.\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Salah Elsddek"


def test_a_name_the_parser_took_for_an_object_still_leads_its_sentence(newsdoc):
    """Two parses that hide the subject from a later 'he said': 'Cairo engineer Ibrahim Sabri said ...'
    with the name taken for the title's object, and 'In an interview with CNN, Farouk, who was freed
    ..., said ...' with the name taken for an apposition to CNN. The name is the subject either way."""
    text = ('In Muscat, banker Haji Nasser said the fall of the ruler was a lesson to others.\n'
            '"They will meet the same end if they keep beating their people."\n'
            'Cairo engineer Ibrahim Sabri said the rulers were scared of a similar end.\n'
            '"You could see it in the denial on state TV, they are scared they will share his end," he said.\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Ibrahim Sabri"
    text = ('Cairo, Egypt (CNN) - Wael Farouk, the activist hailed by many protesters as a hero, had a message '
            'Wednesday for his country\'s leaders: "If you are true Egyptians, it\'s time to step down."\n'
            'In an exclusive interview with CNN, Farouk, who was freed by Egyptian authorities on Monday after 10 days, '
            'said it is "no longer the time to negotiate" with the regime of Egyptian President Hosni Mubarak.\n'
            '"There\'s a lot of blood now" that has been spilled, he said.\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Wael Farouk"


def test_the_writer_in_the_byline_is_not_the_he_of_the_story(newsdoc):
    """'By Daniel Brooks BBC Diplomatic Correspondent' (run into the first sentence, as copied pages
    have it) names who wrote the piece; a 'he says' with no one else named before it is left unnamed,
    not given to the writer."""
    text = ('By Daniel Brooks BBC Diplomatic Correspondent Declaring a civil war could change how the world sees '
            'the conflict. The conflict has now turned into a full-scale civil war.\n'
            'That is the verdict of the top UN official for peacekeeping.\n'
            '"The government has lost large chunks of territory to the opposition," he says.\n')
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_the_lead_goes_to_the_main_subject_not_a_pronoun_in_its_clause(newsdoc):
    """'Hale bristles at the suggestion he will not be ready. "...," he said': the sentence before is
    about Hale, the subject of its main verb, though a 'he' in a clause under it comes later; the
    expert quoted just before is not the one who answers."""
    text = ('Despite his decades in office, Robert Hale is not a household name in the state.\n\n'
            '"He has not shown, until recently, an ambition for higher office," said Martin Cole, a political '
            'scientist at the university. "There is doubt whether he can raise money."\n\n'
            'Hale bristles at the suggestion he will not be ready. "I have raised all I needed to win 70 percent '
            'of the vote," he said.\n')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Robert Hale"


def test_a_clause_that_gives_a_name_names_the_speaker(newsdoc):
    """'a rebel called Mohammed', 'the spokesman, who wanted to be identified only as "Omar"', 'a man
    who only gave his first name Abubakr', 'a neighbor named Salah Buharto' (a name of two words): the name the clause gives is the speaker, even where NER
    missed it or took it for an organisation; a clause that gives no name leaves the speaker unnamed."""
    text = ('"The road is under rebel control," a rebel called Mohammed told Reuters by telephone.\n'
            'Shelling hit the port again. "There is no hospital," said the spokesman, who wanted to be identified '
            'only as "Omar" for safety reasons.\n'
            'The boat sank at dawn. "I still have the trauma inside me," said a 21-year old man from Sierra Leone '
            'who only gave his first name Abubakr.\n'
            '"We are tired," said a woman known to her neighbours as a tireless campaigner.\n'
            '"In all my years I have never seen a day like this," said a neighbor named Salah Buharto.')
    assert direct_quote_speakers(newsdoc, text) == ["Mohammed", "Omar", "Abubakr", None, "Salah Buharto"]


def test_a_verb_that_reports_only_with_a_clause_does_not_make_a_speaker(newsdoc):
    """'She showed reporters the bruises' carries no words ('show' reports only in a clause: 'the
    report shows that ...'), so her mother, who spoke before, is no nearer a later 'she said' than the
    woman the sentences are about."""
    text = ('Amina Saleh, her mother, told CNN that she had not heard from her. "If I saw him, I would fight him," she told CNN. '
            'On Saturday Layla Hamdi burst into the hotel. Her face and legs were bruised. '
            'She showed reporters the bruises on her arms. "Look at what they did to me," she said.')
    assert direct_quote_speakers(newsdoc, text) == ["Amina Saleh", "Layla Hamdi"]


def test_a_quote_whose_opening_mark_was_lost_starts_with_its_sentence():
    """'... their back. Gadhafi's militia took my money," said Mohammad Ataye': a closing mark after a
    comma with a tag after it closes a quote the copy lost the opener of, from its sentence's start
    (or right after a quote that ended a sentence); a stray mark with no tag stays a stray mark."""
    text = ('Many said they lost everything on the road. Gadhafi\'s militia took my money," said Mohammad Ataye.\n'
            'He said people use phones for light in surgery." (With) all of this happening, we have not seen NATO," '
            'Mohammed said.\n'
            'The 5" screen, he said, was big.')
    assert [text[q.start:q.end] for q in quoted_spans(text)] == [
        "Gadhafi's militia took my money,", "(With) all of this happening, we have not seen NATO,"]
    # a tag with another plain speech verb: 'repeated', 'asked', 'wrote', 'insisted'
    text = 'They were surrounded by crowds.\nWe stand with the people of Libya," Jackson Lee repeated over and over.'
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["We stand with the people of Libya,"]


def test_a_quote_whose_closing_mark_was_lost_before_its_tag_ends_at_the_tags_comma(newsdoc):
    """'"... live in fear of Gadhafi, Hague said Monday, prior to ...' (and a line with no marks that
    a quote left open runs on into: '... many years ago, said Robert Baer, a former CIA operative.'):
    the quote ends at the comma before the tag, the rest of the line is narration, and the quote of
    the next paragraph is a quote of its own, from the same speaker."""
    text = ('"Him leaving Libya would be the best way, Hague said Monday, prior to his meeting in London.\n'
            '"But as I have said all along, this is a question for Libyans."\n'
            '"This is a nightmare trying to train the rebels.\n'
            'I tried to do it many years ago, said Robert Baer, a former CIA operative.\n'
            '"These people are very difficult to manage."\n')
    assert contents(text) == ["Him leaving Libya would be the best way",
                              "But as I have said all along, this is a question for Libyans.",
                              "This is a nightmare trying to train the rebels.\nI tried to do it many years ago",
                              "These people are very difficult to manage."]
    assert direct_quote_speakers(newsdoc, text) == ["Hague", "Hague", "Robert Baer", "Robert Baer"]
    # a speaker's own words that report someone are no lost tag: the quote goes on over the paragraphs
    (quote,) = quoted_spans('"After the meeting, Obama said we should wait.\n"And we did."\n')
    assert quote.pieces[0] == (1, 46) and len(quote.pieces) == 2
    # the same in a copy that lost its paragraphs: the next quote's opening mark comes on the same line
    flat = text.replace("\n", " ")
    assert [q[:20] for q in contents(flat)][2:] == ["This is a nightmare ", "These people are ver"]
    assert direct_quote_speakers(newsdoc, flat)[2:] == ["Robert Baer", "Robert Baer"]


def test_a_quote_left_open_ends_before_the_sentence_that_frames_the_next(newsdoc):
    """In a copy that lost its paragraphs, a quote whose closing mark went with the line break ends at
    the full stop before 'Speaking in New York, he added: "...': that sentence introduces the next quote."""
    text = ('Reverend Al Sharpton said: "Because there are lots of people who still mourn him. Speaking in New York '
            'regarding the anniversary, he added: "I do not think the world has been able to get over it."')
    assert contents(text) == ["Because there are lots of people who still mourn him.",
                              "I do not think the world has been able to get over it."]
    assert direct_quote_speakers(newsdoc, text) == ["Al Sharpton", "Al Sharpton"]


def test_an_opening_mark_moved_up_to_the_end_of_the_line_before_opens_the_next_line(newsdoc):
    """'... pervasive," said Moreno-Ocampo." / (But) what happens ... to know."': the mark after the tag's
    full stop closes nothing; it is the next line's opening mark, set a line too early, and that line
    goes on with the same speaker. A line after a quote that closed at its end stays narration."""
    text = ('"The shooting is in the public space. The arrests are so massive," said Moreno-Ocampo."\n'
            '(But) what happens inside the barracks is more difficult to know."\n'
            'Also on Monday, the court sought arrest warrants.\n')
    assert contents(text)[1] == "(But) what happens inside the barracks is more difficult to know."
    assert direct_quote_speakers(newsdoc, text) == ["Moreno-Ocampo", "Moreno-Ocampo"]
    assert contents('"We will win," he said.\n"They will lose."\nThe end came."\n') == ["We will win,", "They will lose."]
    flat = text.replace("\n", " ")  # the same in a copy that lost its paragraphs
    assert contents(flat)[1] == "(But) what happens inside the barracks is more difficult to know."
    assert direct_quote_speakers(newsdoc, flat) == ["Moreno-Ocampo", "Moreno-Ocampo"]
    assert contents('"We will win," he said. "They will lose." The end came." ') == ["We will win,", "They will lose."]


def test_lost_opening_marks_by_the_thousand_stay_linear():
    text = 'It was fine," said Ann Lee. ' * 5000
    start = time.perf_counter()
    assert len(quoted_spans(text)) == 5000 and time.perf_counter() - start < 1.0


def test_a_quote_inside_the_next_paragraph_goes_on_with_the_speaker_quoted_before(newsdoc):
    """'But "on Syria, the Arab League is not going ..."' in a paragraph of its own with no source
    goes on with the speaker quoted in the paragraph before; not after someone only reported there."""
    text = ('"Assad is a dictator and a thug," Dana Pletka said.\n'
            'But "on Syria, the Arab League is not going to be nearly as forward-leaning."\n'
            'In Paris, Jean Dupont said that protesters marched in the streets.\n'
            'For example, "the north is calm and the roads are open again," while the south is not.\n'
            '"We will stay," Omar Sayed told CNN.')
    nd = newsdoc(text, until="quotes")
    speakers = {nd.text[q.start:q.end]: nd.actor(q.speaker).name if q.speaker else None for q in nd.quotes}
    assert speakers["on Syria, the Arab League is not going to be nearly as forward-leaning."] == "Dana Pletka"
    assert speakers["the north is calm and the roads are open again,"] is None


def test_a_quote_after_narration_is_from_the_person_it_ends_on(newsdoc):
    """A quote that opens its paragraph with no speaker before it is from the person the paragraph
    before ends on, as the subject of its main verb (a name, a pronoun, or a noun with a name in
    apposition), who must be brought in with a speech verb when someone spoke just before ('Her coach
    Peter Holm left the court' stays nobody's: see the test above); not from a description, nor from
    the subject of an aside between dashes."""
    text = ('Karim Saleh said he was arming the population.\n'
            'His spokesman, Omar Nasser, predicted a violent reckoning by the rebels.\n'
            '"A massacre will be committed inside the city if one side wins now."\n'
            "Then, a one-sentence announcement by Syria's vice president -- Assad had resigned -- sent the streets into "
            'joyous celebration.\n'
            '"We did it, we finally did it after all these weeks in the square!"\n'
            'The man standing behind the crowd shouted at the guards.\n'
            '"Let us through, we have waited long enough for this day."')
    assert direct_quote_speakers(newsdoc, text) == ["Omar Nasser", None, None]


@pytest.mark.parametrize("name, ages", [("Hana Mohammad", "ages five, three, and five months"),
                                         ("Najah Ali", "ages four and seven")])
def test_a_quote_after_narration_parsed_with_a_verbless_root_is_from_the_subject_of_its_clause(newsdoc, name, ages):
    """'..., Hana had to leave her daughters behind; ages five, three, and five months.': the parser
    roots the sentence on the list of ages; the person the narration ends on is still the subject of
    the clause before it."""
    text = ("The ship docked in Benghazi on Monday with 600 wounded on board.\n"
            f"Amid the death and destruction, {name} had to leave her three young daughters behind; {ages}.\n"
            '"It is as if I left my heart back in Misrata."\n')
    assert direct_quote_speakers(newsdoc, text) == [name]


def test_reported_speech_does_not_take_the_quote_on_the_line_before(newsdoc):
    """A parse that runs a sentence over a line break must not make the quote of the line before
    the content of the next line's 'the United Nations said'."""
    text = ('Foreign Minister Omar Kassem lashed out at the Western leaders.\n'
            '"The English are yearning for the colonial era," he said.\n'
            '"Territorial integrity is sacrosanct and we will die for it."\n'
            'U.N. Secretary-General Ban Ki-moon, meanwhile, appointed a new special envoy to Libya to discuss the '
            'crisis with officials in Tripoli, the United Nations said.')
    nd = newsdoc(text, until="quotes")
    (quote,) = [q for q in nd.quotes if q.text.startswith("Territorial")]
    assert nd.actor(quote.speaker).name == "Omar Kassem"


def test_a_quote_after_a_sentence_bringing_someone_in_is_theirs_in_a_run_on_copy(newsdoc):
    """In a copy that lost its line breaks, a quote that starts a sentence right after one that
    brings in a person with a speech verb, and quotes nothing, is that person's, not the speaker
    before's; after a sentence about someone doing something else it goes on with the speaker."""
    text = ('"I am afraid they will burn the city," Karim Saleh said. His spokesman, Omar Nasser, predicted a violent '
            'reckoning by the rebels. "A massacre will be committed inside the city if one side wins now." '
            'Saleh left the building after the briefing. "There will be no more water or food."')
    assert direct_quote_speakers(newsdoc, text) == ["Karim Saleh", "Omar Nasser", "Omar Nasser"]


def test_a_quote_after_a_sentence_about_someone_new_is_theirs_when_the_speaker_spoke_long_before(newsdoc):
    """With the last speaker two sentences or more back, the person the sentence right before a quote
    brings in needs no speech verb ('Fendi Faraj came out of retirement to help. "What I witnessed
    ..."'); with the last speaker just before, they do (see the test above)."""
    text = ('"We will win this war," Karim Saleh said. The rebels held the town for a week. '
            'Fendi Faraj came out of retirement to help the recruits. '
            '"What I witnessed here, the army attacking the people, cannot be forgiven."')
    assert direct_quote_speakers(newsdoc, text) == ["Karim Saleh", "Fendi Faraj"]


def test_a_cue_right_after_a_quote_takes_the_subject_after_it(newsdoc):
    """'Part of the reason ... is because "Libya happened first," noted Dana Pletka': parsed with two
    subjects, a cue right after the closing mark is a tag, and its subject is the name after it."""
    text = ('Part of the reason the administration intervened in Libya and not Syria is because "Libya happened '
            'first," noted Dana Pletka, vice president for foreign and defense policy studies at the institute. '
            '"So the international community responded there first."')
    nd = newsdoc(text, until="quotes")
    assert {nd.actor(q.speaker).name if q.speaker else None for q in nd.quotes} == {"Dana Pletka"}


def test_a_tag_after_a_quote_may_hold_an_apposition(newsdoc):
    """'"...," Anas Abdah, the British-based chairman of the Movement for Justice, told Reuters' is
    the quote's tag even when a cue before the quote, in the sentence before, has a subject."""
    text = ('Members of the Syrian opposition meeting in Istanbul on Tuesday pleaded for international help. '
            '"Our friends in the West, in Turkey, in the Arab world, if they want to help us, then they can do that by '
            'putting the clearest possible pressure on the regime," Anas Abdah, the British-based chairman of the '
            'Movement for Justice and Development, told Reuters.')
    assert direct_quote_speakers(newsdoc, text) == ["Anas Abdah"]


def test_a_predicate_noun_brings_in_no_one_new(newsdoc):
    """'She was a middle-aged woman' describes her: a later 'the woman said' is still Sarah Ahmed,
    not someone unnamed brought in by 'a ... woman'."""
    text = ('Sarah Ahmed burst into the hotel on Saturday. She said she was from Benghazi. '
            'She was well-dressed and appeared to be a middle-aged woman. "We are all Libyans," the woman said.')
    assert direct_quote_speakers(newsdoc, text) == ["Sarah Ahmed"]


def test_who_was_quoted_as_saying_is_the_speaker_not_who_quoted(newsdoc):
    """'Y was quoted by Fars as saying, "..."': the words are Y's; the agency only carried them."""
    text = ('And Ayatollah Ahmad Khatami, a top cleric in Tehran, was quoted last week by the Fars news agency as '
            'saying, "An Islamic Middle East is being created based on Islam, religion, and democracy."')
    assert direct_quote_speakers(newsdoc, text) == ["Ayatollah Ahmad Khatami"]


def test_a_straight_mark_standing_alone_opens_no_quote():
    """'" Read this story | Share | ROME, May 2 -- ...': a straight mark with a space on each side is
    page residue when no quote is open, and opens nothing; with a quote open it still closes it."""
    text = ('" Read this story | Share | ROME, May 2 -- The cabinet resigned on Tuesday.\n'
            'The premier said he would step down.\n'
            'She had called it "a plain betrayal, " he told the crowd.')
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["a plain betrayal, "]


def test_a_group_s_unnamed_member_is_the_he_who_speaks_next(newsdoc):
    """'Their commander ... insisted they were winning. "...," he said': one person of a group named
    only by the group ('their commander', 'our guide') is unnamed, as 'a commander' would be; the
    'he' is not the leader named before."""
    text = ('Bashar al-Assad has ruled for a decade. Rebels in Douma carried old rifles. '
            'Their commander, his face hidden by a scarf, insisted they were winning. '
            '"The army cannot get in here," he said.')
    assert only_quote_speaker(newsdoc, text) is None


def test_a_pull_quote_that_lost_its_opening_mark_is_signed_by_the_name_after_it(newsdoc):
    """BBC pages set pull quotes into the text as a line ending '..." End Quote NAME ROLE', the
    opening mark lost: the quote runs from the line's start, its speaker is the name that opens the
    signature (not a country in the role after it, not the verb of the sentence that follows), and
    a quote after it does not go on with that speaker."""
    text = ('The council met again on Monday.\n'
            'Meddling by outsiders in our affairs is a grave mistake" End Quote Catherine Ashton Britain\'s '
            'former trade envoy Britain quickly denied the report.\n'
            '"The border is calm," wrote the analyst Sara Klein in a blog post.\n'
            'Peace talks stall over and over again" End Quote William Hague Foreign Secretary "Both sides want quiet '
            'along the line."')
    assert [text[q.start:q.end] for q in quoted_spans(text)][:2] == [
        "Meddling by outsiders in our affairs is a grave mistake", "The border is calm,"]
    assert direct_quote_speakers(newsdoc, text) == ["Catherine Ashton", "Sara Klein", "William Hague", "Sara Klein"]


@pytest.mark.parametrize("text, want", [
    ('Laila Haddad held her daughter close. Haddad told Mona Saleh that the world was with her.\n'
     '"I\'m not afraid," the daughter replied.', ["Mona Saleh"]),
    ('Omar Farouk spoke to the crowd. The reporter asked Karim Nasser about the siege.\n"We are ready," he answered.',
     ["Karim Nasser"]),
    ('Bashar al-Assad spoke on television. A neighbour shouted to Om Khaled about the visitor.\n'
     '"She is a cousin of my husband," she says in reply.', ["Om Khaled"]),
])
def test_a_reply_comes_from_whom_the_sentence_before_spoke_to(newsdoc, text, want):
    """'X told Y ... "...," the daughter replied': the one who replies is the one spoken to, not
    the speaker the sentence before was about."""
    assert direct_quote_speakers(newsdoc, text) == want


def test_a_pull_quote_run_into_the_text_starts_with_its_sentence():
    """With the line breaks lost, a pull quote whose opener was lost starts with the sentence its
    closing mark ends."""
    text = ('The council met again on Monday. Meddling by outsiders is a grave mistake" End Quote Catherine Ashton '
            'EU envoy Britain denied the report.')
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["Meddling by outsiders is a grave mistake"]


def test_a_she_goes_on_through_a_chain_of_pronouns_past_a_place_named_since(newsdoc):
    """The name is more than a window of sentences back, but 'she' was resolved all along; a place
    named since ('the ship to Benghazi') does not cut the chain off."""
    text = ('Hana Saleh was at home on Monday. "I was praying when the first missile landed," she said. '
            'The rockets came one after another. They hit the houses in her street. One of them hit her home. '
            'She was in the kitchen with her sister. Three relatives did not survive. The street burned all night. '
            'In the morning she packed a bag. She and her husband walked to the ship to Benghazi. '
            '"It is like a horror movie," she said.')
    assert direct_quote_speakers(newsdoc, text) == ["Hana Saleh", "Hana Saleh"]


def test_a_noun_with_an_age_is_a_person_described(newsdoc):
    """'the 19-year-old law student said': a noun no role list holds ('student') is a person's
    description when an age goes with it, and resolves as one."""
    text = ('"We want him to leave," said Omar, whose last name was withheld.\n'
            '"His time is over," the 22-year-old engineering student said from the square.')
    assert direct_quote_speakers(newsdoc, text) == ["Omar", "Omar"]


def test_a_place_after_its_kind_is_not_the_subject_of_the_verb_after_it(newsdoc):
    """'A reporter living in the city Benghazi said ...' may be parsed with two subjects; the place is
    not the one who speaks."""
    nd = newsdoc("Reuters reported gunfire near the port.\n"
                 "A reporter living in the city Benghazi said the shelling went on all night.", until="quotes")
    (quote,) = [q for q in nd.quotes if q.text.startswith("the shelling")]
    assert quote.speaker is None


def test_a_place_after_of_is_not_the_speaker_the_parse_left_without_a_subject(newsdoc):
    """'..." Republican Senator Tom Parker of South Dakota told "FOX News Sunday."' with the name
    parsed as no subject of 'told': the speaker is the senator, not the state he is of."""
    text = ("Some worried it was too late.\n\"Isolate, strangle and replace this man -- that should be our goal,\" "
            "Republican Senator Tom Parker of South Dakota told \"FOX News Sunday.\"\n")
    nd = newsdoc(text, until="quotes")
    (quote,) = [q for q in nd.quotes if q.text.startswith("Isolate")]
    assert nd.actor(quote.speaker).name == "Tom Parker"


def test_a_name_closing_the_speakers_phrase_is_the_speaker_where_the_parse_hangs_it_on_a_place(newsdoc):
    """'says the director of the Carnegie Centre in Beirut, Omar Haddad': the name is the director's,
    though the parser makes it an apposition to Beirut."""
    text = ("Some analysts say other countries could step in.\n\"Russia's strategic interests in the region don't "
            "start and finish with Syria,\" says the director of the Carnegie Centre in Beirut, Omar Haddad.\n")
    nd = newsdoc(text, until="quotes")
    (quote,) = [q for q in nd.quotes if q.type == "direct"]
    assert nd.actor(quote.speaker).name == "Omar Haddad"


def test_the_name_in_front_of_the_speakers_noun_outranks_the_place_that_owns_it(newsdoc):
    """'London's Global Risk consultancy said ...': the consultancy speaks, not London (nor the British
    government a capital may stand for)."""
    nd = newsdoc("In a note to clients, London's Global Risk consultancy said the attack had dealt a blow to the "
                 "elite around the president.\n", until="quotes")
    (quote,) = nd.quotes
    assert nd.actor(quote.speaker).name == "Global Risk"


@pytest.mark.parametrize("text, speakers", [
    pytest.param("The president's policy comes under criticism \"Of course this is about regime change,\" a congressman says\n"
                 "Washington (CNN) -- U.S. officials continued to insist the mission was limited.\n"
                 "\"Of course this is about regime change,\" said Rep. Tom Parker, a Republican from Colorado.\n",
                 ["Tom Parker", "Tom Parker"], id="a highlight's quote said again by a named speaker is theirs"),
    pytest.param("\"We will not give up the city,\" one resident says\nMisrata (CNN) -- Shelling went on all night.\n"
                 "\"We will not give up the city,\" said Ali Nasser, a teacher.\n"
                 "\"We will not give up the city,\" said Omar Haddad, a driver.\n",
                 [None, "Ali Nasser", "Omar Haddad"], id="words two named people both said stay unattributed"),
    pytest.param("Rebels hold the port \"Winds of change are starting to blow across the whole of the country now,\" "
                 "a rebel spokesman says\nBenghazi (CNN) -- The rebels said they had taken the port.\n"
                 "\"Winds of change are starting to blow across the whole of the country, and nobody can stop them,\" "
                 "said Ahmed Bani, a rebel spokesman.\n", ["Ahmed Bani", "Ahmed Bani"],
                 id="a highlight cut short shares a run of eight words with the named quote"),
    pytest.param("Two fliers were rescued \"You feel the weight of... the military... making sure you get home,\" "
                 "says one\nWashington (CNN) -- The two airmen spoke at a ceremony on Friday.\n"
                 "\"You feel the weight of not only the Air Force, but the military, who are all making sure you get home,\" "
                 "said Capt. Tyler Stark.\n", ["Tyler Stark", "Tyler Stark"],
                 id="a highlight abridged with ellipses"),
    pytest.param("Artists take on the regime \"Some people fight. I use a brush,\" says one artist\n"
                 "Zintan (CNN) -- Murals have appeared on every wall.\n"
                 "\"Some people fight, I use the brush,\" said Mohammed Zamoul, a painter.\n",
                 ["Mohammed Zamoul", "Mohammed Zamoul"], id="a highlight reworded by a word"),
    pytest.param("\"Down!\" shouted Ali Nasser, a guard.\n"
                 "A man in the corridor was heard shouting: \"Down! Everybody down on the floor now!\"\n",
                 ["Ali Nasser", None], id="a word one named man shouted does not make a longer quote his"),
])
def test_a_quote_with_no_named_speaker_takes_the_speaker_it_is_quoted_again_with(newsdoc, text, speakers):
    assert direct_quote_speakers(newsdoc, text) == speakers


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Libya to defend its oil \"It is impossible for me to leave my loyal people,\" the Libyan leader says "
                 "on state television\nIn a late-night appearance in the city of Ageelat, Libyan leader Moammar Gadhafi "
                 "pledged to stay.\n", "Moammar Gadhafi", id="the description's name comes in the next sentence"),
    pytest.param("NATO weighs options \"It is our job to conduct prudent planning,\" a NATO official says\n"
                 "Brussels (CNN) -- NATO Secretary General Anders Fogh Rasmussen said the alliance would act.\n",
                 None, id="an unnamed official stays unnamed"),
])
def test_a_highlights_description_with_no_one_before_it_is_the_person_the_body_names(newsdoc, text, speaker):
    """A role that no one before it holds ('the Libyan leader says' in a highlight) is the person of that
    role and country named in the next sentences."""
    nd = newsdoc(text, until="quotes")
    (quote,) = [q for q in nd.quotes if q.type == "direct"]
    assert (nd.actor(quote.speaker).name if quote.speaker else None) == speaker


@pytest.mark.parametrize("text, speakers", [
    pytest.param("NATO spokeswoman Oana Lungescu said the alliance was watching the port closely.\n"
                 "Rebels said they had taken the port on Friday. \"The town is ours and it will stay ours whatever "
                 "happens,\" the spokeswoman told reporters.\nLater on Friday the rebels repeated their claim.\n"
                 "\"The town is ours and it will stay ours whatever happens,\" said Amira Bani, a rebel spokeswoman.\n",
                 ["Amira Bani", "Amira Bani"], id="a description's speaker gives way to the name said with the same words"),
    pytest.param("Former Speaker Newt Gingrich took aim at the intervention.\n"
                 "A few days earlier, as Alana Goodman pointed out in Commentary, he had been criticizing the "
                 "president's inaction, saying, \"This is a moment to get rid of the dictator.\"\n",
                 ["Newt Gingrich"], id="a name whose report holds the quote is no second saying of it"),
])
def test_a_quote_said_again_by_name_is_that_names_not_a_descriptions(newsdoc, text, speakers):
    """A description or pronoun may resolve to the wrong person; the same words given to a name
    elsewhere in the article are better evidence of who said them."""
    assert direct_quote_speakers(newsdoc, text) == speakers


@pytest.mark.parametrize("text, kept", [
    ("Time.com published a story on Thursday from writer Ann Wells in Cairo headlined, \"After the Vote: Why the City "
     "Isn't Ready to Move On.\"\n", []),
    ("Yale economist Gary Norton has an interesting new paper called \"Slapped in the Face by the Invisible Hand: Banking "
     "and the Panic of 2007.\"\n", []),
    ("The mayor called the plan \"a disgrace to the whole city and all of its people.\"\n", ["a disgrace to the whole"]),
])
def test_a_long_title_after_a_word_that_names_it_is_no_quote(newsdoc, text, kept):
    """'headlined "..."', 'a paper called "..."' in headline case: a title of any length; words in
    sentence case after 'called' are words someone used."""
    nd = newsdoc(text, until="quotes")
    assert [q.text[:len(k)] for q, k in zip(nd.quotes, kept)] == kept and len(nd.quotes) == len(kept)


def test_a_one_word_answer_with_its_tag_right_after_it_is_said_not_a_title(newsdoc):
    """'"Absolutely," he says.': one capitalised word reads like a title, but a tag straight after its
    closing mark makes it an answer; a show named in a list ('appearing on CNN's "The Situation Room,"
    "AC360," and "State of the Union."') stays a title."""
    text = ('Khaled Ahmed grew up in California. Asked if he ever thought of quitting, he shakes his head.\n'
            '"Absolutely," he says.\n'
            'Gloria Borger is an analyst, appearing on "The Situation Room," "AC360," and "State of the Union."\n')
    assert direct_quote_speakers(newsdoc, text) == ["Khaled Ahmed"]


@pytest.mark.parametrize("text, kept", [
    ('Ghonim is the administrator of a Facebook page called "We are all Khaled Said," named after an activist.\n', []),
    ('An Arabic Facebook page entitled, "I delegate Wael to lead on my behalf" has 300,000 likes.\n', []),
    ('Ghonim ran the influential "We are all Khaled Said" Facebook page from Dubai.\n', []),
    ('The guard saw the crowd at the gate. She called, "Come here and open the door for them now!"\n',
     ["Come here and open the door"]),
])
def test_a_name_set_in_the_writers_noun_phrase_is_no_quote(newsdoc, text, kept):
    """The name of a page, a group or a campaign in quotation marks, in sentence case and however the
    parser reads it: after a word that names a thing, or between a noun's determiner and the noun;
    not what a person called out."""
    nd = newsdoc(text, until="quotes")
    assert [q.text[:len(k)] for q, k in zip(nd.quotes, kept)] == kept and len(nd.quotes) == len(kept)


@pytest.mark.parametrize("text, speaker", [
    pytest.param("In a joint letter published on Friday by four newspapers, Spanish Prime Minister Mariano Rajoy, "
                 "Italian Prime Minister Mario Monti and French President Francois Hollande wrote about the crisis.\n"
                 "\"Europe cannot wait for the markets to calm down,\" they wrote.\n",
                 "Mariano Rajoy, Mario Monti and Francois Hollande", id="they, after a list the parser broke up"),
    pytest.param("Mariano Rajoy and Mario Monti met in Rome on Friday.\nThe talks ran late into the night.\n"
                 "\"We agree on the banking union,\" the two leaders said.\n",
                 "Mariano Rajoy and Mario Monti", id="the two leaders"),
    pytest.param("Brazil, China, Russia and India issued a communique on Monday.\n"
                 "Spain and Italy stayed away.\n"
                 "\"We want a bigger voice in the fund,\" the four countries said.\n",
                 "Brazil, China, Russia and India", id="the four countries, not the two named nearer"),
    pytest.param("Mariano Rajoy and Mario Monti wrote: \"Europe cannot wait.\"\n",
                 "Mariano Rajoy and Mario Monti", id="the coordination itself"),
    pytest.param("Ahead of the summit, Brazil, China, Russia and India issued a communique on Monday.\n"
                 "Spain and Italy stayed away.\n"
                 "\"We want a bigger voice in the fund,\" the four countries said.\n",
                 "Brazil, China, Russia and India", id="a list hung on the fronted phrase"),
    pytest.param("In a joint letter published on Friday by four newspapers, Spanish Prime Minister Mariano Rajoy, "
                 "Italian Prime Minister Mario Monti and French President Francois Hollande wrote about the crisis.\n"
                 "The markets fell.\n\"Our duty is to protect savers. We are doing that. It is not to punish anyone. "
                 "It is not to bail out banks. It is not to help the markets. It is not to wait. It is to act. "
                 "Europe cannot wait for the markets to calm down,\" the three wrote.\n",
                 "Mariano Rajoy, Mario Monti and Francois Hollande", id="the three, after their long quote"),
])
def test_words_of_several_named_people_together_are_their_group(newsdoc, text, speaker):
    assert only_quote_speaker(newsdoc, text) == speaker


def test_a_plural_phrase_with_no_group_in_view_stays_unattributed(newsdoc):
    """'the two men said' with no group named: several people are none of the persons named."""
    text = "Mariano Rajoy arrived in Rome on Friday.\n\"We agree on the banking union,\" the two men said.\n"
    assert only_quote_speaker(newsdoc, text) is None


@pytest.mark.parametrize("text", [
    pytest.param("Rebels fought the army in the north on Sunday, said Karim Nasser, an activist in the town.\n"
                 "His account was backed by another eyewitness, by the name of Abu Hamza.\n"
                 "\"The tanks came in at dawn,\" he told the BBC by phone.\n", id="the phrase hung on the verb"),
    pytest.param("Rebels fought the army in the north on Sunday, said Karim Nasser, an activist in the town.\n"
                 "A resident by the name of Abu Hamza was there too.\n"
                 "\"The tanks came in at dawn,\" he told the BBC by phone.\n", id="the phrase on the noun"),
])
def test_a_person_given_a_name_by_the_name_of_is_that_name_as_salient_as_the_noun(newsdoc, text):
    """'another eyewitness, by the name of Abu Hamza': a person (NER may miss the name), and as salient
    as the noun that brings him in, so the 'he told' after it is his."""
    assert only_quote_speaker(newsdoc, text) == "Abu Hamza"


@pytest.mark.parametrize("text, speaker", [
    # a participle that modifies a noun is no cue: the speaker is whoever told the paper
    ("Maria Lopez told the Daily Herald in a written statement, \"We will appeal the ruling.\"", "Maria Lopez"),
    # the parser lost the subject behind an age: the name before the verb speaks, not the paper told
    ("\"We were tremendously wrong to not have challenged him from the start,\" Ramos, 58, told AFP in an "
     "interview in Mexico City on Monday.", "Ramos"),
])
def test_the_source_of_a_tag_is_not_the_outlet_told_nor_a_noun_modifier(newsdoc, text, speaker):
    assert direct_quote_speakers(newsdoc, text) == [speaker]


def test_an_inverted_tag_right_after_the_quote_still_takes_its_object_for_source(newsdoc):
    text = ("Ann Reyes chairs the party.\n\n\"The other side had no answers tonight,\" tweeted party spokeswoman "
            "Ann Reyes.")
    assert direct_quote_speakers(newsdoc, text) == ["Ann Reyes"]


@pytest.mark.parametrize("tag", ["shot back", "went on", "hit back", "fired back", "chimed in"])
def test_a_phrasal_verb_of_speech_tags_the_quote_before_it(newsdoc, tag):
    text = (f"Senator Paula Grant and Mayor Tom Hale debated on Tuesday.\n\n\"Why would anyone believe that?\" "
            f"Hale {tag}. \"Nobody does.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Tom Hale", "Tom Hale"]


def test_a_verb_of_speech_with_an_infinitive_or_in_a_clause_of_time_tags_nothing(newsdoc):
    """'as Bush continued to interject' and 'after X stated an interest' are narration, not tags that
    would take the sentence, quote and all, for what Bush or X said."""
    text = ("Paula Grant and Tom Hale met on stage.\n\n\"Quiet,\" Grant demanded, as Hale continued to interject. "
            "\"You can leave at will,\" Grant told the Herald in July, after Hale stated an interest in leaving.")
    nd = newsdoc(text, until="quotes")
    assert [(q.type, nd.actor(q.speaker).name if q.speaker else None) for q in nd.quotes] == [
        ("direct", "Paula Grant"), ("direct", "Paula Grant")]


def test_a_tag_the_parser_set_beside_a_participle_takes_the_participles_subject(newsdoc):
    text = ("Sen. Paula J. Grant (D-Ore.), noting the size of the crowd, said, \"Let me tell you, this is a "
            "heck of a movement.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Paula J. Grant"]


def test_a_second_speech_verb_hung_on_the_reported_clause_is_the_reporters(newsdoc):
    text = ("Mayor Carl Brandt spoke on the radio.\n\nBrandt said the decision was made by police chief Dana Ortiz "
            "and said, \"Who are you going to trust on safety?\"")
    assert direct_quote_speakers(newsdoc, text) == ["Carl Brandt"]


def test_speech_told_in_a_clause_of_time_does_not_take_over_the_quotes_that_follow(newsdoc):
    text = ("Senator Paula Grant called in to the show of host Tom Hale. \"Your reputation is amazing,\" Grant "
            "assured Hale, after Hale assured Grant that most of his listeners backed her. \"I will not let "
            "you down.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Paula Grant", "Paula Grant"]


def test_a_tags_own_clause_about_something_else_does_not_take_the_quote(newsdoc):
    text = ("Former president Walter Hume campaigned for his son. \"People are calling each other names,\" the former "
            "president told a crowd that the campaign estimated at 2,000 people at a town hall there.")
    assert direct_quote_speakers(newsdoc, text) == ["Walter Hume"]


def test_a_verb_joined_to_a_passive_one_shares_its_subject_not_its_agent(newsdoc):
    text = ("As the crowd began to chant, comedian Sarah Linden was joined on stage by Senator Al Brant and joked, "
            "\"You are being ridiculous,\" drawing loud jeers.")
    nd = newsdoc(text, until="quotes")
    assert [nd.actor(q.speaker).name if q.speaker else None for q in nd.quotes] == ["Sarah Linden"]


@pytest.mark.parametrize("text, speakers", [
    # the tag's subject has a relative clause; the parser hung that subject on the name inside the quote
    ("The ruling family is putting his younger brother Sheikh Khalid bin Salman in the spotlight. \"It looks as "
     "if the hardliners would like to promote Sheikh Khalid,\" a Gulf-based diplomat who declined to be named "
     "said. \"He is on state television almost every day now.\"", [None, None]),
    # a participle the parser hung on the reported clause goes with the reporter
    ("Judge Ken Starr spoke on Tuesday. Starr said the senator's situation reminds him of an old book, "
     "explaining, \"There are certain tragic dimensions of it.\"", ["Ken Starr"]),
])
def test_a_misparsed_tag_still_finds_who_speaks(newsdoc, text, speakers):
    assert direct_quote_speakers(newsdoc, text) == speakers


def test_a_participle_hung_on_whom_a_message_went_to_is_the_senders(newsdoc):
    text = ("The Grant campaign quickly blasted out an email to supporters stating, \"Speaker Tom Hale joins the "
            "growing list of conservatives rebuking the nominee.\"")
    nd = newsdoc(text, until="quotes")
    mentions = [nd.text[q.speaker_mention.start:q.speaker_mention.end] for q in nd.quotes if q.type == "direct"]
    assert mentions == ["The Grant campaign"]


def test_a_description_after_an_inverted_tag_the_parser_misread_is_the_source(newsdoc):
    text = ("Near the mosque, a cashier was shaken. \"One guy came in and said maybe we should start fighting them,\" "
            "said the woman, who like others in the village did not want to be named because the subject is "
            "delicate.")
    nd = newsdoc(text, until="quotes")
    mentions = [nd.text[q.speaker_mention.start:q.speaker_mention.end] if q.speaker_mention else None
                for q in nd.quotes if q.type == "direct"]
    assert mentions == ["the woman"]


@pytest.mark.parametrize("signature", ["-- Senator Paula Grant", "- Senator Paula Grant, speaking on Monday."])
def test_a_signature_line_after_a_blank_line_signs_the_quote(newsdoc, signature):
    text = f"Mayor Tom Hale spoke first.\n\n\"We will win this fight.\"\n\n{signature}\n\nThe vote is on Friday."
    assert direct_quote_speakers(newsdoc, text) == ["Paula Grant"]


@pytest.mark.parametrize("text, speaker", [
    ("Grant testified.\n\nRep. Tom Hale (R-S.C.): \"I have not heard anyone other than you ever cite that "
     "figure.\"", "Tom Hale"),
    ("Immediately after the attacks, Senator Paula Grant issued a statement, \"Last night our city was "
     "attacked.\"", "Paula Grant"),
])
def test_a_frame_before_the_quote_that_ends_on_a_bracket_or_a_statement(newsdoc, text, speaker):
    assert direct_quote_speakers(newsdoc, text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the participle the parser hung under the reported clause's infinitive is still the reporter's
    ("Senator Paula Grant spoke on Monday. Grant said the governor will have to pick a side soon, saying, "
     "\"Sooner or later he will have to tell us where he stands.\"", "Paula Grant"),
    # what the message that speaks was sent by
    ("To sell the seminars, Tom Hale released a promotional video that said, \"Our teachers are hand-picked and "
     "they are the best there are.\"", "Tom Hale"),
    # the verb in the colon's clause is the one that introduces the quote, not one in its prepositional phrase
    ("Paula Grant has since apologized for what happened: \"I should have kept my work and my private mail apart.\"",
     "Paula Grant"),
])
def test_the_source_of_a_quote_introduced_by_a_clause_with_nested_verbs(newsdoc, text, speaker):
    assert direct_quote_speakers(newsdoc, text) == [speaker]


def test_a_letter_from_someone_speaks_for_its_author_not_whoever_released_it(newsdoc):
    text = ("Tom Hale is a triathlete. He released a letter from his doctor on Friday that says, \"Mr Hale is in "
            "extraordinarily good health for a man of his age.\"")
    nd = newsdoc(text, until="quotes")
    assert [nd.text[q.speaker_mention.start:q.speaker_mention.end] for q in nd.quotes if q.type == "direct"] == [
        "his doctor"]


@pytest.mark.parametrize("text, speaker", [
    # the parser hung the name on the quote; the gloss after it ('Democrat of Tennessee') is not who speaks
    ("\"That was a fine address you gave last night, Madam President,\" Representative Tom Hale, Democrat of "
     "Oregon, told Ms. Grant as she stopped to shake hands.", "Tom Hale"),
    # where someone lives is not who speaks, even when their name stands further back than usual
    ("\"If the governor had listened to Kemp, I would have been sitting in a cell for a long time,\" Mr. Hale, now 79 "
     "and retired in Salem, Ore., said by telephone this week.", "Hale"),
])
def test_a_tag_with_no_parsed_subject_takes_the_name_not_its_gloss_or_place(newsdoc, text, speaker):
    assert direct_quote_speakers(newsdoc, text) == [speaker]


def test_a_description_placed_in_a_country_takes_up_a_person_no_dictionary_codes(newsdoc):
    text = ("Paula Grant still believes that the nominee is unfit. \"I take back nothing I said in the primaries,\" "
            "the Florida senator told reporters on Thursday.")
    assert direct_quote_speakers(newsdoc, text) == ["Paula Grant"]


def test_a_persons_name_before_the_body_they_head_is_no_person_for_a_description(newsdoc):
    """NER takes 'Obama administration' for a person coded American; 'the Texas senator' must not be it."""
    text = ("When Hale suggested that Cuba would sue over the Obama administration's deal, Paula Grant "
            "fired back. Ted Cruz warned against a brokered convention. \"I think that would be an absolute "
            "disaster,\" the Texas senator said.")
    nd = newsdoc(text, until="quotes")
    assert all(a.type != "PERSON" for a in nd.actors if a.name.endswith("administration"))
    assert direct_quote_speakers(newsdoc, text) == ["Ted Cruz"]


def test_a_headline_before_a_tag_that_names_no_one_gives_the_quote_no_speaker(newsdoc):
    """The headline's subject ('Egypt moves to ...') is no speaker for the unnamed activist of the next one."""
    text = ("NEW: Egypt moves to shut down phone lines before fresh marches NEW: \"The army has shown no aggression "
            "toward us,\" activist says")
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_two_roles_joined_before_a_name_are_that_persons(newsdoc):
    text = ("Human rights activist and blogger Sami Raouf told CNN that troops are mingling with "
            "demonstrators in the square. Later, Raouf said the mood was calm.")
    nd = newsdoc(text, until="quotes")
    told = next(q for q in nd.quotes if q.text.startswith("troops"))
    assert nd.actor(told.speaker).name.endswith("Raouf")


def test_a_given_name_ner_split_off_as_a_place_is_still_the_persons(newsdoc):
    text = ("But US State Department spokeswoman Victoria Nuland said Washington would reserve judgement on the "
            "trip.\n\"You can see why the wider community would doubt this,\" she said.")
    nd = newsdoc(text, until="quotes")
    assert "Victoria Nuland" in [a.name for a in nd.actors if a.type == "PERSON"]
    assert direct_quote_speakers(newsdoc, text) == ["Victoria Nuland"]


def test_a_bare_surname_with_a_capital_inside_is_still_the_persons(newsdoc):
    """'ElBaradei' is no title-case word for spaCy; NER's miss of the bare surname must not leave 'he' unresolved."""
    text = ("Mohamed ElBaradei was set upon by a gang outside a voting station in Giza on Sunday, his cousin told "
            "reporters. ElBaradei wrote about the assault on his Twitter page. \"Went to vote and was attacked by a "
            "gang,\" he tweeted.")
    assert direct_quote_speakers(newsdoc, text) == ["Mohamed ElBaradei"]


def test_a_reactions_list_label_is_the_name_not_its_gloss(newsdoc):
    text = ("Here is how politicians reacted.\n\nU.S. Sen. Paula Grant, R-Arizona: \"I think the opening of his "
            "address was excellent.\" \"He argued it well.\"\n\nTom Hale, spokesman for House Speaker Ann Reyes, "
            "R-Ohio: \"The address left us with little clarity.\"\n\nMark Pell, former New York City mayor: \"Tonight "
            "only muddied the waters.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Paula Grant", "Paula Grant", "Tom Hale", "Mark Pell"]


def test_it_after_someone_spoke_in_a_statement_is_the_statement_and_so_its_speaker(newsdoc):
    """Not the authorities the quote is about: 'it' is the statement Mr Ban spoke in."""
    text = ("Critics doubt that the government is committed to the truce.\nIn Tuesday's statement, Mr Ban said the "
            "latest shelling of towns \"breaches\" the council's terms and urged the army to stop its offensive.\n"
            "Mr Ban \"condemns the shelling by the Syrian authorities of residential areas, despite the pledges by "
            "the Government of Syria to withdraw its heavy guns,\" it said.")
    assert direct_quote_speakers(newsdoc, text) == ["Ban"]


def test_a_name_after_an_honorific_is_a_person_whatever_place_it_spells(newsdoc):
    text = ("The Russian envoy will meet British Foreign Secretary William Hague in Geneva on Monday. Asked "
            "whether he thought the country was at war, Mr Hague said: \"It is close to collapse.\"")
    nd = newsdoc(text, until="quotes")
    assert [a.type for a in nd.actors if a.name == "William Hague"] == ["PERSON"]
    assert not [a for a in nd.actors if a.type == "PLACE" and "Hague" in a.name]
    assert direct_quote_speakers(newsdoc, text) == ["William Hague"]


def test_a_show_title_inside_a_reactions_label_does_not_hide_the_name(newsdoc):
    text = ("Here is how commentators reacted.\nDana Whitfield, host of NBC's \"Morning Report\": \"It was a "
            "carefully built address.\nIt had a moral side and a strategic side.\"\n\"What the senator proposed "
            "strikes me as a risky course.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Dana Whitfield", "Dana Whitfield"]


def test_a_title_before_a_speech_verb_is_no_half_of_an_interrupted_quote(newsdoc):
    text = "Paul Drury, who appeared on \"Weekend Talk,\" said: \"The timing is what troubles me.\""
    nd, q = only_direct_quote(newsdoc, text)
    assert text[q.start:q.end] == "The timing is what troubles me."
    assert nd.actor(q.speaker).name == "Paul Drury"


def test_a_colon_clause_ending_on_whom_a_transcript_is_from_names_the_speaker(newsdoc):
    text = ("Analyst Nora Castell says the offer may be a trap.\nRead an edited transcript from Castell: \"One "
            "hopes this is not the moment the movement turned.\nThe danger is that the crowds grow angrier.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Nora Castell"]


def test_it_after_the_world_body_is_the_un_not_the_government_it_urged(newsdoc):
    text = ("In a statement, the U.N. Security Council said it condemned the attacks on civilians.\nThe council "
            "called on the government to protect its people.\nThe world body voiced concern about shortages of "
            "medicine and urged the authorities in Tripoli to let aid through.\nIt added, \"The members stressed "
            "the need to hold to account those who attacked civilians.\"")
    assert last_quote_speaker(newsdoc, text) == "U.N. Security Council"


def test_a_name_ending_in_airport_or_square_is_a_place_not_a_person(newsdoc):
    nd = newsdoc("Smoke rose over Tahrir Square, formerly a royal parade ground.", until="quotes")
    assert [a.type for a in nd.actors if a.name == "Tahrir Square"] == ["PLACE"]


def test_a_full_name_after_a_capitalised_title_speaks_not_the_title(newsdoc):
    text = ("\"Mark went wherever the story was, however dangerous,\" said Director of Public Affairs "
            "Jodi Halvorsen.\n\"We will miss him terribly.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Jodi Halvorsen", "Jodi Halvorsen"]


def test_an_interviews_topic_headings_name_no_speaker_the_person_interviewed_speaks(newsdoc):
    text = ("Governor Ellen Marsh's remarks ranged over trade, schools and her party's primary race.\n"
            "On the trade dispute: \"We should tell our partners plainly that tariffs hurt farmers.\nI still hope "
            "the talks will resume.\"\n\"Nobody wins a war of tariffs.\"\nOn the schools bill: \"It is a good first "
            "step and I would sign it.\"\nOn whether the senator from the neighbouring state was right to back the "
            "rival bill last year: \"I think he meant well but the numbers never added up.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Ellen Marsh"] * 4
    assert direct_quote_speakers(newsdoc, text.replace("\n", " ")) == ["Ellen Marsh"] * 4
    framed = ("Mr Crane called the memo a \"fair account\" of the advice. On the question of whether such memos are "
              "always kept secret, Labour MP Joan Pike, who sat on the inquiry, told the BBC: \"As a rule, yes, but "
              "not always.\"")
    assert direct_quote_speakers(newsdoc, framed) == ["Joan Pike"]  # a sentence with its own speech verb frames
    dated = ("The site rated two similar claims very differently.\nOn March 3, 2016, Senator Hal Greer made the "
             "following remark:\n\"For young people who left school early, the jobless rate is 30 percent.\"")
    assert direct_quote_speakers(newsdoc, dated) == ["Hal Greer"]  # 'On March 3' is a date, not a topic


def test_a_label_name_on_a_topic_is_the_names_not_the_topics(newsdoc):
    text = ("Warships move toward the coast Iran's Deputy U.N. Ambassador Rezaei on Assad: \"Nobody in Tehran trusts "
            "him\" It is not clear who leads the opposition (CNN) -- Pressure on the government grew on Tuesday.")
    assert only_quote_speaker(newsdoc, text) == "Rezaei"


def test_the_newspaper_after_a_state_daily_is_that_daily(newsdoc):
    text = ("BEIJING (Reuters) - China will enlarge its coast guard, state media said on Friday.\nThe fleet will "
            "have 400 ships by 2020, the official China Daily said, citing a senior official.\nIt gave no cost.\n"
            "\"Foreign vessels have entered our waters more and more often,\" the newspaper said.")
    assert last_quote_speaker(newsdoc, text) == "China Daily"


def test_he_after_a_witness_who_gave_a_name_in_marks_is_that_witness(newsdoc):
    text = ("The interior minister's son, Karim Haddad, told state radio the jets had hit only empty depots.\n"
            "But one resident, who agreed to be identified only as \"Samir,\" said soldiers had fired on the march.\n"
            "\"They shot into the crowd from the rooftops without warning,\" he said.")
    assert last_quote_speaker(newsdoc, text) == "Samir"


def test_a_bare_surname_far_from_a_namesake_named_once_is_the_storys_main_bearer(newsdoc):
    text = ("President Omar Karimi vowed to stay. Karimi spoke on state TV. Karimi's guards sealed the square.\n"
            "Bassel Karimi, the president's 35-year-old son, told reporters the talks were in \"chaos.\"\n"
            "Many citizens have mocked the younger man's remarks.\n"
            "The elder Karimi made no public appearance on Tuesday, denying that any protests took place.\n"
            "\"There is no protest at all in the streets,\" the 70-year-old ruler told a radio station.\n"
            "\"They love me, all my people love me,\" said Karimi, who has ruled for 30 years.")
    assert last_quote_speaker(newsdoc, text) == "Omar Karimi"


def test_one_of_several_banners_is_nobodys_quote(newsdoc):
    text = ("More than 900 migrants were on board, the Red Crescent said. Several banners greeted the ferry as it "
            "docked in the port. One read: \"We mourn with your families, your sacrifice is ours.\" Another said, "
            "\"Thank you, friends, for standing with us.\" The crowd cheered.")
    assert direct_quote_speakers(newsdoc, text) == [None, None]


def test_a_conjunction_ner_took_into_a_name_makes_no_second_namesake(newsdoc):
    """'[As Mubarak] spoke' is no other Mubarak: with the 'As' left in, every bare 'Mubarak' was ambiguous."""
    text = ("President Hosni Mubarak said early Saturday that he had asked the cabinet to resign.\n"
            "As Mubarak spoke, tanks rolled into the main cities.\n"
            "\"Stability matters more than anything,\" President Barack Obama said from the White House.\n"
            "Mubarak gave no sign that he would leave the country.\n"
            "\"I assure you that I am working for the people,\" he said.")
    assert last_quote_speaker(newsdoc, text) == "Hosni Mubarak"


def test_analysts_with_a_firm_speak_as_the_firm(newsdoc):
    text = ("Some observers warned about the army's new role.\n\"The decree is the plainest sign yet that the generals "
            "have taken over,\" analysts with Ostrander, a global intelligence company, said in a statement.\n\"The "
            "country is going back to rule by a council of officers,\" the statement said.")
    assert direct_quote_speakers(newsdoc, text) == ["Ostrander", "Ostrander"]  # NER's person, the apposition's firm


def test_the_laureate_is_the_prize_winner_the_narration_is_about(newsdoc):
    text = ("Opposition figure Amina Kader joined the crowds in the capital on Friday night.\nBut amid the joy, Kader "
            "struck a note of caution.\n\"Hard days are still ahead of us,\" said the Nobel laureate, whom many see as "
            "a future leader.")
    assert last_quote_speaker(newsdoc, text) == "Amina Kader"


def test_a_name_glossed_as_a_monk_is_a_person_whom_he_stands_for(newsdoc):
    text = ("China's foreign ministry spokesman Hong Lei urged the hosts to cancel the visit.\n"
            "Choijamtsa, the head monk at the capital's largest monastery, told Reuters the lectures would go ahead.\n"
            "\"This is our land and our temple and we will do it even if others object,\" he said.")
    assert last_quote_speaker(newsdoc, text) == "Choijamtsa"


def test_a_condition_before_a_quote_is_no_frame_and_the_speaker_before_goes_on(newsdoc):
    text = ("\"Tomorrow we can talk calmly and spare the blood,\" Karim Haddad said in a speech on state radio that "
            "he said was unscripted.\nBut if the unrest continues, \"forget about reform, forget about elections. "
            "It will be a long civil war.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Karim Haddad", "Karim Haddad"]


def test_a_name_after_a_colon_behind_the_closing_mark_signs_the_quote(newsdoc):
    text = ("9:10 pm ET March 4, 2014 RETWEET \"Since its peak in 2010, the trade gap has narrowed by a third\": "
            "Whitaker bit.\nly/2xQz 8:55 pm ET RETWEET What did the quiz ask this week?")
    assert only_quote_speaker(newsdoc, text) == "Whitaker"


def test_a_name_word_between_a_role_and_a_person_ner_shortened_is_part_of_the_name(newsdoc):
    text = ("Cairo's government engaged lobbyist Nouha Sabry Kandil during its effort to get Egypt accepted.\n"
            "\"It was never about the fee,\" Kandil said.")  # 'Nouha' is in no list of given names
    assert only_quote_speaker(newsdoc, text) == "Nouha Sabry Kandil"


def test_a_capitalised_title_with_its_portfolio_runs_into_the_name_after_it(newsdoc):
    text = "\"We are watching the crossings closely,\" said Minister of Public Works Elias Murr."
    assert only_quote_speaker(newsdoc, text) == "Elias Murr"


def test_an_acronym_skipping_on_and_to_is_the_name_the_article_spelled_out(newsdoc):
    text = ("Prices will rise, according to the Council on Regional Trade, a research group in Lagos.\n"
            "\"The pressure on importers is growing every week,\" the CRT said in its report.")
    assert only_quote_speaker(newsdoc, text) == "Council on Regional Trade"


def test_a_closing_mark_that_slipped_before_its_space_still_closes(newsdoc):
    text = ("Dimitri Volkov, a historian, says the old order is gone.\n"
            "\"The country has profoundly changed, \"he said.\n\"Its rulers have not.\"")
    assert direct_quote_speakers(newsdoc, text) == ["Dimitri Volkov", "Dimitri Volkov"]


def test_a_speech_verb_the_tagger_read_as_a_plural_noun_after_a_name_still_frames_the_quote(newsdoc):
    text = ("The hearing dragged on for hours.\nBut, as Professor Lena Marsh, director of the Centre for Water Policy "
            "at the Glasgow School of Economics notes, \"nobody has asked who pays for the pipes\".")
    assert only_quote_speaker(newsdoc, text) == "Lena Marsh"


def test_a_plural_noun_ner_took_for_a_person_is_no_one_a_pronoun_can_stand_for(newsdoc):
    text = ("Devon Hale said she knew it was time to go as the streets became more chaotic.\nCitizens were setting up "
            "their own neighborhood watches.\nShe was armed with a pipe too, inside her apartment.\n"
            "\"That was when it hit me that I should get out.\"")
    assert only_quote_speaker(newsdoc, text) == "Devon Hale"


def test_a_deputy_ambassador_is_not_the_one_leader_coded_with_that_country(newsdoc):
    text = ("Libyan leader Moammar Gadhafi has ruled the country for 41 years.\nProtesters filled the streets of "
            "Benghazi on Monday.\nLibya's deputy ambassador to the United Nations called the crackdown a massacre.\n"
            "\"No one can stay silent about it,\" the ambassador said.")
    nd = newsdoc(text, pub_date="2011-02-22")
    gadhafi = next(a for a in nd.actors if a.name == "Moammar Gadhafi")
    assert not any("ambassador" in role for role in gadhafi.roles)
    assert [q.speaker for q in nd.quotes] == [None]


def test_a_name_ner_stopped_one_word_short_of_takes_its_last_word_back(newsdoc):
    text = ("In an audio message posted on militant websites and translated by the Desert Monitoring Group, "
            "Abu Musab Wadud told his followers: \"We will fight on.\"")
    assert only_quote_speaker(newsdoc, text) == "Abu Musab Wadud"


def test_an_organisations_role_word_labelling_a_quote_is_a_persons_not_the_organisations(newsdoc):
    text = ("Brig. Pierre Morin, commander of the mission, said on Thursday that the alliance was still enforcing "
            "the embargo.\nNATO commander: \"We have very strict rules\"")
    assert direct_quote_speakers(newsdoc, text) == [None]  # never NATO's; 'commander' alone names no one here


def test_a_tags_unnamed_role_takes_up_the_one_person_the_sentence_before_names_in_full(newsdoc):
    text = ("Relief workers said food was running short in the camps, a worry for Mariam Haddad, who was at the "
            "border crossing.\n\"We are calling for safe passage,\" said the spokeswoman for the Food Relief Agency.")
    assert direct_quote_speakers(newsdoc, text) == ["Mariam Haddad"]


def test_a_tags_unnamed_role_after_no_one_named_stays_unnamed(newsdoc):
    text = ("Government forces shelled the town overnight, witnesses said.\n"
            "\"Many people were killed,\" said the spokesman for the rebels.")
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_a_surname_ner_took_for_an_organisation_is_the_person_named_in_full_before(newsdoc):
    text = ("Chief prosecutor Luis Moreno-Ocampo issued a statement saying he will soon request warrants.\n"
            "Ambassador Pavel Sokolov criticized the bombings.\n\"Any disproportionate use of force is unacceptable,\" "
            "he said.\nThis is the first time the court has acted while a war goes on, Moreno-Ocampo said.\n"
            "\"This triggered a very quick reaction,\" he said.")
    assert direct_quote_speakers(newsdoc, text) == ["Pavel Sokolov", "Luis Moreno-Ocampo"]


def test_a_name_given_as_a_first_name_only_is_not_a_namesakes_surname(newsdoc):
    text = ("One protester, Samir Ahmed, said police beat him.\n\"The conditions were terrible,\" said Ahmed, who "
            "would not give his last name.\n\"We want freedom,\" he said.")
    assert direct_quote_speakers(newsdoc, text) == ["Ahmed", "Ahmed"]


def test_a_name_ner_took_for_a_product_after_a_role_word_is_a_person(newsdoc):
    text = ("Troops stayed in their barracks, the governor said.\nAnd human rights activist and blogger Ramy Raoof "
            "told CNN that troops are mingling with demonstrators.\n\"There is no aggressive behavior from the army,\" "
            "he said.")
    assert direct_quote_speakers(newsdoc, text) == ["Ramy Raoof"]


def test_a_persons_name_labelling_a_quote_counts_whatever_the_tagger_made_of_its_last_word(newsdoc):
    text = ("A convoy has been waiting to enter the district for three days.\nBan Ki-moon: \"We continue to receive "
            "grisly reports of executions\" The government gave permission.")
    assert direct_quote_speakers(newsdoc, text) == ["Ban Ki-moon"]


def test_he_after_an_unnamed_person_the_sentence_before_is_about_is_not_someone_named_earlier(newsdoc):
    text = ("Khaled Seyam, the head of the stock market, told the news agency that the market will stay closed.\n"
            "The German diplomat who said there was an attack on the vice president has retracted his comments.\n"
            "\"I was led to believe that we had a confirmed report,\" he told CNN.")
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_the_announcement_said_is_the_announcements_publisher(newsdoc):
    text = ("The State Department updated its public announcement on Thursday, warning of threats of violence.\n"
            "The announcement mentioned the risk of attacks in the region.\n\"Credible information has indicated "
            "that groups may be planning attacks,\" the public announcement said.")
    assert direct_quote_speakers(newsdoc, text) == ["State Department"]


def test_the_actor_in_a_tag_is_the_one_person_just_named_never_another_elite(newsdoc):
    text = ("President Omar Farouk said the elections would go ahead.\nSamir Haddad, a demonstrator in the square and "
            "star of the film \"Desert Rain,\" said early Friday that it was a sad moment.\n"
            "\"Everyone is lost,\" the actor said.")
    assert direct_quote_speakers(newsdoc, text) == ["Samir Haddad"]


def test_a_leader_phoenix_files_under_his_government_speaks_as_a_person(newsdoc):
    nd, q = only_direct_quote(newsdoc, 'Bashar Assad spoke on Monday.\n"We will not bow," he said.')
    speaker = nd.actor(q.speaker)
    assert (speaker.name, speaker.type, speaker.code) == ("Bashar Assad", "PERSON", "SYRGOV")


def test_she_is_the_woman_an_arabic_given_name_marks(newsdoc):
    """'Eman' and 'Saadi' give a sex: 'she' is not the man the sentence before is about."""
    text = ('Eman Haddad met Saadi Hamdan in Tripoli on Wednesday.\nHamdan appeared shocked afterward.\n'
            '"I want my rights," she said.')
    assert only_quote_speaker(newsdoc, text) == "Eman Haddad"


def test_a_surname_phoenix_files_under_an_organisation_beside_the_full_name_is_a_person(newsdoc):
    """'nasrallah' is filed under Hezbollah beside 'hassan nasrallah': NER's person stays a person."""
    nd, q = only_direct_quote(newsdoc, 'Nasrallah spoke in Beirut on Monday.\n"We will not bow," he said.')
    assert (nd.actor(q.speaker).name, nd.actor(q.speaker).type) == ("Nasrallah", "PERSON")


def test_a_name_the_article_calls_an_organisation_is_one_where_ner_took_it_for_a_person(newsdoc):
    """'Stratfor, a global intelligence company,' makes 'the Stratfor statement' Stratfor's, not that of
    the country whose statement came before."""
    text = ('Egypt said in a statement on Friday that the army would hand over power.\n'
            'Analysts with Stratfor, a global intelligence company, said Egypt had essentially experienced a coup.\n'
            '"Egypt is returning to the 1952 model of ruling the state via a council of army officers," '
            'the Stratfor statement said.')
    nd, q = only_direct_quote(newsdoc, text)
    assert (nd.actor(q.speaker).name, nd.actor(q.speaker).type) == ("Stratfor", "ORGANIZATION")


def test_a_quote_with_no_tag_after_narration_goes_on_with_the_last_speaker(newsdoc):
    """No tag, and the narration between names no one else as its subject: the speaker before goes on."""
    text = ('"Israel refused even to listen to voices of reason," Erdogan said.\n'
            'Turkey has also engaged with its neighbour Iran.\nIran is a close ally of Syria.\n'
            '"I think that Turkey has a role in correcting the Iranian discourse."')
    assert direct_quote_speakers(newsdoc, text) == ["Erdogan", "Erdogan"]


def test_a_quote_with_no_tag_after_narration_that_ends_on_unnamed_people_is_not_the_last_speakers(newsdoc):
    text = ('"We will call a dialogue within 15 days," Elaraby said after the meeting.\n'
            'Disappointed protesters began banging on the doors of the building.\n'
            '"The people demand the suspension of Syria\'s membership!"')
    assert direct_quote_speakers(newsdoc, text) == ["Elaraby", None]


def test_a_statement_in_a_clause_joined_to_a_names_is_that_names(newsdoc):
    text = ('The Royal Air Force also targeted a boat commandeered by several soldiers, but a statement said that '
            '"since it was clear that these troops continued to pose a threat, the patrol engaged the ship," '
            'which was destroyed.')
    assert direct_quote_speakers(newsdoc, text) == ["Royal Air Force"]


def test_a_quoted_person_glossed_by_an_organisation_is_the_speaker_not_the_organisation(newsdoc):
    """'X quoted Y, head of the Centre for Human Rights, as saying': Y, whatever the parser made of the
    sentence, and the 'he said' after it too; the mention leaves out the newspaper's clause."""
    text = ('"The law is a step back," a Moscow daily newspaper quoted campaign leader Tomas Berglund, head of the '
            'Baltic Centre for Press Freedom, as saying.\n"The courts will not stop us," he said.')
    nd = newsdoc(text)
    quotes = [q for q in nd.quotes if q.type == "direct"]
    assert [nd.actor(q.speaker).name for q in quotes] == ["Tomas Berglund", "Tomas Berglund"]
    assert "newspaper" not in quotes[0].speaker_mention.text


def test_he_said_after_an_unnamed_person_stays_unnamed_down_the_chain(newsdoc):
    """An unnamed diplomat is brought in after a named one spoke: every 'he said' after is the diplomat's."""
    text = ('Envoy Karl Brenner said the mission was working. "We know it matters," Brenner said.\n'
            'A diplomat, who spoke on condition of anonymity, arrived in the capital on Monday.\n'
            '"The plan limited the area of operations," he said.\n'
            '"It is very expensive to monitor the entire country," he said.\n'
            '"This was the right plan," he said.')
    assert direct_quote_speakers(newsdoc, text) == ["Karl Brenner", None, None, None]


def test_he_said_after_an_unnamed_subject_the_parser_lost_the_verb_of(newsdoc):
    """'A diplomat, who ..., repeated alliance statements': the small parser reads 'repeated' as an
    adjective and the noun as the root; the diplomat is still whom the next 'he said' is about."""
    text = ('Envoy Karl Brenner said the campaign was working. "We do know that it matters," Brenner said.\n\n'
            'A diplomat, who spoke on condition of anonymity, repeated alliance statements that NATO was not '
            'searching for the colonel.\n\n'
            '"The operations plan that we adopted limited the area of operations to the coastal area," he said.')
    assert direct_quote_speakers(newsdoc, text)[-1] is None


def test_she_who_names_herself_is_that_person_down_the_chain(newsdoc):
    """'She said her name was X': the unnamed woman the pronouns stood for is X from there on."""
    text = ('A woman burst into the hotel on Saturday. Her face was bruised. She said her name was Salma Qadri. '
            'She spoke in English.\n"Look at what they did to me," she said.\n"They beat me."')
    assert direct_quote_speakers(newsdoc, text) == ["Salma Qadri", "Salma Qadri"]


def test_he_whom_the_writer_names_is_that_person_not_the_unnamed_one_before(newsdoc):
    text = ('A taxi driver in his 20s said that he took part in the protests on Friday.\n'
            'Reporters are calling him Jamal to protect his safety.\n'
            '"We came out after afternoon prayers," he said.')
    assert direct_quote_speakers(newsdoc, text) == ["Jamal"]


def test_a_speech_verb_in_a_phrase_of_the_tag_does_not_take_the_next_quote(newsdoc):
    """'"...," X said in what Y said was a live broadcast': Y reports on X's words; the quote with no tag
    in the next paragraph goes on with X."""
    text = ('"We will not leave our land," Karimov said in what a local television channel said was a live '
            'broadcast.\n"The youths are now ready to resist."')
    assert direct_quote_speakers(newsdoc, text) == ["Karimov", "Karimov"]


@pytest.mark.parametrize("text, signer", [
    ('Aid workers say the camps are full.\nThey make heroic journeys to get here" End Quote Laila Morcos '
     'Unicef The camp opened in July.', "Laila Morcos"),  # the agency run into the name
    ('Activists have pointed to the situation in Homs.\nThere have been attacks every day since the deal" '
     'End Quote Samir Homs resident One activist there said dissidents were punished.', "Samir"),  # the home town
])
def test_a_pull_quote_signature_that_runs_what_follows_into_the_name_gives_the_person(newsdoc, text, signer):
    nd, q = only_direct_quote(newsdoc, text)
    assert nd.actor(q.speaker).name == signer


def test_a_quote_introduced_by_that_after_its_own_cue_inside_reported_speech_is_its_own_speakers(newsdoc):
    """'The agency said that the capital had sent a letter saying that "..."': the letter's sender speaks the
    quote; the agency reports that it was sent."""
    text = ('The state news agency said on Friday that Damascus had sent a letter to the UN saying that "attacks by '
            'armed groups have increased during the last few days" and demanding guarantees.')
    nd = newsdoc(text)
    direct = [q for q in nd.quotes if q.type == "direct"]
    assert len(direct) == 1 and direct[0].speaker_mention.text == "Damascus"


def test_they_chanted_after_people_who_are_a_passive_subject_stay_those_people(newsdoc):
    text = ('The UN mission arrived on Sunday.\nOne activist there, Karim Nassar, said dissidents were punished for '
            'coming out to greet the visiting UN observers on Sunday, when they chanted "Long live Syria! Down with '
            'the regime".')
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_the_opposition_leader_may_be_a_person_the_dictionary_codes_as_an_elite(newsdoc):
    """Phoenix codes ElBaradei as an elite (ELI), not opposition (OPP): 'the opposition leader' still fits him."""
    text = ('Mohamed ElBaradei said he would join the marches on Friday.\nHe called for the protests to stay peaceful.\n'
            '"I am asking the regime to listen to the people," the opposition leader said.')
    assert direct_quote_speakers(newsdoc, text) == ["Mohamed ElBaradei"]


def test_a_question_whose_tag_line_goes_on_with_a_participle_of_speech_is_the_taggers(newsdoc):
    """Text one sentence a line breaks '"...?" Byman asked, later adding ...' after the question mark."""
    text = ('Analysts agree that the future could go in many different directions.\n'
            '"When all the institutions are corrupt, who do you hand things off to?"\n'
            'Hadley asked, later adding that "one very tricky point is that the people have been unified on one '
            'thing.\nBut are they unified as to what the country will look like?"')
    assert direct_quote_speakers(newsdoc, text) == ["Hadley", "Hadley"]


def test_the_report_speaks_for_whoever_documented_things_in_it(newsdoc):
    text = ('The abuses were documented by Amnesty International in a 40-page report on prisons.\n'
            'The ministry did not respond to the report.\n'
            '"The result is an epidemic of habitual torture," the report concludes.')
    assert direct_quote_speakers(newsdoc, text) == ["Amnesty International"]


def test_a_quote_after_narration_that_names_a_newcomer_in_a_clause_of_time_is_the_newcomers(newsdoc):
    """'The visits came as Council President X was in Europe. / "..."': the main clause's subject is no one,
    the newcomer is whom the writer brings in to quote (not the spokesman quoted before)."""
    text = ('In Misrata, rebel spokesman Karim Haddad called the visits "positive."\n'
            '"We are pleased with the results," he said.\n'
            'The visits came as Transitional Council President Omar Saleh Farouk was in Europe for meetings.\n'
            '"I would like to take this opportunity to thank all the Arab countries."')
    assert direct_quote_speakers(newsdoc, text)[-1] == "Omar Saleh Farouk"


def test_a_quote_after_unnamed_people_act_as_someone_is_named_stays_theirs(newsdoc):
    text = ('"We will call a dialogue within 15 days," Elaraby said after the meeting.\n'
            'Disappointed protesters began banging on the doors of the building as the Prime Minister Hamad Jabr '
            'read out the decision.\n'
            '"The people demand the suspension of Syria\'s membership!"')
    assert direct_quote_speakers(newsdoc, text)[-1] is None


def test_a_tag_whose_verb_the_tagger_read_as_a_noun_still_tags_the_quote(newsdoc):
    """'"...," Rich seethes.': the small tagger reads 'Rich' as an adjective and 'seethes' as a noun."""
    text = ('In January, country star Tom Rich dashed off "Detroit Down," a rant about the bailout.\n'
            '"In the real world, they are shutting Detroit down," Rich seethes.')
    assert direct_quote_speakers(newsdoc, text) == ["Tom Rich"]


def test_a_people_an_unnamed_speaker_is_likened_to_is_not_their_name(newsdoc):
    text = ('"We were sure our relatives would take us in," said one tired man at the camp who, like most Iraqis, '
            'did not want to be identified.\n"We were not expecting to stay."')
    assert direct_quote_speakers(newsdoc, text) == [None, None]


def test_one_of_several_people_who_gives_her_name_is_that_name(newsdoc):
    text = ('A family of three women fled the city on Sunday.\n'
            '"There is no water and no electricity," said one of the women who gave her name as Umm Salim.')
    assert direct_quote_speakers(newsdoc, text) == ["Umm Salim"]


def test_a_split_off_tag_with_a_party_label_and_a_clause_of_time_tags_the_question(newsdoc):
    text = ('Republicans said the White House had failed to make its case.\n'
            '"I am seeking answers to two questions: Why this?\nAnd why now?"\n'
            'Rep. Anna Kessler (R-Ohio) said before the president delivered his remarks.')
    assert direct_quote_speakers(newsdoc, text) == ["Anna Kessler"]


def test_a_tag_with_a_party_label_in_brackets_tags_the_quote(newsdoc):
    text = 'The vote was delayed on Monday.\n"We will not rush this," Sen. Anna Kessler (D-Ohio) said.'
    assert direct_quote_speakers(newsdoc, text) == ["Anna Kessler"]


def test_regretted_and_reflected_are_verbs_that_tag_a_quote(nlp):
    from newsgraph.quotes.speakers import is_cue

    for verb in ("regretted", "reflected"):
        doc = nlp(f'"This center is a mess," {verb} Ahmed, a student from the south.')
        assert is_cue(next(t for t in doc if t.text == verb))


def test_a_tag_a_line_break_split_after_the_name_still_tags_the_quote(newsdoc):
    """Text one sentence a line can break a tag after an abbreviation: 'Sen. Anna Kessler (D-Ohio.)' / 'said ...'."""
    text = ('Ron Kirk spoke at the hearing on Tuesday.\n'
            '"Our consensus to advance trade is frayed," Sen. Anna Kessler (D-Ohio.)\n'
            'said at the hearing yesterday.\n'
            '"Our faith in the trading system is badly shaken."')
    assert direct_quote_speakers(newsdoc, text) == ["Anna Kessler", "Anna Kessler"]


def test_he_after_an_unnamed_sympathiser_said_is_that_unnamed_person(newsdoc):
    text = ('Muammar Gaddafi has ruled since 1969.\n'
            'A rebel sympathiser in Misrata told Reuters opposition forces had been moving closer to Zlitan.\n'
            'As they advanced, troops fired rounds to block their progress, the sympathiser said in an e-mail.\n'
            '"The rebels are waiting for NATO backup," he said.')
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_a_long_title_in_headline_case_is_no_quote(newsdoc):
    text = ('Dave Kansas has written "The Investor Guide to the End of Wall Street as We Know It: What You Need to '
            'Know About the Crisis of Our Time" (Collins Business).\n"It is a good book," Smith said.')
    assert direct_quote_speakers(newsdoc, text) == ["Smith"]


def test_a_place_the_parser_makes_the_chanter_does_not_chant(newsdoc):
    text = ('The march against the president was joined by people of all ages.\n'
            'Several hundred carrying flags walked through the center and streets of Ramallah chanting, '
            '"The people want to bring down the regime."')
    assert direct_quote_speakers(newsdoc, text) == [None]


def test_a_described_person_a_clause_names_is_that_name(newsdoc):
    text = ('Government forces shelled the town again early on Saturday.\n'
            '"We are scared and we are alone," a Misrata resident, called Saadoun, told Reuters by telephone.')
    assert direct_quote_speakers(newsdoc, text) == ["Saadoun"]


def test_analysts_named_by_their_firm_speak_for_the_firm(newsdoc):
    text = '"Output will probably not be completely halted," Eurasia Group analysts said in a note on Tuesday.'
    assert direct_quote_speakers(newsdoc, text) == ["Eurasia Group"]


def test_an_unnamed_tagger_set_off_by_a_relative_clause_goes_on_speaking(newsdoc):
    """The parser takes a word of the quote for the subject of 'told' and sets the resident beside it."""
    text = ('Muammar Gaddafi said his forces had taken the towns of Zawiyah and Misrata.\n'
            '"Today Misrata witnessed the toughest battle since the beginning of the revolution.\n'
            'Horrible attacks," one resident, who did not want to give his name, told Reuters by phone.\n'
            '"They came from three sides and managed to enter the town from the west," he said.')
    assert direct_quote_speakers(newsdoc, text) == [None, None]


def test_an_unnamed_person_who_was_asked_is_who_replies(newsdoc):
    text = ('Rebels were forced to retreat from Bin Jawad which is on the road to Sirte.\n'
            '"I do not know what we are going to do now," Momen Mohammed told Reuters.\n'
            'One fighter returning wounded to Ras Lanuf from Bin Jawad was asked what he had seen.\n'
            '"Death," he replied, too distraught to say any more.')
    assert direct_quote_speakers(newsdoc, text) == ["Momen Mohammed", None]


def test_a_tag_verb_the_parser_put_inside_a_naming_clause_still_tags_the_quote(newsdoc):
    """Run-together text: 'who gave his name as Abdulrahman said' parsed with 'said' inside the relative clause."""
    text = ('TRIPOLI (Reuters) - NATO planes pounded Libyan government targets Monday. Rebels said that four times '
            'during the day NATO bombed government weapons depots around 30 km southeast of Zintan. '
            '"The site has some 72 underground hangars made of reinforced concrete. We don\'t know how many were '
            'destroyed. But each time the aircraft struck we heard multiple explosions," a rebel spokesman who gave '
            'his name as Abdulrahman said in an email.')
    assert direct_quote_speakers(newsdoc, text) == ["Abdulrahman"]


def test_a_thing_that_continues_after_a_quote_is_no_tag(newsdoc):
    """Run-together text: the sentence after an uncued quote is narration, not its tag ('violence continues')."""
    text = ('"We have never conducted strike operations in this area because his forces were not threatening '
            'civilians from there," Bouchard said. "The only one responsible for this fire is the regime, and we know '
            'he wants to disrupt oil getting to Tobruk." Meanwhile, violence continues in the western city of Misrata.')
    assert direct_quote_speakers(newsdoc, text) == ["Bouchard", "Bouchard"]


def test_a_tag_with_a_long_titled_name_is_found(newsdoc):
    text = ('On Thursday, Arab leaders meeting in Baghdad called for the peace plan to be implemented immediately. '
            '"The solution for the crisis is still in the hands of the Syrians," Arab League Secretary General '
            'Nabil al-Arabi told the summit in the Iraqi capital.')
    assert direct_quote_speakers(newsdoc, text) == ["Nabil al-Arabi"]
