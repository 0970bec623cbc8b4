import Foundation
@testable import ParleyBuild
import Testing

/// Every front-matter field of every kind, changed one at a time: a rebuild
/// in one session (as `parley serve` rebuilds) writes exactly what a fresh
/// full build of the changed content writes. A page whose template reads a
/// field its rebuild fingerprint leaves out would keep its old bytes here.
@Suite("Rebuilds after each field changes")
struct FieldRebuildTests {
    /// One field of one file of `SiteFixture`, given a new value.
    struct FieldEdit: CustomTestStringConvertible, Sendable {
        var file: String
        var key: String
        /// The new `key: value` lines.
        var lines: String
        /// Other files changed with it, so that the content still builds.
        var alongside: [String: String] = [:]
        /// Files the site has from the start, besides `SiteFixture`'s.
        var given: [String: String] = [:]

        var testDescription: String { "\(key) of \(file)" }
    }

    static let site = "Content/site.yml"
    static let interview = "Content/interviews/alpha-2024/index.md"
    static let q1 = "Content/interviews/alpha-2024/q1.md"
    static let q2 = "Content/interviews/alpha-2024/q2.md"
    static let topic = "Content/topics/trade.md"
    static let figure = "Content/figures/exports.md"
    static let page = "Content/pages/about.md"
    static let aboutPage = [page: "---\ntitle: About us\ndescription: Who we are.\n---\n\nWe study trade.\n"]
    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"
    static let images = ["Content/images/logo.svg": svg, "Content/images/other.svg": svg, "Content/extra.css": "p { margin: 0 }\n",
                         "Content/other.css": "p { margin: 1px }\n"]

    static let edits: [FieldEdit] = [
        FieldEdit(file: site, key: "title", lines: "title: Another Institute"),
        FieldEdit(file: site, key: "base_url", lines: "base_url: https://example.com/elsewhere/"),
        FieldEdit(file: site, key: "language", lines: "language: en-GB"),
        FieldEdit(file: site, key: "description", lines: "description: Interviews on trade."),
        FieldEdit(file: site, key: "publisher", lines: "publisher: Another Publisher"),
        FieldEdit(file: site, key: "unsafe_html", lines: "unsafe_html: true"),
        FieldEdit(file: site, key: "logo", lines: "logo: images/other.svg", given: images.merging(["Content/site.yml":
            SiteFixture.files[site]! + "\nlogo: images/logo.svg"]) { $1 }),
        FieldEdit(file: site, key: "accent", lines: "accent: \"#0b6e4f\""),
        FieldEdit(file: site, key: "nav", lines: "nav:\n  - label: About\n    url: page:about\n  - label: Home\n    url: https://example.org/",
                  given: aboutPage),
        FieldEdit(file: site, key: "footer", lines: "footer: \"© Test Institute. [About](page:about)\"", given: aboutPage),
        FieldEdit(file: site, key: "stylesheet", lines: "stylesheet: other.css", given: images.merging(["Content/site.yml":
            SiteFixture.files[site]! + "\nstylesheet: extra.css"]) { $1 }),
        FieldEdit(file: site, key: "favicon", lines: "favicon: images/logo.svg", given: images),
        FieldEdit(file: interview, key: "title", lines: "title: A talk with Ada Alpha"),
        FieldEdit(file: interview, key: "date", lines: "date: 2023-11-30"),
        FieldEdit(file: interview, key: "interviewee", lines: "interviewee: Ada Alpha-Omega"),
        FieldEdit(file: interview, key: "interviewee_role", lines: "interviewee_role: Minister of Finance"),
        FieldEdit(file: interview, key: "interviewer", lines: "interviewer: Cy Gamma"),
        FieldEdit(file: interview, key: "interviewer_role", lines: "interviewer_role: Editor"),
        FieldEdit(file: interview, key: "publisher", lines: "publisher: A Press"),
        FieldEdit(file: interview, key: "summary", lines: "summary: Ada Alpha on ports."),
        // Left out as a draft, the interview can no longer be linked to.
        FieldEdit(file: interview, key: "draft", lines: "draft: true",
                  alongside: [topic: "---\ntitle: Trade\nsummary: Goods and services.\n---\n\nTrade is discussed.\n"]),
        FieldEdit(file: q1, key: "number", lines: "number: 3"),
        FieldEdit(file: q1, key: "title", lines: "title: Exports"),
        FieldEdit(file: q1, key: "question", lines: "question: \"How did [exports](figure:exports) fall?\""),
        FieldEdit(file: q1, key: "topics", lines: "topics:\n  - security"),
        FieldEdit(file: q2, key: "topics", lines: "topics: [trade, security]"),
        FieldEdit(file: topic, key: "title", lines: "title: Commerce"),
        FieldEdit(file: topic, key: "summary", lines: "summary: Buying and selling."),
        FieldEdit(file: figure, key: "value", lines: "value: \"13 billion US dollars\""),
        FieldEdit(file: figure, key: "label", lines: "label: exports in a good year"),
        FieldEdit(file: figure, key: "source", lines: "source: Central Bank"),
        FieldEdit(file: figure, key: "period", lines: "period: \"2022\""),
        FieldEdit(file: figure, key: "topics", lines: "topics:\n  - security"),
        FieldEdit(file: page, key: "title", lines: "title: About the institute", given: aboutPage),
        FieldEdit(file: page, key: "description", lines: "description: What we do.", given: aboutPage),
    ]

