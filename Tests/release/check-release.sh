#!/bin/sh
# The release tarball on a machine without Swift: unpack it into a scratch folder, check with ldd
# that the programs need no library beyond glibc's and the C++ runtime every Debian and Ubuntu
# has, then build the repository's content with it in an empty environment (env -i: PATH only
# /usr/bin:/bin, LD_LIBRARY_PATH empty, no toolchain). Run by `make release-check`.
set -eu
tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
tar -C "$scratch" -xzf "$tarball"
release="$(echo "$scratch"/spiegel-*)"

for program in spiegel spiegel-preview; do
    echo "ldd $program:"
    ldd "$release/bin/$program" | sed 's/^/    /'
    # Allowed: glibc's libraries, its loader and the kernel's vdso, libstdc++ and libgcc_s.
    extra="$(ldd "$release/bin/$program" | awk '{print $1}' \
        | grep -v -E '^(linux-vdso\.so|/lib64/ld-linux-x86-64\.so|libc\.so|libm\.so|libpthread\.so|libdl\.so|librt\.so|libutil\.so|libstdc\+\+\.so|libgcc_s\.so)' || true)"
    if [ -n "$extra" ]; then
        echo "$program needs libraries a bare Debian does not have: $extra" >&2
        exit 1
    fi
    echo "newest glibc symbol $program needs: $(objdump -T "$release/bin/$program" | grep -o 'GLIBC_[0-9.]*' | sort -t. -k1,1 -k2,2n -u | tail -1)"
done

mkdir "$scratch/kennisbank"
cp -R "$repo/content" "$scratch/kennisbank/content"
cp "$repo/spiegel.yml" "$scratch/kennisbank/spiegel.yml"
cd "$scratch/kennisbank"
clean() { env -i HOME="$scratch" PATH=/usr/bin:/bin LD_LIBRARY_PATH= LANG=C.UTF-8 "$@"; }
clean "$release/bin/spiegel" --version
clean "$release/bin/spiegel-preview" --version
clean "$release/bin/spiegel" check --templates "$release/templates" --handbook "$release/handleiding"
clean "$release/bin/spiegel" build --verbose --no-search --templates "$release/templates" --handbook "$release/handleiding" --output site
clean "$release/bin/spiegel" schema --output schema.json
pages="$(find site -name '*.html' | wc -l)"
test -f site/index.html && test -f site/handleiding/index.html && test -s schema.json
echo "release-check: $pages HTML-pagina's gebouwd met $(basename "$tarball"), zonder Swift-toolchain in PATH of LD_LIBRARY_PATH"
