"""Printed documents (ReportLab is imported here and nowhere else): work orders, technician day
sheets, quotes, intervention reports and letters to customers, drawn from the plain data of
:mod:`planner.reports.documents`."""
