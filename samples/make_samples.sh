#!/usr/bin/env bash
# make_samples.sh - regenerate every audio file under samples/ from its text.
#
# The speech is synthesised with espeak-ng, lightly processed with sox
# (padding, loudness, optional room noise / telephone band / a pause), and
# encoded into phone formats with ffmpeg.  The script is idempotent: running it
# again rewrites the same files from the same recipes (sox runs with -R, ffmpeg
# with bitexact flags, so the output only changes when the tools' versions do).
#
#   samples/*.txt               text of each demo memo (sibling of its audio)
#   samples/eval/manifest.json  text of each evaluation memo ("text" field)
#   RECIPES below               voice, speed, effects and codec for each file
#
# Usage:  samples/make_samples.sh            # regenerate everything
#         samples/make_samples.sh PATTERN    # only files whose path contains PATTERN
#
# Needs: espeak-ng, sox, ffmpeg, python3 (to read the manifest).  The AMR-NB
# .3gp files need an ffmpeg built with libopencore_amrnb; if the system ffmpeg
# lacks it, the one shipped in the imageio-ffmpeg wheel (.venv) is used, or set
# FFMPEG_AMR=/path/to/ffmpeg.  The generated audio is committed, so the tests
# never need these tools.
#
# The spoken text is the real text, except where a recipe's "say" rules respell
# a word for espeak-ng (a pronunciation hint only; .txt / manifest keep the real
# spelling).  "break=PHRASE" inserts a pause after PHRASE (SSML <break>).
set -euo pipefail

