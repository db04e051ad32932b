"""UK principal local authorities, and the councils a text or a question names.

The table (assistant/data/councils.csv) lists every council of England (counties,
districts, unitaries, metropolitan boroughs, London boroughs and the City of London),
Wales, Scotland and Northern Ireland, plus some abolished ones and the bodies that publish
minutes beside them and a user's archive holds too: the combined authorities (and the Greater
London Authority) and the national park authorities, known by their full names and
abbreviations only (`OTHER_AUTHORITIES`; `Council.principal` tells them apart). Fire and
rescue authorities and police and crime panels are not listed: `metadata` reads their names
from a document's heading. each with its official
name, short name, common abbreviations and other forms, names it used before a rename,
the council that replaced it and the day it did (for abolished ones: a venue in Christchurch is
Christchurch Borough Council's in minutes of 2018, BCP's only after April 2019), web domains that do not follow
from its name, and its seat where its offices are not (only) in the place it is named
after ("Glenfield" for Leicestershire, "Elizabeth II Court" for Hampshire). Welsh councils
are also found by their Welsh names ("Cyngor Sir Ynys Môn", "Cyngor Bwrdeistref Sirol
Wrecsam"), made from their place written in English or Welsh.

Matching works on words, not characters: "Stoke-on-Trent", "Stoke on Trent" and
"STOKE ON TRENT" are the same words, "&" is "and", accents and apostrophes are ignored
("Ynys Mon", "Kings Lynn"). Each position of a text is tried against a word trie for the
longest name that starts there, so the time is linear in the text (names are at most a
few words long). A short name with its kind abbreviated ("Calderdale MBC", "Kent CC", "Caerphilly CBC")
names the council when the abbreviation is in capitals. Abbreviations ("BCP", "RBKC", and the initials of an official name of four
letters or more that no other council shares, "BHCC") match only in capitals, and a one-word
name that is also an English word ("Reading", "Bury", "Harrow") only with a capital.

Welsh mutates a word's first letter after some words ("yng Nghaerdydd" in Cardiff, "i Gasnewydd"
to Newport, "ym Mhontypridd", "Cyngor Sir Gaerfyrddin"): a capitalised word that names no
council as written is tried in its unmutated forms (`welsh_radicals`), and a name so found
counts only when it is a Welsh council's.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

# Bodies that publish minutes beside councils, in the table by their full names and abbreviations
# only: their place ("Cambridgeshire and Peterborough", "North East") is councils' or no one's.
OTHER_AUTHORITIES = frozenset({"combined authority", "national park authority"})
KINDS_OF_COUNCIL = ("County", "Borough", "City", "District", "Metropolitan Borough", "County Borough",
                    "Metropolitan District", "City and District", "Town")
# One-word names that are also ordinary words or common surnames: matched only when capitalised.
_COMMON_WORDS = frozenset(
    "reading bury harrow hart rugby boston lincoln preston lancaster stafford warwick hastings bath "
    "derby dover sutton richmond kingston brent merton eden arun adur wyre fylde craven selby corby "
    "newport angus moray fife highland stirling poole christchurch barrow taunton malvern stroud "
    "swale rother melton wigan halton bedford luton slough torbay york durham kent essex surrey "
    "devon norfolk suffolk cornwall derry mk".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&")
_NOT_DOMAIN_LABELS = frozenset("www gov uk co com org net wales scot llyw cymru moderngov cmis democracy "
                               "democratic committees councillors meetings mgov modgov decisions minutes "
                               "my mycouncil services council".split())
_COUNCIL_DOMAINS = re.compile(r"(?:\.gov\.uk|\.gov\.wales|\.llyw\.cymru|\.gov\.scot|\.moderngov\.co\.uk"
                              r"|\.cmis\.uk\.com|\.cmis-ni\.org|\.org\.uk)$", re.I)


@dataclass(frozen=True)
class Council:
    name: str                      # official name, the canonical form
    short: str                     # "Croydon", "Windsor and Maidenhead"
    kind: str                      # county, district, unitary, metropolitan borough, london borough, ...
    nation: str
    aliases: tuple[str, ...] = ()  # abbreviations and other current forms
    former_names: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()   # for an abolished council, who took over
    domains: tuple[str, ...] = ()      # web domain labels: "hants" for hants.gov.uk
    seats: tuple[str, ...] = ()        # where its main offices are, if not only its own place: "Glenfield"
    abolished_on: str = ""             # for an abolished council, the day its successors took over
    established_on: str = ""           # for a successor, that same day (from its predecessors' rows)

    @property
    def abolished(self) -> bool:
        return self.kind == "former"

    def stood_in(self, era: str | None) -> bool:
        """Whether the council existed in `era` (the latest date a document states; None when it states
        none, and then only today's councils count): Christchurch's offices were its own in 2018, not BCP's."""
        if era is None:
            return not self.abolished
        return (not self.abolished_on or era < self.abolished_on) and era >= self.established_on

    @property
    def principal(self) -> bool:
        """A current principal council, not a combined or national park authority."""
        return self.kind not in OTHER_AUTHORITIES and not self.abolished


@dataclass(frozen=True)
class _Form:
    council: int                   # index into the table
    official: bool                 # a council form ("Croydon Council"), not a bare place name
    rank: int                      # 0 a name the council uses, 1 a form made from its short name, 2 a place
    exact: str | None = None       # an abbreviation matches only as written ("BCP")
    capitalised: bool = False      # a name that is also a word matches only with a capital
    capital_suffix: bool = False   # "Calderdale MBC": the kind's abbreviation only in capitals
    region: bool = False           # the region or park an authority is named after: in questions only


@dataclass
class _Table:
    councils: list[Council]
    trie: dict
    compact: dict[str, int]        # "towerhamlets" -> council index, for web and e-mail addresses
    seats: dict                    # a word trie of seats: leaf None -> council indexes
    towns: dict                    # ... of seats and the towns councils are called by ("Newark"), for questions


# ---------------------------------------------------------------- public API


def all_councils() -> list[Council]:
    return list(_table().councils)


def council_named(name: str) -> Council | None:
    """The council whose official name (or another full form) is exactly `name`."""
    found = _matches(name, official_only=True)
    if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(_words(name)):
        return _table().councils[found[0][0]]
    return None


_KIND_WORDS = frozenset("metropolitan borough city district county".split())


def council_misnamed(name: str) -> str | None:
    """The council a name the table does not hold means, when its place is one council's own and it only adds
    kind words to that council's ("Portsmouth City Borough Council", as an aggregator calls Portsmouth City
    Council); never a town or parish council, nor a council of another kind ("Durham City Council")."""
    words = name.split()
    kinds: set[str] = set()
    if len(words) < 3 or words[-1].lower() != "council":
        return None
    while len(words) > 2 and words[-2].lower() in _KIND_WORDS:
        kinds.add(words.pop(-2).lower())
    place = " ".join(words[:-1]).lower()
    named = [c for c in _table().councils if c.short.lower() == place and c.principal and not c.abolished]
    if not kinds or len(named) != 1:
        return None
    return named[0].name if {w.lower() for w in named[0].name.split()} & _KIND_WORDS <= kinds else None


def canonical_council(name: str | None) -> str | None:
    """The official name for any full form of a council's name; unknown names as given."""
    if not name:
        return name
    council = council_named(name)
    return council.name if council else name


def find_council(text: str, principal_only: bool = False) -> str | None:
    """The first council `text` names in a council form ("Medway Council", "London Borough of
    Croydon", "Cyngor Gwynedd", "RBKC"), as its official name; None if there is none. With
    `principal_only`, combined and national park authorities are passed over.

    A bare place name ("Croydon") is not enough in a document: places are mentioned
    for many reasons. See `councils_in_question` for questions.
    """
    councils = _table().councils
    found = [index for index, _, _ in _matches(text, official_only=True)
             if not principal_only or councils[index].kind not in OTHER_AUTHORITIES]
    return councils[found[0]].name if found else None


def bodies_named_in(text: str) -> list[str]:
    """Every council or authority `text` names in a council form, as official names in order of first mention."""
    councils = _table().councils
    return list(dict.fromkeys(councils[index].name for index, _, _ in sorted(_matches(text, official_only=True),
                                                                           key=lambda m: m[1])))


def is_authority(name: str) -> bool:
    """Whether the official name is a combined or national park authority's, not a council's."""
    council = council_named(name)
    return council is not None and council.kind in OTHER_AUTHORITIES


def find_authority(text: str) -> str | None:
    """The first combined or national park authority `text` names, as its official name."""
    councils = _table().councils
    return next((councils[index].name for index, _, _ in _matches(text, official_only=True)
                 if councils[index].kind in OTHER_AUTHORITIES), None)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# a possessive that ends a name: "King's Lynn's cabinet", not the apostrophe of "King's Lynn"
_LAST_POSSESSIVE = re.compile(r"['’]s\b(?!\s+[A-Z])")


def council_words(question: str) -> set[str]:
    """The words of every form of the councils the question names ("Western Isles" for Comhairle nan Eilean Siar),
    lower case: they say where, not what."""
    councils = [council_named(name) for name in councils_in_question(question)]
    forms = [form for c in councils if c for form in (c.name, c.short, *c.aliases, *c.former_names)]
    words = {word.lower() for form in forms for word in re.findall(r"[\w'’-]+", form)}
    return words | {re.sub(r"['’]s$", "", word) for word in words}   # "King" of "King's Lynn", as names are read


def councils_in_question(question: str, in_names: bool = False) -> list[str]:
    """Every council `question` names, by any form, as official names in order of mention.

    A council's name that ends another place's name ("Matlock Bath", "Doncaster Sheffield Airport")
    is not counted, unless `in_names`: in a file name or a title every word is capitalised
    ("Planning Committee Minutes Cardiff").

    A short name shared by a council and the abolished council it replaced
    ("Buckinghamshire") gives both: the documents may be from either. A possessive
    ("Enfield's") names the council too, while "King's Lynn" keeps its apostrophe ("King's Lynn's cabinet").
    """
    found = []
    for text in (question, _POSSESSIVE.sub("", question), _LAST_POSSESSIVE.sub("", question)):
        named = _matches(text, official_only=False, regions=not in_names)
        if not in_names:
            spans = [m.span() for m in _WORD.finditer(text)]
            named = [m for m in named if not _ends_a_longer_name(text, spans, m[1])
                     and not _names_a_building(text, spans, m[2]) and not _starts_a_longer_place(text, spans, m, named)]
        found += [(start, _table().councils[index].name) for index, start, _ in named]
        found += _seat_towns(text, named)
    return list(dict.fromkeys(name for _, name in sorted(found)))


# What a place's name goes on to call a building or a site: "Lincoln Castle", "Bath Abbey", "Luton Airport".
_PLACE_KINDS = frozenset("castle cathedral abbey minster priory hospital infirmary station airport harbour pier "
                         "bridge road street lane avenue square museum theatre library college university "
                         "cemetery crematorium stadium racecourse walk way drive close crescent terrace parade "
                         "grove gardens quay wharf house court "
                         # a football club: "Southend United season ticket holders" ("Town" and "City" name places too)
                         "united rovers athletic wanderers albion fc".split())


def _names_a_building(text: str, spans: list[tuple[int, int]], end: int) -> bool:
    """Whether the words of a council's name up to `end` are followed, with only a space between, by a
    capitalised word for a building or site ("Lincoln Castle"): the place, not the council."""
    if end >= len(spans):
        return False
    before, after = spans[end - 1], spans[end]
    word = text[after[0]:after[1]]
    return text[before[1]:after[0]].isspace() and word[:1].isupper() and word.lower() in _PLACE_KINDS


# What joins a town's name to the rest of a longer place name: "Sutton on Sea", "Sutton in Ashfield"; not a
# day or a month ("Sutton on Tuesday", "Sutton in March").
_PLACE_JOINS = frozenset("on upon in under le cum by".split())
_WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())


