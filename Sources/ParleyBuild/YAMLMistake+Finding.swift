extension YAMLMistake {
    /// A mistake and where it is in the file.
    struct Found: Equatable {
        var mistake: YAMLMistake
        var position: Position
    }

    /// The first mistake of `yaml` (which starts on `firstLine` of its file) on
    /// or before `noticedLine`, where the YAML reader gave up: a reader notices
    /// a mistake where it is or later, never earlier.
    static func find(in yaml: String, firstLine: Int, noticedLine: Int) -> Found? {
        var reader = Reader()
        for (offset, text) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = YAMLLine(text, number: firstLine + offset)
            guard line.number <= noticedLine else { break }
            if let found = reader.read(line, rest: yaml) { return found }
        }
        return nil
    }

    /// Where the key that is given twice is given the second time, and the line of the first.
    static func duplicate(_ key: String, in yaml: String, firstLine: Int) -> Found? {
        var first: Int?
        for (offset, text) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = YAMLLine(text, number: firstLine + offset)
            guard line.key == key, line.indent == 0 else { continue }
            if let first {
                return Found(mistake: .duplicateKey(key: key, firstLine: first), position: Position(line: line.number, column: 1))
            }
            first = line.number
        }
        return nil
    }
}

// MARK: - Reading line by line

private extension YAMLMistake {
    /// What the lines read so far leave open: a `|` or `>` text, a list.
    struct Reader {
        var previous: YAMLLine?
        /// The indent of the key whose `|` or `>` text is being read.
        var blockTextIndent: Int?
        /// The key of the list being read, and the indent and line of its first item.
        var listKey: String?
        var listIndent: Int?
        var listLine = 0
        /// The key of the plain value being read, and its text so far (it may go on over indented lines).
        var plainKey: String?
        var plainText = ""

        mutating func read(_ line: YAMLLine, rest yaml: String) -> Found? {
            if let indent = blockTextIndent {
                if line.text.allSatisfy({ $0 == " " }) || line.indent > indent { return nil }
                blockTextIndent = nil
            }
            if line.isBlank { return nil }
            if line.tabbed { return Found(mistake: .tab(line: line.number), position: Position(line: line.number, column: 1)) }
            defer { previous = line }
            if line.isItem { return item(line, rest: yaml) }
            if let key = line.key { return keyLine(line, key: key, rest: yaml) }
            return text(line)
        }

        mutating func item(_ line: YAMLLine, rest yaml: String) -> Found? {
            plainKey = nil
            let value = String(line.value ?? "")
            let at = Position(line: line.number, column: line.indent + 1)
            let inList = listIndent != nil && previous.map { $0.isItem || $0.key == nil } == true
            if inList, let listIndent {
                if line.indent < listIndent {
                    return Found(mistake: .unevenItems(key: listKey, firstLine: listLine), position: at)
                }
            } else if let previous, previous.opensBlock {
                listKey = previous.key
                listIndent = line.indent
                listLine = line.number
            } else {
                return Found(mistake: .itemOutsideList(item: value, key: previous?.key), position: at)
            }
            return YAMLMistake.check(line, key: listKey, rest: yaml)
        }

        mutating func keyLine(_ line: YAMLLine, key: String, rest yaml: String) -> Found? {
            let nested = previous.map { $0.opensBlock && $0.indent < line.indent } ?? false
            if line.indent > 0, !nested, listIndent == nil || previous?.isItem != true {
                // Words before the ':' are the text of the value above going on, not a key.
                if let plainKey, key.contains(" "), let colon = YAMLMistake.colonColumn(in: line.text, of: line) {
                    let text = plainText + " " + line.text.drop { $0 == " " }.trimmingTrailingSpaces
                    return Found(mistake: .colonInValue(key: plainKey, value: text), position: Position(line: line.number, column: colon))
                }
                return Found(mistake: .indentedKey(key: key, spaces: line.indent), position: Position(line: line.number, column: 1))
            }
            plainKey = nil
            if let value = line.value, let first = value.first, !"\"'[{|>&*!@`".contains(first) {
                plainKey = key
                plainText = String(value)
            }
            if line.indent == 0 { listKey = nil; listIndent = nil }
            if line.opensBlockText { blockTextIndent = line.indent }
            return YAMLMistake.check(line, key: key, rest: yaml)
        }

        mutating func text(_ line: YAMLLine) -> Found? {
            if line.indent > 0, plainKey != nil {
                plainText += " " + line.text.drop { $0 == " " }.trimmingTrailingSpaces
            }
            guard line.indent == 0, let first = line.text.first, first.isLetter || first.isNumber else { return nil }
            if let colon = line.text.firstIndex(of: ":"), line.text[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }) {
                let value = line.text[line.text.index(after: colon)...].trimmingTrailingSpaces
                return Found(mistake: .noSpaceAfterColon(key: String(line.text[..<colon]), value: String(value)),
                             position: Position(line: line.number, column: line.text.distance(from: line.text.startIndex, to: colon) + 2))
            }
            return Found(mistake: .notKeyValue(text: String(line.text.trimmingTrailingSpaces)), position: Position(line: line.number, column: 1))
        }
    }

    /// The mistakes of one value: its quotes, its brackets, a `: ` or a reserved character in it.
    static func check(_ line: YAMLLine, key: String?, rest yaml: String) -> Found? {
        guard let value = line.value, let first = value.first else { return nil }
        let at = Position(line: line.number, column: line.valueColumn)
        switch first {
        case "\"", "'":
            guard let close = closingQuote(of: value) else {
                return Found(mistake: .unclosedQuote(key: key, quote: first, line: line.number), position: at)
            }
            let after = value[value.index(after: close)...]
            if let extra = after.firstIndex(where: { $0 != " " && $0 != "\t" }) {
                let column = line.text.distance(from: line.text.startIndex, to: extra) + 1
                return Found(mistake: .textAfterQuote(key: key, quote: first), position: Position(line: line.number, column: column))
            }
        case "[":
            let closed = value.contains("]") || yaml.split(separator: "\n").drop { $0 != line.text }.dropFirst().contains { $0.contains("]") }
            if !closed { return Found(mistake: .unclosedBracket(key: key), position: at) }
        case "@", "`":
            guard let key else { return nil }
            return Found(mistake: .reservedStart(key: key, character: first, value: String(value)), position: at)
        case "{", "|", ">", "&", "*", "!": return nil
        default:
            guard let key, let colon = colonColumn(in: value, of: line) else { return nil }
            return Found(mistake: .colonInValue(key: key, value: String(value)), position: Position(line: line.number, column: colon))
        }
        return nil
    }

    /// The index of the quote that closes `value`'s opening one, on the same line.
    static func closingQuote(of value: Substring) -> Substring.Index? {
        let quote = value.first!
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            let next = value.index(after: index)
            if quote == "\"", character == "\\" {
                index = next < value.endIndex ? value.index(after: next) : next
                continue
            }
            if character == quote {
                // In single quotes, '' is a quote within the text.
                if quote == "'", next < value.endIndex, value[next] == "'" {
                    index = value.index(after: next)
                    continue
                }
                return index
            }
            index = next
        }
        return nil
    }

    /// The column of a `:` followed by a space or the end, in a plain value.
    static func colonColumn(in value: Substring, of line: YAMLLine) -> Int? {
        var index = value.startIndex
        while index < value.endIndex {
            let next = value.index(after: index)
            if value[index] == ":", next == value.endIndex || value[next] == " " {
                return line.text.distance(from: line.text.startIndex, to: index) + 1
            }
            index = next
        }
        return nil
    }
}
