"""An offline mock of OpenAI's `POST /v1/realtime/client_secrets` and `POST /v1/realtime/sessions`
(every operation `openapi/operations.yaml` binds), generated from the resolved fragment.

    python -m spectools mock [--host 127.0.0.1] [--port 4010] [--fault MODE]
                             [--max-body-bytes N] [--request-timeout SECONDS] [--keep-requests N]

Routes, request and response schemas and the deprecation flags are read from
`spectools.overlays.resolved_spec()` at start-up; how a valid request becomes the answer is each
operation's `mock` recipe in operations.yaml (`session.py`). Answers:

- no or malformed `Authorization: Bearer sk-...` (any `sk-` key passes) -> 401; body not JSON or against the request
  schema (unknown keys included) -> 400 `invalid_request_error` whose `param` names the first
  bad field (`turn_detection.threshold`); unknown path -> 404; wrong method -> 405; all in
  OpenAI's `{"error": {"message", "type", "param", "code"}}` shape.
- a body over the size limit (4 MiB), counted as it streams -> 413; a body nested deeper than
  128 levels -> 400; a request head slower than the request timeout (10 s) -> connection
  closed, a body slower -> 408. `Limits` sets them; the last 1000 requests are kept.
- a valid request -> 200: the answer reflecting the request (a session with a fresh `sess_...`
  id; a client secret `ek_...`), with headers `x-request-id`, `openai-processing-ms` and, for a
  deprecated operation, `Deprecation: true`.

Fault modes (`X-Mock-Fault: MODE[=ARGUMENT][;times=N]` per request, `--fault` for all):

- `429[=MS]`        429 rate_limit_exceeded, `retry-after-ms: MS` (default 100), `retry-after`
- `500`, `503`, `520`  OpenAI-shaped server_error with that status
- `delay=SECONDS`   wait, then answer normally (default 1 second)
- `reset`           reset the TCP connection (RST) without answering
- `malformed-json`  200 application/json, body cut in half
- `html-502`        502 text/html gateway page
- `truncated`       200 declaring the full Content-Length, half the body sent, connection closed
- `unknown-field`   a valid session plus an unknown top-level field `future_field`
- `unknown-enum`    a valid answer whose voice (the recipe's `unknown_enum`) is `juniper`
- `set=PATH=JSON`   the session with the field at PATH (dotted, `.` = whole body) replaced by JSON

`;times=N` fails only the first N requests, counted per `X-Mock-Fault-Key` value (globally
without one, and for the server-wide fault). One log line per request: method, path, status,
request id, fault; never a header value. See docs/mock-server.md.
"""

from __future__ import annotations

from .app import Limits
from .cli import main
from .faults import FAULT_MODES, Fault, FaultError
from .server import MockServer

__all__ = ["FAULT_MODES", "Fault", "FaultError", "Limits", "MockServer", "main"]
