"""Field-level validation shared by the JSON and CSV readers.

A :class:`Site` knows where a record came from (file and line or JSON path), whether its
values arrived as text (CSV) or typed (JSON), and how much each of the record's fields may
hold (:mod:`matchmaker.interchange.fields`), so every message names file, place and field
and no field can be read without its limit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from matchmaker.errors import InterchangeError
from matchmaker.interchange.fields import COUNTRY_CODE, EMAIL_ADDRESS, Limit

__all__ = ["LongNumber", "Site", "describe"]

# C0 and C1 control characters and DEL: never part of an identifier someone types.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class LongNumber:
    """A JSON number with too many digits to be a real value (kept as its digit count only).

    The JSON reader returns it instead of building a 1,000-digit int, so the field that holds
    it is named in the error like any other wrong value.
    """

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


@dataclass(frozen=True, slots=True)
class Site:
    path: str
    location: str
    text_values: bool  # CSV: every value is a string, lists are ';'-separated
    limits: dict[str, Limit]  # the record's fields and how much each may hold

    def fail(self, field: str | None, message: str) -> InterchangeError:
        return InterchangeError(self.path, self.location, field, message)

    def _blank(self, value: Any) -> bool:
        return value is None or (self.text_values and isinstance(value, str) and value.strip() == "")

    def _check_length(self, key: str, value: str, chars: int) -> None:
        if len(value) > chars:
            raise self.fail(key, f"is {len(value):,} characters long; at most {chars:,} allowed")

    def string(self, raw: dict, key: str, *, required: bool = False) -> str | None:
        value = raw.get(key)
        if self._blank(value) or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(key, "is required and must not be empty")
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {describe(value)}")
        value = value.strip()
        self._check_length(key, value, self.limits[key].chars)
        return value

    def identifier(self, raw: dict, key: str) -> str:
        """A required id: text without control characters (it names the record on every screen)."""
        value = self.string(raw, key, required=True)
        found = _CONTROL.search(value)
        if found:
            raise self.fail(key, f"must not hold control characters; found {found.group()!r} in {value!r}")
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

    def email(self, raw: dict, key: str) -> str | None:
        value = self.string(raw, key)
        if value is not None and not EMAIL_ADDRESS.match(value):
            raise self.fail(key, f"expected an e-mail address like name@example.org; got {value!r}")
        return value

    def string_list(self, raw: dict, key: str) -> tuple[str, ...]:
        value = raw.get(key)
        if self._blank(value):
            return ()
        limit = self.limits[key]
        if self.text_values and isinstance(value, str):
            value = value.split(";")
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list of strings, got {describe(value)}")
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{index}]", f"expected a string, got {describe(item)}")
            if item.strip():
                items.append(item.strip())
                self._check_length(f"{key}[{index}]", items[-1], limit.chars)
            if len(items) > limit.items:
                raise self.fail(key, f"has more than {limit.items} entries; at most {limit.items} allowed")
        return tuple(items)

    def number(
        self, raw: dict, key: str, *, default: float, positive: bool = True, at_most: float | None = None
    ) -> float:
        value = raw.get(key)
        if self._blank(value):
            return default
        if self.text_values and isinstance(value, str):
            self._check_length(key, value, self.limits[key].chars)
            try:
                value = float(value)
            except ValueError:
                raise self.fail(key, f"expected a number, got {value!r}") from None
        if isinstance(value, LongNumber) or (type(value) is int and not _finite(value)):
            raise self.fail(key, f"is {describe(value)}; expected an ordinary number such as 0.5 or 2")
        if isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
            raise self.fail(key, f"expected a number, got {describe(value)}")
        if positive and value <= 0:
            raise self.fail(key, f"must be greater than 0; got {value}")
        if at_most is not None and value > at_most:
            raise self.fail(key, f"must be at most {at_most}; got {value}")
        return float(value)

    def date(self, raw: dict, key: str) -> date | None:
        value = self.string(raw, key)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"expected a date as YYYY-MM-DD; got {value!r}") from None

    def timestamp(self, raw: dict, key: str) -> datetime | None:
        """A moment in UTC; a time without a zone is taken as UTC."""
        value = self.string(raw, key)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"expected a date and time as YYYY-MM-DDTHH:MM:SS; got {value!r}") from None
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        try:
            return moment.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:00+05:00 lies before year 1 in UTC
            raise self.fail(
                key, f"lies outside the years 1–9999 once converted to UTC; got {value!r}"
            ) from None


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def describe(value: Any) -> str:
    """A short description of a wrong value for an error message (never the whole of a huge one)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, LongNumber):
        return f"a number with {value.digits:,} digits"
    if isinstance(value, int) and abs(value) >= 10**30:
        return f"a number with {len(str(abs(value))):,} digits"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"a string ({_excerpt(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _excerpt(text: str, keep: int = 60) -> str:
    return repr(text) if len(text) <= keep else f"{text[:keep]!r}… ({len(text):,} characters)"
