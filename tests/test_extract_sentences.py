"""From article text to sentences (events.extract.sentences.split_body): boilerplate out,
dateline off, abbreviations kept inside their sentence, offsets true to the text."""

from __future__ import annotations

import pytest

from events.article import Article
from events.extract import extract
from events.extract.sentences import _terminated, split_body

BODY = "Polri menggelar rapat di Bali."


def texts(text: str) -> list[str]:
    return [s.text for s in split_body(text).sentences]


@pytest.mark.parametrize("line", [
    "Baca juga: Polisi amankan dua pelaku curanmor",
    # Capital J and a space before the colon, as some outlets write it.
    "Baca Juga : Polisi amankan dua pelaku curanmor",
    "BACA JUGA: Polisi amankan dua pelaku curanmor",
    "Lihat juga: Video penangkapan di pelabuhan",
    "Simak juga: Wawancara dengan kapolda",
    "Read also: Police detain two suspects",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Editor: Dewi Lestari",
    "Penulis: Rudi Hartanto",
    "Pewarta: Yohanes Ola",
    "Reporter: Maria Goreti",
    "Laporan Wartawan Tribunnews.com, Sinta Dewi",
    "Foto: Dok. Humas Polda",
    "Sumber: Humas Polri",
    "Copyright © 2023 ANTARA",
    "© 2023 Kompas Cyber Media",
    "Hak cipta dilindungi undang-undang.",
    "Ikuti berita terkini di kanal kami",
    "ADVERTISEMENT",
    # Related links and tags in the forms other outlets use.
    "Read: Government Sets Eid Holiday From April 8 to 15",
    "Baca: Polisi amankan dua pelaku curanmor",
    "Editor's Choice: Police Arrest Five Over Fake Tickets",
    "Related: Bali airport operates normally after quake",
    "Tags: KPK, OTT, Korupsi",
    "Tag: pilkada 2024",
    # Credits, including a wire's credit line without a colon.
    "Translator: Dewi Lestari",
    "Laporan Reporter TRIBUNFLORES.COM, Sinta Dewi",
    "Reporting by Andi Wijaya; Editing by Budi Santoso",
    # Share buttons, font-size widgets and calls to follow or click.
    "Bagikan: Facebook Twitter WhatsApp",
    "Share this: Facebook X WhatsApp Email",
    "Tweet",
    "Ukuran Font",
    "Kecil Besar",
    "14px",
    "Follow Berita Okezone di Google News",
    "Click here to get the latest news updates from Tempo on Google News",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
    "Artikel ini telah tayang di TribunFlores.com dengan judul Banjir Rendam Rumah",
    "Simak Video 'KPU Gelar Rapat Koordinasi Pilkada':",
    "[Gambas:Video 20detik]",
    "Our Standards: The Trust Principles.",
    # A line wholly in brackets: editors' initials, an editing note.
    "(yld/yld)",
    "(This story has been refiled to correct the spelling of a name in paragraph 4)",
    # Breadcrumbs and menus.
    "Home > News > Bali",
    "Nasional | Hukum | Politik",
    # Photo captions that end with their credit.
    "BANJIR - Warga melintasi genangan air di Maumere, Selasa (9/1/2024). (TRIBUNFLORES.COM/SINTA DEWI)",
    "Ilustrasi. Kapal nelayan bersandar di dermaga.(Dok. MI/Andi)",
    "Warga mengungsi ke masjid. (ANTARA/Budi Santoso)",
    # An outlet's name and its copyright sign; a call to sign up; what a subscription gives.
    "Bali Express © 2024.",
    "Sign up here.",
    "Nikkei Asia readers get unlimited access to in-depth analysis of Asian business.",
    "Artikel ini khusus untuk pelanggan. Berlangganan Kompas.id untuk membaca berita tanpa batas.",
    # A call to subscribe, a newsletter, a disclaimer, a notice against AI crawling, an author's
    # disclosure and a funder's, an outlet's words about itself, an acknowledgement of country.
    "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.",
    "Berlangganan Kompas.id untuk membaca berita tanpa batas.",
    "Disclaimer: The comments uploaded on this site do not necessarily represent the views of management.",
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini.",
    "Get all the latest ABC News delivered to your inbox.",
    # ... a broadcaster's notice on wire material, a terminal's tagline.
    "This service may include material from AFP, APTN, Reuters and AAP which is copyright and cannot be reproduced.",
    "Before it's here, it's on the Bloomberg Terminal.",
    "The authors do not work for, consult, own shares in or receive funding from any company.",
    "Universitas Contoh provides funding as a member of The Conversation ID.",
    "Reuters, the news and media division of Thomson Reuters, is the world's largest multimedia news provider.",
    "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians.",
    "The outlet acknowledges the First Nations Traditional Custodians of Country throughout Australia.",
    # A banner image's label, an image credit, an editor's note, a reference in a list of sources.
    "Banner image: Cleared peat forest in Kapuas regency, Central Kalimantan.",
    "Image courtesy of Nama Fotografer.",
    "Note: Key ideas are a summary written by the outlet's staff.",
    "Kahayan Forest Watch. (2024). Clearing on deep peat in the concession, Central Kalimantan.",
    "Giri, C., Ochieng, E., Tieszen, L. L., … Duke, N. (2011). Status and distribution of mangrove forests.",
    "This article was amended on 21 April 2026 to correct the name of the province.",
    "See related: Orangutans rescued from burning peatland in West Kalimantan",
    # ... where to follow the outlet, a photo described for screen readers, a print edition's line
    "Coconuts Bali is on WhatsApp. Follow our channel for the latest updates.",
    "Stay up to date with the latest Bali travel news and updates from The Bali Sun.",
    "Photo shows a white fishing vessel tied up at a wharf beside a grey patrol ship.",
    "No. 573 – October 18 – 24, 2025",
    # ... "Photo by" and the outlet and photographer after the caption's stop.
    "A rescue team wades through floodwaters in Quang Tri Province, Oct. 20, 2026. Photo by Outlet/Nama Fotografer",
    # A copyright line opened by the outlet's address; a call to follow a channel whose name has a dot.
    "Harianjogja.com - Copyright © 2025 Harian Jogja. All Rights Reserved.",
    "Ikuti saluran TribunJabar.id di WhatsApp dan Google News untuk berita terbaru.",
    # A credit with no slash, after the caption's stop (a WordPress caption).
    "Kolom abu vulkanik membubung dari kawah Gunung Marapi, Kamis pagi. (Foto: Dok. BPBD Agam)",
    "Petugas memeriksa kendaraan di pos perbatasan. (Foto: Istimewa)",
    # ... or with the outlet or agency that took it named before a colon.
    "Murid berbaris di depan kelas pada hari pertama sekolah. (ABC News: Nama Fotografer)",
    "Relawan membagikan air bersih di pengungsian. (Reuters: Nama Fotografer)",
    # A related link however it is labelled, also the last one above the credits.
    "Related news: Navy chief visits new base in Sorong",
    "Related stories: Minister opens the new port",
    # Tempo's own pick of a related article, and calls to sign up.
    "Pilihan Editor: Jaksa KPK Tuntut Eks Pejabat Sukamaju 11 Tahun Penjara",
    "Sign up for our daily newsletter and get the best of the news in your inbox every morning.",
    "Subscribe to our newsletter for the latest updates on Indonesia.",
    # Copyright with a span of years that must not become a date.
    "Copyright 2008 - 2024 PT. Kompas Cyber Media. All Rights Reserved.",
    # A caption whose credit follows it without brackets, after a date that must not count.
    "Tim SAR menyisir perairan Selat Lombok pada Kamis (22/8/2024). Foto: Dok. Basarnas Mataram",
    "Petugas memadamkan api di Kabupaten Pelalawan, Senin (11/9/2023). TRIBUNPEKANBARU.COM/RIZKY ARMANDA",
    "A money changer counts banknotes in Jakarta, Oct. 3, 2024. Photo: Example Wire/Rudi Santoso",
    # ... credited "Foto/Nama" (Sindonews), or in brackets as a courtesy or by a photographer.
    "Petugas membagikan air minum kepada jemaah di Mina, jelang wukuf. Foto/Nama Fotografer",
    "Buruh berunjuk rasa di depan kantor bupati pada 3 Maret 2025. (Foto oleh Nama Fotografer)",
    "Protesters gather outside the governor's office in Palu on March 3, 2025. (Photo Courtesy of KSPI)",
    "Rescuers search the river bank in Bogor on Jan. 5, 2025. (Photo by Example Wire)",
    # Calls to follow the outlet elsewhere, however they are worded.
    "Simak berita lainnya di Google News",
    "Simak berita dan artikel lainnya di Google News",
    "Andi Wijaya berkontribusi dalam penulisan artikel ini.",
    "Read more of the latest news from Southeast Asia",
    "Baca selengkapnya di halaman berikut",
    "Ikuti saluran WhatsApp Channel Contoh untuk berita terkini",
    "Stay updated with the latest news on Google News",
    "Follow WhatsApp Channel Contoh.id untuk update berita terbaru setiap hari! Follow",
    "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    "Gabung saluran Telegram Contoh untuk berita pilihan.",
    "Ikuti Contoh Media di WhatsApp dan Google News untuk berita terbaru.",
    "Follow Example News on Instagram for more stories like this.",
    # A related headline or a crosshead that asks a question states nothing.
    "Sukamaju: Siapa calon bupati termuda tahun ini?",
    "Who is the new party leader?",
    "Apa yang terjadi selanjutnya?",
    # A wire's credit for a colleague.
    "Associated Press writer Dewi Larasati in Jakarta contributed to this report.",
    "Wire reporter Andi Wijaya contributed reporting from Kupang.",
    # Related reading without a colon; promotion that ends by calling on the reader.
    "Baca juga artikel terkait PEMILU 2024 atau tulisan lainnya dari Nama Penulis",
    "Update berita terkini hari ini. Follow ContohNEWS di Google News!",
    "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi, silakan WhatsApp ke nomor Cek Fakta 0811-000-000.",
    # A caption ending with its credit without brackets: outlet in capitals or its address,
    # a slash, the photographer.
    "ILUSTRASI. Petugas memeriksa dokumen di kantor pajak. CONTOH/Nama Fotografer",
    "Tourists walk on a beach in Bali, Indonesia, May 2, 2024. WIRE/Contoh Photographer",
    "Petugas menghitung surat suara di TPS 05, Rabu (27/11/2024). contoh.id/Nama Fotografer",
    # Where the piece first ran, the outlet's app, a labelled caption or illustration.
    "Berita ini telah tayang di Contoh.com dengan judul Banjir Rendam Dua Desa.",
    'Artikel ini sudah dimuat di Contohnews.id dengan judul "Harga Beras Naik".',
    "This story was originally published on Example Daily.",
    "This article first appeared in The Example Times.",
    "Unduh aplikasi Contoh di Google Play dan App Store.",
    "Download Kuis Kreator Contoh sekarang, dapatkan hadiahnya.",
    "Pastikan Anda sudah install aplikasi WhatsApp ya.",
    "Jangan lewatkan berita terbaru lainnya di Contoh.com.",
    "For more news, visit our website.",
    "Keterangan foto: Warga mengungsi ke balai desa di Demak, Selasa (12/3/2024).",
    "Sumber foto: Dok. Humas Pemkab Contoh",
    "ILUSTRASI. Petugas berjaga di depan gedung pengadilan, Senin (3/6/2024).",
    "Ilustrasi - Nelayan menambatkan perahu di pelabuhan Muara Angke, Jakarta.",
    # A wire's further credits, the site's own calls, a label dating the page.
    "Additional reporting by Contoh Nama in Manila.",
    "— With reports from Contoh Nama",
    "Support our journalism by subscribing today.",
    "By continuing, you agree to our Terms of Use.",
    "Diperbarui: 4 Juni 2024 11:45 WIB",
    "ALSO READ: Two provinces agree to share flood data",
    "Residents wade through floodwaters in a village in Albay. CONTRIBUTED PHOTO",
    "A midwife examines a pregnant woman at a health centre off Kupang. ST PHOTO: CONTOH PHOTOGRAPHER",
    "A health worker prepares vaccine in Wamena. Image Credits: Contoh Photographer/UNICEF Indonesia.",
    # A caption credited to its photographer and a photo agency, or to its owner in brackets.
    "Indonesia players celebrate the winning goal at Gelora Bung Karno. Contoh Photographer/Getty Images",
    "The frigate sails in company with HMAS Toowoomba in the Arafura Sea. (Commonwealth of Australia)",
    # Appeals for support or to share, and a magazine's byline.
    "Help us report global health from where it happens. Contoh Watch is open-access and relies on readers.",
    "Dukung Contoh Indonesia dengan berbagi artikel ini.",
    "Artikel yang diterbitkan oleh Contoh Editor",
    "by Contoh Author on 19 November 2025",
    # A call to write for the outlet, a delay notice, an empty comment box, a feedback form.
    "Write an article and join a growing community of more than 200,000 academics.",
    "All quotes delayed a minimum of 15 minutes.",
    "There are no comments yet.",
    "FEEDBACK: Use this form to send a message to the author of this post.",
    "Save articles to read later and create your own reading list.",
    # A donation appeal, the writer's note, the outlet about itself.
    "Berikan donasi untuk Contoh Indonesia.",
    "Contoh Reporter is a Contoh correspondent covering health and development in Southeast Asia.",
    "Contoh Home News is an independent news organisation. Support our journalism",
    "Disclosure: Contoh.id merupakan media partner dari sejumlah acara, namun tidak memiliki hubungan bisnis.",
    "Image Credits: Contoh Photographer/UNICEF Indonesia.",
    "Petugas memadamkan api di Pasar Senen, Jakarta. FOTO ANTARA",
    "A patrol ship escorts a seized fishing boat to Batam. Photo courtesy of the Fisheries Ministry",
    "Soldiers patrol a road in Dekai, the main town of Yahukimo regency. Photograph: Nama Fotografer/AFP",
    "A female orangutan and her infant inside a transport cage. Image courtesy of BKSDA Kalbar.",
    "Sea turtles awaiting release at a conservation centre. Image by Nama Fotografer for the outlet.",
    "Houses on the island where the border runs through several homes. Credit: Depositphotos",
    "— With assistance from Nama Penyunting",
    "Get a look at the day ahead in Asian and world markets with the Morning Wire Asia newsletter.",
    "Get the latest analysis from our Global Desk newsletter on the big stories of the week.",
    "Before it arrives anywhere else, it is on our data terminal. LEARN MORE",
    "Anda sedang membaca artikel premium. Berlangganan Koran Contoh untuk akses tanpa batas.",
    "The Morning Power newsletter tells you what you need to know about energy. Sign up here.",
    "Get CONTOH PLUS for the digital edition of the paper and other titles on up to five devices.",
    "Petugas membersihkan material longsor di jalur kereta. /Dok. KAI Daop 2 Bandung",
    "Download the Contoh app at the App Store and Google Play.",
    "Contoh.com © 2024 Contoh Inc. All Rights Reserved.",
    "Last updated: June 4, 2024",
    # A press release's contacts: an e-mail address on a short line, or the line asking for them.
    "In Jakarta, Andi Wijaya, andi.wijaya@contoh.example, +62 811 0000 0000",
    "Media contact: Budi Santoso (budi@contoh.example)",
    "For more information on this topic, please contact:",
    "Untuk informasi lebih lanjut, silakan hubungi:",
    # A copyright notice after the owner's name.
    "Contoh Global Corp. Copyright 2026.",
    "Contoh Media Limited. All rights reserved.",
    # A share button, with the networks after it.
    "Share on Facebook",
    "Share:",
    # An academic outlet's disclosure under its authors' names.
    "The authors received a research grant from Universitas Contoh for the survey described in this article.",
    "The author has no other relevant affiliations.",
    # A paywall's call under the story's first lines.
    "To read the full story, subscribe to Contoh Asia.",
    # The comment form's notice.
    "Your email address will not be published.",
    # A caption credited to the outlet in title case and a slash, or to a photographer for it.
    "Truk pengangkut sampah mengantre di pintu masuk TPA Sukamaju. Pikiran Rakyat/Contoh Fotografer",
    "Drivers gather outside a mall in Semarang during the app shutdown. Contoh Photographer for Rest of World",
    # A wire's word on who funds a desk, and where its standards for that are.
    "The Contoh Press' climate coverage receives financial support from multiple private foundations. "
    "CP is solely responsible for all content. Find CP's standards for working with philanthropies at cp.example.",
    "The Contoh Press Health Department receives support from several private foundations. "
    "The CP is solely responsible for all content.",
    "Find CP's standards for working with philanthropies, a list of supporters and funded coverage areas at cp.example.",
    # A related story's headline on the line of its heading.
    "Related reading: Low water strands coal barges on Borneo's Barito River",
])
def test_a_boilerplate_line_is_not_a_sentence(line):
    assert texts(f"{BODY}\n{line}\nRapat itu lancar.") == [BODY, "Rapat itu lancar."]


