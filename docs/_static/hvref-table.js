/*
 * Sorting and filters for the site's large tables, which
 * docs/_ext/hvref/pages.py and register_page.py emit with a class of their
 * own: the hypercall table (generated/hypercalls/index,
 * table.hvref-hypercall-table) and the register table (generated/registers,
 * table.hvref-register-table). Without this script each is a plain table.
 * Classic script, no dependency.
 *
 * Adds, before the table, div#hvref-hypercall-filters (the register table:
 * #hvref-register-filters) with a text filter (#hvref-filter-text: code or
 * name; the register table's ids start hvref-register-filter- instead), one
 * select per filtered column (#hvref-filter-class, -kind, -fast,
 * -documented, -caller, -privilege; for registers -architecture, -kind,
 * -editions), a reset button (#hvref-filter-reset) and the count
 * (#hvref-filter-count); in each heading, a button.hvref-sort (the th
 * carries aria-sort); on every cell, its column's class (hvref-col-code,
 * hvref-col-name, ...).
 *
 * On every page (fit()): <wbr> after the underscores of inline code, after
 * "/" and "_" in code-block captions, and at the word boundaries of the <h1>,
 * so that long identifiers wrap there on a phone rather than mid-word.
 */
(function () {
  "use strict";

  // Per table class: the filters' ids, the text filter's label, what a row
  // is, and the columns with a select (by heading text, lower case).
  var TABLES = {
    "hvref-hypercall-table": {filters: "hvref-hypercall-filters", ids: "hvref-filter-",
                              label: "Call", noun: "calls",
                              filtered: ["class", "kind", "fast", "documented", "caller",
                                         "privilege"]},
    "hvref-register-table": {filters: "hvref-register-filters", ids: "hvref-register-filter-",
                             label: "Register", noun: "registers",
                             filtered: ["architecture", "kind", "editions"]}
  };
  // The column a number filter and numeric sorting apply to.
  var NUMBER_COLUMNS = ["code", "number"];
  var NOT_STATED = "\u0000none";
  var ANY_EDITION = "\u0000any";

  function text(cell) {
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }

  // "Parent / Root" is both Parent and Root; "online, 6.0b" both editions.
  function tokens(value) {
    return value.split(/\s*[,/]\s*/).filter(function (t) { return t; });
  }

  function init(table, number, config) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) return;
    var columns = Array.prototype.map.call(head.cells, function (th) {
      return text(th).toLowerCase();
    });
    var rows = Array.prototype.map.call(body.rows, function (tr, order) {
      var values = Array.prototype.map.call(tr.cells, text);
      return {tr: tr, order: order, values: values,
              tokens: values.map(tokens)};
    });
    // Each cell carries its column's class (hvref-col-code, -name, ...), by
    // which hvref.css hides the minor columns on a narrow screen.
    Array.prototype.forEach.call(table.rows, function (tr) {
      Array.prototype.forEach.call(tr.cells, function (cell, i) {
        if (columns[i]) cell.classList.add("hvref-col-" + columns[i].replace(/[^a-z0-9]+/g, "-"));
      });
    });
    // A long name (HvCallFlushVirtualAddressSpace, HvArm64RegisterAmevtyper0El0)
    // may break between its words on a phone, never inside one.
    // A type name (HV_X64_PENDING_INTERRUPTION_REGISTER) after its underscores.
    [["name", /[a-z0-9](?=[A-Z])/g], ["value layout", /_+/g]].forEach(function (rule) {
      var column = columns.indexOf(rule[0]);
      if (column < 0) return;
      Array.prototype.forEach.call(body.rows, function (tr) {
        if (tr.cells[column]) breakText(tr.cells[column], rule[1], "hvref-wrap");
      });
    });
    var suffix = number ? "-" + number : "";
    var filters = document.createElement("div");
    filters.className = "hvref-table-filters";
    filters.id = config.filters + suffix;
    filters.setAttribute("role", "search");
    filters.setAttribute("aria-label", "Filter the " + config.label.toLowerCase() + " table");

    function control(label, element, name) {
      element.id = config.ids + name + suffix;
      var wrap = document.createElement("label");
      wrap.className = "hvref-filter";
      wrap.appendChild(document.createTextNode(label + " "));
      wrap.appendChild(element);
      filters.appendChild(wrap);
      return element;
    }

    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = "code or name";
    search.setAttribute("autocomplete", "off");
    control(config.label, search, "text");

    var selects = {};
    config.filtered.forEach(function (name) {
      var column = columns.indexOf(name);
      if (column < 0) return;
      var select = document.createElement("select");
      var seen = {}, blank = false;
      rows.forEach(function (row) {
        if (!row.tokens[column].length) blank = true;
        row.tokens[column].forEach(function (t) { seen[t] = true; });
      });
      var choices = [["", "all"]];
      if (name === "documented") {
        choices.push([ANY_EDITION, "documented"]);
        if (seen.no) choices.push(["no", "not documented"]);
        delete seen.no;
      }
      Object.keys(seen).sort(function (a, b) {
        return a.localeCompare(b, undefined, {numeric: true});
      }).forEach(function (t) { choices.push([t, t]); });
      if (blank) choices.push([NOT_STATED, "not stated"]);
      choices.forEach(function (c) {
        var o = document.createElement("option");
        o.value = c[0];
        o.textContent = c[1];
        select.appendChild(o);
      });
      selects[name] = {column: column, select: control(head.cells[column].textContent.trim(),
                                                       select, name)};
    });

    var reset = document.createElement("button");
    reset.type = "button";
    reset.id = config.ids + "reset" + suffix;
    reset.textContent = "Show all";
    filters.appendChild(reset);
    var count = document.createElement("output");
    count.id = config.ids + "count" + suffix;
    count.setAttribute("aria-live", "polite");
    filters.appendChild(count);

    var anchor = table.closest(".table-wrapper") || table;
    anchor.parentNode.insertBefore(filters, anchor);

    var numberColumn = columns.findIndex(function (c) { return NUMBER_COLUMNS.indexOf(c) >= 0; });

    function matches(row) {
      var query = search.value.trim().toLowerCase();
      if (query) {
        var code = numberColumn, name = columns.indexOf("name");
        var hex = /^(0x)?[0-9a-f]{1,8}$/.test(query) ? parseInt(query.replace(/^0x/, ""), 16)
                                                     : null;
        var inName = name >= 0 && row.values[name].toLowerCase().indexOf(query) >= 0;
        var inCode = code >= 0 && (row.values[code].toLowerCase().indexOf(query) >= 0 ||
                                   (hex !== null && parseInt(row.values[code], 16) === hex));
        if (!inName && !inCode) return false;
      }
      for (var name2 in selects) {
        var want = selects[name2].select.value;
        if (!want) continue;
        var have = row.tokens[selects[name2].column];
        if (want === NOT_STATED ? have.length !== 0
            : want === ANY_EDITION ? (!have.length || have.indexOf("no") >= 0)
            : have.indexOf(want) < 0) return false;
      }
      return true;
    }

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        row.tr.hidden = !matches(row);
        if (!row.tr.hidden) shown++;
      });
      count.textContent = shown === rows.length ? rows.length + " " + config.noun
                                                : shown + " of " + rows.length + " " + config.noun;
    }

    search.addEventListener("input", apply);
    Object.keys(selects).forEach(function (n) {
      selects[n].select.addEventListener("change", apply);
    });
    reset.addEventListener("click", function () {
      search.value = "";
      Object.keys(selects).forEach(function (n) { selects[n].select.value = ""; });
      apply();
    });

    // -- sorting -------------------------------------------------------------
    var sortedBy = -1, ascending = true;

    function key(row, column) {
      var value = row.values[column];
      if (column === numberColumn) return parseInt(value, 16);
      return value.toLowerCase();
    }

    function sort(column) {
      ascending = sortedBy === column ? !ascending : true;
      sortedBy = column;
      var sign = ascending ? 1 : -1;
      rows.sort(function (a, b) {
        var x = key(a, column), y = key(b, column);
        if (x === y) return a.order - b.order;
        // Empty cells last, whichever the direction.
        if (x === "" || y === "") return x === "" ? 1 : -1;
        if (typeof x === "number") return sign * (x - y);
        return sign * x.localeCompare(y, undefined, {numeric: true});
      });
      rows.forEach(function (row) { body.appendChild(row.tr); });
      Array.prototype.forEach.call(head.cells, function (th, i) {
        th.setAttribute("aria-sort", i === column ? (ascending ? "ascending" : "descending")
                                                  : "none");
      });
    }

    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "hvref-sort";
      button.setAttribute("data-column", columns[column]);
      button.title = "Sort by " + columns[column];
      while (th.firstChild) {
        var child = th.firstChild;
        th.removeChild(child);
        // Sphinx wraps the heading's text in a <p>: keep its text only.
        button.appendChild(document.createTextNode(text(child)));
      }
      var arrow = document.createElement("span");
      arrow.className = "hvref-sort-indicator";
      arrow.setAttribute("aria-hidden", "true");
      button.appendChild(arrow);
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () { sort(column); });
    });

    table.classList.add("hvref-table-enhanced");
    apply();
  }

  // -- fitting narrow screens ----------------------------------------------
  // Identifiers break only where a reader would: <wbr> after each "_" in code
  // (HV_FLUSH_ALL_ / VIRTUAL_ADDRESS_SPACES, never mid-word), after "/" in
  // a code block's file name, and in a page's <h1> also between the words of
  // a CamelCase name and before " (0x0002)". The text itself is unchanged
  // (copying, find in page and textContent see no difference).

  // A run of text between two <wbr>s: never broken inside (hvref.css).
  function run(text) {
    var span = document.createElement("span");
    span.className = "hvref-run";
    span.textContent = text;
    return span;
  }

  function breakText(element, pattern, className) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      pattern.lastIndex = 0;
      if (pattern.test(n.nodeValue)) nodes.push(n);
    }
    nodes.forEach(function (node) {
      var text = node.nodeValue, at = 0, fragment = document.createDocumentFragment();
      pattern.lastIndex = 0;
      for (var m = pattern.exec(text); m; m = pattern.exec(text)) {
        var cut = m.index + m[0].length;
        if (cut <= at || cut >= text.length) continue;
        fragment.appendChild(run(text.slice(at, cut)));
        fragment.appendChild(document.createElement("wbr"));
        at = cut;
      }
      if (!at) return;
      fragment.appendChild(run(text.slice(at)));
      if (className && node.parentNode.classList) node.parentNode.classList.add(className);
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function fit() {
    var main = document.querySelector("article[role=main]") || document.body;
    var codes = main.querySelectorAll("code.literal");
    for (var i = 0; i < codes.length; i++) breakText(codes[i], /_+/g, "hvref-wrap");
    var captions = main.querySelectorAll(".code-block-caption .caption-text");
    for (var j = 0; j < captions.length; j++) breakText(captions[j], /[\/_]+/g, "hvref-wrap");
    var h1 = main.querySelector("h1");
    // "Hv|Call|Flush|Virtual", "HV_|X64_|MSR", "... |(0x0002)"
    if (h1) breakText(h1, /[a-z0-9](?=[A-Z])|_+|\s(?=\()/g, "");
  }

  function start() {
    Object.keys(TABLES).forEach(function (className) {
      var tables = document.querySelectorAll("table." + className);
      for (var i = 0; i < tables.length; i++) init(tables[i], i, TABLES[className]);
    });
    fit();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
