import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches the case being run from a thread of its own: a case that runs too
/// long, or grows the process past a memory limit, is saved and the process
/// stops. A crash (a Swift trap, a bad access) is saved by a signal handler.
///
/// Before each case its bytes are written to `<crashers>/.last-case`; saving a
/// finding is renaming that file, which is safe even inside a signal handler.
final class Watchdog: @unchecked Sendable {
    let crashers: URL
    let timeout: Double
    let memoryLimit: Int
    private let lock = NSLock()
    private var started: Date?
    private var caseName = ""

    var lastCase: URL { crashers.appendingPathComponent(".last-case") }

    init(crashers: URL, timeout: Double, memoryLimit: Int) {
        self.crashers = crashers
        self.timeout = timeout
        self.memoryLimit = memoryLimit
    }

    func start() {
        Watchdog.installSignalHandlers(lastCase: lastCase.path, crashers: crashers.path)
        let thread = Thread { [self] in watch() }
        thread.start()
    }

    /// Saves the case and marks it running.
    func begin(_ fuzzCase: FuzzCase, name: String) {
        try? fuzzCase.serialized.write(to: lastCase)
        Watchdog.setCrashName(crashers.appendingPathComponent("crash-\(name).case").path)
        lock.lock()
        started = Date()
        caseName = name
        lock.unlock()
    }

    func end() {
        lock.lock()
        started = nil
        lock.unlock()
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            lock.lock()
            let started = started, name = caseName
            lock.unlock()
            guard let started else { continue }
            if Date().timeIntervalSince(started) > timeout {
                stop(kind: "hang", name: name, "the case ran for more than \(timeout) s")
            }
            let resident = Watchdog.residentBytes()
            if resident > memoryLimit {
                stop(kind: "memory", name: name, "the case grew the process to \(resident >> 20) MB")
            }
        }
    }

    private func stop(kind: String, name: String, _ message: String) -> Never {
        let saved = crashers.appendingPathComponent("\(kind)-\(name).case")
        rename(lastCase.path, saved.path)
        FileHandle.standardError.write(Data("parley-fuzz: FINDING: \(message); saved \(saved.path)\n".utf8))
        exit(3)
    }

    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    // MARK: - Signals

    private nonisolated(unsafe) static var lastCasePath: UnsafeMutablePointer<CChar>?
    private nonisolated(unsafe) static var crashPath: UnsafeMutablePointer<CChar>?

    static func setCrashName(_ path: String) {
        let old = crashPath
        crashPath = strdup(path)
        free(old)
    }

    private static func installSignalHandlers(lastCase: String, crashers: String) {
        lastCasePath = strdup(lastCase)
        // A stack overflow needs a stack of its own to report on.
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { signal in
                if let from = Watchdog.lastCasePath, let to = Watchdog.crashPath { rename(from, to) }
                let message = "parley-fuzz: FINDING: a crash (signal); the case is saved in the crashers folder\n"
                _ = message.withCString { write(2, $0, strlen($0)) }
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
            #endif
            sigaction(signal, &action, nil)
        }
    }
}
