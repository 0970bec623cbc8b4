/// A problem found in the content, at a place in a file.
///
/// Diagnostics are collected, not thrown: a build reports all of them at
/// once, sorted by file and position, as `path:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file's path relative to the site's folder: `Content/topics/trade.md`.
    public var file: String
    /// 1-based line and column (the column counts characters).
    public var line: Int
    public var column: Int
    /// What is wrong, and how to fix it.
    public var message: String
    /// The references (`topic:water`, `interview:water-2025`) that fail because
    /// of this mistake: a misspelt or wrong folder. Such a cause is reported
    /// first, and the errors it explains are folded into it.
    var explains: Set<String> = []

    public init(_ severity: Severity, _ file: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ file: String, _ position: Position = .start, _ message: String) -> Diagnostic {
        Diagnostic(.error, file, line: position.line, column: position.column, message)
    }

    public static func warning(_ file: String, _ position: Position = .start, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file, line: position.line, column: position.column, message)
    }

    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }

    /// Causes first, then by file and position.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.explains.isEmpty ? 1 : 0, lhs.file, lhs.line, lhs.column, lhs.message)
            < (rhs.explains.isEmpty ? 1 : 0, rhs.file, rhs.line, rhs.column, rhs.message)
    }

    /// The same diagnostic, marked as the cause of the errors about `references`.
    func explaining(_ references: Set<String>) -> Diagnostic {
        var cause = self
        cause.explains = references
        return cause
    }
}

/// A line and column in a file, both from 1.
public struct Position: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = Position(line: 1, column: 1)
}

/// A diagnostic can stand for a failure in a `Result`.
extension Diagnostic: Error {}
