// mimalloc (Debian: libmimalloc-dev), linked into the command line so that it serves every
// allocation of the process in place of glibc's malloc.
#include <mimalloc.h>
