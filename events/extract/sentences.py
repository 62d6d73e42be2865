"""From article text to sentences with their offsets: boilerplate out, dateline off.

Scraped news carries lines that are not statements (related-article links, bylines,
editor credits, widgets); they are dropped here so that no later rule sees them. The
dateline that opens an article ("Labuan Bajo (ANTARA) - ", "JAKARTA, KOMPAS.com - ") is
cut from the first sentence and returned, because the place it names is where the
report was filed, not necessarily where the fact happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import one_step_init

BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"(?i:baca(?:\s+juga)?|read(?:\s+also|\s+more)?|also\s+read|lihat\s+juga|simak\s+juga|artikel\s+terkait|"
    r"berita\s+terkait|related(?:\s+(?:news|articles?|stories|story|posts?|coverage|reading))?|see\s+also|see\s+related|tags?|"
    r"topik|editor's\s+choice|pilihan\s+editor)\s*:"
    r"|(?i:editor|penulis|pewarta|reporter|penyunting|redaktur|sumber|foto|video|caption|"
    r"photo|writer|translator|penerjemah|editing\s+by|reporting\s+by|diperbarui|diperbaharui|dipublikasikan|"
    r"diterbitkan|terbit|updated|last\s+updated|published|first\s+published|posted)\s*:"
    r"|(?i:laporan\s+(?:wartawan|reporter))\b"
    r"|(?i:baca\s+(?:juga\s+)?(?:artikel|berita)\s+(?:terkait|lainnya))\b"
    r"|(?i:(?:reporting|writing|editing)\s+by\b)"
    r"|(?i:[-—–]*\s*(?:(?:with\s+)?additional\s+reporting\s+by|with\s+reports?\s+from|with\s+assistance\s+(?:from|by))\b)"
    r"|(?i:scroll\s+to\s+continue)"
    r"|(?i:copyright|hak\s+cipta)\b|©"
    # ... and a notice that the content is the outlet's: "Konten ini dilindungi hak cipta; ..."
    r"|(?i:(?:konten|artikel|berita)\s+ini\s+dilindungi\b|this\s+(?:content|article)\s+is\s+protected\b)"
    # ... after the outlet's address: "Harianjogja.com - Copyright © 2025 ...".
    r"|(?i:[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|my|ph|vn)\s*[-–—|]\s*(?:copyright|hak\s+cipta|©))"
    # (a share button, not the shares of a company: "Shares of Naniwa Cement fell 2.1%")
    r"|(?i:ikuti\s+(?:berita|kami)|follow\s+(?:us|berita)|share(?:\s*:|\s+this\b|\s+(?:on|via)\s+[A-Z]|\s*$)|"
    r"bagikan\b|tweet\s*$)"
    r"|(?i:ukuran\s+font|font\s+size|a\+\s*a-|a-\s*a\+|kecil\s+besar\s*$|\d{1,2}px\s*$)"
    r"|(?i:advertisement|iklan)\s*$"
    r"|(?i:(?:artikel|berita|tulisan)\s+ini\s+(?:telah|sudah|pernah|juga)\s+(?:tayang|terbit|dimuat|dipublikasikan)|"
    r"simak\s+(?:video|breaking\s+news)|"
    r"dapatkan\s+(?:update|informasi|berita)|click\s+here|klik\s+(?:di\s+sini|link)|"
    r"our\s+standards\s*:|sign\s+up\s+(?:for|to)\s+(?:our|the)\b|sign\s+up\s+here\b|subscribe\s+to\s+our\b)"
    # ... an outlet's name and its copyright sign: "Bali Express © 2024."
    # (Each look-ahead in the alternatives that run into the line is a condition all their
    # matches meet, looked at once, where the words after the run were tried at each of up
    # to 80 places: most lines have no copyright sign and no bracket, and the words' first
    # letter rules out most places.)
    r"|(?=[^\n]*©)(?:[^.!?\n]|\.(?=\w)){1,40}©\s*(?:19|20)\d\d"
    # ... a call to subscribe, a newsletter, a disclaimer, a notice against AI crawling, an
    # acknowledgement of country
    r"|(?i:subscribe\s+to|to\s+read\s+the\s+full\s+(?:story|article),\s+subscribe|berlangganan\s+\S+\s+untuk|disclaimer\s*:|disclosure\s*:|dilarang\s+keras\s+mengambil\s+konten|"
    r"artikel\s+ini\s+khusus\s+(?:untuk\s+)?pelanggan|get\s+\S+\s+plus\s+for\b|anda\s+(?:sedang\s+)?membaca\s+artikel\s+(?:premium|eksklusif)|"
    r"(?:[\w&.-]+\s+){1,3}acknowledges?\s+(?:the\s+)?(?:aboriginal|first\s+nations|traditional\s+(?:custodians|owners)))"
    r"|\[(?i:gambas)\b"
    # A reference in a list of sources: "Kahayan Forest Watch. (2024). Clearing on deep peat ...".
    r"|(?=[^(]*\()[^.!?\n]{2,80}\.\s+\((?:19|20)\d\d[a-z]?\)\.\s"
    # ... by its authors' surnames and initials: "Giri, C., Ochieng, E., ... (2011). Status ...".
    r"|(?=[^(]*\()[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?)+,?\s[^\n]{0,240}?\((?:19|20)\d\d[a-z]?\)\.\s"
    # Where the piece first ran, the outlet's app and site, a caption's label: "This story
    # was originally published on ...", "Unduh aplikasi ...", "Keterangan foto: ...",
    # "ILUSTRASI. Petugas ...".
    r"|(?i:this\s+(?:article|story|report|piece)\s+(?:was|first)\s+(?:first\s+|originally\s+)?"
    r"(?:published|appeared|ran)\b|this\s+(?:article|story|report)\s+(?:was|has\s+been)\s+(?:amended|corrected)\b)"
    r"|(?i:(?:unduh|download)\b[^.!?\n]{0,80}?(?:sekarang|now|gratis|free|di\s+sini|here|hadiah)|"
    r"(?:unduh|download|install)\s+(?:\w+\s+){0,2}(?:aplikasi|app)\b|pastikan\s+anda\s+(?:sudah|telah)\s+"
    r"(?:install|menginstal|mengunduh)|jangan\s+lewatkan\s+(?:berita|artikel|informasi|update)|"
    r"for\s+more\s+(?:news|stories|updates)\b|visit\s+our\s+website|support\s+our\s+journalism|"
    r"get\s+our\s+newsletter|by\s+continuing,?\s+you\s+agree|enjoying\s+this\s+(?:article|story))"
    r"|(?i:keterangan\s+(?:foto|gambar)|sumber\s+(?:foto|gambar)|image|gambar|banner\s+image|featured\s+image|"
    r"header\s+image|note)\s*:"
    r"|(?i:(?:image|photo|foto)\s+(?:courtesy|credit)\s+(?:of\b|:))"
    r"|(?:ILUSTRASI|Ilustrasi|ILLUSTRATION)\s*[.:-]\s"
    # ... a photo's description for screen readers ("Photo shows a white fishing vessel ..."),
    # a print edition's number and dates ("No. 573 – October 18 – 24, 2025")
    r"|Photo\s+shows\s|(?:No\.|Edisi|Issue)\s*\d+\s*[–—-]\s"
    r"|(?i:simak\s+(?:berita|artikel|informasi|update)\b)"
    # A call to follow the outlet on a platform: "Follow WhatsApp Channel iNews.id untuk
    # ...", "Join ST's WhatsApp Channel and get ...", "Ikuti VOA Indonesia di WhatsApp dan
    # Google News untuk berita terbaru".
    r"|(?i:follow|join|ikuti|gabung(?:lah)?)(?![\w-])(?:[^.!?\n]|\.(?=\w)){0,40}?(?i:(?:whatsapp|telegram)\s+(?:channel|saluran)"
    r"|(?:saluran|channel)\s+(?:whatsapp|telegram)|(?:di|on|via|lewat|melalui)\s+(?:whatsapp|telegram|"
    r"google\s+news|instagram|youtube|tiktok|facebook|twitter|line))\b"
    # ... or the outlet saying where it is: "Stay up to date with the latest Bali travel
    # news ... from The Bali Sun."
    r"|(?i:stay\s+up\s+to\s+date\s+with\s+(?:the\s+)?latest)\b"
    # ... a magazine's byline with its date: "by Nama Penulis on 19 November 2025"
    r"|by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s*$"
    # ... an appeal for support or to share: "Help us report global health ...", "Dukung
    # Mongabay Indonesia dengan berbagi artikel ini."; a byline: "Artikel yang diterbitkan oleh X"
    r"|(?i:help\s+us\s+(?:report|keep|continue)|support\s+our\s+(?:reporting|work)|dukung\s+(?:\S+\s+){1,3}dengan\s+"
    r"(?:berbagi|membagikan)|artikel\s+yang\s+diterbitkan\s+oleh)\b"
    # ... a call to write for the outlet, a market data page's delay notice, an empty comment
    # box and the form to write to the author: "Write an article and join ...", "All quotes
    # delayed a minimum of 15 minutes.", "There are no comments yet.", "FEEDBACK: Use this form ..."
    r"|(?i:write\s+an\s+article\s+and\s+join|all\s+quotes\s+(?:are\s+)?delayed|there\s+are\s+no\s+comments\s+yet|"
    r"feedback\s*:\s+use\s+this\s+form|save\s+articles\s+to\s+read\s+later|berikan\s+donasi|donate\s+(?:to|now)\b|"
    # ... and the comment form's notice: "Your email address will not be published."
    r"your\s+email\s+address\s+will\s+not\s+be\s+published|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan)\b"
    # ... the writer's note at the end ("Nama Penulis is a Devex correspondent covering ..."), the
    # outlet's words about itself ("Climate Home News is an independent news organisation.")
    r"|(?:[A-Z][\w'’.-]*\s+){1,4}is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?i:correspondent|reporter|journalist|"
    r"contributor|freelance\s+(?:journalist|writer))\b"
    r"|(?:[A-Z][\w'’.-]*\s+){1,4}is\s+an?\s+(?i:independent|non-?profit)\s+(?i:news|media|journalism)\b"
    r")"
)
# Boilerplate whose telling words may come up to 60 characters into the line: what a
# subscription gives ("Nikkei Asia readers get unlimited access to ..."), an author's
# disclosure and a funder's, an outlet's words about itself, the outlet saying where it is
# ("Coconuts Bali is on WhatsApp."). Tried at each of those places, so only for a line
# that holds one of LATE_WORDS (most lines hold none).
LATE_BOILERPLATE = re.compile(
    r"\s*(?:[^.!?\n]{0,40}(?=(?i:[gd]))(?i:get\s+unlimited\s+access|dapatkan\s+akses\s+tak\s+terbatas)"
    r"|[^.!?\n]{0,60}(?=(?i:[dpt]))(?i:delivered\s+to\s+your\s+inbox|do\s+not\s+work\s+for,\s+consult|"
    r"provides\s+funding\s+as\s+a\s+member\s+of|the\s+news\s+and\s+media\s+division\s+of)"
    r"|[^.!?\n]{1,40}\bis\s+(?:now\s+)?on\s+(?i:whatsapp|telegram|instagram|tiktok)\b"
    # ... a broadcaster's notice that wire material is not to be copied; a terminal's tagline
    r"|[^.!?\n]{0,160}\b(?i:is\s+copyright\s+and\s+cannot\s+be\s+reproduced)"
    r"|[^.!?\n]{0,30}\b(?i:it['’]?s\s+on\s+the\s+bloomberg\s+terminal)"
    # ... an academic outlet's disclosure under the authors' names: "The authors received a
    # research grant from ... for the survey described in this article."
    r"|\s*(?i:the\s+authors?|penulis)\s+(?i:received?|receives|has|have|menerima)\s+[^!?\n]{0,80}?"
    r"(?i:research\s+grant|funding|hibah\s+penelitian)[^!?\n]{0,80}?(?i:this\s+article|artikel\s+ini)"
    r"|[^.!?\n]{0,60}\b(?i:ha(?:ve|s)\s+no\s+(?:other\s+)?relevant\s+affiliations)"
    # ... a wire's word on who funds a desk: "The Associated Press' climate and environmental
    # coverage receives financial support from multiple private foundations. AP is solely
    # responsible for all content. Find AP's standards for working with philanthropies ..."
    r"|[^.!?\n]{0,160}?\b(?i:private\s+foundations)\.\s+(?:[\w'’]+\s+){1,3}(?i:is\s+solely\s+responsible\s+for\s+all\s+content)"
    r"|\s*(?i:find\s+[\w'’]+\s+standards\s+for\s+working\s+with\s+philanthropies))")
# A word of each of its alternatives, looked for in the lower-case line; or a letter that a
# pattern that ignores case takes for "i" or "s" but `lower()` does not make one ("ı", "ſ";
# "İ" becomes "i" and a combining dot), with which the words cannot be looked for so.
LATE_WORDS = ("unlimited", "terbatas", "inbox", "consult", "funding", "division",
              "whatsapp", "telegram", "instagram", "tiktok", "reproduced", "terminal", "grant", "hibah",
              "affiliations", "solely responsible", "philanthropies")
# (Looked for word by word with `in`: a pattern was slower, and so was an automaton's pass
# over the line, a third dearer.)
LATE_TRIGGERS = (*LATE_WORDS, "\u0131", "\u017f", "\u0307")


def _boilerplate_start(line: str) -> bool:
    """`BOILERPLATE.match(line)`, or LATE_BOILERPLATE's where one of its words is in the line."""
    if BOILERPLATE.match(line):
        return True
    lower = line.lower()
    return any(word in lower for word in LATE_TRIGGERS) and LATE_BOILERPLATE.match(line) is not None


