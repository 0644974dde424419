#if canImport(Glibc)
import CMalloc
#endif

/// glibc's allocator settings for a process that allocates a few hundred MiB on two or more
/// threads and then exits.
enum MemoryTuning {
    static func apply() {
        #if canImport(Glibc)
        // A thread's arena grows its heap by as little as it needs, one `mprotect` call at a
        // time: about 10,000 calls for a 10,000-page build. Growing 64 MiB ahead makes that a
        // handful. Untouched pages are not resident, so the peak memory stays as it was.
        mallopt(M_TOP_PAD, 64 << 20)
        // Freed memory at the top of a heap is kept rather than returned and faulted in again:
        // the next page's render needs the same amount.
        mallopt(M_TRIM_THRESHOLD, 256 << 20)
        #endif
    }
}
