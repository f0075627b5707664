"""Line breaks open sentences: the parser must not run one paragraph on into the next."""

from newsgraph import extract

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
