"""content.warm_up(): what the site build runs before the browser's snapshot."""

from __future__ import annotations

from ruamel.yaml import YAML

import cpw_widgets.content as content


LOADERS = (content.load_circle_prompts, content.load_feedback_items, content.load_intake_questions,
           content.load_intake_steps, content.load_interventions, content.load_intervision_questions,
           content.load_scenarios, content.load_round_cases)


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
