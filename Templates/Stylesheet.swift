/// The site's one stylesheet, written to `assets/parley.css`.
public enum Stylesheet {
    public static let path = "assets/parley.css"

    public static let css = #"""
    body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
    """#
}