# Calls to follow the outlet elsewhere ("... di Google News", at the end of a short line)
# a wire's credit for a colleague ("... writer X contributed to this report.", "X
# berkontribusi dalam penulisan artikel ini.") and a "Read more ..." link line; looked
# for only when their words are in the line.
ELSEWHERE = re.compile(
    r"^[^.!?]{0,80}(?:(?i:google\s+news|whatsapp\s+channel)\s*[.!]?\s*$"
    r"|\b(?i:contributed\s+(?:to\s+this\s+(?:report|story)|reporting))\b"
    r"|\b(?i:berkontribusi\s+(?:dalam|pada|untuk)\s+(?:penulisan|pembuatan)\s+(?:artikel|berita|tulisan)\s+ini)\b"
    r"|^\s*(?i:read\s+more|baca\s+selengkapnya)\b[^.!?]*[.!]?\s*$)")
# A short line that sells a newsletter, or ends with a button's words ("... on the Bloomberg
# Terminal. LEARN MORE").
SELLING = re.compile(r"\b(?i:newsletter|buletin)\s*[.!]?\s*$|\b(?i:sign\s+up\s+here)\s*[.!]?\s*$|\b(?i:our)\s+(?:[\w-]+\s+){0,4}(?i:newsletters?)\b|\b(?:LEARN MORE|READ MORE|SUBSCRIBE NOW|SIGN UP)\s*$")
# A short line that ends by calling on the reader to follow the outlet or to write to it
# ("Update berita terkini ... hari ini. Follow kumparanNEWS di Google News!", "... silakan
# WhatsApp ke nomor Cek Fakta ..."): the outlet's promotion, whatever opens it.
PROMOTION = re.compile(
    r"(?:^|[.!?]\s+)(?i:follow|ikuti|join|gabung(?:lah)?)\s[^.!?]{0,40}?(?i:(?:di|on|via)\s+(?:google\s+news|"
    r"whatsapp|telegram|instagram|youtube|tiktok))[.!]?\s*$"
    r"|(?i:silakan|hubungi|kirim(?:kan)?)\s+(?:\w+\s+){0,3}?(?i:whatsapp|wa)\s+(?:ke\s+)?(?i:nomor|no\.?)\b")
