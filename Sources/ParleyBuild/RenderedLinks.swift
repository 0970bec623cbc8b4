import Foundation
import ParleySite

/// Checks the links of rendered pages: every relative `href` and `src` must
/// name a file of the site, and every fragment an `id` on that page.
public enum RenderedLinks {
    public struct Broken: Sendable, Hashable, CustomStringConvertible {
        public var page: SitePath
        public var link: String

        public var description: String { "\(page.value): broken link '\(link)'" }
    }

    public static func check(_ files: [OutputFile]) -> [Broken] {
        var byPath: [String: OutputFile] = [:]
        for file in files { byPath[file.path.value] = file }
        var ids: [String: Set<String>] = [:]
        func anchors(_ path: String) -> Set<String> {
            if let known = ids[path] { return known }
            let found = byPath[path].map { Set(values(of: "id", in: $0.bytes)) } ?? []
            ids[path] = found
            return found
        }
        var broken: [Broken] = []
        for file in files where file.path.value.hasSuffix(".html") && file.path != SitePath("404.html") {
            for link in values(of: "href", in: file.bytes) + values(of: "src", in: file.bytes) {
                guard let (target, fragment) = resolve(link, from: file.path) else { continue }
                let exists = byPath[target] != nil
                if !exists || (fragment.map { !anchors(target).contains($0) } ?? false) {
                    broken.append(Broken(page: file.path, link: link))
                }
            }
        }
        return broken
    }

    /// The site path and fragment a link leads to; nil for links that leave the site.
    static func resolve(_ link: String, from page: SitePath) -> (String, String?)? {
        if link.hasPrefix("//") || ContentLink.scheme(of: link) != nil { return nil }
        let (address, fragment) = ContentLink.splitFragment(link)
        if address.isEmpty { return (page.value, fragment) }
        let folder = page.value.split(separator: "/").dropLast().map(String.init)
        var parts = folder
        for part in (address.removingPercentEncoding ?? address).split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..":
                if parts.isEmpty { return ("../" + address, fragment) }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return (parts.joined(separator: "/"), fragment)
    }

    /// The values of an attribute, as `name="value"` in generated markup, entities
    /// decoded. Scans bytes: pages may be megabytes long.
    static func values(of attribute: String, in data: Data) -> [String] {
        let bytes = [UInt8](data), marker = Array(" \(attribute)=\"".utf8)
        var values: [String] = []
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) {
                let start = index + marker.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                values.append(decodeEntities(String(decoding: bytes[start..<end], as: UTF8.self)))
                index = end
            } else {
                index += 1
            }
        }
        return values
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
