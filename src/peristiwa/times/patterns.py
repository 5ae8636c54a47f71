"""Regular expressions of the time stage, assembled from the YAML word lists on first use."""

from __future__ import annotations

import re

from ..lang import language_cache
from . import lexicon as lx
from .numwords import half_word, number_word_pattern, vague_words

#: fragments that are one word list of the language data (lang/id/times/) as an alternation: name → (file, key)
WORD_FRAGMENTS: dict[str, tuple[str, str]] = {
    "dayw": ("calendar", "day_words"),  # tanggal 2 Januari
    "wdw": ("calendar", "weekday_words"),  # hari Senin
    "monw": ("calendar", "month_words"),  # bulan Mei
    "yw": ("calendar", "year_words"),  # tahun 1998
    "yabbr": ("calendar", "year_abbreviations"),  # thn. 1998
    "decw": ("calendar", "decade_words"),  # dekade 1980-an
    "centw": ("calendar", "century_words"),  # abad ke-19
    "cera": ("calendar", "common_eras_cased"),  # 683 Masehi
    "oera": ("calendar", "other_eras"),  # 500 SM
    "hera": ("calendar", "hijri_year_markers"),  # 1 Ramadan 1445 H
    "clockw": ("dayparts", "clock_cues"),  # pukul 10.00
    "clockrw": ("dayparts", "clock_range_cues"),  # hingga pukul 12.00
    "range": ("relative", "range_words"),  # 2 hingga 3 tahun
    "dayrange": ("relative", "day_range_words"),  # 13 dan 14 Mei
    "daterange": ("relative", "date_range_words"),  # Mei sampai dengan Juni 2000
    "mshift": ("relative", "month_shift"),  # bulan Mei depan
    "bmshift": ("relative", "bare_month_shift"),  # Mei lalu
    "yshift": ("relative", "year_shift"),  # kuartal ketiga tahun lalu
    "setw": ("relative", "set_words"),  # setiap Jumat
    "setdayw": ("relative", "set_day_words"),  # setiap tanggal 17 Agustus
    "setdp": ("relative", "set_dayparts"),  # setiap malam
    "ratew": ("relative", "rate_words"),  # per hari
    "compw": ("units", "compound_words"),  # 1 jam dan 32 menit
    "zonew": ("zones", "zone_words"),  # 19.00 waktu Irak
}
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_YEAR_END = r"(?![\d]|[.,]\d|-?{decsfx}\b)"
_CONNECTOR = r"(?:-|–|—|s\.?\s?d\.?|s/d|{daterange})"


def connector() -> str:
    """A regex (no groups) of what joins the two dates or months of a range: "-", "s.d.", "hingga"."""
    return _CONNECTOR.format(**fragments())


def _early_year_before() -> str:
    """The words a year before 1500 may follow, each a lookbehind of its own width: "(?:(?<=\\bpada\\s)|…)"."""
    return "(?:" + "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in lx.word_list("calendar", "early_year_before")) + ")"


