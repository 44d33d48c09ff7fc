"""The exercise content: the bundled YAML files load and cover the course, and
a broken file gives one Dutch ContentError that names file, item and field,
without loading anything half."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from cpw_widgets.content import (
    CIRCLE_MODES,
    DOMAINS,
    CirclePrompt,
    ContentError,
    FeedbackItem,
    Intervention,
    Scenario,
    interventions_by_key,
    load_circle_prompts,
    load_feedback_items,
    load_interventions,
    load_scenarios,
)

NINE = [
    "nee-zeggen",
    "sturen",
    "instrueren",
    "helpen",
    "adviseren",
    "trainen",
    "overtuigen",
    "negatieve-feedback",
    "progressieverzoek",
]

LOADERS = {
    "interventions.yaml": (load_interventions, Intervention),
    "scenarios.yaml": (load_scenarios, Scenario),
    "feedback.yaml": (load_feedback_items, FeedbackItem),
    "circle.yaml": (load_circle_prompts, CirclePrompt),
}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# A valid scenario as YAML text, to copy and break in the tests below.
GOOD_SCENARIO = """\
- id: eigen-1
  domain: team
  text: Je bent teamleider en een medewerker haalt de afgesproken termijn niet.
  intervention: sturen
  features:
    - Je mag dit vanuit je rol verwachten
  explanation: Je hebt het mandaat en de medewerker kiest zelf de weg.
  wrong:
    progressieverzoek: Je hebt het mandaat; het is geen eigen wens.
