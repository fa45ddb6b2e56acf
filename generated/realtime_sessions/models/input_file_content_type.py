from typing import Literal

InputFileContentType = Literal["input_file"]

INPUT_FILE_CONTENT_TYPE_VALUES: frozenset[InputFileContentType] = frozenset(
    {
        "input_file",
    }
)
