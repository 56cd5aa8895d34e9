#!/usr/bin/env python3
"""Regenerate the spec catalogue in references/*.csv from the reference texts.

Usage (from anywhere):

    python3 references/extract/extract.py [SHARED_REFERENCES] [--check] [--report]

SHARED_REFERENCES defaults to ../shared/references relative to the
repository root.  Without --check the tables are (re)written; with --check
nothing is written and the exit status is 1 (with a unified diff on stdout)
when a committed table differs from a fresh extraction.  --report prints the
disagreements between sources that the extraction noticed.

Standard library only; deterministic output.
"""

import csv
import difflib
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, 'references')

sys.path.insert(0, HERE)
import overrides  # noqa: E402  (hand corrections, each with its reason)

REPORT = []


def note(msg):
    REPORT.append(msg)


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def norm_ws(s):
    return re.sub(r'\s+', ' ', s).strip()


# ---------------------------------------------------------------------------
# PDF text: pages and printed page numbers
# ---------------------------------------------------------------------------

class PdfText:
    """The pdftotext output split into pages.

    `first_body` is the 0-based index of the page printed as "1"; the printed
    number of page index i is i - first_body + 1.  (PDF page index, 1-based,
    is i + 1, i.e. printed + first_body.)"""

    def __init__(self, path, first_body, edition):
        self.edition = edition
        self.pages = read(path).split('\f')
        self.first_body = first_body
        self.headings = []       # (line number, sections row), body order
        self.lines = []          # (page_index, text)
        for i, p in enumerate(self.pages):
            for line in p.split('\n'):
                self.lines.append((i, line))
        # verify the printed page numbers we compute against the lone numbers
        for i in range(first_body, len(self.pages)):
            nums = [ln.strip() for ln in self.pages[i].split('\n')
                    if re.fullmatch(r'\s*\d+\s*', ln)]
            if nums and int(nums[-1]) != self.printed(i):
                note('%s: page index %d carries number %s, expected %d'
                     % (edition, i, nums[-1], self.printed(i)))

    def printed(self, page_index):
        return page_index - self.first_body + 1


# ---------------------------------------------------------------------------
# 1. tlfs-sections.csv
# ---------------------------------------------------------------------------

TOC_RE = re.compile(r'^(\s*)(.*?)\s*\.{2,}\s*(\d+)\s*$')
NUM_RE = re.compile(r'^(\d+(?:\.\d+)*)\s+(.*)$')
APPX_RE = re.compile(r'^APPENDIX ([A-Z]):\s*(.*)$', re.I)


def parse_toc(pdf):
    entries = []
    for idx in range(1, pdf.first_body):
        for line in pdf.pages[idx].split('\n'):
            m = TOC_RE.match(line)
            if not m:
                continue
            indent, text, page = len(m.group(1)), norm_ws(m.group(2)), int(m.group(3))
            m2 = NUM_RE.match(text)
            if m2:
                entries.append({'num': m2.group(1), 'text': m2.group(2), 'page': page})
            else:
                entries.append({'num': None, 'text': text, 'page': page})
    return entries


def sections(pdf):
    """Rows (edition, section, heading, page, numbered) for one edition."""
    toc = parse_toc(pdf)
    rows = []
    pos = None
    # first body line: the first page after the table of contents
    start = next(k for k, (pi, _) in enumerate(pdf.lines) if pi >= pdf.first_body)
    pos = start
    current = None          # enclosing numbered section
    for e in toc:
        found = None
        if e['num']:
            pat = re.compile(r'^\s*' + re.escape(e['num']) + r'\s+(.+?)\s*$')
            want = norm_ws(e['text']).lower()
            for k in range(pos, len(pdf.lines)):
                m = pat.match(pdf.lines[k][1])
                if m and norm_ws(m.group(1)).lower() == want:
                    found = (k, norm_ws(m.group(1)))
                    break
        else:
            want = norm_ws(e['text']).lower()
            for k in range(pos, len(pdf.lines)):
                if norm_ws(pdf.lines[k][1]).lower() == want:
                    found = (k, norm_ws(pdf.lines[k][1]))
                    break
        if found is None:
            note('%s: TOC entry %s %r (p. %d) not found in the body'
                 % (pdf.edition, e['num'] or '-', e['text'], e['page']))
            heading = e['text']
            if e['num'] and heading.isupper():
                heading = heading.title()
        else:
            k, heading = found
            pos = k + 1
            body_page = pdf.printed(pdf.lines[k][0])
            if body_page != e['page']:
                note('%s: %s %r: TOC says p. %d, body heading is on p. %d'
                     % (pdf.edition, e['num'] or '-', heading, e['page'], body_page))
        key = (pdf.edition, e['num'] or '', e['text'])
        heading = overrides.SECTION_HEADINGS.get(key, heading)
        if e['num']:
            section = e['num']
            m = APPX_RE.match(heading)
            if m and '.' not in section:
                section = m.group(1).upper()
                heading = m.group(2)
            current = section
            row = [pdf.edition, section, heading, str(e['page']), 'yes']
        else:
            row = [pdf.edition, current, heading, str(e['page']), 'no']
        rows.append(row)
        if found is not None:
            pdf.headings.append((found[0], row))
    # uniqueness checks
    seen = set()
    seen_num = set()
    for r in rows:
        k3 = (r[0], r[1], r[2])
        if k3 in seen:
            note('%s: duplicate (section, heading) %s %r' % (r[0], r[1], r[2]))
        seen.add(k3)
        if r[4] == 'yes':
            if (r[0], r[1]) in seen_num:
                note('%s: duplicate numbered section %s' % (r[0], r[1]))
            seen_num.add((r[0], r[1]))
    return rows


