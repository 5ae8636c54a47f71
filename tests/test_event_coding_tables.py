"""The CAMEO tables that GDELT users' columns come from: Goldstein values and QuadClass."""

from __future__ import annotations

from peristiwa.events.coding import _goldstein, goldstein, quad_class


def test_every_cameo_code_of_the_goldstein_table_has_a_quad_class() -> None:
    codes = list(_goldstein())
    assert len(codes) > 150
    assert all(quad_class(code) in (1, 2, 3, 4) for code in codes)
    # QuadClass follows the roots in order: cooperation before conflict, verbal before material
    roots = sorted({code[:2] for code in codes})
    assert [quad_class(r) for r in roots] == sorted(quad_class(r) or 0 for r in roots)


def test_material_conflict_is_at_the_bottom_of_the_goldstein_scale() -> None:
    for code, value in _goldstein().items():
        if code[:2] in {"18", "19", "20"}:  # assault, fight, mass violence
            assert value <= -8.0, code
        if quad_class(code) == 2:  # material cooperation
            assert value >= 0.0, code
    assert goldstein("190") == -10.0 and quad_class("190") == 4
    assert quad_class("99") is None and quad_class(None) is None
