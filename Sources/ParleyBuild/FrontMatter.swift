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

    /// Yams' default constructor, shared by every parse: only read, never changed.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Parses `yaml`, which starts on `firstLine` of `file`.
    init(yaml: String, firstLine: Int, file: String, schema: Schema) {
        self.file = file
        positions = YAMLPositions(yaml, firstLine: firstLine, closed: schema.kind != Schema.site.kind)
        start = Position(line: max(firstLine - 1, 1), column: 1)
        if let anchor = YAMLAnchors.first(in: yaml) {
            report(Position(line: anchor.line + firstLine - 1, column: anchor.column),
                   "YAML anchors and aliases are not allowed in front matter; write each value out "
                   + "(quote the value if the '&' or '*' is part of its text)")
            return
        }
        let root: Node?
        do {
            // The encoding named, so Yams does not read the environment for each
            // file. The basic resolver tags every scalar as text instead of
            // matching it against the YAML 1.1 patterns: the typed accessors
            // below read the text themselves, and the patterns cost more than
            // the rest of the parse. The constructor is made once: `.default`
            // builds its tables anew each time it is asked for.
            root = try Yams.compose(yaml: yaml, .basic, FrontMatter.constructor, .utf8)
        } catch {
            diagnostics.append(FrontMatter.diagnostic(for: error, file: file, positions: positions))
            return
        }
        guard let root else {
            report(start, "the front matter is empty; \(schema.kind) files need \(FrontMatter.list(schema.required))")
            return
        }
        guard case let .mapping(mapping) = root else {
            report(position(of: root),
                   "the front matter must be 'key: value' lines, not \(FrontMatter.describe(root))")
            return
        }
        for (keyNode, value) in mapping {
            let keyPosition = position(of: keyNode)
            guard case let .scalar(scalar) = keyNode else {
                report(keyPosition, "a key must be a plain word such as 'title'")
                continue
            }
            let key = scalar.string
            guard schema.keys.contains(key) else {
                report(keyPosition, "unknown key '\(key)' in \(FrontMatter.article(schema.kind)).\(didYouMean(key, in: schema.keys)) "
                    + "The keys are \(FrontMatter.list(schema.keys)).")
                continue
            }
            entries[key] = Entry(value: value, key: keyPosition,
                                 position: valuePosition(of: value))
        }
        for key in schema.required where entries[key] == nil {
            report(start, "missing required key '\(key)' in \(FrontMatter.article(schema.kind)); add a line '\(key): …' to the front matter")
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
            report(entry.position, "'\(key)' is empty; give it a value or remove the line")
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ key: String) -> Int? {
        guard let entry = entries[key] else { return nil }
        guard case let .scalar(scalar) = entry.value, scalar.style == .plain, let number = Int(scalar.string) else {
            return wrongType(key, "a whole number such as 3", entry)
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
        default: return wrongType(key, "true or false", entry)
        }
    }

    mutating func day(_ key: String) -> Day? {
        guard let entry = entries[key] else { return nil }
        guard case let .scalar(scalar) = entry.value, let day = Day(iso: scalar.string) else {
            let found = entry.value.scalar.map { " ('\($0.string)')" } ?? ""
            report(entry.position, "'\(key)' must be a real day written YYYY-MM-DD, such as 2020-07-20\(found)")
            return nil
        }
        return day
    }

    /// A list of ids, each with its position; a single id is accepted as a list of one.
    mutating func ids(_ key: String) -> [(String, Position)]? {
        guard let entry = entries[key] else { return nil }
        let items: [Node]
        switch entry.value {
        case let .sequence(sequence): items = Array(sequence)
        case .scalar: items = [entry.value]
        default: return wrongType(key, "a list of ids", entry)
        }
        var ids: [(String, Position)] = []
        for item in items {
            let position = valuePosition(of: item)
            guard case let .scalar(scalar) = item else {
                report(position, "each item of '\(key)' must be an id such as 'afghanistan'")
                continue
            }
            ids.append((scalar.string, itemPosition(item, entry)))
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

    mutating func wrongType<T>(_ key: String, _ expected: String, _ entry: Entry) -> T? {
        report(entry.position, "'\(key)' must be \(expected), not \(FrontMatter.describe(entry.value))")
        return nil
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

    static func diagnostic(for error: Error, file: String, positions: YAMLPositions) -> Diagnostic {
        let firstLine = positions.firstLine
        func at(_ mark: Mark, _ problem: String) -> Diagnostic {
            if problem.hasPrefix("Maximum nesting level") {
                return .error(file, positions.position(line: mark.line, column: mark.column),
                              "the front matter nests lists or mappings too deeply; no key needs more than a list of values")
            }
            return .error(file, positions.position(line: mark.line, column: mark.column),
                          "the front matter is not valid YAML: \(problem)")
        }
        switch error {
        case let YamlError.scanner(_, problem, mark, _),
             let YamlError.parser(_, problem, mark, _),
             let YamlError.composer(_, problem, mark, _):
            return at(mark, problem)
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            return .error(file, positions.position(line: context.mark.line, column: context.mark.column),
                          "the key '\(duplicates.joined(separator: "', '"))' is given twice; keep one")
        case let YamlError.reader(problem, offset, _, yaml):
            // The offset counts characters from the start of the YAML.
            let before = yaml.prefix(max(offset ?? 0, 0))
            let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return .error(file, Position(line: firstLine + line, column: column), "the front matter cannot be read: \(problem)")
        default:
            return .error(file, Position(line: firstLine, column: 1), "the front matter is not valid YAML: \(error)")
        }
    }
}

extension FrontMatter {
    static func list(_ keys: [String]) -> String {
        keys.map { "'\($0)'" }.joined(separator: ", ")
    }

    static func article(_ kind: String) -> String {
        kind.hasSuffix(".yml") ? kind : (kind.first.map { "aeiou".contains($0) } == true ? "an \(kind)" : "a \(kind)")
    }
}
