import Foundation
import ParleyBuild

/// Printing diagnostics and messages the way compilers do, so editors can jump to them.
enum Console {
    static func print(_ diagnostics: [Diagnostic], quiet: Bool) {
        for diagnostic in diagnostics where !(quiet && diagnostic.severity == .warning) {
            error(diagnostic.description)
        }
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func errorSummary(_ errors: Int, _ warnings: Int) -> String {
        var parts = ["\(errors) \(errors == 1 ? "error" : "errors")"]
        if warnings > 0 { parts.append("\(warnings) \(warnings == 1 ? "warning" : "warnings")") }
        return parts.joined(separator: ", ")
    }
}
