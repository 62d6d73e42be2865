"""Saved news pages: the article's text and metadata out of HTML, with the standard library.

Only what a news page reliably carries is read: the headline (`og:title`, else `<title>`),
the canonical URL, the publication date (`article:published_time` and friends), the site
name, the language, and the paragraphs of the article body (`<p>` inside `<article>` when
there is one, else every `<p>`). Scripts, styles, navigation, headers, footers, asides,
forms and figure captions are skipped, which removes most menus, share buttons and
widgets before extraction sees them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "figcaption",
           "noscript", "button", "select", "svg", "iframe"}
BLOCKS = {"p", "h2", "h3", "li", "blockquote"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PUBLISHED = ("article:published_time", "datepublished", "pubdate", "publishdate",
             "date", "dc.date", "dc.date.issued", "content_publishdate")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.language: str | None = None
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self._skip = 0
        self._article = 0
        self._block: list[str] | None = None
        self._in_title = False

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
        if tag in SKIPPED:
            self._skip += 1
        elif tag == "article":
            self._article += 1
        elif tag in BLOCKS and not self._skip:
            self._block = []

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self._skip:
            self._skip -= 1
        elif tag == "article" and self._article:
            self._article -= 1
        elif tag in BLOCKS and self._block is not None:
            text = re.sub(r"\s+", " ", "".join(self._block)).strip()
            if text:
                self.blocks.append((self._article > 0, text))
            self._block = None
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._block is not None and not self._skip:
            self._block.append(data)


def read_html(html: str) -> tuple[str, dict[str, str]]:
    """The article body as plain text (one paragraph a line) and the metadata found."""
    page = _Page()
    page.feed(html)
    page.close()
    in_article = [text for inside, text in page.blocks if inside]
    body = "\n".join(in_article or [text for _, text in page.blocks])
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
