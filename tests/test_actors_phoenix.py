"""Dated roles in the packaged dictionaries and the actors imported from PETRARCH2's Phoenix
dictionaries (scripts/import_phoenix.py → actors/data/phoenix.tsv, CAMEO → PLOVER by
actors/data/cameo_codes.tsv)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, rule_events

from peristiwa import extract
from peristiwa.actors import ActorCoder, reset
from peristiwa.actors.lexicon import key_of, lexicon
from peristiwa.actors.phoenix import Coding, cameo_coding, display_name, phoenix_day
from peristiwa.actors.user import ENV, event_day, read_dictionary, read_table
from peristiwa.errors import InputError
from peristiwa.resources import load_yaml
from peristiwa.spans import EventDate

PHOENIX = SHARED / "data" / "actors" / "phoenix"
DATA = ROOT / "src" / "peristiwa" / "actors" / "data"


@pytest.fixture
def no_user_dictionaries(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(ENV, raising=False)
    reset()
    yield
    reset()


def _sectors(text: str, reference: str, name: str) -> list[object]:
    """The sectors the actor `name` is coded with in the events the rules find (the learned judge,
    which decides whether an event is kept, is not what these tests are about)."""
    return [p.sector for e in rule_events(text, reference_time=reference) for p in e.actor if p.name == name]


@pytest.mark.parametrize(
    ("day", "reference", "sector"),
    [
        ("Senin (7/7/2003)", "2003-07-08", "BUS"),  # before he was mayor of Surakarta
        ("Senin (8/6/2020)", "2020-06-09", "GOV"),  # president
        ("Senin (2/6/2025)", "2025-06-03", "ELI"),  # after 20 October 2024
    ],
)
def test_packaged_president_is_coded_by_the_event_date(
    no_user_dictionaries: None, day: str, reference: str, sector: str
) -> None:
    text = f"Jokowi mengecam keras serangan terhadap kantor partai di Jakarta pada {day}."
    assert _sectors(text, reference, "Joko Widodo") == [sector]


@pytest.mark.parametrize(
    ("name", "reference", "sector"),
    [
        ("Fadli Zon", "2018-03-01", "LEG"),  # deputy speaker of the DPR
        ("Fadli Zon", "2025-03-01", "GOV"),  # minister of culture
        ("Nadiem Makarim", "2021-03-01", "GOV"),  # minister of education
        ("Nadiem Makarim", "2025-08-01", "ELI"),  # former minister
        ("Elon Musk", "2023-03-01", "BUS"),
        ("Elon Musk", "2025-03-01", "GOV"),  # head of the government efficiency department
    ],
)
def test_packaged_public_figure_is_coded_by_the_event_date(
    no_user_dictionaries: None, name: str, reference: str, sector: str
) -> None:
    text = f"{name} mengecam keras serangan terhadap kantor partai di Jakarta."
    assert _sectors(text, reference, name) == [sector]


def test_undated_event_takes_the_reference_day(no_user_dictionaries: None) -> None:
    text = "Soeharto mengecam keras serangan terhadap kantor partai di Jakarta."
    assert _sectors(text, "1990-03-01", "Soeharto") == ["GOV"]
    assert _sectors(text, "2005-03-01", "Soeharto") == ["ELI"]


@pytest.mark.parametrize(
    ("day", "reference", "sector"),
    [("Senin (7/5/2007)", "2007-05-08", "GOV"), ("Senin (7/5/2012)", "2012-05-08", "ELI")],
)
def test_phoenix_minister_is_coded_by_his_dated_role(
    no_user_dictionaries: None, day: str, reference: str, sector: str
) -> None:
    # Phoenix: [IDNGOV 041101-091031] (coordinating minister in the first Yudhoyono cabinet)
    text = f"Aburizal Bakrie mengecam keras serangan terhadap kantor partai di Jakarta pada {day}."
    doc = extract(text, reference_time=reference).to_json()
    parties = [p for e in doc["events"] for p in e["actor"] if p["name"] == "Aburizal Bakrie"]
    assert [(p["country"], p["sector"]) for p in parties] == [("IDN", sector)]


def test_phoenix_armed_group_and_igo_are_coded(no_user_dictionaries: None) -> None:
    doc = extract(
        "Pemerintah Thailand menuding Barisan Revolusi Nasional Melayu Pattani menyerang pos militer di Narathiwat. "
        "OPEC memutuskan memangkas produksi minyak mentah.",
        reference_time="2019-03-04",
    ).to_json()
    coded = {(m["text"], m.get("country"), m.get("sector")) for m in doc["entities"]}
    assert ("Barisan Revolusi Nasional Melayu Pattani", "THA", "REB") in coded
    assert ("OPEC", "IGO", "GOV") in coded


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("IDNGOVMIL", "IDN", "GOV"),  # the first role decides
        ("IDNMIL", "IDN", "MIL"),
        ("IGOUNOKID", "UNO", "GOV"),  # UNICEF: an IGO of the UN, its sector unknown → the IGO's
        ("IGOSEAASN", "IGO", "GOV"),  # ASEAN
        ("IMGSEAMUSJMA", "IMG", "REB"),  # a Muslim militant group, not a religious body
        ("THAREB", "THA", "REB"),
        ("IDNMED", "IDN", "JRN"),  # CAMEO MED is the media
        ("NGOHLH", "NGO", "MED"),  # CAMEO HLH is health
        ("TMPGOV", "TLS", "GOV"),  # East Timor's old code
        ("SEAREB", None, "REB"),  # a region is no country
    ],
)
def test_cameo_codes_map_to_plover_country_and_sector(code: str, country: str | None, sector: str) -> None:
    assert cameo_coding(code) == Coding(country, sector)


def test_phoenix_days_follow_petrarch() -> None:
    assert phoenix_day("041020") == "2004-10-20"
    assert phoenix_day("670312") == "1967-03-12"  # YY above 30: 19YY
    assert phoenix_day("17890430") == "1789-04-30"
    assert phoenix_day("2004017") is None


def test_phoenix_names_are_written_out_of_capitals() -> None:
    assert display_name("OSAMA BIN LADEN") == "Osama bin Laden"
    assert display_name("AYMAN AL-ZAWAHIRI") == "Ayman al-Zawahiri"
    assert display_name("ELIZABETH II") == "Elizabeth II"
    assert display_name("UNICEF", acronym=True) == "UNICEF"


PHOENIX_FILE = """\
# a user's own dictionary, in the PETRARCH/Phoenix format
BAMBANG_TRI_HARYANTO_
+BAMBANG_T._HARYANTO_
\t[IDNCOP 100101-200131]
\t[IDNSPY >200201]
\t[IDNELI]
FRONT_PEMUDA_TANJUNG_HARAPAN_ [IDNREB]
"""


@pytest.mark.parametrize(
    ("day", "reference", "sector"),
    [
        ("Senin (7/5/2012)", "2012-05-08", "COP"),
        ("Senin (2/6/2025)", "2025-06-03", "SPY"),
        ("Senin (5/5/2008)", "2008-05-06", "ELI"),
    ],
)
def test_user_phoenix_file_codes_by_the_event_date(
    no_user_dictionaries: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, day: str, reference: str, sector: str
) -> None:
    path = tmp_path / "aktor.actors.txt"
    path.write_text(PHOENIX_FILE, encoding="utf-8")
    text = f"Bambang Tri Haryanto mengecam keras serangan terhadap kantor polisi di Jakarta pada {day}."
    try:
        doc = extract(text, reference_time=reference, actors=[path]).to_json()
        parties = [p for e in doc["events"] for p in e["actor"] if p["name"] == "Bambang Tri Haryanto"]
        assert [(p["country"], p["sector"]) for p in parties] == [("IDN", sector)]
    finally:
        monkeypatch.delenv(ENV, raising=False)


def test_user_phoenix_file_reads_people_and_groups(tmp_path: Path) -> None:
    path = tmp_path / "aktor.actors.txt"
    path.write_text(PHOENIX_FILE, encoding="utf-8")
    person, group = read_dictionary(path)
    assert person.aliases == ("Bambang Tri Haryanto", "Bambang T. Haryanto") and person.label == "PER"
    assert [(r.sector, r.start, r.end) for r in person.roles] == [
        ("COP", "2010-01-01", "2020-01-31"),
        ("SPY", "2020-02-01", None),
    ]
    assert (group.name, group.label, group.country, group.sector) == (
        "Front Pemuda Tanjung Harapan",
        "ORG",
        "IDN",
        "REB",
    )
    bad = tmp_path / "salah.actors.txt"
    bad.write_text("BUDI_ [XYZQ]\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape("salah.actors.txt: BUDI: no CAMEO code")):
        read_dictionary(bad)


def test_phoenix_aliases_never_shadow_the_hand_written_ones() -> None:
    hand_written = set()
    for name in ("organisations.yaml", "groups.yaml", "indonesia.yaml", "metonyms.yaml", "persons.yaml"):
        for canonical, entry in (load_yaml((DATA / name).read_text(encoding="utf-8")) or {}).items():
            hand_written.update(key_of(str(a)) for a in entry.get("aliases", [canonical]))
    imported = read_table((DATA / "phoenix.tsv").read_text(encoding="utf-8"), "phoenix.tsv")
    assert len(imported) > 1000
    clashes = [a for e in imported for a in e.aliases if key_of(a) in hand_written]
    assert clashes == []
    assert all("English" not in a and " Of " not in a for e in imported for a in e.aliases)


def test_phoenix_table_errors_name_the_row() -> None:
    text = "name\taliases\tcountry\tsector\tlabel\troles\nBudi\tBudi Santoso\tIDN\tELI\t\tGOV 2004-10-20\n"
    with pytest.raises(InputError, match="row 2 \\(Budi\\)"):
        read_table(text, "aktor.tsv")


def test_phoenix_import_is_reproducible() -> None:
    if not PHOENIX.is_dir():
        pytest.skip(f"the Phoenix dictionaries are not at {PHOENIX} (set PERISTIWA_SHARED)")
    script = ROOT / "scripts" / "import_phoenix.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check", "--source", str(PHOENIX)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_packaged_dated_roles_are_loaded(no_user_dictionaries: None) -> None:
    dated = lexicon().dated
    assert [r.sector for r in dated["Prabowo Subianto"]] == ["MIL", "BUS", "PTY", "GOV"]
    assert "Aburizal Bakrie" in dated


def test_extract_actors_argument_puts_a_user_dictionary_in_force(
    no_user_dictionaries: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "aktor.yaml"
    path.write_text(
        "Laskar Pemuda Tanjung Harapan:\n  aliases: [Laskar Pemuda Tanjung Harapan]\n  country: PNG\n"
        "  label: ORG\n  sector: REB\n",
        encoding="utf-8",
    )
    text = "Laskar Pemuda Tanjung Harapan menyerang pos polisi di Ambon pada Senin (2/6/2025)."
    try:
        doc = extract(text, reference_time="2025-06-03", actors=[path]).to_json()
        assert ("PNG", "REB") in {(p["country"], p["sector"]) for e in doc["events"] for p in e["actor"]}
        plain = extract(text, reference_time="2025-06-03", actors=[]).to_json()  # none in force again
        assert ("PNG", "REB") not in {(p["country"], p["sector"]) for e in plain["events"] for p in e["actor"]}
    finally:
        monkeypatch.delenv(ENV, raising=False)


@pytest.mark.parametrize(
    ("when", "sector"),
    [
        ("Pada 2017", "GOV"),  # a year: its middle (July), when he was president
        ("Pada Januari 2017", "PTY"),  # mid-January, before he took office on the 20th
    ],
)
def test_role_of_an_event_dated_by_year_or_month_is_taken_at_its_middle(
    no_user_dictionaries: None, when: str, sector: str
) -> None:
    text = f"{when}, Trump mengecam keras serangan kimia di Suriah."
    assert _sectors(text, "2025-06-03", "Donald Trump") == [sector]


@pytest.mark.parametrize(
    ("start", "end", "precision", "day"),
    [
        ("2017", None, "year", "2017-07-02"),
        ("2017-01", None, "month", "2017-01-16"),
        ("2025-06-02T03:00:00Z", None, "minute", "2025-06-02"),
        ("199", None, "decade", "1994-12-31"),
        ("2016", "2018", "year", "2017-07-01"),
    ],
)
def test_event_day_is_the_middle_of_the_date_span(start: str, end: str | None, precision: str, day: str) -> None:
    assert event_day(EventDate(start, end, precision, False, None, None, None)) == day  # type: ignore[arg-type]


def test_packaged_extension_dictionary_from_an_entry_point(
    no_user_dictionaries: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package declares `[project.entry-points."peristiwa.actors"] papua = "pkg:dictionary"`."""
    import peristiwa.actors.user as user

    path = tmp_path / "papua.yaml"
    path.write_text("Laskar Pemuda Tanjung Harapan: {country: PNG, label: ORG, sector: REB}\n", encoding="utf-8")

    class Point:
        def load(self) -> object:
            return lambda: str(path)

    monkeypatch.setattr(user, "entry_points", lambda group: [Point()] if group == "peristiwa.actors" else [])
    reset()
    text = "Laskar Pemuda Tanjung Harapan menyerang pos polisi di Ambon pada Senin (2/6/2025)."
    assert ("PNG", "REB") in {
        (p["country"], p["sector"])
        for e in extract(text, reference_time="2025-06-03").to_json()["events"]
        for p in e["actor"]
    }


