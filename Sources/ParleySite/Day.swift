/// A calendar day, as content gives it (`YYYY-MM-DD`): never a clock reading.
public struct Day: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day written as `YYYY-MM-DD`, or nil if it is not a real day.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Day.length(ofMonth: month, in: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `2020-07-20`
    public var iso: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    /// `2020-07-20T00:00:00Z`, for feeds.
    public var timestamp: String { iso + "T00:00:00Z" }

    /// `20 July 2020`
    public var long: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

    /// `July 20, 2020`, as Chicago and APA citations write a day.
    public var monthDayYear: String { "\(Day.monthNames[month - 1]) \(day), \(year)" }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
