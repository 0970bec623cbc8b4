/// Writing text that is not Markdown so that Markdown shows it as written.
enum MarkdownEscape {
    /// Text with the characters of inline Markdown escaped: emphasis, code, links, HTML.
    static func inline(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\*_`[]<".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A paragraph of plain text with the syntax that would make it a heading,
    /// quote, list or rule escaped; emphasis written with `*` is kept as emphasis.
    static func block(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>".contains(first) || (["-", "+", "*"].contains(first) && text.dropFirst().first == " ") {
            return "\\" + text
        }
        if first == "=" || (first == "-" && text.allSatisfy { $0 == "-" || $0 == " " }) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < 10, let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")",
           text.dropFirst(digits.count + 1).first.map({ $0 == " " }) ?? true {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
