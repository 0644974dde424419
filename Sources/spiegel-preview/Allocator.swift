// The preview rebuilds pages as the build does, with the same allocator: linking mimalloc makes
// it the allocator of the whole process (see the `spiegel` target's Allocator.swift).
import CMimalloc
