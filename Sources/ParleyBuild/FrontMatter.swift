import ParleySite
import Yams

/// The keys a kind of content file may have, and which of them it must.
struct Schema: Sendable {
    var kind: String
    var required: [String]
    var optional: [String]

    var keys: [String] { required + optional }

    static let site = Schema(kind: "site.yml", required: ["title", "base_url"],
                             optional: ["language", "description", "publisher", "unsafe_html",
                                        "logo", "accent", "nav", "footer", "stylesheet", "favicon"])
    static let interview = Schema(kind: "interview", required: ["title", "date", "interviewee", "interviewer"],
                                  optional: ["interviewee_role", "interviewer_role", "publisher", "summary", "draft"])
    static let question = Schema(kind: "question", required: ["number", "title", "question"], optional: ["topics"])
    static let topic = Schema(kind: "topic", required: ["title"], optional: ["summary"])
    static let figure = Schema(kind: "figure", required: ["value", "label"], optional: ["source", "period", "topics"])
    static let page = Schema(kind: "page", required: ["title"], optional: ["description"])
}

/// A file's front matter, checked against its schema, with typed access that
/// reports a wrong type as a diagnostic at the value.
struct FrontMatter {
    struct Entry {
        var value: Node
        var key: Position
        var position: Position
    }

    let file: String
    /// Turns libyaml's marks into file positions.
    let positions: YAMLPositions
    private(set) var entries: [String: Entry] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Where the front matter starts, for keys that are missing.
    let start: Position
    /// The YAML as written, to name a mistake in its own words.
    private let yaml: String
    /// What holds the YAML, as messages name it: "the front matter", or "site.yml".
    let source: String

    /// Parses `yaml`, which starts on `firstLine` of `file`.
    init(yaml: String, firstLine: Int, file: String, schema: Schema) {
        self.file = file
        self.yaml = yaml
        source = schema.kind == Schema.site.kind ? schema.kind : "the front matter"
        positions = YAMLPositions(yaml, firstLine: firstLine, closed: schema.kind != Schema.site.kind)
        start = Position(line: max(firstLine - 1, 1), column: 1)
        if let anchor = YAMLAnchors.first(in: yaml) {
            report(Position(line: anchor.line + firstLine - 1, column: anchor.column),
                   "YAML anchors and aliases are not allowed in \(source); write each value out "
                   + "(quote the value if the '&' or '*' is part of its text)")
            return
        }
        let root: Node?
        do {
            // The encoding named, so Yams does not read the environment for each
            // file. The basic resolver tags every scalar as text instead of
            // matching it against the YAML 1.1 patterns: the typed accessors
            // below read the text themselves, and the patterns cost more than
            // the rest of the parse. The front matter is read as nodes, never
            // made into Swift values, so the constructor has no tables: Yams'
            // `.default` builds its tables anew each time it is asked for.
            root = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
        } catch {
            diagnostics.append(FrontMatter.diagnostic(for: error, file: file, yaml: yaml, positions: positions, source: source))
            return
        }
        guard let root else {
            report(start, "\(source) is empty; \(FrontMatter.article(schema.kind)) needs \(FrontMatter.list(schema.required)), "
                + "each on a line of its own such as '\(schema.required[0]): …'")
            return
        }
        guard case let .mapping(mapping) = root else {
            report(position(of: root),
                   "\(source) must be 'key: value' lines, not \(FrontMatter.describe(root)); write each key at the start of a line, such as '\(schema.required[0]): …'")
            return
        }
        read(mapping, schema: schema)
    }

    /// Takes each key of the schema from `mapping`; reports the others, and the required keys missing.
    private mutating func read(_ mapping: Node.Mapping, schema: Schema) {
        let keys = Set(mapping.compactMap { $0.0.scalar?.string })
        if schema.kind != Schema.site.kind, let kind = WrongFolder.kind(of: keys, filedAs: schema) {
            diagnostics.append(WrongFolder.diagnostic(file: file, kind: kind, filedAs: schema, keys: keys))
            return
        }
        for (keyNode, value) in mapping {
            let keyPosition = position(of: keyNode)
            guard case let .scalar(scalar) = keyNode else {
                report(keyPosition, "a key must be a plain word such as 'title': write the key without quotes, brackets or a '?'")
                continue
            }
            let key = scalar.string
            guard schema.keys.contains(key) else {
                report(keyPosition, FrontMatter.unknownKeyMessage(key, schema))
                continue
            }
            entries[key] = Entry(value: value, key: keyPosition,
                                 position: valuePosition(of: value))
        }
        for key in schema.required where entries[key] == nil {
            report(start, "missing required key '\(key)' in \(FrontMatter.article(schema.kind)); add a line '\(key): …' "
                + (source == Schema.site.kind ? "to \(file)" : "to the front matter, between the two '---' lines"))
        }
    }

    // MARK: - Typed values

