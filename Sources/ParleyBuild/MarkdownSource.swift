import ParleyMarkdown

/// A Markdown text parsed by cmark, with where it lies in its file, so that
/// cmark's positions become the file's lines and columns.
struct MarkdownSource: @unchecked Sendable {
    let document: MarkdownDocument
    let file: String
    /// The file line of the text's first line.
    let firstLine: Int
    /// Columns to add on the text's first line (a front-matter value starts mid-line).
    let firstLineIndent: Int
    private let text: String

    init(_ text: String, file: String, firstLine: Int, firstLineIndent: Int = 0, anchoringBlocks: Bool = false) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
        self.firstLineIndent = firstLineIndent
        document = MarkdownDocument(parsing: text, anchoringBlocks: anchoringBlocks)
    }

    /// The file position of a link, with the column in characters.
    func position(of link: MarkdownDocument.Link) -> Position {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = link.line - 1
        let column = lines.indices.contains(index)
            ? characterColumn(byteColumn: link.byteColumn, in: lines[index]) : link.byteColumn
        return Position(line: firstLine + index, column: column + (index == 0 ? firstLineIndent : 0))
    }
}
