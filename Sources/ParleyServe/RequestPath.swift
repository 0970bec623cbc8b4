import Foundation

/// The rule `RequestGuard` applies to request paths.
enum RequestPath {
    /// Whether a raw (still percent-encoded) request path stays inside the
    /// site: it starts with a single `/`, has no `..` segment once decoded,
    /// and no encoded slash, backslash or NUL that a file system could read
    /// differently from the URL.
    static func isSafe(_ raw: String) -> Bool {
        guard raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\") else { return false }
        let lowered = raw.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") { return false }
        guard let decoded = raw.removingPercentEncoding else { return false }
        return !decoded.split(separator: "/", omittingEmptySubsequences: false).contains("..")
            && !decoded.contains("\0")
    }
}