@language_cache
def fragments() -> dict[str, str]:
    """Named regex fragments shared by the patterns."""
    zones = "|".join(re.escape(z) for z in sorted(lx.zone_abbreviations(), key=len, reverse=True))
    offset = r"(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?:[:.]?\d{2})?"
    places = lx.alternation([*lx.zone_places(), *lx.zone_local_words()])
    words = {name: lx.alternation(lx.word_list(*where)) for name, where in WORD_FRAGMENTS.items()}
    return words | {
        "wd": lx.alternation(lx.weekdays()),
        "mon": lx.alternation(lx.months()),
        "fullmon": lx.alternation(lx.full_months()),
        "capmon": lx.alternation(m.capitalize() for m in lx.full_months()),
        "hmon": lx.alternation(lx.hijri_months()),
        "mod": lx.alternation(lx.modifiers()),
        "dp": lx.alternation(lx.dayparts()),
        "zone": (
            rf"(?:{offset}(?![\d])|(?-i:{zones})(?![\w])(?:\s*\(?\s*{offset}\s*\)?)?|"
            rf"(?:{words['zonew']})\s+(?:(?:{places})(?![\w])|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
            rf"(?:\s*\(\s*{offset}\s*\))?)"
        ),
        "num": rf"(?:\d{{1,3}}(?:\.\d{{3}})*(?:,\d{{1,2}})?|{number_word_pattern()}|{lx.alternation(vague_words())})",
        "unit": lx.alternation(lx.units()),
        "after": lx.alternation(lx.after_amount()),
        "rel": lx.alternation(lx.relative_words()),
        "wshift": lx.alternation([*lx.weekday_week_shifts(), *lx.weekday_shifts()]),
        "ref": lx.alternation(lx.references()),
        "one": lx.alternation(lx.one_forms()),
        "vplural": lx.alternation(lx.vague_plurals()),
        "half": re.escape(half_word()),
        "baredp": lx.alternation(lx.bare_dayparts()),
        "prayer": lx.alternation(lx.prayer_times()),
        "asof": lx.alternation(lx.guard_words("as_of_after_per")),
        "ypart": lx.alternation(lx.year_parts()),
        # a lookbehind of one width each: "(?:(?<=\bpada\s)|(?<=\bsejak\s))"
        "early": _early_year_before(),
        "pord": lx.alternation(lx.part_ordinals()),
        "holiday": lx.alternation(lx.holidays()),
        "season": lx.alternation(lx.seasons()),
        "vdur": lx.alternation(lx.vague_durations()),
        "ordp": re.escape(lx.word("numbers", "ordinal_prefix")),
        "decsfx": re.escape(lx.word("calendar", "decade_suffix")),
    }


def _compile(template: str) -> re.Pattern[str]:
    # every expression starts at a word boundary: anchoring lets the regex engine skip
    # most positions (about twice as fast over news text, same matches)
    return re.compile(r"\b(?:" + template.format(**fragments()) + ")", re.IGNORECASE)


_DAY = r"(?<![\d.,/:])(?<!{ordp}-)(?<!{ordp})(?P<day>[0-3]?\d)(?!\d)"
_ERA = r"(?:\s*(?P<era>{cera}|{oera})\b)?"
_MOD = r"(?:(?P<mod>{mod})\s+)?"
_CLOCK_RANGE = (
    r"(?:\s*(?:-|–|—|s\.?d\.?|s/d|{range})\s*(?:(?:{clockrw})\s+)?(?P<hour2>[0-2]?\d)(?:[.:](?P<minute2>[0-5]\d))?)?"
)

