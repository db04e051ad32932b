"""What kind of answer a question expects, and whether a sentence can give it.

A figure ("How many...", "What percentage...") is checked before answering: minutes
that discuss the subject but give no figure do not answer such a question, however
close their wording is. Dates ("When..."), people ("Who...") and decisions ("Was it
approved?") only steer which sentences are quoted: a sentence that gives the kind of
answer asked for is preferred to one that merely shares the question's words.
"""
from __future__ import annotations

import re

from .dates import MONTH

_FIGURE_QUESTION = re.compile(
    r"\b(?:how\s+(?:many|much)"
    r"|^\s*how\s+(?:large|big|high|expensive|costly)\s+(?:was|is|were|are|will|would|did|does)\b"   # the size asked
    r"|what\s+(?:(?:was|is|were|are)\s+the\s+)?(?:percentage|proportion|share|number|amount|total|sum|cost|figure)"
    r"|(?:average|total)\s+(?:number|amount|cost|size)"
    r"|what\s+(?:[\w'’-]+\s+){0,3}?(?:floor\s*(?:area|space)|floorspace|site\s+area)\b"   # in square metres
    # "What is the average grant paid?", "What was the highest bid?"
    r"|what\s+(?:was|is|were|are|will\s+be)\s+the\s+(?:average|mean|median|typical|maximum|minimum|highest|lowest)"
    # "What was the estimated construction cost of the wind farm?", "What is the overall project cost?"
    r"|what\s+(?:was|is|were|are|will\s+be)\s+the\s+(?:[\w'’-]+\s+){1,2}?(?:cost|costs|price)\b(?!\s+of\s+living\b)"
    # "What was the value of the tender?", "What is the estimated value of the contract?"
    r"|what\s+(?:was|is|were|are|will\s+be)\s+the\s+(?:[\w'’-]+\s+){0,2}?value\s+of\b"
    # "What rent will the café pay?", "What is the fee for a beach hut?", "What is the budget for ...?", "What salary ...?"
    r"|what\s+(?:(?:was|is|were|are|will\s+be)\s+(?:the\s+)?)?(?:(?:final|total|annual|new|full|likely|overall)\s+)?"
    r"(?:rents?|fees?|charges?|prices?|tariffs?|fares?|bills?|budgets?|salar(?:y|ies)|wages?|allowances?)\b"
    # the noun asked for, not one naming another ("What budget meeting rules were members reminded of?")
    r"(?=\s*(?:[?,.]|$|(?:for|of|on|in|at|to|from|per|is|was|were|are|will|would|did|does|do|has|have|had|can|could"
    r"|should|must|be|been|being|the|a|an|this|that|these|those|it|they|paid|payable|charged|set|agreed|proposed"
    r"|approved)\b))"
    # "What will it cost to ...?", not "What did members say about the cost?"
    r"|what\s+(?:do|does|did|will|would|could|might)\s+(?:(?!\b(?:say|said|tell|think|about|on|of)\b)[^?]){1,80}?"
    r"\bcost(?:s|ing)?(?!\s+of\b)"
    # "What was the council's actual revenue outturn figure for 2023/24?", "... in pounds?"
    r"|^\s*what\s+(?:was|is|were|are|will\s+be)\s[^?]{0,80}?\bfigures?\b(?!\s+(?:out|in\s+the\s+(?:report|table)))"
    r"|^\s*what\s+(?:[\w'’-]+\s+){0,3}?figures?\s+(?:was|is|were|are|did|does|do|will|has|had|for|of)\b"   # "What outturn figure ..."
    r"|\bin\s+pounds\b"
    # "What PWLB certainty rate was quoted?", "What was the interest rate on the loan?"; not "business rate relief"
    r"|^\s*what\s+(?:[\w'’-]+\s+){0,3}?rate\s+(?:was|is|were|did|does|will|would|has|had)\b"
    r"|^\s*what\s+(?:was|is|were|will\s+be)\s+the\s+(?:[\w'’-]+\s+){0,3}?rate\s+(?:of|for|on)\b)\b", re.I)

_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                 "hundred hundreds thousand thousands million millions billion half halves third thirds "
                 "quarter quarters dozen dozens double twice")
# "The majority" answers "what proportion", but not "how many": "a minority of children" is no count.
_SHARE_WORDS = "majority minority most"
_MONTH = MONTH
# Dates are not quantities: "in February 2020" does not say how many.
_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
                   r"|(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})", re.I)
_MONEY_QUESTION = re.compile(r"\b(?:spen[dt]|spending|cost|costs|costing|budget|funding|money|prices?|paid|pay|pays|paying|savings?|pounds"
                             r"|overspend|underspend|grants?|rents?|fees?|tariffs?|fares?|bills?|salar(?:y|ies)|wages?|allowances?"   # not "charge": EV charge points
                             # "How much is the contract worth?", "... did the fayre raise?"
                             r"|worth|raised?|raising|value|income|surplus|deficit)\b"
                             r"|\bset\s+aside\b|\bearmark(?:ed|s)?\b|\binvest(?:ed|s|ing)?\b"   # "How much has it set aside for ...?"
                             r"|^\s*how\s+much\s+(?:is|are|was|were)\s+(?:a|an|one|each)\b"   # "How much is a ticket?"
                             r"|^\s*how\s+much\s+of\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?£", re.I)   # "... of the £5m bid"
_MONEY = re.compile(r"[£$€]|\b(?:pounds?|pence|million|billion|bn)\b|\d(?:k|m|bn|p)\b"   # "50p" too
                    # nothing to pay: "at no capital cost to the Council", "free of charge"
                    r"|\bat\s+no\s+(?:\w+\s+)?cost\b(?!-)|\bfree\s+of\s+charge\b|\bcost\s+nothing\b", re.I)
_FIGURE = re.compile(r"\d|%|£|\bper\s*cent\b|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.I)
_SHARE = re.compile(r"\b(?:" + "|".join(_SHARE_WORDS.split()) + r")\b", re.I)
_SHARE_QUESTION = re.compile(r"\b(?:percentage|proportion|share|fraction|what\s+part|how\s+much\s+of)\b", re.I)


def wants_figure(question: str) -> bool:
    """True for questions answered by a number: "How many...", "What proportion...", "How much...". Not for a
    question only reported in it: "Why could the council not say how many people had applied?" asks a reason."""
    return _FIGURE_QUESTION.search(_REPORTED_FIGURE.sub(" ", question or "")) is not None


# "say how many", "asked how much", "could not confirm exactly how many": a question reported, not asked
_REPORTED_FIGURE = re.compile(r"\b(?:say|said|ask|asked|asking|know|knew|confirm|confirmed|tell|told|explain|explained"
                              r"|question|questioned|quer(?:y|ied)|wonder|wondered|establish|clarify|clarified|disclose"
                              r"|disclosed|reveal|revealed|state|stated"
                              # "Is the council keeping track of how much staff time goes on it?"
                              r"|track|tracking|tracked|record|recording|recorded|monitor|monitoring|monitored|measure"
                              r"|measuring|measured)\s+(?:[a-z]+\s+)?how\s+(?:many|much)\b", re.I)


def wants_money(question: str) -> bool:
    """True for figure questions about money: "How much did the council spend on agency staff?". Not
    "How many claims were paid?", which counts claims."""
    return (wants_figure(question) and _MONEY_QUESTION.search(question or "") is not None
            and not _COUNT_QUESTION.match(question or "") and not _CHANGE_QUESTION.search(question or ""))


def price_asked(question: str) -> bool:
    """True for what one person pays to use something: "How much will it cost to use the toilets?", "How much is a
    ticket to get into the fort?", "What will a swim cost?". The cost of building the pool does not answer."""
    return wants_money(question) and _PRICE_QUESTION.search(question or "") is not None


def has_price(text: str) -> bool:
    """True if the sentence gives a sum one person might pay (under £1,000, or nothing: "free of charge")."""
    return _FREE.search(text) is not None or any(_pounds(m.group(0)) < 1000 for m in _MONEY_AMOUNT.finditer(text))


def _pounds(amount: str) -> float:
    """"£1.50" -> 1.5, "£240,000" -> 240000, "£1.2m" -> 1200000, "50p" -> 0.5."""
    lowered = amount.lower().replace(",", "")
    number = float(re.search(r"\d+(?:\.\d+)?", lowered).group(0))
    if re.search(r"\d\s?(?:p|pence)$", lowered):
        return number / 100
    if re.search(r"(?:m|million)$", lowered):
        return number * 1_000_000
    if re.search(r"(?:bn|billion)$", lowered):
        return number * 1_000_000_000
    return number * 1000 if lowered.endswith("k") else number


_PRICE_QUESTION = re.compile(
    r"\b(?:cost|pay|charged?)\s+(?:[\w'’-]+\s+)?to\s+(?:use|park|hire|book|get\s+in(?:to)?|enter|visit|swim|go\s+in)\b"
    r"|\bhow\s+much\s+(?:is|are|will|does|do)\s+(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:tickets?|swim|pitch|session"
    r"|visit|entry|game|round|lesson|booking|stall)\b"
    r"|\b(?:tickets?|admission|entry)\s+(?:cost|price|fee)", re.I)
_FREE = re.compile(r"\bfree\b|\bno\s+charge\b|\bat\s+no\s+cost\b|\bcost\s+nothing\b", re.I)


# "By how much are stall rents being cut?", "How much more will hut owners pay?": a change, which "by a quarter" or
# "10 per cent" gives as well as money.
_CHANGE_QUESTION = re.compile(r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:more|less)\b(?!\s+(?:money|cash|funding)\b)", re.I)


_COUNT_QUESTION = re.compile(r"\s*how\s+many\b(?!\s+(?:pounds|pence)\b)", re.I)


def wants_share(question: str) -> bool:
    """True for figure questions about a proportion: "What percentage of audits were good?"."""
    return wants_figure(question) and _SHARE_QUESTION.search(question or "") is not None


# "How much carbon / water / power ...?" asks for an amount of a stuff, given in its units, not a count or a cost.
_AMOUNT_QUESTION = re.compile(r"\bhow\s+much\s+(?:more\s+|less\s+)?(?:carbon|co2|emissions|energy|electricity|power"
                              r"|water|waste|rubbish|silt|gas|heat|fuel|diesel|rain|rainfall|soil)\b"
                              # "How many hectares is the site?": a count of a unit of measure is an amount in it
                              r"|\bhow\s+many\s+(?:more\s+|fewer\s+)?(?:square\s+|cubic\s+)?(?:hectares|acres|miles"
                              r"|kilometres|kilometers|metres|meters|tonnes|tons|litres|liters|gallons|megawatts|kilowatts"
                              r"|kwh|mwh|gwh)\b"
                              # "What floor area was proposed for the foodstore?"
                              r"|^\s*what\s+(?:(?:was|is|were|are|will\s+be)\s+the\s+)?(?:total\s+|gross\s+|proposed\s+|new\s+)?"
                              r"(?:floor\s*(?:area|space)|floorspace|site\s+area|gross\s+internal\s+area)\b", re.I)
_AMOUNT = re.compile(r"\d\s*(?:%|per\s*cent|percent|tonnes?|tons?|t\b|kg|kilo(?:gram)?s?|[kmg]wh|[kmg]w\b"
                     r"|square|sq\.?\s*(?:m|ft|metres?|feet)|m2|m²|ft2|(?:kilo|mega|giga)?"
                     r"watts?(?:\s+hours?)?|litres?|liters?|gallons?|cubic|m3|m³|cm|mm|metres?|meters?|km|kilometres?"
                     r"|miles?|hectares?|ha|acres?|therms?|units?)\b|\d\s*(?:%|m³)", re.I)


def wants_amount(question: str) -> bool:
    """True for "How much carbon will the heat pumps save?": the figure must be an amount in units."""
    return _AMOUNT_QUESTION.search(question or "") is not None


def has_figure(text: str, money: bool = False, share: bool = False, amount: bool = False, count: bool = False) -> bool:
    """True if a sentence states a quantity (an amount of money, if `money`; of a stuff in its units,
    if `amount`; anything but money, if `count`); dates do not count.

    With `share`, "the majority" and the like count too.
    """
    undated = _PERIOD.sub(" ", _REFERENCE_NUMBER.sub(" ", _TIME_OF_DAY.sub(" ", _DATE.sub(" ", text or ""))))
    undated = _LIST_NUMBER.sub(" ", undated)
    if amount:   # "How much electricity money will the roof save?" asks both: a sum of money answers too
        return _AMOUNT.search(undated) is not None or (money and _MONEY.search(undated) is not None)
    # "What share of the income does the council get?" is answered by "10 per cent" as well as by a sum
    if money:
        return _MONEY.search(undated) is not None or (share and _PERCENTAGE.search(undated) is not None)
    if count:   # nor does an ordinal count: "the 1st International Conference" (a run is `states_a_run`)
        undated = _ORDINAL_DIGITS.sub(" ", _MONEY_AMOUNT.sub(" ", undated))
    return _FIGURE.search(undated) is not None or (share and _SHARE.search(undated) is not None)


_PERCENTAGE = re.compile(r"\d\s*%|\bper\s*cent\b|\bpercent(?:age)?\b", re.I)
_ORDINAL_DIGITS = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)
# A list's own numbering is no quantity: "1. Agreed the commencement of ...", "(2) the following ..."
_LIST_NUMBER = re.compile(r"(?m)^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])(?=\s)")
_RUN_ASKED = re.compile(r"\b(?:in\s+a\s+row|consecutive(?:ly)?|successive|on\s+the\s+trot)\b", re.I)
_ORDINAL = (r"\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh"
            r"|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
            r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth")
_ORDINAL_RUN = re.compile(rf"\b(?:{_ORDINAL})\s+(?:consecutive|successive|straight|(?:year|time)\s+(?:running|in\s+a\s+row))\b",
                          re.I)


def states_a_run(question: str, text: str) -> bool:
    """ "How many Green Flag awards in a row has the park won?" answered by "its seventeenth consecutive award": an
    ordinal counts a run."""
    return _RUN_ASKED.search(question or "") is not None and _ORDINAL_RUN.search(text or "") is not None


# A part of the year is no quantity: "the first quarter of 2018/19", "the second half of the year", "Quarter 2", "Q3",
# "the month 2 forecast".
_PERIOD = re.compile(r"\b(?:first|second|third|fourth|final|last|next|previous|1st|2nd|3rd|4th)\s+(?:quarter|half)\b"
                     r"|\bquarter\s+[1-4]\b|\bQ[1-4]\b|\b(?:month|period|week)\s+\d{1,2}\b", re.I)


# A number that names something is no quantity: "Standing Order 12", "minute 19/04", "item 5", "Paragraph 2.4",
# "Appendix 1", "Table 1", "Option 2", "Carbon Management Plan 2", a paper's or an application's code ("EHPAC/20", "MA/09/0536",
# "24/00828/TPO")
_REFERENCE_NUMBER = re.compile(
    r"\b(?:standing\s+orders?|minutes?|items?|paragraphs?|paras?|sections?|appendix|appendices|annex|pages?|rules?"
    r"|regulations?|clauses?|articles?|schedules?|phase|plan|polic(?:y|ies)|ward|no\.|numbers?|tables?|figures?|charts?"
    r"|graphs?|options?)\s+(?:no\.?\s*)?"
    r"\(?[\dA-Z]{1,4}(?:[./][\dA-Za-z]{1,4})*\)?(?:\s*(?:and|&|,|to|-|–)\s*\(?\d{1,4}(?:[./][\dA-Za-z]{1,4})*\)?)*(?![\d,])"
    r"|\b[A-Z]{1,6}/\d[\dA-Z/]*\b|\b\d{1,4}/\d{2,6}/[A-Z0-9/]{1,10}\b"
    # ... in words: "the commencement of phase one", "Option Two", "stage three of the scheme"
    r"|\b(?:phase|stage|options?|tranche|wave|round|appendix|items?|sections?|schedule)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
    # a decision's or a paper's reference: "ref: 1511", "Ref. No. 24-118", "reference 3021"
    r"|\bref(?:erence)?\.?(?:\s*no\.?)?\s*:?\s*\d[\dA-Z/.-]{0,12}\b", re.I)
# A time of day is no quantity: "at 2.30 p.m.", "from 10am", "18:00"
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b", re.I)


# A sum of money as written: "£2.4m", "£900,000", "£1.5 million", "50p", "400 pounds"
_MONEY_AMOUNT = re.compile(r"[£$€]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion)\b)?|\b\d[\d,.]*\s?(?:pounds?|pence|p)\b", re.I)


# A rate asked for: "What will it cost per kWh...?", "How much will it save each year?", "What does an hour's
# parking cost?". Each unit with the other ways minutes write it.
_RATE_UNITS = {
    "kwh": r"kwh|kilowatt[\s-]?hours?|unit",
    "hour": r"hours?|hr",
    "day": r"days?",
    "week": r"weeks?",
    "month": r"months?",
    "year": r"years?|annum",
    "home": r"homes?|households?|property|properties|houses?|dwellings?",
}
_RATE_ADJECTIVE = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "year": "annual(?:ly)?|yearly"}
_RATE_QUESTION = re.compile(r"\b(?:per|a|an|each|every)\s+(?:(?P<kwh>kwh|kilowatt[\s-]?hour)|(?P<hour>hour)|(?P<day>day)"
                            r"|(?P<week>week)|(?P<month>month)|(?P<year>year))\b"
                            r"|\b(?:per|each|every)\s+(?P<home>home|household|property)\b"   # not "can a household book"
                            r"|\ban\s+(?P<hour2>hour)['’]s\b|\ba\s+(?P<day2>day)['’]s\b", re.I)


