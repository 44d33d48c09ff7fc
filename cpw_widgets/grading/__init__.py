"""Grading helpers: turn assessor results and stored answers into nbgrader
points, with the assessors' Dutch feedback as the failure message."""
