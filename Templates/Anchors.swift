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

    /// The same for block `number` of a question's own page, anchored `#pN`:
    /// the same markup on every page, made once for the first blocks.
    public static func block(number: Int) -> (open: String, close: String) {
        number <= ownPage.count ? ownPage[number - 1] : block(id: Question.anchor(block: number), number: number)
    }

    private static let ownPage = (1...64).map { block(id: Question.anchor(block: $0), number: $0) }
}
