/// The candidate nearest to `word`, if it is near enough to be a likely typo;
/// of equally near ones, the first in sorted order, so the answer never
/// depends on the order of a dictionary.
func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    // No one mistypes a hundred characters: a longer word (a link destination
    // of a megabyte, say) would only make the distances slow to compute.
    guard word.utf8.count <= 100 else { return nil }
    let length = word.count
    let limit = max(2, length / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in Set(candidates).sorted() where abs(candidate.count - length) <= limit {
        let distance = editDistance(word, candidate)
        if distance <= limit, distance < (best?.distance ?? .max) {
            best = (candidate: candidate, distance: distance)
        }
    }
    return best?.candidate
}

/// " Did you mean 'x'?" when a near candidate exists, otherwise "".
func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    nearest(to: word, in: candidates).map { " Did you mean '\($0)'?" } ?? ""
}

/// The Levenshtein distance between two strings, counting characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
