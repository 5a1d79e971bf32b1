"""The bundled demo network: seeding a store with it, and where its planted truth lives."""

from __future__ import annotations

import json
from pathlib import Path

from matchmaker.interchange import ImportReport, import_document, read_files
from matchmaker.paths import resource_path
from matchmaker.store import Store

__all__ = ["DEMO_NETWORK", "DEMO_TRUTH", "seed_demo", "demo_truth"]

DEMO_NETWORK: Path = resource_path("demo", "network.json")
DEMO_TRUTH: Path = resource_path("demo", "truth.json")


def seed_demo(store: Store, *, replace: bool = True) -> ImportReport:
    """Load the demo network; with ``replace`` (the default) the current network goes first, atomically."""
    doc = read_files([DEMO_NETWORK], store.resolver())
    return import_document(store.engine, doc, replace=replace)


def demo_truth() -> dict:
    """What the demo generator planted (communities, brokers, hubs, newcomers), for tests and evaluation."""
    return json.loads(DEMO_TRUTH.read_text(encoding="utf-8"))
