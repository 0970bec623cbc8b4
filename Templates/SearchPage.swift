import ParleySite

/// The search page, its index of every page, and the small script that
/// searches it in the browser, from `file://` as well as over HTTP.
public enum SearchPage {
    public static let scriptPath = SitePath("assets/search.js")

    public static func render(_ site: Site) -> HTML {
        let context = PageContext(site: site, path: Layout.searchPath)
        let main: HTML = """
        <div class="wrap">
        <header class="page-header"><h1>Search</h1>
        <p class="lede">Search every interview, question, answer, topic and key figure.</p></header>
        <form class="search-form" role="search" action="index.html" method="get">
        <label for="search-input">Words to find</label>
        <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false">
        <button type="submit">Search</button>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <ol id="search-results" class="search-results"></ol>
        <noscript><p class="none">Search needs JavaScript. Every page is also listed from the <a href="\(context.url(.home))">home page</a>, the <a href="\(context.url(Topic.indexPath))">topics</a> and the <a href="\(context.url(Figure.indexPath))">key figures</a>.</p></noscript>
        </div>
        \((0..<shardCount(site)).map { shard -> HTML in "<script src=\"\(context.url(shardPath(shard)))\"></script>\n" })
        <script src="\(context.url(scriptPath))"></script>
        """
        return Layout.page(context, title: "Search", description: "Search the interviews of \(site.settings.title).",
                           crumbs: [.init("Interviews", .home), .init("Search")], bodyClass: "search-page",
                           jsonLD: StructuredData.searchPage(in: site), main: main)
    }

    /// The index is split into shards, `search/index-0.js` and on, each a
    /// script that adds its records to `window.PARLEY_SEARCH`: an interview
    /// and its questions, a topic or a figure always go to the same shard
    /// (by a hash of its id), so that a change rewrites one shard, not the
    /// whole index. One shard for every 8 interviews, at most 16.
    public static func shardCount(_ site: Site) -> Int {
        max(1, min(16, site.interviews.count / 8))
    }

    public static func shardPath(_ shard: Int) -> SitePath { SitePath("search/index-\(shard).js") }

    /// The shard of an interview, topic or figure id (FNV-1a over its UTF-8, so stable across runs).
    public static func shard(of id: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(count))
    }

    /// What goes into one shard: interviews (with their questions), topics and figures, in site order.
    public struct ShardContents: Sendable {
        public var interviews: [Interview] = []
        public var topics: [Topic] = []
        public var figures: [Figure] = []
        public var pages: [Page] = []
    }

    /// What goes into each shard, sorted out in one pass over the site.
    public static func shards(of site: Site) -> [ShardContents] {
        let count = shardCount(site)
        var shards = [ShardContents](repeating: ShardContents(), count: count)
        for interview in site.interviews { shards[shard(of: interview.id, count: count)].interviews.append(interview) }
        for topic in site.topics { shards[shard(of: topic.id, count: count)].topics.append(topic) }
        for figure in site.figures { shards[shard(of: figure.id, count: count)].figures.append(figure) }
        for page in site.pages { shards[shard(of: page.id, count: count)].pages.append(page) }
        return shards
    }

    /// One shard of the index (from `shards(of:)`): one record per page, answers split into their blocks.
    ///
    /// Record fields: `u` the page (from the site's root), `k` its kind, `t` its
    /// title, `c` its context line, `q` the question or summary, `b` the blocks'
    /// text, `a` the anchor of block N is `a + N` (absent: blocks are not anchored).
    public static func index(_ contents: ShardContents) -> String {
        var records: [JSONValue] = []
        for interview in contents.interviews {
            records.append(record(interview.path, "interview", interview.title,
                                  context: "\(interview.interviewee) · \(interview.date.long)",
                                  question: interview.summary ?? "", blocks: [], anchor: nil))
            for question in interview.questions {
                records.append(record(question.path, "question", question.title,
                                      context: "Question \(question.number) · \(interview.title)",
                                      question: question.questionText, blocks: question.blockTexts, anchor: "p"))
            }
        }
        for topic in contents.topics {
            records.append(record(topic.path, "topic", topic.title, context: "Topic",
                                  question: topic.summary ?? "", blocks: [], anchor: nil))
        }
        for figure in contents.figures {
            records.append(record(figure.path, "figure", "\(figure.value) \(figure.label)",
                                  context: "Key figure" + (figure.source.map { " · \($0)" } ?? ""),
                                  question: figure.period ?? "", blocks: [], anchor: nil))
        }
        for page in contents.pages {
            records.append(record(page.path, "page", page.title, context: "Page",
                                  question: page.description ?? "", blocks: [page.text], anchor: nil))
        }
        return "(window.PARLEY_SEARCH = window.PARLEY_SEARCH || []).push(" + JSONValue.array(records).serialized + ");\n"
    }

    private static func record(
        _ path: SitePath, _ kind: String, _ title: String, context: String,
        question: String, blocks: [String], anchor: String?
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("u", .string(path.value)), ("k", .string(kind)), ("t", .string(title)),
            ("c", .string(context)), ("q", .string(question)),
        ]
        if !blocks.isEmpty { pairs.append(("b", .array(blocks.map(JSONValue.string)))) }
        if let anchor { pairs.append(("a", .string(anchor))) }
        return .object(pairs)
    }

    /// The search script: ranks title over question over answer, highlights
    /// the matching words in a snippet, and links to the matching block.
    public static let script = #"""
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
    """#
}
