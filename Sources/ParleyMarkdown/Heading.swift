import CCmark

/// A heading of a Markdown text with its depth in the text's outline, so
/// that it can be set below the heading of the page that shows the text.
///
/// A text's heading levels are ranked (the highest level it uses is depth 1,
/// the next depth 2, …), and no heading is more than one deeper than the one
/// before it: an answer written with `#` and `###`, or one that starts with
/// `##`, still gives headings in order under the page's own (WCAG 1.3.1,
/// axe `heading-order`).
struct Heading {
    let node: OpaquePointer
    /// From 1: one below the heading the text sits under.
    let depth: Int

    /// The headings of a text, in document order, with their depths.
    static func outline(_ nodes: [OpaquePointer]) -> [Heading] {
        let levels = nodes.map { Int(cmark_node_get_heading_level($0)) }
        let ranks = Dictionary(uniqueKeysWithValues: Set(levels).sorted().enumerated().map { ($1, $0 + 1) })
        var previous = 0
        return zip(nodes, levels).map { node, level in
            let depth = min(ranks[level]!, previous + 1)
            previous = depth
            return Heading(node: node, depth: depth)
        }
    }
}
