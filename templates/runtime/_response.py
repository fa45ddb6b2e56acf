"""`with_raw_response`: the HTTP response of a successful call, parsed only when asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

_T = TypeVar("_T")


class APIResponse(Generic[_T]):
    """A 2xx response (non-2xx still raise `APIStatusError`); `.parse()` gives the model.

    The body has already been read, so the same class serves the sync and the async client.
    """

    http_response: httpx.Response
    retries_taken: int

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[httpx.Response], _T],
        retries_taken: int,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser
        self._parsed: list[_T] = []  # a list, not Optional: the parsed value could be falsy

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """`x-request-id`, the id OpenAI support asks for."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> _T:
        """The response as a model; raises `APIResponseValidationError` if it does not fit."""
        if not self._parsed:
            self._parsed.append(self._parser(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] request_id={self.request_id!r} "
            f"retries_taken={self.retries_taken}>"
        )
