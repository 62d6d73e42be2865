"""What kind of happening a sentence states and whether it occurred, is planned or is
ongoing: the rules in events.extract.kinds, alone and through extract()."""

from __future__ import annotations

from datetime import date

import pytest

from events.article import Article, FactDate
from events.extract import extract
from events.extract.date_readers import days_date, with_fields
from events.extract.dates import day_date, month_date, year_date
from events.extract.kinds import kind_of, modality_of

REFERENCE = "2023-08-24"
AUG_22 = day_date(date(2023, 8, 22))
AUG_24 = day_date(date(2023, 8, 24))
THIS_WEEK = FactDate(**{**vars(days_date(date(2023, 8, 21), date(2023, 8, 27))), "text": "this week"})
THIS_WEEK_ID = FactDate(**{**vars(days_date(date(2023, 8, 21), date(2023, 8, 27))), "text": "pekan ini"})


@pytest.mark.parametrize("text, date, modality", [
    ("Polri akan menggelar rapat.", None, "planned"),
    ("Pertemuan dijadwalkan berlangsung di Vientiane.", None, "planned"),
    ("Kedua negara berencana memperluas kerja sama.", None, "planned"),
    ("The next round will be held in Vientiane.", None, "planned"),
    ("The ministers are expected to meet again.", None, "planned"),
    # A date after the article makes it planned even without a cue word.
    ("Rapat digelar di Bali.", day_date(date(2023, 9, 1)), "planned"),
    ("Kerja sama itu sudah berjalan sejak lama.", None, "ongoing"),
    ("Polri masih menyelidiki kasus itu.", None, "ongoing"),
    # "kini" is now, under way; "kini telah" is done.
    ("Dugaan kelebihan muatan kini diselidiki Polda.", None, "ongoing"),
    ("Jembatan itu kini telah dibuka.", None, "occurred"),
    # An operation told of today goes on over days.
    ("Pencarian hari ini melibatkan dua kapal.", AUG_24, "ongoing"),
    ("The search today involves two ships.", AUG_24, "ongoing"),
    # Someone who is somewhere this week is there now.
    ("The minister is in Washington this week for further talks.", THIS_WEEK, "ongoing"),
    ("Menlu menggelar rapat di Jakarta pekan ini.", THIS_WEEK_ID, "occurred"),
    ("Hubungan baik telah terjalin antara kedua negara.", None, "ongoing"),
    # A span of days the article falls inside is going on.
    ("Rekapitulasi berlangsung 22 sampai 28 Agustus 2023.",
     FactDate(**{**vars(days_date(date(2023, 8, 22), date(2023, 8, 28))), "text": "22 sampai 28 Agustus 2023"}),
     "ongoing"),
    ("The partnership continues to grow.", None, "ongoing"),
    # A "since" date opens an interval that has not closed.
    ("Kemitraan dimulai pada tahun itu.", year_date(1989, qualifier="since"), "ongoing"),
    # A span that began before the article and ends after it is under way.
    ("Rencana itu dilaksanakan.", year_date(2021, 2025), "ongoing"),
    ("Polri menggelar rapat di Bali.", AUG_22, "occurred"),
    ("Polri menggelar rapat di Bali.", None, "occurred"),
    # A month or week that merely contains the article day is imprecision, not a span of
    # activity: a meeting that was held in it occurred.
    ("The ministers met in Jakarta.", month_date(2023, 8), "occurred"),
    # "terus" (keeps on) is ongoing even in the past tense of the report.
    ("Polri terus memperkuat kerja sama dengan AFP.", None, "ongoing"),
    # English "still" is the same cue as "masih".
    ("Police are still investigating the case.", None, "ongoing"),
    # "sejak sore" is since this afternoon: a time of day, not a state that goes on.
    ("Hujan deras mengguyur wilayah itu sejak sore.", None, "occurred"),
    ("Heavy rain has fallen since morning.", None, "occurred"),
    # A forecast or a target looks ahead.
    ("The agency forecast heavy rain for Bali.", None, "planned"),
    ("KPU menargetkan partisipasi pemilih mencapai 82 persen.", None, "planned"),
    # Part of a year still ahead of the article: mid-2024 in an article of 2 May 2024 ...
    ("Program itu dimulai pada pertengahan 2024.", year_date(2024, qualifier="mid"), "planned"),
    # ... but preparing is under way now, not planned.
    ("TNI menyiapkan 1.500 personel untuk pengamanan.", None, "occurred"),
    # Under way as the article is written.
    ("The summits are being held in Vientiane.", None, "ongoing"),
    ("Polisi sedang memburu dua pelaku lain.", None, "ongoing"),
    # Scheduling, and the future of reported speech, look ahead.
    ("KPU menjadwalkan rekapitulasi di Kupang.", None, "planned"),
    ("He said the commission would trace the funds.", None, "planned"),
    ("He said the commission would have traced the funds.", None, "occurred"),
    # An adverb may stand inside "are expected to".
    ("The ministers are also expected to discuss the code.", None, "planned"),
    ("He said the repatriation was expected to be completed by the end of August.", None, "planned"),
    # What is planned, slated or set for a time is ahead; "was planned" may have been.
    ("An amphibious landing in Situbondo is planned for Saturday.", None, "planned"),
    ("The new rules are set to take effect in March.", None, "planned"),
    ("The landing was planned by the navy.", None, "occurred"),
    ("Rice prices are still expected to rise.", None, "planned"),
    # What still has to be done is ahead; what has yet to be answered or had to be done is not.
    ("The text still has to go through a legal scrub.", None, "planned"),
    ("Parliament must then ratify the agreement.", None, "planned"),
    ("The new rules are due to take effect in January.", None, "planned"),
    ("Thailand offered talks, a proposal the junta has yet to answer.", None, "occurred"),
    ("The delegates had to wait for two hours.", None, "occurred"),
    # A forecast looks ahead; an estimate of what happened does not.
    ("Hujan diperkirakan mulai turun merata pada awal Oktober.", None, "planned"),
    ("Musim kemarau diprakirakan berakhir bulan depan.", None, "planned"),
    ("Kerugian diperkirakan mencapai Rp5 miliar.", None, "occurred"),
    # "Since" after a comparison reaches back for the comparison; nothing goes on since then.
    ("The bank cut its key rate for the first time since 2021.", None, "occurred"),
    ("The rupiah slid to its weakest level since April.", None, "occurred"),
    ("Inflasi Agustus menjadi yang terendah sejak 2021.", None, "occurred"),
    ("Harga beras naik pertama kali sejak Januari.", None, "occurred"),
    # In the middle of doing it ("tengah menunggu"), but not the province of Central Java.
    ("Saat ini rancangan aturan itu tengah menunggu pengesahan DPR.", None, "ongoing"),
    ("Polisi tengah menyelidiki penyebab kebakaran.", None, "ongoing"),
    ("Pemprov Jawa Tengah menyusun anggaran perubahan.", None, "occurred"),
    # A standing state told in the present.
    ("The smelter employs about 5,000 workers.", None, "ongoing"),
    # A deadline of this very week or month closing the sentence, not "this week too".
    ("Ia meminta dinas membentuk tim pengawas pekan ini juga.", None, "planned"),
    ("Warga mendesak pemerintah mencairkan bantuan bulan ini juga.", None, "planned"),
    ("Pekan ini juga, harga cabai di Pasar Kupang naik.", None, "occurred"),
    # A span opened by "sejak" and written out to an end before the article is over; one
    # still open ("sejak Juli 2016") goes on.
    ("Perundingan dimulai sejak Juli 2016 dan rampung pada 23 Maret 2023.",
     with_fields(days_date(date(2016, 7, 1), date(2023, 3, 23)),
                 text="Juli 2016 dan rampung pada 23 Maret 2023"), "occurred"),
    ("Perundingan berlangsung sejak Juli 2016.", month_date(2016, 7), "ongoing"),
    # "akan" looks ahead as a word of its own, not as the end of another ("diadakan").
    ("Forum itu diadakan di Medan atas prakarsa Filipina.", None, "occurred"),
    ("Forum itu akan diadakan di Medan.", None, "planned"),
    ("Pertemuan itu menggunakan bahasa Inggris. Forum berikutnya (akan) digelar di Bali.", None, "planned"),
])
def test_modality_comes_from_cue_words_and_the_date(text, date, modality):
    reference = "2024-05-02" if "pertengahan" in text else REFERENCE
    assert modality_of(text, date, reference) == modality


