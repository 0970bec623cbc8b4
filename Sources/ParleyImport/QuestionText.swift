import Foundation

/// Tidying a question as found: its number taken off, and the syntax that
/// would stop it being one paragraph of inline Markdown escaped.
enum QuestionText {
    /// `1. What…`, `5: What…`, `2) What…` → `What…`.
    static func withoutNumber(_ text: String) -> String {
        guard let found = text.prefixMatch(of: #/\d{1,3}[ \t]*\\?[.:)][ \t]+/#) else { return text }
        return String(text[found.range.upperBound...])
    }

    /// A question label at the start of a heading (`Q1.`, `Question 2:`) or its number, taken off.
    static func withoutLabel(_ text: String) -> String {
        if let found = text.prefixMatch(of: #/(?i)(?:question|q)[ \t]*\d{0,3}[ \t]*[.:)\-–][ \t]*/#) {
            return String(text[found.range.upperBound...])
        }
        if let found = text.prefixMatch(of: #/(?i)q\d{1,3}[ \t]+/#) {
            return String(text[found.range.upperBound...])
        }
        return withoutNumber(text)
    }
}

extension QuestionText {
    /// The question as one paragraph of inline Markdown: on one line, and with
    /// a start that would make it a heading, list or quote escaped.
    static func inline(_ text: String) -> String {
        MarkdownEscape.block(text.replacingOccurrences(of: "\n", with: " "))
    }
}
