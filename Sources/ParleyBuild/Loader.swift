import Foundation
import ParleyMarkdown
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParleySite
import Templates

/// Reads and parses content files: front matter checked against its schema,
/// Markdown parsed by cmark. Each file is loaded on its own, so files load in parallel.
enum Loader {
    /// What a Markdown file is, from where it lies in `Content/`.
    enum Kind: Sendable {
        case interview(id: String)
        case question(interviewID: String, id: String)
        case topic(id: String)
        case figure(id: String)
        case page(id: String)
    }

    struct Job: Sendable {
        var kind: Kind
        var path: String
    }

    /// What loading one content file gave: the file, unless it has errors, and its diagnostics.
    struct Outcome {
        var file: LoadedFile?
        var diagnostics: [Diagnostic]
    }

    /// `site.yml`, with every key checked; `assets` are the files of `Content/` it may name.
    static func loadSettings(root: URL, path: String, assets: Set<String>) -> LoadedSettings {
        let text: String
        switch read(root: root, path: path) {
        case let .success(value): text = value
        case let .failure(diagnostic): return LoadedSettings(settings: nil, texts: [], diagnostics: [diagnostic])
        }
        var fields = FrontMatter(yaml: text, firstLine: 1, file: path, schema: .site)
        let title = fields.text("title")
        let baseURL = fields.text("base_url")
        let language = fields.text("language")
        let description = fields.text("description")
        let publisher = fields.text("publisher")
        let unsafeHTML = fields.bool("unsafe_html")
        if let baseURL, !isAbsoluteWebURL(baseURL), let position = fields.textPosition("base_url") {
            fields.report(position, "'base_url' must be an absolute http or https URL: write the full address where the site is published, "
                + "such as https://example.org/interviews/")
        }
        if let language, !isLanguageTag(language), let position = fields.textPosition("language") {
            fields.report(position, "'language' must be a BCP 47 language tag: write a code such as 'en' or 'en-GB'")
        }
        let brand = Loader.brand(&fields, file: path, files: SettingsFiles(root: root, assets: assets),
                                 rawHTML: unsafeHTML == true ? .passedThrough : .omitted)
        guard fields.diagnostics.isEmpty, let title, let baseURL else {
            return LoadedSettings(settings: nil, texts: brand.texts, diagnostics: fields.diagnostics)
        }
        let settings = SiteSettings(
            title: title, baseURL: baseURL, language: language ?? "en",
            description: description, publisher: publisher, unsafeHTML: unsafeHTML ?? false, brand: brand.brand)
        return LoadedSettings(settings: settings, texts: brand.texts, diagnostics: [])
    }

    /// Loads one file and renders its Markdown at once, each link written
    /// where its `ContentLink` leads; the cmark trees are let go here.
    static func load(_ job: Job, root: URL, rawHTML: MarkdownDocument.RawHTML) -> Outcome {
        switch read(root: root, path: job.path).flatMap({ SourceText.split($0, file: job.path) }) {
        case let .failure(diagnostic):
            return Outcome(file: nil, diagnostics: [diagnostic])
        case let .success(source):
            let file = ContentFile(path: job.path, source: source, rawHTML: rawHTML)
            switch job.kind {
            case let .interview(id): return file.interview(id)
            case let .question(interviewID, id): return file.question(QuestionReference(interviewID: interviewID, questionID: id))
            case let .topic(id): return file.topic(id)
            case let .figure(id): return file.figure(id)
            case let .page(id): return file.page(id)
            }
        }
    }

    static func read(root: URL, path: String) -> Result<String, Diagnostic> {
        // The listed path first; only if it is not there, the name as the disk spells it.
        guard let bytes = contents(atPath: root.path + "/" + path)
                ?? contents(atPath: ContentFiles.sourceURL(root: root, path: path).path) else {
            return .failure(.error(path, .start, "the file cannot be read; check that it exists and is readable"))
        }
        return SourceText.decode(bytes, file: path)
    }

    /// A file's bytes, read with one `read` call per chunk, without Foundation's URL and Data.
    static func contents(atPath path: String) -> [UInt8]? {
        // Non-blocking, so that a named pipe is refused instead of waited on.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return bytes(ofOpenFile: descriptor, size: Int(status.st_size))
    }

    static func isAbsoluteWebURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return components.query == nil && components.fragment == nil
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
