/// The English (Porter2) stemmer of Snowball 3, for the search index: the
/// search script (`SearchScript`) carries the same algorithm in JavaScript, so
/// that a query's words meet the indexed ones. Both are checked against
/// Snowball's own output (`Tests/TemplatesTests/Fixtures/english-stems.txt`).
///
/// Words are folded first (`SearchText.fold`); a word with anything but
/// `a`–`z` and digits is left as it is.
enum EnglishStemmer {
    /// The stem of a folded word: `terrorists` → `terrorist`, `generously` → `generous`.
    static func stem(_ word: String) -> String {
        if let special = exceptions[word] { return special }
        var w = Array(word.utf8)
        guard w.count >= 3, w.allSatisfy({ isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }) else { return word }
        markYs(&w)
        let p1 = prefixes.first { w.starts(with: $0) }?.count ?? region(w, from: 0)
        let regions = Regions(p1: p1, p2: region(w, from: p1))
        step1a(&w)
        step1b(&w, regions)
        step1c(&w)
        replaceSuffix(&w, step2, regions)
        replaceSuffix(&w, step3, regions)
        step4(&w, regions)
        step5(&w, regions)
        return String(decoding: w.map { $0 == Y ? y : $0 }, as: UTF8.self)
    }

    /// Where R1 and R2 start.
    private struct Regions {
        var p1: Int
        var p2: Int
    }

