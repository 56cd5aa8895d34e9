#!/usr/bin/env node
// browser.site: the built site in a real browser (headless Chromium driven by
// playwright-core), served over http from 127.0.0.1.
//
//   node tests/browser/site.test.mjs --site SITE [--root REPO] [--python PY]
//        [--out DIR] [--chromium PATH] [--seed N]
//
// SITE is the built site (build/site); REPO the repository (default: two
// folders up from this file); PY the Python that runs catalogue_facts.py
// (default python3); DIR where the screenshots go (default SITE/../browser);
// Chromium: --chromium, else $HVREF_CHROMIUM, else /usr/bin/chromium
// (Debian's `chromium`). Node 18 or later; playwright-core from `npm ci`.
//
// Checks (one "ok -" / "FAIL -" / "SKIP -" line each):
//   * every page the test opens makes no request to a host other than
//     127.0.0.1/localhost (such requests are aborted and fail the test), has
//     no console error or uncaught exception, and no local request fails;
//   * home page and a hypercall page load; the hypercall page's C example
//     renders with sphinx-copybutton's button, which copies the code;
//   * page weight: a hypercall page, loaded in a fresh browser context until
//     the network is idle, transfers at most WEIGHT_LIMIT bytes of script and
//     style (response bodies at full size, not compressed; the list is
//     printed); no page of the run requests jQuery or underscore.js, and the
//     call page defines neither; no page requests the lookup index
//     (_static/hvref-lookup-index.js) before its search box is used;
//   * a bit-field diagram (an .svg image generated for a struct or union)
//     loads, with alt text; skipped, saying so, when the build has none;
//   * lookup: a seeded pseudo-random sample of queries drawn from the
//     catalogue (references/, through catalogue_facts.py): call names with
//     and without the HvCall prefix, call codes as 0x004B / 0x4b / 4B, MSR
//     names and numbers, status names and values, CPUID leaves, layout type
//     names and "field X"; a number that means several kinds of thing gets
//     the narrowing word ("call 0x2", "status 0x2", "msr 0x40000073"). Each
//     query runs window.hvrefLookup in the page; the first result is opened
//     and judged on the page it lands on, not against the index: a page
//     without #anchor must have the name (and a call's code) in its <h1>;
//     with an anchor, the element with that id must exist and its text (or,
//     for an empty anchor in a table row, the row's) must contain the
//     expected name or value as a whole word. Hit rate must be 100 % and the
//     median in-page time of one hvrefLookup call under 100 ms;
//     The index is requested when the search box gets the focus, not before;
//   * the search box: typing a call code while the index is held back lists
//     no hit; once the index arrives, the typed code lists a.hvref-lookup-hit
//     links without another key, the first is the call, Enter opens it; Enter
//     pressed before the index arrives opens the call once it does;
//   * the same from file:// (the index is a <script>, not a fetch());
//   * the hypercall table: sorting by name reorders the visible rows,
//     filtering by kind hides the others and "Show all" brings them back;
//   * Furo's theme toggle changes body[data-theme] and the background colour;
//     prefers-color-scheme: dark gives a dark background in auto mode;
//   * screenshots of a hypercall page, light and dark, in DIR;
//   * the errata page has a permalink for every row of references/errata.csv;
//     the call page's Editions section names the editions and links to its
//     errata rows (the first link lands); the 2.0 -> 6.0b page links changes;
//   * the decode page (decode.html?...), over http and from file://, names
//     the same fields with the same values and flags the same errors as
//     `hvref-decode --json` (--decode) for values worked out from the spec;
//     the search box offers the decode page for a number.
// Exits 0 when all pass, 1 on a failure, 77 (ctest: skipped) when
// playwright-core or Chromium is missing.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, createReadStream } from "node:fs";
import http from "node:http";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

const SKIP = 77;
const DEFAULT_SEED = 20240604;
const MEDIAN_LIMIT_MS = 100;
// Script and style a call page loads before it is usable, in bytes at full
// size (issue 11, "Page weight"): 137,182 with Sphinx 9.0.4 and Furo 2025.12.
const WEIGHT_LIMIT = 200_000;
const INDEX_URL = /\/_static\/hvref-lookup-index\.js(\?|#|$)/;
// jQuery, underscore.js and the shim Sphinx 6 shipped for themes that used them.
const LIBRARY_URL =
  /(^|\/)(jquery|underscore|_sphinx_javascript_frameworks_compat)([.-][^/]*)?\.js$/i;
const LANDING_TABS = 3;         // tabs that open lookup results side by side
const WATCHDOG_MS = 150_000;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CALL_PAGE = "generated/hypercalls/HvCallFlushVirtualAddressSpace.html";
const CALL_PAGE_NAME = "HvCallFlushVirtualAddressSpace";
const TABLE_PAGE = "generated/hypercalls/index.html";
const REGISTER_PAGE = "generated/registers.html";
const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update",
  "--disable-sync"];

// -- arguments -----------------------------------------------------------

function usage(message) {
  console.error(`browser.site: ${message}`);
  console.error("usage: node tests/browser/site.test.mjs --site SITE [--root REPO] "
    + "[--python PY] [--out DIR] [--chromium PATH] [--seed N] [--decode HVREF_DECODE]");
  process.exit(2);
}

const options = {
  site: null, root: path.resolve(HERE, "..", ".."), python: "python3", out: null,
  chromium: process.env.HVREF_CHROMIUM || "/usr/bin/chromium", seed: DEFAULT_SEED,
  decode: null,
};
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "");
    if (!argv[i].startsWith("--") || !(name in options)) usage(`unknown argument ${argv[i]}`);
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    options[name] = argv[++i];
  }
  if (!options.site) usage("--site is required");
  options.site = path.resolve(options.site);
  options.root = path.resolve(options.root);
  options.out = path.resolve(options.out || path.join(options.site, "..", "browser"));
  options.seed = Number(options.seed);
  if (!Number.isInteger(options.seed)) usage("--seed must be an integer");
}

// -- skip when the browser is not there ----------------------------------

let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (error) {
  console.log(`SKIP - playwright-core is not importable (${error.code || error.message}): `
    + "run `npm ci` at the repository root (scripts/setup does)");
  process.exit(SKIP);
}
try {
  if (!statSync(options.chromium).isFile()) throw new Error("not a file");
} catch {
  console.log(`SKIP - no Chromium at ${options.chromium}: install the Debian package `
    + "'chromium' (scripts/setup does), or pass --chromium PATH / set HVREF_CHROMIUM");
  process.exit(SKIP);
}

for (const needed of ["index.html", CALL_PAGE, "_static/hvref-lookup.js"]) {
  if (!existsSync(path.join(options.site, needed))) {
    console.log(`FAIL - ${path.join(options.site, needed)} is missing: build the site first `
      + "(cmake --build build --target site)");
    process.exit(1);
  }
}

// -- reporting -----------------------------------------------------------

let passed = 0;
let failed = 0;
let skipped = 0;
function check(ok, what, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok" : "FAIL"} - ${what}${!ok && detail ? `: ${detail}` : ""}`);
  return ok;
}
function skip(what, reason) {
  skipped++;
  console.log(`SKIP - ${what}: ${reason}`);
}
function note(text) {
  console.log(`# ${text}`);
}

// -- the static server ---------------------------------------------------

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif",
  ".ico": "image/x-icon", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".woff": "font/woff", ".woff2": "font/woff2", ".inv": "application/octet-stream",
};