@pytest.mark.parametrize("text, modality, date, speech, kind", [
    # A sentence that opens with someone speaking is a statement about whatever follows.
    ("Menlu mengatakan rapat berjalan lancar.", "occurred", AUG_22, "leading", "statement"),
    # But a planned happening stays a plan even when someone announces it.
    ("Menlu mengatakan rapat akan digelar.", "planned", None, "leading", "plan"),
    ("Indonesia menyerahkan keketuaan kepada Laos.", "occurred", AUG_22, None, "handover"),
    ("Serah terima jabatan berlangsung di Jakarta.", "occurred", AUG_22, None, "handover"),
    # Handover beats the meeting it happened at.
    ("Dalam pertemuan itu Indonesia menyerahkan keketuaan kepada Laos.", "occurred", AUG_22, None,
     "handover"),
    # Incident beats a speaker describing it.
    ("Polisi menangkap dua tersangka, kata Kapolda.", "occurred", AUG_22, "trailing", "incident"),
    ("Kedua menteri menyepakati kerja sama baru.", "occurred", AUG_22, None, "agreement"),
    # An agreement that is planned is a plan.
    ("Kedua menteri menyepakati rapat akan berlangsung di Laos.", "planned", None, None, "plan"),
    # A joint statement is an agreement, not a statement.
    ("Para menteri mengeluarkan pernyataan bersama.", "occurred", AUG_22, None, "agreement"),
    # Before the article's year is history, whatever the verb.
    ("Pertemuan pertama digelar di Manila.", "occurred", year_date(1997), None, "history"),
    ("Organisasi itu didirikan di Bangkok.", "occurred", None, None, "history"),
    ("Kapolda mengatakan rapat digelar di Bali.", "occurred", AUG_22, "trailing", "statement"),
    # A speaker after content with no date of its own: only the saying is dated, so the
    # fact is the statement, even when the content names an incident's words.
    ("The quake's epicentre was 47 km southeast of Sumbawa Besar, BMKG head Dwikorita "
     "Karnawati told reporters.", "occurred", None, "trailing", "statement"),
    ("Pusat gempa berada di laut dan tidak berpotensi tsunami, kata Kepala BMKG.", "occurred",
     None, "trailing", "statement"),
    ("Rapat digelar di Bali.", "occurred", AUG_22, None, "meeting"),
    ("Menlu bertemu mitranya di Tokyo.", "occurred", AUG_22, None, "meeting"),
    ("Polri menjadi tuan rumah latihan bersama.", "occurred", AUG_22, None, "meeting"),
    ("Peta jalan kerja sama disusun.", "occurred", AUG_22, None, "plan"),
    ("Cuaca di Labuan Bajo cerah.", "occurred", AUG_22, None, "other"),
    # An attribution names the source, not the happening: its words are not cues.
    ("Menurut pernyataan bersama, para menteri bertemu di Jakarta.", "occurred", AUG_22, None,
     "meeting"),
])
def test_kind_follows_the_documented_priority(text, modality, date, speech, kind):
    assert kind_of(text, modality, date, REFERENCE, speech) == kind


