import Foundation

/// Dates as transcripts write them: `20th July 2020`, `July 20, 2020`,
/// `20 Jul 2020`, `2020-07-20`.
enum DateText {
    /// A date found in a text, as `YYYY-MM-DD`, and how much of the text it takes.
    struct Found: Equatable {
        var iso: String
        /// The date's length in characters, to tell a date line from a sentence holding one.
        var length: Int
    }

    /// The first date in `text`, or nil.
    static func find(in text: String) -> Found? {
        if let match = text.firstMatch(of: #/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/#),
           let found = make(year: match.1, month: Int(match.2), day: match.3, length: match.0.count) {
            return found
        }
        if let match = text.firstMatch(of: #/(?i)\b(\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?([a-z]{3,9})\.?,?[ \t]+(\d{4})\b/#),
           let found = make(year: match.3, month: month(match.2), day: match.1, length: match.0.count) {
            return found
        }
        if let match = text.firstMatch(of: #/(?i)\b([a-z]{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})\b/#),
           let found = make(year: match.3, month: month(match.1), day: match.2, length: match.0.count) {
            return found
        }
        return nil
    }

    /// A whole text that is a date, give or take punctuation around it: what a command-line `--date` gives.
    static func parse(_ text: String) -> String? {
        guard let found = find(in: text), found.length + 3 >= text.trimmingCharacters(in: .whitespaces).count else { return nil }
        return found.iso
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ name: Substring) -> Int? {
        let lowered = name.lowercased()
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        if let index = full.firstIndex(of: lowered) { return index + 1 }
        if lowered == "sept" { return 9 }
        return months.firstIndex(of: lowered).map { $0 + 1 }
    }

    private static func make(year: Substring, month: Int?, day: Substring, length: Int) -> Found? {
        guard let year = Int(year), let month, let day = Int(day), (1000...9999).contains(year), (1...12).contains(month) else {
            return nil
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        let iso = String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
        return Found(iso: iso, length: length)
    }
}