def sec_sort_key(row):
    ed, sec, heading = row[0], row[1], row[2]
    parts = []
    for p in sec.split('.'):
        parts.append((0, int(p), '') if p.isdigit() else (1, 0, p))
    return (ed != '6.0b', parts, row[4] == 'no')


def main_sections(refs, pdf60, pdf20):
    rows = sections(pdf60) + sections(pdf20)
    # keep TOC order within a section (stable sort)
    rows.sort(key=sec_sort_key)
    return ['edition', 'section', 'heading', 'page', 'numbered'], rows


def heading_key(row):
    """Citation key of a tlfs-sections row: 'section' or 'section|heading'."""
    return row[1] if row[4] == 'yes' else row[1] + '|' + row[2]


def enclosing_heading(pdf, lineno):
    best = None
    for k, row in pdf.headings:
        if k <= lineno:
            best = row
        else:
            break
    return best


def region(pdf, start_pat, end_pat):
    """Line numbers of the body region from a line matching start_pat (last
    match that is a numbered heading) up to one matching end_pat."""
    start = end = None
    for k, (pi, line) in enumerate(pdf.lines):
        if pi < pdf.first_body:
            continue
        if start is None and re.match(start_pat, line):
            start = k
        elif start is not None and re.match(end_pat, line):
            end = k
            break
    return start, end if end is not None else len(pdf.lines)


def wrapped_name(line, m, nxt):
    """The name matched by m in line, completed by the fragment a table cell
    wrapped onto the next line (same column, upper case, digits, '_')."""
    name = m.group(0)
    if not nxt:
        return name
    col = m.start()
    mm = re.match(r'[A-Z0-9_]+(?=\s|$)', nxt[col:]) if len(nxt) > col else None
    lead = len(nxt) - len(nxt.lstrip())
    if mm and lead == col and not mm.group(0).startswith('HV_') and not mm.group(0).startswith('0X'):
        return name + mm.group(0)
    return name


def code_table(pdf, start, end, name_re):
    """Rows (code, name, lineno) of a 'code  name ...' table (appendix style).

    A row starts at a line beginning with a hex number; its cells may wrap
    onto the following lines (until the next row).  Ranges ('0x0005 through
    0x0007') are skipped."""
    groups = []
    for k in range(start, end):
        line = pdf.lines[k][1]
        m = re.match(r'^\s*(0x[0-9A-Fa-f]+)\b', line)
        if m:
            groups.append([m.group(1), [line], k])
        elif groups and line.strip():
            if re.match(r'^\s*(\d+|[ivx]+)\s*$', line) or 'Call Code' in line:
                continue
            groups[-1][1].append(line)
    out = []
    for code, texts, k in groups:
        joined = '\n'.join(texts)
        if re.search(r'\b(through|thru)\b', joined):
            continue
        m = re.search(name_re, texts[0][texts[0].index(code) + len(code):])
        name = None
        if m:
            off = texts[0].index(code) + len(code)
            m = re.compile(name_re).search(texts[0], off)
            name = wrapped_name(texts[0], m, texts[1] if len(texts) > 1 else '')
        else:
            for i in range(1, len(texts)):
                m = re.search(name_re, texts[i])
                if m:
                    name = wrapped_name(texts[i], m, texts[i + 1] if i + 1 < len(texts) else '')
                    break
        out.append((code, name, k))
    return out


def hex4(v):
    return '0x%04X' % v


# ---------------------------------------------------------------------------
# 2. tlfs-online-pages.csv
# ---------------------------------------------------------------------------

def slug(text):
    s = text.strip().lower().replace(' ', '-')
    return re.sub(r'[^a-z0-9_\-]', '', s)


def md_pages(refs):
    base = os.path.join(refs, 'tlfs-online')
    pages = {}
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith('.md'):
                continue
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, base)[:-3].replace(os.sep, '/')
            pages[rel] = read(full)
    return pages


def md_headings(text):
    """(level, text, line number) of the ATX headings outside code fences and
    front matter."""
    out = []
    lines = text.split('\n')
    fence = False
    i = 0
    if lines and lines[0].strip() == '---':
        i = 1
        while i < len(lines) and lines[i].strip() != '---':
            i += 1
        i += 1
    for k in range(i, len(lines)):
        line = lines[k]
        if re.match(r'^\s*(```|~~~)', line):
            fence = not fence
            continue
        if fence:
            continue
        m = re.match(r'^(#{1,6})\s+(.*?)\s*#*\s*$', line)
        if m:
            out.append((len(m.group(1)), m.group(2), k))
    return out


