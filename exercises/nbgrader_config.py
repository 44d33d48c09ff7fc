# nbgrader configuration of the CPW course (nbgrader 0.9.6).
#
# Run every nbgrader command from this folder (exercises/): nbgrader reads this
# file from the current directory. The technical appendix (book/10a-techniek.md)
# walks through the commands, on one computer and for a whole group (JupyterHub).

import sys
from pathlib import Path

from nbgrader.preprocessors import ClearHiddenTests, GetGrades
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor

from cpw_widgets.grading.feedback import (
    TEMPLATE_BASEDIR,
    TEMPLATE_NAME,
    CPWFeedbackExporter,
    FeedbackCleanup,
)

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

c.CourseDirectory.course_id = "cpw-oefenplaats"

#: The assignments, in course order (the folders in source/).
ASSIGNMENTS = [
    "01-interventies",
    "02-progressieverzoek",
    "03-cirkeltechniek",
    "04-intake-en-intervisie",
    "05-vragen-en-complimenten",
]

# The learner's widgets write their answers to antwoorden.json beside the
# notebook when they click Controleer or Bewaar; the locked test cells read
# that file at autograde. Never let a copy from source/ replace the learner's.
ANSWERS_FILE = "antwoorden.json"
c.Autograde.exclude_overwriting = {name: [ANSWERS_FILE] for name in ASSIGNMENTS}

# Solution regions in the source notebooks only answer the exercise for
# `nbgrader validate`; the released widget cell needs no code from the learner.
c.ClearSolutions.code_stub = {"python": ""}
c.ClearSolutions.text_stub = "Schrijf hier je antwoord."

# Feedback for the learner: no hidden tests (nbgrader shows them by default),
# no tracebacks that quote test code, no widget JavaScript, no MathJax from a
# CDN, and Dutch headings (template cpw_feedback in cpw_widgets/grading).
c.GenerateFeedback.preprocessors = [
    GetGrades,
    CSSHTMLHeaderPreprocessor,
    ClearHiddenTests,
    FeedbackCleanup,
]
c.GenerateFeedback.exporter_class = CPWFeedbackExporter
c.CPWFeedbackExporter.template_name = TEMPLATE_NAME
c.CPWFeedbackExporter.extra_template_basedirs = [
    TEMPLATE_BASEDIR,
    str(Path(sys.modules["nbgrader"].__file__).parent / "server_extensions" / "formgrader" / "templates"),
]

# A trainer who tried a source notebook by clicking has an answers file in
# source/: generate_assignment would copy it into the release. Say so.
_here = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
for _stray in sorted((_here / "source").glob(f"*/{ANSWERS_FILE}")):
    print(
        f"Let op: {_stray.relative_to(_here)} hoort niet in source/ (anders gaat het mee "
        "in de uitgave). Verwijder het voordat je generate_assignment draait.",
        file=sys.stderr,
    )
