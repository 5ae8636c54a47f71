"""A form's PLOVER type told by what it acts on (annotation decisions D29, D115 and the corpus's asset
freezes): an agreement approved is SUPPORT where a bill or a request approved is AGREE; frozen assets are
COERCE where frozen aid or relations are a SANCTION."""

from __future__ import annotations

import pytest

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def types_of(text: str, trigger: str) -> list[str]:
    """The types of the reported mentions whose trigger is `trigger`."""
    return [
        m.event_type
        for m in find_mentions(text, segment(text))
        if m.trigger.text == trigger and not (m.negated or m.content or m.future)
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Traktat perdamaian itu disetujui oleh parlemen kedua negara pada bulan Maret.", "disetujui", "SUPPORT"),
        ("Kedua kerajaan menyetujui perjanjian pembagian wilayah itu setelah perang.", "menyetujui", "SUPPORT"),
        ("Parlemen menyetujui kenaikan anggaran pertahanan untuk tahun depan.", "menyetujui", "AGREE"),
        ("Pemerintah menyetujui permintaan negara tetangga untuk membuka jalur bantuan.", "menyetujui", "AGREE"),
    ],
)
def test_approving_an_agreement_is_support_and_approving_a_plan_agree(text: str, trigger: str, event_type: str) -> None:
    assert types_of(text, trigger) == [event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kejaksaan membekukan rekening milik organisasi terlarang itu.", "COERCE"),
        ("Kementerian keuangan membekukan aset seorang pengusaha yang buron.", "COERCE"),
        ("Washington membekukan bantuan ekonomi kepada junta militer itu.", "SANCTION"),
        ("Negara itu membekukan hubungan diplomatik dengan tetangganya.", "SANCTION"),
    ],
)
def test_freezing_assets_is_coercion_and_freezing_aid_or_relations_a_sanction(text: str, event_type: str) -> None:
    assert types_of(text, "membekukan") == [event_type]