def rate_asked(question: str) -> re.Pattern | None:
    """For a question after a figure at a rate ("What will it cost per kWh to charge a car?", "How many
    people use the bridge each day?"), the pattern a sentence must match to give the figure at that rate
    ("35p per kWh", "£95,000 a year", "an annual saving", "1,500 people a day"); else None. A cost for the
    whole scheme does not say what a unit costs."""
    if not (wants_figure(question) or _CHARGE_QUESTION.match(question or "")):
        return None
    match = _RATE_QUESTION.search(question or "")
    if match is None:
        return None
    unit = next(name.rstrip("2") for name, value in match.groupdict().items() if value)
    # "£2 for a full day", "£95,000 per calendar month", "all-day parking at £5"
    forms = (rf"\b(?:per|a|an|each|every)\s+(?:(?:full|whole|entire|calendar|single)\s+)?(?:{_RATE_UNITS[unit]})\b"
             rf"|/\s*(?:{_RATE_UNITS[unit]})\b|\ball[\s-](?:{_RATE_UNITS[unit]})\b"
             rf"|\bfor\s+(?:up\s+to\s+)?(?:one|1|the\s+first)\s+(?:{_RATE_UNITS[unit]})\b")
    if unit in _RATE_ADJECTIVE:
        forms += rf"|\b(?:{_RATE_ADJECTIVE[unit]})\b"
    return re.compile(forms, re.I)


# "What will Calderdale charge drivers per kWh?": money, though "charge" alone is not (EV charge points)
_CHARGE_QUESTION = re.compile(r"\s*what\s+(?:will|does|do|is|are|would)\s+(?:[\w'’-]+\s+){0,4}?charg(?:e|es|ed|ing)\b", re.I)


# What "How many ...?" counts, and the words minutes count it in: "How many homes" is answered by "47 dwellings",
# not by "three flood protection schemes". People are counted in too many ways to check ("residents", "attendees").
_COUNTED_FORMS = (
    # a kind of home asked by name is counted by that name, or by the words for any home ("54 residential units"):
    # "38 houses" says nothing of how many flats
    r"flats?|apartments?|maisonettes?|dwellings?|units?",
    r"bungalows?|dwellings?|units?",
    r"homes?|house\w*|dwelling\w*|units?|propert(?:y|ies)|flats?|households?|bungalows?|apartments?",
    r"jobs?|posts?|roles?|positions?|fte|staff|employees?|vacanc(?:y|ies)|workers?|officers?",
    r"signatures?|signatories|signed|signing|names",
    r"responses?|respondents?|responded|replies|comments?|representations?|objections?|objectors?|submissions?"
    r"|letters?",
    r"complaints?|complained|reports?|reported|incidents?|cases?|concerns?",
    r"applications?|applicants?|applied",
    r"members?|memberships?|councillors?|seats?",
    r"places?|spaces?|spots?|bays?",
    r"vehicles?|cars?|buses|bus|vans?|lorries|taxis?",
    r"trees?|saplings?",
    r"visits?|visitors?|visited|footfall",
    r"councils?|cities|authorit(?:y|ies)|municipalities|countries",
)
# the words after "How many" up to a verb or a preposition: "How many new foster carers does ...", "How many homes in"
_COUNTED = re.compile(r"^\s*how\s+many\s+(?P<phrase>(?:(?!(?:are|were|is|was|did|do|does|have|has|had|will|would|can"
                      r"|could|should|might|must|be|been|in|at|on|for|of|to|from|by|with|about|across|since|during"
                      r"|under|over|between|that|who|which|than)\b)[a-z][\w'’-]*\s+){0,3}?(?:[a-z][\w'’-]*))"
                      r"(?=\s+(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|should|might|must|be"
                      r"|been|in|at|on|for|of|to|from|by|with|about|across|since|during|under|over|between|that|who"
                      r"|which|than)\b|\s*[?,.]|\s*$|\s+\w+ed\b)", re.I)


def counted_thing(question: str) -> re.Pattern | None:
    """For "How many homes ...?" the pattern of the words minutes count that thing in ("homes", "dwellings"); None
    when the thing is not of the kinds listed (`_COUNTED_FORMS`), is members of the public, or is a vote's count."""
    match = _COUNTED.match(question or "")
    if match is None or asks_vote_count(question) or re.match(r"\s+of\s+the\s+public\b", question[match.end():], re.I):
        return None
    noun = match.group("phrase").split()[-1].lower()
    forms = next((f for f in _COUNTED_FORMS if re.fullmatch(f, noun)), None)
    return re.compile(rf"\b(?:{forms})\b", re.I) if forms else None


def wants_count(question: str) -> bool:
    """True for "How many potholes were filled?": a count, which a sum of money ("£2.4m for potholes") is not."""
    return _COUNT_QUESTION.match(question or "") is not None


_DATE_QUESTION = re.compile(r"^\s*when\b|\b(?:what|which)\s+(?:dates?|days?|months?|year)\b|\bby\s+when\b"
                            r"|\bby\s+what\s+(?:date|year|month)\b|\bhow\s+long\b", re.I)
_PERSON_QUESTION = re.compile(r"^\s*(?:(?:to|by|from|with|for)\s+)?who(?:m|se)?\b"
                              r"|\b(?:which|what)\s+(?:(?-i:[A-Z][\w'’-]*)\s+)?(?:officer|member|councillor"
                              r"|person|director|minister|chair|body|organisation|resident)s?\b", re.I)
# "Which company / firm / contractor ...?": a sentence naming the firm answers, not the one describing the work.
_FIRM_QUESTION = re.compile(r"^\s*(?:which|what)\s+(?:[\w-]+\s+)?(?:company|companies|firm|firms|contractors?"
                            r"|operators?|suppliers?|consultants?|consultancy|builders?|developers?|business)\b"
                            # a person the trade word only describes: "Which departing business leader ...?"
                            r"(?!\s+(?:leaders?|owners?|people|persons?|man|men|wom[ae]n|managers?|representatives?"
                            r"|chiefs?|heads?|figures?|directors?|partners?|staff|employees?)\b)", re.I)
# A firm named: by its legal form ("Ltd", "plc", "CIC"), by a trade word ending its name ("Tidewater Marine
# Civils", "Pennine Washrooms"), or as the one a contract went to ("awarded to Brightgrid Energy").
_FIRM = re.compile(r"\b(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc|LLC)\b"
                   r"|\b[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)*\s+(?:Contractors?|Construction|Services|Group|Associates"
                   r"|Partnership|Engineering|Builders|Civils|Homes|Developments|Consultants|Consulting|Trust|Company"
                   r"|Washrooms|Energy|Leisure|Landscapes|Surfacing|Electrical|Solutions)\b"
                   r"|\b(?:awarded|let|given|appointed|selected|chosen|engaged|contracted|commissioned|won\s+by)\s+"
                   r"(?:to\s+)?(?:the\s+)?[A-Z][\w&'’-]+"
                   # a firm of one word: "the contract with Amey", "a framework contract with Kier"
                   r"|\bcontract\s+(?:with|to)\s+(?!the\b)[A-Z][\w&'’-]+"
                   # named after its trade: "A new specialist contractor, Brightwell Property Care, had started"
                   r"|\b(?:contractor|operator|supplier|consultant|consultancy|firm|company|developer|builder)s?,\s+"
                   r"(?!the\b|which\b|who\b)[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}\s*,", re.M)
# "Who is paying for ...?", "Where is the money coming from?": the answer says where the money comes from.
_FUNDER_QUESTION = re.compile(r"^\s*who(?:['’]s|\s+is|\s+are|\s+will\s+be|\s+was)?\s+(?:paying|funding|putting\s+money"
                              r"|contributing|footing)\b|\bwhere\s+(?:is|will|does)\s+(?:the\s+)?(?:money|funding|cash)"
                              r"|\bhow\s+(?:is|are|will)\b[^?]*\b(?:paid\s+for|funded|financed)\b", re.I)
_FUNDS = re.compile(r"\b(?:funded|funding|paid\s+for|met\s+from|(?:comes?|coming|came)\s+from|grants?|contributions?"
                    r"|financed|borrowing|reserves?|capital\s+programme|levy)\b", re.I)
# "Why was the application refused?": the answer gives a reason ("because", "on the grounds that", "due to").
_REASON_QUESTION = re.compile(r"\s*why\b", re.I)
_REASON = re.compile(r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|(?:on\s+the\s+)?grounds?|reasons?|so\s+that"
                     r"|in\s+order\s+to|since\s+(?:it|the|they|there)|as\s+(?:it|the|they|there|its)\b|caused\s+by"
                     r"|would\s+(?:harm|cause|lead|result)|harm(?:ful)?|unsafe|worn|rotted|rotten|damaged|failed|cracked"
                     r"|leak\w*|no\s+longer|beyond\s+(?:economic\s+)?repair|end\s+of\s+its\s+(?:useful\s+)?life)\b", re.I)
# "Who will run / build / repair ...?": a firm or a person does the work.
_DOER_QUESTION = re.compile(r"^\s*who\s+(?:is|are|will|was|were|has|have|had|would)\s+(?:be\s+|been\s+|going\s+to\s+)?"
                            r"(?:[\w-]+ly\s+)?(?:build|run|operat|repair|suppl|install|fit|do|doing|did|carr|manag"
                            r"|design|resurfac|replac|refurbish|clean|provid|deliver|maintain|look\w*\s+after|restor"
                            r"|plant|mak|construct|paint|rebuild|demolish|dredg|upgrad)\w*\b", re.I)
