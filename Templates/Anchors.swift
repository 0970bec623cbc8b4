import ParleySite

/// The markup around each top-level block of an answer: its anchor, and a
/// discreet link to it for quoting.
public enum Anchors {
    /// HTML that opens and closes block `number`, anchored at `id`.
    public static func block(id: String, number: Int) -> (open: String, close: String) {
        let id = HTML.escape(id)
        return ("<div class=\"block\" id=\"\(id)\">",
                "<a class=\"permalink\" href=\"#\(id)\" aria-label=\"Link to paragraph \(number)\">¶</a></div>")
    }
}
