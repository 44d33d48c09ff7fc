"""The answer store: a learner's answers in one small JSON file.

One mechanism serves all three ways the course runs:

* the book notebooks in JupyterLab (the file sits beside the notebook),
* the nbgrader course (a hidden test cell reads the file at autograde, because
  autograde re-runs the notebook and a value that lives only in a widget is
  gone by then),
* the in-browser site (the page's Python: the file lives in the browser's
  IndexedDB, shared by every page of the site; see lite/bridge.py and
  web/src/worker.js).

The file holds ``{key: answer_dict}``; every exercise has its own key. Widgets
call :meth:`AnswerStore.save` only when the learner clicks (Controleer,
Bewaar, ...), never when a cell runs.

The learner can take the answers along: :func:`export_answers` makes one
readable JSON document of them (the "Download mijn antwoorden" button of the
progress page), :func:`read_export` checks such a document (or a bare answers
file) before :meth:`AnswerStore.merge` restores it, and :meth:`AnswerStore.clear`
wipes them. A damaged or foreign document raises :class:`ImportProblem` with a
Dutch message and changes nothing.

A damaged file never raises into the learner's face and is never thrown away:
it is renamed to ``antwoorden.json.kapot-<tijdstip>`` and :attr:`AnswerStore.warning`
holds a Dutch message the widgets show. Entries that were still readable stay
available and are written back with the next save.

This module is the bottom layer: it imports nothing from the package.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from os import PathLike
from pathlib import Path
from typing import Any

__all__ = ["AnswerStore", "DEFAULT_FILENAME", "EXPORT_KIND", "ImportProblem", "export_answers",
           "read_export", "utc_now"]

#: The file name the notebooks use (relative to the notebook's folder).
DEFAULT_FILENAME = "antwoorden.json"


class AnswerStore:
    """Read and write the answers file.

    ``path`` is resolved against the current working directory when the store
    is made (in a notebook: the notebook's folder). Every call reads the file
    afresh, so several stores (one per notebook cell) can share one file.
    """

    def __init__(self, path: str | PathLike[str] = DEFAULT_FILENAME):
        self.path = Path(path).absolute()
        #: A Dutch message for the learner when something went wrong, else "".
        self.warning: str = ""
        # Readable entries of a damaged file, kept until the next save.
        self._salvaged: dict[str, dict[str, Any]] = {}

    # -- reading ---------------------------------------------------------

    def load(self, key: str) -> dict[str, Any] | None:
        """The stored answer for ``key``, or ``None`` when there is none."""
        answer = self._read().get(key)
        return dict(answer) if answer is not None else None

    def all(self) -> dict[str, dict[str, Any]]:
        """All stored answers (a copy)."""
        return {key: dict(value) for key, value in self._read().items()}

    def _read(self) -> dict[str, dict[str, Any]]:
        data = dict(self._salvaged)
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return data
        except (OSError, UnicodeDecodeError):
            return data | self._set_aside(raw=None)
        try:
            parsed = json.loads(raw) if raw.strip() else {}
        except ValueError:
            return data | self._set_aside(raw=None)
        if not isinstance(parsed, dict):
            return data | self._set_aside(raw=None)
        good = {k: v for k, v in parsed.items() if isinstance(v, dict)}
        if len(good) != len(parsed):
            return data | self._set_aside(raw=good)
        return data | good

    def _set_aside(self, raw: dict[str, dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
        """Rename the damaged file to a backup; keep ``raw`` (the readable part)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.kapot-{stamp}")
        n = 2
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.kapot-{stamp}-{n}")
            n += 1
        try:
            os.replace(self.path, backup)
        except OSError as exc:
            self.warning = (
                "Je eerder bewaarde antwoorden konden niet worden gelezen, en er kon ook "
                f"geen reservekopie worden gemaakt ({exc.strerror or exc}). "
                f"Laat het bestand {self.path.name} staan en vraag je trainer om hulp."
            )
            return raw or {}
        self.warning = (
            "Je eerder bewaarde antwoorden konden niet worden gelezen; er is een "
            f"reservekopie gemaakt: {backup.name}. Nieuwe antwoorden worden gewoon bewaard."
        )
        self._salvaged.update(raw or {})
        return raw or {}

    # -- writing ---------------------------------------------------------

    def save(self, key: str, answer: dict[str, Any]) -> bool:
        """Store ``answer`` under ``key``; ``True`` when it was written.

        The whole file is written to a temporary file first and then moved into
        place, so a crash halfway never leaves half a file. If writing fails,
        :attr:`warning` says so in Dutch and ``False`` is returned.
        """
        if not isinstance(key, str) or not key:
            raise ValueError("key moet een niet-lege tekst zijn")
        if not isinstance(answer, dict):
            raise TypeError("answer moet een dict zijn")
        data = self._read()
        data[key] = answer
        return self._write_all(data, failed="Je antwoord kon niet worden bewaard ({}). Kopieer je "
                                "tekst voor de zekerheid even naar een ander document.")

    def merge(self, answers: dict[str, dict[str, Any]]) -> bool:
        """Store every ``{key: answer}`` of ``answers`` at once (an import);
        other stored answers stay. ``True`` when written."""
        if not all(isinstance(k, str) and k and isinstance(v, dict) for k, v in answers.items()):
            raise TypeError("answers moet {tekst: dict} zijn")
        return self._write_all(self._read() | {k: dict(v) for k, v in answers.items()})

    def clear(self) -> bool:
        """Wipe every stored answer (the file then holds ``{}``). ``True`` when written."""
        self._salvaged.clear()
        return self._write_all({})

    def _write_all(self, data: dict[str, dict[str, Any]], failed: str = (
            "Je antwoorden konden niet worden bijgewerkt ({}). Er is niets veranderd.")) -> bool:
        """Write ``data`` as the whole file; on failure ``failed`` (with the reason) becomes
        :attr:`warning` and the old file stays."""
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        try:
            self._write_atomic(text)
        except OSError as exc:
            self.warning = failed.format(exc.strerror or exc)
            return False
        self._salvaged.clear()
        return True

    def _write_atomic(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                try:
                    os.fsync(handle.fileno())
                except OSError:  # some in-browser file systems have no fsync
                    pass
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def __repr__(self) -> str:
        return f"AnswerStore({str(self.path)!r})"


# -- taking the answers along (download / import) ------------------------------

#: The marker of a downloaded answers document.
EXPORT_KIND = "Oefenplaats Progressiegericht Werken: mijn antwoorden"
#: An import larger than this is not an answers document of this course.
MAX_IMPORT_BYTES = 5_000_000


class ImportProblem(ValueError):
    """An imported document cannot be used; the message is Dutch, for the learner."""


def utc_now() -> str:
    """The current time as ISO 8601 UTC, to the second (``2026-01-31T09:15:00Z``)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def export_answers(answers: dict[str, dict[str, Any]], *, at: str | None = None) -> str:
    """One readable JSON document with all ``answers`` (what the learner downloads)."""
    doc = {"soort": EXPORT_KIND, "versie": 1, "gemaakt_op": at or utc_now(), "antwoorden": answers}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


_FOREIGN = ("Dit bestand komt niet uit deze cursus: er staan geen antwoorden van de oefeningen "
            "in. Kies het bestand dat je met ‘Download mijn antwoorden’ hebt gemaakt.")
_DAMAGED = ("Dit bestand is beschadigd of onvolledig, dus er is niets teruggezet. Download je "
            "antwoorden nog eens op het apparaat waar ze staan, en probeer het daarna opnieuw.")


def read_export(data: bytes | str, known_keys: Any = None) -> dict[str, dict[str, Any]]:
    """The answers in an imported document, checked; else :class:`ImportProblem`.

    Accepts what :func:`export_answers` writes, and a bare answers file
    (``{key: answer}``). Every answer must be a JSON object. With
    ``known_keys`` (the exercises of the course), a document without a single
    known key is foreign; answers of other keys are kept (a newer course may
    have more exercises).
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > MAX_IMPORT_BYTES:
            raise ImportProblem("Dit bestand is veel te groot voor antwoorden uit deze cursus. "
                                "Kies het bestand dat je met ‘Download mijn antwoorden’ hebt gemaakt.")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportProblem(_FOREIGN) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblem("Dit bestand is veel te groot voor antwoorden uit deze cursus.")
    if not data.strip():
        raise ImportProblem("Dit bestand is leeg, dus er is niets teruggezet.")
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        raise ImportProblem(_DAMAGED if data.lstrip().startswith("{") else _FOREIGN) from None
    if not isinstance(doc, dict):
        raise ImportProblem(_FOREIGN)
    if "soort" in doc or "antwoorden" in doc:
        if doc.get("soort") != EXPORT_KIND or not isinstance(doc.get("antwoorden"), dict):
            raise ImportProblem(_FOREIGN if doc.get("soort") != EXPORT_KIND else _DAMAGED)
        answers = doc["antwoorden"]
    else:
        answers = doc
    if not answers:
        raise ImportProblem("In dit bestand staan nog geen antwoorden, dus er is niets teruggezet.")
    if not all(isinstance(k, str) and k and isinstance(v, dict) for k, v in answers.items()):
        raise ImportProblem(_DAMAGED if "soort" in doc else _FOREIGN)
    if known_keys is not None and not set(answers) & set(known_keys):
        raise ImportProblem(_FOREIGN)
    return {k: dict(v) for k, v in answers.items()}
