"""`bench`: the generated client against raw httpx, raw openapi-python-client, the openai SDK,
and the project's mock against Prism.

    python -m spectools bench [--smoke] [--output-dir DIR] [--prism PATH] [--calls N] ...

Everything is measured in one run, each reference interleaved with ours in rounds (the order
rotating every round) so that machine noise hits all of them alike. One module per section:

- `imports`     cold `import X` in fresh interpreters (floor: `import httpx`), and the package's
                cumulative `-X importtime` against httpx's own in the same process;
- `parse`       model building (`from_dict(decoded)`) of every response model the package binds
                (`body.bound_responses`) against `json.loads(text)`; `to_dict()` against
                `json.dumps`;
- `memory`      bytes held per parsed response (tracemalloc), ours against the SDK's models;
- `loopback`    every bound operation against a keep-alive server on 127.0.0.1
                (`loopback_server`, its own process), every call timed on its own;
- `mock`        our mock against Prism (`--prism`; `nox -s bench` installs it with npm), on
                every bound operation: requests/s, p50/p99 and server CPU per request at
                concurrency 1 and 20;
- `regenerate`  `python -m spectools regenerate --output TMP`, wall time;
- `spec_diff`   `spectools.drift.diff_specs` on two copies of the upstream description.

Operations, requests and bodies come from `openapi/operations.yaml` and the resolved spec
(`body`); the one table of configuration is where the SDK keeps each operation
(`references.OPENAI`). `harness` holds what they share (settings, samples, rounds, timers), `references` the raw
openapi-python-client generation and the SDK's models, `report` the tables, `cli` the command.
Results: a table on stdout, `DIR/latest.json` and `DIR/README.md` (default `bench-results/`;
with `--smoke`, tiny counts and a temporary directory unless `--output-dir` is given). What is
not installed (openai, openapi-python-client, Prism) is skipped with the reason in the output.
A missed target is reported, never an error: the exit status is 0 whenever the bench ran.
"""

from __future__ import annotations

from .cli import main, run
from .harness import Settings

__all__ = ["Settings", "main", "run"]