# Whole sentences through extract(), article dated Thursday 24 August 2023.
SENTENCES = [
    ("Polri menggelar pertemuan dengan AFP di Bali pada Selasa (22/8).", "meeting", "occurred"),
    ("Delegasi Jepang bertemu di Jakarta pada Selasa (22/8).", "meeting", "occurred"),
    ("The ministers met in Jakarta on Tuesday.", "meeting", "occurred"),
    ("Menlu Siti Aminah mengatakan rapat berjalan lancar.", "statement", "occurred"),
    ("Rapat berjalan lancar, kata Kapolda Irjen Pol. Budi Santoso.", "statement", "occurred"),
    ("Minister Siti Aminah said the meeting went well.", "statement", "occurred"),
    ("ASEAN dan Jepang menyepakati kerja sama antiterorisme pada Rabu (23/8).", "agreement", "occurred"),
    ("Indonesia dan Malaysia menandatangani nota kesepahaman pada Rabu (23/8).", "agreement", "occurred"),
    ("Indonesia and Japan signed an agreement on Wednesday.", "agreement", "occurred"),
    ("Polri akan menggelar pertemuan dengan AFP di Bali pada September 2023.", "plan", "planned"),
    ("Pertemuan berikutnya dijadwalkan digelar di Vientiane tahun depan.", "plan", "planned"),
    ("The next meeting will be held in Vientiane next year.", "plan", "planned"),
    # A named plan whose period spans the article date is a plan under way.
    ("Rencana Aksi ASEAN-Jepang 2021-2025 dibahas dalam rapat.", "plan", "ongoing"),
    ("Indonesia menyerahkan keketuaan ASEAN kepada Laos pada Selasa (22/8).", "handover", "occurred"),
    ("Indonesia handed over the chairmanship to Laos on Tuesday.", "handover", "occurred"),
    ("AMMTC pertama kali digelar di Manila pada 1997.", "history", "occurred"),
    ("ASEAN didirikan di Bangkok pada 1967.", "history", "occurred"),
    ("ASEAN was founded in Bangkok in 1967.", "history", "occurred"),
    # History with a "since": it began long ago and still holds.
    ("Kerja sama Polri dan AFP telah terjalin sejak 1989.", "history", "ongoing"),
    ("The partnership has continued since 1989.", "history", "ongoing"),
    ("Polisi menangkap dua tersangka teroris di Bekasi pada Selasa (22/8).", "incident", "occurred"),
    ("Densus 88 menggagalkan penyelundupan 3,5 kg sabu di Batam, Senin (21/8).", "incident", "occurred"),
    ("Gempa mengguncang Bali pada Senin (21/8).", "incident", "occurred"),
    # What a landslide buries, a river that bursts, fire that breaks out, a craft rammed or
    # hosed: incidents too.
    ("Material longsor menimbun badan jalan kabupaten di Cipongkor, Selasa (22/8).", "incident", "occurred"),
    ("Sungai Way Semaka meluap sekitar pukul 21.00 WIB, Selasa (22/8).", "incident", "occurred"),
    ("Api muncul dari ruang mesin kapal pada Selasa (22/8).", "incident", "occurred"),
    ("Massa membakar ban bekas di depan kantor bupati, Selasa (22/8).", "incident", "occurred"),
    ("A coast guard ship fired its water cannon at a fishing boat on Tuesday.", "incident", "occurred"),
    ("Police arrested two suspects in Bekasi on Tuesday.", "incident", "occurred"),
    ("Delegasi Malaysia tiba di Jakarta.", "other", "occurred"),
    ("Polri masih menyelidiki kasus itu.", "other", "ongoing"),
    # The noun alone is no handover: preparing it in a meeting is the meeting.
    ("Persiapan serah terima dibahas dalam rapat di Jakarta.", "meeting", "occurred"),
    ("Polri menggelar rapat di Bali pada Agustus 2023.", "meeting", "occurred"),
    ("The ministers met in Jakarta this week.", "meeting", "occurred"),
    ("Persiapan serah terima keketuaan dibahas dalam rapat di Jakarta.", "meeting",
                 "occurred"),
    # Police enforcement, court sentences and damage are incidents.
    ("Polda NTT menindak 1.237 pelanggar lalu lintas di Kupang.", "incident", "occurred"),
    ("Hakim menjatuhkan vonis 10 tahun penjara kepada terdakwa di Jakarta.", "incident",
     "occurred"),
    ("Two houses were lightly damaged in Mataram, officials said.", "incident", "occurred"),
    ("Banjir merendam 312 rumah di Sikka.", "incident", "occurred"),
    # Taking over a chairmanship named with its body is a handover.
    ("Laos takes over the ASEAN chairmanship in 2024.", "handover", "planned"),
    ("Laos took over the ASEAN chairmanship from Indonesia in January.", "handover", "occurred"),
    # A quoted intention with no date is what someone said, not a plan on the timeline;
    # a quoted plan with its date stays a plan.
    ('"Kami akan terus memburu jaringan ini," kata Andi Wijaya.', "statement", "planned"),
    ('"Rekapitulasi akan selesai pada 5 September 2023," kata Andi Wijaya.', "plan", "planned"),
    # A programme is a plan when nothing more specific is said.
    ("KKP menyiapkan program modernisasi pelabuhan perikanan.", "plan", "occurred"),
    # "Menurut X" makes a statement: its words are cues when a person speaks.
    ("Menurut Andi Wijaya, anggaran itu cukup.", "statement", "occurred"),
    # ... and when it opens the sentence, what follows is what X said, an incident too.
    ("Menurut Hendrik Lado, kasus ini merupakan penyelundupan terbesar.", "statement", "occurred"),
    # Saying what will be done, with no date ahead and no happening to place, is a
    # statement; a meeting that will be held stays a plan.
    ("Prabowo Subianto said the police would set up 2,992 posts along toll roads.", "statement",
     "planned"),
    ("Andi Wijaya mengatakan Polri akan terus memburu jaringan itu.", "statement", "planned"),
    ("Jakarta would keep pushing for an inclusive dialogue, Andi Wijaya said.", "statement", "planned"),
    ("Andi Wijaya mengatakan rapat akan digelar di Bali.", "plan", "planned"),
    ("Andi Wijaya said the meeting would be held in Bali on 5 September 2023.", "plan", "planned"),
    # An incident that someone urges to stop has not happened: what they did is speak.
    ("Ministers urged the junta to halt attacks on civilians.", "statement", "occurred"),
    ("BMKG mengimbau warga mewaspadai banjir dan longsor.", "statement", "occurred"),
    ("Police arrested two men after residents called for help.", "incident", "occurred"),
    # Officials who say something, unnamed, make a statement too.
    ("Philippine officials said last month that a deal was unlikely.", "statement", "occurred"),
    ("Pejabat kementerian mengatakan bahwa anggaran itu cukup.", "statement", "occurred"),
    # Judging and estimating are ways of saying.
    ("Menteri Keuangan Sri Mulyani Indrawati memperkirakan pertumbuhan ekonomi sekitar 5%.",
     "statement", "occurred"),
    ("Ekonom Budi Santoso menilai ruang penurunan suku bunga masih terbuka.", "statement", "ongoing"),
    # Naming suspects is police work on a case: an incident.
    ("Polisi telah menetapkan tiga tersangka dalam kasus itu.", "incident", "occurred"),
    ("Two officials were charged with bribery.", "incident", "occurred"),
    # "Menurut" and an unnamed source in lower case open what was said, as a named one does.
    ("Menurut majelis hakim, terdakwa mengatur lelang proyek pada 2019 hingga 2021.", "statement",
     "occurred"),
    ("According to investigators, the suspects entered the country through Batam.", "statement",
     "occurred"),
    # A volcano's eruption, its ash and its lava are incidents.
    ("Gunung Marapi kembali erupsi pada Senin pagi.", "incident", "occurred"),
    ("Hujan abu tipis turun di sejumlah nagari sejak pagi.", "incident", "occurred"),
    ("Mount Ruang erupted again on Tuesday, forcing 800 residents to leave.", "incident", "occurred"),
    # Someone saying that a thing will not happen plans nothing: a statement, dated or not.
    ("Jalur pendakian belum akan dibuka hingga akhir tahun ini, kata Andi Wijaya.", "statement",
     "planned"),
    ("The minister will not attend the summit next month, Andi Wijaya said.", "statement", "planned"),
    # A press conference is where something is said, not a meeting.
    ("The ministers announced the deal at a joint press conference in Jakarta.", "statement",
     "occurred"),
    ("Polda NTT menggelar konferensi pers terkait kasus itu di Kupang.", "statement", "occurred"),
    # "menyebut" says, as "menyebutkan" does.
    ("Ketua Bawaslu Andi Wijaya menyebut temuan itu berasal dari laporan pengawas.", "statement",
     "occurred"),
    # A ship lost and a land on fire, and its haze, are incidents.
    ("KMP Nusa Bahari 2 tenggelam di perairan Selat Lombok pada Selasa malam.", "incident", "occurred"),
    ("A ferry capsized off Bali on Tuesday.", "incident", "occurred"),
    ("Kabut asap akibat karhutla menyelimuti Pekanbaru pada Senin.", "incident", "occurred"),
    ("Haze from forest fires shrouded Pekanbaru on Monday.", "incident", "occurred"),
    # Urging is saying what others should do, whatever is urged.
    ("Southeast Asian foreign ministers on Tuesday urged the junta to extend a ceasefire.",
     "statement", "occurred"),
    ("Kepala BI Jawa Tengah Andi Wijaya mengimbau masyarakat memeriksa uang tunai.", "statement", "occurred"),
    # A possibility someone sees in the future is their view, not a plan.
    ("Ekonom Budi Santoso menilai BI kemungkinan baru akan memangkas bunga pada semester II/2024.",
     "statement", "planned"),
    ("Economist Budi Santoso said the bank could cut rates in the first half of 2024.",
     "statement", "planned"),
    # Police uncovering a network or a case and securing people are incidents; "saat
    # hendak" is when they were about to act, no plan.
    ("Polda Jawa Tengah membongkar jaringan pengedar uang palsu di Boyolali.", "incident", "occurred"),
    ("Kasus serupa terakhir diungkap Polda Riau pada 14 Agustus lalu.", "incident", "occurred"),
    ("Para calon pekerja migran diamankan petugas saat hendak naik ke speedboat.", "incident", "occurred"),
    ("Police busted a drug ring in Batam on Monday.", "incident", "occurred"),
    # A projection and a hope look ahead.
    ("Pertumbuhan ekonomi pada kuartal IV/2023 diproyeksikan sekitar 5%.", "plan", "planned"),
    ("Timor-Leste hopes to become the bloc's 11th member in October.", "plan", "planned"),
    # People unnamed by their trade speak too.
    ("Analysts said the meeting showed a more hands-on approach.", "statement", "occurred"),
    ("Pengamat menilai rapat itu menunjukkan pendekatan baru.", "statement", "occurred"),
    # ... also with a word before their trade, and with a hedge on what will be.
    ("Political analysts said the coalition would likely hold together.", "statement", "planned"),
    ("Sejumlah pengamat menilai koalisi itu akan bertahan.", "statement", "planned"),
    # Owning up to and suspecting are ways of saying.
    ("Budi Santoso mengaku belum pernah merasakan guncangan sekuat itu.", "statement", "occurred"),
    ("Presiden Budi Hartono menduga ada jaringan penyelundup di balik kedatangan itu.", "statement",
     "occurred"),
    # A view of what will be is the speaker's, even when it reaches to a date ahead; a
    # judging verb inside a plan does not make the plan a view.
    ("Ekonom Budi Santoso menilai harga komoditas akan terus menekan ekspor hingga akhir 2023.",
     "statement", "planned"),
    ("Budi Santoso said he believed exports would keep falling until the end of the year.",
     "statement", "planned"),
    ("Andi Wijaya mengatakan tim akan menilai kerusakan pada 5 September 2023.", "plan", "planned"),
    # What harm left is what a plan is about when the sentence looks ahead; told of, an incident.
    ("Pendataan rumah rusak ditargetkan rampung pada Selasa (29/8).", "plan", "planned"),
    ("Korban akan dimakamkan di kampung halamannya besok.", "plan", "planned"),
    ("The survey of damaged houses is due to finish next week.", "plan", "planned"),
    ("Sebanyak 714 rumah rusak akibat gempa di Sikka.", "incident", "occurred"),
    # People taking to the streets.
    ("Ratusan mahasiswa berunjuk rasa di depan kantor gubernur kemarin.", "incident", "occurred"),
    ("Thousands of students protested outside the parliament building on Tuesday.", "incident",
     "occurred"),
    # Saying one will do something, however long the unnamed subject, is a statement.
    ("Pasangan calon nomor urut 1 dan 3 menyatakan akan mengajukan gugatan ke MK.", "statement",
     "planned"),
    ("The two losing candidates and their lawyers said they would challenge the result.",
     "statement", "planned"),
    # A craft that falls somewhere, or crashes, is an incident; a day that falls on a date is not.
    ("Sebuah pesawat latih jatuh di sawah dekat Sukamaju pada Selasa (22/8).", "incident", "occurred"),
    ("A small plane crashed into a field near Sukamaju on Tuesday.", "incident", "occurred"),
    ("Hari raya itu jatuh pada Selasa (22/8).", "other", "occurred"),
    ("Harga cabai jatuh dari Rp60.000 menjadi Rp20.000 pada Selasa (22/8).", "other", "occurred"),
    # A request is said; asking witnesses for a statement is questioning them.
    ("Bupati Sukamaju meminta petugas mendahulukan warga lansia.", "statement", "occurred"),
    ("Polisi meminta keterangan dua saksi pada Selasa (22/8).", "other", "occurred"),
    # Harm that is denied is no incident.
    ("Hingga Rabu (23/8), polisi belum menetapkan tersangka.", "other", "occurred"),
    ("The plane landed on a beach on Tuesday and no one was injured.", "other", "occurred"),
    # ... but "not only" denies nothing.
    ("Polisi tidak hanya menangkap dua pelaku pada Selasa (22/8).", "incident", "occurred"),
    # A span of days that began before the article and ends after it is under way, whatever
    # a contrasting clause says will come; so is one that runs from today.
    ("Pameran buku berlangsung 20-27 Agustus 2023 di Sukamaju.", "other", "ongoing"),
    ("Pendaftaran tahap pertama berlangsung 20-27 Agustus 2023, sedangkan tahap kedua akan "
     "dibuka bulan depan.", "other", "ongoing"),
    ("Sekolah itu meliburkan siswa mulai hari ini hingga Jumat (25/8).", "other", "ongoing"),
    # ... but one that opens on the article's day by its date is when it happened.
    ("ASEAN menggelar latihan bersama di Makassar pada 24-26 Agustus 2023.", "meeting", "occurred"),
    # A quotation that opens with a condition and gives no date plans nothing; with a date,
    # what is to happen if nothing changes is still a plan.
    ('"Kalau pengawasan lemah, warga akan kembali memalsukan alamat," kata Andi Wijaya.',
     "statement", "occurred"),
    ('"If the rain keeps up, the river will flood again," Andi Wijaya said.', "statement", "occurred"),
    ("Jika tidak ada perubahan, pelantikan akan digelar pada 20 Oktober 2023.", "plan", "planned"),
    # A meeting named in the attribution after the closing quote (the last sentence of a
    # quotation) is where it was said, not what was said.
    ('Kami akan pelajari dulu salinan putusannya," kata Andi Wijaya usai sidang.',
     "statement", "planned"),
    # Violence on the street and its wounds, a breakdown, a confirmed case are incidents ...
    ("Seorang mahasiswa terluka akibat sabetan senjata tajam di Jalan Sukamaju.", "incident", "occurred"),
    ("A power failure halted the trains for two hours on Sunday.", "incident", "occurred"),
    ("A man in Tangerang tested positive for the virus on Monday.", "incident", "occurred"),
    # Poisoning, named or told by its symptoms after a meal; symptoms alone are no incident.
    ("Sebanyak 30 siswa di Garut mual dan muntah setelah menyantap nasi kotak, Senin (21/8/2023).",
     "incident", "occurred"),
    ("Puluhan warga Sleman keracunan hidangan hajatan pada Sabtu (19/8/2023).", "incident", "occurred"),
    ("Twelve workers in Batam fell ill after eating lunch at the canteen on Monday.", "incident", "occurred"),
    ("RSUD Garut menyediakan obat mual dan muntah bagi pasien kemoterapi.", "other", "occurred"),
    # ... but a count of cases is a statistic, and a plan about a disaster's site is a plan.
    ("Polda Sukamaju mencatat 23 kasus klitih sepanjang tahun ini.", "other", "occurred"),
    # ... also with the deaths it counts and with words between the verb and the count.
    ("Dinkes Sukamaju mencatat 842 kasus DBD sejak awal Juli, dengan sembilan pasien meninggal dunia.",
     "other", "ongoing"),
    ("Basarnas mencatat sepanjang tahun ini terdapat 187 kecelakaan kapal dengan 312 korban jiwa.",
     "other", "occurred"),
    ("The agency recorded 187 accidents at sea this year, with 312 people killed.", "other", "occurred"),
    # A count of quakes is not one of cases: it stays an incident.
    ("BMKG mencatat 27 kali gempa vulkanik di Gunung Sukamaju.", "incident", "occurred"),
    # A search for the victims of a sinking is the search, not the sinking.
    ("Tim SAR memperluas pencarian tujuh penumpang kapal yang tenggelam di Selat Sukamaju.", "other",
     "occurred"),
    ("Rescuers widened the search for seven passengers of a boat that sank off Bali.", "other", "occurred"),
    ("Bupati dijadwalkan meninjau lokasi longsor bersama BPBD besok.", "plan", "planned"),
    # Days that opened before the article and run past it: under way.
    ("The meetings, which opened on Tuesday and run until Friday, bring together 27 ministers.",
     "meeting", "ongoing"),
    ("Rapat yang dibuka Selasa dan berlangsung hingga Jumat itu diikuti 27 menteri.", "meeting", "ongoing"),
    # A deed done on a past day that reports what would happen is done, not planned.
    ("Washington on Monday notified Jakarta that a new tariff would apply to its goods.", "other",
     "occurred"),
    # What someone is asked or bound to do at once is ahead.
    ("Dengan putusan itu, KPU Sukamaju diminta segera menetapkan pasangan calon terpilih.", "plan", "planned"),
    ("Warga di bantaran Sungai Sukamaju harus segera dievakuasi, kata Andi Wijaya.", "statement", "planned"),
    # A complaint is said.
    ("Petani di Desa Sukamaju, Andi Wijaya, mengeluhkan harga gabah yang turun.", "statement", "occurred"),
    ("Farmers in Sukamaju, Andi Wijaya complained, are selling below cost.", "statement", "occurred"),
    # A forecaster's view of a span ahead is a statement that looks ahead, not a plan.
    ("Epidemiolog Andi Wijaya memperkirakan puncak kasus terjadi pada September hingga Oktober.",
     "statement", "planned"),
    ("Andi Wijaya told reporters he predicted a peak in September to October.", "statement", "planned"),
    # A projection made actively looks ahead as the passive one does.
    ("Pemerintah memproyeksikan defisit melebar hingga akhir tahun.", "plan", "planned"),
    # Arguing is saying, before or after what is argued; critics who counter speak too.
    ("It would be the biggest change in a decade, argues Andi Wijaya, a political scientist.",
     "statement", "planned"),
    ("Critics counter that vote-buying merely moves to the legislature.", "statement", "occurred"),
    # Someone unnamed speaking after what they said, or before it with a pronoun.
    ("The port handled 2 million containers on Tuesday, a provincial official said on Thursday.",
     "statement", "occurred"),
    ("The port handled 2 million containers, an official said on Thursday, well below the target.",
     "statement", "occurred"),
    ("The immigration office said it had deported 40 foreigners this year.", "statement", "occurred"),
    # Catching fish is no arrest: fishing quotas and gear are no incident.
    ("Kuota penangkapan di zona 3 dibuka kembali pekan lalu.", "other", "occurred"),
    ("Nelayan menangkap ikan di perairan Natuna pada Selasa (22/8/2023).", "other", "occurred"),
    ("Nelayan Natuna memakai alat penangkapan ikan yang dilarang pada Selasa (22/8/2023).", "other", "occurred"),
    # ... while people caught are.
    ("Polisi menangkap dua pengedar di Medan pada Selasa (22/8/2023).", "incident", "occurred"),
    # A clash that broke out and a riot are incidents.
    ("Bentrokan antara warga dan petugas pecah di Desa Sukamaju pada Selasa (22/8/2023).", "incident", "occurred"),
    ("Protesters and police clashed outside parliament on Tuesday.", "incident", "occurred"),
    # An arrest caught in the act (the KPK's OTT) is an incident, not a gathering ...
    ("KPK menggelar OTT di Kabupaten Sukamaju pada Selasa (22/8/2023).", "incident", "occurred"),
    ("Bupati Sukamaju terjaring operasi tangkap tangan KPK di Jakarta.", "incident", "occurred"),
    # ... but a count of them over months is a statistic, and one named as the time of
    # something else is not the happening.
    ("KPK mencatat telah menggelar lima OTT sepanjang semester I 2023.", "other", "occurred"),
    ("Sebelum OTT, penyidik memantau pertemuan Bupati dengan kontraktor di Bandung.", "meeting", "occurred"),
    # Disasters in both languages: a craft struck by the sea, land that slides, people
    # moved out of harm's way, an outbreak reported.
    ("Perahu nelayan itu dihantam ombak setinggi dua meter pada Selasa (22/8/2023) dini hari.", "incident", "occurred"),
    ("The ferry was hit by high waves off Flores on Tuesday.", "incident", "occurred"),
    ("A landslide buried three houses in Sukamaju on Tuesday.", "incident", "occurred"),
    ("Dua rumah tertimbun tanah di Desa Sukamaju pada Selasa (22/8/2023).", "incident", "occurred"),
    ("Petugas mengevakuasi 300 warga dari lereng gunung pada Selasa (22/8/2023).", "incident", "occurred"),
    ("Dinkes melaporkan wabah difteri di dua kecamatan pada Selasa (22/8/2023).", "incident", "occurred"),
    ("KLB campak juga dilaporkan di dua kabupaten lain tahun ini.", "incident", "occurred"),
    # ... but a landslide victory is an election, and declaring an outbreak's status or
    # answering it is a decision or a programme.
    ("The party won a landslide victory in the 2019 election.", "history", "occurred"),
    ("Pemkab menetapkan status kejadian luar biasa (KLB) difteri pada Selasa (22/8/2023).", "other", "occurred"),
    ("Dinkes memulai imunisasi tanggap KLB campak pada Selasa (22/8/2023).", "other", "occurred"),
    # Visiting the scene or the people harmed is the visit, not the disaster.
    ("Bupati Sukamaju meninjau lokasi longsor pada Selasa (22/8/2023).", "other", "occurred"),
    ("Gubernur mengunjungi keluarga korban banjir di RSUD Sukamaju pada Selasa (22/8/2023).", "other", "occurred"),
    ("The minister visited flood victims in Sukamaju on Tuesday.", "meeting", "occurred"),
    # A reaction is said: welcoming, denying or condemning something, even a happening.
    ("Menteri menyambut baik putusan tersebut pada Selasa (22/8/2023).", "statement", "occurred"),
    ("Kepala KSOP membantah pihaknya menerbitkan izin berlayar pada malam itu.", "statement", "occurred"),
    ("Indonesia condemned the attack on the convoy on Tuesday.", "statement", "occurred"),
    # Swearing someone into office hands it over, unless it is the time of something else
    # or was in an earlier year.
    ("Presiden melantik tiga menteri baru di Istana Negara pada Selasa (22/8/2023).", "handover", "occurred"),
    ("The new governor was sworn in on Tuesday.", "handover", "occurred"),
    ("Seusai pelantikan, Presiden memimpin rapat kabinet pada Selasa (22/8/2023).", "meeting", "occurred"),
    ("Ia dilantik sebagai bupati pada 20 Februari 2021.", "history", "occurred"),
    # A disaster a lawsuit or a question is about is its topic.
    ("Hakim mengabulkan gugatan KLH terkait kebakaran hutan dan lahan (karhutla) di Ketapang.", "other", "occurred"),
    ("Polisi memeriksa lima saksi soal penganiayaan itu pada Selasa (22/8/2023).", "other", "occurred"),
    # A handover at a meeting the sentence plans is the meeting's business.
    ("Leaders will meet again in October, where Laos will hand over the chairmanship to Malaysia.",
     "plan", "planned"),
    # Saying on a past day what will be is a statement made: it occurred.
    ("Menteri Andi Wijaya mengatakan di Jakarta, Selasa (22/8/2023), harga beras akan turun.", "statement",
     "occurred"),
    ("Minister Andi Wijaya said in Jakarta on Tuesday that the pact would help exporters.", "statement",
     "occurred"),
    # ... but what someone says will be, with no day of saying, looks ahead.
    ("Menteri Andi Wijaya mengatakan harga beras akan turun.", "statement", "planned"),
    # What is allotted for the year the article is in holds while the year runs; a fiscal
    # year's figure agreed is done.
    ("Kuota solar tahun ini sebesar 18 juta kiloliter.", "other", "ongoing"),
    ("The fuel quota this year stands at 18 million kilolitres.", "other", "ongoing"),
    ("Pagu kementerian tahun anggaran 2023 disepakati turun menjadi Rp 800 miliar.", "agreement", "occurred"),
    # Done at every interval of time: going on.
    ("BMKG memantau sebaran abu vulkanik setiap tiga jam.", "other", "ongoing"),
    ("BPBD officers check the water level every six hours.", "other", "ongoing"),
    # Undecided whether to do something plans nothing.
    ('"Kami pikir-pikir dulu, apakah akan mengajukan banding," ujar Andi Wijaya usai sidang.', "statement",
     "occurred"),
    # A status declared for a disaster is the declaration.
    ("Gubernur menetapkan status tanggap darurat bencana asap akibat karhutla sejak Jumat (18/8/2023).",
     "other", "ongoing"),
    ("The regent declared a state of emergency over the floods on Tuesday.", "other", "occurred"),
    # An accident in English is an incident; "by accident" is no happening.
    ("A similar accident off Sukamaju left three fishermen dead on Tuesday.", "incident", "occurred"),
    ("The file was deleted by accident on Tuesday.", "other", "occurred"),
    # A court's session is where a ruling is read, not a meeting.
    ("Putusan dibacakan dalam sidang terbuka untuk umum pada Selasa (22/8/2023).", "other", "occurred"),
    ("Kepala desa itu didakwa menyelewengkan dana desa dalam sidang perdana pada Selasa (22/8/2023).",
     "other", "occurred"),
    # A state in a clause of reason is not the fact's.
    ("Pencarian sempat dihentikan pada Senin malam karena tanah masih labil.", "other", "occurred"),
    # A count of lawsuits about a disaster is a record, not the disaster.
    ("Sepanjang 2015-2022 pemerintah memenangkan 30 gugatan karhutla.", "history", "occurred"),
    # What is due at a time, what a firm plans or expects to do, is ahead.
    ("The first instalment under the new loan is due in July, the presentation showed.", "plan", "planned"),
    ("The operator plans a 40-day shutdown of its single train starting in July, the company said.",
     "plan", "planned"),
    ("The consortium expects to finish land acquisition in July, Arief said.", "plan", "planned"),
]


