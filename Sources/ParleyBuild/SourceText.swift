import Foundation

/// A content file's text, split into its YAML front matter and its Markdown body.
struct SourceText {
    /// The YAML between the two `---` lines (or the whole file, for `site.yml`).
    var yaml: String
    /// The file line on which the YAML starts.
    var yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    var body: String
    /// The file line on which the body starts.
    var bodyFirstLine: Int

    /// Decodes a file's bytes as UTF-8 text: a byte-order mark is dropped, CRLF
    /// line endings become LF. Returns a diagnostic where the bytes are not text.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0 {
                let column = characterColumn(bytes[lineStart..<index])
                return .failure(.error(file, Position(line: line, column: column),
                    "the file holds a NUL byte; content files must be UTF-8 text"))
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let position = firstInvalidUTF8(bytes)
            return .failure(.error(file, position,
                "the file is not valid UTF-8 text; save it as UTF-8"))
        }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    /// Splits a Markdown file's front matter from its body.
    static func split(_ text: String, file: String) -> Result<SourceText, Diagnostic> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.error(file, .start,
                "the file must start with front matter: a line '---', the keys, and another line '---'"))
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" }) else {
            return .failure(.error(file, .start,
                "the front matter is not closed: add a line '---' after its last key"))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(SourceText(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var line = self
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return line
    }
}

/// The 1-based character column after `prefix`, the bytes of a line before a position.
func characterColumn(_ prefix: ArraySlice<UInt8>) -> Int {
    String(decoding: prefix, as: UTF8.self).count + 1
}

/// The character column of a byte column in `line`.
func characterColumn(byteColumn: Int, in line: Substring) -> Int {
    let utf8 = Array(line.utf8)
    return characterColumn(utf8[..<min(max(byteColumn - 1, 0), utf8.count)])
}

private func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Position {
    var line = 1
    var lineStart = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let byte = bytes[index]
        let length: Int
        switch byte {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: length = 0
        }
        let end = index + length
        if length == 0 || end > bytes.endIndex
            || String(validating: bytes[index..<end], as: UTF8.self) == nil {
            return Position(line: line, column: characterColumn(bytes[lineStart..<index]))
        }
        if byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = end
        }
        index = end
    }
    return Position(line: line, column: 1)
}
