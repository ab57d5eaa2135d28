#!/usr/bin/env python3
"""Copy finished articles from test/fixtures/corpus-incoming/<annotator>/ into test/fixtures/corpus/.

An article is finished when its .txt, .gold.json and SOURCES.md line exist and check_gold.py passes on
it alone. Each new article gets the next free number NN (arrival order; numbers never change, and
NN % 3 == 0 is blind). Re-running refreshes a copied article whose incoming files changed.
usage: python3 scripts/corpus-intake.py [--dry-run]
"""
import json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
INCOMING = os.path.join(ROOT, 'test/fixtures/corpus-incoming')
CORPUS = os.path.join(ROOT, 'test/fixtures/corpus')
CHECK = os.path.join(ROOT, '..', 'shared/corpus/check_gold.py')
TAKEN = os.path.join(INCOMING, 'TAKEN.tsv')
dry = '--dry-run' in sys.argv
if '--help' in sys.argv or '-h' in sys.argv:
    print(__doc__); sys.exit(0)


def check_alone(txt, gold):
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(txt, d); shutil.copy(gold, d)
        r = subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)
        return r.returncode == 0, r.stdout


taken = {}
if os.path.exists(TAKEN):
    for line in open(TAKEN, encoding='utf-8'):
        src, dst = line.rstrip('\n').split('\t')
        taken[src] = dst
used = {int(f[:2]) for f in os.listdir(CORPUS) if re.match(r'^\d\d_', f)}
nxt = max(used, default=0) + 1
rows = []
for who in sorted(os.listdir(INCOMING)):
    d = os.path.join(INCOMING, who)
    if not os.path.isdir(d):
        continue
    sources = open(os.path.join(d, 'SOURCES.md'), encoding='utf-8').read() if os.path.exists(os.path.join(d, 'SOURCES.md')) else ''
    for f in sorted(os.listdir(d)):
        if not f.endswith('.gold.json'):
            continue
        stem = f[: -len('.gold.json')]
        txt, gold = os.path.join(d, stem + '.txt'), os.path.join(d, f)
        line = next((l for l in sources.splitlines() if stem in l), None)
        if not os.path.exists(txt) or line is None:
            continue
        ok, out = check_alone(txt, gold)
        if not ok:
            print(f'skip {who}/{stem}: check_gold fails\n{out}')
            continue
        key = f'{who}/{stem}'
        if key in taken:
            new = taken[key]
        else:
            slug = re.sub(r'^[a-z]\d\d_?', '', stem) or stem
            new = f'{nxt:02d}_{slug}'; nxt += 1
        g = json.load(open(gold, encoding='utf-8'))
        g['article'] = new + '.txt'
        body = json.dumps(g, ensure_ascii=False, indent=2) + '\n'
        dst_gold = os.path.join(CORPUS, new + '.gold.json')
        same = os.path.exists(dst_gold) and open(dst_gold, encoding='utf-8').read() == body and \
            open(os.path.join(CORPUS, new + '.txt'), encoding='utf-8').read() == open(txt, encoding='utf-8').read()
        if same:
            continue
        print(('refresh ' if key in taken else 'add ') + f'{key} -> {new}' + (' (blind)' if int(new[:2]) % 3 == 0 else ''))
        if dry:
            continue
        shutil.copy(txt, os.path.join(CORPUS, new + '.txt'))
        open(dst_gold, 'w', encoding='utf-8').write(body)
        if key not in taken:
            taken[key] = new
            with open(TAKEN, 'a', encoding='utf-8') as t:
                t.write(f'{key}\t{new}\n')
            rows.append((new, line.replace(stem, new)))
if rows and not dry:
    with open(os.path.join(CORPUS, 'SOURCES.md'), 'a', encoding='utf-8') as s:
        for new, line in rows:
            s.write(f"- `{new}` ({'blind' if int(new[:2]) % 3 == 0 else 'tuning'}) {line.lstrip('-*| ').strip()}\n")
