#ifndef SPIEGEL_CMARK_ARENA_H
#define SPIEGEL_CMARK_ARENA_H

#include <stddef.h>

/// Memory for cmark-gfm's trees, one arena per run of documents.
///
/// cmark allocates every node, string and buffer of a tree on its own and frees them one by one
/// (a fifth of its thread's instructions in a build). The documents of a run live and die
/// together: parsed in one turn, rendered and dropped in the next. So their memory comes from
/// one arena, in large chunks, and goes back in one step: freeing a single block does nothing,
/// and no tree is walked to be freed.
///
/// cmark's allocator callbacks take no context, so the arena that the callbacks allocate from
/// is chosen beforehand with `spiegel_arena_select`. Only cmark's one thread calls any of these.
typedef struct SpiegelArena SpiegelArena;

SpiegelArena *spiegel_arena_create(void);
/// Frees every block the arena handed out, and the arena.
void spiegel_arena_destroy(SpiegelArena *arena);
/// Where the three callbacks below allocate until the next selection.
void spiegel_arena_select(SpiegelArena *arena);

/// cmark's `cmark_mem` callbacks.
void *spiegel_arena_calloc(size_t count, size_t size);
void *spiegel_arena_realloc(void *block, size_t size);
void spiegel_arena_free(void *block);

#endif
