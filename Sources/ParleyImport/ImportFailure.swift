/// Why an import wrote nothing: a message that names the file, says what is
/// wrong and how to go on.
public struct ImportFailure: Error, Equatable, CustomStringConvertible {
    /// The file the failure is about, as the user named it (or a path below the site).
    public var file: String
    /// What is wrong and what to do about it.
    public var message: String

    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    /// `path: error: message`, as compilers print it.
    public var description: String { "\(file): error: \(message)" }
}
