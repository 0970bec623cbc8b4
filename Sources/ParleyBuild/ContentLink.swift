import Foundation
import ParleySite

/// A link of the content, parsed once into what it names.
///
/// This is the one reading of CONTENT.md's link grammar: the loader writes
/// `url(fromDepth:)` into the page as soon as the Markdown is parsed, and the
/// linker checks that the same `target` exists. The two cannot disagree.
struct ContentLink: Sendable, Equatable {
    enum Target: Sendable, Equatable {
        /// A page of the site (`figure:x`, `../topics/x.md`, `#p2` for the text's own page).
        case page(PageReference)
        /// A file of `Content/` copied to the output, by its path under `Content/`.
        case asset(String)
        /// Anything outside the site, kept as written.
        case external
        /// A Markdown file of `Content/` (its path) that no page is made from.
        case otherFile(String)
        /// A link that can never be right, whatever the content: the message says why.
        case invalid(String)
    }

    /// How the link was written: as a `scheme:` or as a path to a content file.
    enum Form: Sendable, Equatable {
        case scheme, path
    }

    let target: Target
    /// The fragment after `#`, kept on the page it leads to.
    let fragment: String?
    let form: Form

    /// The link schemes of CONTENT.md.
    static let schemes = ["figure", "topic", "interview", "question", "page"]
    /// Schemes that run code in the reader's browser or break once published: never written.
    static let dangerousSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// Reads a link's destination, written in `file`, whose text is shown on
    /// the page `page` (nil for `site.yml`'s texts, shown on every page).
    init(_ destination: String, isImage: Bool, file: String, page: PageReference?) {
        let (address, fragment) = ContentLink.splitFragment(destination)
        self.fragment = fragment
        if let scheme = ContentLink.scheme(of: address) {
            form = .scheme
            target = ContentLink.target(scheme: scheme, reference: String(address.dropFirst(scheme.count + 1)),
                                        address: address, isImage: isImage)
        } else {
            form = .path
            target = ContentLink.target(path: address, destination: destination, file: file, page: page)
        }
    }

    /// The href from a page `depth` folders down; a link that leads nowhere is written as it was.
    func url(fromDepth depth: Int, written destination: String) -> String {
        switch target {
        case let .page(page): return SitePath.relative(to: page.path, fromDepth: depth, fragment: fragment)
        case let .asset(path): return SitePath.relative(to: SitePath(path), fromDepth: depth, fragment: fragment)
        case .external, .otherFile, .invalid: return destination
        }
    }

    /// The figure whose page the link leads to: the block that holds the link cites it.
    var citedFigure: String? {
        if case let .page(.figure(id)) = target { return id }
        return nil
    }

    /// The topic whose page the link leads to: the question is on it.
    var namedTopic: String? {
        if case let .page(.topic(id)) = target { return id }
        return nil
    }
}

// MARK: - Reading a destination

private extension ContentLink {
    static func target(scheme: String, reference: String, address: String, isImage: Bool) -> Target {
        let lowered = scheme.lowercased()
        switch lowered {
        case "figure": return .page(.figure(reference))
        case "topic": return .page(.topic(reference))
        case "interview": return .page(.interview(reference))
        case "page": return .page(.page(reference))
        case "question":
            let parts = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                return .invalid("a question link names the interview and the question: [text](question:<interview-id>/<question-id>)")
            }
            return .page(.question(QuestionReference(interviewID: parts[0], questionID: parts[1])))
        default: break
        }
        if dangerousSchemes.contains(lowered) {
            let type = address.lowercased()
            if lowered == "data" && isImage && type.hasPrefix("data:image/") && !type.hasPrefix("data:image/svg") {
                return .external
            }
            return .invalid("\(lowered): links are not allowed: they run code in the reader's browser or break once published; "
                            + "link to a page or an https:// address")
        }
        if let near = nearest(to: lowered, in: schemes), !["http", "https", "mailto", "tel", "ftp"].contains(lowered) {
            return .invalid("unknown link scheme '\(scheme):'. Did you mean '\(near):'? "
                            + "Pages are linked as figure:, topic:, interview:, question: or page:")
        }
        return .external
    }

    static func target(path address: String, destination: String, file: String, page: PageReference?) -> Target {
        if destination.isEmpty {
            return .invalid("the link has no destination; write one between the parentheses: [text](topic:<topic-id>)")
        }
        if address.hasPrefix("//") { return .external }
        // `#p2`: a fragment of the page the text is shown on.
        if address.isEmpty {
            guard let page else {
                return .invalid("a link to '#…' alone leads to a different place on every page; name the page as well, such as page:<page-id>#…")
            }
            return .page(page)
        }
        if address.hasPrefix("/") {
            return .invalid("links starting with '/' break when the site is published under a path or opened from disk; "
                            + "link to the content file with a relative path such as ../topics/<topic-id>.md")
        }
        if address.contains("?") { return .invalid("a link to a content file cannot have a query ('?'); remove it") }
        guard let path = join(folder(of: file), address.removingPercentEncoding ?? address) else {
            return .invalid("the link '\(shortened(destination))' leads outside the Content folder; link only to files in Content/")
        }
        guard path.hasSuffix(".md") else { return .asset(String(path.dropFirst(ContentFiles.folder.count + 1))) }
        return PageReference(contentFile: path).map(Target.page) ?? .otherFile(path)
    }
}

// MARK: - Pieces of a URL

extension ContentLink {
    /// The address and the fragment after the first `#`.
    static func splitFragment(_ destination: String) -> (address: String, fragment: String?) {
        let utf8 = destination.utf8
        guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[utf8.index(after: hash)...]))
    }

    /// The URL scheme, if the address has one (`figure:x` → `figure`):
    /// an ASCII letter, then ASCII letters, digits, `+`, `.` or `-`, up to the first `:`.
    static func scheme(of address: String) -> String? {
        let utf8 = address.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard let first = scheme.first, isLetter(first), scheme.allSatisfy({ byte in
            isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }) else { return nil }
        return String(address[..<colon])
    }

    /// `Content/interviews/x/q1.md` → `Content/interviews/x`
    static func folder(of file: String) -> String {
        file.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// `relative` resolved against `folder`; nil if it climbs out of `Content/`.
    static func join(_ folder: String, _ relative: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard parts.count > 1 else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/").precomposedStringWithCanonicalMapping
    }

    /// The path from `folder` to `file`, for a suggestion.
    static func relativePath(from folder: String, to file: String) -> String {
        let from = folder.split(separator: "/"), to = file.split(separator: "/")
        var common = 0
        while common < min(from.count, to.count - 1), from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }

    /// A destination short enough to quote in a message.
    static func shortened(_ destination: String) -> String {
        destination.count > 120 ? destination.prefix(120) + "…" : destination
    }
}
