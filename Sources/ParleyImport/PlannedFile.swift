/// A file the import writes: its path relative to the site's folder, and its text.
public struct PlannedFile: Equatable, Sendable {
    /// `Content/interviews/<id>/q1.md`.
    public var path: String
    public var text: String
}
