# Spiegel: the two set-up commands are `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PAGES ?= 10000

.PHONY: site test check serve deps bench clean

## Build the site from content/ into site/ (release mode).
site: deps
	$(SWIFT) build -c release --product spiegel
	.build/release/spiegel build --verbose

## Run every test.
test: deps
	$(SWIFT) test --parallel

## Validate content/ without writing anything.
check: deps
	$(SWIFT) build -c release --product spiegel
	.build/release/spiegel check

## Preview the site at http://127.0.0.1:8080/, rebuilt and reloaded on every save.
serve: deps
	$(SWIFT) build -c release --product spiegel
	.build/release/spiegel serve

## Install the C libraries when pkg-config cannot find them (Debian/Ubuntu).
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

## Build PAGES synthetic pages and report speed and peak memory (and Hugo's, when installed).
bench: deps
	@command -v /usr/bin/time >/dev/null && command -v hugo >/dev/null && command -v cmark-gfm >/dev/null || \
		($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time hugo cmark-gfm)
	$(SWIFT) build -c release --product spiegel
	bench/run.sh $(PAGES)

clean:
	rm -rf .build site bench/work
