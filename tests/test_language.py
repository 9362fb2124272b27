"""language: non-English articles are detected heuristically, warned about once, and still analysed."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import newslab as nl
from newslab.errors import LanguageWarning
from newslab.language import SAMPLE_CHARS, detect_language, looks_english, warn_non_english
from newslab.schema import TABLE_NAMES, validate

# Short news paragraphs written for these tests, one per language.
FOREIGN = {
    "es": (
        "El Gobierno anunció el martes un plan de ayudas para los agricultores afectados por la sequía. "
        "«Es una situación muy difícil», dijo la ministra de Agricultura, que añadió que las ayudas "
        "llegarán antes del verano."
    ),
    "de": (
        "Die Bundesregierung hat am Dienstag ein neues Hilfspaket für die Landwirte beschlossen. "
        "„Die Lage ist sehr ernst“, sagte die Ministerin in Berlin. Die Opposition kritisierte den "
        "Plan als zu spät und zu klein."
    ),
    "fr": (
        "Le gouvernement a annoncé mardi un plan d'aide pour les agriculteurs touchés par la sécheresse. "
        "« C'est une situation très difficile », a déclaré la ministre, qui a ajouté que les aides "
        "arriveront avant l'été."
    ),
    "zh": "政府周二宣布了一项针对受干旱影响农民的援助计划。部长表示：“这是一个非常困难的局面。”她补充说，援助将在夏季之前到位。",
    "ar": (
        "أعلنت الحكومة يوم الثلاثاء عن خطة مساعدات للمزارعين المتضررين من الجفاف. "
        "وقالت الوزيرة: \"إنه وضع صعب للغاية\"، مضيفة أن المساعدات ستصل قبل الصيف."
    ),
    "it": (
        "Il governo ha annunciato martedì un piano di aiuti per gli agricoltori colpiti dalla siccità. "
        "«È una situazione molto difficile», ha detto la ministra, che ha aggiunto che gli aiuti "
        "arriveranno prima dell'estate."
    ),
    "ru": "Правительство во вторник объявило о плане помощи фермерам, пострадавшим от засухи. «Ситуация очень сложная», заявила министр.",
    "ja": "政府は火曜日、干ばつの被害を受けた農家への支援策を発表した。大臣は「非常に厳しい状況だ」と述べた。",
}

# English in many registers: none of these may be flagged (a false alarm on
# every English article would teach users to ignore the warning).
ENGLISH = [
    "The government announced on Tuesday a plan to help farmers hit by the drought. "
    "\"It is a very difficult situation,\" the minister said, adding that aid would arrive before summer.",
    # all capitals (wire flash style)
    "BREAKING: THE PRIME MINISTER HAS RESIGNED AFTER LOSING A CONFIDENCE VOTE IN PARLIAMENT, "
    "HIS OFFICE SAID IN A STATEMENT ON FRIDAY.",
    # loan words and foreign names inside English copy
    "The café in Montréal served crème brûlée, and the chef, José García, said the fiesta de San "
    "Fermín was his favourite. \"Muy bien,\" he said of the food at the festival.",
    # an English article quoting a Spanish sentence
    "Protesters in Madrid chanted \"el pueblo unido jamás será vencido\" as they marched to the "
    "ministry, police said. About 20,000 people took part, according to the organisers.",
    # BBC-style short paragraphs with a figure-heavy lead
    "Inflation fell to 3.2% in March from 3.4% in February, the Office for National Statistics said.\n\n"
    "It is the lowest rate for two and a half years.",
]

# Too little evidence to judge: never flagged, reported as undetermined.
UNDETERMINED = [
    "x",
    "",
    "2019 1,234 5.6%\n2020 2,345 6.7%\n2021 3,456 7.8%",
    "Man Utd 2 Liverpool 1: Rashford 23, Salah 55, Fernandes 88. Referee: Michael Oliver. Booked: Casemiro, Robertson.",
    "Stocks rally\nOil slips\nFed holds rates\nApple unveils iPhone\nTesla recalls cars",
    "🎉🎉🎉 👍🏽",
]


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_language_detects_foreign_text(code):
    found, confidence = detect_language(FOREIGN[code])
    assert found == code
    assert 0 < confidence <= 1
    assert not looks_english(FOREIGN[code])


@pytest.mark.parametrize("text", ENGLISH)
def test_language_english_registers_not_flagged(text):
    assert detect_language(text)[0] == "en"
    assert looks_english(text)


@pytest.mark.parametrize("text", UNDETERMINED)
def test_language_too_little_evidence_is_undetermined(text):
    assert detect_language(text) == ("und", 0.0)
    assert looks_english(text)


def test_language_reads_only_the_start():
    # A long English article with a foreign-language appendix is judged by its start.
    text = (ENGLISH[0] + " ") * (SAMPLE_CHARS // len(ENGLISH[0]) + 1) + FOREIGN["de"] * 50
    assert detect_language(text)[0] == "en"


def test_language_warn_lists_every_flagged_id_once():
    ids = ["en-1", "es-1", "de-1", "short"]
    texts = [ENGLISH[0], FOREIGN["es"], FOREIGN["de"], "x"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        flagged = warn_non_english(ids, texts)
    assert flagged == ["es-1", "de-1"]
    msgs = [str(w.message) for w in caught if issubclass(w.category, LanguageWarning)]
    assert len(msgs) == 1
    assert "'es-1' (Spanish)" in msgs[0] and "'de-1' (German)" in msgs[0] and "en-1" not in msgs[0]


def test_language_warn_nothing_for_english():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert warn_non_english(["a", "b"], ENGLISH[:2]) == []


def test_language_analyze_warns_naming_article_and_still_processes(nlp):
    articles = pd.DataFrame({"id": ["en-1", *[f"{c}-1" for c in ("es", "de", "fr", "zh", "ar")]],
                             "text": [ENGLISH[0], *[FOREIGN[c] for c in ("es", "de", "fr", "zh", "ar")]]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tables = nl.analyze(articles, nlp=nlp, progress=False)
    lang = [w for w in caught if issubclass(w.category, LanguageWarning)]
    assert len(lang) == 1
    message = str(lang[0].message)
    for aid in ("es-1", "de-1", "fr-1", "zh-1", "ar-1"):
        assert repr(aid) in message
    assert "'en-1'" not in message
    # The warning points at the caller, not at newslab's internals.
    assert lang[0].filename == __file__
    # Every article was analysed anyway, and the tables are sound.
    assert set(tables.sentences.article_id) == set(articles.id)
    for name in TABLE_NAMES:
        validate(tables[name], name, articles=tables.articles)


@pytest.mark.parametrize("code", ["es", "de", "fr", "zh", "ar"])
def test_language_single_article_one_warning(nlp, code):
    articles = pd.DataFrame({"id": [f"only-{code}"], "text": [FOREIGN[code]]})
    with pytest.warns(LanguageWarning, match=f"'only-{code}'") as record:
        tables = nl.analyze(articles, nlp=nlp, progress=False)
    assert sum(issubclass(w.category, LanguageWarning) for w in record) == 1
    assert len(tables.sentences) >= 1


def test_language_english_corpus_no_warning(nlp):
    articles = pd.DataFrame({"id": [f"en-{i}" for i in range(len(ENGLISH))], "text": ENGLISH})
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguageWarning)
        nl.analyze(articles, nlp=nlp, progress=False)