_DECISION_QUESTION = re.compile(r"\b(?:approved?|agreed?|refused?|rejected?|decided?|decision|resolved?|"
                                r"resolution|vote[ds]?|voting|outcome|granted|happened)\b", re.I)
_PERSONAL_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Sir|Dame|Lord|Baroness)\.?\s+[A-Z]"
                            r"|\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?=[,;.]?\s+(?:the\s+)?(?:[A-Z]|said|who|"
                            r"reported|explained|confirmed|chairs?|is|was))")   # a titled or first-and-last name
_PERSON = re.compile(_PERSONAL_NAME.pattern   # ... or a role
                     + r"|\b(?:Director|Chair(?:man|woman)?|Chief Executive|Cabinet Member|Leader|Minister|Commissioner)\b")
# "What was the name of the former prisoner of war the chair visited?": a person's own name, which a role or "a
# lovely gentleman" does not give
_NAME_QUESTION = re.compile(r"\bname\s+of\s+(?:the|this|that|a|an)\s+(?:[\w'’-]+\s+){0,6}?(?:man|woman|gentleman|lady"
                            r"|resident|person|prisoner|veteran|boy|girl|child|pupil|student|volunteer|winner|speaker"
                            r"|petitioner|applicant|landowner|objector|officer|councillor|member|director|manager|clerk)s?\b",
                            re.I)
_DECISION = re.compile(r"\b(?:RESOLVED|resolved|agreed|approved|refused|rejected|decided|carried|granted|"
                       r"voted|voting|votes|in favour|unanimously|deferred|noted|lost|fell|withdrawn)\b")
_DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|"
                       r"several|a few)\s+(?:days?|weeks?|months?|years?)\b", re.I)


def wanted_kind(question: str) -> str | None:
    """The kind of answer the question asks for: "date", "firm", "funder" (where the money comes from),
    "reason", "doer" (a firm or a person doing the work), "person" or "decision"; None for any other.
    Figures are `wants_figure`."""
    question = question or ""
    if _DATE_QUESTION.search(question):
        return "date"
    if _FIRM_QUESTION.search(question):
        return "firm"
    if _FUNDER_QUESTION.search(question):
        return "funder"
    if _REASON_QUESTION.match(question):
        return "reason"
    if _DOER_QUESTION.search(question):
        return "doer"
    if _NAME_QUESTION.search(question):
        return "name"
    if _PERSON_QUESTION.search(question):
        return "person"
    if _DECISION_QUESTION.search(question) and re.match(r"\s*(?:was|were|did|has|have|is|what|how)\b", question, re.I):
        return "decision"
    return None


def gives_kind(sentence: str, kind: str | None) -> bool:
    """True if the sentence states the kind of thing asked for (`_GIVING`: the patterns any of which gives it)."""
    if kind in ("firm", "doer") and names_a_firm(sentence):
        return True
    return any(pattern.search(sentence) is not None for pattern in _GIVING.get(kind or "", ()))


def names_a_firm(sentence: str) -> bool:
    """A firm named without a legal form or a trade word: a run of capitalised words that does something a firm
    does or is given the work ("Kernow Trailworks scored highest", "done by Severn Aquatic Linings", "run by
    Waterline Adventures"), and that is no place, body, role or fund ("Grundy Park", "Environment Agency")."""
    for match in (m for pattern in _FIRM_RUNS for m in pattern.finditer(sentence)):
        words = match.group("name").split()
        if words[0].lower() in _NOT_A_FIRM_START or words[-1].lower() in _NOT_A_FIRM_END:
            continue
        if any(w.lower() in _MONTHS_AND_DAYS for w in words):
            continue
        return True
    return False


_NAME_RUN = r"(?P<name>[A-Z][\w&'’-]+(?:\s+(?:&\s+)?[A-Z][\w&'’-]+)+)"
_FIRM_RUNS = (
    # "to" only after what hands work to a firm: "awarded to", "let to", "the contract went to"; not "switching the
    # fleet to Hydrotreated Vegetable Oil"
    re.compile(r"\b(?:by|with|from|(?:awarded|let|leased|sold|transferred|went|gone|given|passed|handed|contract)\s+to)"
               r"\s+(?:the\s+)?" + _NAME_RUN),
    re.compile(r"(?:^|[.;:]\s+|,\s+)" + _NAME_RUN
               + r"(?=\s+(?:was|were|had|has|would|will|scored|submitted|won|bid|tendered|offered|quoted|came|runs|ran"
               r"|operates|supplied|supplies|installed|built|carried|did|does)\b)"),
)
_NOT_A_FIRM_START = frozenset("the this that these those councillor councillors cllr mr mrs ms miss dr professor sir dame "
                              "lord river mount portfolio cabinet head director chief executive assistant deputy "
                              "leader members member council committee".split())
_NOT_A_FIRM_END = frozenset("""park road street lane avenue way drive hall centre center square place green common gardens
garden river bridge pier beach lake wood woods field fields estate close crescent terrace market library museum
station house court school academy college church pool lido promenade quay harbour wharf bay island valley hill
moor heath village town city borough district county council committee board cabinet panel executive forum
member holder officer director manager head leader chair mayor councillor councillors government agency
department office authority fund programme scheme plan strategy policy report act regulations order england
wales scotland britain kingdom trail path meadows meadow reservoir canal country levy tax grant grants funding budget
reserve reserves account allowance premium relief""".split())
_MONTHS_AND_DAYS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())



# What gives each kind of answer: a date or a duration; a person; a firm; where money comes from; a reason;
# whoever does the work, a firm or a person; a decision.
_GIVING = {"date": (_DATE, _DURATION), "person": (_PERSON,), "name": (_PERSONAL_NAME,), "firm": (_FIRM,), "funder": (_FUNDS,),
           "reason": (_REASON,), "doer": (_FIRM, _PERSON), "decision": (_DECISION,)}

_POLAR = re.compile(r"\s*(?:was|were|did|has|have|had|is|are)\b", re.I)


# Words that name a figure or a date without giving one: "the figure", "the start date".
_NAMES_KIND = {
    "figure": re.compile(r"\b(?:figures?|numbers?|amounts?|costs?|sums?|totals?|level|prices?|rates?|value|count"
                         r"|estimates?|forecasts?|split|proportion|percentage|how\s+m(?:any|uch))\b", re.I),
    "date": re.compile(r"\b(?:dates?|timescales?|timetable|timing|deadline|(?:say|confirm|know|tell|indicate|asked)\s+when)\b",
                       re.I),
    "outcome": re.compile(r"\b(?:whether|decisions?|outcome|results?|answer|approval|verdict)\b", re.I),
    "statement": re.compile(r"\b(?:responses?|comments?|views?|repl(?:y|ies)|answers?|findings?|results?|feedback"
                            r"|report|letter|opinions?|representations?|conclusions?|verdict)\b", re.I),
}


def names_kind(sentence: str, kind: str | None) -> bool:
    """True if the sentence speaks of a figure, a date or what someone said as such, given or not:
    "she did not have the figure to hand", "the start date would be confirmed", "their comments
    had not come back"."""
    pattern = _NAMES_KIND.get(kind or "")
    return pattern is not None and pattern.search(sentence) is not None


# Verbs of finding, and what an inspection, survey or trial came to: "What was the result of the survey...?",
# "What rating did Ofsted give...?"
_FINDING_VERBS = r"find|found|conclude|show|showed|reveal|revealed|recommend|turn\s+up|turned\s+up|uncover|uncovered" \
                 r"|discover|discovered"
_CAME_TO = (r"|\s*what\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:results?|outcomes?|findings?"
            r"|conclusions?|verdict|rating|grade|judgement|recommendations?)\s+(?:of|from)\b"
            r"|\s*what\s+(?:[\w'’-]+\s+)?(?:rating|grade|judgement|verdict)\b")
_STATEMENT_QUESTION = re.compile(
    # "What did the Leader say ...?", "What steps did the Leader say ...?"; "£2", "A&E", "2024/25" are words too
    r"\s*what\s+(?:[\w'’-]+\s+){0,3}?(?:did|do|does|has|have|had|will|would)\s+(?:[^\s?]+\s+){1,20}?"
    rf"(?:say|said|think|report|reply|respond|tell|feel|advise|advised|{_FINDING_VERBS})\b" + _CAME_TO
    # "What points did the speakers make ...?", "What concerns were raised ...?"
    + r"|\s*what\s+(?:[\w'’-]+\s+)?(?:points?|concerns?|issues?|arguments?|comments?|views?|feedback|advice)\s+(?:did|do|does"
      r"|has|have|had|were|was)\s+(?:[^\s?]+\s+){0,20}?(?:make|made|raise|raised|put|express|expressed|give|gave|given"
      r"|provide|provided|offer|offered)\b", re.I)


def asks_what_was_said(question: str) -> bool:
    """ "What did Natural England say about...?", "What did the consultation find?", "What rating did
    Ofsted give?": the answer is what someone said or found, which minutes may record as still to come
    ("their comments had not come back", "an inspection is due in July"). Each question of several counts
    ("Is the footbridge safe? What did its inspection find?"), and so does one after what an inspection
    found (`_FINDING_ASKED`)."""
    return any(_STATEMENT_QUESTION.match(part) or _FINDING_ASKED.search(part) for part in _questions_in(question))


# That someone spoke, not what they said: "The City Mayor made a statement regarding the Mayoral Model", "Gareth
# Bradford had been invited to present an overview of his work", "a question from Councillor Fisher to the Leader
# seeking an update on the bin strikes"
_SPEECH_ONLY = re.compile(
    r"\b(?:made|gave|delivered|presented|provided)\s+(?:a|an|his|her|their|the)\s+(?:(?:brief|short|verbal|oral"
    r"|personal|further)\s+)?(?:statement|presentation|update|speech|address|announcement)\s+(?:regarding|on|about"
    r"|concerning|relating\s+to|in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to)\b"
    r"(?![^.;:]*\b(?:that|saying|said|stating|stated|explaining|explained|confirming|confirmed)\b)[^.;:“\"]*[.;:]?\s*$"
    r"|\b(?:had\s+been|has\s+been|was|were|been)\s+invited\s+to\s+(?:present|speak|address|give)\b"
    # "(Mr Blears, who had registered to speak on this item, addressed the meeting.)": that he spoke, not what
    r"|\bregistered\s+to\s+speak\b(?![^.;:]*\b(?:that|saying|said|stating|stated|explaining|explained|asked)\b)"
    r"|\ba\s+question\s+(?:from|by)\b[^.;:]{0,120}?\b(?:seeking|asking|requesting)\b"
    # "John Dix and Theresa Musgrove addressed the Committee and made public comments."
    r"|\b(?:addressed|spoke\s+to)\s+the\s+(?:committee|meeting|council|cabinet|panel|board|members)(?:\s+(?:and|to)\s+"
    r"(?:made|make)\s+(?:public\s+|their\s+|his\s+|her\s+)?(?:comments|representations|a\s+statement|statements))?\s*[.;]?\s*$", re.I)


def reports_speech_only(sentence: str) -> bool:
    """A sentence saying that someone made a statement, was invited to speak or was asked a question, without what
    was said: it does not answer "What did the City Mayor say about ...?"."""
    return _SPEECH_ONLY.search(sentence or "") is not None


def _questions_in(question: str) -> list[str]:
    return [part for part in re.split(r"(?<=\?)\s+", question or "") if part.strip()] or [""]


# What an inspection, survey or review came to, not what someone said: "What did the survey find?",
# "What did the review recommend?", "What was the result of the trial?", "What rating did Ofsted give?".
_FINDING_QUESTION = re.compile(rf"\s*what\s+(?:[^\s?]+\s+){{1,20}}?(?:{_FINDING_VERBS})\b" + _CAME_TO, re.I)


# Asked in other words after what an inspection or survey found: "Were any otters found along the path?",
# "Did the audit show...?", "What condition is the roof in according to the survey?".
_FINDING_ASKED = re.compile(
    r"^\s*(?:were|was)\b[^?]*\b(?:found|discovered|uncovered)\b"
    # "did the bat survey of the walls at Sherdley Park walled garden find...", "did Dover's condition survey say..."
    r"|\b(?:did|has|have|had|does|do)\s+(?:the|its|their|a|an|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:survey"
    r"|inspection|review|audit|assessment|study|consultation|trial|investigation|test(?:ing)?)s?\s+"
    r"(?:(?:of|into|on|at|by|for)\s+(?:[\w'’-]+\s+){1,8}?)?(?:find|found|show|shown|reveal|revealed|say|said"
    r"|turn(?:ed)?\s+up|uncover|uncovered|recommend|recommended|ask(?:ed)?\s+for|call(?:ed)?\s+for|suggest(?:ed)?"
    r"|identif(?:y|ied)|highlight(?:ed)?|flag(?:ged)?\s+up)\b"
    r"|\baccording\s+to\s+(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,2}?(?:survey|inspection|review|audit"
    r"|assessment|study|consultation|trial|investigation)s?\b"
    # the event taken as done: "How did the swimming trial go?", "What state is the wall in after its inspection?"
    r"|^\s*how\s+(?:did|has|have)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:trial|pilot|consultation|survey"
    r"|review|scheme|experiment)s?\s+(?:[\w'’-]+\s+){0,5}?(?:go|gone|went)\b"
    r"|\bafter\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:survey|inspection|review|audit|assessment|study"
    r"|consultation|trial|investigation)s?\b", re.I)


