#!/usr/bin/env python3
"""Fails on a text the program shows that has no finished bokmål or nynorsk translation (issue 10).

Reads the committed translation files and never writes into the source tree: with --lupdate, the
program's .ts files are first copied to a temporary folder and lupdate run over the sources into
the copies, so a tr() string added in the code but missing from the .ts files shows up as
unfinished too. Then every message of every file must have a translation that is neither
unfinished nor empty (every numerus form filled).

With --katalog and --brevtyper, a nynorsk file (name ending _nn.ts) must not use a bokmål word of
the program's own names either: a word of a catalogue entry's or letter type's bokmål name (or a
letter type's code, "forsinkelsesmelding") that its nynorsk name does not have and that no
nynorsk name uses (a tryout saw "(Skriv brev… → forsinkelsesmelding)" in the nynorsk UI).

Usage: sjekk_oversettelser.py [--lupdate PATH --kilder FILE] [--katalog JSON --brevtyper CPP] TS...
  FILE lists the source files lupdate reads, one a line. Exit 0: all translated; 1: one line per
  problem on stderr ("file: unfinished: 'source'"); 2: bad usage or unreadable file."""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def ord_i(tekst):
    return set(re.findall(r'\w+', tekst.lower()))


def bokmaalsord(katalog, brevtyper):
    """Words only the bokmål side of the program's names has: (bokmål, nynorsk) name pairs of the
    catalogue (navn / navn_nn) and of the letter types (brevtype.cpp), and the letter type codes."""
    par = []

    def gaa(o):
        if isinstance(o, dict):
            if isinstance(o.get('navn'), str) and isinstance(o.get('navn_nn'), str) and o['navn_nn']:
                par.append((o['navn'], o['navn_nn']))
            for v in o.values():
                gaa(v)
        elif isinstance(o, list):
            for v in o:
                gaa(v)

    gaa(json.loads(Path(katalog).read_text(encoding='utf-8')))
    for kode, nb, nn in re.findall(r'lag\(u"([^"]+)"_s,\s*u"([^"]+)"_s,\s*u"([^"]+)"_s', Path(brevtyper).read_text(encoding='utf-8')):
        par.append((nb, nn))
        par.append((kode.replace('-', ' '), nn))
    nynorsk = set()
    for _, nn in par:
        nynorsk |= ord_i(nn)
    ut = set()
    for nb, nn in par:
        ut |= {o for o in ord_i(nb) - ord_i(nn) if len(o) > 3 and not o.isdigit()}
    return ut - nynorsk


def bokmaal_i_nynorsk(sti, navn, ord):
    ut = []
    for m in ET.parse(sti).getroot().iter('message'):
        tr = m.find('translation')
        if tr is None:
            continue
        tekst = ' '.join(t for t in tr.itertext())
        for o in sorted(ord_i(tekst) & ord):
            ut.append(f'{navn}: bokmål word {o!r} in nynorsk: {tekst!r}')
    return ut


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
    p.add_argument('--katalog')
    p.add_argument('--brevtyper')
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
        ord = bokmaalsord(a.katalog, a.brevtyper) if a.katalog and a.brevtyper else set()
        for kopi, navn in filer:
            feil += problemer(kopi, navn)
            if ord and navn.endswith('_nn.ts'):
                feil += bokmaal_i_nynorsk(kopi, navn, ord)
    for f in feil:
        print(f, file=sys.stderr)
    print(f'{len(feil)} problems in {len(a.ts)} files', file=sys.stderr)
    sys.exit(1 if feil else 0)


if __name__ == '__main__':
    main()