    /// A text value; any scalar counts as text (`title: 2020` is the text "2020").
    mutating func text(_ key: String) -> String? {
        guard let entry = entries[key] else { return nil }
        guard case let .scalar(scalar) = entry.value else {
            return wrongType(key, "text", entry)
        }
        if entry.value.null != nil && scalar.style == .plain {
            if let comment = commentedOut(entry) {
                report(entry.position, YAMLMistake.commentedOut(key: key, value: comment).message(in: source))
            } else {
                report(entry.position, "'\(key)' is empty; give it a value or remove the line")
            }
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ key: String) -> Int? {
        guard let entry = entries[key] else { return nil }
        guard case let .scalar(scalar) = entry.value, scalar.style == .plain, let number = Int(scalar.string) else {
            if let scalar = entry.value.scalar, let meant = ValueHint.number(scalar.string) {
                report(entry.position, "'\(key)' must be a whole number written in digits: write '\(key): \(meant)', not '\(scalar.string)'")
                return nil
            }
            return wrongType(key, "a whole number written in digits, such as 3", entry)
        }
        return number
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let entry = entries[key] else { return nil }
        guard case let .scalar(scalar) = entry.value, scalar.style == .plain else {
            return wrongType(key, "true or false", entry)
        }
        switch scalar.string {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            let meant = ValueHint.bool(scalar.string).map { "'\(key): \($0)'" } ?? "'\(key): true' or '\(key): false'"
            report(entry.position, "'\(key)' must be true or false, not '\(scalar.string)': write \(meant)")
            return nil
        }
    }

    mutating func day(_ key: String) -> Day? {
        guard let entry = entries[key] else { return nil }
        guard case let .scalar(scalar) = entry.value, let day = Day(iso: scalar.string) else {
            report(entry.position, FrontMatter.dayMessage(key, entry.value.scalar?.string))
            return nil
        }
        return day
    }

    /// A list of ids, each with its position; a single id is accepted as a list of one.
    mutating func ids(_ key: String) -> [PlacedID]? {
        guard let entry = entries[key] else { return nil }
        let items: [Node]
        switch entry.value {
        case let .sequence(sequence): items = Array(sequence)
        case let .scalar(scalar) where scalar.style == .plain && scalar.string.contains(","):
            report(entry.position, FrontMatter.commaListMessage(key, scalar.string))
            return nil
        case .scalar: items = [entry.value]
        default: return wrongType(key, "a list of ids", entry)
        }
        var ids: [PlacedID] = []
        for item in items {
            let position = valuePosition(of: item)
            guard case let .scalar(scalar) = item else {
                report(position, "each item of '\(key)' must be an id, such as first-id: write one id on each '- ' line")
                continue
            }
            ids.append(PlacedID(id: scalar.string, position: itemPosition(item, entry)))
        }
        return ids
    }

    /// The position of the value's text: for a block scalar (`>-`, `|`), the first line of its content.
    func textPosition(_ key: String) -> Position? {
        guard let entry = entries[key] else { return nil }
        return entry.position
    }

    /// The value of `key` as YAML left it, for values of a shape of their own (`nav`).
    func node(_ key: String) -> Node? {
        entries[key]?.value
    }

    /// Where a node of a value starts in the file (past an opening quote).
    func position(ofValue node: Node) -> Position {
        valuePosition(of: node)
    }

    /// The YAML style of a scalar value, for placing positions within it.
    func style(_ key: String) -> Node.Scalar.Style? {
        entries[key]?.value.scalar?.style
    }

    mutating func report(_ position: Position, _ message: String) {
        diagnostics.append(.error(file, position, message))
    }
}

// MARK: - Positions and messages

private extension FrontMatter {
    func position(of node: Node) -> Position {
        guard let mark = node.mark else { return start }
        return positions.position(line: mark.line, column: mark.column)
    }

    /// The start of a value's text: past the opening quote, or on the line after a block indicator.
    func valuePosition(of node: Node) -> Position {
        var position = position(of: node)
        if case let .scalar(scalar) = node {
            switch scalar.style {
            case .singleQuoted, .doubleQuoted: position.column += 1
            case .literal, .folded: position = Position(line: position.line + 1, column: 1)
            default: break
            }
        }
        return position
    }

    func itemPosition(_ item: Node, _ entry: Entry) -> Position {
        guard item.mark != nil else { return entry.position }
        return position(of: item)
    }

    /// The text after a `#` on an empty value's line: what the user meant as its value.
    func commentedOut(_ entry: Entry) -> String? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let index = entry.key.line - positions.firstLine
        guard lines.indices.contains(index), let hash = lines[index].firstIndex(of: "#") else { return nil }
        let text = lines[index][lines[index].index(after: hash)...].trimmingTrailingSpaces
        return text.allSatisfy({ $0 == " " }) ? nil : "#" + text
    }

