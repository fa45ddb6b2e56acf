from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import attrs

from .. import _validation
from .._validation import new_object
from ..models.transcription_model import TranscriptionModel
from ..types import UNSET, Unset

# The JSON names this schema declares; anything else is an unknown field.
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "language",
        "languages",
        "prompt",
    }
)


@attrs.define(slots=True, eq=True, repr=False)
class AudioTranscription:
    """Attributes:
    model: The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`,
        `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
        transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-
        realtime-whisper`.
    language: The language of the input audio.
    languages: The possible input audio languages configured for transcription, in
        [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    prompt: The prompt configured for input audio transcription, when present.
    additional_properties: fields the schema does not declare, kept as received.
    """

    model: str | TranscriptionModel | Unset = UNSET

    language: None | str | Unset = UNSET

    languages: list[str] | Unset = UNSET

    prompt: str | Unset = UNSET

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    __repr__ = _validation.model_repr  # attrs' repr, without an empty additional_properties

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-compatible data: the inverse of `from_dict`."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.model is not UNSET:
            out["model"] = self.model

        if self.language is not UNSET:
            out["language"] = self.language

        if self.languages is not UNSET:
            out["languages"] = list(self.languages)

        if self.prompt is not UNSET:
            out["prompt"] = self.prompt
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Raises `ModelValidationError` naming the field on bad data."""
        return parse_audio_transcription(cls, src_dict)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `from_dict` runs, as a plain function: the parsers of the objects holding one call it
# directly, a classmethod call costing several times a function call (30-odd objects a body).
_Model = TypeVar("_Model", bound=AudioTranscription)


def parse_audio_transcription(cls: type[_Model], src_dict: Mapping[str, Any]) -> _Model:
    if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
        raise _validation.wrong_type("", "object", src_dict)
    _known = 0  # declared keys present: the required ones, then each optional found
    _model = src_dict.get("model", UNSET)
    if _model is not UNSET:
        _known += 1
        if _model.__class__ is str:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("model", "string", _model)

    _language = src_dict.get("language", UNSET)
    if _language is not UNSET:
        _known += 1
        if _language.__class__ is str:
            pass  # the test above is the whole check for this kind
        elif _language is None:
            pass  # the test above is the whole check for this kind
        else:
            raise _validation.wrong_type("language", "string or null", _language)

    _languages = src_dict.get("languages", UNSET)
    if _languages is not UNSET:
        _known += 1
        if _languages.__class__ is not list:
            raise _validation.wrong_type("languages", "array", _languages)
        for _i_languages, _x_languages in enumerate(_languages):
            if _x_languages.__class__ is not str:
                raise _validation.wrong_type(
                    _validation.item("languages", _i_languages), "string", _x_languages
                )

    _prompt = src_dict.get("prompt", UNSET)
    if _prompt is not UNSET:
        _known += 1
        if _prompt.__class__ is not str:
            raise _validation.wrong_type("prompt", "string", _prompt)

    # Every field is set here, as __init__ would: a call with one keyword per field costs
    # several times these stores, and is most of model building for small objects.
    obj = new_object(cls)
    obj.model = _model
    obj.language = _language
    obj.languages = _languages
    obj.prompt = _prompt
    obj.additional_properties = {}
    # More keys than declared ones read: the rest are unknown fields (a length test, where a
    # subset test of the keys would cost as much as a field's parsing).
    if len(src_dict) != _known:
        d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        obj.additional_properties = d
    return obj