SHORT_LINE = 240
# A note on the author that ends an opinion or analysis piece: "Ann Lee is a Jakarta-based
# researcher on Indonesian politics.", "Penulis adalah dosen ilmu politik ...".
AUTHOR_NOTE = re.compile(
    r"(?:[A-Z][\w.'’-]+\s+){1,4}is\s+(?:(?:a|an|the)\s+)?[^.!?]{0,60}?\b(?:researcher|journalist|analyst|"
    r"writer|fellow|professor|lecturer|editor|correspondent|consultant|scholar|student)\b[^!?]*$"
    r"|(?:Penulis|Penulis\s+artikel\s+ini)\s+(?:adalah|merupakan)\s+[^!?]*$")
# Not statements either: a line wholly in brackets (editor initials "(yld/yld)", an
# editing note), a breadcrumb or menu ("Home > News > Bali", "Nasional | Hukum"), a
# photo caption that ends with its credit ("... (TRIBUNFLORES.COM/NAMA)", "(Dok. MI/..)",
# "(Foto: Dok. BPBD Agam)"); CAPTION_CREDIT: one whose credit follows it without brackets
# ("... (22/8/2024). Foto: Dok. Basarnas", "... (11/9/2023). TRIBUNPEKANBARU.COM/NAMA").
NOT_STATEMENT = re.compile(
    r"^\s*\([^()]*\)\s*$"
    r"|^[^.!?]*\s[>|»]\s[^.!?]*$"
    r"|\((?:[A-Z][\w.-]*|(?i:dok|foto|photo))\.?[^()]*/[^()]*\)\s*$"
    r"|\((?i:foto|photo|dok)\s*[.:][^()]*\)\s*$"
    # ... "(Photo Courtesy of FPLM)", "(Photo by Nama)", "(Foto oleh Nama)", "(Courtesy of ...)":
    r"|\((?i:(?:foto|photo)\s+(?:courtesy|by|oleh|credit)|courtesy)\b[^()]*\)\s*$"
    # ... or with the outlet or agency named before a colon: "(ABC News: Nama)", "(Reuters: Nama)".
    r"|[.!?]\s+\((?:[A-Z][\w.&-]*\s){0,2}[A-Z][\w.&-]*:\s*[A-Z][^():]*\)\s*$"
)
# A photo's credit on a line of its own: "Image Credits: Nama/UNICEF Indonesia."
CREDIT_LINE = re.compile(r"\s*(?i:image|photo|foto)\s+(?i:credits?)\s*:")
CAPTION_CREDIT = re.compile(
    r"[.!?)]\s+(?:/\s*(?i:dok|foto|istimewa)\b\.?[^.!?]*|(?i:foto|photograph|photo|dok|credit|image|gambar)\s*[.:/][^.!?]*(?:\.[^.!?]*)?|(?i:photo|foto|image|gambar)\s+(?:by|oleh|courtesy(?:\s+of)?)\s+[^.!?]*|[A-Z][A-Z0-9-]*\.(?:COM|CO\.ID|ID)/[A-Z][A-Z .'-]*"
    # The outlet in capitals or as its address, a slash and the photographer's name:
    # "... Gedung DPR. KONTAN/Nama Fotografer", "... May 2, 2024. REUTERS/Name", "tirto.id/Nama".
    r"|(?:[A-Z][A-Z0-9-]+|[a-z][a-z0-9-]*\.(?:com|co\.id|id))/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    # ... or a credit in capitals: "... battered the region. CONTRIBUTED PHOTO", "AFP PHOTO",
    # "FILE PHOTO", "PHOTO BY NAMA", "FOTO ANTARA".
    r"|(?:[A-Z][A-Z.-]*\s+){0,2}(?:PHOTO|FOTO):?(?:\s+(?:BY|COURTESY\s+OF|OLEH)?\s*[A-Z][A-Z .'-]*)?"
    # ... or "Image Credits: Name/Agency" ("ST PHOTO: NAME" above).
    r"|(?i:image|photo|foto)\s+(?i:credits?)\s*:[^!?]*"
    # ... or the photographer's name, a slash and a photo agency: "Nama Fotografer/Getty Images".
    r"|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*/(?:Getty\s+Images|AFP(?:\s+via\s+Getty\s+Images)?|AP(?:\s+Photo)?|"
    r"Reuters|Bloomberg|EPA(?:-EFE)?|Anadolu(?:\s+Agency)?|NurPhoto|SOPA\s+Images|Xinhua|Shutterstock)"
    # ... or the outlet in title case, a slash and the photographer: "Pikiran Rakyat/Nama Fotografer";
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
    # ... or the photographer working for the outlet: "Nama Fotografer for Rest of World".
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+for\s+(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})\.?$")
CREDIT_TAIL = 80  # characters: a credit after a caption is short
# ... a credit of two capitalised words or more in brackets after the caption's stop.
PAREN_CREDIT = re.compile(r"[.!?]\s+\((?:[A-Z][\w.'’&-]*|of|the|and|dan)(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|dan)){1,5}\)$")
# A sentence ending inside a line: a line that has one is no header, even unfinished.
INNER_END = re.compile(r"[.!?][\"'”’)\]]*\s+[\"'“‘(]?[A-Z0-9]")
# What may follow the last comma of a line that was cut off mid-sentence, for the part
# before that comma to stand on its own: a new clause, not the rest of a list.
CLAUSE_OPENER = re.compile(
    r"(?i:meskipun|walaupun|namun|tetapi|tapi|sedangkan|sementara|karena|sehingga|agar|"
    r"supaya|ketika|saat|setelah|sebelum|yang|while|but|although|though|because|which|"
    r"who|after|before|as|so)\b")
