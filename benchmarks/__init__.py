"""Benchmarks: run with `python -m benchmarks NAME`; results and commands go to BENCHMARKS.md."""
