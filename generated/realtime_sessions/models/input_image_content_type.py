from typing import Literal, TypeAlias

InputImageContentType: TypeAlias = Literal["input_image"] | str

INPUT_IMAGE_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "input_image",
    }
)
