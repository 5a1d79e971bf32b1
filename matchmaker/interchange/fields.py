"""Field-level validation shared by the JSON and CSV readers.

A :class:`Site` knows where a record came from (file and line or JSON path) and whether its
values arrived as text (CSV) or typed (JSON), so every message names file, place and field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from matchmaker.errors import InterchangeError

__all__ = ["COUNTRY_CODE", "EMAIL_ADDRESS", "Site"]

# Shared with matchmaker.editing, so a profile edit accepts exactly what an import accepts.
COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
EMAIL_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class Site:
    path: str
    location: str
    text_values: bool  # CSV: every value is a string, lists are ';'-separated

    def fail(self, field: str | None, message: str) -> InterchangeError:
        return InterchangeError(self.path, self.location, field, message)

    def _blank(self, value: Any) -> bool:
        return value is None or (self.text_values and isinstance(value, str) and value.strip() == "")

    def string(self, raw: dict, key: str, *, required: bool = False, max_length: int = 300) -> str | None:
        value = raw.get(key)
        if self._blank(value) or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(key, "is required and must not be empty")
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {_describe(value)}")
        value = value.strip()
        if len(value) > max_length:
            raise self.fail(key, f"is {len(value)} characters long; at most {max_length} allowed")
        return value

    def choice(
        self,
        raw: dict,
        key: str,
        allowed: Iterable[str],
        *,
        default: str | None = None,
        required: bool = False,
    ) -> str | None:
        value = self.string(raw, key, required=required)
        if value is None:
            return default
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.fail(key, f"expected one of {', '.join(allowed)}; got {value!r}")
        return value

    def country(self, raw: dict, key: str, *, required: bool) -> str | None:
        value = self.string(raw, key, required=required)
        if value is None:
            return None
        if not COUNTRY_CODE.match(value):
            raise self.fail(
                key, f"expected a two-letter ISO 3166-1 country code such as EE or UA; got {value!r}"
            )
        return value.upper()

    def email(self, raw: dict, key: str, *, max_length: int = 320) -> str | None:
        value = self.string(raw, key, max_length=max_length)
        if value is not None and not EMAIL_ADDRESS.match(value):
            raise self.fail(key, f"expected an e-mail address like name@example.org; got {value!r}")
        return value

    def string_list(self, raw: dict, key: str) -> tuple[str, ...]:
        value = raw.get(key)
        if self._blank(value):
            return ()
        if self.text_values and isinstance(value, str):
            value = value.split(";")
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list of strings, got {_describe(value)}")
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{index}]", f"expected a string, got {_describe(item)}")
            if item.strip():
                items.append(item.strip())
        return tuple(items)

    def number(
        self, raw: dict, key: str, *, default: float, positive: bool = True, at_most: float | None = None
    ) -> float:
        value = raw.get(key)
        if self._blank(value):
            return default
        if self.text_values and isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise self.fail(key, f"expected a number, got {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self.fail(key, f"expected a number, got {_describe(value)}")
        if positive and value <= 0:
            raise self.fail(key, f"must be greater than 0; got {value}")
        if at_most is not None and value > at_most:
            raise self.fail(key, f"must be at most {at_most}; got {value}")
        return float(value)

    def date(self, raw: dict, key: str) -> date | None:
        value = self.string(raw, key, max_length=40)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"expected a date as YYYY-MM-DD; got {value!r}") from None

    def timestamp(self, raw: dict, key: str) -> datetime | None:
        value = self.string(raw, key, max_length=40)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            raise self.fail(key, f"expected a date and time as YYYY-MM-DDTHH:MM:SS; got {value!r}") from None


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"a string ({value!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