src="${BASH_SOURCE[0]}"
[[ "$src" == */* ]] || src="./$src"
HERE="$(cd "${src%/*}" && pwd)"
ROOT="${HERE%/*}"
FILTER="${1:-}"

missing=()
for tool in espeak-ng sox ffmpeg python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "make_samples.sh: missing required tool(s): ${missing[*]}" >&2
    echo "  e.g. apt-get install -y espeak-ng sox ffmpeg python3" >&2
    exit 1
fi

FFMPEG="${FFMPEG:-ffmpeg}"
amr_ffmpeg() {
    local cand
    for cand in "${FFMPEG_AMR:-}" "$FFMPEG" \
        "$("$ROOT/.venv/bin/python" -c 'import imageio_ffmpeg;print(imageio_ffmpeg.get_ffmpeg_exe())' 2>/dev/null || true)"; do
        [[ -n "$cand" ]] || continue
        if [[ "$("$cand" -hide_banner -encoders 2>/dev/null || true)" == *libopencore_amrnb* ]]; then
            echo "$cand"; return 0
        fi
    done
    echo "make_samples.sh: no ffmpeg with libopencore_amrnb found (set FFMPEG_AMR)" >&2
    return 1
}

# Recipes: output path (relative to samples/) | espeak-ng voice | words per minute |
#          word gap (10 ms units) | pitch (0-99) | sox effects | codec | extra
#   effects: clean | noise (quiet pink-noise room tone) | phone (300-3400 Hz band)
#            | noise+phone
#   codec:   aac48 aac32 (m4a) | mp3 | opus (ogg/webm) | vorbis | amr (3gp) | flac
#   extra:   ';'-separated: break=PHRASE (2.5 s pause after PHRASE),
#            say=WORD=RESPELLING (pronunciation hint for espeak-ng only)
RECIPES='
20261118_173512.m4a|en-gb|150|2|50|noise|aac48|
Recording 2026-11-20 08.15.40.mp3|en+f2|160|1|50|clean|mp3|break=Accenture now.;say=Bumped into=Bumped, into
PTT-20261121-WA0004.ogg|en+m7|150|1|50|clean|opus|say=Wick=Wik
Voice_20261119_213045.3gp|en-gb|140|3|50|clean|amr|
audio_2026-11-23_07-45-10.webm|en-us+f5|155|1|50|clean|opus|
Recording_20261124_123005.flac|en-gb-x-rp+f2|155|1|50|noise|flac|
eval/20261116_093000.m4a|en-gb|155|1|50|clean|aac32|say=Bumped into=Bumped, into
eval/20261116_181000.ogg|en+f2|155|1|50|phone|opus|
eval/20261117_074500.mp3|en-us|150|1|50|noise|mp3|
eval/20261117_122000.3gp|en-us+m1|150|2|50|clean|amr|
eval/20261118_080500.ogg|en+f4|155|1|50|clean|opus|
eval/20261118_174000.m4a|en-gb-x-rp|155|1|50|noise|aac32|
eval/20261119_191500.mp3|en-gb|150|1|50|clean|mp3|say=touchline=touch line
eval/20261120_085000.3gp|en-gb-x-rp|145|2|50|clean|amr|say=Bumped into=Bumped, into
eval/20261120_163000.ogg|en-us|155|1|50|clean|opus|
eval/20261121_100000.m4a|en-gb|150|2|50|noise|aac32|
eval/20261121_152500.mp3|en-us+f2|155|1|50|clean|mp3|
eval/20261122_111000.ogg|en-gb|155|1|50|clean|opus|say=Davies=Davees
eval/20261123_083000.3gp|en-us|150|2|50|phone|amr|
eval/20261123_130000.m4a|en-gb-x-gbcwmd|155|1|50|clean|aac32|
eval/20261124_184500.mp3|en-us+f5|155|1|50|noise|mp3|
eval/20261125_072000.3gp|en-us-nyc|150|2|50|clean|amr|
eval/20261126_200000.m4a|en-us|155|1|50|clean|aac32|say=Bumped into=Bumped, into
eval/20261127_091500.mp3|en-gb|150|1|50|clean|mp3|
'

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

text_for() {  # text_for REL -> the memo's real text
    local rel="$1"
    if [[ "$rel" == eval/* ]]; then
        python3 - "$HERE/eval/manifest.json" "${rel#eval/}" <<'PY'
import json, sys
for item in json.load(open(sys.argv[1])):
    if item["file"] == sys.argv[2]:
        print(item["text"]); break
else:
    sys.exit("not in manifest: " + sys.argv[2])
PY
    else
        cat "$HERE/${rel%.*}.txt"
    fi
}

spoken_for() {  # spoken_for TEXT EXTRA -> SSML text for espeak-ng
    python3 - "$1" "$2" <<'PY'
import sys
text, extra = sys.argv[1].strip(), sys.argv[2]
for rule in filter(None, extra.split(";")):
    key, _, val = rule.partition("=")
    if key == "say":
        word, _, respelling = val.partition("=")
        text = text.replace(word, respelling)
    elif key == "break":
        assert val in text, val
        text = text.replace(val, val + ' <break time="2500ms"/>', 1)
print("<speak>" + text + "</speak>")
PY
}

encode() {  # encode CODEC IN.wav OUT
    local codec="$1" in="$2" out="$3"
    local common=(-nostdin -hide_banner -loglevel error -y -i "$in" -map_metadata -1 -fflags +bitexact
                  -flags:a +bitexact -ac 1)
    case "$codec" in
        aac48) "$FFMPEG" "${common[@]}" -ar 22050 -c:a aac -b:a 48k -f mp4 "$out" ;;
        aac32) "$FFMPEG" "${common[@]}" -ar 16000 -c:a aac -b:a 32k -f mp4 "$out" ;;
        mp3)   "$FFMPEG" "${common[@]}" -ar 22050 -c:a libmp3lame -b:a 32k -f mp3 "$out" ;;
        opus)  local fmt=ogg; [[ "$out" == *.webm ]] && fmt=webm
               "$FFMPEG" "${common[@]}" -ar 16000 -c:a libopus -b:a 20k -application voip -f "$fmt" "$out" ;;
        vorbis) "$FFMPEG" "${common[@]}" -ar 16000 -c:a libvorbis -q:a 0 -f ogg "$out" ;;
        amr)   "$(amr_ffmpeg)" "${common[@]}" -ar 8000 -c:a libopencore_amrnb -b:a 12.2k -f 3gp "$out" ;;
        flac)  "$FFMPEG" "${common[@]}" -ar 16000 -sample_fmt s16 -c:a flac -compression_level 8 -f flac "$out" ;;
        *) echo "unknown codec $codec" >&2; return 1 ;;
    esac
}

process() {  # process FX IN.wav OUT.wav  (16 kHz mono, padded, normalised)
    local fx="$1" in="$2" out="$3" band=() dur
    [[ "$fx" == *phone* ]] && band=(highpass 300 highpass 300 lowpass 3400 lowpass 3400)
    sox -R "$in" -r 16000 -c 1 -b 16 "$TMP/p.wav" pad 0.8 0.7 norm -6 "${band[@]}" norm -3
    if [[ "$fx" == *noise* ]]; then
        dur="$(soxi -D "$TMP/p.wav")"
        sox -R -n -r 16000 -c 1 -b 16 "$TMP/n.wav" synth "$dur" pinknoise vol 0.012
        sox -R -m "$TMP/p.wav" "$TMP/n.wav" "$out" norm -3
    else
        cp "$TMP/p.wav" "$out"
    fi
}

count=0
while IFS="|" read -r -u 3 rel voice speed gap pitch fx codec extra; do
    [[ -n "$rel" ]] || continue
    [[ -z "$FILTER" || "$rel" == *"$FILTER"* ]] || continue
    text="$(text_for "$rel")"
    espeak-ng -m -v "$voice" -s "$speed" -g "$gap" -p "$pitch" -w "$TMP/raw.wav" \
        "$(spoken_for "$text" "$extra")"
    process "$fx" "$TMP/raw.wav" "$TMP/proc.wav"
    encode "$codec" "$TMP/proc.wav" "$TMP/out"
    mv "$TMP/out" "$HERE/$rel"
    count=$((count + 1))
    echo "made $rel ($voice, ${speed} wpm, $fx, $codec)"
done 3<<<"$RECIPES"

# Near-silent recording: 6 s of very quiet room tone, no speech.
SILENCE=20261122_101500_silence.m4a
if [[ -z "$FILTER" || "$SILENCE" == *"$FILTER"* ]]; then
    sox -R -n -r 16000 -c 1 -b 16 "$TMP/s.wav" synth 6 brownnoise vol 0.003
    encode aac32 "$TMP/s.wav" "$TMP/out"
    mv "$TMP/out" "$HERE/$SILENCE"
    count=$((count + 1))
    echo "made $SILENCE (room tone only)"
fi
echo "done: $count file(s)"
