import Foundation
import ParleyBuild

/// A folder named on the command line (`--site`, `--output`), checked before
/// anything is read or written, with the folder meant when one is misspelt.
public enum FolderArgument {
    /// Why `path` cannot be the site's folder, or nil if it is a folder.
    public static func siteProblem(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil
                : "'\(path)' is a file, not a folder: give --site the site's folder, the one that holds Content/"
        }
        return "there is no folder '\(path)'." + meant(url, as: path) + " --site names the site's folder, the one that holds Content/"
    }

    /// Why the site cannot be written to `path`: the folder that would hold it does not exist.
    /// A new output folder is fine (a build makes it); a missing folder above it is most often a typo.
    public static func outputProblem(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: parent.path) else { return nil }
        let shown = (path as NSString).deletingLastPathComponent
        return "there is no folder '\(shown)' to write the site into." + meant(parent, as: shown)
            + " Create it first, or give --output a folder that exists or one to make inside it"
    }

    /// " Did you mean 'x'?" for the existing folder beside `url` nearest to its name.
    private static func meant(_ url: URL, as written: String) -> String {
        let parent = url.deletingLastPathComponent()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: parent.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        let name = url.lastPathComponent
        guard let near = names.first(where: { $0.lowercased() == name.lowercased() })
                ?? ContentID.nearest(to: name, in: names) else { return "" }
        let shownParent = (written as NSString).deletingLastPathComponent
        return " Did you mean '\(shownParent.isEmpty ? near : shownParent + "/" + near)'?"
    }
}
