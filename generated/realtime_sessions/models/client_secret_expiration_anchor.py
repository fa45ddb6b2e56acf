from typing import Literal, TypeAlias

ClientSecretExpirationAnchor: TypeAlias = Literal["created_at"] | str

CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES: frozenset[str] = frozenset(
    {
        "created_at",
    }
)
