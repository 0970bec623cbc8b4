import ParleySite

/// What a value written the wrong way was meant to be, so that a message can
/// show the user's own value written the right way: `two` is 2,
/// `5 March 2024` is 2024-03-05, `yes` is true.
enum ValueHint {
    /// A whole number written as a word, from one to twenty.
    static func number(_ text: String) -> Int? {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                     "nineteen", "twenty"]
        return words.firstIndex(of: text.lowercased().trimmed)
    }

    /// A yes or no written otherwise than true or false.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased().trimmed {
        case "yes", "y", "on": return true
        case "no", "n", "off": return false
        default: return nil
        }
    }

    /// The day a date written another way names: `5 March 2024`, `March 5, 2024`,
    /// `2024/03/05`, `20240305`, or `05.03.2024` when day and month cannot be mixed up.
    static func day(_ text: String) -> Day? {
        let text = text.trimmed
        if text.count == 8, text.allSatisfy(\.isNumber) {
            return Day(iso: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
        }
        let words = text.split { $0 == " " || $0 == "," || $0 == "/" || $0 == "." || $0 == "-" }.map(String.init)
        guard words.count == 3 else { return nil }
        if let month = month(words[1]), let day = Int(words[0]), let year = Int(words[2]) {
            return make(year, month, day)
        }
        if let month = month(words[0]), let day = Int(words[1]), let year = Int(words[2]) {
            return make(year, month, day)
        }
        guard let first = Int(words[0]), let second = Int(words[1]), let third = Int(words[2]) else { return nil }
        if words[0].count == 4 { return make(first, second, third) }
        // 05/03/2024 is 5 March in most of the world and 3 May in the United States: only an
        // order that cannot be the other (13/03/2024) names a day.
        guard words[2].count == 4 else { return nil }
        if first > 12 { return make(third, second, first) }
        if second > 12 { return make(third, first, second) }
        return nil
    }

    private static func month(_ word: String) -> Int? {
        let word = word.lowercased()
        guard word.count >= 3 else { return nil }
        return Day.monthNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let iso = String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
        return Day(iso: iso)
    }
}

private extension String {
    var trimmed: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
