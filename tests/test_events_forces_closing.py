"""Armed forces closing an area or a way in to others restrict it (COERCE `restrict`), as a blockade
does; a road closed by civil authorities, or a ceremony closed by soldiers, is no coercion."""

from __future__ import annotations

import pytest
from conftest import reported


@pytest.mark.parametrize(
    "text",
    [
        "Tentara menutup jalan menuju desa itu setelah terjadi baku tembak.",
        "Pasukan pemberontak menutup jalur logistik ke kota pelabuhan tersebut.",
        "Kendaraan lapis baja militer menutup pintu masuk ke kawasan perbatasan.",
    ],
)
def test_forces_closing_an_area_restrict_it(text: str) -> None:
    assert "COERCE" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dinas perhubungan menutup jalan itu selama perbaikan jembatan.",
        "Seorang prajurit menutup acara syukuran dengan doa.",
        "Bank itu menutup rekening nasabah yang tidak aktif.",
    ],
)
def test_closing_for_works_or_a_ceremony_is_no_coercion(text: str) -> None:
    assert "COERCE" not in [t for t, _ in reported(text)]
