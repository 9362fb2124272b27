"""Tests of newslab.quotes: quotation marks, cues, speakers, relays, the seed article."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from newslab.errors import QuoteMarkWarning
from newslab.quotes import COLUMNS, extract_quotes, load_cues, pair_quote_marks

from .conftest import quote_row as _one  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "data" / "gold" / "seed.jsonl"




# ---------------------------------------------------------------- quotation marks

@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ('He said "we will win." Then he left.', ["we will win."]),
        ("She said “we are ready” and “we will act.”", ["we are ready", "we will act."]),
        ("Er sagte „wir sind bereit“ gestern.", ["wir sind bereit"]),
        ("Il a dit « nous sommes prêts » hier.", ["nous sommes prêts"]),
        ("It's the workers' union's 'final offer', he said of the 'deal'.", []),
        ('The so-called "Islamic State" and the "Brexit" vote.', ["Islamic State", "Brexit"]),
        ('"Yes," she said, "it\'s done."', ["Yes,", "it's done."]),
        ("A thin space before the mark: “I could play!\u2009” he said.", ["I could play!"]),
    ],
)
def test_quotes_pair_marks_by_type(text, contents):
    marks, unpaired = pair_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == contents
    assert unpaired == []


def test_quotes_pair_marks_paragraph_continuation():
    text = '“We will rebuild the town,” the mayor said. “It will take years.\n\n“But we will do it together.”'
    marks, unpaired = pair_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == ["We will rebuild the town,", "It will take years.", "But we will do it together."]
    assert marks[1].continues and marks[1].close == -1
    assert unpaired == []


def test_quotes_pair_marks_reports_unpaired():
    text = 'He said "this is fine. Later, "we will see" she added.'
    marks, unpaired = pair_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == ["we will see"]
    assert unpaired == [8]


def test_quotes_unbalanced_marks_warn_and_continue(nlp):
    text = 'Critics called it "a mess. Nobody agreed.\n\nThen Finance Minister Ann Lee spoke. "We will not raise taxes," Lee said.'
    with pytest.warns(QuoteMarkWarning):
        df = extract_quotes(nlp(text))
    row = _one(df, "We will not raise taxes")
    assert row["speaker_canonical"] == "Ann Lee" and row["kind"] == "direct"


def test_quotes_apostrophes_never_quote_marks(quotes_of):
    df = quotes_of("The union's leader said it's 'too early' to talk about the workers' new contract.")
    assert len(df) == 1
    assert df.iloc[0]["kind"] == "indirect"
    assert df.iloc[0]["text"] == "it's 'too early' to talk about the workers' new contract"


# ---------------------------------------------------------------- direct quotes

DIRECT = [
    # Reuters: attribution after, title before the name.
    ('"We have no plans to cut rates," Federal Reserve Chair Jerome Powell said on Wednesday.',
     "We have no plans to cut rates,", "said", "Jerome Powell", "person", "Federal Reserve Chair"),
    # AP: inverted "said X, title".
    ('"It was a tough night for everyone," said Mark Jones, a spokesman for the fire department.',
     "It was a tough night for everyone,", "said", "Mark Jones", "person", "spokesman for the fire department"),
    # Guardian: colon-introduced.
    ("The prime minister, Jacinda Ardern, told parliament: “This is one of New Zealand’s darkest days.”",
     "This is one of New Zealand’s darkest days.", "told", "Jacinda Ardern", "person", "prime minister"),
    # BBC: attribution before with comma.
    ('Local councillor Ruth Patel said, "Residents have been let down again."',
     "Residents have been let down again.", "said", "Ruth Patel", "person", "Local councillor"),
    # Local paper: straight marks, postposed "coach X said".
    ('"We played well in the second half", Tigers coach Dan Brown said.',
     "We played well in the second half", "said", "Dan Brown", "person", "Tigers coach"),
    # Tweets.
    ('"I am in awe of the people who ran towards danger" tweeted London mayor Sadiq Khan.',
     "I am in awe of the people who ran towards danger", "tweeted", "Sadiq Khan", "person", "London mayor"),
]


@pytest.mark.parametrize(("text", "content", "cue", "speaker", "stype", "title"), DIRECT)
def test_quotes_direct_attribution(quotes_of, text, content, cue, speaker, stype, title):
    row = _one(quotes_of(text), content[:20])
    assert row["text"] == content
    assert row["kind"] == "direct"
    assert row["cue"] == cue
    assert row["speaker"] == speaker
    assert row["speaker_type"] == stype
    assert row["speaker_title"] == title


def test_quotes_split_quote_gives_two_rows_one_speaker(quotes_of):
    df = quotes_of('"We are not going anywhere," Smith said, "and we will fight this ruling in every court."')
    assert df["text"].tolist() == ["We are not going anywhere,", "and we will fight this ruling in every court."]
    assert df["speaker"].tolist() == ["Smith", "Smith"]
    assert df["cue"].tolist() == ["said", "said"]
    assert (df["kind"] == "direct").all()


def test_quotes_attribution_closing_its_sentence_carries_to_next_quote(quotes_of):
    text = '"It was a close game," captain Sam Marshall said. "We made a few silly mistakes and paid for them."'
    df = quotes_of(text)
    assert df["speaker"].tolist() == ["Sam Marshall", "Sam Marshall"]
    assert df["cue"].tolist() == ["said", ""]
    assert df["speaker_resolved"].tolist() == [False, True]


def test_quotes_standalone_quote_takes_person_named_before(quotes_of):
    text = (
        "The home side received two yellow cards, leaving coach Geoff Ingram unimpressed. "
        '"One of them was questionable, the other one probably not."'
    )
    row = _one(quotes_of(text), "One of them")
    assert row["speaker_canonical"] == "Geoff Ingram"
    assert row["cue"] == ""


def test_quotes_paragraph_continuation_one_row_per_part(quotes_of):
    text = (
        "Union leader Maria Gonzalez addressed the strikers on Monday.\n\n"
        "“We have waited three years for a fair offer,” Gonzalez said. “The company has ignored us at every turn.\n\n"
        "“Today that changes.”"
    )
    df = quotes_of(text)
    assert df["text"].tolist() == [
        "We have waited three years for a fair offer,",
        "The company has ignored us at every turn.",
        "Today that changes.",
    ]
    assert set(df["speaker_canonical"]) == {"Maria Gonzalez"}


def test_quotes_multi_sentence_quote_is_one_row(quotes_of):
    df = quotes_of('"The storm caught us off guard. We lost power for two days. Nobody came to help," said resident Tom Walsh.')
    assert len(df) == 1
    assert df.iloc[0]["text"].count(".") == 2
    assert df.iloc[0]["speaker"] == "Tom Walsh"


def test_quotes_title_like_strings_are_not_quotes(quotes_of):
    df = quotes_of('The university called the programme "Learning Together" and the festival "Summer Nights".')
    assert df.empty


def test_quotes_scare_quote_without_speaker_is_not_a_quote(quotes_of):
    df = quotes_of('The so-called "experts" were wrong about the weather again this year.')
    assert df.empty


def test_quotes_interview_answers_by_tag(quotes_of):
    text = (
        "Wikinews interviewed Jane Roe about the project.\n\n"
        "((WN)) Why did you start it?\n\n"
        "((Jane Roe)) I wanted a tool that worked offline. Nothing else did.\n\n"
        "It grew from there.\n\n"
        "((WN)) What next?"
    )
    df = quotes_of(text)
    assert df["text"].tolist() == ["I wanted a tool that worked offline. Nothing else did.", "It grew from there."]
    assert set(df["speaker"]) == {"Jane Roe"}
    assert set(df["cue"]) == {""}


# ---------------------------------------------------------------- indirect and mixed

INDIRECT = [
    ("The Finance Ministry said on Monday that inflation would peak in the spring.",
     "inflation would peak in the spring", "said", "organization"),
    ("Inflation will peak in the spring, the central bank said in a statement.",
     "Inflation will peak in the spring", "said", "organization"),
    ("Jane Smith told reporters the talks had collapsed.", "the talks had collapsed", "told", "person"),
    ("According to the World Health Organization, cases rose by 20 percent last week.",
     "cases rose by 20 percent last week", "According to", "organization"),
    ("Cases rose by 20 percent last week, according to Reuters.", "Cases rose by 20 percent last week", "according to", "media"),
    ("The company admitted it had misled investors about its debts.", "it had misled investors about its debts", "admitted", "organization"),
    ("Police warned that the roads would remain closed overnight.", "the roads would remain closed overnight", "warned", "anonymous"),
    ("The minister denied that she had known about the payments.", "she had known about the payments", "denied", "anonymous"),
    ("Opposition leader Keir Starmer urged the government to hold an inquiry.", "to hold an inquiry", "urged", "person"),
    ("A spokesman for the club declined to comment on the transfer.", "to comment on the transfer", "declined", "anonymous"),
    ("Officials said the bridge would reopen next month.", "the bridge would reopen next month", "said", "anonymous"),
    ("A report by the National Audit Office found costs had doubled, and the office said the project was late.",
     "the project was late", "said", "organization"),
]


@pytest.mark.parametrize(("text", "content", "cue", "stype"), INDIRECT)
def test_quotes_indirect_attribution(quotes_of, text, content, cue, stype):
    row = _one(quotes_of(text), content)
    assert row["text"] == content
    assert row["kind"] == "indirect"
    assert row["cue"] == cue
    assert row["speaker_type"] == stype


def test_quotes_indirect_span_keeps_initials(quotes_of):
    row = _one(quotes_of("President George W. Bush announced he was appointing John R. Bolton to the post."), "appointing")
    assert row["text"] == "he was appointing John R. Bolton to the post"


def test_quotes_indirect_span_excludes_connective_and_period(quotes_of):
    row = _one(quotes_of("However, the agency said the figures were provisional."), "figures")
    assert row["text"] == "the figures were provisional"


MIXED = [
    ('Senator Mary Jones said the bill was "a disaster for working families."',
     'the bill was "a disaster for working families."', "Mary Jones"),
    ('The president called the report "fake news" on Twitter.', 'the report "fake news"', "president"),
    ('Tuilaepa called on "village councils and church leaders" to support the campaign.',
     '"village councils and church leaders" to support the campaign', "Tuilaepa"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), MIXED)
def test_quotes_mixed_statement(quotes_of, text, content, speaker):
    row = _one(quotes_of(text), content[:12])
    assert row["kind"] == "mixed"
    assert row["text"] == content
    assert speaker in row["speaker"]


# ---------------------------------------------------------------- speakers, resolution, relays

def test_quotes_pronoun_resolves_to_last_person(quotes_of):
    text = (
        "Foreign Minister Taro Kono met his counterpart on Tuesday. "
        "He said the two countries would keep talking."
    )
    row = _one(quotes_of(text), "two countries")
    assert row["speaker"] == "He"
    assert row["speaker_canonical"] == "Taro Kono"
    assert bool(row["speaker_resolved"])


def test_quotes_surname_resolves_to_full_name(quotes_of):
    text = "Foreign Minister Taro Kono arrived in Seoul. Kono said Japan was watching the talks closely."
    row = _one(quotes_of(text), "Japan was watching")
    assert row["speaker"] == "Kono"
    assert row["speaker_canonical"] == "Taro Kono"


def test_quotes_it_and_the_newspaper_resolve_to_outlet(quotes_of):
    text = (
        "Tokyo wants a summit, the Asahi newspaper reported on Thursday. "
        "Pyongyang hopes to get aid, the newspaper said. "
        "However, it said no date had been set."
    )
    df = quotes_of(text)
    assert df["speaker"].tolist() == ["the Asahi newspaper", "the newspaper", "it"]
    assert df["speaker_canonical"].tolist() == ["Asahi", "Asahi", "Asahi"]
    assert set(df["speaker_type"]) == {"media"}
    assert df["speaker_resolved"].tolist() == [False, True, True]


@pytest.mark.parametrize(
    ("text", "needle", "speaker", "stype", "via"),
    [
        ("The Asahi quoted another unidentified source as saying the talks would resume in June.",
         "the talks would resume", "another unidentified source", "anonymous", "Asahi"),
        ("“Prices will rise further,” Kyodo News quoted a government report as saying.",
         "Prices will rise", "a government report", "document", "Kyodo News"),
        ("Central bank governor Ana Ruiz was quoted by Bloomberg as saying rates would stay low.",
         "rates would stay low", "Ana Ruiz", "person", "Bloomberg"),
        ("The minister said the plant would close, Reuters reported.",
         "the plant would close", "The minister", "anonymous", "Reuters"),
    ],
)
def test_quotes_relayed_statements_carry_via(quotes_of, text, needle, speaker, stype, via):
    row = _one(quotes_of(text), needle)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == stype
    assert row["via"] == via


def test_quotes_citing_keeps_outlet_as_speaker(quotes_of):
    row = _one(quotes_of("The talks have stalled, the newspaper Yomiuri said, citing diplomatic sources."), "talks have stalled")
    assert row["speaker_type"] == "media"
    assert row["via"] == ""


@pytest.mark.parametrize(
    ("text", "needle", "stype", "canonical"),
    [
        ("A Japanese government source said the summit was likely.", "summit", "anonymous", ""),
        ("An unidentified North Korean source said talks were planned.", "talks", "anonymous", ""),
        ("Sources familiar with the matter said the deal was close.", "deal", "anonymous", ""),
        ("Witnesses said the gunman fled on foot.", "gunman", "anonymous", ""),
        ("The report by the World Bank said growth would slow.", "growth", "document", "World Bank"),
        ("Court filings show the company said it owed $2 million.", "owed", "organization", "company"),
        ("The BBC reported that the match had been cancelled.", "match", "media", "BBC"),
        ("Northamptonshire Police confirmed the arrest. Police said the man had been released.", "released", "organization", "Northamptonshire Police"),
    ],
)
def test_quotes_speaker_types(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == stype
    assert row["speaker_canonical"] == canonical


def test_quotes_joint_speaker_with_pronoun(quotes_of):
    text = (
        "Chief Constable Nick Adderley met the family on Friday. "
        "Both he and Police Commissioner Stephen Mold urged that the immunity be waived."
    )
    row = _one(quotes_of(text), "immunity be waived")
    assert row["speaker_canonical"] == "Nick Adderley and Stephen Mold"
    assert row["speaker_type"] == "person"


def test_quotes_document_issuer_phrase(quotes_of):
    row = _one(quotes_of("Estimates by the Argentinian government state that 350,000 abortions are carried out each year."), "abortions")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", "Argentinian government")


def test_quotes_apposition_split_into_title(quotes_of):
    text = (
        "Tokyo has tried to reach out to Pyongyang, said Lisa Collins, fellow with the Korea Chair at the "
        "Centre for Strategic and International Studies: “They don’t want to be left out.”"
    )
    df = quotes_of(text)
    assert len(df) == 2
    assert set(df["speaker"]) == {"Lisa Collins"}
    assert set(df["speaker_title"]) == {"fellow with the Korea Chair at the Centre for Strategic and International Studies"}
    assert df["kind"].tolist() == ["indirect", "direct"]


def test_quotes_apposed_name_after_role(quotes_of):
    row = _one(quotes_of("The director of Amnesty International, Mariela Belski, said the law had failed women."), "law")
    assert row["speaker"] == "Mariela Belski"
    assert row["speaker_title"] == "director of Amnesty International"


@pytest.mark.parametrize(
    ("text", "needle", "cue", "speaker"),
    [
        # A press release quoted with "states", then a separate "he said".
        ('A press release from the agency states "The system was halted as a precaution." He also said, "No data was lost."',
         "The system was halted", "states", "A press release from the agency"),
        # Two quotations of one statement joined by "and that".
        ('The website states "We have shut down public access." and that "We are restoring services gradually."',
         "We are restoring services", "states", "The website"),
        # A report the parser turns round.
        ("Al Jazeera reported on Thursday, vaccination coverage had risen to 55 percent.", "coverage had risen", "reported", "Al Jazeera"),
    ],
)
def test_quotes_cue_choice(quotes_of, text, needle, cue, speaker):
    row = _one(quotes_of(text), needle)
    assert row["cue"] == cue
    assert row["speaker"] == speaker


def test_quotes_according_to_evidence_is_not_a_source(quotes_of):
    df = quotes_of("Each province would receive a share of the revenue according to its population size.")
    assert df.empty


def test_quotes_pronoun_continues_unnamed_speaker(quotes_of):
    text = (
        "Foreign Minister Peter MacKay spoke to reporters on Monday. "
        "One woman said two of her relatives had been killed in the strike. "
        "She said they had been on a summer holiday."
    )
    row = _one(quotes_of(text), "summer holiday")
    assert row["speaker"] == "She"
    assert row["speaker_type"] == "anonymous" and row["speaker_canonical"] == ""


def test_quotes_unnamed_document_and_issuer(quotes_of):
    text = 'According to a statement posted on his official account, the actor died at home. "He fought bravely," the family said.'
    df = quotes_of(text)
    first = _one(df, "the actor died")
    assert (first["speaker_type"], first["speaker_canonical"]) == ("document", "")
    assert _one(df, "He fought bravely")["speaker"] == "the family"


# ---------------------------------------------------------------- the table contract

def test_quotes_empty_text_gives_empty_frame_with_columns(nlp):
    df = extract_quotes(nlp("The weather was fine and the match went ahead."))
    assert df.empty and list(df.columns) == COLUMNS


def test_quotes_offsets_round_trip_and_ids(quotes_of):
    text = (
        '"We will appeal," the company said. Its chief executive, Anna Berg, said the ruling was '
        '"deeply flawed". According to analysts, the shares could fall.'
    )
    df = quotes_of(text)
    assert df["quote_id"].tolist() == list(range(len(df)))
    assert df["start_char"].is_monotonic_increasing
    for row in df.itertuples():
        assert text[row.start_char : row.end_char] == row.text
        if row.cue:
            assert text[row.cue_start_char : row.cue_end_char].startswith(row.cue.split(" ... ")[0])
        if pd.notna(row.speaker_start_char):
            assert text[row.speaker_start_char : row.speaker_end_char] == row.speaker
    assert str(df["cue_start_char"].dtype) == "Int64"


def test_quotes_output_is_deterministic(nlp):
    text = '"It is over," she said. Reuters reported that talks had failed, according to officials.'
    doc = nlp(text)
    pd.testing.assert_frame_equal(extract_quotes(doc), extract_quotes(doc))


def test_quotes_entities_argument_is_not_mutated(nlp):
    from newslab.entities import extract_entities

    doc = nlp('"We are ready," said Prime Minister Boris Johnson.')
    ents = extract_entities(doc)
    before = ents.copy()
    extract_quotes(doc, entities=ents)
    pd.testing.assert_frame_equal(ents, before)


def test_quotes_lexicon_is_documented():
    cues = load_cues()
    assert cues.verbs["say"] == "speech" and cues.verbs["quote"] == "relay" and cues.verbs["decline"] == "refusal"
    assert ("according", "to") in cues.phrases
    assert {"newspaper", "agency", "broadcaster"} <= cues.media_heads
    assert {"papers", "report", "statement", "filing"} <= cues.document_heads
    assert {"source", "official", "officials"} <= cues.anonymous_heads
    raw = json.loads((ROOT / "newslab" / "data" / "cues.json").read_text(encoding="utf-8"))
    documented = {k[len("_about_"):] for k in raw if k.startswith("_about_")}
    assert {k for k in raw if not k.startswith("_")} <= documented


# ---------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed_quotes(nlp):
    import newslab as nl

    articles = nl.read_articles(ROOT / "seeds")
    return articles["text"].iloc[0], extract_quotes(nlp(articles["text"].iloc[0]))


def test_quotes_seed_text_matches_gold(seed_quotes):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    assert gold["text"] == seed_quotes[0]


def test_quotes_seed_all_attributions(seed_quotes):
    from newslab.scoring import quote_match_pairs, speaker_correct

    text, df = seed_quotes
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])["quotes"]
    preds = [
        {"start": r.start_char, "end": r.end_char, "speaker_canonical": r.speaker_canonical, "speaker_type": r.speaker_type, "via": r.via, "kind": r.kind, "frame": r.frame}
        for r in df.itertuples()
    ]
    pairs = quote_match_pairs(gold, preds, text)
    # The 17 statements of the dev guideline, plus the two beliefs the frames addendum made main.
    assert len(gold) == 19 and len(pairs) == 19 and len(preds) == 19
    assert sum(g["frame"] != "belief" for g in gold) == 17
    for gi, pi in pairs:
        g, p = gold[gi], preds[pi]
        assert speaker_correct(g, p), (g["text"], p)
        assert p["speaker_type"] == g["speaker_type"], g["text"]
        assert p["via"] == g["via"], g["text"]
        assert p["kind"] == g["kind"], g["text"]
        assert p["frame"] == g["frame"], g["text"]


def test_quotes_seed_relays_and_resolution(seed_quotes):
    _, df = seed_quotes
    relayed = df[df["via"] != ""]
    assert relayed["speaker"].tolist() == ["the briefing papers", "another unidentified source"]
    assert relayed["speaker_type"].tolist() == ["document", "anonymous"]
    suga = _one(df, "refrain from going into specifics")
    assert (suga["speaker"], suga["speaker_title"]) == ("Yoshihide Suga", "Chief Cabinet Secretary")
    resolved = df[df["speaker"].isin(["it", "the newspaper"]) & (df["speaker_type"] == "media")]
    assert resolved["speaker_canonical"].tolist() == ["Asahi", "Asahi"]


# ---------------------------------------------------------------- scoring (newslab.evaluate)

def _gold_record() -> dict:
    text = 'Prices will rise, the bank said. "We are ready," Jane Smith said. Officials said talks failed.'
    q = lambda s, kind, canon, stype: {  # noqa: E731
        "start": text.index(s), "end": text.index(s) + len(s), "text": s, "kind": kind, "cue": "said",
        "speaker": canon, "speaker_canonical": canon, "speaker_type": stype,
    }
    return {
        "id": "t1", "text": text,
        "quotes": [q("Prices will rise", "indirect", "bank", "organization"), q("We are ready,", "direct", "Jane Smith", "person")],
        "quotes_optional": [q("talks failed", "indirect", "", "anonymous")],
        "figures": [], "figures_optional": [],
    }


def _pred(rec: dict, spans: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    rows = []
    for s, kind, canon, stype in spans:
        i = rec["text"].index(s)
        rows.append({"article_id": rec["id"], "start_char": i, "end_char": i + len(s), "kind": kind,
                     "speaker_canonical": canon, "speaker_type": stype, "via": ""})
    return pd.DataFrame(rows)


def test_quotes_score_half_overlap_rule():
    from newslab.scoring import quote_match_pairs

    text = "one two three four five six seven eight"
    gold = [{"start": 0, "end": text.index(" five")}]  # one..four
    assert quote_match_pairs(gold, [{"start": 0, "end": text.index(" seven")}], text) == [(0, 0)]  # 4 of 6
    assert quote_match_pairs(gold, [{"start": 0, "end": len(text)}], text) == [(0, 0)]  # 4 of 8
    assert quote_match_pairs(gold, [{"start": text.index("two"), "end": len(text)}], text) == []  # 3 of 7


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ({"speaker_canonical": "Taro Kono", "speaker_type": "person"}, {"speaker_canonical": "taro kono", "speaker_type": "person"}, True),
        ({"speaker_canonical": "Taro Kono", "speaker_type": "person"}, {"speaker_canonical": "Kono", "speaker_type": "person"}, True),
        ({"speaker_canonical": "The Times", "speaker_type": "media"}, {"speaker_canonical": "Times", "speaker_type": "media"}, True),
        ({"speaker_canonical": "Taro Kono", "speaker_type": "person"}, {"speaker_canonical": "Taro", "speaker_type": "person"}, False),
        ({"speaker_canonical": "", "speaker_type": "anonymous"}, {"speaker_canonical": "", "speaker_type": "anonymous"}, True),
        ({"speaker_canonical": "", "speaker_type": "anonymous"}, {"speaker_canonical": "Smith", "speaker_type": "person"}, False),
        ({"speaker_canonical": "", "speaker_type": "document"}, {"speaker_canonical": "", "speaker_type": "document"}, True),
    ],
)
def test_quotes_score_speaker_rule(gold, pred, ok):
    from newslab.scoring import speaker_correct

    assert speaker_correct(gold, pred) is ok


def test_quotes_score_strict_and_lenient():
    from newslab.scoring import score_quotes

    rec = _gold_record()
    pred = _pred(rec, [("Prices will rise", "indirect", "bank", "organization"), ("We are ready,", "direct", "Smith", "person"),
                       ("talks failed", "indirect", "", "anonymous")])
    df = score_quotes(pred, [rec]).set_index(["mode", "kind"])
    strict, lenient = df.loc[("strict", "all")], df.loc[("lenient", "all")]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (2, 1, 0)
    assert (lenient["tp"], lenient["fp"], lenient["fn"]) == (2, 0, 0)
    assert lenient["e2e_f1"] == 1.0 and strict["speaker_accuracy"] == 1.0
    assert df.loc[("strict", "direct"), "n_gold"] == 1


def test_quotes_evaluate_runs_the_pipeline(nlp):
    import newslab as nl

    rec = _gold_record()
    scores = nl.evaluate([rec], nlp=nlp)
    assert {"task", "mode", "kind", "precision", "recall", "f1", "e2e_f1"} <= set(scores.columns)
    row = scores[(scores["task"] == "quotes") & (scores["mode"] == "lenient") & (scores["kind"] == "all")].iloc[0]
    assert row["tp"] == 2 and row["e2e_f1"] == 1.0


# ---------------------------------------------------------------- current speaker and descriptions

CURRENT_SPEAKER = [
    # AP style: a paraphrase names other leaders; the next "he said" is still the speaker.
    (
        "President Obama says his aim is to keep Chancellor Angela Merkel and President Francois Hollande "
        "united on sanctions.\n\n\"We have to stand together, and we will,\" he said.",
        "We have to stand together", "Barack Obama|Obama",
    ),
    # Reuters style: the quotation addresses a named person, who therefore is not its speaker.
    (
        "Prime Minister Theresa May said she would meet the opposition leader. She criticised "
        "Jeremy Corbyn's plan on Tuesday.\n\n\"Mr Corbyn must understand that the country cannot wait,\" she said.",
        "Mr Corbyn must understand", "Theresa May",
    ),
    # BBC style: a pronoun in a relative clause is bound by the subject of the main clause.
    (
        "The president says he will meet regional leaders in Beirut, where he says Syrian President "
        "Bashar al-Assad is the main obstacle to peace.",
        "Bashar al-Assad is the main obstacle", "",
    ),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), CURRENT_SPEAKER)
def test_quotes_pronoun_prefers_current_speaker(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    # an office whose holder is never named is an unnamed source in the table
    assert row["speaker_type"] == ("person" if speaker else "anonymous")
    if speaker:
        assert row["speaker_canonical"] in speaker.split("|")
    else:
        assert "Assad" not in row["speaker_canonical"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "President Bush says his job is to keep Israeli Prime Minister Ehud Olmert focused on the big picture, "
            "despite what he says are considerable roadblocks.",
            "his job is to keep Israeli Prime Minister Ehud Olmert focused on the big picture",
            "are considerable roadblocks",
        ),
        (
            "Mayor Karen Bass says the city will open three new shelters, where she says the homeless "
            "will get meals and medical care.",
            "the city will open three new shelters",
            "the homeless will get meals and medical care",
        ),
    ],
)
def test_quotes_report_in_adjunct_clause_splits_statement(quotes_of, text, first, second):
    df = quotes_of(text)
    a, b = _one(df, first), _one(df, second)
    assert a["text"] == first and b["text"] == second
    assert a["speaker_canonical"] == b["speaker_canonical"] != ""
    assert a["via"] == b["via"] == ""


@pytest.mark.parametrize(
    ("text", "needle", "canonical"),
    [
        (
            "US financier Bernard Madoff pleaded guilty on Thursday.\n\n"
            "\"I am deeply sorry and ashamed,\" the financier told the court.",
            "deeply sorry", "Bernard Madoff",
        ),
        (
            "Hong Kong tycoon Li Ka-shing sold his stake in the port operator.\n\n"
            "\"The timing was right,\" the tycoon said in a statement.",
            "The timing was right", "Li Ka-shing",
        ),
        (
            "Italian economic development minister Stefano Patuanelli sent a letter of support, but the minister "
            "said they are to build another pipeline to Greece.",
            "another pipeline", "Stefano Patuanelli",
        ),
    ],
)
def test_quotes_definite_description_resolves_to_described_person(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


@pytest.mark.parametrize(
    ("text", "needle", "canonical", "stype"),
    [
        # Wire style: "the Bank" is the Bank of England, not an organisation called "Bank".
        (
            "The Bank of England raised interest rates on Thursday. In a press release the Bank stated that "
            "\"an increase in Bank Rate was necessary to return inflation to the target\".",
            "an increase in Bank Rate", "Bank of England", "organization",
        ),
        (
            "The Ministry of Health reported 40 new cases on Monday. The Ministry said that most of them were in the capital.",
            "most of them were in the capital", "Ministry of Health", "organization",
        ),
        # Business pages: "It" continues the company that was the subject just before.
        (
            "Fiji's national airline Air Pacific has returned to its original name, Fiji Airways. The airline has also "
            "introduced plans to overhaul its fleet.\n\nIt has said that the overhaul will be completed by the end of the year.",
            "the overhaul will be completed", "Fiji Airways", "organization",
        ),
        # A plural verb does not make a company a person (British usage).
        (
            "Vodafone has bought the internet provider ihug. Vodafone said that ihug was strong in broadband. "
            "Vodafone say that this purchase will give them better access to broadband technology.",
            "this purchase will give them", "Vodafone", "organization",
        ),
        # Initials of an organisation named earlier.
        (
            "The International Atomic Energy Agency met in Vienna. The IAEA said that the plant was safe.",
            "the plant was safe", "International Atomic Energy Agency", "organization",
        ),
    ],
)
def test_quotes_organisation_descriptions_and_pronouns(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)


@pytest.mark.parametrize(
    ("text", "needle", "canonical", "stype"),
    [
        # Court report: a role with no name is anonymous, and so is "He" continuing it.
        (
            "The first British serviceman to give evidence, a senior aircraftsman in the RAF, testified that he saw "
            "prisoners being kicked. He said that he had never seen anything like it before.",
            "never seen anything like it", "", "anonymous",
        ),
        (
            "A Qantas crewman told the inquiry that the door had been checked twice.",
            "the door had been checked", "", "anonymous",
        ),
        # A document issued by a possessor phrase, and one carried over from the sentence before.
        (
            "The federal government's weekly petroleum price summary reported that the average price fell by 0.2 cent.",
            "the average price fell", "federal government", "document",
        ),
        (
            "In the ruling, the International Criminal Court said that the attacks were intentional. "
            "The ruling added that there was not enough evidence to charge him with genocide.",
            "not enough evidence", "International Criminal Court", "document",
        ),
    ],
)
def test_quotes_roles_and_documents(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)


def test_quotes_document_cited_by_a_speaker_is_not_theirs(quotes_of):
    text = ("The Asahi newspaper said so, citing briefing papers. The briefing papers said that talks had begun in "
            "Beijing, according to the newspaper.")
    df = quotes_of(text)
    row = _one(df, "talks had begun")
    assert row["speaker_type"] == "document"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt says it is also not in favor of the warrant and the government states it will ask the United Nations "
            "Security Council to stop the implementation of it.",
            [("it is also not in favor of the warrant", "Egypt"), ("it will ask the United Nations Security Council to stop the implementation of it", "the government")],
        ),
        (
            "The union said the strike would go ahead and the employers claimed the offer was final.",
            [("the strike would go ahead", "The union"), ("the offer was final", "the employers")],
        ),
    ],
)
def test_quotes_two_speakers_coordinated_in_one_sentence(quotes_of, text, expected):
    df = quotes_of(text)
    assert list(zip(df["text"], df["speaker"])) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister will ask parliament to extend the deadline.",
        "The council plans to urge residents to save water.",
    ],
)
def test_quotes_future_sayings_are_not_statements(quotes_of, text):
    assert quotes_of(text).empty


@pytest.mark.parametrize(
    ("text", "content", "kind", "speaker", "stype"),
    [
        (
            "China objected, accusing the Dalai Lama of \"separatist activities.\"",
            "the Dalai Lama of \"separatist activities.\"", "mixed", "China", "organization",
        ),
        (
            "The opposition accused the minister of \"treating voters with contempt\" over the rail plan.",
            # (the charge goes on after the quoted words: 0.8.0, as the fresh gold sets annotate it)
            "the minister of \"treating voters with contempt\" over the rail plan", "mixed", "opposition", "organization",
        ),
        (
            "China also condemned the meeting, calling it a mistake and that relations between the two nations were damaged.",
            "it a mistake and that relations between the two nations were damaged", "indirect", "China", "organization",
        ),
        (
            "The re-brand was described by interim chief executive Aubrey Swift as allowing the airline to align itself "
            "\"closer with Fiji as a destination\".",
            "allowing the airline to align itself \"closer with Fiji as a destination\"", "mixed", "Aubrey Swift", "person",
        ),
        (
            "Analysts have speculated that these figures may explain the rise.",
            "these figures may explain the rise", "indirect", "", "anonymous",
        ),
        (
            "Some economists theorised that the slowdown would be brief.",
            "the slowdown would be brief", "indirect", "", "anonymous",
        ),
    ],
)
def test_quotes_accuse_call_described_by_speculate(quotes_of, text, content, kind, speaker, stype):
    row = _one(quotes_of(text), content)
    assert row["text"] == content
    assert (row["kind"], row["speaker_type"]) == (kind, stype)
    if speaker:
        assert row["speaker_canonical"].endswith(speaker)


@pytest.mark.parametrize(
    ("text", "needle", "canonical", "stype"),
    [
        # A later document of the same kind is the same document, issued by the same source.
        (
            "\"Nobody has conveyed such invitations,\" a statement from Fouad Siniora's office said. "
            "The statement added that Israel must withdraw from the Shebaa farms.",
            "Israel must withdraw", "Fouad Siniora", "document",
        ),
        # A hyphenated surname on second mention.
        (
            "Christian Schwarz-Schilling said he hoped for calm. Schilling told reporters he intended to scale back his powers.",
            "scale back his powers", "Christian Schwarz-Schilling", "person",
        ),
        # Unnamed authorities, capitalised at the start of a sentence.
        ("Authorities say at least 11 people were killed in the blasts.", "at least 11 people", "", "anonymous"),
        # A news agency the entity model may take for a person.
        ("Xinhua reported that the explosions occurred at about 3:20 local time.", "the explosions occurred", "Xinhua", "media"),
        # A title with its domain is a description, not a name.
        (
            "Speaking in London, the Sinn Féin President said Bertie Ahern had attacked the party.",
            "Bertie Ahern had attacked", "", "anonymous",
        ),
    ],
)
def test_quotes_speaker_names_and_types_in_wire_copy(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)


def test_quotes_invited_speech_is_no_quote_of_its_title(quotes_of):
    # The quoted title of the address is no statement. The invitation itself is a directive (rule R51
    # and the gold's invitations "invited X to visit", "invites all nations ... to observe"; frames18).
    text = ("Chinatrust Commercial Bank invited Jack Ma, founder of Alibaba Group, to give the main address on the "
            "subject of \"Cross-Strait e-Commerce Development\" yesterday.")
    q = quotes_of(text)
    assert len(q) == 1
    row = q.iloc[0]
    assert (row["speaker"], row["frame"], row["cue"]) == ("Chinatrust Commercial Bank", "directive", "invited")
    assert row["text"].startswith("to give the main address")


@pytest.mark.parametrize(
    ("text", "needle", "canonical", "stype"),
    [
        # 'he' is one person: a plural unnamed source just before is no antecedent.
        (
            "After the Gazeta Polska newspaper published allegations, Bishop Peter Walsh denied them. "
            "However, when church officials announced they had obtained documents, he acknowledged that the accusations were true.",
            "the accusations were true", "Peter Walsh", "person",
        ),
        # An organisation named in apposition to a description.
        (
            "The leading supplier of school uniforms in the United Kingdom, Lancashire-based manufacturer Trutex, "
            "has announced it is \"seriously considering\" tracking devices.",
            "seriously considering", "Trutex", "organization",
        ),
        ("The introduction to the report states that the war on terror had failed.", "war on terror", "", "document"),
        ("Some commentators speculated that the bank would cut rates again.", "cut rates again", "", "anonymous"),
    ],
)
def test_quotes_number_apposition_and_role_types(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)


def test_quotes_concession_cue_is_not_content(quotes_of):
    text = "While she concedes there is a lot of work to be done, Ms. Ardern says she still believes the target is possible."
    df = quotes_of(text)
    assert _one(df, "a lot of work")["text"] == "there is a lot of work to be done"


def test_quotes_straight_opening_closed_by_curly_mark(quotes_of):
    text = ("The airline unveiled a new logo. The new identity \"symbolises all that the airline represents. "
            "It is authentic and true to our roots”, the airline said.")
    row = _one(quotes_of(text), "symbolises all that")
    assert row["text"].endswith("true to our roots")
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    ("text", "needle", "canonical"),
    [
        # Guardian style: a bare title as elegant variation for the speaker just quoted.
        (
            "Gordon Brown blamed oil producers for the surge. He said that he wanted OPEC to increase supplies.\n\n"
            "However, the Chancellor insisted that the government would not ease the tax on fuel.",
            "would not ease the tax", "Gordon Brown",
        ),
        # VOA style: the role given with the name earlier, repeated without it.
        (
            "White House spokesman Tony Snow spoke on Monday. Snow downplayed comments made by Ayatollah Ali Khamenei. "
            "The White House spokesman predicted there would be more statements from Iran.",
            "more statements from Iran", "Tony Snow",
        ),
    ],
)
def test_quotes_bare_title_refers_to_current_person(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


@pytest.mark.parametrize(
    ("text", "needle", "canonical"),
    [
        # Business pages: a noun of standing as elegant variation for the person just quoted.
        (
            "Microsoft co-founder Bill Gates said on Monday that the recovery would be slow.\n\n"
            "\u201cIt will take years,\u201d the billionaire told reporters in Seattle.",
            "It will take years", "Bill Gates",
        ),
        # Arts pages: the same with a trade.
        (
            "Author Hilary Mantel said the book was finished. Critics praised it. Later, the novelist said she would rest.",
            "she would rest", "Hilary Mantel",
        ),
    ],
)
def test_quotes_noun_of_standing_refers_to_current_person(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


def test_quotes_role_noun_does_not_take_the_last_speaker(quotes_of):
    # "the man" often introduces someone new (a witness after the police chief): not resolved.
    text = "Police Chief Mary Jones said the road was closed. \u201cI saw the truck flip,\u201d the man told the newspaper."
    row = _one(quotes_of(text), "I saw the truck flip")
    assert row["speaker"] == "the man"
    assert row["speaker_canonical"] != "Mary Jones"


def test_quotes_new_main_subject_takes_over_pronoun(quotes_of):
    # Local-paper style: a second person becomes the topic in a sentence of their own.
    text = ("Mr Twomey claimed that his son was pressured by US officials.\n\n"
            "Attorney-General Philip Ruddock is investigating the matter, and has asked for a full report.\n\n"
            "\"I want to know whether or not justice has been done,\" he said.")
    row = _one(quotes_of(text), "I want to know")
    assert row["speaker_canonical"] == "Philip Ruddock"


@pytest.mark.parametrize(
    ("text", "stype"),
    [
        ("The undercover agent promised that the rest of the money would follow.", "anonymous"),
        ("The manual advises that volunteers should stand between protesters and the press.", "document"),
    ],
)
def test_quotes_more_role_and_document_heads(quotes_of, text, stype):
    df = quotes_of(text)
    assert len(df) == 1 and df["speaker_type"].iloc[0] == stype


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Egypt says it is not in favor of the warrant and the government states it will ask the Security Council to act.",
            "Government of Egypt",
        ),
        # A city where something happened is not the government's country.
        ("Speaking in Paris on Monday, the government said that the reform would go ahead.", "government"),
    ],
)
def test_quotes_the_government_of_the_country_just_named(quotes_of, text, canonical):
    row = quotes_of(text).iloc[-1]
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


def test_quotes_organisation_name_with_of_is_kept_whole(quotes_of):
    text = "Progressive Party of Working People, the main opposition force, underlined that the agreement is only a legal framework."
    row = _one(quotes_of(text), "legal framework")
    assert (row["speaker_canonical"], row["speaker_type"]) == ("Progressive Party of Working People", "organization")


def test_quotes_title_modifiers_must_agree(quotes_of):
    # BBC style: two ministers named; "the Prime Minister" is the one with that full title.
    text = ("Yassin Majid, an adviser to Prime Minister Nouri al-Maliki, said most of the leaders had fled.\n\n"
            "The arrests were reported by Interior Minister Jawad al-Bolani, who added that 94 have been released.\n\n"
            "The Prime Minister has promised that an amnesty would follow.")
    row = _one(quotes_of(text), "an amnesty would follow")
    assert row["speaker_canonical"] == "Nouri al-Maliki"


@pytest.mark.parametrize(
    ("text", "needle", "clause"),
    [
        # Wire style: the attribution after a clause that quotes only a phrase.
        (
            "The rocket used a \"kinetic impact\" to destroy the old probe, said agency spokesman Tom Hale.",
            "kinetic impact", "The rocket used a \"kinetic impact\" to destroy the old probe",
        ),
        (
            "The merger was \u201ca milestone\u201d for the company, chief executive Ana Ruiz said on Tuesday.",
            "a milestone", "The merger was \u201ca milestone\u201d for the company",
        ),
    ],
)
def test_quotes_fragment_before_postposed_attribution_is_mixed(quotes_of, text, needle, clause):
    row = _one(quotes_of(text), needle)
    assert (row["text"], row["kind"]) == (clause, "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe are ready for the final,\u201d the coach said after training.",
        "She was blunt: \u201cThe budget is a mess, and everyone knows it,\u201d the treasurer said.",
    ],
)
def test_quotes_complete_quotation_before_attribution_stays_direct(quotes_of, text):
    df = quotes_of(text)
    assert len(df) == 1
    assert df.iloc[0]["kind"] == "direct"
    assert df.iloc[0]["text"].endswith(",")


@pytest.mark.parametrize(
    ("text", "needle", "speaker", "canonical"),
    [
        ("The league has released a statement saying that its stadiums are well protected. Acme Corp declined to comment.",
         "stadiums are well protected", "a statement", None),
        ("Acme Corp published a report saying that profits had fallen by a third.",
         "profits had fallen", "a report", "Acme Corp"),
    ],
)
def test_quotes_document_saying_that_names_its_issuer(quotes_of, text, needle, speaker, canonical):
    # "X released a statement saying (that) ...": the statement is the source (a document) and
    # the subject that issued it is its canonical name.
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "document")
    if canonical is not None:
        assert row["speaker_canonical"] == canonical


def test_quotes_document_quoted_by_a_relay_keeps_the_relay_as_via(quotes_of):
    text = "The Tribune quoted the leaked memo as saying that the plant would close in March."
    row = _one(quotes_of(text), "the plant would close")
    assert row["speaker_type"] == "document"
    assert row["via"] == "Tribune"
    assert row["speaker_canonical"] != "Tribune"


@pytest.mark.parametrize(
    ("text", "needle", "content"),
    [
        ("Senator Ann Cole said in a statement that the government supported the new technology.",
         "supported the new technology", "the government supported the new technology"),
        ("Mayor Tim Banks said in a media release that the document mentions a site near the airport.",
         "the document mentions", "the document mentions a site near the airport"),
    ],
)
def test_quotes_said_in_a_statement_that(quotes_of, text, needle, content):
    # The parser hangs the that-clause on the medium ('statement', 'release'), not on 'said'.
    row = _one(quotes_of(text), needle)
    assert (row["text"], row["kind"]) == (content, "indirect")


def test_quotes_two_quotations_before_one_attribution_stay_direct(quotes_of):
    text = ("\u201cCustomers want more from their phones,\u201d \u201cthe time is right to close the old network\u201d "
            "chief executive Kevin Russell said.")
    df = quotes_of(text)
    assert set(df["kind"]) == {"direct"}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Still, Angelides said, the budget is out of balance and the state is running up more debt.",
         "the budget is out of balance and the state is running up more debt", "Angelides"),
        ("However, the mayor said, the road will reopen on Monday.", "the road will reopen on Monday", "the mayor"),
    ],
)
def test_quotes_cue_set_off_by_commas_before_the_statement(quotes_of, text, content, speaker):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["kind"], row["speaker"]) == (content, "indirect", speaker)


def test_quotes_as_clause_attribution_after_the_statement(quotes_of):
    # 'A, as health officials said': the statement is the clause before.
    text = "Almost 100 people have died in the clashes, as health officials said on Sunday."
    row = _one(quotes_of(text), "100 people have died")
    assert (row["text"], row["kind"], row["speaker"]) == ("Almost 100 people have died in the clashes", "indirect", "health officials")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The factory will close in March, the manager told reporters.", "The factory will close in March", "the manager"),
        ("The talks had failed, an official told Reuters on Monday.", "The talks had failed", "an official"),
    ],
)
def test_quotes_statement_before_told_addressee(quotes_of, text, content, speaker):
    # 'A, X told reporters': the object of 'told' is the addressee, so A is the statement.
    row = _one(quotes_of(text), content)
    assert (row["text"], row["kind"], row["speaker"]) == (content, "indirect", speaker)


def test_quotes_time_clause_before_cue_is_no_statement(quotes_of):
    df = quotes_of("When the subject of the mobile labs came up, the officer told his colleagues about doubts.")
    assert not df["text"].str.startswith("When the subject").any()


def test_quotes_statement_opening_with_a_condition_is_kept(quotes_of):
    text = "If the minister had evidence of crimes, he had an obligation to report it, Martin said."
    row = _one(quotes_of(text), "obligation to report it")
    assert row["text"].startswith("If the minister had evidence")


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("The film was shown on Monday.\n\n\u201cWe imported this series from the Netherlands. I hope citizens learn from it.\u201d "
         "Director Ann Lee said. \u201cDemocracy needs practice,\u201d she added.", "We imported this series", "Ann Lee"),
        ("Officials met on Monday. \u201cWe will rebuild the bridge before winter.\u201d Mayor Tim Cole told reporters.",
         "We will rebuild the bridge", "Tim Cole"),
    ],
)
def test_quotes_attribution_in_its_own_short_sentence(quotes_of, text, needle, speaker):
    # '"... from it." Ann Lee said.': the closing full stop ends the sentence, the next one only attributes.
    row = _one(quotes_of(text), needle)
    assert (row["kind"], row["speaker_canonical"]) == ("direct", speaker)


def test_quotes_next_sentence_with_its_own_content_is_not_an_attribution(quotes_of):
    df = quotes_of("\u201cThe plan is dead.\u201d The council voted against it on Monday.")
    assert df.empty
