import Foundation
import ParleyBuild
import ParleyImport
import Testing

/// A new site in a fresh temporary folder (its path has a space in it), with
/// transcripts written beside it, to import as an editor would.
struct ImportSite {
    let root: URL

    static let siteYAML = """
        title: Test Institute
        base_url: https://example.org/test/
        """

    /// The repository's copy of the first real transcript.
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seed-transcript.txt")

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley import tests \(UUID().uuidString)", isDirectory: true)
            .appendingPathComponent("my site", isDirectory: true)
        try write("Content/site.yml", Self.siteYAML)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Imports `path` (relative to the site) with `configure` applied to the options.
    func importing(_ path: String, _ configure: (inout TranscriptImport.Options) -> Void = { _ in })
        -> Result<TranscriptImport.Report, ImportFailure> {
        var options = TranscriptImport.Options(file: url(path), fileName: path, root: root)
        configure(&options)
        return TranscriptImport.run(options)
    }

    /// Imports and requires success.
    func imported(_ path: String, _ configure: (inout TranscriptImport.Options) -> Void = { _ in }) throws
        -> TranscriptImport.Report {
        switch importing(path, configure) {
        case let .success(report): return report
        case let .failure(failure):
            Issue.record("import failed: \(failure)")
            throw failure
        }
    }

    /// Imports and requires failure.
    func failure(_ path: String, _ configure: (inout TranscriptImport.Options) -> Void = { _ in }) throws -> ImportFailure {
        switch importing(path, configure) {
        case let .success(report):
            Issue.record("import succeeded: \(report.files.map(\.path))")
            throw CancellationError()
        case let .failure(failure): return failure
        }
    }

    func build(drafts: Bool = true) -> Build.Report {
        Build.run(.init(root: root, output: url("Public"), includeDrafts: drafts, threads: 2))
    }

    /// Every file below `Content/`, relative path → bytes.
    var content: [String: Data] {
        var files: [String: Data] = [:]
        let base = url("Content").path + "/"
        let enumerator = FileManager.default.enumerator(atPath: url("Content").path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: base + path) { files[path] = data }
        }
        return files
    }

    func delete() {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }
}
