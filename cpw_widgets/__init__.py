"""Oefenplaats Progressiegericht Werken: the Python package behind the course.

Layers, in the one direction the code may import (nothing imports upward):

``content``
    The exercise material as YAML data (scenarios, feedback items, circle
    prompts, the interventions), validated on load with Dutch error messages.
``assess``
    Pure functions that judge a learner's text: text in, an ``Assessment`` with
    a verdict and Dutch feedback per criterion out. No widget code.
``grading``
    Turns assessor results and stored answers into nbgrader points.
``widgets``
    ipywidgets front-ends that only render and call the assessors.

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
===========================  ===============================

The method is © Centrum Progressiegericht Werken (CPW).
"""

__version__ = "0.1.0"
