"""Saved news pages: the article's text and metadata out of HTML, with the standard library.

Only what a news page reliably carries is read: the headline (`og:title`, else `<title>`),
the canonical URL, the publication date (`article:published_time` and the other names
outlets give it, else a JSON-LD `datePublished`, else the page's visible date line), the
site name, the language, and the paragraphs of the article body.

The body is the page's blocks (`<p>`, `<li>`, `h2`, `h3`, `blockquote`, each `<br>` ending
one) and the runs of text set straight in a container that read as prose (a sentence of
some length, or a long run of mostly lower-case words); those inside the `<article>` or
`itemprop="articleBody"` holding most of the page's text when one does. Scripts, styles,
navigation, headers, footers, asides, forms, figure captions and the `h1` headline are
skipped, and so is any element whose class, id or data-component says it is page furniture
(comments, sidebars, widgets, captions, related links, share rows, newsletters, ads,
paging, podcast promotions, embeds). Furniture with unnamed classes is told by its text:
a block that is mostly link text (related links, tag lists, menus), a `Baca juga:` or
`Read also:` lead, a credit or copyright line, a call to follow the outlet elsewhere, a
photo caption with its credit, an editor's code in brackets, paging, a short label, and
the ad markers (`ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate
from html.parser import HTMLParser

# The headline (`h1`) is the title, read from the page's metadata: never a statement.
SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "figcaption",
           "noscript", "button", "select", "svg", "iframe", "textarea", "template", "title", "h1"}
BLOCKS = {"p", "h2", "h3", "li", "blockquote"}
# Elements that never hold text or a closing tag: never on the stack of open elements.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# Inline elements: text around them belongs to the same run.
INLINE = {"a", "b", "strong", "em", "i", "u", "span", "small", "sup", "sub", "abbr", "mark",
          "time", "font", "q", "cite", "s", "bdi", "code"}
# Words of a class, id or data-component (split on spaces, `-` and `_`) that mark page
# furniture. Whole words only: `entry-content` and `detail__body-text` are the body,
# `wp-caption-text` and `comments-area` are not. Social posts embedded in the body
# (`<blockquote class="twitter-tweet">`) are someone else's words, not the article's.
CHROME = {"comment", "comments", "komentar", "sidebar", "widget", "caption", "related",
          "terkait", "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe",
          "breadcrumb", "breadcrumbs", "tags", "ads", "advert", "advertisement", "iklan",
          "promo", "paywall", "popular", "terpopuler", "recommendation", "rekomendasi", "tag",
          "menu", "navbar", "topbar", "podcast", "embed", "footer", "paging", "pagination",
          "pager", "author", "credit", "tweet", "twitter", "instagram", "tiktok"}
# Words of a class or id that mark the visible date line of the article (`detail__date`,
# `posted-on`, `tanggal`), read only inside the article or after its headline: a date at
# the top of every page is the day it was saved, not published.
DATE_WORDS = {"date", "time", "tanggal", "waktu", "published", "publish", "pubdate", "posted",
              "timestamp", "datetime"}
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
# Meta names that carry the publication date, most trusted first (lower case): Open Graph
# and schema.org, then the names Indonesian outlets' systems write (`dtk:publishdate` on
# detik and CNN Indonesia, `content_PublishedDate` on Kompas, `publishdate` on Tribun),
# then Parse.ly's and Dublin Core's; after them Parse.ly's `parsely-page`, the JSON-LD
# `datePublished` and last a `<time datetime>` (it may be a related story's).
PUBLISHED = ("article:published_time", "og:published_time", "article:published",
             "datepublished", "pubdate", "publishdate", "publish_date", "publish-date",
             "dtk:publishdate", "content_publisheddate", "content_publishdate",
             "parsely-pub-date", "sailthru.date", "date", "dc.date", "dc.date.issued",
             "dc.date.created", "dcterms.created")
# A date as meta tags write it: `2024-10-14T15:20:00+07:00`, `2024-10-14 15:20:00`,
# `2024/10/14 15:20:00`, `20241014`, or day first (`14/10/2024 15:20`, `14-10-2024`).
YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)|(\d{4})(\d{2})(\d{2})(?:\d{4}|\d{6})?$")
DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")

# Furniture told by its text, for pages whose classes name nothing.
LEAD = re.compile(
    r"^(?:(?:baca|lihat|simak|cek|tonton|saksikan)\s+(?:juga|pula)|read\s+(?:also|more)|see\s+also|also\s+read"
    r"|pilihan\s+editor|berita\s+terkait|artikel\s+terkait)\b\s*:?", re.I)
CREDIT_LINE = re.compile(
    r"^(?:pewarta|penulis|editor|redaktur|reporter|kontributor|penyunting|fotografer|sumber"
    r"|writer|reporting\s+by|editing\s+by|written\s+by)\s*:", re.I)
COPYRIGHT = re.compile(r"©|\bcopyright\b|all\s+rights?\s+reserved|hak\s+cipta\s+dilindungi"
                       r"|dilindungi\s+hak\s+cipta", re.I)
# A call to follow the outlet elsewhere: a sentence opening with the call, naming the channel
# (`Simak berita lainnya di Google News`; not `warga tidak ikuti ajakan di grup WhatsApp`).
CHANNEL = re.compile(r"google\s+news|whatsapp|telegram|newsletter|buletin", re.I)
CALL = re.compile(r"(?:^|[.!?]\s+)(?:simak|ikuti|follow|gabung|bergabung|join|klik|click|sign\s+up"
                  r"|subscribe|daftar|dapatkan|unduh|download|get)\b", re.I)
CLICK_HERE = re.compile(r"\b(?:klik\s+di\s+sini|click\s+here)\b", re.I)
REPUBLISHED = re.compile(r"^(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat)"
                         r"|^this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+)?(?:appeared|published)", re.I)
# A photo's credit closing its caption: `... (14/10/2024). ANTARA FOTO/Nama/aww.`,
# `(Foto: Dok. BPBD)`, `Foto: Dokumentasi Polda Riau`; or a caption's `Ilustrasi.` lead.
PHOTO_CREDIT = re.compile(r"(?:^|[.!?)\"”]\s+|\()\s*(?:antara\s+foto|foto|photo|dok|dokumentasi)"
                          r"\.?\s*[:/][^!?()]*\)?$|^(?:ilustrasi|foto|photo)\s*[.:]", re.I)
# A credit in brackets after a sentence (`... (14/10/2024). (Tribunnews.com/Nama)`): a
# caption when it sits beside an image.
BRACKET_CREDIT = re.compile(r"[.!?]\s*\([^()]*/[^()]*\)\.?$")
# A block wholly in brackets: an editor's code `(rdp/imk)`, a credit `(Tribunnews.com/Nama)`,
# an embed placeholder `[Gambas:Video CNN]`.
BRACKETED = re.compile(r"^(?:\([^()]*\)|\[[^\[\]]*\])\.?$")
# Words of the lines that only mark an ad, paging or a link: a block of nothing else (and
# numbers) is furniture: `ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`, `Halaman 1 2 3
# Selanjutnya`, `Baca selengkapnya`, `Share options`.
MARKER_WORDS = {"halaman", "page", "selanjutnya", "sebelumnya", "berikutnya", "next", "prev",
                "previous", "show", "all", "tampilkan", "semua", "lihat", "lanjut", "ke",
                "advertisement", "iklan", "ads", "sponsored", "konten", "sponsor", "scroll",
                "to", "continue", "with", "content", "reading", "untuk", "melanjutkan",
                "lanjutkan", "membaca", "baca", "selengkapnya", "share", "options", "bagikan"}


@dataclass(frozen=True)
class SavedPage:
    """What a saved page yields: its body's paragraphs, its metadata, and where the
    publication date was read (`meta dtk:publishdate`, `json-ld datePublished`, ...)."""

    paragraphs: list[str]
    metadata: dict[str, str] = field(default_factory=dict)
    date_source: str | None = None


def _words(values: dict[str, str]) -> set[str]:
    """The words of an element's class, id and `data-component` (pages built from
    components name them there: `data-component="podcast-promo"`)."""
    named = f"{values.get('class', '')} {values.get('id', '')} {values.get('data-component', '')}"
    return set(re.split(r"[\s_-]+", named.lower()))


def iso_day(value: str) -> str | None:
    """The calendar day a meta tag's date names, as written (the outlet's own day: an
    offset is not applied), or None when it is not a full date."""
    value = value.strip()
    match = YEAR_FIRST.match(value)
    if match:
        year, month, day = match.group(1, 3, 4) if match.group(2) else match.group(5, 6, 7)
    elif match := DAY_FIRST.match(value):
        day, month, year = match.group(1, 3, 4)
    elif parsed := parsedate(value) if value[:1].isalpha() else None:
        year, month, day = parsed[:3]
    else:
        return None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def is_furniture(text: str, link_share: float, near_image: bool = False) -> bool:
    """A block that is page furniture by its text: see the module's docstring."""
    words = text.split()
    if link_share >= 0.6:
        return True
    if len(words) < 5 and not SENTENCE_END.search(text) and not any(c.isdigit() for c in text):
        return True  # a label: `Berita Terkait`, `Terkini`; not `Senin, 14 Oktober: pendaftaran`
    if LEAD.match(text) or REPUBLISHED.match(text) or BRACKETED.match(text):
        return True
    if len(words) <= 25 and (CREDIT_LINE.match(text) or COPYRIGHT.search(text)
                             or (CHANNEL.search(text) and CALL.search(text)) or CLICK_HERE.search(text)):
        return True
    if PHOTO_CREDIT.search(text) or (near_image and BRACKET_CREDIT.search(text)):
        return True
    return all((bare := w.strip(":·|»›-.")).isdigit() or bare.lower() in MARKER_WORDS or not bare
               for w in words)


