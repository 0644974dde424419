# Spiegel: the two set-up commands are `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PAGES ?= 10000
PYTHON ?= python3
# The worksheets' PDFs are printed when WeasyPrint starts, as a command or as a Python module.
PDF_FLAG = $(shell (weasyprint --version || $(PYTHON) -m weasyprint --version) >/dev/null 2>&1 && echo --pdf)

.PHONY: site test check deps pdf-deps bench clean

## Build the site from content/ into site/ (release mode), with the worksheets' PDFs when
## WeasyPrint is installed (`make pdf-deps` installs it).
site: deps
	$(SWIFT) build -c release --product spiegel
	.build/release/spiegel build --verbose $(PDF_FLAG)

## Run every test.
test: deps
	$(SWIFT) test --parallel

## Validate content/ without writing anything.
check: deps
	$(SWIFT) build -c release --product spiegel
	.build/release/spiegel check

## Install the C libraries when pkg-config cannot find them (Debian/Ubuntu).
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

## Install what the worksheets' PDFs and their tests need: WeasyPrint from PyPI (newer than
## Debian's, with fillable fields and tags) and poppler-utils (pdfinfo, pdftotext, pdftoppm).
pdf-deps:
	@if ! (weasyprint --version || $(PYTHON) -m weasyprint --version) >/dev/null 2>&1; then \
		echo "Installing WeasyPrint with pip"; \
		$(PYTHON) -m pip install --quiet weasyprint; \
	fi
	@if ! $(PYTHON) -m weasyprint --version >/dev/null 2>&1 && ! weasyprint --version >/dev/null 2>&1; then \
		echo "Installing the Pango libraries WeasyPrint needs with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0; \
	fi
	@if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then \
		echo "Installing poppler-utils with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils; \
	fi

## Build PAGES synthetic pages and report speed and peak memory (and Hugo's, when installed).
bench: deps
	@command -v /usr/bin/time >/dev/null && command -v hugo >/dev/null && command -v cmark-gfm >/dev/null || \
		($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time hugo cmark-gfm)
	$(SWIFT) build -c release --product spiegel
	bench/run.sh $(PAGES)

clean:
	rm -rf .build site bench/work
