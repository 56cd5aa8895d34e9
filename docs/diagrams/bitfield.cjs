#!/usr/bin/env node
// Renders the site's bit-field diagrams with bit-field (WaveDrom's register
// renderer), all of them in one run: docs/_ext/hvref/diagrams.py starts this
// script once per build with the diagrams that changed.
//
// stdin:  {"diagrams": [{"out": "/abs/TYPE.svg", "reg": [...], "options": {...}}]}
//         reg and options are bit-field's own (lowest field first; a field's
//         "rect" overrides its box's attributes, "type" gives it a box).
// effect: writes each SVG; prints one line per file to stdout.
//
// The SVGs draw in black on a transparent background; docs/_static/hvref.css
// inverts them in Furo's dark mode, so one file serves both modes.
// CommonJS and no syntax newer than Debian 12's Node 18 supports.
'use strict';

const fs = require('fs');
const path = require('path');
const render = require('bit-field/lib/render.js');
const onml = require('onml');

function main() {
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  for (const diagram of request.diagrams) {
    // render() annotates the fields it is given (lsb, msb): give it a copy.
    const reg = JSON.parse(JSON.stringify(diagram.reg));
    const tree = render(reg, Object.assign({}, diagram.options));
    tree[1]['class'] = 'hvref-bitfield';
    const svg = onml.stringify(tree) + '\n';
    fs.mkdirSync(path.dirname(diagram.out), {recursive: true});
    fs.writeFileSync(diagram.out, svg);
    process.stdout.write(diagram.out + '\n');
  }
}

try {
  main();
} catch (error) {
  process.stderr.write('bitfield.cjs: ' + (error && error.stack ? error.stack : error) + '\n');
  process.exit(1);
}
