#!/usr/bin/env node
// Check a built hvref (Sphinx + Furo) site in headless Chromium, from file://.
//
//   node docs/theme/check_theme.mjs SITE_DIR [--screenshots DIR] [--chromium PATH]
//
// SITE_DIR is the HTML output directory (the one holding index.html).
// Chromium: --chromium, else $CHROMIUM, else /usr/bin/chromium (Debian's
// `apt-get install chromium`); playwright-core comes from `npm ci`.
// Checks, for index.html under prefers-color-scheme light and dark:
//   * no console error, no uncaught exception, no failed request, and no
//     request to anything but file:// (others are aborted and reported);
//   * the repaired stylesheet's normalize.css import loaded and applies;
//   * furo.js ran (no "no-js" class on <html>), the theme toggle cycles
//     <body data-theme> auto -> dark -> light -> auto (light system) or
//     auto -> light -> dark -> auto (dark system), stores it in
//     localStorage, and the page colours follow (light/dark background);
//   * the scroll-spy marks the table-of-contents entry of the scrolled-to
//     section;
// and for search.html (a query finds results), genindex.html and every
// other top-level page: loads without errors or foreign requests.
// Prints one line per check and "N passed, N failed"; exits 1 on a failure.

import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (err) {
  console.error(
    "check_theme: playwright-core not found: run `npm ci` at the repository root",
  );
  process.exit(2);
}

function usage(msg) {
  if (msg) console.error(`check_theme: ${msg}`);
  console.error(
    "usage: node docs/theme/check_theme.mjs SITE_DIR [--screenshots DIR] [--chromium PATH]",
  );
  process.exit(2);
}

const argv = process.argv.slice(2);
let siteDir = null;
let shotDir = null;
let chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--screenshots") shotDir = argv[++i];
  else if (a === "--chromium") chromiumPath = argv[++i];
  else if (a === "-h" || a === "--help") usage();
  else if (a.startsWith("-")) usage(`unknown option ${a}`);
  else if (siteDir === null) siteDir = a;
  else usage(`unexpected argument ${a}`);
}
if (!siteDir) usage("SITE_DIR is required");
siteDir = path.resolve(siteDir);
if (!existsSync(path.join(siteDir, "index.html")))
  usage(`${siteDir}/index.html not found: build the site first`);
if (!existsSync(chromiumPath))
  usage(`Chromium not found at ${chromiumPath}: apt-get install chromium (or pass --chromium)`);
if (shotDir) mkdirSync(shotDir, { recursive: true });

let passed = 0;
let failed = 0;
function check(ok, what, detail = "") {
  if (ok) {
    passed++;
    console.log(`ok - ${what}`);
  } else {
    failed++;
    console.log(`FAIL - ${what}${detail ? `: ${detail}` : ""}`);
  }
  return ok;
}

const pageUrl = (name) => pathToFileURL(path.join(siteDir, name)).href;

// Relative luminance (0 black .. 1 white) of a computed "rgb(a)(...)" colour.
function luminance(css) {
  const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  if (!m) return NaN;
  const [r, g, b] = m.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

// A fresh browser context (own localStorage) watching everything it loads.
async function openContext(colorScheme) {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width: 1280, height: 900 },
  });
  const log = { errors: [], warnings: [], failed: [], foreign: [], finished: [] };
  // Anything not file:// (or an inline data: URI) is refused before it leaves.
  await context.route(
    (url) => url.protocol !== "file:" && url.protocol !== "data:",
    (route) => {
      const u = route.request().url();
      if (!log.foreign.includes(u)) log.foreign.push(u);
      return route.abort("blockedbyclient");
    },
  );
  context.on("request", (req) => {
    const u = req.url();
    if (!u.startsWith("file:") && !u.startsWith("data:") && !log.foreign.includes(u))
      log.foreign.push(u);
  });
  context.on("requestfailed", (req) =>
    log.failed.push(`${req.url()} (${req.failure()?.errorText})`),
  );
  context.on("requestfinished", (req) => log.finished.push(req.url()));
  context.on("page", (page) => attachPage(page, log));
  return { context, log };
}

function attachPage(page, log) {
  page.on("console", (msg) => {
    const loc = msg.location();
    const text = `${msg.text()} [${loc.url || "?"}:${loc.lineNumber ?? "?"}]`;
    if (msg.type() === "error") log.errors.push(text);
    else if (msg.type() === "warning") log.warnings.push(text);
  });
  page.on("pageerror", (err) => log.errors.push(`uncaught: ${err.message}`));
}

function checkClean(log, what) {
  check(log.errors.length === 0, `${what}: no console errors`, log.errors.join(" | "));
  check(log.failed.length === 0, `${what}: no failed requests`, log.failed.join(" | "));
  check(
    log.foreign.length === 0,
    `${what}: no request other than file://`,
    log.foreign.join(" | "),
  );
  for (const w of log.warnings) console.log(`# ${what}: console warning: ${w}`);
}

const themeOf = (page) => page.evaluate(() => document.body.dataset.theme);
const storedTheme = (page) => page.evaluate(() => localStorage.getItem("theme"));
const colours = (page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { bg: s.backgroundColor, fg: s.color };
  });

async function checkColours(page, expectDark, what) {
  const { bg, fg } = await colours(page);
  const lb = luminance(bg);
  const lf = luminance(fg);
  const ok = expectDark ? lb < 0.1 && lf > 0.5 : lb > 0.8 && lf < 0.2;
  check(ok, `${what}: ${expectDark ? "dark" : "light"} colours`, `background ${bg}, text ${fg}`);
}

