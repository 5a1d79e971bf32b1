"""Cold start of the desktop app: process start to a painted window, and to the network loaded.

Each run is a fresh ``python -m matchmaker --db <copy of the demo>`` on the offscreen platform with
``MATCHMAKER_STARTUP_PROBE`` set: the app prints ``painted`` at its first paint and ``loaded`` when
the directory holds the network, then quits. Median of 5 (the machine is shared and noisy).

Run: ``.venv/bin/python bench/bench_startup.py``
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script by `make bench`

from bench.results_file import machine_line, write_section  # noqa: E402

RUNS = 5


def one_start(db: Path, config: Path) -> dict[str, float]:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", MATCHMAKER_STARTUP_PROBE="1", XDG_CONFIG_HOME=str(config)
    )
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "matchmaker", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    marks = {}
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - start
        if line.strip() == "loaded":
            break
    child.wait(timeout=120)
    if "loaded" not in marks:
        raise RuntimeError(f"the app did not report loading: {child.stderr.read()[-2000:]}")
    return marks


def main() -> None:
    from matchmaker.demo import seed_demo
    from matchmaker.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        seeded = Path(tmp) / "demo.sqlite"
        store = open_store(str(seeded))
        seed_demo(store)
        actors = store.stats()["actors"]
        store.engine.dispose()
        runs = []
        for i in range(RUNS):
            db = Path(tmp) / f"run{i}.sqlite"
            shutil.copy(seeded, db)
            runs.append(one_start(db, Path(tmp) / f"config{i}"))
            print(f"run {i + 1}: painted {runs[-1]['painted']:.2f} s, loaded {runs[-1]['loaded']:.2f} s")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    painted = statistics.median(r["painted"] for r in runs)
    loaded = statistics.median(r["loaded"] for r in runs)
    write_section(
        "startup",
        f"""
## Start-up (`bench/bench_startup.py`)

Cold start of `python -m matchmaker --db demo.sqlite` (the demo network, {actors} actors), offscreen, median of {RUNS}
fresh processes; {machine_line()}; load average {load:.1f} while measuring (other work shares the cores).

| from process start to | median | runs |
|---|---|---|
| first paint of the window | {painted:.2f} s | {", ".join(f"{r['painted']:.2f}" for r in runs)} |
| network loaded into the directory | {loaded:.2f} s | {", ".join(f"{r['loaded']:.2f}" for r in runs)} |

The window paints before the database is opened: migrations, the network load and the search keys run
on the database worker; SQLAlchemy, networkx and scikit-learn are imported there or on first use.
""",
    )


if __name__ == "__main__":
    main()
