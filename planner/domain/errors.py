"""Errors a user may see.  Their message is French, complete and names what to fix."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class PlannerError(Exception):
    """Base of every error whose message is meant for the user."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(PlannerError):
    """Input refused; ``errors`` maps each field (its French label) to the reason."""

    def __init__(self, errors: Mapping[str, str] | Iterable[tuple[str, str]]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("\n".join(f"{field} : {reason}" for field, reason in self.errors.items()))

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls({field: reason})


class ConflictError(PlannerError):
    """The record changed in the database since the user opened it."""

    def __init__(self, what: str = "Fiche") -> None:
        super().__init__(
            f"{what} : modifié par un autre poste pendant votre saisie. "
            "Vos changements n'ont pas été enregistrés ; rechargez la fiche pour voir "
            "la version actuelle, puis refaites votre modification."
        )


class NotFoundError(PlannerError):
    """The record does not exist (any more)."""


class DatabaseError(PlannerError):
    """The database cannot be opened or used as asked."""
