/// The compact text a term's postings are written as: for each document
/// holding the term, the gap from the previous document's number and the
/// term's score there, each a base-32 number of ASCII letters, digits, `-`
/// and `_` (its last digit from the first 32 of them, the others from the
/// last 32), so that a common term costs two or three bytes a document.
enum SearchPostings {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// A document's number and the term's score in it, quantised.
    struct Posting: Sendable {
        var document: Int
        var score: Int
    }

    /// The postings, in document order, as text.
    static func encode(_ postings: [Posting]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 3)
        var previous = -1
        let alphabet = SearchPostings.alphabet
        for posting in postings {
            append(posting.document - previous, to: &out, alphabet)
            append(posting.score, to: &out, alphabet)
            previous = posting.document
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `number`; `alphabet` is handed in so that the loop does not look up the global each time.
    private static func append(_ number: Int, to out: inout [UInt8], _ alphabet: [UInt8]) {
        var high = 0
        while number >> (5 * (high + 1)) > 0 { high += 1 }
        for place in stride(from: high, to: 0, by: -1) {
            out.append(alphabet[32 + (number >> (5 * place)) & 31])
        }
        out.append(alphabet[number & 31])
    }

    /// The numbers of `text`, in order (the inverse of `append`, for tests).
    static func numbers(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var value = 0
        for byte in text.utf8 {
            guard let code = alphabet.firstIndex(of: byte) else { continue }
            if code >= 32 {
                value = value * 32 + code - 32
            } else {
                numbers.append(value * 32 + code)
                value = 0
            }
        }
        return numbers
    }
}
