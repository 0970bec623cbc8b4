import Foundation

/// `parley import`: a transcript as a think tank receives it (plain text,
/// Markdown or Word) made into an interview of `Content/`, a draft, with every
/// question and answer paragraph kept as written. Nothing is written unless
/// the whole import succeeds, and an existing interview is never touched.
public enum TranscriptImport {
    /// What to import, where, and what the transcript may not say.
    public struct Options: Sendable {
        /// The transcript, and its name as the user gave it, for messages.
        public var file: URL
        public var fileName: String
        /// The site's folder, the one that holds `Content/`.
        public var root: URL
        public var id: String?
        /// Report what would be written, and write nothing.
        public var dryRun = false
        public var title: String?
        /// In any common form: `20th July 2020`, `July 20, 2020`, `2020-07-20`.
        public var date: String?
        public var interviewee: String?
        public var interviewer: String?

        public init(file: URL, fileName: String, root: URL) {
            self.file = file
            self.fileName = fileName
            self.root = root
        }
    }

    /// What was found, and written (or would be, on a dry run).
    public struct Report: Sendable {
        public var id: String
        /// How the transcript was read: `plain text, marker lines ("QUESTION 1" … "ANSWER")`.
        public var shape: String
        public var files: [PlannedFile]
        /// Each fact of the interview and where it came from: `date: 2020-07-20 (line 14)`.
        public var facts: [String]
        /// What the import could not tell, and what to check.
        public var checks: [String]
        public var figures: [FigureSuggestion]
        public var written: Bool
    }

    /// Imports the transcript, or says why nothing was written.
    public static func run(_ options: Options) -> Result<Report, ImportFailure> {
        do {
            return .success(try importing(options))
        } catch {
            return .failure(error)
        }
    }
}

private extension TranscriptImport {
    static func importing(_ options: Options) throws(ImportFailure) -> Report {
        let content = options.root.appendingPathComponent("Content", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImportFailure(file: options.root.path, "there is no Content folder here; run parley import in the site's folder, "
                + "or name it with --site")
        }
        let text = try TranscriptFile.read(options.file, named: options.fileName)
        guard let found = TranscriptShape.recognise(text) else {
            throw ImportFailure(file: options.fileName, "no questions and answers found; looked for \(TranscriptShape.lookedFor)")
        }
        let facts = try Self.facts(of: found, text: text, options: options)
        let id = try Self.id(options.id, facts: facts)
        let planned = InterviewFiles(id: id, facts: facts, questions: found.questions, plainText: !text.isMarkdown,
                                     topics: topicIDs(in: content))
        if FileManager.default.fileExists(atPath: options.root.appendingPathComponent(planned.folder).path) {
            throw ImportFailure(file: planned.folder, "already exists; parley import never overwrites an interview: "
                + "give another id with --id, or remove the folder first")
        }
        let files = planned.files
        if !options.dryRun { try InterviewWriter.write(files, folder: planned.folder, root: options.root) }
        let summary = ImportSummary(found: found, facts: facts, files: planned, siteTopics: planned.topics,
                                    figureFiles: Set(figureIDs(in: content)))
        return Report(id: id, shape: "\(text.format.rawValue), \(found.shape)", files: files, facts: summary.facts,
                      checks: summary.checks, figures: summary.figures, written: !options.dryRun)
    }

    /// The transcript's facts, with the speakers' labels where it names nobody, and the options over both.
    static func facts(of found: FoundTranscript, text: TranscriptText, options: Options) throws(ImportFailure) -> InterviewFacts {
        var facts = TitleBlock.read(found.preamble, frontMatter: text.frontMatter)
        if facts.interviewer == nil, let label = found.interviewerLabel.flatMap(Person.fromLabel) {
            facts.interviewer = .init(value: label, origin: "the speaker labels")
        }
        if facts.interviewee == nil, let label = found.intervieweeLabel.flatMap(Person.fromLabel) {
            facts.interviewee = .init(value: label, origin: "the speaker labels")
        }
        if let title = options.title { facts.title = .init(value: title, origin: "--title") }
        if let date = options.date {
            guard let iso = DateText.parse(date) else {
                throw ImportFailure(file: options.fileName, "--date '\(date)' is not a date; write it as 2020-07-20 or 20 July 2020")
            }
            facts.date = .init(value: iso, origin: "--date")
        }
        if let name = options.interviewee { facts.interviewee = .init(value: name, origin: "--interviewee") }
        if let name = options.interviewer { facts.interviewer = .init(value: name, origin: "--interviewer") }
        if facts.title == nil, let name = facts.interviewee {
            facts.title = .init(value: "Interview with \(name.value)", origin: "made from the interviewee's name")
        }
        return facts
    }

    /// The given id, or the interviewee's surname and the year: `doe-2024`.
    static func id(_ given: String?, facts: InterviewFacts) throws(ImportFailure) -> String {
        if let given {
            guard InterviewID.isValid(given) else {
                throw ImportFailure(file: given, "is not a valid interview id: use lower-case letters, digits and '-'")
            }
            return given
        }
        let surname = facts.interviewee.flatMap { Person($0.value)?.surname } ?? ""
        guard !surname.isEmpty else {
            throw ImportFailure(file: "--id", "the transcript does not name the interviewee, so there is no id to make; "
                + "give one with --id (and the name with --interviewee)")
        }
        return surname + (facts.date.map { "-" + $0.value.prefix(4) } ?? "")
    }

    static func topicIDs(in content: URL) -> Set<String> {
        Set(ids(in: content.appendingPathComponent("topics", isDirectory: true)))
    }

    static func figureIDs(in content: URL) -> [String] {
        ids(in: content.appendingPathComponent("figures", isDirectory: true))
    }

    /// The ids of the `.md` files of a folder.
    static func ids(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
    }
}