def reads_as_prose(text: str) -> bool:
    """Text set straight in a container is a paragraph when it reads as prose: a sentence
    of six words or more, or a run of ten words or more mostly in lower case (a paragraph
    that ends without a full stop; a list of headlines or a menu is in capitals)."""
    words = text.split()
    if len(words) >= 6 and SENTENCE_END.search(text):
        return True
    return len(words) >= 10 and sum(w[:1].islower() for w in words) * 2 >= len(words)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.language: str | None = None
        self.blocks: list[tuple[tuple[int, ...], str]] = []  # (the articles it is in, text)
        self.date_line: str | None = None
        # open elements: [tag, furniture or skipped, beside an image, scope it opens or 0]
        self._open: list[list] = []
        self._skip = 0
        self._scopes: list[int] = []
        self._scope_count = 0
        self._links = 0
        self._block: list[str] | None = None
        self._block_links = 0
        self._loose: list[str] = []
        self._loose_links = 0
        self._in_title = False
        self._json_ld: list[str] | None = None
        self._dating: tuple[int, list[str]] | None = None  # (depth, text) of a date line
        self._headline = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.language = values["lang"].split("-")[0].lower()
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower() and values.get("href"):
            self.meta.setdefault("canonical", values["href"].strip())
        elif tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"].strip())
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._json_ld = []
        elif tag == "h1":
            self._headline = True
        elif tag == "img":
            for element in self._open[-2:]:  # the image's wrapper and the caption's
                element[2] = True
        if tag == "br":
            if self._block is not None:  # a line break in a paragraph ends a paragraph
                self._end_block()
                self._block = []
            self._flush_loose()
            return
        if tag not in INLINE:
            self._flush_loose()
        if tag in VOID:
            return
        words = _words(values)
        skipped = tag in SKIPPED or not words.isdisjoint(CHROME)
        if (self.date_line is None and self._dating is None and not words.isdisjoint(DATE_WORDS)
                and (self._scopes or self._headline)):
            self._dating = (len(self._open), [])
        scope = 0
        if tag == "article" or values.get("itemprop", "").lower() == "articlebody":
            self._scope_count += 1
            scope = self._scope_count
            self._scopes.append(scope)
        self._open.append([tag, skipped, False, scope])
        self._skip += skipped
        self._links += tag == "a"
        if tag in BLOCKS and not self._skip:
            self._end_block()  # a <p> opened inside an unclosed one ends it
            self._block = []

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE:
            self._flush_loose()
        if tag == "title":
            self._in_title = False
        elif tag == "script" and self._json_ld is not None:
            self._read_json_ld("".join(self._json_ld))
            self._json_ld = None
        if not any(element[0] == tag for element in self._open):
            return  # a stray closing tag
        while self._open:  # close what was left open inside it (<p>, <li> without an end)
            open_tag, skipped, _, scope = self._open.pop()
            if open_tag in BLOCKS:
                self._end_block()
            self._skip -= skipped
            self._links -= open_tag == "a"
            if scope:
                self._scopes.pop()
            if self._dating and len(self._open) <= self._dating[0]:
                self.date_line = re.sub(r"\s+", " ", "".join(self._dating[1])).strip() or None
                self._dating = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._json_ld is not None:
            self._json_ld.append(data)
        if self._dating is not None:
            self._dating[1].append(data)
        if self._skip or self._json_ld is not None:
            return
        linked = len(data.strip()) if self._links else 0
        if self._block is not None:
            self._block.append(data)
            self._block_links += linked
        elif self._open:
            self._loose.append(data)
            self._loose_links += linked

    def _keep(self, parts: list[str], links: int, loose: bool) -> None:
        text = " ".join("".join(parts).split())
        if not text or (loose and not reads_as_prose(text)):
            return
        near_image = any(element[2] for element in self._open)
        if not is_furniture(text, links / len(text.replace(" ", "")), near_image):
            self.blocks.append((tuple(self._scopes), text))

    def _end_block(self) -> None:
        if self._block is not None:
            self._keep(self._block, self._block_links, loose=False)
            self._block = None
            self._block_links = 0

    def _flush_loose(self) -> None:
        """Text set straight in a container (a body `<div>` whose first paragraph has no
        `<p>`, or whose paragraphs are all `<div>`s): a block when it reads as prose."""
        if self._loose:
            self._keep(self._loose, self._loose_links, loose=True)
            self._loose = []
            self._loose_links = 0

    def _read_json_ld(self, source: str) -> None:
        try:
            data = json.loads(source)
        except ValueError:
            return
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    self.meta.setdefault("json-ld datepublished", item["datePublished"].strip())
                    return
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def _parsely_date(meta: dict[str, str]) -> str | None:
    """`pub_date` in Parse.ly's `parsely-page` meta, a JSON object in an attribute."""
    try:
        page = json.loads(meta.get("parsely-page", ""))
    except ValueError:
        return None
    return page.get("pub_date") if isinstance(page, dict) else None


