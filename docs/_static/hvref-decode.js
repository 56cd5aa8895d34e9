/* hvref's decode page (decode.html): names the fields of a hypervisor value.
 *
 * The same decodes as the hvref-decode command (decode/decode.c), from the
 * same tables (window.HVREF_DECODE_DATA, written by decode/gen_tables.py from
 * hvref.json into _static/hvref-decode-data.js). The decode is in the page's
 * address, so that it can be shared:
 *   decode.html?input=0x0000000000010002      a hypercall input value
 *   decode.html?output=0x0000000500000000     a hypercall result value
 *   decode.html?status=0x0005                 a status code
 *   decode.html?msr=0x40000001&value=0x12345001
 *   decode.html?cpuid=0x40000000&eax=..&ebx=..&ecx=..&edx=..
 *   decode.html?register=0x00060001&value=0xA09B0010FFFFFFFF0000000000000000
 *   decode.html?smccc=0x46000001              an ARM64 SMCCC function identifier
 * Works from file:// (the tables are a <script>, not a fetch()).
 */
(function () {
  "use strict";

  var KINDS = {
    input: {label: "Hypercall input value", args: ["input"], max: 64},
    output: {label: "Hypercall result value", args: ["output"], max: 64},
    status: {label: "Status code", args: ["status"], max: 16},
    msr: {label: "MSR and its value", args: ["msr", "value"], max: 32},
    cpuid: {label: "CPUID leaf and registers", args: ["cpuid", "eax", "ebx", "ecx", "edx"],
            max: 32},
    register: {label: "Register", args: ["register", "value"], max: 32, optional: 1},
    smccc: {label: "SMCCC function identifier", args: ["smccc"], max: 32}
  };

  function parseNumber(text) {
    var t = String(text).trim();
    if (/^0[xX][0-9a-fA-F]+$/.test(t)) return BigInt(t);
    if (/^[0-9]+$/.test(t)) return BigInt(t);
    return null;
  }

  function hex(value, digits) {
    var s = value.toString(16).toUpperCase();
    while (s.length < (digits || 1)) s = "0" + s;
    return "0x" + s;
  }

  // Bits [bit, bit + width) of little-endian bytes.
  function bitsOf(bytes, bit, width) {
    var result = 0n;
    for (var i = 0; i < width; i++) {
      var at = bit + i;
      if ((bytes[at >> 3] >> (at & 7)) & 1) result |= 1n << BigInt(i);
    }
    return result;
  }

  function find(table, value) {
    for (var i = 0; i < table.length; i++) {
      if (BigInt(table[i].value) === value) return table[i];
    }
    return null;
  }

  function putBytes(bytes, at, value, count) {
    for (var i = 0; i < count; i++) bytes[at + i] = Number((value >> BigInt(8 * i)) & 0xFFn);
  }

  // Every field of types[type] over the bytes: rows of the result table.
  function fieldsOf(data, type, bytes, base, prefix, result) {
    var t = data.types[type];
    t.fields.forEach(function (f) {
      var path = prefix + f.name;
      if (f.type >= 0) {
        fieldsOf(data, f.type, bytes, base + f.bit, path + ".", result);
        return;
      }
      var row = {name: path, type: t, bits: (f.bit + f.width - 1) + ":" + f.bit,
                 reserved: f.reserved, meaning: f.meaning};
      if (f.text) {
        var text = "";
        for (var k = 0; k < f.width / 8; k++) {
          var c = Number(bitsOf(bytes, base + f.bit + 8 * k, 8));
          text += c >= 0x20 && c < 0x7F ? String.fromCharCode(c) : ".";
        }
        row.value = 0n;
        row.text = text;
      } else {
        row.value = bitsOf(bytes, base + f.bit, Math.min(f.width, 64));
      }
      if (type === data.roots.HV_HYPERCALL_INPUT && f.name === "CallCode") {
        row.names = find(data.calls, row.value);
        if (!row.names) result.errors.push("CallCode is not a call code hvref knows");
      } else if (type === data.roots.HV_HYPERCALL_OUTPUT && f.name === "Result") {
        row.names = find(data.statuses, row.value);
        if (!row.names) result.errors.push("Result is not a status hvref knows");
      }
      if (f.reserved === "zero" && row.value !== 0n) {
        row.error = true;
        result.errors.push(path + " has bits set that must be zero");
      }
      result.fields.push(row);
    });
  }

  // {kind, label, entry, fields, errors} or {problem} for arguments it cannot read.
  function decode(data, kind, args) {
    var spec = KINDS[kind];
    if (!spec) return {problem: "Unknown kind " + kind + "."};
    var values = [];
    for (var i = 0; i < spec.args.length; i++) {
      // A register's value is optional ("register=0x00060001" alone names it).
      if (spec.optional === i && (args[i] === undefined || args[i] === null || args[i] === "")) {
        break;
      }
      var v = parseNumber(args[i] === undefined ? "" : args[i]);
      if (v === null) {
        return {problem: "'" + (args[i] || "") + "' (" + spec.args[i] + ") is not a number: " +
                "write it in hex (0x1F) or decimal (31)."};
      }
      var max = i > 0 && kind === "msr" ? 64 : i > 0 && kind === "register" ? 128 : spec.max;
      if (v >= (1n << BigInt(max))) {
        return {problem: "'" + args[i] + "' (" + spec.args[i] + ") is out of range: at most " +
                hex((1n << BigInt(max)) - 1n) + "."};
      }
      values.push(v);
    }
    var root = {input: "HV_HYPERCALL_INPUT", output: "HV_HYPERCALL_OUTPUT",
                smccc: "HV_ARM64_SMCCC_FUNCTION_ID"}[kind];
    if (root && !(data.roots[root] >= 0)) {
      return {problem: "These pages' headers define no " + root + " to decode it with."};
    }
    var result = {kind: kind, fields: [], errors: [], entry: null};
    var bytes = new Uint8Array(16);
    if (kind === "input" || kind === "output") {
      result.label = hex(values[0], 16);
      putBytes(bytes, 0, values[0], 8);
      fieldsOf(data, data.roots[kind === "input" ? "HV_HYPERCALL_INPUT" : "HV_HYPERCALL_OUTPUT"],
               bytes, 0, "", result);
      return result;
    }
    var table = {status: data.statuses, msr: data.msrs, cpuid: data.leaves,
                 register: data.registers, smccc: data.smcccs}[kind];
    result.entry = find(table, values[0]);
    // Every name of the number (an x64 and an ARM64 register, a status's
    // old and new name).
    result.also = table.filter(function (row) {
      return BigInt(row.value) === values[0] && row !== result.entry;
    });
    result.label = hex(values[0], kind === "status" ? 4 : 8);
    if (!result.entry) result.errors.push(result.label + " is not a code hvref knows");
    if (kind === "smccc") {
      putBytes(bytes, 0, values[0], 4);
      fieldsOf(data, data.roots.HV_ARM64_SMCCC_FUNCTION_ID, bytes, 0, "", result);
      return result;
    }
    if (kind === "register" && values.length > 1) {
      // The layout of the first name of the number that has one (an x64 and
      // an ARM64 register may share the number).
      result.label += " = " + hex(values[1]);
      putBytes(bytes, 0, values[1], 16);
      var named = [result.entry].concat(result.also).filter(function (row) {
        return row && row.type >= 0;
      })[0];
      if (named) fieldsOf(data, named.type, bytes, 0, "", result);
      return result;
    }
    if (kind === "msr") {
      result.label += " = " + hex(values[1], 16);
      putBytes(bytes, 0, values[1], 8);
    } else if (kind === "cpuid") {
      for (var r = 1; r <= 4; r++) putBytes(bytes, 4 * (r - 1), values[r], 4);
    }
    if (result.entry && result.entry.type >= 0) {
      fieldsOf(data, result.entry.type, bytes, 0, "", result);
    }
    return result;
  }

  // -- the page -------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function link(text, url) {
    return url ? el("a", {href: url}, [text]) : document.createTextNode(text);
  }

  // A field path that may break after each "." (PartitionPrivileges.AccessVSM).
  function fieldLink(path, url) {
    var parts = [];
    path.split(".").forEach(function (part, i) {
      if (i) parts.push(".", el("wbr"));
      parts.push(part);
    });
    return el("a", {href: url}, parts);
  }

  function render(box, result) {
    box.textContent = "";
    if (result.problem) {
      box.appendChild(el("p", {"class": "hvref-decode-problem", role: "alert"},
                         [result.problem]));
      return;
    }
    var head = [KINDS[result.kind].label + " " + result.label];
    if (result.entry) {
      head.push(": ", link(result.entry.name, result.entry.url));
      result.also.forEach(function (row) { head.push(" / ", link(row.name, row.url)); });
      if (result.entry.detail) head.push(" (" + result.entry.detail + ")");
      if (result.entry.meaning) head.push(". " + result.entry.meaning);
    }
    box.appendChild(el("p", {"class": "hvref-decode-title"}, head));
    result.errors.forEach(function (e) {
      box.appendChild(el("p", {"class": "hvref-decode-error", role: "alert"}, ["Error: " + e]));
    });
    if (!result.fields.length) return;
    var rows = result.fields.map(function (f) {
      var value = f.text !== undefined ? "\"" + f.text + "\"" : hex(f.value);
      var name = f.names ? [value + " ", link(f.names.name, f.names.url)] : [value];
      var meaning = (f.reserved ? "Reserved (" + f.reserved + "). " : "") + (f.meaning || "");
      return el("tr", f.error ? {"class": "hvref-decode-bad"} : {}, [
        el("td", {}, [fieldLink(f.name, f.type.url)]), el("td", {}, [f.bits]),
        el("td", {"class": "hvref-decode-value"}, name), el("td", {}, [meaning])]);
    });
    var table = el("table", {"class": "docutils hvref-decode-fields"}, [
      el("thead", {}, [el("tr", {}, ["Field", "Bits", "Value", "Meaning"].map(function (h) {
        return el("th", {}, [h]);
      }))]),
      el("tbody", {}, rows)]);
    // Furo's scrolling box for wide tables (hvref.css: .table-wrapper.container).
    box.appendChild(el("div", {"class": "table-wrapper container"}, [table]));
  }

  function fromAddress(search) {
    var params = new URLSearchParams(search);
    for (var kind in KINDS) {
      if (params.has(kind)) {
        return {kind: kind, args: KINDS[kind].args.map(function (a) { return params.get(a); })};
      }
    }
    return null;
  }

  function toAddress(kind, args) {
    return "?" + KINDS[kind].args.map(function (a, i) {
      return a + "=" + encodeURIComponent(args[i] || "");
    }).join("&");
  }

  function setUp() {
    var data = window.HVREF_DECODE_DATA;
    var form = document.getElementById("hvref-decode-form");
    var box = document.getElementById("hvref-decode-result");
    if (!form || !box) return;
    if (!data) {
      box.textContent = "The decode tables (_static/hvref-decode-data.js) are missing: build " +
        "the site with scripts/build-site, whose export step writes them.";
      return;
    }
    var kindSelect = form.elements.kind, text = form.elements.values;
    function run(kind, args, remember) {
      var result = decode(data, kind, args);
      render(box, result);
      if (remember && window.history && window.history.replaceState &&
          location.protocol !== "file:") {
        window.history.replaceState(null, "", toAddress(kind, args));
      }
      return result;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(kindSelect.value, text.value.trim().split(/[\s,]+/), true);
    });
    var asked = fromAddress(location.search);
    if (asked) {
      kindSelect.value = asked.kind;
      text.value = asked.args.filter(function (a) { return a !== null; }).join(" ");
      run(asked.kind, asked.args, false);
    }
  }

  window.hvrefDecode = function (kind, args) {
    return decode(window.HVREF_DECODE_DATA, kind, args);
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