function serve(root) {
  const server = http.createServer((request, response) => {
    let file = null;
    try {
      const url = new URL(request.url, "http://127.0.0.1");
      file = path.join(root, decodeURIComponent(url.pathname));
      if (file !== root && !file.startsWith(root + path.sep)) file = null;
      else if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    } catch {
      file = null;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      // A fresh profile each run: caching within the run is safe.
      "Cache-Control": "max-age=3600",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

// -- the sample of lookup queries ----------------------------------------

// mulberry32: a small PRNG that gives the same sequence on every platform.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampler(random) {
  return (items, count) => {
    const pool = items.slice();
    const out = [];
    while (out.length < count && pool.length) {
      out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    }
    return out;
  };
}

// A number written three ways: as the catalogue writes it (0x004B), short
// lower case (0x4b) and bare upper case (4B; 00AB when the short form has no
// digit, which the search box reads as a word).
function numberForm(text, form) {
  const digits = text.replace(/^0x/i, "");
  const short = digits.replace(/^0+(?=.)/, "");
  if (form === 0) return `0x${digits.toUpperCase()}`;
  if (form === 1) return `0x${short.toLowerCase()}`;
  return /[0-9]/.test(short) ? short.toUpperCase() : digits.toUpperCase();
}

function catalogueFacts() {
  const script = path.join(HERE, "catalogue_facts.py");
  const result = spawnSync(options.python, [script, "--root", options.root],
    { encoding: "utf-8", timeout: 30_000 });
  if (result.status !== 0) {
    throw new Error(`${options.python} ${script} failed (${result.error || result.status}): `
      + `${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}

function drawQueries(facts, seed) {
  const pick = sampler(generator(seed));
  // Which kinds of thing each number names: a shared number gets a kind word.
  const meanings = new Map();
  const mean = (value, kind) => {
    const n = parseInt(value, 16);
    if (!meanings.has(n)) meanings.set(n, new Set());
    meanings.get(n).add(kind);
  };
  facts.calls.forEach((r) => mean(r.code, "call"));
  facts.status.forEach((r) => mean(r.value, "status"));
  facts.msrs.forEach((r) => mean(r.number, "msr"));
  facts.cpuid.forEach((r) => mean(r.leaf, "cpuid"));
  const narrowed = (word, value, text) =>
    (meanings.get(parseInt(value, 16)).size > 1 ? `${word} ${text}` : text);
  const sameValue = (rows, column, value) =>
    rows.filter((r) => parseInt(r[column], 16) === parseInt(value, 16)).map((r) => r.name);

  const queries = [];
  const add = (group, query, expect) => queries.push({ group, query, expect });
  for (const call of pick(facts.calls, 8)) {
    add("call name", call.name, { all: [call.name, call.code] });
  }
  for (const call of pick(facts.calls, 6)) {
    add("call name without prefix", call.name.replace(/^Hv(Ext)?Call/, ""),
      { all: [call.name, call.code] });
  }
  pick(facts.calls, 12).forEach((call, i) => {
    add("call code", narrowed("call", call.code, numberForm(call.code, i % 3)),
      { all: [call.name, call.code] });
  });
  for (const row of pick(facts.status, 6)) add("status name", row.name, { all: [row.name] });
  pick(facts.status, 6).forEach((row, i) => {
    add("status value", narrowed("status", row.value, numberForm(row.value, i % 3)),
      { any: sameValue(facts.status, "value", row.value) });
  });
  for (const row of pick(facts.msrs, 6)) add("MSR name", row.name, { all: [row.name] });
  pick(facts.msrs, 6).forEach((row, i) => {
    add("MSR number", narrowed("msr", row.number, numberForm(row.number, i % 3)),
      { any: sameValue(facts.msrs, "number", row.number) });
  });
  pick(facts.cpuid, 4).forEach((row, i) => {
    add("CPUID leaf", narrowed("cpuid", row.leaf, numberForm(row.leaf, i % 3)),
      { all: [row.leaf] });
  });
  for (const type of pick(facts.types, 6)) add("type", type.name, { all: [type.name] });
  const members = [...new Set(facts.types.flatMap((t) => t.members))].sort();
  for (const member of pick(members, 6)) add("field", `field ${member}`, { all: [member] });
  // Other names (references/aliases.csv): the first result must show one of
  // the entities the alias names (a CPUID enumerator's leaf counts).
  const aliases = facts.aliases || [];
  const named = (alias) => {
    const key = alias.toLowerCase().replace(/[\s_-]+/g, "");
    const rows = aliases.filter((a) => a.alias.toLowerCase().replace(/[\s_-]+/g, "") === key);
    return [...new Set(rows.flatMap((a) => (a.leaf ? [a.name, a.leaf] : [a.name])))];
  };
  for (const kind of ["tlfs-6.0b", "tlfs-2.0", "linux", "term"]) {
    const spellings = [...new Set(aliases.filter((a) => a.kind === kind).map((a) => a.alias))].sort();
    for (const alias of pick(spellings, kind === "linux" ? 6 : 3)) {
      add(`other name (${kind})`, alias, { any: named(alias) });
    }
  }
  // A term that starts with a kind word ("hypercall") is a term, not "call page".
  if (named("hypercall page").length) add("other name (term)", "hypercall page", { any: named("hypercall page") });
  const mapGpa = facts.calls.find((c) => parseInt(c.code, 16) === 0x4b);
  if (mapGpa) add("call code", "0x4b", { all: [mapGpa.name, mapGpa.code] });
  return queries;
}

// Whole-word match: names case-sensitively, hex numbers in any case.
function hasWord(text, word) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const flags = /^0x[0-9a-f]+$/i.test(word) ? "i" : "";
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, flags).test(text);
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// -- helpers in the page ---------------------------------------------------

// Relative luminance (0 black .. 1 white) of a computed rgb()/rgba() colour.
function luminance(css) {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(css);
  if (!m) return NaN;
  const [r, g, b] = m.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const background = (page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// What the landed page shows for a lookup result: the <h1> for a whole page;
// for an anchor, that element's text, or its table row's when it is an empty
// marker inside a row.
function landedText(hash) {
  const h1 = document.querySelector("h1");
  if (!hash) return { where: "h1", text: h1 ? h1.textContent : null };
  const element = document.getElementById(decodeURIComponent(hash));
  if (!element) return { where: `#${hash}`, text: null };
  const row = element.closest("tr");
  const own = element.textContent.trim();
  if (!own && row) return { where: `row of #${hash}`, text: row.textContent };
  return { where: `#${hash}`, text: own };
}

// -- the run ---------------------------------------------------------------

let server = null;
let browser = null;
async function cleanUp() {
  const closing = [];
  if (browser) closing.push(browser.close().catch(() => {}));
  if (server) closing.push(new Promise((resolve) => server.close(() => resolve())));
  browser = null;
  server = null;
  await Promise.race([Promise.all(closing), new Promise((r) => setTimeout(r, 10_000))]);
}
const watchdog = setTimeout(async () => {
  console.log(`FAIL - the test did not finish within ${WATCHDOG_MS / 1000} s`);
  await cleanUp();
  process.exit(1);
}, WATCHDOG_MS);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await cleanUp();
    process.exit(1);
  });
}

const started = Date.now();
const log = { errors: [], outside: [], failed: [], libraries: [] };
const isLocal = (url) => {
  const u = typeof url === "string" ? new URL(url) : url;
  if (["data:", "blob:", "about:"].includes(u.protocol)) return true;
  if (u.protocol === "file:") {
    const file = path.resolve(decodeURIComponent(u.pathname));
    return file === options.site || file.startsWith(options.site + path.sep);
  }
  return (u.protocol === "http:" || u.protocol === "ws:")
    && (u.hostname === "127.0.0.1" || u.hostname === "localhost");
};

async function newContext(contextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 }, ...contextOptions,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  // Nothing leaves this machine: any other host is recorded and refused.
  const outside = (url) => {
    if (!log.outside.includes(url)) log.outside.push(url);
  };
  await context.route((url) => !isLocal(url), (route) => {
    outside(route.request().url());
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    if (!isLocal(request.url())) outside(request.url());
    const url = request.url();
    if (LIBRARY_URL.test(new URL(url).pathname) && !log.libraries.includes(url)) {
      log.libraries.push(url);
    }
  });
  context.on("requestfailed", (request) => {
    const error = request.failure()?.errorText || "";
    // A navigation cancels what the page it leaves was still loading.
    if (isLocal(request.url()) && !/ERR_ABORTED/.test(error)) {
      log.failed.push(`${request.url()} (${error})`);
    }
  });
  context.on("response", (response) => {
    if (response.status() >= 400) log.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  context.on("page", (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") {
        const where = message.location();
        log.errors.push(`${message.text()} [${where.url || page.url()}:${where.lineNumber ?? "?"}]`);
      }
    });
    page.on("pageerror", (error) => log.errors.push(`uncaught ${error.message} [${page.url()}]`));
  });
  return context;
}

// Checks that nothing went wrong since the last call.
const seen = { errors: 0, outside: 0, failed: 0 };
function clean(what) {
  for (const [key, label] of [["errors", "no console error"],
    ["outside", "no request to another host"], ["failed", "no failed local request"]]) {
    const fresh = log[key].slice(seen[key]);
    seen[key] = log[key].length;
    check(fresh.length === 0, `${what}: ${label}`, fresh.slice(0, 5).join(" | "));
  }
}

