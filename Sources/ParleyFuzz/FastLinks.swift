import Foundation
import ParleyBuild

/// The check of `RenderedLinks`, on bytes: every relative ` href="…"` and
/// ` src="…"` of an HTML page names an output file, and its fragment an
/// ` id="…"` of that file. Links with a scheme, `//` links and those that
/// climb above the site are not checked, as there.
enum FastLinks {
    static func broken(_ files: [OutputFile]) -> [String] {
        var byPath: [String: Data] = [:]
        for file in files { byPath[file.path.value] = file.bytes }
        var ids: [String: Set<String>] = [:]
        var broken: [String] = []
        for file in files where file.path.value.hasSuffix(".html") && file.path.value != "404.html" {
            let bytes = [UInt8](file.bytes)
            let folder = file.path.value.split(separator: "/").dropLast().map(String.init)
            for link in values(" href=\"", bytes) + values(" src=\"", bytes) {
                guard let (target, fragment) = resolve(link, folder: folder, page: file.path.value) else { continue }
                guard let targetBytes = byPath[target] else {
                    broken.append("\(file.path.value): \(link)")
                    continue
                }
                if let fragment {
                    if ids[target] == nil { ids[target] = Set(values(" id=\"", [UInt8](targetBytes))) }
                    if !ids[target]!.contains(fragment) { broken.append("\(file.path.value): \(link)") }
                }
            }
        }
        return broken
    }

    static func values(_ marker: String, _ bytes: [UInt8]) -> [String] {
        let marker = Array(marker.utf8)
        var values: [String] = []
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) {
                let start = index + marker.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                values.append(decode(String(decoding: bytes[start..<end], as: UTF8.self)))
                index = end
            } else {
                index += 1
            }
        }
        return values
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func resolve(_ link: String, folder: [String], page: String) -> (String, String?)? {
        if link.hasPrefix("//") || hasScheme(link) { return nil }
        let hash = link.firstIndex(of: "#")
        let address = hash.map { String(link[..<$0]) } ?? link
        let fragment = hash.map { String(link[link.index(after: $0)...]) }
        if address.isEmpty { return (page, fragment) }
        var parts = folder
        for part in (address.contains("%") ? address.removingPercentEncoding ?? address : address).split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return (parts.joined(separator: "/"), fragment)
    }

    static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return false }
        let scheme = link[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }
}
