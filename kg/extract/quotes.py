"""Who a post quotes: verbs of saying in the languages kg reads, a quotation's attribution ("“…,” said
X", "“…,” X told delegates", "X said: “…”"), and a line that gives someone's words after a colon."""
from __future__ import annotations

import regex

from kg.extract.people import PersonHit

# words quoted after a verb of saying and a colon: a statement the post gives ("… Guterres said: “It is …”")
SAID_QUOTE = regex.compile(r"\b(?:said|says|stated|declared|dijo|afirmó|declaró|señaló|ha (?:dicho|afirmado|declarado|señalado))"
                           r"\s*:\s*[«“\"„]")

# verbs of saying: after a quotation ("“…,” said X", "“…,” X told delegates"), or before one ("X said: “…”",
# "X, Azerbaijan's Minister …, called the conference “a moment of truth”")
_SAYING = (r"(?:said|says|told|added|stressed|noted|underlined|emphasi[sz]ed|declared|stated|urged|warned|explained"
           r"|remarked|affirmed|insisted|called|dijo|afirmó|declaró|señaló|subrayó|destacó|aseguró|indicó"
           r"|ha (?:dicho|afirmado|declarado|señalado|subrayado|destacado|asegurado)|a (?:déclaré|dit|affirmé|souligné|ajouté)"
           r"|déclare|souligne|sagte|erklärte|betonte|disse|afirmou|declarou|destacou|ressaltou|sublinhou"
           r"|ha (?:detto|dichiarato|affermato|sottolineato|aggiunto)|заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?)")
# a quotation just closed, then (a verb of saying and) the person's office: what stands before the name
_AFTER_QUOTE = regex.compile(rf"[”\"»“]\s*,?\s*(?P<verb>{_SAYING}\s+)?[^.;:“”\"«»„\n]{{0,80}}$")
# after the name: an apposition, and a verb of saying (where none came before)
_SAYS = regex.compile(rf"(?:,[^.;“”\"«»„\n]{{0,120}},)?\s+{_SAYING}\b")
# after the name: a verb of saying and the quotation it opens
_SAYS_QUOTE = regex.compile(rf"(?:,[^.;“”\"«»„\n]{{0,120}},)?\s+{_SAYING}\b[^.;“”\"«»„\n]{{0,60}}?[:,]?\s*[“\"«„]")


# after the name: a colon and the quotation it opens, in any language ("Minister Radosław Sikorski: „Bezpieczeństwo …”")
_COLON_QUOTE = regex.compile(r"[^\S\n]*:[^\S\n]*[«“\"„]")


def gives_words(text: str, hits: list[PersonHit]) -> bool:
    """Whether the text gives the words of one of ``hits`` after their name and a colon ("X: „…”")."""
    return any(_COLON_QUOTE.match(text, hit.mention.end) for hit in hits)


def quoted(head: str, people: list[PersonHit]) -> list[PersonHit]:
    """The people a text (a post's head) quotes: a quotation's attribution, "“…,” said X", "“…,” X told
    delegates", "X said: “…”", "X: „…”", in order."""
    if not any(mark in head for mark in "”\"»“«„"):
        return []
    found = []
    for hit in people:
        if hit.mention.end > len(head):
            continue
        start, end = hit.mention.start, hit.mention.end
        before = _AFTER_QUOTE.search(head, max(0, start - 120), start)
        if (before and (before.group("verb") or _SAYS.match(head, end))) or _SAYS_QUOTE.match(head, end) \
                or _COLON_QUOTE.match(head, end):
            found.append(hit)
    return found


__all__ = ["SAID_QUOTE", "gives_words", "quoted"]
