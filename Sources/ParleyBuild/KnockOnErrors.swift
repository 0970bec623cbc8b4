/// Errors that follow from a mistake already reported, folded into it: when
/// `Content/topic/water.md` should be in `topics/`, each "unknown topic
/// 'water'" is not a mistake of its own, and the folder's message says
/// "and 5 references to it" instead.
enum KnockOnErrors {
    /// `diagnostics` with every error a cause explains taken out and counted in the cause's message.
    static func fold(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let causes = diagnostics.indices.filter { !diagnostics[$0].explains.isEmpty }
        guard !causes.isEmpty else { return diagnostics }
        var counts: [Int: Int] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            if diagnostic.explains.isEmpty, diagnostic.severity == .error, let reference = reference(in: diagnostic.message),
               let cause = causes.first(where: { diagnostics[$0].explains.contains(reference) }) {
                counts[cause, default: 0] += 1
            } else {
                kept.append(diagnostic)
            }
        }
        return kept.map { diagnostic in
            guard let index = diagnostics.firstIndex(of: diagnostic), let count = counts[index] else { return diagnostic }
            var cause = diagnostic
            cause.message += " (and \(count) \(count == 1 ? "reference" : "references") to it in other files, "
                + "which will work once this is fixed)"
            return cause
        }
    }

    /// The page an "unknown …" error of the linker is about, as `topic:water`, or the
    /// file a link that "leads nowhere" names, as `file:Content/topics/water.md`.
    static func reference(in message: String) -> String? {
        if message.hasPrefix("the link '"), let range = message.range(of: "leads nowhere: there is no ") {
            let rest = message[range.upperBound...]
            let path = rest.hasPrefix("file ") ? rest.dropFirst(5) : rest
            let end = path.range(of: ". ")?.lowerBound ?? path.endIndex
            let file = path[..<end].hasSuffix(".") ? path[..<end].dropLast() : path[..<end]
            return "file:\(file)"
        }
        for scheme in ["topic", "figure", "interview"] {
            let prefix = "unknown \(scheme) '"
            guard message.hasPrefix(prefix) else { continue }
            let rest = message.dropFirst(prefix.count)
            guard let end = rest.firstIndex(of: "'") else { return nil }
            return "\(scheme):\(rest[..<end])"
        }
        return nil
    }
}