    mutating func wrongType<T>(_ key: String, _ expected: String, _ entry: Entry) -> T? {
        report(entry.position, "'\(key)' must be \(expected), not \(FrontMatter.describe(entry.value)): "
            + FrontMatter.fix(key, expected))
        return nil
    }

    /// How to write a value of the kind `expected` describes.
    static func fix(_ key: String, _ expected: String) -> String {
        switch expected {
        case "text": return "write the text on the line of '\(key):', after it"
        case "a list of ids": return "write it as \(key): [first-id, second-id]"
        case "true or false": return "write '\(key): true' or '\(key): false'"
        default: return "write it as '\(key): 3'"
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar):
            if node.null != nil, scalar.style == .plain { return "nothing" }
            return "'\(scalar.string)'"
        }
    }

    static func diagnostic(for error: Error, file: String, yaml: String, positions: YAMLPositions, source: String) -> Diagnostic {
        let firstLine = positions.firstLine
        func at(_ mark: Mark, _ problem: String) -> Diagnostic {
            let noticed = positions.position(line: mark.line, column: mark.column)
            if problem.hasPrefix("Maximum nesting level") {
                return .error(file, noticed, "\(source) nests lists or mappings too deeply; no key needs more than a list of values: write this value as text or as one list")
            }
            let found = YAMLMistake.find(in: yaml, firstLine: firstLine, noticedLine: noticed.line)
                ?? YAMLMistake.Found(mistake: .other(problem: problem), position: noticed)
            return .error(file, found.position, found.mistake.message(in: source))
        }
        switch error {
        case let YamlError.scanner(_, problem, mark, _),
             let YamlError.parser(_, problem, mark, _),
             let YamlError.composer(_, problem, mark, _):
            return at(mark, problem)
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            if let key = duplicates.first, let found = YAMLMistake.duplicate(key, in: yaml, firstLine: firstLine) {
                return .error(file, found.position, found.mistake.message(in: source))
            }
            return .error(file, positions.position(line: context.mark.line, column: context.mark.column),
                          "the key '\(duplicates.joined(separator: "', '"))' is given twice; keep one")
        case let YamlError.reader(problem, offset, _, yaml):
            // The offset counts characters from the start of the YAML.
            let before = yaml.prefix(max(offset ?? 0, 0))
            let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return .error(file, Position(line: firstLine + line, column: column),
                          "\(source) cannot be read: \(problem); remove the invisible character here "
                              + "(it often comes with text pasted from another program)")
        default:
            return .error(file, Position(line: firstLine, column: 1), YAMLMistake.other(problem: "\(error)").message(in: source))
        }
    }
}

extension FrontMatter {
    /// What is wrong with a day, with the user's own day written the right way when it can be read.
    static func dayMessage(_ key: String, _ written: String?) -> String {
        guard let written else { return "'\(key)' must be a day written YYYY-MM-DD (year, month, day), such as 2024-03-05" }
        if let day = ValueHint.day(written) {
            return "'\(key)' must be written YYYY-MM-DD (year, month, day): write '\(key): \(day.iso)' for \(day.long), not '\(written)'"
        }
        let parts = written.split(separator: "-")
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return "'\(key)' is \(written), a day that does not exist: check the month and the day, written YYYY-MM-DD"
        }
        return "'\(key)' must be a day written YYYY-MM-DD (year, month, day), such as 2024-03-05 for 5 March 2024, not '\(written)'"
    }

    /// An unknown key, with the key meant: the nearest, or the one it is the start of (`base` for `base_url`).
    static func unknownKeyMessage(_ key: String, _ schema: Schema) -> String {
        let meant = nearest(to: key, in: schema.keys)
            ?? (key.count >= 3 ? schema.keys.first { $0.hasPrefix(key.lowercased()) } : nil)
        let keys = "The keys are \(FrontMatter.list(schema.keys))."
        guard let meant else { return "unknown key '\(key)' in \(article(schema.kind)). \(keys) Correct it, or remove the line." }
        return "unknown key '\(key)' in \(article(schema.kind)). Did you mean '\(meant)'? \(keys)"
    }

    /// A list written as one text with commas: the two ways to write it.
    static func commaListMessage(_ key: String, _ written: String) -> String {
        let ids = written.split(separator: ",").map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
        return "'\(key)' is a list, and '\(written)' is one text with commas in it: write it as "
            + "\(key): [\(ids.joined(separator: ", "))], or with '\(key):' alone on its line and each id on a line "
            + "of its own below it, such as '  - \(ids.first ?? "first-id")'"
    }

    static func list(_ keys: [String]) -> String {
        keys.map { "'\($0)'" }.joined(separator: ", ")
    }

    static func article(_ kind: String) -> String {
        kind.hasSuffix(".yml") ? kind : (kind.first.map { "aeiou".contains($0) } == true ? "an \(kind)" : "a \(kind)")
    }
}
