from typing import Literal

InputTextContentType = Literal["input_text"]

INPUT_TEXT_CONTENT_TYPE_VALUES: frozenset[InputTextContentType] = frozenset(
    {
        "input_text",
    }
)
