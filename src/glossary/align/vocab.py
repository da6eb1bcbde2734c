"""A general bilingual (en / ja / ko) keyword table for politics, diplomacy and security.

Each row is one concept: its English renderings, its Japanese and Korean forms.  The
aligner cuts a Japanese or Korean compound into these keys (longest first: 首脳会談 before
会談) and compares the concepts with the words of an English term, so that 日韓|安全保障|対話
meets "Japan-South Korea security dialogue" and 자민당 meets "LDP".

This is general vocabulary, the kind a bilingual style guide lists: country names and
their abbreviations in compounds, institutions every country has, kinds of meetings and
agreements, policy fields.  It holds no entity of any particular article.

`weight` marks light concepts (function-like nouns: issue, both sides) that count for less
when a side leaves them unmatched.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Concept:
    id: str
    en: tuple[str, ...]      # lower case, words separated by single spaces (hyphens -> spaces)
    ja: tuple[str, ...]
    ko: tuple[str, ...]
    light: bool = False      # a weak concept (issue, both sides): unmatched costs less
    country: bool = False    # a country or a pair of countries (日韓, 한미일)


def _c(id: str, en: str, ja: str = "", ko: str = "", *, light: bool = False, country: bool = False) -> Concept:
    split = lambda s: tuple(x.strip() for x in s.split("|") if x.strip())  # noqa: E731
    return Concept(id, split(en), split(ja), split(ko), light, country)


# Country pairs are listed with every English order and spelling in use; the Korean side
# puts Korea first (한일, 한미일), the Japanese side Japan first (日韓, 日米韓).
ROWS: tuple[Concept, ...] = (
    # --- countries and pairs ------------------------------------------------------------
    _c("japan", "japan|japanese|japan's", "日本|日|我が国", "일본|일", country=True),
    _c("korea", "south korea|republic of korea|rok|korea|south korean|korean|south korea's|korea's",
       "韓国|大韓民国|韓", "한국|대한민국|한", country=True),
    _c("north-korea", "north korea|dprk|north korean|north korea's", "北朝鮮|朝鮮民主主義人民共和国|北",
       "북한|북|조선민주주의인민공화국", country=True),
    _c("us", "united states|us|u s|america|american|u s a|usa", "米国|アメリカ|米|合衆国", "미국|미", country=True),
    _c("china", "china|chinese|prc|people's republic of china", "中国|中華人民共和国|中", "중국|중", country=True),
    _c("russia", "russia|russian", "ロシア|露", "러시아|러", country=True),
    _c("taiwan", "taiwan", "台湾", "대만", country=True),
    _c("ja-ko", "japan south korea|japan rok|japan korea|korea japan|south korea japan|rok japan|"
       "japanese and south korean|japanese and korean|japan and south korea|japan and the rok|bilateral",
       "日韓", "한일|한·일|한-일|일한", country=True),
    _c("us-ja", "us japan|japan us|u s japan|japan u s|japanese american", "日米", "미일|한미일", country=True),
    _c("us-ko", "us south korea|u s rok|us rok|rok us|korea us|u s south korea", "米韓", "한미", country=True),
    _c("us-ja-ko", "us japan south korea|japan us rok|japan u s rok|u s japan rok|us japan rok|"
       "japan rok us|japan rok u s|trilateral", "日米韓", "한미일|한·미·일|한미일 3국", country=True),
    _c("ja-ch-ko", "japan china south korea|china japan south korea|japan china rok|trilateral|"
       "korea japan china|korea china japan|china japan korea|japan china korea",
       "日中韓|日韓中", "한중일|한·중·일|한일중|한·일·중", country=True),
    _c("ja-ch", "japan china|china japan|sino japanese", "日中", "중일|한중일", country=True),
    _c("ko-ch", "south korea china|korea china|china south korea", "中韓", "한중", country=True),
    # --- offices and people's titles ----------------------------------------------------
    _c("prime-minister", "prime minister|premier|pm", "首相|総理|総理大臣|内閣総理大臣", "총리|국무총리|수상"),
    _c("president", "president", "大統領", "대통령"),
    _c("party-president", "party president|leadership|party leader|president", "総裁|党首|代表", "총재|당대표|대표"),
    _c("minister", "minister|ministers|ministerial", "大臣|相", "장관"),
    _c("cabinet-ministers", "cabinet ministers|ministerial|ministers|cabinet members", "閣僚", "각료"),
    _c("foreign-minister", "foreign minister|minister for foreign affairs|minister of foreign affairs",
       "外相|外務大臣", "외교장관|외교부 장관|외무장관"),
    _c("foreign-ministers", "foreign ministers|ministers for foreign affairs", "外相|外務大臣", "외교장관|외무장관"),
    _c("defense-minister", "defense minister|minister of defense|defence minister|minister of national defense",
       "防衛相|防衛大臣|国防相", "국방장관|국방부 장관"),
    _c("vice-minister", "vice minister|vice ministerial|vice foreign minister", "次官|副大臣", "차관"),
    _c("chief-cabinet-secretary", "chief cabinet secretary", "官房長官", "관방장관"),
    _c("ambassador", "ambassador", "大使", "대사"),
    _c("chairman", "chairman|chair|chairperson", "委員長|議長|会長", "위원장|의장|회장"),
    _c("leader", "leader|leaders|chiefs|chief|top officials|top", "トップ|首脳|指導者", "수장|지도자|정상"),
    _c("experts", "experts|expert|pundits|scholars", "識者|専門家|有識者", "전문가|식자|학자"),
    _c("official", "officials|official", "当局者|高官|関係者", "당국자|고위관계자|관계자"),
    # --- institutions -------------------------------------------------------------------
    _c("government", "government|administration|gov", "政府|政権", "정부|정권"),
    _c("cabinet", "cabinet", "内閣", "내각"),
    _c("supreme-court", "supreme court", "最高裁|最高裁判所|大法院", "대법원"),
    _c("court", "court|courts|tribunal", "裁判所|法院", "법원|재판소"),
    _c("constitutional-court", "constitutional court", "憲法裁判所", "헌법재판소|헌재"),
    _c("diet", "diet|national diet|parliament", "国会", "국회|의회"),
    _c("national-assembly", "national assembly|parliament", "国会|議会", "국회"),
    _c("lower-house", "lower house|house of representatives", "衆議院|衆院", "중의원"),
    _c("upper-house", "upper house|house of councillors", "参議院|参院", "참의원"),
    _c("ministry", "ministry|ministries|department", "省", "부"),
    _c("mofa", "ministry of foreign affairs|foreign ministry|mofa", "外務省", "외교부|외무성"),
    _c("mod", "ministry of defense|defense ministry|ministry of national defense|mod|mnd", "防衛省|国防省|国防部",
       "국방부|방위성"),
    _c("ldp", "liberal democratic party|ldp", "自民党|自由民主党", "자민당|자유민주당"),
    _c("cdp", "constitutional democratic party|cdp|cdpj", "立憲民主党|立民", "입헌민주당"),
    _c("komeito", "komeito|komei", "公明党", "공명당"),
    _c("dpk", "democratic party|democratic party of korea|dpk", "共に民主党|民主党", "더불어민주당|민주당"),
    _c("ppp", "people power party|ppp", "国民の力", "국민의힘"),
    _c("party", "party|parties", "党|政党", "당|정당"),
    _c("ruling-party", "ruling party|ruling coalition", "与党", "여당"),
    _c("opposition", "opposition|opposition party|opposition parties", "野党", "야당"),
    _c("sdf", "self defense forces|sdf|jsdf", "自衛隊", "자위대"),
    _c("msdf", "maritime self defense force|msdf|jmsdf", "海上自衛隊|海自", "해상자위대|해자대"),
    _c("military", "military|armed forces|forces|army", "軍|軍隊", "군|군대"),
    _c("navy", "navy|naval", "海軍", "해군"),
    _c("un", "united nations|un|u n", "国連|国際連合", "유엔|국제연합|국련"),
    _c("un-security-council", "security council|unsc|un security council", "安保理|安全保障理事会", "안보리|안전보장이사회"),
    _c("asean", "asean", "東南アジア諸国連合", "아세안|동남아국가연합"),
    _c("nato", "nato|north atlantic treaty organization", "北大西洋条約機構", "나토|북대서양조약기구"),
    _c("embassy", "embassy", "大使館", "대사관"),
    _c("presidential-office", "presidential office|office of the president", "大統領府|大統領室", "대통령실|대통령비서실|청와대"),
    _c("pm-office", "prime minister's office|kantei|office of the prime minister", "首相官邸|官邸", "총리관저|관저"),
    _c("bank-of-japan", "bank of japan|boj", "日本銀行|日銀", "일본은행"),
    _c("cabinet-office", "cabinet office", "内閣府", "내각부"),
    _c("agency", "agency|agencies|organization|organisation|authority", "機構|庁", "기구|청"),
    _c("foundation", "foundation", "財団|財団法人", "재단|재단법인"),
    _c("news-agency", "news agency|news service|news", "通信社|通信", "통신사|통신"),
    _c("plenary", "plenary session|plenary|plenary meeting", "本会議", "본회의"),
    _c("general-assembly", "general assembly", "総会", "총회"),
    _c("supreme-peoples-assembly", "supreme people's assembly|supreme people s assembly|spa",
       "最高人民会議", "최고인민회의"),
    # --- meetings, dialogues, agreements -------------------------------------------------
    _c("summit", "summit|summit meeting|summit talks|summits|leaders meeting", "首脳会談|サミット|首脳会議",
       "정상회담|정상회의"),
    _c("talks", "talks|meeting|meetings|conference|consultation|consultations|council", "会談|会議|会合|協議",
       "회담|회의|회동|협의"),
    _c("dialogue", "dialogue|dialogues|talks|consultation|consultations", "対話|協議", "대화|협의"),
    _c("strategic-dialogue", "strategic dialogue", "戦略対話", "전략대화"),
    _c("consultative-body", "consultative body|council|consultative council|consultative group",
       "協議会|協議体", "협의회|협의체"),
    _c("working-group", "working group|working groups", "作業部会|ワーキンググループ", "실무그룹|워킹그룹|작업반"),
    _c("forum", "forum", "フォーラム", "포럼"),
    _c("negotiation", "negotiation|negotiations", "交渉", "협상|교섭"),
    _c("agreement", "agreement|accord|pact", "協定|合意", "협정|합의"),
    _c("treaty", "treaty", "条約", "조약"),
    _c("declaration", "declaration|joint declaration", "宣言|共同宣言", "선언|공동선언"),
    _c("joint-statement", "joint statement|joint press statement", "共同声明|共同記者発表", "공동성명|공동발표문"),
    _c("statement", "statement|announcement|press release", "声明|談話|発表|発表文", "성명|담화|발표|발표문"),
    _c("memorandum", "memorandum|memorandum of understanding|mou|memorandum of cooperation", "覚書|協力覚書",
       "각서|양해각서"),
    _c("normalization", "normalization|normalizing|normalisation", "正常化|国交正常化", "정상화|국교정상화"),
    _c("anniversary", "anniversary", "周年", "주년"),
    _c("election", "election|elections|vote", "選挙|選", "선거"),
    _c("leadership-election", "leadership election|leadership race|presidential election|leadership contest",
       "総裁選挙|総裁選|代表選|代表選挙|党首選", "총재선거|총재 선거|당대표 선거|대표 선출|경선"),
    _c("general-election", "general election|general elections", "総選挙|衆院選", "총선|총선거"),
    _c("presidential-election", "presidential election", "大統領選挙|大統領選", "대통령선거|대선"),
    _c("exercise", "exercise|exercises|drill|drills", "演習|訓練", "훈련|연습"),
    _c("incident", "incident|incidents", "事案|事件", "사건|사안"),
    _c("visit", "visit|state visit", "訪問|来日|訪韓", "방문|방한|방일"),
    _c("phone-call", "phone call|telephone call|phone conversation|telephone talks", "電話会談", "전화통화|통화"),
    # --- policy fields ------------------------------------------------------------------
    _c("security", "security|national security", "安全保障|安保", "안전보장|안보"),
    _c("economic", "economic|economy", "経済", "경제"),
    _c("economic-security", "economic security", "経済安保|経済安全保障", "경제안보"),
    _c("defense", "defense|defence|defensive", "防衛|国防", "방위|국방"),
    _c("diplomacy", "diplomacy|diplomatic|foreign policy", "外交", "외교"),
    _c("strategy", "strategy|strategic|strategies", "戦略", "전략"),
    _c("policy", "policy|policies|guidelines|basic policy", "政策|方針|基本方針", "정책|방침|기본방침"),
    # laws and their words (the one-character heads 法, 법 count at the end of a term only)
    _c("law", "act|law|laws|bill|legislation", "法|法律|法案", "법|법률|법안"),
    _c("special", "special|exceptional", "特別|特例", "특별|특례"),
    _c("funds", "funds|fund|funding|money", "資金", "자금"),
    _c("control", "control|controls|regulation|regulations|restriction|restrictions|regulating|management",
       "規正|規制|制限|管理", "규제|제한|규정|관리"),
    _c("taxation", "tax|taxation|taxes|tax credit", "税制|租税|税", "조세|세제|세"),
    _c("reform", "reform|reforms|amendment|revision", "改革|改正", "개혁|개정"),
    _c("promotion", "promotion|promoting|promote|advancement", "推進|振興|促進", "추진|진흥|촉진"),
    _c("critical", "critical|important|key|vital", "重要", "중요"),
    _c("information", "information", "情報", "정보"),
    _c("protection", "protection|protecting|safeguarding", "保護", "보호"),
    _c("utilization", "utilization|utilisation|use", "活用|利用", "활용|이용"),
    _c("specified", "specified|specific|designated", "特定", "특정"),
    _c("products", "products|goods|materials|supplies|commodities", "物資", "물자"),
    _c("in-charge", "in charge of|in charge|responsible for", "担当", "담당"),
    _c("formulation", "formulation|formulating|drafting", "策定", "책정|수립"),
    _c("designation", "designation|designations|designating", "指定", "지정"),
    _c("science", "science|sciences|scientific", "科学", "과학"),
    _c("research", "research", "研究", "연구"),
    _c("fostering", "fostering|cultivation|nurturing|cultivating", "育成", "육성"),
    _c("culture", "culture|cultural|cultural affairs", "文化", "문화"),
    # economy and society
    _c("semiconductor", "semiconductor|semiconductors|chip|chips|chipmaking", "半導体", "반도체"),
    _c("industry", "industry|industrial|industries", "産業", "산업"),
    _c("resources", "resources|natural resources", "資源", "자원"),
    _c("tariff", "tariff|tariffs|customs duties", "関税", "관세"),
    _c("reciprocal", "reciprocal|mutual", "相互", "상호"),
    _c("capitalism", "capitalism", "資本主義", "자본주의"),
    _c("plan", "plan|action plan|plans|program|programme|blueprint", "計画|プラン|実行計画|プログラム", "계획|플랜|프로그램"),
    _c("assets", "asset|assets|asset based", "資産", "자산"),
    _c("income", "income|incomes", "所得", "소득"),
    _c("doubling", "doubling|double", "倍増", "배증"),
    _c("regional-revitalization", "regional revitalization|regional revitalisation|regional revival",
       "地方創生", "지방창생|지방 창생"),
    _c("basic", "basic|fundamental", "基本", "기본"),
    _c("tuition-free", "free tuition|tuition free|free education|tuition waiver", "無償化|授業料無償化", "무상화|무상교육"),
    _c("high-school", "high school|high schools", "高校|高等学校", "고교|고등학교"),
    _c("capability", "capability|capabilities|capacity", "能力", "능력"),
    _c("strengthening", "strengthening|strengthen|strengthened|enhancement|enhancing|reinforcement|reinforcing",
       "強化", "강화"),
    _c("joint", "joint|common|shared", "共同", "공동"),
    _c("national", "national|state", "国家|国立", "국가|국립"),
    _c("mechanism", "mechanism|mechanisms|framework", "メカニズム|仕組み", "메커니즘|체계"),
    _c("communication", "communication|communications|liaison", "連絡|通信", "연락|통신"),
    _c("sea-air", "maritime and aerial|sea and air|air and maritime", "海空", "해공"),
    _c("coast-guard", "coast guard|coast guards", "海上保安庁|海警局|海警|海上保安|海保", "해양경찰청|해경|해양경찰"),
    _c("islands", "islands|island|isles", "諸島|群島|列島|島", "제도|군도|열도|섬"),
    _c("prefecture", "prefecture", "県", "현"),
    _c("faction", "faction|factions", "派|派閥", "파|파벌"),
    _c("association", "association|federation", "協会|連合会", "협회|연합회"),
    _c("institute", "institute|research institute|institution", "研究所|研究院", "연구원|연구소"),
    _c("academy", "academy", "アカデミー|学院", "아카데미|학원"),
    _c("white-paper", "white paper|whitepaper", "白書", "백서"),
    _c("cooperation", "cooperation|cooperative|collaboration", "協力", "협력"),
    _c("partnership", "partnership", "パートナーシップ|協力関係", "파트너십|동반자 관계|동반자관계"),
    _c("relations", "relations|relationship|ties", "関係", "관계"),
    # --- government bodies, plans and heritage (general words of policy titles) -----------
    _c("secretariat", "secretariat", "官房|事務局", "관방|사무국"),
    _c("cabinet-secretariat", "cabinet secretariat", "内閣官房", "내각관방"),
    _c("maritime-security", "maritime security|maritime safety", "海上保安", "해상보안"),
    _c("ministerial-council", "ministerial council|ministerial meeting|council of ministers",
       "関係閣僚会議|閣僚会議", "관계각료회의|각료회의"),
    _c("new", "new|new form of|new form", "新しい|新たな", "새로운"),
    _c("realization", "realization|realisation|realizing|realising|implementation", "実現", "실현"),
    _c("concept", "concept|vision|conception", "構想", "구상"),
    _c("grand-design", "grand design", "グランドデザイン", "그랜드 디자인|그랜드디자인"),
    _c("world-heritage", "world heritage|world heritage site|world heritage sites", "世界遺産", "세계유산|세계문화유산"),
    _c("list", "list|register|listing", "一覧表|一覧|リスト", "목록|리스트"),
    _c("nationalization", "nationalization|nationalisation|nationalizing|nationalising", "国有化", "국유화"),
    _c("memorial-ceremony", "memorial ceremony|memorial service|memorial", "追悼式|慰霊式|追悼", "추도식|위령식|추도"),
    _c("northeast-asia", "northeast asia|northeast asian|north east asia|north east asian", "東北アジア|北東アジア", "동북아|동북아시아"),
    _c("parliamentary-vice-minister", "parliamentary vice minister|parliamentary vice minister for foreign affairs",
       "政務官|外務大臣政務官", "정무관"),
    _c("coal-mine", "coal mine|colliery|coal mines", "炭鉱", "탄광"),
    _c("shrine", "shrine", "神社", "신사"),
    _c("general-election", "general election|general elections", "総選挙", "총선거|총선"),
    _c("alliance", "alliance", "同盟", "동맹"),
    _c("trade", "trade", "貿易|通商", "무역|통상"),
    _c("export-controls", "export controls|export restrictions|export control", "輸出規制|輸出管理", "수출규제|수출관리"),
    _c("sanctions", "sanctions", "制裁", "제재"),
    _c("deterrence", "deterrence|deterrent", "抑止|抑止力", "억지|억제|억지력|억제력"),
    _c("nuclear", "nuclear", "核", "핵"),
    _c("missile", "missile|missiles", "ミサイル", "미사일"),
    _c("history", "history|historical", "歴史", "역사"),
    _c("history-issues", "historical issues|history issues", "歴史問題", "역사문제|과거사 문제|과거사"),
    _c("forced-labor", "forced labor|forced labour|wartime labor|wartime labour|forced mobilization|"
       "conscripted labor|requisitioned workers|wartime laborers|forced laborers", "強制徴用|徴用工|強制動員|旧朝鮮半島出身労働者",
       "강제징용|강제동원|징용"),
    _c("comfort-women", "comfort women|comfort woman", "慰安婦", "위안부"),
    _c("compensation", "compensation|reparations", "賠償|補償", "배상|보상"),
    _c("ruling", "ruling|rulings|judgment|verdict|decision", "判決", "판결"),
    _c("unification", "unification|reunification", "統一", "통일"),
    _c("human-rights", "human rights", "人権", "인권"),
    _c("development", "development", "開発", "개발"),
    _c("humanitarian", "humanitarian", "人道", "인도"),
    _c("humanitarian-assistance", "humanitarian assistance|humanitarian aid", "人道支援", "인도지원|인도적 지원"),
    _c("assistance", "assistance|aid|support", "支援|援助", "지원|원조"),
    _c("cyber", "cyber|cybersecurity", "サイバー", "사이버"),
    _c("maritime", "maritime|ocean|oceans|maritime affairs|sea", "海洋", "해양"),
    _c("fisheries", "fisheries|fishery|fishing", "漁業", "어업"),
    _c("finance", "finance|financial|fiscal", "財務|金融|財政", "재무|금융|재정"),
    _c("high-level", "high level|senior officials|senior official", "ハイレベル|高級事務レベル|高官級|高位級", "고위급"),
    _c("energy", "energy", "エネルギー", "에너지"),
    _c("environment", "environment|environmental", "環境", "환경"),
    _c("climate", "climate|climate change", "気候|気候変動", "기후|기후변화"),
    _c("supply-chain", "supply chain|supply chains", "サプライチェーン|供給網", "공급망"),
    _c("technology", "technology|technologies|tech", "技術|テクノロジー", "기술"),
    _c("indo-pacific", "indo pacific", "インド太平洋", "인도태평양|인태"),
    _c("conservative-progressive", "conservative and progressive|conservatives and progressives|"
       "conservative progressive|conservatives|progressives|left and right",
       "保革|保守・革新|保守と革新", "보수·진보|보혁|보수와 진보|보수 진보"),
    _c("conservative", "conservative|conservatives", "保守", "보수"),
    _c("progressive", "progressive|progressives|liberal", "革新|リベラル", "진보|리버럴"),
    _c("camp", "camp|camps|side|sides|both sides", "陣営|双方", "진영|양측|쌍방", light=True),
    _c("politician", "politician|politicians", "政治家", "정치인|정치가"),
    _c("politics", "politics|political", "政治", "정치"),
    _c("public-opinion", "public opinion|opinion poll|poll", "世論|世論調査", "여론|여론조사"),
    _c("approval-rating", "approval rating|approval ratings|support rate", "支持率", "지지율"),
    _c("issue", "issue|issues|problem|problems|question|matter", "問題|課題", "문제|과제", light=True),
    _c("future", "future", "将来|未来", "미래|장래"),
    _c("new-era", "new era", "新時代", "새 시대|신시대"),
    _c("vision", "vision", "ビジョン|構想", "비전|구상"),
    _c("doctrine", "doctrine", "ドクトリン", "독트린"),
    _c("first", "first|inaugural", "初|第一回", "첫|최초", light=True),
    _c("liberation-day", "liberation day", "光復節", "광복절"),
    _c("editorial", "editorial", "社説", "사설", light=True),
    # --- economy, trade and industry ------------------------------------------------------
    _c("electronics", "electronics|electronic", "電子", "전자"),
    _c("package", "package|packages", "パッケージ", "패키지"),
    _c("user", "user|users|end user|end users", "ユーザー|使用者|利用者|最終使用者", "사용자|최종 사용자|이용자"),
    _c("validated", "validated|verified|validation|verification", "検証済み|検証", "검증된|검증"),
    _c("workweek", "workweek|working week|working hours|work hours|hour workweek", "労働時間|週", "근로시간|주"),
    _c("diplomatic-academy", "diplomatic academy|academy of diplomacy", "外交院", "외교원"),
    # the months, as written in dates and names (7月, 7월 = July)
    *(_c(f"month-{i}", m, f"{i}月", f"{i}월") for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1)),
)

#: English words that never carry a term on their own (ignored on the English side)
EN_FUNCTION_WORDS = frozenset(
    "the a an of and on in for to with between among by at from its their his her our as its 's s".split())

#: English words that count little when unmatched (a nationality qualifier, a generic head)
EN_LIGHT_WORDS = frozenset(
    "issue issues problem problems matter question camps camp sides side first new meeting "
    "japanese korean south american chinese bilateral".split())


#: One-character keys that count only at the end of a term, where they are its head: 法 of
#: 政治資金規正法 (act), 省 of 経済産業省 (ministry), 부 of 산업통상자원부.  Elsewhere a single
#: character is too ambiguous (日 inside 毎日 is not Japan).
SUFFIX_KEYS = frozenset("法省庁党島県派법부청당섬현파")


@lru_cache(maxsize=1)
def cjk_index() -> dict[str, list[Concept]]:
    """CJK key -> concepts with that key (ja and ko keys together; scripts do not collide)."""
    idx: dict[str, list[Concept]] = {}
    for c in ROWS:
        for k in c.ja + c.ko:
            k = k.replace(" ", "").replace("·", "").replace("・", "")
            idx.setdefault(k, []).append(c)
    return idx


@lru_cache(maxsize=1)
def cjk_longer_keys() -> dict[str, list[tuple[str, list[Concept]]]]:
    """A one- or two-character start -> the longer keys beginning with it and their
    concepts, in `cjk_index` order (a cut-off title's tail, 安全保障協 -> 協力)."""
    out: dict[str, list[tuple[str, list[Concept]]]] = {}
    for key, concepts in cjk_index().items():
        for k in (1, 2):
            if len(key) > k:
                out.setdefault(key[:k], []).append((key, concepts))
    return out


@lru_cache(maxsize=1)
def en_index() -> dict[tuple[str, ...], list[Concept]]:
    """English word tuple -> concepts rendered by it."""
    idx: dict[tuple[str, ...], list[Concept]] = {}
    for c in ROWS:
        for e in c.en:
            idx.setdefault(tuple(e.split()), []).append(c)
    return idx


@lru_cache(maxsize=1)
def max_cjk_key() -> int:
    return max(len(k) for k in cjk_index())


@lru_cache(maxsize=1)
def max_en_key() -> int:
    return max(len(k) for k in en_index())
