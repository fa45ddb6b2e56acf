"""JSON answers that always serialise: escaped to ASCII, so a lone surrogate a client sent
(`"\\ud800"` is valid JSON) is echoed as the same escape instead of failing to encode."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse

__all__ = ["AsciiJSONResponse"]


class AsciiJSONResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(content, allow_nan=False, separators=(",", ":")).encode("ascii")
