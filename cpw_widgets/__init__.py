"""Oefenplaats Progressiegericht Werken: the Python package behind the course.

Layers, in the one direction the code may import (nothing imports upward;
checked by ``tests/test_layers.py``):

``content``
    The exercise material as YAML data (scenarios, feedback items, circle
    prompts, the interventions, the exercise registry), validated on load with
    Dutch error messages.
``answers``
    Beside ``content``: the learner's stored answers (one JSON document per
    learner, in the browser or beside the notebook), download and import.
``assess``
    Pure functions that judge a learner's text: text in, an ``Assessment`` with
    a verdict and Dutch feedback per criterion out. No widget code.
``grading``
    Turns assessor results and stored answers into nbgrader points.
``widgets``
    ipywidgets front-ends that only render and call the assessors (the
    exercises, the practice pages and the page "Mijn voortgang").

Top layers (commands and builds; nothing imports them):

``cli``
    ``cpw-check``: judge texts from the command line (on top of ``assess``).
``report``
    ``cpw-overzicht``: the trainer's class view of a group, from nbgrader's
    gradebook and the learners' answers files (on top of ``grading``).
``workbook``
    The printable workbook (A4 PDF) built from the course data.

Glossary (Dutch domain term → the one English name used in code)
-----------------------------------------------------------------
===========================  ===============================
Dutch                        code name
===========================  ===============================
progressiegericht werken     progress-focused (approach)
progressieverzoek            progress request (``request``)
negatieve feedback           negative feedback (``feedback``)
interventie                  intervention
herkenningskenmerk           recognition feature (``feature``)
casus / situatie             scenario
uitgangspunt                 principle
binnencirkel                 inner circle (``inner``)
buitencirkel                 outer circle (``outer``)
kleine stap / volgende stap  small step (``step``)
cirkeltechniek               circle technique (``circle``)
activiteit / teamonderwerp   activity / team topic (``topic``)
uitspraak (cirkelpunt)       statement (a circle item)
criterium                    criterion
beoordeling                  assessment
beoordelaar                  assessor
intakegesprek                intake conversation (``intake``)
intervisie                   peer consultation (``intervision``)
verhelderende vraag          clarifying question
verkapte tip                 disguised tip
vragenronde (intervisie)     question round (``round``)
intakestap                   intake step (``step``)
nakijkopdracht               graded assignment (``graded``)
modelantwoord                model answer (``model``)
cursist                      learner
bezwaar tegen een oordeel    dispute
voortgang (Mijn voortgang)   progress (``progress``)
poging                       attempt
trainer                      trainer
meer oefenen (elke casus)    drill (``drill``)
ronde (meer oefenen)         round (``rounds``)
één kenmerk anders           minimal pair (``pair``)
nog een situatie/onderwerp   drawer (``DrawExercise``, ``draw-…``)
stap of fase op volgorde     sequence step (``SequenceStep``)
CPW 7-stappenaanpak          seven-step approach (``seven_steps``)
fase (intervisie)            phase (``phase``)
spelregel (intervisie)       intervision rule (``IntervisionRule``)
case-inbrenger               case presenter
procescompliment             process compliment
checklist                    checklist
werkboek                     workbook (``workbook``)
werkblad                     worksheet
overzicht (cpw-overzicht)    class report (``report``)
schuilnaam (``--anoniem``)   pseudonym
cijferlijst (nbgrader)       gradebook
aandeel (per criterium)      share
verwarring (tussen keuzes)   confusion
oneens met de beoordelaar    disagreement
===========================  ===============================

The method is © Centrum Progressiegericht Werken (CPW).
"""

__version__ = "0.1.0"