async function checkPages(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/index.html`, { waitUntil: "load" });
  check(await page.evaluate(() => typeof window.hvrefLookup === "function"),
    "home page: loads, window.hvrefLookup is defined");
  clean("home page");

  await page.goto(`${base}/${CALL_PAGE}`, { waitUntil: "load" });
  const h1 = await page.locator("h1").first().textContent();
  check(hasWord(h1, CALL_PAGE_NAME), `${CALL_PAGE}: <h1> names ${CALL_PAGE_NAME}`, h1);
  // sphinx-copybutton adds its buttons when the DOM is ready.
  const block = page.locator("div.highlight-c div.highlight").first();
  const code = await block.locator("pre").textContent().catch(() => "");
  check(code.trim().length > 20, `${CALL_PAGE}: a C example block renders`,
    `code block text: ${JSON.stringify(code.slice(0, 80))}`);
  const button = block.locator("button.copybtn");
  const hasButton = await button.waitFor({ state: "attached", timeout: 5_000 })
    .then(() => true, () => false);
  check(hasButton, `${CALL_PAGE}: the example has a copy button (.copybtn)`);
  if (hasButton) {
    await block.hover();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(${e})`);
    const firstLine = code.split("\n").find((line) => line.trim()) || "";
    check(copied.includes(firstLine.trim()), `${CALL_PAGE}: the copy button copies the example`,
      `clipboard: ${JSON.stringify(copied.slice(0, 80))}`);
  }
  clean(CALL_PAGE);
  await page.close();
}

// Page weight: what a call page loads before it is usable, in a fresh
// context (an empty cache), at full size.
async function checkWeight(base) {
  const context = await newContext({ colorScheme: "light" });
  const page = await context.newPage();
  const responses = [];
  page.on("response", (response) => responses.push(response));
  const requested = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(`${base}/${CALL_PAGE}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle").catch(() => {});
  const rows = [];
  for (const response of responses) {
    const type = response.request().resourceType();
    if (type !== "script" && type !== "stylesheet") continue;
    const body = await response.body().catch(() => null);
    rows.push({ type, bytes: body ? body.length : NaN,
      url: response.url().replace(base, "") });
  }
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  for (const r of rows.sort((x, y) => y.bytes - x.bytes)) {
    note(`  ${r.type.padEnd(10)} ${String(r.bytes).padStart(7)}  ${r.url}`);
  }
  check(rows.length > 0 && total <= WEIGHT_LIMIT,
    `page weight: ${CALL_PAGE} loads ${total} bytes of script and style in `
      + `${rows.length} files (at most ${WEIGHT_LIMIT})`,
    `over by ${total - WEIGHT_LIMIT} bytes`);
  const libraries = requested.filter((u) => LIBRARY_URL.test(new URL(u).pathname));
  const globals = await page.evaluate(() => ({
    jQuery: typeof window.jQuery, _: typeof window._ }));
  check(!libraries.length && globals.jQuery === "undefined" && globals._ === "undefined",
    `page weight: ${CALL_PAGE} has no jQuery or underscore.js`,
    `requested ${libraries.join(", ") || "neither"}; typeof jQuery ${globals.jQuery}, `
      + `typeof _ ${globals._}`);
  check(!requested.some((u) => INDEX_URL.test(u)),
    `page weight: ${CALL_PAGE} does not request the lookup index before the search box is used`);
  clean("page weight");
  await context.close();
}

// The built pages that show a bit-field diagram: an .svg image of the site's
// own (not a theme icon under _static/).
function findDiagrams() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_")) walk(full);
      } else if (entry.name.endsWith(".html")) {
        const html = readFileSync(full, "utf-8");
        for (const m of html.matchAll(/<img\b[^>]*>/g)) {
          const src = /\bsrc="([^"]+)"/.exec(m[0]);
          if (src && /\.svg(\?|#|$)/i.test(src[1]) && !/(^|\/)_static\//.test(src[1])) {
            const alt = /\balt="([^"]*)"/.exec(m[0]);
            found.push({ page: path.relative(options.site, full).split(path.sep).join("/"),
              src: src[1], alt: alt ? alt[1] : "" });
          }
        }
      }
    }
  };
  walk(path.join(options.site, "generated"));
  return found;
}

async function checkDiagram(context, base) {
  const what = "bit-field diagram";
  const diagrams = findDiagrams();
  if (!diagrams.length) {
    skip(what, "the build has no .svg diagram image on any generated page yet "
      + "(no <img src=\"...svg\"> outside _static/ under generated/)");
    return;
  }
  // A union with bit-fields first (the hypercall input value), else any.
  const chosen = diagrams.find((d) => /HV_HYPERCALL_INPUT\b/.test(d.src + d.alt))
    || diagrams.find((d) => /union/i.test(d.alt)) || diagrams[0];
  note(`${diagrams.length} diagram image(s) on ${new Set(diagrams.map((d) => d.page)).size} `
    + `page(s); checking ${chosen.src} on ${chosen.page}`);
  const page = await context.newPage();
  await page.goto(`${base}/${chosen.page}`, { waitUntil: "load" });
  const image = page.locator(`img[src="${chosen.src}"]`).first();
  await image.scrollIntoViewIfNeeded();
  const loaded = await page.waitForFunction(
    (src) => {
      const img = [...document.images].find((i) => i.getAttribute("src") === src);
      return img && img.complete && img.naturalWidth > 0;
    }, chosen.src, { timeout: 5_000 }).then(() => true, () => false);
  const facts = await image.evaluate((img) => ({
    alt: img.getAttribute("alt") || "", naturalWidth: img.naturalWidth,
    width: img.getBoundingClientRect().width,
  }));
  check(loaded && facts.naturalWidth > 0 && facts.width > 0,
    `${what}: ${chosen.src} loads and shows (naturalWidth ${facts.naturalWidth})`);
  check(facts.alt.trim().length > 0, `${what}: ${chosen.src} has alt text`,
    `alt=${JSON.stringify(facts.alt)}`);
  if (facts.alt) note(`alt text: ${facts.alt.slice(0, 120)}`);
  // The page's other diagrams too (scrolled to, in case they load lazily).
  const others = diagrams.filter((d) => d.page === chosen.page).map((d) => d.src);
  const broken = [];
  for (const src of others) {
    const other = page.locator(`img[src="${src}"]`).first();
    await other.scrollIntoViewIfNeeded().catch(() => {});
    const ok = await page.waitForFunction((s) => {
      const img = [...document.images].find((i) => i.getAttribute("src") === s);
      return img && img.complete && img.naturalWidth > 0 && (img.getAttribute("alt") || "").trim();
    }, src, { timeout: 5_000 }).then(() => true, () => false);
    if (!ok) broken.push(src);
  }
  check(broken.length === 0, `${what}: all ${others.length} diagrams on ${chosen.page} load, `
    + "with alt text", `not: ${broken.join(", ")}`);
  clean(chosen.page);
  await page.close();
}

async function checkLookup(context, base, facts) {
  const queries = drawQueries(facts, options.seed);
  const groups = [...new Set(queries.map((q) => q.group))];
  note(`lookup sample: ${queries.length} queries, seed ${options.seed} (--seed N for another), `
    + `groups: ${groups.map((g) => `${g} ${queries.filter((q) => q.group === g).length}`).join(", ")}`);
  for (const group of groups) {
    note(`  ${group}: ${queries.filter((q) => q.group === group).map((q) => q.query).join(" | ")}`);
  }
  const page = await context.newPage();
  const indexRequests = [];
  page.on("request", (request) => {
    if (INDEX_URL.test(request.url())) indexRequests.push(request.url());
  });
  await page.goto(`${base}/index.html`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle").catch(() => {});
  const before = await page.evaluate((name) => ({ loaded: Boolean(window.HVREF_LOOKUP_INDEX),
    found: window.hvrefLookup(name).length }), CALL_PAGE_NAME);
  check(indexRequests.length === 0 && !before.loaded && before.found === 0,
    "lookup: the home page does not load the lookup index before the search box is used",
    `requested ${indexRequests.join(", ") || "nothing"}; index ${before.loaded ? "" : "not "}loaded, `
      + `${before.found} result(s)`);
  // Focusing the search box requests it; hvrefLookup.load() waits for it.
  const arrived = page.waitForResponse(INDEX_URL, { timeout: 5_000 })
    .then((r) => r.status(), () => "no response in 5 s");
  await page.locator("input.sidebar-search:visible").first().focus();
  const status = await arrived;
  const loaded = await page.evaluate(() => (typeof window.hvrefLookup.load === "function"
    ? window.hvrefLookup.load() : "no hvrefLookup.load"));
  check(status === 200 && indexRequests.length === 1 && loaded === true,
    "lookup: focusing the search box loads the lookup index, once",
    `index response ${status}, requests ${JSON.stringify(indexRequests)}, `
      + `hvrefLookup.load() gave ${loaded}`);
  const times = [];
  const misses = [];
  // First every lookup, timed in the page; then the landings, in page order
  // so that answers on one page are same-document (#anchor) navigations.
  const answers = [];
  for (const entry of queries) {
    const result = await page.evaluate((q) => {
      const t0 = performance.now();
      const hits = window.hvrefLookup(q);
      const ms = performance.now() - t0;
      return { ms, first: hits && hits.length ? hits[0] : null };
    }, entry.query);
    times.push(result.ms);
    answers.push({ ...entry, first: result.first, url: String(result.first?.url ?? "") });
  }
  // Answers grouped by page, the groups shared out among a few tabs.
  const byPage = new Map();
  for (const answer of answers) {
    const key = answer.url.split("#")[0];
    if (!byPage.has(key)) byPage.set(key, []);
    byPage.get(key).push(answer);
  }
  const pages = [...byPage.keys()].sort();
  const land = async (landing, { group, query, expect, first, url }) => {
    const wanted = expect.all ? expect.all.join(" and ") : `one of ${expect.any.join(", ")}`;
    const miss = (why) => misses.push(`${group} ${JSON.stringify(query)}: ${why} (wanted ${wanted})`);
    if (!first) return miss("no result");
    if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(url)) {
      return miss(`first result's url ${JSON.stringify(url)} is not relative to the site root`);
    }
    const target = new URL(url, `${base}/`);
    if (target.origin !== new URL(base).origin) return miss(`first result's url ${url} leaves the site`);
    await landing.goto(target.href, { waitUntil: "domcontentloaded" });
    const hash = target.hash.replace(/^#/, "");
    const shown = await landing.evaluate(landedText, hash);
    if (shown.text === null) return miss(`landed on ${url}, which has no ${shown.where}`);
    const ok = expect.all ? expect.all.every((w) => hasWord(shown.text, w))
      : expect.any.some((w) => hasWord(shown.text, w));
    if (!ok) {
      miss(`first result ${first.title} (${first.kind}) landed on ${url}, whose `
        + `${shown.where} reads ${JSON.stringify(shown.text.replace(/\s+/g, " ").trim().slice(0, 100))}`);
    }
    return undefined;
  };
  await Promise.all(Array.from({ length: LANDING_TABS }, async (_, tab) => {
    const landing = await context.newPage();
    for (let i = tab; i < pages.length; i += LANDING_TABS) {
      for (const answer of byPage.get(pages[i])) await land(landing, answer);
    }
    await landing.close();
  }));
  const hits = queries.length - misses.length;
  const rate = (100 * hits) / queries.length;
  const mid = median(times);
  console.log(`# lookup hit rate: ${hits}/${queries.length} (${rate.toFixed(1)} %); median `
    + `hvrefLookup time ${mid.toFixed(2)} ms (max ${Math.max(...times).toFixed(2)} ms)`);
  check(queries.length >= 50, `lookup: the sample has at least 50 queries (${queries.length})`);
  check(misses.length === 0, `lookup: the first result is right for ${hits}/${queries.length} queries`,
    `\n    ${misses.sort().join("\n    ")}`);
  check(mid < MEDIAN_LIMIT_MS, `lookup: median time ${mid.toFixed(2)} ms < ${MEDIAN_LIMIT_MS} ms`);
  clean("lookup result pages");
  await page.close();
  await checkLookupPaths(context, base, answers);
}

