"""A speaker mention as the resolver builds it, and the word lists its rule modules share."""

from __future__ import annotations

import re
from dataclasses import dataclass


# Head nouns that name a person by role ('serviceman', 'chairwoman', 'salespeople').
_ROLE_SUFFIX = re.compile(r"(?:man|woman|men|women|person|persons|people)$")

# Head words of documents the entity model tags ORG ('The United States Constitution').
_NAMED_DOCUMENTS = frozenset({"constitution", "charter", "treaty", "convention", "agreement", "accord", "act", "code", "declaration", "protocol", "manifesto"})
# Head nouns of a document's own name besides those above: 'the Downing Street Memo', 'the 9/11
# Commission Report'. A capitalised name the entity model tags ORG that ends in one of them is a
# document (its canonical is its name), and 'the memo' or 'the report' later refers back to it.
# 'survey' and 'study' are left out: 'the US Geological Survey', 'the Institute for Advanced Study'
# are bodies; an outlet's name ('the Drudge Report') is checked apart.
_TITLED_DOCUMENTS = frozenset({"report", "memo", "memorandum", "statement", "letter", "dossier", "communique", "communiqué"})
# Head nouns of an enacted or adopted text's own name: 'the Solomon Amendment', 'UN Security Council
# Resolution 1843', 'Executive Order 9066', 'Bill C-38'. Such a text has no issuer apart from its name
# (guideline S2: the statute and the agreement get their own names; R52), so 'the resolution' later
# takes that name. Only as a capitalised proper noun with a capitalised name before it or a number
# designation after it ('the Order of Canada', 'Law and Order' are not such names).
_ENACTED_DOCUMENTS = frozenset({"resolution", "amendment", "bill", "act", "order", "proposition", "directive", "ordinance", "statute", "decree"})
# A person's posts (a blog, a column) are the person speaking ('a Twitter post by Amy Cook').
_POSTS = frozenset({"tweet", "tweets", "post", "posts", "posting", "retweet", "blog", "blogs", "column", "columns"})

# 'St. Paul Police', 'Ft. Worth police': an abbreviated 'Saint', 'Fort' or 'Mount' opens the place name.
_NAMED_POLICE = re.compile(r"\b((?:(?:St|Ste|Ft|Mt)\. )?(?:[A-Z][\w'’-]+ (?:(?:and|&) (?=[A-Z]))?)+)[Pp]olice\b")


@dataclass
class _Speaker:
    text: str = ""
    start: int | None = None
    end: int | None = None
    canonical: str = ""
    type: str = "unknown"
    title: str = ""
    ent_id: int | None = None
    resolved: bool = False
    pos: int = 0  # char offset used for ordering in the history
    org: str = ""  # the organisation the speaker speaks for ('a spokesperson for BusCo' -> BusCo)
    gender: str = ""  # 'm' or 'f' when the text says (honorific, given name, 'chairwoman', an earlier pronoun)
    plural: bool = False  # a group ('residents', 'Smith and Jones'): 'they', never 'he' or 'she'
    rank: str = ""  # an abbreviated rank before the name ('Maj.'): the title when nothing richer is written
    frame: str = ""  # the frame of the row this mention speaks in ('speech', 'stance', 'belief', ...), once known
