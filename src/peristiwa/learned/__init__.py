"""Learned components, trained on the project's annotated corpus (`peristiwa.corpus`).

- :mod:`.features` turns a candidate event into the classifier's input;
- :mod:`.judge` keeps the candidate events that report an actual political or conflict event
  of their type (relevance, word sense and realis in one decision) and gives each its
  probability as the event's confidence.
"""
