import Foundation
@testable import ParleyBuild
import Testing

/// The mistakes an editor makes most often, each with its exact message, at
/// the line and column of the mistake, not where the YAML reader gave up.
@Suite("Editors' mistakes")
struct EditorMistakeTests {
    typealias Case = ContentErrorTests.Case

    static let q2 = ContentErrorTests.q2
    static let index = ContentErrorTests.index

    static func question(_ front: String, body: String = "An answer.") -> String {
        ContentErrorTests.question(front, body: body)
    }

    static let yamlCases: [Case] = [
        Case(name: "an unclosed quote, at the quote",
             changes: [q2: question("number: 2\ntitle: \"Security\nquestion: What?")],
             expected: ["\(q2):3:8: error: the value of 'title' opens a quote (\") on line 3 that is never closed: add the closing \" at the end of the value"]),
        Case(name: "an unclosed single quote in a list item",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n  - 'security\n  - trade")],
             expected: ["\(q2):6:5: error: the value of 'topics' opens a quote (') on line 6 that is never closed: add the closing ' at the end of the value"]),
        Case(name: "text after the closing quote",
             changes: [q2: question("number: 2\ntitle: \"Water\" security\nquestion: What?")],
             expected: ["\(q2):3:16: error: the value of 'title' is in quotes, but more text follows the closing \": put the whole value inside the quotes, or take the quotes away"]),
        Case(name: "a ': ' inside an unquoted value",
             changes: [q2: question("number: 2\ntitle: Water: a crisis\nquestion: What?")],
             expected: ["\(q2):3:13: error: the value of 'title' holds ': ', which YAML reads as the start of another key: put the whole value in quotes: title: \"Water: a crisis\""]),
        Case(name: "a ': ' in a value that goes on over two lines",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What about\n  the future: of trade?")],
             expected: ["\(q2):5:13: error: the value of 'question' holds ': ', which YAML reads as the start of another key: put the whole value in quotes: question: \"What about the future: of trade?\""]),
        Case(name: "a '#' that makes a value a comment",
             changes: [q2: question("number: 2\ntitle: #1 priority\nquestion: What?")],
             expected: ["\(q2):3:7: error: 'title' is empty, because YAML reads a '#' after a space as the start of a comment: put the value in quotes: title: \"#1 priority\""]),
        Case(name: "a value that starts with '@'",
             changes: [q2: question("number: 2\ntitle: @home\nquestion: What?")],
             expected: ["\(q2):3:8: error: the value of 'title' starts with '@', which YAML does not allow at the start of a value: put the whole value in quotes: title: \"@home\""]),
        Case(name: "an unclosed bracket",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: [security, trade")],
             expected: ["\(q2):5:9: error: the value of 'topics' opens a list with '[' that is never closed: add the closing ']' (such as [first-id, second-id]), or put the value in quotes if the '[' is part of its text"]),
        Case(name: "a key indented under another key's value",
             changes: [q2: question("number: 2\n  title: Security\nquestion: What?")],
             expected: ["\(q2):3:1: error: 'title' is indented by 2 spaces, but it is a key of its own: start it at the beginning of the line, as the other keys are"]),
        Case(name: "a tab in the indent",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n\t- security")],
             expected: ["\(q2):6:1: error: line 6 is indented with a tab, which YAML does not allow: indent it with spaces instead"]),
        Case(name: "a list item under a key that has its value",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: security\n- trade")],
             expected: ["\(q2):6:1: error: '- trade' is a list item, but 'topics' above it already has a value on its line: write the list under a key that stands alone on its line, such as 'topics:' and then '  - trade'"]),
        Case(name: "list items that do not line up",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n  - security\n - trade")],
             expected: ["\(q2):7:2: error: the items of 'topics' do not line up: start each '- ' at the same column as the first item, on line 6"]),
        Case(name: "a line without a key",
             changes: [q2: question("number: 2\ntitle: Security\nand more words\nquestion: What?")],
             expected: ["\(q2):4:1: error: 'and more words' is not a 'key: value' line: write the key and a ':' before it (such as 'summary: and more words'), or indent it with spaces to continue the value above"]),
        Case(name: "no space after a key's ':'",
             changes: [q2: question("number: 2\ntitle:Security\nquestion: What?")],
             expected: ["\(q2):3:7: error: 'title:' needs a space after the ':', or YAML does not read it as a key: write 'title: Security'"]),
        Case(name: "a key given twice",
             changes: [q2: question("number: 2\ntitle: Security\ntitle: Other\nquestion: What?")],
             expected: ["\(q2):4:1: error: the key 'title' is given twice (first on line 3): keep one of the two lines"]),
        Case(name: "a mistake in site.yml, in site.yml's words",
             changes: ["Content/site.yml": "title: \"Test Institute\nbase_url: https://example.org/test/\n"],
             expected: ["Content/site.yml:1:8: error: the value of 'title' opens a quote (\") on line 1 that is never closed: add the closing \" at the end of the value"]),
    ]

    static let typeCases: [Case] = [
        Case(name: "a list written as text with commas",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: security, trade")],
             expected: ["\(q2):5:9: error: 'topics' is a list, and 'security, trade' is one text with commas in it: write it as topics: [security, trade], or with 'topics:' alone on its line and each id on a line of its own below it, such as '  - security'"]),
        Case(name: "a number written as a word",
             changes: [q2: question("number: two\ntitle: Security\nquestion: What?")],
             expected: ["\(q2):2:9: error: 'number' must be a whole number written in digits: write 'number: 2', not 'two'"]),
        Case(name: "a date written another way",
             changes: [index: "---\ntitle: T\ndate: 5 March 2024\ninterviewee: A\ninterviewer: B\n---\n"],
             expected: ["\(index):3:7: error: 'date' must be written YYYY-MM-DD (year, month, day): write 'date: 2024-03-05' for 5 March 2024, not '5 March 2024'"]),
        Case(name: "yes for true",
             changes: [index: "---\ntitle: T\ndate: 2024-03-05\ninterviewee: A\ninterviewer: B\ndraft: yes\n---\n"],
             expected: ["\(index):6:8: error: 'draft' must be true or false, not 'yes': write 'draft: true'"]),
        Case(name: "a key of site.yml cut short",
             changes: ["Content/site.yml": "title: Test Institute\nbase: https://example.org/test/\n"],
             expected: [
                "Content/site.yml:1:1: error: missing required key 'base_url' in site.yml; add a line 'base_url: …' to Content/site.yml",
                "Content/site.yml:2:1: error: unknown key 'base' in site.yml. Did you mean 'base_url'? The keys are 'title', 'base_url', 'language', 'description', 'publisher', 'unsafe_html', 'logo', 'accent', 'nav', 'footer', 'stylesheet', 'favicon'.",
             ]),
        Case(name: "a missing key of site.yml, said of site.yml",
             changes: ["Content/site.yml": "base_url: https://example.org/test/\n"],
             expected: ["Content/site.yml:1:1: error: missing required key 'title' in site.yml; add a line 'title: …' to Content/site.yml"]),
    ]

    static let folderCases: [Case] = [
        Case(name: "a misspelt topics folder, first, with the references to it folded in",
             changes: ["Content/topics/security.md": nil, "Content/topic/security.md": "---\ntitle: Security\n---\n",
                       "Content/figures/ports.md": "---\nvalue: \"3\"\nlabl: new ports\n---\n"],
             expected: [
                "Content/topic:1:1: error: the folder 'topic' should be called 'topics': rename Content/topic/ to Content/topics/, where Parley looks for topics; until then its 1 Markdown file is not built (and 2 references to it in other files, which will work once this is fixed)",
                "Content/figures/ports.md:1:1: error: missing required key 'label' in a figure; add a line 'label: …' to the front matter, between the two '---' lines",
                "Content/figures/ports.md:3:1: error: unknown key 'labl' in a figure. Did you mean 'label'? The keys are 'value', 'label', 'source', 'period', 'topics'.",
             ]),
        Case(name: "a figures folder with a capital",
             changes: ["Content/figures/ports.md": nil, "Content/Figures/ports.md": "---\nvalue: \"3\"\nlabel: new ports\n---\n"],
             expected: ["Content/Figures:1:1: error: the folder 'Figures' should be called 'figures': rename Content/Figures/ to Content/figures/, where Parley looks for figures; until then its 1 Markdown file is not built (and 1 reference to it in other files, which will work once this is fixed)"]),
        Case(name: "a topic in the figures folder",
             changes: ["Content/topics/security.md": nil, "Content/figures/security.md": "---\ntitle: Security\n---\n"],
             expected: ["Content/figures/security.md:1:1: error: this file looks like a topic (it has 'title'), but it is in Content/figures/, where figures go: move it to Content/topics/security.md (and 2 references to it in other files, which will work once this is fixed)"]),
        Case(name: "a misspelt interviews folder, with the links to its questions folded in",
             changes: ["Content/interviews/alpha-2024/index.md": nil, "Content/interviews/alpha-2024/q1.md": nil,
                       "Content/interviews/alpha-2024/q2.md": nil,
                       "Content/interview/alpha-2024/index.md": SiteFixture.files["Content/interviews/alpha-2024/index.md"]!,
                       "Content/interview/alpha-2024/q1.md": SiteFixture.files["Content/interviews/alpha-2024/q1.md"]!],
             expected: ["Content/interview:1:1: error: the folder 'interview' should be called 'interviews': rename Content/interview/ to Content/interviews/, where Parley looks for interviews; until then its 2 Markdown files are not built (and 1 reference to it in other files, which will work once this is fixed)"]),
        Case(name: "site.yml beside Content/",
             changes: ["Content/site.yml": nil, "site.yml": "title: Test Institute\nbase_url: https://example.org/test/\n"],
             expected: ["site.yml:1:1: error: site.yml is beside the Content folder, not inside it: move it into Content/, as Content/site.yml"]),
    ]

    static var cases: [Case] { yamlCases + typeCases + folderCases }

    @Test("is reported at the mistake, in plain words", arguments: cases)
    func reported(_ example: Case) throws {
        let site = try SiteFixture(example.changes)
        defer { site.remove() }
        let errors = site.build().errors.map(\.description)
        #expect(errors == example.expected)
    }

    @Test("A Content folder one folder down is named")
    func contentOneDown() throws {
        var files: [String: String] = [:]
        for (path, text) in SiteFixture.files { files["my site/" + path] = text }
        let site = try SiteFixture(exactly: files)
        defer { site.remove() }
        #expect(site.build().errors.map(\.description) == [
            "my site/Content:1:1: error: there is no Content folder here, but there is one in 'my site/': run parley in that folder (cd 'my site'), or name it with --site 'my site'",
        ])
    }

    @Test("Every message names a file and says how to fix it", arguments: ContentErrorTests.cases + cases)
    func namesFileAndFix(_ example: Case) throws {
        let site = try SiteFixture(example.changes)
        defer { site.remove() }
        Self.expectFileAndFix(site.build().diagnostics, in: site)
    }

    static let hostileErrors = HostileContentTests.cases.filter { example in
        if case .error = example.expected { return true }
        return false
    }

    @Test("Every message about hostile content names a file and says how to fix it", arguments: hostileErrors)
    func hostileNamesFileAndFix(_ example: HostileContentTests.Case) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        for (path, bytes) in example.changes {
            if let bytes { try site.write(path, bytes: bytes) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        }
        Self.expectFileAndFix(site.build().errors, in: site)
    }

    static func expectFileAndFix(_ diagnostics: [Diagnostic], in site: SiteFixture, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!diagnostics.isEmpty, sourceLocation: sourceLocation)
        for diagnostic in diagnostics {
            let named = diagnostic.file.hasPrefix("Content") || FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent(diagnostic.file).path)
            #expect(named, "\(diagnostic) names no file of the site", sourceLocation: sourceLocation)
            #expect(EditorMistakeTests.saysHowToFix(diagnostic.message), "\(diagnostic) says no fix", sourceLocation: sourceLocation)
        }
    }

    /// Whether a message tells the user what to do: a fix is an instruction.
    static func saysHowToFix(_ message: String) -> Bool {
        let verbs = ["add", "remove", "rename", "move", "write", "put", "create", "give", "keep", "replace", "link",
                     "build with", "run", "set", "start", "indent", "save", "check", "take", "use", "Did you mean"]
        let words = message.split { !$0.isLetter }.map(String.init)
        return verbs.contains { verb in verb.contains(" ") ? message.contains(verb) : words.contains(verb) }
    }

    @Test("Every kind of YAML mistake has a message that says how to fix it")
    func everyYAMLMistake() {
        let mistakes: [YAMLMistake] = [
            .unclosedQuote(key: "title", quote: "\"", line: 3), .textAfterQuote(key: nil, quote: "'"),
            .colonInValue(key: "title", value: "a: b"), .reservedStart(key: "title", character: "@", value: "@a"),
            .unclosedBracket(key: "topics"), .tab(line: 2), .indentedKey(key: "title", spaces: 1),
            .itemOutsideList(item: "a", key: "title"), .itemOutsideList(item: "a", key: nil),
            .unevenItems(key: "topics", firstLine: 5), .noSpaceAfterColon(key: "title", value: "a"), .notKeyValue(text: "words"),
            .duplicateKey(key: "title", firstLine: 2), .commentedOut(key: "title", value: "#1"), .other(problem: "odd"),
        ]
        for mistake in mistakes {
            #expect(EditorMistakeTests.saysHowToFix(mistake.message(in: "the front matter")), "\(mistake)")
        }
    }
}
