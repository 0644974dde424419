#if canImport(Glibc)
import Glibc
#endif

/// `SPIEGEL_THREADS=1` runs every stage on one task: for tests that prove the output does not
/// depend on how work was spread, and for counting instructions.
public enum Parallelism {
    public static let enabled: Bool = {
        guard let value = getenv("SPIEGEL_THREADS") else { return true }
        return String(cString: value) != "1"
    }()
}
