"""Packaging detail pyproject.toml cannot say: ship the top-level ``resources/`` as ``matchmaker.resources``."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["matchmaker", "matchmaker.*"]), "matchmaker.resources"],
    package_dir={"matchmaker.resources": "resources"},
    package_data={
        "matchmaker.resources": ["**/*.json", "**/*.csv", "**/*.md", "**/*.qm", "**/*.ts", "**/*.mo", "**/*.po", "**/*.svg",
                                 "**/*.png"],
        "matchmaker.migrations": ["*.mako", "versions/*.py"],
    },
    include_package_data=False,
)
