/// A content file in the folder of another kind, recognised by its keys: a
/// topic (`title`, `summary`) dropped into `figures/` is reported as one
/// misplaced file, not as a figure missing its `value` and `label`.
enum WrongFolder {
    static let kinds: [Schema] = [.interview, .question, .topic, .figure]

    /// The kind whose keys `keys` are, when the file's own kind rejects one of
    /// them: every key is one of that kind's, and its required keys are there.
    static func kind(of keys: Set<String>, filedAs schema: Schema) -> Schema? {
        guard !keys.isSubset(of: Set(schema.keys)) else { return nil }
        return kinds.first { kind in
            kind.kind != schema.kind && keys.isSubset(of: Set(kind.keys)) && Set(kind.required).isSubset(of: keys)
        }
    }

    /// The error for `file`, which looks like a `kind` but lies where a `schema` goes;
    /// it explains the references to the page the file was meant to make.
    static func diagnostic(file: String, kind: Schema, filedAs schema: Schema, keys: Set<String>) -> Diagnostic {
        let name = String(file.split(separator: "/").last ?? "")
        let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        let place: String
        switch kind.kind {
        case Schema.interview.kind: place = "Content/interviews/\(id)/index.md"
        case Schema.question.kind: place = "Content/interviews/<interview-id>/\(name)"
        default: place = "Content/\(kind.kind)s/\(name)"
        }
        let folder = file.split(separator: "/").dropLast().joined(separator: "/")
        let shown = FrontMatter.list(kind.keys.filter { keys.contains($0) })
        let message = "this file looks like \(FrontMatter.article(kind.kind)) (it has \(shown)), but it is in \(folder)/, "
            + "where \(schema.kind)s go: move it to \(place)"
        return Diagnostic.error(file, .start, message).explaining(["\(kind.kind):\(id)", "file:\(place)"])
    }
}
