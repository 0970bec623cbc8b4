import Foundation
import ParleySite

/// Every figure as data, for reuse: `figures.csv` (RFC 4180) and `figures.json`,
/// with the absolute URLs of the paragraphs that cite each.
public enum FigureData {
    public static let csvPath = SitePath("figures.csv")
    public static let jsonPath = SitePath("figures.json")

    /// All the data shows: every figure, with where it is cited.
    public struct Input: Sendable, Equatable {
        public var settings: SiteSettings
        public var figures: [Figure]

        public init(_ site: Site) {
            settings = site.settings
            figures = site.figures
        }
    }

    static func citingURLs(_ figure: Figure, settings: SiteSettings) -> [String] {
        figure.citations.map { citation in
            settings.absoluteURL(citation.question.path, fragment: citation.block.map(Question.anchor(block:)))
        }
    }

    public static func csv(_ input: Input) -> String {
        var rows = [["id", "value", "label", "source", "period", "topics", "url", "cited_in"]]
        for figure in input.figures {
            rows.append([
                figure.id, figure.value, figure.label, figure.source ?? "", figure.period ?? "",
                figure.topicIDs.joined(separator: " "), input.settings.absoluteURL(figure.path),
                citingURLs(figure, settings: input.settings).joined(separator: " "),
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    public static func json(_ input: Input) -> String {
        let figures = input.figures.map { figure -> JSONValue in
            .object([
                ("id", .string(figure.id)),
                ("value", .string(figure.value)),
                ("label", .string(figure.label)),
                ("source", figure.source.map(JSONValue.string) ?? .null),
                ("period", figure.period.map(JSONValue.string) ?? .null),
                ("topics", .array(figure.topicIDs.map(JSONValue.string))),
                ("url", .string(input.settings.absoluteURL(figure.path))),
                ("cited_in", .array(citingURLs(figure, settings: input.settings).map(JSONValue.string))),
            ])
        }
        return JSONValue.object([("site", .string(input.settings.title)), ("figures", .array(figures))]).serialized + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