# A word that opens a subordinate clause without a comma before it ("... masih terbuka
# pada akhir tahun ini apabila"): the main clause before it may stand on its own.
SUBORDINATOR = re.compile(
    r"\s(?i:apabila|jika|jikalau|kalau|bila|karena|sebab|sehingga|agar|supaya|ketika|"
    r"setelah|sebelum|meskipun|walaupun|sedangkan|if|because|unless|although|though|when|"
    r"while|until|so that)(?!\w)")
# A sentence ends on a name or a number more often than a cut-off one does; a headline,
# written in title case, has more capitalised words than not.
ENDS_ON_NAME = re.compile(r"(?:[A-Z][\w'’-]*|\d+\)?)\s*$")
BYLINE_DATE = re.compile(
    r"^\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[●•|·]\s*)?"  # "Jakarta ● Thu, August 28, 2025 - 14:20"
    r"(?:(?:Published|Posted)(?:\s+on)?:?\s+)?"  # "Published on 26/11/2025, 2:15pm"
    r"(?:[A-Z][A-Za-z]+(?:\.[a-z]{2,3}){1,2}\s+[-–]\s+)?"  # "Kompas.com - 12/03/2026, 14:05 WIB"
    # ("July 16th 2026", as a weekly dates its pieces; "July 18 2026", as a financial daily does)
    r"(?:[A-Z][a-z']+,?\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,|(?:st|nd|rd|th),?)?)"
    r"\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}"  # "19/01/2025 06:15 PM", as Bernama dates a story
    r"|(?:19|20)\d\d([.-])[01]\d\1[0-3]\d)"  # "2026.05.12", as BenarNews does, or "2025-01-16"
    r"(?:\s*[,|/–-]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AP]M|[ap]m)?(?:\s*(?i:WIB|WITA|WIT|UTC|GMT|SGT|ET|EST|EDT|PT|PST|PDT|JST|KST|PHT|HKT|ICT|MYT|AEST|AEDT|BST|CET|CEST)(?:[+-]\d{1,2})?)?)?"
    # When it was updated: "(Updated: 28 Jan 2025 09:12AM)", "Updated 3 hours ago".
    r"(?:\s*\(?(?i:updated|diperbarui)\b[^()]{0,40}\)?)?"
    # The reading time some outlets put after the date: "· 6 menit baca", "| 4 min read".
    r"(?:\s*[·•|-]\s*\d{1,2}\s+(?i:menit|min(?:ute)?s?)\s+(?i:baca|read))?\s*$"
)
# The author's line: "By Andi Wijaya", "Oleh CONTOH WARTAWAN", "By Ann Lee and Budi Santoso".
BYLINE_NAME = re.compile(r"^\s*(?:By|BY|Oleh|OLEH)\s*:?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|dan|&))"
                         r"{0,6}\s*$"
                         # ... or the writer's name with the outlet in brackets: "Nama Penulis (The Jakarta Post)"
                         r"|^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+\((?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)\s*$")
