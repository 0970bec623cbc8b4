import Foundation
import ParleySite

/// Every figure as data, for reuse: `figures.csv` (RFC 4180) and `figures.json`,
/// with the absolute URLs of the paragraphs that cite each.
public enum FigureData {
    public static let csvPath = SitePath("figures.csv")
    public static let jsonPath = SitePath("figures.json")

    static func citingURLs(_ figure: Figure, in site: Site) -> [String] {
        figure.citations.map { citation in
            site.settings.absoluteURL(citation.question.path, fragment: citation.block.map(Question.anchor(block:)))
        }
    }

    public static func csv(_ site: Site) -> String {
        var rows = [["id", "value", "label", "source", "period", "topics", "url", "cited_in"]]
        for figure in site.figures {
            rows.append([
                figure.id, figure.value, figure.label, figure.source ?? "", figure.period ?? "",
                figure.topicIDs.joined(separator: " "), site.settings.absoluteURL(figure.path),
                citingURLs(figure, in: site).joined(separator: " "),
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    public static func json(_ site: Site) -> String {
        let figures = site.figures.map { figure -> JSONValue in
            .object([
                ("id", .string(figure.id)),
                ("value", .string(figure.value)),
                ("label", .string(figure.label)),
                ("source", figure.source.map(JSONValue.string) ?? .null),
                ("period", figure.period.map(JSONValue.string) ?? .null),
                ("topics", .array(figure.topicIDs.map(JSONValue.string))),
                ("url", .string(site.settings.absoluteURL(figure.path))),
                ("cited_in", .array(citingURLs(figure, in: site).map(JSONValue.string))),
            ])
        }
        return JSONValue.object([("site", .string(site.settings.title)), ("figures", .array(figures))]).serialized + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
