"""One schema definition for every table: names, dtypes and descriptions.

The same definitions conform each producer's output (:func:`conform`), check
tables in tests and after loading (:func:`validate`), and generate the
data dictionary (:func:`data_dictionary`).

Dtype conventions: ``string`` for text (pandas' nullable StringDtype), ``int64``
for keys and counts that always exist, ``Int64`` for integers that may be
missing, ``float64`` for scores and values (NaN when missing), ``bool`` and
``boolean`` (nullable), ``category`` for labels, and ``datetime`` for tz-aware
timestamps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from newslab.errors import SchemaError

__all__ = ["Column", "TABLES", "TABLE_NAMES", "KEYS", "conform", "validate", "empty", "data_dictionary"]

QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organization", "media", "document", "anonymous", "unknown")
FIGURE_KINDS = ("money", "count", "percent", "quantity", "duration", "age", "score", "other")
QUOTE_FRAMES = ("speech", "belief", "evidence", "stance", "directive")
TARGET_LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, dtype and meaning."""

    name: str
    dtype: str
    description: str
    categories: tuple[str, ...] | None = field(default=None)


def _c(name: str, dtype: str, description: str, categories: tuple[str, ...] | None = None) -> Column:
    return Column(name, dtype, description, categories)


_SPAN = [
    _c("start_char", "int64", "Offset of the first character in `articles.text` (0-based)."),
    _c("end_char", "int64", "Offset one past the last character (half-open): `text == article_text[start_char:end_char]`."),
]

