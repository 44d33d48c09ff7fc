"""JupyterLab as the course sets it up (make setup): Dutch menus, no news pop-up.

Learners open the notebooks in JupyterLab and trainers grade there, so the
venv's JupyterLab must speak Dutch without anyone touching its settings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "exercises" / "jupyterlab-overrides.json"
SCHEMAS = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"


def test_overrides_name_real_settings_with_valid_values():
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    for plugin_id, values in overrides.items():
        package, plugin = plugin_id.split(":")
        schema = json.loads((SCHEMAS / package / f"{plugin}.json").read_text(encoding="utf-8"))
        for key, value in values.items():
            prop = schema["properties"][key]
            if "enum" in prop:
                assert value in prop["enum"], (plugin_id, key, value)
            elif "oneOf" in prop:
                assert value in [o.get("const") for o in prop["oneOf"]], (plugin_id, key, value)
            else:
                assert type(value).__name__ == {"string": "str", "boolean": "bool"}[prop["type"]]
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "nl_NL"


def test_venv_jupyterlab_uses_the_overrides_and_has_the_dutch_pack():
    from jupyterlab_server.translation_utils import get_language_packs

    installed = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert installed.exists(), "make setup copies exercises/jupyterlab-overrides.json into the venv"
    assert json.loads(installed.read_text(encoding="utf-8")) == json.loads(OVERRIDES.read_text(encoding="utf-8"))
    packs, _messages = get_language_packs()
    assert "nl_NL" in packs
