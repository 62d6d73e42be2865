"""Saved news pages: the article's text and metadata out of HTML, with the standard library.

Only what a news page reliably carries is read: the headline (`og:title`, else `<title>`),
the canonical URL, the publication date (`article:published_time` and friends, else a
JSON-LD `datePublished`, else the page's visible date line), the site name, the language,
and the paragraphs of the article body (`<p>` inside `<article>` when there is one, else
every `<p>`, and text set straight in a container when it reads as a sentence). Scripts,
styles, navigation, headers, footers, asides, forms, figure captions and the `h1` headline
are skipped, and so is any element whose class, id or data-component says it is page
furniture (comments, sidebars, widgets, captions, related links, share rows, newsletters,
ads, podcast promotions, embeds), which removes most menus, share buttons and widgets
before extraction sees them.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

# The headline (`h1`) is the title, read from the page's metadata: never a statement.
SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "figcaption",
           "noscript", "button", "select", "svg", "iframe", "textarea", "h1"}
BLOCKS = {"p", "h2", "h3", "li", "blockquote"}
# Elements that never hold text or a closing tag: never on the stack of open elements.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# Inline elements: text around them belongs to the same run.
INLINE = {"a", "b", "strong", "em", "i", "u", "span", "small", "sup", "sub", "abbr", "mark",
          "time", "font", "q", "cite", "s", "bdi", "code"}
# Words of a class, id or data-component (split on spaces, `-` and `_`) that mark page
# furniture. Whole words only: `entry-content` and `detail__body-text` are the body,
# `wp-caption-text` and `comments-area` are not.
CHROME = {"comment", "comments", "komentar", "sidebar", "widget", "caption", "related",
          "terkait", "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe",
          "breadcrumb", "breadcrumbs", "tags", "ads", "advert", "advertisement", "iklan",
          "promo", "paywall", "popular", "terpopuler", "recommendation", "rekomendasi", "tag",
          "menu", "navbar", "topbar", "podcast", "embed"}
# Words of a class or id that mark the visible date line of the article (`detail__date`,
# `posted-on`, `tanggal`), read only inside the article or after its headline: a date at
# the top of every page is the day it was saved, not published.
DATE_WORDS = {"date", "time", "tanggal", "waktu", "published", "publish", "pubdate", "posted",
              "timestamp", "datetime"}
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PUBLISHED = ("article:published_time", "datepublished", "pubdate", "publishdate",
             "date", "dc.date", "dc.date.issued", "content_publishdate")


def _words(values: dict[str, str]) -> set[str]:
    """The words of an element's class, id and `data-component` (pages built from
    components name them there: `data-component="podcast-promo"`)."""
    named = f"{values.get('class', '')} {values.get('id', '')} {values.get('data-component', '')}"
    return set(re.split(r"[\s_-]+", named.lower()))


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.language: str | None = None
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self.date_line: str | None = None
        self._open: list[tuple[str, bool]] = []  # open elements: (tag, furniture or skipped)
        self._skip = 0
        self._article = 0
        self._block: list[str] | None = None
        self._loose: list[str] = []
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
        if tag not in INLINE:
            self._flush_loose()
        if tag in VOID:
            return
        words = _words(values)
        skipped = tag in SKIPPED or not words.isdisjoint(CHROME)
        if (self.date_line is None and self._dating is None and not words.isdisjoint(DATE_WORDS)
                and (self._article or self._headline)):
            self._dating = (len(self._open), [])
        self._open.append((tag, skipped))
        self._skip += skipped
        if tag == "article":
            self._article += 1
        elif tag in BLOCKS and not self._skip:
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
        if not any(open_tag == tag for open_tag, _ in self._open):
            return  # a stray closing tag
        while self._open:  # close what was left open inside it (<p>, <li> without an end)
            open_tag, skipped = self._open.pop()
            if open_tag in BLOCKS:
                self._end_block()
            self._skip -= skipped
            self._article -= open_tag == "article"
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
        if self._block is not None:
            self._block.append(data)
        elif self._open:
            self._loose.append(data)

    def _end_block(self) -> None:
        if self._block is not None:
            text = re.sub(r"\s+", " ", "".join(self._block)).strip()
            if text:
                self.blocks.append((self._article > 0, text))
            self._block = None

    def _flush_loose(self) -> None:
        """Text set straight in a container (a body `<div>` whose first paragraph has no
        `<p>`): a block when it reads as a sentence of some length, else furniture."""
        text = re.sub(r"\s+", " ", "".join(self._loose)).strip()
        self._loose = []
        if len(text.split()) >= 6 and SENTENCE_END.search(text):
            self.blocks.append((self._article > 0, text))

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
                    self.meta.setdefault("datepublished", item["datePublished"].strip())
                    return
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def read_html(html: str) -> tuple[str, dict[str, str]]:
    """The article body as plain text (one paragraph a line, the page's visible date line
    first when it has one) and the metadata found."""
    page = _Page()
    page.feed(html)
    page.close()
    in_article = [text for inside, text in page.blocks if inside]
    paragraphs = in_article or [text for _, text in page.blocks]
    if page.date_line and paragraphs:
        paragraphs = [page.date_line, *paragraphs]  # a header line: a byline, never a fact
    body = "\n".join(paragraphs)
    meta = page.meta
    metadata = {
        "title": meta.get("og:title") or page.title.strip() or None,
        "url": meta.get("canonical") or meta.get("og:url"),
        "outlet": meta.get("og:site_name"),
        "language": page.language,
        "published": next((meta[k][:10] for k in (*PUBLISHED, "time")
                           if ISO_DATE.match(meta.get(k, ""))), None),
    }
    return body, {k: v for k, v in metadata.items() if v}
