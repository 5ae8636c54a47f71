"""Indonesian numbers, quantities and casualty phrases.

`parse_number` reads one number as written ("14.000", "dua puluh lima", "2,5 juta",
"puluhan", "9 hingga 12"); `find_quantities` finds the numbers of a text with their
qualifiers ("sedikitnya 25"), leaving out dates, clock times, codes and money;
`find_casualties` reads who was killed, injured, missing, arrested, displaced or abducted.
"""

from __future__ import annotations

from .casualties import find_casualties
from .numbers import parse_number
from .recognise import find_quantities

__all__ = ["find_casualties", "find_quantities", "parse_number"]