"""


# --------------------------------------------------------------------------
# The bundled files


@pytest.mark.parametrize("filename", list(LOADERS))
def test_bundled_file_ships_inside_the_package(filename: str) -> None:
    resource = resources.files("cpw_widgets.content").joinpath("data", filename)
    assert resource.is_file()
    assert "Centrum Progressiegericht Werken" in resource.read_text(encoding="utf-8")


@pytest.mark.parametrize("filename", list(LOADERS))
def test_bundled_file_loads_as_tuple_of_records_and_is_cached(filename: str) -> None:
    load, record = LOADERS[filename]
    items = load()
    assert isinstance(items, tuple) and items
    assert all(isinstance(item, record) for item in items)
    assert load() is items  # cached


def test_loading_an_explicit_path_is_uncached(tmp_path: Path) -> None:
    path = write(tmp_path, "mijn-situaties.yaml", GOOD_SCENARIO)
    first = load_scenarios(path)
    second = load_scenarios(str(path))
    assert first == second and first is not second
    assert first[0].wrong == {"progressieverzoek": "Je hebt het mandaat; het is geen eigen wens."}
    assert first[0].features == ("Je mag dit vanuit je rol verwachten",)


def test_the_nine_interventions_of_the_seed_in_order() -> None:
    interventions = load_interventions()
    assert [i.key for i in interventions] == NINE
    names = {i.key: i.name for i in interventions}
    assert names["nee-zeggen"] == "Progressiegericht nee zeggen"
    assert names["negatieve-feedback"] == "Progressiegerichte negatieve feedback"
    assert names["progressieverzoek"] == "Progressieverzoek"
    for i in interventions:
        assert 3 <= len(i.features) <= 5, i.key
        assert i.summary.endswith("."), i.key
    assert list(interventions_by_key()) == NINE
    assert interventions_by_key()["sturen"] is interventions[1]


def test_scenarios_cover_every_intervention_and_domain() -> None:
    scenarios = load_scenarios()
    assert len(scenarios) >= 36
    per_intervention = Counter(s.intervention for s in scenarios)
    assert set(per_intervention) == set(NINE)
    assert min(per_intervention.values()) >= 4, per_intervention
    domains = Counter(s.domain for s in scenarios)
    assert set(domains) <= set(DOMAINS)
    for domain in ("team", "zorg", "onderwijs", "klantenservice", "thuis"):
        assert domains[domain] >= 3, domains


def test_scenarios_are_short_je_vorm_with_two_or_three_valid_wrong_choices() -> None:
    for s in load_scenarios():
        assert s.text.startswith("Je ") or " je " in s.text, s.id
        sentences = [x for x in re.split(r"(?<=[.?!\"])\s+(?=[A-Z\"])", s.text) if x]
        assert 2 <= len(sentences) <= 6, (s.id, len(sentences))
        assert 2 <= len(s.wrong) <= 3, s.id
        assert s.intervention not in s.wrong, s.id
        assert set(s.wrong) <= set(NINE), s.id
        assert s.features and s.explanation, s.id
        assert s.id.startswith(s.intervention + "-"), s.id


def test_ids_are_unique_within_and_across_files() -> None:
    ids = [s.id for s in load_scenarios()] + [f.id for f in load_feedback_items()] + [
        c.id for c in load_circle_prompts()
    ]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates


BLAME = re.compile(r"\b(altijd|nooit|weer|steeds|eindelijk|gewoon|lui|slordig|niet|geen|minder)\b", re.I)
REASON = re.compile(r"\b(omdat|zodat|want|dan|zo)\b", re.I)
WHEN = re.compile(
    r"\d|morgen|van(daag|avond|middag|ochtend|af)|(maan|dins|woens|donder|vrij|zater|zon)dag"
    r"|volgende|binnen|tevoren|als |na |bij |tijdens|voor |vóór",
    re.I,
)
ASKS = re.compile(r"^(wil|wilt|zou|zouden|kun|kunt|kan)\b", re.I)


def test_feedback_items_and_their_model_requests() -> None:
    items = load_feedback_items()
    assert len(items) >= 30
    domains = Counter(f.domain for f in items)
    for domain in ("team", "zorg", "onderwijs", "klantenservice", "thuis"):
        assert domains[domain] >= 3, domains
    for item in items:
        assert 1 <= len(item.models) <= 2, item.id
        for model in item.models:
            # A rough, assessor-independent check of the five criteria.
            assert ASKS.match(model), (item.id, model)
            assert "?" in model, (item.id, model)
            assert REASON.search(model), (item.id, model)
            assert not BLAME.search(model), (item.id, model, BLAME.search(model))
            assert WHEN.search(model), (item.id, model)


NEGATIVE = re.compile(r"\b(niet|geen|minder|nooit|stoppen|ophouden)\b", re.I)


def test_circle_prompts_are_positive_and_concrete() -> None:
    prompts = load_circle_prompts()
    assert len(prompts) >= 10
    modes = Counter(p.mode for p in prompts)
    assert modes["persoonlijk"] >= 6 and modes["team"] >= 4
    assert set(modes) <= set(CIRCLE_MODES)
    for p in prompts:
        assert 3 <= len(p.inner_examples) <= 5, p.id
        assert 3 <= len(p.outer_examples) <= 5, p.id
        for example in (*p.inner_examples, *p.outer_examples, p.step_example):
            assert not NEGATIVE.search(example), (p.id, example)
        assert p.step_example and p.intro and p.topic, p.id


# --------------------------------------------------------------------------
# Against the assessors (another layer; skipped only while it is not there)


def _assessor(name: str, modules: tuple[str, ...]):
    """The assessor function ``name`` from the first module that has it.

    Skips only while the module (or the name in it) does not exist yet: the
    assess package is written in parallel. Any other error fails the test."""
    errors = []
    for module_name in modules:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise  # the module is there but one of its own imports fails
            errors.append(f"{module_name}: {exc}")
            continue
        if hasattr(module, name):
            return getattr(module, name)
        errors.append(f"{module_name} has no {name}")
    pytest.skip(f"assessor {name} not available yet ({'; '.join(errors)})")


def test_every_model_request_passes_assess_request() -> None:
    assess_request = _assessor("assess_request", ("cpw_widgets.assess", "cpw_widgets.assess.request"))
    failures = []
    for item in load_feedback_items():
        for model in item.models:
            result = assess_request(model)
            if not result.passed:
                failed = [k for k, c in result.criteria.items() if not c.passed]
                failures.append(f"{item.id}: {model!r} fails {failed}")
    assert not failures, "\n".join(failures)


def test_every_circle_example_passes_assess_statement() -> None:
    assess_statement = _assessor(
        "assess_statement",
        ("cpw_widgets.assess", "cpw_widgets.assess.statement", "cpw_widgets.assess.circle"),
    )
    failures = []
    for prompt in load_circle_prompts():
        for example in (*prompt.inner_examples, *prompt.outer_examples):
            result = assess_statement(example)
            if not result.passed:
                failed = [k for k, c in result.criteria.items() if not c.passed]
                failures.append(f"{prompt.id}: {example!r} fails {failed}")
    assert not failures, "\n".join(failures)


# --------------------------------------------------------------------------
# Broken files: one Dutch ContentError naming file, item and field


def error_for(load, path: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load(path)
    assert isinstance(info.value, ValueError)
    return info.value


def test_missing_field_names_file_item_and_field(tmp_path: Path) -> None:
    text = GOOD_SCENARIO.replace("  explanation: Je hebt het mandaat en de medewerker kiest zelf de weg.\n", "")
    err = error_for(load_scenarios, write(tmp_path, "scenarios.yaml", text))
    assert str(err) == 'scenarios.yaml, item "eigen-1" (nr. 1): het veld "explanation" ontbreekt; voeg het toe.'
    assert err.filename == "scenarios.yaml"


def test_unknown_intervention_lists_the_choices(tmp_path: Path) -> None:
    text = GOOD_SCENARIO + GOOD_SCENARIO.replace("eigen-1", "sturen-2").replace(
        "intervention: sturen", "intervention: stuuren"
    )
    err = error_for(load_scenarios, write(tmp_path, "scenarios.yaml", text))
    message = str(err)
    assert message.startswith(
        'scenarios.yaml, item "sturen-2" (nr. 2): het veld "intervention" noemt "stuuren", '
        "maar die interventie bestaat niet. Kies uit: adviseren, helpen, "
    )
    for key in NINE:
        assert key in message


def test_wrong_key_must_exist_and_differ_from_the_right_one(tmp_path: Path) -> None:
    text = GOOD_SCENARIO.replace(
        "    progressieverzoek: Je hebt het mandaat; het is geen eigen wens.\n",
        "    sturen: Dit is juist goed.\n    coachen: Bestaat niet.\n",
    )
    err = error_for(load_scenarios, write(tmp_path, "scenarios.yaml", text))
    assert len(err.problems) == 2
    assert 'het veld "wrong" noemt "sturen", maar dat is juist de goede interventie' in str(err)
    assert 'het veld "wrong" noemt "coachen", maar die interventie bestaat niet' in str(err)
    assert str(err).startswith("scenarios.yaml bevat 2 fouten:\n- scenarios.yaml, item \"eigen-1\" (nr. 1)")


def test_duplicate_id_names_both_positions(tmp_path: Path) -> None:
    text = GOOD_SCENARIO * 2 + GOOD_SCENARIO.replace("eigen-1", "eigen-3")
    err = error_for(load_scenarios, write(tmp_path, "scenarios.yaml", text))
    assert str(err) == (
        'scenarios.yaml, item "eigen-1" (nr. 2): het veld "id" is "eigen-1", maar dat komt al voor bij '
        "item nr. 1. Elke waarde mag maar één keer voorkomen."
    )


def test_wrong_types_are_named(tmp_path: Path) -> None:
    text = """\
