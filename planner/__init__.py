"""Planner — planification des visites de maintenance et des tournées."""

__version__ = "0.1.0"