@pytest.mark.parametrize("sentence, kind, modality", SENTENCES)
def test_a_sentence_states_a_fact_of_one_kind_and_modality(sentence, kind, modality):
    fact = extract(Article(text=sentence, published=REFERENCE)).facts[0]  # a joined clause may be a fact too
    assert (fact.kind, fact.modality) == (kind, modality)


def test_an_attribution_set_between_commas_leaves_the_happening_the_fact():
    text = ("Andi Wijaya mengatakan pelayaran berbahaya. "
            "Tahun lalu, kata dia, dua kapal mengalami kecelakaan di perairan itu.")
    assert extract(Article(text=text, published=REFERENCE)).facts[-1].kind == "incident"


@pytest.mark.parametrize("sentence, kind", [
    # Last month's figures in an article early in the year are news, not history ...
    ("Kredit perbankan tumbuh 7,1 persen pada Desember lalu.", "other"),
    ("Bank lending grew 7.1% in December, central bank data showed.", "other"),
    # ... older ones and a whole past year are history.
    ("Kredit perbankan tumbuh 7,1 persen pada Juli lalu.", "history"),
    ("Kredit perbankan tumbuh 7,1 persen tahun lalu.", "history"),
])
def test_what_was_dated_last_year_is_history_unless_it_was_weeks_ago(sentence, kind):
    (fact,) = extract(Article(text=sentence, published="2024-01-15")).facts
    assert fact.kind == kind


