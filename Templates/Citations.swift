import ParleySite

/// Ready citations of an interview or a question: Chicago (notes and
/// bibliography, 17th ed.), APA (7th ed.) and BibTeX, from the front matter
/// and `base_url`.
public enum Citations {
    public struct Entry {
        /// The interviewee, who is cited as the author.
        var author: String
        var interviewer: String
        /// The question's title, when citing one question.
        var part: String?
        var title: String
        var publisher: String?
        var date: Day
        var url: String
        var key: String
    }

    public static func entry(_ interview: InterviewFacts, settings: SiteSettings) -> Entry {
        Entry(author: interview.interviewee, interviewer: interview.interviewer, part: nil, title: interview.title,
              publisher: interview.publisher, date: interview.date,
              url: settings.absoluteURL(interview.path), key: key(interview.id))
    }

    public static func entry(_ question: Question, of interview: InterviewFacts, settings: SiteSettings) -> Entry {
        Entry(author: interview.interviewee, interviewer: interview.interviewer, part: question.title, title: interview.title,
              publisher: interview.publisher, date: interview.date,
              url: settings.absoluteURL(question.path), key: key(interview.id) + key(question.id))
    }

    /// `Doe, Jane. “Title.” Interview by X. Publisher, July 20, 2020. URL.`
    public static func chicago(_ entry: Entry) -> HTML {
        let name = inverted(entry.author)
        let publication: HTML = entry.publisher.map { "\($0), \(entry.date.monthDayYear)" } ?? "\(entry.date.monthDayYear)"
        if let part = entry.part {
            return "\(name). “\(part).” In “\(entry.title),” interview by \(entry.interviewer). \(publication). \(entry.url)."
        }
        return "\(name). “\(entry.title).” Interview by \(entry.interviewer). \(publication). \(entry.url)."
    }

    /// `Doe, J. (2020, July 20). <i>Title</i> [Interview by X]. Publisher. URL`
    public static func apa(_ entry: Entry) -> HTML {
        let date = "\(entry.date.year), \(Day.monthNames[entry.date.month - 1]) \(entry.date.day)"
        let publisher: HTML = entry.publisher.map { " \($0)." } ?? .empty
        if let part = entry.part {
            return "\(initials(entry.author)) (\(date)). \(part). In <i>\(entry.title)</i> [Interview by \(entry.interviewer)].\(publisher) \(entry.url)"
        }
        return "\(initials(entry.author)) (\(date)). <i>\(entry.title)</i> [Interview by \(entry.interviewer)].\(publisher) \(entry.url)"
    }

    /// A `@misc` entry, as plain text.
    public static func bibtex(_ entry: Entry) -> String {
        var text = "@misc{\(entry.key),\n"
        text.reserveCapacity(256 + entry.url.utf8.count)
        func field(_ name: String, _ value: String) {
            text += "  "
            text += name
            text += " = "
            text += value
            text += ",\n"
        }
        field("author", "{\(escape(inverted(entry.author)))}")
        field("title", "{\(escape(entry.part ?? entry.title))}")
        if entry.part != nil { field("booktitle", "{\(escape(entry.title))}") }
        field("howpublished", "{Interview by \(escape(entry.interviewer))}")
        if let publisher = entry.publisher { field("organization", "{\(escape(publisher))}") }
        field("year", "{\(entry.date.year)}")
        field("month", monthMacros[entry.date.month - 1])
        field("day", "{\(entry.date.day)}")
        field("url", "{\(entry.url)}")
        text += "}\n"
        return text
    }

    /// The "Cite this" section of interview and question pages. The BibTeX
    /// entry downloads from the page itself, as a `data:` URL: no file per page.
    static func section(_ entry: Entry) -> HTML {
        let bibtex = bibtex(entry)
        return Components.section(id: "cite", title: "Cite this", """
            <dl class="cite">
            <dt>Chicago</dt><dd><p class="citation-text">\(chicago(entry))</p></dd>
            <dt>APA</dt><dd><p class="citation-text">\(apa(entry))</p></dd>
            <dt>BibTeX</dt><dd><pre class="bibtex" tabindex="0" role="region" aria-label="BibTeX entry"><code>\(bibtex)</code></pre>
            <p><a href="\(dataURL(bibtex))" download="\(entry.key).bib">Download \(entry.key).bib</a></p></dd>
            </dl>
            """)
    }

    /// A BibTeX text as a `data:` URL; every byte but the unreserved ones percent-encoded.
    static func dataURL(_ bibtex: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var url = Array("data:application/x-bibtex;charset=utf-8,".utf8)
        url.reserveCapacity(url.count + 3 * bibtex.utf8.count)
        for byte in bibtex.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                url.append(byte)
            default:
                // Three appends: an array literal here would be allocated for every byte.
                url.append(UInt8(ascii: "%"))
                url.append(hex[Int(byte >> 4)])
                url.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: url, as: UTF8.self)
    }

    // MARK: - Names

    /// `Jane Doe` → `Doe, Jane`; a single name stays as it is.
    static func inverted(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, let family = words.last else { return name }
        return "\(family), \(words.dropLast().joined(separator: " "))"
    }

    /// `Jane Doe` → `Doe, J.`
    static func initials(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, let family = words.last else { return name }
        let given = words.dropLast().compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
        return "\(family), \(given)"
    }

    static func key(_ id: String) -> String {
        id.filter { $0.isLetter || $0.isNumber }
    }

    static let monthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Characters TeX treats specially, escaped.
    static func escape(_ text: String) -> String {
        let clean = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "%"),
                 UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "^"): return false
            default: return true
            }
        }
        guard !clean else { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(character)
            }
        }
        return out
    }
}
