import Foundation
@testable import ParleyBuild
import Testing

/// Reading a file whole: every byte, whatever size `fstat` gave before it was read.
@Suite("Reading a file's bytes")
struct FileBytesTests {
    @Test("A file is read to its end, whatever its size", arguments: [0, 1, 4095, 4096, 4097, 100_000])
    func wholeFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(try read(bytes, sizeGiven: size) == bytes)
    }

    @Test("A file that grew or shrank since its size was taken is still read whole", arguments: [0, 10, 5000, 20_000])
    func sizeGivenWrong(given: Int) throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 10_000)
        #expect(try read(bytes, sizeGiven: given) == bytes)
    }

    /// Writes `bytes` to a temporary file and reads it back with `bytes(ofOpenFile:size:)`.
    private func read(_ bytes: [UInt8], sizeGiven: Int) throws -> [UInt8]? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley bytes \(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        return ParleyBuild.bytes(ofOpenFile: descriptor, size: sizeGiven)
    }
}
