"""How fast the explorer answers: seconds per interaction on the tables of 5,000 articles.

Run ``.venv/bin/python benchmarks/explore_speed.py`` (synthetic tables of
5,000 articles, built in a second without spaCy) or
``... explore_speed.py --tables DIR`` on a dataset written by ``newslab
analyze`` (e.g. the 4,722-article Wikinews corpus). The issue's target: every
interaction under 0.5 s. Each interaction is what one click or one typed
filter does: the explorer's state change, the filtering and sorting in pandas,
and the drawing of one page (and of the article view, for a selection). The
widget is driven through its controls when ipywidgets is installed, so its
redrawing is included; the browser's own drawing is not.

The synthetic tables are built from templates (quotes with speakers and cues,
named entities, figures) with consistent offsets, about 6 statements, 40
entity mentions and 6 figures per article, like analysed news.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

_NAMES = ["Ruth Calloway", "Marcus Hale", "Priya Raman", "Tomasz Wierzbicki", "Jean Pellow", "Amara Nwosu",
          "Sam Patel", "Maria Lopez", "Tom Reed", "Jane Ortiz", "Li Wei", "Omar Haddad"]
_ORGS = ["the council", "Brightwater Engineering", "the Environment Agency", "Harbour Trust", "the ministry"]
_LABELS = ("DATE", "GPE", "CARDINAL", "ORG", "NORP", "PERSON")
_WORDS = ("harbour wall council budget flood homes marsh vote tax study plan money residents coast protest "
          "report engineers river storm grant").split()


def _sentence(rng: np.random.Generator) -> str:
    words = rng.choice(_WORDS, size=int(rng.integers(6, 14)))
    return " ".join(words).capitalize()


def synthetic_tables(n_articles: int = 5000, *, seed: int = 0):
    """Tables like ``nl.analyze`` output for ``n_articles`` articles, built from templates (no spaCy).

    Returns:
        :class:`newslab.tables.Tables` satisfying the schema (offsets round-trip).
    """
    from newslab.schema import conform, empty
    from newslab.sources import sources_table
    from newslab.tables import Tables

    rng = np.random.default_rng(seed)
    arts: dict[str, list] = {k: [] for k in ("article_id", "headline", "outlet", "text", "n_words")}
    quotes: dict[str, list] = {k: [] for k in (
        "article_id", "quote_id", "start_char", "end_char", "sent_id", "text", "kind", "cue", "cue_start_char",
        "cue_end_char", "speaker", "speaker_start_char", "speaker_end_char", "speaker_canonical", "speaker_type",
        "frame", "confidence", "n_lexicon_words")}
    ents: dict[str, list] = {k: [] for k in ("article_id", "ent_id", "start_char", "end_char", "sent_id", "text",
                                             "label", "canonical", "in_quote")}
    figs: dict[str, list] = {k: [] for k in ("article_id", "figure_id", "start_char", "end_char", "sent_id", "text",
                                             "kind", "value", "low", "high", "unit")}
    for a in range(n_articles):
        aid = f"a{a:05d}"
        parts: list[str] = []
        pos = 0
        nq = ne = nf = 0
        for s in range(int(rng.integers(8, 16))):
            form = rng.integers(0, 4)
            who = str(rng.choice(_NAMES)) if rng.random() < 0.7 else str(rng.choice(_ORGS))
            stype = "person" if who in _NAMES else ("anonymous" if who == "the council" else "organization")
            content = _sentence(rng)
            if form == 0:  # "Content," Name said.
                sent = f"\u201c{content},\u201d {who} said. "
                q0 = pos + 1
                q1 = q0 + len(content) + 1
                sp0 = pos + sent.index(who)
                cue0 = sp0 + len(who) + 1
                kind, frame, cue = "direct", "speech", "said"
            elif form == 1:  # Name said that content.
                sent = f"{who} said that {content.lower()}. "
                sp0 = pos
                cue0 = pos + len(who) + 1
                q0 = cue0 + len("said that ")
                q1 = q0 + len(content)
                kind, frame, cue = "indirect", rng.choice(["speech", "belief"]), "said"
            else:  # narration with a figure
                value = int(rng.integers(2, 5000))
                sent = f"{content} with {value:,} people in {who}. "
                f0 = pos + sent.index(f"{value:,}")
                figs["article_id"].append(aid)
                figs["figure_id"].append(nf)
                figs["start_char"].append(f0)
                figs["end_char"].append(f0 + len(f"{value:,} people"))
                figs["sent_id"].append(s)
                figs["text"].append(f"{value:,} people")
                figs["kind"].append("count")
                figs["value"].append(float(value))
                figs["low"].append(float(value))
                figs["high"].append(float(value))
                figs["unit"].append("people")
                nf += 1
                sp0 = None
            if sp0 is not None:
                quotes["article_id"].append(aid)
                quotes["quote_id"].append(nq)
                quotes["start_char"].append(q0)
                quotes["end_char"].append(q1)
                quotes["sent_id"].append(s)
                quotes["kind"].append(kind)
                quotes["cue"].append(cue)
                quotes["cue_start_char"].append(cue0)
                quotes["cue_end_char"].append(cue0 + len(cue))
                quotes["speaker"].append(who)
                quotes["speaker_start_char"].append(sp0)
                quotes["speaker_end_char"].append(sp0 + len(who))
                quotes["speaker_canonical"].append("" if stype == "anonymous" else who)
                quotes["speaker_type"].append(stype)
                quotes["frame"].append(str(frame))
                quotes["confidence"].append(float(rng.random()))
                quotes["n_lexicon_words"].append(0)
                quotes["text"].append(None)  # filled from the text below
                nq += 1
            # Entity mentions: the speaker, and about every third word (dates, places, numbers in real news).
            spans = [(sent.index(who), len(who), "PERSON" if who in _NAMES else "ORG", who)] if who in sent else []
            offset = 0
            for k, word in enumerate(sent.split(" ")):
                if k % 3 == 1 and word.isalpha():
                    spans.append((offset, len(word), _LABELS[k % len(_LABELS)], word))
                offset += len(word) + 1
            for e0, n, label, canonical in sorted(spans):
                ents["article_id"].append(aid)
                ents["ent_id"].append(ne)
                ents["start_char"].append(pos + e0)
                ents["end_char"].append(pos + e0 + n)
                ents["sent_id"].append(s)
                ents["text"].append(sent[e0:e0 + n])
                ents["label"].append(label)
                ents["canonical"].append(canonical)
                ents["in_quote"].append(False)
                ne += 1
            parts.append(sent)
            pos += len(sent)
        text = "".join(parts)
        for k in range(len(quotes["text"]) - nq, len(quotes["text"])):
            quotes["text"][k] = text[quotes["start_char"][k]:quotes["end_char"][k]]
        arts["article_id"].append(aid)
        arts["headline"].append(f"{_sentence(rng)} ({a})")
        arts["outlet"].append(str(rng.choice(["Courier", "Harbour Wire", "Coastline Today"])))
        arts["text"].append(text)
        arts["n_words"].append(len(text.split()))
    ent_df = pd.DataFrame(ents).drop_duplicates(["article_id", "start_char", "end_char"])
    ent_df = ent_df.sort_values(["article_id", "start_char"], kind="stable")
    ent_df["ent_id"] = ent_df.groupby("article_id").cumcount()
    quotes_df = conform(pd.DataFrame(quotes), "quotes")
    return Tables(
        articles=conform(pd.DataFrame(arts), "articles"),
        sentences=empty("sentences"),
        entities=conform(ent_df, "entities"),
        quotes=quotes_df,
        sources=conform(sources_table(quotes_df), "sources"),
        figures=conform(pd.DataFrame(figs), "figures"),
    )


def _interactions(ex, widget):
    """(name, action) pairs: what a user does, through the widget's controls when there is one."""
    def via(control_name, value):
        def act():
            if widget is None:
                if control_name == "search":
                    ex.set_filters(search=value)
                else:
                    ex.set_filters(**{control_name: value or None})
            elif control_name == "search":
                widget.search.value = value
            else:
                widget.filters[control_name].value = value
        return act

    def select():
        (widget.rows[0].children[0].click() if widget is not None else (ex.select(0), ex.article_view()))

    def tab(name):
        return lambda: (setattr(widget.tabs, "value", name) if widget is not None else ex.set_tab(name))

    return [
        ("filter kind=direct", via("kind", "direct")),
        ("filter speaker type=person", via("speaker_type", "person")),
        ("search 'harbour'", via("search", "harbour")),
        ("search 'council budget'", via("search", "council budget")),
        ("sort by confidence", lambda: ex.sort_by("confidence")),
        ("sort again (reverse)", lambda: ex.sort_by("confidence")),
        ("next page", lambda: ex.next_page()),
        ("select a row (article view)", select),
        ("filter frame=belief", via("frame", "belief")),
        ("filter source", via("source", "Priya Raman")),
        ("clear search", via("search", "")),
        ("tab: entities", tab("entities")),
        ("entities: filter article", via("article", ex.tables.articles["article_id"].iloc[1234 % len(ex.tables.articles)])),
        ("entities: search", via("search", "marcus")),
        ("tab: sources", tab("sources")),
        ("tab: quotes", tab("quotes")),
    ]


