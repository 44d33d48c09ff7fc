"""The answer store: a learner's answers in one small JSON file.

One mechanism serves all three ways the course runs:

* the book notebooks in JupyterLab (the file sits beside the notebook),
* the nbgrader course (a hidden test cell reads the file at autograde, because
  autograde re-runs the notebook and a value that lives only in a widget is
  gone by then),
* the in-browser site (JupyterLite: the file lives in the browser's storage).

The file holds ``{key: answer_dict}``; every exercise has its own key. Widgets
call :meth:`AnswerStore.save` only when the learner clicks (Controleer,
Bewaar, ...), never when a cell runs.

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

__all__ = ["AnswerStore", "DEFAULT_FILENAME"]

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
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        try:
            self._write_atomic(text)
        except OSError as exc:
            self.warning = (
                f"Je antwoord kon niet worden bewaard ({exc.strerror or exc}). "
                "Kopieer je tekst voor de zekerheid even naar een ander document."
            )
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
