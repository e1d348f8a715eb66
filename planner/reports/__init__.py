"""Printed documents (ReportLab is imported here and nowhere else): work orders, technician day
sheets, quotes and intervention reports, drawn from the plain data of
:mod:`planner.reports.documents`."""
