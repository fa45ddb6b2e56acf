"""`RealtimeSessions` and `AsyncRealtimeSessions`: `POST /realtime/sessions`, typed and retried.

    from realtime_sessions import RealtimeSessions

    client = RealtimeSessions()  # OPENAI_API_KEY, OPENAI_BASE_URL
    result = client.create(...)

Generated from templates/client.py.jinja and openapi/operations.yaml by `nox -s regenerate`;
do not edit. The endpoint is described by the generated module `api.realtime.create_realtime_session`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._client import APIResponse, AsyncEndpointClient, SyncEndpointClient, deprecated
from .api.realtime import create_realtime_session as _endpoint
from .types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from .models import SessionCreateResponse
    from .session_create_params import (
        InputAudioTranscriptionParam,
        MaxResponseOutputTokensInf,
        ModalityParam,
        Prompt,
        RealtimeFunctionToolParam,
        RealtimeTruncation,
        TracingParam,
        TurnDetectionParam,
        VoiceIdsOrCustomVoice,
    )

__all__ = ["AsyncRealtimeSessions", "RealtimeSessions"]


class RealtimeSessions(SyncEndpointClient):
    """Client for `POST /realtime/sessions` (deprecated by OpenAI: see `create`).

    Args:
        api_key: defaults to `OPENAI_API_KEY`; without either, construction fails.
        base_url: defaults to `OPENAI_BASE_URL`, then `https://api.openai.com/v1`.
        organization: sent as `OpenAI-Organization`; defaults to `OPENAI_ORG_ID`; "" sends
            none, even when the variable is set.
        project: sent as `OpenAI-Project`; defaults to `OPENAI_PROJECT_ID`; "" as for
            `organization`.
        timeout: seconds or an `httpx.Timeout`; default 60 s (5 s to connect); None disables.
        max_retries: retries after the first attempt (default 2) on connection errors,
            timeouts, 408, 409, 429 and >= 500 (never a 2xx), with exponential backoff or
            `retry-after`.
        default_headers: extra headers on every request.
        validate_requests: False skips checking arguments against the spec on every call
            (see `create`'s `validate`); JSON's own limits (NaN) are still enforced.
        http_client: your own `httpx.Client` (proxies, mounts, cookies: the one the package
            makes for itself keeps none); you close it.

    Every argument is checked here: an unusable one (a key with a trailing space, a base_url
    that is not an http(s) URL, a NaN or negative timeout) raises `ConfigurationError` naming
    it, never echoing a credential. `with_options(...)` gives a copy with any of them changed.
    Use as a context manager, or call `close()`.
    """

    @deprecated(
        "POST /realtime/sessions is deprecated by OpenAI; use RealtimeClientSecrets.create (POST /realtime/client_secrets) instead.",
        category=None,
    )
    def create(
        self,
        *,
        modalities: list[ModalityParam] | Unset = UNSET,
        instructions: str | Unset = UNSET,
        voice: VoiceIdsOrCustomVoice | Unset = UNSET,
        input_audio_format: str | Unset = UNSET,
        output_audio_format: str | Unset = UNSET,
        input_audio_transcription: InputAudioTranscriptionParam | None | Unset = UNSET,
        speed: float | Unset = UNSET,
        tracing: TracingParam | Unset = UNSET,
        turn_detection: TurnDetectionParam | None | Unset = UNSET,
        tools: list[RealtimeFunctionToolParam] | Unset = UNSET,
        tool_choice: str | Unset = UNSET,
        temperature: float | Unset = UNSET,
        max_response_output_tokens: int | MaxResponseOutputTokensInf | Unset = UNSET,
        truncation: RealtimeTruncation | Unset = UNSET,
        prompt: Prompt | Unset = UNSET,
        model: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> SessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the Realtime API. Can
        be configured with the same session parameters as the `session.update` client event.

        Deprecated by OpenAI in favour of `RealtimeClientSecrets.create` (`POST
        /realtime/client_secrets`); the first call in a process issues a `DeprecationWarning`, and
        type checkers flag every call (PEP 702).

        Arguments are checked against the spec before anything is sent: a wrong type, an out-of-range
        value or a union member of the wrong kind raises `TypeError`/`ValueError` naming the field.
        Nested objects are plain dicts, typed by the TypedDicts of
        `realtime_sessions.session_create_params`. An argument left out (`UNSET`) is not sent; `None` is
        sent as JSON `null`.

        Args:
            modalities: The set of modalities the model can respond with. To disable audio, set this
                to ["text"].
            instructions: The default system instructions (i.e. system message) prepended to model
                calls. This field allows the client to guide the model on desired responses. The
                model can be instructed on response content and format, (e.g. "be extremely
                succinct", "act friendly", "here are examples of good responses") and on audio
                behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh
                frequently"). The instructions are not guaranteed to be followed by the model, but
                they provide guidance to the model on the desired behavior. Note that the server
                sets default instructions which will be used if this field is not set and are
                visible in the `session.created` event at the start of the session.
            voice: The voice the model uses to respond. Supported built-in voices are `alloy`,
                `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`.
                You may also provide a custom voice object with an `id`, for example `{ "id":
                "voice_1234" }`. Voice cannot be changed during the session once the model has
                responded with audio at least once. (string, or one of 'alloy', 'ash', 'ballad',
                'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar', or object)
            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            input_audio_transcription: Configuration for input audio transcription, defaults to off
                and can be set to `null` to turn off once on. Input audio transcription is not
                native to the model, since the model consumes audio directly. Transcription runs
                asynchronously and should be treated as rough guidance rather than the
                representation understood by the model.
            speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the
                minimum speed. 1.5 is the maximum speed. This value can only be changed in between
                model turns, not while a response is in progress. (0.25 to 1.5)
            tracing: Configuration options for tracing. Set to null to disable tracing. Once tracing
                is enabled for a session, the configuration cannot be modified. ('auto', or object)
            turn_detection: Configuration for turn detection. Can be set to `null` to turn off.
                Server VAD means that the model will detect the start and end of speech based on
                audio volume and respond at the end of user speech.
            tools: Tools (functions) available to the model.
            tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
                specify a function.
            temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
                (0.6 to 1.2)
            max_response_output_tokens: Maximum number of output tokens for a single assistant
                response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit
                output tokens, or `inf` for the maximum available tokens for a given model. Defaults
                to `inf`. (1 to 4096, or 'inf')
            truncation: When the number of tokens in a conversation exceeds the model's input token
                limit, the conversation be truncated, meaning messages (starting from the oldest)
                will not be included in the model's context. A 32k context model with 4,096 max
                output tokens can only include 28,224 tokens in the context before truncation
                occurs. (one of 'auto', 'disabled', or object)
            prompt: Reference to a prompt template and its variables. [Learn
                more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-
                prompts).
            model: The Realtime model used for this session, for example `gpt-realtime`.
            extra_headers: headers for this call only, over the client's.
            extra_query: query parameters for this call only.
            extra_body: JSON merged into the body after validation (objects key by key): for fields
                or values newer than this package, which the server may accept before it is
                regenerated. Not checked against the spec, but it must be JSON.
            timeout: seconds or an `httpx.Timeout` for this call, overriding the client's; None
                disables it.
            validate: False sends the arguments without checking them against the spec (types,
                enums, limits): for a value the API accepts but the embedded schema refuses (say, a
                range upstream has widened). Values JSON cannot carry (NaN) are still refused.
                Default: the client's `validate_requests` (True).

        Returns:
            The parsed `SessionCreateResponse`; its `_request_id` is the response's `x-request-id`.

        Raises:
            ModelValidationError: a bad argument (a `ValueError`; `ModelTypeError` is a `TypeError`).
            APIStatusError: a non-2xx answer (a subclass per status).
            APIConnectionError: no answer came (`APITimeoutError` when a timeout expired).
            APIResponseValidationError: a 2xx whose body is not the documented JSON object.
        """
        response, _ = self._call(
            _endpoint,
            {
                "modalities": modalities,
                "instructions": instructions,
                "voice": voice,
                "input_audio_format": input_audio_format,
                "output_audio_format": output_audio_format,
                "input_audio_transcription": input_audio_transcription,
                "speed": speed,
                "tracing": tracing,
                "turn_detection": turn_detection,
                "tools": tools,
                "tool_choice": tool_choice,
                "temperature": temperature,
                "max_response_output_tokens": max_response_output_tokens,
                "truncation": truncation,
                "prompt": prompt,
                "model": model,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
        return self._parse(response, _endpoint.RESPONSE_MODEL.from_dict)

    @property
    def with_raw_response(self) -> RealtimeSessionsWithRawResponse:
        """`client.with_raw_response.create(...)` returns an `APIResponse` (headers, request_id)."""
        return RealtimeSessionsWithRawResponse(self)


class RealtimeSessionsWithRawResponse:
    """`create` returning the HTTP response; `.parse()` gives the `SessionCreateResponse`."""

    def __init__(self, client: RealtimeSessions) -> None:
        self._client = client

    @deprecated(
        "POST /realtime/sessions is deprecated by OpenAI; use RealtimeClientSecrets.create (POST /realtime/client_secrets) instead.",
        category=None,
    )
    def create(
        self,
        *,
        modalities: list[ModalityParam] | Unset = UNSET,
        instructions: str | Unset = UNSET,
        voice: VoiceIdsOrCustomVoice | Unset = UNSET,
        input_audio_format: str | Unset = UNSET,
        output_audio_format: str | Unset = UNSET,
        input_audio_transcription: InputAudioTranscriptionParam | None | Unset = UNSET,
        speed: float | Unset = UNSET,
        tracing: TracingParam | Unset = UNSET,
        turn_detection: TurnDetectionParam | None | Unset = UNSET,
        tools: list[RealtimeFunctionToolParam] | Unset = UNSET,
        tool_choice: str | Unset = UNSET,
        temperature: float | Unset = UNSET,
        max_response_output_tokens: int | MaxResponseOutputTokensInf | Unset = UNSET,
        truncation: RealtimeTruncation | Unset = UNSET,
        prompt: Prompt | Unset = UNSET,
        model: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> APIResponse[SessionCreateResponse]:
        """As `RealtimeSessions.create`, but returns the raw response."""
        response, retries_taken = self._client._call(
            _endpoint,
            {
                "modalities": modalities,
                "instructions": instructions,
                "voice": voice,
                "input_audio_format": input_audio_format,
                "output_audio_format": output_audio_format,
                "input_audio_transcription": input_audio_transcription,
                "speed": speed,
                "tracing": tracing,
                "turn_detection": turn_detection,
                "tools": tools,
                "tool_choice": tool_choice,
                "temperature": temperature,
                "max_response_output_tokens": max_response_output_tokens,
                "truncation": truncation,
                "prompt": prompt,
                "model": model,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)


class AsyncRealtimeSessions(AsyncEndpointClient):
    """The `async` twin of `RealtimeSessions`: same arguments, `await client.create(...)`.

    `http_client` must be an `httpx.AsyncClient`; use `async with` or `await close()`.
    """

    @deprecated(
        "POST /realtime/sessions is deprecated by OpenAI; use RealtimeClientSecrets.create (POST /realtime/client_secrets) instead.",
        category=None,
    )
    async def create(
        self,
        *,
        modalities: list[ModalityParam] | Unset = UNSET,
        instructions: str | Unset = UNSET,
        voice: VoiceIdsOrCustomVoice | Unset = UNSET,
        input_audio_format: str | Unset = UNSET,
        output_audio_format: str | Unset = UNSET,
        input_audio_transcription: InputAudioTranscriptionParam | None | Unset = UNSET,
        speed: float | Unset = UNSET,
        tracing: TracingParam | Unset = UNSET,
        turn_detection: TurnDetectionParam | None | Unset = UNSET,
        tools: list[RealtimeFunctionToolParam] | Unset = UNSET,
        tool_choice: str | Unset = UNSET,
        temperature: float | Unset = UNSET,
        max_response_output_tokens: int | MaxResponseOutputTokensInf | Unset = UNSET,
        truncation: RealtimeTruncation | Unset = UNSET,
        prompt: Prompt | Unset = UNSET,
        model: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> SessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the Realtime API. Can
        be configured with the same session parameters as the `session.update` client event.

        Deprecated by OpenAI in favour of `RealtimeClientSecrets.create` (`POST
        /realtime/client_secrets`); the first call in a process issues a `DeprecationWarning`, and
        type checkers flag every call (PEP 702).

        Arguments are checked against the spec before anything is sent: a wrong type, an out-of-range
        value or a union member of the wrong kind raises `TypeError`/`ValueError` naming the field.
        Nested objects are plain dicts, typed by the TypedDicts of
        `realtime_sessions.session_create_params`. An argument left out (`UNSET`) is not sent; `None` is
        sent as JSON `null`.

        Args:
            modalities: The set of modalities the model can respond with. To disable audio, set this
                to ["text"].
            instructions: The default system instructions (i.e. system message) prepended to model
                calls. This field allows the client to guide the model on desired responses. The
                model can be instructed on response content and format, (e.g. "be extremely
                succinct", "act friendly", "here are examples of good responses") and on audio
                behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh
                frequently"). The instructions are not guaranteed to be followed by the model, but
                they provide guidance to the model on the desired behavior. Note that the server
                sets default instructions which will be used if this field is not set and are
                visible in the `session.created` event at the start of the session.
            voice: The voice the model uses to respond. Supported built-in voices are `alloy`,
                `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`.
                You may also provide a custom voice object with an `id`, for example `{ "id":
                "voice_1234" }`. Voice cannot be changed during the session once the model has
                responded with audio at least once. (string, or one of 'alloy', 'ash', 'ballad',
                'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar', or object)
            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            input_audio_transcription: Configuration for input audio transcription, defaults to off
                and can be set to `null` to turn off once on. Input audio transcription is not
                native to the model, since the model consumes audio directly. Transcription runs
                asynchronously and should be treated as rough guidance rather than the
                representation understood by the model.
            speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the
                minimum speed. 1.5 is the maximum speed. This value can only be changed in between
                model turns, not while a response is in progress. (0.25 to 1.5)
            tracing: Configuration options for tracing. Set to null to disable tracing. Once tracing
                is enabled for a session, the configuration cannot be modified. ('auto', or object)
            turn_detection: Configuration for turn detection. Can be set to `null` to turn off.
                Server VAD means that the model will detect the start and end of speech based on
                audio volume and respond at the end of user speech.
            tools: Tools (functions) available to the model.
            tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or
                specify a function.
            temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
                (0.6 to 1.2)
            max_response_output_tokens: Maximum number of output tokens for a single assistant
                response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit
                output tokens, or `inf` for the maximum available tokens for a given model. Defaults
                to `inf`. (1 to 4096, or 'inf')
            truncation: When the number of tokens in a conversation exceeds the model's input token
                limit, the conversation be truncated, meaning messages (starting from the oldest)
                will not be included in the model's context. A 32k context model with 4,096 max
                output tokens can only include 28,224 tokens in the context before truncation
                occurs. (one of 'auto', 'disabled', or object)
            prompt: Reference to a prompt template and its variables. [Learn
                more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-
                prompts).
            model: The Realtime model used for this session, for example `gpt-realtime`.
            extra_headers: headers for this call only, over the client's.
            extra_query: query parameters for this call only.
            extra_body: JSON merged into the body after validation (objects key by key): for fields
                or values newer than this package, which the server may accept before it is
                regenerated. Not checked against the spec, but it must be JSON.
            timeout: seconds or an `httpx.Timeout` for this call, overriding the client's; None
                disables it.
            validate: False sends the arguments without checking them against the spec (types,
                enums, limits): for a value the API accepts but the embedded schema refuses (say, a
                range upstream has widened). Values JSON cannot carry (NaN) are still refused.
                Default: the client's `validate_requests` (True).

        Returns:
            The parsed `SessionCreateResponse`; its `_request_id` is the response's `x-request-id`.

        Raises:
            ModelValidationError: a bad argument (a `ValueError`; `ModelTypeError` is a `TypeError`).
            APIStatusError: a non-2xx answer (a subclass per status).
            APIConnectionError: no answer came (`APITimeoutError` when a timeout expired).
            APIResponseValidationError: a 2xx whose body is not the documented JSON object.
        """
        response, _ = await self._call(
            _endpoint,
            {
                "modalities": modalities,
                "instructions": instructions,
                "voice": voice,
                "input_audio_format": input_audio_format,
                "output_audio_format": output_audio_format,
                "input_audio_transcription": input_audio_transcription,
                "speed": speed,
                "tracing": tracing,
                "turn_detection": turn_detection,
                "tools": tools,
                "tool_choice": tool_choice,
                "temperature": temperature,
                "max_response_output_tokens": max_response_output_tokens,
                "truncation": truncation,
                "prompt": prompt,
                "model": model,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
        return self._parse(response, _endpoint.RESPONSE_MODEL.from_dict)

    @property
    def with_raw_response(self) -> AsyncRealtimeSessionsWithRawResponse:
        """`await client.with_raw_response.create(...)` returns an `APIResponse`."""
        return AsyncRealtimeSessionsWithRawResponse(self)


class AsyncRealtimeSessionsWithRawResponse:
    """`create` returning the HTTP response; `.parse()` gives the `SessionCreateResponse`."""

    def __init__(self, client: AsyncRealtimeSessions) -> None:
        self._client = client

    @deprecated(
        "POST /realtime/sessions is deprecated by OpenAI; use RealtimeClientSecrets.create (POST /realtime/client_secrets) instead.",
        category=None,
    )
    async def create(
        self,
        *,
        modalities: list[ModalityParam] | Unset = UNSET,
        instructions: str | Unset = UNSET,
        voice: VoiceIdsOrCustomVoice | Unset = UNSET,
        input_audio_format: str | Unset = UNSET,
        output_audio_format: str | Unset = UNSET,
        input_audio_transcription: InputAudioTranscriptionParam | None | Unset = UNSET,
        speed: float | Unset = UNSET,
        tracing: TracingParam | Unset = UNSET,
        turn_detection: TurnDetectionParam | None | Unset = UNSET,
        tools: list[RealtimeFunctionToolParam] | Unset = UNSET,
        tool_choice: str | Unset = UNSET,
        temperature: float | Unset = UNSET,
        max_response_output_tokens: int | MaxResponseOutputTokensInf | Unset = UNSET,
        truncation: RealtimeTruncation | Unset = UNSET,
        prompt: Prompt | Unset = UNSET,
        model: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        validate: bool | Unset = UNSET,
    ) -> APIResponse[SessionCreateResponse]:
        """As `AsyncRealtimeSessions.create`, but returns the raw response."""
        response, retries_taken = await self._client._call(
            _endpoint,
            {
                "modalities": modalities,
                "instructions": instructions,
                "voice": voice,
                "input_audio_format": input_audio_format,
                "output_audio_format": output_audio_format,
                "input_audio_transcription": input_audio_transcription,
                "speed": speed,
                "tracing": tracing,
                "turn_detection": turn_detection,
                "tools": tools,
                "tool_choice": tool_choice,
                "temperature": temperature,
                "max_response_output_tokens": max_response_output_tokens,
                "truncation": truncation,
                "prompt": prompt,
                "model": model,
            },
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            validate,
        )
        return self._client._raw(response, _endpoint.RESPONSE_MODEL.from_dict, retries_taken)
