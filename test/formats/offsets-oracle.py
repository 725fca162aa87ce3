# Checks export offsets the way Python (and so spaCy, brat, Label Studio, Prodigy) counts them:
# every span's [start:end] slice of the document's text, as a Python str, is the span's text.
# Reads a JSON list of [text, [[start, end, expected], ...]] from standard input; prints the
# number of spans checked, or the first mismatch and exits 1.
import json, sys

checked = 0
for text, spans in json.load(sys.stdin):
    for start, end, expected in spans:
        if text[start:end] != expected:
            print(f"mismatch: [{start}:{end}] is {text[start:end]!r}, expected {expected!r}")
            sys.exit(1)
        checked += 1
print(checked)