def md_title(text):
    m = re.match(r'^---\n(.*?)\n---', text, re.S)
    if m:
        for line in m.group(1).split('\n'):
            mm = re.match(r'^title:\s*(.*?)\s*$', line)
            if mm:
                return mm.group(1).strip('"\'')
    for lvl, t, _ in md_headings(text):
        if lvl == 1:
            return t
    return ''


def md_anchors(text):
    seen = {}
    out = []
    for lvl, t, _ in md_headings(text):
        if not 2 <= lvl <= 4:
            continue
        # drop inline markup: links keep their text, code keeps its content
        t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
        s = slug(t)
        if s in seen:
            seen[s] += 1
            s = '%s-%d' % (s, seen[s])
        else:
            seen[s] = 0
        out.append(s)
    return out


def main_online(refs, pages):
    rows = []
    for path in sorted(pages):
        text = pages[path]
        rows.append([path, md_title(text), ' '.join(md_anchors(text))])
    return ['path', 'title', 'anchors'], rows


# ---------------------------------------------------------------------------
# 3. wdk-2013-pages.csv
# ---------------------------------------------------------------------------

def main_wdk_pages(refs):
    rows = []
    with open(os.path.join(refs, 'wdk-2013', 'pages.tsv'), encoding='utf-8') as f:
        r = csv.DictReader(f, delimiter='\t')
        for d in r:
            rows.append([d['name'], d['kind'],
                         'https://gerhart01.github.io/' + d['archive_path'],
                         d['msdn_url']])
    rows.sort(key=lambda r: (r[0], r[1]))
    return ['entity', 'kind', 'archive_url', 'msdn_url'], rows


# ---------------------------------------------------------------------------
# PDF prototypes ("Native Interface" blocks)
# ---------------------------------------------------------------------------

SUBHDR_RE = re.compile(r'^\W*\s*(Input|Output)\s+(Parameters|Parameter Header|List Element|Values)\b')
FIELD_RE = re.compile(r'([A-Za-z][\w\-]*(?:\s+\([a-z\- ]+\))?)\s+\((\d+)(?:\s*bytes?\))?')


def pdf_prototypes(pdf):
    """{code: proto} for every 'Call Code = 0x....' in the body.

    proto: name (native interface line), flags ('rep', 'fast'), key (the
    enclosing tlfs-sections heading), heading row, blocks {direction: [(field,
    offset, size)]}."""
    protos = {}
    n = len(pdf.lines)
    for k in range(n):
        pi, line = pdf.lines[k]
        if pi < pdf.first_body:
            continue
        m = re.match(r'^\s*Call Code = (0x[0-9A-Fa-f]+)\s*$', line)
        if not m:
            continue
        code = int(m.group(1), 16)
        if (pdf.edition, code) in overrides.PROTOTYPE_CODE_FIXES:
            fixed = overrides.PROTOTYPE_CODE_FIXES[(pdf.edition, code)]
            note('%s: prototype printed with call code 0x%04X filed under 0x%04X (override)'
                 % (pdf.edition, code, fixed))
            code = fixed
        j = k - 1
        while j > 0 and not pdf.lines[j][1].strip():
            j -= 1
        nl = pdf.lines[j][1].strip()
        mm = re.match(r'^(\w+)\s*((?:\[\w+\]\s*)*)$', nl)
        name = mm.group(1) if mm else nl
        if (pdf.edition, code, name) in overrides.PROTOTYPE_NAME_FIXES:
            fixed_name = overrides.PROTOTYPE_NAME_FIXES[(pdf.edition, code, name)]
            note('%s: prototype 0x%04X printed as %s, read as %s (override)'
                 % (pdf.edition, code, name, fixed_name))
            name = fixed_name
        flags = set(re.findall(r'\[(\w+)\]', nl))
        row = enclosing_heading(pdf, k)
        blocks = {}
        cur = None
        for j in range(k + 1, min(n, k + 120)):
            t = pdf.lines[j][1]
            if t.strip() == 'Description' or re.match(r'^\s*Call Code = ', t):
                break
            sm = SUBHDR_RE.match(t)
            if sm and len(t) - len(t.lstrip()) <= 2:
                break           # the prose "Input Parameters" explanation
            if sm:
                d = sm.group(1).lower()
                if sm.group(2) == 'List Element':
                    d += '-rep'
                cur = blocks.setdefault(d, [])
                continue
            fm = re.match(r'^\s*(\d+)\s+(\S.*)$', t)
            if fm and cur is not None:
                off = int(fm.group(1))
                for f in FIELD_RE.finditer(fm.group(2)):
                    size = int(f.group(2))
                    cur.append((norm_ws(f.group(1)), off, size))
                    off += size
        if code in protos:
            note('%s: call code 0x%04X has two prototypes' % (pdf.edition, code))
            continue
        protos[code] = {'name': name, 'flags': flags, 'row': row,
                        'key': heading_key(row) if row else '', 'blocks': blocks,
                        'line': k}
        if row is not None:
            hname = row[2] if row[4] == 'no' else re.sub(r'^[\d.]+\s*', '', row[2])
            if hname != name:
                note('%s: prototype 0x%04X is named %s under heading %s (%s)'
                     % (pdf.edition, code, name, row[2], heading_key(row)))
    return protos


