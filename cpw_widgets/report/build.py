"""Put the figures together and write the report: one HTML file and CSV files.

The HTML is self-contained (inline CSS, charts as inline SVG, no script, no
link to another host), rendered by Jinja2 with autoescape on, so a learner's
text can never become markup. The CSV files use ``;`` and a decimal comma and
start with a byte-order mark, so Excel with Dutch settings opens them in
columns; other programs read them as ordinary UTF-8.
"""

from __future__ import annotations

import csv
import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import aggregate as agg
from .course import CourseData
from .kinds import kind_of

HTML_FILE = "overzicht.html"
CSV_FILES = ("cursisten.csv", "puntenverdeling.csv", "criteria.csv", "verwisselingen.csv", "aandacht.csv")


@dataclass
class Report:
    data: CourseData
    names: dict[str, str]
    anonymous: bool
    judgements: list[agg.Judgement]
    disputes: list[agg.Dispute]
    shares: dict[str, list[agg.Share]]
    confusions: list[agg.Confusion]
    attention: list[agg.Attention]
    rows: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)  # said with the report's names


def make_report(data: CourseData, *, anonymous: bool = False) -> Report:
    """Every figure of the report for ``data``."""
    problems = list(data.problems)
    names = agg.pseudonyms(data.learners) if anonymous else dict(data.learners)
    judgements = agg.judge_texts(data)
    marks = agg.disputes(data.answers, problems, [c for cs in data.checks.values() for c in cs])
    problems = [p.say(names) for p in problems]
    items = agg.attention(data, judgements, marks)
    return Report(data, names, anonymous, judgements, marks, agg.criterion_shares(judgements),
                  agg.confusions([c for cs in data.checks.values() for c in cs], data.answers),
                  items, agg.learner_rows(data, names, items), problems)


def choice_name(value: str) -> str:
    """An intervention key as its Dutch name; any other answer as it is."""
    from ..content import interventions_by_key

    found = interventions_by_key().get(value)
    return found.name if found else value


def short_name(value: str) -> str:
    """:func:`choice_name` without the shared "Progressiegericht(e)" in front, for
    the narrow columns of a confusion table."""
    name = choice_name(value)
    for prefix in ("Progressiegerichte ", "Progressiegericht "):
        if name.startswith(prefix):
            rest = name[len(prefix):]
            return rest[:1].upper() + rest[1:]
    return name


def short_title(title: str) -> str:
    """"Opdracht 5" of "Opdracht 5: vragen en complimenten ...", for a narrow column
    (a title without a colon stays whole)."""
    return title.split(":", 1)[0].strip() or title


def number(x: float | None) -> str:
    """Dutch number: decimal comma, no trailing zeros; "–" for nothing."""
    if x is None:
        return "–"
    return f"{round(x, 1):g}".replace(".", ",")


def render_html(report: Report, *, today: _dt.date | None = None) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    from .charts import criteria_chart, score_chart

    data = report.data
    env = Environment(loader=PackageLoader("cpw_widgets.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["number"] = number
    env.filters["choice"] = choice_name
    env.filters["short"] = short_name
    scores = []
    for i, a in enumerate(data.assignments):
        dist = agg.score_distribution(data.scores, a)
        scores.append({
            "assignment": a, "title": data.titles.get(a, a), "max": data.max_scores.get(a),
            "n": sum(dist.values()), "mean": agg.mean_score(data.scores, a),
            "chart": Markup(score_chart(dist, data.max_scores.get(a, max(dist, default=0)), f"punten{i}"))
            if dist else None,
        })
    criteria = []  # per assignment, one part per kind of text (05: questions, then compliments)
    charts = 0
    for a, shares in sorted(report.shares.items()):
        parts = []
        for kind, these in agg.by_kind(shares).items():
            noun = kind_of(kind).many
            parts.append({"heading": noun[:1].upper() + noun[1:], "noun": noun,
                          "sentence": agg.hardest_sentence(these, noun),
                          "chart": Markup(criteria_chart(these, f"criteria{charts}"))})
            charts += 1
        criteria.append({"assignment": a, "title": data.titles.get(a, a), "parts": parts})
    confusions = [{"c": c, "title": data.titles.get(c.assignment, c.assignment),
                   "max": max(c.counts.values(), default=1)} for c in report.confusions]
    groups: dict[str, list[agg.Attention]] = {}
    for item in report.attention:
        groups.setdefault(item.what, []).append(item)
    template = env.get_template("overzicht.html.j2")
    return template.render(
        r=report, data=data, names=report.names, scores=scores, criteria=criteria,
        confusions=confusions, attention=groups, today=(today or _dt.date.today()).strftime("%d-%m-%Y"),
        # "Opdracht 5" on one line: a no-break space
        short_titles={a: short_title(data.titles.get(a, a)).replace(" ", "\u00a0") for a in data.assignments},
        not_chosen=agg.NOT_CHOSEN,
    )


def _csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows([[number(v) if isinstance(v, float) else v for v in row] for row in rows])


def write_csv(report: Report, out: Path) -> list[Path]:
    data = report.data
    paths = [out / name for name in CSV_FILES]
    learners, points, criteria, confusion, attention = paths
    _csv(learners, ["Cursist", *data.assignments, "Totaal", "Twijfel", "Ziet het anders", "Nog te geven"],
         [[r["name"], *[r["points"][a] if r["points"][a] is not None else "" for a in data.assignments],
           float(r["total"]), r["doubts"], r["disputes"], r["open"]] for r in report.rows])
    _csv(points, ["Opdracht", "Punten", "Cursisten"],
         [[a, p, n] for a in data.assignments for p, n in sorted(agg.score_distribution(data.scores, a).items())])
    _csv(criteria, ["Opdracht", "Soort tekst", "Criterium", "Voldoet", "Twijfel", "Nog niet", "Teksten",
                    "Aandeel voldoet (%)"],
         [[a, kind_of(s.kind).one, s.label, s.met, s.doubt, s.total - s.met - s.doubt, s.total, round(100 * s.fraction)]
          for a, shares in sorted(report.shares.items()) for s in shares])
    _csv(confusion, ["Opdracht", "Onderdeel", "Juist antwoord", "Gekozen", "Aantal"],
         [[c.assignment, c.answer_key, choice_name(right), choice_name(chosen), c.counts.get((right, chosen), 0)]
          for c in report.confusions for right in c.rows for chosen in c.columns
          if c.counts.get((right, chosen), 0)])
    _csv(attention, ["Cursist", "Opdracht", "Wat", "Onderdeel", "Tekst", "Toelichting"],
         [[report.names.get(a.learner, a.learner), a.assignment, a.what, a.part, a.text, a.detail]
          for a in report.attention])
    return paths


def write_report(report: Report, out: Path) -> list[Path]:
    """Write the HTML report and the CSV files into ``out``; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / HTML_FILE
    html_path.write_text(render_html(report), encoding="utf-8")
    return [html_path, *write_csv(report, out)]
