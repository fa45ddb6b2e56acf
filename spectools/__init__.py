"""spectools: the hand-written tooling around the generated `realtime_sessions` client.

Modules, in pipeline order:
    specio     load/dump OpenAPI documents with one-line errors
    sync       `sync-spec`: extract the POST /realtime/sessions fragment + provenance
    overlays   apply OpenAPI Overlay 1.0 corrections -> resolved spec
    generate   `regenerate` / `check-generated`: resolved spec -> generated/
"""

__version__ = "0.1.0"
