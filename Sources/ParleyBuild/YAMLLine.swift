/// One line of front matter, read the way an editor sees it: its indent,
/// and either a `key: value`, a `- item`, or text.
///
/// This is not a YAML parser: it reads the few shapes front matter has, so
/// that a line the YAML reader rejected can be described in its own words.
struct YAMLLine {
    /// The line in the file, from 1.
    let number: Int
    let text: Substring
    /// Spaces before the first character (a tab stops the count).
    let indent: Int
    /// Whether the indent holds a tab.
    let tabbed: Bool
    /// The key, for a `key: value` line.
    let key: String?
    /// The value after the key's `:` or the item's `- `, comments and trailing spaces left off.
    let value: Substring?
    /// The column of the value's first character.
    let valueColumn: Int
    let isItem: Bool

    init(_ text: Substring, number: Int) {
        self.number = number
        self.text = text
        let leading = text.prefix { $0 == " " || $0 == "\t" }
        tabbed = leading.contains("\t")
        indent = leading.prefix { $0 == " " }.count
        let content = text.dropFirst(leading.count)
        if content == "-" || content.hasPrefix("- ") {
            isItem = true
            key = nil
            let item = content.dropFirst().drop { $0 == " " }
            value = YAMLLine.withoutComment(item)
            valueColumn = text.distance(from: text.startIndex, to: item.startIndex) + 1
            return
        }
        isItem = false
        if let colon = YAMLLine.keyColon(in: content) {
            key = String(content[..<colon].trimmingTrailingSpaces)
            let after = content[content.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            value = YAMLLine.withoutComment(after)
            valueColumn = text.distance(from: text.startIndex, to: after.startIndex) + 1
        } else {
            key = nil
            value = nil
            valueColumn = leading.count + 1
        }
    }

    /// Blank, or only a comment.
    var isBlank: Bool {
        let content = text.drop { $0 == " " || $0 == "\t" }
        return content.isEmpty || content.first == "#"
    }

    /// A key with nothing after it, which a list or a mapping below may fill.
    var opensBlock: Bool { key != nil && (value?.isEmpty ?? true) }

    /// A `|` or `>` value, whose text is the indented lines below.
    var opensBlockText: Bool {
        guard let first = value?.first else { return false }
        return first == "|" || first == ">"
    }

    // MARK: - Reading

    /// The `:` that ends a plain key: the first one followed by a space or the line's end,
    /// in text that does not start as a quoted or bracketed value.
    private static func keyColon(in content: Substring) -> Substring.Index? {
        guard let first = content.first, !"\"'[{#&*!|>%@`".contains(first) else { return nil }
        var index = content.startIndex
        while index < content.endIndex {
            if content[index] == ":" {
                let next = content.index(after: index)
                if next == content.endIndex || content[next] == " " || content[next] == "\t" { return index }
            }
            if content[index] == "#", index > content.startIndex, content[content.index(before: index)] == " " { return nil }
            index = content.index(after: index)
        }
        return nil
    }

    /// The value without a trailing ` # comment`, outside quotes, and without trailing spaces.
    private static func withoutComment(_ value: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        var index = value.startIndex
        while index < value.endIndex {
            let character = value[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if index == value.startIndex, character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return value[..<index].trimmingTrailingSpaces
            }
            previous = character
            index = value.index(after: index)
        }
        return value.trimmingTrailingSpaces
    }
}
