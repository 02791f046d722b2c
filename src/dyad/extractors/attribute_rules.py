"""spaCy's attribute ruler, applied by dictionary look-up instead of its Matcher.

The English pipeline's ``attribute_ruler`` maps every fine tag to its coarse part of speech
and morphology and fixes some words' lemmas (179 rules). spaCy runs all of them as Matcher
patterns over every token, which costs as much as the tagger and the lemmatizer together.
Almost every rule tests one token's tag or lower-case form, so the rules that can apply to a
token are found by looking its tag and its form up; the few rules of several tokens are tried
at each position. Each rule still tests all its conditions, and the attributes are set as
the ruler sets them (every rule's match found first, then applied in the rules' order), so the
tokens come out the same. A ruler with a pattern this does not read (operators, other
attributes) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A token as the rules read it: its tag, lower-case form, dependency label and whether it is
# white space, read from spaCy once per token.
View = tuple[str, str, str, bool]
Test = Callable[[View], bool]
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _view(tok: Any) -> View:
    return (tok.tag_, tok.lower_, tok.dep_, tok.is_space)


class Unsupported(Exception):
    """A pattern this module does not read: the ruler stays spaCy's."""


def _test(attr: str, value: Any) -> Test:
    if attr not in _FIELDS:
        raise Unsupported(attr)
    k = _FIELDS.index(attr)
    if isinstance(value, (bool, str)):
        return lambda v: v[k] == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and all(isinstance(x, str) for x in arg):
            members = frozenset(arg)
            return lambda v: v[k] in members
        if op == "NOT_IN" and all(isinstance(x, str) for x in arg):
            members = frozenset(arg)
            return lambda v: v[k] not in members
        if op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE":
            rx = re.compile(arg)
            return lambda v: rx.search(v[k]) is not None
    raise Unsupported(f"{attr}: {value!r}")


def _token_test(spec: dict[str, Any]) -> Test:
    tests = [_test(attr, value) for attr, value in spec.items()]
    if len(tests) == 1:
        return tests[0]
    return lambda v: all(f(v) for f in tests)


@dataclass(frozen=True)
class _Rule:
    order: int  # the ruler's attribute id: later rules override earlier ones
    tests: tuple[Test, ...]  # one per token of the pattern
    index: int  # which token of the match takes the attributes


def _keys(spec: dict[str, Any], attr: str) -> tuple[Any, ...] | None:
    """The values of `attr` a token must have to match `spec` (None: any)."""
    value = spec.get(attr)
    if isinstance(value, (str, bool)):
        return (value,)
    if isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
        return tuple(value["IN"])
    return None


_INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")  # a rule is filed under the first its first token fixes


class FastRuler:
    """The ruler's match and set_annotations, by look-up."""

    def __init__(self, ruler: Any) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self.set_token_attrs = set_token_attrs
        self.attrs = ruler.attrs
        self.index: dict[str, dict[Any, list[_Rule]]] = {attr: {} for attr in _INDEXED}
        self.anywhere: list[_Rule] = []  # rules whose first token fixes none of those
        for i in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(i))[1]:
                if not pattern or any(not isinstance(spec, dict) for spec in pattern):
                    raise Unsupported(pattern)
                rule = _Rule(i, tuple(_token_test(spec) for spec in pattern), ruler.indices[i])
                for attr in _INDEXED:
                    keys = _keys(pattern[0], attr)
                    if keys is not None:
                        for key in dict.fromkeys(keys):
                            self.index[attr].setdefault(key, []).append(rule)
                        break
                else:
                    self.anywhere.append(rule)

    def match(self, doc: Any) -> list[tuple[int, int]]:
        """(rule, token index) of every match, in the order the ruler applies them."""
        hits: list[tuple[int, int]] = []
        none: list[_Rule] = []
        by_lower, by_tag, by_dep, by_space = (self.index[a] for a in _INDEXED)
        views = [_view(tok) for tok in doc]
        n = len(views)
        for i, v in enumerate(views):
            tag, lower, dep, space = v
            for rule in (*by_lower.get(lower, none), *by_tag.get(tag, none), *by_dep.get(dep, none),
                         *by_space.get(space, none), *self.anywhere):
                tests = rule.tests
                if not tests[0](v):
                    continue
                k = len(tests)
                if k > 1 and (i + k > n or not all(tests[j](views[i + j]) for j in range(1, k))):
                    continue
                hits.append((rule.order, range(i, i + k)[rule.index]))  # a negative index counts from the end
        hits.sort()
        return hits

    def set_annotations(self, doc: Any, hits: list[tuple[int, int]]) -> None:
        for order, i in hits:
            self.set_token_attrs(doc[i], self.attrs[order])


def speed_up(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Make the pipeline's attribute ruler look its rules up; False when it is left as it is."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    try:
        fast = FastRuler(ruler)
    except Unsupported:
        return False
    # spaCy's AttributeRuler.__call__ calls self.match and self.set_annotations
    ruler.match = fast.match
    ruler.set_annotations = fast.set_annotations
    return True
