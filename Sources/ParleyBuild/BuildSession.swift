import Foundation
import ParleySite

/// Builds a site again and again in one process, doing only the work a change
/// needs: `parley serve` rebuilds through one of these, and the benchmark
/// times it. Each build writes the same bytes a fresh full build would.
///
/// The session assumes nothing else changes the output folder between its
/// builds: a page it rendered before and renders the same again is not
/// compared with the file on disk.
public final class BuildSession: @unchecked Sendable {
    public let options: Build.Options
    private let cache = BuildCache()
    private let lock = NSLock()

    public init(_ options: Build.Options) {
        self.options = options
    }

    /// Builds the site; the first build is a full one, each later one reuses
    /// what the change left valid. One build runs at a time.
    public func build() -> Build.Report {
        lock.lock()
        defer { lock.unlock() }
        return Build.run(options, cache: cache)
    }
}
