import ParleySite

/// The fragments a page has, described rather than listed: its sections,
/// `#p1` to `#pN` for an answer of N blocks, and on an interview page each
/// question's `#qid` and `#qid-p1` to `#qid-pN`.
struct PageAnchors {
    var sections: [String]
    var blocks = 0
    /// Question id → its answer's number of blocks.
    var transcript: [String: Int] = [:]

    func contains(_ fragment: String) -> Bool {
        if sections.contains(fragment) || transcript[fragment] != nil { return true }
        if let number = PageAnchors.blockNumber(fragment, after: "p"), number <= blocks { return true }
        // `qid-pN`: the question id may itself hold "-p".
        var rest = Substring(fragment)
        while let marker = rest.range(of: "-p", options: .backwards) {
            let id = String(fragment[..<marker.lowerBound])
            if let count = transcript[id], let number = PageAnchors.blockNumber(fragment[marker.lowerBound...], after: "-p"),
               number <= count {
                return true
            }
            rest = fragment[..<marker.lowerBound]
        }
        return false
    }

    /// Every fragment, for a message that lists them.
    var all: Set<String> {
        var all = Set(sections)
        all.formUnion((0..<blocks).map { Question.anchor(block: $0 + 1) })
        for (id, count) in transcript {
            all.insert(Interview.transcriptAnchor(id))
            all.formUnion((0..<count).map { Interview.transcriptAnchor(id, block: $0 + 1) })
        }
        return all
    }

    /// N for `prefix` + N written as a block anchor is (no sign, no leading zero, from 1).
    private static func blockNumber(_ text: some StringProtocol, after prefix: String) -> Int? {
        guard text.hasPrefix(prefix) else { return nil }
        let digits = text.dropFirst(prefix.count)
        guard let first = digits.first, first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits) else { return nil }
        return number
    }
}
