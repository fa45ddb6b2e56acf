from typing import Literal, TypeAlias

InputTextContentType: TypeAlias = Literal["input_text"] | str

INPUT_TEXT_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "input_text",
    }
)
