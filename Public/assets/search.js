(function () {
  "use strict";
  var docs = [].concat.apply([], window.PARLEY_SEARCH || []);
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var form = input.form;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  function count(text, term) {
    var n = 0, i = text.indexOf(term);
    while (i >= 0) { n++; i = text.indexOf(term, i + term.length); }
    return n;
  }
  // Folded copies, made once.
  docs.forEach(function (d) {
    d.ft = fold(d.t); d.fq = fold(d.q); d.fb = (d.b || []).map(fold);
  });

  function score(d, ts) {
    var total = 0, best = -1, bestHits = 0;
    for (var i = 0; i < ts.length; i++) {
      var t = ts[i], inTitle = count(d.ft, t), inQuestion = count(d.fq, t), inBlocks = 0;
      d.fb.forEach(function (b) { inBlocks += count(b, t); });
      if (inTitle + inQuestion + inBlocks === 0) { return null; }
      total += 100 * Math.min(inTitle, 1) + 10 * Math.min(inQuestion, 3) + Math.min(inBlocks, 10);
    }
    d.fb.forEach(function (b, i) {
      var hits = 0;
      ts.forEach(function (t) { if (b.indexOf(t) >= 0) { hits += 1 + 1 / (1 + count(b, t)); } });
      if (hits > bestHits) { bestHits = hits; best = i; }
    });
    return { doc: d, score: total, block: best };
  }

  // The text around the first match, with every match marked.
  function snippet(text, folded, ts) {
    var first = folded.length;
    ts.forEach(function (t) { var i = folded.indexOf(t); if (i >= 0 && i < first) { first = i; } });
    if (first === folded.length) { first = 0; }
    var start = Math.max(0, first - 80), end = Math.min(text.length, first + 200);
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < first) { start = space + 1; } }
    if (end < text.length) { var stop = text.lastIndexOf(" ", end); if (stop > first) { end = stop; } }
    var p = document.createElement("p");
    p.className = "snippet";
    if (start > 0) { p.appendChild(document.createTextNode("…")); }
    var at = start;
    while (at < end) {
      var next = end, length = 0;
      ts.forEach(function (t) {
        var i = folded.indexOf(t, at);
        if (i >= 0 && i < next) { next = i; length = t.length; }
      });
      if (next >= end) { next = end; length = 0; }
      p.appendChild(document.createTextNode(text.slice(at, next)));
      if (length > 0) {
        var mark = document.createElement("mark");
        mark.textContent = text.slice(next, Math.min(next + length, text.length));
        p.appendChild(mark);
      }
      at = next + length;
    }
    if (end < text.length) { p.appendChild(document.createTextNode("…")); }
    return p;
  }

  function show(query) {
    var ts = terms(query);
    list.textContent = "";
    if (ts.length === 0) { status.textContent = ""; return; }
    var found = docs.map(function (d) { return score(d, ts); }).filter(Boolean);
    found.sort(function (a, b) { return b.score - a.score || (a.doc.u < b.doc.u ? -1 : 1); });
    status.textContent = found.length === 0 ? "No results for “" + query + "”."
      : found.length + (found.length === 1 ? " result" : " results") + " for “" + query + "”.";
    found.slice(0, 50).forEach(function (r) {
      var d = r.doc, li = document.createElement("li"), h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = "../" + d.u + (r.block >= 0 && d.a ? "#" + d.a + (r.block + 1) : "");
      a.textContent = d.t;
      h.appendChild(a);
      li.appendChild(h);
      var c = document.createElement("p");
      c.className = "meta";
      c.textContent = d.c;
      li.appendChild(c);
      if (r.block >= 0) { li.appendChild(snippet(d.b[r.block], d.fb[r.block], ts)); }
      else if (ts.some(function (t) { return d.fq.indexOf(t) >= 0; })) { li.appendChild(snippet(d.q, d.fq, ts)); }
      list.appendChild(li);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    try { window.history.replaceState(null, "", url); } catch (e) { /* file:// may refuse */ }
    show(input.value);
  });
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) { input.value = initial; show(initial); }
})();