TABLES: dict[str, list[Column]] = {
    "articles": [
        _c("article_id", "string", "Stable unique id: the id given in the input, else the file stem, else a content hash."),
        _c("headline", "string", "Headline or title."),
        _c("standfirst", "string", "Standfirst (sub-headline) when the layout has one; it is also part of `text`."),
        _c("section", "string", "Section or desk label printed above the headline."),
        _c("outlet", "string", "Publishing outlet (from the input or the seed manifest)."),
        _c("author", "string", "Byline when the input gives one."),
        _c("credits", "string", "Trailing wire-service credits line (e.g. 'Reuters, Agence France-Presse'); not analysed as quotes."),
        _c("published", "datetime", "Publication time, tz-aware (in the outlet's zone when known, else UTC)."),
        _c("updated", "datetime", "Last update time, tz-aware; missing when not given."),
        _c("timezone", "string", "IANA time zone of the outlet used to read `published` and `updated`."),
        _c("url", "string", "Address of the original article."),
        _c("language", "string", "Language code (from the input or the seed manifest; 'en' assumed)."),
        _c("source_path", "string", "File the article was read from ('<DataFrame>' for in-memory input)."),
        _c("text", "string", "The analysed text. All offsets in every table point into it."),
        _c("n_words", "int64", "Number of word tokens in `text` (whitespace-separated)."),
        _c("warnings", "string", "Warnings the analysis raised about this article, one per line as 'Category: message' (e.g. 'QuoteMarkWarning: 1 quotation mark(s) pair with nothing ...'); missing when there were none (and before analysis). Also in `articles.attrs['warnings']` and the manifest."),
    ],
    "sentences": [
        _c("article_id", "string", "Article key (foreign key to `articles`)."),
        _c("sent_id", "int64", "Sentence number within the article, 0-based, in text order."),
        *_SPAN,
        _c("paragraph_id", "int64", "Paragraph number within the article (paragraphs are separated by blank lines, or by single newlines when the text has no blank lines)."),
        _c("text", "string", "The sentence as written."),
        _c("n_words", "int64", "Number of word tokens (punctuation and spaces excluded)."),
        _c("has_quote", "bool", "True when the sentence overlaps an attributed statement in `quotes`."),
        _c("n_lexicon_words", "int64", "Words of the sentence found in the sentiment lexicon; 0 means the score carries no evidence (not a true neutral)."),
        _c("polarity", "float64", "Lexicon polarity from -1 (negative) to +1 (positive) by the sentiment method in `attrs['methods']`."),
        _c("subjectivity", "float64", "Lexicon subjectivity from 0 (factual wording) to 1 (opinion wording); NaN for methods that have none."),
    ],
    "entities": [
        _c("article_id", "string", "Article key."),
        _c("ent_id", "int64", "Entity mention number within the article, 0-based, in text order."),
        *_SPAN,
        _c("sent_id", "int64", "Sentence the mention is in."),
        _c("text", "string", "The mention as written."),
        _c("label", "category", "spaCy entity label (PERSON, ORG, GPE, NORP, ...)."),
        _c("canonical", "string", "Merged name: possessive and leading article stripped, short mentions merged into the earlier full name ('Kono' -> 'Taro Kono'), user aliases applied."),
        _c("in_quote", "bool", "True when the mention lies inside the content of an attributed statement."),
        _c("target_label", "category", "Target sentiment toward this entity in its sentence (negative, neutral, positive); missing unless target sentiment is on.", TARGET_LABELS),
        _c("target_score", "float64", "Target sentiment score toward the entity, P(positive) - P(negative), from -1 to 1; NaN unless target sentiment is on."),
    ],
    "quotes": [
        _c("article_id", "string", "Article key."),
        _c("quote_id", "int64", "Statement number within the article, 0-based, in text order."),
        *_SPAN,
        _c("sent_id", "int64", "Sentence in which the content starts."),
        _c("text", "string", "Content of the statement, without quotation marks for direct quotes."),
        _c("kind", "category", "direct (inside quotation marks), indirect (reported speech) or mixed (reported speech with a quoted fragment).", QUOTE_KINDS),
        _c("cue", "string", "Reporting verb or phrase as written ('said', 'according to', 'quoted ... as saying'); empty when the speaker comes from context."),
        _c("cue_start_char", "Int64", "Offset of the cue; missing when there is no cue."),
        _c("cue_end_char", "Int64", "End offset of the cue; missing when there is no cue."),
        _c("speaker", "string", "The speaker mention as written nearest the statement ('he', 'the newspaper', 'Suga')."),
        _c("speaker_start_char", "Int64", "Offset of the speaker mention; missing when the speaker is not in the text."),
        _c("speaker_end_char", "Int64", "End offset of the speaker mention."),
        _c("speaker_canonical", "string", "Resolved speaker: the fullest name in the article ('he' -> 'Taro Kono', 'the newspaper' -> 'Asahi'); empty when unknown or anonymous."),
        _c("speaker_type", "category", "person, organization, media (news outlet), document (report, papers, statement), anonymous (unnamed people, or a group of people the text describes: 'the prosecution') or unknown (nothing in the text decides, e.g. a pronoun with no antecedent); a body named only by a description ('the Syrian high command') is an organization with that description as its canonical name.", SPEAKER_TYPES),
        _c("speaker_title", "string", "Role or title as written ('Chief Cabinet Secretary', 'fellow with the Korea Chair at ...'); a bare Mr/Mrs/Ms/Miss/Mx is none (the role given for the person elsewhere in the article, else empty), Dr/Prof stay."),
        _c("speaker_org", "string", "Organisation an unnamed or titled speaker speaks for ('a spokesperson for BusCo' -> 'BusCo'); empty when none is given."),
        _c("speaker_ent_id", "Int64", "Entity mention (`entities.ent_id`) of the resolved speaker, when there is one."),
        _c("speaker_resolved", "bool", "True when the speaker was resolved from a pronoun, a description or an earlier sentence."),
        _c("via", "string", "Outlet or intermediary that relayed the statement ('the Asahi quoted the briefing papers as saying' -> 'Asahi'); empty when first-hand."),
        _c("n_lexicon_words", "int64", "Words of the content found in the sentiment lexicon; 0 means `polarity` carries no evidence (not a true neutral)."),
        _c("polarity", "float64", "Lexicon polarity of the content, as for sentences."),
        _c("subjectivity", "float64", "Lexicon subjectivity of the content, as for sentences."),
        _c("frame", "category", "What the source does: speech (said, told), belief (believes, suspects), evidence (figures show, a study found, police estimated), stance (denied, welcomed ... saying) or directive (urged, called on).", QUOTE_FRAMES),
        _c("confidence", "float64", "Calibrated probability (0-1) that the statement and its speaker are both right; keep rows >= 0.8 for a publication table and read the rest."),
        _c("target_label", "category", "Target sentiment toward the speaker's referent where the sentence is about them (negative, neutral, positive); missing unless target sentiment is on.", TARGET_LABELS),
        _c("target_score", "float64", "Target sentiment score toward the speaker, P(positive) - P(negative); NaN unless target sentiment is on."),
        _c("corrected", "bool", "True when a reviewer's correction (`corrections=`) changed this row."),
    ],
    "sources": [
        _c("article_id", "string", "Article key."),
        _c("source", "string", "Canonical source name (speaker_canonical; for unnamed sources the description as written)."),
        _c("source_type", "category", "Type of the source, as `quotes.speaker_type`.", SPEAKER_TYPES),
        _c("speaker_title", "string", "Role or title the source is given in the article (first one given; never a bare Mr/Mrs/Ms/Miss/Mx)."),
        _c("is_named", "bool", "True for a named person, organization, outlet or document issuer; False for anonymous or unknown sources."),
        _c("n_quotes", "int64", "Statements attributed to the source in the article."),
        _c("n_direct", "int64", "Direct quotes."),
        _c("n_indirect", "int64", "Indirect (reported) statements."),
        _c("n_mixed", "int64", "Mixed statements."),
        _c("n_speech", "int64", "Statements in the speech frame (said, told, wrote, according to)."),
        _c("n_belief", "int64", "Statements in the belief frame (believes, suspects, fears, left open the possibility)."),
        _c("n_evidence", "int64", "Statements in the evidence frame (figures show, a study found, estimated)."),
        _c("n_stance", "int64", "Statements in the stance frame (denied, confirmed, welcomed ... saying)."),
        _c("n_directive", "int64", "Statements in the directive frame (urged, called on, asked X to)."),
        _c("n_words_quoted", "int64", "Words in the source's statements."),
        _c("n_via", "int64", "Statements relayed through another outlet."),
        _c("first_start_char", "int64", "Offset of the source's first statement (order of appearance)."),
    ],
    "figures": [
        _c("article_id", "string", "Article key."),
        _c("figure_id", "int64", "Figure number within the article, 0-based, in text order."),
        *_SPAN,
        _c("sent_id", "int64", "Sentence the figure is in."),
        _c("text", "string", "The figure as written, with currency, scale words and an adjacent unit ('US$20 billion to US$50 billion')."),
        _c("kind", "category", "money, count, percent, quantity, duration, age, score or other.", FIGURE_KINDS),
        _c("value", "float64", "The amount when the figure states one (scale applied: '2.4 million' -> 2400000); NaN for ranges and vague amounts."),
        _c("low", "float64", "Lower bound (= value for single amounts; NaN when unbounded below, e.g. 'fewer than 5')."),
        _c("high", "float64", "Upper bound (= value for single amounts; NaN when unbounded above, e.g. 'more than 5')."),
        _c("approximate", "bool", "True for hedged, bounded or vague amounts ('about', 'more than', 'hundreds')."),
        _c("unit", "string", "Unit: ISO 4217 code for money, 'percent', a measurement unit ('km', 'years'), or the counted noun ('people', 'votes')."),
        _c("currency", "string", "ISO 4217 code for money figures; empty otherwise."),
        _c("counts", "string", "What is counted or measured ('Japanese', 'aid', 'abductees')."),
        _c("quote_id", "Int64", "Statement (`quotes.quote_id`) the figure sits in, when it is attributed."),
        _c("attributed_to", "string", "Canonical speaker of that statement: who claims the figure."),
        _c("value_usd", "float64", "Money `value` in US dollars at the ECB reference rate of the article's publication date; NaN when not money, or no rate or date exists."),
        _c("low_usd", "float64", "`low` in US dollars, as `value_usd`."),
        _c("high_usd", "float64", "`high` in US dollars, as `value_usd`."),
        _c("usd_rate_date", "string", "Date (YYYY-MM-DD) of the ECB reference rate used for the *_usd columns (the publication date, or the closest earlier business day); missing when none was used (USD amounts need none)."),
    ],
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)

KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "sentences": ("article_id", "sent_id"),
    "entities": ("article_id", "ent_id"),
    "quotes": ("article_id", "quote_id"),
    "sources": ("article_id", "source", "source_type"),
    "figures": ("article_id", "figure_id"),
}

_SPAN_TABLES = ("sentences", "entities", "quotes", "figures")


def _pandas_dtype(col: Column) -> object:
    if col.dtype == "category":
        if col.categories is not None:
            return pd.CategoricalDtype(list(col.categories))
        return "category"
    if col.dtype == "string":
        return pd.StringDtype()
    return col.dtype


def _to_datetime(series: pd.Series) -> pd.Series:
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series
    if len(series) == 0 or series.isna().all():
        return pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns, UTC]")
    converted = pd.to_datetime(series, utc=True, errors="coerce")
    return converted


def _cast(series: pd.Series, col: Column) -> pd.Series:
    if col.dtype == "datetime":
        return _to_datetime(series)
    if col.dtype == "category":
        if col.categories is not None:
            return series.astype("object").astype(pd.CategoricalDtype(list(col.categories)))
        values = series.astype("object")
        cats = sorted({v for v in values.dropna()})
        return values.astype(pd.CategoricalDtype(cats))
    if col.dtype == "bool":
        return series.fillna(False).astype(bool)
    if col.dtype == "string":
        return series.astype("object").where(series.notna(), None).astype(pd.StringDtype())
    return series.astype(col.dtype)


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the full schema of ``table``.

    Example:
        >>> list(empty("figures").columns)[:3]
        ['article_id', 'figure_id', 'start_char']
    """
    cols = _columns(table)
    data = {c.name: pd.Series([], dtype="object") for c in cols}
    return conform(pd.DataFrame(data), table)


def _columns(table: str) -> list[Column]:
    try:
        return TABLES[table]
    except KeyError:
        raise SchemaError(
            f"Unknown table {table!r}. Expected one of: {', '.join(TABLE_NAMES)}."
        ) from None


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return a copy of ``df`` with the schema's columns, order and dtypes.

    Missing schema columns are added as missing values; columns the schema does
    not know are kept after the schema's own (so user metadata survives). The
    index becomes a RangeIndex.

    Args:
        df: A producer's output.
        table: Name of the table, one of :data:`TABLE_NAMES`.

    Returns:
        A new DataFrame; ``df`` is not changed.

    Raises:
        SchemaError: When a column cannot be converted to its dtype.
    """
    cols = _columns(table)
    out = df.reset_index(drop=True).copy()
    n = len(out)
    for col in cols:
        if col.name not in out.columns:
            if col.dtype == "int64" and n:
                raise SchemaError(
                    f"Table {table!r} needs the column {col.name!r} (int64, never missing). "
                    "This is a bug in the producer of the table; please report it."
                )
            if col.dtype in ("bool",):
                out[col.name] = pd.Series([False] * n, dtype=bool)
            else:
                out[col.name] = pd.Series([None] * n, dtype="object")
        try:
            out[col.name] = _cast(out[col.name], col)
        except (TypeError, ValueError) as exc:
            raise SchemaError(
                f"Column {table}.{col.name} cannot be converted to {col.dtype}: {exc}. "
                "This is a bug in the producer of the table; please report it."
            ) from exc
    names = [c.name for c in cols]
    extra = [c for c in out.columns if c not in names]
    return out[names + extra]


