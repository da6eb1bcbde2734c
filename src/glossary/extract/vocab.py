"""General English vocabulary for the rule-based entity extractor.

Only general knowledge lives here: title words, head nouns that name kinds of
institutions / agreements / events / policies / publications, country names and their
short forms, demonyms, months and days, and function words.  Nothing here is specific
to any one article.
"""
from __future__ import annotations

from ..model import Category


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Honorifics and offices that precede a person's name ("Prime Minister Suga").
#: Multi-word titles are sequences of these tokens.
TITLE_WORDS = _words("""
    President Prime Minister Chairman Chairwoman Chairperson Chair Professor Prof Prof.
    Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Secretary Chancellor Governor Senator Sen. Rep.
    Representative Congressman Congresswoman Ambassador General Gen. Admiral Adm.
    Premier Vice Deputy Foreign Defense Defence Finance Trade Economy Unification
    Chief Cabinet Speaker Leader King Queen Emperor Empress Crown Prince Princess Mayor
    Commissioner Justice Judge Lieutenant Lt. Colonel Col. Captain Capt. Major Sir Lord
    Lady Pope Executive Director Envoy Spokesperson Spokesman Lawmaker Chairmen
    Presidents Ministers Former Acting Interior Home Economic Commerce Industry State
    Supreme Commander Marshal Party Representative Treasury Energy Labor Labour Health
    Agriculture Transport Education Environment Homeland Adviser Advisor Counselor
""")
#: Title words that can stand first in a person span ("Minister Kim" but not "Party Kim").
TITLE_HEADS = _words("""
    President Prime Minister Chairman Chairwoman Chairperson Professor Prof Prof. Dr Dr.
    Mr Mr. Mrs Mrs. Ms Ms. Secretary Chancellor Governor Senator Sen. Rep. Representative
    Congressman Congresswoman Ambassador General Gen. Admiral Adm. Premier Vice Deputy
    Foreign Defense Defence Finance Trade Chief Speaker Leader King Queen Emperor Empress
    Crown Prince Princess Mayor Commissioner Justice Judge Lieutenant Lt. Colonel Col.
    Captain Capt. Sir Lord Lady Pope Envoy Former Acting Supreme Marshal Unification
    Economy Interior Commerce Industry Treasury Energy Labor Labour Health Agriculture
    Transport Education Environment Homeland
""")
#: The last word of a title: a span "Vice Foreign Minister" is a title only if it ends here.
TITLE_ENDS = _words("""
    President Minister Chairman Chairwoman Chairperson Chair Professor Prof Prof. Dr Dr.
    Mr Mr. Mrs Mrs. Ms Ms. Secretary Chancellor Governor Senator Sen. Rep. Representative
    Congressman Congresswoman Ambassador General Gen. Admiral Adm. Premier Chief Speaker
    Leader King Queen Emperor Empress Prince Princess Mayor Commissioner Justice Judge
    Lieutenant Lt. Colonel Col. Captain Capt. Sir Lord Lady Pope Envoy Director Spokesperson
    Spokesman Lawmaker Marshal Commander Adviser Advisor Counselor
""")

#: Head nouns (capitalised, last word of a name) and the category they give.
HEAD_CATEGORY: dict[str, Category] = {}
for _cat, _text in (
    (Category.AGREEMENT, """Agreement Agreements Treaty Treaties Accord Accords Declaration
        Declarations Memorandum Memoranda Pact Convention Charter Protocol Communique
        Communiqué Understanding Armistice Arrangement Statement FTA FTAs EPA Mechanism"""),
    (Category.INSTITUTION, """Ministry Ministries Department Office Agency Bureau Council
        Commission Committee Party Diet Assembly Parliament Congress Senate House Court
        Command Forces Force Army Navy Guard Corps University Institute Center Centre
        Foundation Association Organization Organisation Bank Fund Group Cabinet Government
        Administration Secretariat Corporation Company Inc Inc. Corp Corp. Co. Ltd Ltd.
        Shrine Temple Church Museum Union Forum Network Society Academy School College
        Service Authority Board Federation League Coalition Police Headquarters Embassy
        Consulate Secretariat Nations Chamber Tribunal Prosecutors Agency Unit Division
        Fleet Brigade Regiment Ministry Observatory Laboratory Lab Hospital Institution
        Alliance Electronics Motors Holdings Industries Group Airlines Energy NPO NGO
        Panel Chiefs Mine Mines Motor Electric Solutions Technologies Steel Chemical
        Pharmaceutical Pharmaceuticals Semiconductor Shipbuilding Securities Insurance"""),
    (Category.EVENT, """Summit Summits Meeting Meetings Dialogue Dialogues Talks Conference
        Exercise Exercises Election Elections Incident War Crisis Games Olympics Expo
        Session Anniversary Consultations Negotiations Round Ceremony Festival Day
        Massacre Uprising Revolution Attack Attacks Bombing Scandal Affair Visit Drill
        Drills Operation Congress Plenum Crash Disaster Earthquake Tsunami Protests
        Movement Ministerial Convention Consultation"""),
    (Category.POLICY, """Doctrine Strategy Strategies Policy Initiative Plan Program Programme
        Vision Act Law Bill Framework Agenda Reform Reforms Package Guidelines Sanctions
        Principles Regulation Regulations Order Constitution Concept Section"""),
    (Category.PUBLICATION, """Shimbun Shinbun Shinmun Ilbo Times Post Journal Herald Daily
        News Review Gazette Tribune Magazine Press Chronicle Economist Quarterly Telegraph
        Guardian Observer Monitor Insider Dispatch Poll Polls Survey Outlook Report Yearbook"""),
    (Category.PLACE, """Province Prefecture County District Island Islands Peninsula Strait
        Ocean River Mountains Oblast Canton Zone Sea Gulf Bay Coast Delta Desert Lake
        Canal Reef"""),
    (Category.OTHER, """List Prize"""),
):
    for _w in _text.split():
        HEAD_CATEGORY.setdefault(_w, _cat)

