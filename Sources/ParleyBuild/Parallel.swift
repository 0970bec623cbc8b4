import Dispatch

/// `transform` applied to every element on up to `threads` threads; the
/// results keep the order of `items`, so output never depends on scheduling.
func parallelMap<T, R>(_ items: [T], threads: Int, _ transform: (T) -> R) -> [R] {
    if threads <= 1 || items.count < 2 {
        return items.map(transform)
    }
    return [R](unsafeUninitializedCapacity: items.count) { buffer, initialized in
        let results = UnsafeSendable(buffer.baseAddress!)
        let chunks = min(items.count, threads * 4)
        withoutActuallyEscaping(transform) { transform in
            let shared = UnsafeSendable(transform)
            items.withUnsafeBufferPointer { input in
                let input = UnsafeSendable(input)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * input.value.count / chunks
                    let upper = (chunk + 1) * input.value.count / chunks
                    for index in lower..<upper {
                        (results.value + index).initialize(to: shared.value(input.value[index]))
                    }
                }
            }
        }
        initialized = items.count
    }
}

/// A value handed to worker threads that each touch a disjoint part of it.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
