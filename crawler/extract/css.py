"""CSS selectors on a page: compiled once, and not run where they cannot match.

The field layers try many selectors on every page (a profile's, then the common class names of
``layers.py``: ".sapo", "[class*=sapo]", ".entry-content", ...), and most match nothing.  Each
is a scan of the whole tree in libxml2, and a scan that tests an attribute costs about 0.2 µs
an element: a tenth of a millisecond on a real page, for every selector.  But a selector that
asks for a class, an id or an attribute value can only match if some element of the page
carries that text in that attribute: one scan per attribute name reads every value the page
has (``Document.attribute_values``), and a selector whose every comma-separated branch asks for
text no value holds is known to match nothing without running it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from cssselect import parse
from cssselect.parser import Attrib, Class, CombinedSelector, Hash
from lxml import etree
from parsel.csstranslator import HTMLTranslator

from crawler.extract.document import Document

# Attribute selectors an element can only match when it carries the attribute with the
# selector's value inside it ("!=" matches elements without the attribute too).
CONTAINING_OPERATORS = frozenset({"exists", "=", "~=", "|=", "^=", "$=", "*="})
# Attribute names written as they are in an XPath ("data-src", "aria-label").
PLAIN_NAME = re.compile(r"[A-Za-z_][\w.-]*")


@lru_cache(maxsize=512)
def compiled_css(css: str) -> etree.XPath:
    """A CSS selector compiled once to XPath (parsel would translate and compile per call),
    each branch starting from the attribute it asks for (``from_attributes``)."""
    return etree.XPath(" | ".join(from_attributes(branch) for branch in
                                  top_level_split(HTMLTranslator().css_to_xpath(css), " | ")))


# The first step of a translated selector, "descendant-or-self::div[" ...
FIRST_STEP = re.compile(r"descendant-or-self::(\*|[A-Za-z_][\w.-]*)\[")
# ... and its condition's first test: an attribute holding a text, or equal to one.
LEADING_TEST = re.compile(r"\(?@([A-Za-z_][\w.-]*) (?:and contains\(@\1, ('[^']*'|\"[^\"]*\")\)"
                          r"|= ('[^']*'|\"[^\"]*\"))")


def from_attributes(path: str) -> str:
    """The XPath of one selector branch, its first step found from the attribute values its
    condition asks for rather than by testing every element of the page.

    libxml2 tests a condition on each element at about a tenth of a microsecond, a scan of
    the values of one attribute costs half as much: ``descendant-or-self::*[@class and
    contains(@class, 'sapo') and C]/rest`` becomes ``//@class[contains(., 'sapo')]/parent::*
    [@class and contains(@class, 'sapo') and C]/rest``, the same elements in the same order
    (the selectors run from the root element, which holds every element of the page).  Left
    as it is when the condition could hold without its first test (an "or" in it) or counts
    positions.

    >>> from_attributes("descendant-or-self::*[@id = 'main']/descendant::p")
    "//@id[. = 'main']/parent::*[@id = 'main']/descendant::p"
    """
    leading = leading_attribute(path)
    if leading is None:
        return path
    name, contained, equal, element, rest = leading
    scan = f"//@{name}[contains(., {contained})]" if contained else f"//@{name}[. = {equal}]"
    return f"{scan}/parent::{element}{rest}"


def leading_attribute(path: str) -> tuple[str, str | None, str | None, str, str] | None:
    """``(attribute, text it holds, text it equals, element name, the path after the name)``
    for a branch whose first step's condition starts with an attribute test that every match
    must pass (the texts as XPath literals, one of them None); None for any other branch.

    >>> leading_attribute("descendant-or-self::*[@id = 'main']/descendant::p")
    ('id', None, "'main'", '*', "[@id = 'main']/descendant::p")
    """
    step = FIRST_STEP.match(path)
    end = closing_bracket(path, step.end() - 1) if step else None
    if end is None:
        return None
    condition = path[step.end():end]
    test = LEADING_TEST.match(condition)
    if test is None or "position()" in condition or "last()" in condition \
            or " or " in outside_literals(condition):
        return None
    name, contained, equal = test.groups()
    return name, contained, equal, step.group(1), path[step.end() - 1:]


@dataclass(frozen=True)
class Start:
    """Where a one-branch selector starts: the elements whose ``attribute`` holds ``text``
    (or equals it, with ``equal``); ``rest`` is the selector run from them (``$starts``)."""

    attribute: str
    text: str
    equal: bool
    rest: etree.XPath


@lru_cache(maxsize=512)
def selector_start(css: str) -> Start | None:
    """The ``Start`` of ``css`` when it has one branch led by an attribute test."""
    branches = top_level_split(HTMLTranslator().css_to_xpath(css), " | ")
    leading = leading_attribute(branches[0]) if len(branches) == 1 else None
    if leading is None or leading[0].startswith("data-vnnews"):
        return None
    name, contained, equal, element, rest = leading
    return Start(name, (contained or equal)[1:-1], equal is not None,
                 etree.XPath(f"$starts/self::{element}{rest}"))


def outside_literals(expression: str) -> str:
    """``expression`` with the text of its string literals blanked out."""
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", expression)


def outside_literals_with_depth(expression: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of ``expression`` from ``start`` that is outside its string literals,
    with the depth of brackets around it (counting the bracket itself when it opens one)."""
    depth, quote = 0, None
    for index in range(start, len(expression)):
        char = expression[index]
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            depth += (char in "[(") - (char in "])")
            yield index, char, depth


