import Foundation
import ParleyBuild

extension SiteCheck.Report {
    /// The report for scripts and editors (`parley check --format json`):
    ///
    /// ```json
    /// {"diagnostics":[{"column":1,"file":"Content/topics/trade.md","line":3,
    ///   "message":"…","severity":"error","text":"Content/topics/trade.md:3:1: error: …"}],
    ///  "drafts":[],"errors":1,"files":0,"ok":false,"pages":0,"warnings":0}
    /// ```
    ///
    /// Keys are sorted, so the same content gives the same bytes.
    public var json: String {
        let document = Document(
            ok: succeeded, errors: errors.count, warnings: warnings.count, pages: pages, files: files, drafts: drafts,
            diagnostics: diagnostics.map {
                Entry(severity: $0.severity.rawValue, file: $0.file, line: $0.line, column: $0.column,
                      message: $0.message, text: $0.description)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

// MARK: - Shape

private struct Document: Encodable {
    var ok: Bool
    var errors: Int
    var warnings: Int
    var pages: Int
    var files: Int
    /// The interviews left out as drafts.
    var drafts: [String]
    var diagnostics: [Entry]
}

private struct Entry: Encodable {
    var severity: String
    var file: String
    var line: Int
    var column: Int
    var message: String
    /// The diagnostic as the terminal prints it.
    var text: String
}