@pytest.mark.parametrize("note", [
    "Ann Lee is a Jakarta-based researcher on Indonesian politics.",
    "Penulis adalah dosen ilmu politik di sebuah universitas di Yogyakarta.",
    # ... with no article before the trade.
    "Ann Lee is Malaysia correspondent at The Contoh Times, based in Kuala Lumpur.",
])
def test_a_note_on_the_author_at_the_end_is_not_a_sentence(note):
    assert texts(f"{BODY}\n{note}") == [BODY]


def test_a_sentence_about_someone_s_trade_inside_the_body_is_kept():
    line = "Andi Wijaya is a researcher who has studied the island for years."
    assert texts(f"{line}\n{BODY}") == [line, BODY]


@pytest.mark.parametrize("line", [
    # A sentence that merely mentions an editor is news, not a credit line.
    "Editor senior itu dipanggil polisi.",
    # "Foto" opening a sentence without a colon.
    "Foto korban beredar di media sosial.",
    # "Sumber" with no colon: a source quoted, not a credit.
    "Sumber di kepolisian membenarkan hal itu.",
    # A bracket with a colon that credits nobody after a sentence's stop.
    "Harga naik dua kali lipat (rasio: 2:1).",
    # A bracket that is no credit at the end of a sentence.
    "Polisi menyita dua unit sepeda motor (foto kendaraan terlampir di berkas).",
    # A bracket about a photograph, or a slash after "foto" inside a sentence, credits nobody.
    "The minister praised the images (photo by photo, she said) in Jakarta.",
    "Polisi menyita kamera dan foto/video milik tersangka di Bogor.",
    # A slash, a mention of Google News and a contribution inside sentences of news.
    "Harga cabai naik 2/3 kali lipat di Pasar Kupang.",
    "Warga kini menyimak berita dari Google News setiap hari karena mudah diakses.",
    "Japan contributed 20 million dollars to the fund.",
    # A follow-up is no call to follow; a quoted question is what someone asked.
    "Follow-up talks with Facebook executives were held in Jakarta.",
    '"Siapa yang akan menanggung biayanya?" tanya Andi Wijaya.',
    # News about publishing, apps and pictures is still news.
    "Berita itu telah dibantah oleh Kementerian Kesehatan pada Senin.",
    "Unduhan aplikasi layanan pajak naik dua kali lipat tahun ini.",
    "Download speeds in Papua doubled after the cable was laid.",
    "The story of the flood was told by survivors in Demak.",
    "Gambar satelit menunjukkan kerusakan di pesisir Demak.",
    "Reports from residents say the river burst its banks on Monday.",
    "Updated figures show 12 villages were flooded.",
    # A grant in the news is no disclosure.
    "The ministry will grant permits to 40 firms this year.",
    "Pemerintah memberikan hibah Rp 2 miliar untuk sekolah itu.",
    # A company's shares are no share button.
    "Shares of Sukamaju Cement fell 2.1% in Tokyo on Wednesday morning.",
    "Share prices of coal miners fell on Thursday.",
    # A body funded by foundations in the news is no wire's disclosure.
    "The group receives support from several private foundations, its director said on Monday.",
])
def test_a_sentence_that_only_starts_like_boilerplate_is_kept(line):
    assert texts(f"{BODY}\n{line}") == [BODY, line]


