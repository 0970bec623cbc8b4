import Foundation
import ParleyBuild
import ParleySite

/// `parley new`: a new content file with its front matter filled in, ready
/// to write in.
///
/// A question gets the next free number in its interview (one more than the
/// highest); an interview gets today's date and `draft: true`, so that a
/// half-written interview is never published by accident. Required keys get
/// placeholder text that builds; optional keys are there as comments. An
/// existing file is never overwritten.
public enum NewContent {
    /// The kinds of content file, as `parley new` names them.
    public enum Kind: String, CaseIterable, Sendable {
        case interview, question, topic, figure
    }

    /// What to create, where.
    public struct Options: Sendable {
        /// The site's folder, the one that holds `Content/`.
        public var root: URL
        public var kind: Kind
        /// The new file's id; for a question `<interview-id>/<q>`, such as `<interview-id>/q2`.
        public var id: String
        /// The date an interview gets: the caller's today, never read from the clock here.
        public var today: Day

        public init(root: URL, kind: Kind, id: String, today: Day) {
            self.root = root
            self.kind = kind
            self.id = id
            self.today = today
        }
    }

    /// What was written.
    public struct Created: Sendable, Equatable {
        /// Relative to the site's folder: `Content/interviews/<interview-id>/q2.md`.
        public var path: String
        public var text: String
        /// A question's number.
        public var number: Int?
        /// An existing id of the same kind that the new one is a near spelling of, for a note.
        public var similar: String?
    }

    /// Why nothing was written; each says how to go on.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noContent(String)
        case badID(String)
        case noInterview(String)
        case exists(String)
        case io(String)

        public var description: String {
            switch self {
            case let .noContent(message), let .badID(message), let .noInterview(message),
                 let .exists(message), let .io(message):
                return message
            }
        }
    }

    /// Writes the new file, or says why it did not.
    public static func create(_ options: Options) -> Result<Created, Failure> {
        let content = options.root.appendingPathComponent("Content", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(.noContent("there is no Content folder in \(options.root.path); "
                + "run parley new in the site's folder, or name it with --site"))
        }
        let planned: (path: String, text: String, number: Int?, similar: String?)
        switch plan(options, content: content) {
        case let .success(plan): planned = plan
        case let .failure(failure): return .failure(failure)
        }
        let url = options.root.appendingPathComponent(planned.path)
        if FileManager.default.fileExists(atPath: url.path) {
            return .failure(.exists("\(planned.path) already exists; parley new never overwrites a file"))
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(planned.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            if FileManager.default.fileExists(atPath: url.path) {
                return .failure(.exists("\(planned.path) already exists; parley new never overwrites a file"))
            }
            return .failure(.io("cannot write \(planned.path): \(error.localizedDescription)"))
        }
        return .success(Created(path: planned.path, text: planned.text, number: planned.number, similar: planned.similar))
    }

    /// The calendar day of `date` in `calendar`'s time zone: how the command
    /// line turns the clock into an interview's `date`.
    public static func day(of date: Date, in calendar: Calendar = .current) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let iso = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return Day(iso: iso) ?? Day(iso: "1970-01-01")!
    }

    /// Lower-case letters, digits and `-`, as the build requires of every id.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
}

// MARK: - Planning

private extension NewContent {
    static func plan(_ options: Options, content: URL) -> Result<(path: String, text: String, number: Int?, similar: String?), Failure> {
        let id = options.id
        switch options.kind {
        case .question:
            let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                return .failure(.badID("a question's id is <interview-id>/<q>, such as my-interview/q8; '\(id)' is not"))
            }
            let (interview, question) = (parts[0], parts[1])
            if let failure = checkID(interview, kind: "interview", command: "question \(ContentID.suggested(interview))/\(question)")
                ?? checkID(question, kind: "question", command: "question \(interview)/\(ContentID.suggested(question))") {
                return .failure(failure)
            }
            if question == "index" {
                return .failure(.badID("'index' is the interview's own file; choose another question id, such as q1"))
            }
            let folder = content.appendingPathComponent("interviews/\(interview)", isDirectory: true)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.md").path) else {
                return .failure(noInterview(interview, question: question, content: content))
            }
            let number = (questionNumbers(in: folder).max() ?? 0) + 1
            return .success(("Content/interviews/\(interview)/\(question).md", Skeleton.question(number: number), number, nil))
        case .interview:
            if let failure = checkID(id, kind: "interview", command: "interview \(ContentID.suggested(id))") { return .failure(failure) }
            return .success(("Content/interviews/\(id)/index.md", Skeleton.interview(id: id, date: options.today), nil, nil))
        case .topic:
            if let failure = checkID(id, kind: "topic", command: "topic \(ContentID.suggested(id))") { return .failure(failure) }
            let similar = ContentID.nearest(to: id, in: ids(in: content.appendingPathComponent("topics")).filter { $0 != id })
            return .success(("Content/topics/\(id).md", Skeleton.topic(id: id), nil, similar))
        case .figure:
            if let failure = checkID(id, kind: "figure", command: "figure \(ContentID.suggested(id))") { return .failure(failure) }
            let similar = ContentID.nearest(to: id, in: ids(in: content.appendingPathComponent("figures")).filter { $0 != id })
            return .success(("Content/figures/\(id).md", Skeleton.figure(id: id), nil, similar))
        }
    }

    static func checkID(_ id: String, kind: String, command: String) -> Failure? {
        guard !isValidID(id) else { return nil }
        return .badID("'\(id)' is not a valid \(kind) id: ids are lower-case letters, digits and '-'; "
            + "use '\(ContentID.suggested(id))': parley new \(command)")
    }

    /// No interview `interview`: the one meant, if an existing id is near it, and how to start it otherwise.
    static func noInterview(_ interview: String, question: String, content: URL) -> Failure {
        let existing = folders(in: content.appendingPathComponent("interviews")).filter { name in
            FileManager.default.fileExists(atPath: content.appendingPathComponent("interviews/\(name)/index.md").path)
        }
        let start = "create it first with: parley new interview \(interview)"
        guard let near = ContentID.nearest(to: interview, in: existing) else {
            return .noInterview("there is no interview '\(interview)' (no Content/interviews/\(interview)/index.md); \(start)")
        }
        return .noInterview("there is no interview '\(interview)'. Did you mean '\(near)'? Then run: parley new question \(near)/\(question) "
            + "(or, for a new interview '\(interview)', \(start))")
    }

    /// The ids of the Markdown files in a folder.
    static func ids(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { String($0.dropLast(3)) }
    }

    static func folders(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
    }

    /// The `number:` of every question file in an interview's folder; files
    /// whose front matter has none (or is broken) are skipped.
    static func questionNumbers(in folder: URL) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "index.md" && !$0.hasPrefix(".") }.compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            return frontMatterNumber(String(decoding: data, as: UTF8.self))
        }
    }

    static func frontMatterNumber(_ text: String) -> Int? {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).makeIterator()
        guard let first = lines.next(), first.trimmingCharacters(in: .whitespaces).hasSuffix("---") else { return nil }
        while let line = lines.next() {
            if line.trimmingCharacters(in: .whitespaces) == "---" { return nil }
            guard line.hasPrefix("number:") else { continue }
            let value = line.dropFirst("number:".count).split(separator: "#").first ?? ""
            return Int(value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
        }
        return nil
    }
}
