"""Saved canvas positions (table ``layout_position``), so the canvas opens laid out at once."""

from __future__ import annotations

from sqlalchemy import Engine, select

from matchmaker.interchange.load import upsert_rows
from matchmaker.models import Actor, LayoutPosition

__all__ = ["load_positions", "save_positions"]


def load_positions(engine: Engine) -> dict[str, tuple[float, float]]:
    """Every saved position, ``{actor id: (x, y)}``."""
    p = LayoutPosition.__table__.c
    with engine.connect() as conn:
        return {actor_id: (x, y) for actor_id, x, y in conn.execute(select(p.actor_id, p.x, p.y))}


def save_positions(engine: Engine, pos: dict[str, tuple[float, float]]) -> int:
    """Insert or update the positions in one transaction; returns how many were saved.

    Positions of actors the store does not hold (e.g. deleted meanwhile) are skipped.
    """
    with engine.begin() as conn:
        known = set(conn.execute(select(Actor.__table__.c.id)).scalars())
        rows = [{"actor_id": a, "x": float(x), "y": float(y)} for a, (x, y) in pos.items() if a in known]
        upsert_rows(conn, LayoutPosition.__table__, rows, ["actor_id"])
    return len(rows)
