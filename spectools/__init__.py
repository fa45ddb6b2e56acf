"""spectools: the hand-written tooling around the generated `realtime_sessions` client.

Modules, in pipeline order:
    project    the project's facts: paths, upstream, the bound operations, the naming rule
    specio     load/dump OpenAPI documents with one-line errors
    refs       the one `$ref` resolver (referencing)
    sync       `sync-spec`: extract the bound operations' fragment + provenance
    overlays   apply OpenAPI Overlay 1.0 corrections -> resolved spec
    generate   `regenerate` / `check-generated`: resolved spec -> generated/
"""

__version__ = "0.1.0"
