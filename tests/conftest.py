"""Shared fixtures. `mock_server`: the offline mock of POST /v1/realtime/sessions on a real socket.

One server serves the whole session (start-up reads the spec and costs ~0.2 s); each test gets
it reset: no recorded requests, no fault, fresh `times=N` counts. To fault every request of a
test, parametrize it indirectly: `@pytest.mark.parametrize("mock_server", ["500;times=2"],
indirect=True)`, or call `mock_server.set_fault("429")`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from pytest_httpserver import HTTPServer

if TYPE_CHECKING:
    from spectools.mock import MockServer


@pytest.fixture(scope="session", autouse=True)
def _memoise_hypothesis_jsonschema() -> None:
    """hypothesis-jsonschema 0.23.1 builds strategies anew for each value it draws: the strategy
    of every object member (`merged_as_strategies`, re-canonicalising the member's whole schema:
    half a second per client secret request) and of every unknown field's value
    (`__from_schema`, a third of a client secret response's time). The same schemas (the same
    objects) always give the same strategy, so each is built once: the same data, much faster.
    A fixture, not an import-time patch: importing hypothesis while pytest starts up is slow
    (it warns)."""
    from hypothesis_jsonschema import _from_schema

    def memoised(build: Any) -> Any:
        built: dict[tuple[int, ...], tuple[list[Any], Any]] = {}

        def strategy_for(schemas: list[Any], *, alphabet: Any, custom_formats: Any) -> Any:
            key = (*map(id, schemas), id(alphabet), id(custom_formats))
            found = built.get(key)  # the schemas are kept below, so their ids are never reused
            if found is None:
                strategy = build(schemas, alphabet=alphabet, custom_formats=custom_formats)
                found = built[key] = ([*schemas, alphabet, custom_formats], strategy)
            return found[1]

        return strategy_for

    from_one_schema = getattr(_from_schema, "__from_schema")
    one_schema = memoised(lambda schemas, **options: from_one_schema(schemas[0], **options))
    _from_schema.merged_as_strategies = memoised(_from_schema.merged_as_strategies)
    setattr(  # the module calls it by its global name, so this replaces every call
        _from_schema,
        "__from_schema",
        lambda schema, *, alphabet, custom_formats: one_schema(
            [schema], alphabet=alphabet, custom_formats=custom_formats
        ),
    )


@pytest.fixture(scope="session")
def _threaded_httpserver() -> Iterator[HTTPServer]:
    # Threaded: a handler that sleeps (timeout test) must not hold up the next test's requests.
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def server(_threaded_httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """A real HTTP server on 127.0.0.1 (pytest-httpserver), cleared before and after the test."""
    _threaded_httpserver.clear()
    yield _threaded_httpserver
    _threaded_httpserver.clear()


@pytest.fixture(scope="session")
def shared_mock_server() -> Iterator[MockServer]:
    from spectools.mock import MockServer  # here, so collecting other tests needs no mock deps

    with MockServer() as server:
        yield server


@pytest.fixture
def mock_server(
    request: pytest.FixtureRequest, shared_mock_server: MockServer
) -> Iterator[MockServer]:
    """The running mock, reset; `.base_url` ends in /v1, `.requests` lists what it received."""
    shared_mock_server.reset()
    shared_mock_server.set_fault(getattr(request, "param", None))
    yield shared_mock_server
    shared_mock_server.reset()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how big the checked-in bad-input corpus is, so a shrinking corpus is visible."""
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data"
    counts = {
        name: len(json.loads((data / f"{name}.json").read_text()))
        for name in ("bad_requests", "bad_responses")
    }
    terminalreporter.write_line(
        f"bad-input corpus: {counts['bad_requests']} invalid request parameter sets, "
        f"{counts['bad_responses']} malformed server responses"
    )
