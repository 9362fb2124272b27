"""The JupyterLab widgets of :func:`newslab.explore` and :func:`newslab.review` (ipywidgets 8).

Only this module touches ipywidgets, and only when a widget is shown, so
``import newslab`` stays cheap and works without it. The widgets hold no
logic: every click calls a method of :class:`newslab.explorer.Explorer` or
:class:`newslab.reviewing.Review`, and the widget redraws from their state.

Everything is drawn with ipywidgets' own controls and inline-styled HTML;
nothing is fetched from a network (no CDN). The only script is a few lines,
shown through an ``Output`` widget, that scroll the article view to the
outlined row.

Displayed, both objects give Jupyter the widget *and* a static HTML copy:
JupyterLab with a running kernel shows the widget; a notebook rendered to HTML
(nbconvert, ``make report``) shows the static copy, which says that it is one.
"""

from __future__ import annotations

import html
import itertools
import json
from types import ModuleType
from typing import Any

__all__ = ["mimebundle", "explorer_widget", "review_widget", "ExplorerWidget", "ReviewWidget"]

_IDS = itertools.count(1)
_VIEW_HEIGHT = "30em"


def _ipywidgets() -> ModuleType:
    try:
        import ipywidgets
    except ImportError:
        raise ImportError("The interactive view needs ipywidgets 8: pip install 'newslab[lab]'.") from None
    return ipywidgets


def mimebundle(obj: Any) -> dict[str, Any]:
    """What Jupyter displays: the widget view plus a static HTML copy (alone when ipywidgets is missing)."""
    try:
        widget = obj.widget
    except ImportError as exc:
        return {"text/plain": repr(obj), "text/html": obj.static_html(f"{exc} Showing a static copy instead.")}
    bundle = dict(widget.box._repr_mimebundle_() or {})
    bundle["text/plain"] = repr(obj)
    bundle["text/html"] = obj.static_html()
    return bundle


def _scroll_script(container_id: str, version: int) -> str:
    """JavaScript that scrolls the container to its outlined span once the new view has arrived."""
    cid, ver = json.dumps(container_id), json.dumps(str(version))
    return (
        "(function(){var tries=0;function go(){"
        f"var c=document.getElementById({cid});"
        f"if(!c||c.getAttribute('data-nl-version')!=={ver}){{if(tries++<60)setTimeout(go,50);return;}}"
        "var el=c.querySelector('.nl-highlight');if(!el)return;"
        "var top=el.getBoundingClientRect().top-c.getBoundingClientRect().top+c.scrollTop;"
        "c.scrollTop=Math.max(0,top-c.clientHeight/3);}go();})();"
    )


class _ArticlePane:
    """A scrolling article view and the script that scrolls it to the outlined span."""

    def __init__(self, w: ModuleType, empty_text: str) -> None:
        self.id = f"nl-view-{next(_IDS)}"
        self.version = 0
        self.empty_text = empty_text
        self.html = w.HTML(value=self._wrap(f"<p style='color:#666;margin:6px;'>{html.escape(empty_text)}</p>"))
        self.script = w.Output(layout=w.Layout(display="none"))
        self.box = w.VBox([self.html, self.script])

    def _wrap(self, inner: str) -> str:
        return (f"<div id='{self.id}' class='nl-article-pane' data-nl-version='{self.version}' "
                f"style='position:relative;max-height:{_VIEW_HEIGHT};overflow:auto;background:#ffffff;'>{inner}</div>")

    def show(self, fragment: str | None) -> None:
        self.version += 1
        if fragment is None:
            self.html.value = self._wrap(f"<p style='color:#666;margin:6px;'>{html.escape(self.empty_text)}</p>")
            return
        self.html.value = self._wrap(fragment)
        self.script.outputs = ({"output_type": "display_data", "metadata": {},
                                "data": {"application/javascript": _scroll_script(self.id, self.version),
                                         "text/plain": ""}},)


