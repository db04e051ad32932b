"""Every date the project reads: dates as written in documents and manifests, and partial
ISO dates ("2018", "2020-07", "2020-12-01") as ranges of days.

Numeric dates are read day first (UK). A date is never guessed: text that is not a date
gives None.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Iterator

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)   # ASCII: "９９９９" is no year


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """First and last day covered by a partial ISO date, or None if not one (or not a real day)."""
    if not value:
        return None
    match = _PARTIAL.fullmatch(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not _is_calendar_day(int(year), int(month or 1), int(day or 1)):
        return None
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _is_calendar_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def is_partial_date(value: str) -> bool:
    return date_bounds(value) is not None


# --------------------------------------------------------------------------- dates as written

_MONTH_FORMS = ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?",
                "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?")
# A month's name or abbreviation, for patterns built elsewhere: MONTH with re.I; CAPITALISED_MONTH
# where case matters ("in May 2021" is a month, "may" a verb).
MONTH = "(?:" + "|".join(_MONTH_FORMS) + ")"
CAPITALISED_MONTH = "(?:" + "|".join(form[0].upper() + form[1:] for form in _MONTH_FORMS) + ")"
# A day's date written out: "3 December 2019", "8th of January, 2009"
DAY_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(?:19|20)\d\d\b", re.I)
# A day's or a month's date: "3 December 2019", "January 2018"
DAY_OR_MONTH_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH},?\s+(?:19|20)\d\d\b", re.I)
# Welsh month names, as Welsh and bilingual councils write dates ("Dydd Mawrth, 11eg Gorffennaf, 2023"):
# read in dates only (MONTH above stays English: it also finds months in questions and sentences).
WELSH_MONTHS = ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi",
                "hydref", "tachwedd", "rhagfyr")
# The same after "o" ("of"), which soft-mutates them: "12fed o Fawrth 2025", "5ed o Fehefin".
WELSH_MUTATED_MONTHS = {"fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9, "dachwedd": 11, "ragfyr": 12}
_MONTH = "(" + "|".join(_MONTH_FORMS + WELSH_MONTHS + tuple(WELSH_MUTATED_MONTHS)) + r")\.?"
# "Dydd Mawrth" is Tuesday ("Mawrth" alone is March), "ddydd Iau" after a preposition.
WELSH_WEEKDAY = r"d?dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)"
_WEEKDAY = (r"(?:(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?"
            rf"|{WELSH_WEEKDAY}),?\s+)?")
# English ordinals, and Welsh ones: 1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain.
_ORDINAL = r"(?:\s?(?:st|nd|rd|th)\b|af|il|ydd|fed|ed|eg|ain)?"   # "15 TH MAY" as a PDF can space it
_DATE_PATTERNS = (
    ("dmy", rf"{_WEEKDAY}(\d{{1,2}}){_ORDINAL}(?:(?:\s+of|\s+o)?\s+|-){_MONTH}(?:,?\s+|-)(\d{{4}})"),   # or 12-Mar-2024
    ("mdy", rf"{_WEEKDAY}{_MONTH}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})"),
    ("iso", r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    ("ymd", r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})"),
    ("num", r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})"),
    ("my", rf"{_MONTH},?\s+(\d{{4}})"),
    ("ym", r"(\d{4})-(\d{2})"),
    ("y", r"(\d{4})"),
)
_FULL_DATES = [(kind, re.compile(rf"{p}", re.I)) for kind, p in _DATE_PATTERNS]
_SEARCH_DATES = [(kind, re.compile(rf"(?<![\w/.-]){p}(?![\w/-]|\.\d)", re.I)) for kind, p in _DATE_PATTERNS]
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTHS.update({name[:3]: number for number, name in enumerate(WELSH_MONTHS, start=1)})  # no clash
_MONTHS.update({name[:3]: number for name, number in WELSH_MUTATED_MONTHS.items()})    # nor here


def normalise_date(text: str) -> str | None:
    """A date as written ("Tuesday 2 October 2018", "July 2020", "11/12/2017") in ISO form.

    Precision is kept: a year gives "2018", a month "2020-07", a day "2018-10-02".
    Numeric dates are read day first (UK). None if `text` is not just a date.
    """
    cleaned = " ".join(text.split()).strip(" .,")
    for kind, pattern in _FULL_DATES:
        match = pattern.fullmatch(cleaned)
        if match:
            return _iso_date(kind, match.groups())
    return None


def find_date(text: str, least_precise: str = "y") -> str | None:
    """The first date inside `text`, trying the most precise forms first."""
    text = _mended(text)
    for kind, pattern in _SEARCH_DATES:
        match = pattern.search(text)
        if match:
            found = _iso_date(kind, match.groups())
            if found:
                return found
        if kind == least_precise:
            break
    return None


# A year run into the word after it, as text taken from a PDF can give it: "on 6 December 2022at 10.00 am".
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=(?:at|on|in|from)\b)")
# ... or split in two after a day and month: "Tuesday, 25 June 20 19 at 10 .30am".
_SPLIT_YEAR = re.compile(rf"(\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+)(19|20) (\d\d)\b(?![.:]\d)", re.I)


# ... or a day run into its month, as copies of minutes give it: "on Tuesday 5July 2011".
_GLUED_DAY = re.compile(rf"\b(\d{{1,2}})(?={CAPITALISED_MONTH}\b)")


def _mended(text: str) -> str:
    """Text with a year that a PDF's text ran on or split (`_GLUED_YEAR`, `_SPLIT_YEAR`), or a day run into its
    month (`_GLUED_DAY`), made whole again."""
    return _SPLIT_YEAR.sub(r"\1\2\3", _GLUED_YEAR.sub(r"\1 ", _GLUED_DAY.sub(r"\1 ", text)))


def _iso_date(kind: str, groups: tuple[str, ...]) -> str | None:
    """ISO text for matched groups, or None if they do not make a real date."""
    if kind in ("my", "ym", "y"):
        return _iso_partial(kind, groups)
    if kind == "dmy":
        day, month, year = groups
    elif kind == "mdy":
        month, day, year = groups
    elif kind in ("iso", "ymd"):
        year, month, day = groups
    else:
        day, month, year = groups
    return _iso_day(int(year) if len(year) == 4 else 2000 + int(year), _month_number(month), int(day))


def _iso_partial(kind: str, groups: tuple[str, ...]) -> str | None:
    year = int(groups[-1] if kind == "my" else groups[0])
    if not 1900 <= year <= 2099:
        return None
    if kind == "y":
        return f"{year}"
    month = _month_number(groups[0] if kind == "my" else groups[1])
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def _iso_day(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2099:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else _MONTHS[month[:3].lower()]



# A time's "am"/"pm", and the Welsh "yb" (y bore), "yp"/"yh" (y prynhawn, yr hwyr), "o'r gloch".
_MERIDIEM = r"(?:a\.?m\.?|p\.?m\.?|y\.?b\.?|y\.?[ph]\.?|o['’]r gloch)"
# a time after a date, or the times a meeting ran between: "10.00 am", "- 09:30 to 13:00"
_TIME = re.compile(rf"[,\s]*(?:[-–—]\s*)?(?:at\s+|from\s+|am\s+)?(?:\d{{1,2}}[.:]\d{{2}}\s*(?:{_MERIDIEM})?\s*(?:[-–]|to)\s*)?"
                   rf"\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:{_MERIDIEM}|noon|hrs|hours)?$"
                   r"|[,\s]*(?:at\s+)?(?:noon|midday)$", re.I)


_LEADING_TIME = re.compile(rf"^(?:at\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*{_MERIDIEM}[,\s]+", re.I)


def date_and_time(text: str) -> str | None:
    """A day's date written alone, or with a time after or before it ("Tuesday, 30th June, 2020
    10.00 am", "4.00pm 9 MARCH 2023")."""
    text = _LEADING_TIME.sub("", " ".join(text.split()).strip(" .,"))
    if len(text) > 60:
        return None
    found = normalise_date(text) or normalise_date(_TIME.sub("", text))
    return found if found and len(found) == 10 else None


