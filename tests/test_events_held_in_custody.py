"""A person held in a cell or a prison ("mendekam di sel tahanan"), or lodged in another body's cells
("dititipkan di rumah tahanan"), is in custody: COERCE `arrest`. An animal lying low or a child left
with relatives is not."""

from __future__ import annotations

import pytest
from conftest import reported


@pytest.mark.parametrize(
    "text",
    [
        "Kepala dinas yang menerima suap itu kini mendekam di rutan Kejaksaan Negeri Bogor.",
        "Pelaku pembakaran pos ronda itu mendekam di sel Polsek Cibinong sejak Jumat.",
        "Tiga tersangka dititipkan di rutan Polda Bali sambil menunggu persidangan.",
    ],
)
def test_a_person_held_in_a_cell_is_in_custody(text: str) -> None:
    assert "COERCE" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Seekor harimau mendekam di balik semak selama berjam-jam.",
        "Bayi itu dititipkan di rumah bibinya setiap pagi.",
        "Kunci rumah dititipkan kepada tetangga sebelah.",
    ],
)
def test_an_animal_lying_low_or_a_child_left_with_family_is_not_custody(text: str) -> None:
    assert "COERCE" not in [t for t, _ in reported(text)]