def closing_bracket(expression: str, start: int) -> int | None:
    """Where the bracket opened at ``start`` closes (string literals passed over)."""
    for index, char, depth in outside_literals_with_depth(expression, start):
        if char in "])" and depth == 0:
            return index
    return None


def top_level_split(expression: str, separator: str) -> list[str]:
    """``expression`` split at ``separator`` where it is outside brackets and literals."""
    parts, last = [], 0
    for index, _, depth in outside_literals_with_depth(expression):
        if index >= last and depth == 0 and expression.startswith(separator, index):
            parts.append(expression[last:index])
            last = index + len(separator)
    return parts + [expression[last:]]


@lru_cache(maxsize=512)
def attribute_needs(css: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """For each comma-separated branch of ``css``, the ``(attribute, text)`` pairs that some
    element of the page must carry (the text inside the attribute's value) for the branch to
    match anything.  A branch with no pair may match any page.

    >>> attribute_needs("div.sapo p, #main, h1")
    ((('class', 'sapo'),), (('id', 'main'),), ())
    >>> attribute_needs('[itemprop="articleBody"], a[rel~="tag"]:not(.x)')
    ((('itemprop', 'articleBody'),), (('rel', 'tag'),))
    """
    return tuple(tuple(needs_of(selector.parsed_tree)) for selector in parse(css))


def needs_of(tree: object) -> list[tuple[str, str]]:
    """The ``(attribute, text)`` pairs a cssselect parse tree asks every match to carry, on
    the matched element or, through a combinator, on another element of the page."""
    if isinstance(tree, Class):
        return [("class", tree.class_name), *needs_of(tree.selector)]
    if isinstance(tree, Hash):
        return [("id", tree.id), *needs_of(tree.selector)]
    if isinstance(tree, Attrib):
        own = []
        if tree.operator in CONTAINING_OPERATORS and not tree.namespace \
                and not getattr(tree, "flag", None) and PLAIN_NAME.fullmatch(tree.attrib):
            own = [(tree.attrib.lower(), tree.value.value if tree.value is not None else "")]
        return own + needs_of(tree.selector)
    if isinstance(tree, CombinedSelector):
        return needs_of(tree.selector) + needs_of(tree.subselector)
    # A pseudo-class, :not(), :is(), :has(): what they add may be negated or optional, so
    # only their subject counts.  An element name asks for nothing (libxml2 tests names fast).
    inner = getattr(tree, "selector", None)
    return needs_of(inner) if inner is not None else []


def may_match(doc: Document, css: str) -> bool:
    """False when no branch of ``css`` can match the page (see ``attribute_needs``)."""
    return any(all(doc.carries(name, text) for name, text in branch)
               for branch in attribute_needs(css))


def css_elements(doc: Document, css: str | None) -> list[etree._Element]:
    """Elements matching a CSS selector, in page order (each selector runs once per page, and
    not at all when the page lacks what it asks for)."""
    if not css:
        return []
    return doc.cached("css:" + css, lambda: [e for e in run_selector(doc, css)
                                             if isinstance(e, etree._Element)])


def run_selector(doc: Document, css: str) -> list:
    """What ``css`` selects on the page: nothing when the page lacks what it asks for; for a
    selector led by an attribute test, what it selects from the elements that pass the test
    (the page's values of the attribute are scanned once; a run from a few elements costs a
    few microseconds, not a test of every element of the page: the same elements, in page
    order, as the first step keeps only elements that pass it); else a run on the page."""
    start = selector_start(css)
    if start is not None:
        # The values of the attribute it starts from, read with their elements: the same scan
        # then answers may_match for that attribute (one scan of it, not two).
        doc.attribute_nodes(start.attribute)
    if not may_match(doc, css):
        return []
    if start is not None:
        found = doc.carrying(start.attribute, start.text, start.equal)
        return start.rest(doc.root, starts=found) if found else []
    return compiled_css(css)(doc.root)