@pytest.mark.parametrize("first, second", [
    # A second sentence about someone working for an outlet, a slash between two names:
    # no credit after a caption.
    ("The photo was taken on Monday.", "Andi Wijaya works for Reuters."),
    ("Rapat digelar kemarin.", "Jalur Bandung/Cimahi ditutup dua jam."),
])
def test_a_last_sentence_shaped_like_a_credit_but_stating_something_is_kept(first, second):
    assert texts(f"{BODY}\n{first} {second}") == [BODY, first, second]


@pytest.mark.parametrize("header", [
    # A page's title, author and menus before the body: no line ends like a sentence.
    "Quake jolts Bali and Lombok, no tsunami threat\nBy Andi Wijaya\nJanuary 17, 2024",
    "Tim detikcom - detikNews\nSelasa, 20 Feb 2024 15:32 WIB\nUkuran Font",
    "Contoh CNN Indonesia\nSabtu, 17 Agu 2024 19:05 WIB",
])
def test_lines_before_the_first_sentence_are_the_page_header(header):
    assert texts(f"{header}\n{BODY}") == [BODY]


@pytest.mark.parametrize("byline", [
    "By Ann Lee\nJanuary 08, 2025",
    "Oleh CONTOH PENULIS\n22 Agustus 2024 17:05 WIB · 6 menit baca",
    "By Ann Lee and Budi Santoso",
    "Kamis, 24 Agustus 2023 09.15 WITA",
    # ... the writer's name with the outlet in brackets, then a label and the place and date.
    "Nama Penulis (The Jakarta Post)\nPREMIUM\nSerang | Thu, November 5, 2026",
    # ... the writer's name, then the date after "Published", with the time after "at".
    "Contoh Reporter\nPublished March 13, 2025 at 4:15 PM",
])
def test_a_standfirst_above_the_byline_is_page_header(byline):
    # A summary of one or two sentences under the title, then the author and date.
    text = f"Rapat Polri\nPolri dan mitra bertemu. Mereka sepakat.\n{byline}\n{BODY}"
    assert texts(text) == [BODY]