- id: telaat
  domain: team
  context: Een collega tegen een collega.
  feedback: 9.30
  models: Wil je om 9.00 uur komen? Dan beginnen we samen.
"""
    err = error_for(load_feedback_items, write(tmp_path, "feedback.yaml", text))
    assert err.problems == (
        'feedback.yaml, item "telaat" (nr. 1): het veld "feedback" moet tekst zijn, maar is een getal (9.3).',
        'feedback.yaml, item "telaat" (nr. 1): het veld "models" moet een lijst zijn (elke regel begint met '
        "'- '), maar is één losse tekst.",
    )


def test_item_without_id_is_named_by_position(tmp_path: Path) -> None:
    text = """\
- mode: team
  topic: Overleg
  intro: Een team.
  inner_examples: [We beginnen op tijd, We hebben een agenda, We maken notulen]
  outer_examples: [We ronden af binnen een uur, We maken afspraken, We wisselen de voorzitter]
  step_example: Sanne zit dinsdag het overleg voor.
"""
    err = error_for(load_circle_prompts, write(tmp_path, "circle.yaml", text))
    assert str(err) == 'circle.yaml, item nr. 1: het veld "id" ontbreekt; voeg het toe.'


def test_counts_choices_empty_strings_and_unknown_fields(tmp_path: Path) -> None:
    text = """\
- id: overleg
  mode: groep
  topic: "  "
  intro: Een team.
  inner_examples: [We beginnen op tijd]
  outer_examples: [We ronden af binnen een uur, We maken afspraken, We wisselen de voorzitter]
  step_example: Sanne zit dinsdag het overleg voor.
  stap: Een tikfout in de veldnaam.
