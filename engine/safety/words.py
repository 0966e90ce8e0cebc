"""Word lists and rules for the prompt classifier (data only; the logic is in safety.py).

Every pattern is a regular expression run on the *normalised* prompt: lower case, ASCII
letters and digits, single spaces, intra-word punctuation removed ("baby's" -> "babys",
"self-harm" -> "selfharm", "n.u.d.e" -> "nude"). Write patterns accordingly.

Weights: >= 0.5 blocks on its own; below that a rule only "leans" (it blocks together with a
face in the photo for the sexual and violent categories, see safety.check).
"""

from __future__ import annotations

# -- normalisation tables ---------------------------------------------------------------
# Look-alike letters that NFKC leaves alone (Cyrillic, Greek, IPA, Latin variants).
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ү": "y",
    "п": "n", "г": "r", "ь": "b", "д": "d", "и": "u", "л": "n", "з": "3", "ч": "4",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "ι": "i",
    "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "s", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h",
    "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y",
    "Χ": "x", "ϲ": "c", "ϳ": "j",
    # Latin variants and IPA
    "ı": "i", "ȷ": "j", "ſ": "s", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d",
    "ł": "l", "ħ": "h", "ŧ": "t", "ɑ": "a", "ɩ": "i", "ʀ": "r", "ɴ": "n", "ᴀ": "a",
    "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip

# Characters that render as nothing and are used to split words invisibly.
INVISIBLES = "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"

# Leetspeak, applied only inside tokens that also contain a letter ("nud3", "s3x", "p0rn"),
# so "3 seconds" or "1080" keep their digits. "1" is read as "i" and as "l" (two variants).
LEET: dict[str, str] = {
    "0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t",
    "8": "b", "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e",
    "£": "l", "¡": "i",
}  # fmt: skip
LEET_ALT: dict[str, str] = {"1": "l", "!": "l", "|": "i"}

