import Foundation

/// Reading a transcript file into text, whatever its format, refusing what
/// is not a transcript before any of it is trusted.
enum TranscriptFile {
    /// The most text read: a transcript of a day's talk is well under 1 MB
    /// (the seed is 28 KB), and reading stays within seconds.
    static let textLimit = 4 << 20

    /// The file's paragraphs, or a failure that names it.
    static func read(_ url: URL, named name: String) throws(ImportFailure) -> TranscriptText {
        let fileExtension = url.pathExtension.lowercased()
        switch fileExtension {
        case "txt", "text":
            let text = try decode(bytes(of: url, named: name, limit: textLimit), named: name)
            return TranscriptText(format: .plainText, frontMatter: [:], blocks: TextBlocks.plain(text))
        case "md", "markdown":
            let text = try decode(bytes(of: url, named: name, limit: textLimit), named: name)
            let split = FrontMatterText.split(text)
            return TranscriptText(format: .markdown, frontMatter: split.keys,
                                  blocks: TextBlocks.markdown(split.body, firstLine: split.bodyFirstLine))
        case "docx":
            let markdown = try WordDocument.markdown(of: url, named: name)
            guard markdown.utf8.count <= textLimit else {
                throw ImportFailure(file: name, "holds more than \(textLimit >> 20) MB of text, too much for a transcript; "
                    + "split it, or check that it is the right file")
            }
            return TranscriptText(format: .word, frontMatter: [:], blocks: TextBlocks.markdown(markdown, firstLine: 1))
        default:
            throw ImportFailure(file: name, "not a transcript format Parley reads: "
                + "give a plain-text (.txt), Markdown (.md) or Word (.docx) file")
        }
    }

    /// At most `limit` bytes of the file, or a failure if it holds more or cannot be read.
    static func bytes(of url: URL, named name: String, limit: Int) throws(ImportFailure) -> Data {
        let data = try bytes(of: url, named: name, first: limit + 1)
        guard data.count <= limit else {
            throw ImportFailure(file: name, "is larger than \(limit >> 20) MB, too large for a transcript; "
                + "split it, or check that it is the right file")
        }
        return data
    }

    /// The first `count` bytes of the file (fewer if it is shorter), or a failure if it cannot be read.
    static func bytes(of url: URL, named name: String, first count: Int) throws(ImportFailure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportFailure(file: name, "no such file")
        }
        guard !isDirectory.boolValue else { throw ImportFailure(file: name, "is a folder, not a transcript file") }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ImportFailure(file: name, "cannot be read (check its permissions)")
        }
        defer { try? handle.close() }
        do {
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw ImportFailure(file: name, "cannot be read: \(error.localizedDescription)")
        }
    }

    /// UTF-8 text with Windows line ends and a byte-order mark taken out.
    static func decode(_ data: Data, named name: String) throws(ImportFailure) -> String {
        guard var text = String(validating: data, as: UTF8.self) else {
            throw ImportFailure(file: name, "is not UTF-8 text; save it as UTF-8 (in most editors: Save As, "
                + "encoding UTF-8) and import it again")
        }
        if text.contains("\u{0}") {
            throw ImportFailure(file: name, "holds NUL bytes, so it is not a text file; give a .txt, .md or .docx transcript")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
