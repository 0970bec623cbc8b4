import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown body parsed by cmark, whose links can be pointed somewhere else
/// before each rendering.
///
/// This file is the only Swift code that touches cmark's C API. Everything
/// above it sees Swift values: the links with their source positions, the
/// number of top-level blocks, and rendered HTML strings.
///
/// A document owns its cmark tree and mutates it while rendering (link
/// destinations are set per rendering), so one document is used by one
/// thread at a time.
public final class MarkdownDocument {
    /// A link or image in the document, in document order.
    public struct Link: Sendable, Equatable {
        /// The destination as written, after cmark's unescaping.
        public let destination: String
        /// Where the link starts in the parsed text (1-based; the column counts bytes).
        public let line: Int
        public let byteColumn: Int
        /// The top-level block that holds the link, from 0.
        public let block: Int
        /// Whether this is an image (`![alt](src)`) rather than a link.
        public let isImage: Bool

        public init(destination: String, line: Int, byteColumn: Int, block: Int, isImage: Bool) {
            self.destination = destination
            self.line = line
            self.byteColumn = byteColumn
            self.block = block
            self.isImage = isImage
        }
    }

    /// A piece of raw HTML, as written, with where it starts (1-based; the column counts bytes).
    public struct RawFragment: Sendable, Equatable {
        public let literal: String
        public let line: Int
        public let byteColumn: Int
    }

    /// How a rendering treats raw HTML in the Markdown.
    public enum RawHTML: Sendable {
        /// cmark replaces it with a comment, and drops dangerous URLs.
        case omitted
        /// passed through as written.
        case passedThrough
    }

    /// Links and images, in document order; `render` takes one URL per link.
    public let links: [Link]
    /// Raw HTML (HTML blocks and inline tags), in document order: rendered only with `.passedThrough`.
    public let rawHTML: [RawFragment]
    /// The number of top-level blocks (paragraphs, lists, quotes, headings, …).
    public let blockCount: Int
    /// The top-level blocks (from 0) that hold a heading: they render otherwise under another heading level.
    public let headingBlocks: Set<Int>

    private let root: OpaquePointer
    private let linkNodes: [OpaquePointer]
    private let blocks: [OpaquePointer]
    private let headings: [Heading]

    /// Parses `text` with smart punctuation.
    public init(parsing text: String) {
        let length = text.utf8.count
        root = text.withCString { cmark_parse_document($0, length, CMARK_OPT_SMART)! }
        Self.replaceEmptyHeadings(root)

        var blocks: [OpaquePointer] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            blocks.append(node)
            child = cmark_node_next(node)
        }
        self.blocks = blocks
        self.blockCount = blocks.count

        var links: [Link] = []
        var linkNodes: [OpaquePointer] = []
        var rawHTML: [RawFragment] = []
        var headingNodes: [(node: OpaquePointer, block: Int)] = []
        for (index, block) in blocks.enumerated() {
            Self.walk(block) { node in
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HEADING { headingNodes.append((node, index)) }
                if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                    rawHTML.append(RawFragment(
                        literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                        line: Int(cmark_node_get_start_line(node)),
                        byteColumn: Int(cmark_node_get_start_column(node))))
                }
                guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
                links.append(Link(
                    destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                    line: Int(cmark_node_get_start_line(node)),
                    byteColumn: Int(cmark_node_get_start_column(node)),
                    block: index,
                    isImage: type == CMARK_NODE_IMAGE
                ))
                linkNodes.append(node)
            }
        }
        self.links = links
        self.rawHTML = rawHTML
        self.linkNodes = linkNodes
        headings = Heading.outline(headingNodes.map(\.node))
        headingBlocks = Set(headingNodes.map(\.block))
    }

    deinit {
        cmark_node_free(root)
    }

    /// Whether the document is one paragraph, or empty: the shape of an inline field.
    public var isInline: Bool {
        blocks.isEmpty || (blocks.count == 1 && cmark_node_get_type(blocks[0]) == CMARK_NODE_PARAGRAPH)
    }

    /// The whole document as HTML.
    ///
    /// - Parameter linkURLs: one destination for each of `links`, in the same order.
    /// - Parameter headingsBelow: the level of the heading the text sits under
    ///   on its page: the text's headings are set below it (see `Heading`).
    public func html(linkURLs: [String], rawHTML: RawHTML = .omitted, headingsBelow: Int = 0) -> String {
        point(linkURLs)
        nest(below: headingsBelow)
        return Self.render(root, rawHTML)
    }

    /// Each top-level block as HTML, rendered alone: nil for the blocks `only`
    /// leaves out. `anchored` joins them into the whole document.
    public func blocksHTML(linkURLs: [String], rawHTML: RawHTML = .omitted, headingsBelow: Int = 0, only: Set<Int>? = nil) -> [String?] {
        point(linkURLs)
        nest(below: headingsBelow)
        return blocks.indices.map { only?.contains($0) == false ? nil : Self.render(blocks[$0], rawHTML) }
    }

    /// Blocks rendered by `blocksHTML`, joined as cmark joins a document's
    /// blocks, each between the markup that opens and closes its anchor:
    /// what cmark writes for a custom block around each (a line break after
    /// each piece of markup that does not end in one).
    public static func anchored(_ blocks: [String], anchors: (Int) -> (open: String, close: String)) -> String {
        var html = ""
        html.reserveCapacity(blocks.reduce(0) { $0 + $1.utf8.count + 128 })
        func lineBreak() {
            if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
        }
        for (index, block) in blocks.enumerated() {
            let (open, close) = anchors(index)
            lineBreak()
            html += open
            lineBreak()
            html += block
            lineBreak()
            html += close
            lineBreak()
        }
        return html
    }

    /// The content of a one-paragraph document as inline HTML, without the `<p>`.
    public func inlineHTML(linkURLs: [String], rawHTML: RawHTML = .omitted) -> String {
        point(linkURLs)
        guard let paragraph = blocks.first else { return "" }
        var html = ""
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            html += Self.render(node, rawHTML)
            child = cmark_node_next(node)
        }
        return html
    }

    /// The text a reader sees, without markup: blocks separated by blank lines,
    /// softbreaks as spaces.
    public var plainText: String {
        blockTexts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The text of each top-level block, without markup (empty for a rule).
    public var blockTexts: [String] {
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(blocks.count)
        var pieces: [Piece] = []
        for block in blocks {
            pieces.removeAll(keepingCapacity: true)
            Self.walk(block) { node in
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                    if let literal = cmark_node_get_literal(node) { pieces.append(.literal(literal)) }
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
                            || type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                    pieces.append(.space)
                }
            }
            paragraphs.append(Self.collapsingSpaces(pieces))
        }
        return paragraphs
    }
}

