/// A value rendered for pages at each depth of the site (the home page 0
/// folders down, a question page 3): what holds relative links and is
/// shown on every page.
public struct DepthRendered<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value for depth 0, 1, … `maximumDepth`.
    public let values: [Value]

    /// The deepest a page lies: `interviews/<id>/<q>/index.html`.
    public static var maximumDepth: Int { 3 }

    /// Renders `make` for every depth.
    public init(_ make: (Int) -> Value) {
        values = (0...DepthRendered.maximumDepth).map(make)
    }

    /// The value for a page `depth` folders down.
    public func at(depth: Int) -> Value {
        values[min(max(depth, 0), values.count - 1)]
    }
}