def test_a_sentence_that_adopts_a_named_plan_states_the_plan_as_a_second_fact():
    facts = extract(Article(
        text="Para menteri mengadopsi Rencana Aksi ASEAN-ROK 2024-2028 pada Selasa (22/8).",
        published=REFERENCE)).facts
    assert [(f.kind, f.modality, f.date.value) for f in facts] == [
        ("agreement", "occurred", "2023-08-22"), ("plan", "planned", "2024/2028")]
    assert facts[1].text == "Rencana Aksi ASEAN-ROK 2024-2028"


# (sentence, published, date value, place) through extract(): a date or place in a side
# clause about something else does not date or place the fact when the sentence has its own.
SIDE_CLAUSES = [
    ("The ministers will mark the anniversary of ASEAN, founded in Bangkok on Aug. 8, 1967, "
     "with a ceremony in Vientiane next month.", "2024-07-26", "2024-08", "Vientiane"),
    # ... and the span a thing covers
    ("The auditor handed its audit of the programme, covering the years 2023 to 2025, to the governor in "
     "Banda Aceh on Monday.", "2026-09-22", "2026-09-21", "Banda Aceh"),
    # ... and what a thing is, set after it in apposition
    ("The national park, a UNESCO World Heritage site since 1991, received about 330,000 visitors in "
     "Labuan Bajo last year.", "2026-02-04", "2025", "Labuan Bajo"),
    ("ASEAN, yang didirikan di Bangkok pada 8 Agustus 1967, akan menggelar upacara di Vientiane "
     "bulan depan.", "2024-07-26", "2024-08", "Vientiane"),
    ("Delegasi Laos, yang tiba di Jakarta pada Senin, bertemu Menlu di Bali pada Rabu (24/7).",
     "2024-07-26", "2024-07-24", "Bali"),
    # A "when" clause says when the main clause happened: its date is the sentence's.
    ("Indonesia last hosted such a gathering when Bali held the G20 summit on 15-16 November "
     "2022.", "2024-05-20", "2022-11-15/2022-11-16", None),
    # A "who" clause in the middle tells about the person, not when the fact happened.
    ("Indonesian President Joko Widodo, who chairs ASEAN this year, told the leaders the bloc "
     "must stay united.", "2023-09-05", None, None),
    # ... and one without commas runs to the main clause's verb.
    ("A former trader who fled to Indonesia nearly seven years ago was charged in court on "
     "June 18.", "2026-06-19", "2026-06-18", None),
    ("The official who was arrested in 2019 was released on Monday.", "2026-06-19", "2026-06-15", None),
    # With no other date, the side clause's date is still the only one the sentence gives.
    ("The agreement was reached at the summits, which are being held in Vientiane from "
     "October 8 to 11, 2024.", "2024-10-09", "2024-10-08/2024-10-11", "Vientiane"),
    # A side clause whose date the pattern took a comma into still ends at that comma.
    ("Malaysia, which took over the chair from Laos on Jan 1, will host the summit in Kuala Lumpur "
     "in May.", "2025-01-28", "2025-05", "Kuala Lumpur"),
    # "since" and a verb with no subject opens a clause of its own.
    ("The envoy, on his first trip abroad since taking office in January, met the minister on "
     "Thursday morning.", "2023-08-24", "2023-08-24", None),
    ("Gubernur, dalam kunjungan pertamanya sejak dilantik pada Juni, meninjau pasar pada Selasa (22/8).",
     "2023-08-24", "2023-08-22", None),
    # What was planned before the change is a side clause too.
    ("The regulation, originally due to take effect at the end of 2024, will now apply from "
     "Dec 30, 2025.", "2025-01-28", "2025-12-30", None),
    # `since` opening a clause of its own: its date is that clause's, the saying's is the fact's.
    ("The fund has raised 5 billion rupiah since it opened in February, an official said on "
     "Thursday.", "2024-06-06", "2024-06-06", None),
]


