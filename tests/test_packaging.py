"""`pip install .` gives a working command with its data: the wheel carries the resources."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_runs_outside_the_checkout_with_its_bundled_demo(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next((tmp_path / "dist").glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "matchmaker/resources/demo/network.json" in names
    assert "matchmaker/resources/taxonomy/skills.csv" in names
    assert "matchmaker/migrations/versions/0001_initial_schema.py" in names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import matchmaker.paths as p, runpy, sys; print(p.resource_path(), file=sys.stderr);"
            "sys.argv=['matchmaker','--db','x.sqlite','demo','--reset','--json']; runpy.run_module('matchmaker', run_name='__main__')",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert str(site) in result.stderr.splitlines()[0]
    assert json.loads(result.stdout)["added"]["actors"] > 500
