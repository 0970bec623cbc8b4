(function () {
  "use strict";
  var root = typeof window !== "undefined" ? window : globalThis;
  // English (Porter2) stemmer, as Snowball's english.sbl: word is folded, a-z.
  var stem = (function () {
    var V = "aeiouy", DBL = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"], LI = "cdeghkmnrt";
    var EX1 = { skis: "ski", skies: "sky", idly: "idl", gently: "gentl", ugly: "ugli", early: "earli", only: "onli",
      singly: "singl", sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias",
      andes: "andes" };
    var R1 = /^(arsen|commun|emerg|gener|inter|later|organ|past|univers)/;
    var S2 = [["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"],
      ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"], ["entli", "ent"], ["ation", "ate"], ["alism", "al"],
      ["aliti", "al"], ["ousli", "ous"], ["iviti", "ive"], ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"],
      ["abli", "able"], ["izer", "ize"], ["ogist", "og"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""]];
    var S3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"],
      ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]];
    var S4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
      "ion", "al", "er", "ic"];
    function v(w, i) { return V.indexOf(w[i]) >= 0; }
    function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
    // A short syllable ends at index i (exclusive end at i + 1).
    // Whether w[0..<end] ends in a short syllable (or is "past").
    function shortv(w, end) {
      var i = end - 1;
      if (i >= 2 && !v(w, i) && "wxY".indexOf(w[i]) < 0 && v(w, i - 1) && !v(w, i - 2)) { return true; }
      if (i === 1 && !v(w, 1) && v(w, 0)) { return true; }
      return w.slice(0, end).slice(-4) === "past";
    }
    function region(w, from) {
      for (var i = from; i < w.length - 1; i++) { if (v(w, i) && !v(w, i + 1)) { return i + 2; } }
      return w.length;
    }
    function hasV(w, end) { for (var i = 0; i < end; i++) { if (v(w, i)) { return true; } } return false; }
    function step1a(w) {
      if (ends(w, "sses")) { return w.slice(0, -2); }
      if (ends(w, "ied") || ends(w, "ies")) { return w.slice(0, -3) + (w.length > 4 ? "i" : "ie"); }
      if (ends(w, "us") || ends(w, "ss")) { return w; }
      if (ends(w, "s") && hasV(w, w.length - 2)) { return w.slice(0, -1); }
      return w;
    }
    function step1b(w, p1) {
      var m = ["eedly", "ingly", "edly", "eed", "ing", "ed"].filter(function (s) { return ends(w, s); })[0];
      if (!m) { return w; }
      var base = w.slice(0, w.length - m.length);
      if (m === "eed" || m === "eedly") {
        return base.length >= p1 && !/^(succ|proc|exc)$/.test(base) ? base + "ee" : w;
      }
      if (m === "ing") {
        if (/^[^aeiouy]y$/.test(base)) { return base.slice(0, -1) + "ie"; }
        if (/^(even|cann|inn|earr|herr|out)$/.test(base)) { return w; }
      }
      if (!hasV(base, base.length)) { return w; }
      if (ends(base, "at") || ends(base, "bl") || ends(base, "iz")) { return base + "e"; }
      if (DBL.indexOf(base.slice(-2)) >= 0) {
        return /^[aeo]..$/.test(base) ? base : base.slice(0, -1);
      }
      if (base.length === p1 && shortv(base, base.length)) { return base + "e"; }
      return base;
    }
    function replace(w, list, p, p2) {
      for (var i = 0; i < list.length; i++) {
        var s = list[i][0];
        if (!ends(w, s)) { continue; }
        var at = w.length - s.length;
        if (at < p) { return w; }
        if (s === "ogi" && w[at - 1] !== "l") { return w; }
        if (s === "li" && LI.indexOf(w[at - 1]) < 0) { return w; }
        if (s === "ative" && at < p2) { return w; }
        return w.slice(0, at) + list[i][1];
      }
      return w;
    }
    function step4(w, p2) {
      for (var i = 0; i < S4.length; i++) {
        var s = S4[i];
        if (!ends(w, s)) { continue; }
        var at = w.length - s.length;
        if (at < p2) { return w; }
        if (s === "ion" && "st".indexOf(w[at - 1]) < 0) { return w; }
        return w.slice(0, at);
      }
      return w;
    }
    function step5(w, p1, p2) {
      var at = w.length - 1;
      if (w[at] === "e" && (at >= p2 || (at >= p1 && !shortv(w, at)))) { return w.slice(0, at); }
      if (w[at] === "l" && at >= p2 && w[at - 1] === "l") { return w.slice(0, at); }
      return w;
    }
    return function (word) {
      if (EX1.hasOwnProperty(word)) { return EX1[word]; }
      if (word.length < 3 || /[^a-z0-9]/.test(word)) { return word; }
      var w = word.replace(/^y/, "Y").replace(/([aeiouy])y/g, "$1Y");
      var prefix = R1.exec(w), p1 = prefix ? prefix[0].length : region(w, 0);
      var p2 = region(w, p1);
      w = step1a(w);
      w = step1b(w, p1);
      if (w.length > 2 && (w[w.length - 1] === "y" || w[w.length - 1] === "Y") && !v(w, w.length - 2)) {
        w = w.slice(0, -1) + "i";
      }
      w = replace(w, S2, p1, p2);
      w = replace(w, S3, p1, p2);
      w = step4(w, p2);
      w = step5(w, p1, p2);
      return w.replace(/Y/g, "y");
    };
  })();
  var LONGEST_QUERY = 256, MOST_TERMS = 8, PAGE = 10, MOST_PREFIX_TERMS = 40, MOST_PREFIX_SHARDS = 6;
  var MOST_PHRASE_CHECKS = 40;
  function fold(text) { return text.toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, ""); }
  function words(text) {
    return fold(text).replace(/([\p{L}\p{N}])['\u2019]+/gu, "$1").split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) { return w.length > 0 && Array.from(w).length <= 40; });
  }
  var cache = { meta: {}, interviews: {}, terms: {}, docs: {} }, pending = {}, decoded = {};
  root.parleySearch = {
    stem: stem, words: words,
    add: function (kind, key, data) { if (cache[kind]) { cache[kind][key] = data; } }
  };
  var input = root.document && document.getElementById("search-input");
  if (!input) { return; }
  var status = document.getElementById("search-status"), list = document.getElementById("search-results");
  var kindSelect = document.getElementById("search-kind"), more = document.getElementById("search-more");

  // Loads search/<path>.js once; resolves when it has run (or failed).
  function load(path) {
    if (!pending[path]) {
      pending[path] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = path + ".js";
        script.onload = script.onerror = function () { resolve(); };
        document.head.appendChild(script);
      });
    }
    return pending[path];
  }
  function hex(text) {
    return Array.from(new TextEncoder().encode(text), function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }
  function meta() { return cache.meta[""]; }
  // The shard keys a term (or, for a prefix, every term it starts) can be in.
  function keysFor(word, prefix) {
    var keys = meta().keys, best = null, longer = [];
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (word.startsWith(k) && (best === null || k.length > best.length)) { best = k; }
      if (prefix && k.length > word.length && k.startsWith(word)) { longer.push(k); }
    }
    var found = best === null ? [] : [best];
    return longer.length <= MOST_PREFIX_SHARDS ? found.concat(longer) : found;
  }

  // The query: its terms (the last word, still being typed, also as a prefix), phrases, filters.
  function parse(text) {
    var q = { terms: [], phrases: [], interview: "" }, seen = {}, m = meta();
    var stops = {};
    m.stop.split(" ").forEach(function (w) { stops[w] = true; });
    function add(word, prefix) {
      if (stops[word] || q.terms.length >= MOST_TERMS) { return; }
      var s = m.stem ? stem(word) : word;
      var key = (s || "") + (prefix ? "*" + word : "");
      if (seen[key]) { return; }
      seen[key] = true;
      q.terms.push({ stem: s, word: word, prefix: prefix });
    }
    text = text.slice(0, LONGEST_QUERY).replace(/(^|\s)interview:(\S*)/gi, function (_, space, id) {
      q.interview = id.toLowerCase(); return " ";
    });
    text = text.replace(/"([^"]*)"?/g, function (_, phrase) {
      var ws = words(phrase);
      if (ws.length > 1) { q.phrases.push(ws); }
      ws.forEach(function (w) { add(w, false); });
      return " ";
    });
    var ws = words(text), open = /[\p{L}\p{N}]$/u.test(text);
    ws.forEach(function (w, i) { add(w, open && i === ws.length - 1 && Array.from(w).length >= 3); });
    return q;
  }

  function decode(text) {
    var docs = [], scores = [], value = 0, doc = -1, odd = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var code = c === 95 ? 63 : c === 45 ? 62 : c >= 97 ? c - 71 : c >= 65 ? c - 65 : c + 4;
      if (code >= 32) { value = value * 32 + code - 32; continue; }
      value = value * 32 + code;
      if (odd) { scores.push(value); } else { doc += value; docs.push(doc); }
      odd = !odd; value = 0;
    }
    return { docs: docs, scores: scores };
  }
  function postingsOf(term, key) {
    var shard = cache.terms[key];
    if (!shard || !Object.prototype.hasOwnProperty.call(shard, term)) { return null; }
    if (!decoded[term]) { decoded[term] = decode(shard[term]); }
    return decoded[term];
  }
  // Document → { score, exact } for one term of the query.
  function matches(t) {
    var found = new Map();
    function merge(p, weight, exact) {
      if (!p) { return; }
      for (var i = 0; i < p.docs.length; i++) {
        var had = found.get(p.docs[i]), s = p.scores[i] * weight;
        if (!had) { found.set(p.docs[i], { score: s, exact: exact }); }
        else if (exact || s > had.score) { had.score = Math.max(s, had.score); had.exact = had.exact || exact; }
      }
    }
    if (t.stem) { keysFor(t.stem, false).forEach(function (k) { merge(postingsOf(t.stem, k), 1, true); }); }
    if (t.prefix) {
      var n = 0;
      keysFor(t.word, true).forEach(function (k) {
        Object.keys(cache.terms[k] || {}).forEach(function (term) {
          if (term !== t.stem && term.startsWith(t.word) && n++ < MOST_PREFIX_TERMS) { merge(postingsOf(term, k), 0.5, false); }
        });
      });
    }
    return found;
  }

  // Kinds and interviews, from search/interviews.js.
  function kindOf(doc) {
    var x = cache.interviews[""], firsts = x.firsts;
    var kinds = ["page", "figure", "topic"];
    for (var i = 0; i < kinds.length; i++) { if (firsts[kinds[i]] !== undefined && doc >= firsts[kinds[i]]) { return kinds[i]; } }
    return interviewOf(doc).first === doc ? "interview" : "question";
  }
  function interviewOf(doc) {
    var list = cache.interviews[""].interviews, lo = 0, hi = list.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (list[mid][1] <= doc) { lo = mid; } else { hi = mid - 1; } }
    return list.length ? { id: list[lo][0], first: list[lo][1] } : { id: "", first: -1 };
  }

  // Every document holding all terms, best first.
  function rank(q) {
    var maps = q.terms.map(matches).sort(function (a, b) { return a.size - b.size; });
    var kind = kindSelect ? kindSelect.value : "", found = [];
    if (maps.length === 0) { return found; }
    maps[0].forEach(function (first, doc) {
      var score = first.score, exact = first.exact;
      for (var i = 1; i < maps.length; i++) {
        var m = maps[i].get(doc);
        if (!m) { return; }
        score += m.score; exact = exact && m.exact;
      }
      if (kind && kindOf(doc) !== kind) { return; }
      if (q.interview && interviewOf(doc).id !== q.interview) { return; }
      found.push({ doc: doc, score: score, exact: exact });
    });
    return found.sort(function (a, b) { return (b.exact - a.exact) || (b.score - a.score) || (a.doc - b.doc); });
  }
  function record(doc) {
    var n = meta().chunk, chunk = cache.docs[String(Math.floor(doc / n))];
    return chunk ? chunk[doc % n] : null;
  }
  function loadRecords(results) {
    var n = meta().chunk;
    return Promise.all(results.map(function (r) { return load("docs/" + Math.floor(r.doc / n)); }));
  }
  // Whether a query term is the word (folded).
  var stems = new Map();
  function hits(q, word) {
    var s = stems.get(word);
    if (s === undefined) { s = meta().stem ? stem(word) : word; if (stems.size < 50000) { stems.set(word, s); } }
    return q.terms.some(function (t) { return t.stem === s || (t.prefix && word.startsWith(t.word)); });
  }
  function containsPhrase(text, phrase) {
    var ws = words(text);
    outer: for (var i = 0; i + phrase.length <= ws.length; i++) {
      for (var j = 0; j < phrase.length; j++) { if (ws[i + j] !== phrase[j]) { continue outer; } }
      return true;
    }
    return false;
  }
  function holdsPhrases(rec, q) {
    var texts = [rec.t, rec.q].concat(rec.b || []);
    return q.phrases.every(function (p) { return texts.some(function (t) { return containsPhrase(t, p); }); });
  }

  // The block with the most query terms (-1: none, or the question holds a phrase they do not).
  function bestBlock(rec, q) {
    var best = -1, most = q.phrases.some(function (p) { return containsPhrase(rec.q, p); }) ? 100 : 0;
    (rec.b || []).forEach(function (block, i) {
      var found = {}, n = 0;
      words(block).forEach(function (w) { if (!found[w] && hits(q, w)) { found[w] = true; n++; } });
      if (q.phrases.some(function (p) { return containsPhrase(block, p); })) { n += 100; }
      if (n > most) { most = n; best = i; }
    });
    return best;
  }
  var WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  // About 30 words around the first hit, hits marked; built as nodes, never as HTML.
  function snippet(text, q) {
    var marks = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null && marks.length < 200) {
      var w = words(m[0])[0];
      if (w && hits(q, w)) { marks.push([m.index, m.index + m[0].length]); }
    }
    var first = marks.length ? marks[0][0] : 0;
    var start = Math.max(0, first - 80), end = Math.min(text.length, start + 260);
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < first) { start = space + 1; } }
    if (end < text.length) { var stop = text.lastIndexOf(" ", end); if (stop > first) { end = stop; } }
    var p = document.createElement("p"), at = start;
    p.className = "snippet";
    if (start > 0) { p.appendChild(document.createTextNode("…")); }
    marks.forEach(function (mark) {
      if (mark[0] < at || mark[1] > end) { return; }
      p.appendChild(document.createTextNode(text.slice(at, mark[0])));
      var em = document.createElement("mark");
      em.textContent = text.slice(mark[0], mark[1]);
      p.appendChild(em);
      at = mark[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { p.appendChild(document.createTextNode("…")); }
    return p;
  }
  function item(rec, q) {
    var li = document.createElement("li"), h = document.createElement("h2"), a = document.createElement("a");
    var block = bestBlock(rec, q);
    a.href = "../" + rec.u + (block >= 0 ? "#p" + (block + 1) : "");
    a.textContent = rec.t;
    h.appendChild(a);
    li.appendChild(h);
    var c = document.createElement("p");
    c.className = "meta";
    c.textContent = rec.c;
    li.appendChild(c);
    if (block >= 0) { li.appendChild(snippet(rec.b[block], q)); }
    else if (rec.q && words(rec.q).some(function (w) { return hits(q, w); })) { li.appendChild(snippet(rec.q, q)); }
    return li;
  }

  var generation = 0, current = null;
  function say(text) { status.textContent = text; }
  function search(text) {
    var gen = ++generation;
    list.textContent = "";
    more.hidden = true;
    if (!meta()) { return load("meta").then(function () { if (gen === generation && meta()) { search(text); } }); }
    var q = parse(text), keys = {};
    if (q.terms.length === 0) { say(text.trim() ? "No results for “" + text.trim().slice(0, 100) + "”." : ""); return; }
    q.terms.forEach(function (t) {
      if (t.stem) { keysFor(t.stem, false).forEach(function (k) { keys[k] = true; }); }
      if (t.prefix) { keysFor(t.word, true).forEach(function (k) { keys[k] = true; }); }
    });
    var loads = Object.keys(keys).map(function (k) { return load("terms/" + hex(k)); });
    if ((kindSelect && kindSelect.value) || q.interview) { loads.push(load("interviews")); }
    return Promise.all(loads).then(function () {
      if (gen !== generation) { return; }
      var found = rank(q);
      if (q.phrases.length === 0) { return show(found, q, gen, text, true); }
      var checked = found.slice(0, MOST_PHRASE_CHECKS);
      return loadRecords(checked).then(function () {
        if (gen !== generation) { return; }
        var kept = checked.filter(function (r) { var rec = record(r.doc); return rec && holdsPhrases(rec, q); });
        return show(kept, q, gen, text, found.length <= MOST_PHRASE_CHECKS);
      });
    });
  }
  function show(found, q, gen, text, complete) {
    var n = found.length, quoted = "“" + text.trim().slice(0, 100) + "”";
    say(n === 0 ? "No results for " + quoted + "."
      : (complete ? "" : "At least ") + n + (n === 1 ? " result" : " results") + " for " + quoted + ".");
    current = { found: found, q: q, gen: gen, next: 0 };
    return page();
  }
  // Shows the next results, once their records have arrived.
  function page() {
    var c = current, batch = c.found.slice(c.next, c.next + PAGE);
    c.next += batch.length;
    return loadRecords(batch).then(function () {
      if (c.gen !== generation) { return; }
      batch.forEach(function (r) { var rec = record(r.doc); if (rec) { list.appendChild(item(rec, c.q)); } });
      more.hidden = c.next >= c.found.length;
    });
  }

  var timer;
  function update() {
    clearTimeout(timer);
    var url = new URL(root.location.href);
    url.searchParams.set("q", input.value);
    if (kindSelect && kindSelect.value) { url.searchParams.set("kind", kindSelect.value); } else { url.searchParams.delete("kind"); }
    try { root.history.replaceState(null, "", url.href); } catch (e) { /* file:// may refuse */ }
    search(input.value);
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 50); });
  input.form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  if (kindSelect) { kindSelect.addEventListener("change", update); }
  more.addEventListener("click", function () { if (current) { page(); } });
  // Arrow keys move from the box through the results' links and back.
  function links() { return Array.prototype.slice.call(list.querySelectorAll("h2 a")); }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
    var all = [input].concat(links()), at = all.indexOf(document.activeElement);
    if (at < 0) { return; }
    var next = all[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) { event.preventDefault(); next.focus(); }
  });
  var params = new URL(root.location.href).searchParams;
  input.value = params.get("q") || "";
  if (kindSelect && params.get("kind")) { kindSelect.value = params.get("kind"); }
  load("meta").then(function () { if (input.value) { search(input.value); } });
})();