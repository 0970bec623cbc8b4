/// The line a build or check prints about the interviews it left out as drafts,
/// so that a draft is never left out without a word.
public enum DraftNotice {
    /// Nil when no interview was left out; `command` is how the user ran Parley (`parley build`).
    public static func line(_ drafts: [String], command: String) -> String? {
        guard let first = drafts.first else { return nil }
        let count = drafts.count
        let named = drafts.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (count > 5 ? ", …" : "")
        let publish = count == 1
            ? "set 'draft: false' in Content/interviews/\(first)/index.md to publish it"
            : "set 'draft: false' in an interview's index.md to publish it"
        return "Left out \(count) draft \(count == 1 ? "interview" : "interviews") (\(named)): "
            + "run '\(command) --drafts' to include \(count == 1 ? "it" : "them"), or \(publish)."
    }
}
