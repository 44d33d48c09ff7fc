"""Sphinx extension for the book build: a notebook's kernel is stopped directly
once the notebook has run, instead of being asked to shut down.

Why: asked to shut down (a shutdown_request on the control channel), ipykernel
7.4 can fail in its own teardown. After handling the request its control thread
flushes stderr through the IOPub thread's event pipe (kernelbase.process_control),
while the main thread is already stopping that thread and closing its pipes
(kernelapp.close). When the main thread wins, the kernel logs
"ERROR:tornado.general:Uncaught exception in ZMQStream callback" with
"ZMQError: Socket operation on non-socket" to the build's stderr, and the build,
which runs with warnings as errors, fails now and then (issue 11).

Every output has been collected by then, so nothing is lost when the kernel
process is stopped at once (nbclient's shutdown_kernel="immediate"): no
shutdown_request is sent, and the code with the race never runs. myst-nb has no
setting for this, so the extension passes the option to the function that
myst-nb's executors call (its keyword arguments go to nbclient's NotebookClient).
"""

from __future__ import annotations

import functools

from myst_nb.core.execute import cache, direct

SHUTDOWN = {"shutdown_kernel": "immediate"}


def stop_kernels_directly() -> None:
    """Make myst-nb's "cache" and "force" executors stop each kernel directly."""
    for module in (cache, direct):
        module.single_nb_execution = functools.partial(module.single_nb_execution, **SHUTDOWN)


def setup(app):  # noqa: ARG001 - the Sphinx extension entry point
    stop_kernels_directly()
    return {"parallel_read_safe": True, "parallel_write_safe": True}
