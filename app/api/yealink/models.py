"""Wire models of the Yealink AVoIP central control API (`/open/api/v1`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Wire(BaseModel):
    # The service adds fields over time; we read what we need and ignore the rest.
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True, defer_build=True)


class Envelope(_Wire):
    """Every answer: `ret` >= 0 is success (the document shows both 0 and 1)."""

    ret: int
    data: Any = None
    error: Any = None


class TokenGrant(_Wire):
    token: str = Field(min_length=1)
    # Epoch milliseconds (or, tolerated, a validity in seconds); bounded so no clock
    # arithmetic overflows on an absurd answer.
    expire_time_ms: int = Field(alias="expireTime", ge=1, le=10**15)


class Space(_Wire):
    id: str
    name: str
    create_time: int | None = Field(default=None, alias="createTime")
    modify_time: int | None = Field(default=None, alias="modifyTime")


class Macro(_Wire):
    id: str
    name: str


class Monitor(_Wire):
    """An automation: a rule on the central control that can be switched on or off."""

    id: str
    name: str
    enable: bool


class AutoRouting(_Wire):
    id: str
    name: str
    enable: bool


class Page(_Wire):
    skip: int = 0
    limit: int = 0
    total: int
    items: list[dict[str, Any]] = Field(alias="list")


class ChangedSpaces(_Wire):
    """Long-polling answer: ids of rooms whose macros, monitors or auto-routings changed."""

    space_ids: list[str] = Field(alias="list")

    @field_validator("space_ids", mode="before")
    @classmethod
    def _ids_as_text(cls, value: Any) -> Any:
        # The document types these as array(Int) but its example sends strings.
        if isinstance(value, list):
            return [str(item) for item in value]
        return value
