import Foundation
import ParleyBuild
import ParleySite

/// `parley check`: every check a build makes, and nothing written.
///
/// It loads and links the content (every content error and warning), renders
/// the whole site in memory, and checks every relative link and fragment of
/// the rendered pages, as the end-to-end tests do; a build would write those
/// same pages. The output folder is never touched.
public enum SiteCheck {
    /// Which site to check, and how.
    public struct Options: Sendable {
        /// The site's folder, the one that holds `Content/`.
        public var root: URL
        public var includeDrafts: Bool
        public var threads: Int

        public init(root: URL, includeDrafts: Bool = false, threads: Int? = nil) {
            self.root = root
            self.includeDrafts = includeDrafts
            self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        }
    }

    /// Everything the check found.
    public struct Report: Sendable {
        /// Content errors and warnings, then broken links of the rendered
        /// pages (their `file` is the page's path in the site, such as
        /// `topics/index.html`, and the line and column are in that page).
        public var diagnostics: [Diagnostic] = []
        /// How many pages and files a build would write; zero when the content
        /// has errors (the site is not rendered then).
        public var pages = 0
        public var files = 0
        public var seconds = 0.0
        /// The interviews left out as drafts, by id.
        public var drafts: [String] = []

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
        public var succeeded: Bool { errors.isEmpty }
    }

    /// Checks the site; reads `Content/` and writes nothing.
    public static func run(_ options: Options) -> Report {
        let started = DispatchTime.now()
        var report = Report()
        let loaded = SiteLoader.load(root: options.root, includeDrafts: options.includeDrafts, threads: options.threads)
        report.diagnostics = loaded.diagnostics
        report.drafts = loaded.drafts
        if let site = loaded.site {
            let (files, diagnostics) = SiteRenderer.render(site, assets: loaded.assets, root: options.root, threads: options.threads)
            report.diagnostics = (report.diagnostics + diagnostics).sorted()
            if diagnostics.allSatisfy({ $0.severity != .error }) {
                report.pages = files.filter { $0.path.value.hasSuffix(".html") }.count
                report.files = files.count
            }
            report.diagnostics += brokenLinks(in: files)
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return report
    }

    /// The rendered pages' broken links, each at its line and column in its page.
    static func brokenLinks(in files: [OutputFile]) -> [Diagnostic] {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var searched: [SitePath: String.Index] = [:]
        return RenderedLinks.check(files).map { broken in
            let text = byPath[broken.page].map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
            // Repeated links to the same target are reported in page order.
            let key = SitePath(broken.page.value + "\u{0}" + broken.link)
            let from = searched[key] ?? text.startIndex
            let position: Position
            if let found = text.range(of: "=\"\(HTML.escape(broken.link))\"", range: from..<text.endIndex) {
                searched[key] = found.upperBound
                position = SiteCheck.position(of: text.index(found.lowerBound, offsetBy: 2), in: text)
            } else {
                position = .start
            }
            return .error(broken.page.value, position,
                "the rendered page links to '\(broken.link)', which is not a file or fragment of the site "
                    + "(a link in raw HTML, or else a bug in Parley: please report it)")
        }
    }

    static func position(of index: String.Index, in text: String) -> Position {
        var line = 1
        var column = 1
        for character in text[..<index] {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Position(line: line, column: column)
    }
}
