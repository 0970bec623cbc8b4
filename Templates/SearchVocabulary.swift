/// Where a term is in one document.
struct SearchTermCounts: Sendable {
    /// Times in the answer's blocks.
    var body: Int32 = 0
    /// In the title.
    var title = false
    /// In the question or summary.
    var question = false

    /// Whether the term is nowhere.
    var isEmpty: Bool { body == 0 && !title && !question }
}

/// A folded word as `SearchText` splits it out: where it is in the UTF-8
/// handed on beside it, its first eight bytes as one number, and the hash
/// (FNV-1a) of all, so that a word already met is looked up without making
/// a `String` of it. The bytes are a text's, where the word's ASCII letters
/// may be capitals and are read as lower case, or the folded word's own.
struct SearchWord {
    let range: Range<Int>
    let hash: UInt64
    /// The first eight bytes, folded, the first in the lowest byte: a word
    /// of eight bytes or fewer is told from another by this and its length.
    let head: UInt64

    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with `byte` added.
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// `head` of a word of `length` bytes so far, with `byte` added.
    static func head(_ head: UInt64, _ byte: UInt8, length: Int) -> UInt64 {
        length < 8 ? head | UInt64(byte) << (length * 8) : head
    }

    /// A byte of a word as it is compared and kept: ASCII in lower case.
    static func folded(_ byte: UInt8) -> UInt8 {
        byte < 0x80 ? byte | 0x20 : byte
    }

    init(range: Range<Int>, hash: UInt64, head: UInt64) {
        self.range = range
        self.hash = hash
        self.head = head
    }

    /// The word spelled by all of `utf8`.
    init(spelling utf8: [UInt8]) {
        var hash = SearchWord.emptyHash, head: UInt64 = 0
        for (length, byte) in utf8.lazy.map(SearchWord.folded).enumerated() {
            hash = SearchWord.hash(hash, byte)
            head = SearchWord.head(head, byte, length: length)
        }
        self.init(range: utf8.indices, hash: hash, head: head)
    }

    /// The word's bytes in `utf8`, folded.
    func folded(in utf8: [UInt8]) -> [UInt8] { utf8[range].map(SearchWord.folded) }

    func string(in utf8: [UInt8]) -> String { String(decoding: folded(in: utf8), as: UTF8.self) }
}

/// The terms met in some documents, each numbered once, and each word's
/// term: a word is looked up by its bytes once each time it is said, and
/// stemmed once.
struct SearchVocabulary: Sendable {
    let english: Bool
    /// The words met, spelled one after the other: word `n` is
    /// `spellings[ends[n - 1]..<ends[n]]` (from 0 for the first).
    private var spellings: [UInt8] = []
    private var ends: [Int] = []
    /// The words by hash, with open addressing; at most half the slots are filled.
    private var slots = [Slot](repeating: Slot(), count: 1 << 14)
    private var numbers: [String: Int] = [:]
    /// The terms by number.
    private(set) var terms: [String] = []

    /// A word met: what it is looked up by, and its term.
    private struct Slot {
        var hash: UInt64 = 0
        var head: UInt64 = 0
        /// The word's number in `ends`; -1 for an empty slot.
        var word: Int32 = -1
        var length: Int32 = 0
        /// The term's number; -1 for a stop word.
        var term: Int32 = -1
    }

    init(english: Bool) {
        self.english = english
        numbers.reserveCapacity(slots.count / 2)
    }

    /// The number of the term a folded word, in `utf8`, is indexed under; nil for a stop word.
    mutating func number(of word: SearchWord, in utf8: [UInt8]) -> Int? {
        var place = SearchVocabulary.slot(of: word.hash, in: slots.count)
        while slots[place].word >= 0 {
            let slot = slots[place]
            if slot.hash == word.hash && slot.head == word.head && Int(slot.length) == word.range.count
                && (slot.length <= 8 || spells(Int(slot.word), word, utf8)) {
                return slot.term < 0 ? nil : Int(slot.term)
            }
            place = (place + 1) & (slots.count - 1)
        }
        let number = SearchText.term(of: word.string(in: utf8), english: english).map { self.number(ofTerm: $0) }
        add(word, utf8, term: number, slot: place)
        return number
    }

    /// Whether word `known`, of the same length and first eight bytes as `word`, is spelled as it.
    private func spells(_ known: Int, _ word: SearchWord, _ utf8: [UInt8]) -> Bool {
        var offset = (known == 0 ? 0 : ends[known - 1]) + 8
        for index in word.range.dropFirst(8) {
            if spellings[offset] != SearchWord.folded(utf8[index]) { return false }
            offset += 1
        }
        return true
    }

    private mutating func add(_ word: SearchWord, _ utf8: [UInt8], term: Int?, slot: Int) {
        for index in word.range { spellings.append(SearchWord.folded(utf8[index])) }
        ends.append(spellings.count)
        slots[slot] = Slot(hash: word.hash, head: word.head, word: Int32(ends.count - 1),
                           length: Int32(word.range.count), term: Int32(term ?? -1))
        if ends.count * 2 > slots.count { grow() }
    }

    /// Twice the slots, every word placed again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.word >= 0 {
            var place = SearchVocabulary.slot(of: slot.hash, in: slots.count)
            while slots[place].word >= 0 { place = (place + 1) & (slots.count - 1) }
            slots[place] = slot
        }
    }

    /// The first slot to try for a word of `hash`, of `count` slots (a power of 2).
    private static func slot(of hash: UInt64, in count: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ hash >> 32) & (count - 1)
    }

    mutating func number(ofTerm term: String) -> Int {
        if let known = numbers[term] { return known }
        terms.append(term)
        numbers[term] = terms.count - 1
        return terms.count - 1
    }
}
