"""Stage 2, diff: two documents in, the changes to one operation out, each classified by
`checker` and placed by JSON pointer (dereferenced) and by document location.

    resolver   `$ref` following, the canonical form of a schema, `$ref` cycles
    accepts    what a schema accepts: types, values, one union covering another schema
    schema     schema against schema (properties, types, values, bounds, unions by acceptance)
    operation  the operation's own parts, and its bodies handed to `schema` with their direction
"""

from .operation import ModelNames, compare_operation
from .schema import Place, SchemaComparison

__all__ = ["ModelNames", "Place", "SchemaComparison", "compare_operation"]
