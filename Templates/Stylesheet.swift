import ParleySite

/// The site's one stylesheet, written to `assets/parley.css`.
public enum Stylesheet {
    public static let path = "assets/parley.css"

    /// The backgrounds text and links lie on in light mode (`--bg`, `--surface`, `--tint`, `--badge` below).
    public static let lightBackgrounds = ["#fdfcfa", "#f4f2ee", "#eef2f6", "#e6edf6"].compactMap(Colour.init(hex:))
    /// What each of the backgrounds is, for a message.
    public static let backgroundNames = ["the page background", "the background of cards", "the background of a question", "the background of figure links in answers"]
    /// The same in dark mode.
    public static let darkBackgrounds = ["#16181b", "#1f2226", "#1d232b", "#1f2b3a"].compactMap(Colour.init(hex:))
    /// WCAG AA for text: what an accent must reach on every background.
    public static let minimumContrast = 4.5

    /// The stylesheet, with the site's accent (if any) for links, buttons and figure numbers.
    public static func css(accent: Accent?) -> String {
        guard let accent else { return css }
        return css + """

        /* 14. The site's accent (site.yml), and the dark shade Parley derived from it */
        :root { --link: \(accent.light); --accent: \(accent.light); --focus: \(accent.light); }
        @media (prefers-color-scheme: dark) {
          :root { --link: \(accent.dark); --accent: \(accent.dark); }
        }
        @media print { :root { --link: #000; --accent: #000; } }

        """
    }

    static let css = #"""
    /* Parley — one stylesheet, no web fonts, no scripts. */

