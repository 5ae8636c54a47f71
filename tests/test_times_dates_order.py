"""Dating acts told relative to others (D56), comparisons' standards, and the numeric date over its weekday (D55)."""

from __future__ import annotations

from datetime import datetime

import pytest

from peristiwa.times import DateContext, find_times

NEWS_DAY = datetime(2025, 3, 12)


def _date(text: str, trigger: str, sentence: str, reference: datetime | None = None) -> str | None:
    context = DateContext(find_times(text, reference_time=reference), reference_time=reference, text=text)
    start = text.index(sentence)
    event = context.date_at(text.index(trigger, start), sentence=(start, start + len(sentence)))
    return event.start if event is not None and not event.untied else None  # an untied day is not output


@pytest.mark.parametrize(
    ("text", "trigger", "sentence"),
    [
        (
            "Pada tahun 1602 pasukan kerajaan menyerbu benteng itu setelah penduduk menolak membayar upeti.",
            "menolak",
            "Pada tahun 1602 pasukan kerajaan menyerbu benteng itu setelah penduduk menolak membayar upeti.",
        ),
        (
            "Pada musim kemarau tahun 1755 sultan mengusir para pedagang asing sesudah mereka membakar gudang garam.",
            "membakar",
            "Pada musim kemarau tahun 1755 sultan mengusir para pedagang asing sesudah mereka membakar gudang garam.",
        ),
    ],
)
def test_times_an_earlier_clause_in_a_history_takes_no_year_of_its_main_clause(
    text: str, trigger: str, sentence: str
) -> None:
    assert _date(text, trigger, sentence) is None
    history = "Kerajaan itu makin kuat pada abad ke-17. " + text
    assert _date(history, trigger, sentence) is None


def test_times_the_main_clause_of_a_history_keeps_its_year() -> None:
    text = "Pada tahun 1602 pasukan kerajaan menyerbu benteng itu setelah penduduk menolak membayar upeti."
    assert _date(text, "menyerbu", text) == "1602"


def test_times_an_act_placed_after_another_takes_no_day_of_the_episode_told_before() -> None:
    text = (
        "BANDUNG, KOMPAS.com - Polisi menangkap tiga pemuda yang merusak pos ronda, Senin (10/3/2025).\n\n"
        "Setelah memeriksa tujuh saksi, polisi menetapkan ketiganya sebagai tersangka."
    )
    sentence = "Setelah memeriksa tujuh saksi, polisi menetapkan ketiganya sebagai tersangka."
    assert _date(text, "menetapkan", sentence, NEWS_DAY) is None
    assert _date(text, "menangkap", text.split("\n\n")[0], NEWS_DAY) == "2025-03-10"


def test_times_the_next_step_after_that_still_carries_the_day() -> None:
    text = (
        "BANDUNG, KOMPAS.com - Polisi menangkap tiga pemuda yang merusak pos ronda, Senin (10/3/2025).\n\n"
        "Setelah itu, polisi menahan ketiganya di Polsek Coblong."
    )
    sentence = "Setelah itu, polisi menahan ketiganya di Polsek Coblong."
    assert _date(text, "menahan", sentence, NEWS_DAY) == "2025-03-10"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Jaksa sebelumnya menuntut terdakwa tiga tahun penjara.", "menuntut"),
        ("Polisi juga memeriksa warga yang sebelumnya dilaporkan hilang.", "dilaporkan"),
    ],
)
def test_times_an_earlier_step_inside_a_sentence_takes_no_carried_day(sentence: str, trigger: str) -> None:
    text = "SEMARANG, KOMPAS.com - Hakim memvonis terdakwa dua tahun penjara, Selasa (11/3/2025).\n\n" + sentence
    assert _date(text, trigger, sentence, NEWS_DAY) is None


def test_times_a_comparison_s_standard_is_not_dated_by_its_sentence() -> None:
    sentence = "Hukuman itu lebih ringan daripada tuntutan jaksa pada Selasa (11/3/2025)."
    text = "SEMARANG, KOMPAS.com - Hakim memvonis terdakwa dua tahun penjara.\n\n" + sentence
    assert _date(text, "tuntutan", sentence, NEWS_DAY) == "2025-03-11"
    told = "Vonis yang dibacakan Selasa (11/3/2025) itu lebih ringan dibandingkan dengan tuntutan jaksa."
    text = "SEMARANG, KOMPAS.com - Hakim memvonis terdakwa dua tahun penjara.\n\n" + told
    assert _date(text, "tuntutan", told, NEWS_DAY) is None


