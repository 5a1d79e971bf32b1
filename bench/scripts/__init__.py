"""Scripts that make pictures and figures for the docs from the benchmarks' networks."""
