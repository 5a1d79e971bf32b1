"""The core is importable and usable without Qt."""

import subprocess
import sys

CORE = [
    "matchmaker.store",
    "matchmaker.interchange",
    "matchmaker.taxonomy",
    "matchmaker.demo",
    "matchmaker.cli",
    "matchmaker.startup",
]
OPTIONAL = ["matchmaker.graph", "matchmaker.match", "matchmaker.teams", "matchmaker.editing"]


def test_importing_the_core_loads_no_qt():
    code = (
        "import importlib, importlib.util, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        f"for name in {OPTIONAL!r}:\n"
        "    if importlib.util.find_spec(name): importlib.import_module(name)\n"
        "import pkgutil, matchmaker\n"
        "for info in pkgutil.walk_packages(matchmaker.__path__, 'matchmaker.'):\n"
        "    if not info.name.startswith(('matchmaker.ui', 'matchmaker.__main__', 'matchmaker.migrations.env')):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
