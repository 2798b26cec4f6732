"""A title that opens by naming whose words the post gives: "Statement by Maka Botchorishvili at the General
Debate …", "Discours de M. X devant …", "Rede von Y beim …". The name after it is a person even where kg knows
neither the name nor an office before it (kg/extract/people.py mints them)."""
from __future__ import annotations

import regex

from kg.extract.namegrammar import name_at

# the words' kind, then whose: at the start of a line (after emoji, quotation marks or a bullet)
_AUTHORED = regex.compile(
    r"(?m)^[^\p{L}\n]{0,8}(?:"
    r"(?i:statement|remarks|address|speech|keynote (?:speech|address)|message|op-ed|article|declaration)\s+(?:by|of)"
    r"|(?i:déclaration|allocution|discours|message|intervention|tribune)\s+(?:de|du|d['’])"
    r"|(?i:declaración|discurso|intervención|mensaje|artículo)\s+(?:de|del)"
    r"|(?i:declaração|discurso|intervenção|mensagem|artigo)\s+(?:de|do|da)"
    r"|(?i:rede|erklärung|grußwort|gastbeitrag|ansprache)\s+(?:von|des|der)"
    r"|(?i:dichiarazione|discorso|intervento|messaggio)\s+(?:di|del|della))"
    r"[^\S\n]+(?:(?:M\.|Mme|Sr\.|Sra\.|S\.E\.(?:\s*M\.)?|H\.E\.)[^\S\n]+)?")


def authored_names(text: str, language: str | None) -> list[tuple[int, int]]:
    """Where the names stand whose words a line opens with: "Statement by <name> …"."""
    spans = []
    for match in _AUTHORED.finditer(text):
        span = name_at(text, match.end(), language)
        if span and len(text[span[0] : span[1]].split()) >= 2:
            spans.append(span)
    return spans


__all__ = ["authored_names"]