    /* 1. Colours (light; dark and print below) */
    :root {
      --bg: #fdfcfa; --surface: #f4f2ee; --tint: #eef2f6; --badge: #e6edf6; --hl: #fff1c2;
      --text: #1e2227; --muted: #565c65; --link: #1a4f8b; --visited: #5b3a8c;
      --accent: #a1301c; --border: #767d86; --rule: #d9d6cf; --focus: #1a4f8b;
      --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Liberation Serif", serif;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      --measure: 68ch;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #16181b; --surface: #1f2226; --tint: #1d232b; --badge: #1f2b3a; --hl: #3b3315;
        --text: #e7e5e0; --muted: #a9afb7; --link: #8fbdf5; --visited: #c3a6f0;
        --accent: #f3a07f; --border: #7d848d; --rule: #363a40; --focus: #ffd35c;
      }
    }

    /* 2. Base */
    *, *::before, *::after { box-sizing: border-box; }
    html { background: var(--bg); -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--bg); color: var(--text);
      font: 1.125rem/1.6 var(--serif); overflow-wrap: anywhere;
    }
    h1, h2, h3 { line-height: 1.2; margin: 2.5rem 0 .75rem; font-weight: 700; }
    h1 { font-size: clamp(1.875rem, 1.3rem + 2.4vw, 2.625rem); margin-top: 0; }
    h2 { font-size: 1.5rem; }
    h3 { font-size: 1.25rem; margin-top: 1.75rem; }
    p, ul, ol, dl, blockquote { margin: 0 0 1rem; }
    main p { max-width: var(--measure); }
    img { max-width: 100%; height: auto; }
    code { font-size: .9em; }
    main pre { white-space: pre-wrap; overflow-wrap: anywhere; max-width: var(--measure); }
    main h4, main h5, main h6 { font-size: 1.0625rem; line-height: 1.3; margin: 1.5rem 0 .5rem; }
    .answer blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
    strong { font-weight: 700; }

    /* 3. Links, focus, skip link, screen-reader-only text */
    a { color: var(--link); text-decoration: underline; }
    main p a:visited { color: var(--visited); }
    a:hover { color: var(--text); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    #main:focus { outline: none; }
    .skip-link {
      position: absolute; top: .5rem; left: .5rem; z-index: 10; padding: .5rem 1rem;
      background: var(--text); color: var(--bg); font: 600 1rem var(--sans);
      transform: translateY(-200%);
    }
    .skip-link:hover { color: var(--bg); }
    .skip-link:focus { transform: none; }
    .visually-hidden {
      position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
      overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
    }

    /* 4. Frame: wrap, header, breadcrumbs, footer */
    .wrap { width: min(100% - 2.5rem, 46rem); margin: 0 auto; }
    .site-header { border-bottom: 1px solid var(--rule); font-family: var(--sans); }
    .site-header .wrap {
      display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
      gap: .25rem 1.5rem; padding: 1rem 0;
    }
    .site-title { color: var(--text); font-weight: 700; font-size: 1.125rem; text-decoration: none; }
    .site-title img { display: block; height: 2.5rem; width: auto; max-width: min(14rem, 70vw); object-fit: contain; }
    @media (min-width: 40rem) { .site-title img { height: 3rem; max-width: 18rem; } }
    .site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; list-style: none; }
    .site-nav a { font-size: 1rem; text-decoration: none; padding: .25rem 0; }
    .site-nav a:hover, .site-nav [aria-current] { text-decoration: underline; }
    .site-nav [aria-current] { color: var(--text); font-weight: 600; }
    .breadcrumbs { font: .875rem/1.5 var(--sans); color: var(--muted); margin-top: 1rem; }
    .breadcrumbs ol { display: flex; flex-wrap: wrap; margin: 0; padding: 0; list-style: none; }
    .breadcrumbs li + li::before {
      content: ""; display: inline-block; width: .4em; height: .4em; margin: 0 .6em .1em .4em;
      border: solid var(--muted); border-width: 1px 1px 0 0; transform: rotate(45deg);
    }
    main { display: block; padding: 2rem 0 4rem; }
    .site-footer { border-top: 1px solid var(--rule); color: var(--muted); font: .875rem/1.5 var(--sans); padding: 1.5rem 0 2.5rem; }
    .site-footer p { margin: .25rem 0; }

    /* 5. Page headers and small text */
    .page-header { margin-bottom: 2rem; }
    .eyebrow, .number, .speaker, .direction, .figure-facts dt, .participants dt {
      font: 600 .8125rem/1.4 var(--sans); letter-spacing: .08em; text-transform: uppercase; color: var(--muted);
    }
    .eyebrow { margin: 0 0 .5rem; }
    .question .eyebrow { font-size: .9375rem; font-weight: 400; letter-spacing: 0; text-transform: none; }
    .number { display: block; margin-bottom: .3rem; }
    .meta, .origin { font: .9375rem/1.5 var(--sans); color: var(--muted); }
    .lede { font-size: 1.25rem; line-height: 1.5; }
    .none { color: var(--muted); font-style: italic; }

    /* 6. Lists: interviews, questions, topics, tags */
    .interview-list, .question-list, .topic-list, .citations, .tags, .figure-cards { list-style: none; padding: 0; }
    .interview-card { background: var(--surface); border: 1px solid var(--border); border-radius: .5rem; padding: 1.25rem 1.5rem .5rem; }
    .interview-card h3, .topic-list h2 { margin-top: 0; }
    .topic-list h2 { font-size: 1.375rem; margin-bottom: .5rem; }
    h3 a, .topic-list h2 a { text-decoration: none; }
    h3 a:hover, .topic-list h2 a:hover { text-decoration: underline; }
    .question-index { padding-left: 1.5rem; }
    .question-index li { margin: .35rem 0; }
    .question-item, .topic-list li { border-top: 1px solid var(--rule); padding: 1.25rem 0 .25rem; }
    .question-item h3 { margin: 0 0 .35rem; }
    .origin { margin: 0 0 .5rem; }
    .tags { display: flex; flex-wrap: wrap; gap: .5rem; }
    .tags a {
      display: inline-block; padding: .3rem .85rem; border: 1px solid var(--border); border-radius: 999px;
      background: var(--surface); font: .9375rem/1.4 var(--sans); text-decoration: none;
    }
    .tags a:hover { background: var(--link); border-color: var(--link); color: var(--bg); }
    .participants { display: grid; grid-template-columns: max-content 1fr; gap: .6rem 1.5rem; align-items: baseline; }
    .participants dd { margin: 0; }
    .person { font-weight: 700; }

    /* 7. Question and answer */
    .asked { background: var(--tint); border-left: 4px solid var(--link); border-radius: 0 .5rem .5rem 0; padding: 1rem 1.25rem; margin: 0 0 2rem; }
    .asked p:last-child { margin-bottom: 0; }
    .question-page .asked-text { font-size: 1.1875rem; }
    .speaker { margin: 0 0 .4rem; }
    .speaker .role { font-weight: 400; text-transform: none; letter-spacing: 0; }
    .answer h2 { margin-top: 0; }
    .by { font-weight: 400; color: var(--muted); font-size: 1.125rem; }
    .exchange { border-top: 1px solid var(--rule); margin-top: 2.5rem; }
    .exchange .asked { margin-bottom: 1.5rem; }
    h2 + .exchange { border-top: 0; margin-top: 0; }
    .exchange h3 { margin-top: 1.5rem; }
    .block { position: relative; }
    .permalink {
      position: absolute; top: 0; left: -2rem; width: 1.5rem; text-align: center;
      color: var(--muted); text-decoration: none; opacity: 0;
    }
    .block:hover .permalink, .block:target .permalink, .permalink:focus { opacity: 1; }
    .permalink:hover { color: var(--link); }
    @media (hover: none) and (pointer: coarse) { .permalink { opacity: 1; } }
    :target { scroll-margin-top: 1.5rem; }
    .block:target { background: var(--hl); box-shadow: 0 0 0 .5rem var(--hl); border-radius: 1px; }
    .answer a[href*="figures/"], .citation a[href*="figures/"] {
      background: var(--badge); border-radius: .2em; padding: 0 .15em; text-decoration: underline dotted;
      -webkit-box-decoration-break: clone; box-decoration-break: clone;
    }
    .related { border-top: 1px solid var(--rule); margin-top: 3rem; }

    /* 8. Figure cards */
    .figure-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5rem), 1fr)); gap: .75rem; }
    .figure-card {
      display: flex; flex-direction: column; height: 100%; padding: .9rem 1rem;
      background: var(--surface); border: 1px solid var(--border); border-radius: .5rem;
      color: var(--text); text-decoration: none; font-family: var(--sans);
    }
    .figure-card:hover { border-color: var(--link); box-shadow: 0 0 0 1px var(--link); color: var(--text); }
    .figure-card .value { color: var(--accent); font: 700 1.375rem/1.15 var(--sans); font-variant-numeric: tabular-nums lining-nums; }
    .figure-card .label { margin-top: .4rem; font-size: .875rem; line-height: 1.35; color: var(--muted); }
    .figure-card:hover .label { text-decoration: underline; }

    /* 9. Figure pages and citations */
    .figure-hero {
      display: grid; grid-template-columns: minmax(0, 1fr) minmax(11rem, 14rem); gap: 1.5rem 2.5rem; align-items: end;
      background: var(--surface); border: 1px solid var(--rule); border-radius: .75rem; padding: 2rem; margin-bottom: 2rem;
    }
    @media (min-width: 64rem) {
      .figure-hero { width: min(100vw - 2.5rem, 60rem); margin-left: calc((100% - min(100vw - 2.5rem, 60rem)) / 2); padding: 2.5rem 3rem; }
    }
    .figure-hero h1 { margin: 0; }
    .figure-hero h1 .figure-value {
      display: block; font: 700 clamp(3rem, 12vw, 6rem)/1 var(--sans); letter-spacing: -.02em;
      color: var(--accent); font-variant-numeric: tabular-nums lining-nums;
    }
    .figure-label { display: block; margin-top: .6rem; font-size: 1.5rem; line-height: 1.25; }
    .figure-facts { margin: 0; padding-left: 1rem; border-left: 3px solid var(--rule); font: .9375rem/1.45 var(--sans); }
    .figure-facts dd { margin: .1rem 0 .75rem; }
    .figure-facts dd:last-child { margin-bottom: 0; }
    .citation { margin: 0 0 2.25rem; }
    .citation blockquote {
      margin: 0; padding: .1rem 0 .1rem 1.25rem; border-left: 4px solid var(--accent);
      font-size: 1.25rem; line-height: 1.55;
    }
    .citation blockquote p:last-child { margin-bottom: 0; }
    .citation figcaption { margin-top: .75rem; padding-left: 1.5rem; font: .9375rem/1.5 var(--sans); color: var(--muted); }
    .citation figcaption::before { content: "— "; }

    /* 10. Pager */
    .pager {
      display: grid; grid-template-columns: 1fr auto 1fr; gap: 1rem; align-items: stretch;
      margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); font: 1rem/1.4 var(--sans);
    }
    .pager a { display: block; padding: .75rem 1rem; border: 1px solid var(--border); border-radius: .5rem; text-decoration: none; }
    .pager a:hover { border-color: var(--link); box-shadow: 0 0 0 1px var(--link); }
    .pager .up { align-self: center; }
    .pager .next { text-align: right; }
    .direction { display: block; margin-bottom: .2rem; }

    /* 11. Search, citations, downloads */
    .search-form { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; margin: 1.5rem 0 .75rem; font: 1rem var(--sans); }
    .search-form label { flex-basis: 100%; font-weight: 600; }
    .search-form input {
      flex: 1 1 16rem; min-width: 0; padding: .6rem .75rem; font: 1.125rem var(--sans);
      color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: .375rem;
    }
    .search-form select {
      padding: .6rem .5rem; font: 1rem var(--sans); color: var(--text); background: var(--bg);
      border: 1px solid var(--border); border-radius: .375rem;
    }
    .search-form button {
      padding: .6rem 1.1rem; font: 600 1rem var(--sans); color: var(--bg); background: var(--link);
      border: 1px solid var(--link); border-radius: .375rem; cursor: pointer;
    }
    .search-status { font: 1rem var(--sans); color: var(--muted); }
    .search-results { padding-left: 1.5rem; }
    .search-results li { margin-bottom: 1.75rem; }
    .search-results h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
    .search-results .meta { margin: 0 0 .25rem; }
    .snippet { margin: 0; }
    mark { background: var(--hl); color: var(--text); padding: 0 .1em; }
    .cite { font-size: 1rem; }
    .cite dt { font: 600 .875rem var(--sans); letter-spacing: .04em; text-transform: uppercase; color: var(--muted); margin-top: 1rem; }
    .cite dd { margin: .25rem 0 0; }
    .bibtex {
      max-width: var(--measure); overflow-x: auto; padding: .75rem 1rem; margin: 0 0 .5rem;
      background: var(--surface); border: 1px solid var(--rule); border-radius: .375rem; font-size: .875rem; line-height: 1.45;
    }
    .downloads { font: 1rem var(--sans); }

    /* 12. Small screens */
    @media (max-width: 52rem) {
      .block { padding-right: 1.75rem; }
      .permalink { left: auto; right: 0; }
    }
    @media (max-width: 40rem) {
      body { font-size: 1.0625rem; }
      .figure-hero { grid-template-columns: 1fr; padding: 1.5rem 1.25rem; }
      .figure-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; align-items: baseline; padding: 0; border: 0; }
      .figure-facts dd { margin: 0; }
      .citation blockquote { font-size: 1.125rem; }
      .pager { grid-template-columns: 1fr; }
      .pager > span { display: none; }
      .pager .next { text-align: left; }
      .pager .up { align-self: auto; }
    }

    /* 13. Print */
    @media print {
      :root {
        --bg: #fff; --surface: #fff; --tint: #fff; --badge: #fff; --hl: #fff; --text: #000;
        --muted: #333; --link: #000; --visited: #000; --accent: #000; --border: #666; --rule: #999;
      }
      html { font-size: 10pt; }
      body { line-height: 1.45; }
      .site-nav, .breadcrumbs, .skip-link, .pager, .permalink { display: none; }
      .wrap { width: auto; }
      main { padding: 1rem 0; }
      a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
      .block:target { box-shadow: none; }
      .figure-hero { padding: 1rem 1.25rem; }
      .figure-hero h1 .figure-value { font-size: 3.5rem; }
      h1, h2, h3 { break-after: avoid; }
      .block, .asked, .citation, .figure-card, .figure-hero, .interview-card, .question-item, .participants { break-inside: avoid; }
      p { orphans: 3; widows: 3; }
    }
    """#
}
