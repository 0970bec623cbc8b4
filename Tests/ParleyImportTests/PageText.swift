import Foundation

/// A built page, or a Markdown paragraph, as the words a reader sees, so that
/// the two compare: tags and emphasis marks out, entities decoded, cmark's
/// smart punctuation undone, white space normalised.
enum PageText {
    static func of(html: String) -> String {
        var text = html.replacingOccurrences(
            of: #"</?(p|div|li|ul|ol|h[1-6]|br|section|article|blockquote|header|footer|nav|main|aside|td|tr)\b[^>]*>"#,
            with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return normalised(text)
    }

    static func of(markdown: String) -> String {
        normalised(markdown.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "--", with: "–"))
    }

    private static func normalised(_ text: String) -> String {
        var text = text
        for (curly, straight) in [("‘", "'"), ("’", "'"), ("“", "\""), ("”", "\""), ("…", "...")] {
            text = text.replacingOccurrences(of: curly, with: straight)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
