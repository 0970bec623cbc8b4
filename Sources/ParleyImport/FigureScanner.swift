import Foundation

/// Finding the numbers of written question files that look like key figures:
/// bold numbers, and numbers with a unit or `%`.
enum FigureScanner {
    // Built once and only ever read (a Regex is not Sendable, but these never change).
    nonisolated(unsafe) private static let bold: Regex<(Substring, Substring)> = #/\*\*([^*]*\d[^*]*)\*\*/#
    nonisolated(unsafe) private static let measured: Regex<Substring> = #/\b\d[\d,]*(?:\.\d+)?[ \t]?(?:%|per[ \t]?cent\b|percent\b|(?:thousand|million|billion|trillion)\b(?:[ \t]+(?:US[ \t]+)?(?:dollars|euros|yuan|rupees|people|tons|tonnes)\b)?|(?:tons|tonnes|km|kilometres|kilometers|dollars|euros|people)\b)/#
    private static let stopWords: Set<String> = [
        "of", "the", "a", "an", "in", "to", "and", "for", "on", "at", "by", "with", "than", "more", "over", "per", "cent", "percent",
    ]

    /// The suggestions in `files`, in file and line order, each with an id of its own.
    static func scan(_ files: [PlannedFile]) -> [FigureSuggestion] {
        var suggestions: [FigureSuggestion] = []
        var used: Set<String> = []
        for file in files where !file.path.hasSuffix("/index.md") {
            for (offset, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for found in line.contains(where: \.isNumber) ? figures(in: String(line)) : [] {
                    var id = found.id.isEmpty ? "figure" : found.id
                    var counter = 2
                    while used.contains(id) { id = (found.id.isEmpty ? "figure" : found.id) + "-\(counter)"; counter += 1 }
                    used.insert(id)
                    suggestions.append(FigureSuggestion(file: file.path, line: offset + 1, text: found.text, bold: found.bold, id: id))
                }
            }
        }
        return suggestions
    }
}

private extension FigureScanner {
    struct Found {
        var text: String
        var bold: Bool
        var id: String
    }

    /// The bold numbers of a line, then its numbers with units outside bold text.
    static func figures(in line: String) -> [Found] {
        var found: [Found] = []
        var rest = line
        for match in line.matches(of: bold) {
            let text = MarkdownText.plain(String(match.1)).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            found.append(Found(text: text, bold: true, id: id(for: text, after: "")))
            rest = rest.replacingOccurrences(of: String(match.0), with: " ")
        }
        for match in rest.matches(of: measured) {
            let after = String(rest[match.range.upperBound...])
            found.append(Found(text: String(match.0), bold: false, id: id(for: String(match.0), after: after)))
        }
        return found
    }

    /// The figure's words without numbers and small words; if it is only a
    /// number, the words that follow it on the line.
    static func id(for text: String, after: String) -> String {
        func words(_ text: String) -> [String] {
            MarkdownText.plain(text).lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "%" }
                .map(String.init)
                .filter { $0.count > 1 && !$0.contains(where: \.isNumber) && !stopWords.contains($0) }
        }
        var chosen = words(text)
        if chosen.isEmpty { chosen = Array(words(after).prefix(3)) }
        return InterviewID.slug(chosen.prefix(4).joined(separator: " "))
    }
}
