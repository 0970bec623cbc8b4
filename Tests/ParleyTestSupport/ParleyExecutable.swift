import Foundation
import Testing

/// The `parley` that `swift test` builds beside the tests, run as an editor runs it.
public enum ParleyExecutable {
    /// What a run printed, and how it ended.
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Its location; a test that needs it fails, saying so, when it is missing.
    public static var url: URL {
        get throws {
            let candidates = [
                URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                Bundle.main.bundleURL.deletingLastPathComponent(),
                Bundle.main.bundleURL,
            ].map { $0.appendingPathComponent("parley") }
            return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                "no parley beside the tests: swift test builds it")
        }
    }

    /// Runs `parley` with `arguments` in `folder` and waits for it to end, on this thread.
    public static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }
}
