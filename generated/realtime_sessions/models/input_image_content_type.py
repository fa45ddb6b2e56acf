from typing import Literal

InputImageContentType = Literal["input_image"]

INPUT_IMAGE_CONTENT_TYPE_VALUES: frozenset[InputImageContentType] = frozenset(
    {
        "input_image",
    }
)
