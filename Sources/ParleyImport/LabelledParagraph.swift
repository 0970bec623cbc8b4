import Foundation

/// A paragraph that starts with a label (`Q:`, `QUESTION 1`, `HOST NAME:`),
/// plain or inside the emphasis transcripts often give it: `**Q:** text`,
/// `**Q**: text`, `**HOST: the question?**`.
struct LabelledParagraph<Output> {
    /// The label's match, for its captures.
    var match: Regex<Output>.Match
    /// The text after the label, its emphasis taken off, trimmed; empty when the label stands alone.
    var rest: String

    /// The label at the start of `text`, or nil when `label` does not match there.
    init?(_ text: String, label: Regex<Output>) {
        let marker = ["**", "__"].first { text.hasPrefix($0) } ?? ""
        let inner = String(text.dropFirst(marker.count))
        if let closed = Self.closedInside(inner, marker: marker, label: label) {
            self = closed
            return
        }
        guard let found = inner.prefixMatch(of: label) else { return nil }
        match = found
        var rest = String(inner[found.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        if !marker.isEmpty {
            if rest.hasPrefix(marker) {
                rest = String(rest.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
            } else if rest.hasSuffix(marker) {
                rest = String(rest.dropLast(marker.count)).trimmingCharacters(in: .whitespaces)
            } else if !rest.isEmpty {
                rest = marker + rest
            }
        }
        self.rest = rest
    }

    private init(match: Regex<Output>.Match, rest: String) {
        self.match = match
        self.rest = rest
    }

    /// The label when its emphasis closes inside or right after it (`**Q**: text`, `**Q:** text`).
    private static func closedInside(_ inner: String, marker: String, label: Regex<Output>) -> LabelledParagraph? {
        guard !marker.isEmpty, let close = inner.range(of: marker) else { return nil }
        let closeOffset = inner.distance(from: inner.startIndex, to: close.lowerBound)
        guard closeOffset < 60 else { return nil }
        var removed = inner
        removed.removeSubrange(close)
        guard let found = removed.prefixMatch(of: label),
              removed.distance(from: removed.startIndex, to: found.range.upperBound) >= closeOffset
        else { return nil }
        let rest = String(removed[found.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        return LabelledParagraph(match: found, rest: rest)
    }
}
