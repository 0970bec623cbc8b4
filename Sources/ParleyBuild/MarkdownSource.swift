import ParleyMarkdown
import ParleySite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown text parsed by cmark, with where it lies in its file, so that
/// cmark's positions become the file's lines and columns.
///
/// The cmark tree itself is not kept: the loader renders each text as soon
/// as it is parsed, each link written where its `ContentLink` leads, and
/// lets the tree go, so that a build never holds the trees of the whole site.
///
/// A class, so that the loaded files that hold it are cheap to copy while
/// they are linked.
final class MarkdownSource: Sendable {
    /// Links and images, in document order.
    let links: [MarkdownDocument.Link]
    /// What each link names, read once: where it was rendered to lead, and what the linker checks.
    let parsed: [ContentLink]
    /// Raw HTML, in document order.
    let rawHTML: [MarkdownDocument.RawFragment]
    /// The number of top-level blocks.
    let blockCount: Int
    let file: String
    /// The file line of the text's first line.
    let firstLine: Int
    /// Columns to add on the text's first line (a front-matter value starts mid-line).
    let firstLineIndent: Int
    /// The file position of each link and piece of raw HTML, worked out while
    /// the text was at hand: the text itself is not kept.
    private let places: [Place]

    private struct Place {
        let line: Int
        let byteColumn: Int
        let position: Position
    }

    /// A text parsed: its source, and cmark's document for rendering right away.
    struct Parsed {
        var source: MarkdownSource
        var document: MarkdownDocument

        /// The whole text as HTML, for a page `depth` folders down, its headings below one of `level`.
        func html(fromDepth depth: Int, rawHTML: MarkdownDocument.RawHTML, headingsBelow level: Int) -> HTML {
            HTML(unescaped: document.html(linkURLs: source.urls(fromDepth: depth), rawHTML: rawHTML, headingsBelow: level))
        }
    }

    /// Parses `text`.
    ///
    /// - Parameter page: the page the text is shown on, where `#fragment` links lead; nil for `site.yml`'s texts.
    static func parse(
        _ text: String, file: String, page: PageReference?, firstLine: Int, firstLineIndent: Int = 0
    ) -> Parsed {
        let document = MarkdownDocument(parsing: text)
        let source = MarkdownSource(document, text: text, file: file, page: page,
                                    firstLine: firstLine, firstLineIndent: firstLineIndent)
        return Parsed(source: source, document: document)
    }

    /// The URL of each link, from a page `depth` folders down.
    func urls(fromDepth depth: Int) -> [String] {
        zip(parsed, links).map { $0.url(fromDepth: depth, written: $1.destination) }
    }

    private init(_ document: MarkdownDocument, text: String, file: String, page: PageReference?, firstLine: Int, firstLineIndent: Int) {
        links = document.links
        parsed = links.map { ContentLink($0.destination, isImage: $0.isImage, file: file, page: page) }
        rawHTML = document.rawHTML
        blockCount = document.blockCount
        self.file = file
        self.firstLine = firstLine
        self.firstLineIndent = firstLineIndent
        // Only links and raw HTML have diagnostics to place.
        let spots = links.map { ($0.line, $0.byteColumn) } + rawHTML.map { ($0.line, $0.byteColumn) }
        let lineStarts = spots.isEmpty ? [] : MarkdownSource.lineStarts(of: text)
        places = spots.map { line, byteColumn in
            Place(line: line, byteColumn: byteColumn, position: MarkdownSource.position(
                line: line, byteColumn: byteColumn, in: text, lineStarts: lineStarts,
                firstLine: firstLine, firstLineIndent: firstLineIndent))
        }
    }

    /// The file position of a link, with the column in characters.
    func position(of link: MarkdownDocument.Link) -> Position {
        position(line: link.line, byteColumn: link.byteColumn)
    }

    /// Raw HTML that would run code in the reader's browser: a `javascript:`
    /// or `vbscript:` URL, however written. It is an error even where cmark
    /// would leave the HTML out (`unsafe_html: false`), as a Markdown link to one is.
    func dangerousRawHTML() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for fragment in rawHTML {
            guard let scheme = MarkdownSource.dangerousScheme(in: fragment.literal) else { continue }
            diagnostics.append(.error(file, position(line: fragment.line, byteColumn: fragment.byteColumn),
                "this HTML holds a \(scheme): URL, which runs code in the reader's browser; Parley never publishes one, "
                + "so remove it, or link to a page or an https:// address"))
        }
        return diagnostics
    }

    /// `javascript` or `vbscript` if `html` holds such a URL once character
    /// references are decoded and blanks and control characters dropped, as a browser reads it.
    static func dangerousScheme(in html: String) -> String? {
        let lowered = html.lowercased()
        guard lowered.contains("script") || lowered.contains("&") else { return nil }
        var squeezed = String.UnicodeScalarView()
        for scalar in decodeCharacterReferences(html).unicodeScalars where scalar.value > 0x20 && scalar.value != 0x7F {
            squeezed.append(scalar)
        }
        let text = String(squeezed).lowercased()
        return ["javascript", "vbscript"].first { text.contains($0 + ":") }
    }

    /// Decimal, hexadecimal and the named references a scheme can be spelt with.
    private static func decodeCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lpar": "(", "rpar": ")"]
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let end = after.firstIndex { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#")) } ?? after.endIndex
            let name = after[..<end]
            var next = after[end...]
            if next.first == ";" { next = next.dropFirst() }
            let lowered = name.lowercased()
            var code: UInt32?
            if lowered.hasPrefix("#x") { code = UInt32(lowered.dropFirst(2).prefix(8), radix: 16) }
            else if lowered.hasPrefix("#") { code = UInt32(lowered.dropFirst().prefix(10)) }
            if let code, let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else if let value = named[lowered] {
                out += value
            } else {
                out += "&"
                next = after
            }
            rest = next
        }
        return out + rest
    }

    /// The file position of a place cmark reports (a link or raw HTML), with the column in characters.
    func position(line: Int, byteColumn: Int) -> Position {
        if let place = places.first(where: { $0.line == line && $0.byteColumn == byteColumn }) { return place.position }
        return MarkdownSource.position(line: line, byteColumn: byteColumn, in: "", lineStarts: [],
                                       firstLine: firstLine, firstLineIndent: firstLineIndent)
    }

    private static func position(
        line: Int, byteColumn: Int, in text: String, lineStarts: [Int], firstLine: Int, firstLineIndent: Int
    ) -> Position {
        let index = line - 1
        var column = max(byteColumn, 1)
        if lineStarts.indices.contains(index) {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[index])
            let end = index + 1 < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[index + 1] - 1) : utf8.endIndex
            let prefix = utf8[start..<end].prefix(max(byteColumn - 1, 0))
            column = String(decoding: prefix, as: UTF8.self).characterCount + 1
        }
        return Position(line: firstLine + max(index, 0), column: column + (index == 0 ? firstLineIndent : 0))
    }

    /// Where each line starts, found with `memchr`: answers may be megabytes
    /// long. A loop over `text.utf8` in its place took a full build at
    /// N=1000 from 9.1 s to 11.7 s (median wall time on tmpfs, 28% more).
    private static func lineStarts(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { buffer -> [Int] in
            var starts = [0]
            guard let base = buffer.baseAddress else { return starts }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
            return starts
        }
    }
}
