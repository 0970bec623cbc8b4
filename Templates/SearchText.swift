import Foundation

/// How text becomes search terms, the same at build time as in the search
/// script (`SearchScript`): lower-cased, diacritics folded (`Tashkent` and
/// `Taşkent` meet), split into words of letters and digits (apostrophes
/// dropped inside a word), stop words left out and, on an English site, each
/// word stemmed (`terrorists` → `terrorist`).
public enum SearchText {
    /// The longest word kept; longer runs (a URL, a hash) are not words a reader types.
    static let longestWord = 40

    /// Lower case, canonical decomposition, combining marks dropped: what both sides compare.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            folded.append(scalar)
        }
        return String(folded)
    }

    /// The folded words of `text`, in order, stop words included.
    public static func words(_ text: String) -> [String] {
        var split = SearchWords()
        split.read(text)
        return split.words.map { $0.string(in: split.utf8) }
    }

    /// Splits the UTF-8 of a plain text (`isPlain`) into words, folding each
    /// where it stands: its ASCII capitals lower-cased and an apostrophe inside
    /// it dropped, the letters after it moved up to close the gap. Folding
    /// changes nothing else in a plain text.
    static func splitPlain(_ utf8: inout [UInt8], into words: inout [SearchWord]) {
        // The word being read starts at `start`, and its next letter goes to `end`.
        var start = 0
        var end = 0
        var reading = SearchWord.Reading()
        var index = 0
        let letters = SearchText.letters
        while index < utf8.count {
            let byte = utf8[index]
            let letter = letters[Int(byte)]
            if letter != 0 {
                utf8[end] = letter
                end += 1
                reading.add(letter)
            } else if end > start && byte == 0x27 {
                // An apostrophe inside a word: left out.
            } else if end > start && byte == 0xE2 && utf8[(index + 1)...].starts(with: [0x80, 0x99]) {
                index += 2 // U+2019, a typographic apostrophe
            } else {
                // A separator, or a byte of one beyond ASCII: the word, if any, ends.
                if end > start {
                    if reading.length <= longestWord { words.append(reading.word(at: start..<end)) }
                    reading = SearchWord.Reading()
                }
                start = index + 1
                end = start
            }
            index += 1
        }
        if end > start && reading.length <= longestWord { words.append(reading.word(at: start..<end)) }
    }

    /// Each byte as a plain word holds it, lower case; 0 for a byte that is no letter or digit.
    /// A lookup a byte takes a sixth fewer instructions than comparing ranges (callgrind).
    private static let letters: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x30...0x39, 0x61...0x7a: return UInt8(byte)
        case 0x41...0x5a: return UInt8(byte | 0x20)
        default: return 0
        }
    }

    /// Splits any text into words: folded whole, each word's UTF-8 then added to `utf8`.
    static func splitFolded(_ text: String, into utf8: inout [UInt8], _ words: inout [SearchWord]) {
        var start = utf8.count
        var length = 0
        func end() {
            if length > 0 && length <= longestWord {
                words.append(SearchWord(spelling: utf8[start...]))
            } else {
                utf8.removeSubrange(start...)
            }
            start = utf8.count
            length = 0
        }
        for scalar in fold(text).unicodeScalars {
            if isWordCharacter(scalar) {
                utf8.append(contentsOf: String(scalar).utf8)
                length += 1
            } else if !isApostrophe(scalar) || length == 0 {
                end()
            }
        }
        end()
    }

    /// Whether UTF-8 is of ASCII and plain separators only.
    static func isPlain(_ utf8: [UInt8]) -> Bool {
        // ASCII alone is told at once: the compiler checks many bytes a step.
        guard utf8.reduce(0, |) >= 0x80 else { return true }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            guard byte >= 0x80 else { continue }
            let more = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
            var scalar = UInt32(byte & (0x3F >> more))
            for _ in 0..<more where index < utf8.count {
                scalar = scalar << 6 | UInt32(utf8[index] & 0x3F)
                index += 1
            }
            guard let decoded = Unicode.Scalar(scalar), isPlainSeparator(decoded) else { return false }
        }
        return true
    }

    /// An apostrophe inside a word is dropped (`don't` is `dont`), typographic or not.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// Punctuation and spaces beyond ASCII that folding leaves as they are
    /// (no lower case, no decomposition, no combining class) and that are not
    /// word characters: the quotes, dashes and spaces of typeset text.
    /// `SearchTextTests` checks each of these properties.
    static func isPlainSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0xA7, 0xAB, 0xB0, 0xB7, 0xBB, 0xBF, 0xD7, 0xF7,
             0x2002...0x200A, 0x2010...0x2027, 0x202F...0x203A, 0x20AC:
            return true
        default:
            return false
        }
    }

    /// The index terms of `text`: its words less stop words, stemmed where the site is English.
    public static func terms(_ text: String, english: Bool) -> [String] {
        words(text).compactMap { term(of: $0, english: english) }
    }

    /// The term a folded word is indexed under; nil for a stop word.
    static func term(of word: String, english: Bool) -> String? {
        isStopWord(word, english: english) ? nil : stem(word, english: english)
    }

    /// Whether a folded word is left out of the index: only English sites have stop words.
    static func isStopWord(_ word: String, english: Bool) -> Bool {
        english && stopWords.contains(word)
    }

    /// The term a folded word that is not a stop word is indexed under.
    static func stem(_ word: String, english: Bool) -> String {
        english ? EnglishStemmer.stem(word) : word
    }

    /// Whether the site's language (a BCP 47 tag) is English.
    public static func isEnglish(_ language: String) -> Bool {
        let tag = language.lowercased()
        return tag == "en" || tag.hasPrefix("en-")
    }

    /// Letters and digits (Unicode categories L and N).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// English words too common to find anything by; the search script has the same list.
    static let stopWords: Set<String> = Set(stopWordList.split(separator: " ").map(String.init))

    /// The stop words as one line, as the search script receives them.
    static let stopWordList = "a an and are as at be but by for from has have he her his i if in into is it its "
        + "of on or our she that the their them they this to was we were which will with you"
}

/// The words of one text, split out by `SearchText`, in buffers used again
/// for the next text: how the build reads documents (`SearchTermTable`).
struct SearchWords {
    /// The UTF-8 the words are in, each word folded: the text's own bytes,
    /// or, for a text that is not plain, the folded words one after another.
    private(set) var utf8: [UInt8] = []
    private(set) var words: [SearchWord] = []

    /// Splits `text`, in place of the text before.
    mutating func read(_ text: String) {
        utf8.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        utf8.append(contentsOf: text.utf8)
        if SearchText.isPlain(utf8) {
            SearchText.splitPlain(&utf8, into: &words)
        } else {
            utf8.removeAll(keepingCapacity: true)
            SearchText.splitFolded(text, into: &utf8, &words)
        }
    }
}