def asks_what_was_found(question: str) -> bool:
    """ "What did the survey find?": a question after what was said (`asks_what_was_said`) whose answer
    is a finding, which someone announcing the survey ("he said a survey will be carried out in the
    summer") does not give."""
    return any(_FINDING_QUESTION.match(part) or _FINDING_ASKED.search(part) for part in _questions_in(question))


# A yes or no about a feature of the business: "Will the skate park have floodlights?", "Will there be CCTV
# cameras on the path?", "Is a café being built at the park?". The feature is named with no article or an
# indefinite one; "Did the council get the £2.1 million?" names a known thing, "have to pay" an obligation.
_FEATURE_QUESTION = re.compile(
    r"\s*(?:will|would|is|are|does|do|has|have|can)\b[^?]*?\b(?:there\s+(?:be|is|are|going\s+to\s+be)|have|has|get"
    r"|gets|come\s+with|include|includes)\s+(?P<feature>(?:(?:a|an|any|some|more|extra|new)\s+)*[\w'’-]+"
    r"(?:\s+(?!(?:on|in|at|for|by|after|near|to|while|with|during|when|from|of|and|or|all|every)\b)[\w'’-]+)?)"
    r"|\s*(?:is|are|will)\s+(?:a|an|any|some)\s+(?P<built>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:being|going\s+to\s+be|to\s+be)"
    r"\s+(?:built|put\s+in|installed|added|provided|opened)\b", re.I)
_QUANTIFIERS = frozenset("a an any some more extra new".split())
# A first word that makes the rest no feature: a known thing ("the £2.1 million"), an obligation ("to pay"), a verb
# ("has been redone"), a way ("past each other", "first go"), a place or thing unnamed ("somewhere for school
# groups"), money, which minutes name in many ways ("any money back" is "a 12 per cent share of the income").
_NOT_A_FEATURE = frozenset("to the its their his her your my our this that these those past onto into through back "
                           "been being be not already just "   # "now the runway has been redone": no feature
                           "first somewhere anywhere something anything someone anyone somebody anybody "
                           "money cash funding funds income revenue".split())


def asked_feature(question: str) -> tuple[str, ...]:
    """The words naming the feature a yes or no question asks about ("floodlights", "cctv cameras"), or ()
    when it asks about none."""
    match = _FEATURE_QUESTION.match(question or "")
    if not match or _SEVERAL_COUNCILS.search(question):
        return ()
    words = (match.group("feature") or match.group("built")).lower().split()
    if words[0] in _NOT_A_FEATURE:
        return ()
    return tuple(w for w in words if w not in _QUANTIFIERS | _NOT_A_FEATURE and len(w) >= 4)


# "Which councils...?" asks for several answers, one per council.
_SEVERAL_COUNCILS = re.compile(r"\b(?:councils|authorities)\b", re.I)
_AUXILIARIES = "will|would|was|were|did|does|do|has|have|had|is|are|can|could"
_YES_NO = re.compile(rf"\s*(?:{_AUXILIARIES})\b", re.I)
_CHOICE = re.compile(r"\s*(?:(?:on|in|at|by|from|for|to|with)\s+)?(?:which|where)\b", re.I)   # "On which days...?"


def asks_yes_or_no(question: str) -> bool:
    """ "Will the Holywell toilets stay open...?", "Did the council get the lottery money?"."""
    return _YES_NO.match(question or "") is not None and not _SEVERAL_COUNCILS.search(question or "")


def asks_for_a_fact(question: str) -> bool:
    """True when the question asks for one particular fact: a figure, a date, a name, a place, a
    choice ("Which company...?") or a yes or no. Not "Why...?", "How...?" or "What did the
    committee say...?": a discussion answers those even when part of the business is still open;
    nor "Which councils...?"."""
    question = question or ""
    if _SEVERAL_COUNCILS.search(question):
        return False
    return (wants_figure(question) or wanted_kind(question) in ("date", "person", "name", "doer", "funder")
            or _CHOICE.match(question) is not None or _YES_NO.match(question) is not None)


def checked_kind(question: str) -> str | None:
    """The kind of answer a passage must give for the question to be answered at all:
    "figure", "date", "person", or "decision" for a yes/no question about one ("Was the
    application approved?"). "What was decided about...?" is not checked: a discussion can
    answer it without a resolution being recorded, as in a transcript."""
    question = question or ""
    if wants_figure(question):
        return "figure"
    kind = wanted_kind(question)
    if kind in ("firm", "funder", "reason") or (kind == "decision" and not _POLAR.match(question)):
        return None    # firms, funders and reasons are named in too many ways to decline for want of one
    return kind


# Acts minutes record in set words: who moved or seconded a motion, who voted against or
# abstained. A question about one is answered only by a passage that records it, however close
# the rest of its wording: "Who seconded the motion?" over a passage with the motion and its
# mover but no seconder is a near miss. Each act: how a question names it, how minutes record it.
# a speaker's case, for or against, is no vote: "two residents spoke against the proposal"
_NOT_SPOKEN = r"(?<!\bspoke )(?<!\bspeak )(?<!\bspeaks )(?<!\bspeaking )(?<!\bargued )(?<!\bwrote )"
# A vote against as minutes record it: "8 for, 4 against", "Against: 4", "AGAINST: Cllrs X, Y (2)", "Councillors X
# and Y voting against", "against the motion"; not "two residents spoke against the application".
_AGAINST = (r"\b(?:vot(?:ed|es|ing)|\d+|one|two|three|four|five|six|seven|eight|nine|ten|none|nobody)\s+against\b"
            r"|\bagainst\s*(?::|[\-–]?\s*\d)|" + _NOT_SPOKEN
            + r"\bagainst\s+(?:the\s+)?(?:motion|amendment|recommendations?|proposal)\b")
# a tally beside the outcome, for and against (and abstaining): "Resolved (13:0) – That the application be approved",
# "The motion was put and carried (9:0)"; not a time ("(10:30)"), which no outcome word comes before
_TALLY = (r"\b(?:resolved|carried|lost|agreed|approved|refused|defeated|fell)\s*\(\s*\d{1,3}\s*:\s*\d{1,3}"
          r"(?:\s*:\s*\d{1,3})?(?:\s+abstentions?)?\s*\)")   # "Resolved (13:0:1 abstention)"
# votes in favour, not a speaker's case for it ("Bob Shelley, East Grinstead Sports Club, spoke in favour of the application")
_IN_FAVOUR = _NOT_SPOKEN + r"\bin\s+favour\b"
# Whether a decision was made: "Did the cabinet approve the plan?" over an agenda's "To seek approval of the plan",
# a motion "to move" or "will now proceed to adopt it" is a near miss; a decision is recorded in set words, and
# not as one still to come ("which would be decided by Cabinet in December", "to be approved at Council").
# A question may open with where or when it asks about: "In Bracknell Forest, was the motion ... passed?"
_OPENING_PHRASE = r"(?:(?:in|at|for|on|during|over|across)\s+[^,?]{1,60},\s*)?"
_DECISION_ASKED = re.compile(r"^\s*" + _OPENING_PHRASE
                             + r"(?:did|has|have|had|was|were)\b[^?]{0,200}?\b(?:approved?|agreed?|adopt(?:ed)?"
                             r"|back(?:ed)?|endorsed?|accept(?:ed)?|ratif(?:y|ied)|reject(?:ed)?|refused?|carried|grant(?:ed)?"
                             # "Did the council drop the skate park after the petition?"
                             r"|drop(?:ped)?|scrap(?:ped)?|abandon(?:ed)?"
                             # "Did the Secretary of State allow the appeal?"
                             r"|(?:allow(?:ed)?|dismiss(?:ed)?|uph(?:o|e)ld)\s+(?:the\s+|an?\s+|this\s+|that\s+)?appeal"
                             r"|pass(?:ed)?\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:motion|resolution|budget|amendment)"
                             # "Was the Alexander Theatre motion passed?", "Was the tree preservation order confirmed?",
                             # "Did the council go on to declare a climate emergency?"
                             r"|(?:motion|resolution|budget|amendment)s?\s+(?:unanimously\s+)?(?:passed|carried)"
                             # "Was the notice of motion to invest in the Calf St play area passed?"
                             r"|(?:motion|resolution|amendment)s?\b[^?]{0,120}?\b(?:passed|carried)(?=\s*(?:\?|$))"
                             r"|(?:order|tpo)\b[^?]{0,80}?\bconfirmed|declare\s+an?\s+(?:[\w-]+\s+){0,2}?emergency"
                             # "Did Dudley council end up voting to extend free parking?"
                             r"|vot(?:e|ed|ing)\s+(?:to|through)"
                             # "Was Councillor Prager's amendment passed or defeated?"
                             r"|(?:passed|carried|approved|agreed|granted|accepted|adopted)\s+or\s+(?:defeated|lost|rejected"
                             r"|refused|not|withdrawn))\b"
                             # "What did the planning committee decide on the Bartlow Road application?"
                             # not "What did the council have to decide about ...?": the choice put to it
                             r"|^\s*" + _OPENING_PHRASE
                             + r"what\s+(?:did|has|have|had|was|were)\b[^?]{0,160}?(?<!\bto\s)\b"
                             r"(?:decided?|resolved?)\b", re.I)
# "What budget and council tax did the council approve for 2024/25?": a decision must be recorded, though what was
# agreed to be done may look ahead ("agreed that officers would report back"), so it is no outcome asked
# People who are no deciding body: what they chose in a consultation is its result
_PEOPLE = (r"(?:the\s+)?(?:people|residents|respondents|public|members\s+of\s+the\s+public|consultees|users"
           r"|visitors)\b")
_DECIDING_BODY = (r"(?:council|cabinet|committee|sub-committee|board|panel|authority|executive|members|councillors"
                  r"|forum|commission)")
_WHAT_WAS_APPROVED = re.compile(r"^\s*(?:what|which)\s+(?:[\w'’/-]+\s+){1,6}?(?:did|has|have|had)\s+[^?]{0,120}?"
                                r"(?<!\bto\s)\b(?:approve|agree|adopt|endorse|ratify|reject|refuse|grant)\b"
                                # "Which site was chosen for the new academy?"
                                r"|^\s*(?:what|which)\s+(?!(?:councillor|member|person|officer|candidate)s?\b)"
                                r"(?:[\w'’/-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been)\s+"
                                rf"(?:chosen|selected|picked)\b(?![^?]*\bby\s+{_PEOPLE})"
                                # a body's choice: "Which option did the Cabinet choose to submit?"; not one person's
                                # ("Which charities did the new Mayor pick for his year?"), nor the people's
                                rf"|^\s*(?:what|which)\s+(?:[\w'’/-]+\s+){{1,6}}?(?:did|has|have|had)\s+(?!{_PEOPLE})"
                                rf"(?:[\w'’&-]+\s+){{0,5}}?{_DECIDING_BODY}\s+"
                                r"[^?]{0,80}?(?<!\bto\s)\b(?:choose|pick|favour|favor|prefer)\b", re.I)
# Words that record a decision made, not one still to come ("would be decided by Cabinet in December").
_NOT_TO_COME = r"(?<!would be )(?<!will be )(?<!to be )(?<!could be )(?<!should be )(?<!shall be )"
_SETTLING = ("RESOLVED|resolved|agreed|approved|adopted|endorsed|accepted|granted|refused|rejected|ratified"
             r"|carried(?!\s+(?:out|forward|over)\b)"   # not "had carried out gardening works", "carried forward"
             # not time gone by: "until the closing date had passed", "had passed away"
             r"|(?<!\bhad )(?<!\bhas )(?<!\bhave )passed(?!\s+away\b)|decided")
