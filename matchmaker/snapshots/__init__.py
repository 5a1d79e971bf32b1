"""Snapshots: a copy of the network carried to another laptop and merged back, field by field.

``clock`` (version vectors), ``state`` (records as fields with clocks), ``merge_rules`` (the pure,
symmetric merge), ``clock_store`` / ``state_store`` (their rows in the database), ``snapshot_file``
(the file format) and ``exchange`` (export and merge against a store). docs/FORMAT.md,
"Snapshots", states the rules.
"""