# ---------------------------------------------------------------------------
# online hypercall pages
# ---------------------------------------------------------------------------

def md_sections(text):
    """[(level, heading, body text)] of a markdown page."""
    lines = text.split('\n')
    hs = md_headings(text)
    out = []
    for i, (lvl, t, k) in enumerate(hs):
        end = len(lines)
        for lvl2, _, k2 in hs[i + 1:]:
            if lvl2 <= lvl:
                end = k2
                break
        # body up to the next heading of any level
        nxt = hs[i + 1][2] if i + 1 < len(hs) else len(lines)
        out.append((lvl, t, '\n'.join(lines[k + 1:nxt]), '\n'.join(lines[k + 1:end])))
    return out


def md_table(body):
    """Rows (list of cells) of the first pipe table in body, header excluded."""
    rows = []
    started = False
    header = None
    for line in body.split('\n'):
        s = line.strip()
        if s.startswith('|'):
            cells = [c.strip() for c in s.strip('|').split('|')]
            if header is None:
                header = cells
                started = True
                continue
            if all(re.fullmatch(r':?-+:?', c) for c in cells if c):
                continue
            rows.append(cells)
        elif started and rows:
            break
    return header, rows


def direction_of(heading):
    h = heading.lower()
    rep = 'list element' in h or 'per repetition' in h or 'element list' in h
    if h.startswith('input'):
        return 'input-rep' if rep else 'input'
    if h.startswith('output'):
        return 'output-rep' if rep else 'output'
    return None


def to_int(s):
    s = s.strip().strip('`')
    if re.fullmatch(r'\d+', s):
        return str(int(s))
    if re.fullmatch(r'0x[0-9A-Fa-f]+', s):
        return str(int(s, 16))
    return ''


def online_hypercalls(pages):
    """{code: info} from tlfs-online/hypercalls/*.md."""
    out = {}
    for path in sorted(pages):
        if not path.startswith('hypercalls/') or path.endswith('/overview'):
            continue
        text = pages[path]
        m = re.search(r'^## Call Code\s*\n+\s*`(0x[0-9A-Fa-f]+)`\s*\(([^)]*)\)', text, re.M)
        if not m:
            note('online: %s has no call code' % path)
            continue
        code = int(m.group(1), 16)
        t = m.group(2).lower()
        kind = 'rep' if 'rep' in t.split(',')[0] else 'simple' if 'simple' in t else ''
        params = []
        anchors = md_anchors(text)
        parent = None
        for (lvl, heading, body, _), anc in zip(
                [s for s in md_sections(text) if 2 <= s[0] <= 4], anchors):
            if lvl == 2:
                parent = direction_of(heading)
                if parent is None and heading.lower() == 'call code':
                    parent = 'call-code'
                d, where = parent, ''
            elif lvl == 3 and parent and re.search(r'layout|element list', heading, re.I):
                # per-architecture layouts / the rep element of a section
                d = 'input' if parent == 'call-code' else parent
                if 'element list' in heading.lower() and not d.endswith('-rep'):
                    d += '-rep'
                where = '#' + anc
            else:
                continue
            if d is None or d == 'call-code':
                continue
            header, rows = md_table(body)
            if header is None:
                continue
            for cells in rows:
                if len(cells) < 3:
                    continue
                field = cells[0].strip('`* ')
                if not field:
                    continue
                params.append((d, field, to_int(cells[1]), to_int(cells[2]), where))
        out[code] = {'path': path, 'title': md_title(text), 'kind': kind,
                     'kind_text': m.group(2), 'params': params,
                     'dirs': set(p[0] for p in params), 'text': text}
    return out


def online_overview(pages):
    """{code: (type, name)} from the hypercalls/overview table(s)."""
    out = {}
    text = pages.get('hypercalls/overview', '')
    for line in text.split('\n'):
        m = re.match(r'^\|\s*(0x[0-9A-Fa-f]+)\s*\|\s*(\w+)\s*\|\s*\[?(\w+)', line)
        if m:
            out[int(m.group(1), 16)] = (m.group(2).lower(), m.group(3))
    return out


# ---------------------------------------------------------------------------
# 4. hypercalls.csv
# ---------------------------------------------------------------------------

ATTEST_ORDER = ['kdhv-symbols', 'tlfs-6.0b-appendix-a', 'mu-msvm', 'tlfs-online',
                'tlfs-6.0b', 'tlfs-2.0', 'wdk-2013']


def call_norm(name):
    """A spelling in TLFS form: 'HvFoo' -> 'HvCallFoo' (HvCall/HvExtCall kept)."""
    if name.startswith('HvCall') or name.startswith('HvExtCall'):
        return name
    if name.startswith('Hv'):
        return 'HvCall' + name[2:]
    return name


