"""Benchmarks, run as ``python -m benchmarks.<name>``; each ends with one ``RESULT …`` line."""
