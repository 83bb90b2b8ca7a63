"""Long recordings on the real model: the batched path (`batched.transcribe_batched`).

A recording over a minute is decoded in batches of windows, and its language is voted on from
those windows' own encoder output rather than detected in a pass of its own: a French one must
come out French, in French.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = [pytest.mark.real, pytest.mark.slow]

FRENCH = (
    "Bonjour, je m'appelle Claire et je travaille à la mairie de Lyon depuis dix ans. "
    "Aujourd'hui nous avons parlé du budget de l'école primaire, des travaux dans le parc et "
    "de la fête du quartier. Il faut appeler le directeur avant vendredi pour confirmer la "
    "date. Ensuite, nous irons au marché pour acheter des légumes, du pain et du fromage. "
    "Le week-end prochain, mes enfants jouent un match de football. Je dois préparer les "
    "boissons et les gâteaux pour tout le monde. Enfin, n'oublie pas de rendre les livres à "
    "la bibliothèque municipale avant la fin du mois. "
)


@pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="needs espeak-ng (.ci/run installs it)"
)
def test_a_long_french_recording_is_heard_as_french(tmp_path: Path) -> None:
    from pipeline import transcribe
    from pipeline.audio import decode

    path = tmp_path / "fr.wav"
    subprocess.run(["espeak-ng", "-v", "fr", "-s", "150", "-w", str(path), FRENCH * 3], check=True)
    samples = decode(path)
    assert len(samples) > transcribe.PRESETS["default"].batch_over_s * transcribe.SAMPLE_RATE
    out = transcribe.WhisperTranscriber("base").transcribe(samples)
    assert out.language == "fr"
    text = " ".join(s.text for s in out.segments).lower()
    assert "bibliothèque" in text and "bonjour" in text
    assert out.segments[-1].end_s > 0.9 * out.duration_s  # heard to the end