# A date inside a credit line: "Penulis: Nama Pada: Kamis, 02 Mei 2024, 14:20 WIB".
DATE_IN_LINE = re.compile(
    r"(?:[A-Z][a-z']+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},)\s+(?:19|20)\d\d\b")
RELATED = re.compile(r"\s*(?i:baca|read|lihat|simak|artikel\s+terkait|berita\s+terkait|related|see\s+also|tags?|topik)\b")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'-]{1,40}?(?:/[A-Z][A-Za-z .'-]{1,30}?)?)"  # ("JAKARTA/MANILA, April 2 (Reuters) -")
    r"(?:\s*,\s*(?P<outlet1>[A-Za-z0-9.]+(?:\.(?:com|co|id|co\.id))?|[A-Z][A-Za-z]+\s[A-Z][A-Za-z]+)"
    r"|(?:\s*,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,3})?\s*\((?P<outlet2>[A-Za-z][^)]{1,29})\)"
    r"|\s*,\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*,\s*)?(?P<mdate>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*"
    r"\((?P<outlet3>[^)]{2,30})\)"
    r"|(?P<tribun>TRIBUNNEWS\.COM|TEMPO\.CO)\s*,\s*(?P<place2>[A-Za-z .]+?))?"
    # ... a date: "Jakarta, Selasa (4/6/2024) -", "Jakarta, Rabu, 5 Juni 2024 -", "KUALA
    # LUMPUR, June 4 —" (which gives no year: only cut).
    r"(?:\s*,\s*(?P<date>[A-Z][a-z]+\s*\(\d{1,2}/\d{1,2}(?:/\d{4})?\)"
    r"|(?:[A-Z][a-z]+\s*,?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d)"
    r"|\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:--|-|–|—)\s+"
)
OUTLET = r"(?P<outlet>[A-Za-z][A-Za-z0-9-]*\.(?:COM|CO|ID|NET|com|co|id|net|Net)(?:\.(?:id|ID))?)"
# The outlet first: "TEMPO.CO, Jakarta - ", "KONTAN.CO.ID - JAKARTA. ", or alone: "tirto.id - ";
# some scrapes lose the dash: "Liputan6.com, Jakarta Polisi ..." (a place of one word, or
# of one and a point of the compass, before a capitalised word).
OUTLET_FIRST = re.compile(rf"^{OUTLET}(?:\s*,\s*(?P<place>[A-Za-z .]{{2,40}}?)\s*(?:--|-|–|—)\s+"
                          r"|\s*,\s*(?P<place3>[A-Z][a-z]+(?:\s(?:Barat|Timur|Utara|Selatan|Tengah))?"
                          r"|[A-Z]{3,})\s+(?=[A-Z\"“][a-z])"
                          r"|\s*(?:--|-|–|—)\s*(?:(?P<place2>[A-Z][A-Z .]{1,40}?)\.\s+)?(?=[A-Z\"“”])"
                          # ... or a bar between: "AJNN.Net | LHOKSEUMAWE – "
                          r"|\s*\|\s*(?P<place4>[A-Z][A-Z .]{1,40}?)\s*(?:--|-|–|—)\s+)")
# ... but these words in capitals before a colon label the line, they are no place.
NOT_PLACES_BEFORE_COLON = {"UPDATE", "BREAKING", "VIDEO", "FOTO", "PHOTO", "BACA", "CATATAN", "NOTE",
                           "EDITOR", "PERHATIAN", "INFO", "KLARIFIKASI", "RALAT", "CORRECTION", "EXCLUSIVE",
                           "EKSKLUSIF", "OPINI", "OPINION", "ANALYSIS", "ANALISIS", "LIVE"}
# A place in capitals and a colon, perhaps with its country: "KUALA LUMPUR: ", "CEBU,
# Philippines: ".
PLACE_COLON = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3})(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?"
                         r":\s+(?=[A-Z\"“])")
# A place and a full stop, as the Jakarta Globe opens: "Jakarta. Bank Indonesia ...".
PLACE_STOP = re.compile(r"^(?P<place>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+){0,2})\.\s+(?=[A-Z\"“])")
ABBREVIATIONS = {
    "pol", "irjen", "brigjen", "komjen", "kombes", "jend", "jl", "kab", "kec", "kel", "dkk",
    "no", "dr", "drs", "ir", "h", "hj", "prof", "st", "sh", "mh", "mr", "mrs", "ms", "gen",
    "lt", "col", "capt", "maj", "sgt", "inc", "ltd", "co", "corp", "vs", "tn", "ny", "sdr",
    "a.n", "u.p", "s.d", "dll", "dsb", "tsb", "yth", "km", "rp", "nomor", "no", "hlm", "p",
    "u.s", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "aug", "sep", "sept", "okt", "oct",
    "nov", "des", "dec", "bpk", "sdri", "kol", "let", "mayjen", "laksda", "marsda", "akbp",
    "gov", "sen", "rep", "supt", "adm", "cmdr", "atty", "dept", "brig", "cpl", "pvt",
    "adj", "sr", "comr", "insp",  # English police ranks: "Adj. Sr. Comr. Nama", "Insp. Gen. Nama"
    "pt", "cv",  # a company's legal form: "PT. Sukamaju Jaya", "CV. Karya"
    "ma",  # Maria in Filipino names: "Ma. Theresa Lazaro"
}
# (`[.!?][.!?]*` rather than `[.!?]+`: a pattern that opens with a character class, not a
# repeat, is only tried where one of its characters is)
SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'”’)]*(?=\s+|$)")
# The word before a stop, read backwards from the stop: the word a search for
# `([\w.]+)[.!?]*["'”’)]*$` finds before it (in a line, which has no newline), without the
# search trying every start before it (that search was most of splitting a line).
LAST_WORD_BACKWARDS = re.compile(r"[\"'”’)]*[.!?]*([\w.]+)")
NEXT_CHARACTER = re.compile(r"\s*(\S?)")
# A dateline below a photo's caption or a repeated title still opens the body: what came
# before it, up to this many lines with a sentence, was the page's header.
HEADER_PARAGRAPHS = 2
DASH = re.compile(r"\s(?:--|-|–|—)\s")


@one_step_init
@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Body:
    sentences: list[Sentence]
    dateline: str | None
    byline_date: str | None  # a byline line, or the date inside the dateline


