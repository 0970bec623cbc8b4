/// A file of the generated site, by its path under the output folder.
///
/// Pages live at `…/index.html`, so every link between pages is a relative
/// path that works from a web server under any prefix and from `file://`.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path under the output folder, with `/` separators: `figures/gdp/index.html`.
    public let value: String

    /// How many folders down from the site's root the file lies: counted once,
    /// since every relative link from the page needs it.
    public let depth: Int

    public init(_ value: String) {
        self.value = value
        depth = value.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
    }

    /// The page for a folder: `page("topics", "trade")` is `topics/trade/index.html`.
    public static func page(_ components: String...) -> SitePath {
        var value = ""
        value.reserveCapacity(components.reduce(11) { $0 + $1.utf8.count + 1 })
        for component in components {
            value += component
            value += "/"
        }
        value += "index.html"
        return SitePath(value)
    }

    public static let home = SitePath("index.html")

    public var description: String { value }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.value < rhs.value }

    // Equal and hashed by `value` alone: `depth` follows from it.
    public static func == (lhs: SitePath, rhs: SitePath) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The URL path a web server shows, without a trailing `index.html`.
    public var prettyPath: String {
        if value == "index.html" { return "" }
        if value.hasSuffix("/index.html") { return String(value.dropLast("index.html".count)) }
        return value
    }

    /// A link to `target` from a file `depth` folders down, with an optional `#fragment`.
    public static func relative(to target: SitePath, fromDepth depth: Int, fragment: String? = nil) -> String {
        var url = String(repeating: "../", count: depth) + target.value
        if let fragment { url += "#" + fragment }
        return url
    }

    /// A link to `target` from this file.
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        if target == self, let fragment { return "#" + fragment }
        return SitePath.relative(to: target, fromDepth: depth, fragment: fragment)
    }
}
