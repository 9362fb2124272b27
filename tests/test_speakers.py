"""Tests of the speaker rules: type beyond the entity label, titles and organisations,
pronoun agreement, and canonical names that hold in every table."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from newslab import people
from newslab.errors import QuoteMarkWarning
from newslab.quotes import extract_quotes

from .conftest import quote_row as _one  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KESTREL_BAY = ROOT / "data" / "examples" / "kestrel-bay.jsonl"




# ---------------------------------------------------------------- word lists (newslab.people)

@pytest.mark.parametrize(
    ("word", "gender"),
    [("Ruth", "f"), ("Priya", "f"), ("Marcus", "m"), ("Tomasz", "m"), ("Omar", "m"), ("Jean", "u"), ("Robin", "u"), ("Council", None), ("Librarian", None)],
)
def test_names_given_name_gender(word, gender):
    assert people.given_name_gender(word) == gender


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("librarian", True), ("councillors", True), ("insurers", True), ("campaigners", True), ("economist", True),
        ("chairwoman", True), ("residents", True), ("paper", False), ("statement", False), ("numbers", False),
        ("wall", False), ("restaurant", False),
    ],
)
def test_names_person_nouns(word, person):
    assert people.is_person_noun(word) is person


@pytest.mark.parametrize(
    ("name", "person"),
    [("Marcus Hale", True), ("Ms Okafor", True), ("Dr Amara Nwosu", True), ("Brightwater Engineering", False), ("Kestrel Bay Traders Association", False), ("Hale", False)],
)
def test_names_person_shaped_names(name, person):
    assert people.looks_like_person_name(name) is person


@pytest.mark.parametrize(
    ("name", "n_title"),
    [("Librarian Omar Haddad", 1), ("Head Teacher Ann Lee", 2), ("Omar Haddad", 0), ("Will Smith", 0), ("Island Councillors Said", 0), ("Elect Evo Morales", 1), ("Designate Ana Ruiz Lopez", 1)],
)
def test_names_leading_title_words(name, n_title):
    assert people.leading_title_words(name.split()) == n_title


@pytest.mark.parametrize(("word", "gender"), [("spokeswoman", "f"), ("businessman", "m"), ("mother", "f"), ("spokesperson", None), ("Herman", "m")])
def test_names_noun_gender(word, gender):
    assert people.noun_gender(word) == gender


# ---------------------------------------------------------------- type beyond the entity label

TYPES = [
    # (text, needle, type, canonical, speaker_org)
    ('"This is a plan we can support," Marcus Hale, the association\'s chair, said on Wednesday.', "plan we can support", "person", "Marcus Hale", ""),
    ("Marcus Hale, chair of the Kestrel Bay Traders' Association, said the design would cut the harbour off.", "the design would", "person", "Marcus Hale", "Kestrel Bay Traders' Association"),
    ("Ms Okafor said the school would reopen in April.", "the school would", "person", "Okafor", ""),
    ("A spokesperson for BusCo, which runs the routes under contract, declined to comment.", "to comment", "anonymous", "", "BusCo"),
    ("A spokeswoman for the Department for Coastal Affairs said the grant was under review.", "the grant was", "anonymous", "", "Department for Coastal Affairs"),
    ("A Brightwater Engineering spokesperson said steel prices had risen sharply.", "steel prices", "anonymous", "", "Brightwater Engineering"),
    ("Island councillors said the ferry timetable was unfair.", "ferry timetable", "anonymous", "", ""),
    ("Insurers told the Chronicle Herald that claims had doubled since the storm.", "claims had doubled", "anonymous", "", ""),
    ("Twelve of the thirteen experts who examined the trucks said they were not weapons labs.", "weapons labs", "anonymous", "", ""),
    ("A number of Pakistani officials said the talks had failed.", "talks had failed", "anonymous", "", ""),
    ("Many employers said wages would rise next year.", "wages would rise", "anonymous", "", ""),
    ("A librarian at the branch said the library would close on Sundays.", "close on Sundays", "anonymous", "", ""),
    ("Two librarians said the library would close on Sundays.", "close on Sundays", "anonymous", "", ""),
    ("The family of the victim said he had been unfairly targeted.", "unfairly targeted", "anonymous", "", ""),
    ("According to Human Rights Watch, the prisons were in two countries.", "the prisons were", "organization", "Human Rights Watch", ""),
    ("The motion said the council had failed to consult residents.", "failed to consult", "document", "", ""),
    ('Early opponent MP Rhys Kellow said, "We have moved the bill to a better place."', "We have moved", "person", "Rhys Kellow", ""),
    ('Speaking to the Courier, a volunteer Sunil Mehta said, "We have cleaned the beach every Sunday for years."', "We have cleaned", "person", "Sunil Mehta", ""),
    ("According to a Facebook post by Delia Ferrante, the cafe will close in May.", "the cafe will close", "person", "Delia Ferrante", ""),
    ('The Kestrel Bay Charter says that "every resident may speak at council meetings".', "every resident may", "document", "Kestrel Bay Charter", ""),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical", "org"), TYPES)
def test_speakers_type_beyond_entity_label(quotes_of, text, needle, stype, canonical, org):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"], row["speaker_org"]) == (stype, canonical, org)


def test_speakers_via_is_only_for_relays(quotes_of):
    told = _one(quotes_of("Insurers told the Chronicle Herald that claims had doubled since the storm."), "claims had doubled")
    assert told["via"] == "" and told["speaker"] == "Insurers"
    relayed = _one(quotes_of("The Asahi newspaper quoted government officials as saying the talks had stalled."), "the talks had stalled")
    assert relayed["via"] == "Asahi" and relayed["speaker_type"] == "anonymous"
    relayed = _one(quotes_of("The newspaper quoted a Brightwater Engineering spokesperson as saying that steel prices had risen."), "steel prices")
    assert relayed["speaker_org"] == "Brightwater Engineering" and relayed["speaker_title"] == "spokesperson"


def test_speakers_unnamed_role_is_not_a_named_source(nlp):
    import newslab as nl

    text = "A spokesperson for BusCo, which runs the routes under contract, declined to comment. BusCo said fares would rise."
    tables = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp=nlp, progress=False)
    src = tables.sources.set_index("source")
    assert not src.loc["A spokesperson for BusCo", "is_named"]
    assert src.loc["A spokesperson for BusCo", "source_type"] == "anonymous"


# ---------------------------------------------------------------- titles and organisations

TITLES = [
    # (text, needle, canonical, title, speaker_org)
    ("Dr Priya Shah, a public health researcher at Leeds University, said the rise was worrying.", "the rise was", "Priya Shah", "public health researcher at Leeds University", "Leeds University"),
    ("Opposition leader Tom Briggs said the budget was a failure.", "the budget was", "Tom Briggs", "Opposition leader", ""),
    ("The budget was a failure, said opposition leader Tom Briggs.", "The budget was", "Tom Briggs", "opposition leader", ""),
    ('"My kitchen was under water twice last winter," said Jean Pellow, 71, who has lived on Quay Street for 40 years.', "My kitchen", "Jean Pellow", "", ""),
    ('"We fished here for forty years," said Arthur Penrose, 64, a retired fisherman.', "We fished here", "Arthur Penrose", "retired fisherman", ""),
    ("Dr Amara Nwosu, a coastal engineer at the Northshore Institute who reviewed the plans, said a wall was only part of the answer.", "only part of", "Amara Nwosu", "coastal engineer at the Northshore Institute", "Northshore Institute"),
    ("Librarian Omar Haddad said the branch would close in June.", "the branch would", "Omar Haddad", "Librarian", ""),
    ("BusCo chief executive Ann Lee said fares would rise.", "fares would rise", "Ann Lee", "BusCo chief executive", "BusCo"),
    ("Ann Lee, chief executive of BusCo, said fares would rise.", "fares would rise", "Ann Lee", "chief executive of BusCo", "BusCo"),
    ("Defence Minister Robert Hill said the troops would stay.", "the troops would", "Robert Hill", "Defence Minister", ""),
    ('Broadcaster Piers Holloway commented, "The man with the tusk is a chef from Gdansk."', "The man with the tusk", "Piers Holloway", "Broadcaster", ""),
    ("A senior official familiar with the talks said the government was unlikely to pay.", "unlikely to pay", "", "senior official", ""),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "title", "org"), TITLES)
def test_speakers_titles_and_organisations(quotes_of, text, needle, canonical, title, org):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_title"], row["speaker_org"]) == (canonical, title, org)


def test_speakers_the_association_is_the_named_association(quotes_of):
    text = (
        "The Kestrel Bay Traders' Association has dropped its opposition to the sea wall.\n\n"
        '"This is a plan we can support," Marcus Hale, the association\'s chair, said on Wednesday.'
    )
    row = _one(quotes_of(text), "plan we can support")
    assert row["speaker_org"] == "Kestrel Bay Traders' Association"
    assert row["speaker_title"] == "the association's chair"


# ---------------------------------------------------------------- pronouns with agreement

PRONOUNS = [
    # (text, needle, canonical, type)
    (
        'Ruth Calloway said the vote would go ahead. Tomasz Wierzbicki said the council had no money. "We listened to everyone," she said.',
        "We listened", "Ruth Calloway", "person",
    ),
    (
        '"My kitchen was under water twice last winter," said Jean Pellow, 71. Marcus Hale, chair of the traders\' association, '
        'said the design would cut the harbour off. "Nobody comes here to look at a concrete wall," he said.',
        "Nobody comes here", "Marcus Hale", "person",
    ),
    (
        'Councillor Tomasz Wierzbicki, who leads the opposition group, called the estimate "a blank cheque". '
        "He told reporters the council had no plan to pay for the wall.",
        "no plan to pay", "Tomasz Wierzbicki", "person",
    ),
    (
        'Ms Okafor, the head teacher, said the school would reopen. Her deputy, Tom Reed, said classes would resume on Monday. "The children are ready," she said.',
        "The children are ready", "Okafor", "person",
    ),
    (
        'Jean Pellow said she had cried when the result was announced. Tom Reed said the vote was close. "Forty years I have waited for this," she said.',
        "Forty years", "Jean Pellow", "person",
    ),
    # Only named inside the quotation, or of the wrong gender: nobody fits, and the row says so.
    ('Anna Novak opened the meeting. "I told Peter Smith it would fail," he said.', "I told Peter Smith", "", "unknown"),
    ('"We will not give up," she said.', "We will not give up", "", "unknown"),
    ('A woman who lives nearby said the noise was unbearable. "It has to stop," he said.', "It has to stop", "", "unknown"),
    # An unnamed speaker continues; a group takes 'they'.
    ('A woman who lives nearby said the noise was unbearable. "I have not slept for a week," she said.', "I have not slept", "", "anonymous"),
    ("Residents said the road was dangerous. They said the council had ignored them.", "ignored them", "", "anonymous"),
    ("Brightwater Engineering said it would review the findings. It said the review would take a month.", "the review would take", "Brightwater Engineering", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), PRONOUNS)
def test_speakers_pronouns_agree(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)


# ---------------------------------------------------------------- canonical names

CANONICAL = [
    # (text, needle, canonical, type)
    ("President George W. Bush met the troops. Mr Bush said the war would end soon.", "the war would end", "George W. Bush", "person"),
    ("The catch fell by a third, according to Fisheries and Oceans Canada.", "The catch fell", "Fisheries and Oceans Canada", "organization"),
    ("Environment and Climate Change Canada said the storm would arrive on Friday.", "the storm would", "Environment and Climate Change Canada", "organization"),
    ("CBS News aired the documents. CBS admitted that it could not confirm them.", "could not confirm", "CBS News", "media"),
    ("The United States Department of State issued a warning. The State Department said the risk was high.", "the risk was high", "United States Department of State", "organization"),
    ("Rio Tinto Group made a profit. Rio Tinto say they are studying expansion.", "studying expansion", "Rio Tinto Group", "organization"),
    ("The council said the road would close. Kestrel Bay Council later said it would reopen.", "the road would close", "Kestrel Bay Council", "organization"),
    ("The Ministry of Health reported new cases. The Ministry said most of them were in the capital.", "most of them", "Ministry of Health", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), CANONICAL)
def test_speakers_canonical_names_keep_the_full_form(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)


def test_speakers_person_named_like_a_government_keeps_his_name(nlp):
    from newslab.entities import extract_entities

    doc = nlp("John Howard won in 1996. The Howard Government was elected that year. Prime Minister Howard said the result was clear.")
    ents = extract_entities(doc)
    assert set(ents.loc[ents["text"] == "Howard", "canonical"]) == {"John Howard"}


def test_speakers_council_named_two_ways_is_one_source(nlp):
    import newslab as nl

    text = "Kestrel Bay council said the road would close on Monday. Later, the council said it would reopen on Friday."
    tables = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp=nlp, progress=False)
    assert tables.sources["source"].tolist() == ["Kestrel Bay council"]
    assert tables.sources["n_quotes"].tolist() == [2]


def test_speakers_aliases_reach_quotes_sources_and_figures(nlp):
    import newslab as nl

    text = (
        "Brightwater Engineering said the wall would cost £140 million. The council said it had £30 million. "
        "Kestrel Bay Council voted on Tuesday. A spokesperson for Brightwater Engineering said steel prices had risen."
    )
    tables = nl.analyze(
        pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp=nlp, progress=False,
        aliases={"Brightwater Engineering": "Brightwater", "kestrel bay council": "KBC"},
    )
    q = tables.quotes
    assert q["speaker_canonical"].tolist()[:2] == ["Brightwater", "KBC"]
    assert q["speaker_org"].tolist()[2] == "Brightwater"
    assert set(tables.sources["source"]) >= {"Brightwater", "KBC"}
    figs = tables.figures.set_index("text")
    assert figs.loc["£140 million", "attributed_to"] == "Brightwater"
    assert figs.loc["£30 million", "attributed_to"] == "KBC"


def test_speakers_apply_aliases_keeps_alias_targets():
    from newslab.quotes.speakers import apply_aliases

    cols = {"speaker_canonical": ["U.S.", "United States", "Acme and UK", ""], "speaker_org": ["", "", "", "UK"], "via": [""] * 4}
    out = apply_aliases(cols, {"acme": "Acme Corp"})
    assert out["speaker_canonical"] == ["United States", "United States", "Acme Corp and United Kingdom", ""]
    assert out["speaker_org"] == ["", "", "", "United Kingdom"]


# ---------------------------------------------------------------- the teaching stories

@pytest.fixture(scope="module")
def kestrel_bay(nlp):
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteMarkWarning)
        for line in KESTREL_BAY.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in ("kb-001", "kb-002", "kb-004", "kb-006", "kb-007"):
                out[record["id"]] = extract_quotes(nlp(record["text"]))
    return out


KESTREL_ROWS = [
    # (article, needle, speaker_canonical, speaker_type, speaker_title, speaker_org, via)
    ("kb-002", "My kitchen was under water", "Jean Pellow", "person", "", "", ""),
    ("kb-002", "the design would cut the harbour off", "Marcus Hale", "person", "chair of the Kestrel Bay Traders’ Association", "Kestrel Bay Traders’ Association", ""),
    ("kb-002", "Nobody comes here", "Marcus Hale", "person", "chair of the Kestrel Bay Traders’ Association", "Kestrel Bay Traders’ Association", ""),
    ("kb-002", "a wall was only part of the answer", "Amara Nwosu", "person", "coastal engineer at the Northshore Institute", "Northshore Institute", ""),
    ("kb-004", "the latest cost estimate had risen", "Kestrel Bay Courier", "media", "", "", ""),
    ("kb-004", "steel prices had", "", "anonymous", "spokesperson", "Brightwater Engineering", "Kestrel Bay Courier"),
    ("kb-004", "to comment", "", "anonymous", "spokesperson", "Department for Coastal Affairs", ""),
    ("kb-004", "The numbers keep going up", "Tomasz Wierzbicki", "person", "Councillor", "", ""),
    ("kb-006", "This is a plan we can support", "Marcus Hale", "person", "the association’s chair", "Kestrel Bay Traders’ Association", ""),
    ("kb-007", "The scheme will protect", "Kestrel Bay council", "organization", "", "", ""),
    ("kb-007", "Forty years I’ve waited", "Jean Pellow", "person", "", "", ""),
]


@pytest.mark.parametrize(("article", "needle", "canonical", "stype", "title", "org", "via"), KESTREL_ROWS)
def test_speakers_kestrel_bay_rows(kestrel_bay, article, needle, canonical, stype, title, org, via):
    row = _one(kestrel_bay[article], needle)
    got = (row["speaker_canonical"], row["speaker_type"], row["speaker_title"], row["speaker_org"], row["via"])
    assert got == (canonical, stype, title, org, via)


def test_speakers_kestrel_bay_he_is_the_councillor(kestrel_bay):
    # 'He told reporters ...' follows 'Councillor Tomasz Wierzbicki ... called the estimate ...':
    # whatever statement the sentence yields, 'He' is the councillor, never a body named in it.
    df = kestrel_bay["kb-001"]
    he = df[df["speaker"] == "He"]
    assert set(he["speaker_canonical"]) <= {"Tomasz Wierzbicki"}


def test_speakers_word_lists_are_documented():
    raw = json.loads((ROOT / "newslab" / "data" / "people.json").read_text(encoding="utf-8"))
    keys = [k for k in raw if not k.startswith("_")]
    assert keys and all(f"_about_{k}" in raw for k in keys)
    assert (ROOT / "newslab" / "data" / "given_names.md").is_file()
    lines = [ln for ln in (ROOT / "newslab" / "data" / "given_names.tsv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert len(lines) > 10000 and all(ln.split("\t")[1] in ("f", "m", "u") for ln in lines)
