"""Write the nbgrader source notebooks of the CPW course (exercises/source/).

The notebooks are generated so that every cell carries correct nbgrader
metadata and the four assignments share one layout:

1. an introduction (what to do, how it is graded, the CPW credit),
2. a locked cell with the exercise material,
3. one cell per widget (an "autograded answer" cell: in the source its
   solution region saves the model answer to a temporary store, so
   ``nbgrader validate`` passes; the release keeps only the widget),
4. locked test cells (1 point each) that read ``antwoorden.json`` and call
   :mod:`cpw_widgets.grading`; keys sit in ``### BEGIN HIDDEN TESTS`` regions,
5. for 02 and 03 a task cell the trainer grades by hand,
6. a locked cell that prints the saved answers (for the trainer in the
   formgrader and for the learner).

Run from the repository root after editing the content below:

    .venv/bin/python exercises/tools/make_source.py

``tests/test_grading.py`` checks that the committed notebooks equal the output.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from textwrap import dedent

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from cpw_widgets.assess.criteria import REQUEST_CRITERIA, REQUEST_LABELS

SOURCE = Path(__file__).resolve().parents[1] / "source"
CREDIT = (
    "*De methode progressiegericht werken: © Centrum Progressiegericht Werken (CPW). "
    "Gebruikt met bronvermelding, zoals het CPW vraagt.*"
)
CHECK_INTRO = dedent("""\
    ## Controle

    De cellen hieronder zijn de toetsen. Je trainer laat ze na het inleveren automatisch
    uitvoeren; elke toets is 1 punt waard. Je mag ze zelf ook uitvoeren: zie je een foutmelding
    *\u201cnog niets bewaard\u201d*, klik dan eerst op de knop onder de opdracht. Of je antwoord
    goed is, zie je pas in je feedback: sommige toetsen zijn verborgen.""")


# -- cells ------------------------------------------------------------------------


def _meta(grade_id: str, *, grade=False, solution=False, locked=False, task=False, points=None):
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def markdown(grade_id: str, text: str):
    return new_markdown_cell(dedent(text).strip(), id=grade_id, metadata=_meta(grade_id, locked=True))


def readonly(grade_id: str, code: str):
    return new_code_cell(dedent(code).strip(), id=grade_id, metadata=_meta(grade_id, locked=True))


def widget(grade_id: str, code: str, solution: str):
    source = dedent(code).strip() + "\n### BEGIN SOLUTION\n" + dedent(solution).strip() + "\n### END SOLUTION"
    return new_code_cell(source, id=grade_id, metadata=_meta(grade_id, solution=True))


def test(grade_id: str, visible: str, hidden: str = "", points: int = 1):
    source = dedent(visible).strip()
    if hidden:
        source += "\n### BEGIN HIDDEN TESTS\n" + dedent(hidden).strip() + "\n### END HIDDEN TESTS"
    return new_code_cell(source, id=grade_id,
                         metadata=_meta(grade_id, grade=True, locked=True, points=points))


def task(grade_id: str, text: str, points: int = 1):
    return new_markdown_cell(dedent(text).strip(), id=grade_id,
                             metadata=_meta(grade_id, locked=True, task=True, points=points))


def overview(keys: list[str]):
    return readonly("overzicht", f"""\
        # Jouw bewaarde antwoorden (zo ziet je trainer ze ook)
        grading.show_answers({keys!r})""")


@dataclass
class Assignment:
    name: str
    cells: list = field(default_factory=list)

    def write(self, root: Path = SOURCE) -> Path:
        nb = new_notebook(cells=self.cells, metadata={
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        })
        nbformat.validate(nb)
        path = root / self.name / f"{self.name}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path


def _py(value) -> str:
    """A Python literal of ``value`` (strings with double quotes, Dutch kept)."""
    return json.dumps(value, ensure_ascii=False)


# -- 01: which intervention fits? -----------------------------------------------------

#: (id, situation, right key, why) -- the key and "why" only appear in hidden tests.
SITUATIONS = [
    ("situatie-1",
     "Je bent teamleider in de thuiszorg. Een van je medewerkers vult al twee weken de "
     "rapportage niet in aan het eind van haar dienst, terwijl dat de afspraak is in het team. "
     "Hoe ze het inplant, mag ze zelf weten, zolang het na elke dienst gebeurt.",
     "sturen",
     "Vanuit je rol mag je verwachten dat de rapportage er na elke dienst is, en de "
     "medewerker kiest zelf hoe ze dat doel haalt: dat zijn de kenmerken van sturen."),
    ("situatie-2",
     "Een collega van een andere afdeling loopt bij je binnen: \u201cMag ik even met je sparren? "
     "Ik wil ons werkoverleg levendiger maken, maar ik weet niet goed waar ik moet beginnen.\u201d "
     "Je wilt haar helpen om zelf op ideeën te komen; wat ze ermee doet, bepaalt ze zelf.",
     "helpen",
     "Zij vraagt jou om hulp bij haar eigen doel, en jij helpt haar zelf op ideeën te komen."),
    ("situatie-3",
     "Je werkt in een apotheek en begeleidt een nieuwe collega. Medicijnen meegeven gaat "
     "volgens een vast protocol met een dubbele controle, en dat protocol kent hij nog niet. "
     "Jij bent verantwoordelijk voor zijn inwerkperiode.",
     "instrueren",
     "De werkwijze ligt vast, hij kent die nog niet, en jouw rol geeft je het recht om dat te "
     "verwachten."),
    ("situatie-4",
     "Je buurman, met wie je het goed kunt vinden, vraagt of je zaterdag zijn verhuisbus wilt "
     "rijden. Je hebt je dochter beloofd die dag mee te gaan naar haar toernooi, en dat wil je "
     "echt niet afzeggen. Je wilt de goede band met je buurman houden.",
     "nee-zeggen",
     "Er komt een verzoek naar je toe dat je echt niet wilt doen, en de relatie is belangrijk "
     "voor je."),
    ("situatie-5",
     "Een stagiair vraagt je: \u201cJij hebt al vaak ouderavonden gedaan. Heb je tips voor mijn "
     "eerste ouderavond?\u201d Je hebt er veel ervaring mee. Hij mag zelf kiezen wat hij met je "
     "tips doet.",
     "adviseren",
     "Hij vraagt om tips, jij hebt de kennis, en hij mag zelf weten wat hij ermee doet."),
    ("situatie-6",
     "Een collega met wie je prettig samenwerkt, stuurt de stukken voor het overleg meestal pas "
     "een uur van tevoren rond. Jij leest ze graag een dag eerder, zodat je goed voorbereid "
     "bent. Je wilt haar dat vriendelijk vragen.",
     "progressieverzoek",
     "Je hebt zelf een wens over wat zij doet, die wens is belangrijk voor je en de relatie ook."),
    ("situatie-7",
     "In de teamvergadering ligt het voorstel op tafel om de wekelijkse casusbespreking af te "
     "schaffen. Jij bent ervan overtuigd dat die bespreking het hele team sterker maakt, en je "
     "wilt je collega's daarvoor winnen. Ieder mag er zelf over blijven denken wat hij wil.",
     "overtuigen",
     "Je hebt een mening over wat goed is voor het geheel en pleit ervoor, terwijl de ander "
     "vrij blijft."),
]


def assignment_01() -> Assignment:
    a = Assignment("01-interventies")
    n = len(SITUATIONS)
    a.cells.append(markdown("intro", f"""\
        # Opdracht 1: welke interventie past?

        Je krijgt {n} korte situaties uit het werk en het dagelijks leven. Lees elke situatie
        goed en kies de progressiegerichte interventie die het beste past. Let op de
        herkenningskenmerken: wie vraagt wat, wat mag jij vanuit je rol verwachten, en wie
        beslist wat er met het resultaat gebeurt?

        **Zo werk je:**

        1. Voer de cellen hieronder één voor één uit (Shift+Enter).
        2. Kies bij elke situatie een interventie en klik op **Controleer**: je keuze wordt dan
           bewaard in het bestand `antwoorden.json` naast dit notebook.
        3. Klik op **Volgende situatie** en ga zo door tot je alle situaties hebt gehad.
        4. Bewaar het notebook en lever de opdracht in.

        Je kunt een keuze later nog aanpassen: ga terug met **Opnieuw** of kies opnieuw en klik
        op Controleer. De laatste bewaarde keuze telt.

        **Punten:** 1 punt per situatie, samen {n} punten. Na het nakijken krijg je per
        situatie feedback.

        {CREDIT}"""))
    situations = ",\n".join(
        f'    Scenario(id={_py(sid)}, text={_py(text)}, intervention="", features=(), explanation="")'
        for sid, text, _key, _why in SITUATIONS)
    a.cells.append(readonly("materiaal", dedent("""\
        from cpw_widgets import grading
        from cpw_widgets.answers import AnswerStore
        from cpw_widgets.content import Scenario
        from cpw_widgets.widgets import InterventionQuiz

        SLEUTEL = "01-interventies"
        SITUATIES = [
        {situations}
        ]""").replace("{situations}", situations)))
    keys = ", ".join(_py(key) for _sid, _t, key, _w in SITUATIONS)
    a.cells.append(widget("opdracht", """\
        opdracht = InterventionQuiz(SITUATIES, key=SLEUTEL, store=AnswerStore(), seed=SLEUTEL)
        display(opdracht)""", f"""\
        # Model answers for `nbgrader validate`, in a temporary store (removed from the release)
        _model = InterventionQuiz(SITUATIES, key=SLEUTEL, store=grading.trial_store())
        for _keuze in [{keys}]:
            _model.select(_keuze)
            _model.check()
            _model.next()"""))
    a.cells.append(markdown("controle", CHECK_INTRO))
    for i, (sid, _text, key, why) in enumerate(SITUATIONS, start=1):
        a.cells.append(test(f"toets-{sid}", f"""\
            # Situatie {i}: heb je een interventie gekozen, en past die?
            antwoord = grading.load_answer(SLEUTEL, label="opdracht 1")
            grading.check_choice_made(antwoord, {_py(sid)}, label="situatie {i}")""", f"""\
            grading.check_choice(antwoord, {_py(sid)}, {_py(key)}, label="situatie {i}",
                                 why={_py(why)})"""))
    a.cells.append(overview(["01-interventies"]))
    return a


# -- 02: progress requests -------------------------------------------------------------

#: (key, context, negative feedback, model request for validate only)
REQUESTS = [
    ("verzoek-1",
     "Je bent teamleider. Een medewerker komt de laatste weken vaak een kwartier te laat op "
     "het ochtendoverleg. Je zegt:",
     "Je bent alweer te laat. Zo kunnen we nooit op tijd beginnen.",
     "Zou je voortaan om half negen aanwezig willen zijn bij het ochtendoverleg? Dan kunnen "
     "we samen op tijd beginnen en is iedereen op de hoogte."),
    ("verzoek-2",
     "Je schrijft samen met een collega een rapport. Zij levert haar delen aan zonder "
     "bronvermelding. Je zegt:",
     "Je stukken zijn slordig, ik moet alles zelf nazoeken.",
     "Wil je bij je stukken voortaan de bronnen vermelden? Dan kan ik ze snel controleren en "
     "hebben we het rapport eerder af."),
    ("verzoek-3",
     "Thuis laat je huisgenoot de afwas vaak een paar dagen staan. Je zegt:",
     "Jij laat de afwas altijd maar staan, het is hier een zwijnenstal.",
     "Zou je de afwas voortaan dezelfde avond willen doen? Dan is de keuken de volgende "
     "ochtend schoon en kunnen we meteen ontbijten."),
]

#: (criterion, Dutch name) in the order the tests appear; defined once in the package.
CRITERIA = [(key, REQUEST_LABELS[key].lower()) for key in REQUEST_CRITERIA]


def assignment_02() -> Assignment:
    a = Assignment("02-progressieverzoek")
    n = len(REQUESTS)
    auto = n * len(CRITERIA)
    a.cells.append(markdown("intro", f"""\
        # Opdracht 2: van negatieve feedback naar een progressieverzoek

        Hieronder staan {n} situaties waarin iemand negatieve feedback geeft. Herschrijf elke
        uitspraak als een progressieverzoek: een vriendelijk, concreet verzoek om iets te gaan
        doen. Een goed progressieverzoek

        - zegt wat je **wél** graag ziet (positief geformuleerd),
        - beschrijft **zichtbaar gedrag** (concreet),
        - vertelt **waarom** het belangrijk is of wat het oplevert (een reden),
        - is een **vraag**, zodat de ander zelf ja kan zeggen (uitnodigend),
        - en heeft **geen verwijt** of etiket.

        **Zo werk je:** voer de cellen uit, schrijf bij elke situatie je verzoek en klik op
        **Controleer**. Je ziet meteen per punt hoe je verzoek ervoor staat, en je tekst wordt
        bewaard in `antwoorden.json` naast dit notebook. Verbeter zo vaak als je wilt: de
        laatst bewaarde tekst telt. Bewaar daarna het notebook en lever de opdracht in.

        **Punten:** per verzoek 1 punt voor elk van de vijf punten hierboven ({auto} punten,
        automatisch nagekeken), plus 1 punt dat je trainer geeft voor de kwaliteit van je
        verzoeken samen. Totaal {auto + 1} punten.

        {CREDIT}"""))
    items = ",\n".join(
        f'    {_py(key)}: FeedbackItem(id={_py(key)}, context={_py(context)}, feedback={_py(feedback)}, models=())'
        for key, context, feedback, _model in REQUESTS)
    a.cells.append(readonly("materiaal", dedent("""\
        from cpw_widgets import grading
        from cpw_widgets.answers import AnswerStore
        from cpw_widgets.content import FeedbackItem
        from cpw_widgets.widgets import RequestExercise

        SITUATIES = {
        {items}
        }""").replace("{items}", items)))
    for i, (key, _context, _feedback, model) in enumerate(REQUESTS, start=1):
        a.cells.append(markdown(f"kop-{key}", f"### Verzoek {i}"))
        a.cells.append(widget(f"opdracht-{key}", f"""\
            verzoek_{i} = RequestExercise(SITUATIES[{_py(key)}], key={_py(key)}, store=AnswerStore(), show_models=False)
            display(verzoek_{i})""", f"""\
            # Model answer for `nbgrader validate`, in a temporary store (removed from the release)
            _model = RequestExercise(SITUATIES[{_py(key)}], key={_py(key)}, store=grading.trial_store(), show_models=False)
            _model.text.value = {_py(model)}
            _model.check()"""))
    a.cells.append(markdown("controle", CHECK_INTRO))
    for i, (key, *_rest) in enumerate(REQUESTS, start=1):
        for criterion, name in CRITERIA:
            a.cells.append(test(f"toets-{key}-{criterion}", f"""\
                # Verzoek {i}: {name}
                antwoord = grading.load_answer({_py(key)}, label="verzoek {i}")
                grading.check_request(antwoord, {_py(criterion)}, label="Verzoek {i}")"""))
    a.cells.append(task("kwaliteit", """\
        ### Beoordeling door je trainer (1 punt)

        Je trainer leest je drie verzoeken samen en geeft 1 punt als ze natuurlijk klinken en
        passen bij de situatie: zou de ander er graag ja op zeggen? Je hoeft hier niets te doen."""))
    a.cells.append(overview([key for key, *_rest in REQUESTS]))
    return a


# -- 03: the circle technique -----------------------------------------------------------

CIRCLE_MODEL = {
    "inner": ["Ik stel open vragen in gesprekken met klanten",
              "Ik vraag door naar wat al werkt"],
    "outer": ["Ik formuleer feedback als een vriendelijk verzoek",
              "Ik geef elke week een procescompliment aan een collega"],
    "step_item": "Ik geef elke week een procescompliment aan een collega",
    "step": "Vrijdag na het teamoverleg vertel ik Sanne wat ik goed vond aan haar aanpak.",
}


def assignment_03() -> Assignment:
    a = Assignment("03-cirkeltechniek")
    a.cells.append(markdown("intro", f"""\
        # Opdracht 3: de cirkeltechniek voor je eigen werk

        Met de cirkeltechniek maak je zichtbaar wat je al bereikt hebt en wat je nog wilt
        bereiken. Het onderwerp is deze keer: **progressiegericht werken in je eigen werk.**

        1. **Binnencirkel:** schrijf minstens twee dingen op die al goed gaan (klein mag ook).
        2. **Buitencirkel:** schrijf minstens twee dingen op die je nog wilt bereiken.
           Formuleer ze positief: wat doe je dan wél?
        3. **Kleine stap:** kies één punt uit de buitencirkel en beschrijf een kleine stap
           waarmee je deze week kunt beginnen.
        4. Klik op **Bewaar**: je cirkel wordt bewaard in `antwoorden.json` naast dit
           notebook. Bewaar daarna het notebook en lever de opdracht in.

        **Punten:** 5 punten automatisch nagekeken (minstens twee punten in de binnencirkel en
        in de buitencirkel, beide cirkels positief geformuleerd, een gekozen punt met een
        kleine stap), plus 1 punt van je trainer voor je kleine stap. Totaal 6 punten.

        {CREDIT}"""))
    a.cells.append(readonly("materiaal", """\
        from cpw_widgets import grading
        from cpw_widgets.answers import AnswerStore
        from cpw_widgets.content import CirclePrompt
        from cpw_widgets.widgets import CircleExercise

        SLEUTEL = "cirkel"
        ONDERWERP = CirclePrompt(
            id="eigen-werk",
            mode="persoonlijk",
            topic="Progressiegericht werken in je eigen werk",
            intro="Wat lukt je al van progressiegericht werken, en wat wil je er nog meer mee bereiken?",
            inner_examples=("Ik vraag in gesprekken vaker wat al goed gaat",),
            outer_examples=("Ik sluit elk overleg af met een duidelijke volgende stap",),
        )"""))
    m = CIRCLE_MODEL
    adds = "\n".join([f"_model.add_inner({_py(t)})" for t in m["inner"]]
                     + [f"_model.add_outer({_py(t)})" for t in m["outer"]])
    a.cells.append(widget("opdracht", """\
        cirkel = CircleExercise(ONDERWERP, key=SLEUTEL, store=AnswerStore())
        display(cirkel)""", dedent(f"""\
        # Model answer for `nbgrader validate`, in a temporary store (removed from the release)
        _model = CircleExercise(ONDERWERP, key=SLEUTEL, store=grading.trial_store())
        {{adds}}
        _model.choose_step({_py(m["step_item"])})
        _model.set_step({_py(m["step"])})
        _model.save()""").replace("{adds}", adds)))
    a.cells.append(markdown("controle", CHECK_INTRO))
    load = 'antwoord = grading.load_answer(SLEUTEL, label="je cirkel", button="Bewaar")'
    for grade_id, comment, check in [
        ("toets-binnen-aantal", "Minstens twee punten in de binnencirkel",
         'grading.check_circle_count(antwoord, "inner", minimum=2, label="je cirkel")'),
        ("toets-buiten-aantal", "Minstens twee punten in de buitencirkel",
         'grading.check_circle_count(antwoord, "outer", minimum=2, label="je cirkel")'),
        ("toets-binnen-positief", "De binnencirkel is positief geformuleerd",
         'grading.check_circle_positive(antwoord, "inner", label="je cirkel")'),
        ("toets-buiten-positief", "De buitencirkel is positief geformuleerd",
         'grading.check_circle_positive(antwoord, "outer", label="je cirkel")'),
        ("toets-kleine-stap", "Een punt uit de buitencirkel gekozen en een kleine stap beschreven",
         'grading.check_circle_step(antwoord, label="je cirkel")'),
    ]:
        a.cells.append(test(grade_id, f"# {comment}\n{load}\n{check}"))
    a.cells.append(task("kwaliteit", """\
        ### Beoordeling door je trainer (1 punt)

        Je trainer geeft 1 punt als je kleine stap echt klein en concreet is: je weet wat je
        gaat doen en wanneer, en je kunt er deze week mee beginnen. Je hoeft hier niets te doen."""))
    a.cells.append(overview(["cirkel"]))
    return a


# -- 04: intake and intervisie -------------------------------------------------------------

INTAKE_STEPS = [
    "Mandaat krijgen",
    "Sturen op nut van het gesprek",
    "Verkennen van de progressiebehoefte",
    "Verkennen van het progressiedoel",
    "Verkennen wat er al werkt",
    "Verkennen van de aanpak",
    "Verkennen van de volgende stap",
]

#: (place groups for the order test, Dutch description)
ORDER_PARTS = [
    ((0, 1), "het begin: eerst mandaat, dan het nut van het gesprek"),
    ((2, 3, 4), "het midden: behoefte, doel en wat al werkt"),
    ((5, 6), "het einde: aanpak en volgende stap"),
]

#: (id, example question, right step)
QUESTIONS = [
    ("vraag-1", "Fijn dat ik mocht komen. Vindt u het goed als ik eerst een paar vragen stel over "
     "wat u van dit gesprek verwacht?", INTAKE_STEPS[0]),
    ("vraag-2", "Wat moet er vandaag in elk geval aan bod komen, wil dit uur de moeite waard zijn "
     "voor u?", INTAKE_STEPS[1]),
    ("vraag-3", "Waarin loopt het op dit moment nog niet zoals u zou willen?", INTAKE_STEPS[2]),
    ("vraag-4", "Stel dat het over een halfjaar precies gaat zoals u hoopt: wat ziet u uw "
     "medewerkers dan anders doen?", INTAKE_STEPS[3]),
    ("vraag-5", "Wat heeft u al geprobeerd dat een beetje hielp?", INTAKE_STEPS[4]),
    ("vraag-6", "Ik heb een paar ideeën over hoe ik u hierbij kan ondersteunen. Zal ik die kort "
     "schetsen, dan kiest u wat u aanspreekt?", INTAKE_STEPS[5]),
    ("vraag-7", "Wat was voor u het nuttigste van dit gesprek, en hoe wilt u nu verder?",
     INTAKE_STEPS[6]),
]

CLARIFYING, DISGUISED = "Verhelderende vraag", "Verkapte tip"
#: (id, question in the intervisie question round, right category)
ROUND_QUESTIONS = [
    ("zin-1", "Wie zijn er allemaal bij deze situatie betrokken?", CLARIFYING),
    ("zin-2", "Heb je er al eens aan gedacht om het gewoon met je leidinggevende te bespreken?",
     DISGUISED),
    ("zin-3", "Wat heb je tot nu toe gedaan waar je tevreden over bent?", CLARIFYING),
    ("zin-4", "Zou het niet beter zijn als je die klant voortaan eerst belt?", DISGUISED),
    ("zin-5", "Waaraan zou je merken dat het een beetje beter gaat?", CLARIFYING),
    ("zin-6", "Waarom plan je niet gewoon een vast overleg in op maandag?", DISGUISED),
]


def _choice_widget(key: str, cls: str, args: str, prompt: str, model: list[tuple[str, str]]):
    """A widget cell for a Match/SortExercise whose answer is stored under ``key``."""
    code = (f"{key} = {cls}({args}, key={_py(key)}, store=AnswerStore(),\n"
            f"    prompt={_py(prompt)})\ndisplay({key})")
    solution = "\n".join(
        ["# Model answer for `nbgrader validate`, in a temporary store (removed from the release)",
         f"_model = {cls}({args}, key={_py(key)}, store=grading.trial_store())"]
        + [f"_model.choose({_py(item)}, {_py(option)})" for item, option in model]
        + ["_model.save()"])
    return widget(f"opdracht-{key}", code, solution)


def assignment_04() -> Assignment:
    a = Assignment("04-intake-en-intervisie")
    total = len(ORDER_PARTS) + len(QUESTIONS) + len(ROUND_QUESTIONS)
    a.cells.append(markdown("intro", f"""\
        # Opdracht 4: het intakegesprek en de intervisie

        Deze opdracht heeft drie onderdelen.

        - **A. Volgorde.** Een progressiegericht intakegesprek heeft zeven stappen. Zet ze in
          de goede volgorde.
        - **B. Koppelen.** Bij elke stap horen eigen vragen. Kies bij elke voorbeeldvraag de
          stap waar hij het beste past.
        - **C. Sorteren.** In de vragenronde van een progressiegerichte intervisie stel je alleen
          verhelderende vragen. Een vraag die eigenlijk een tip is, hoort in de tipsronde. Sorteer
          de vragen: verhelderende vraag of verkapte tip?

        **Zo werk je:** kies in elke lijst je antwoord (met de muis of met Tab en de pijltjestoetsen)
        en klik per onderdeel op **Bewaar**. Je antwoorden worden bewaard in `antwoorden.json`
        naast dit notebook. Bewaar daarna het notebook en lever de opdracht in.

        **Punten:** A 3 punten (begin, midden en einde van het gesprek), B 1 punt per vraag
        ({len(QUESTIONS)}), C 1 punt per vraag ({len(ROUND_QUESTIONS)}). Totaal {total} punten,
        allemaal automatisch nagekeken.

        {CREDIT}"""))
    questions = ",\n".join(f"    {_py(qid)}: {_py(text)}" for qid, text, _step in QUESTIONS)
    rounds = ",\n".join(f"    {_py(zid)}: {_py(text)}" for zid, text, _cat in ROUND_QUESTIONS)
    steps = ",\n".join(f"    {_py(s)}" for s in sorted(INTAKE_STEPS))
    a.cells.append(readonly("materiaal", dedent(f"""\
        from cpw_widgets import grading
        from cpw_widgets.answers import AnswerStore
        from cpw_widgets.widgets import MatchExercise, OrderExercise, SortExercise

        STAPPEN = [  # op alfabet
        {{steps}}
        ]
        VOORBEELDVRAGEN = {{{{
        {{questions}}
        }}}}
        CATEGORIEEN = [{_py(CLARIFYING)}, {_py(DISGUISED)}]
        VRAGENRONDE = {{{{
        {{rounds}}
        }}}}""").replace("{steps}", steps).replace("{questions}", questions)
        .replace("{rounds}", rounds).replace("{{", "{").replace("}}", "}")))
    a.cells.append(markdown("kop-a", "### A. De zeven stappen van het intakegesprek"))
    a.cells.append(widget("opdracht-volgorde", """\
        volgorde = OrderExercise(STAPPEN, key="volgorde", store=AnswerStore(), place_label="Stap {n}",
                                 prompt="Kies bij elke stap welke fase van het intakegesprek daar hoort.")
        display(volgorde)""", f"""\
        # Model answer for `nbgrader validate`, in a temporary store (removed from the release)
        _model = OrderExercise(STAPPEN, key="volgorde", store=grading.trial_store())
        _model.set_order({_py(INTAKE_STEPS)})
        _model.save()"""))
    a.cells.append(markdown("kop-b", "### B. Welke vraag hoort bij welke stap?"))
    a.cells.append(_choice_widget("koppelen", "MatchExercise", "VOORBEELDVRAGEN, STAPPEN",
                                  "Kies bij elke vraag de stap van het intakegesprek waar hij het beste past.",
                                  [(qid, step) for qid, _t, step in QUESTIONS]))
    a.cells.append(markdown("kop-c", "### C. Verhelderende vraag of verkapte tip?"))
    a.cells.append(_choice_widget("sorteren", "SortExercise", "VRAGENRONDE, CATEGORIEEN",
                                  "Sorteer de vragen uit de vragenronde van een intervisie.",
                                  [(zid, cat) for zid, _t, cat in ROUND_QUESTIONS]))
    a.cells.append(markdown("controle", CHECK_INTRO))
    for n, (places, description) in enumerate(ORDER_PARTS, start=1):
        a.cells.append(test(f"toets-volgorde-{n}", f"""\
            # A{n}: {description}
            antwoord = grading.load_answer("volgorde", label="onderdeel A", button="Bewaar")""", f"""\
            grading.check_positions(antwoord, {_py(INTAKE_STEPS)}, {places!r}, label="onderdeel A")"""))
    for i, (qid, _text, step) in enumerate(QUESTIONS, start=1):
        a.cells.append(test(f"toets-{qid}", f"""\
            # B, vraag {i}
            antwoord = grading.load_answer("koppelen", label="onderdeel B", button="Bewaar")""", f"""\
            grading.check_match(antwoord, {_py(qid)}, {_py(step)}, label="vraag {i}")"""))
    why = {CLARIFYING: "Deze vraag helpt de situatie beter te begrijpen en stuurt de inbrenger geen kant op.",
           DISGUISED: "In deze vraag zit al een oplossing: bewaar hem voor de tipsronde."}
    for i, (zid, _text, cat) in enumerate(ROUND_QUESTIONS, start=1):
        a.cells.append(test(f"toets-{zid}", f"""\
            # C, zin {i}
            antwoord = grading.load_answer("sorteren", label="onderdeel C", button="Bewaar")""", f"""\
            grading.check_match(antwoord, {_py(zid)}, {_py(cat)}, label="zin {i}", why={_py(why[cat])})"""))
    a.cells.append(overview(["volgorde", "koppelen", "sorteren"]))
    return a


ASSIGNMENTS = [assignment_01, assignment_02, assignment_03, assignment_04]


def main(root: Path = SOURCE) -> list[Path]:
    return [make().write(root) for make in ASSIGNMENTS]


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE):
        print(path)
