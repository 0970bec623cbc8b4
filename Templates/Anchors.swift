import ParleySite

/// The markup around each top-level block of an answer: its anchor, and a
/// discreet link to it for quoting.
public enum Anchors {
    /// HTML that opens and closes block `number`, anchored at `id`.
    ///
    /// - Parameter question: set where several answers share a page, so that
    ///   each link's label says which answer it belongs to.
    public static func block(id: String, number: Int, question: Int? = nil) -> (open: String, close: String) {
        let id = HTML.escape(id)
        let label = question.map { "Link to question \($0), paragraph \(number)" } ?? "Link to paragraph \(number)"
        return ("<div class=\"block\" id=\"\(id)\">",
                "<a class=\"permalink\" href=\"#\(id)\" aria-label=\"\(label)\">¶</a></div>")
    }
}