EDITOR_CODE = re.compile(r"(?<=[.!?\"”])\s*[\[(][a-z]{1,5}(?:/[a-z]{1,5})+[\])]\s*$")
# A heading over a list of other stories, alone on its line: the lines after it that do
# not end like a sentence are their headlines ("Related News" / "Nation" / "Anwar: Asean
# must speak with one voice on ...").
RELATED_HEADING = re.compile(
    r"\s*(?i:related(?:\s+(?:news|articles?|stories|posts?|coverage|topics|reading|(?:news\s+|press\s+)?releases))?|also\s+read|read\s+(?:also|more|next)(?:\s+here)?|"
    r"more\s+(?:from|on|stories|news)\b[^.!?]{0,30}|baca\s+juga|berita\s+terkait|artikel\s+terkait|"
    r"berita\s+lainnya|artikel\s+lainnya|lihat\s+juga|terpopuler|most\s+(?:read|popular)|trending(?:\s+now)?|"
    r"rekomendasi(?:\s+untuk\s+anda)?|pilihan\s+(?:editor|untukmu|redaksi)|editor'?s\s+picks?|"
    r"recommended(?:\s+(?:stories|for\s+you|reading))?|must\s+read)"
    r"\s*:?\s*$")


# A box that sums the story up above it ("Intinya sih...", "Poin penting:", "Key points"):
# its bullets repeat the body's facts, unsourced and undated.
SUMMARY_HEADING = re.compile(
    r"\s*(?i:intinya(?:\s+sih)?|poin(?:-poin)?\s+penting|ringkasan|rangkuman|sekilas\s+info|highlights?|"
    r"key\s+(?:points|takeaways|ideas|facts)|summary|in\s+brief|in\s+short|what's\s+next|at\s+a\s+glance)"
    r"\s*(?:\.\.\.|…|:|\?)?\s*$")
# A wire's or network's credit after the last sentence of a line.
TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”])\s*[-–—]+\s*(?:Asia News Network|Rappler\.com|Bernama|Reuters|AFP|AP|"
                             r"Xinhua|Kyodo|dpa|ANTARA|Antara)\s*$")
# How a call to action after a line's first sentence opens (looked for with the pattern only then).
CALL_OPENERS = ("Subscribe", "Berlangganan", "Follow", "Ikuti", "Download", "Unduh", "Sign up", "Click", "Klik")
SHARE_BUTTON = re.compile(r"\s*(?i:share\s+(?:this\s+)?(?:article|story)|bagikan(?:\s+artikel)?)\s*:?\s*$")
SUMMARY_LINES = 4  # a summary box holds a few lines; scraped text may have no blank line after it
# ... or a link below it closes the box: "See All Key Ideas", as Mongabay's pages have it.
SUMMARY_END = re.compile(r"\s*(?i:see\s+all\s+key\s+(?:ideas|points)|lihat\s+semua\s+poin(?:\s+penting)?)\s*$")
BULLET = re.compile(r"\s*(?:[-•*·▪►]|\d{1,2}[.)])\s")  # ("2. Can carbon credits save ...?" in a list of headlines)


# A press release's end ("ENDS", "-30-", "###"): what follows is its contacts and notes.
END_MARK = re.compile(r"\s*(?:[-–—]+\s*)?(?:ENDS|END|-30-|#{3})(?:\s*[-–—]+)?\s*$")
# A short line with an e-mail address in it: a contact's, not a statement
# ("In Jakarta, Andi Wijaya, andi@example.org, +62 811 000 000"; "Media contact: ...").
CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|^\s*(?i:media\s+contacts?|for\s+more\s+information\b"
                     r"[^.!?\n]{0,40}\bcontact|untuk\s+informasi\s+lebih\s+lanjut[^.!?\n]{0,40}\bhubungi)")


# A copyright notice after the owner's name: "Philstar Global Corp. Copyright 2026.".
COPYRIGHT_AFTER = re.compile(r"\b(?i:copyright)\s*©?\s*(?:19|20)\d\d\b|\b(?i:all\s+rights\s+reserved)\b")


def is_boilerplate(line: str) -> bool:
    if _boilerplate_start(line):
        return True
    if len(line) < 120 and ("opyright" in line or "ights" in line) and COPYRIGHT_AFTER.search(line):
        return True
    if len(line) < SHORT_LINE and ("@" in line or "ontact" in line or "ubungi" in line) \
            and CONTACT.search(line) and not line.rstrip().endswith("."):
        return True
    if len(line) < SHORT_LINE and ("etter" in line or "uletin" in line or "ign up" in line
                                   or line.rstrip().endswith(("E", "W", "P"))) \
            and SELLING.search(line):
        return True
    if ("News" in line or "Channel" in line or "contributed" in line or "berkontribusi" in line
            or "ead more" in line or "elengkapnya" in line) and ELSEWHERE.match(line):
        return True
    if len(line) < SHORT_LINE and ("WhatsApp" in line or "News" in line or "Channel" in line) \
            and PROMOTION.search(line):
        return True
    if len(line) < SHORT_LINE and "redit" in line and CREDIT_LINE.match(line):
        return True
    # NOT_STATEMENT needs a closing bracket at the end or a menu's separator.
    maybe = line.rstrip().endswith(")") or ">" in line or "|" in line or "»" in line
    if maybe and NOT_STATEMENT.search(line) is not None:
        return True
    return _credited_caption(line)


def _credited_caption(line: str) -> bool:
    """Whether the line ends with a photo's credit ("... Image courtesy of BKSDA Kalbar."), or
    is one sentence with its source in brackets after it, as a caption credits its owner
    ("... in the Arafura Sea. (Commonwealth of Australia)")."""
    if line.endswith(")"):
        credit = PAREN_CREDIT.search(line, max(0, len(line) - CREDIT_TAIL))
        if credit and not INNER_END.search(line, 0, credit.start()):
            return True
    tail = line[-CREDIT_TAIL:]
    return ("/" in tail or ":" in tail or "ok." in tail or "PHOTO" in tail or "FOTO" in tail
            or "hoto " in tail or "oto oleh" in tail or "mage by" in tail or "ourtesy" in tail or "redit" in tail
            or " for " in tail) \
        and CAPTION_CREDIT.search(tail) is not None


