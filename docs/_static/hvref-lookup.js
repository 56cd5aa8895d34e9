/*
 * hvref identifier lookup: a call code, call name, status code, MSR, CPUID
 * leaf, C type, enumerator, macro or field name typed into the sidebar's
 * search box lists the pages that define it, best first.
 *
 * The index is _static/hvref-lookup-index.js (window.HVREF_LOOKUP_INDEX),
 * generated at build time by docs/_ext/hvref/lookup.py; see CONTRIBUTING.md,
 * "How lookup works". It is a quarter of a megabyte, so no page loads it
 * with itself: the search box injects it as a <script> (which, unlike
 * fetch(), works from file://) when it is first focused or typed into, and
 * answers what was typed meanwhile when it arrives. Classic script, no
 * dependency.
 *
 *   window.hvrefLookup(query[, limit]) -> [{title, kind, detail, url}, ...]
 *   window.hvrefLookup.load() -> Promise of true (index loaded) or false
 *
 * hvrefLookup() returns [] until the index is loaded; load() starts loading
 * it if nothing has yet. url is relative to the site root. A leading kind
 * word narrows the query: "status 0x2", "msr 0x40000073", "call 0x2",
 * "cpuid 0x40000003", "field ProcessorMask".
 */
(function () {
  "use strict";

  // Words a query may start with, and the kinds each keeps.
  var KIND_WORDS = {
    call: ["call"], hypercall: ["call"], hvcall: ["call"],
    status: ["status"], msr: ["msr"], cpuid: ["cpuid"], leaf: ["cpuid"],
    struct: ["struct"], structure: ["struct"], union: ["union"],
    enum: ["enum"], enumeration: ["enum"], typedef: ["typedef"],
    type: ["struct", "union", "enum", "typedef"],
    enumerator: ["enumerator"], macro: ["macro"], define: ["macro"],
    constant: ["macro", "enumerator"],
    field: ["field"], member: ["field"]
  };
  var MAX_DROPDOWN_HITS = 12;

  // Match quality, best first; ties go to the kind listed first in the index
  // (calls, status codes, CPUID leaves, MSRs, types, ..., fields), then to
  // the shorter name. A name typed in full beats the same text as a
  // prefix-less form (HV_VP_SET before HvCallVpSet...); as a prefix, both
  // forms count the same, so "map" lists the HvCallMap... calls first.
  var NUMBER = 0, EXACT = 1, EXACT_ALIAS = 2, PREFIX = 3, SUBSTRING = 4;

  var INDEX_FILE = "_static/hvref-lookup-index.js";
  var scriptUrl = document.currentScript && document.currentScript.src;
  var prepared = null;

  function norm(text) {
    return text.toLowerCase().replace(/[\s_\-]+/g, "");
  }

  function prepare() {
    if (prepared) return prepared;
    var data = window.HVREF_LOOKUP_INDEX;
    if (!data || !data.entries) return null;
    var byKey = new Map(), byValue = new Map(), entries = [];
    data.entries.forEach(function (row, order) {
      var entry = {
        rank: row[0], kind: data.kinds[row[0]], title: row[1], detail: row[2],
        url: data.pages[row[3]] + (row[4] ? "#" + row[4] : ""), keys: row[5],
        value: row[6], order: order,
        // A reserved call code is rarely what a trace's number means.
        reserved: /^HvCallReserved/.test(row[1])
      };
      entries.push(entry);
      entry.keys.forEach(function (key, i) {
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key).push([entry, i === 0 ? EXACT : EXACT_ALIAS]);
      });
      if (entry.value !== null && entry.value !== undefined) {
        if (!byValue.has(entry.value)) byValue.set(entry.value, []);
        byValue.get(entry.value).push(entry);
      }
    });
    prepared = {entries: entries, byKey: byKey, byValue: byValue};
    return prepared;
  }

  // "0x004B", "0x4b", "4B", "4Bh" -> 75; a word of hex letters only ("add")
  // is a name, not a number.
  function parseNumber(text) {
    var t = text.replace(/[_'`]/g, "");
    var m = /^(0x)?([0-9a-f]{1,16})h?$/i.exec(t);
    if (!m || (!m[1] && !/[0-9]/.test(m[2]))) return null;
    return parseInt(m[2], 16);
  }

  function lookup(query, limit) {
    var index = prepare();
    if (!index || typeof query !== "string") return [];
    var words = query.trim().split(/\s+/);
    var kinds = null;
    // A leading kind word narrows, unless the whole query is a name or term
    // ("hypercall page" is a term of references/aliases.csv, not "call page").
    if (words.length > 1 && Object.prototype.hasOwnProperty.call(KIND_WORDS,
                                                                   words[0].toLowerCase()) &&
        !index.byKey.has(norm(query))) {
      kinds = KIND_WORDS[words.shift().toLowerCase()];
    }
    var text = words.join(" ");
    var key = norm(text);
    if (!key) return [];
    var best = new Map();   // entry -> quality
    function hit(entry, quality) {
      if (kinds && kinds.indexOf(entry.kind) < 0) return;
      var old = best.get(entry);
      if (old === undefined || quality < old) best.set(entry, quality);
    }
    var number = parseNumber(text);
    if (number !== null) {
      (index.byValue.get(number) || []).forEach(function (entry) { hit(entry, NUMBER); });
    }
    (index.byKey.get(key) || []).forEach(function (pair) { hit(pair[0], pair[1]); });
    var entries = index.entries;
    for (var i = 0; i < entries.length; i++) {
      var keys = entries[i].keys;
      for (var j = 0; j < keys.length; j++) {
        var at = keys[j].indexOf(key);
        if (at === 0) hit(entries[i], PREFIX);
        else if (at > 0 && key.length > 1) hit(entries[i], SUBSTRING);
      }
    }
    var found = [];
    best.forEach(function (quality, entry) { found.push([quality, entry]); });
    found.sort(function (a, b) {
      var x = a[1], y = b[1];
      return a[0] - b[0] || (x.reserved - y.reserved) || x.rank - y.rank ||
        x.keys[0].length - y.keys[0].length || x.order - y.order;
    });
    return found.slice(0, limit || 100).map(function (pair) {
      var e = pair[1];
      return {title: e.title, kind: e.kind, detail: e.detail, url: e.url};
    });
  }

  // -- loading the index --------------------------------------------------

  // The site root as a URL prefix for this page: <html data-content_root>
  // (Sphinx 7.2 and later: "../../" on generated/hypercalls/*.html), else
  // where this script was loaded from.
  function siteRoot() {
    var root = document.documentElement.getAttribute("data-content_root");
    if (root === null && scriptUrl) {
      root = scriptUrl.replace(/_static\/hvref-lookup\.js(\?.*)?$/, "");
    }
    if (root === null) root = "";
    if (root && root.charAt(root.length - 1) !== "/") root += "/";
    return root === "./" ? "" : root;
  }

  var loading = null;       // the Promise of the running or finished load

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve) {
        if (window.HVREF_LOOKUP_INDEX) { resolve(!!prepare()); return; }
        var script = document.createElement("script");
        script.src = siteRoot() + INDEX_FILE;
        script.onload = function () { resolve(!!prepare()); };
        script.onerror = function () {
          // The next use of the search box tries again.
          script.parentNode.removeChild(script);
          loading = null;
          resolve(false);
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  lookup.load = load;
  window.hvrefLookup = lookup;

  // -- the search box ------------------------------------------------------

  function wire(input, listId) {
    var form = input.form || input.parentNode;
    var root = siteRoot();
    var list = document.createElement("div");
    list.id = listId;
    list.className = "hvref-lookup";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Definitions");
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    var active = -1;

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(i) {
      var all = options();
      if (!all.length) return;
      active = (i + all.length) % all.length;
      for (var k = 0; k < all.length; k++) {
        all[k].classList.toggle("is-active", k === active);
        all[k].setAttribute("aria-selected", k === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({block: "nearest"});
    }

    function option(className, href, i) {
      var a = document.createElement("a");
      a.className = className;
      a.href = href;
      a.id = listId + "-" + i;
      a.tabIndex = -1;
      a.setAttribute("role", "option");
      a.setAttribute("aria-selected", "false");
      return a;
    }

    function span(className, text) {
      var s = document.createElement("span");
      s.className = className;
      s.textContent = text;
      return s;
    }

    function render() {
      var query = input.value.trim();
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!query) { close(); return; }
      var ready = !!prepare();
      var hits = ready ? lookup(query, MAX_DROPDOWN_HITS) : [];
      hits.forEach(function (hit, i) {
        var a = option("hvref-lookup-hit", root + hit.url, i);
        a.setAttribute("data-kind", hit.kind);
        a.appendChild(span("hvref-lookup-title", hit.title));
        a.appendChild(span("hvref-lookup-kind", hit.kind));
        a.appendChild(span("hvref-lookup-detail", hit.detail));
        list.appendChild(a);
      });
      if (!ready) {
        // Until the index is here: a line saying so, then the full-text
        // search; whenLoaded() renders again when it arrives.
        var wait = span("hvref-lookup-loading", "Loading the index of definitions\u2026");
        wait.setAttribute("aria-hidden", "true");
        list.appendChild(wait);
        list.setAttribute("aria-busy", "true");
        whenLoaded();
      } else {
        list.removeAttribute("aria-busy");
      }
      var full = option("hvref-lookup-fulltext",
                        root + "search.html?q=" + encodeURIComponent(query), hits.length);
      full.appendChild(document.createTextNode("Search the full text for "));
      full.appendChild(span("hvref-lookup-query", query));
      list.appendChild(full);
      // A number: offer the decode page too (decode.html), as a status code
      // when it fits 16 bits, else as a hypercall input value.
      if (parseNumber(query) !== null) {
        var digits = query.replace(/[_'`]/g, "").replace(/h$/i, "").replace(/^0x/i, "");
        var kind = digits.replace(/^0+/, "").length <= 4 ? "status" : "input";
        var decode = option("hvref-lookup-decode", root + "decode.html?" + kind + "=0x" +
                            encodeURIComponent(digits), hits.length + 1);
        decode.appendChild(document.createTextNode("Decode "));
        decode.appendChild(span("hvref-lookup-query", "0x" + digits));
        decode.appendChild(document.createTextNode(
          kind === "status" ? " as a status code" : " as a hypercall input value"));
        list.appendChild(decode);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    // What Enter does: open the chosen option, else the first hit. False when
    // there is neither (the form's own full-text search then runs).
    function choose() {
      var all = options();
      var target = active >= 0 ? all[active] : list.querySelector("a.hvref-lookup-hit");
      if (!target) return false;
      window.location.href = target.href;
      return true;
    }

    function submit() {
      if (!input.form) return;
      if (input.form.requestSubmit) input.form.requestSubmit();
      else input.form.submit();
    }

    // Loads the index (once) and answers what the box holds when it arrives:
    // the list if the box still has the focus, Enter if one was pressed.
    var waiting = false, pendingEnter = false;
    function whenLoaded() {
      if (waiting) return;
      waiting = true;
      load().then(function (ok) {
        waiting = false;
        var enter = pendingEnter;
        pendingEnter = false;
        if (!ok) {            // render() or the next focus tries again
          list.removeAttribute("aria-busy");
          var wait = list.querySelector(".hvref-lookup-loading");
          if (wait) wait.parentNode.removeChild(wait);
          if (enter) submit();
          return;
        }
        if (enter) {
          render();
          if (!choose()) submit();
        } else if (document.activeElement === input && input.value.trim()) {
          render();
        }
      });
    }

    input.addEventListener("input", render);
    input.addEventListener("focus", function () {
      if (input.value.trim()) render();
      else if (!prepare()) whenLoaded();
    });
    input.addEventListener("keydown", function (event) {
      if (event.isComposing) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) render();
        setActive(active + (event.key === "ArrowDown" ? 1 : active < 0 ? 0 : -1));
        event.preventDefault();
      } else if (event.key === "Enter") {
        if (!prepare() && active < 0) {   // the first hit, once the index is here
          event.preventDefault();
          pendingEnter = true;
          whenLoaded();
          return;
        }
        if (list.hidden) render();
        if (choose()) event.preventDefault();   // else: the form's own full-text search
      } else if (event.key === "Escape" && !list.hidden) {
        pendingEnter = false;
        close();
        event.preventDefault();
      }
    });
    // Clicking a hit must not blur the input before the click lands.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    input.addEventListener("blur", function () {
      pendingEnter = false;
      close();
    });
  }

  // -- the search page -----------------------------------------------------
  // search.html?q=... (where Enter lands when the dropdown has no hit yet, and
  // where a browser's keyword search goes): the definitions the lookup finds,
  // first, as in the dropdown; then Sphinx's full-text results, each page
  // once (Sphinx 9 may list a page twice: by title and by its text).

  var MAX_PAGE_HITS = 20;

  function searchPage() {
    var results = document.getElementById("search-results");
    if (!results) return;
    var query = (new URLSearchParams(window.location.search).get("q") || "").trim();
    if (query) showDefinitions(results, query);
    dedupeResults(results);
  }

  function showDefinitions(results, query) {
    var root = siteRoot();
    var section = document.createElement("section");
    section.id = "hvref-lookup-page";
    section.setAttribute("aria-labelledby", "hvref-lookup-page-title");
    var title = document.createElement("h2");
    title.id = "hvref-lookup-page-title";
    title.textContent = "Definitions";
    section.appendChild(title);
    var status = document.createElement("p");
    status.className = "hvref-lookup-page-status";
    status.textContent = "Loading the index of definitions\u2026";
    section.appendChild(status);
    results.parentNode.insertBefore(section, results);
    load().then(function (ok) {
      if (!ok) { status.textContent = "The index of definitions did not load."; return; }
      var hits = lookup(query, MAX_PAGE_HITS);
      status.textContent = hits.length ? "" : "No definition is named " + query + ".";
      if (!hits.length) return;
      status.hidden = true;
      var list = document.createElement("ul");
      list.className = "hvref-lookup-page-hits";
      hits.forEach(function (hit) {
        var item = document.createElement("li");
        var a = document.createElement("a");
        a.className = "hvref-lookup-hit";
        a.href = root + hit.url;
        a.setAttribute("data-kind", hit.kind);
        a.appendChild(span("hvref-lookup-title", hit.title));
        item.appendChild(a);
        item.appendChild(span("hvref-lookup-kind", hit.kind));
        item.appendChild(span("hvref-lookup-detail", hit.detail));
        item.appendChild(span("hvref-lookup-url", hit.url));
        list.appendChild(item);
      });
      section.appendChild(list);
    });
  }

  function span(className, text) {
    var s = document.createElement("span");
    s.className = className;
    s.textContent = text;
    return s;
  }

  // Removes a full-text result whose page is already listed, and keeps the
  // summary's count equal to the pages listed.
  function dedupeResults(results) {
    var seen = new Set();
    function pageOf(a) {
      return a.href.split("#")[0];
    }
    function sweep() {
      var items = results.querySelectorAll("ul.search > li");
      var kept = 0;
      for (var i = 0; i < items.length; i++) {
        var a = items[i].querySelector("a");
        if (!a) continue;
        if (items[i].getAttribute("data-hvref-kept")) { kept++; continue; }
        var page = pageOf(a);
        if (seen.has(page)) { items[i].parentNode.removeChild(items[i]); continue; }
        seen.add(page);
        items[i].setAttribute("data-hvref-kept", "1");
        kept++;
      }
      var summary = results.querySelector(".search-summary");
      if (summary && /\d+ pages|one page/.test(summary.textContent)) {
        var text = kept === 1 ? "Search finished, found one page matching the search query."
          : "Search finished, found " + kept + " pages matching the search query.";
        if (summary.textContent !== text) summary.textContent = text;
      }
    }
    new MutationObserver(sweep).observe(results, {childList: true, subtree: true,
                                                  characterData: true});
    sweep();
  }

  function init() {
    var inputs = document.querySelectorAll("input.sidebar-search");
    for (var i = 0; i < inputs.length; i++) {
      wire(inputs[i], i === 0 ? "hvref-lookup-results" : "hvref-lookup-results-" + i);
    }
    searchPage();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
