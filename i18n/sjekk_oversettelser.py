#!/usr/bin/env python3
"""Fails on a text the program shows that has no finished bokmål or nynorsk translation (issue 10).

Reads the committed translation files and never writes into the source tree: with --lupdate, the
program's .ts files are first copied to a temporary folder and lupdate run over the sources into
the copies, so a tr() string added in the code but missing from the .ts files shows up as
unfinished too. Then every message of every file must have a translation that is neither
unfinished nor empty (every numerus form filled).

Usage: sjekk_oversettelser.py [--lupdate PATH --kilder FILE] TS...
  FILE lists the source files lupdate reads, one a line. Exit 0: all translated; 1: one line per
  problem on stderr ("file: unfinished: 'source'"); 2: bad usage or unreadable file."""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def problemer(sti, navn):
    try:
        rot = ET.parse(sti).getroot()
    except (OSError, ET.ParseError) as e:
        print(f'{navn}: cannot read: {e}', file=sys.stderr)
        sys.exit(2)
    ut = []
    for m in rot.iter('message'):
        kilde = m.findtext('source') or ''
        tr = m.find('translation')
        if tr is None:
            ut.append(f'{navn}: no translation: {kilde!r}')
            continue
        if tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
            ut.append(f'{navn}: {tr.get("type")}: {kilde!r}')
        elif m.get('numerus') == 'yes':
            former = [f.text or '' for f in tr.iter('numerusform')]
            if not former or any(not f.strip() for f in former):
                ut.append(f'{navn}: numerus form missing: {kilde!r}')
        elif not (tr.text or '').strip():
            ut.append(f'{navn}: empty translation: {kilde!r}')
    return ut + knappenavn(rot, navn)


def _ren(tekst):
    return tekst.replace('&', '').replace('…', '').strip()


def knappenavn(rot, navn):
    """A text that names a button or menu entry of its own window must name it as the button says
    (issue 10: a nynorsk dialog said «Lagre alle som PDF-utkast» beside the button "Lagra …").
    A button is a message of the same context with an accelerator or an ellipsis and at least three
    words; a text holding its English words must hold its translation (without & and …)."""
    ut = []
    for kontekst in rot.iter('context'):
        meldinger = []
        for m in kontekst.iter('message'):
            tr = m.find('translation')
            if m.get('numerus') == 'yes' or tr is None or not (tr.text or '').strip():
                continue
            meldinger.append((m.findtext('source') or '', tr.text))
        knapper = [(_ren(k), _ren(t)) for k, t in meldinger
                   if ('&' in k or k.endswith('…')) and len(_ren(k).split()) >= 3 and '%' not in k]
        for kilde, oversatt in meldinger:
            for knapp, knappOversatt in knapper:
                if knapp in kilde and knapp != _ren(kilde) and knappOversatt not in oversatt:
                    ut.append(f'{navn}: {kilde[:60]!r}… names the button {knapp!r} but not as it is translated: '
                              f'{knappOversatt!r}')
    return ut


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--lupdate')
    p.add_argument('--kilder')
    p.add_argument('ts', nargs='+')
    a = p.parse_args()
    feil = []
    with tempfile.TemporaryDirectory() as tmp:
        filer = []
        for ts in a.ts:
            kopi = Path(tmp) / Path(ts).name
            shutil.copyfile(ts, kopi)
            filer.append((kopi, Path(ts).name))
        if a.lupdate:
            program = [str(k) for k, navn in filer if navn.startswith('tilsynsklient_')]
            kilder = [l.strip() for l in Path(a.kilder).read_text(encoding='utf-8').splitlines() if l.strip()]
            r = subprocess.run([a.lupdate, '-silent', '-no-obsolete', '-locations', 'none', *kilder, '-ts', *program],
                               capture_output=True, text=True)
            if r.returncode != 0:
                print(f'lupdate failed: {r.stderr}', file=sys.stderr)
                sys.exit(2)
        for kopi, navn in filer:
            feil += problemer(kopi, navn)
    for f in feil:
        print(f, file=sys.stderr)
    print(f'{len(feil)} problems in {len(a.ts)} files', file=sys.stderr)
    sys.exit(1 if feil else 0)


if __name__ == '__main__':
    main()
