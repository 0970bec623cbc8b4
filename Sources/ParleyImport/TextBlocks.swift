/// Splitting text into paragraphs, with the white space inside each normalised.
enum TextBlocks {
    /// A plain-text transcript's paragraphs. Text with long lines is not wrapped,
    /// so each line is a paragraph even without a blank line between; wrapped
    /// text (no line over 100 characters) has blank lines between paragraphs.
    static func plain(_ text: String) -> [SourceBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let wrapped = !lines.contains { $0.count > 100 }
        var blocks: [SourceBlock] = []
        var current: [String] = []
        var start = 0
        func flush() {
            blocks += paragraphs(current, firstLine: start)
            current = []
        }
        for (index, line) in lines.enumerated() {
            let cleaned = normalised(line)
            if cleaned.isEmpty { flush(); continue }
            if !wrapped { flush() }
            if current.isEmpty { start = index + 1 }
            current.append(cleaned)
        }
        flush()
        return blocks
    }

    /// A Markdown text's top-level blocks: blank lines separate them, and a
    /// heading is a block of its own even with no blank line around it.
    static func markdown(_ text: String, firstLine: Int) -> [SourceBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [SourceBlock] = []
        var current: [String] = []
        var start = 0
        func flush() {
            blocks += paragraphs(current, firstLine: start)
            current = []
        }
        for (index, line) in lines.enumerated() {
            let cleaned = normalised(line)
            let lineNumber = firstLine + index
            if cleaned.isEmpty { flush(); continue }
            if let level = setextLevel(cleaned), current.count == 1 {
                current[0] = String(repeating: "#", count: level) + " " + current[0]
                flush()
                continue
            }
            if cleaned.hasPrefix("#") && headingLevel(cleaned) != nil {
                flush()
                blocks.append(SourceBlock(text: cleaned, line: lineNumber))
                continue
            }
            if current.isEmpty { start = lineNumber }
            current.append(cleaned)
        }
        flush()
        return blocks
    }

    /// The level of an ATX heading (`## text`), or nil.
    static func headingLevel(_ text: String) -> Int? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    /// A line's white space: trimmed, and every run of spaces and tabs made one space.
    static func normalised(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

private extension TextBlocks {
    /// A run of lines between blank lines as paragraphs: one, wrapped, unless a
    /// line before the last is short, as in a title block (`Interview with …`,
    /// `Date: …`) or a `Q: … / A: …` pair: then each line is a paragraph.
    static func paragraphs(_ lines: [String], firstLine: Int) -> [SourceBlock] {
        guard !lines.isEmpty else { return [] }
        let structured = isListItem(lines[0]) || lines[0].hasPrefix(">")
        if structured || !lines.dropLast().contains(where: { $0.count < 40 }) {
            return [SourceBlock(text: join(lines), line: firstLine)]
        }
        return lines.enumerated().map { SourceBlock(text: $1, line: firstLine + $0) }
    }

    /// The lines of one paragraph as one line; a list or a quote keeps its structure.
    static func join(_ lines: [String]) -> String {
        if lines.count > 1, isListItem(lines[0]) { return lines.joined(separator: "\n") }
        if lines.allSatisfy({ $0.hasPrefix(">") }) {
            let inner = lines.map { String($0.dropFirst()).droppingPrefix(" ") }
            return "> " + inner.joined(separator: " ")
        }
        return lines.joined(separator: " ")
    }

    static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 4 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    /// `1` for a line of `=`, `2` for a line of `-` (a setext underline).
    static func setextLevel(_ line: String) -> Int? {
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.count >= 3, line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }
}

private extension String {
    func droppingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
