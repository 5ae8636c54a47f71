"""Regular expressions of the time stage, assembled from the YAML word lists on first use."""

from __future__ import annotations

import re
from functools import cache

from . import lexicon as lx
from .numwords import half_word, number_word_pattern, vague_words

MODIFIERS = {
    "awal": "START",
    "permulaan": "START",
    "pertengahan": "MID",
    "tengah": "MID",
    "medio": "MID",
    "akhir": "END",
    "penghujung": "END",
    "paruh pertama": "START",
    "paruh kedua": "END",
}
CONNECTOR = r"(?:-|–|—|s\.?\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?|dan|atau)"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_YEAR_END = r"(?![\d]|[.,]\d|-?an\b)"


@cache
def fragments() -> dict[str, str]:
    """Named regex fragments shared by the patterns."""
    zones = "|".join(re.escape(z) for z in sorted(lx.zone_abbreviations(), key=len, reverse=True))
    offset = r"(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?:[:.]?\d{2})?"
    places = lx.alternation([*lx.zone_places(), *lx.zone_local_words()])
    return {
        "wd": lx.alternation(lx.weekdays()),
        "mon": lx.alternation(lx.months()),
        "fullmon": lx.alternation(lx.full_months()),
        "capmon": lx.alternation(m.capitalize() for m in lx.full_months()),
        "hmon": lx.alternation(lx.hijri_months()),
        "mod": lx.alternation(MODIFIERS),
        "dp": lx.alternation(lx.dayparts()),
        "zone": (
            rf"(?:{offset}(?![\d])|(?-i:{zones})(?![\w])(?:\s*\(?\s*{offset}\s*\)?)?|"
            rf"waktu\s+(?:(?:{places})(?![\w])|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
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
        "pord": lx.alternation(lx.part_ordinals()),
        "holiday": lx.alternation(lx.holidays()),
        "season": lx.alternation(lx.seasons()),
        "vdur": lx.alternation(lx.vague_durations()),
    }


def _compile(template: str) -> re.Pattern[str]:
    # every expression starts at a word boundary: anchoring lets the regex engine skip
    # most positions (about twice as fast over news text, same matches)
    return re.compile(r"\b(?:" + template.format(**fragments()) + ")", re.IGNORECASE)


_DAY = r"(?<![\d.,/:])(?<!ke-)(?<!ke)(?P<day>[0-3]?\d)(?!\d)"
_ERA = r"(?:\s*(?P<era>M|SM|Masehi|H|Hijriah|Hijriyah)\b)?"
_MOD = r"(?:(?P<mod>{mod})\s+)?"
_CLOCK_RANGE = (
    r"(?:\s*(?:-|–|—|s\.?d\.?|s/d|hingga|sampai)\s*(?:pukul\s+)?(?P<hour2>[0-2]?\d)(?:[.:](?P<minute2>[0-5]\d))?)?"
)

TEMPLATES: dict[str, str] = {
    # 29 Desember 2019; Selasa, 31 Desember 2019; tanggal 2 Januari; 13–14 Mei 2018
    "dmy": (
        r"(?:(?P<wd>{wd})(?:\s*,\s*|\s+))?(?:(?:tanggal|tgl\.?)\s*)?"
        + _DAY
        + r"(?:\s*(?:-|–|—|s\.?d\.?|s/d|hingga|sampai|dan)\s*(?P<day2>[0-3]?\d))?"
        + r"\s+(?P<mon>{mon})"
        + _NOT_LETTER_AFTER
        + r"(?:\s+(?P<year>\d{{3,4}})"
        + _YEAR_END
        + _ERA
        + r")?"
    ),
    # Selasa (31/12/2019), Rabu (7/12) malam
    "wdnum": (
        r"(?:hari\s+)?(?P<wd>{wd})\s*\(\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})(?:/(?P<year>\d{{4}}|\d{{2}}))?\s*\)"
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
    "monyear": _MOD + r"(?:bulan\s+)?(?P<mon>{mon})\s+(?P<year>\d{{3,4}})" + _YEAR_END + _ERA,
    # bulan Mei; akhir Desember; Mei lalu; Mei hingga Juni 2000
    "month": (
        r"(?:(?:(?P<mod>{mod})\s+(?:bulan\s+)?|bulan\s+)(?P<mon>{fullmon})"
        + _NOT_LETTER_AFTER
        + r"(?:\s+(?P<mshift>lalu|kemarin|mendatang|depan|ini)(?![\w]))?"
        + r"|(?P<mon2>{fullmon})(?:\s+(?P<mshift2>lalu|mendatang|ini)(?![\w])|"
        + r"(?=\s*"
        + CONNECTOR
        + r"\s*(?:bulan\s+)?(?:{mon})\s+\d{{3,4}}))"
        # a bare month name, capitalised and not starting a name ("pengiriman Januari", "Pada Maret,")
        + r"|(?-i:(?P<mon3>{capmon}))(?![\w-])(?!\s+(?-i:[A-Z])))"
    ),
    # tahun 1998, awal tahun 2020
    "tahun": _MOD + r"(?:tahun|thn\.?)\s+(?P<year>\d{{3,4}})" + _YEAR_END + _ERA,
    # 1998, awal 2020 (guarded in recognise)
    "year": _MOD + r"(?<![\d.,/:\w])(?P<year>1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d|-?an\b|/\d|:\d|[^\W\d_])",
    # 683 Masehi, 1500 M: a year of any size marked as Common Era
    "erayear": _MOD + r"(?<![\d.,/:\w])(?P<year>\d{{3,4}})\s+(?P<era>(?-i:M|Masehi))(?![\w.]\w)(?!\w)",
    # 1990-an, tahun 90-an
    "decade": _MOD + r"(?:(?:tahun|era|dekade|dasawarsa)\s+)?(?<![\d.,])(?P<dec>\d{{2}}|\d{{4}})-?an(?![\w])",
    # abad ke-19, abad XIX
    "century": _MOD + r"abad\s+(?:ke-?\s*)?(?P<cent>\d{{1,2}}|[IVXLC]+)(?![\w])" + _ERA,
    # tanggal 24 (month in force)
    "dayonly": r"(?<![\w])(?:tanggal|tgl\.?)\s+" + _DAY + r"(?![\d.,:/]|\s+(?:{mon}|{hmon})(?![\w]))",
    # 1 Ramadan 1445 H
    "hijri": r"(?:(?<![\w])(?:tanggal|tgl\.?)\s*)?"
    + _DAY
    + r"\s+(?P<hmon>{hmon})\s+(?:tahun\s+)?(?P<year>\d{{3,4}})(?:\s*(?:H|Hijriah|Hijriyah|AH)\b\.?)?",
    # pukul 11.00 EST, jam 7 pagi, pukul 10.00-12.00 WIB
    "clock": (
        r"(?P<cue>pukul|pkl\.?|jam)\s*(?P<hour>[0-2]?\d)(?:[.:](?P<minute>[0-5]\d))?(?:[.:][0-5]\d)?(?![\d])"
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
    "weekday": (r"(?<![\w])(?:hari\s+)?(?P<wd>{wd})(?:\s+(?P<wshift>{wshift}))?(?![\w'’])"),
    # kemarin, pekan lalu, akhir tahun lalu
    "rel": r"(?<![\w-])(?:(?P<mod>{mod})\s+)?(?P<rel>{rel})(?![\w-])",
    # tiga hari, dua hari kemudian, lima jam setelah, sehari sebelumnya
    "amount": (
        # after a dash only as a range's upper bound ("2-3 tahun"; recognise.scan takes in the "2-")
        r"(?<![\w.,/])(?:(?<![-–])|(?<=\d[-–]))(?:(?P<num>{num}|{half})"
        r"(?:\s+(?P<half>{half}))?\s+(?P<unit>{unit})"
        r"(?:\s+(?:dan\s+)?(?P<num2>\d{{1,2}}|{num})\s+(?P<unit2>{unit})(?![\w-]))?|(?P<one>{one})|"
        r"(?P<vplural>{vplural}))(?![\w-])(?:\s+(?P<after>{after})(?![\w-]))?"
    ),
    # setiap Jumat, tiap tahun, setiap 17 Agustus
    "set": (
        r"(?<![\w])(?:setiap|tiap|saban|tiap-tiap)\s+(?:(?P<num>{num})\s+)?(?:hari\s+(?P<wd>{wd})|(?P<wd2>{wd})|"
        r"(?:tanggal\s+)?(?P<day>\d{{1,2}})\s+(?P<mon>{mon})|(?P<unit>{unit}|malam|pagi))(?![\w])"
        # a rate: "30 juta barel per hari", "dua kali per tahun" ("per hari ini" is "as of today")
        r"|(?<![\w])per\s+(?P<punit>{unit})(?![\w-])(?!\s+(?:{asof})(?![\w]))"
    ),
    # saat ini, hingga kini, baru-baru ini
    "ref": r"(?<![\w-])(?P<ref>{ref})(?![\w-])",
    # kuartal ketiga 2014, triwulan I-2015, semester kedua tahun lalu
    "yearpart": (
        r"(?<![\w-])(?P<ypart>{ypart})\s*(?:ke-?\s*)?(?P<pord>{pord})(?![\w])"
        r"(?:(?:\s*-\s*|\s+(?:tahun\s+)?)(?P<year>\d{{4}})(?![\d])|\s+tahun\s+(?P<yshift>ini|lalu|depan)(?![\w]))?"
    ),
    # Natal, Tahun Baru 2015, Hari Kemerdekaan (a name: capitalised as written)
    "holiday": r"(?<![\w-])(?-i:(?=[A-Z])(?P<holiday>{holiday}))(?![\w-])(?:\s+(?P<year>\d{{4}})(?![\d]))?",
    # musim dingin (tahun ini)
    "season": (
        r"(?<![\w-])(?P<season>{season})(?![\w-])"
        r"(?:\s+(?:tahun\s+)?(?P<year>\d{{4}})(?![\d])|\s+(?:tahun\s+)?(?P<yshift>ini|lalu|depan)(?![\w]))?"
    ),
    # sesaat, sebentar, beberapa saat
    "vdur": r"(?<![\w-])(?P<vdur>{vdur})(?![\w-])",
}


@cache
def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern `name` of TEMPLATES."""
    return _compile(TEMPLATES[name])


@cache
def zone_offset_re() -> re.Pattern[str]:
    return re.compile(r"(?:UTC|GMT)\s*(?P<sign>[+−-])\s*(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2}))?")