def snake(name):
    """HvCallFlushVirtualAddressSpace -> FLUSH_VIRTUAL_ADDRESS_SPACE,
    HvExtCallQueryCapabilities -> EXT_QUERY_CAPABILITIES."""
    if name.startswith('HvExtCall'):
        rest = 'Ext' + name[len('HvExtCall'):]
    elif name.startswith('HvCall'):
        rest = name[len('HvCall'):]
    else:
        rest = name[2:]
    parts = re.findall(r'[A-Z]+(?![a-z])\d*|[A-Z][a-z]*\d*|[a-z]+\d*|\d+', rest)
    return '_'.join(p.upper() for p in parts)


def appendix_calls(pdf, start_pat, end_pat):
    s, e = region(pdf, start_pat, end_pat)
    out = {}
    for code, name, k in code_table(pdf, s, e, r'\b(Hv\w+|Reserved|Deprecated)\b'):
        fixed = overrides.APPENDIX_CODE_FIXES.get((pdf.edition, code))
        c = int(fixed or code, 16)
        if name in (None, 'Reserved', 'Deprecated'):
            continue
        if c in out:
            note('%s appendix: code %s listed twice (%s, %s)' % (pdf.edition, hex4(c), out[c], name))
            continue
        out[c] = name
    return out


def main_hypercalls(refs, pdf60, pdf20, pages, facts, wdk_entities):
    with open(os.path.join(refs, 'hypercall-list.csv'), encoding='utf-8') as f:
        csvrows = list(csv.DictReader(f))
    p60 = pdf_prototypes(pdf60)
    p20 = pdf_prototypes(pdf20)
    online = online_hypercalls(pages)
    overview = online_overview(pages)
    appx60 = appendix_calls(pdf60, r'^\d+\s+Appendix A: Hypercall Code Reference',
                            r'^\d+\s+Appendix B:')
    appx20 = appendix_calls(pdf20, r'^\d+\s+Appendix B: Hypercall Code Reference',
                            r'^\d+\s+Appendix C:')
    # 6.0b section 3.14's extended hypercall table
    ext60 = {}
    s, e = region(pdf60, r'^3\.14\s', r'^4\s')
    for k in range(s, e):
        m = re.match(r'^\s*(HvExtCall\w+)\s+(0x8[0-9A-Fa-f]{3})\s*$', pdf60.lines[k][1])
        if m:
            ext60[int(m.group(2), 16)] = m.group(1)
    wdk_calls = {}
    for h in facts['hypercalls']:
        wdk_calls[int(h['call_code'], 16)] = h
    wdk_table = {}
    for h in facts['hypercall_function_code_table']:
        if re.fullmatch(r'0x[0-9A-Fa-f]+', h['code']):
            wdk_table[int(h['code'], 16)] = h

    params = []
    rows = []
    codes = set()
    for d in csvrows:
        code = int(d['code'], 16)
        codes.add(code)
        name = d['name']
        on = online.get(code)
        ov = overview.get(code)
        a, b = p60.get(code), p20.get(code)
        w, wt = wdk_calls.get(code), wdk_table.get(code)

        # kind -----------------------------------------------------------
        kinds = []
        if on and on['kind']:
            kinds.append(('online page', on['kind']))
        if ov:
            kinds.append(('online overview', ov[0]))
        if a:
            kinds.append(('6.0b', 'rep' if 'rep' in a['flags'] else 'simple'))
        if b:
            kinds.append(('2.0', 'rep' if 'rep' in b['flags'] else 'simple'))
        if w:
            kinds.append(('wdk-2013 page', w['call_class']))
        if wt:
            kinds.append(('wdk-2013 table', 'rep' if wt['rep'] else 'simple'))
        if d['convention'] == 'Rep':
            kinds.append(('hypercall-list.csv', 'rep'))
        kind = kinds[0][1] if kinds else ''
        if len(set(k for _, k in kinds)) > 1:
            note('kind of %s %s: %s' % (d['code'], name,
                                       ', '.join('%s=%s' % x for x in kinds)))
        kind = overrides.KIND.get(code, kind)

        # fast -----------------------------------------------------------
        fast_src = []
        if d['convention'] == 'Fast':
            fast_src.append('hypercall-list.csv')
        if a and 'fast' in a['flags']:
            fast_src.append('6.0b')
        if b and 'fast' in b['flags']:
            fast_src.append('2.0')
        if w and w.get('fast'):
            fast_src.append('wdk-2013 page')
        if wt and wt.get('fast'):
            fast_src.append('wdk-2013 table')
        fast = 'yes' if fast_src else ''

        # attestation ----------------------------------------------------
        att = set()
        if d['named_in_kdhv_symbols'] == 'yes':
            att.add('kdhv-symbols')
        if code in appx60:
            att.add('tlfs-6.0b-appendix-a')
        if (d['named_in_tlfs_6.0b_appendix'] == 'yes') != (code in appx60):
            note('6.0b appendix A: %s %s: hypercall-list.csv says %s, parsed %s'
                 % (d['code'], name, d['named_in_tlfs_6.0b_appendix'] or '-',
                    appx60.get(code, 'absent')))
        if d['mu_msvm_name']:
            att.add('mu-msvm')
        if on or ov:
            att.add('tlfs-online')
        if a or code in ext60:
            att.add('tlfs-6.0b')
        if b or code in appx20:
            att.add('tlfs-2.0')
        if w or wt:
            att.add('wdk-2013')

        # aliases --------------------------------------------------------
        spellings = []
        if code in appx60:
            spellings.append(('6.0b appendix A', appx60[code]))
        if a:
            spellings.append(('6.0b prototype', a['name']))
            spellings.append(('6.0b heading', a['row'][2] if a['row'] else a['name']))
        if code in ext60:
            spellings.append(('6.0b 3.14', ext60[code]))
        if b:
            spellings.append(('2.0 prototype', b['name']))
        if code in appx20:
            spellings.append(('2.0 appendix B', appx20[code]))
        if d['mu_msvm_name']:
            spellings.append(('mu_msvm', d['mu_msvm_name']))
        if w:
            spellings.append(('wdk-2013 page', w['name']))
        if wt:
            spellings.append(('wdk-2013 table', wt['name']))
        if on:
            spellings.append(('online page', on['title']))
        if ov:
            spellings.append(('online overview', ov[1]))
        aliases = set()
        for src, sp in spellings:
            if call_norm(sp) != name and sp != name:
                aliases.add(sp)
                note('name of %s: %s says %s, hypercall-list.csv %s' % (d['code'], src, sp, name))
        for al in overrides.LINUX_NAMES.get(code, []):
            aliases.add(al)

        # documentation keys ---------------------------------------------
        wdk_entity = ''
        if w and w['name'] in wdk_entities:
            wdk_entity = w['name']
        documented = bool(on or a or b or wdk_entity)
        has_in = has_out = False
        if on:
            has_in |= any(x.startswith('input') for x in on['dirs'])
            has_out |= any(x.startswith('output') for x in on['dirs'])
        for p in (a, b):
            if p:
                has_in |= any(k.startswith('input') and v for k, v in p['blocks'].items())
                has_out |= any(k.startswith('output') and v for k, v in p['blocks'].items())
        if w:
            ni = w.get('native_interface') or {}
            has_in |= any(k.startswith('Input') and v for k, v in ni.items())
            has_out |= any(k.startswith('Output') and v for k, v in ni.items())
        in_t = 'HV_INPUT_' + snake(name) if documented and has_in else ''
        out_t = 'HV_OUTPUT_' + snake(name) if documented and has_out else ''

        rows.append([
            hex4(code), name, d['class'], kind, fast, d['caller'], d['privilege'],
            on['path'] if on else '',
            a['key'] if a else '', b['key'] if b else '', wdk_entity,
            ' '.join(x for x in ATTEST_ORDER if x in att),
            ' '.join(sorted(aliases)), in_t, out_t])

        # parameters -----------------------------------------------------
        if on:
            for dr, field, off, size, where in on['params']:
                size = overrides.PARAMETER_SIZE_FIXES.get((name, dr, field, str(size)), size)
                params.append([name, dr, field, off, size, 'online:' + on['path'] + where])
        else:
            for ed, p in (('6.0b', a), ('2.0', b)):
                if not p:
                    continue
                for dr in ('input', 'input-rep', 'output', 'output-rep'):
                    for field, off, size in p['blocks'].get(dr, []):
                        field = overrides.PARAMETER_FIELD_FIXES.get((name, dr, field, str(off)), field)
                        params.append([name, dr, field, str(off), str(size), '%s:%s' % (ed, p['key'])])
                break

    for src, dd in (('online page', online), ('6.0b prototype', p60),
                    ('2.0 prototype', p20), ('wdk-2013 page', wdk_calls)):
        for c in sorted(set(dd) - codes):
            if c != 0xBADD:
                note('%s documents code %s that hypercall-list.csv lacks' % (src, hex4(c)))
    rows.sort(key=lambda r: int(r[0], 16))
    header = ['code', 'name', 'class', 'kind', 'fast', 'caller', 'privilege',
              'online_page', 'tlfs60b', 'tlfs20', 'wdk2013', 'attested', 'aliases',
              'input_type', 'output_type']
    return header, rows, params


