#include "CmarkArena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPIEGEL_ARENA_SANITIZED 1
#endif
#endif

/// Blocks are cut from chunks of this size; a larger block gets a chunk of its own. Under
/// AddressSanitizer every block gets its own chunk, so that the fuzzer sees each block's bounds.
#ifdef SPIEGEL_ARENA_SANITIZED
static const size_t chunk_size = 0;
#else
static const size_t chunk_size = 64 * 1024;
#endif

/// Each block starts with its size, so that `realloc` knows how much to copy; 16 bytes keep
/// every block aligned as malloc's are.
typedef struct {
  size_t size;
  size_t padding;
} Header;

typedef struct Chunk {
  struct Chunk *next;
  size_t capacity;
  size_t used;
  _Alignas(16) unsigned char bytes[];
} Chunk;

struct SpiegelArena {
  /// The chunk small blocks are cut from now, first in the list of all chunks.
  Chunk *chunks;
  /// The last block cut from the current chunk, which `realloc` can grow in place.
  unsigned char *last;
};

static SpiegelArena *selected;

static void out_of_memory(void) {
  fputs("spiegel: out of memory while parsing Markdown\n", stderr);
  abort();
}

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

/// A chunk of at least `capacity` bytes, not zeroed: `spiegel_arena_calloc` zeroes what it hands out.
static Chunk *add_chunk(SpiegelArena *arena, size_t capacity, int current) {
  Chunk *chunk = malloc(sizeof(Chunk) + capacity);
  if (!chunk) out_of_memory();
  chunk->capacity = capacity;
  chunk->used = 0;
  chunk->next = NULL;
  if (current || !arena->chunks) {
    chunk->next = arena->chunks;
    arena->chunks = chunk;
  } else {
    // Behind the current chunk, which keeps serving small blocks.
    chunk->next = arena->chunks->next;
    arena->chunks->next = chunk;
  }
  return chunk;
}

static unsigned char *allocate(SpiegelArena *arena, size_t size) {
  if (size > SIZE_MAX / 2) out_of_memory();
  size_t needed = sizeof(Header) + rounded(size);
  Chunk *chunk = arena->chunks;
  if (needed > chunk_size / 4) {
    chunk = add_chunk(arena, needed, 0);
  } else if (!chunk || chunk->capacity - chunk->used < needed) {
    chunk = add_chunk(arena, chunk_size, 1);
  }
  Header *header = (Header *)(chunk->bytes + chunk->used);
  chunk->used += needed;
  header->size = size;
  unsigned char *block = (unsigned char *)(header + 1);
  if (chunk == arena->chunks && needed <= chunk_size / 4) arena->last = block;
  return block;
}

SpiegelArena *spiegel_arena_create(void) {
  SpiegelArena *arena = calloc(1, sizeof(SpiegelArena));
  if (!arena) out_of_memory();
  return arena;
}

void spiegel_arena_destroy(SpiegelArena *arena) {
  if (!arena) return;
  if (selected == arena) selected = NULL;
  Chunk *chunk = arena->chunks;
  while (chunk) {
    Chunk *next = chunk->next;
    free(chunk);
    chunk = next;
  }
  free(arena);
}

void spiegel_arena_select(SpiegelArena *arena) { selected = arena; }

void *spiegel_arena_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) out_of_memory();
  unsigned char *block = allocate(selected, count * size);
  memset(block, 0, count * size);
  return block;
}

void *spiegel_arena_realloc(void *block, size_t size) {
  if (!block) return allocate(selected, size);
  Header *header = (Header *)block - 1;
  if (size <= header->size) return block;
  Chunk *chunk = selected->chunks;
  // The last block of the current chunk grows where it stands while the chunk has room.
  if (block == selected->last && size <= SIZE_MAX / 2) {
    size_t grown = rounded(size) - rounded(header->size);
    if (chunk->capacity - chunk->used >= grown) {
      chunk->used += grown;
      header->size = size;
      return block;
    }
  }
  unsigned char *moved = allocate(selected, size);
  memcpy(moved, block, header->size);
  return moved;
}

void spiegel_arena_free(void *block) { (void)block; }