def split_body(text: str) -> Body:
    """Sentences of the article body in order, without boilerplate or the dateline.

    Lines before the first one that holds a sentence are the page's header (title, byline,
    menus) and are never statements. A line that does not end like a sentence keeps its
    whole sentences; its unfinished last one is a widget, a related headline or the
    cut-off end of the article, kept only up to a clause that stands on its own (see
    `_cut_off`)."""
    sentences: list[Sentence] = []
    dateline = byline = None
    cut = False  # a dateline was cut (some name only their outlet: "tirto.id - ")
    offset = 0
    paragraph = 0
    headlines = False  # under a heading of other stories, until a line ends like a sentence
    summary = 0  # lines left of a summary's box ("In short:"), which a blank line or a dateline ends
    shared = None  # how many sentences there were at a share button with no blank line after it yet
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if not line.strip():
            summary, shared = 0, None
            continue
        if sentences and len(line) < 12 and END_MARK.match(line):
            break  # the end of a press release
        if summary and not _dateline(line)[1]:
            summary -= 1
            continue
        summary = 0
        if line.endswith(("]", ")")) and "/" in line[-14:]:
            code = EDITOR_CODE.search(line)  # "... pada Sabtu (6/12). [ck/ab]": the editors' initials
            line = line[:code.start()] if code else line
        if "-" in line[-30:] or "–" in line[-30:] or "—" in line[-30:]:
            credit = TRAILING_CREDIT.search(line)  # "... again in the fourth quarter. - Asia News Network"
            line = line[:credit.start()] if credit else line
        if sentences and len(line) < 40 and SUMMARY_END.match(line):
            if paragraph <= SUMMARY_LINES + HEADER_PARAGRAPHS:
                sentences, paragraph = [], 0  # the summary's bullets above a link that closes them
            continue
        terminated = _terminated(line)
        if len(line) < 60 and (sentences and RELATED_HEADING.match(line) or SUMMARY_HEADING.match(line)):
            headlines = True
            summary = summary or (SUMMARY_LINES if SUMMARY_HEADING.match(line) else 0)
            continue
        if headlines and (not terminated or BULLET.match(line) or _quote_ends_headline(line)):
            continue
        headlines = False
        if terminated and _question_alone(line):
            continue
        if is_boilerplate(line) or not sentences and (not terminated and not INNER_END.search(line)
                                                       or BYLINE_DATE.match(line)):
            # (a date alone above the body is its byline, though "Aug. 6," looks like a stop inside)
            byline = byline or _byline_date(line)
            if SHARE_BUTTON.match(line):
                shared = len(sentences)
            elif shared is not None and _credited_caption(line) and _points(sentences[shared:]):
                # "Share this article", a few lines of one sentence each that sum the story
                # up, then the lead photo's caption, with no blank line between: a summary
                # box, not the body (a lead paragraph has sentences of its own)
                sentences, shared = sentences[:shared], None
            continue
        if sentences and paragraph <= HEADER_PARAGRAPHS and _is_byline(line):
            # A standfirst above the author's line or the date: page header, not body.
            byline = byline or _byline_date(line)
            sentences, paragraph = [], 0
            continue
        skip = 0
        if not cut and (paragraph == 0 or paragraph <= HEADER_PARAGRAPHS
                        and (DASH.search(line, 0, 80) or PLACE_COLON.match(line))):
            dateline, skip, dated = _dateline(line, outlet_only=paragraph > 0)
            byline, cut = byline or dated, skip > 0
            if cut and paragraph:
                sentences, paragraph = [], 0  # a caption or title above the dateline
        spans = _sentence_spans(line, skip)
        if not terminated and spans:  # only the unfinished last sentence is in question
            start, stop = spans.pop()
            kept = _cut_off(line[start:stop])
            spans += [(start, start + kept)] if kept else []
        for start, stop in spans:
            if line.startswith(CALL_OPENERS, start) and _boilerplate_start(line[start:stop]):
                continue  # "Independent journalism needs readers ... Subscribe to The Saturday Paper."
            sentences.append(Sentence(line[start:stop], line_start + start, line_start + stop, paragraph))
        paragraph += bool(spans)
    tail = [s for s in sentences[-3:] if AUTHOR_NOTE.match(s.text) and (s.paragraph >= 3 or s is sentences[-1])
            and sum(t.paragraph == s.paragraph for t in sentences) == 1]
    if tail:  # who the author is, alone in a line at the end (or near it, after the body)
        sentences = [s for s in sentences if s not in tail]
    return Body(sentences, dateline, byline)


def _points(sentences: list[Sentence]) -> bool:
    """Whether the sentences are two or more lines of one sentence each."""
    return len(sentences) >= 2 and len({s.paragraph for s in sentences}) == len(sentences)


def _terminated(line: str) -> bool:
    """Whether the line ends like a sentence: a stop, maybe closing quotes or brackets after
    it, or a closing quote. Read from the line's end with string methods: a pattern that
    ends at `$` is tried at every position of the line."""
    stripped = line.rstrip()
    last = stripped.rstrip("\"'”’)]")[-1:]
    return (last != "" and last in ".!?…") or (stripped[-1:] != "" and stripped[-1:] in "\"”")


def _quote_ends_headline(line: str) -> bool:
    """A headline that ends on a quoted word ("... will \"welcome ASEAN engagement\"") has no
    stop before its closing quote; a quoted sentence has one."""
    return line.rstrip()[-1:] in "\"”" and line.rstrip().rstrip("\"”")[-1:] not in ".!?…,"


def _question_alone(line: str) -> bool:
    """A line that is one question and quotes nobody is a headline (a related article's, a
    section's) or a rhetorical question: it states no fact."""
    stripped = line.rstrip()
    return (stripped.endswith("?") and '"' not in stripped and "\u201c" not in stripped
            and INNER_END.search(stripped) is None)


def _is_byline(line: str) -> bool:
    return BYLINE_DATE.match(line) is not None or BYLINE_NAME.match(line) is not None


