"""Line breaks open sentences: the parser must not run one paragraph on into the next."""

import pytest

from newsgraph import extract
from newsgraph.paragraphs import run_in_headline

RUN_ON = ("Recruits train with ropes and the few rifles they have as best they can.\n"
          "45-year-old Omar Haddad left his farm to train the recruits against the army he once served.\n"
          "\"What I saw the soldiers do to people cannot be forgiven.\"\n")


def test_a_line_that_opens_with_a_number_starts_a_sentence(nlp):
    starts = [s.text.split()[0] for s in nlp(RUN_ON).sents]
    assert "45-year-old" in starts


def test_a_line_that_goes_on_in_lower_case_is_a_wrapped_sentence(nlp):
    sents = list(nlp("The minister said the talks had gone well and\nthat a deal was close.\nHe left at noon.").sents)
    assert [s.text.split()[0] for s in sents] == ["The", "He"]


def test_a_quote_after_a_line_about_someone_is_theirs_when_the_line_before_is_not_run_on():
    record = extract(RUN_ON, pub_date="2011-05-06")
    names = {a.id: a.name for a in record.actors}
    assert [(q.text[:10], names.get(q.speaker)) for q in record.quotes] == [("What I saw", "Omar Haddad")]


def test_a_caption_run_into_the_paragraph_after_it_is_a_sentence_of_its_own(nlp):
    doc = nlp("Fans of the singer hold signs outside the courthouse He told the court how the singer "
              "asked him to hire a doctor.\nHe said the doctor had been paid.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Fans", "He", "He"]


def test_a_highlight_run_into_the_next_opens_at_its_determiner_but_a_name_with_the_does_not(nlp):
    doc = nlp("Rebels take over a central building The rebels claim victory in Misrata.\n"
              "He told The Hague court that the minister had lied.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Rebels", "The", "He"]


def test_a_dateline_run_into_the_highlights_before_it_opens_a_sentence_with_its_place(nlp):
    doc = nlp('"Some people fight, I use a brush," says one artist Zintan, Libya (CNN) -- In all his '
              "years in power, the leader was never painted as anything but regal.")
    place = next(s for s in doc.sents if "(CNN)" in s.text)
    assert place.text.startswith("Zintan, Libya (CNN)")


def test_a_dateline_at_a_line_start_keeps_its_region(nlp):
    doc = nlp("Watch the show at 8 p.m. ET.\nCairo, Egypt (CNN) - Protesters gathered again on Wednesday.")
    assert not any(s.text.startswith("Egypt") for s in doc.sents)


def test_the_story_after_a_dateline_opens_a_sentence_of_its_own(nlp, newsdoc):
    """'Brussels (CNN) -- NATO Secretary General ... said': the place is no subject of the story's verb."""
    text = "Brussels (CNN) -- NATO Secretary General Anders Fogh Rasmussen said the alliance would act.\n"
    assert [s.text.strip() for s in nlp(text).sents][0] == "Brussels (CNN) --"
    nd = newsdoc(text, until="quotes")
    assert nd.actor(nd.quotes[0].speaker).name == "Anders Fogh Rasmussen"


@pytest.mark.parametrize("byline", ["By the CNN Wire Staff", "By Micah L. Sifry, Special to CNN"])
def test_a_byline_run_into_the_text_is_a_sentence_of_its_own(nlp, newsdoc, byline):
    """'By the CNN Wire Staff Freed Google executive tells crowd ...': the byline is no part of the
    highlight's subject, so the staff (CNN) does not speak its quote."""
    text = f'{byline} Freed Google executive tells crowd, "This country is our country"\n'
    assert [s.text.strip() for s in nlp(text).sents][0] == byline
    nd = newsdoc(text, until="quotes")
    assert all(q.speaker is None or nd.actor(q.speaker).name != "CNN" for q in nd.quotes)


LINKED = ("Ali Aujali, the ambassador, told CNN his people were being slaughtered.\n"
          "Should the US arm the rebels?\n"
          "{headline} \"They have to dominate the skies, they have to stop the tanks,\" he said.\n")


@pytest.mark.parametrize("headline", ["John McCain pushes Libya no-fly zone", "Hala Gorani ventures into Cairo",
                                      "A closer look at Bashar al-Assad"])
def test_a_links_headline_run_into_a_quote_is_no_ones_and_no_antecedent(nlp, newsdoc, headline):
    """The quote opens a sentence of its own, and 'he' is the speaker named before the link."""
    text = LINKED.format(headline=headline)
    assert any(s.text.startswith('"They have') for s in nlp(text).sents)
    nd = newsdoc(text, until="quotes")
    direct = [q for q in nd.quotes if q.type == "direct"]
    assert [nd.actor(q.speaker).name for q in direct] == ["Ali Aujali"]


@pytest.mark.parametrize("text", [
    'The crowd chanted "Leave now, leave now," witnesses said.',  # a verb takes the quote
    'He called it a "Disaster for the region," aides said.',  # a determiner leads into it
    'In a report titled "United States Activities in Libya," the administration says it acted lawfully.',
    'He said, "We will stay," and left.',  # punctuation: a clause, not a headline
    'It was dubbed Operation "Odyssey Dawn."',  # no tag after the quote
    'In an interview broadcast Sunday on the CBS program "Face the Nation," Gates said he was unaware.',
    'Gaddafi\'s unique "Green Book," containing his political philosophy, was burned.',
    'The first is the Facebook group "We are All Khaled Said," its name taken from a victim.',
    'Officials in the capital of the country that borders Libya to the east and the south today '
    '"Reject the plan," he said.',  # longer than a headline
])
def test_a_quote_in_a_sentences_own_words_has_no_headline_before_it(nlp, text):
    mark = next(t for t in nlp(text) if t.text == '"')
    assert not run_in_headline(mark)


@pytest.mark.parametrize("text, starts", [
    ("Volunteers keep showing up at the camp. They are using still bars, rope, and the few guns they have to get "
     "the recruits ready to fight as best they can. 61-year-old Fendi Faraj came out of retirement from the military "
     "to help the recruits.", ["Volunteers", "They", "61-year-old"]),  # the parser alone runs these two together
    ("Prices rose 5.5 percent in May. 10 people died.", ["Prices", "10"]),
    ("He lives at No. 10 Downing Street.", ["He"]),  # an abbreviation keeps its stop
])
def test_a_number_after_a_full_stop_opens_a_sentence(nlp, text, starts):
    assert [s.text.split()[0] for s in nlp(text).sents] == starts
