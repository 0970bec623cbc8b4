/// Finding where a sentence ends, past the full stops of abbreviations.
enum Sentence {
    private static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "lt", "col", "gen", "jr", "sr", "no", "h.e", "e.g", "i.e", "vs", "mt", "capt", "maj", "rev",
    ]

    /// The text up to its first full stop, question mark or exclamation mark that ends a sentence.
    static func first(of text: String) -> String {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let after = text.index(after: index)
            if ".?!".contains(character), after == text.endIndex || text[after] == " " {
                let word = text[..<index].split(separator: " ").last.map { $0.lowercased() } ?? ""
                let isAbbreviation = character == "." && (abbreviations.contains(word) || word.count == 1)
                if !isAbbreviation { return String(text[..<index]) }
            }
            index = after
        }
        return text
    }
}
