"""Synthetic council minutes for scale benchmarks, and a fast deterministic embedder.

`write_corpus(folder, documents)` writes documents 0..n-1 (the same text for the same
number, so a 100k corpus starts with the 10k one) and a manifest.csv with their
council, committee, date and title. Each meeting has procedural items (apologies,
declarations, the previous minutes) and several substantive agenda items of a few
paragraphs each, drawn from topic vocabularies, with figures, named officers,
resolutions and actions: the shapes the splitter, the commitments extractor and the
search see in real minutes.

`HashEmbedder` stands in for the model at ingest: it hashes words into 4,096 buckets
and projects them to the model's 384 dimensions, so it costs microseconds per text
and keeps a bag-of-words likeness between texts. It carries the real model's name so
that an index it builds opens with the real model, which embeds the questions.
"""
from __future__ import annotations

import csv
import random
import zlib
from pathlib import Path

import numpy as np

COUNCILS = [
    "Kent County Council", "Medway Council", "Wirral Council", "Gloucestershire County Council",
    "Worcestershire County Council", "Buckinghamshire Council", "Norfolk County Council",
    "Suffolk County Council", "Essex County Council", "Hampshire County Council", "Devon County Council",
    "Cornwall Council", "Leeds City Council", "Bradford Council", "Sheffield City Council",
    "Manchester City Council", "Liverpool City Council", "Bristol City Council", "Somerset Council",
    "Dorset Council", "Wiltshire Council", "Oxfordshire County Council", "Cambridgeshire County Council",
    "Lincolnshire County Council", "Nottinghamshire County Council", "Derbyshire County Council",
    "Leicestershire County Council", "Staffordshire County Council", "Shropshire Council",
    "Cumbria County Council", "Durham County Council", "Northumberland County Council",
    "Surrey County Council", "West Sussex County Council", "East Sussex County Council",
    "Hertfordshire County Council", "Lancashire County Council", "Warwickshire County Council",
    "Birmingham City Council", "Coventry City Council",
]
COMMITTEES = [
    "Children and Families Overview and Scrutiny Committee", "Adult Social Care Scrutiny Committee",
    "Cabinet", "Planning Committee", "Health and Wellbeing Board", "Audit and Governance Committee",
    "Environment and Transport Select Committee", "Corporate Parenting Panel", "Schools Forum",
    "Housing and Communities Committee", "Pensions Committee", "Licensing Committee",
]
FIRST = ["Sarah", "James", "Priya", "Michael", "Helen", "David", "Aisha", "Robert", "Claire", "Tom",
         "Fiona", "Mohammed", "Rachel", "Peter", "Joanne", "Gareth", "Linda", "Simon", "Nadia", "Keith"]
LAST = ["Patel", "Smith", "Jones", "Hughes", "Okafor", "Brown", "Wilson", "Taylor", "Khan", "Evans",
        "Clarke", "Robinson", "Walker", "Wright", "Green", "Hall", "Ahmed", "Thompson", "Lewis", "Murphy"]
