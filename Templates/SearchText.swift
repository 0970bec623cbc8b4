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
        var words: [String] = []
        forEachWord(in: text) { words.append($0.string(in: $1)) }
        return words
    }

    /// Calls `body` with each folded word of `text`, in order, and the UTF-8 it is in.
    static func forEachWord(in text: String, _ body: (SearchWord, [UInt8]) -> Void) {
        let utf8 = Array(text.utf8)
        if isPlain(utf8) {
            forEachPlainWord(in: utf8, body)
        } else {
            forEachFoldedWord(in: text, body)
        }
    }

    /// `forEachWord` for any text: folded whole, then split.
    static func forEachFoldedWord(in text: String, _ body: (SearchWord, [UInt8]) -> Void) {
        var word = String.UnicodeScalarView()
        var length = 0
        func end() {
            if length > 0 && length <= longestWord {
                let utf8 = Array(String(word).utf8)
                body(SearchWord(spelling: utf8), utf8)
            }
            word = String.UnicodeScalarView()
            length = 0
        }
        for scalar in fold(text).unicodeScalars {
            if isWordCharacter(scalar) {
                word.append(scalar)
                length += 1
            } else if !isApostrophe(scalar) || length == 0 {
                end()
            }
        }
        end()
    }

    /// `forEachWord` for the UTF-8 of a text of ASCII and plain separators
    /// (most of a site's, typographic quotes and dashes included): its words
    /// are read where they are, without a folded copy, since folding changes
    /// only their capitals.
    private static func forEachPlainWord(in utf8: [UInt8], _ body: (SearchWord, [UInt8]) -> Void) {
        var start = 0
        var reading = SearchWord.Reading()
        // Whether the word holds an apostrophe, left out of the word that is handed on.
        var apostrophe = false
        func end(at index: Int) {
            if reading.length > 0 && reading.length <= longestWord {
                if apostrophe {
                    let letters = utf8[start..<index].filter(isASCIIWordByte)
                    body(reading.word(at: letters.indices), letters)
                } else {
                    body(reading.word(at: start..<index), utf8)
                }
            }
            start = index + 1
            reading = SearchWord.Reading()
            apostrophe = false
        }
        for index in utf8.indices {
            let byte = utf8[index]
            switch byte {
            case 0x30...0x39, 0x41...0x5a, 0x61...0x7a:
                reading.add(byte | 0x20)
            case 0x27 where reading.length > 0:
                apostrophe = true
            case 0xE2 where reading.length > 0 && utf8.dropFirst(index + 1).starts(with: [0x80, 0x99]):
                apostrophe = true // U+2019
            case 0x80...0xBF:
                // The rest of a plain separator, which ended the word at its first byte.
                if reading.length == 0 { start = index + 1 }
            default:
                end(at: index)
            }
        }
        end(at: utf8.count)
    }

    /// Whether UTF-8 is of ASCII and plain separators only.
    private static func isPlain(_ utf8: [UInt8]) -> Bool {
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

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5a, 0x61...0x7a: return true
        default: return false
        }
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