@pytest.mark.parametrize("last, kept", [
    # Cut off in a subordinate clause: the main clause before it stands on its own.
    ("Menurut Yohanes, penurunan itu menunjukkan kesadaran warga mulai meningkat, meskipun "
     "masih banyak pengendara yang", "Menurut Yohanes, penurunan itu menunjukkan kesadaran "
     "warga mulai meningkat"),
    ("Police said the suspects had been detained in Jakarta since Monday, while two others",
     "Police said the suspects had been detained in Jakarta since Monday"),
    # Cut off right after a word that opens a subordinate clause, with no comma before it.
    ("Ekonom Budi Santoso menilai ruang penurunan suku bunga masih terbuka pada akhir tahun "
     "ini apabila", "Ekonom Budi Santoso menilai ruang penurunan suku bunga masih terbuka pada "
     "akhir tahun ini"),
    ("Analysts said the central bank could cut rates again in December if inflation",
     "Analysts said the central bank could cut rates again in December"),
    ("Polisi akan menindak tegas pengendara karena", None),
    # Cut off in a list or a clause with no whole statement before it: nothing is kept.
    ("Menurut Yohanes, petugas gabungan dari BPBD, TNI dan Polri sudah menyiapkan", None),
    ("Petugas masih membersihkan sisa lumpur di", None),
    # A related headline after the body, with no stop.
    ("Polisi Tangkap Dua Pelaku Curanmor di Kupang", None),
    # A sentence that lost only its stop: it ends on a name or a number.
    ("Rapat berjalan lancar dan semua delegasi hadir, kata Andi Wijaya",
     "Rapat berjalan lancar dan semua delegasi hadir, kata Andi Wijaya"),
    ("Latihan bersama itu akan kembali digelar pada 2025",
     "Latihan bersama itu akan kembali digelar pada 2025"),
])
def test_a_line_cut_off_mid_sentence_keeps_only_a_whole_clause(last, kept):
    assert texts(f"{BODY}\n{last}") == [BODY] + ([kept] if kept else [])


def test_a_line_without_a_stop_keeps_its_whole_sentences():
    # A body scraped onto one line: only the unfinished last sentence is in question.
    line = ("Polri menggelar rapat di Bali. Rapat dihadiri sepuluh negara. Petugas masih "
            "membersihkan sisa lumpur di")
    assert texts(line) == ["Polri menggelar rapat di Bali.", "Rapat dihadiri sepuluh negara."]


def test_a_related_headline_does_not_date_the_article():
    body = split_body(f"Baca juga: Polisi Tangkap Pelaku pada 3 Maret 2023\n{BODY}")
    assert body.byline_date is None