ROLES = ["Director of Children's Services", "Director of Adult Social Services", "Director of Public Health",
         "Head of Finance", "Assistant Director for Education", "Head of Planning", "Chief Executive",
         "Head of Highways", "Cabinet Member for Children", "Monitoring Officer", "Head of Housing",
         "Section 151 Officer"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# topic: (agenda title, nouns, measures)
TOPICS = [
    ("Ofsted Inspection of Children's Services", ["social worker caseloads", "the Ofsted inspection",
     "the improvement plan", "agency staff", "supervision of practitioners", "the front door", "care leavers",
     "child protection plans", "the quality of practice", "the monitoring visit"],
     ["average caseload", "children on child protection plans", "agency social workers"]),
    ("Home to School Transport", ["school transport", "eligibility criteria", "the transport budget",
     "special educational needs travel", "bus contracts", "independent travel training", "route planning"],
     ["children transported", "cost per pupil", "contract value"]),
    ("Library Service Review", ["library opening hours", "community libraries", "the mobile library",
     "volunteer-run libraries", "book fund", "digital lending", "library closures"],
     ["library visits", "active borrowers", "volunteer hours"]),
    ("Highways Maintenance Programme", ["pothole repairs", "road resurfacing", "street lighting",
     "winter gritting", "the highways backlog", "footway maintenance", "drainage works"],
     ["potholes repaired", "miles resurfaced", "backlog value"]),
    ("Revenue Budget Monitoring", ["the revenue budget", "the overspend", "savings targets", "reserves",
     "council tax", "the medium term financial plan", "grant funding", "inflationary pressures"],
     ["forecast overspend", "savings delivered", "general reserves"]),
    ("Adult Social Care Waiting Lists", ["care assessments", "home care packages", "hospital discharge",
     "the care market", "direct payments", "residential placements", "carers' support"],
     ["people waiting for assessment", "hours of home care", "delayed discharges"]),
    ("Local Plan and Housing Delivery", ["the local plan", "affordable housing", "the five year land supply",
     "planning applications", "green belt release", "developer contributions", "housing targets"],
     ["homes completed", "affordable homes", "applications determined"]),
    ("Climate Emergency Action Plan", ["carbon emissions", "the climate emergency", "electric vehicle charging",
     "tree planting", "retrofit of council buildings", "solar panels", "the net zero target"],
     ["tonnes of carbon", "charging points installed", "trees planted"]),
    ("Waste and Recycling Contract", ["the waste contract", "recycling rates", "food waste collections",
     "household waste recycling centres", "fly-tipping", "garden waste charges", "landfill tax"],
     ["recycling rate", "fly-tipping incidents", "tonnes collected"]),
    ("Special Educational Needs and Disabilities", ["education health and care plans", "the SEND strategy",
     "the high needs block", "special school places", "tribunal appeals", "the written statement of action"],
     ["plans issued within 20 weeks", "high needs deficit", "new special school places"]),
    ("Public Health and Substance Misuse", ["the drug and alcohol service", "smoking cessation",
     "health visiting", "sexual health clinics", "the public health grant", "childhood obesity"],
     ["people in treatment", "quit rate", "grant allocation"]),
    ("Corporate Parenting and Children in Care", ["children in care", "foster carers", "placement stability",
     "unaccompanied asylum seeking children", "care leavers' accommodation", "residential children's homes"],
     ["children in care", "foster carers recruited", "placements moved"]),
    ("Internal Audit Annual Report", ["the internal audit plan", "limited assurance reports",
     "the risk register", "fraud investigations", "procurement controls", "the annual governance statement"],
     ["audits completed", "recommendations implemented", "fraud losses recovered"]),
    ("Pension Fund Investment Strategy", ["the pension fund", "the investment strategy", "the funding level",
     "responsible investment", "the triennial valuation", "employer contributions"],
     ["funding level", "fund value", "employer contribution rate"]),
    ("Youth Services and Early Help", ["youth centres", "early help", "the family hubs programme",
     "young people not in education", "holiday activities", "the troubled families programme"],
     ["families supported", "young people engaged", "youth workers"]),
    ("Licensing Policy Review", ["taxi licensing", "the statement of licensing policy", "late night levy",
     "gambling premises", "street trading consents", "cumulative impact areas"],
     ["licences issued", "enforcement visits", "complaints received"]),
]
OPENERS = [
    "The {role}, {name}, introduced the report and explained that {noun} had been reviewed since the last meeting.",
    "Members received a presentation from {name}, the {role}, on {noun}.",
    "The Committee considered a report of the {role} setting out progress on {noun} and {noun2}.",
    "{name}, the {role}, reported that {noun} remained the main area of concern for the service.",
]
BODY = [
    "It was reported that the {measure} had risen from {a} to {b} over the year, against a target of {c}.",
    "Members asked why {noun} had not improved and were told that recruitment remained difficult.",
    "In response to a question from Councillor {last}, officers confirmed that {noun} would be reviewed by {month} {year}.",
    "Councillor {last} expressed concern about {noun} and asked whether the budget of £{money} million was sufficient.",
    "The {role} explained that {noun2} depended on additional grant funding from central government.",
    "Officers advised that the {measure} stood at {a} in {month} {year}, compared with {b} a year earlier.",
    "Members welcomed the progress on {noun} but noted that {noun2} remained below the national average.",
    "It was noted that {pct} per cent of residents surveyed were satisfied with {noun}.",
    "The Chair thanked officers for the report and asked that the Committee be kept informed about {noun2}.",
    "A Member asked how {noun} compared with neighbouring authorities, and officers undertook to circulate benchmarking data.",
    "The Committee heard that a consultation on {noun} would run for twelve weeks from {month} {year}.",
    "Councillor {last} asked about the impact of {noun2} on vulnerable residents and was told that an equality impact assessment had been completed.",
]
CLOSERS = [
    "RESOLVED: That the report be noted and that a further update on {noun} be brought to the {month} {year} meeting.",
    "RESOLVED: That the Committee endorses the proposals for {noun} set out in the report.",
    "ACTION: The {role} to provide Members with a briefing note on {noun2} by {day} {month} {year}.",
    "RESOLVED: That Cabinet be recommended to approve additional funding of £{money} million for {noun}.",
]


def meeting(number: int) -> dict:
    """The metadata of document `number`: council, committee, date (fixed by the number)."""
    rng = random.Random(number * 7919 + 1)
    year, month, day = rng.randint(2014, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return {"council": COUNCILS[number % len(COUNCILS)], "committee": rng.choice(COMMITTEES),
            "meeting_date": f"{year:04d}-{month:02d}-{day:02d}", "year": year, "month": month, "day": day}


def document(number: int, items: int = 5) -> tuple[str, dict]:
    """(text, metadata) of synthetic minutes number `number`."""
    meta = meeting(number)
    rng = random.Random(number)
    chair = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [meta["council"], meta["committee"], "",
             f"Minutes of the meeting held on {meta['day']} {MONTHS[meta['month'] - 1]} {meta['year']} "
             f"at {rng.choice(['10.00 am', '2.00 pm', '6.30 pm'])}, County Hall", "",
             f"Present: Councillor {chair} (Chair), Councillors "
             + ", ".join(rng.choice(LAST) for _ in range(6)) + ".", "",
             "1. Apologies for Absence", "",
             f"Apologies for absence were received from Councillors {rng.choice(LAST)} and {rng.choice(LAST)}.", "",
             "2. Declarations of Interest", "", "No declarations of interest were made.", "",
             "3. Minutes of the Previous Meeting", "",
             "RESOLVED: That the minutes of the previous meeting be approved as a correct record and signed by the Chair.",
             ""]
    for n, topic in enumerate(rng.sample(TOPICS, items), start=4):
        lines += [f"{n}. {topic[0]}", ""] + _item(rng, topic, meta)
    return "\n".join(lines), meta


def _item(rng: random.Random, topic: tuple, meta: dict) -> list[str]:
    _, nouns, measures = topic
    fill = lambda template: template.format(  # noqa: E731
        role=rng.choice(ROLES), name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", last=rng.choice(LAST),
        noun=rng.choice(nouns), noun2=rng.choice(nouns), measure=rng.choice(measures),
        a=rng.randint(12, 900), b=rng.randint(12, 900), c=rng.randint(12, 900), pct=rng.randint(40, 95),
        money=f"{rng.randint(1, 40)}.{rng.randint(0, 9)}", month=rng.choice(MONTHS),
        year=meta["year"] + rng.choice([0, 0, 1]), day=rng.randint(1, 28))
    paragraphs = []
    for p in range(rng.randint(2, 4)):
        sentences = [fill(rng.choice(OPENERS))] if p == 0 else []
        sentences += [fill(s) for s in rng.sample(BODY, rng.randint(3, 5))]
        paragraphs += [" ".join(sentences), ""]
    return paragraphs + [fill(rng.choice(CLOSERS)), ""]


def file_name(number: int) -> str:
    meta = meeting(number)
    slug = "".join(w[0] for w in meta["committee"].split() if w[0].isalpha()).lower()
    return f"{number:07d}-{meta['council'].split()[0].lower()}-{slug}-{meta['meeting_date']}.txt"


def write_corpus(folder: Path, documents: int, start: int = 0) -> None:
    """Documents start..documents-1 into `folder`, with a manifest of all 0..documents-1."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(start, documents):
        text, _ = document(number)
        (folder / file_name(number)).write_text(text, encoding="utf-8")
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "council", "committee", "meeting_date", "title", "kind"])
        for number in range(documents):
            meta = meeting(number)
            writer.writerow([file_name(number), meta["council"], meta["committee"], meta["meeting_date"],
                             f"{meta['committee']} minutes", "minutes"])


class HashEmbedder:
    """Bag-of-words vectors through a fixed random projection: deterministic and fast."""

    buckets = 4096

    def __init__(self, name: str = "all-MiniLM-L6-v2", dimension: int = 384, max_tokens: int = 256):
        self.name, self.dimension, self.max_tokens = name, dimension, max_tokens
        self.projection = np.random.default_rng(0).standard_normal((self.buckets, dimension)).astype(np.float32)
        self._bucket: dict[str, int] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            buckets = [self._bucket_of(word) for word in text.lower().split()]
            if buckets:
                vectors[row] = self.projection[buckets].sum(axis=0)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def _bucket_of(self, word: str) -> int:
        bucket = self._bucket.get(word)
        if bucket is None:
            bucket = self._bucket[word] = zlib.crc32(word.encode()) % self.buckets
        return bucket

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2
