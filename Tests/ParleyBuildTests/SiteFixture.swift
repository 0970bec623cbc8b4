import Foundation
import ParleyBuild
import Testing

/// A site written into a fresh temporary folder (its path has a space in it),
/// for building as a user would.
struct SiteFixture {
    let root: URL

    /// A small valid site: one interview of two questions, two topics, two figures.
    static let files: [String: String] = [
        "Content/site.yml": """
            title: Test Institute
            base_url: https://example.org/test/
            publisher: Test Institute for Studies
            """,
        "Content/interviews/alpha-2024/index.md": """
            ---
            title: Interview of Ada Alpha
            date: 2024-03-05
            interviewee: Ada Alpha
            interviewee_role: Minister of Trade
            interviewer: Bo Beta
            summary: Ada Alpha on trade and security.
            ---

            An overview that points to [the first question](question:alpha-2024/q1).
            """,
        "Content/interviews/alpha-2024/q1.md": """
            ---
            number: 1
            title: Trade
            question: "How did [exports](figure:exports) grow?"
            topics:
              - trade
            ---

            Exports grew to [12 billion](figure:exports) last year.

            Security matters too, see [security](topic:security) and `[code](figure:nowhere)`.

            - a list item citing [3 ports](figure:ports)
            """,
        "Content/interviews/alpha-2024/q2.md": """
            ---
            number: 2
            title: Security
            question: What about security?
            topics: [security]
            ---

            As I said in [the first answer](q1.md#p2), it matters.
            """,
        "Content/topics/trade.md": """
            ---
            title: Trade
            summary: Goods and services.
            ---

            Trade is discussed in [question 1](../interviews/alpha-2024/q1.md).
            """,
        "Content/topics/security.md": """
            ---
            title: Security
            ---
            """,
        "Content/figures/exports.md": """
            ---
            value: "12 billion US dollars"
            label: exports in a year
            source: Ministry of Trade
            period: "2023"
            topics:
              - trade
            ---

            Context for the figure.
            """,
        "Content/figures/ports.md": """
            ---
            value: "3"
            label: new ports
            ---
            """,
    ]

    /// The small site with some files replaced (a nil value removes the file).
    init(_ changes: [String: String?] = [:]) throws {
        var files = SiteFixture.files
        for (path, text) in changes { files[path] = text }
        try self.init(exactly: files)
    }

    init(exactly files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley tests \(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            try write(path, text)
        }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var output: URL { root.appendingPathComponent("Public", isDirectory: true) }

    func build(threads: Int = 2, output: URL? = nil, drafts: Bool = false) -> Build.Report {
        Build.run(.init(root: root, output: output ?? self.output, includeDrafts: drafts, threads: threads))
    }

    /// The lines a build prints for its diagnostics.
    func diagnostics(threads: Int = 2) -> [String] {
        build(threads: threads).diagnostics.map(\.description)
    }

    func read(_ path: String, in output: URL? = nil) throws -> String {
        try String(contentsOf: (output ?? self.output).appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `folder`, relative path → bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard let data = FileManager.default.contents(atPath: path),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
            else { continue }
            files[String(path.dropFirst(base.count))] = data
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
