/// A stretch of a Word paragraph with one formatting.
struct WordRun {
    var text = ""
    var bold = false
    var italic = false
    /// The hyperlink the run is part of.
    var link: String?

    /// Whether `other` has the same formatting, so the two read as one stretch.
    func formattedLike(_ other: WordRun) -> Bool {
        bold == other.bold && italic == other.italic && link == other.link
    }
}
