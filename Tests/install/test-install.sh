#!/bin/sh
# `make install PREFIX=…` puts `spiegel` and `spiegel-preview` in PREFIX/bin, and from there they
# work in a knowledge base elsewhere, as an editor runs them: `spiegel check` reads it and
# `spiegel serve` finds its preview program next to it. `make test` runs this after the Swift
# tests and installs their debug build; INSTALL_CONFIGURATION=release tries the real thing.
set -eu
cd "$(dirname "$0")/../.."
repository=$(pwd)
prefix=$(mktemp -d)
site=$(mktemp -d)
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$prefix" "$site"
}
trap cleanup EXIT
fail() { echo "test-install: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$prefix" INSTALL_CONFIGURATION="${INSTALL_CONFIGURATION:-debug}" >"$site.log" 2>&1 \
    || { cat "$site.log" >&2; rm -f "$site.log"; fail "make install failed"; }
grep -q "spiegel staat nu in $prefix/bin" "$site.log" || { rm -f "$site.log"; fail "make install did not say where spiegel is"; }
rm -f "$site.log"
for program in spiegel spiegel-preview; do
    [ -x "$prefix/bin/$program" ] || fail "$prefix/bin/$program is missing or not executable"
done

cp -R "$repository/content" "$repository/templates" "$repository/spiegel.yml" "$site/"
cd "$site"
"$prefix/bin/spiegel" check || fail "the installed spiegel check failed on the knowledge base"

# A broken file: the installed check names it, in Dutch, and exits 1.
printf -- '---\ntype: pagina\ntitel: Kapot: half af\n---\n' > content/kapot.md
if "$prefix/bin/spiegel" check 2>check.log; then fail "check accepted a broken file"; fi
grep -q "content/kapot.md:3:.*fout: de tekst van 'titel' op regel 3 bevat ': '" check.log || { cat check.log >&2; fail "check did not explain the broken file"; }
rm content/kapot.md

# The preview starts from the installed programs and says where it listens.
"$prefix/bin/spiegel" serve --port 0 2>serve.log &
server=$!
tries=0
until grep -q "voorvertoning op http://127.0.0.1:" serve.log; do
    tries=$((tries + 1))
    [ "$tries" -le 120 ] || { cat serve.log >&2; fail "spiegel serve did not start its preview"; }
    kill -0 "$server" 2>/dev/null || { cat serve.log >&2; fail "spiegel serve stopped"; }
    sleep 0.5
done
echo "test-install: make install into $prefix works"
