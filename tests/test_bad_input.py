"""The checked-in bad-input corpus, run against the client and the mock on a real socket.

- tests/data/bad_requests.json: invalid `create()` arguments, for every bound operation (each case
  names its operation). The client refuses each before sending (TypeError/ValueError naming the
  field; the server sees nothing), and the mock, given the same body raw, answers 400
  `invalid_request_error` whose `param` names the same field.
- tests/data/bad_responses.json: malformed server behaviour produced through the mock's fault
  modes; each must surface as a typed error from the client's hierarchy, never a bare one.
"""

from __future__ import annotations

import importlib
import json
import warnings
from typing import Any

import httpx
import pytest
import realtime_sessions
from realtime_sessions import RealtimeSessions

from spectools.project import operations
from tests.helpers import BAD_REQUESTS, DATA, operation_of

BAD_RESPONSES: list[dict[str, Any]] = json.loads((DATA / "bad_responses.json").read_text())
API_KEY = "sk-test-bad-input"


def test_corpus_sizes(record_property: Any) -> None:
    print(f"\nbad-input corpus: {len(BAD_REQUESTS)} requests, {len(BAD_RESPONSES)} responses")
    record_property("bad_requests", len(BAD_REQUESTS))
    assert len(BAD_REQUESTS) >= 50
    assert len(BAD_RESPONSES) >= 20
    for op in operations():  # every bound operation has its share of the corpus
        assert sum(operation_of(case) == op for case in BAD_REQUESTS) >= 20, op.label


@pytest.mark.parametrize("case", BAD_REQUESTS, ids=[c["why"] for c in BAD_REQUESTS])
def test_client_refuses_before_sending_and_names_the_field(
    case: dict[str, Any], mock_server: Any
) -> None:
    op = operation_of(case)
    warnings.simplefilter("ignore", DeprecationWarning)
    client = getattr(realtime_sessions, op.client)(
        api_key=API_KEY, base_url=mock_server.base_url, max_retries=0
    )
    with pytest.raises((TypeError, ValueError)) as caught:
        getattr(client, op.call)(**case["params"])
    if case["field"].split(".")[0] not in _keywords(op):
        # An unknown top-level keyword: Python's own TypeError for the explicit signature (which
        # mypy reports before the code runs), naming it.
        assert type(caught.value) is TypeError
        assert f"unexpected keyword argument '{case['field']}'" in str(caught.value)
    else:
        assert isinstance(caught.value, realtime_sessions.RealtimeSessionsError)
        assert getattr(caught.value, "path", None) == case["field"], str(caught.value)
    assert mock_server.requests == []  # nothing was sent


def _keywords(op: Any) -> frozenset[str]:
    """The request's top-level fields: `create()`'s keyword arguments (the TypedDict's keys)."""
    params = getattr(importlib.import_module(f"realtime_sessions.{op.params_module}"), op.params)
    return frozenset(params.__required_keys__ | params.__optional_keys__)


@pytest.mark.parametrize("case", BAD_REQUESTS, ids=[c["why"] for c in BAD_REQUESTS])
def test_mock_refuses_the_same_body_naming_the_same_field(
    case: dict[str, Any], mock_server: Any
) -> None:
    response = httpx.post(
        mock_server.url_for(operation_of(case).path),
        json=case["params"],
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["param"] == case["field"]


@pytest.mark.parametrize("case", BAD_RESPONSES, ids=[c["why"] for c in BAD_RESPONSES])
def test_malformed_responses_raise_typed_errors(case: dict[str, Any], mock_server: Any) -> None:
    warnings.simplefilter("ignore", DeprecationWarning)
    client = RealtimeSessions(
        api_key=API_KEY,
        base_url=mock_server.base_url,
        max_retries=case.get("max_retries", 0),
        timeout=case.get("timeout", 5.0),
        default_headers={"X-Mock-Fault": case["fault"], **case.get("headers", {})},
    )
    expected = getattr(realtime_sessions, case["error"])
    with pytest.raises(realtime_sessions.RealtimeSessionsError) as caught:
        client.create(model="gpt-realtime")
    assert isinstance(caught.value, expected), repr(caught.value)
    assert API_KEY not in str(caught.value)
