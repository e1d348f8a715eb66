"""What the online services answered, kept in the ``geocode_cache`` table so no address is
asked twice, not even from another office PC.

Each row is one service's answer to one folded address: its key is ``"{source}|{address}"``.
An empty answer (the service knows no such address) is kept too, with no coordinates, so the
same typo is not sent again.  The offline gazetteer's guesses are never stored: they are
computed in microseconds and must not hide a better answer once the services are back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from planner.db.database import Database
from planner.db.models import GeocodeCache
from planner.domain.enums import GeocodePrecision
from planner.domain.timeutil import now_utc
from planner.geo.online import Candidate

_KEY_MAX = 400
_CHUNK = 500


def cache_key(source: str, folded_address: str) -> str:
    key = f"{source}|{folded_address}"
    if len(key) <= _KEY_MAX:
        return key
    digest = hashlib.sha256(key.encode()).hexdigest()
    return f"{key[: _KEY_MAX - 65]}#{digest}"


#: A cached answer: a candidate, or None when the service said it knows nothing.
CachedAnswer = Candidate | None


def _to_answer(row: GeocodeCache) -> CachedAnswer:
    if row.latitude is None or row.longitude is None:
        return None
    return Candidate(
        lat=row.latitude,
        lon=row.longitude,
        precision=row.precision,
        score=row.score,
        source=row.source,
        label=row.label,
        postcode=row.postcode,
        city=row.city,
        insee_code=row.insee_code,
    )


class GeocodeCacheStore:
    """Read and write service answers, one short transaction at a time."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get_many(self, keys: Iterable[str]) -> dict[str, CachedAnswer]:
        """The cached answers among ``keys`` (a key absent from the result was never asked)."""
        wanted = sorted(set(keys))
        found: dict[str, CachedAnswer] = {}
        with self.db.read() as session:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                rows = session.execute(select(GeocodeCache).where(GeocodeCache.query_key.in_(chunk)))
                for row in rows.scalars():
                    found[row.query_key] = _to_answer(row)
        return found

    def put(self, key: str, source: str, answer: CachedAnswer) -> None:
        """Store (or replace) a service's answer; two PCs storing the same key never clash."""
        values = {
            "query_key": key,
            "latitude": answer.lat if answer else None,
            "longitude": answer.lon if answer else None,
            "precision": answer.precision if answer else GeocodePrecision.NONE,
            "score": answer.score if answer else None,
            "source": source,
            "label": (answer.label if answer else "")[:300],
            "postcode": (answer.postcode if answer else "")[:5],
            "city": (answer.city if answer else "")[:120],
            "insee_code": (answer.insee_code if answer else "")[:5],
            "created_at": now_utc(),
        }
        with self.db.write() as session:
            insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
            statement = insert(GeocodeCache).values(**values)
            statement = statement.on_conflict_do_update(
                index_elements=[GeocodeCache.query_key],
                set_={k: statement.excluded[k] for k in values if k != "query_key"},
            )
            session.execute(statement)

    def count(self) -> int:
        from sqlalchemy import func

        with self.db.read() as session:
            return int(session.execute(select(func.count()).select_from(GeocodeCache)).scalar_one())
