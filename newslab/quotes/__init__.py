"""The quotes table: attributed statements, who made them, and through whom.

Rules (method ``quotes.rules.v10``), all driven by the documented cue lexicon in
``newslab/data/cues.json``:

* **Quotation marks** are paired by type in one pass per paragraph: curly and
  angle marks by direction, straight double marks in order (with a look at the
  characters around each mark to spot a stray one). Apostrophes and single
  quotes are never quotation marks. A quotation left open at the end of a
  paragraph continues when the next paragraph opens with a mark (one row per
  paragraph part). A mark that pairs with nothing gives a
  :class:`~newslab.errors.QuoteMarkWarning`; the rest is still processed.
* **Cues** are reporting verbs (frames ``speech``, ``directive``, ``call``,
  ``refusal``, ``relay``, ...) and phrases (``according to``). Each cue's
  speaker is read from the dependency parse (the subject; the object of
  "quoted X as saying"; the object of "according to"; the subject of the
  governing verb for "..., saying ..."), and its content is the clausal
  complement after it or the clause before a postposed attribution.
* **Direct quotes** take the attribution right after them (``"...," she
  said``), the cue before them when only the speaker, the addressee, adverbials,
  a comma, a colon or "that" stand between (otherwise the statement is *mixed*:
  the reported clause with the quoted fragment), a postposed attribution of
  their sentence (a fragment inside the clause before it makes that clause a
  *mixed* statement: 'The missile used a "kinetic impact" to destroy it, said
  X'), or, standing alone, the speaker of the previous sentence or paragraph
  (cue ``""``).
* **Speakers** are split into the mention (``speaker``), the title
  (``speaker_title``) and the resolved name (``speaker_canonical``: the
  entity's canonical name; "he"/"she" -> the last person; "it", "the
  newspaper" -> the last outlet or organisation; "the minister" -> the last
  person with that title; "the billionaire", "the novelist" -> the person
  just quoted, from the ``status_heads`` of the lexicon). ``speaker_type`` follows the dev guideline.
* **Nested attributions** ("X said Y, the newspaper reported", "X quoted Y as
  saying") keep the innermost speaker and put the outer one in ``via``.
* **Frames** (the ``frame`` column) say what the source does: ``speech`` (said,
  told, according to), ``belief`` ("suspects that", "left open the possibility
  that", "is confident that"), ``evidence`` ("figures show", "a study found",
  "police estimated about 800", "organisers put the crowd at 2,000": the figure
  is the content), ``stance`` ("denied that", "welcomed X, saying ...": the
  speaker is the subject of the main verb) or ``directive`` ("urged X to",
  "called on X to", "told them to"). Passives with an agent and a predicate
  ("was described as stable by a spokeswoman") and split clauses ("The scheme,
  the department said, would cost ...") are statements too. Negated,
  conditional and modal cues ("had not explained", "did not say", "will ask",
  "would", "may") are never statements, and a cue inside single-quoted speech
  belongs to its speaker.
* **Confidence** (the ``confidence`` column) is a calibrated probability that
  the row and its speaker are right, from the evidence the rules used
  (:mod:`~newslab.quotes.confidence`; fitted by ``benchmarks/calibrate.py``).

The rules live in submodules: :mod:`~newslab.quotes.marks` (quotation marks),
:mod:`~newslab.quotes.lexicon` (the cue lexicon), :mod:`~newslab.quotes.cues`
(cues and reported spans in the parse), :mod:`~newslab.quotes.speakers`
(speaker mention, title, type and canonical name) and
:mod:`~newslab.quotes.extract` (attribution and the table).
"""

from __future__ import annotations

from newslab.quotes.extract import COLUMNS, extract_quotes, quote_columns
from newslab.quotes.lexicon import Cues, load_cues
from newslab.quotes.marks import QuoteMark, pair_quote_marks

__all__ = ["METHOD", "COLUMNS", "extract_quotes", "quote_columns", "pair_quote_marks", "load_cues", "Cues", "QuoteMark"]

#: Versioned name of the rule set; recorded in the tables' attrs.
METHOD = "quotes.rules.v20.dev"
