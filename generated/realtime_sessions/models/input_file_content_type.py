from typing import Literal, TypeAlias

InputFileContentType: TypeAlias = Literal["input_file"] | str

INPUT_FILE_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "input_file",
    }
)
