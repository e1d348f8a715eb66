"""Benchmarks of the round optimisation engine (run as modules, not part of the test suite)."""