# ---------------------------------------------------------------------------
# 6. status-codes.csv
# ---------------------------------------------------------------------------

def main_status(refs, pdf60, pdf20, pages, facts):
    src = {}      # name -> {source: value}
    def add(name, value, source):
        src.setdefault(name, {}).setdefault(source, value)
    for pdf, sp, ep in ((pdf60, r'^\d+\s+Appendix B: Hypercall Status', r'^\d+\s+Appendix C:'),
                        (pdf20, r'^\d+\s+Appendix C: Hypercall Status', r'^\d+\s+Appendix D:')):
        s, e = region(pdf, sp, ep)
        for code, name, k in code_table(pdf, s, e, r'HV_STATUS_[A-Z0-9_]+'):
            if name:
                fixed = overrides.STATUS_FIXES.get((pdf.edition, name, code))
                if fixed:
                    note('%s status table: %s printed as %s, taken as %s (override)'
                         % (pdf.edition, name, code, fixed))
                    code = fixed
                add(name, int(code, 16), pdf.edition)
    online_names = set()
    for path, text in pages.items():
        online_names.update(re.findall(r'HV_STATUS_[A-Z0-9_]+', text))
    for name in online_names:
        add(name, None, 'online')
    for s in facts['status_codes']:
        if s['name']:
            add(s['name'], int(s['code'], 16), 'wdk2013')
    rows = []
    byval = {}
    for name, d in src.items():
        vals = sorted(set(v for v in d.values() if v is not None))
        if len(vals) > 1:
            note('status %s has values %s' % (name, ', '.join(
                '%s=%s' % (k, hex4(v)) for k, v in sorted(d.items()) if v is not None)))
        # newest numbered source first: 6.0b, then 2.0, then WDK
        value = next((d[k] for k in ('6.0b', '2.0', 'wdk2013') if d.get(k) is not None), None)
        if value is None:
            note('status %s has no value in any source (online only)' % name)
        else:
            byval.setdefault(value, set()).add(name)
        rows.append([name, hex4(value) if value is not None else '',
                     'yes' if '6.0b' in d else '', 'yes' if '2.0' in d else '',
                     'yes' if 'online' in d else '', 'yes' if 'wdk2013' in d else ''])
    for v, names in sorted(byval.items()):
        if len(names) > 1:
            note('status value %s has names %s' % (hex4(v), ', '.join(sorted(names))))
    rows.sort(key=lambda r: (int(r[1], 16) if r[1] else 1 << 20, r[0]))
    return ['name', 'value', 'tlfs60b', 'tlfs20', 'online', 'wdk2013'], rows


