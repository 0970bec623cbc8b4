import ParleyBuild

/// What one build of `parley serve` did: the first build, or a rebuild after
/// files under `Content/` changed.
public struct Rebuild: Sendable {
    /// The build's own report: diagnostics, counts, timings.
    public var report: Build.Report
    /// The paths under `Content/` whose change started the build, sorted;
    /// empty for the first build.
    public var changes: [String]
    /// What the terminal and the browser show when the build failed: every
    /// diagnostic as `path:line:col: error: message`, then a summary line.
    /// Empty when the build succeeded.
    public var errorLines: [String]
    /// Whether open pages were told to reload: the build changed the served
    /// files, or ended a run of failed builds.
    public var reloaded: Bool
    /// Counts the builds that changed what is served; it names the site's
    /// state in the reload events.
    public var generation: Int

    public var succeeded: Bool { report.succeeded }
}