def _dtype_ok(series: pd.Series, col: Column) -> bool:
    if col.dtype == "datetime":
        return isinstance(series.dtype, pd.DatetimeTZDtype)
    if col.dtype == "category":
        return isinstance(series.dtype, pd.CategoricalDtype)
    if col.dtype == "string":
        return isinstance(series.dtype, pd.StringDtype)
    return str(series.dtype) == col.dtype


def validate(df: pd.DataFrame, table: str, *, articles: pd.DataFrame | None = None) -> None:
    """Check ``df`` against the schema of ``table``; raise on the first problem.

    Checks column names and order, dtypes, RangeIndex, unique keys, unit ids
    0..n-1 in text order per article, and, when ``articles`` is given, that
    every ``article_id`` exists and every span round-trips
    (``text == article_text[start_char:end_char]``).

    Raises:
        SchemaError: naming the table, the column and what was wrong.
    """
    cols = _columns(table)
    names = [c.name for c in cols]
    if list(df.columns[: len(names)]) != names:
        missing = [n for n in names if n not in df.columns]
        raise SchemaError(
            f"Table {table!r} has columns {list(df.columns)}; expected {names} first"
            + (f" (missing: {missing})" if missing else "")
            + ". Pass it through newslab.schema.conform()."
        )
    if not isinstance(df.index, pd.RangeIndex) or (len(df) and df.index[0] != 0):
        raise SchemaError(f"Table {table!r} must have a RangeIndex starting at 0.")
    for col in cols:
        if not _dtype_ok(df[col.name], col):
            raise SchemaError(f"Column {table}.{col.name} has dtype {df[col.name].dtype}; expected {col.dtype}.")
    keys = list(KEYS[table])
    if len(df) and df.duplicated(keys).any():
        dup = df[df.duplicated(keys, keep=False)][keys].head(3).to_dict("records")
        raise SchemaError(f"Table {table!r} has duplicate keys {keys}: {dup}.")
    if len(df) and df["article_id"].isna().any():
        raise SchemaError(f"Table {table!r} has rows without an article_id.")
    if table in _SPAN_TABLES and len(df):
        unit = keys[1]
        for aid, group in df.groupby("article_id", sort=False, observed=True):
            ids = group[unit].tolist()
            if ids != list(range(len(ids))):
                raise SchemaError(f"{table}.{unit} of article {aid!r} is not 0..n-1 in row order: {ids[:10]}...")
            starts = group["start_char"].tolist()
            if starts != sorted(starts):
                raise SchemaError(f"{table} rows of article {aid!r} are not in text order.")
        if (df["end_char"] < df["start_char"]).any():
            raise SchemaError(f"Table {table!r} has spans with end_char < start_char.")
    if articles is not None and table != "articles" and len(df):
        texts = dict(zip(articles["article_id"], articles["text"]))
        unknown = sorted(set(df["article_id"]) - set(texts))
        if unknown:
            raise SchemaError(f"Table {table!r} refers to unknown article ids: {unknown[:5]}.")
        if table in _SPAN_TABLES:
            for row in df[["article_id", "start_char", "end_char", "text"]].itertuples(index=False):
                if texts[row.article_id][row.start_char : row.end_char] != row.text:
                    raise SchemaError(
                        f"{table} span {row.start_char}:{row.end_char} of article {row.article_id!r} "
                        f"does not round-trip: {row.text!r}."
                    )


