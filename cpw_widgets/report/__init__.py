"""The trainer's class view (``cpw-overzicht``): where the group stands.

After ``nbgrader autograde`` the report reads the gradebook, the learners'
answers files and the keys in the source notebooks (:mod:`.course`), works out
the figures (:mod:`.aggregate`), draws them (:mod:`.charts`) and writes one
self-contained HTML file plus CSV files (:mod:`.build`). The texts where a
trainer or a learner disagreed with the assessor can be exported as a corpus
batch (:mod:`.disagreements`). The command is :mod:`.cli`.

Layer: a top layer beside ``cli`` (``tests/test_layers.py``). It imports
``content`` and ``assess``; nothing in the package imports it. Its extra
dependencies (nbgrader, matplotlib, Jinja2) are the trainer's, never the
browser's, and are imported only when the command runs.
"""
