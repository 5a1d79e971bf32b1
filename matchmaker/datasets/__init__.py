"""Converters from public records of real partnerships into the interchange format.

They are how the recommender is judged on real networks (``bench/bench_real.py``): each
reads a record as published, keeps only what was known before an optional cut date where
actor attributes would otherwise leak the future, and returns a ``sandbox-matchmaker/1``
document that ``matchmaker import`` reads like any other file.

- :mod:`matchmaker.datasets.cordis`: EU Horizon 2020 consortia (organisations, partner ties).
- :mod:`matchmaker.datasets.crunchbase`: acquisitions (acquirer ``invested_in`` acquired company).
"""