# -- allow-list context -------------------------------------------------------------------
# Harmless phrases that contain a scary word. They are blanked out before the rules run, so
# "kill the lights as she walks in" never reaches the "kill + person" rule.
BENIGN_PHRASES: tuple[str, ...] = (
    r"\bkill(?:s|ed|ing)? (?:the |all the |those )?(?:lights?|engine|music|sound|power|"
    r"motor|noise|audio|volume|switch|time|mood|background|reflections?|highlights?|glare)\b",
    r"\bkill(?:s|ing)? it\b",
    r"\bkiller (?:view|shot|smile|look|outfit|sunset|moves?|app)\b",
    r"\b(?:shoot|shooting|shot|shoots)(?: (?:a|an|the|this|it|in|on|at|with|from))* "
    r"(?:wide|close|closeup|medium|long|tight|establishing|tracking|aerial|drone|overhead|"
    r"slow|slowmo|handheld|low|high|hero|beauty|product|fashion|portrait|video|film|photo|"
    r"scene|clip|footage|reel|b ?roll|4k|angle|lens|35mm|50mm|85mm)\w*",
    r"\b(?:photo|video|film|fashion|portrait|wedding|engagement|product|music video|"
    r"commercial|studio|beach|family|magazine|editorial)s? ?shoots?\b",
    r"\bshoot(?:s|ing)? hoops\b",
    r"\bshooting stars?\b",
    r"\b(?:wide|close|closeup|medium|long|tracking|aerial|drone|establishing|hero|"
    r"beauty|product|final|opening|money|slow motion|action|group|head)s? ?shots?\b",
    r"\bshots? of (?:espresso|tequila|whiskey|vodka|coffee|the city|the sky|the sea)\b",
    r"\bexplo(?:sion|sions|de|des|ding)(?: of)? (?:colou?rs?|confetti|light|glitter|flowers|"
    r"petals|paint|sparkles|joy|flavou?r|bubbles|fireworks)\b",
    r"\bcolou?r explosion\b",
    r"\bblood (?:orange|oranges|moon|red sky|red sunset|red dress|red lips)\b",
    r"\bblood ?hound\b",
    r"\bnaked (?:eye|flame|truth|branches|trees?|wall|bulb|light)\b",
    r"\bnude (?:colou?r|colou?rs|tones?|palette|lipstick|lips|shade|shades|heels|shoes|"
    r"beige|makeup|pink|nails|dress colou?r|pumps)\b",
    r"\b(?:comic|film|light|landing|led|sunset|las vegas|vegas|strip) strips?\b",
    r"\bstrip(?:s|ped)? (?:of|mall|club lights)\b",
    r"\bstrip (?:of|mall)\b",
    r"\bsuicide squad\b",
    r"\bdead (?:leaves|flowers|tree|trees|end|sea|calm|center|centre|battery|pixel)\b",
    r"\bdrop dead gorgeous\b",
    r"\b(?:zombie|vampire|skeleton|ghost|witch|halloween|monster|pirate|horror)"
    r"(?: \w+)? (?:costume|costumes|makeup|parade|party|walk|mask|decorations?)\b",
    r"\bhot ?dogs?\b",
    r"\bbreast ?stroke\b",
    r"\bchicken breasts?\b",
    r"\bturkey breasts?\b",
    r"\bscrew(?:s|ing)? (?:driver|cap|top)\b",
    r"\bcum laude\b",
    r"\bthe (?:bomb|bomb dot com)\b",
    r"\bphoto ?bomb\w*\b",
    r"\bbath ?bombs?\b",
    r"\bsex(?:es)? of (?:the|a) (?:baby|chick|chicks|puppy|kitten|animal|bird|fish|plant)\b",
    r"\bgender reveal\b",
    r"\bnaked mole ?rats?\b",
    r"\bpussy ?(?:cat|cats|willow)\b",
    r"\b(?:prom|drag|homecoming|beauty|snow|dancing|dairy|ice) queens?\b",
    r"\bthe queen (?:bee|ant|of (?:hearts|the (?:prom|ball|night)))\b",
    r"\b(?:lion|burger|chess|jungle|monkey|pop|tiger) kings?\b",
    r"\bthe king (?:of the jungle|of pop|cobra|penguin|crab|size)\b",
    r"\bprince charming\b",
    r"\bprincess (?:dress|costume|party|castle|gown|cake)\b",
    r"\bkiller whales?\b",
    r"\bexplode (?:into|with) (?:colou?r|light|flowers|petals|confetti)\b",
    r"\bpunch(?:es|ed|ing)? (?:in|out)\b",
    r"\bpunch (?:bowl|line|card)\b",
    r"\bexecut(?:e|es|ed|ing) (?:a|an|the|this|my|his|her|their)? ?(?:perfect |smooth |slow )?"
    r"(?:pan|move|spin|turn|jump|trick|dance|plan|zoom|tilt|dolly|routine|flip|kick)\b",
    r"\bbreak(?:s|ing)? a leg\b",
    r"\bcutting edge\b",
    r"\bcut(?:s|ting)? (?:to|away|the cake|the ribbon|the tomato|the bread|the onions?)\b",
)

# -- vocabulary shared by several rules ----------------------------------------------------
# "her" is also a possessive ("hang her coat"), so it only counts as a person when no noun
# follows it.
_HER = (
    r"her(?=$|[^\w ]| (?:with|in|to|on|at|and|as|while|from|dead|again|slowly|then|until|"
    r"before|after|for|by|repeatedly|brutally|violently|because|so|but|or|now|here|there|"
    r"too|up|down|over|off|out|alive)\b)"
)
_PERSON = (
    r"(?:him|" + _HER + r"|them|he|she|they|me|us|you|man|men|woman|women|person|people|"
    r"guy|guys|lady|ladies|girl|girls|boy|boys|kid|kids|child|children|baby|babies|toddler|crowd|someone|"
    r"somebody|everyone|everybody|victim|victims|hostage|hostages|prisoner|prisoners|"
    r"wife|husband|girlfriend|boyfriend|mom|mum|mother|dad|father|brother|sister|son|"
    r"daughter|friend|friends|family|neighbou?r|boss|coworker|colleague|teacher|student|"
    r"students|classmate|classmates|couple|bride|groom|officer|cop|cops|police|soldier|"
    r"soldiers|civilians?|pedestrians?|worker|workers|driver|passengers?|president|"
    r"politician|celebrity|ex|actor|actress|singer|model|subject|protesters?|jews?|"
    r"muslims?|christians?|immigrants?|refugees?|gays?|blacks?|whites?|asians?)"
)
_DET = r"(?:the |a |an |this |that |my |his |her |their |our |your |some |all |every |those |these |two |three |old |young |little |poor |innocent |other |whole |entire )*"
PERSON_TARGET = _DET + _PERSON + r"\b"