# nor what was settled before, in passing: "(as agreed in accordance with the policy)", "the deferred item"
_NOT_BEFORE = r"(?<!\(as )(?<!\bas previously )"
# nor a decision named as a thing ("the wording of the agreed conditions"), nor a planning condition's "the
# development hereby approved shall ..."
_NOT_A_THING = r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bhereby )"
# A planning decision's own first word, under its label: "Consent subject to the conditions ...", "Refuse for ..."
PLANNING_DECISION = r"(?:Consent|Permit|Permission|Approv|Grant|Refus|Defer)\w*\b"
DECISION_RECORDED = re.compile(_NOT_TO_COME + _NOT_BEFORE + _NOT_A_THING + r"\b(?:" + _SETTLING
                               + r"|supported|(?<!\bthe )(?<!\ba )withdrawn|declined"
                               # a deferral recounted ("The application had been deferred at the meeting of 18
                               # October") was an earlier meeting's step, not how the business turned out
                               r"|(?<!\bthe )(?<!\ba )(?<!\bhad been )(?<!\bhas been )(?<!\bhave been )deferred"
                               # Scottish minutes: "The Committee remitted to the Chief Executive to write to ..."
                               r"|remitted"
                               # "Councillor Bamford confirmed he had visited the site" says something, decides nothing
                               r"|confirmed(?!\s+(?:that|he|she|they|whether|his|her|their)\b)"
                               # noting a fact is no decision: "Members noted that the following petition had been received"
                               # nor is a thing "above noted" or "as noted in the report"
                               # nor one person's noting: "The Lord Mayor noted the recent tragic events", "She also noted visits to schools"
                               r"|unanimously|(?<!above )(?<!above-)(?<!\bas )(?<!\bhe )(?<!\bshe )(?<!\bhe also )"
                               r"(?<!\bshe also )(?<!Mayor )(?<!Chair )(?<!Chairman )(?<!Leader )noted(?!\s+that\b)"
                               # a motion lost, not a thing lost over the years: "swimming ... has been lost over the years"
                               r"|(?<!\bbeen )(?<!\bhas )(?<!\bhad )(?<!\bhave )lost(?!\s+(?:over|to|from|its|their|his|her|out"
                               r"|sight|touch|track)\b)|fell|" + _IN_FAVOUR +
                               # a decision under its label: "DECISION" heading its words, "Decision: To accept the report"
                               r"|(?m:^[ \t]*decisions?[ \t]*(?::[ \t]*(?!(?:to\s+be|pending|awaited|due)\b)\w+|$))"
                               # ... or inline, as ModernGov pages run it on: "Additional documents: Decision: That the
                               # following options ... are to be taken forward"
                               r"|(?-i:\b[Dd]ecisions?:\s+(?:That|RESOLVED|Resolved|AGREED|Agreed)\b)"
                               # ... or on its own line with what kind of decision it was: "Delegated decision:"
                               r"|(?m:^[ \t]*(?:delegated|cabinet|executive|committee|council)[ \t]+decisions?(?=[ \t]*:?[ \t]*$))"
                               # a vote counted: "(24 voting for and 20 against)"
                               r"|" + _AGAINST + r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+vot(?:ed|ing|es)\s+for"
                               r"|appeal\w*\s+(?:[\w']+\s+){0,3}?(?:allowed|dismissed|upheld)|(?:allowed|dismissed|upheld)\s+(?:the\s+)?appeal)\b"
                               # a resolution in the present tense, listed under its body: "the Cabinet: (1) Approves the
                               # outturn position", "That Council: 1. Adopts the Minerals Local Plan"
                               r"|(?m:(?:^|(?<=[.)]\s))[ \t]*(?-i:Approves|Adopts|Agrees|Endorses|Accepts|Rejects|Refuses|Grants"
                               r"|Ratifies|Resolves)(?=\s))",
                               re.I)
# A question after how something turned out: "Did the cabinet approve ...?", "What did the study conclude?", "What
# was the result of the ballot?", "Have the pillars been repainted yet?"
_OUTCOME_ASKED = re.compile(_DECISION_ASKED.pattern
                            + r"|^\s*what\s+(?:did|has|have|had|was|were)\b[^?]*\b(?:conclude|find|found|result|outcome"
                            r"|verdict|decision)s?\b|^\s*(?:has|have|had|was|were|is|are)\b[^?]*\b(?:been|yet)\b"
                            # "Were the bids successful?", "Did the Planning Inspector find the Local Plan sound?"
                            r"|^\s*(?:was|were|has|have|had)\b[^?]*\bsuccessful\b(?=\s*(?:[?,]|$|(?:in|at|or|and)\b))"
                            r"|^\s*did\b[^?]*\bfind\b"
                            # "Did the friends group manage to raise the £15,000?"
                            r"|^\s*(?:did|has|have|had)\b[^?]*\b(?:manage[ds]?\s+to|succeed(?:ed)?\s+in)\b"
                            # "Which council approved new parking charges?", "Which applications were refused?"
                            r"|^\s*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?"
                            r"(?:approved|agreed|adopted|refused|rejected|decided|resolved|granted)\b"
                            r"|\b(?:result|outcome)\s+of\b", re.I)
# What only looks ahead: what will be, is due or is set to be done, is put for consideration or is still being
# arranged ("The Cabinet was scheduled to discuss ... a public space protection order", "a feasibility study is
# undertaken ... and the results brought back when completed", "this was being arranged with the contractor")
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|shall)\s+(?:now\s+|then\s+)?(?:be\s+)?[a-z]+"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:due|scheduled|planned|expected|set|going|intended)\s+to\b"
    # still trying: "The Friends were seeking grant funding ... to raise the £15,000"
    r"|\b(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:seeking|hoping|aiming|trying|working\s+towards)\b"
    r"|\bto\s+be\s+(?:considered|drawn\s+up|brought|submitted|presented|discussed|decided|determined|reported)\b"
    r"|\bfor\s+(?:consideration|examination|determination)\b|\bbeing\s+(?:arranged|prepared|considered)\b"
    r"|\bwhen\s+(?:completed|available)\b|\bbe\s+(?:investigated|explored|drawn\s+up|brought\s+back)\b"
    r"|^\s*To\s+(?:consider|receive|approve|agree|note|determine)\b|\bsubmitted\s+the\s+following\s+motion\b"
    r"|\bdelegated\s+authority\s+to\b|\b(?:must|should|needs?\s+to)\s+(?:now\s+)?(?:decide|determine|consider)\b"
    # an agenda's: "Members are recommended to exclude the public", "Request for use of the Reserve To consider a report"
    r"|\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to\b|(?-i:\bTo\s+consider\s+(?:a|the)\s+report\b)"
    # a proposal put, not yet voted on: "Councillor Cunliffe proposed an additional Amendment which was to add ..."
    r"|\b(?:proposed|moved|tabled|put\s+forward)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:amendment|motion)\b",
    re.I)


def asks_outcome(question: str) -> bool:
    """Whether the question asks how something turned out: a decision, a vote, a finding, a result."""
    return _OUTCOME_ASKED.search(question or "") is not None


def only_looks_ahead(sentence: str) -> bool:
    """A sentence about what is still to come, recording no decision: it cannot say how something turned out."""
    return _LOOKS_AHEAD.search(sentence) is not None and DECISION_RECORDED.search(sentence) is None


# "What did the cabinet finally decide about ...?", "Did the council approve it when it finally came back?", "What did
# Lewes end up deciding ...?", "Was a town council eventually created?", "What was the final outcome of the review?"
_FINAL_OUTCOME_ASKED = re.compile(
    r"\b(?:finally|ultimately|eventually|in\s+the\s+end|end(?:ed)?\s+up)\b[^?]{0,40}?\b(?:decid(?:e[ds]?|ing)|agreed?"
    r"|approved?|chose|chosen|resolved?|settled|adopted|set|created|established)\b"
    r"|\bfinal\s+(?:decision|outcome)\b|\bwhen\s+it\s+(?:finally\s+)?came\s+back\b"
    # "Was the redevelopment approved in the end?"
    r"|\b(?:decided|agreed|approved|chosen|resolved|settled|adopted|created|established|granted|refused)\b[^?]{0,40}?"
    r"\b(?:in\s+the\s+end|eventually|ultimately)\b", re.I)


def asks_final_outcome(question: str) -> bool:
    """Whether the question asks how the business finally turned out, after some earlier step."""
    return _FINAL_OUTCOME_ASKED.search(question or "") is not None


def settles(sentence: str) -> bool:
    """Whether the sentence records a decision that settles the matter: not a deferral, a withdrawal or a note."""
    return _SETTLED_NOT_DEFERRED.search(sentence) is not None


# ... and a decision that settles the matter: not a deferral, a withdrawal or a note
_SETTLED = re.compile(_NOT_TO_COME + r"\b(?:" + _SETTLING + r"|chose|chosen|selected)\b", re.I)
_SETTLED_NOT_DEFERRED = re.compile(r"(?s)^(?!.*\b(?:defer(?:red|ral)?|postponed?|adjourn(?:ed)?)\b).*?" + _SETTLED.pattern,
                                   re.I)
# Which of two outcomes: "Was it approved or refused?", "Did Devon grant or refuse the application?": a deferral or a
# withdrawal is neither, so a sentence must settle the matter and defer nothing
_OUTCOME_VERB = r"(?:approved?|grant(?:ed)?|refused?|reject(?:ed)?|accept(?:ed)?|allowed?|dismiss(?:ed)?|upheld|uphold)"
_WHICH_OUTCOME_ASKED = re.compile(rf"\b{_OUTCOME_VERB}\s+or\s+{_OUTCOME_VERB}\b", re.I)
_SETTLED_IN_A_SENTENCE = re.compile(r"(?:^|(?<=[.;\n]))(?![^.;\n]*\b(?:defer(?:red|ral)?|postponed?|adjourn(?:ed)?)\b)"
                                    r"[^.;\n]*?" + _SETTLED.pattern, re.I)
# "What answer did the council give the Biodiversity Group?", "What was the council's response to the petition?",
# "What did the Leader reply to ...?": the minutes must give the reply, not only the question put or a reply to come.
# In a transcript the reply is the speaker's own turn ("What did the minister respond to the worry about ...?"),
# so only the minutes' forms are checked: a reply given to a question, petition or letter put to the council.
_REPLY_ASKED = re.compile(r"^\s*what\s+(?:(?:written|formal|verbal|oral|full|official)\s+)?"
                          r"(?:answers?|repl(?:y|ies)|responses?)\s+(?:did|was|were|has|had)\b"
                          r"|^\s*what\s+(?:was|were|is)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:answers?|repl(?:y|ies)|responses?)\s+to\b"
                          r"|^\s*what\s+(?:did|does|has|had)\s+(?:[^\s?]+\s+){1,12}?(?:reply|respond|answer)\s+to\b"
                          r"[^?]{0,120}?\b(?:question|petition|letter|deputation|query|request|motion)s?\b", re.I)
# Any question after how something put to the council was answered, for the quotes' check (`answer`) that they do
# more than put the question: "How did the council answer Ms Carlton's question?", "What was the response to ...?"
_HOW_ANSWERED = re.compile(r"(?i)\bhow\s+did\s+[^?]{1,80}?\b(?:answer|respond|reply)\b|\bwhat\s+(?:was|were)\s+(?:the\s+)?"
                           r"(?:answers?|repl(?:y|ies)|responses?)\s+(?:to|given)\b|\bwhat\s+did\s+[^?]{1,80}?\b(?:answer|reply)\b")


def asks_how_it_was_answered(question: str) -> bool:
    return _HOW_ANSWERED.search(question or "") is not None


# a reply and what it said: "The Leader replied that ...", "responded: “...”", "Response: The council ...";
# not "would reply in writing", "responded to the question accordingly", "noted the response set out in the report"
_REPLY_RECORDED = re.compile(
    r"(?<!would )(?<!will )(?<!to )(?<!shall )\b(?:replied|responded|answered)\b(?!\s+(?:to|in\s+writing|accordingly)\b)"
    r"|\b(?:replied|responded|answered|stated|said|advised|explained|confirmed|indicated|informed\s+[^.]{1,40}?)\s+that\b"
    # not one announced, its words cut off: "the following written response was provided:"
    r"|\b(?:reply|response|answer)\s+(?:(?:was|is)(?!\s+(?:provided|given|sent|circulated)\s*:)"
    r"|stated|explained|confirmed)\b"
    # "Response:", "Response from Councillor Sandeep Ghosh:"
    r"|(?:^|\n)\s*(?:response|reply|answer)(?:\s+(?:from|by)\s+[^:\n]{1,80}?)?\s*:",
    re.I)
# "Did the Assembly approve ...?", "Has Anytown's full council adopted ...?": the body asked to have decided.
_BODY_ASKED = re.compile(r"^\s*(?:did|has|have|had)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?(?:full\s+)?"
                         r"(?P<body>council|assembly|cabinet|executive)\s+(?:formally\s+|finally\s+|then\s+)?"
                         r"(?:approved?|agreed?|adopt(?:ed)?|accept(?:ed)?|endorsed?|ratif(?:y|ied)|pass(?:ed)?)\b"
                         # "What did full Council decide on the report referred to it by Cabinet?"
                         r"|^\s*what\s+did\s+(?:the\s+)?(?:full\s+)?(?P<deciding>council|assembly)\s+(?:finally\s+)?"
                         r"(?:decide|agree|resolve)\b", re.I)


def body_asked(question: str) -> str | None:
    """The body a yes or no asks to have decided ("assembly" of "Did the Assembly approve the report?"), else None."""
    match = _BODY_ASKED.match(question or "")
    return (match.group("body") or match.group("deciding")).lower() if match else None


_BODY_TO_DECIDE = (r"\b(?:will|would)\s+(?:now\s+|then\s+)?(?:proceed\s+to\s+|be\s+asked\s+to\s+|need\s+to\s+)?"
                   r"(?:formally\s+)?(?:adopt|approve|agree|ratify|endorse|consider)\b")


def referred_to(body: str, texts: list[str]) -> str:
    """The sentence recommending the business to `body` ("Cabinet resolved to recommend the Assembly:") or saying
    that body will decide it, when no sentence records that body deciding it, else "": its decision is still to
    come in these minutes."""
    recommended = re.compile(r"\b(?:recommend(?:s|ed|ing|ations?)?|referred)\b[^.;]{0,80}?\b(?:to\s+)?(?:the\s+)?(?:full\s+)?"
                             rf"(?:[A-Z][\w'’-]*\s+)?{body}\b|\b{body}\s+be\s+recommended\b"
                             # still to come: "will now proceed to formally adopt the plan at Cabinet and Full Council"
                             rf"|{_BODY_TO_DECIDE}[^.;]{{0,60}}?\b{body}\b|\b{body}\b[^.;]{{0,20}}?{_BODY_TO_DECIDE}", re.I)
    # ... "That Council: 1. Adopts the Minerals Local Plan", its resolution listed in the present tense
    decided = re.compile(rf"\b{body}\b(?:[^.;]|(?<=\d)\.){{0,40}}?(?<!\bbe )\b(?:{_SETTLING}|adopts|approves|agrees"
                         rf"|endorses|accepts|ratifies|resolves)\b(?!\s+to\s+recommend)", re.I)
    if any(decided.search(text) for text in texts):
        return ""
    return next((text for text in texts if recommended.search(text)), "")