def _body(page: _Page) -> list[str]:
    """The paragraphs in the innermost article (or `articleBody`) holding at least half
    of the page's text, else those in no article (the `<article>`s are cards of related
    stories), else every paragraph; each once."""
    sizes: dict[int, int] = {}
    total = 0
    for scopes, text in page.blocks:
        total += len(text)
        for scope in scopes:
            sizes[scope] = sizes.get(scope, 0) + len(text)
    holding = [scope for scope, size in sizes.items() if size * 2 >= total]
    if holding:
        body = min(holding, key=sizes.__getitem__)
        chosen = [text for scopes, text in page.blocks if body in scopes]
    else:
        chosen = [text for scopes, text in page.blocks if not scopes] or [t for _, t in page.blocks]
    return list(dict.fromkeys(chosen))


def read_page(html: str) -> SavedPage:
    """The body's paragraphs (the page's visible date line first when it has one), the
    metadata found and where the publication date came from."""
    page = _Page()
    page.feed(html)
    page.close()
    paragraphs = _body(page)
    if page.date_line and paragraphs:
        paragraphs = [page.date_line, *paragraphs]  # a header line: a byline, never a fact
    meta = page.meta
    candidates = [*((f"meta {k}", meta.get(k, "")) for k in PUBLISHED),
                  ("meta parsely-page", _parsely_date(meta) or ""),
                  ("json-ld datePublished", meta.get("json-ld datepublished", "")),
                  ("<time datetime>", meta.get("time", ""))]
    published, source = next(((day, where) for where, value in candidates
                              if (day := iso_day(value))), (None, None))
    metadata = {
        "title": meta.get("og:title") or page.title.strip() or None,
        "url": meta.get("canonical") or meta.get("og:url"),
        "outlet": meta.get("og:site_name"),
        "language": page.language,
        "published": published,
    }
    return SavedPage(paragraphs, {k: v for k, v in metadata.items() if v}, source)


def read_html(html: str) -> tuple[str, dict[str, str]]:
    """The article body as plain text (one paragraph a line, the page's visible date line
    first when it has one) and the metadata found."""
    page = read_page(html)
    return "\n".join(page.paragraphs), page.metadata