_DAY_DATES = [(kind, re.compile(p, re.I)) for kind, p in _DATE_PATTERNS if kind in ("dmy", "mdy", "num", "iso")]
# What may follow a meeting's date on its line: its time, its place, or nothing.
_AFTER_DATE = re.compile(rf"[\s,.]*(?:$|at\b|in\b|from\b|commencing\b|starting\b|am\b|yn\b|[-–—(]"
                         rf"|\d{{1,2}}(?:[.:]\d{{2}}\b|\s*{_MERIDIEM}))", re.I)


def leading_date(line: str) -> str | None:
    """The day's date a line opens with when the rest is its time or place ("Thursday, 9th March,
    2023 at 2.00 pm in Committee Room B", "on Monday 13 March 2023 at 7.00 pm", "held on ..."), else None."""
    text = _LEADING_TIME.sub("", re.sub(r"^(?:held\s+)?on\s+", "", _mended(" ".join(line.split())), flags=re.I))
    for kind, pattern in _DAY_DATES:
        match = pattern.match(text)
        if match and _AFTER_DATE.match(text, match.end()):
            return _iso_date(kind, match.groups())
    return None


# A time of day straight after a day's date: "28TH MARCH, 2018 at 7.30 p.m.", "4th December, 2017 at 6.15pm",
# "25th June 2015 at 10.00 a.m.", "24 FEBRUARY 2021 at 2.00 pm", "Monday 5 June 2023, 14:00"
_TIME_AFTER = re.compile(rf"[\s,]*(?:[-–—]\s*)?(?:at|commencing(?:\s+at)?|starting(?:\s+at)?|from)?\s*"
                         rf"(?:\d{{1,2}}[.:]\d{{2}}\s*(?:{_MERIDIEM}|hrs|hours)?|\d{{1,2}}\s*{_MERIDIEM}|noon\b|midday\b)", re.I)