# ---------------------------------------------------------------------------
# 7. msrs.csv
# ---------------------------------------------------------------------------

MSR_PAIR_RES = [
    re.compile(r'(0x4000[0-9A-Fa-f]{4})\b[\s|`*]+(HV_X64_MSR_[A-Z0-9_]+)'),
    re.compile(r'(HV_X64_MSR_[A-Z0-9_]+)[\s|`*]+\(?(0x4000[0-9A-Fa-f]{4})\b'),
]


def msr_pairs(lines):
    """(name, number, line index) pairs written next to each other."""
    out = []
    for k, line in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else ''
        for rx in MSR_PAIR_RES:
            for m in rx.finditer(line):
                a, b = m.group(1), m.group(2)
                if a.startswith('0x'):
                    mm = re.compile(r'HV_X64_MSR_[A-Z0-9_]+').search(line, m.start(2))
                    name, num = wrapped_name(line, mm, nxt), a
                else:
                    name, num = a, b
                out.append((name, int(num, 16), k))
    return out


def main_msrs(refs, pdf60, pdf20, pages, facts):
    src = {}
    def add(name, num, source):
        name = overrides.MSR_NAME_FIXES.get((source, name), name)
        src.setdefault(name, {}).setdefault(source, set()).add(num)
    for pdf in (pdf60, pdf20):
        lines = [ln for _, ln in pdf.lines[sum(1 for pi, _ in pdf.lines if pi < pdf.first_body):]]
        for name, num, k in msr_pairs(lines):
            add(name, num, pdf.edition)
    for path in sorted(pages):
        for name, num, k in msr_pairs(pages[path].split('\n')):
            add(name, num, 'online')
    for m in facts['synthetic_msrs']:
        if m['name']:
            add(m['name'], int(m['msr'], 16), 'wdk2013')
    # MSRs a source names without giving a number (6.0b and the online VSM
    # chapter list some); *_CONTENTS names are register-layout types.
    texts = [(pdf.edition, '\n'.join(ln for _, ln in pdf.lines)) for pdf in (pdf60, pdf20)]
    texts += [('online', pages[path]) for path in sorted(pages)]
    numbered = set(src)
    for source, text in texts:
        for name in sorted(set(re.findall(r'\bHV_X64_MSR_[A-Z0-9_]*[A-Z0-9]\b', text))):
            # A prefix of a known name is a name the PDF table wrapped.
            if name in numbered or name.endswith('_CONTENTS') or any(
                    other != name and other.startswith(name) for other in numbered):
                continue
            src.setdefault(name, {}).setdefault(source, set())
    rows = []
    byval = {}
    for name, d in src.items():
        allv = set().union(*d.values())
        if len(allv) > 1:
            note('MSR %s has numbers %s' % (name, ', '.join(
                '%s=%s' % (k, '/'.join('0x%08X' % x for x in sorted(v))) for k, v in sorted(d.items()))))
        order = [k for k in ('online', '6.0b', '2.0', 'wdk2013') if d.get(k)]
        num = sorted(d[order[0]])[0] if order else None
        if num is not None:
            byval.setdefault(num, set()).add(name)
        rows.append([name, '0x%08X' % num if num is not None else '', 'yes' if '6.0b' in d else '',
                     'yes' if '2.0' in d else '', 'yes' if 'online' in d else '',
                     'yes' if 'wdk2013' in d else ''])
    for v, names in sorted(byval.items()):
        if len(names) > 1:
            note('MSR 0x%08X has names %s' % (v, ', '.join(sorted(names))))
    rows.sort(key=lambda r: (int(r[1], 16) if r[1] else 1 << 32, r[0]))
    return ['name', 'number', 'tlfs60b', 'tlfs20', 'online', 'wdk2013'], rows


