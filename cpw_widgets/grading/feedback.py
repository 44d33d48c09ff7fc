"""What the learner's feedback file (``nbgrader generate_feedback``) may show.

nbgrader 0.9.6 renders the autograded notebook as it is: hidden tests, full
tracebacks (whose source lines quote the hidden test that failed) and a
MathJax script from a public CDN. The course config
(``exercises/nbgrader_config.py``) therefore adds nbgrader's own
``ClearHiddenTests`` and :class:`FeedbackCleanup` to ``GenerateFeedback`` and
renders with :class:`CPWFeedbackExporter` and the Dutch template in
``feedback_template/cpw_feedback`` (no MathJax, no CDN, Dutch headings).

Needs nbconvert (installed with nbgrader, for trainers); the learner's side of
the package never imports this module.
"""

from __future__ import annotations

from pathlib import Path

from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

__all__ = ["CPWFeedbackExporter", "FeedbackCleanup", "TEMPLATE_BASEDIR", "TEMPLATE_NAME", "WIDGET_NOTE"]

#: Folder holding the template folder ``cpw_feedback`` (for
#: ``HTMLExporter.extra_template_basedirs``).
TEMPLATE_BASEDIR = str(Path(__file__).with_name("feedback_template"))
TEMPLATE_NAME = "cpw_feedback"

NO_RESPONSE = "No response."
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_NOTE = "(Hier stond de oefening; wat je bewaard hebt, staat in de toetsen en onderaan.)"


class CPWFeedbackExporter(HTMLExporter):
    """The feedback exporter of the course.

    Its own class so the config can name its template (``c.CPWFeedbackExporter``):
    nbgrader sets ``HTMLExporter.template_name`` itself (to ``feedback``, and
    the formgrader to ``formgrade``), and config of a subclass wins over that,
    so the formgrader keeps its own template.
    """


class FeedbackCleanup(Preprocessor):
    """Keep only what a learner should read in the feedback file.

    * An error output keeps one line: the Dutch message of the failed test
      (``evalue``); for an unexpected error ``Name: message``. The traceback,
      which quotes the test code, is dropped.
    * nbgrader's automatic "No response." comment on an unchanged (widget)
      answer cell is dropped.
    * A widget output becomes a short Dutch note (a static page cannot run
      it, and its text form is a long ``repr``); the saved widget state is
      removed from the notebook metadata (it would load a widget library).
    """

    # nbconvert registers preprocessors from config disabled unless they say otherwise
    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb, resources):
        nb.metadata.pop("widgets", None)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and not meta.get("grade") and meta.get("comment") == NO_RESPONSE:
            # nbgrader's automatic comment on an unchanged answer cell; the
            # widget cells never change (the learner clicks, and the answer
            # lives in antwoorden.json), so it would always read "No response."
            meta["comment"] = ""
        if cell.cell_type != "code":
            return cell, resources
        outputs = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                name, value = output.get("ename", ""), output.get("evalue", "")
                line = value if name == "AssertionError" and value else f"{name}: {value}"
                output["traceback"] = [line]
            elif WIDGET_MIME in output.get("data", {}):
                output["data"] = {"text/plain": WIDGET_NOTE}
            outputs.append(output)
        cell["outputs"] = outputs
        return cell, resources