def dates_with_time(text: str) -> Iterator[tuple[str, int]]:
    """Each day's date in `text` with a time of day right after it, as (ISO date, where it starts), in order."""
    found = []
    for kind, pattern in _SEARCH_DATES:
        if kind not in ("dmy", "mdy", "num"):
            continue
        for match in pattern.finditer(text):
            if _TIME_AFTER.match(text, match.end()) and (day := _iso_date(kind, match.groups())):
                found.append((match.start(), day))
    for start, day in sorted(found):
        yield day, start


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_. ]?(\d{2})[-_. ]?(\d{2})(?!\d)")


def date_in_file_name(name: str) -> str | None:
    """A day or month date in a file name ("2020-06-30 Cabinet", "cabinet_30_June_2020", "20200630")."""
    words = re.sub(r"[_+]+", " ", name)
    for match in _NAME_DATE.finditer(name):
        found = _iso_day(*map(int, match.groups()))
        if found:
            return found
    found = find_date(words, least_precise="my") or find_date(words.replace("-", " "), least_precise="my")
    return found if found and len(found) >= 7 else None


# --------------------------------------------------------------------------- deadlines as written

def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept" -> 9)."""
    return _MONTHS[name[:3].lower()]


def date_parts(text: str) -> tuple[int | None, int | None, str | None]:
    """(day, month, year) of the first date in a phrase such as "before 22 February" or
    "by 30/09/2021"; parts not stated are None. Month names must be capitalised."""
    numeric = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b", text)
    if numeric:
        year = numeric.group(3) if len(numeric.group(3)) == 4 else "20" + numeric.group(3)
        return int(numeric.group(1)), int(numeric.group(2)), year
    month_pattern = CAPITALISED_MONTH + r"\b"
    month = re.search(month_pattern, text)
    year = re.search(r"\b(19|20)\d{2}\b", text)
    if not month:
        return None, None, year.group() if year else None
    day = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{month_pattern}|{month_pattern}\s+(\d{{1,2}})\b", text)
    day_value = int(day.group(1) or day.group(2)) if day else None
    return day_value, month_number(month.group()), year.group() if year else None


def year_on_or_after(meeting_date: str | None, month: int, day: int | None) -> str | None:
    """The year in which a day/month stated without a year next falls, on or after the meeting
    (known at least to the month); None when the meeting date is not."""
    meeting = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", meeting_date or "")
    if not meeting:
        return None
    year, m_month = int(meeting.group(1)), int(meeting.group(2))
    m_day = int(meeting.group(3)) if meeting.group(3) else None
    earlier = month < m_month or (month == m_month and day and m_day and day < m_day)
    return str(year + 1 if earlier else year)


# --------------------------------------------------------------------------- the year a question asks about

# "in 2019", "2020/21", "the 2022-23 season"; a word before the year says whether it bounds a span
_YEAR_ASKED = re.compile(r"(?:\b(since|after|from|before|until|till|by|between|and|to|through)\s+)?"
                         r"(?<![\w/£$.,-])((?:19|20)\d\d)(?:\s*[/–-]\s*(\d\d(?:\d\d)?))?(?![\w/£%,]|\.\d)", re.I)