_OUTSIDE_BODY = (r"(?:examiner|(?:planning\s+)?inspector(?:ate)?|secretary\s+of\s+state|minister|government|tribunal"
                 r"|court|ombudsman|judge)")
_OUTSIDE_VERDICT = (r"(?:approved?|agreed?|allow(?:ed)?|accept(?:ed)?|grant(?:ed)?|reject(?:ed)?|refused?|dismiss(?:ed)?"
                    r"|uph(?:o|e)ld|found|find|decided?|confirm(?:ed)?|endorsed?|back(?:ed)?|support(?:ed)?|ruled?"
                    r"|concluded?|recommend(?:ed)?)")
_OUTSIDE_DECISION_ASKED = re.compile(
    rf"^\s*(?:did|has|had|have|was|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_OUTSIDE_BODY}\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_OUTSIDE_VERDICT}\b"
    rf"|^\s*(?:was|were|has|have|had)\b[^?]{{0,150}}?\b{_OUTSIDE_VERDICT}\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_OUTSIDE_BODY}\b", re.I)
_OUTSIDE_DECISION_RECORDED = re.compile(
    rf"\b{_OUTSIDE_BODY}\b[^.;\n]{{0,80}}?(?<!\bto )(?<!\bbe )\b{_OUTSIDE_VERDICT}\b"
    rf"|\b{_OUTSIDE_VERDICT}\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_OUTSIDE_BODY}\b", re.I)


# a body's recommendation, in the minutes' forms; in a transcript a person's is their own turn ("What did Julie Morgan
# recommend?"), so a person asked about is not checked
_RECOMMENDING_BODY = (r"(?:committee|group|panel|board|cabinet|council|executive|officers?|review|report|commission|forum"
                      r"|partnership|task\s*force|scrutiny|inspector|study|consultants?|audit|working\s+party)")
_RECOMMENDATION_ASKED = re.compile(rf"^\s*what\s+(?:did|has|have|had)\s+(?:the\s+)?(?:[\w'’&-]+\s+){{0,6}}?{_RECOMMENDING_BODY}"
                                   r"\b(?:\s+[\w'’-]+){0,6}?\s+recommend\b"
                                   rf"|^\s*what\s+(?:was|were)\s+(?:the\s+)?(?:[\w'’&-]+\s+){{0,4}}?{_RECOMMENDING_BODY}['’]?s?"
                                   r"\s+(?:[\w'’-]+\s+)?recommendations?\b", re.I)
# checked against the whole text: an officer's "Recommendation: approve" records one too
RECOMMENDATION_RECORDED = re.compile(r"\brecommend\w*", re.I)


_VOTE_COUNT_ASKED = re.compile(r"\bhow\s+many\b[^?]*\bvot(?:ed|es|e)\b", re.I)
# ... or members backing a motion: "How many councillors backed X's election as chairman?"
_MEMBERS_BACKING = re.compile(r"\bhow\s+many\s+(?:councillors|members)\b[^?]*\b(?:backed|supported)\b", re.I)


def asks_vote_count(question: str) -> bool:
    """ "How many councillors voted for X as chairman?": the count follows the motion's sentence."""
    return _VOTE_COUNT_ASKED.search(question or "") is not None or _MEMBERS_BACKING.search(question or "") is not None


_RECORDED_ACTS = (
    (re.compile(r"\bseconde[dr]\b|\bseconding\b", re.I), re.compile(r"\bsecond(?:ed|er|ing)\b", re.I)),
    (re.compile(r"\bwho\s+(?:moved|proposed|put\s+forward|tabled|brought\s+forward)\b|\b(?:mover|proposer)\b", re.I),
     # "notice of motion from Councillor Leaver", "a motion in the name of Cllr Hale", "put forward by the Leader"
     re.compile(r"\b(?:moved|proposed|mover|proposer|nominated|nominating)\b"   # "Councillor Cadenhead nominated ..."
                r"|\bmotion\s+(?:from|by|submitted\s+by)\s+(?:councillor|cllr)\b"
                r"|\bin\s+the\s+name\s+of\b|\b(?:put|brought)\s+forward\s+by\b|\b(?:tabled|submitted)\s+by\s+(?:councillor|cllr)\b"
                # "a motion he had submitted", "the motion submitted by the Chair"
                r"|\bmotion\s+(?:(?:he|she|they)\s+(?:had\s+)?(?:submitted|tabled)|(?:submitted|tabled)\s+by)\b"
                # "Councillor Miskelly submitted the following Motion"
                r"|\b(?:submitted|tabled)\s+(?:the\s+following\s+|a\s+|the\s+|an?\s+urgent\s+)?(?:notice\s+of\s+)?motion\b",
                re.I)),
    (re.compile(r"\bvot(?:ed|e|es|ing)\s+against\b", re.I),
     # a division lists who voted each way: "there voted for the motion ... and for the amendment ..."
     # (a tally, "Resolved (8:1)", counts those against but does not name them)
     re.compile(_AGAINST + r"|\bunanimous(?:ly)?\b|\bnem\.?\s*con\b|\bwithout\s+(?:a\s+)?(?:dissent|vote)"
                r"|\bdivision\b|\b(?:recorded|named)\s+vote\b|\bfor\s+the\s+amendment\b", re.I)),
    # how many voted for, how the votes fell: a count needs a recorded vote, not a resolution alone
    (re.compile(r"\bvot(?:ed|e|es|ing)\s+(?:for|in\s+favour)\b|" + _VOTE_COUNT_ASKED.pattern +
                # "How did the councillors vote on...?", "What was the vote on...?"
                r"|\bhow\s+did\b[^?]*\bvote\b|\bwhat\s+(?:was|were)\s+the\s+(?:vote|votes|voting)\b"
                # "What was the result of the recorded vote on ...?"
                r"|\b(?:result|outcome)\s+of\s+(?:the\s+)?(?:recorded\s+|named\s+)?vote\b", re.I),
     re.compile(_IN_FAVOUR + "|" + _AGAINST + "|" + _TALLY + r"|\bunanimous(?:ly)?\b|\bnem\.?\s*con\b|\bdivision\b"
                r"|\bvot(?:ed|es|ing|ers)\b|\babstain\w*|\bturnout\b", re.I)),   # a referendum's: "85% of voters ..."
    (_DECISION_ASKED, DECISION_RECORDED),
    (_WHAT_WAS_APPROVED, DECISION_RECORDED),
    # "Did the examiner approve the charging schedule?", "Was the appeal dismissed by the Inspector?": a body outside the
    # council decides, so the council's own resolution on the same business ("approved for public consultation") is
    # not its decision; the minutes must report that body deciding
    (_OUTSIDE_DECISION_ASKED, _OUTSIDE_DECISION_RECORDED),
    (_REPLY_ASKED, _REPLY_RECORDED),
    # "What did the working group recommend to Overview and Scrutiny?": a recommendation made, not a report to come
    (_RECOMMENDATION_ASKED, RECOMMENDATION_RECORDED),
    # "What did the cabinet finally decide about ...?", "Did the council approve it when it finally came back?": an
    # item deferred, withdrawn or only noted is not settled, and a passage that defers it settles nothing
    (_FINAL_OUTCOME_ASKED, _SETTLED_NOT_DEFERRED),
    (_WHICH_OUTCOME_ASKED, _SETTLED_IN_A_SENTENCE),
    # "Who spoke against the application?": someone speaking against it or objecting, not only speakers in favour
    (re.compile(r"\bspoke\s+(?:against|in\s+objection)\b|\bwho\s+objected\b", re.I),
     re.compile(r"\bspoke\s+(?:against|in\s+objection|to\s+object)\b|\bobject(?:ed|ing|ions?|ors?)\b"
                r"|\boppos(?:ed|ing|ition)\b|\bagainst\s+the\s+(?:application|proposal|scheme|motion|plan)\b"
                # an objection in other words: "an email ... expressing concerns regarding the proposals"
                r"|\b(?:express(?:ed|ing)?|rais(?:ed|ing)|voic(?:ed|ing))\s+(?:\w+\s+)?concerns?\b", re.I)),
    # "Who was appointed vice chair of the planning committee?": the appointment made, not only the report put
    (re.compile(r"^\s*who\s+(?:was|were|has|have|had)\s+(?:been\s+)?(?:appointed|elected|chosen|selected|re-elected)\b",
                re.I),
     re.compile(r"\b(?:appointed|elected|nominated|chosen|selected|appointing|electing)\b"
                r"|\bappointment\s+of\s+(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame|Rev(?:erend|d)?|Canon|Father)\b"
                r"|\b(?:be|as)\s+(?:the\s+)?(?:new\s+)?(?:vice[- ]?|deputy\s+)?(?:chair\w*|mayor|leader|president)\b", re.I)),
    (re.compile(r"\babstain(?:ed|s|ing)?\b|\babstentions?\b", re.I),
     re.compile(r"\babstain\w*|\babstentions?\b|\bunanimous(?:ly)?\b|\bnem\.?\s*con\b", re.I)),
)


def recorded_acts(question: str) -> list[re.Pattern]:
    """For each recorded act the question asks about, the pattern a passage must match."""
    return list(dict.fromkeys(recorded for asked, recorded in _RECORDED_ACTS if asked.search(question or "")))


# The form of a question, asked by the user or put in the meeting: "When will...?" and "asked when...",
# "How many...?" and "asked how much...", "Will...?" and "asked whether...".
_FORMS = (("when", r"when|what\s+(?:date|day|time)"), ("how much", r"how\s+(?:much|many|long)"),
          ("who", r"who(?:m|se)?"), ("which", r"which"), ("where", r"where"),
          ("whether", rf"whether|if|{_AUXILIARIES}"))
_FORM_OF_QUESTION = [(form, re.compile(rf"\s*(?:{words})\b", re.I)) for form, words in _FORMS]


def question_form(question: str) -> str | None:
    """ "when", "how much" (or many, or long), "who", "which", "where" or "whether" (a yes or no), by
    how the question opens; None for "What...?", "Why...?", "How...?", which many answers fit."""
    return next((form for form, pattern in _FORM_OF_QUESTION if pattern.match(question or "")), None)


# A question after a choice among things it names: "Which roads...?", "Which company...?", "What site...?"
_CHOICE_OF = re.compile(r"\s*(?:which|what)\s+(?!(?:did|does|are|was|were|will|would|has|have|had|can|could|should"
                        r"|happened|happens|about|kind|sort|type|else)\b)([a-z]{3,})\b", re.I)


def choice_asked(question: str) -> str | None:
    """The things a choice is among, as the question names them ("roads" for "Which roads are getting the
    new trees?"), else None."""
    match = _CHOICE_OF.match(question or "")
    return match.group(1).lower() if match else None


# A reference the question gives to what it asks about: a planning application's ("MA/09/0536", "24/00828/TPO",
# "RR/2019/1477/P", "3/2022/0754") or a paper's ("MC/19/30"); not a date ("12/03/2020") nor a year ("2019/20").
# "MA/09/0536", "S20/2048", "FUL/000489/23" (a code before a number of up to six digits)
# "MA/09/0536", "LA05/2016/0999/F" (written "LAO5" too), "23/00621/FUL"; a letter and six digits: "A210758"
# ... and "25/2404OUT", its kind glued to its number
_REFERENCE = re.compile(r"(?<![\w/])(?:(?:(?:[A-Z]{1,5}/)?[A-Z]{1,5}\d{0,2}/\d{1,6}|(?:[A-Z]{1,2}(?=\d{2}/))?\d{1,4})/\d{2,6}"
                        r"(?:[A-Z]{2,4})?(?:/[A-Z0-9]{1,6})*"
                        r"|[A-Z]{1,2}\d{6})(?![\w/])")
_DATE_OR_YEAR = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{2}|\d{2}/\d{2})$")


def references_asked(question: str) -> list[str]:
    """The references the question gives ("Why was application MA/09/0536 withdrawn?": ["MA/09/0536"])."""
    return [ref for ref in _REFERENCE.findall(question or "") if not _DATE_OR_YEAR.match(ref)]


# A house the question gives by its number and street: "46 Newbold Back Lane", "12-14 High Street", "3A Mill Road".
_ADDRESS_OF = re.compile(r"(?<![\w/.,£])(?<!item )(?<!Item )(?<!ITEM )(?<!No\. )(?<!no\. )(?P<number>\d{1,4}[A-Za-z]?)(?:\s*[-–]\s*\d{1,4}[A-Za-z]?)?,?\s+"
                         r"(?P<street>(?:[A-Z][\w'’-]+\s+){1,3}?(?i:road|lane|street|avenue|close|drive|way|crescent"
                         r"|place|court|gardens|terrace|grove|hill|walk|row|square|mews|parade|park|rise|green))\b")


def addresses_asked(question: str) -> list[tuple[str, str]]:
    """The houses the question gives, each as (the address as written, its street in lower case): "9 Staplehurst
    Road" -> ("9 Staplehurst Road", "staplehurst road")."""
    return [(f"{m.group('number')} {m.group('street')}", " ".join(m.group("street").lower().split()))
            for m in _ADDRESS_OF.finditer(question or "")]


