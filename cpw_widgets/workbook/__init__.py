"""The printable workbook: the course's worksheets and overviews as one A4 PDF.

The top layer of the package: it reads the course content (``content``) and
the criteria labels (``assess.criteria``); nothing imports it. Pages come from
one Jinja2 template (autoescaped) that WeasyPrint lays out as PDF; the texts
the content YAML holds are never repeated here.

Build it alone with ``python -m cpw_widgets.workbook --out FILE``; ``make book``
puts it into the site as ``werkboek/oefenplaats-werkboek.pdf``.
"""

from .build import WorkbookError, build_pdf, render_html

__all__ = ["WorkbookError", "build_pdf", "render_html"]