#: Publication heads that are common nouns: never a name on their own ("the Report"),
#: unlike a newspaper's one-word name ("Economist").
REPORT_HEADS = frozenset("Poll Polls Survey Outlook Report Yearbook".split())

#: Heads a name may end with a number after: "Executive Order 14012", "Section 301",
#: "Resolution 2231", "Vision 2030", "Agenda 2063".
NUMBERED_HEADS = frozenset("""Order Section Resolution Directive Decree Vision Agenda Plan Strategy
    Initiative Program Programme Framework Concept Roadmap""".split())

#: Lower-case head nouns that make a named concept of the capitalised words before them
#: ("Camp Y summit", "DPJ leadership election", "US-China relations").
LOWER_HEAD_CATEGORY: dict[str, Category] = {}
for _cat, _text in (
    (Category.AGREEMENT, "agreement agreements treaty accord accords declaration memorandum pact"),
    (Category.EVENT, """summit summits dialogue talks election elections incident exercises
        exercise war crisis consultation consultations negotiations scandal"""),
    (Category.INSTITUTION, "administration cabinet government coalition faction"),
    (Category.POLICY, "doctrine strategy strategies initiative"),
    (Category.OTHER, "relations relationship alliance alliances"),
    (Category.PLACE, "region countries islands peninsula"),
    (Category.INSTITUTION, "mine"),
):
    for _w in _text.split():
        LOWER_HEAD_CATEGORY[_w] = _cat

#: Lower-case heads whose capitalised modifier is part of the name and not a name itself.
PLACE_PLURAL_HEADS = frozenset({"countries", "islands"})
#: Lower-case heads that only make a name after a person ("Obama administration") or a
#: demonym ("French government"), never after a bare country ("US administration").
GOVERNMENT_HEADS = frozenset({"administration", "cabinet", "government", "faction"})

#: Lower-case words that may stand between the capitalised words and a lower-case head.
#: Anything in STOPWORDS, verbs and adverbs are excluded by `english`; this list adds
#: words that look like modifiers but break a name.
NOT_MODIFIERS = frozenset("""
    new old former current previous next last first second third recent future such own
    same other another each every many much more most few several all both whole entire
    two three four five six seven eight nine ten
""".split())

#: Words that name a kind of document or action in a cited title and come before the
#: real name: "Signing of the X Agreement", "Regarding the X".
TITLE_PREFIXES = ("signing of the ", "signing of ", "conclusion of the ", "adoption of the ",
                  "launch of the ", "the ", "on the ")

#: Words that take an "of"-complement inside a name ("Republic of Korea", "Minister of
#: Defense", "Session of the Diet") besides the head nouns above.
OF_TAKERS = _words("""
    Republic Kingdom Minister Secretary Speaker President Governor Chairman Director Chief
    Session Anniversary Bank University Institute Center Centre House Department Ministry
    Office Court Forces Memorandum Association Federation League Commission Committee
    Council Agency Bureau Organization Organisation Union Government Cabinet Academy School
    College Museum Board Authority Fund Society Chamber Command Army Navy Corps Declaration
    Agreement Treaty Convention Charter Protocol Strategy Dialogue Conference Summit Meeting
    Statement Group Coalition Party Assembly Parliament Congress Senate Prime
""")