    @Test("A rebuild writes a fresh build's bytes", arguments: edits)
    func rebuildMatchesFreshBuild(_ edit: FieldEdit) throws {
        let site = try SiteFixture(edit.given.mapValues { Optional($0) })
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        let first = session.build()
        #expect(first.succeeded, "\(first.diagnostics)")
        let original = edit.given[edit.file] ?? SiteFixture.files[edit.file]!
        let changed = FieldRebuildTests.replacing(edit.key, in: original, with: edit.lines)
        #expect(changed != original, "the edit changes the file")
        try site.write(edit.file, changed)
        for (file, text) in edit.alongside { try site.write(file, text) }
        try expectFreshBytes(site, session)
        // And back again.
        try site.write(edit.file, original)
        for file in edit.alongside.keys { try site.write(file, edit.given[file] ?? SiteFixture.files[file]!) }
        try expectFreshBytes(site, session)
    }

    @Test("Every key of every kind's schema is changed by one of the edits")
    func everyKeyIsCovered() {
        let schemas: [String: Schema] = [
            FieldRebuildTests.site: .site, FieldRebuildTests.interview: .interview, FieldRebuildTests.q1: .question,
            FieldRebuildTests.topic: .topic, FieldRebuildTests.figure: .figure, FieldRebuildTests.page: .page,
        ]
        for (file, schema) in schemas {
            let edited = Set(FieldRebuildTests.edits.filter { $0.file == file }.map(\.key))
            #expect(edited == Set(schema.required + schema.optional), "\(file)")
        }
    }

    private func expectFreshBytes(_ site: SiteFixture, _ session: BuildSession) throws {
        let report = session.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let fresh = site.root.appendingPathComponent("fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        #expect(site.build(output: fresh).succeeded)
        let rebuilt = SiteFixture.snapshot(site.output), expected = SiteFixture.snapshot(fresh)
        #expect(rebuilt.keys.sorted() == expected.keys.sorted())
        let stale = expected.keys.filter { rebuilt[$0] != expected[$0] }.sorted()
        #expect(stale.isEmpty, "pages left stale by the rebuild: \(stale)")
    }

    /// The text with the `key:` line (and the indented lines of its list) replaced by `lines`, or `lines` added.
    static func replacing(_ key: String, in text: String, with lines: String) -> String {
        var out: [String] = []
        var skipping = false, replaced = false
        var fences = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "---" { fences += 1 }
            let inFrontMatter = !text.hasPrefix("---") || fences == 1
            if skipping, line.hasPrefix("  ") { continue }
            skipping = false
            if inFrontMatter, line.hasPrefix(key + ":") {
                out.append(lines)
                skipping = true
                replaced = true
                continue
            }
            // Added just before the front matter closes (or at the end of site.yml).
            if !replaced, text.hasPrefix("---"), line == "---", fences == 2 {
                out.append(lines)
                replaced = true
            }
            out.append(line)
        }
        if !replaced { out.append(lines) }
        return out.joined(separator: "\n")
    }
}
