/// A mistake in front matter (or `site.yml`) that the YAML reader rejects,
/// said in an editor's words: what is wrong, and how to fix it.
///
/// The YAML reader's own words ("did not find expected key") name what it
/// expected, on the line where it gave up; `YAMLMistake.find` looks at the
/// text itself to name the mistake, on the line where it is.
enum YAMLMistake: Equatable {
    /// `title: "Groundwater` with no closing quote.
    case unclosedQuote(key: String?, quote: Character, line: Int)
    /// `title: "Water" security`: text after the closing quote.
    case textAfterQuote(key: String?, quote: Character)
    /// `title: Water: a crisis`: a `: ` inside an unquoted value.
    case colonInValue(key: String, value: String)
    /// `title: @handle`: a character YAML keeps for itself, at the start of a value.
    case reservedStart(key: String, character: Character, value: String)
    /// `topics: [water, security` with no closing bracket.
    case unclosedBracket(key: String?)
    /// A tab in a line's indent.
    case tab(line: Int)
    /// `  summary: …` indented under a key that already has its value.
    case indentedKey(key: String, spaces: Int)
    /// `- water` under a key that already has its value on its line, or under no key.
    case itemOutsideList(item: String, key: String?)
    /// The items of one list at different indents.
    case unevenItems(key: String?, firstLine: Int)
    /// `title:Security`, which YAML reads as text, not as a key and its value.
    case noSpaceAfterColon(key: String, value: String)
    /// A line of text with no `key:`.
    case notKeyValue(text: String)
    /// The same key twice.
    case duplicateKey(key: String, firstLine: Int)
    /// `title: #1 priority`, which YAML reads as an empty title and a comment.
    case commentedOut(key: String, value: String)
    /// None of the above: the YAML reader's own words, and where to look.
    case other(problem: String)

    /// What is wrong and how to fix it; `source` names what holds the YAML
    /// ("the front matter", "site.yml").
    func message(in source: String) -> String {
        switch self {
        case let .unclosedQuote(key, quote, line):
            return "\(YAMLMistake.the(key)) opens a quote (\(quote)) on line \(line) that is never closed: "
                + "add the closing \(quote) at the end of the value"
        case let .textAfterQuote(key, quote):
            return "\(YAMLMistake.the(key)) is in quotes, but more text follows the closing \(quote): "
                + "put the whole value inside the quotes, or take the quotes away"
        case let .colonInValue(key, value):
            return "the value of '\(key)' holds ': ', which YAML reads as the start of another key: "
                + "put the whole value in quotes: \(key): \(YAMLMistake.quoted(value))"
        case let .reservedStart(key, character, value):
            return "the value of '\(key)' starts with '\(character)', which YAML does not allow at the start of a value: "
                + "put the whole value in quotes: \(key): \(YAMLMistake.quoted(value))"
        case let .unclosedBracket(key):
            return "\(YAMLMistake.the(key)) opens a list with '[' that is never closed: add the closing ']' "
                + "(such as [first-id, second-id]), or put the value in quotes if the '[' is part of its text"
        case let .tab(line):
            return "line \(line) is indented with a tab, which YAML does not allow: indent it with spaces instead"
        case let .indentedKey(key, spaces):
            return "'\(key)' is indented by \(spaces) \(spaces == 1 ? "space" : "spaces"), but it is a key of its own: "
                + "start it at the beginning of the line, as the other keys are"
        case let .itemOutsideList(item, key?):
            return "'- \(item)' is a list item, but '\(key)' above it already has a value on its line: "
                + "write the list under a key that stands alone on its line, such as '\(key):' and then '  - \(item)'"
        case let .itemOutsideList(item, .none):
            return "'- \(item)' is a list item with no key above it: write the key alone on the line before it, "
                + "such as 'topics:'"
        case let .unevenItems(key, firstLine):
            return "the items of \(key.map { "'\($0)'" } ?? "this list") do not line up: "
                + "start each '- ' at the same column as the first item, on line \(firstLine)"
        case let .noSpaceAfterColon(key, value):
            return "'\(key):' needs a space after the ':', or YAML does not read it as a key: write '\(key): \(value)'"
        case let .notKeyValue(text):
            return "'\(YAMLMistake.shortened(text))' is not a 'key: value' line: write the key and a ':' before it "
                + "(such as 'summary: \(YAMLMistake.shortened(text))'), or indent it with spaces to continue the value above"
        case let .duplicateKey(key, firstLine):
            return "the key '\(key)' is given twice (first on line \(firstLine)): keep one of the two lines"
        case let .commentedOut(key, value):
            return "'\(key)' is empty, because YAML reads a '#' after a space as the start of a comment: "
                + "put the value in quotes: \(key): \(YAMLMistake.quoted(value))"
        case let .other(problem):
            return "\(source) is not valid YAML here (the YAML reader says: \(problem)); check this line and the one "
                + "above for a quote that is not closed, a ': ' inside a value, or a line indented unlike the others"
        }
    }

    // MARK: - Wording

    private static func the(_ key: String?) -> String {
        key.map { "the value of '\($0)'" } ?? "the list item"
    }

    /// The value in double quotes, or in single quotes if it holds a double quote.
    static func quoted(_ value: String) -> String {
        if !value.contains("\"") { return "\"\(value)\"" }
        return "'\(value.replacingOccurrences(of: "'", with: "''"))'"
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }
}
