/// Inline Markdown as the words it shows, for titles and figure labels.
enum MarkdownText {
    /// `[text](url)` as its text, `*` and `__` emphasis marks taken out, backslash escapes undone.
    static func plain(_ markdown: String) -> String {
        let unlinked = markdown.replacing(#/\[([^\]]*)\]\([^)]*\)/#) { String($0.1) }.replacing("__", with: "")
        var text = ""
        var escaped = false
        for character in unlinked {
            if escaped {
                text.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" {
                text.append(character)
            }
        }
        return text
    }
}
