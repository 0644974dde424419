/// The Python that prints: `jobs`, what a print process does with one job (a sheet, or the
/// booklet put together from the sheets' PDFs), run by a worker of one build (`source`: one JSON
/// line in on its input, one out) or by the print server that outlives builds
/// (`PrintServerScript`). Kept in the binary rather than beside it, so an installed `spiegel`
/// needs no file of its own; `jobs` is part of every cache key, so a change to it prints every
/// PDF again.
enum PrintWorkerScript {
    /// A build's own worker: started with `python3 -c SOURCE OPTIONS`, it prints every job it is
    /// sent until its input ends.
    static let source = #"""
# Spiegel's print worker: one Python process that imports WeasyPrint once and prints every job
# it is sent, one JSON line in, one JSON line out, until its input ends.
import json, sys

replies = sys.stdout
sys.stdout = sys.stderr  # nothing a library prints may be mistaken for a reply

"""# + jobs + #"""

replies.write(json.dumps({"version": weasyprint.__version__}) + "\n")
replies.flush()
for line in sys.stdin:
    replies.write(json.dumps(run(line)) + "\n")
    replies.flush()
"""#

    /// Imports WeasyPrint and defines `run(line)`; reads its options from `sys.argv[1]`.
    static let jobs = #"""
import hashlib, io, json, math, mimetypes, os, re, sys
from urllib.parse import unquote

import weasyprint
from weasyprint.text.fonts import FontConfiguration

options = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
# The booklet's cover and contents have no fields, and the booklet keeps no tags (see booklet):
# printed without either, they skip embedding a whole font for fields they do not have.
plain = {key: value for key, value in options.items() if key not in ("pdf_forms", "pdf_tags")}
fonts = FontConfiguration()  # found once, reused by every job of this process


def write(data, path):
    # Whole or not at all: a reader never sees half a PDF.
    temporary = "%s.tmp-%d" % (path, os.getpid())
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


class SiteFetcher(getattr(weasyprint, "URLFetcher", object)):
    # Pages are printed from the site's web address (`site`), and what lies under it is read from
    # the folder the build writes (`root`): a link in the PDF leads to the published page, never
    # to the staging folder, so the PDF does not depend on where this build happened to write.
    def __init__(self, site, root):
        super().__init__()
        self.site, self.root = site, root

    def fetch(self, url, headers=None):
        if url.startswith(self.site):
            path = os.path.join(self.root, unquote(url[len(self.site):].split("#")[0].split("?")[0]))
            with open(path, "rb") as file:
                body = file.read()
            kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return weasyprint.urls.URLFetcherResponse(url, body, headers={"Content-Type": kind})
        return super().fetch(url, headers)


def render(job, string=None, settings=options):
    # A page with fonts of its own gets a font configuration of its own: fonts one job declares
    # must not change how the next is printed.
    url = job["site"] + job["page"]
    if hasattr(weasyprint, "URLFetcher"):
        fetcher = SiteFetcher(job["site"], job["root"])
        source = weasyprint.HTML(string=string, base_url=url, url_fetcher=fetcher) if string is not None \
            else weasyprint.HTML(url=url, url_fetcher=fetcher)
    else:  # WeasyPrint before 68 fetches with a function: the files themselves, by path
        path = os.path.join(job["root"], job["page"])
        source = weasyprint.HTML(string=string, base_url=path) if string is not None else weasyprint.HTML(filename=path)
    config = FontConfiguration() if job.get("ownFonts") else fonts
    # No image cache across jobs: a worker outlives an edit to an image (in the preview).
    return source.render(font_config=config, **settings)


def sheet(job):
    document = fitted(job, render(job))
    write(document.write_pdf(**options), job["pdf"])
    return {"pages": len(document.pages)}


BOX = '<section class="block box item">'


def fitted(job, document):
    # A sheet whose last page would hold only its last writing box (the session notes) gets that
    # box a few lines shorter, when that lets it fit on the page before: a trainer prints no page
    # for a stray box. The sheet on screen keeps its lines.
    if len(document.pages) < 2:
        return document
    blocks = sections(document.pages[-1])
    if len(blocks) != 1 or "box" not in (blocks[0].element.get("class") or "").split():
        return document
    with open(os.path.join(job["root"], job["page"]), encoding="utf-8") as file:
        text = file.read()
    start = text.rfind(BOX)
    found = re.compile(r'style="height: (\d+)mm"').search(text, start) if start >= 0 else None
    if not found or text.find('<section class="block', start + 1) >= 0:
        return document
    # How much room the page before has left, and so how many lines (8 mm each) the box must
    # lose to fit there: laid out once more, or twice when margins make it a line short.
    page = document.pages[-2]._page_box
    free = page.content_box_y() + page.height - max(box.position_y + box.margin_height() for box in sections(document.pages[-2]))
    box = blocks[0]
    missing = (box.margin_top + box.border_height() + box.margin_bottom - free) / MM
    height = int(found.group(1)) - 8 * math.ceil(missing / 8)
    for height in (height, height - 8):
        if height < 24:  # three lines at least
            break
        shorter = text[:found.start()] + 'style="height: %dmm"' % height + text[found.end():]
        candidate = render(job, string=shorter)
        if len(candidate.pages) < len(document.pages):
            return candidate
    return document


MM = 96 / 25.4  # CSS pixels in a millimetre


def sections(page):
    # The blocks of a sheet (`section.block`) with anything on `page`, outermost first.
    found = []