@pytest.mark.parametrize("sentence, published, value, place", SIDE_CLAUSES)
def test_a_side_clause_does_not_date_or_place_the_fact(sentence, published, value, place):
    fact = extract(Article(text=sentence, published=published)).facts[0]
    if value is None:
        assert fact.date.basis != "explicit"
    else:
        assert fact.date.value == value
    assert place is None or fact.place == place


@pytest.mark.parametrize("sentence, published, value", [
    # A date inside the sentence's first one says more exactly when it happened.
    ("Polri mengerahkan 115.000 personel untuk pelantikan periode 2024-2029 pada Minggu (20/10).",
     "2024-10-16", "2024-10-20"),
    ("Prosesi serupa digelar lima tahun lalu, ketika presiden dilantik pada 20 Oktober 2019.",
     "2024-10-16", "2019-10-20"),
    ("Sepanjang tahun ini, BI menurunkan bunga satu kali pada September 2024.", "2024-12-18", "2024-09"),
    ("Over 2019-2023, exports peaked in March 2022.", "2024-01-10", "2022-03"),
])
def test_a_date_inside_another_is_the_facts(sentence, published, value):
    assert extract(Article(text=sentence, published=published)).facts[0].date.value == value


@pytest.mark.parametrize("sentence, modality", [
    # What still goes on in a clause describing something named is not the fact's state.
    ("The city picked the bid in September 2015, a decision that still rankles in Tokyo.", "occurred"),
    ("Polisi menangkap pelaku pada Senin, yang masih buron sejak Juli.", "occurred"),
    # "sejak" that belongs to another date of the sentence does not make it go on.
    ("BI memangkas suku bunga pada bulan lalu, penurunan pertama sejak Februari 2021.", "occurred"),
    ("The bank cut rates last month, the first cut since February 2021.", "occurred"),
    # Its own "sejak" does.
    ("Polri bekerja sama dengan AFP sejak Maret 2023.", "ongoing"),
    # ... unless the sentence closes the span, and it was over before the article.
    ("Densus 88 menangkap tujuh terduga teroris sejak Senin (21/8) hingga Rabu (23/8).", "occurred"),
    ("The roads were closed since Monday until Wednesday.", "occurred"),
    # ... nor does the since of a clause of its own ("since taking office in January").
    ("The envoy, on his first trip abroad since taking office in January, met the minister on Tuesday.",
     "occurred"),
    ("Status siaga berlaku sejak 1 Agustus hingga 30 September 2023.", "ongoing"),
])
def test_since_counts_only_for_the_facts_own_date(sentence, modality):
    assert extract(Article(text=sentence, published=REFERENCE)).facts[0].modality == modality