// The same sample through the two ways a reader asks: the search box's
// dropdown and search.html?q= (where Enter before the index, or a browser's
// keyword search, lands). Each must list first what hvrefLookup listed first,
// whose landing was checked above.
async function checkLookupPaths(context, base, answers) {
  const want = (a) => (a.first ? new URL(a.url, `${base}/`).href : "(no result)");
  const page = await context.newPage();
  await page.goto(`${base}/index.html`, { waitUntil: "load" });
  const box = page.locator("input.sidebar-search:visible").first();
  await box.focus();
  await page.evaluate(() => window.hvrefLookup.load());
  const dropdown = [];
  for (const a of answers) {
    await box.fill(a.query);
    const href = await page.evaluate(() => {
      const hit = document.querySelector("#hvref-lookup-results a.hvref-lookup-hit");
      return hit ? hit.href : "(no result)";
    });
    if (href !== want(a)) dropdown.push(`${JSON.stringify(a.query)}: ${href} (wanted ${want(a)})`);
  }
  await page.close();
  const hits = answers.length - dropdown.length;
  console.log(`# lookup through the dropdown: ${hits}/${answers.length} `
    + `(${((100 * hits) / answers.length).toFixed(1)} %)`);
  check(dropdown.length === 0, `lookup: the dropdown's first hit is right for ${hits}/${answers.length} queries`,
    `\n    ${dropdown.join("\n    ")}`);
  const searched = [];
  await Promise.all(Array.from({ length: LANDING_TABS }, async (_, tab) => {
    const tabPage = await context.newPage();
    for (let i = tab; i < answers.length; i += LANDING_TABS) {
      const a = answers[i];
      await tabPage.goto(`${base}/search.html?q=${encodeURIComponent(a.query)}`,
        { waitUntil: "domcontentloaded" });
      const href = await tabPage.locator("#hvref-lookup-page a.hvref-lookup-hit").first()
        .getAttribute("href", { timeout: 5_000 })
        .then((h) => new URL(h, tabPage.url()).href, () => "(no result)");
      if (href !== want(a)) searched.push(`${JSON.stringify(a.query)}: ${href} (wanted ${want(a)})`);
    }
    await tabPage.close();
  }));
  const found = answers.length - searched.length;
  console.log(`# lookup through search.html?q=: ${found}/${answers.length} `
    + `(${((100 * found) / answers.length).toFixed(1)} %)`);
  check(searched.length === 0,
    `lookup: search.html?q= lists first the same definition for ${found}/${answers.length} queries`,
    `\n    ${searched.sort().join("\n    ")}`);
  // Then Sphinx's full-text results, each page once.
  const full = await context.newPage();
  await full.goto(`${base}/search.html?q=${CALL_PAGE_NAME}`, { waitUntil: "load" });
  await full.waitForFunction(() => /found|did not match/.test(
    document.querySelector("#search-results .search-summary")?.textContent || ""), null,
  { timeout: 10_000 }).catch(() => {});
  const listed = await full.evaluate(() => ({
    order: [...document.querySelectorAll("#hvref-lookup-page, #search-results")].map((e) => e.id),
    pages: [...document.querySelectorAll("#search-results ul.search > li > a")]
      .map((a) => a.href.split("#")[0]) }));
  const twice = listed.pages.filter((p, i) => listed.pages.indexOf(p) !== i);
  check(listed.order.join() === "hvref-lookup-page,search-results" && listed.pages.length > 0
    && twice.length === 0,
  `search.html?q=${CALL_PAGE_NAME}: definitions first, then ${listed.pages.length} full-text results, each page once`,
  `order ${listed.order}; listed twice: ${twice.join(", ")}`);
  clean("search paths");
  await full.close();
}

// The call the search-box checks type the code of: one with a code above 0xFF.
function searchBoxCall(facts) {
  const calls = facts.calls.filter((c) => parseInt(c.code, 16) > 0xFF);
  return sampler(generator(options.seed + 1))(calls.length ? calls : facts.calls, 1)[0];
}

// A page whose lookup index is held back until release() is called (or, so
// that a page which loads it with itself still loads, for at most 5 s).
async function heldIndexPage(context) {
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const state = { asked: 0, release };
  await page.route(INDEX_URL, async (route) => {
    state.asked++;
    await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await route.continue();
  });
  return { page, state };
}

