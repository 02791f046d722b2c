"""The persons of one document, found in one pass and handed on as one value.

Mentions (name shapes accepted by a title, the registry, a speech verb or the NER), one
entity per person with its title and country, and the role references that point to them
("the Head of State"): the stages that follow (quotes, events, statements) take the result
and do not call back into the person stages.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.extractors.coref import Reference, find_references
from dyad.extractors.people import Mention, PersonEntity, cluster, find_mentions
from dyad.extractors.text import QuoteSpan
from dyad.model import Doc


@dataclass
class Persons:
    mentions: list[Mention]
    persons: list[PersonEntity]  # the role references may have added persons named only by role
    references: list[Reference]

    @property
    def anchors(self) -> list[tuple[int, int, int]]:
        """(start, end, person) of every mention of a known person, then of every reference."""
        found = [(m.start, m.end, m.person) for m in self.mentions if m.person >= 0]
        return found + [(r.start, r.end, r.person) for r in self.references]


def find_persons(doc: Doc, quotes: list[QuoteSpan]) -> Persons:
    mentions = find_mentions(doc, quotes)
    persons = cluster(mentions, doc)
    references = find_references(doc, persons, mentions)
    return Persons(mentions, persons, references)
