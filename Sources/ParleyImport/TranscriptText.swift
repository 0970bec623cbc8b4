/// A transcript's text, split into paragraphs, before any shape is recognised.
struct TranscriptText {
    /// What the file is, which decides how its text is read.
    enum Format: String {
        case plainText = "plain text"
        case markdown = "Markdown"
        case word = "Word"
    }

    var format: Format
    /// The keys of a Markdown file's YAML front matter, as plain strings.
    var frontMatter: [String: String]
    var blocks: [SourceBlock]

    /// Whether answer text is Markdown already; plain text needs its block
    /// syntax escaped so that it reads as written.
    var isMarkdown: Bool { format != .plainText }
}
