"""Tests of newslab.figures: sentence -> expected figure, the not-figures list, the seed."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from newslab.figures import COLUMNS, METHOD, extract_figures
from newslab.figures.numbers import lex, parse_number, parse_vague

NAN = math.nan


def _figures(nlp, text: str) -> pd.DataFrame:
    return extract_figures(nlp(text))


def _one(df: pd.DataFrame, span: str) -> pd.Series:
    rows = df[df["text"] == span]
    assert len(rows) == 1, f"expected one figure {span!r}, got {df['text'].tolist()}"
    return rows.iloc[0]


def _same(a: float, b: float) -> bool:
    if isinstance(b, float) and math.isnan(b):
        return isinstance(a, float) and math.isnan(a)
    return abs(a - b) <= 0.01 or abs(a - b) <= 0.005 * abs(b)


# sentence, span, kind, value, low, high, approximate, unit
CASES = [
    # money: symbols, codes, scales, ranges (Reuters, Bloomberg, SCMP, Guardian styles)
    ("North Korea hopes to get US$20 billion to US$50 billion in aid from Japan, the newspaper said.",
     "US$20 billion to US$50 billion", "money", NAN, 2e10, 5e10, False, "USD"),
    ("The group reported a net profit of HK$5.2bn for the year.", "HK$5.2bn", "money", 5.2e9, 5.2e9, 5.2e9, False, "HKD"),
    ("The airline will spend A$3.5m on new lounges.", "A$3.5m", "money", 3.5e6, 3.5e6, 3.5e6, False, "AUD"),
    ("Ottawa pledged C$40 million for flood relief.", "C$40 million", "money", 4e7, 4e7, 4e7, False, "CAD"),
    ("The fine of €12 million was the largest so far.", "€12 million", "money", 1.2e7, 1.2e7, 1.2e7, False, "EUR"),
    ("Profits jumped to £1.2bn, the bank said on Tuesday.", "£1.2bn", "money", 1.2e9, 1.2e9, 1.2e9, False, "GBP"),
    ("Tokyo set aside ¥300 billion for the programme.", "¥300 billion", "money", 3e11, 3e11, 3e11, False, "JPY"),
    ("Energean has committed 1.7 billion dollars in the two fields.", "1.7 billion dollars", "money", 1.7e9, 1.7e9, 1.7e9, False, "USD"),
    ("The estimated cost is six billion euros, officials said.", "six billion euros", "money", 6e9, 6e9, 6e9, True, "EUR"),
    ("Seoul offered 500 billion won in loans.", "500 billion won", "money", 5e11, 5e11, 5e11, False, "KRW"),
    ("Beijing will invest 2.4 trillion yuan in railways.", "2.4 trillion yuan", "money", 2.4e12, 2.4e12, 2.4e12, False, "CNY"),
    ("The deal is worth more than $3.5 billion, according to people familiar with the matter.",
     "more than $3.5 billion", "money", 3.5e9, 3.5e9, NAN, True, "USD"),
    ("Tickets cost between $20 and $35.", "$20 and $35", "money", NAN, 20, 35, False, "USD"),
    ("The cuts will remove $10–$15 billion from the budget.", "$10–$15 billion", "money", NAN, 1e10, 1.5e10, False, "USD"),
    ("He earned up to £40k a year as a consultant.", "up to £40k a year", "money", 4e4, NAN, 4e4, True,
     "GBP per year"),
    ("The project will cost an estimated 2.5 billion euros.", "2.5 billion euros", "money", 2.5e9, 2.5e9, 2.5e9, True, "EUR"),
    ("A loaf now costs 50 cents more.", "50 cents", "money", 50, 50, 50, False, "cents"),
    ("First-class stamps rose by 5p this year.", "5p", "money", 5, 5, 5, False, "pence"),
    ("The toll was cut from AUD $3.37 on Monday.", "AUD $3.37", "money", 3.37, 3.37, 3.37, False, "AUD"),
    # percentages
    ("Vaccination covered only about 31 percent of Samoans.", "about 31 percent", "percent", 31, 31, 31, True, "percent"),
    ("Inflation was 2.1 per cent in March, the ONS said.", "2.1 per cent", "percent", 2.1, 2.1, 2.1, False, "percent"),
    ("Prices rose 20-30% in the capital.", "20-30%", "percent", NAN, 20, 30, False, "percent"),
    ("She cut the growth forecast to 0 – 1%.", "0 – 1%", "percent", NAN, 0, 1, False, "percent"),
    ("Turnout rose 2.5 percentage points to 45 per cent.", "2.5 percentage points", "percent", 2.5, 2.5, 2.5, False,
     "percentage points"),
    ("A president can be removed if two-thirds of the senators vote for it.", "two-thirds", "percent", 66.67, 66.67,
     66.67, False, "percent"),
    ("He served half his sentence in a high-security prison.", "half", "percent", 50, 50, 50, False, "percent"),
    ("Violence had fallen by half since July.", "half", "percent", 50, 50, 50, False, "percent"),
    ("A quarter of respondents opposed the plan.", "A quarter", "percent", 25, 25, 25, False, "percent"),
    ("Nearly 40% of households have no savings.", "Nearly 40%", "percent", 40, 40, 40, True, "percent"),
    # counts
    ("North Korea admitted it had kidnapped 13 Japanese in the 1970s.", "13", "count", 13, 13, 13, False, "people"),
    ("Police said 1,200 runners took part.", "1,200", "count", 1200, 1200, 1200, False, "people"),
    ("The upper house debate involved 102 amendments.", "102", "count", 102, 102, 102, False, "amendments"),
    ("The storm killed at least 14 people, officials said.", "at least 14", "count", 14, 14, NAN, True, "people"),
    ("Fewer than two hundred showed up at the gates.", "Fewer than two hundred", "count", 200, NAN, 200, True, ""),
    ("Over a thousand were reported to have reached the town.", "Over a thousand", "count", 1000, 1000, NAN, True, ""),
    ("An additional million-and-a-half expressed interest.", "million-and-a-half", "count", 1.5e6, 1.5e6, 1.5e6, False, ""),
    ("The band played before a crowd of a hundred thousand in Hyde Park.", "a hundred thousand", "count", 1e5, 1e5, 1e5,
     False, ""),
    ("In the end, an estimated one-to-two hundred people showed up.", "one-to-two hundred", "count", NAN, 100, 200, True,
     "people"),
    ("Around fifty people live in the desert town.", "Around fifty", "count", 50, 50, 50, True, "people"),
    ("Officials said twenty-five people were rescued.", "twenty-five", "count", 25, 25, 25, False, "people"),
    ("A dozen protesters were detained overnight.", "A dozen", "count", 12, 12, 12, False, "people"),
    ("Millions of people were expected to watch.", "Millions", "count", NAN, 1e6, 1e7, True, "people"),
    ("The virus has infected tens of thousands.", "tens of thousands", "count", NAN, 1e4, 1e5, True, ""),
    ("Thousands of people gathered outside Congress.", "Thousands", "count", NAN, 1e3, 1e4, True, "people"),
    ("Dozens were arrested after the match.", "Dozens", "count", NAN, 24, 100, True, ""),
    ("On Saturday, a few hundred people attended the party.", "a few hundred", "count", NAN, 200, 500, True, "people"),
    ("The Ministry has vaccinated 58,150 individuals.", "58,150", "count", 58150, 58150, 58150, False, "people"),
    ("Over 4,200 of the island's residents were infected.", "Over 4,200", "count", 4200, 4200, NAN, True, ""),
    ("The measles outbreak infected roughly 200,0000 residents.", "roughly 200,0000", "count", 2e6, 2e6, 2e6, True,
     "people"),
    ("Some 300 people were evacuated from the building.", "Some 300", "count", 300, 300, 300, True, "people"),
    ("Ten or so fans waited at the gate.", "Ten or so", "count", 10, 10, 10, True, "people"),
    ("Ninety two percent, or 12 096 visas, were granted offshore.", "12 096", "count", 12096, 12096, 12096, False,
     "visas"),
    ("Two of the suspects were German citizens and one was a Turkish resident.", "one", "count", 1, 1, 1, False, ""),
    ("The attack killed 19 people and injured one, police said.", "one", "count", 1, 1, 1, False, ""),
    ("Shares closed at 7,162.90 on Friday.", "7,162.90", "count", 7162.9, 7162.9, 7162.9, False, ""),
    ("ExxonMobil and Chevron fell by 1.5 and 3 percent, respectively.", "1.5", "percent", 1.5, 1.5, 1.5, False,
     "percent"),
    ("The minority government was defeated 171-133 in a historic vote.", "133", "count", 133, 133, 133, False, "votes"),
    ("Cream recorded four albums before splitting up.", "four", "count", 4, 4, 4, False, "albums"),
    ("Blind Faith recorded only one studio album.", "one", "count", 1, 1, 1, False, "albums"),
    ("Reuters estimated around 200 people attended the event.", "around 200", "count", 200, 200, 200, True, "people"),
    # quantities
    ("The 2000 km long pipeline will connect the fields.", "2000 km", "quantity", 2000, 2000, 2000, False, "km"),
    ("He chased the attacker with a five-foot narwhal tusk.", "five-foot", "quantity", 5, 5, 5, False, "feet"),
    ("The tusk measured one and two thirds meters.", "one and two thirds meters", "quantity", 1.67, 1.67, 1.67, False,
     "m"),
    ("The planned pipeline capacity is 10 billion cubic meters per year.", "10 billion cubic meters per year",
     "quantity", 1e10, 1e10, 1e10, False, "cubic meters per year"),
    ("The 1000 megawatt cable links three grids.", "1000 megawatt", "quantity", 1000, 1000, 1000, False, "MW"),
    ("Temperatures hit 38.5C on Tuesday.", "38.5C", "quantity", 38.5, 38.5, 38.5, False, "°C"),
    ("The cartel will cut output by 500,000 barrels a day.", "500,000 barrels a day", "quantity", 5e5, 5e5, 5e5, False,
     "barrels per day"),
    ("Rescuers found 3.5kg of cocaine in the boot.", "3.5kg", "quantity", 3.5, 3.5, 3.5, False, "kg"),
    ("The aid request is for 500,000 tonnes of fertiliser.", "500,000 tonnes", "quantity", 5e5, 5e5, 5e5, False,
     "tonnes"),
    # ages
    ("Harry Dunn, a 19-year-old motorcyclist, was struck by a car.", "19-year-old", "age", 19, 19, 19, False, "years"),
    ("Roberts is about 20 years old and from Bakersfield.", "about 20 years old", "age", 20, 20, 20, True, "years"),
    ("One of the men was James Ford, 42, a convicted murderer.", "42", "age", 42, 42, 42, False, "years"),
    ("The drummer died in hospital at the age of 80.", "80", "age", 80, 80, 80, False, "years"),
    ("He was imprisoned when he was 18 and served three years.", "18", "age", 18, 18, 18, False, "years"),
    ("The suspect, aged 34, was arrested at his home in Leeds.", "34", "age", 34, 34, 34, False, "years"),
    ("Boseman was 43 years old.", "43 years old", "age", 43, 43, 43, False, "years"),
    # durations
    ("He had been released a year ago on licence.", "a year", "duration", 1, 1, 1, False, "years"),
    ("It had been at least a year in development.", "at least a year", "duration", 1, 1, NAN, True, "years"),
    ("The government began a two-day shutdown on Thursday.", "two-day", "duration", 2, 2, 2, False, "days"),
    ("He served eight years of a sixteen-year sentence.", "sixteen-year", "duration", 16, 16, 16, False, "years"),
    ("The disease was first recognized about two months ago.", "about two months", "duration", 2, 2, 2, True,
     "months"),
    ("We're a forty or fifty minute team at the moment.", "forty or fifty minute", "duration", NAN, 40, 50, True,
     "minutes"),
    ("Another 198 cases were recorded in the last 24 hours.", "24 hours", "duration", 24, 24, 24, False, "hours"),
    ("He was jailed for two and a half years at Leeds Crown Court.", "two and a half years", "duration", 2.5, 2.5, 2.5,
     False, "years"),
    # scores (split per side)
    ("Caloundra defeated Wynnum 45 points to 24 in their Round 4 match.", "45 points", "score", 45, 45, 45, False,
     "points"),
    ("Caloundra defeated Wynnum 45 points to 24 in their Round 4 match.", "24", "score", 24, 24, 24, False, "points"),
    ("Maroochydore defeated Caboolture 43–5 on Saturday.", "43", "score", 43, 43, 43, False, "points"),
    ("Maroochydore defeated Caboolture 43–5 on Saturday.", "5", "score", 5, 5, 5, False, "points"),
    ("They went into the break down by only two points.", "two points", "score", 2, 2, 2, False, "points"),
    # market and misc. forms
    ("The Dow Jones Industrial Average fell 500 points, or 1.8%, on Monday.", "500 points", "quantity", 500, 500, 500,
     False, "points"),
    ("Apple sold 10m iPhones in the quarter.", "10m", "count", 1e7, 1e7, 1e7, False, ""),
    ("Revenue rose to $2.3bn, up 12pc on the year.", "12pc", "percent", 12, 12, 12, False, "percent"),
    ("A 7.1-magnitude earthquake struck off the coast.", "7.1-magnitude", "quantity", 7.1, 7.1, 7.1, False, "magnitude"),
    ("Temperatures dropped to minus 15 degrees Celsius overnight.", "minus 15 degrees Celsius", "quantity", -15, -15,
     -15, False, "°C"),
    ("Emissions fell by a fifth over the decade.", "a fifth", "percent", 20, 20, 20, False, "percent"),
    ("The hearing lasted half an hour.", "half an hour", "duration", 0.5, 0.5, 0.5, False, "hours"),
    ("One person died and 12 were injured in the crash.", "One", "count", 1, 1, 1, False, "people"),
    ("The court's 7 judges unanimously affirmed the result.", "7", "count", 7, 7, 7, False, "judges"),
    ("The rate is expected to rise to between 8.5% and 8.8%.", "8.5% and 8.8%", "percent", NAN, 8.5, 8.8, False,
     "percent"),
    ("Walesa, 62, is boycotting the ceremony.", "62", "age", 62, 62, 62, False, "years"),
    ("The Supreme Court ruled 5-4 in the case.", "5", "count", 5, 5, 5, False, "votes"),
    ("Federer won 6-4 in the first set.", "6", "score", 6, 6, 6, False, "points"),
    ("The actor died at age 80 in Los Angeles.", "80", "age", 80, 80, 80, False, "years"),
    ("The captors threaten to kill Marie-Jeanne Ion (32), a reporter.", "32", "age", 32, 32, 32, False, "years"),
    # ratios
    ("One out of every thousand children who contract measles develops encephalitis.", "One out of every thousand",
     "other", 0.001, 0.001, 0.001, False, "ratio"),
    ("One in five children lives in poverty.", "One in five", "other", 0.2, 0.2, 0.2, False, "ratio"),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "value", "low", "high", "approximate", "unit"), CASES)
def test_figures_sentence(nlp, sentence, span, kind, value, low, high, approximate, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == kind
    assert _same(fig["value"], value), fig["value"]
    assert _same(fig["low"], low), fig["low"]
    assert _same(fig["high"], high), fig["high"]
    assert bool(fig["approximate"]) is approximate
    if unit:
        assert fig["unit"] == unit


NOT_FIGURES = [
    "The summits are planned for April 27 and May, respectively.",
    "The meeting was held on 5 May 2018 in Geneva.",
    "North Korea admitted in 2002 it had kidnapped citizens in the 1970s and 1980s.",
    "The page was published at 1:30pm and updated at 8:43pm.",
    "The train leaves at 2 p.m. and arrives at 14:00.",
    "The attack began at 1930 UTC.",
    "He finished seventh in round 3 of the 21st edition.",
    "The WHO named the disease COVID-19, caused by SARS-CoV-2.",
    "A Boeing 737 landed near Area 51 during the H1N1 scare.",
    "The G7 leaders met after the Volvo XC90 recall.",
    "He lives at 10 Downing Street.",
    "Call 020 7946 0958 for details.",
    "One of the men was arrested, and one of them was questionable.",
    "That one was an economic one, and the one where he fell was worse.",
    "Several people and a few cars were seen, but a number of residents stayed.",
    "No one was hurt in the blaze.",
    "The bill was passed in Round 4 of the 2019-20 season.",
    "He starred in the film \"42\" in the early 60's.",
    "Japanese citizens were abducted by agents decades ago.",
    "The game went into the 22 in the last minutes.",
    "It was the first time in years.",
    "Visit https://example.com/2019/05/report-123 for more.",
    "The meeting took place on Oct. 19, 2009, in Ottawa.",
    "You cannot go to a 7-Eleven without hearing it.",
    "Ryan Schneider of Capital One Financial Corporation testified.",
    "Riots broke out in Camp Four on Sunday.",
    "Police kept the road closed until 2130 (230 GMT).",
    "The Standard and Poor's 500 index gained on the news.",
    "One user submitted a pull request on Friday.",
    "In a story he sometimes told, he sat behind a kit on one occasion.",
    "Berlusconi's coalition won the election of April 9-10, defeating the government.",
    "Mega Millions officials announced the draw.",
    "They are facing a third year of misery.",
    "Call (555) 123-4567 or 212-555-0199 for tickets.",
    "A man in his 40s was held for questioning.",
    "The summit runs in Ottawa from September 21 to 23.",
    "The victims were taken one by one from their cars.",
    "The new constitution replaces the 1991 one.",
    "BBC Radio 4's Today, The World at One and Five Live were cut.",
    "His half-brother played half back for the club.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_figures_not_figures(nlp, sentence):
    df = _figures(nlp, sentence)
    assert df.empty, df[["text", "kind"]].values.tolist()


def test_figures_counts_and_reference(nlp):
    text = ("North Korea admitted in 2002 it had kidnapped 13 Japanese in the 1970s and 1980s to train spies, "
            "and five of them returned to Japan. Tokyo suspects that hundreds more may have been taken.")
    df = _figures(nlp, text)
    assert df["text"].tolist() == ["13", "five", "hundreds"]
    assert df["counts"].tolist() == ["Japanese", "Japanese", "Japanese"]
    assert df["unit"].tolist() == ["people", "people", "people"]
    hundreds = df.iloc[2]
    assert math.isnan(hundreds["value"]) and hundreds["low"] == 100 and hundreds["high"] == 1000
    assert bool(hundreds["approximate"])


@pytest.mark.parametrize(("sentence", "span", "counts"), [
    ("North Korea hopes to get US$20 billion to US$50 billion in aid from Japan.", "US$20 billion to US$50 billion", "aid"),
    ("Coverage had risen to 55 percent by Thursday.", "55 percent", "Coverage"),
    ("By Saturday, two of Khan's victims had died.", "two", "victims"),
    ("The Blankenship-Mohr ticket is on the ballot in 18 states.", "18", "states"),
    ("Egypt ordered the killing of over 300,000 pigs.", "over 300,000", "pigs"),
])
def test_figures_counts(nlp, sentence, span, counts):
    assert _one(_figures(nlp, sentence), span)["counts"] == counts


def test_figures_schema_and_offsets(nlp):
    text = "About 3,000 people marched; police said between 5,000 and 10,000 attended, and dozens were arrested."
    df = _figures(nlp, text)
    assert tuple(df.columns) == COLUMNS
    for row in df.itertuples():
        assert text[row.start_char:row.end_char] == row.text
    assert df["figure_id"].tolist() == list(range(len(df)))
    assert df["start_char"].is_monotonic_increasing
    assert str(df["kind"].dtype) == "category"
    assert df["quote_id"].isna().all() and df["attributed_to"].isna().all()
    assert METHOD.startswith("figures.")


def test_figures_empty(nlp):
    df = _figures(nlp, "Nothing to count here.")
    assert df.empty and tuple(df.columns) == COLUMNS


def test_figures_quote_attribution(nlp):
    text = 'Police said "13 people were hurt" on Monday, and 40 more were treated.'
    quotes = pd.DataFrame({
        "quote_id": [0], "start_char": [text.index("13")], "end_char": [text.index(" were hurt") + 10],
        "speaker": ["Police"], "speaker_canonical": [""],
    })
    df = extract_figures(nlp(text), quotes=quotes)
    assert df["quote_id"].tolist()[0] == 0 and df["attributed_to"].tolist()[0] == "Police"
    assert pd.isna(df["quote_id"].tolist()[1])


def test_figures_deterministic(nlp):
    doc = nlp("Over 4,200 people were infected and at least 62 died, including 54 small children.")
    pd.testing.assert_frame_equal(extract_figures(doc), extract_figures(doc))


def test_figures_input_not_mutated(nlp):
    doc = nlp("Over 4,200 people were infected.")
    quotes = pd.DataFrame({"quote_id": [0], "start_char": [0], "end_char": [10], "speaker": ["x"], "speaker_canonical": ["y"]})
    before = quotes.copy()
    extract_figures(doc, quotes=quotes)
    pd.testing.assert_frame_equal(quotes, before)


@pytest.mark.parametrize(("text", "value"), [
    ("twenty-five", 25), ("one hundred and fifty", 150), ("a hundred thousand", 1e5), ("two and a half million", 2.5e6),
    ("million-and-a-half", 1.5e6), ("2.4 million", 2.4e6), ("350 thousand", 3.5e5), ("5bn", 5e9), ("half a million", 5e5),
    ("two dozen", 24),
])
def test_figures_parse_number(text, value):
    num = parse_number(lex(text), 0)
    assert num is not None and abs(num.value - value) < 1e-6


@pytest.mark.parametrize(("text", "low", "high"), [
    ("hundreds", 100, 1000), ("tens of thousands", 1e4, 1e5), ("a few hundred", 200, 500), ("dozens", 24, 100),
    ("tens of millions", 1e7, 1e8),
])
def test_figures_parse_vague(text, low, high):
    assert parse_vague(lex(text), 0)[:2] == (low, high)


@pytest.mark.xfail(strict=True, reason="a subject 'half' with no 'of'/determiner after it is not read as a share")
def test_figures_half_as_subject(nlp):
    assert not _figures(nlp, "Half said they were unsure.").empty


def test_figures_seed(seed_tables):
    """The seed article: the four quantity figures right, no date or clock time."""
    figs = seed_tables.figures
    assert figs["text"].tolist() == ["US$20 billion to US$50 billion", "13", "five", "hundreds"]
    money = figs.iloc[0]
    assert money["kind"] == "money" and money["currency"] == "USD" and money["counts"] == "aid"
    assert math.isnan(money["value"]) and money["low"] == 2e10 and money["high"] == 5e10
    assert figs.iloc[1]["counts"] == "Japanese" and figs.iloc[1]["value"] == 13
    assert figs.iloc[2]["counts"] == "Japanese" and figs.iloc[2]["value"] == 5
    hundreds = figs.iloc[3]
    assert hundreds["low"] == 100 and hundreds["high"] == 1000 and bool(hundreds["approximate"])
    for bad in ("2002", "April 27", "1:30pm", "1970s", "2011"):
        assert not figs["text"].str.contains(bad, regex=False).any()


# 'from X to Y' / 'X to Y' / 'by X to Y' after a verb or noun of change: the old value (or the change) and the
# new value, two figures (text, value, unit); not a range.
CHANGE_PAIRS = [
    ("The Bank of England raised UK interest rates from 5% to 5.25%, the highest in 15 years.",
     [("5%", 5, "percent"), ("5.25%", 5.25, "percent")]),
    ("The IMF cut its forecast from $2bn to $1.5bn on Tuesday.",
     [("$2bn", 2e9, "USD"), ("$1.5bn", 1.5e9, "USD")]),
    ("Weekly deaths fell from 120 to 95, the health ministry said.", [("120", 120, ""), ("95", 95, "")]),
    ("Unemployment rose from 5 to 5.5 per cent in the three months to March.",
     [("5", 5, "percent"), ("5.5 per cent", 5.5, "percent")]),
    ("The council approved a rise in bus fares from £2 to £2.50.", [("£2", 2, "GBP"), ("£2.50", 2.5, "GBP")]),
    ("The Fed lowered its benchmark rate from 2.5 percent to 2.25 percent on Wednesday.",
     [("2.5 percent", 2.5, "percent"), ("2.25 percent", 2.25, "percent")]),
    ("The population of the city climbed from 20 to 30 million over two decades.",
     [("20", 2e7, ""), ("30 million", 3e7, "")]),
    ("Prices fell $3.28 to $67.57 a barrel on Friday.", [("$3.28", 3.28, "USD per barrel"), ("$67.57 a barrel", 67.57, "USD per barrel")]),
    ("The average retail price for regular gasoline decreased by 0.2 cent to 261.0 cents per gallon.",
     [("0.2 cent", 0.2, "cents"), ("261.0 cents per gallon", 261.0, "cents per gallon")]),
    ("Brent crude was down $1.15 to $66.57 a barrel.", [("$1.15", 1.15, "USD per barrel"), ("$66.57 a barrel", 66.57, "USD per barrel")]),
    ("Interest rates rose sharply, from 5% to 6%, in the spring.", [("5%", 5, "percent"), ("6%", 6, "percent")]),
    ("The bank's shares have dropped by a further 4% to 310p since the results.",
     [("4%", 4, "percent"), ("310p", 310, "pence")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGE_PAIRS)
def test_figures_change_is_two_figures(nlp, sentence, expected):
    df = _figures(nlp, sentence)
    for span, value, unit in expected:
        fig = _one(df, span)
        assert _same(fig["value"], value), (span, fig["value"])
        assert _same(fig["low"], value) and _same(fig["high"], value)
        if unit:
            assert fig["unit"] == unit


# A span of estimates or a spread stays one range (span, low, high).
RANGES_KEPT = [
    ("Estimates of the damage ranged from $5 billion to $10 billion.", "$5 billion to $10 billion", 5e9, 1e10),
    ("Officials said repairs would cost anywhere from $20 million to $50 million.", "$20 million to $50 million",
     2e7, 5e7),
    ("The damage was estimated at from 3 to 5 billion dollars.", "3 to 5 billion dollars", 3e9, 5e9),
    ("North Korea hopes to get US$20 billion to US$50 billion in aid from Japan.", "US$20 billion to US$50 billion",
     2e10, 5e10),
    ("Japan could offer aid of US$20 billion to US$50 billion, the Asahi reported.", "US$20 billion to US$50 billion",
     2e10, 5e10),
    ("The rate is expected to rise to between 8.5% and 8.8%.", "8.5% and 8.8%", 8.5, 8.8),
    ("Children aged from 5 to 12 can enter free.", "5 to 12", 5, 12),
    ("Sentences for the offence vary from two to five years.", "two to five years", 2, 5),
    ("The plan, which cuts costs, runs from 2 to 5 years.", "2 to 5 years", 2, 5),
    ("Offenders face from five to ten years in prison.", "five to ten years", 5, 10),
]


@pytest.mark.parametrize(("sentence", "span", "low", "high"), RANGES_KEPT)
def test_figures_range_kept(nlp, sentence, span, low, high):
    fig = _one(_figures(nlp, sentence), span)
    assert math.isnan(fig["value"]) and _same(fig["low"], low) and _same(fig["high"], high)


# Bounds written as verbs or prepositions (sentence, span, low, high): the verbs stay out of the span.
BOUNDS = [
    ("It has a current account deficit exceeding 6 percent of GDP.", "6 percent", 6, NAN),
    ("Annual sales topped $5 billion for the first time.", "$5 billion", 5e9, NAN),
    ("The death toll has surpassed 1,000, officials said.", "1,000", 1000, NAN),
    ("Losses exceeded £300m in the first half.", "£300m", 3e8, NAN),
    ("Temperatures rose above 40C in Seville.", "above 40C", 40, NAN),
    ("Inflation has stayed below 2 per cent since 2015.", "below 2 per cent", NAN, 2),
    ("The offer fell well short of 3 per cent.", "short of 3 per cent", NAN, 3),
    ("Turnout was under 30% in most districts.", "under 30%", NAN, 30),
    ("The storm could bring up to 20 inches of rain.", "up to 20 inches", NAN, 20),
    ("Gas prices have shot up to over $ 3.50 per gallon.", "over $ 3.50 per gallon", 3.5, NAN),
    ("Crowds of more than 10,000 gathered beyond the barriers.", "more than 10,000", 1e4, NAN),
]


@pytest.mark.parametrize(("sentence", "span", "low", "high"), BOUNDS)
def test_figures_bounds(nlp, sentence, span, low, high):
    fig = _one(_figures(nlp, sentence), span)
    assert _same(fig["low"], low) and _same(fig["high"], high)
    assert bool(fig["approximate"])


def test_figures_target_is_not_a_bound(nlp):
    fig = _one(_figures(nlp, "The goal for the two-day campaign was to exceed 90 percent."), "90 percent")
    assert fig["low"] == 90 and fig["high"] == 90 and not bool(fig["approximate"])


# Prices per unit and cents/pence (sentence, span, value, unit, currency).
PRICES = [
    ("The price of U.S. crude oil rose to a record high $70.85 a barrel.", "$70.85 a barrel", 70.85,
     "USD per barrel", "USD"),
    ("Petrol now costs €2 a litre in Paris.", "€2 a litre", 2, "EUR per litre", "EUR"),
    ("Care workers earn $15 an hour in the state.", "$15 an hour", 15, "USD per hour", "USD"),
    ("Wheat traded at A$350 per tonne.", "A$350 per tonne", 350, "AUD per tonne", "AUD"),
    ("The rice sells for 40 rupees a kilo.", "40 rupees a kilo", 40, "INR per kg", "INR"),
    ("Gold rose to $1,950/oz on Monday.", "$1,950/oz", 1950, "USD per oz", "USD"),
    ("The offer values the company at 250p a share.", "250p a share", 250, "pence per share", "GBP"),
    ("Gas averaged $3.10 a gallon last week, then fell 4 cents a gallon.", "4 cents a gallon", 4,
     "US cents per gallon", "USD"),
    ("The toll costs 80 euro cents per trip.", "80 euro cents per trip", 80, "euro cents per trip", "EUR"),
    ("Energean won $1 billion a year ago.", "$1 billion", 1e9, "USD", "USD"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "unit", "currency"), PRICES)
def test_figures_prices_per_unit(nlp, sentence, span, value, unit, currency):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == "money" and _same(fig["value"], value)
    assert fig["unit"] == unit and fig["currency"] == currency


@pytest.mark.parametrize("sentence", [
    "The state is blocked from expending any money, also by VIII, II, 2.",
    "Under Article 5, section 2, paragraph 3 of the treaty, members must consult.",
    "The judge cited clause 4(b) and Rule 12 of the code.",
    "Sections 3, 4 and 5 of the act were struck down.",
    "The complaint relies on Article 6(1) of the Convention.",
    "Subsection 7 of Schedule 2 sets the fee.",
])
def test_figures_references_not_figures(nlp, sentence):
    df = _figures(nlp, sentence)
    assert df.empty, df[["text", "kind"]].values.tolist()


def test_figures_roman_numeral_name_then_count(nlp):
    df = _figures(nlp, "After World War II, 5 million people emigrated.")
    assert df["text"].tolist() == ["5 million"]


# Number forms seen in wire and non-native copy (sentence, span, value, unit).
FORMS = [
    ("The cartel obtained 35,5% of votes in Antwerp, 15,5% more than in 2000.", "35,5%", 35.5, "percent"),
    ("Turnout reached 62,25 % according to the electoral commission.", "62,25 %", 62.25, "percent"),
    ("The conflict has driven more than 2 millions from their homes.", "more than 2 millions", 2e6, ""),
    ("The state lost 3 billions of euros in tax revenue.", "3 billions of euros", 3e9, "EUR"),
    ("Papineau has an average annual household income of CAN $34,380.", "CAN $34,380", 34380, "CAD"),
    ("Stephen Harper announced CAN$200 million for the cleanup.", "CAN$200 million", 2e8, "CAD"),
    ("The judge was accused of taking a US $ 224,000 bribe.", "US $ 224,000", 224000, "USD"),
    ("A $5 fee applies to every booking.", "$5", 5, "USD"),
    ("The club paid 1,250,000 for the striker.", "1,250,000", 1.25e6, ""),
]


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), FORMS)
def test_figures_number_forms(nlp, sentence, span, value, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert _same(fig["value"], value)
    if unit:
        assert fig["unit"] == unit


def test_figures_up_to_range_is_no_change(nlp):
    fig = _one(_figures(nlp, "Two gunmen came up to 15 to 20 people standing outside the store."), "15 to 20")
    assert fig["low"] == 15 and fig["high"] == 20


# More forms from wire, business and local copy (sentence, span, kind, low, high, unit, currency).
MORE = [
    ("The rise was weaker than the 0.3%–0.4% predicted by economists.", "0.3%–0.4%", "percent", 0.3, 0.4, "percent", ""),
    ("Flights cost between NZ$ 100-$282, against $158-$170 by coach.", "NZ$ 100-$282", "money", 100, 282, "NZD", "NZD"),
    ("The government will spend AUD $116.6 million; NetAlert gets an extra $5 million.", "$5 million", "money", 5e6,
     5e6, "AUD", "AUD"),
    ("The fund lost 20 million Australian dollars, and a further $3 million in May.", "$3 million", "money", 3e6, 3e6,
     "AUD", "AUD"),
    ("The loan was worth US$5 million; fees added $200,000.", "$200,000", "money", 2e5, 2e5, "USD", "USD"),
    ("Gas and electricity bills will rise by eighteen and sixteen per cent, respectively.", "eighteen", "percent", 18,
     18, "percent", ""),
    ("The club now has 40-plus members.", "40-plus", "count", 40, NAN, "", ""),
    ("The crowd of 5,000 plus was the largest yet.", "5,000 plus", "count", 5000, NAN, "", ""),
    ("Legal costs were 5 cents per share plus tax benefits of 9 cents per share.", "5 cents per share", "money", 5, 5,
     "cents per share", ""),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "low", "high", "unit", "currency"), MORE)
def test_figures_more_forms(nlp, sentence, span, kind, low, high, unit, currency):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == kind and _same(fig["low"], low) and _same(fig["high"], high)
    if unit:
        assert fig["unit"] == unit
    if currency:
        assert fig["currency"] == currency


@pytest.mark.parametrize("sentence", [
    "Microsoft Corporation (NASDAQ: MSFT, HKSE: 4338) announced the buyback.",
    "Shares of Toyota (TSE: 7203) rose on the news.",
])
def test_figures_stock_codes_not_figures(nlp, sentence):
    df = _figures(nlp, sentence)
    assert df.empty, df[["text", "kind"]].values.tolist()


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("The president described a two-pronged strategy for the border.", "two", ""),
    ("Troops faced the 50,000-strong government push into the north.", "50,000", ""),
    ("A 12-member panel will review the bids.", "12", "members"),
])
def test_figures_hyphen_adjectives_name_no_unit(nlp, sentence, span, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["unit"] != "prongeds" and fig["unit"] != "strongs"
    if unit:
        assert fig["unit"] == unit


@pytest.mark.parametrize("sentence", [
    "The anthem has been wordless since its conception in 1761.",
    "The abbey was founded in 1132 by Cistercian monks.",
    "The town was a port until 1650, when the river silted up.",
])
def test_figures_early_years_not_figures(nlp, sentence):
    df = _figures(nlp, sentence)
    assert df.empty, df[["text", "kind"]].values.tolist()


def test_figures_early_year_prepositions_keep_counts(nlp):
    df = _figures(nlp, "The convoy of 1200 soldiers arrived in 1400 trucks.")
    assert df["text"].tolist() == ["1200", "1400"]


@pytest.mark.parametrize(("sentence", "span", "low", "high"), [
    ("The survey questioned 444 children aged nine to 16.", "nine to 16", 9, 16),
    ("Volunteers aged 18-25 can apply for the scheme.", "18-25", 18, 25),
])
def test_figures_age_ranges(nlp, sentence, span, low, high):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == "age" and fig["low"] == low and fig["high"] == high


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("The work will require about a half-dozen men working in shifts.", "about a half-dozen", 6, "people"),
    ("Half a dozen were hurt and a half dozen others fled.", "Half a dozen", 6, ""),
])
def test_figures_half_dozen(nlp, sentence, span, value, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == "count" and fig["value"] == value
    if unit:
        assert fig["unit"] == unit


@pytest.mark.parametrize("sentence", [
    "Under sections 895 to 899 of the Companies Act, members vote.",
    "The rules are set out on pages 10-12 of the report.",
    "Ryanair ordered more jets from the Boeing 737-800 family.",
    "2011 trade between the countries was small.",
])
def test_figures_label_ranges_models_and_years(nlp, sentence):
    df = _figures(nlp, sentence)
    assert df.empty, df[["text", "kind"]].values.tolist()


@pytest.mark.parametrize(("sentence", "span", "low", "high", "kind"), [
    ("The penalty is ten years in gaol for growing 5-49 hydroponic plants.", "5-49", 5, 49, "count"),
    ("A national survey found 87% of women aged 18 to 49 support the change.", "18 to 49", 18, 49, "age"),
    ("Around half of all children aged from 8 to 17 have a profile.", "8 to 17", 8, 17, "age"),
])
def test_figures_rising_pairs_are_ranges(nlp, sentence, span, low, high, kind):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == kind and fig["low"] == low and fig["high"] == high


@pytest.mark.parametrize(("sentence", "span", "kind", "value", "unit"), [
    ("The service lets the public see 360° images of streets.", "360°", "quantity", 360, "degrees"),
    ("The campaign delivered 108 dozen roses to the reporter.", "108 dozen", "count", 1296, "roses"),
    ("The temperature hit 40°C in the shade.", "40°C", "quantity", 40, "°C"),
])
def test_figures_degrees_and_dozens(nlp, sentence, span, kind, value, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == kind and fig["value"] == value and fig["unit"] == unit


def test_figures_clock_times_between(nlp):
    df = _figures(nlp, "The four bombs exploded between 1100 (1000 GMT) and 1400.")
    assert df["text"].tolist() == ["four"]
    df = _figures(nlp, "Between 1100 and 1400 soldiers were deployed.")
    assert df["text"].tolist() == ["1100 and 1400"]


def test_figures_cents_before_the_first_amount(nlp):
    df = _figures(nlp, "The federal minimum wage increased Thursday by 70 cents from US$ 5.85 to $6.55.")
    fig = _one(df, "70 cents")
    assert fig["value"] == 70 and fig["unit"] == "US cents" and fig["currency"] == "USD"


@pytest.mark.parametrize(("sentence", "span", "counts"), [
    ("Queensland will increase its entitlement from 29 to 30 seats.", "29", "seats"),
    ("The number of deaths fell from 120 to 95 patients a week.", "120", "patients a week"),
])
def test_figures_old_value_counts_like_new(nlp, sentence, span, counts):
    assert _one(_figures(nlp, sentence), span)["counts"] == counts


@pytest.mark.parametrize(("sentence", "span", "unit", "counts"), [
    ("Police say a 2,000-strong suicide squad was formed.", "2,000", "people", "suicide squad"),
    ("The number of hungry people rose by 75 million last year to 925 million.", "75 million", "people", "people"),
])
def test_figures_counts_strong_and_dates(nlp, sentence, span, unit, counts):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["unit"] == unit and fig["counts"] == counts


def test_figures_time_zone_offset_not_a_figure(nlp):
    assert _figures(nlp, "Troops must withdraw starting at 00:00 (UTC+3) on Monday.").empty


@pytest.mark.parametrize(("sentence", "span", "value", "low", "high", "unit"), [
    ("Most of the seals were less than 6 weeks old.", "less than 6 weeks old", 6, NAN, 6, "weeks"),
    ("The 3-month-old boy was rescued from the rubble.", "3-month-old", 3, 3, 3, "months"),
    ("The puppies are ten days old, the shelter said.", "ten days old", 10, 10, 10, "days"),
])
def test_figures_ages_in_other_units(nlp, sentence, span, value, low, high, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == "age" and fig["unit"] == unit
    assert _same(fig["value"], value) and _same(fig["low"], low) and _same(fig["high"], high)


def test_figures_partitive_after_a_name_is_no_age(nlp):
    fig = _one(_figures(nlp, "Of the 30 stocks in the Dow Jones Industrials, 29 of them closed down."), "29")
    assert fig["kind"] == "count"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Long-term unemployment kept growing, rising by 293,000 to 5.9 million.",
     [("293,000", 293000, 293000), ("5.9 million", 5.9e6, 5.9e6)]),
    ("Between 500,000 and 1.5 million people fled the fighting.", [("500,000 and 1.5 million", 5e5, 1.5e6)]),
    ("Between 500 and 1.5 million people fled the fighting.", [("500 and 1.5 million", 500, 1.5e6)]),
    ("Officials expect 20 to 30 million visitors.", [("20 to 30 million", 2e7, 3e7)]),
])
def test_figures_shared_scale_only_for_small_first_amounts(nlp, sentence, expected):
    df = _figures(nlp, sentence)
    for span, low, high in expected:
        fig = _one(df, span)
        assert _same(fig["low"], low) and _same(fig["high"], high)


@pytest.mark.parametrize(("sentence", "span", "low", "high"), [
    ("Simple tasks are done for as little as $100.", "as little as $100", 100, NAN),
    ("As few as 30 people turned up.", "As few as 30", 30, NAN),
    ("Waves as high as 10 metres hit the coast.", "as high as 10 metres", NAN, 10),
])
def test_figures_as_little_as(nlp, sentence, span, low, high):
    fig = _one(_figures(nlp, sentence), span)
    assert _same(fig["low"], low) and _same(fig["high"], high) and bool(fig["approximate"])


@pytest.mark.parametrize(("sentence", "span", "kind", "currency"), [
    ("Chrysler asked for an extra US$ 5 billion in aid on top of the four billion it has already received.",
     "four billion", "money", "USD"),
    ("Costs could top two billion dollars in 2010, and possibly reach as much as ten billion in total.",
     "as much as ten billion", "money", "USD"),
    ("The £5bn plan will vaccinate 2 million children.", "2 million", "count", ""),
    ("The firm earned $5bn; 2 million were hired.", "2 million", "count", ""),
])
def test_figures_money_ellipsis(nlp, sentence, span, kind, currency):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == kind
    if currency:
        assert fig["currency"] == currency


@pytest.mark.parametrize(("sentence", "sides"), [
    ("The bill was defeated 48 to 49 and did not receive the minimum.", ["48", "49"]),
    ("The proposal was passed by a 90 to 9 vote in the Senate.", ["90", "9"]),
    ("The council voted 7 to 2 in favour of the plan.", ["7", "2"]),
])
def test_figures_vote_tallies_with_to(nlp, sentence, sides):
    df = _figures(nlp, sentence)
    for side in sides:
        fig = _one(df, side)
        assert fig["kind"] == "count" and fig["unit"] == "votes"


def test_figures_to_range_before_a_noun_in_a_court(nlp):
    fig = _one(_figures(nlp, "The court heard 20 to 30 witnesses over the week."), "20 to 30")
    assert fig["low"] == 20 and fig["high"] == 30


@pytest.mark.parametrize(("sentence", "span", "low", "high", "unit"), [
    ("Estimates of the crowd vary between 150.000 and 2 millions.", "150.000 and 2 millions", 1.5e5, 2e6, ""),
    ("The deficit reached 1.500.000 euros last year.", "1.500.000 euros", 1.5e6, 1.5e6, "EUR"),
    ("The Australian dollar was worth 98.49 U.S. cents in July.", "98.49 U.S. cents", 98.49, 98.49, "US cents"),
    ("Losses would amount to $1,500 to $2,000 billion, Oxford said.", "$1,500 to $2,000 billion", 1.5e12, 2e12, "USD"),
])
def test_figures_european_thousands_and_us_cents(nlp, sentence, span, low, high, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert _same(fig["low"], low) and _same(fig["high"], high)
    if unit:
        assert fig["unit"] == unit


def test_figures_subsection_not_a_figure(nlp):
    df = _figures(nlp, "The maximum penalty under section 373(4) is a fine of $200,000.")
    assert df["text"].tolist() == ["$200,000"]


@pytest.mark.parametrize(
    "text",
    [
        "Josh Howard, 60 Minutes Wednesday executive producer, was asked to resign.",
        "The Feng Yun 1C polar orbit weather satellite was destroyed by the missile.",
    ],
)
def test_figures_numbers_inside_names_are_not_figures(nlp, text):
    # A TV programme ('60 Minutes Wednesday') and a satellite ('Feng Yun 1C') are names.
    assert extract_figures(nlp(text)).empty


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The boat drifted to Guadeloupe 30 miles away before it was found.", "30 miles"),
        ("The meeting lasted 60 minutes and ended without a deal.", "60 minutes"),
        ("Temperatures reached 30C in London on Monday.", "30C"),
    ],
)
def test_figures_measures_next_to_names_are_kept(nlp, text, figure):
    assert figure in extract_figures(nlp(text)).text.tolist()


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # A story about a dollar country: a bare '$' is its dollar.
        ("Ontario's premier defended the budget. Canadian taxpayers will pay $4.6 billion, Ottawa said.", "CAD"),
        ("Queensland's government approved the plan for Australia's Sunshine Coast; it will cost $12 million.", "AUD"),
        # One mention of a dollar country in a US story does not change the US dollar.
        ("The firm, based in New Zealand, was bought by a United States rival. Americans paid $5 million.", "USD"),
        # No place at all: the US dollar, as before.
        ("The senator said the bill would cost $3 billion.", "USD"),
    ],
)
def test_figures_bare_dollar_follows_the_country_of_the_story(nlp, text, currency):
    money = extract_figures(nlp(text))
    money = money[money.kind == "money"]
    assert money.currency.tolist() == [currency]


def test_figures_named_dollar_decides_for_the_bare_dollar_after_it(nlp):
    text = "Canada's central bank held rates. Canadian exporters earned US$4 billion, and then another $2 billion."
    money = extract_figures(nlp(text))
    assert money.currency.tolist() == ["USD", "USD"]


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        ("The deal is worth $800,000 AUD, the firm said. Another $5,000 went to fees.", ["AUD", "AUD"]),
        ("Fees rose to $50 CAD per month.", ["CAD"]),
    ],
)
def test_figures_code_after_a_dollar_amount_names_the_dollar(nlp, text, currencies):
    money = extract_figures(nlp(text))
    assert money.currency.tolist() == currencies
    assert money.unit.str.startswith(tuple(currencies)).all()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The Dow Jones Industrial Average closed at 10,325.26, down 45 points.", "10,325.26"),
        ("The German DAX index gained 71.35 points to a level of 5,783.23 on Monday.", "5,783.23"),
        ("Traders are eyeing the 5,350 mark on the FTSE this week.", "5,350"),
        ("The consumer confidence index rose to 103.6 in January.", "103.6"),
    ],
)
def test_figures_index_level_is_points(nlp, text, level):
    df = extract_figures(nlp(text))
    row = df[df.text == level].iloc[0]
    assert (row.kind, row.unit) == ("quantity", "points")


def test_figures_index_of_companies_still_counts_companies(nlp):
    df = extract_figures(nlp("The S&P 500 index of 500 companies fell 2% on Friday."))
    row = df[df.text == "500"].iloc[0]
    assert (row.kind, row.unit) == ("count", "companies")