# a date naming a meeting says which minutes, not the year a figure is for: "abstained on approving the minutes of
# the 29 November 2023 council meeting", "at the meeting held on 12 January 2022", "Ealing's June 2015 full council"
_A_DAY_OF = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s+(?:19|20)\d\d"
_MEETING_DATE_ASKED = re.compile(rf"\b{_A_DAY_OF}(?=\s+(?:[\w'’-]+\s+){{0,3}}?(?:meetings?|council|cabinet|committee)\b)"
                                 rf"|\bmeetings?\s+(?:held\s+)?(?:on\s+|of\s+)?(?:the\s+)?{_A_DAY_OF}", re.I)


@dataclass(frozen=True)
class AskedYear:
    """The one year a question asks about: a calendar year, or a financial year ("2020/21",
    April 2020 to March 2021)."""

    phrase: str        # as asked: "2020/21"
    first: int
    financial: bool

    def pattern(self) -> re.Pattern:
        """The year in the forms minutes write it: "2020/21", "2020-2021", "2020 to 2021", "20/21"."""
        if not self.financial:
            return re.compile(rf"(?<!\d){self.first}(?!\d)")
        a, b = str(self.first), str(self.first + 1)
        return re.compile(rf"(?<!\d){a}\s*[/–-]\s*(?:{b}|{b[2:]})(?!\d)|(?<!\d){a} to {b}(?!\d)"
                          rf"|(?<![\d/]){a[2:]}/{b[2:]}(?![\d/])")

    def overlaps(self, written: str) -> bool:
        """Whether a year as minutes write it ("1997", "1996/97") is this one or part of it: the calendar year
        1997 is part of the financial year 1997/98, while the financial year 1996/97 is another."""
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", written)]
        if not years:
            return False
        financial = bool(re.search(r"\d\s*(?:[/–-]|to)\s*\d", written))
        if self.financial and financial:
            return years[0] == self.first
        asked = {self.first, self.first + 1} if self.financial else {self.first}
        return (years[0] in asked) if not financial else self.first in (years[0], years[0] + 1)

    def covers(self, meeting_date: str | None) -> bool:
        """True when a meeting on this date falls within the year, so its minutes may call it "this year". A
        council's year ("2018/19") runs to the annual meeting in May that closes it, where the outgoing Mayor
        reports on "the year"."""
        if not meeting_date or not _PARTIAL.fullmatch(meeting_date):
            return False
        if not self.financial:
            return meeting_date[:4] == str(self.first)
        return f"{self.first}-04" <= meeting_date[:7] <= f"{self.first + 1}-05"


def year_asked(question: str, of_figure: bool = False) -> AskedYear | None:
    """The one year the question asks about ("How many visits were there in 2020/21?"), or None when it
    names none, several, or a span ("since 2019", "by 2030": the meeting-date filters read those). The year of
    what is asked for (`of_figure`) is not one naming a meeting ("the minutes of the 29 November 2023 meeting")."""
    found = list(_YEAR_ASKED.finditer(_MEETING_DATE_ASKED.sub(" ", question) if of_figure else question))
    if len(found) != 1 or found[0].group(1):
        return None
    first, second = int(found[0].group(2)), found[0].group(3)
    if second and int(second) % 100 != (first + 1) % 100:
        return None                                          # "2019-2022" is a span
    return AskedYear(found[0].group(0).strip(), first, bool(second))


# a plan's or a programme's years: "for 2020 to 2024", "2024-28", "2019–2022" (not a financial year: "2020/21")
_SPAN = re.compile(r"(?<![\w/£$.,-])((?:19|20)\d\d)\s*(?:to|-|–|—|/)\s*((?:19|20)?\d\d)(?![\w/£%,]|\.\d)")


def span_asked(question: str) -> tuple[int, int, str] | None:
    """(first year, last year, as written) of the one span of years the question names ("the Strategic Equality
    Plan for 2020 to 2024"), or None: a plan of other years is another plan."""
    found = [m for m in _SPAN.finditer(question or "")]
    if len(found) != 1:
        return None
    first, last = int(found[0].group(1)), found[0].group(2)
    last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return (first, last, found[0].group(0)) if first + 1 < last <= first + 30 else None


def gives_span(text: str, first: int, last: int) -> bool:
    """Whether the text names the span's first and last years ("2020-24", "2020 to 2024", "2020 ... 2024")."""
    return (re.search(rf"(?<!\d){first}(?!\d)", text) is not None
            and re.search(rf"(?<!\d){last}(?!\d)|(?<!\d){first}\s*[-–—/]\s*{last % 100:02d}(?!\d)", text) is not None)
