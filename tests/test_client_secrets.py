"""`RealtimeClientSecrets` / `AsyncRealtimeClientSecrets`: the successor endpoint, generated from
the same templates over the same runtime as `RealtimeSessions`, against the mock on a socket.

The runtime's behaviour (retries, timeouts, configuration, hostile servers) is tested once, in
test_client*.py, through `RealtimeSessions`; here: that the successor's classes have it too.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import realtime_sessions
from pytest_httpserver import HTTPServer
from realtime_sessions import (
    AsyncRealtimeClientSecrets,
    AuthenticationError,
    ModelTypeError,
    ModelValidationError,
    RealtimeClientSecrets,
    RealtimeSessions,
    _client,
    models,
)
from realtime_sessions.__main__ import main
from realtime_sessions._response import APIResponse

KEY = "sk-test-client-secrets-0001"
SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."}


def _call(kind: str, base_url: str, **options: Any) -> Callable[..., Any]:
    """`create` of the sync or the async client, called synchronously (one call per client)."""
    if kind == "sync":

        def create_sync(**params: Any) -> Any:
            with RealtimeClientSecrets(api_key=KEY, base_url=base_url, **options) as client:
                return client.create(**params)

        return create_sync

    def create(**params: Any) -> Any:
        async def run() -> Any:
            async with AsyncRealtimeClientSecrets(
                api_key=KEY, base_url=base_url, **options
            ) as client:
                return await client.create(**params)

        return asyncio.run(run())

    return create


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_create_sends_the_body_and_parses_the_session_by_its_type(
    kind: str, mock_server: Any
) -> None:
    create = _call(kind, mock_server.base_url)
    secret = create(expires_after={"anchor": "created_at", "seconds": 120}, session=SESSION)
    assert isinstance(secret, models.ClientSecretCreateResponse)
    assert isinstance(secret.session, models.RealtimeSessionCreateResponse)
    assert secret.value.startswith("ek_") and secret.session.instructions == "Be brief."
    [request] = mock_server.requests
    assert request.json() == {
        "expires_after": {"anchor": "created_at", "seconds": 120},
        "session": SESSION,
    }
    assert request.headers["authorization"] == f"Bearer {KEY}"
    transcription = create(session={"type": "transcription"})
    assert isinstance(transcription.session, models.RealtimeTranscriptionSessionCreateResponse)
    assert transcription.session.object == "realtime.transcription_session"


def test_the_ephemeral_key_is_masked_in_repr(mock_server: Any) -> None:
    secret = _call("sync", mock_server.base_url)(session=SESSION)
    assert secret.value not in repr(secret) and "value='**********'" in repr(secret)


@pytest.mark.parametrize(
    ("params", "field", "error"),
    [
        ({"expires_after": {"seconds": 5}}, "expires_after.seconds", ModelValidationError),
        ({"expires_after": {"seconds": 7201}}, "expires_after.seconds", ModelValidationError),
        ({"session": {"type": "video"}}, "session.type", ModelValidationError),
        ({"session": {"model": "gpt-realtime"}}, "session.type", ModelValidationError),
        ({"session": {"type": "realtime", "voice": "marin"}}, "session.voice", ModelTypeError),
    ],
)
def test_bad_arguments_are_refused_before_sending_naming_the_field(
    kind: str, mock_server: Any, params: dict[str, Any], field: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        _call(kind, mock_server.base_url)(**params)
    assert caught.value.path == field  # type: ignore[attr-defined]
    assert mock_server.requests == []


def test_a_misspelt_argument_is_refused_by_the_signature(mock_server: Any) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'expires_afer'"):
        _call("sync", mock_server.base_url)(expires_afer={"seconds": 60})
    assert mock_server.requests == []


@pytest.mark.parametrize("mock_server", ["500;times=2"], indirect=True)
def test_server_errors_are_retried(kind: str, mock_server: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(realtime_sessions._base_client, "INITIAL_RETRY_DELAY", 0.01)
    secret = _call(kind, mock_server.base_url, max_retries=2)(session=SESSION)
    assert secret.value.startswith("ek_")
    assert [r.status for r in mock_server.requests] == [500, 500, 200]


def test_errors_are_typed_with_the_request_id_and_never_show_the_key(mock_server: Any) -> None:
    with (
        RealtimeClientSecrets(api_key="sk-", base_url=mock_server.base_url, max_retries=0) as c,
        pytest.raises(AuthenticationError) as caught,
    ):
        c.create(session=SESSION)
    assert caught.value.status_code == 401
    assert caught.value.request_id == mock_server.requests[0].request_id


def test_with_raw_response_gives_headers_and_parses_on_demand(mock_server: Any) -> None:
    with RealtimeClientSecrets(api_key=KEY, base_url=mock_server.base_url) as client:
        response = client.with_raw_response.create(session=SESSION)
    assert isinstance(response, APIResponse) and response.status_code == 200
    assert response.request_id == mock_server.requests[0].request_id
    assert response.parse().value == response.json()["value"]

    async def run() -> Any:
        async with AsyncRealtimeClientSecrets(api_key=KEY, base_url=mock_server.base_url) as c:
            return await c.with_raw_response.create(session=SESSION)

    assert asyncio.run(run()).parse().session.type == "realtime"


def test_unknown_session_types_and_values_are_kept(server: HTTPServer) -> None:
    body = {
        "value": "ek_future",
        "expires_at": 1,
        "session": {"type": "translation", "id": "sess_1", "object": "realtime.translation"},
        "added_later": {"x": 1},
    }
    server.expect_request("/v1/realtime/client_secrets", method="POST").respond_with_json(body)
    with RealtimeClientSecrets(api_key=KEY, base_url=server.url_for("/v1")) as client:
        secret = client.create()
    assert secret.session.type == "translation"  # parsed as the first branch, kept
    assert secret.to_dict() == body


@pytest.mark.parametrize("mock_server", ["unknown-enum"], indirect=True)
def test_an_unknown_voice_from_the_mock_is_kept(mock_server: Any) -> None:
    secret = _call("sync", mock_server.base_url)(session=SESSION)
    assert isinstance(secret.session, models.RealtimeSessionCreateResponse)
    assert secret.session.to_dict()["audio"]["output"]["voice"] == "juniper"


def test_only_the_deprecated_endpoint_warns_and_it_names_its_replacement(
    mock_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_client, "_warned", set())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        _call("sync", mock_server.base_url)(session=SESSION)
        assert [w for w in caught if w.category is DeprecationWarning] == []
        with RealtimeSessions(api_key=KEY, base_url=mock_server.base_url) as old:
            old.create(model="gpt-realtime")
    [warning] = [w for w in caught if w.category is DeprecationWarning]
    assert issubclass(warning.category, DeprecationWarning)
    assert "use RealtimeClientSecrets.create (POST /realtime/client_secrets)" in str(
        warning.message
    )
    assert "RealtimeClientSecrets.create" in (RealtimeSessions.create.__doc__ or "")


def test_cli_creates_a_client_secret_masked_unless_asked(
    mock_server: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    args = ["client-secrets", "create", "--model", "gpt-realtime", "--voice", "marin"]
    args += ["--expires-after", "60", "--base-url", mock_server.base_url]
    assert main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["value"] == "<masked: use --show-secret>"
    assert printed["session"]["audio"]["output"]["voice"] == "marin"
    assert mock_server.requests[0].json() == {
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "audio": {"output": {"voice": "marin"}},
        },
        "expires_after": {"seconds": 60},
    }
    assert main([*args, "--show-secret"]) == 0
    assert json.loads(capsys.readouterr().out)["value"].startswith("ek_")


def test_cli_refuses_a_bad_lifetime_before_sending(
    mock_server: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    args = ["client-secrets", "create", "--model", "m", "--expires-after", "5"]
    assert main([*args, "--base-url", mock_server.base_url]) == 2
    assert "expires_after.seconds" in capsys.readouterr().err
    assert mock_server.requests == []
