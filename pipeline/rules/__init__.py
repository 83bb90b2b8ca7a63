"""The entity rule layers that run over spaCy's NER: context rules, and the fix-ups for
people, organisations and places the small model gets wrong on memo language.

Kept apart from `extract.py` because they are most of the extraction code and are read on their
own. One module per thing the rules are about; each layer may overwrite the labels before it,
so the order they run in lives in one place, `order.py` (the Matcher rules' own order is in
`matchers.py`).
"""