"""
    err = error_for(load_circle_prompts, write(tmp_path, "circle.yaml", text))
    label = 'circle.yaml, item "overleg" (nr. 1): het veld '
    assert set(err.problems) == {
        label + '"stap" is onbekend. Bedoel je een van deze velden: id, mode, topic, intro, '
        "inner_examples, outer_examples, step_example?",
        label + '"mode" is "groep", maar dat kan niet. Kies uit: persoonlijk, team.',
        label + '"topic" is leeg; vul het in.',
        label + '"inner_examples" heeft 1 regel(s); er moeten er 3 tot 5 zijn.',
    }


def test_yaml_syntax_error_gives_dutch_message_with_line_number(tmp_path: Path) -> None:
    text = GOOD_SCENARIO + '- id: eigen-2\n  text: "niet afgesloten\n  domain: team\n'
    err = error_for(load_scenarios, write(tmp_path, "scenarios.yaml", text))
    message = str(err)
    assert message.startswith("scenarios.yaml: de YAML is niet te lezen rond regel ")
    # The quote opened on line 11 is still open at the end of the file.
    assert "rond regel 13, kolom 1 (wat daar misgaat, begint op regel 11)" in message
    assert "aanhalingsteken geopend maar niet gesloten" in message


def test_bad_indentation_reports_its_line(tmp_path: Path) -> None:
    text = "- key: sturen\n  name: Sturen\n   summary: te ver ingesprongen\n"
    err = error_for(load_interventions, write(tmp_path, "interventions.yaml", text))
    assert "rond regel 3" in str(err)
    assert "inspringing" in str(err)


def test_tab_is_explained(tmp_path: Path) -> None:
    text = "- key: sturen\n\tname: Sturen\n"
    err = error_for(load_interventions, write(tmp_path, "interventions.yaml", text))
    assert str(err).startswith("interventions.yaml: de YAML is niet te lezen rond regel 2, kolom 1. Daar staat een tab")


def test_duplicate_yaml_key_is_a_content_error(tmp_path: Path) -> None:
    text = GOOD_SCENARIO.replace("  domain: team\n", "  domain: team\n  domain: zorg\n")
    err = error_for(load_scenarios, write(tmp_path, "scenarios.yaml", text))
    assert "scenarios.yaml: de YAML is niet te lezen rond regel 3" in str(err)
    assert 'Het veld "domain" staat twee keer in hetzelfde item' in str(err)


@pytest.mark.parametrize("text", ["", "   \n", "# alleen commentaar\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    err = error_for(load_feedback_items, write(tmp_path, "feedback.yaml", text))
    assert str(err) == "feedback.yaml: het bestand is leeg; er staan geen items in."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[]\n", "feedback.yaml: de lijst is leeg; er staan geen items in."),
        ("id: los\n", "feedback.yaml: het bestand moet een lijst van items zijn"),
        ("- gewoon een zin\n", "feedback.yaml, item nr. 1: een item moet bestaan uit velden"),
    ],
)
def test_wrong_shape_of_the_file(tmp_path: Path, text: str, expected: str) -> None:
    err = error_for(load_feedback_items, write(tmp_path, "feedback.yaml", text))
    assert str(err).startswith(expected)


def test_missing_file(tmp_path: Path) -> None:
    err = error_for(load_circle_prompts, tmp_path / "bestaat-niet.yaml")
    assert str(err).startswith("bestaat-niet.yaml: het bestand bestaat niet")


def test_all_problems_are_reported_together_and_nothing_half_loads(tmp_path: Path) -> None:
    bundled = load_scenarios()
    good = [GOOD_SCENARIO.replace("eigen-1", f"eigen-{n}") for n in range(1, 6)]
    broken = GOOD_SCENARIO.replace("eigen-1", "kapot-1").replace("  domain: team\n", "")
    broken2 = GOOD_SCENARIO.replace("eigen-1", "kapot-2").replace("intervention: sturen", "intervention: coachen")
    path = write(tmp_path, "scenarios.yaml", good[0] + broken + "".join(good[1:]) + broken2)

    err = error_for(load_scenarios, path)
    assert len(err.problems) == 2
    assert 'item "kapot-1" (nr. 2): het veld "domain" ontbreekt' in str(err)
    assert 'item "kapot-2" (nr. 7): het veld "intervention" noemt "coachen"' in str(err)
    # The valid items were not returned half, and the bundled cache is untouched.
    assert load_scenarios() is bundled

    path.write_text("".join(good), encoding="utf-8")
    assert [s.id for s in load_scenarios(path)] == [f"eigen-{n}" for n in range(1, 6)]


def test_own_interventions_file_is_validated_too(tmp_path: Path) -> None:
    text = """\
- key: sturen
  name: Progressiegericht sturen
  features: [Je hebt het mandaat]
  summary: Past bij een doel dat vastligt.
- key: Sturen Twee
  name: Tweede
  features: [Een, Twee]
  summary: Past soms.
"""
    err = error_for(load_interventions, write(tmp_path, "interventions.yaml", text))
    assert err.problems == (
        'interventions.yaml, item "sturen" (nr. 1): het veld "features" heeft 1 regel(s); er moeten er 2 tot 8 zijn.',
        'interventions.yaml, item "Sturen Twee" (nr. 2): het veld "key" is "Sturen Twee", maar mag alleen kleine '
        'letters, cijfers en streepjes bevatten (bijvoorbeeld "sturen-2").',
    )


def test_loader_parses_with_pure_python_ruamel() -> None:
    source = Path(importlib.import_module("cpw_widgets.content.loader").__file__).read_text(encoding="utf-8")
    assert 'YAML(typ="safe", pure=True)' in source
    assert not re.search(r"^\s*import yaml\b|^\s*from yaml\b", source, re.M)