async function checkSearchBox(context, base, facts) {
  const call = searchBoxCall(facts);
  const typed = call.code;
  const expected = `generated/hypercalls/${call.name}.html`;
  const listState = (page) => page.evaluate(() => {
    const list = document.getElementById("hvref-lookup-results");
    return { shown: Boolean(list && !list.hidden),
      hits: list ? list.querySelectorAll("a.hvref-lookup-hit").length : 0,
      loading: Boolean(list && list.querySelector(".hvref-lookup-loading")) };
  });

  // Typed while the index is on its way: answered when it arrives. From a
  // page two folders down, so that the index's URL is resolved from there.
  {
    const { page, state } = await heldIndexPage(context);
    await page.goto(`${base}/${CALL_PAGE}`, { waitUntil: "load" });
    const asked = state.asked;
    await page.locator("input.sidebar-search:visible").first().click();
    await page.keyboard.type(typed, { delay: 20 });
    const waiting = await listState(page);
    check(asked === 0 && state.asked === 1 && waiting.shown && waiting.hits === 0 && waiting.loading,
      `search box: typing ${typed} requests the index (once) and, until it arrives, lists no hit `
        + "and says it is loading",
      `index requests before use ${asked}, after ${state.asked}; list ${JSON.stringify(waiting)}`);
    state.release();
    const first = page.locator("#hvref-lookup-results a.hvref-lookup-hit").first();
    const listed = await first.waitFor({ state: "visible", timeout: 5_000 })
      .then(() => true, () => false);
    if (check(listed, `search box: when the index arrives, ${typed} lists `
      + "#hvref-lookup-results a.hvref-lookup-hit without another key")) {
      const href = await first.getAttribute("href");
      check(new URL(href, page.url()).href === new URL(expected, `${base}/`).href,
        `search box: the first hit for ${typed} is ${expected}`, `href ${href}`);
      check(!(await listState(page)).loading, "search box: the loading line is gone");
      await Promise.all([page.waitForURL(`**/${expected}`, { timeout: 10_000 }).catch(() => {}),
        page.keyboard.press("Enter")]);
      const h1 = await page.locator("h1").first().textContent().catch(() => "");
      check(page.url().endsWith(expected) && hasWord(h1, call.name),
        `search box: Enter opens ${call.name}`, `at ${page.url()}, <h1> ${JSON.stringify(h1)}`);
    }
    await page.close();
  }

  // Enter pressed before the index arrives: the first hit once it does.
  {
    const { page, state } = await heldIndexPage(context);
    await page.goto(`${base}/index.html`, { waitUntil: "load" });
    await page.locator("input.sidebar-search:visible").first().click();
    await page.keyboard.type(typed);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    const stayed = page.url();
    state.release();
    await page.waitForURL(`**/${expected}`, { timeout: 10_000 }).catch(() => {});
    check(stayed.endsWith("/index.html") && page.url().endsWith(expected),
      `search box: Enter pressed before the index arrives waits for it, then opens ${call.name}`,
      `at ${stayed} while held, then ${page.url()}`);
    await page.close();
  }
  clean("search box");
}

// The search box from file://, where the index can only come as a <script>.
async function checkFileUrl(facts) {
  const what = "file://";
  const call = searchBoxCall(facts);
  const expected = pathToFileURL(path.join(options.site, "generated", "hypercalls",
    `${call.name}.html`)).href;
  const context = await newContext({ colorScheme: "light" });
  const page = await context.newPage();
  const requested = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(pathToFileURL(path.join(options.site, CALL_PAGE)).href, { waitUntil: "load" });
  check(!requested.some((u) => INDEX_URL.test(u)),
    `${what}: ${CALL_PAGE} does not load the lookup index before the search box is used`);
  await page.locator("input.sidebar-search:visible").first().click();
  await page.keyboard.type(call.code, { delay: 20 });
  const first = page.locator("#hvref-lookup-results a.hvref-lookup-hit").first();
  const listed = await first.waitFor({ state: "visible", timeout: 5_000 })
    .then(() => true, () => false);
  if (check(listed && requested.filter((u) => INDEX_URL.test(u)).length === 1,
    `${what}: typing ${call.code} loads the index and lists a.hvref-lookup-hit`)) {
    const href = await first.evaluate((a) => a.href);
    check(href === expected, `${what}: the first hit for ${call.code} is ${call.name}`, `href ${href}`);
    await Promise.all([page.waitForURL(expected, { timeout: 10_000 }).catch(() => {}),
      page.keyboard.press("Enter")]);
    check(page.url() === expected, `${what}: Enter opens ${call.name}`, `at ${page.url()}`);
  }
  clean(what);
  await context.close();
}

// Opens a page with a table hvref-table.js enhances; null (and a failed
// check) when the script did not add the table's filters (#filtersId).
async function openTable(context, base, pageName, filtersId) {
  const page = await context.newPage();
  await page.goto(`${base}/${pageName}`, { waitUntil: "load" });
  const enhanced = await page.locator(`#${filtersId}`).waitFor({ timeout: 5_000 })
    .then(() => true, () => false);
  if (!check(enhanced, `${pageName}: hvref-table.js added its filters`)) {
    await page.close();
    return null;
  }
  return page;
}

// The table's shown rows as objects keyed by `columns`, each column found by
// the start of its heading's text.
function shownRows(page, selector, columns) {
  return page.evaluate(([sel, names]) => {
    const table = document.querySelector(sel);
    const heads = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim().toLowerCase());
    const at = names.map((name) => heads.findIndex((h) => h.startsWith(name)));
    return [...table.tBodies[0].rows]
      .filter((tr) => !tr.hidden && tr.getClientRects().length > 0)
      .map((tr) => Object.fromEntries(names.map((name, i) =>
        [name, tr.cells[at[i]].textContent.trim()])));
  }, [selector, columns]);
}

async function checkTable(context, base, facts) {
  const page = await openTable(context, base, TABLE_PAGE, "hvref-hypercall-filters");
  if (!page) return;
  const visible = () => shownRows(page, "table.hvref-hypercall-table", ["code", "name", "kind"]);
  const all = await visible();
  check(all.length === facts.calls.length,
    `${TABLE_PAGE}: every call code is a row (${all.length} of ${facts.calls.length})`);
  const byName = (a, b) => a.localeCompare(b, undefined, { numeric: true });

  const sortButton = page.locator('button.hvref-sort[data-column="name"]');
  await sortButton.click();
  const ascending = await visible();
  const names = ascending.map((r) => r.name);
  check(names.join() !== all.map((r) => r.name).join()
    && names.join() === names.slice().sort(byName).join(),
  `${TABLE_PAGE}: sorting by name reorders the rows A-Z`, `first rows ${names.slice(0, 3)}`);
  await sortButton.click();
  const descending = (await visible()).map((r) => r.name);
  check(descending.join() === names.slice().reverse().join(),
    `${TABLE_PAGE}: sorting by name again reverses the order`, `first rows ${descending.slice(0, 3)}`);

  const kinds = await page.locator("#hvref-filter-kind option").evaluateAll(
    (opts) => opts.map((o) => o.value).filter((v) => v && !v.startsWith("\u0000")));
  const kind = kinds.includes("rep") ? "rep" : kinds[0];
  await page.selectOption("#hvref-filter-kind", kind);
  const filtered = await visible();
  const count = await page.locator("#hvref-filter-count").textContent();
  check(filtered.length > 0 && filtered.length < all.length
    && filtered.every((r) => r.kind.split(/\s*[,/]\s*/).includes(kind)),
  `${TABLE_PAGE}: filtering kind = ${kind} shows only those rows (${filtered.length} of ${all.length}; "${count}")`,
  `kinds shown: ${[...new Set(filtered.map((r) => r.kind))]}`);
  await page.click("#hvref-filter-reset");
  check((await visible()).length === all.length, `${TABLE_PAGE}: "Show all" shows every row again`);
  clean(TABLE_PAGE);
  await page.close();
}