@pytest.mark.parametrize(
    ("day", "value"),
    [
        ("Kamis (26/2/2025)", "2025-02-26"),  # before the writing day, off its weekday
        ("Sabtu (14/4/2025)", "2025-04-14"),  # after it, but 14 March is no Saturday: as written (a slip of the day)
        ("Senin (10/3/2025)", "2025-03-10"),  # on its weekday
    ],
)
def test_times_the_numeric_date_wins_over_a_weekday_off_it(day: str, value: str) -> None:
    """D55: the weekday does not move a numeric date the text could have meant (a correction of past
    dates by the weekday made a false merge in the cluster gold)."""
    text = f"MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu di Deli Serdang, {day}."
    times = {t.text: t.value for t in find_times(text, reference_time=NEWS_DAY)}
    assert times[day] == value


@pytest.mark.parametrize(
    ("day", "value"),
    [
        ("Senin (10/4/2025)", "2025-03-10"),  # a month after the writing day: the Monday of the month before
        ("Rabu (12/3/2026)", "2025-03-12"),  # a year after it: the Wednesday of the text's own year
    ],
)
def test_times_a_weekday_dated_day_after_the_writing_day_is_the_day_its_weekday_names(day: str, value: str) -> None:
    """D55: a numeric date after the day the text was written is impossible in a report of what was
    done; when the same day of the month before, or of the text's own year, falls on the weekday named,
    the month or year was mistyped."""
    text = f"MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu di Deli Serdang, {day}."
    times = {t.text: t.value for t in find_times(text, reference_time=NEWS_DAY)}
    assert times[day] == value


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "GARUT, KOMPAS.com - Polisi menangkap dua pencuri kabel di Garut, Senin (10/3/2025).\n\n"
            "Polisi masih memburu seorang pelaku lain yang kabur ke hutan.",
            "Polisi masih memburu seorang pelaku lain yang kabur ke hutan.",
        ),
        (
            "DEPOK, KOMPAS.com - Polisi memburu tiga pria yang merampok toko emas di Depok.\n\n"
            '"Identitas mereka sudah kami kantongi," kata Kapolres kepada wartawan, Selasa (11/3/2025).',
            "DEPOK, KOMPAS.com - Polisi memburu tiga pria yang merampok toko emas di Depok.",
        ),
    ],
)
def test_times_a_hunt_for_suspects_takes_no_day_told_outside_its_sentence(text: str, sentence: str) -> None:
    """D51, D57: a hunt is under way as the news is written; its start is not told."""
    trigger = "memburu"
    assert _date(text, trigger, sentence, NEWS_DAY) is None
    dated = text.replace("memburu", "menangkap", 1)
    assert _date(dated, "menangkap", sentence.replace("memburu", "menangkap"), NEWS_DAY) is not None


def test_times_a_hunt_keeps_the_day_of_its_own_sentence() -> None:
    text = "CIANJUR, KOMPAS.com - Sejak Minggu (9/3/2025), polisi memburu dua tahanan yang kabur."
    assert _date(text, "memburu", text, NEWS_DAY) == "2025-03-09"


@pytest.mark.parametrize(
    ("lead", "main", "trigger"),
    [
        (
            "MEDAN, KOMPAS.com - Pengadilan militer menyidangkan dua prajurit yang menyerang warga desa.",
            "menyidangkan",
            "menyerang",
        ),
        ("SURABAYA, KOMPAS.com - Pemkot membina anak-anak yang ditangkap saat tawuran.", "membina", "ditangkap"),
        (
            "JAKARTA, KOMPAS.com - Pelatih itu dinonaktifkan setelah muncul tuduhan kekerasan terhadap atlet.",
            "dinonaktifkan",
            "tuduhan",
        ),
    ],
)
def test_times_a_subordinate_act_of_a_lead_takes_not_the_day_told_after_it(lead: str, main: str, trigger: str) -> None:
    """The day told after a lead ("kata X, Kamis (6/3/2025)") dates its main act, not an act of a relative
    clause or of a clause placed before or after it."""
    text = lead + '\n\n"Kami terus mengawasi perkara ini," kata juru bicara, Kamis (6/3/2025).'
    assert _date(text, trigger, lead, NEWS_DAY) is None
    assert _date(text, main, lead, NEWS_DAY) == "2025-03-06"