    private static let y = UInt8(ascii: "y"), Y = UInt8(ascii: "Y")

    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
        "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
        "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    private static let prefixes = ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"]
        .map { Array($0.utf8) }
    private static let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].map { Array($0.utf8) }

    /// Step 2's suffixes and replacements, longest first (the first that ends the word is the one).
    private static let step2 = suffixes([
        "ization": "ize", "ational": "ate", "fulness": "ful", "ousness": "ous", "iveness": "ive",
        "tional": "tion", "biliti": "ble", "lessli": "less", "entli": "ent", "ation": "ate",
        "alism": "al", "aliti": "al", "ousli": "ous", "iviti": "ive", "fulli": "ful", "ogist": "og",
        "enci": "ence", "anci": "ance", "abli": "able", "izer": "ize", "ator": "ate", "alli": "al",
        "bli": "ble", "ogi": "og", "li": "",
    ])
    private static let step3 = suffixes([
        "ational": "ate", "tional": "tion", "alize": "al", "icate": "ic", "iciti": "ic",
        "ative": "", "ical": "ic", "ness": "", "ful": "",
    ])
    private static let step4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
                                "ous", "ive", "ize", "ion", "al", "er", "ic"].map { Array($0.utf8) }

    /// A suffix and what replaces it.
    private struct Suffix {
        var suffix: [UInt8]
        var replacement: [UInt8]
    }

    private static func suffixes(_ pairs: KeyValuePairs<String, String>) -> [Suffix] {
        pairs.map { Suffix(suffix: Array($0.key.utf8), replacement: Array($0.value.utf8)) }
    }

    // MARK: - Letters and regions

    private static func isLetter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7a }

    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), y: true
        default: false
        }
    }

    private static func ends(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
        w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix)
    }

    private static func ends(_ w: ArraySlice<UInt8>, _ suffix: String) -> Bool {
        var i = w.endIndex
        for byte in suffix.utf8.reversed() {
            i -= 1
            if i < w.startIndex || w[i] != byte { return false }
        }
        return true
    }

    private static func ends(_ w: [UInt8], _ suffix: String) -> Bool { ends(w[...], suffix) }

    /// An initial `y`, and a `y` after a vowel, are consonants: `Y`.
    private static func markYs(_ w: inout [UInt8]) {
        if w[0] == y { w[0] = Y }
        for i in 1..<w.count where w[i] == y && isVowel(w[i - 1]) { w[i] = Y }
    }

    /// The end of the first vowel–non-vowel pair at or after `start`, or the word's length.
    private static func region(_ w: [UInt8], from start: Int) -> Int {
        var i = start
        while i + 1 < w.count {
            if isVowel(w[i]) && !isVowel(w[i + 1]) { return i + 2 }
            i += 1
        }
        return w.count
    }

    private static func hasVowel(_ w: some Collection<UInt8>) -> Bool { w.contains(where: isVowel) }

    /// Whether `w[..<end]` ends in a short syllable, or is `past`.
    private static func endsShort(_ w: [UInt8], _ end: Int) -> Bool {
        let i = end - 1
        if i >= 2, !isVowel(w[i]), w[i] != UInt8(ascii: "w"), w[i] != UInt8(ascii: "x"), w[i] != Y,
           isVowel(w[i - 1]), !isVowel(w[i - 2]) { return true }
        if i == 1, !isVowel(w[1]), isVowel(w[0]) { return true }
        return ends(w[..<end], "past")
    }

    // MARK: - Steps

    private static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "ied") || ends(w, "ies") {
            let long = w.count > 4
            w.removeLast(3)
            w += long ? [UInt8(ascii: "i")] : Array("ie".utf8)
        } else if ends(w, "us") || ends(w, "ss") {
            return
        } else if ends(w, "s"), hasVowel(w.dropLast(2)) {
            w.removeLast()
        }
    }

    private static func step1b(_ w: inout [UInt8], _ regions: Regions) {
        guard let suffix = ["eedly", "ingly", "edly", "eed", "ing", "ed"].first(where: { ends(w, $0) }) else { return }
        let base = Array(w.dropLast(suffix.utf8.count))
        let text = String(decoding: base, as: UTF8.self)
        if suffix == "eed" || suffix == "eedly" {
            if base.count >= regions.p1 && !["succ", "proc", "exc"].contains(text) { w = base + Array("ee".utf8) }
            return
        }
        if suffix == "ing" {
            if base.count == 2, !isVowel(base[0]), base[1] == y { w = [base[0]] + Array("ie".utf8); return }
            if ["even", "cann", "inn", "earr", "herr", "out"].contains(text) { return }
        }
        guard hasVowel(base) else { return }
        w = base
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(UInt8(ascii: "e"))
        } else if doubles.contains(where: { ends(w, $0) }) {
            let keep = w.count == 3 && [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o")].contains(w[0])
            if !keep { w.removeLast() }
        } else if w.count == regions.p1 && endsShort(w, w.count) {
            w.append(UInt8(ascii: "e"))
        }
    }

    private static func step1c(_ w: inout [UInt8]) {
        let last = w.count - 1
        if w.count > 2, w[last] == y || w[last] == Y, !isVowel(w[last - 1]) { w[last] = UInt8(ascii: "i") }
    }

    /// Steps 2 and 3: the longest suffix of the list, replaced if it is in R1 (and its condition holds).
    private static func replaceSuffix(_ w: inout [UInt8], _ list: [Suffix], _ regions: Regions) {
        guard let found = list.first(where: { ends(w, $0.suffix) }) else { return }
        let at = w.count - found.suffix.count
        guard at >= regions.p1 else { return }
        let before = at > 0 ? w[at - 1] : 0
        switch String(decoding: found.suffix, as: UTF8.self) {
        case "ogi" where before != UInt8(ascii: "l"): return
        case "li" where !Array("cdeghkmnrt".utf8).contains(before): return
        case "ative" where at < regions.p2: return
        default: break
        }
        w = Array(w[..<at]) + found.replacement
    }

    private static func step4(_ w: inout [UInt8], _ regions: Regions) {
        guard let suffix = step4.first(where: { ends(w, $0) }) else { return }
        let at = w.count - suffix.count
        guard at >= regions.p2 else { return }
        if suffix == Array("ion".utf8) && w[at - 1] != UInt8(ascii: "s") && w[at - 1] != UInt8(ascii: "t") { return }
        w.removeLast(suffix.count)
    }

    private static func step5(_ w: inout [UInt8], _ regions: Regions) {
        let at = w.count - 1
        if w[at] == UInt8(ascii: "e"), at >= regions.p2 || (at >= regions.p1 && !endsShort(w, at)) {
            w.removeLast()
        } else if w[at] == UInt8(ascii: "l"), at >= regions.p2, w[at - 1] == UInt8(ascii: "l") {
            w.removeLast()
        }
    }
}
