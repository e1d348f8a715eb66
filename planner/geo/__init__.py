"""Where customers are and how long it takes to drive between them.

* :mod:`planner.geo.geocoder` — :class:`~planner.geo.geocoder.Geocoder`: cache → BAN
  (IGN Géoplateforme) → Nominatim → offline gazetteer, never raising, never (0, 0);
* :mod:`planner.geo.travel` — travel-time providers (offline model, OSRM) and their cache;
* :mod:`planner.geo.gazetteer` and :mod:`planner.geo.build_gazetteer` — the offline list of
  French places (GeoNames, CC BY 4.0) and how it is built.

This is the only package that talks to geopy.
"""