// MARK: - cmark

private extension MarkdownDocument {
    /// A block's text as the walk meets it: a node's literal, or a break between words.
    enum Piece {
        case literal(UnsafePointer<CChar>)
        case space
    }

    /// The pieces' text, with runs of ASCII white space as one space and none
    /// at either end, written straight into the string's storage. Built as a
    /// byte array from `String(cString:)` instead, a full build at N=1000
    /// took 3.6% longer and 7.7% more CPU (medians of six runs on tmpfs).
    static func collapsingSpaces(_ pieces: [Piece]) -> String {
        let lengths = pieces.map { piece -> Int in
            if case let .literal(literal) = piece { return strlen(literal) }
            return 1
        }
        return String(unsafeUninitializedCapacity: lengths.reduce(0, +)) { buffer in
            guard let start = buffer.baseAddress else { return 0 }
            var out = start, pendingSpace = false
            for piece in pieces {
                guard case let .literal(literal) = piece else {
                    pendingSpace = out != start
                    continue
                }
                var byte = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
                while byte.pointee != 0 {
                    switch byte.pointee {
                    case 0x20, 0x0A, 0x09, 0x0D:
                        pendingSpace = out != start
                    default:
                        // A pending space stands for at least one byte not written: it fits.
                        if pendingSpace {
                            out.pointee = 0x20
                            out += 1
                            pendingSpace = false
                        }
                        out.pointee = byte.pointee
                        out += 1
                    }
                    byte += 1
                }
            }
            return out - start
        }
    }

    /// Sets each heading's level from its place in the text's outline, under a heading of `level`.
    func nest(below level: Int) {
        for heading in headings {
            cmark_node_set_heading_level(heading.node, Int32(min(6, level + heading.depth)))
        }
    }

    /// An empty heading (`#` alone) says nothing to a reader and breaks a
    /// screen reader's outline: it becomes an empty paragraph, keeping its
    /// place among the blocks (and so their anchors).
    static func replaceEmptyHeadings(_ root: OpaquePointer) {
        var empty: [OpaquePointer] = []
        walk(root) { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_first_child(node) == nil { empty.append(node) }
        }
        for node in empty {
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { continue }
            cmark_node_replace(node, paragraph)
            cmark_node_free(node)
        }
    }

    func point(_ urls: [String]) {
        precondition(urls.count == linkNodes.count, "one URL per link")
        for (node, url) in zip(linkNodes, urls) {
            cmark_node_set_url(node, url)
        }
    }

    static func render(_ node: OpaquePointer, _ rawHTML: RawHTML) -> String {
        let options = CMARK_OPT_SMART | (rawHTML == .passedThrough ? CMARK_OPT_UNSAFE : 0)
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Calls `visit` on `node` and each node below it, entering each once, in document order.
    static func walk(_ node: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) {
                visit(current)
            }
        }
    }
}
