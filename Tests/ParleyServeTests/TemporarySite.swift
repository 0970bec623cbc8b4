import Foundation
import Testing

/// A copy of this repository's seed site (its `Content/`) in a fresh
/// temporary folder whose path has a space in it, to edit as an author would.
struct TemporarySite: Sendable {
    let root: URL

    /// The repository, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(copyingSeed: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley serve tests", isDirectory: true)
            .appendingPathComponent(UUID().uuidString, isDirectory: true)
            .appendingPathComponent("my site", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyingSeed {
            try FileManager.default.copyItem(
                at: TemporarySite.repository.appendingPathComponent("Content"),
                to: root.appendingPathComponent("Content")
            )
        }
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Saves as most editors do: the new text goes to a temporary file that is
    /// then renamed over the old one.
    func save(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path), options: .atomic)
    }

    /// Saves in place: the same file, truncated and written again.
    func overwrite(_ path: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: url(path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
    }

    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        #expect(text.contains(old), "\(path) does not contain \(old)")
        try save(path, text.replacingOccurrences(of: old, with: new))
    }

    func move(_ from: String, to: String) throws {
        try FileManager.default.moveItem(at: url(from), to: url(to))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
    }

    /// Removes the whole temporary folder.
    func delete() {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }
}