#: Countries and their short forms -> canonical code.  Multi-word names first matter
#: only to the regex built from this table (longest alternative wins).
COUNTRIES: dict[str, str] = {}
for _code, _names in (
    ("US", "United States|United States of America|US|U.S.|USA|U.S.A.|America"),
    ("KR", "South Korea|Republic of Korea|ROK|R.O.K.|Korea"),
    ("KP", "North Korea|Democratic People's Republic of Korea|Democratic People’s Republic of Korea|DPRK"),
    ("JP", "Japan"),
    ("CN", "China|People's Republic of China|People’s Republic of China|PRC|Mainland China"),
    ("TW", "Taiwan|Republic of China"),
    ("RU", "Russia|Russian Federation"),
    ("GB", "United Kingdom|UK|U.K.|Britain|Great Britain"),
    ("DE", "Germany|Federal Republic of Germany"),
    ("FR", "France"), ("IN", "India"), ("AU", "Australia"), ("CA", "Canada"),
    ("PH", "Philippines|the Philippines"), ("VN", "Vietnam|Viet Nam"), ("LA", "Laos"),
    ("KH", "Cambodia"), ("TH", "Thailand"), ("MY", "Malaysia"), ("SG", "Singapore"),
    ("ID", "Indonesia"), ("MM", "Myanmar|Burma"), ("BN", "Brunei"), ("MN", "Mongolia"),
    ("NZ", "New Zealand"), ("IT", "Italy"), ("ES", "Spain"), ("PT", "Portugal"),
    ("NL", "Netherlands|the Netherlands"), ("BE", "Belgium"), ("CH", "Switzerland"),
    ("AT", "Austria"), ("SE", "Sweden"), ("NO", "Norway"), ("FI", "Finland"),
    ("DK", "Denmark"), ("PL", "Poland"), ("UA", "Ukraine"), ("BY", "Belarus"),
    ("TR", "Turkey|Türkiye"), ("IR", "Iran"), ("IQ", "Iraq"), ("SY", "Syria"),
    ("IL", "Israel"), ("SA", "Saudi Arabia"), ("AE", "United Arab Emirates|UAE"),
    ("QA", "Qatar"), ("EG", "Egypt"), ("ZA", "South Africa"), ("NG", "Nigeria"),
    ("KE", "Kenya"), ("ET", "Ethiopia"), ("BR", "Brazil"), ("AR", "Argentina"),
    ("MX", "Mexico"), ("CL", "Chile"), ("PE", "Peru"), ("CO", "Colombia"),
    ("VE", "Venezuela"), ("CU", "Cuba"), ("PK", "Pakistan"), ("AF", "Afghanistan"),
    ("BD", "Bangladesh"), ("LK", "Sri Lanka"), ("NP", "Nepal"), ("KZ", "Kazakhstan"),
    ("UZ", "Uzbekistan"), ("GR", "Greece"), ("IE", "Ireland"), ("HU", "Hungary"),
    ("CZ", "Czech Republic|Czechia"), ("RO", "Romania"), ("HK", "Hong Kong"),
    ("MO", "Macau|Macao"), ("EE", "Estonia"), ("LV", "Latvia"), ("LT", "Lithuania"),
):
    for _n in _names.split("|"):
        COUNTRIES[_n] = _code

#: Demonyms (adjectives of nationality): never entities by themselves.
DEMONYMS = _words("""
    American Americans Korean Koreans Japanese Chinese Russian Russians Taiwanese British
    German Germans French Indian Indians Australian Australians Canadian Canadians
    Filipino Vietnamese Lao Cambodian Thai Malaysian Singaporean Indonesian Burmese
    European Europeans Asian Asians African Ukrainian Ukrainians Israeli Iranian Turkish
    Mongolian Italian Spanish Dutch Swiss Swedish Polish Brazilian Mexican Pakistani
    Saudi Western Eastern Northern Southern Pacific Atlantic Arab Soviet Sino Anglo
    Nordic Baltic Korean-American
""")

#: Geographic words: a span made of these and compass points is a place, not a person.
GEO_WORDS = _words("""
    North South East West Northeast Northwest Southeast Southwest Central Eastern Western
    Northern Southern Upper Lower Greater Middle Far Near Asia Europe Africa America
    Americas Oceania Arctic Antarctica Pacific Atlantic Indian Ocean Sea Seas Island
    Islands Peninsula Strait Straits Gulf Bay River Mountains Mountain Valley Coast Delta
    Indo-Pacific Asia-Pacific Eurasia Balkans Caucasus Sahel Himalayas Korean Global
    Province Prefecture City County District State Territory Region Zone Line Canal
    Desert Lake Harbor Harbour Port Reef Shoal Shoals Archipelago
""")

#: Geographic words that are common nouns: alone ("the Line", "the Coast") not a place.
GENERIC_GEO = GEO_WORDS - _words("""Asia Europe Africa America Americas Oceania Arctic
    Antarctica Pacific Atlantic Indo-Pacific Asia-Pacific Eurasia Balkans Caucasus Sahel
    Himalayas""")