TEMPLATES: dict[str, str] = {
    # 29 Desember 2019; Selasa, 31 Desember 2019; tanggal 2 Januari; 13–14 Mei 2018
    "dmy": (
        r"(?:(?P<wd>{wd})(?:\s*,\s*|\s+))?(?:(?:{dayw})\s*)?"
        + _DAY
        + r"(?:\s*(?:-|–|—|s\.?d\.?|s/d|{dayrange})\s*(?P<day2>[0-3]?\d))?"
        + r"\s+(?P<mon>{mon})"
        + _NOT_LETTER_AFTER
        + r"(?:\s+(?P<year>\d{{3,4}})"
        + _YEAR_END
        + _ERA
        + r")?"
    ),
    # Selasa (31/12/2019), Rabu (7/12) malam
    "wdnum": (
        r"(?:(?:{wdw})\s+)?(?P<wd>{wd})\s*\(\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})(?:/(?P<year>\d{{4}}|\d{{2}}))?\s*\)"
        r"(?:\s+(?P<dp>{dp})(?![\w]))?"
    ),
    # 29/12/2019, 29-12-2019, 29.12.2019
    "numdate": (
        r"(?<![\d.,/:])(?P<day>\d{{1,2}})(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)(?P<year>\d{{4}})(?![\d]|[.,/]\d)"
    ),
    # 2019-12-29, 2014-12-28T07:24
    "iso": r"(?<![\d])(?P<year>[12]\d{{3}})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?(?![\d])",
    # (awal) (bulan) Januari 2020
    "monyear": _MOD + r"(?:(?:{monw})\s+)?(?P<mon>{mon})\s+(?:(?:{yw})\s+)?(?P<year>\d{{3,4}})" + _YEAR_END + _ERA,
    # bulan Mei; akhir Desember; Mei lalu; Mei hingga Juni 2000
    "month": (
        r"(?:(?:(?P<mod>{mod})\s+(?:(?:{monw})\s+)?|(?:{monw})\s+)(?P<mon>{fullmon})"
        + _NOT_LETTER_AFTER
        + r"(?:\s+(?P<mshift>{mshift})(?![\w]))?"
        + r"|(?P<mon2>{fullmon})(?:\s+(?P<mshift2>{bmshift})(?![\w])|"
        + r"(?=\s*"
        + _CONNECTOR
        + r"\s*(?:(?:{monw})\s+)?(?:{mon})\s+\d{{3,4}}))"
        # a bare month name, capitalised and not starting a name ("pengiriman Januari", "Pada Maret,")
        + r"|(?-i:(?P<mon3>{capmon}))(?![\w-])(?!\s+(?-i:[A-Z])))"
    ),
    # tahun 1998, awal tahun 2020
    "yearword": _MOD + r"(?:{yw}|{yabbr})\s+(?P<year>\d{{3,4}})" + _YEAR_END + _ERA,
    # 1998, awal 2020 (guarded in recognise); "pada 1096," (an earlier year only after a word of time)
    "year": _MOD
    + r"(?<![\d.,/:\w])(?P<year>1[5-9]\d\d|20\d\d|{early}1[0-4]\d\d(?=\s*[,.;:)](?!\d)))"
    + r"(?![\d]|[.,]\d|-?{decsfx}\b|/\d|:\d|[^\W\d_])",
    # 683 Masehi, 1500 M: a year of any size marked as Common Era
    "erayear": _MOD + r"(?<![\d.,/:\w])(?P<year>\d{{3,4}})\s+(?P<era>(?-i:{cera}))(?![\w.]\w)(?!\w)",
    # 1990-an, tahun 90-an
    "decade": _MOD + r"(?:(?:{yw}|{decw})\s+)?(?<![\d.,])(?P<dec>\d{{2}}|\d{{4}})-?{decsfx}(?![\w])",
    # abad ke-19, abad XIX
    "century": _MOD + r"(?:{centw})\s+(?:{ordp}-?\s*)?(?P<cent>\d{{1,2}}|[IVXLC]+)(?![\w])" + _ERA,
    # tanggal 24 (month in force)
    "dayonly": r"(?<![\w])(?:{dayw})\s+" + _DAY + r"(?![\d.,:/]|\s+(?:{mon}|{hmon})(?![\w]))",
    # 1 Ramadan 1445 H
    "hijri": r"(?:(?<![\w])(?:{dayw})\s*)?"
    + _DAY
    + r"\s+(?P<hmon>{hmon})\s+(?:(?:{yw})\s+)?(?P<year>\d{{3,4}})(?:\s*(?:{hera})\b\.?)?",
    # pukul 11.00 EST, jam 7 pagi, pukul 10.00-12.00 WIB
    "clock": (
        r"(?P<cue>{clockw})\s*(?P<hour>[0-2]?\d)(?:[.:](?P<minute>[0-5]\d))?(?:[.:][0-5]\d)?(?![\d])"
        + _CLOCK_RANGE
        + r"(?:\s*(?P<zone>{zone}))?(?:\s+(?P<dp>{dp})(?![\w]))?"
    ),
    # 11.00 EST, 23:05 - 23:15 WITA (UTC +8), 19.00 waktu Irak
    "zoned": (
        r"(?<![\d.,/:])(?P<hour>[0-2]?\d)[.:](?P<minute>[0-5]\d)(?![\d])" + _CLOCK_RANGE + r"\s*(?P<zone>{zone})"
    ),
    # 11.00 malam
    "clockdp": r"(?<![\d.,/:])(?P<hour>[0-2]?\d)[.:](?P<minute>[0-5]\d)(?![\d])\s+(?P<dp>{dp})(?![\w])",
    # 11:00
    "colon": r"(?<![\d.,/:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]|[.,]\d)",
    # Kamis pagi, malam hari, dini hari
    "daypart": (r"(?:(?P<wd>{wd})\s+(?P<dp>{dp})|(?P<dp2>{baredp}|(?-i:{prayer})))(?![\w])"),
    # Senin, hari Senin, Senin lalu
    "weekday": (r"(?<![\w])(?:(?:{wdw})\s+)?(?P<wd>{wd})(?:\s+(?P<wshift>{wshift}))?(?![\w'’])"),
    # kemarin, pekan lalu, akhir tahun lalu
    "rel": r"(?<![\w-])(?:(?P<mod>{mod})\s+)?(?P<rel>{rel})(?![\w-])",
    # tiga hari, dua hari kemudian, lima jam setelah, sehari sebelumnya
    "amount": (
        # after a dash only as a range's upper bound ("2-3 tahun"; recognise.scan takes in the "2-")
        r"(?<![\w.,/])(?:(?<![-–])|(?<=\d[-–]))(?:(?P<num>{num}|{half})"
        r"(?:\s+(?P<half>{half}))?\s+(?P<unit>{unit})"
        r"(?:\s+(?:(?:{compw})\s+)?(?P<num2>\d{{1,2}}|{num})\s+(?P<unit2>{unit})(?![\w-]))?|(?P<one>{one})|"
        r"(?P<vplural>{vplural}))(?![\w-])(?:\s+(?P<after>{after})(?![\w-]))?"
    ),
    # setiap Jumat, tiap tahun, setiap 17 Agustus
    "set": (
        r"(?<![\w])(?:{setw})\s+(?:(?P<num>{num})\s+)?(?:(?:{wdw})\s+(?P<wd>{wd})|(?P<wd2>{wd})|"
        r"(?:(?:{setdayw})\s+)?(?P<day>\d{{1,2}})\s+(?P<mon>{mon})|(?P<unit>{unit}|{setdp}))(?![\w])"
        # a rate: "30 juta barel per hari", "dua kali per tahun" ("per hari ini" is "as of today")
        r"|(?<![\w])(?:{ratew})\s+(?P<punit>{unit})(?![\w-])(?!\s+(?:{asof})(?![\w]))"
    ),
    # saat ini, hingga kini, baru-baru ini
    "ref": r"(?<![\w-])(?P<ref>{ref})(?![\w-])",
    # kuartal ketiga 2014, triwulan I-2015, semester kedua tahun lalu
    "yearpart": (
        r"(?<![\w-])(?P<ypart>{ypart})\s*(?:{ordp}-?\s*)?(?P<pord>{pord})(?![\w])"
        r"(?:(?:\s*-\s*|\s+(?:(?:{yw})\s+)?)(?P<year>\d{{4}})(?![\d])|\s+(?:{yw})\s+(?P<yshift>{yshift})(?![\w]))?"
    ),
    # Natal, Tahun Baru 2015, Hari Kemerdekaan (a name: capitalised as written, or in any case with
    # its year: "malam natal 2000", "Natal tahun 2004")
    "holiday": r"(?<![\w-])(?P<holiday>(?-i:(?=[A-Z]){holiday})|{holiday}(?=\s+(?:(?:{yw})\s+)?\d{{4}}(?![\d])))"
    r"(?![\w-])(?:\s+(?:(?:{yw})\s+)?(?P<year>\d{{4}})(?![\d]))?",
    # musim dingin (tahun ini)
    "season": (
        r"(?<![\w-])(?P<season>{season})(?![\w-])"
        r"(?:\s+(?:(?:{yw})\s+)?(?P<year>\d{{4}})(?![\d])|\s+(?:(?:{yw})\s+)?(?P<yshift>{yshift})(?![\w]))?"
    ),
    # sesaat, sebentar, beberapa saat
    "vdur": r"(?<![\w-])(?P<vdur>{vdur})(?![\w-])",
}


@language_cache
def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern `name` of TEMPLATES."""
    return _compile(TEMPLATES[name])


@language_cache
def zone_offset_re() -> re.Pattern[str]:
    return re.compile(r"(?:UTC|GMT)\s*(?P<sign>[+−-])\s*(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2}))?")