// A term several entities share opens the first one references/aliases.csv
// lists for it, not the one with the shortest name ("SynIC": the SynIC's
// control MSR, not HV_X64_MSR_EOM).
async function checkTerms(context, base, facts) {
  const page = await context.newPage();
  await page.goto(`${base}/index.html`, { waitUntil: "load" });
  const norm = (t) => t.toLowerCase().replace(/[\s_-]+/g, "");
  const shared = new Map();
  for (const a of facts.aliases.filter((r) => r.kind === "term")) {
    if (!shared.has(norm(a.alias))) shared.set(norm(a.alias), { alias: a.alias, names: [] });
    shared.get(norm(a.alias)).names.push(a.name);
  }
  const terms = [...shared.values()].filter((t) => new Set(t.names).size > 1);
  const wrong = [];
  for (const term of terms) {
    const first = await page.evaluate(async (q) => {
      await window.hvrefLookup.load();
      const hits = window.hvrefLookup(q, 1);
      return hits.length ? hits[0].title : "";
    }, term.alias);
    if (first !== term.names[0]) wrong.push(`"${term.alias}" opens ${first}, not ${term.names[0]}`);
  }
  check(terms.length > 0 && !wrong.length,
    `lookup: each of the ${terms.length} terms several entities share opens the first entity `
    + "aliases.csv lists for it", wrong.slice(0, 5).join("; "));
  await page.close();
}

// The register page: one row per register name of the headers (counted by
// catalogue_facts.py from the header's text), the architecture filter, a
// number typed in the text filter, and sorting by number.
async function checkRegisterTable(context, base, facts) {
  const page = await openTable(context, base, REGISTER_PAGE, "hvref-register-filters");
  if (!page) return;
  const visible = async () => (await shownRows(page, "table.hvref-register-table",
    ["number", "name", "architecture"])).map((r) => ({ number: r.number, name: r.name,
    arch: r.architecture }));
  const key = (r) => `${r.name} ${r.number} ${r.arch}`;
  const all = await visible();
  const want = facts.registers.map(key).sort();
  const have = all.map(key).sort();
  const missing = want.filter((k) => !have.includes(k));
  const extra = have.filter((k) => !want.includes(k));
  check(!missing.length && !extra.length,
    `${REGISTER_PAGE}: every register name of the headers is a row with its number and `
    + `architecture (${all.length} rows, ${want.length} names)`,
    `missing ${missing.slice(0, 3)}; not in the headers ${extra.slice(0, 3)}`);

  await page.selectOption("#hvref-register-filter-architecture", "ARM64");
  const arm64 = await visible();
  const arm64Want = facts.registers.filter((r) => r.arch === "ARM64").length;
  check(arm64.length === arm64Want && arm64.every((r) => r.arch === "ARM64"),
    `${REGISTER_PAGE}: filtering architecture = ARM64 shows the ${arm64Want} ARM64 names only`,
    `${arm64.length} rows, architectures ${[...new Set(arm64.map((r) => r.arch))]}`);
  await page.click("#hvref-register-filter-reset");

  // A number from a trace: every name with that number, of any architecture.
  const sample = facts.registers.find((r) => r.number === "0x00020000") || facts.registers[0];
  await page.fill("#hvref-register-filter-text", sample.number.toLowerCase());
  const byNumber = (await visible()).map((r) => r.name).sort();
  const sameNumber = facts.registers.filter((r) => r.number === sample.number)
    .map((r) => r.name).sort();
  check(byNumber.join() === sameNumber.join(),
    `${REGISTER_PAGE}: typing ${sample.number.toLowerCase()} shows the names with that number`,
    `shown ${byNumber}; want ${sameNumber}`);
  await page.click("#hvref-register-filter-reset");

  await page.locator('button.hvref-sort[data-column="number"]').click();
  const numbers = (await visible()).map((r) => parseInt(r.number, 16));
  check(numbers.every((n, i) => i === 0 || numbers[i - 1] <= n),
    `${REGISTER_PAGE}: sorting by number orders the rows numerically`,
    `first rows ${numbers.slice(0, 3).map((n) => n.toString(16))}`);
  clean(REGISTER_PAGE);
  await page.close();
}

async function checkTheme(base) {
  const what = "theme";
  const context = await newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(`${base}/${CALL_PAGE}`, { waitUntil: "load" });
  const theme = () => page.evaluate(() => document.body.dataset.theme);
  const start = { theme: await theme(), bg: await background(page) };
  check(start.theme === "auto" && luminance(start.bg) > 0.8,
    `${what}: starts in auto mode with a light background (prefers light)`,
    `data-theme ${start.theme}, background ${start.bg}`);
  let previous = start;
  for (let i = 0; i < 2; i++) {
    await page.locator(".theme-toggle:visible").first().click();
    await page.waitForFunction((t) => document.body.dataset.theme !== t, previous.theme,
      { timeout: 2_000 }).catch(() => {});
    const now = { theme: await theme(), bg: await background(page) };
    const dark = luminance(now.bg) < 0.2;
    check(now.theme !== previous.theme && now.bg !== previous.bg
      && ((now.theme === "dark" && dark) || (now.theme === "light" && !dark)),
    `${what}: the toggle changes data-theme ${previous.theme} -> ${now.theme} and the background `
      + `${previous.bg} -> ${now.bg}`, `data-theme ${now.theme}, background ${now.bg}`);
    previous = now;
  }
  // Back to auto; the system's colour scheme decides.
  await page.evaluate(() => localStorage.removeItem("theme"));
  await page.reload({ waitUntil: "load" });
  mkdirSync(options.out, { recursive: true });
  const light = path.join(options.out, "hypercall-light.png");
  const dark = path.join(options.out, "hypercall-dark.png");
  await page.screenshot({ path: light });
  await page.emulateMedia({ colorScheme: "dark" });
  const auto = { theme: await theme(), bg: await background(page) };
  check(auto.theme === "auto" && luminance(auto.bg) < 0.2,
    `${what}: prefers-color-scheme dark gives a dark background in auto mode`,
    `data-theme ${auto.theme}, background ${auto.bg}`);
  await page.screenshot({ path: dark });
  for (const file of [light, dark]) {
    const size = existsSync(file) ? statSync(file).size : 0;
    check(size > 1000, `screenshot ${file} (${size} bytes)`);
  }
  clean(what);
  await context.close();
}

// -- every screen, both themes --------------------------------------------

// The columns each large table shows on a phone (and no others) and at
// least on a desktop (hvref.css chooses them by the table's width).
const TABLE_COLUMNS = {
  [TABLE_PAGE]: { table: "table.hvref-hypercall-table", phone: ["code", "name", "documented"],
    desktop: ["code", "name", "kind", "documented"] },
  [REGISTER_PAGE]: { table: "table.hvref-register-table", phone: ["number", "name", "architecture"],
    desktop: ["number", "name", "architecture", "kind", "value layout", "editions"] },
};
const FIT_PAGES = ["index.html", TABLE_PAGE, REGISTER_PAGE, CALL_PAGE, "generated/hypercalls/HvCallReserved0000.html",
  "generated/reference/hypercall_interface.html", "generated/layouts/hypercall_interface.html",
  "generated/msrs.html", "generated/status-codes.html", "generated/cpuid-leaves.html",
  "generated/spec-map.html", "generated/examples.html",
  "decode.html?cpuid=0x40000003&eax=0x2FFF&ebx=0x2BB9FF&ecx=0x2&edx=0xED7B72"];
const SCREENS = [["phone", 390, 844], ["desktop", 1366, 900]];
const MIN_LABEL_PX = 9;
const MIN_CONTRAST = 3;

