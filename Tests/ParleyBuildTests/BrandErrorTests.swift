import Foundation
import ParleyBuild
import Testing

/// Each bad brand setting and page, with its exact message and position in site.yml.
@Suite("Brand and page errors")
struct BrandErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Lines added to the fixture's site.yml (which has three lines).
        var settings: String
        var files: [String: String] = [:]
        var expected: [String]
        var testDescription: String { name }
    }

    static let site = "Content/site.yml"
    static let nav = "a 'nav' url is an https:// address, a Parley link such as page:about or topic:trade, or a path to a content file"

    static let cases: [Case] = [
        Case(name: "an accent that is not #RRGGBB", settings: "accent: \"#abc\"",
             expected: ["\(site):4:10: error: 'accent' must be a colour written \"#RRGGBB\", such as \"#1a4f8b\" (quote it: YAML reads # as a comment)"]),
        Case(name: "an accent that fails AA, with its ratio and the nearest shade that passes", settings: "accent: \"#777777\"",
             expected: ["\(site):4:10: error: the accent #777777 reaches only 3.79:1 on the background of figure links in answers (#e6edf6); "
                        + "links and buttons need 4.5:1 (WCAG AA). The nearest shade that does is \"#6b6b6b\""]),
        Case(name: "a logo that does not exist", settings: "logo: images/logo.svg",
             expected: ["\(site):4:7: error: 'logo' names Content/images/logo.svg, which does not exist; put the file there, or correct the path (it is relative to Content/)"]),
        Case(name: "a logo that is not an image", settings: "logo: logo.png", files: ["Content/logo.png": "text, not a PNG"],
             expected: ["\(site):4:7: error: 'logo' must be an image (svg, png, webp, jpg, jpeg); Content/logo.png is not"]),
        Case(name: "a stylesheet that is not CSS", settings: "stylesheet: site.txt", files: ["Content/site.txt": "body {}"],
             expected: ["\(site):4:13: error: 'stylesheet' must be a CSS file (.css); Content/site.txt is not"]),
        Case(name: "a favicon outside Content/", settings: "favicon: ../icon.png",
             expected: ["\(site):4:10: error: 'favicon' must be the path of a file in Content/, relative to it, such as 'images/logo.svg'"]),
        Case(name: "a javascript: URL in nav", settings: "nav:\n  - label: Home\n    url: javascript:alert(1)",
             expected: ["\(site):6:10: error: javascript: URLs are not allowed: they run code in the reader's browser or break once published; \(nav)"]),
        Case(name: "a data: URL in nav", settings: "nav:\n  - label: Home\n    url: \"data:text/html,hi\"",
             expected: ["\(site):6:11: error: data: URLs are not allowed: they run code in the reader's browser or break once published; \(nav)"]),
        Case(name: "a file: URL in nav", settings: "nav:\n  - label: Home\n    url: file:///etc/passwd",
             expected: ["\(site):6:10: error: file: URLs are not allowed: they run code in the reader's browser or break once published; \(nav)"]),
        Case(name: "a nav item without a url", settings: "nav:\n  - label: Home",
             expected: ["\(site):5:5: error: this 'nav' item has no 'url'; each has a 'label' and a 'url'"]),
        Case(name: "an unknown page in nav", settings: "nav:\n  - label: About\n    url: page:abuot",
             files: ["Content/pages/about.md": "---\ntitle: About\n---\n"],
             expected: ["\(site):6:10: error: unknown page 'abuot'. Did you mean 'about'? Each page is a file Content/pages/<id>.md: correct the id, or create the file"]),
        Case(name: "an unknown page in the footer", settings: "footer: \"© Us · [About](page:nowhere)\"",
             expected: ["\(site):4:17: error: unknown page 'nowhere'. Each page is a file Content/pages/<id>.md: correct the id, or create the file"]),
        Case(name: "a footer of more than one paragraph", settings: "footer: |\n  one\n\n  two",
             expected: ["\(site):5:1: error: 'footer' must be one paragraph of inline Markdown, without lists, headings or blank lines"]),
        Case(name: "an unknown page in an answer", settings: "",
             files: ["Content/interviews/alpha-2024/q2.md": "---\nnumber: 2\ntitle: S\nquestion: Q?\n---\n\nSee [us](page:about).\n"],
             expected: ["Content/interviews/alpha-2024/q2.md:7:5: error: unknown page 'about'. Each page is a file Content/pages/<id>.md: correct the id, or create the file"]),
        Case(name: "a page id that Parley's own output takes", settings: "",
             files: ["Content/pages/topics.md": "---\ntitle: Topics\n---\n"],
             expected: ["Content/pages/topics.md:1:1: error: the page id 'topics' is taken by Parley's own topics/ or topics.* in the built site; rename the file, e.g. 'about-topics.md'"]),
    ]

    static func fixture(_ example: Case) throws -> SiteFixture {
        var changes: [String: String?] = [site: SiteFixture.files[site]! + "\n" + example.settings + "\n"]
        for (path, text) in example.files { changes[path] = text }
        return try SiteFixture(changes)
    }

    @Test("is reported with its position, and nothing is written", arguments: cases)
    func reported(_ example: Case) throws {
        let site = try BrandErrorTests.fixture(example)
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == example.expected)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("every bad setting of site.yml is reported in one run")
    func allTogether() throws {
        let settings = ["logo: images/logo.svg", "favicon: ../icon.png", "accent: \"#777777\"",
                        "nav:\n  - label: Home\n    url: javascript:x\n  - label: About\n    url: page:nowhere"]
        let site = try BrandErrorTests.fixture(Case(name: "all", settings: settings.joined(separator: "\n"), expected: []))
        defer { site.remove() }
        let lines = site.diagnostics()
        #expect(lines.count == 5, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("\(BrandErrorTests.site):") })
        #expect(lines.map { $0.split(separator: ":")[1] } == ["4", "5", "6", "9", "11"])
    }
}