async function checkIndex(colorScheme) {
  const dark = colorScheme === "dark";
  const what = `index.html (prefers-color-scheme: ${colorScheme})`;
  const { context, log } = await openContext(colorScheme);
  const page = await context.newPage();
  await page.goto(pageUrl("index.html"), { waitUntil: "load" });
  await page.waitForTimeout(300);

  const noJs = await page.evaluate(() =>
    document.documentElement.classList.contains("no-js"),
  );
  check(!noJs, `${what}: furo.js ran (<html> lost its no-js class)`);

  const normalizeLoaded = log.finished.some((u) => u.endsWith("/_static/vendor/normalize.css"));
  check(normalizeLoaded, `${what}: furo.css imported _static/vendor/normalize.css`,
    `loaded: ${log.finished.filter((u) => /\.css(\?|$)/.test(u)).join(", ")}`);
  // normalize.css 8.0.1: "sub { position: relative; bottom: -0.25em }";
  // Chromium's own default is position: static, and furo.css leaves <sub> alone.
  const subPos = await page.evaluate(() => {
    const el = document.createElement("sub");
    document.body.appendChild(el);
    const p = getComputedStyle(el).position;
    el.remove();
    return p;
  });
  check(subPos === "relative", `${what}: normalize.css rules apply`, `sub position ${subPos}`);

  check((await themeOf(page)) === "auto", `${what}: <body data-theme> starts as "auto"`,
    `got ${await themeOf(page)}`);
  await checkColours(page, dark, `${what}, theme auto`);

  // The toggle visible at this width (there is another in the mobile header).
  const toggle = page.locator(".theme-toggle:visible").first();
  const hasToggle = check((await toggle.count()) === 1, `${what}: a visible theme toggle button`);
  const cycle = dark ? ["light", "dark", "auto"] : ["dark", "light", "auto"];
  for (const expected of hasToggle ? cycle : []) {
    await toggle.click({ timeout: 5000 });
    const got = await themeOf(page);
    check(got === expected, `${what}: toggle click -> data-theme="${expected}"`, `got ${got}`);
    const stored = await storedTheme(page);
    check(stored === expected, `${what}: localStorage theme="${expected}"`, `got ${stored}`);
    await checkColours(page, expected === "auto" ? dark : expected === "dark",
      `${what}, theme ${expected}`);
  }

  // Scroll-spy (gumshoe): scroll to the last section in the right-hand TOC.
  const links = await page.evaluate(() =>
    Array.from(document.querySelectorAll(".toc-tree a")).map((a) => a.getAttribute("href")),
  );
  const target = [...links].reverse().find((h) => h && h.startsWith("#") && h.length > 1);
  if (check(Boolean(target), `${what}: page has an in-page table of contents`, `${links.length} links`)) {
    await page.evaluate((h) => document.getElementById(h.slice(1)).scrollIntoView(), target);
    let current = null;
    try {
      await page.waitForFunction(
        // gumshoe puts navClass on the link's parent <li>.
        (h) => document.querySelector(`.toc-tree li.scroll-current > a[href="${h}"]`) !== null,
        target,
        { timeout: 3000 },
      );
      current = target;
    } catch {
      current = await page.evaluate(() =>
        Array.from(document.querySelectorAll(".toc-tree li.scroll-current > a")).map((a) =>
          a.getAttribute("href")).join(","),
      );
    }
    check(current === target, `${what}: scroll-spy marks ${target} as current`, `current: ${current}`);
    const scrolled = await page.evaluate(() =>
      document.querySelector("header")?.classList.contains("scrolled") ||
      document.documentElement.classList.contains("show-back-to-top") ||
      window.scrollY > 0,
    );
    check(scrolled, `${what}: page scrolled`);
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  if (shotDir) {
    // Back to "auto" (the cycle ended there): the system setting decides.
    await page.waitForTimeout(300);
    const file = path.join(shotDir, `hvref-theme-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(`# screenshot: ${file}`);
  }
  checkClean(log, what);
  await context.close();
}

async function checkOtherPages() {
  const { context, log } = await openContext("light");
  const page = await context.newPage();
  if (existsSync(path.join(siteDir, "search.html"))) {
    // Search for the first word of the index page's main heading.
    await page.goto(pageUrl("index.html"), { waitUntil: "load" });
    const word = await page.evaluate(() =>
      ((document.querySelector("article h1")?.textContent || "").match(/\w+/) || ["index"])[0]);
    await page.goto(`${pageUrl("search.html")}?q=${encodeURIComponent(word)}`, {
      waitUntil: "load",
    });
    let hits = 0;
    try {
      await page.waitForFunction(
        () => document.querySelectorAll("#search-results li").length > 0,
        null,
        { timeout: 10000 },
      );
      hits = await page.evaluate(() => document.querySelectorAll("#search-results li").length);
    } catch {
      /* reported below */
    }
    check(hits > 0, `search.html?q=${word}: finds results from file://`, `${hits} results`);
  }
  const pages = readdirSync(siteDir)
    .filter((f) => f.endsWith(".html") && f !== "index.html")
    .sort();
  for (const name of pages) {
    await page.goto(pageUrl(name), { waitUntil: "load" });
    const noJs = await page.evaluate(() =>
      document.documentElement.classList.contains("no-js"),
    );
    check(!noJs, `${name}: loads and furo.js runs`);
  }
  await page.waitForTimeout(200);
  checkClean(log, `other pages (${pages.length})`);
  await context.close();
}

try {
  console.log(`# site: ${siteDir}`);
  console.log(`# browser: ${chromiumPath} ${browser.version()}`);
  await checkIndex("light");
  await checkIndex("dark");
  await checkOtherPages();
} catch (err) {
  check(false, "check_theme ran to the end", err.stack || String(err));
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
