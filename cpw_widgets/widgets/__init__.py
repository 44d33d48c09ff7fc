"""ipywidgets front-ends of the exercises. They render and call the assessors;
they hold no judging logic of their own."""
