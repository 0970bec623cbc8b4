/// One paragraph of a transcript as read from its file: its text with the
/// white space inside it normalised, and the line of the file it starts on.
struct SourceBlock: Equatable {
    /// Lines joined by single spaces; a list keeps one item a line.
    var text: String
    /// 1-based line of the transcript (of the Markdown made from it, for a Word file).
    var line: Int
}
