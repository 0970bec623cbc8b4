import Dispatch
import Foundation

/// `transform` applied to every element on up to `threads` threads; the
/// results keep the order of `items`, so output never depends on scheduling.
///
/// Each thread takes the next few items as it becomes free, so that a slow
/// item (an interview's transcript, the search index) holds up only its own
/// thread, never a share of the work fixed in advance.
func parallelMap<T, R>(_ items: [T], threads: Int, _ transform: (T) -> R) -> [R] {
    if threads <= 1 || items.count < 2 {
        return items.map(transform)
    }
    let batch = max(1, min(16, items.count / (threads * 16)))
    return withoutActuallyEscaping(transform) { transform in
        let work = ParallelWork(items: items, transform: transform)
        DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
            while let range = work.take(batch) { work.run(range) }
        }
        return work.results()
    }
}

/// The items of one `parallelMap`, the next to take and the results so far,
/// shared by its threads; every change to the shared state holds the lock.
private final class ParallelWork<T, R>: @unchecked Sendable {
    /// The results of one batch of consecutive items.
    private struct Batch {
        var start: Int
        var results: [R]
    }

    private let items: [T]
    private let transform: (T) -> R
    private let lock = NSLock()
    private var next = 0
    private var done: [Batch] = []

    init(items: [T], transform: @escaping (T) -> R) {
        self.items = items
        self.transform = transform
    }

    /// The next `count` items' indices, or nil when none is left.
    func take(_ count: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < items.count else { return nil }
        let range = next..<min(next + count, items.count)
        next = range.upperBound
        return range
    }

    /// Transforms the items in `range`, outside the lock, and keeps their results.
    func run(_ range: Range<Int>) {
        let batch = Batch(start: range.lowerBound, results: range.map { transform(items[$0]) })
        lock.lock()
        defer { lock.unlock() }
        done.append(batch)
    }

    /// Every result, in the order of the items.
    func results() -> [R] {
        lock.lock()
        defer { lock.unlock() }
        var all: [R] = []
        all.reserveCapacity(items.count)
        for batch in done.sorted(by: { $0.start < $1.start }) { all += batch.results }
        return all
    }
}

/// Lets `value` go on a background thread. A linked site is millions of
/// small allocations, and freeing them takes a tenth of a second at 10,000
/// pages: time a one-shot `parley build` would otherwise spend before exiting.
func releaseInBackground(_ value: some Sendable) {
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}