@pytest.mark.parametrize(
    ("sentence", "text", "name", "sector"),
    [
        (
            "Menteri ESDM Purnomo Yusgiantoro meresmikan kilang itu.",
            "Menteri ESDM Purnomo Yusgiantoro",
            "Purnomo Yusgiantoro",
            "GOV",
        ),
        (
            "Menteri Koordinator Bidang Pangan Zulkifli Hasan meninjau gudang Bulog.",
            "Menteri Koordinator Bidang Pangan Zulkifli Hasan",
            "Zulkifli Hasan",
            "GOV",
        ),
    ],
)
def test_title_office_words_then_a_known_person_make_one_mention(
    no_user_dictionaries: None, sentence: str, text: str, name: str, sector: str
) -> None:
    """The office's capitalised words ("ESDM") belong to the title; the dictionary names the person."""
    people = [e for e in ActorCoder.load().find_entities(sentence, default_country="IDN") if e.label == "PER"]
    assert [(e.text, e.name, e.country, e.sector) for e in people] == [(text, name, "IDN", sector)]


SAMPLE = ROOT / "tests" / "data" / "actors" / "phoenix_sample.tsv"


def test_imported_actors_are_found_in_indonesian_sentences(no_user_dictionaries: None) -> None:
    """A random sample of the imported actors, each in a sentence of news Indonesian: the name
    is found and coded with the country the person acts for (30/30 when written)."""
    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    coder = ActorCoder.load()
    misses = []
    for row in rows:
        start = row["sentence"].index(row["mention"])
        end = start + len(row["mention"])
        found = [e for e in coder.find_entities(row["sentence"]) if e.start <= start and end <= e.end]
        if not found or found[0].country not in row["country"].split("|"):
            misses.append((row["mention"], [(e.text, e.country) for e in found]))
    assert len(rows) == 30
    assert len(misses) <= 1, misses


@pytest.mark.parametrize(
    "name",
    ["Organisasi Negara-Negara Pengekspor Minyak", "Organisasi Negara Pengekspor Minyak"],
)
def test_opec_spelled_out_is_coded_as_opec(name: str) -> None:
    doc = extract(f"{name} memutuskan memangkas produksi minyak mentah.", reference_time="2019-03-04").to_json()
    coded = {(m["text"], m.get("country"), m.get("sector")) for m in doc["entities"]}
    assert (name, "IGO", "GOV") in coded