def address_for_another(question: str, text: str) -> str:
    """The house the question gives ("46 Newbold Back Lane") when the text never gives it and gives another number
    in the same street instead ("48 Newbold Back Lane"), else "": the text is about another application."""
    for asked in _ADDRESS_OF.finditer(question or ""):
        street = " ".join(asked.group("street").lower().split())
        given = [m for m in _ADDRESS_OF.finditer(text or "") if " ".join(m.group("street").lower().split()) == street]
        if given and all(m.group("number").lower() != asked.group("number").lower() for m in given):
            return f"{asked.group('number')} {asked.group('street')}"
    return ""


# An ordinal the question gives to what it asks about, with the word it counts: "586th Sheriff", "75th anniversary";
# not a day of a month ("21st March").
_ORDINAL_OF = re.compile(rf"\b(?P<number>\d{{2,4}})(?P<suffix>st|nd|rd|th)\s+(?!(?:{MONTH})\b)(?P<word>[A-Za-z]+)", re.I)


def ordinal_for_another(question: str, text: str) -> str:
    """The ordinal the question gives ("586th Sheriff") when the text never gives it and gives another of the same
    word instead ("the 585th Sheriff"), else "": the text is about another holder, year or anniversary."""
    for asked in _ORDINAL_OF.finditer(question or ""):
        given = [m for m in _ORDINAL_OF.finditer(text or "") if m.group("word").lower() == asked.group("word").lower()]
        if given and all(m.group("number") != asked.group("number") for m in given):
            return f"{asked.group('number')}{asked.group('suffix')} {asked.group('word')}"
    return ""