class ExplorerWidget:
    """The explorer's controls, bound to an :class:`~newslab.explorer.Explorer` (duck-typed: this module imports neither).

    Attributes:
        box: The top-level widget (a ``VBox``).
        tabs, filters, search, clear, header, rows, pager, pane: the parts,
            exposed so tests can click them (``widget.rows[0].children[0].click()``).
    """

    def __init__(self, explorer: Any) -> None:
        w = _ipywidgets()
        self.w = w
        self.ex = explorer
        self._syncing = False
        counts = {tab: len(explorer.frame(tab)) for tab in ("quotes", "sources", "figures", "entities")}
        self.tabs = w.ToggleButtons(options=[(f"{t} ({n:,})", t) for t, n in counts.items()], value=explorer.tab,
                                    style={"button_width": "9.5em"}, tooltips=[f"show the {t} table" for t in counts])
        narrow = w.Layout(width="17em")
        label = {"description_width": "6.5em"}
        self.filters: dict[str, Any] = {
            "article": w.Combobox(placeholder="any (type an id)", description="article", ensure_option=False,
                                  continuous_update=False, layout=narrow, style=label),
            "source": w.Combobox(placeholder="any (type a name)", description="source", ensure_option=False,
                                 continuous_update=False, layout=narrow, style=label),
            "speaker_type": w.Dropdown(description="speaker type", layout=narrow, style=label),
            "kind": w.Dropdown(description="kind", layout=narrow, style=label),
            "frame": w.Dropdown(description="frame", layout=narrow, style=label),
            "confidence": w.FloatRangeSlider(value=(0.0, 1.0), min=0.0, max=1.0, step=0.05, description="confidence",
                                             continuous_update=False, readout_format=".2f", layout=w.Layout(width="24em"),
                                             style=label),
        }
        self.search = w.Text(placeholder="words, then Enter", description="search", continuous_update=False,
                             layout=w.Layout(width="24em"), style=label)
        self.clear = w.Button(description="clear filters", icon="times", layout=w.Layout(width="9em"))
        self.status = w.HTML()
        self.header = w.HBox()
        self.rows = [w.HBox([w.Button(description="show", layout=w.Layout(width="5em", min_width="5em", height="1.9em",
                                                                           flex="0 0 auto"),
                                      tooltip="show this row in its article"),
                             w.HTML(layout=w.Layout(margin="0 0 0 4px"))],
                            layout=w.Layout(align_items="center", margin="0")) for _ in range(explorer.page_size)]
        self.prev = w.Button(description="previous", icon="chevron-left", layout=w.Layout(width="8em"))
        self.next = w.Button(description="next", icon="chevron-right", layout=w.Layout(width="8em"))
        self.page = w.BoundedIntText(value=1, min=1, max=1, description="page", layout=w.Layout(width="9em"))
        self.pages = w.Label()
        self.pane = _ArticlePane(w, "Press “show” on a row to read it in its article.")
        self.pager = w.HBox([self.prev, self.page, self.pages, self.next])
        self.box = w.VBox([
            w.HTML("<b>newslab explorer</b> <span style='color:#666;'>filter, search, sort (click a column), "
                   "then press “show” to read a row in its article</span>"),
            self.tabs,
            w.HBox([self.filters["article"], self.filters["source"], self.filters["speaker_type"]]),
            w.HBox([self.filters["kind"], self.filters["frame"], self.filters["confidence"]]),
            w.HBox([self.search, self.clear]),
            self.status, self.header, w.VBox(self.rows, layout=w.Layout(grid_gap="1px")), self.pager, self.pane.box,
        ])
        self.box.add_class("newslab-explorer")
        self.tabs.observe(self._on_tab, names="value")
        for name, control in self.filters.items():
            control.observe(lambda change, name=name: self._on_filter(name, change["new"]), names="value")
        self.search.observe(lambda change: self._on_filter("search", change["new"]), names="value")
        self.clear.on_click(lambda _: self.ex.clear_filters())
        self.prev.on_click(lambda _: self.ex.previous_page())
        self.next.on_click(lambda _: self.ex.next_page())
        self.page.observe(self._on_page, names="value")
        for k, row in enumerate(self.rows):
            row.children[0].on_click(lambda _, k=k: self.ex.select(k))
        explorer.observe(self._refresh)
        self._refresh("tab")

    # -- events from the controls ----------------------------------------------------------------

    def _on_tab(self, change: dict[str, Any]) -> None:
        if not self._syncing:
            self.ex.set_tab(change["new"])

    def _on_filter(self, name: str, value: Any) -> None:
        if self._syncing:
            return
        if name == "confidence":
            value = tuple(value)
        self.ex.set_filters(**{name: value if value not in ("", None) else None})

    def _on_page(self, change: dict[str, Any]) -> None:
        if not self._syncing and change["new"] - 1 != self.ex.page:
            self.ex.go_to_page(change["new"] - 1)

    # -- redrawing from the explorer's state --------------------------------------------------------

    def _refresh(self, what: str) -> None:
        self._syncing = True
        try:
            if what in ("tab", "filters"):
                self._sync_filters(full=what == "tab")
            if what in ("tab", "sort"):
                self._sync_header()
            self._sync_rows()
            if what in ("tab", "selection"):
                view = self.ex.article_view()
                self.pane.show(None if view is None else view.html)
        finally:
            self._syncing = False

    def _sync_filters(self, *, full: bool) -> None:
        ex, f = self.ex, self.ex.filters
        self.tabs.value = ex.tab
        for name, control in self.filters.items():
            control.disabled = not ex.applies(name)
            if full and name != "confidence" and ex.applies(name):
                options = ex.options(name, limit=2000)
                if isinstance(control, self.w.Dropdown):
                    control.options = [("any", "")] + [(o, o) for o in options]
                else:
                    control.options = options
        for name, control in self.filters.items():
            value = getattr(f, name)
            if name == "confidence":
                control.value = value or (0.0, 1.0)
            elif isinstance(control, self.w.Dropdown):
                wanted = value or ""
                if wanted not in [v for _, v in control.options]:
                    control.options = list(control.options) + [(wanted, wanted)]
                control.value = wanted
            else:
                control.value = value or ""
        self.search.value = f.search

    def _sync_header(self) -> None:
        w = self.w
        sort = self.ex.sort
        buttons = [w.Label(layout=w.Layout(width="5em", min_width="5em", flex="0 0 auto"))]
        for column, header, width in self.ex.columns():
            mark = "" if sort is None or sort[0] != column else (" ▲" if sort[1] else " ▼")
            button = w.Button(description=header + mark, tooltip=f"sort by {header} (click again to reverse)",
                              layout=w.Layout(width=f"{width}em", min_width=f"{width}em", margin="0 1px 0 0",
                                              height="1.9em", flex="0 0 auto"))
            button.on_click(lambda _, column=column: self.ex.sort_by(column))
            buttons.append(button)
        self.header.children = buttons

    def _sync_rows(self) -> None:
        ex = self.ex
        rows = ex.page_rows()
        columns = ex.columns()
        selected = ex.selected_on_page()
        for k, box in enumerate(self.rows):
            button, cells = box.children
            if k >= len(rows):
                box.layout.display = "none"
                continue
            box.layout.display = "flex"
            record = rows.iloc[k]
            shade = "background:#fff3c4;" if selected == k else ""
            button.button_style = "info" if selected == k else ""
            parts = []
            for column, _, width in columns:
                text = ex.format_cell(record[column], column)
                parts.append(f"<div title='{html.escape(text, quote=True)}' style='width:{width}em;flex:none;"
                             "overflow:hidden;white-space:nowrap;text-overflow:ellipsis;padding:0 3px;'>"
                             f"{html.escape(ex.clip(text, width * 1.2))}</div>")
            cells.value = (f"<div class='nl-row' data-row='{int(record['row'])}' style='display:flex;{shade}"
                           f"font-size:var(--jp-widgets-font-size,13px);line-height:1.9em;'>{''.join(parts)}</div>")
        self.status.value = f"<span class='nl-status'>{html.escape(ex.summary())}</span>"
        self.page.max = ex.n_pages
        self.page.value = ex.page + 1
        self.pages.value = f"of {ex.n_pages}"
        self.prev.disabled = ex.page == 0
        self.next.disabled = ex.page >= ex.n_pages - 1


