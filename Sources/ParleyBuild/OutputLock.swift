import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file in the output folder, held while a
/// build writes there, so that two builds into one folder take turns instead
/// of interleaving their files and manifests.
///
/// The lock file exists only while a build holds it (or after one was
/// killed; the next build removes it): the holder removes it before letting
/// go, and a build that locked a file someone has since removed tries again,
/// so two builds never hold two different files. The manifest never lists it.
struct OutputLock {
    private let descriptor: Int32
    private let path: String

    /// Takes the lock, waiting up to `wait` seconds for a build that holds it.
    init(folder: URL, wait: Double) throws {
        path = folder.appendingPathComponent(OutputWriter.lockName).path
        let deadline = Date().addingTimeInterval(wait)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputWriter.Failure.io("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // Still the file at `path`, not one its last holder removed?
                var held = stat(), current = stat()
                if fstat(descriptor, &held) == 0, stat(path, &current) == 0,
                   held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                    self.descriptor = descriptor
                    return
                }
                close(descriptor)
                continue
            }
            let reason = errno
            close(descriptor)
            guard reason == EWOULDBLOCK || reason == EINTR else {
                throw OutputWriter.Failure.io("cannot lock \(path): \(String(cString: strerror(reason)))")
            }
            guard Date() < deadline else {
                throw OutputWriter.Failure.busy("another parley build is writing into \(folder.path) (it holds \(path)) "
                    + "and has not finished in \(Int(wait)) s; run this build again when it has")
            }
            usleep(20_000)
        }
    }

    /// Removes the lock file and lets the next build in.
    func release() {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
