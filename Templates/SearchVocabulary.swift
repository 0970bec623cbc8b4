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

    /// Adds the counts of another word of the same term.
    mutating func add(_ other: SearchTermCounts) {
        body += other.body
        title = title || other.title
        question = question || other.question
    }
}

/// A folded word as `SearchText` splits it out: where it is in the UTF-8
/// it is read from (`SearchWords`), its first eight bytes as one number, and
/// a hash of all, so that a word already met is looked up without making a
/// `String` of it.
struct SearchWord {
    let range: Range<Int>
    let hash: UInt64
    /// The first eight bytes, folded, the first in the lowest byte. No byte
    /// of a word is 0, so a word of fewer than eight bytes is told from any
    /// other by this alone.
    let head: UInt64

    /// A word's head and hash, worked out as its folded bytes are read:
    /// eight bytes are gathered into one number, and the hash mixes in
    /// each such number rather than each byte.
    struct Reading {
        private(set) var length = 0
        private var chunk: UInt64 = 0
        private var head: UInt64 = 0
        private var hash: UInt64 = 0

        mutating func add(_ byte: UInt8) {
            chunk |= UInt64(byte) << UInt64((length & 7) * 8)
            length += 1
            if length & 7 == 0 {
                if length == 8 { head = chunk }
                hash = Reading.mix(hash ^ chunk)
                chunk = 0
            }
        }

        /// The word read, at `range` of the UTF-8 it is in.
        func word(at range: Range<Int>) -> SearchWord {
            SearchWord(range: range, hash: Reading.mix(Reading.mix(hash ^ chunk) ^ UInt64(length)),
                       head: length < 8 ? chunk : head)
        }

        /// A multiply and a shift: enough for a table's slots to be spread out.
        private static func mix(_ value: UInt64) -> UInt64 {
            let product = value &* 0x9e37_79b9_7f4a_7c15
            return product ^ product >> 32
        }
    }

    private init(range: Range<Int>, hash: UInt64, head: UInt64) {
        self.range = range
        self.hash = hash
        self.head = head
    }

    /// The word spelled by `utf8`, folded, at its indices.
    init(spelling utf8: ArraySlice<UInt8>) {
        var reading = Reading()
        for byte in utf8 { reading.add(byte) }
        self = reading.word(at: utf8.indices)
    }

    /// The word, in the folded UTF-8 it was read from.
    func string(in utf8: [UInt8]) -> String { String(decoding: utf8[range], as: UTF8.self) }
}

/// The words met in some documents, each numbered once but stop words: a
/// word is looked up by its bytes each time it is said. Words are stemmed
/// only when the parts are joined (`SearchTermTable`), once for the site.
struct SearchVocabulary: Sendable {
    let english: Bool
    /// The words met, stop words too, spelled one after the other: word `n`
    /// is `spellings[ends[n - 1]..<ends[n]]` (from 0 for the first).
    private var spellings: [UInt8] = []
    private var ends: [Int] = []
    /// The words by hash, with open addressing; at most half the slots are filled.
    private var slots = [Slot](repeating: Slot(), count: 1 << 14)
    /// The words that are not stop words, by number.
    private(set) var words: [String] = []

    /// A word met: its head, its place in `ends`, and its number. Sixteen
    /// bytes, so that more of the table stays in the processor's cache.
    private struct Slot {
        var head: UInt64 = 0
        /// The word's place in `ends`; -1 for an empty slot.
        var word: Int32 = -1
        /// The word's number in `words`; -1 for a stop word.
        var number: Int32 = -1
    }

    init(english: Bool) {
        self.english = english
    }

    /// The number of a word, in the folded `utf8`; nil for a stop word.
    mutating func number(of word: SearchWord, in utf8: [UInt8]) -> Int? {
        var place = SearchVocabulary.slot(of: word.hash, in: slots.count)
        while slots[place].word >= 0 {
            let slot = slots[place]
            if slot.head == word.head && (word.range.count < 8 || spells(Int(slot.word), word, utf8)) {
                return slot.number < 0 ? nil : Int(slot.number)
            }
            place = (place + 1) & (slots.count - 1)
        }
        let spelling = word.string(in: utf8)
        var number: Int?
        if !SearchText.isStopWord(spelling, english: english) {
            words.append(spelling)
            number = words.count - 1
        }
        add(word, utf8, number: number, slot: place)
        return number
    }

    /// The bytes of word `number`.
    private func spelling(of number: Int) -> ArraySlice<UInt8> {
        spellings[(number == 0 ? 0 : ends[number - 1])..<ends[number]]
    }

    /// Whether word `known`, of the same first eight bytes as `word`, is spelled as it.
    private func spells(_ known: Int, _ word: SearchWord, _ utf8: [UInt8]) -> Bool {
        spelling(of: known).elementsEqual(utf8[word.range])
    }

    private mutating func add(_ word: SearchWord, _ utf8: [UInt8], number: Int?, slot: Int) {
        spellings += utf8[word.range]
        ends.append(spellings.count)
        slots[slot] = Slot(head: word.head, word: Int32(ends.count - 1), number: Int32(number ?? -1))
        if ends.count * 2 > slots.count { grow() }
    }

    /// Twice the slots, every word placed again (its hash worked out again from its spelling).
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.word >= 0 {
            let hash = SearchWord(spelling: spelling(of: Int(slot.word))).hash
            var place = SearchVocabulary.slot(of: hash, in: slots.count)
            while slots[place].word >= 0 { place = (place + 1) & (slots.count - 1) }
            slots[place] = slot
        }
    }

    /// The first slot to try for a word of `hash`, of `count` slots (a power of 2).
    private static func slot(of hash: UInt64, in count: Int) -> Int {
        Int(truncatingIfNeeded: hash) & (count - 1)
    }
}