MINOR = (
    r"(?:child|children|childs|kid|kids|minor|minors|underage|under ?age|preteen|preteens|"
    r"pre ?teen|tween|tweens|teen|teens|teenager|teenagers|toddler|toddlers|infant|infants|"
    r"baby|babies|schoolgirl|schoolgirls|schoolboy|schoolboys|little girl|little girls|"
    r"little boy|little boys|young girl|young girls|young boy|young boys|loli|lolis|lolita|"
    r"shota|jailbait|(?:[1-9]|1[0-7]) ?(?:years? ?old|yo|yrs? ?old)|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen) ?years? ?old|daughter|son|nephew|niece|stepdaughter|stepson|"
    r"kindergarten\w*|elementary school\w*|middle school\w*|highschooler|high school girl)"
)

_UNCLOTHED = (
    r"(?:naked|nude|nudes|nudity|topless|bottomless|undress\w*|unclothed|no clothes|"
    r"without (?:any )?clothes|without (?:his|her|their) clothes|in (?:his|her|their) "
    r"underwear|underwear|lingerie|bikini|panties|strip(?:s|ped|ping)? (?:naked|down|off)|"
    r"striptease|stripper\w*|shirtless|pantsless|bare ?(?:chest|breast|bottom|butt|skin)|"
    r"skinny ?dip\w*)"
)

_SEXUAL_CORE = (
    r"(?:sex|sexual\w*|sexy|sexting|porn\w*|xxx|nsfw|hentai|erotic\w*|orgasm\w*|masturbat\w*|"
    r"blowjob\w*|handjob\w*|intercourse|fuck\w*|horny|aroused|seductive\w*|sensual\w*|fetish\w*|"
    r"bdsm|bondage|onlyfans|genitals?|penis|vagina|nipples?|breasts|boobs|tits|butt naked|"
    r"molest\w*|grope\w*|groping|fondl\w*|rape|raped|rapes|raping)"
)

PUBLIC_FIGURE = (
    r"(?:the )?(?:president|presidents|vice president|prime minister|chancellor|senator|"
    r"congressman|congresswoman|congressmen|governor|mayor|minister|secretary of state|"
    r"pope|the king|the queen|prince|princess|royal family|monarch|dictator|ceo|ceos|politician|"
    r"politicians|candidate|celebrity|celebrities|famous (?:actor|actress|singer|person|"
    r"rapper|athlete|footballer)|pop star|movie star|head of state|world leaders?|"
    r"trump|donald trump|biden|joe biden|obama|barack obama|clinton|hillary|kamala|harris|"
    r"putin|vladimir putin|zelensky|zelenskyy|xi jinping|macron|merkel|scholz|sunak|starmer|"
    r"modi|netanyahu|erdogan|trudeau|bolsonaro|lula|milei|kim jong un|elon musk|musk|"
    r"zuckerberg|bezos|bill gates|taylor swift|beyonce|kim kardashian|kanye|oprah|"
    r"pope francis|pope leo|king charles|prince william|prince harry|meghan markle|"
    r"tom hanks|tom cruise|scarlett johansson|emma watson|greta thunberg|rishi sunak|"
    r"keir starmer|emmanuel macron|olaf scholz|narendra modi)"
)

