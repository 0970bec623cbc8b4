import Foundation
import Testing
import Yams

/// A written question (or interview) file read back: its front matter as YAML, its body's paragraphs.
struct QuestionFile {
    var keys: [String: Any]
    var paragraphs: [String]

    init(_ text: String) throws {
        let parts = text.components(separatedBy: "---\n")
        #expect(parts.count >= 3, "no front matter in \(text.prefix(80))")
        keys = try Yams.load(yaml: parts[1]) as? [String: Any] ?? [:]
        paragraphs = parts[2...].joined(separator: "---\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }
            .filter { !$0.isEmpty }
    }

    subscript(key: String) -> String? { keys[key].map { "\($0)" } }
}
