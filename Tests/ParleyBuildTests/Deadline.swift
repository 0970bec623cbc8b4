import Foundation
import ParleyBuild
import Testing

/// Runs `body` on a thread of its own and gives up waiting after `seconds`:
/// a hang becomes a failed test rather than a suite that never ends.
///
/// The thread gets the main thread's 8 MB of stack, as `parley build` has.
/// Swift Testing's `.timeLimit` counts whole minutes; this counts seconds.
func finishing<Value: Sendable>(
    within seconds: Double,
    _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: @escaping @Sendable () throws -> Value
) throws -> Value {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.set(Result { try body() })
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success, let result = box.get() else {
        Issue.record("\(what) did not finish within \(seconds) s", sourceLocation: sourceLocation)
        throw DeadlineExceeded()
    }
    return try result.get()
}

struct DeadlineExceeded: Error {}

private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Value, Error>?

    func set(_ result: Result<Value, Error>) {
        lock.lock()
        value = result
        lock.unlock()
    }

    func get() -> Result<Value, Error>? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

extension SiteFixture {
    /// Writes raw bytes, for files that are not valid text on purpose.
    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Builds on a thread of its own, failing the test if it takes longer than `seconds`.
    func build(within seconds: Double, threads: Int = 2, sourceLocation: SourceLocation = #_sourceLocation) throws -> Build.Report {
        let root = root, output = output
        return try finishing(within: seconds, "the build", sourceLocation: sourceLocation) {
            Build.run(.init(root: root, output: output, threads: threads))
        }
    }
}
