"""content.warm_up(): what the site build runs before the browser's snapshot."""

from __future__ import annotations

from ruamel.yaml import YAML

import cpw_widgets.content as content


# every public loader of bundled content (load_dialogue takes an id: load_dialogues covers it),
# so a loader added later without a place in warm_up fails here
LOADERS = tuple(getattr(content, name) for name in dir(content)
                if name.startswith("load_") and name not in {"load_dialogue", "load_dialogues", "load_exercises"})


def test_after_warm_up_every_bundled_loader_answers_without_parsing(monkeypatch):
    for load in LOADERS:  # other tests may have filled the caches already
        load.cache_clear()
    content.dialogue._bundled.cache_clear()
    content.exercises._bundled.cache_clear()
    content.warm_up()

    def no_parsing(*args, **kwargs):
        raise AssertionError("a bundled file was parsed again after warm_up")

    monkeypatch.setattr(YAML, "load", no_parsing)
    for load in LOADERS + (content.load_dialogues,):
        assert load(), load.__name__
    assert content.load_exercises().exercises
