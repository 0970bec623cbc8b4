/// A number in an answer that looks like a key figure, with the command that
/// would make a figure page for it.
public struct FigureSuggestion: Equatable, Sendable {
    /// The file it is in, relative to the site's folder, and its line there.
    public var file: String
    public var line: Int
    /// The figure as written: `288 terrorist crimes`, `22.5%`.
    public var text: String
    /// Whether the transcript marked it in bold.
    public var bold: Bool
    /// A figure id made from its words: `terrorist-crimes`.
    public var id: String

    /// `parley new figure terrorist-crimes`.
    public var command: String { "parley new figure \(id)" }
}
