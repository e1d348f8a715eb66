"""Finding a caller in a few keystrokes: one field over names, company, phones in any format,
email, postcode, town and contract number; accent- and case-blind, tolerant of a typo.

The index lives in memory (built off the UI thread from the customers list) and answers in a few
milliseconds at 100 000 customers: words are looked up by prefix in a sorted vocabulary, the
rarest word first, and only the few candidates left are ranked.  A word that matches nothing is
tried again with an edit distance of one or two (RapidFuzz), so « Dupond » finds Dupont.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import func, select

from planner.db.database import Database
from planner.db.models import Contract, Customer, Site
from planner.domain.text import fold
from planner.services.customers import CustomerRow, list_customers

_DIGIT_GAPS = re.compile(r"(?<=\d)[\s.\u00a0\u202f]+(?=\d)")
#: « +33 », « 0033 », « +33 (0) » in front of a French number: the national « 0 » instead.
_FRENCH_PREFIX = re.compile(r"(?<![\w+])(?:\+|00)\s*33(?:\s*\(\s*0\s*\))?[\s.\-\u00a0\u202f]*(?=\d|$)")
#: A French number typed without its « 0 » in groups: « 6 69 », « 6 69 12 34 56 ».
_NO_ZERO_GROUPS = re.compile(r"(?<![\w.\-])([1-9])((?:[\s.\-\u00a0\u202f]+\d\d?)+)(?![\w])")
#: Pairs of digits joined by dashes or dots (« 06-69-12 »), not a contract's « C-2025-0012 ».
_DASHED_PAIRS = re.compile(r"(?<![\w\-])0\d(?:[\-.]\d\d?)+(?![\w\-])")


def _phone_forms(text: str) -> str:
    text = _FRENCH_PREFIX.sub("0", text)
    text = _NO_ZERO_GROUPS.sub(lambda m: "0" + m.group(1) + re.sub(r"\D", "", m.group(2)), text)
    text = _DASHED_PAIRS.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)
    return _DIGIT_GAPS.sub("", text)


#: A word whose prefix range holds more postings than this is checked on the candidates instead.
BROAD_WORD = 4000


@dataclass(frozen=True, slots=True)
class SearchHit:
    customer_id: int
    name: str
    detail: str
    #: Why it matched, for display: « nom », « téléphone », « approchant »…
    how: str
    score: float


def query_words(text: str) -> list[str]:
    """Folded words of a query.  A phone number, whole or begun, in any French way of typing it
    becomes the start of its national form: « +33 6 69 », « 0033 6696 », « 6 69 », « 06-69 » and
    « 06.69 » all give « 0669 »."""
    out = []
    for word in fold(_phone_forms(text)).split():
        if word.isdigit():
            if word.startswith("0033") and len(word) == 13:
                word = "0" + word[4:]
            elif word.startswith("33") and len(word) == 11:
                word = "0" + word[2:]
        out.append(word)
    return out


class CustomerSearchIndex:
    def __init__(self, rows: Sequence[CustomerRow]) -> None:
        self.rows = list(rows)
        #: :func:`index_stamp` of the data it was built from (when loaded from the database).
        self.stamp: tuple[object, ...] = ()
        postings: dict[str, list[int]] = {}
        self._tokens: list[tuple[str, ...]] = []
        for index, row in enumerate(self.rows):
            tokens = tuple(dict.fromkeys(row.search_text.split()))
            self._tokens.append(tokens)
            for token in tokens:
                postings.setdefault(token, []).append(index)
        self._vocabulary = sorted(postings)
        self._postings = [postings[t] for t in self._vocabulary]
        self._by_token = postings
        # Running totals of postings over the sorted vocabulary, to size a prefix range at once.
        self._cumulative = [0]
        for plist in self._postings:
            self._cumulative.append(self._cumulative[-1] + len(plist))
        self._words = [t for t in self._vocabulary if t.isalpha() and len(t) >= 3]
        self._name_tokens = [set(fold(row.name).split()) for row in self.rows]
        order = sorted(range(len(self.rows)), key=lambda i: fold(self.rows[i].name))
        self._alpha = [0] * len(self.rows)
        for rank, i in enumerate(order):
            self._alpha[i] = rank

    @classmethod
    def build(cls, rows: Iterable[CustomerRow]) -> CustomerSearchIndex:
        return cls(list(rows))

    def __len__(self) -> int:
        return len(self.rows)

    # -- lookup ------------------------------------------------------------------------------
    def _prefix_range(self, word: str) -> tuple[int, int]:
        start = bisect_left(self._vocabulary, word)
        end = bisect_left(self._vocabulary, word + "\uffff", lo=start)
        return start, end

    def _postings_of(self, start: int, end: int) -> set[int]:
        found: set[int] = set()
        for plist in self._postings[start:end]:
            found.update(plist)
        return found

    def _fuzzy(self, word: str) -> list[str]:
        if len(word) < 4 or not word.isalpha():
            return []
        allowed = 1 if len(word) <= 6 else 2
        matches = process.extract(
            word, self._words, scorer=Levenshtein.distance, score_cutoff=allowed, limit=12
        )
        return [m[0] for m in matches]

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        words = query_words(text)
        if not words:
            return []
        narrow: list[tuple[int, set[int]]] = []
        broad: list[str] = []
        fuzzy_words: set[str] = set()
        for word in words:
            start, end = self._prefix_range(word)
            size = self._cumulative[end] - self._cumulative[start]
            if size == 0:
                close = self._fuzzy(word)
                if not close:
                    return []
                fuzzy_words.add(word)
                found: set[int] = set()
                for token in close:
                    found.update(self._by_token[token])
                narrow.append((len(found), found))
            elif size > BROAD_WORD:
                broad.append(word)
            else:
                narrow.append((size, self._postings_of(start, end)))
        if narrow:
            narrow.sort(key=lambda item: item[0])
            candidates = set(narrow[0][1])
            for _, found in narrow[1:]:
                candidates &= found
        else:
            # Only very common words (« annecy », « du »): any of their entries matches equally;
            # take enough of them to fill the list after the other words have filtered them.
            candidates = self._first_with_prefix(broad[0], limit * 25)
        for word in broad:
            tokens = self._tokens
            candidates = {i for i in candidates if any(t.startswith(word) for t in tokens[i])}
        if not candidates:
            return []
        scored = heapq.nlargest(
            limit, candidates, key=lambda i: (self._score(i, words, fuzzy_words), -self._alpha[i])
        )
        return [self._hit(i, words, fuzzy_words) for i in scored]

    def _first_with_prefix(self, word: str, wanted: int) -> set[int]:
        start, end = self._prefix_range(word)
        found: set[int] = set()
        for plist in self._postings[start:end]:
            found.update(plist[: wanted - len(found)])
            if len(found) >= wanted:
                break
        return found

    def _score(self, index: int, words: list[str], fuzzy_words: set[str]) -> float:
        names = self._name_tokens[index]
        tokens = self._tokens[index]
        score = 0.1 if self.rows[index].tier else 0.0  # a customer under contract calls more often
        for word in words:
            if word in fuzzy_words:
                score += 0.5
            elif word in names:
                score += 3.0
            elif word in tokens:
                score += 2.5
            elif any(t.startswith(word) for t in names):
                score += 2.0
            else:
                score += 1.0
        return score

    def _hit(self, index: int, words: list[str], fuzzy_words: set[str]) -> SearchHit:
        row = self.rows[index]
        names = self._name_tokens[index]
        how = "nom"
        for word in words:
            if word in fuzzy_words:
                how = "approchant"
                break
            if word in names or any(t.startswith(word) for t in names):
                continue
            if word in fold(row.contract_numbers or row.contract_number).split():
                how = "contrat"
            elif word.isdigit() and any(word == place.split(" ")[0] for place in row.places or (row.postcode,)):
                how = "code postal"
            elif word.isdigit() and len(word) >= 4:
                how = "téléphone"
            elif word in fold(row.email):
                how = "e-mail"
            else:
                how = "adresse"
        place = f"{row.postcode} {row.city}".strip()
        for other in row.places[1:]:
            # The caller was found by another of their sites: show that one.
            folded = fold(other).split()
            if any(any(t.startswith(word) for t in folded) for word in words if word not in names):
                place = other
                break
        parts = [place, row.phone]
        if row.tier:
            parts.append(f"Contrat {row.tier}")
        return SearchHit(row.id, row.name, " · ".join(p for p in parts if p), how, self._score(index, words, fuzzy_words))


def index_stamp(db: Database) -> tuple[object, ...]:
    """What the index is built from, in a few aggregates: the count and the latest change of
    customers, sites and contracts.  Equal stamps mean the index need not be rebuilt (a booking,
    a contact noted or a quote leave it as it is)."""
    with db.read() as session:
        return tuple(
            value
            for model in (Customer, Site, Contract)
            for value in session.execute(select(func.count(), func.max(model.updated_at)).select_from(model)).one()
        )


def load_search_index(db: Database) -> CustomerSearchIndex:
    """The customers list, indexed for the booking assistant's search field."""
    stamp = index_stamp(db)
    index = CustomerSearchIndex(list_customers(db))
    index.stamp = stamp
    return index