# A person the question names by a title ("Councillor Mrs Garcia", "Cllr Pauline Beall", "Mr Marston").
PERSON_TITLE = r"\b(?:Councillors?|Cllrs?\.?|Mrs|Mr|Ms|Miss|Dr|Alderman|Dame|Sir|Professor)\s+"
_TITLED_PERSON = re.compile(PERSON_TITLE +
                            r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\s+)?(?:[A-Z]\.?\s+)*(?:[A-Z][a-z]+\s+)?(?P<surname>[A-Z][\w'’-]+)")
# a person named in full after their role: "former UNISON branch secretary Tom Smith", "the Leader, Jo Bell"
_ROLE_THEN_NAME = re.compile(r"\b(?i:secretary|chair(?:man|woman)?|leader|officer|director|manager|mayor|clerk|resident"
                             r"|executive|treasurer|president|MP|governor|headteacher|head\s+teacher|warden)[,:]?\s+"
                             r"(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w'’-]+)")


def people_asked(question: str) -> list[tuple[str, str]]:
    """The people the question names, each as (the name as asked, the surname): by a title ("Councillor Innes",
    "Cllr Jo Bell") or in full after their role ("branch secretary Tom Smith")."""
    found = [(m.group(0).strip(), _POSSESSIVE_S.sub("", m.group("surname"))) for m in _TITLED_PERSON.finditer(question or "")]
    found += [(f"{m.group('given')} {m.group('surname')}", _POSSESSIVE_S.sub("", m.group("surname")))
              for m in _ROLE_THEN_NAME.finditer(question or "")]
    return [(name, surname) for name, surname in found if surname.lower() not in _NO_THING]


def another_given_name(name: str, surname: str, documents: list[str]) -> bool:
    """Whether the documents give the surname of the person asked ("Councillor Mary Bateman") only with other given
    names or initials ("Councillor Phillip Bateman", "Cllr P Bateman"), never with theirs nor with a title alone
    ("Councillor Bateman"): minutes about another member of that name do not answer for this one."""
    words = [_POSSESSIVE_S.sub("", word) for word in name.split()]
    # an initial ("Councillor K. Silk") is too little to tell another member by
    given = words[-2].rstrip(".") if len(words) >= 2 and words[-1] == surname else ""
    if len(given) < 2 or given.lower() in _TITLE_WORDS or not given[:1].isupper():
        return False
    # the run of capitalised words and initials before the surname: "Councillor Thora N Wishart", "Cllr P Bateman"
    before = re.compile(rf"\b((?:[A-Z][a-z]*\.?\s+){{1,4}}){re.escape(surname)}\b")
    others = False
    for document in documents:
        for match in before.finditer(document):
            words = [w for w in re.findall(r"[A-Z][a-z]*", match.group(1))
                     if w.lower() not in _TITLE_WORDS and w.lower() not in _COUNCIL_KINDS]   # "County Councillor"
            full = [w for w in words if len(w) > 1]
            # the given name is the last full word ("Thora" of "Thora N"), else the first initial ("P" of "P J")
            found = full[-1] if full else (words[0] if words else "")
            if not found or found == given or (len(found) == 1 and found == given[0]):
                return False   # the person asked, or a title alone that may be theirs
            others = True
    return others


# Capitalised words that name no particular thing: titles, roles, bodies, months, the question's own opening.
_NO_THING = frozenset("""the a an of and in on at for to by from with what why who which when where how did was were is
are has have had do does will would can could should councillor councillors cllr cllrs mrs mr ms miss dr alderman
dame sir professor council councils cabinet committee executive planning borough district county city town
leader deputy mayor chair chairman chairwoman member members officer officers director chief head full annual
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday
european british english welsh scottish irish
parliament government mp mps
covid coronavirus christmas easter
queen king majesty""".split())   # "European" says what kind ("the European floods"); "elected to Parliament" is
# written "elected as MP"; "Covid" says when ("Covid business grants"), and minutes of the time may not name it;
# so do "Christmas" and "Easter" ("the meeting just before Christmas"); "the Queen" is "her Majesty" in the minutes


def names_asked(question: str, council_words: set[str] = frozenset()) -> list[str]:
    """The capitalised words the question names particular things by ("Jedburgh", "Kingsmeadow", "Milton"): not
    its first word, a title, role, body or month, an abbreviation or code that minutes may spell out or write
    otherwise ("CIL", "HMOs", "DfT", "P6"), nor a word of a council's name (`council_words`, lower case)."""
    rest = _POSSESSIVE_S.sub("", question or "")
    rest = rest[first.end():] if (first := re.match(r"\s*[\w'’-]+", rest)) else rest
    # "Powys-appointed members", "Labour-led": the name is the capitalised part
    words = [re.sub(r"-[a-z][a-z-]*$", "", w) for w in re.findall(_NAME_WORD, rest)]
    return list(dict.fromkeys(w for w in words
                              if w.lower() not in _NO_THING and w.lower() not in council_words
                              and sum(c.isupper() for c in w) == 1 and not any(c.isdigit() for c in w)))


# the body that met: "Dundee's Policy and Resources Committee", "the Overview & Scrutiny Board"
_BODY_NAMED = re.compile(r"(?P<words>(?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of|for)\s+)?){1,6})(?:Sub-)?(?:Committee|Board|Panel"
                         r"|Cabinet|Forum|Commission)\b")


def body_words(question: str) -> set[str]:
    """The words of the committees the question names, lower case: like a council's name, they say where the
    business was taken, not what it was."""
    return {w.lower() for m in _BODY_NAMED.finditer(question or "") for w in re.findall(r"[\w'’&-]+", m.group("words"))}


def written_by_title(name: str, question: str, documents: list[str]) -> bool:
    """Whether `name` is the given name of a person the question names in full ("Jules Pipe") whom the documents
    write only by a title and the surname ("Mayor Pipe", "Mrs A J Jupp"), as minutes name members: the given name
    missing from them is no sign of another person. Not when they give the surname with another given name."""
    after = re.search(rf"\b{re.escape(name)}\s+(?P<surname>[A-Z][a-z][\w'’-]*)", question or "")
    if not after:
        return False
    surname = re.escape(_POSSESSIVE_S.sub("", after.group("surname")))
    titled = re.compile(rf"{_TITLE_BEFORE_SURNAME}(?:[A-Z]\.?\s+)*{surname}\b")
    given = re.compile(rf"\b(?P<given>[A-Z][a-z]+)\s+{surname}\b")
    return (any(titled.search(d) for d in documents)
            and not any(m.group("given").lower() not in _TITLE_WORDS for d in documents for m in given.finditer(d)))


_COUNCIL_KINDS = frozenset("county borough district city town parish community".split())
_TITLE_WORDS = frozenset("councillor councillors cllr mr mrs ms miss dr alderman dame sir professor mayor lord lady "
                         "baroness rev reverend the".split())
_TITLE_BEFORE_SURNAME = r"\b(?:Councillors?|Cllrs?\.?|Mrs|Mr|Ms|Miss|Dr|Alderman|Dame|Sir|Professor|Mayor|Lord|Lady)\s+"


def person_and_things(question: str, council_words: set[str] = frozenset()) -> tuple[str, list[str]] | None:
    """The surname of the person the question names by a title and the other things it names (an item's number,
    an application's place: "Why did Councillor Morgan declare an interest in item 15?" -> ("Morgan", ["15"])),
    or None when it names no such person or nothing else; the words of councils' names (`council_words`, lower
    case) say where, not what."""
    # ... or, asking after a declaration, without a title: "Why did Angus Ross declare an interest in ...?"
    match = _TITLED_PERSON.search(question or "") or (
        _UNTITLED_DECLARER.search(question or "") if _DECLARATION_ASKED.search(question or "") else None)
    if not match:
        return None
    # the question's first word is capitalised as any first word is: "Over how many years ... Councillor Mason"
    before = re.sub(r"^\s*[\w'’-]+", " ", question[:match.start()], count=1)
    rest = _POSSESSIVE_S.sub("", before + " " + question[match.end():])
    rest = _MEETING_DESCRIBED.sub(" ", rest)
    rest = _A_DAY.sub(" ", rest)   # "on 14 July 2022" says when, and its 14 is no item's number
    things = [w for w in re.findall(rf"{_NAME_WORD}|(?<![\w/])\d[\w/&.-]*[a-z\d]", rest)
              if w.lower() not in _NO_THING and w.lower() not in council_words
              and not re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", w)]
    # "Southport New Road": the place is told by "Southport", not by "Road" or "New", which another address shares
    things = [w for w in things if w.lower() not in _KIND_OF_PLACE] or things
    return (_POSSESSIVE_S.sub("", match.group("surname")), things) if things else None


_A_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.I)


_KIND_OF_PLACE = frozenset("""road street lane avenue close drive way crescent place court gardens terrace grove hill
walk row square park green new old upper lower north south east west great little school primary secondary infant
junior academy college library hall centre church chapel station hospital farm""".split())


_POSSESSIVE_S = re.compile(r"['’]s\b")
# what tells which meeting, not the person's business: "at the meeting that discussed the MIRA Enterprise Zone"
# ... or where it was held: "at the planning meeting held in the main hall of Wigston College"
_MEETING_DESCRIBED = re.compile(r"\b(?:meeting|session)s?\s+(?:that|which|where|at\s+which|when|held\s+(?:in|at))\s+[^?]*",
                                re.I)
# "Why did Councillor Graves declare an interest ...?", "What interest did Cllr Priestley declare?"
_DECLARATION_ASKED = re.compile(r"\bdeclar\w*\b[^?]*\binterests?\b|\binterests?\b[^?]*\bdeclar\w*|\bdeclarations\b",
                                re.I)
# a member named without a title: "Why did Russell Jones declare an interest ...?"
_UNTITLED_DECLARER = re.compile(r"\b(?:did|has|had)\s+[A-Z][a-z]+\s+(?P<surname>[A-Z][\w'’-]+)\s+(?:declare|register)\b")


def declarer_asked(question: str) -> str | None:
    """The surname of the member whose declaration of interest the question asks about, else None: minutes record
    each member's declaration by name, so another member's declaration does not answer for this one."""
    person = _TITLED_PERSON.search(question or "") or _UNTITLED_DECLARER.search(question or "")
    if not person or not _DECLARATION_ASKED.search(question):
        return None
    return _POSSESSIVE_S.sub("", person.group("surname")).replace("’", "'")

# a capitalised word, without a plural's possessive apostrophe ("Three Rivers' full council")
_NAME_WORD = r"(?<![\w/])[A-Z](?:[\w'’&-]*[\w&])?"


# A place or body named by a proper noun before its kind: "Canley library", "the Copeland area", "Bury Market";
# not a month ("April meeting"), nor a council's own name, which the council filter answers for.
_NAMED_KIND = (r"librar(?:y|ies)|markets?|halls?|parks?|roads?|streets?|lanes?|avenues?|centres?|centers?|schools?"
               r"|pools?|sites?|estates?|wards?|areas?|bridges?|stations?|villages?|trusts?|funds?|schemes?|projects?")
_NAMED_THING = re.compile(rf"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*)\s+((?i:{_NAMED_KIND}))\b"
                          r"(?!\s+(?i:ltd|limited|plc|llp|cic)\b)")   # not a firm: "Tidewell Pools Ltd"
_NOT_A_NAME = re.compile(rf"(?i)^(?:{MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the|a|an|this|that|its|their|new"
                         r"|old|council|county|borough|district|city|town|each|every|all|both|other|at|in|on|of|for|from"
                         r"|by|to|and|with|while|when|where|which|what|how|is|was)$")


def named_things(text: str, asked: bool = False) -> list[tuple[str, str]]:
    """(name, kind) of each place or body named before its kind ("Tile Hill library": ("tile hill", "library")), in
    lower case, the kind singular; not a weekday's ("Saturday market"), nor a possessive ("Bury's market"), nor, in a
    question (`asked`), its first word ("Which library")."""
    found = []
    for match in _NAMED_THING.finditer(text or ""):
        words, kind = match.group(1).split(), match.group(2).lower()
        while words and (_NOT_A_NAME.match(words[0]) or re.search(r"['’]s?$", words[0])):   # "Maldon's Promenade Park"
            words = words[1:]
        name = " ".join(words)
        if not words or _NOT_A_NAME.match(words[-1]) or (asked and match.start() == 0):
            continue
        found.append((name.lower(), kind[:-3] + "y" if kind.endswith("ies") else kind.rstrip("s")))
    return found


# words that make a kind's usual title, not a name of one: "the National Park", "the Local Plan"
_GENERIC_NAMES = frozenset("national local public community primary secondary high main central".split())


def another_of_its_kind(asked: list[tuple[str, str]], sentence: str) -> str:
    """The place or body of the kind the question names that the sentence names instead ("Alloa library" for a
    question about "Tillicoultry library"), when it never names the one asked about; else ""."""
    sentence = " ".join(sentence.replace("’", "'").split())
    named = named_things(sentence)
    for name, kind in asked:
        name = name.replace("’", "'")
        if re.search(rf"\b{re.escape(name)}\b", sentence, re.I):
            continue
        # "Life Centre" in a passage about "Plymouth Life Centre" is the same place; "between Windle Island and Crank
        # Road" bounds a stretch of the road asked about; "the National Park" is the one asked about by its name
        other = next((f"{n.title()} {k}" for n, k in named if k == kind and name not in n and n not in name
                      and n not in _GENERIC_NAMES and not _bounds_a_stretch(n, sentence)), "")
        if other:
            return other
    return ""


def _bounds_a_stretch(name: str, sentence: str) -> bool:
    """ "between Windle Island and Crank Road", "from Crank Road to the bridge": the name is one end of a stretch; not
    "secured £22.3m from the Towns Fund", which names where money came from."""
    n = re.escape(name)
    return re.search(rf"\bbetween\b[^.;]{{0,80}}\b{n}\b|\bfrom\b[^.;]{{0,80}}\b{n}\b[^.;]{{0,40}}\bto\b"
                     rf"|\bfrom\b[^.;]{{0,80}}\bto\b[^.;]{{0,40}}\b{n}\b", sentence, re.I) is not None


# Who sent apologies, was absent or stood in: the minutes record it in a formula ("Apologies for absence were received
# from ...", "No apologies were submitted", "Councillor Jamil substituting") whose words are far from the question's
# ("Who was absent ...?", "Who stood in for the chief executive?").
_ATTENDANCE_ASKED = re.compile(r"\bapolog(?:y|ies|ised|ized)\b|\b(?:was|were)\s+(?:\w+\s+)?absent\b|\babsent\s+from\b"
                               r"|\bsubstitut\w*|\bst(?:ood|and|anding)\s+in\s+(?:for|as)\b|\bmissing\s+from\b", re.I)
ATTENDANCE_RECORDED = re.compile(
    r"\bapologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:received|submitted|given"
    r"|tendered|made|noted|reported|presented)\b|\bno\s+apologies\b|\bapologies\s+(?:for\s+absence\s+)?from\b"
    r"|\bapologies(?:\s+for\s+absence)?\s*[:–-]\s*(?:councillors?|cllrs?|mr|mrs|ms|none|[A-Z])"
    r"|\bsubstitut(?:e|ed|ing)\b|\bacting\s+as\s+(?:his|her|their)\s+(?:representative|substitute)\b", re.I)


# "Who chaired the meeting?" is answered by whoever was in the chair ("Councillor Asad (Chair)", "the Vice-Chair chaired
# the meeting", "Cllr McCloy presided", "Lord Provost ..., Convener, in the Chair")
_WHO_CHAIRED = re.compile(r"^\s*who\s+(?:chaired|presided|was\s+(?:put\s+)?in\s+the\s+chair|took\s+the\s+chair)\b", re.I)
# ... which minutes say in one of these forms; "signed by the Chair" says no one
_CHAIR = r"(?:vice[\s-]?|deputy\s+)?(?:chair(?:man|woman|person)?|convener|provost|mayor)"
_TITLED = r"(?:councillor|cllr|mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|baroness|[A-Z][a-z]+\s+[A-Z])"
_NAMES_A_CHAIR = re.compile(rf"(?i)\(\s*(?:in\s+the\s+)?{_CHAIR}\s*\)|\bin\s+the\s+chair\b|\b(?:chaired|presided|presiding)\b"
                            r"|\b(?:took|take|takes|vacated)\s+the\s+chair\b|\bto\s+chair\b"
                            # "Councillor Penny Milnes acted as Chairman for this meeting."
                            rf"|\b(?:acted|acting|sat)\s+as\s+(?:the\s+)?{_CHAIR}\b"
                            rf"|\b{_CHAIR}(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}?)?\s*[,:–-]?\s*(?-i:{_TITLED})"
                            rf"|\b(?:councillor|cllr)\s+[\w'’.-]+(?:\s+[A-Z][\w'’-]+){{0,2}},?\s+(?:the\s+)?{_CHAIR}\b"
                            rf"|\bbe\s+(?:re-?)?(?:elected|appointed)?\s*(?:as\s+)?(?:the\s+)?{_CHAIR}\b")


def asks_who_chaired(question: str) -> bool:
    return _WHO_CHAIRED.match(question or "") is not None


def names_a_chair(text: str) -> bool:
    return _NAMES_A_CHAIR.search(text) is not None


# The meeting's own day, which its heading and the citation give: "On what date was the meeting held?", "On what date
# did the planning committee deal with the application?"
_MEETING_DAY_ASKED = re.compile(r"(?i)^\s*when\s+did\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?(?:committee|sub-committee|cabinet"
                                r"|council|board|panel|executive|authority)\s+(?:meet|sit|hear|consider|discuss|determine)\b"
                                r"|\b(?:what|which)\s+(?:date|day)\b(?:[^?]*\b(?:meeting|agm)\b[^?]*\b(?:held|take\s+place"
                                r"|took\s+place)\b|\s+did\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|cabinet|council|board"
                                r"|panel|executive|authority)\s+(?:deal\s+with|consider|discuss|debate|determine|hear"
                                # what the body did at the meeting: "On what date did Harrow Cabinet stand in silence
                                # for ...?"; not a date it chose ("What date did the committee set for the hearing?")
                                r"|stand|observe|pay\s+tribute|welcome|approve|adopt|endorse|refuse|reject|grant|elect"
                                r"|appoint|vote|meet|agree(?!\s+(?:for|on|as)\b)|resolve)\b)")


def asks_meeting_day(question: str) -> bool:
    return _MEETING_DAY_ASKED.search(question or "") is not None


def asks_attendance(question: str) -> bool:
    """Whether the question asks who sent apologies, was absent or stood in for someone."""
    return _ATTENDANCE_ASKED.search(question or "") is not None


# An office someone is elected or appointed to: "Who was elected Vice Chair of the North Area Committee?". The
# minutes of an annual meeting record several ("be elected Chairman of the Council", "be appointed Vice-Chairman of the
# Planning Committee"); one for another office does not answer. A civic or lord title is the same office ("Civic Chair",
# "Lord Mayor"); a vice or deputy is another.
_ROLE = (r"(?P<vice>(?:vice|deputy)[\s-]*)?(?:(?:civic|lord|the)\s+)?(?P<role>chair(?:man|woman|person)?|convener|mayor"
         r"|provost|leader)\b(?:\s+of\s+(?P<of>[^,;.?]{1,80}))?")
# "Who was elected ...?", and of someone's election: "By how many votes was Linda Wallraven elected vice-chair?"
_ROLE_ASKED = re.compile(r"(?i)^\s*(?:who|which\s+(?:councillor|member|person)|(?:by\s+)?how\s+many\s+votes|when)\b"
                         r"[^?]*?\b(?:elected|appointed|nominated"
                         r"|chosen|made|installed|became|become|elect|appoint|nominate|choose|install)\s+(?:as\s+|to\s+be\s+|for\s+)?(?:the\s+(?:new\s+)?)?"
                         + _ROLE)
_ROLE_GIVEN = re.compile(r"(?i)\b(?:elected|appointed|nominated|chosen|made|installed|became|become)\s+(?:as\s+|to\s+be\s+"
                         r"|for\s+(?:the\s+(?:office|position)\s+of\s+)?)?(?:the\s+|an?\s+)?(?:new\s+)?" + _ROLE)
_BODY_KIND = re.compile(r"(?i)\b(?:sub-committee|committee|council|panel|board|forum|authority|cabinet|assembly)\b")
_ROLE_FAMILY = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "convener": "chair",
                "provost": "mayor"}


def _office(match: re.Match) -> tuple[bool, str, str | None]:
    """(a vice or deputy?, the office's family, the kind of body it is of, if said)."""
    role = match.group("role").lower()
    # the body's own kind comes last: "the combined authority's Transport Delivery Committee"
    bodies = _BODY_KIND.findall(re.split(r"(?i)\b(?:for|in|at|on|from|until)\b", match.group("of") or "")[0])
    return bool(match.group("vice")), _ROLE_FAMILY.get(role, role), bodies[-1].lower() if bodies else None


def office_asked(question: str) -> tuple[bool, str, str | None] | None:
    """The office the question asks who was elected or appointed to, else None."""
    match = _ROLE_ASKED.search(question or "")
    return _office(match) if match else None


def _offices_given(sentence: str, family: str) -> list[tuple[tuple[bool, str, str | None], str]]:
    return [(office, m.group(0)) for m in _ROLE_GIVEN.finditer(sentence) if (office := _office(m))[1] == family]


def _same_office(asked: tuple[bool, str, str | None], given: tuple[bool, str, str | None]) -> bool:
    return asked[0] == given[0] and (asked[2] is None or given[2] is None or asked[2] == given[2])


def another_office(asked: tuple[bool, str, str | None], sentences: list[str]) -> str:
    """The office the sentences record someone elected or appointed to, when they record none of the one asked
    about: only other families' ("Chairman" for a leader), or of its family only another (a vice-chair for a chair,
    the council's chair for a committee's); else ""."""
    given = [found for s in sentences for found in _offices_given(s, asked[1])]
    if not given:   # only offices of other families: a chairman elected is no leader appointed
        others = [m.group(0) for s in sentences for m in _ROLE_GIVEN.finditer(s)]
        return others[0] if others else ""
    if any(_same_office(asked, office) for office, _ in given):
        return ""
    return given[0][1]


# Any other post someone is appointed to: "Who was appointed as the independent person for conduct complaints?"
_POST_ASKED = re.compile(r"(?i)^\s*who\s+(?:was|were|has|have|had|is|are|will)\s+(?:been\s+|be\s+)?(?:appointed|nominated"
                         r"|selected|chosen)\s+(?:as\s+)?(?:the\s+|an?\s+)?(?:new\s+)?(?P<post>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
                         r"(?=\s+(?:for|of|to|on|at|in|by)\b|\s*\?)")
_APPOINTED = re.compile(r"(?i)\b(?:appointed|nominated|selected|chosen)\b")


def post_asked(question: str) -> str | None:
    """The post, other than an office `office_asked` reads, the question asks who was appointed to, else None."""
    match = _POST_ASKED.search(question or "")
    if not match or office_asked(question) or match.group("post").lower().split()[0] in _NOT_A_POST:
        return None
    return match.group("post").lower()


_NOT_A_POST = frozenset("to the a an by on at in for of".split())


def another_post(post: str, sentences: list[str]) -> bool:
    """The sentences record appointments, and none to the post asked about."""
    appointing = [s for s in sentences if _APPOINTED.search(s)]
    return bool(appointing) and not any(post in " ".join(s.lower().split()) for s in sentences)


# An agenda item or minute asked about by its number: "Which councillors declared an interest in Item 16?"
# "item 12", "Agenda Item 12(c)", "minute 45/20", "item 7b"
_ITEM_NUMBER = re.compile(r"(?i)\b(?:agenda\s+)?(?:item|minute|motion)\s+(?:no\.?\s*|number\s+)?"
                          r"(?P<n>\d+[a-z]?(?:\s?\([a-z]{1,2}\)|\s?\((?:i|ii|iii|iv|v|vi)\))?(?:[./]\d+)*)(?![\w(])")


def _item_key(number: str) -> str:
    return re.sub(r"[\s()]", "", number).lower()   # "12 (c)", "12(c)" and "12c" are one item


def item_asked(question: str) -> str | None:
    """The number of the item or minute the question names ("12c" of "item 12(c)"), else None."""
    match = _ITEM_NUMBER.search(question or "")
    return _item_key(match.group("n")) if match else None


def same_or_within(asked: str, named: str) -> bool:
    """One item, or one within the other: "12" asked covers "12(a)" named, and "12(c)" asked is within "12"."""
    return asked == named or asked.rstrip("abcdefghijklmnopqrstuvwxyz") == named or named.rstrip(
        "abcdefghijklmnopqrstuvwxyz") == asked


def names_the_item(item: str, sentence: str) -> bool:
    """Whether the sentence names the item asked about (or one within it, or the item it is within)."""
    return any(same_or_within(item, _item_key(m.group("n"))) for m in _ITEM_NUMBER.finditer(sentence))


def another_item(item: str, sentences: list[str]) -> str:
    """The item the sentences name instead ("Item 12"), when they name items by number but never the one asked
    about; else ""."""
    named = [m for s in sentences for m in _ITEM_NUMBER.finditer(s)]
    if not named or any(same_or_within(item, _item_key(m.group("n"))) for m in named):
        return ""
    return named[0].group(0)
