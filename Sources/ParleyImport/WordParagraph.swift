import Foundation

/// One Word paragraph, `w:p`: its style and its runs.
struct WordParagraph {
    /// The paragraph style's id: `Heading1`, `Title`, `ListParagraph`…
    var style = ""
    var isListItem = false
    var runs: [WordRun] = []

    /// The paragraph as one Markdown block, white space normalised; empty if it holds no text.
    var markdown: String {
        let text = TextBlocks.normalised(inline)
        guard !text.isEmpty else { return "" }
        if let level = headingLevel { return String(repeating: "#", count: level) + " " + text }
        if isListItem || style.lowercased().hasPrefix("list") { return "- " + text }
        return MarkdownEscape.block(text)
    }
}

private extension WordParagraph {
    /// `Title` is a level 1 heading, `Heading2` (or `heading 2`) level 2.
    var headingLevel: Int? {
        let lowered = style.lowercased().replacingOccurrences(of: " ", with: "")
        if lowered == "title" { return 1 }
        guard lowered.hasPrefix("heading"), let level = Int(lowered.dropFirst("heading".count)), (1...6).contains(level) else {
            return nil
        }
        return level
    }

    /// The runs as inline Markdown: neighbours with one formatting merged, then
    /// each stretch escaped, emphasised and linked.
    var inline: String {
        var merged: [WordRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = merged.last, last.formattedLike(run) {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        var text = ""
        var index = 0
        while index < merged.count {
            guard let link = merged[index].link else {
                text += Self.emphasised(merged[index])
                index += 1
                continue
            }
            var label = ""
            while index < merged.count, merged[index].link == link {
                label += Self.emphasised(merged[index])
                index += 1
            }
            text += "[\(label.trimmingCharacters(in: .whitespaces))](\(link.replacingOccurrences(of: " ", with: "%20")))"
        }
        return text
    }

    /// A run's text, escaped, inside `**`/`*` with its outer white space left outside them.
    static func emphasised(_ run: WordRun) -> String {
        let escaped = MarkdownEscape.inline(run.text)
        let marker = (run.bold ? "**" : "") + (run.italic ? "*" : "")
        let core = escaped.trimmingCharacters(in: .whitespaces)
        guard !marker.isEmpty, !core.isEmpty else { return escaped }
        let leading = escaped.prefix { $0 == " " }
        let trailing = String(escaped.reversed().prefix { $0 == " " })
        return leading + marker + core + String(marker.reversed()) + trailing
    }
}
