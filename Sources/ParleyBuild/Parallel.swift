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
    return [R](unsafeUninitializedCapacity: items.count) { buffer, initialized in
        let results = UnsafeSendable(buffer.baseAddress!)
        let batch = max(1, min(16, items.count / (threads * 16)))
        let next = NextIndex()
        withoutActuallyEscaping(transform) { transform in
            let shared = UnsafeSendable(transform)
            items.withUnsafeBufferPointer { input in
                let input = UnsafeSendable(input)
                DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
                    while case let lower = next.take(batch), lower < input.value.count {
                        for index in lower..<min(lower + batch, input.value.count) {
                            (results.value + index).initialize(to: shared.value(input.value[index]))
                        }
                    }
                }
            }
        }
        initialized = items.count
    }
}

/// The next item to take, shared by the threads of one `parallelMap`.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let taken = next
        next += count
        return taken
    }
}

/// A value handed to worker threads that each touch a disjoint part of it.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Lets `value` go on a background thread. A linked site is millions of
/// small allocations, and freeing them takes a tenth of a second at 10,000
/// pages: time a one-shot `parley build` would otherwise spend before exiting.
func releaseInBackground(_ value: some Sendable) {
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}