    def walk(box):
        if type(box).__name__ == "MarginBox":  # the footer
            return
        element = getattr(box, "element", None)
        if getattr(box, "element_tag", None) == "section" and element is not None \
                and "block" in (element.get("class") or "").split():
            found.append(box)
            return
        for child in getattr(box, "children", []):
            walk(child)

    walk(page._page_box)
    return found


def booklet(job):
    # The cover and contents are printed (or taken from the cache); every sheet is taken as
    # printed, each starting on a right-hand (odd) page, with a blank back where a part ends on an
    # odd page. pikepdf (qpdf) puts them together in a fraction of a second, with their fields.
    import pikepdf
    parts = [pikepdf.Pdf.open(path) for path in job["parts"]]

    def front(numbers):
        text = job["front"]
        for ident, number in numbers.items():
            text = text.replace('data-sheet="%s" data-page=""' % ident, 'data-sheet="%s" data-page="%d"' % (ident, number))
        # The cover and contents change only when a title or a sheet's page count does: after
        # an edit to a question they come from the cache, not laid out again.
        key = hashlib.sha256((job.get("frontKey", "") + "\0" + text).encode()).hexdigest()
        data = cached(job.get("frontCache"), key)
        if data is None:
            data = render(job, string=text, settings=plain).write_pdf(**plain)
            store(job.get("frontCache"), key, data)
        return pikepdf.Pdf.open(io.BytesIO(data))

    def numbers(front_pages):
        page, found = front_pages + front_pages % 2 + 1, {}
        for ident, part in zip(job["ids"], parts):
            found[ident] = page
            page += len(part.pages) + len(part.pages) % 2
        return found

    # Laid out once when the cover and contents take the four pages they usually do (cover,
    # blank back, contents, blank back); again with the right numbers when they do not.
    guess = 4
    book = front(numbers(guess))
    if len(book.pages) + len(book.pages) % 2 != guess:
        book = front(numbers(len(book.pages)))
    size = tuple(float(x) for x in book.pages[0].mediabox[2:4])
    for part in [None] + parts:
        if part is not None:
            book.add_pages_from(part)
        if len(book.pages) % 2:
            book.add_blank_page(page_size=size)
    share_fonts(book)
    # The sheets' tags do not survive being put together, and tags for the cover and contents
    # alone would tell a screen reader the rest is untagged text: the booklet claims none. Each
    # sheet's own PDF keeps its tags.
    for key in ("/StructTreeRoot", "/MarkInfo"):
        if key in book.Root:
            del book.Root[key]
    output = io.BytesIO()
    # Object streams made afresh: a smaller file, written faster than the parts' streams kept.
    book.save(output, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    write(output.getvalue(), job["pdf"])
    return {"pages": len(book.pages)}


def share_fonts(book):
    # Each sheet embeds the whole font its form fields use; the booklet keeps one copy of each.
    import hashlib, pikepdf
    first = {}
    for thing in book.objects:
        if not isinstance(thing, pikepdf.Dictionary) or "/FontFile2" not in thing:
            continue
        font = thing.FontFile2
        digest = hashlib.sha256(font.read_raw_bytes()).hexdigest()
        if digest in first:
            thing.FontFile2 = first[digest]
        else:
            first[digest] = font
    book.remove_unreferenced_resources()


def cached(folder, key):
    # An entry of the build's PDF cache (`KEY.CHECKSUM.pdf`), when its bytes match their checksum.
    if not folder or not os.path.isdir(folder):
        return None
    for name in os.listdir(folder):
        if name.startswith(key + "."):
            with open(os.path.join(folder, name), "rb") as file:
                data = file.read()
            if name == "%s.%s.pdf" % (key, hashlib.sha256(data).hexdigest()):
                return data
    return None


def store(folder, key, data):
    # Kept as the build keeps its entries; a failure only costs laying it out again next time.
    if not folder:
        return
    try:
        os.makedirs(folder, exist_ok=True)
        temporary = os.path.join(folder, ".tmp-%d-front" % os.getpid())  # removed by the cache's trim if left
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, os.path.join(folder, "%s.%s.pdf" % (key, hashlib.sha256(data).hexdigest())))
    except OSError:
        pass


def run(line):
    # One job line in, one reply out; a failure is the reply, which the build reports with the
    # file it was printing.
    job = json.loads(line)
    try:
        return dict(ok=True, **(booklet(job) if "parts" in job else sheet(job)))
    except Exception as error:
        return {"ok": False, "error": "%s: %s" % (type(error).__name__, error)}
"""#
}