def data_dictionary() -> str:
    """The data dictionary as Markdown: one section per table, one row per column."""
    lines: list[str] = []
    for table, cols in TABLES.items():
        lines.append(f"### {table}\n")
        lines.append("| column | dtype | meaning |")
        lines.append("|---|---|---|")
        for col in cols:
            dtype = col.dtype
            if col.categories:
                dtype += " (" + ", ".join(col.categories) + ")"
            lines.append(f"| `{col.name}` | {dtype} | {col.description.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines)


_BEGIN = "<!-- data-dictionary:begin (generated by `python -m newslab.schema`; do not edit by hand) -->"
_END = "<!-- data-dictionary:end -->"


def update_readme(path: str) -> bool:
    """Replace the data dictionary block of a Markdown page (``docs/data-dictionary.md``) with :func:`data_dictionary`.

    Returns:
        True when the file changed.
    """
    from pathlib import Path

    readme = Path(path)
    text = readme.read_text(encoding="utf-8")
    if _BEGIN not in text or _END not in text:
        raise SchemaError(f"{path} has no data dictionary markers ({_BEGIN!r} ... {_END!r}).")
    head, rest = text.split(_BEGIN, 1)
    _, tail = rest.split(_END, 1)
    new = f"{head}{_BEGIN}\n\n{data_dictionary()}\n{_END}{tail}"
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    import sys

    update_readme(sys.argv[1] if len(sys.argv) > 1 else "docs/data-dictionary.md")