class ReviewWidget:
    """The review's controls, bound to a :class:`~newslab.reviewing.Review`.

    Attributes:
        box: The top-level widget.
        buttons: ``{verdict: Button}``; ``speaker``, ``speaker_type``,
            ``save_speaker``: the correct-speaker row shown after *Wrong speaker*.
    """

    def __init__(self, review: Any) -> None:
        w = _ipywidgets()
        self.w = w
        self.review = review
        self.status = w.HTML()
        self.progress = w.IntProgress(min=0, max=max(1, review.n_total), layout=w.Layout(width="30em"))
        self.claim = w.HTML()
        self.pane = _ArticlePane(w, "This statement's article is not in these tables.")
        styles = {"right": "success", "wrong_span": "warning", "wrong_speaker": "warning", "not_statement": "danger"}
        self.buttons = {v: w.Button(description=label, button_style=styles[v], layout=w.Layout(width="10em"),
                                    tooltip=f"record “{label}” and go to the next statement")
                        for v, label in review.verdict_labels.items()}
        self.speaker = w.Combobox(placeholder="correct speaker: pick or type", ensure_option=False,
                                  layout=w.Layout(width="20em"))
        self.speaker_type = w.Dropdown(options=[("type: as listed", ""), ("person", "person"),
                                                ("organization", "organization"), ("media", "media"),
                                                ("document", "document"), ("anonymous", "anonymous")],
                                       layout=w.Layout(width="11em"))
        self.save_speaker = w.Button(description="save speaker", icon="check", button_style="primary",
                                     layout=w.Layout(width="10em"))
        self.speaker_row = w.HBox([self.speaker, self.speaker_type, self.save_speaker], layout=w.Layout(display="none"))
        self.prev = w.Button(description="previous", icon="chevron-left", layout=w.Layout(width="8em"))
        self.next = w.Button(description="next", icon="chevron-right", layout=w.Layout(width="8em"))
        self.todo = w.Button(description="next unreviewed", icon="forward", layout=w.Layout(width="13em"))
        self.message = w.HTML()
        self.box = w.VBox([
            w.HTML("<b>newslab review</b> <span style='color:#666;'>is the outlined statement right? "
                   "Each verdict is saved at once.</span>"),
            w.HBox([self.progress, self.status]), self.claim, self.pane.box,
            w.HBox(list(self.buttons.values())), self.speaker_row,
            w.HBox([self.prev, self.next, self.todo]), self.message,
        ])
        self.box.add_class("newslab-review")
        for verdict, button in self.buttons.items():
            button.on_click(lambda _, v=verdict: self._on_verdict(v))
        self.save_speaker.on_click(lambda _: self._on_save_speaker())
        self.prev.on_click(lambda _: review.previous())
        self.next.on_click(lambda _: review.next())
        self.todo.on_click(lambda _: self._on_todo())
        review.observe(self._refresh)
        self._refresh("position")

    def _say(self, text: str, *, error: bool = False) -> None:
        color = "#b00020" if error else "#1b5e20"
        self.message.value = f"<span class='nl-message' style='color:{color};'>{html.escape(text)}</span>"

    def _on_verdict(self, verdict: str) -> None:
        if verdict == "wrong_speaker":
            self.speaker_row.layout.display = "flex"
            self._say("Pick or type the correct speaker, then press “save speaker”.")
            return
        self._record(verdict)

    def _on_save_speaker(self) -> None:
        name = self.speaker.value.strip()
        if not name:
            self._say("Type or pick the correct speaker first.", error=True)
            return
        self._record("wrong_speaker", speaker=name, speaker_type=self.speaker_type.value or None)

    def _on_todo(self) -> None:
        following = self.review.next_unreviewed()
        if following is None:
            self._say("Every statement in the sample has a verdict.")
        else:
            self.review.go_to(following)

    def _record(self, verdict: str, **options: Any) -> None:
        from newslab.errors import NewslabError

        position = self.review.position
        try:
            self.review.record(verdict, **options)
        except (NewslabError, OSError) as exc:
            self._say(f"Not saved: {exc}", error=True)
            return
        extra = f" → {options['speaker']}" if options.get("speaker") else ""
        self._say(f"Saved statement {position + 1}: {self.review.verdict_labels[verdict]}{extra}.")
        if self.review.is_done:
            self._say(f"Saved statement {position + 1}. All {self.review.n_total} statements are reviewed: "
                      f"{self.review.summary().sentence}")

    def _refresh(self, what: str) -> None:
        r = self.review
        row = r.current()
        self.status.value = f"<span class='nl-status'>{html.escape(r.status())}</span>"
        self.progress.value = r.n_reviewed
        verdict = row["verdict"]
        mine = ""
        if verdict:
            mine = f"<div class='nl-verdict'>Your verdict: <b>{html.escape(r.verdict_labels[verdict])}</b>"
            if row["correct_speaker"]:
                mine += f" → {html.escape(str(row['correct_speaker']))}"
            mine += " (click another button to change it)</div>"
        self.claim.value = r.claim_html() + mine
        people = r.people()
        self.speaker.options = list(people)
        self.speaker.value = ""
        self.speaker_type.value = ""
        self.speaker_row.layout.display = "none"
        view = r.view()
        self.pane.show(None if view is None else view.html)
        self.prev.disabled = r.position == 0
        self.next.disabled = r.position >= r.n_total - 1


def explorer_widget(explorer: Any) -> ExplorerWidget:
    """Build the explorer's widget (needs ipywidgets 8)."""
    return ExplorerWidget(explorer)


def review_widget(review: Any) -> ReviewWidget:
    """Build the review's widget (needs ipywidgets 8)."""
    return ReviewWidget(review)