def _byline_date(line: str) -> str | None:
    """The date of a byline or credit line: the whole line when it is only a date, else
    the date inside a short credit line ("Penulis: ... Pada: Kamis, 02 Mei 2024"), never
    the date in a related article's headline."""
    if BYLINE_DATE.match(line):
        return line.strip()
    if RELATED.match(line):
        return None
    marked = any(mark in line for mark in ":|·•")  # a credit line's marks: "Penulis: ... | Editor: ... | Jumat, ..."
    match = DATE_IN_LINE.search(line) if len(line.split()) <= (24 if marked else 14) else None
    if match and not marked and (len(WORD_AFTER.findall(line, match.end())) > 3
                                 or len(WORD_AFTER.findall(line, 0, match.start())) > 6):
        return None  # a headline that names a date ("Mulai 1 Januari 2027 Truk ... Dilarang", "Pemerintah
        # Kenakan Bea Masuk Safeguard Benang Filamen Mulai 26 Januari 2026"), no credit line
    return match.group(0) if match else None


# A credit or dateline line ends with its date, or a time and zone after it; a headline
# goes on with words ("... 2027 Truk Batu Bara Dilarang Masuk Kota Jambi").
WORD_AFTER = re.compile(r"[A-Za-z]{2,}")


def _cut_off(line: str) -> int | None:
    """Where to end a sentence that stops without a stop: at its end when it ends on a
    name or number and is no headline, else before its last comma when what follows opens
    a new clause and what precedes says enough, else before the last subordinating word
    after that comma (`apabila`, `because`) when what precedes says enough, else nowhere
    (None)."""
    words = line.split()
    if len(words) >= 6 and ENDS_ON_NAME.search(line) and 2 * sum(w[0].isupper() for w in words) <= len(words):
        return len(line)  # a sentence that lost only its stop ("..., kata Andi Wijaya")
    comma = line.rfind(",")
    if comma >= 0 and CLAUSE_OPENER.match(line[comma + 1:].lstrip()):
        return comma if len(line[:comma].split()) >= 6 else None
    opener = None
    for opener in SUBORDINATOR.finditer(line, max(comma, 0)):
        pass  # the last one: the clause that was cut off
    return opener.start() if opener and len(line[:opener.start()].split()) >= 6 else None


def _dateline(line: str, outlet_only: bool = False) -> tuple[str | None, int, str | None]:
    """The dateline's place, where the body starts after it, and a date it carries;
    `outlet_only`: only a dateline that names its outlet (`REPUBLIKA.CO.ID, JAKARTA --`),
    which cannot be a sentence's opening words."""
    if line.startswith("("):
        wire = WIRE_ALONE.match(line)  # "(Bloomberg) -- Bank Indonesia ...": the wire alone, no place
        return None, wire.end() if wire else 0, None
    match = OUTLET_FIRST.match(line)
    if match and (match.group("place") or match.group("place3")):
        return (match.group("place") or match.group("place3")).strip(), match.end(), None
    if match:  # the outlet alone, or a place in capitals after it
        place = (match.group("place2") or match.group("place4") or "").strip().title()
        return place or None, match.end(), None
    match = PLACE_COLON.match(line)  # capitals and a colon open no sentence either
    if match and match.group("place") not in NOT_PLACES_BEFORE_COLON:
        return match.group("place").title(), match.end(), None
    match = None if outlet_only else PLACE_STOP.match(line)
    if match and match.group("place").rsplit(" ", 1)[-1].lower() not in ABBREVIATIONS:
        return match.group("place"), match.end(), None
    match = DATELINE.match(line)
    if outlet_only and match and not any(match.group(g) for g in ("outlet1", "outlet2", "outlet3", "tribun")):
        match = None
    if match and len(match.group("place").split()) <= 4:
        place = (match.group("place2") or match.group("place")).strip()
        # ("March 10" of "KOTA KINABALU, March 10 (Bernama) --" is kept too: the page may
        # give its year elsewhere)
        return place.title() if place.isupper() else place, match.end(), match.group("date") or match.group("mdate")
    return None, 0, None


# A wire's name alone in brackets before a dash opens the body of its stories.
WIRE_ALONE = re.compile(r"\((?:Bloomberg|Reuters|AP|AFP|Bernama|ANTARA|Xinhua|Kyodo|Yonhap|dpa|UPI)\)\s*(?:--|-|–|—)\s+")
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _sentence_spans(line: str, start: int) -> list[tuple[int, int]]:
    """Sentence boundaries in one line: a stop that is not an abbreviation, a decimal or
    an initial, followed by space and a capital letter, a quote or a digit."""
    spans = []
    begin = start
    for match in SENTENCE_END.finditer(line, start):
        end = match.end()
        following = NEXT_CHARACTER.match(line, end).group(1)
        if following and not (following.isupper() or following in "\"'“”‘(" or following.isdigit()):
            continue
        if match.group().startswith("."):
            # The word before the stop; a tail is enough (no abbreviation is 30 characters).
            word = LAST_WORD_BACKWARDS.match(line[max(begin, end - 30):end][::-1])
            raw = word.group(1)[::-1].rstrip(".") if word else ""
            if raw.lower() in ABBREVIATIONS and not _acronym_at_end(raw) or len(raw) == 1 and raw.isalpha() and raw.isupper() \
                    or DOTTED_INITIALS.fullmatch(raw):
                continue  # an abbreviation or an initial, or initials ("Auditorium H.M. Rasjidi")
            if following == "(" and raw.lower() in ("a.m", "p.m"):
                continue  # the hour's zone after it: "at 9:48 p.m. (Philippine time) at a depth"
        if line[begin:end].strip():
            spans.append(_trim(line, begin, end))
        begin = end
    if line[begin:].strip():
        spans.append(_trim(line, begin, len(line)))
    return spans


# Abbreviations written in capitals too ("PT.", "AKBP. Nama", "Acme INC."); other words of
# three capitals are acronyms, which end sentences ("menurut catatan BPK. Setiap ...",
# where "Bpk." is Bapak).
CAPITAL_ABBREVIATIONS = {"akbp", "inc", "ltd", "corp"}


def _acronym_at_end(raw: str) -> bool:
    return len(raw) >= 3 and raw.isupper() and raw.lower() not in CAPITAL_ABBREVIATIONS


def _trim(line: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and line[begin].isspace():
        begin += 1
    while end > begin and line[end - 1].isspace():
        end -= 1
    return begin, end
