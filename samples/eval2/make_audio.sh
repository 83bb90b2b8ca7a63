#!/usr/bin/env bash
# make_audio.sh - speak every memo of samples/eval2/*/manifest.json into a phone file.
#
# Each manifest entry names its own recipe: "voice" (festival/VOICE or espeak-ng/VOICE+VARIANT),
# "fx" (clean | noise: quiet pink-noise room tone | phone: 300-3400 Hz band) and "codec"
# (aac32: AAC in m4a, opus: Opus in ogg, webm: Opus in webm, mp3, amr: AMR-NB 12.2k in 3gp);
# "file" is the output name, which carries the recording time the way phone apps write it.
# The text spoken is the manifest's "text" with "St " read as "Saint " (both synthesisers say
# "street" otherwise); nothing else is respelt, so the voices mispronounce names as they will.
#
# Usage:  samples/eval2/make_audio.sh            # every spoken memo of every split
#         samples/eval2/make_audio.sh PATTERN    # only files whose split/name contains PATTERN
#
# Needs: festival with festvox-us-slt-hts and festvox-kallpc16k (text2wave), espeak-ng, sox,
# python3, and an ffmpeg with libopus, libmp3lame and libopencore_amrnb: $FFMPEG, else the one
# in the imageio-ffmpeg wheel of .venv (`make install`). Output is repeatable: sox -R and
# ffmpeg's bitexact flags. The audio is committed, so tests and `make eval` never need these tools.
set -euo pipefail

src="${BASH_SOURCE[0]}"
[[ "$src" == */* ]] || src="./$src"
HERE="$(cd "${src%/*}" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
FILTER="${1:-}"

missing=()
for tool in text2wave espeak-ng sox python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "make_audio.sh: missing tool(s): ${missing[*]}" >&2
    echo "  e.g. apt-get install -y festival festvox-us-slt-hts festvox-kallpc16k espeak-ng sox" >&2
    exit 1
fi
FFMPEG="${FFMPEG:-$("$ROOT/.venv/bin/python" -c 'import imageio_ffmpeg;print(imageio_ffmpeg.get_ffmpeg_exe())' 2>/dev/null || command -v ffmpeg || true)}"
if [[ -z "$FFMPEG" || "$("$FFMPEG" -hide_banner -encoders 2>/dev/null || true)" != *libopencore_amrnb* ]]; then
    echo "make_audio.sh: need an ffmpeg with libopencore_amrnb (run make install, or set FFMPEG)" >&2
    exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

synth() {  # synth VOICE TEXTFILE OUT.wav
    local voice="$1" text="$2" out="$3"
    case "$voice" in
        festival/*) text2wave -eval "(voice_${voice#festival/})" "$text" -o "$out" ;;
        espeak-ng/*) espeak-ng -v "${voice#espeak-ng/}" -s 155 -g 1 -f "$text" -w "$out" ;;
        *) echo "unknown voice $voice" >&2; return 1 ;;
    esac
}

process() {  # process FX IN.wav OUT.wav  (16 kHz mono, padded, normalised, light noise)
    local fx="$1" in="$2" out="$3" band=() dur
    [[ "$fx" == *phone* ]] && band=(highpass 300 highpass 300 lowpass 3400 lowpass 3400)
    sox -R "$in" -r 16000 -c 1 -b 16 "$TMP/p.wav" pad 0.8 0.7 norm -6 "${band[@]}" norm -3
    if [[ "$fx" == *noise* ]]; then
        dur="$(soxi -D "$TMP/p.wav")"
        sox -R -n -r 16000 -c 1 -b 16 "$TMP/n.wav" synth "$dur" pinknoise vol 0.01
        sox -R -m "$TMP/p.wav" "$TMP/n.wav" "$out" norm -3
    else
        cp "$TMP/p.wav" "$out"
    fi
}

encode() {  # encode CODEC IN.wav OUT
    local codec="$1" in="$2" out="$3"
    local common=(-nostdin -hide_banner -loglevel error -y -i "$in" -map_metadata -1
                  -fflags +bitexact -flags:a +bitexact -ac 1)
    case "$codec" in
        aac32) "$FFMPEG" "${common[@]}" -ar 16000 -c:a aac -b:a 24k -f mp4 "$out" ;;
        mp3)   "$FFMPEG" "${common[@]}" -ar 16000 -c:a libmp3lame -b:a 24k -f mp3 "$out" ;;
        opus)  "$FFMPEG" "${common[@]}" -ar 16000 -c:a libopus -b:a 16k -application voip -f ogg "$out" ;;
        webm)  "$FFMPEG" "${common[@]}" -ar 16000 -c:a libopus -b:a 16k -application voip -f webm "$out" ;;
        amr)   "$FFMPEG" "${common[@]}" -ar 8000 -c:a libopencore_amrnb -b:a 12.2k -f 3gp "$out" ;;
        *) echo "unknown codec $codec" >&2; return 1 ;;
    esac
}

count=0
for manifest in "$HERE"/*/manifest.json; do
    split="$(basename "$(dirname "$manifest")")"
    # One line per memo: file, voice, fx, codec, text (tab-separated; texts hold no tabs).
    while IFS=$'\t' read -r -u 3 file voice fx codec text; do
        [[ -z "$FILTER" || "$split/$file" == *"$FILTER"* ]] || continue
        printf '%s\n' "${text//St /Saint }" >"$TMP/text.txt"
        synth "$voice" "$TMP/text.txt" "$TMP/raw.wav"
        process "$fx" "$TMP/raw.wav" "$TMP/proc.wav"
        encode "$codec" "$TMP/proc.wav" "$TMP/out"
        mv "$TMP/out" "$HERE/$split/$file"
        count=$((count + 1))
        echo "made $split/$file ($voice, $fx, $codec)"
    done 3< <(python3 -c '
import json, sys
for m in json.load(open(sys.argv[1], encoding="utf-8")):
    if "voice" not in m:
        continue  # a typed-only split
    print("\t".join([m["file"], m["voice"], m["fx"], m["codec"], m["text"]]))
' "$manifest")
done
echo "done: $count file(s)"