def run(tables, *, repeat: int = 3) -> dict:
    import newslab as nl

    start = time.perf_counter()
    ex = nl.explore(tables)
    widget = None
    try:
        widget = ex.widget
    except ImportError:
        pass
    opened = time.perf_counter() - start
    timings: dict[str, list[float]] = {}
    for _ in range(repeat):
        ex.clear_filters()
        ex._results.clear()  # each round measures filtering, not the result cache
        for name, action in _interactions(ex, widget):
            t0 = time.perf_counter()
            action()
            timings.setdefault(name, []).append(time.perf_counter() - t0)
    rows = {name: {"median_s": round(statistics.median(v), 4), "max_s": round(max(v), 4)} for name, v in timings.items()}
    return {
        "articles": len(tables.articles), "quotes": len(tables.quotes), "entities": len(tables.entities),
        "figures": len(tables.figures), "with_widget": widget is not None, "open_s": round(opened, 3),
        "interactions": rows, "worst_s": max(r["max_s"] for r in rows.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles (default 5,000)")
    parser.add_argument("--tables", default=None, help="a dataset folder written by `newslab analyze` instead")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.tables:
        import newslab as nl

        tables = nl.read_tables(args.tables)
    else:
        tables = synthetic_tables(args.articles)
    built = time.perf_counter() - t0
    result = run(tables, repeat=args.repeat)
    result["tables_s"] = round(built, 2)
    result["source"] = args.tables or f"synthetic ({args.articles} articles)"
    print(json.dumps(result, indent=2))
    print(f"worst interaction: {result['worst_s']:.3f} s (target < 0.5 s)", file=sys.stderr)
    return 0 if result["worst_s"] < 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