# ---------------------------------------------------------------------------
# 8. cpuid-leaves.csv
# ---------------------------------------------------------------------------

def main_cpuid(refs, sec60, sec20, pages, pdf20):
    leaves = {}
    for r in sec60:
        m = re.match(r'^(.*?)\s+-\s+(0x4000000[0-9A-F])$', r[2])
        if r[0] == '6.0b' and m:
            leaves.setdefault(int(m.group(2), 16), {})['6.0b'] = (m.group(1), heading_key(r))
    # 6.0b's 0x40000002 heading has no number in it
    for r in sec60:
        if r[0] == '6.0b' and r[2] == 'Hypervisor System Identity':
            leaves.setdefault(0x40000002, {})['6.0b'] = (r[2], heading_key(r))
    text = pages.get('feature-discovery', '')
    anchors = md_anchors(text)
    hs = [h for h in md_headings(text) if 2 <= h[0] <= 4]
    for (lvl, t, _), anc in zip(hs, anchors):
        m = re.match(r'^(.*?)\s+-\s+(0x4000000[0-9A-F])$', t)
        if m:
            leaves.setdefault(int(m.group(2), 16), {})['online'] = (m.group(1), 'feature-discovery#' + anc)
    # 2.0 has one section for all its leaves (3.4)
    s20 = next((r for r in sec20 if r[0] == '2.0' and r[2].lower() == 'microsoft hypervisor cpuid leaves'), None)
    # the leaves 2.0 describes: rows of its section 3.4 table
    s, e = region(pdf20, r'^3\.4\s', r'^3\.5\s')
    leaves20 = set()
    for k in range(s, e):
        m = re.match(r'^\s*(0x4000000[0-9A-F])\s+\S', pdf20.lines[k][1])
        if m:
            leaves20.add(int(m.group(1), 16))
    rows = []
    for leaf in range(0x40000000, 0x4000000B):
        d = leaves.get(leaf, {})
        names = [d[k][0] for k in ('6.0b', 'online') if k in d]
        if len(set(names)) > 1:
            note('CPUID 0x%08X: 6.0b names it %r, online %r' % (leaf, names[0], names[1]))
        name = names[0] if names else ''
        if not name:
            note('CPUID 0x%08X: no heading in 6.0b or online' % leaf)
        t20 = heading_key(s20) if s20 and leaf in leaves20 else ''
        rows.append(['0x%08X' % leaf, name, d['6.0b'][1] if '6.0b' in d else '', t20,
                     d['online'][1] if 'online' in d else ''])
    return ['leaf', 'name', 'tlfs60b', 'tlfs20', 'online'], rows


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def to_csv(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def build(refs):
    pdf60 = PdfText(os.path.join(refs, 'tlfs-6.0b.txt'), 11, '6.0b')
    pdf20 = PdfText(os.path.join(refs, 'tlfs-2.0.txt'), 10, '2.0')
    pages = md_pages(refs)
    facts = json.loads(read(os.path.join(refs, 'wdk-2013', 'facts.json')))
    out = {}
    h, secrows = main_sections(refs, pdf60, pdf20)
    out['tlfs-sections.csv'] = to_csv(h, secrows)
    h, rows = main_online(refs, pages)
    out['tlfs-online-pages.csv'] = to_csv(h, rows)
    h, wdkrows = main_wdk_pages(refs)
    out['wdk-2013-pages.csv'] = to_csv(h, wdkrows)
    wdk_entities = set(r[0] for r in wdkrows)
    h, rows, params = main_hypercalls(refs, pdf60, pdf20, pages, facts, wdk_entities)
    out['hypercalls.csv'] = to_csv(h, rows)
    out['parameters.csv'] = to_csv(['call', 'direction', 'field', 'offset', 'size', 'source'], params)
    h, rows = main_status(refs, pdf60, pdf20, pages, facts)
    out['status-codes.csv'] = to_csv(h, rows)
    h, rows = main_msrs(refs, pdf60, pdf20, pages, facts)
    out['msrs.csv'] = to_csv(h, rows)
    h, rows = main_cpuid(refs, secrows, secrows, pages, pdf20)
    out['cpuid-leaves.csv'] = to_csv(h, rows)
    return out


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    opts = set(a for a in argv if a.startswith('--'))
    refs = args[0] if args else os.path.join(REPO, '..', 'shared', 'references')
    refs = os.path.abspath(refs)
    if not os.path.isdir(refs):
        print('extract: no reference material at %s' % refs, file=sys.stderr)
        # 77 is ctest's "skipped": a checkout without ../shared cannot check.
        return 77 if '--check' in opts else 2
    out = build(refs)
    status = 0
    for fn in sorted(out):
        path = os.path.join(OUT, fn)
        if '--check' in opts:
            old = read(path) if os.path.exists(path) else ''
            if old != out[fn]:
                status = 1
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(True), out[fn].splitlines(True),
                    'references/' + fn + ' (committed)', 'references/' + fn + ' (extracted)'))
        else:
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(out[fn])
    if '--report' in opts:
        for line in REPORT:
            print(line)
    if '--check' in opts and status == 0:
        print('references: all %d tables match a fresh extraction' % len(out))
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
