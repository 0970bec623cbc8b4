import Foundation
import ParleyBuild
import ParleySite

/// What one case did: its outcome's shape, and any broken invariant.
struct Outcome {
    /// The kinds of diagnostics it gave (messages with names and numbers taken out), and "built" if it built.
    var kinds: Set<String>
    var signature: String { kinds.sorted().joined(separator: "\n") }
    var findings: [String]
}

/// Runs the load → parse → link → render path on a site folder and checks
/// what must always hold, whatever the content.
enum Invariants {
    static func run(root: URL, files: [String: [UInt8]], threads: Int, drafts: Bool, sample: Int) -> Outcome {
        var findings: [String] = []
        let loaded = SiteLoader.load(root: root, includeDrafts: drafts, threads: threads)
        findings += check(loaded.diagnostics, files: files, root: root)
        guard let site = loaded.site else {
            if loaded.errors.isEmpty { findings.append("the site did not load, but no error says why") }
            return Outcome(kinds: kinds(of: loaded.diagnostics), findings: findings)
        }
        let (output, diagnostics) = SiteRenderer.render(site, assets: loaded.assets, root: root, threads: threads)
        findings += check(diagnostics, files: files, root: root)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return Outcome(kinds: kinds(of: loaded.diagnostics + diagnostics), findings: findings)
        }
        for broken in RenderedLinks.check(output) {
            findings.append("a successful build has a broken link: \(broken)")
        }
        let paths = output.map(\.path.value)
        if Set(paths).count != paths.count { findings.append("two output files have the same path") }
        let assets = Set(loaded.assets)
        for file in output where file.path.value.hasSuffix(".html") {
            let text = [UInt8](file.bytes)
            if !site.settings.unsafeHTML, let script = foreignScript(in: text) {
                findings.append("\(file.path.value) holds a script that Parley did not write: \(script)")
            }
            // JSON-LD is data, not markup: a browser never reads a tag inside a script element.
            for url in attributeURLs(in: withoutScripts(text)) where isDangerous(url) {
                findings.append("\(file.path.value) links to a dangerous URL: \(url.prefix(80))")
            }
            if !assets.contains(file.path.value), text.contains(0) {
                findings.append("\(file.path.value) holds a NUL")
            }
        }
        // The same content gives the same bytes, whatever the number of threads.
        if sample % 8 == 0, let again = SiteLoader.load(root: root, includeDrafts: drafts, threads: threads == 1 ? 2 : 1).site {
            let other = SiteRenderer.render(again, assets: loaded.assets, root: root, threads: threads == 1 ? 2 : 1).files
            if other.map(\.path) != output.map(\.path) || zip(other, output).contains(where: { $0.bytes != $1.bytes }) {
                findings.append("the output depends on the number of threads")
            }
        }
        return Outcome(kinds: kinds(of: loaded.diagnostics + diagnostics).union(["built"]), findings: findings)
    }

    /// Every diagnostic has a position from 1, within a file that exists.
    static func check(_ diagnostics: [Diagnostic], files: [String: [UInt8]], root: URL) -> [String] {
        var findings: [String] = []
        for diagnostic in diagnostics {
            if diagnostic.line < 1 || diagnostic.column < 1 {
                findings.append("a diagnostic has no position: \(diagnostic)")
            }
            if !FileManager.default.fileExists(atPath: root.appendingPathComponent(diagnostic.file).path) {
                findings.append("a diagnostic names a file that does not exist: \(diagnostic)")
            } else if let bytes = files[diagnostic.file], diagnostic.line > lineCount(bytes) {
                findings.append("a diagnostic is past the end of its file (\(lineCount(bytes)) lines): \(diagnostic)")
            }
        }
        return findings
    }

    /// Lines as Parley counts them: LF, CRLF and a lone CR each end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) { count += 1 }
        }
        return count
    }

    static func kinds(of diagnostics: [Diagnostic]) -> Set<String> {
        Set(diagnostics.map { diagnostic -> String in
            var message = ""
            var quoted = false
            for character in diagnostic.message {
                if character == "'" { quoted.toggle(); message.append("'"); continue }
                if quoted || character.isNumber { continue }
                message.append(character)
            }
            return diagnostic.severity.rawValue + ": " + message
        })
    }

    // MARK: - Pages

    /// The first `<script` that is not one of Parley's own: JSON-LD whose text
    /// holds no `<`, or a script file of the site's own.
    static func foreignScript(in page: [UInt8]) -> String? {
        let jsonLD = Array("<script type=\"application/ld+json\">".utf8), close = Array("</script>".utf8)
        let source = Array("<script src=\"".utf8), sourceEnd = Array("\"></script>".utf8)
        var index = 0
        while let start = find(Array("<script".utf8), in: page, from: index, caseInsensitive: true) {
            let excerpt = String(decoding: page[start..<min(start + 80, page.count)], as: UTF8.self)
            if matches(jsonLD, page, at: start) {
                let body = start + jsonLD.count
                guard let end = find(close, in: page, from: body) else { return excerpt }
                if page[body..<end].contains(UInt8(ascii: "<")) { return excerpt }
                index = end + close.count
                continue
            }
            if matches(source, page, at: start), let end = find(sourceEnd, in: page, from: start + source.count) {
                let url = page[(start + source.count)..<end]
                if !url.contains(UInt8(ascii: ":")), !url.contains(UInt8(ascii: "<")), url.suffix(3).elementsEqual(Array(".js".utf8)) {
                    index = end + sourceEnd.count
                    continue
                }
            }
            return excerpt
        }
        return nil
    }

    /// The page with the text of each script element blanked out.
    static func withoutScripts(_ page: [UInt8]) -> [UInt8] {
        var page = page
        var index = 0
        while let start = find(Array("<script".utf8), in: page, from: index, caseInsensitive: true),
              let open = page[start...].firstIndex(of: UInt8(ascii: ">")) {
            guard let end = find(Array("</script".utf8), in: page, from: open, caseInsensitive: true) else { break }
            for position in (open + 1)..<end { page[position] = 0x20 }
            index = end + 1
        }
        return page
    }

    static func matches(_ needle: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        index + needle.count <= bytes.count && bytes[index..<(index + needle.count)].elementsEqual(needle)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            var offset = 0
            while offset < needle.count {
                var byte = bytes[index + offset]
                if caseInsensitive, byte >= 65, byte <= 90 { byte += 32 }
                if byte != needle[offset] { break }
                offset += 1
            }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    /// The values of `href`, `src`, `action`, `formaction`, `xlink:href`, `poster` and `data`, however quoted.
    static func attributeURLs(in page: [UInt8]) -> [String] {
        var urls: [String] = []
        let names: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"]
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        var index = 0
        while index < page.count {
            defer { index += 1 }
            guard page[index] == UInt8(ascii: "=") else { continue }
            var nameEnd = index
            while nameEnd > 0, isBlank(page[nameEnd - 1]) { nameEnd -= 1 }
            var nameStart = nameEnd
            while nameStart > 0, nameEnd - nameStart < 12,
                  (page[nameStart - 1] | 0x20) >= 97 && (page[nameStart - 1] | 0x20) <= 122 || page[nameStart - 1] == UInt8(ascii: ":") {
                nameStart -= 1
            }
            guard nameStart > 0, isBlank(page[nameStart - 1]) || page[nameStart - 1] == UInt8(ascii: "/") else { continue }
            guard names.contains(String(decoding: page[nameStart..<nameEnd], as: UTF8.self).lowercased()) else { continue }
            var valueStart = index + 1
            while valueStart < page.count, isBlank(page[valueStart]) { valueStart += 1 }
            guard valueStart < page.count else { break }
            var valueEnd: Int
            if page[valueStart] == UInt8(ascii: "\"") || page[valueStart] == UInt8(ascii: "'") {
                let quote = page[valueStart]
                valueStart += 1
                valueEnd = valueStart
                while valueEnd < page.count, page[valueEnd] != quote { valueEnd += 1 }
            } else {
                valueEnd = valueStart
                while valueEnd < page.count, !isBlank(page[valueEnd]), page[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
            }
            urls.append(String(decoding: page[valueStart..<valueEnd], as: UTF8.self))
            index = valueEnd
        }
        return urls
    }

    /// Whether a browser would run the URL as code: entities decoded, blanks
    /// and control characters dropped, as browsers do before reading a scheme.
    static func isDangerous(_ url: String) -> Bool {
        let decoded = decodeEntities(url)
        let squeezed = String(String.UnicodeScalarView(decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
            .lowercased()
        return squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("vbscript:")
    }

    /// Numeric and the common named character references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let end = after.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "#") }) ?? after.endIndex
            let name = String(after[..<end])
            var consumed = after[end...]
            if consumed.first == ";" { consumed = consumed.dropFirst() }
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t",
                         "NewLine": "\n", "sol": "/", "lpar": "(", "rpar": ")"]
            if let value = named[name] {
                out += value
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16),
                      let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "&" + name
                if consumed.startIndex != after[end...].startIndex { out += ";" }
            }
            rest = consumed
        }
        return out + rest
    }
}
