import Foundation

/// Writing an imported interview all at once or not at all: the files go into
/// a hidden folder beside the interviews (which the build ignores), which is
/// then renamed into place; any failure removes it.
enum InterviewWriter {
    static func write(_ files: [PlannedFile], folder: String, root: URL) throws(ImportFailure) {
        let target = root.appendingPathComponent(folder, isDirectory: true)
        let interviews = target.deletingLastPathComponent()
        let staging = interviews.appendingPathComponent(".\(target.lastPathComponent).import-\(UUID().uuidString)", isDirectory: true)
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let name = (file.path as NSString).lastPathComponent
                try Data(file.text.utf8).write(to: staging.appendingPathComponent(name), options: .withoutOverwriting)
            }
            guard !manager.fileExists(atPath: target.path) else {
                try? manager.removeItem(at: staging)
                throw ImportFailure(file: folder, "already exists; parley import never overwrites an interview: "
                    + "give another id with --id, or remove the folder first")
            }
            try manager.moveItem(at: staging, to: target)
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw ImportFailure(file: folder, "cannot be written: \(error.localizedDescription); nothing was written")
        }
    }
}
