import Foundation
import Yams

/// The YAML front matter a Markdown transcript may start with (`---` lines
/// around `title:`, `date:` and the like), read as plain strings.
struct FrontMatterText {
    /// Each key whose value is a single scalar, by its lower-cased name.
    var keys: [String: String]
    var body: String
    /// The line of the file the body starts on.
    var bodyFirstLine: Int

    /// The front matter and the rest; a text without front matter is all body.
    static func split(_ text: String) -> FrontMatterText {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) })
        else { return FrontMatterText(keys: [:], body: text, bodyFirstLine: 1) }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return FrontMatterText(keys: scalars(of: yaml), body: body, bodyFirstLine: end + 2)
    }

    /// The scalar values of a YAML mapping; anything else gives no keys.
    private static func scalars(of yaml: String) -> [String: String] {
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return [:] }
        var keys: [String: String] = [:]
        for (key, value) in mapping {
            if let name = key.string, let text = value.scalar?.string {
                keys[name.lowercased()] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return keys
    }
}
