import Foundation
import ParleyBuild
import Testing

/// Every finding of the fuzzer (Tests/Fuzz/run.sh), kept in Tests/Fuzz/crashers/,
/// and every case of its corpus, replayed on the seed site: each gives
/// diagnostics with a place in a file that exists, or a site whose links
/// resolve; never a trap, never a hang.
@Suite("Fuzzer findings", .timeLimit(.minutes(1)))
struct FuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fuzz = repository.appendingPathComponent("Tests/Fuzz")

    static func caseFiles(_ folder: String) -> [String] {
        let url = fuzz.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".case") }.sorted().map { folder + "/" + $0 }
    }

    static let crashers = caseFiles("crashers")
    static let corpus = caseFiles("corpus")

    @Test("A crasher gives diagnostics, not a crash", arguments: crashers)
    func crasher(_ name: String) throws {
        try replay(name)
    }

    @Test("A corpus case builds or gives diagnostics", arguments: corpus)
    func corpusCase(_ name: String) throws {
        try replay(name)
    }

    func replay(_ name: String) throws {
        let data = try Data(contentsOf: Self.fuzz.appendingPathComponent(name))
        let changes = try #require(Self.parse(data), "\(name) is not a parley-fuzz case")
        let site = try SiteFixture(exactly: [:])
        defer { site.remove() }
        let content = Self.repository.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: content, to: site.root.appendingPathComponent("Content"))
        for (path, bytes) in changes {
            let url = site.root.appendingPathComponent(path)
            if let bytes {
                try site.write(path, bytes: bytes)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        let report = try site.build(within: 30)
        HostileContentTests.expectPositions(report, in: site)
        for diagnostic in report.diagnostics {
            let bytes = try [UInt8](Data(contentsOf: site.root.appendingPathComponent(diagnostic.file)))
            let lines = bytes.enumerated().reduce(1) { count, pair in
                let (index, byte) = pair
                return byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) ? count + 1 : count
            }
            #expect(diagnostic.line <= lines, "\(diagnostic) is past the end of its \(lines) lines")
        }
        if report.succeeded {
            let files = SiteFixture.snapshot(site.output).map { OutputFile(path: .init($0.key), bytes: $0.value) }
            #expect(RenderedLinks.check(files).map(\.description) == [])
        } else {
            #expect(report.failure != nil || !report.errors.isEmpty)
        }
    }

    /// Reads the case format of Sources/ParleyFuzz/FuzzCase.swift: path → bytes, or nil to remove.
    static func parse(_ data: Data) -> [String: [UInt8]?]? {
        let bytes = [UInt8](data)
        var index = 0
        var changes: [String: [UInt8]?] = [:]
        func line() -> String? {
            guard index < bytes.count else { return nil }
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        guard line() == "parley-fuzz case 1" else { return nil }
        while let header = line() {
            if header.hasPrefix("# ") || header.isEmpty { continue }
            if header.hasPrefix("delete ") {
                changes[String(header.dropFirst(7))] = .some(nil)
                continue
            }
            let parts = header.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, parts[0] == "file", let count = Int(parts[1]), index + count <= bytes.count else { return nil }
            changes[String(parts[2])] = Array(bytes[index..<(index + count)])
            index += count + 1
        }
        return changes
    }
}
