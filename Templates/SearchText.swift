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
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// Calls `body` with each folded word of `text`, in order.
    public static func forEachWord(in text: String, _ body: (String) -> Void) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.allSatisfy({ $0.isASCII || isPlainSeparator($0) }) {
            forEachPlainWord(in: text, body)
        } else {
            forEachFoldedWord(in: text, body)
        }
    }

    /// `forEachWord` for any text: folded whole, then split.
    static func forEachFoldedWord(in text: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var length = 0
        for scalar in fold(text).unicodeScalars {
            if isWordCharacter(scalar) {
                word.append(scalar)
                length += 1
            } else if !isApostrophe(scalar) || word.isEmpty {
                if length > 0 && length <= longestWord { body(String(word)) }
                word = String.UnicodeScalarView()
                length = 0
            }
        }
        if length > 0 && length <= longestWord { body(String(word)) }
    }

    /// `forEachWord` for text of ASCII and plain separators (most of a site's,
    /// typographic quotes and dashes included), without a folded copy:
    /// folding changes only its capitals.
    private static func forEachPlainWord(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(longestWord + 1)
        func finish() {
            if !word.isEmpty && word.count <= longestWord { body(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7a: word.append(UInt8(scalar.value))
            case 0x41...0x5a: word.append(UInt8(scalar.value + 0x20))
            case _ where isApostrophe(scalar) && !word.isEmpty: continue
            default: finish()
            }
        }
        finish()
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
        guard english else { return word }
        return stopWords.contains(word) ? nil : EnglishStemmer.stem(word)
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
