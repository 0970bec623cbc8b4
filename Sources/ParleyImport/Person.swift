import Foundation

/// A person as a transcript names them: `His Excellency Jane Doe, Minister of Trade`.
struct Person: Equatable {
    var name: String
    var role: String?

    /// Forms of address left out of the name (ranks and titles such as `Dr` stay).
    private static let honorifics = ["his excellency ", "her excellency ", "h.e. ", "the honourable ", "the honorable "]

    /// The name before the first comma and the role after it; nil for an empty text.
    init?(_ text: String) {
        var text = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;:.")))
        for honorific in Self.honorifics where text.lowercased().hasPrefix(honorific) {
            text = String(text.dropFirst(honorific.count))
        }
        let parts = text.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = parts.first, !name.isEmpty, name.count <= 80 else { return nil }
        self.name = name
        role = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    }

    /// The last word of the name, without suffixes or anything in brackets, as an id's first part.
    var surname: String {
        let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "retd", "md", "obe", "mbe"]
        let plain = name.replacingOccurrences(of: #"\([^)]*\)"#, with: " ", options: .regularExpression)
        let words = plain.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" }
            .map { String($0).lowercased() }
            .filter { !suffixes.contains($0) }
        return InterviewID.slug(words.last ?? "")
    }

    /// Whether the text names an organisation rather than a person: "Conducted by" may give either.
    static func isOrganisation(_ text: String) -> Bool {
        let words: Set<String> = [
            "center", "centre", "institute", "foundation", "council", "university", "college", "school", "society",
            "association", "organization", "organisation", "ministry", "agency", "studies", "forum", "network",
            "group", "press", "news", "magazine", "journal", "radio", "television", "podcast", "times", "committee",
        ]
        let lowered = text.lowercased().split { !$0.isLetter }.map(String.init)
        return lowered.contains(where: words.contains) || text.contains(#/\([A-Z]{2,}\)/#)
    }

    /// A name written in capitals, as speaker labels often are, in title case: `JANE DOE` → `Jane Doe`.
    static func fromLabel(_ label: String) -> String? {
        let generic: Set<String> = ["host", "interviewer", "guest", "interviewee", "moderator", "anchor", "presenter",
                                    "reporter", "journalist", "speaker", "narrator", "editor"]
        guard !generic.contains(label.lowercased()) else { return nil }
        guard label == label.uppercased() else { return label }
        return label.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