def _starts_a_longer_place(text: str, spans: list[tuple[int, int]], match: tuple[int, int, int],
                           named: list[tuple[int, int, int]]) -> bool:
    """Whether a council's name is followed, with only spaces between, by "on", "upon", "in" ... and a
    capitalised word ("Sutton on Sea" is in Lincolnshire, not the London Borough of Sutton), and no longer
    name of a council starts where it does ("Kingston upon Thames")."""
    _, start, end = match
    if end + 1 >= len(spans) or any(o[1] == start and o[2] > end for o in named):
        return False
    (_, gap_start), (join_start, join_end), (next_start, next_end) = spans[end - 1], spans[end], spans[end + 1]
    following = text[next_start:next_end]
    return (text[join_start:join_end].lower() in _PLACE_JOINS and following[:1].isupper()
            and following.lower() not in _WHEN_WORDS
            and text[gap_start:join_start].isspace() and text[join_end:next_start].isspace())


def _ends_a_longer_name(text: str, spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the word `start` of `text` (its words at `spans`) follows a capitalised word with nothing
    but a space between, so that a council's name is the end of another place's ("Matlock Bath", "Royal
    Leamington Spa"). The question's first word is capitalised anyway ("Did Bath ...")."""
    if start < 2:
        return False
    before, after = spans[start - 1], spans[start]
    return text[before[0]:before[0] + 1].isupper() and text[before[1]:after[0]].isspace()


def _seat_towns(question: str, named: list[tuple[int, int, int]]) -> list[tuple[int, str]]:
    """(word, council) for a town that is one district's seat, or the town of a council of two
    parts, and no council's own name, listed with councils the question names, as residents name
    a council by its town: "Chorley and Gravesend" (Gravesham), "Cannock and Chorley". Only in such
    a list: elsewhere a town is where something is ("the Chester House learning centre"), or a
    name ("Barry Hughes"). County seats are left out."""
    table = _table()
    words = _words(question)
    ends, starts = {end for _, _, end in named}, {start for _, start, _ in named}
    found = []
    for start in range(len(words)):
        node, j = table.towns, start
        while j < len(words) and (words[j][1][:1].isupper() or j > start):
            node = node.get(words[j][0])
            if node is None:
                break
            j += 1
            owners = {i for i in node.get(None, ()) if not table.councils[i].abolished}
            if (len(owners) == 1 and not _places(words[start:j]) and _BUILDING.search(
                    " ".join(w for _, w in words[start:j])) is None):
                council = table.councils[next(iter(owners))]
                # next to a named council, with "and" or a comma (not a word) between
                listed = (start in ends or (start - 1 in ends and words[start - 1][0] == "and")
                          or j in starts or (j + 1 in starts and words[j][0] == "and"))
                if council.kind != "county" and council.principal and listed:
                    found.append((start, council.name))
    return found


_BUILDING = re.compile(r"(?i)\b(?:hall|house|offices|centre|center|building|buildings|shirehall|place|court|"
                       r"chambers|quay|park|square)\b")


def council_from_address(address: str) -> str | None:
    """The council whose web site or e-mail domain `address` is ("https://democracy.medway.gov.uk/...",
    "jo.bloggs@croydon.gov.uk"); None if it is not a council address we know. A copy kept by an archive or
    shown through a proxy carries the council's address in its own ("https://web.archive.org/web/2020/https://
    democracy.medway.gov.uk/..."): that one counts."""
    address = _INNER_ADDRESS.sub("", address, count=1)
    host = address.rsplit("@", 1)[-1] if "@" in address and "//" not in address else urlsplit(
        address if "//" in address else f"//{address}").hostname or ""
    host = host.lower().rstrip(".")
    if not _COUNCIL_DOMAINS.search(host):
        return _council_of_own_domain(host)
    for label in host.split("."):
        if label in _NOT_DOMAIN_LABELS:
            continue
        index = _table().compact.get(_compact(label))
        if index is None and (kind := _DOMAIN_KIND.search(label)) and kind.start() >= 4:
            index = _table().compact.get(_compact(label[:kind.start()]))   # "redditchbc": Redditch
        if index is not None:
            return _table().councils[index].name
    return None


def councils_sharing_address(address: str) -> list[str]:
    """The two councils a shared site's address names ("https://democracy.adur-worthing.gov.uk/..."), else []."""
    host = (urlsplit(address if "//" in address else f"//{address}").hostname or "").lower()
    if not _COUNCIL_DOMAINS.search(host):
        return []
    for label in host.split("."):
        parts = [_table().compact.get(_compact(part)) for part in label.split("-")]
        if len(parts) == 2 and None not in parts and parts[0] != parts[1]:
            return [_table().councils[index].name for index in parts]
    return []


def council_of_shared_text(councils: list[str], text: str) -> str | None:
    """Of councils sharing a site, the one whose short name alone heads the text's bodies and offices ("Adur
    Cabinet Member for Finance", "the Adur Executive Member"), else None."""
    heading = {name: re.search(rf"\b{re.escape(council_named(name).short)}\s+(?:Cabinet|Executive|Council|Committee|District|Borough"
                               r"|Planning|Licensing|Joint|Leader|Member)\b", text) is not None
               for name in councils if council_named(name)}
    named = [name for name, found in heading.items() if found]
    return named[0] if len(named) == 1 else None


# all of an address up to another address inside it: "https://trans.hiragana.jp/ruby/" of ".../ruby/https://..."
_INNER_ADDRESS = re.compile(r"(?i)^https?://[^?#]*?/(?=https?:/)")


def _council_of_own_domain(host: str) -> str | None:
    """A council whose own domain the table lists, under another ending than a council's ("midulstercouncil.org")."""
    labels = set(host.split(".")[:-1])
    listed = next((c.name for c in _table().councils if labels & set(c.domains) and not c.abolished), None)
    return listed or next(filter(None, map(_council_of_whole_name, labels)), None)


def _council_of_whole_name(label: str) -> str | None:
    """The council a host label spells out in full with its kind ("derrycityandstrabanedistrict"); a bare place
    ("bath", "medway") on a site that is not a council's may be anyone's."""
    if not _KIND_AT_END.search(label):
        return None
    table = _table()
    index = table.compact.get(_compact(label))
    council = table.councils[index] if index is not None else None
    return council.name if council and not council.abolished else None


_KIND_AT_END = re.compile(r"(?:council|district|borough|county|city)$")


def council_from_title_in_address(address: str) -> str | None:
    """The council or authority a copy's address names in its title, on a site that is not a council's
    ("https://docslib.org/doc/6874289/stafford-borough-council"): in its full form ("... Borough Council",
    "... Combined Authority"), never a bare place."""
    parts = urlsplit(address if "//" in address else f"//{address}")
    if _COUNCIL_DOMAINS.search((parts.hostname or "").lower()):
        return None
    slug = next((part for part in reversed(parts.path.split("/")) if part), "")
    words = re.sub(r"\.[a-z]{2,5}$", "", slug).replace("-", " ").replace("_", " ")
    return find_council(words.title()) if len(words) <= 200 else None


# A council's kind after its name in a host name: "redditchbc", "tendringdc", "dorsetcouncil", "wiltshire-council"
_DOMAIN_KIND = re.compile(r"-?(?:council|[bcd]c|[mcr]bc|[bsn]dc|cbc)$")


POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")   # a UK postcode, in an address
# A building that houses a county-level council ("County Hall, Glenfield"), not a district's.
_COUNTY_BUILDING = re.compile(r"(?i)\b(?:(?:new )?county (?:hall|offices|buildings)|shire ?hall|council headquarters"
                              r"|neuadd y sir)\b")
# A building that houses the council of the town it stands in ("Civic Centre, Chelmsford"), not the county's.
_TOWN_BUILDING = re.compile(r"(?i)\b(?:civic (?:centre|center|offices)|guildhall|town hall|city hall|council house)\b")
_DISTRICT_KINDS = frozenset({"district", "london borough", "metropolitan borough", "city of london", "former"})


def council_from_seat(address: str, era: str | None = None, county_body: bool = False) -> str | None:
    """The council whose offices an address or venue names, when just one council fits, else None.

    "County Hall, Glenfield, Leicester LE3 8RA" is Leicestershire's: Glenfield is its seat and no
    other council's. A seat that is also another council's place ("County Hall, Chelmsford":
    Essex's seat, Chelmsford's city) decides only with a county building, and then only between
    councils above district level. Failing a seat, one council's own place ("Civic Centre,
    Enfield") names it. Only councils that stood in `era` count (`Council.stood_in`): with no era, no
    abolished council. A meeting of a county council (`county_body`) decides between them as a county
    building does: "the County Council held ... at Chichester" is West Sussex's, not Chichester's.
    """
    table = _table()
    words = _words(address)
    decisive, shared, own_place = set(), set(), set()
    for start in range(len(words)):
        node, j = table.seats, start
        mutated = False
        while j < len(words) and words[j][1][:1].isupper() | (j > start):
            node, demutated = _child(node, words[j])
            if node is None:
                break
            mutated |= demutated
            j += 1
            if None in node and not (j < len(words) and words[j][0] in _STREET_WORDS):
                places = _places(words[start:j], era)
                owners = {i for i in node[None] if table.councils[i].stood_in(era)} | places
                own_place |= places - node[None]
                if mutated:
                    owners = {i for i in owners if table.councils[i].nation == "Wales"}
                if not owners:
                    continue
                (decisive if len(owners) == 1 else shared).update(owners)
    if len(decisive) == 1:
        return table.councils[decisive.pop()].name
    if decisive:
        return None
    if shared and (county_body or _COUNTY_BUILDING.search(address)):
        county = {i for i in shared if _above_district(table.councils[i]) and table.councils[i].seats}
        return table.councils[county.pop()].name if len(county) == 1 else None
    if shared and _TOWN_BUILDING.search(address):   # "Civic Centre, Chelmsford": the city's, not the county's
        local = shared & own_place
        return table.councils[local.pop()].name if len(local) == 1 else None
    named = {i for i, _, end in _matches(address, official_only=False)
             if table.councils[i].stood_in(era) and not (end < len(words) and words[end][0] in _STREET_WORDS)}
    return table.councils[named.pop()].name if len(named) == 1 and not shared else None


# A place before one of these names a street, not where the offices are ("Bath Road, Slough").
_STREET_WORDS = frozenset("road street avenue lane way place drive close crescent terrace square row hill gate "
                          "walk parade rise grove park green".split())


def _above_district(council: Council) -> bool:
    """A county, unitary or higher authority (an abolished one by its name: "Dorset County Council")."""
    return council.name.endswith("County Council") if council.abolished else council.kind not in _DISTRICT_KINDS


def _places(words: list[tuple[str, str]], era: str | None = None) -> set[int]:
    """Councils standing in `era` whose own name (a place) is exactly these words."""
    text = " ".join(original for _, original in words)
    return {i for i, start, end in _matches(text, official_only=False)
            if start == 0 and end == len(words) and _table().councils[i].stood_in(era)}


# ---------------------------------------------------------------- matching


def _matches(text: str, official_only: bool, regions: bool = False) -> list[tuple[int, int, int]]:
    """(council index, first word, end word) of each name in `text`, longest first at each word; with
    `regions`, an authority's region or park too ("Tees Valley", "Dartmoor")."""
    words = _words(text)
    table = _table()
    found = []
    i = 0
    while i < len(words):
        node, best, best_end, j, mutated = table.trie, [], i, i, False
        while j < len(words):
            node, demutated = _child(node, words[j])
            if node is None:
                break
            mutated |= demutated
            j += 1
            forms = [f for f in node.get(None, ()) if _fits(f, words[i:j], official_only, regions)
                     and (not mutated or table.councils[f.council].nation == "Wales")]
            if forms:
                rank = min(f.rank for f in forms)
                best, best_end = [f for f in forms if f.rank == rank], j
        if best:
            found += [(form.council, i, best_end) for form in best]
            i = best_end
        else:
            i += 1
    return found


def _child(node: dict, word: tuple[str, str]) -> tuple[dict | None, bool]:
    """The trie node after `word`, and whether it was reached by undoing a Welsh mutation."""
    if word[0] in node:
        return node[word[0]], False
    if word[1][:1].isupper():
        for radical in welsh_radicals(word[0]):
            if radical in node:
                return node[radical], True
    return None, False


# Welsh initial mutations undone: (mutated start, radical start). Soft: c>g, p>b, t>d, b>f, d>dd, m>f,
# ll>l, rh>r, g dropped; nasal: c>ngh, p>mh, t>nh, b>m, d>n, g>ng; aspirate: c>ch, p>ph, t>th.
_MUTATIONS = (("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "g"), ("ch", "c"), ("ph", "p"), ("th", "t"),
              ("dd", "d"), ("g", "c"), ("b", "p"), ("d", "t"), ("f", "b"), ("f", "m"), ("m", "b"), ("n", "d"),
              ("l", "ll"), ("r", "rh"))


def welsh_radicals(word: str) -> list[str]:
    """The forms a lowercase Welsh word may have had before an initial mutation ("nghaerdydd" ->
    "caerdydd", "wynedd" -> "gwynedd")."""
    found = [radical + word[len(start):] for start, radical in _MUTATIONS if word.startswith(start)]
    if word[:1] in "aeiouwyrlâêîôûŵŷ":   # a soft mutation drops a "g": "Wynedd", "Ŵyr"
        found.append("g" + word)
    return found


def welsh_mutated(word: str) -> list[str]:
    """The forms a lowercase Welsh word may take after an initial mutation ("gorsedd" -> "orsedd", as in "yr Orsedd";
    "caerdydd" -> "nghaerdydd", "gaerdydd", "chaerdydd"): `welsh_radicals` the other way."""
    found = [start + word[len(radical):] for start, radical in _MUTATIONS if word.startswith(radical)]
    if word.startswith("g") and word[1:2]:   # a soft mutation drops a "g"
        found.append(word[1:])
    return list(dict.fromkeys(f for f in found if f != word))


def _fits(form: _Form, words: list[tuple[str, str]], official_only: bool, regions: bool = False) -> bool:
    if (official_only and not form.official) or (form.region and not regions):
        return False
    if form.region:     # "the Pembrokeshire coast path" is a place, "Pembrokeshire Coast" the park
        return all(original[:1].isupper() for _, original in words if original.lower() not in _JOINS)
    if form.exact is not None:
        return "".join(original for _, original in words) == form.exact.replace(" ", "")
    if form.capital_suffix and not words[-1][1].isupper():
        return False
    return not form.capitalised or words[0][1][:1].isupper()


def _words(text: str) -> list[tuple[str, str]]:
    """(normalised, original) words: lowercase, no accents or apostrophes, "&" as "and"."""
    return [(_normalise_word(match.group()), match.group()) for match in _WORD.finditer(text)]


def _normalise_word(word: str) -> str:
    if word == "&":
        return "and"
    word = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in word if ch.isalnum()).lower()


def _compact(name: str) -> str:
    return "".join(word for word, _ in _words(name))


# ---------------------------------------------------------------- the table


@lru_cache(maxsize=1)
def _table() -> _Table:
    councils = _load_councils()
    trie: dict = {}
    compact: dict[str, int] = {}
    # initials belong to a current council no other current council shares: "EDDC" is East Devon's
    # now that East Dorset is abolished
    initials = Counter(form for c in councils if c.principal for form in set(_initials_of(c)))
    joined = Counter(form for c in councils if c.principal for form in _joined_initials(c.short))
    shires = {c.short: [a for a in c.aliases if " " not in a and not _is_abbreviation(a)] for c in councils
              if c.kind in ("county", "unitary") and c.aliases}
    seats: dict = {}
    towns: dict = {}
    first_words = Counter(c.short.split()[0] for c in councils if c.short)   # "Mid" opens many
    for index, council in enumerate(councils):
        for seat in council.seats:
            _add_place(seats, seat, index)
        for town in (*council.seats, *(t for t in _town_of(council.short) if first_words[t] == 1)):
            _add_place(towns, town, index)
        derived = [form for form in _initials_of(council)
                   if initials[form] == 1 and len(form) >= MIN_DERIVED_INITIALS and council.principal]
        two_part = [form for form in _joined_initials(council.short) if joined[form] == 1 and council.principal]
        for form, entry in _forms(council, derived, shires, two_part):
            _add(trie, form, replace(entry, council=index))
        for name in (council.short, *council.aliases, council.name, *council.domains[:1],
                     _without_council_word(council.name)):
            compact.setdefault(_compact(name), index)
    # a site another council shares is listed after the council's own ("highpeak|staffsmoorlands"): it is the
    # other's, whose address it is (`shares_site`)
    for index, council in enumerate(councils):
        for domain in council.domains[1:]:
            compact.setdefault(_compact(domain), index)
    return _Table(councils, trie, compact, seats, towns)


def shares_site(first: Council, second: Council) -> bool:
    """Whether two councils publish their meetings on one site (High Peak's and Staffordshire Moorlands' each hold
    both councils' meetings): its address does not say which council's minutes a page holds."""
    return first != second and bool(set(first.domains) & set(second.domains))


def _add_place(trie: dict, place: str, index: int) -> None:
    node = trie
    for word, _ in _words(place):
        node = node.setdefault(word, {})
    node.setdefault(None, set()).add(index)


_LANDSCAPE = re.compile(r"^(?P<town>[A-Z][\w'’-]+)\s+(?:Chase|Forest|Hills|Valley|Vale|Heath|Downs|Wolds|Moorlands|Dales)$")


def _town_of(short: str) -> list[str]:
    """The town a council of two parts or of a town and its country is called by: "Newark" for
    Newark and Sherwood, "Cannock" for Cannock Chase."""
    match = re.match(r"^(?P<town>[A-Z][\w'’-]+)\s+(?:and|with)\s+", short) or _LANDSCAPE.match(short)
    return [match.group("town")] if match else []


def _load_councils() -> list[Council]:
    text = resources.files("assistant").joinpath("data/councils.csv").read_text(encoding="utf-8")
    councils = [_council(row) for row in csv.DictReader(text.splitlines())]
    established = {}
    for council in councils:
        for successor in council.successors:
            established[successor] = min(established.get(successor, council.abolished_on), council.abolished_on)
    return [replace(c, established_on=established.get(c.name, "")) for c in councils]


def _council(row: dict) -> Council:
    def split(value: str | None) -> tuple[str, ...]:
        return tuple(part.strip() for part in (value or "").split("|") if part.strip())

    return Council(name=row["name"].strip(), short=row["short"].strip(), kind=row["kind"].strip(),
                   nation=row["nation"].strip(), aliases=split(row["aliases"]),
                   former_names=split(row["former_names"]), successors=split(row["successor"]),
                   domains=split(row["domains"]), seats=split(row.get("seat")),
                   abolished_on=(row.get("abolished") or "").strip())


def _forms(council: Council, initials: list[str] = (), shires: dict[str, list[str]] | None = None,
           two_part: list[str] = ()) -> list[_Form | tuple]:
    """(form, _Form) for every way the council may be named; `initials` are those of its official
    or short name ("BHCC", "KLWN"), given when no other council's are the same; `shires`, a county's
    shortened names by its own ("Derbyshire": ["Derbys"]), for "South Derbys"; `two_part`, the
    initials of a name of two parts ("B&H"), read in questions only."""
    def own(name: str) -> tuple[str, bool, int]:
        return name, True, 0

    def made(name: str) -> tuple[str, bool, int]:
        return name, True, 1

    short = council.short
    forms = [own(council.name), *map(own, council.former_names)]
    if council.kind in OTHER_AUTHORITIES:   # no forms made from a place: its own names only
        forms = [(form, _Form(0, True, 0)) for form, _, _ in forms]
        forms += [(alias, _Form(0, True, 0, exact=alias if _is_abbreviation(alias) else None))
                  for alias in council.aliases]
        forms += [(region, _Form(0, False, 3, capitalised=True, region=True)) for region in regions_of(council)]
        return forms
    forms += [made(f"{short} {kind} Council") for kind in KINDS_OF_COUNCIL]
    forms += [made(f"{short} Council"), made(f"Cyngor {short}"), made(f"Royal Borough of {short}"),
              made(f"Borough of {short}"), made(f"City of {short} Council"),
              made(f"London Borough of {short}")]
    if council.kind == "metropolitan borough":   # "BOLTON METROPOLITAN BOROUGH" heads its minutes
        forms.append(made(f"{short} Metropolitan Borough"))
    # a council's everyday name as its own: "East Herts Council", "South Cambs District Council"
    everyday = [a for a in council.aliases if not _is_abbreviation(a) and not _names_a_council(a)]
    forms += [made(f"{alias} Council") for alias in everyday]
    forms += [made(f"{alias} {kind} Council") for alias in everyday for kind in KINDS_OF_COUNCIL]
    if council.nation == "Wales":   # its Welsh name, from its place as written in English or Welsh
        places = [short] + everyday
        forms += [made(f"Cyngor {kind}{place}") for place in places for kind in _WELSH_KINDS]
    forms = [(form, _Form(0, official, rank)) for form, official, rank in forms]
    if not _is_abbreviation(short):
        forms += [(f"{short} {kind}", _Form(0, True, 1, capitalised=_needs_capital(short), capital_suffix=True))
                  for kind in KIND_ABBREVIATIONS]
    for alias in council.aliases:
        if _is_abbreviation(alias):
            forms.append((alias, _Form(0, True, 0, exact=alias)))
        else:
            official = _names_a_council(alias)
            forms.append((alias, _Form(0, official, 0 if official else 2, capitalised=_needs_capital(alias))))
    forms += [(form, _Form(0, True, 1, exact=form)) for form in initials if form not in council.aliases]
    forms += [(form, _Form(0, False, 2, exact=form)) for form in two_part if form not in council.aliases]
    shortened = _shire_shortened(council, shires or {})
    forms += [(form, _Form(0, False, 2, capitalised=True)) for form in shortened]
    forms += [(form, _Form(0, False, 2, exact=form)) for form in _compass_abbreviated(council, shortened)]
    if _is_abbreviation(short):
        forms.append((short, _Form(0, False, 2, exact=short)))
    else:
        forms.append((short, _Form(0, False, 2, capitalised=_needs_capital(short))))
    return forms


_JOINS = frozenset({"of", "and", "the"})
_AUTHORITY_WORDS = re.compile(r"\s+(?:(?:Mayoral\s+)?Combined(?:\s+County)?\s+Authority|National\s+Park\s+Authority"
                              r"|Authority)$")


def regions_of(authority: Council) -> list[str]:
    """What users call a combined or national park authority by its region or park: "Tees Valley", "Greater
    Manchester", "Dartmoor", "Dartmoor National Park", "the Broads". Ranked below every council's own
    place, so "New Forest" stays the district and "Northumberland" the county. Not a region of two places
    ("Cambridgeshire and Peterborough" may name two councils), nor bare points of the compass ("North East")."""
    found = []
    for name in (authority.name, *authority.former_names):
        region = _AUTHORITY_WORDS.sub("", name)
        if region == name:
            continue
        park = authority.kind == "national park authority"
        if park and region != "Broads":
            found.append(f"{region} National Park")
        if (park or " and " not in region) and not _COMPASS.fullmatch(region):
            found.append(region)
    return found


# The kind of council abbreviated behind its short name, as headers, footers and letterheads write it:
# "Calderdale MBC", "Mid Suffolk DC", "Kent CC", "Caerphilly CBC", "Wakefield MDC", "Reading BC".
KIND_ABBREVIATIONS = ("MBC", "BC", "DC", "CC", "CBC", "MDC")

# "Cyngor Sir Powys" (county council), "Cyngor Bwrdeistref Sirol Wrecsam" (county borough council),
# "Cyngor Dinas Casnewydd" (city council), "Cyngor Dinas a Sir Abertawe" (city and county).
_WELSH_KINDS = ("", "Sir ", "Bwrdeistref Sirol ", "Dinas ", "Dinas a Sir ")


def _is_abbreviation(alias: str) -> bool:
    """"BCP", "RBKC", "LBRuT", "B&NES", "IoW": an initialism, matched only as written."""
    letters = alias.replace("&", "")
    return " " not in alias and sum(ch.isupper() for ch in letters) >= 2 and len(letters) <= 6


# Initials of three letters are shared with too much else ("FCC Environment", "CIS"); from four
# they are the council's ("BHCC", "ESCC", "RBWM"), and only when no other council has the same.
MIN_DERIVED_INITIALS = 4
_NOT_INITIALLED = frozenset("and of the upon on in under".split())


def _initials(name: str) -> str:
    """'Brighton and Hove City Council' -> 'BHCC'; "King's Lynn and West Norfolk" -> 'KLWN'."""
    return "".join(w[0].upper() for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", name)
                   if w.lower() not in _NOT_INITIALLED)


def _joined_initials(short: str) -> list[str]:
    """'B&H' for Brighton and Hove, 'P&K' for Perth and Kinross, 'BwD' for Blackburn with Darwen: the
    initials of a name of two parts, as residents write them (read in questions only)."""
    match = re.fullmatch(r"(.+?)\s+(and|with)\s+(.+)", short)
    if not match:
        return []
    first, second = (_initials(part) for part in (match.group(1), match.group(3)))
    return [f"{first}{'&' if match.group(2) == 'and' else 'w'}{second}"] if first and second else []


def _initials_of(council: Council) -> list[str]:
    """The initials of its official name and, when it has three words or more, of its short name."""
    short = council.short if len(re.findall(r"[^\W\d_]+", council.short)) >= 3 else ""
    return [form for form in (_initials(council.name), _initials(short)) if form]


_COMPASS = re.compile(r"^(North|South)(?:\s+(East|West))?\b|^(East|West|Central)\b")


def _shire_shortened(council: Council, shires: dict[str, list[str]]) -> list[str]:
    """'South Derbys' for South Derbyshire: a district named after part of a county, with the
    county's name shortened as the county's own is ('Derbys')."""
    match = _COMPASS.match(council.short)
    rest = council.short[match.end():].strip() if match else ""
    return [f"{match.group()} {short}" for short in shires.get(rest, ()) if f"{match.group()} {short}" not in
            council.aliases]


def _compass_abbreviated(council: Council, shortened: list[str] = ()) -> list[str]:
    """'N Lincs' for 'North Lincs', 'NE Lincs', 'W Berks': a leading point of the compass written as
    its initials, as residents and officers shorten them."""
    forms = []
    for name in (council.short, *council.aliases, *shortened):
        match = _COMPASS.match(name)
        if match and not _is_abbreviation(name) and not _names_a_council(name):
            points = "".join(word[0] for word in match.group().split())
            forms.append(points + name[match.end():])
    return [form for form in dict.fromkeys(forms) if form not in council.aliases]


def _names_a_council(alias: str) -> bool:
    return bool(re.search(r"\b(?:Council|Corporation|Cyngor|Comhairle|Borough of|City of)\b", alias))


def _needs_capital(name: str) -> bool:
    return " " not in name and _normalise_word(name) in _COMMON_WORDS


def _without_council_word(name: str) -> str:
    return re.sub(r"\s+Council$", "", name)


def _add(trie: dict, form: str, entry: _Form) -> None:
    node = trie
    for word, _ in _words(form):
        node = node.setdefault(word, {})
    entries = node.setdefault(None, [])
    same = [e for e in entries if e.council == entry.council and e.exact == entry.exact]
    if not same:
        entries.append(entry)
    elif (entry.rank, entry.capitalised) < (same[0].rank, same[0].capitalised):
        entries[entries.index(same[0])] = entry  # the same council by two forms: the better one wins