// In the page: what scrolls sideways, and what breaks mid-word.
function measureFit() {
  const W = window.innerWidth;
  const wide = [];
  const se = document.scrollingElement;
  if (se.scrollWidth > W) wide.push(`the page (${se.scrollWidth} > ${W})`);
  for (const el of document.querySelectorAll(".page, .main, .content, article")) {
    const style = getComputedStyle(el);
    if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      wide.push(`${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
    }
  }
  // Each text run between two <wbr>s in inline code and the <h1> must stay on
  // one line (a run on two lines was broken mid-word).
  const split = [];
  const main = document.querySelector("article[role=main]") || document.body;
  for (const el of [...main.querySelectorAll("code.literal"), ...main.querySelectorAll("h1")]) {
    if (el.closest("table") && getComputedStyle(el.closest("table")).display === "none") continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue.trim();
      if (text.length < 2 || /\s/.test(text) || !n.parentElement.getClientRects().length) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(text);
    }
  }
  return { wide, split: [...new Set(split)].slice(0, 5) };
}

// Contrast (WCAG) of a control: its icon or text colour against the colour
// behind it, or its border against the colour around it, whichever is higher.
function controlContrast(selector) {
  const el = [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length);
  if (!el) return null;
  const rgb = (css) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(css);
    return m ? { c: [+m[1], +m[2], +m[3]], a: m[4] === undefined ? 1 : +m[4] } : null;
  };
  const lum = ([r, g, b]) => [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (x, y) => {
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const behind = (node) => {
    for (let e = node; e; e = e.parentElement) {
      const bg = rgb(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0.5) return bg.c;
    }
    return [255, 255, 255];
  };
  const style = getComputedStyle(el);
  let opacity = 1;
  for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
  const own = behind(el);
  const around = behind(el.parentElement);
  const fg = rgb(el.querySelector("svg") ? getComputedStyle(el.querySelector("svg")).stroke !== "none"
    ? getComputedStyle(el.querySelector("svg")).stroke : getComputedStyle(el.querySelector("svg")).color
    : style.color);
  const values = [fg ? ratio(fg.c, own) : 0];
  if (parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== "none") {
    const border = rgb(style.borderTopColor);
    if (border && border.a > 0.5) values.push(ratio(border.c, around));
  }
  return { contrast: Math.max(...values), opacity };
}

async function checkScreens(base) {
  const failures = { wide: [], split: [], columns: [], sticky: [], boxed: [], labels: [], contrast: [],
    cover: [] };
  mkdirSync(options.out, { recursive: true });
  const shots = [];
  for (const scheme of ["light", "dark"]) {
    for (const [screen, width, height] of SCREENS) {
      const context = await newContext({ colorScheme: scheme, viewport: { width, height } });
      const page = await context.newPage();
      const where = `${screen} ${width} px, ${scheme}`;
      for (const name of FIT_PAGES) {
        await page.goto(`${base}/${name}`, { waitUntil: "load" });
        const fit = await page.evaluate(measureFit);
        if (fit.wide.length) failures.wide.push(`${name} (${where}): ${fit.wide.join(", ")}`);
        if (fit.split.length) failures.split.push(`${name} (${where}): ${fit.split.join(" | ")}`);
        const columns = TABLE_COLUMNS[name];
        if (columns) {
          const table = await page.evaluate((selector) => {
            const t = document.querySelector(selector);
            const shown = [...t.tHead.rows[0].cells].filter((th) => getComputedStyle(th).display !== "none")
              .map((th) => th.textContent.trim().toLowerCase().replace(/\W+$/, ""));
            const box = t.closest(".table-wrapper");
            box.scrollTop = 2000;
            const head = t.tHead.rows[0].cells[0].getBoundingClientRect().top;
            const top = box.getBoundingClientRect().top;
            box.scrollTop = 0;
            return { shown, stuck: Math.abs(head - top) <= 4 && box.scrollHeight > box.clientHeight,
              sideways: box.scrollWidth - box.clientWidth };
          }, columns.table);
          const must = columns[screen];
          const ok = must.every((c) => table.shown.includes(c))
            && (screen !== "phone" || table.shown.length === must.length);
          if (!ok) failures.columns.push(`${name} (${where}): shows ${table.shown.join(", ")}`);
          if (!table.stuck) failures.sticky.push(`${name} (${where}): the header row scrolled away`);
          if (table.sideways > 1) {
            failures.boxed.push(`${name} (${where}): ${table.sideways} px wider than its box`);
          }
        }
        if (name.startsWith("generated/layouts/")) {
          const sizes = await page.evaluate(async () => {
            const out = [];
            for (const img of document.querySelectorAll("figure.hvref-bitfield-figure img")) {
              const svg = await fetch(img.src).then((r) => r.text()).catch(() => "");
              const fonts = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
              const natural = Number((/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg) || [])[1]) || img.naturalWidth;
              if (fonts.length) out.push(Math.min(...fonts) * img.getBoundingClientRect().width / natural);
            }
            return out;
          });
          const smallest = Math.min(...sizes);
          if (!sizes.length || smallest < MIN_LABEL_PX) {
            failures.labels.push(`${name} (${where}): smallest label ${smallest.toFixed(1)} px of ${sizes.length} diagrams`);
          }
        }
        if (name === CALL_PAGE) {
          await page.locator("div.highlight button.copybtn").first().waitFor({ state: "attached", timeout: 5_000 })
            .catch(() => {});
          for (const selector of ["div.highlight button.copybtn", ".theme-toggle",
            "input.sidebar-search"]) {
            const c = await page.evaluate(controlContrast, selector);
            if (c && (c.contrast < MIN_CONTRAST || c.opacity < 0.99)) {
              failures.contrast.push(`${selector} (${where}): ${c.contrast.toFixed(2)}:1, opacity ${c.opacity}`);
            }
            if (!c && selector !== "input.sidebar-search") failures.contrast.push(`${selector} (${where}): not shown`);
          }
          const cover = await page.evaluate(() => [...document.querySelectorAll("div.highlight")].map((box) => {
            const b = box.querySelector("button.copybtn")?.getBoundingClientRect();
            const pre = box.querySelector("pre").getBoundingClientRect();
            return b ? b.left >= pre.right - 1 : false;
          }));
          if (!cover.length || cover.includes(false)) failures.cover.push(`${where}: ${cover}`);
        }
        if (name === TABLE_PAGE) {
          for (const selector of ["#hvref-filter-text", "#hvref-filter-kind", "#hvref-filter-reset"]) {
            const c = await page.evaluate(controlContrast, selector);
            if (!c || c.contrast < MIN_CONTRAST) {
              failures.contrast.push(`${selector} (${where}): ${c ? c.contrast.toFixed(2) : "not shown"}`);
            }
          }
        }
        if (name === CALL_PAGE || name === TABLE_PAGE) {
          const file = path.join(options.out, `${name === CALL_PAGE ? "call" : "table"}-${screen}-${scheme}.png`);
          await page.screenshot({ path: file });
          shots.push(file);
        }
      }
      await page.close();
      await context.close();
    }
  }
  const all = `${FIT_PAGES.length} pages at ${SCREENS.map((s) => `${s[1]} px`).join(" and ")}, light and dark`;
  check(!failures.wide.length, `screens: no page scrolls sideways (${all})`, `\n    ${failures.wide.join("\n    ")}`);
  check(!failures.split.length, `screens: inline code and <h1>s break only at <wbr> (${all})`,
    `\n    ${failures.split.join("\n    ")}`);
  check(!failures.columns.length, "screens: the hypercall and register tables show the columns "
    + "TABLE_COLUMNS names (only those on a phone)", failures.columns.join("; "));
  check(!failures.boxed.length, "screens: the hypercall and register tables fit their boxes "
    + "(no sideways scrolling inside)", failures.boxed.join("; "));
  check(!failures.sticky.length,
    "screens: the hypercall and register tables' header rows stay visible while their boxes scroll",
    failures.sticky.join("; "));
  check(!failures.labels.length, `screens: bit-field diagram labels render at ${MIN_LABEL_PX} px or more`,
    failures.labels.join("; "));
  check(!failures.contrast.length, `screens: copy button, theme toggle, search box and table filters at `
    + `${MIN_CONTRAST}:1 or more, always visible`, `\n    ${failures.contrast.join("\n    ")}`);
  check(!failures.cover.length, "screens: the copy button sits beside the code, not over it",
    failures.cover.join("; "));
  const sizes = shots.map((f) => (existsSync(f) ? statSync(f).size : 0));
  check(shots.length === 8 && sizes.every((n) => n > 1000),
    `screens: ${shots.length} screenshots of ${CALL_PAGE_NAME} and the hypercall table in ${options.out}`);
  clean("screens");
}

// Values whose decodes follow from the spec (tests/tools/check_decode.py
// checks the command's answers field by field); the page must agree.
const DECODES = [
  ["input", ["0x0002000500000003"]],
  ["input", ["0x0000000078000002"]],
  ["output", ["0x0000000500000000"]],
  ["status", ["0x0005"]],
  ["msr", ["0x40000001", "0x0000000012345001"]],
  // A value above 32 bits (the guest OS identity) and the crash control MSR.
  ["msr", ["0x40000000", "0x0001040A00024A65"]],
  ["msr", ["0x40000105", "0xC000000000000000"]],
  ["smccc", ["0x8600FF01"]],
  ["cpuid", ["0x40000000", "0x4000000A", "0x7263694D", "0x666F736F", "0x76482074"]],
  ["register", ["0x00090000"]],
  ["register", ["0x00060001", "0xA09B0010FFFFFFFF0000000000000000"]],
  ["smccc", ["0x46000001"]],
];
const DECODE_PARAMS = { input: ["input"], output: ["output"], status: ["status"],
  msr: ["msr", "value"], cpuid: ["cpuid", "eax", "ebx", "ecx", "edx"], register: ["register", "value"],
  smccc: ["smccc"] };

// What the decode page shows: the decoded name, each field's name and value,
// and whether it reports an error.
async function shownDecode(page) {
  await page.waitForSelector("#hvref-decode-result p", { timeout: 10_000 });
  return page.evaluate(() => ({
    name: document.querySelector(".hvref-decode-title a")?.textContent || null,
    names: [...document.querySelectorAll(".hvref-decode-title a")].map((a) => a.textContent),
    fields: [...document.querySelectorAll("table.hvref-decode-fields tbody tr")].map((tr) => [
      tr.cells[0].textContent, (/^"[^"]*"|^\S+/.exec(tr.cells[2].textContent) || [""])[0]]),
    error: !!document.querySelector(".hvref-decode-error, .hvref-decode-problem"),
  }));
}

// The errata page shows every row of the register; a call page's Editions
// section shows its history and links to its errata rows, which exist; the
// pages per pair of editions list changes that link to entities.
async function checkErrataAndHistory(context, base) {
  const ids = new Set(readFileSync(path.join(options.root, "references", "errata.csv"), "utf8")
    .split("\n").map((line) => line.split(",")[0]).filter((id) => /^E\d{3}$/.test(id)));
  const page = await context.newPage();
  await page.goto(`${base}/generated/errata.html`, { waitUntil: "load" });
  const shown = await page.evaluate(() => [...document.querySelectorAll("[id^='erratum-e']")]
    .map((node) => node.id.slice("erratum-".length).toUpperCase()));
  const missing = [...ids].filter((id) => !shown.includes(id));
  check(!missing.length && shown.length === ids.size,
    `errata page: every row of references/errata.csv (${ids.size}) has its permalink`,
    `missing ${missing.slice(0, 10).join(" ")}; ${shown.length} shown`);
  await page.goto(`${base}/${CALL_PAGE}`, { waitUntil: "load" });
  const editions = await page.evaluate(() => {
    const section = document.getElementById("editions");
    return section ? { text: section.textContent,
      errata: [...section.querySelectorAll("a[href*='errata.html#erratum-']")].map((a) => a.href) } : null;
  });
  check(!!editions && /TLFS 2\.0/.test(editions.text) && /TLFS 6\.0b/.test(editions.text)
    && editions.errata.length > 0, `${CALL_PAGE_NAME}: an Editions section with the editions and `
    + "links to its errata rows", JSON.stringify(editions).slice(0, 200));
  if (editions && editions.errata.length) {
    await page.goto(editions.errata[0], { waitUntil: "load" });
    const anchor = new URL(editions.errata[0]).hash.slice(1);
    check(await page.evaluate((id) => !!document.getElementById(id), anchor),
      `${CALL_PAGE_NAME}: its first errata link lands on row ${anchor}`);
  }
  await page.goto(`${base}/generated/history/2.0-to-6.0b.html`, { waitUntil: "load" });
  const changes = await page.evaluate(() => document.querySelectorAll("article a.reference.internal").length);
  check(changes > 20, "edition history: the 2.0 to 6.0b page lists changes linked to their entities",
    `${changes} links`);
  await page.close();
}

async function checkDecode(context, base) {
  if (!options.decode) {
    skip("decode page against hvref-decode", "no --decode HVREF_DECODE given");
    return;
  }
  const differences = [];
  const page = await context.newPage();
  const filePage = await context.newPage();
  for (const [kind, args] of DECODES) {
    // The command takes a register's value as NUMBER=VALUE, the page as &value=.
    const commandArgs = kind === "register" && args.length > 1 ? [`${args[0]}=${args[1]}`] : args;
    const run = spawnSync(options.decode, ["--json", kind, ...commandArgs], { encoding: "utf8" });
    let expected;
    try {
      expected = JSON.parse(run.stdout);
    } catch {
      differences.push(`${kind} ${args.join(" ")}: hvref-decode printed ${JSON.stringify(run.stdout)}`);
      continue;
    }
    const want = {
      name: expected.name || null,
      names: expected.names || (expected.name ? [expected.name] : []),
      fields: (expected.fields || []).map((f) => [f.name,
        f.text !== undefined ? `"${f.text}"` : f.value]),
      error: "errors" in expected,
    };
    const query = DECODE_PARAMS[kind].filter((p, i) => args[i] !== undefined)
      .map((p, i) => `${p}=${args[i]}`).join("&");
    for (const [where, target, url] of [["http", page, `${base}/decode.html?${query}`],
      ["file://", filePage, `${pathToFileURL(path.join(options.site, "decode.html")).href}?${query}`]]) {
      await target.goto(url, { waitUntil: "load" });
      const shown = await shownDecode(target);
      if (JSON.stringify(shown) !== JSON.stringify(want)) {
        differences.push(`${kind} ${args.join(" ")} (${where}): page ${JSON.stringify(shown)}, `
          + `hvref-decode ${JSON.stringify(want)}`);
      }
    }
  }
  await filePage.close();
  check(!differences.length, `decode page: ${DECODES.length} values decode as hvref-decode does, `
    + "over http and from file://", `\n    ${differences.join("\n    ")}`);
  await page.goto(`${base}/index.html`, { waitUntil: "load" });
  // A register number from a trace finds the register names that have it.
  const registers = await page.evaluate(async () => {
    await window.hvrefLookup.load();
    return window.hvrefLookup("0x00020000", 5).map((hit) => hit.title);
  });
  check(registers.includes("HvX64RegisterRax") && registers.includes("HvArm64RegisterX0"),
    "lookup: register number 0x00020000 finds HvX64RegisterRax and HvArm64RegisterX0",
    registers.join(", "));
  await page.locator("input.sidebar-search:visible").first().click();
  await page.keyboard.type("0x0005", { delay: 20 });
  const offer = await page.locator("a.hvref-lookup-decode").first()
    .getAttribute("href", { timeout: 5_000 }).catch(() => null);
  check(!!offer && /decode\.html\?status=0x0005$/.test(offer),
    "search box: a number offers the decode page", `offer: ${offer}`);
  await page.close();
}

let exitCode = 1;
try {
  const facts = catalogueFacts();
  server = await serve(options.site);
  const base = `http://127.0.0.1:${server.address().port}`;
  note(`serving ${options.site} at ${base}`);
  browser = await chromium.launch({
    executablePath: options.chromium, headless: true, args: LAUNCH_ARGS, timeout: 30_000,
  });
  note(`${options.chromium} ${browser.version()}, Node ${process.version}`);
  const context = await newContext({ colorScheme: "light" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  const timed = async (what, run) => {
    const t0 = Date.now();
    await run();
    note(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  await timed("pages", () => checkPages(context, base));
  await timed("page weight", () => checkWeight(base));
  await timed("diagram", () => checkDiagram(context, base));
  await timed("lookup", () => checkLookup(context, base, facts));
  await timed("search box", () => checkSearchBox(context, base, facts));
  await timed("table", () => checkTable(context, base, facts));
  await timed("register table", () => checkRegisterTable(context, base, facts));
  await timed("terms", () => checkTerms(context, base, facts));
  await timed("decode", () => checkDecode(context, base));
  await timed("errata and history", () => checkErrataAndHistory(context, base));
  await context.close();
  await timed("theme", () => checkTheme(base));
  await timed("file://", () => checkFileUrl(facts));
  await timed("screens", () => checkScreens(base));
  check(log.libraries.length === 0, "the whole run: no page requests jQuery or underscore.js",
    log.libraries.slice(0, 5).join(" | "));
  check(log.outside.length === 0, "the whole run: no request to another host",
    log.outside.slice(0, 5).join(" | "));
  check(log.errors.length === 0, "the whole run: no console error", log.errors.slice(0, 5).join(" | "));
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.log(`FAIL - ${error.stack || error}`);
  exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
console.log(`browser.site: ${passed} passed, ${failed} failed, ${skipped} skipped `
  + `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