@pytest.mark.parametrize("text, dateline, first", [
    ("Labuan Bajo (ANTARA) - Polri menggelar rapat.", "Labuan Bajo", "Polri menggelar rapat."),
    # An upper-case place is given in title case.
    ("JAKARTA, KOMPAS.com - Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    # Outlet first, then the place.
    ("TRIBUNNEWS.COM, NTT - Polri menggelar rapat.", "NTT", "Polri menggelar rapat."),
    ("TEMPO.CO, Jakarta - Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    # A bare place and a dash, as detik writes it.
    ("Jakarta - Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    # An en dash instead of a hyphen.
    ("Kupang (ANTARA) – Polri menggelar rapat.", "Kupang", "Polri menggelar rapat."),
    # A dateline that carries a weekday and date is cut whole.
    ("Labuan Bajo, Kamis (24/8/2023) - Polri menggelar rapat.", "Labuan Bajo", "Polri menggelar rapat."),
    # ... or a written date, with or without its weekday, or an English month and day.
    ("Jakarta, 4 Juni 2024 - Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    # A wire's place with its region before the outlet in brackets.
    ("Kupang, E Nusa Tenggara (ANTARA) - A boat capsized.", "Kupang", "A boat capsized."),
    ("Jakarta, Rabu, 5 Juni 2024 - Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    ("KUALA LUMPUR, June 4 — Police held a meeting.", "Kuala Lumpur", "Police held a meeting."),
    # An outlet whose name holds a digit; a scrape that lost the dash after the place.
    ("Liputan6.com, Jakarta - Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    ("Liputan6.com, Jakarta Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    ("Contoh6.com, Jakarta Barat Polisi menangkap dua orang.", "Jakarta Barat", "Polisi menangkap dua orang."),
    # Outlet names of two words, a double dash, a .ID outlet, a wire's date and name.
    ("Jakarta, CNN Indonesia -- Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    ("VICTORYNEWS.ID, KUPANG - Polri menggelar rapat.", "KUPANG", "Polri menggelar rapat."),
    ("JAKARTA, Sept 5 (Example Wire) - Leaders opened a summit.", "Jakarta", "Leaders opened a summit."),
    # The country between the place and the wire's date.
    ("DENPASAR, Indonesia, June 6 (Example Wire) - Bali collected a levy.", "Denpasar",
     "Bali collected a levy."),
    # A place in capitals and a colon.
    ("KUALA LUMPUR: Leaders opened a summit.", "Kuala Lumpur", "Leaders opened a summit."),
    ("SIEM REAP, Cambodia: Leaders opened a summit.", "Siem Reap", "Leaders opened a summit."),
    # A place, its country and the wire in brackets, then a dash.
    ("MANILA, Philippines (Example Wire) — The central bank held its rate.", "Manila",
     "The central bank held its rate."),
    # The outlet, a dash, the place in capitals and a stop.
    ("CONTOH.CO.ID - JAKARTA. Polri menggelar rapat.", "Jakarta", "Polri menggelar rapat."),
    # A place and a full stop, as an English daily opens.
    ("Jakarta. Bank Indonesia held its benchmark rate.", "Jakarta", "Bank Indonesia held its benchmark rate."),
    ("Labuan Bajo. Police opened a command post.", "Labuan Bajo", "Police opened a command post."),
    # ... but an abbreviated title is no place.
    ("Prof. Andi Wijaya membuka seminar.", None, "Prof. Andi Wijaya membuka seminar."),
    ("Gen. Andi Wijaya opened the exercise.", None, "Gen. Andi Wijaya opened the exercise."),
    ("Bank Indonesia Gov. Perry Warjiyo spoke.", None, "Bank Indonesia Gov. Perry Warjiyo spoke."),
    # The outlet alone: no place, but cut all the same.
    ("contoh.id - Polri menggelar rapat.", None, "Polri menggelar rapat."),
    # A .net outlet, a bar, then the place in capitals and a dash.
    ("CONTOH.Net | LHOKSEUMAWE – Polri menggelar rapat.", "Lhokseumawe", "Polri menggelar rapat."),
    # A wire's name alone in brackets: no place, but cut all the same.
    ("(Bloomberg) -- Bank Indonesia held its rate.", None, "Bank Indonesia held its rate."),
    # Two places filed from, a slash between.
    ("JAKARTA/MANILA, April 2 (Example Wire) - Ministers met.", "Jakarta/Manila", "Ministers met."),
])
def test_the_dateline_is_cut_from_the_first_sentence_and_returned(text, dateline, first):
    body = split_body(text)
    assert body.dateline == dateline
    assert body.sentences[0].text == first


@pytest.mark.parametrize("above", [
    # A photo's caption set above the dateline, its credit on the line before.
    "Foto: Republika/Putra Wijaya\nSuasana sidang di Gedung Mahkamah Konstitusi, Jakarta.",
    # The title repeated as a sentence, then a caption.
    "Polri Gelar Rapat di Bali.\nPeserta rapat berfoto di Nusa Dua, Bali.",
])
def test_what_stands_above_a_dateline_that_names_its_outlet_is_page_header(above):
    body = split_body(f"{above}\nREPUBLIKA.CO.ID, JAKARTA -- {BODY}\nRapat itu lancar.")
    assert body.dateline == "JAKARTA"
    assert [s.text for s in body.sentences] == [BODY, "Rapat itu lancar."]


def test_a_label_in_capitals_before_a_colon_is_no_dateline():
    assert split_body("UPDATE: Polri menggelar rapat.").dateline is None


def test_a_bare_place_and_dash_in_the_second_line_is_no_dateline():
    # Without an outlet, "Place - " in a later line may be a sentence's own words.
    text = "Polri menggelar rapat.\nBali - tujuan wisata - ramai."
    assert texts(text) == ["Polri menggelar rapat.", "Bali - tujuan wisata - ramai."]


def test_a_dash_later_in_the_article_is_not_a_dateline():
    body = split_body("Polri menggelar rapat.\nBali - tujuan wisata - ramai.")
    assert body.dateline is None
    assert [s.text for s in body.sentences][1] == "Bali - tujuan wisata - ramai."


@pytest.mark.parametrize("line", [
    "Sabtu, 19 Agu 2023 13:48 WIB",
    "Kamis, 24 Agustus 2023 09.15 WITA",
    "24 Agustus 2023",
    # Okezone writes no comma after the weekday; local outlets put a bar before the time.
    "Kamis 14 Maret 2024 10:05 WIB",
    "Selasa, 19 September 2023 | 18:40 WITA",
    # English bylines.
    "January 17, 2024",
    "Monday, 1 April 2024 14:05 WIB",
    # ANTARA's English pages write the day as an ordinal.
    "9th October 2024 16:20",
    # A zero-padded day; the reading time after the date.
    "January 08, 2025",
    "22 Agustus 2024 17:05 WIB · 6 menit baca",
    # A weekly's ordinal day after the month, with no comma.
    "July 16th 2026",
    # ... and a financial daily's, with neither.
    "July 18 2026",
    # ... after "Published", with the time after "at".
    "Published March 13, 2025 at 4:15 PM",
    # ... and the ISO form, year first with dashes.
    "2025-01-16",
    # ... and the Inquirer's, its month abbreviated with a stop.
    "Aug. 6, 2026 3:10 AM",
])
def test_a_byline_date_alone_on_its_line_is_kept_aside(line):
    body = split_body(f"{line}\n{BODY}")
    assert body.byline_date == line
    assert [s.text for s in body.sentences] == [BODY]


@pytest.mark.parametrize("line, dated", [
    ("Penulis: Rudi Hartanto Pada: Kamis, 02 Mei 2024, 14:20 WIB", "Kamis, 02 Mei 2024"),
    ("Reporter: Maria Goreti | Selasa, 19 September 2023", "Selasa, 19 September 2023"),
    # ... also a longer one, with writer and editor named in full.
    ("Penulis: Contoh Nama Penulis | Editor: Contoh Nama Editor | Jumat, 05 Desember 2025 - 10:05 WIB",
     "Jumat, 05 Desember 2025"),
])
def test_a_credit_line_gives_its_date_to_the_article(line, dated):
    body = split_body(f"{line}\n{BODY}")
    assert body.byline_date == dated
    assert [s.text for s in body.sentences] == [BODY]


@pytest.mark.parametrize("headline", [
    "Mulai 1 Januari 2027 Truk Batu Bara Dilarang Masuk Kota Sukamaju, Perwal Sudah Diteken",
    # ... also when the date ends the headline
    "Pemerintah Kenakan Bea Masuk Safeguard Benang Filamen Mulai 26 Januari 2027",
])
def test_a_headline_that_names_a_date_does_not_date_the_article(headline):
    text = headline + "\nRabu, 2 Desember 2026 - 10:20 WIB\n\n" + BODY
    assert split_body(text).byline_date == "Rabu, 2 Desember 2026 - 10:20 WIB"
    assert extract(Article(text=text)).published == "2026-12-02"


SPLITS = [
    # Police ranks: "Pol." is not the end of a sentence.
    ("Rapat dipimpin Irjen Pol. Budi Santoso. Ia tiba pagi.",
     ["Rapat dipimpin Irjen Pol. Budi Santoso.", "Ia tiba pagi."]),
    ("Hadir Kapolda Brigjen Pol. Andi Saputra dan Kombes Pol. Rina Wati. Acara dimulai.",
     ["Hadir Kapolda Brigjen Pol. Andi Saputra dan Kombes Pol. Rina Wati.", "Acara dimulai."]),
    # Administrative areas and streets.
    ("Posko berada di Kab. Manggarai Barat. Jaraknya jauh.",
     ["Posko berada di Kab. Manggarai Barat.", "Jaraknya jauh."]),
    ("Kantornya di Jl. Soekarno Hatta No. 12. Gedungnya baru.",
     ["Kantornya di Jl. Soekarno Hatta No. 12.", "Gedungnya baru."]),
    # "dkk." followed by a lower-case word stays in its sentence.
    ("Kajian Wahyu dkk. menunjukkan hal serupa. Hasilnya dibahas.",
     ["Kajian Wahyu dkk. menunjukkan hal serupa.", "Hasilnya dibahas."]),
    ("Rumah No. 5 itu kosong. Pemiliknya pergi.", ["Rumah No. 5 itu kosong.", "Pemiliknya pergi."]),
    ("Materi disampaikan Dr. Andi Wijaya. Ia dosen.", ["Materi disampaikan Dr. Andi Wijaya.", "Ia dosen."]),
    ("Sambutan oleh Prof. Dr. Ir. Hadi Susanto. Acara usai.",
     ["Sambutan oleh Prof. Dr. Ir. Hadi Susanto.", "Acara usai."]),
    # An initial is not the end of a sentence.
    ("Rapat dihadiri A. Rahman dari Malaysia. Ia wakil ketua.",
     ["Rapat dihadiri A. Rahman dari Malaysia.", "Ia wakil ketua."]),
    # Decimals with a comma or a point do not split.
    ("Inflasi mencapai 3,5 persen. Angka itu naik 2.5 poin.",
     ["Inflasi mencapai 3,5 persen.", "Angka itu naik 2.5 poin."]),
    ("Rapat digelar pukul 14.30 WITA. Rapat selesai pukul 16.00.",
     ["Rapat digelar pukul 14.30 WITA.", "Rapat selesai pukul 16.00."]),
    # A stop after a closing quote; a question and an exclamation.
    ('Ia berkata, "Kami siap." Lalu ia pergi.', ['Ia berkata, "Kami siap."', "Lalu ia pergi."]),
    ("Apa yang terjadi? Tidak ada yang tahu! Semua diam.",
     ["Apa yang terjadi?", "Tidak ada yang tahu!", "Semua diam."]),
    # A sentence may begin with a digit.
    ("Ia lahir tahun 1970. 56 tahun kemudian ia pensiun.",
     ["Ia lahir tahun 1970.", "56 tahun kemudian ia pensiun."]),
    # An acronym in capitals ends a sentence, though "Bpk." (Bapak) is an abbreviation.
    ("Data itu menurut catatan BPK. Setiap pekerjaan wajib mengikuti aturan.",
     ["Data itu menurut catatan BPK.", "Setiap pekerjaan wajib mengikuti aturan."]),
    ("Surat itu diteken Bpk. Ahmad Yani. Ia hadir.", ["Surat itu diteken Bpk. Ahmad Yani.", "Ia hadir."]),
    # English titles and abbreviations.
    ("Mr. Smith arrived in Jakarta on Tuesday. He met the minister.",
     ["Mr. Smith arrived in Jakarta on Tuesday.", "He met the minister."]),
    ("The U.S. delegation arrived. It was late.", ["The U.S. delegation arrived.", "It was late."]),
    # Abbreviated military ranks in English stay inside the sentence.
    ("The exercise was led by Brig. Gen. Andi Wijaya. It ended Friday.",
     ["The exercise was led by Brig. Gen. Andi Wijaya.", "It ended Friday."]),
    ("Maj. Gen. Budi Santoso and Lt. Col. Rina Wati arrived. Talks began.",
     ["Maj. Gen. Budi Santoso and Lt. Col. Rina Wati arrived.", "Talks began."]),
    # ... and police ranks as English-language outlets abbreviate them.
    ("Palu Police chief Adj. Sr. Comr. Budi Santoso said 200 officers stood guard. Traffic moved.",
     ["Palu Police chief Adj. Sr. Comr. Budi Santoso said 200 officers stood guard.", "Traffic moved."]),
    ("Insp. Gen. Rina Wati led the team. It left at noon.",
     ["Insp. Gen. Rina Wati led the team.", "It left at noon."]),
    # A full stop followed by a lower-case word is not a boundary.
    ("Ada 3 kg. sabu di tas itu. Polisi menyitanya.",
     ["Ada 3 kg. sabu di tas itu.", "Polisi menyitanya."]),
    # ... nor the hour's zone in brackets after "p.m."; a sentence that ends on it still ends.
    ("The quake hit at 9:48 p.m. (1348 GMT) at a depth of 24 kilometres. No one was hurt.",
     ["The quake hit at 9:48 p.m. (1348 GMT) at a depth of 24 kilometres.", "No one was hurt."]),
    ("The quake hit at 9:48 p.m. No one was hurt.", ["The quake hit at 9:48 p.m.", "No one was hurt."]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_sentences_end_where_a_sentence_ends(text, expected):
    assert texts(text) == expected


ARTICLE = (
    "Sabtu, 19 Agu 2023 13:48 WIB\n"
    "Labuan Bajo (ANTARA) - Kapolda Irjen Pol. Budi Santoso membuka rapat. Rapat itu dihadiri 10 negara.\n"
    "\n"
    "Baca juga: Polisi amankan dua pelaku\n"
    "Kerugian mencapai Rp 3,5 miliar. Kasus itu terjadi di Kab. Kupang.\n"
    "Editor: Dewi Lestari\n"
)


def test_every_sentence_is_found_at_its_offsets_in_the_article():
    body = split_body(ARTICLE)
    assert [s.text for s in body.sentences] == [
        "Kapolda Irjen Pol. Budi Santoso membuka rapat.", "Rapat itu dihadiri 10 negara.",
        "Kerugian mencapai Rp 3,5 miliar.", "Kasus itu terjadi di Kab. Kupang."]
    for sentence in body.sentences:
        assert ARTICLE[sentence.start:sentence.end] == sentence.text
    assert (body.dateline, body.byline_date) == ("Labuan Bajo", "Sabtu, 19 Agu 2023 13:48 WIB")


def test_paragraphs_are_numbered_without_the_boilerplate_between_them():
    assert [s.paragraph for s in split_body(ARTICLE).sentences] == [0, 0, 1, 1]


def test_offsets_hold_with_windows_line_endings_and_indentation():
    text = "  Polri menggelar rapat.  \r\n\tRapat itu lancar. Semua hadir.\r\n"
    for sentence in split_body(text).sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


@pytest.mark.parametrize("end", ["ENDS", "-ENDS-", "###", "-30-"])
def test_nothing_after_a_press_releases_end_mark_is_a_sentence(end):
    text = (f"{BODY}\n{end}\nNotes to editors\nThe agency was set up in 1950 and works in 130 countries.\n"
            "Related news releases\nAgency welcomes relocation of refugees from Lhokseumawe")
    assert texts(text) == [BODY]


def test_a_sentence_that_mentions_an_e_mail_address_is_kept():
    line = "Warga dapat melapor melalui pengaduan@contoh.example sejak Senin."
    assert texts(f"{BODY}\n{line}") == [BODY, line]


@pytest.mark.parametrize("heading", ["Related News", "Berita Terkait", "Baca Juga", "Most Read", "More from Nation", "Related reading:",
                                     "Recommended Stories", "MUST READ", "Related news releases"])
def test_headlines_under_a_heading_of_other_stories_are_not_sentences(heading):
    text = (f"{BODY}\n{heading}\nNation\nGovernor: province must speak with one voice on water\n"
            "Rapat itu lancar.")
    assert texts(text) == [BODY, "Rapat itu lancar."]


def test_a_headline_ending_on_a_quoted_word_is_no_sentence():
    text = (f"{BODY}\nRead Next\nJunta chief says new government will \"welcome ASEAN engagement\"\n"
            "Thailand reopens border trade at Mae Sot")
    assert texts(text) == [BODY]


def test_a_caption_above_a_dateline_of_two_places_is_page_header():
    text = ("Ferries dock at Batam Centre, in a file photo. EXAMPLE/Nama Fotografer Purchase Licensing Rights\n"
            f"JAKARTA/MANILA, April 2 (Example Wire) - {BODY}")
    assert texts(text) == [BODY]


@pytest.mark.parametrize("heading", ["Intinya sih...", "Key ideas:", "Key points"])
def test_a_summary_box_above_the_story_is_not_its_sentences(heading):
    text = (f"{heading}\n- Satgas merekomendasikan pemecatan dosen berinisial RH\n"
            "- Tujuh mahasiswi melapor sejak akhir 2025.\n"
            f"Pontianak, Contoh Times - {BODY}")
    assert texts(text) == [BODY]


def test_a_byline_of_digits_dates_the_article():
    assert split_body(f"19/01/2025 06:15 PM\nLANGKAWI, Jan 19 (Wire) -- {BODY}").byline_date == "19/01/2025 06:15 PM"


def test_a_byline_with_its_place_before_a_bullet_is_not_a_sentence():
    body = split_body(f"Jakarta ● Thu, August 28, 2025\n{BODY}")
    assert [s.text for s in body.sentences] == [BODY] and body.byline_date == "Jakarta ● Thu, August 28, 2025"


def test_a_published_line_dates_the_article():
    body = split_body(f"Published on 26/11/2025, 2:15pm\n{BODY}")
    assert [s.text for s in body.sentences] == [BODY] and body.byline_date == "Published on 26/11/2025, 2:15pm"


def test_a_byline_with_its_time_after_a_dash_is_not_a_sentence():
    body = split_body(f"Makassar ● Thu, December 11, 2025 - 14:20\n{BODY}")
    assert [s.text for s in body.sentences] == [BODY] and body.byline_date == "Makassar ● Thu, December 11, 2025 - 14:20"


def test_editors_initials_after_the_last_sentence_of_a_line_are_cut():
    assert texts(f"{BODY}\nRapat itu berlangsung lancar. [ck/ab]") == [BODY, "Rapat itu berlangsung lancar."]


def test_an_author_note_above_a_subscription_call_is_not_a_sentence():
    text = (f"{BODY}\nAnn Lee is a Jakarta-based journalist covering trade.\n\n"
            "Enjoying this article? Click here to subscribe for full access.")
    assert texts(text) == [BODY]


@pytest.mark.parametrize("line, ends", [
    ("Polri menggelar rapat di Bali.", True),
    ("Apakah rapat digelar besok?", True),
    ('"Kami siap," kata Rudi."', True),
    ("Rapat digelar di Bali (Jumat).)", True),
    ("Rapat ditunda hingga pekan depan…  ", True),
    ("The meeting ended.’]\u00a0", True),
    # an opening of what follows, or a line cut off, does not end like a sentence
    ("Baca juga", False),
    ("Rapat digelar di Bali. )", False),
    ("", False),
])
def test_a_line_ends_like_a_sentence_at_a_stop_maybe_closed_after_it(line, ends):
    assert _terminated(line) is ends


def test_a_wires_credit_after_the_last_sentence_of_a_line_is_not_part_of_it():
    assert texts(f"{BODY}\nPVMBG will review the alert status again in the fourth quarter. - Asia News Network") == [
        BODY, "PVMBG will review the alert status again in the fourth quarter."]


def test_a_summary_box_under_its_heading_is_left_out_until_a_blank_line():
    text = ("Posted Thu 30 Oct 2025 at 7:40pm\n\nIn short:\nA man from Ipswich has been sentenced to 13 years' "
            "jail.\nProsecutors had sought 18 years.\nWhat's next?\nHis lawyer says he will decide within a week."
            "\n\nA Queensland man was jailed for 13 years by the Denpasar District Court on Thursday.")
    assert [s.text for s in split_body(text).sentences] == [
        "A Queensland man was jailed for 13 years by the Denpasar District Court on Thursday."]


def test_a_summary_box_without_a_blank_line_after_it_ends_at_the_dateline():
    text = ("Intinya sih...\n- Polisi gagalkan peredaran sabu\n- Dua tersangka ditangkap\n"
            "Surabaya, IDN Times - Polisi menggagalkan peredaran 3,5 kg sabu pada Senin (6/5/2024).")
    assert [s.text for s in split_body(text).sentences] == [
        "Polisi menggagalkan peredaran 3,5 kg sabu pada Senin (6/5/2024)."]


def test_a_summary_box_closed_by_a_link_below_it_is_left_out():
    text = ("by Nama Penulis on 14 October 2026\n"
            "- Villagers in the Sukamaju peat dome have built 64 wooden canal blocks.\n"
            "- Hotspots in the area fell sharply during this year's dry season.\n"
            "- A neighboring concession has been ordered to close its canals.\n"
            "See All Key Ideas\n\n"
            "SUKAMAJU, Indonesia — Villagers finished building the last of 64 canal blocks in early September.")
    assert [s.text for s in split_body(text).sentences] == [
        "Villagers finished building the last of 64 canal blocks in early September."]


def test_a_summary_between_a_share_button_and_the_lead_photos_caption_is_left_out():
    text = ("by Nama Penulis\n7 Oct 2025\nShare this article\n"
            "A survey of 48 reef sites found that two-thirds of corals bleached this year.\n"
            "Researchers recorded the worst damage in the Togean Islands.\n"
            "A diver records bleached corals near Malenge Island. Image courtesy of Celebes Reef Watch.\n\n"
            "A survey released on Monday found that two-thirds of hard corals showed signs of bleaching.")
    assert [s.text for s in split_body(text).sentences] == [
        "A survey released on Monday found that two-thirds of hard corals showed signs of bleaching."]


def test_a_lead_paragraph_between_a_share_button_and_a_caption_stays():
    text = ("Bagikan\nKapal Motor Penumpang tenggelam di Selat Lombok, Rabu (21/8) malam. Kapal itu hilang kontak.\n"
            "Tim SAR menyisir perairan Selat Lombok pada Kamis (22/8/2024). Foto: Dok. Basarnas Mataram\n"
            "Kepala Kantor SAR Mataram mengatakan kapal mengangkut 143 penumpang.")
    assert len(split_body(text).sentences) == 3


def test_a_call_to_subscribe_and_the_authors_note_near_the_end_are_left_out():
    text = ("The students flew home on Friday, the ministry said.\n\nTheir visas had lapsed in July.\n\n"
            "Universities refunded part of the fees.\n\nA review is due next year.\n\n"
            "Nama Penulis is a freelance journalist who covers Indonesia and the Pacific.\n\n"
            "Independent journalism needs readers who pay for it. Subscribe to The Saturday Paper.")
    assert [s.text for s in split_body(text).sentences][-2:] == [
        "A review is due next year.", "Independent journalism needs readers who pay for it."]


def test_numbered_headlines_under_a_most_read_or_read_more_heading_are_left_out():
    text = ("Pemprov menanam 400 hektare mangrove pada Senin.\n\nREAD MORE HERE\nMalaysia names Kuala Lumpur host\n\n"
            "Most Read\n1. Asia's coal plans stall\n2. Can carbon credits save the peat swamps?\n")
    assert texts(text) == ["Pemprov menanam 400 hektare mangrove pada Senin."]


def test_a_sentence_ending_in_a_plain_bracket_is_no_caption_when_the_line_has_more():
    text = "Warga mengungsi ke balai desa pada Senin. Air setinggi 1 meter merendam rumah. (Humas Pemkab Contoh)"
    assert "Warga mengungsi ke balai desa pada Senin." in texts(text)