@pytest.mark.parametrize("sentence, published, value", [
    # What a comparison reaches back to does not date the fact when it has its own date.
    ("Inflasi terendah sejak 2021 tercatat pada Agustus.", "2023-09-12", "2023-08"),
    ("The rupiah hit its weakest level since April on Tuesday.", "2023-09-12", "2023-09-12"),
])
def test_the_date_a_comparison_reaches_back_to_is_not_the_facts(sentence, published, value):
    assert extract(Article(text=sentence, published=published)).facts[0].date.value == value


@pytest.mark.parametrize("sentence", [
    "Menurut Andi Wijaya, peta jalan program itu disusun tahun lalu bersama pemerintah daerah.",
    "According to Andi Wijaya, the roadmap was drawn up last year with regional governments.",
])
def test_a_named_plan_in_what_someone_said_is_said_by_them(sentence):
    facts = extract(Article(text=sentence, published="2024-05-02")).facts
    assert [f.kind for f in facts] == ["statement", "plan"]
    assert "Andi Wijaya" in facts[1].actors


def test_a_forecast_dates_a_bare_month_ahead():
    text = "Hujan diperkirakan mulai turun merata di wilayah Riau pada awal Oktober."
    (fact,) = extract(Article(text=text, published="2023-09-12")).facts
    assert fact.date.value == "2023-10"


def test_what_still_has_to_be_done_dates_a_bare_month_ahead():
    text = "The text still has to go through a legal scrub before the ministers sign it in November."
    (fact,) = extract(Article(text=text, published="2024-10-08")).facts
    assert (fact.date.value, fact.kind, fact.modality) == ("2024-11", "plan", "planned")
