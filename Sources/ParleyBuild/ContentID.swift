/// Ids as CONTENT.md has them (lower-case letters, digits and `-`), for the
/// commands that take one: the same rules and suggestions as the build's.
public enum ContentID {
    public static func isValid(_ id: String) -> Bool {
        ContentFiles.isValidID(id)
    }

    /// The id meant by one written otherwise: `Water_2025` → `water-2025`.
    public static func suggested(_ id: String) -> String {
        ContentFiles.suggestedID(id)
    }

    /// The candidate nearest to `id`, if it is near enough to be a typo of it.
    public static func nearest(to id: String, in candidates: [String]) -> String? {
        ParleyBuild.nearest(to: id, in: candidates)
    }
}