# -- rules per category ------------------------------------------------------------------
_WIN = r"\b(?:\W+\w+){0,6}?\W+"  # up to six words between two parts of a rule
_NEWS_FRAME = (
    r"(?:(?:realistic |real |authentic |genuine )?news (?:footage|report|broadcast|bulletin|"
    r"clip|video)|breaking news|press conference|live broadcast|(?:real|authentic|genuine|"
    r"leaked|secret|hidden camera|cctv|bodycam|body cam|dashcam|surveillance|security camera)"
    r" (?:footage|video|tape|recording))"
)
_SOFT_VIOLENCE = (
    r"(?:gun|guns|handgun|pistol|rifle|shotgun|firearm|bullets?|bloody|bleeding|blood|wounds?|"
    r"wounded|punch|punches|punching|brawl\w*|fistfight\w*|weapons?|grenades?|sniper|machete)"
)

# (category, rule name, pattern, weight). Category names match safety.Category values.
RULES: tuple[tuple[str, str, str, float], ...] = (
    # minors: anything sexual or unclothed that involves a child
    (
        "minors",
        "child sexual term",
        r"\b(?:cp|csam|pedo\w*|paedo\w*|loli|lolis|lolicon|shota\w*|"
        r"jailbait|child porn\w*|kiddie porn|preteen (?:sex|nude|naked)\w*)\b",
        1.0,
    ),
    ("minors", "minor + unclothed", r"\b" + MINOR + _WIN + _UNCLOTHED + r"\b", 1.0),
    ("minors", "unclothed + minor", r"\b" + _UNCLOTHED + _WIN + MINOR + r"\b", 1.0),
    ("minors", "minor + sexual", r"\b" + MINOR + _WIN + _SEXUAL_CORE + r"\b", 0.95),
    ("minors", "sexual + minor", r"\b" + _SEXUAL_CORE + _WIN + MINOR + r"\b", 0.95),
    # nudity or undressing of a (real) person
    (
        "nudity_real_person",
        "undressing",
        r"\b(?:undress\w*|unclothe\w*|disrobe\w*|nudif\w*|"
        r"deepnude|deep nude|declothe\w*|unclothing)\b",
        1.0,
    ),
    (
        "nudity_real_person",
        "remove clothes",
        r"\b(?:remov\w*|take|takes|taking|took|rip\w*|"
        r"tear\w*|pull\w*|strip\w*|peel\w*|lift\w*|drop\w*|erase\w*|delete\w*|get rid of|"
        r"without) (?:off )?(?:all )?(?:of )?(?:the |his |her |their |its |my |your )?"
        r"(?:\w+ )?(?:clothes|clothing|shirt|top|bra|panties|underwear|dress|skirt|pants|"
        r"trousers|bikini|swimsuit|towel|outfit|garments?|blouse|jeans)(?: off)?\b",
        1.0,
    ),
    (
        "nudity_real_person",
        "strip naked",
        r"\bstrip\w* (?:\w+ )?(?:naked|nude|down|bare|off)\b"
        r"|\bstriptease\w*\b|\bstripper\w*\b",
        1.0,
    ),
    (
        "nudity_real_person",
        "see-through",
        r"\b(?:see ?through|xray|x ray|transparent) "
        r"(?:\w+ ){0,2}(?:clothes|clothing|dress|shirt|top|bra|skirt|outfit|swimsuit|bikini)\b"
        r"|\bxray (?:her|him|them|the)\b",
        1.0,
    ),
    (
        "nudity_real_person",
        "make naked",
        r"\b(?:make|makes|making|turn|turns|show|shows|"
        r"showing|render|leave|leaves|get|gets|getting)"
        r" (?:\w+ ){0,3}(?:naked|nude|topless|bottomless|unclothed|in (?:her |his |their )?"
        r"underwear)\b",
        1.0,
    ),
    (
        "nudity_real_person",
        "naked person",
        r"\b(?:naked|nude|topless|bottomless) (?:\w+ )?" + _PERSON + r"\b",
        1.0,
    ),
    (
        "nudity_real_person",
        "person naked",
        r"\b" + _PERSON + r" (?:\w+ )?(?:naked|nude|topless|"
        r"in the nude|in the buff)\b",
        1.0,
    ),
    # sexual content
    (
        "sexual",
        "explicit term",
        r"\b(?:sex|sexual\w*|porn\w*|pr0n|xxx|nsfw|hentai|erotic\w*|"
        r"orgasm\w*|masturbat\w*|blowjob\w*|handjob\w*|intercourse|fuck\w*|cum|cumming|cumshot\w*|"
        r"horny|fetish\w*|bdsm|bondage|onlyfans|genitals?|penis\w*|vagina\w*|pussy|"
        r"nipples?|boobs|tits|titties|sext\w*|smut\w*|lewd|orgy|orgies|threesome|camgirl|"
        r"nudes|nudity|kamasutra|ahegao|milf)\b",
        1.0,
    ),
    (
        "sexual",
        "sexual act",
        r"\b(?:having|have|had|making) (?:passionate |rough )?"
        r"(?:love|sex)\b|\b(?:sleep\w*|in bed) with (?:her|him|them|each other)\b|\bspread\w*"
        r" (?:her|his|their) legs\b|\b(?:grop\w*|fondl\w*|molest\w*|rape|raped|rapes|raping)\b",
        1.0,
    ),
    (
        "sexual",
        "body part sexualised",
        r"\b(?:big|huge|bare|naked|exposed|jiggl\w*|bouncing)"
        r" (?:breasts?|butt|buttocks|ass|crotch|groin)\b|\b(?:her|his|their) (?:breasts|"
        r"buttocks|crotch|groin)\b",
        0.9,
    ),
    (
        "sexual",
        "suggestive",
        r"\b(?:sexy|seductive\w*|sensual\w*|lingerie|provocative\w*|"
        r"sultry|steamy|strip ?club|pole danc\w*|twerk\w*|lap ?danc\w*|kinky|naked|nude|"
        r"topless|bottomless)\b",
        0.4,
    ),
    # self-harm
    (
        "self_harm",
        "suicide",
        r"\b(?:suicid\w*(?! bomb| attack| vest| mission| squad)|selfharm\w*|self harm\w*|"
        r"selfinjur\w*|self injur\w*|kms|kys|unalive\w*|proana|pro ana|thinspo\w*|thinspiration)\b",
        1.0,
    ),
    (
        "self_harm",
        "kill oneself",
        r"\b(?:kill\w*|hang\w*|shoot\w*|shot|hurt\w*|harm\w*|"
        r"stab\w*|starv\w*|drown\w*|poison\w*) (?:\w+ )?(?:myself|himself|herself|themselves|"
        r"themself|yourself|oneself)\b|\bcut(?:s|ting)? (?:myself|himself|herself|themselves|"
        r"yourself)\b(?! (?:a|an|some|the|another|off|in|on))",
        1.0,
    ),
    (
        "self_harm",
        "wrists",
        r"\b(?:cut\w*|slit\w*|slash\w*|razor\w*|blade\w*) (?:\w+ )?"
        r"(?:his |her |my |their |your )?wrists?\b",
        1.0,
    ),
    (
        "self_harm",
        "end life",
        r"\b(?:end|ends|ending|ended|take|takes|taking|took) (?:his|her|"
        r"my|their|your) (?:own )?life\b|\b(?:overdos\w*|noose)\b|\bjump\w* (?:off|from) (?:the |"
        r"a )?(?:bridge|roof|building|cliff|balcony|tower) to (?:his|her|their|my) death\b",
        1.0,
    ),
    # violence and gore
    (
        "violence_gore",
        "gore term",
        r"\b(?:gore|gory|gruesome|disembowel\w*|entrails|"
        r"decapitat\w*|behead\w*|dismember\w*|mutilat\w*|bloodbath|blood bath|eviscerat\w*|"
        r"massacre\w*|slaughter\w*|cannibal\w*|torture\w*|torturing|impale\w*|snuff|"
        r"bloodshed|carnage|mass shooting|school shooting|shooting spree|genocide)\b",
        1.0,
    ),
    (
        "violence_gore",
        "injury detail",
        r"\b(?:severed|chopped off|cut off|ripped off|torn off)"
        r" (?:\w+ )?(?:head|heads|arm|arms|leg|legs|limb|limbs|hand|hands|finger|fingers|ear|"
        r"ears)\b|\b(?:blood|brains?|guts|intestines|organs) (?:\w+ )?(?:spurt\w*|splatter\w*|"
        r"gush\w*|spray\w*|pour\w*|spill\w*|everywhere|blown out|hanging out)\b|\b(?:covered|"
        r"drenched|soaked|pool|pools) (?:in|of) blood\b|\bblood (?:dripping|pouring) from (?:his|"
        r"her|their)\b|\bskull (?:crush\w*|smash\w*)|\b(?:head|heads|skull) (?:explod\w*|"
        r"blown off|crushed|smashed)\b|\bbleed\w* (?:out|to death)\b|\bdead bod(?:y|ies)\b|"
        r"\b(?:bloody |mutilated |rotting |dead )corpses?\b|\bflesh (?:rip\w*|tear\w*|torn|"
        r"melt\w*|burn\w*)\b",
        1.0,
    ),
    (
        "violence_gore",
        "attack a person",
        r"\b(?:kill|kills|killed|killing|murder\w*|stab|"
        r"stabs|stabbed|stabbing|strangl\w*|chok(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|"
        r"assassinat\w*|lynch\w*|maim\w*|butcher\w*|burn(?:s|ed|ing)? alive|bludgeon\w*|"
        r"stomp\w* on|beat(?:s|ing)? up|gun\w* down|slash(?:es|ed|ing)?|drown(?:s|ed|ing)?|"
        r"behead\w*|decapitat\w*|set fire to|torture\w*) "
        + PERSON_TARGET
        + r"|\b(?:kill|kills|killed|killing|murder\w*|shoot|shoots|shooting|shot|stab\w*|"
        r"beat\w*) (?:him|them|her|everyone|everybody|people) (?:dead|up|to death)\b",
        1.0,
    ),
    (
        "violence_gore",
        "lethal detail",
        r"\b(?:shoot|shoots|shooting|shot|stab\w*) (?:\w+ )?"
        r"(?:dead|in the (?:head|face|chest|back|heart|neck|throat))\b|\bbeat\w* (?:\w+ ){0,2}"
        r"(?:to death|senseless|bloody)\b|\b(?:slit\w*|cut\w*|slash\w*) (?:\w+ ){0,2}throats?\b"
        r"|\bblow\w* (?:\w+ ){0,2}(?:head|brains) off\b",
        1.0,
    ),
    (
        "violence_gore",
        "person attacked",
        r"\b" + _PERSON + r" (?:is |are |gets |get |being |"
        r"was |were )?(?:killed|murdered|stabbed|strangled|executed|assassinated|lynched|beheaded|"
        r"shot (?:dead|in the \w+)|gunned down|tortured|mutilated|slaughtered|burned alive|"
        r"bleeding to death|blown up|hanged)\b",
        1.0,
    ),
    (
        "violence_gore",
        "weapon at a person",
        r"\b(?:gun|guns|pistol|rifle|shotgun|revolver|knife|"
        r"knives|blade|machete|sword|axe|dagger)s? (?:\w+ )?(?:to|at|against|into|in|through) "
        r"(?:the |his |her |their |my |your |a )?(?:\w+ )?(?:head|throat|neck|chest|temple|heart|"
        r"stomach|eye|eyes)\b|\b(?:point\w*|aim\w*|fir\w*|shoot\w*) (?:a |the |his |her )?(?:gun|"
        r"rifle|pistol|bullets?|weapon) at (?:the |a )?(?:\w+ )?" + _PERSON + r"\b",
        1.0,
    ),
    ("violence_gore", "menacing", r"\b" + _SOFT_VIOLENCE + r"\b", 0.4),
    # hate and extremism
    (
        "hate_extremism",
        "extremist symbol",
        r"\b(?:nazi\w*|neonazi\w*|neo nazi\w*|swastika\w*|"
        r"hakenkreuz|heil hitler|sieg heil|seig heil|hitler salute|nazi salute|roman salute|"
        r"kkk|ku klux klan|klansm[ae]n|white power|white supremac\w*|white pride|"
        r"aryan (?:nation|brotherhood|race)|14 ?88|isis|daesh|al ?qaeda|jihad\w*|"
        r"taliban flag|isis flag|terrorist attack\w*|terror attack\w*|suicide bomb\w*|"
        r"car bomb\w*|ethnic cleansing|race war|gas the \w+|holocaust denial|"
        r"burning cross|cross burning|sonnenrad|totenkopf|ss bolts|wolfsangel)\b",
        1.0,
    ),
    (
        "hate_extremism",
        "slur",
        r"\b(?:nigg\w*|niga|nigga\w*|kike\w*|spic|spics|chink\w*|"
        r"gook\w*|wetback\w*|faggot\w*|fag|fags|tranny|trannies|raghead\w*|towelhead\w*|"
        r"sandnigg\w*|coon|coons|beaner\w*|paki|pakis|dyke|dykes|retard|retards|"
        r"subhuman\w*|untermensch)\b",
        1.0,
    ),
    (
        "hate_extremism",
        "group hate",
        r"\b(?:kill|exterminate|gas|deport|burn|hang|lynch|"
        r"eradicate|wipe out) (?:all )?(?:the )?(?:jews|muslims|christians|blacks|whites|gays|"
        r"immigrants|refugees|arabs|asians|mexicans|gypsies|roma)\b|\b(?:jews|muslims|blacks|gays|"
        r"immigrants|refugees) (?:are|as) (?:vermin|rats|animals|subhuman|cockroaches|parasites)\b",
        1.0,
    ),
    # deception: a real or public person made to appear to say or do something
    (
        "deception",
        "deepfake",
        r"\b(?:deepfake\w*|deep fake\w*|face ?swap\w*|fake (?:news|video|"
        r"footage|speech|confession|announcement|statement|interview)\w*)\b",
        1.0,
    ),
    (
        "deception",
        "public figure says",
        r"\b" + PUBLIC_FIGURE + r"\b(?: \w+){0,4}? (?:say|says|"
        r"saying|said|announc\w*|declar\w*|confess\w*|admit\w*|endors\w*|resign\w*|apologi\w*|"
        r"prais\w*|threaten\w*|speech|speaking|speaks|tell\w*|claim\w*|promis\w*|insult\w*|"
        r"concede\w*|withdraw\w*|urg\w*|lip ?sync\w*|talking about)\b",
        1.0,
    ),
    (
        "deception",
        "public figure acts",
        r"\b" + PUBLIC_FIGURE + r"\b(?: \w+){0,4}? (?:arrested|"
        r"handcuffed|in handcuffs|in jail|in prison|behind bars|drunk|snorting|doing drugs|"
        r"smoking crack|taking (?:a )?bribes?|accepting (?:a )?bribes?|caught|crying|sobbing|"
        r"collaps\w*|fainting|faints|dying|dead|injured|fighting|punching|kissing|groping|"
        r"cheating|stealing|shoplifting|surrender\w*|fleeing|escaping|burning (?:a |the )?flag|"
        r"saluting|in a hospital bed|falling down|falls down|trips and falls)\b",
        1.0,
    ),
    (
        "deception",
        "make a figure say",
        r"\bmake (?:the |a )?" + PUBLIC_FIGURE + r" (?:say|"
        r"admit|confess|announce|declare|endorse|do|look)\b",
        1.0,
    ),
    (
        "deception",
        "figure in news framing",
        r"\b" + _NEWS_FRAME + _WIN + PUBLIC_FIGURE + r"\b"
        r"|\b" + PUBLIC_FIGURE + _WIN + _NEWS_FRAME + r"\b",
        0.9,
    ),
    ("deception", "person in news framing", r"\b" + _NEWS_FRAME + _WIN + _PERSON + r"\b", 0.4),
    ("deception", "public figure", r"\b" + PUBLIC_FIGURE + r"\b", 0.2),
)