MONTHS = _words("""January February March April May June July August September October
    November December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug.
    Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.""")
DAYS = _words("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu
    Fri Sat Sun""")

#: Function words and sentence openers: never the first word of a name.
STOPWORDS = _words("""
    a an the this that these those there here it its it's their they them he she his her
    we our you your i me my us who whom whose which what when where why how if then than
    as at by for from in into of on onto to with within without about above after against
    along amid amidst among around before behind below beneath beside besides between
    beyond but despite down during except inside like near off out outside over past
    since through throughout till toward towards under underneath unlike until up upon
    via and or nor so yet not no yes all any both each either every few many more most
    much neither none other some such only own same too very can could may might must
    shall should will would is are was were be been being am do does did done have has
    had having also already still even just however moreover furthermore meanwhile
    nevertheless nonetheless therefore thus hence indeed instead otherwise conversely
    consequently accordingly subsequently finally firstly secondly thirdly first second
    third last next another following given considering regarding concerning according
    later earlier soon afterwards afterward initially eventually lately
    while whereas although though because unless whether once now today yesterday
    tomorrow recently currently ultimately additionally similarly likewise notably
    particularly specifically fortunately unfortunately overall rather perhaps almost
    nearly again per vs vs. etc etc. ibid ibid. no no. vol vol. pp pp. p p. ed eds op
    cit see cf let
""")

#: Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = _words("""
    Mr. Mrs. Ms. Dr. Prof. St. Jr. Sr. Gen. Adm. Lt. Col. Capt. Sen. Rep. Gov. Inc. Corp.
    Co. Ltd. No. Vol. pp. p. ed. eds. vs. etc. e.g. i.e. Jan. Feb. Mar. Apr. Jun. Jul.
    Aug. Sep. Sept. Oct. Nov. Dec. U.S. U.K. U.N. E.U. D.C.
""")

#: Verbs and prepositions after which a capitalised word is a place ("visited Seoul").
PLACE_CUES = _words("""in to from at visited visit visiting traveled travelled travel
    arrived near toward towards via""")

#: Domains of news sites: "Politico.com", "Politico.com" are publications.
NEWS_DOMAINS = ("net", "com", "org", "co.kr", "co.jp", "jp", "kr", "cn", "io", "news")

#: Common acronyms and initialisms that name kinds of things, not named entities
#: ("an ICBM", "GDP growth", "DNA tests").  An undefined one is never a term of its own;
#: one defined in the text ("Widget Board (WB)") still is.
COMMON_ACRONYMS = _words("""
    ICBM ICBMs IRBM IRBMs SLBM SLBMs SRBM SRBMs MRBM MRBMs UAV UAVs UAS UUV USV WMD WMDs
    GDP GNP GNI CPI FDI PPP VAT DNA RNA HIV AIDS CEO CEOs CFO CTO COO AI IT ICT PC PCs TV
    OK AM PM FAQ PDF URL USB GPS LNG LPG EV EVs PhD MBA MP MPs NB PS PPS CO2 R&D IoT
    API CPU GPU SME SMEs IPO ESG OEM OEMs ETF LED LCD DRAM NAND HBM RAM ROM
""")

#: Prefixes of ship names: "USS Enterprise", "HMS Queen Elizabeth".
VESSEL_PREFIXES = _words("USS HMS HMAS HMCS JS ROKS INS RFS USNS MV SS")

#: Last words of ship names in romanised Japanese: "... Maru".
VESSEL_SUFFIXES = _words("Maru")

#: Common East Asian family names (romanised): general knowledge that makes "Choi X-y,
#: Korea's envoy" a person rather than a place.  Korean, Japanese, Chinese.
FAMILY_NAMES = _words("""
    Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im
    Han Oh Seo Suh Shin Kwon Hwang Ahn An Song Jeon Jun Hong Yoo Yu Ko Koh Moon Mun Yang
    Son Sohn Bae Baek Paik Heo Huh Nam Sim Shim Noh Roh Ha Kwak Sung Cha Joo Ju Woo Koo Ku
    Min Ryu Na Jin Ji Eom Chae Won Cheon Bang Gong Hyun Ham Byun Yeom Chu Seok Seol Gil
    Wi Pyo Myung Ban Geum Maeng Tak
    Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
    Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda
    Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami
    Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Okamoto Matsuda
    Nakagawa Harada Ono Takeuchi Kaneko Wada Nakano Ishida Ueda Morita Hara Shibata Sakai
    Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai
    Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
    Liang Xie Tang Feng Deng Cao Peng Xi Wen Jiang Cai Lu Wei Xue Ye Yan Pan Du Dai Xia
    Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Qiu Qin Hou Meng Long Wan Duan
""")
