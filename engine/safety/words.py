"""The rule layer's data: harmless phrases with scary words, shared vocabularies, and the rules
per policy category (docs/safety-policy.md). Data only; `screening` runs it.

Patterns run on the *English reading* of the prompt (`textnorm.read(...).english`): lower case
ASCII words separated by single spaces, tricks undone, Spanish/French/German/Portuguese words
glossed into English. Write patterns for that text: no punctuation, "baby's" is "baby",
"self-harm" is "self harm".

Weights: >= 0.5 blocks on its own; below that a rule only leans (it blocks together with the
semantic layer's agreement, or with a face in the photo for the sexual and violent
categories, see `screening`).
"""

from __future__ import annotations


def alt(*words: str) -> str:
    """A non-capturing alternation of words or sub-patterns."""
    return "(?:" + "|".join(words) + ")"


# -- harmless phrases that contain scary words --------------------------------------------
# Blanked out before the rules run (and before the semantic layer reads the prompt), so
# "kill the lights and walk in" never reaches "kill + person".
BENIGN_PHRASES: tuple[str, ...] = (
    r"\bkill(?:s|ed|ing)? (?:the |all the |those |that )?(?:lights?|engine|music|sound|power|"
    r"motor|noise|audio|volume|switch|mood|background|reflections?|highlights?|glare|camera)\b",
    r"\b(?:outfit|look|dress|song|show|smile) kills?\b",
    r"\bkill(?:s|ed|ing)? it\b",
    r"\b(?:kill\w*|quench\w*) (?:the |my |his |her |their |our )?thirst\b",
    r"\bkiller (?:view|shot|smile|look|outfit|sunset|moves?|app|heels|whales?)\b",
    r"\b(?:shoot|shooting|shot|shoots)(?: (?:a|an|the|this|it|in|on|at|with|from|some|of))* "
    r"(?:wide|close|closeup|medium|long|tight|establishing|tracking|aerial|drone|overhead|"
    r"slow|slowmo|handheld|low|high|hero|beauty|product|fashion|portrait|video|film|photo|"
    r"scene|clip|footage|reel|b ?roll|4k|angle|lens|35mm|50mm|85mm|pictures?|photos|"
    r"sequence|timelapse|vertical|couple|wedding|bride|groom|model|landscape|sunset)\w*",
    r"\b(?:photo|video|film|fashion|portrait|wedding|engagement|product|music video|"
    r"commercial|studio|beach|family|magazine|editorial)s? ?shoots?\b",
    r"\bshoot(?:s|ing)? (?:hoops|baskets?|the breeze|pool|arrows? at (?:a |the )?target)\b",
    r"\bshooting stars?\b",
    r"\b(?:shoot\w*|shot) (?:the )?(?:crowd|audience|stage|band|city|skyline|stadium) from (?:above|"
    r"below|the side|behind|a drone|the stage)\b",
    r"\b(?:comedian|joke|show|gig|film|movie|album|set|premiere|play|pitch)s? (?:\w+ ){0,2}bombed\b|"
    r"\bbombed (?:on stage|at the box office|the (?:exam|test|interview|audition|pitch))\b",
    r"\bno (?:gore|blood)\b",
    r"\bbungee\w*(?: \w+){0,3}|\b(?:jump\w*|leap\w*)\b(?=.*\bbungee)",
    r"\bcandles?\b(?: \w+){0,6} (?:set on fire|lit|burn\w*)\b|\b(?:burn\w*|lit|light\w*) (?:\w+ ){0,2}"
    r"candles?\b",
    r"\bbombs?\b(?=.*\b(?:bath|tub|bathtub)\b)(?=.*\b(?:fizz\w*|sparkl\w*|bubbl\w*|dissolv\w*)\b)",
    r"\b(?:smash ?cake|cake ?smash|_|baby|newborn|family|photo|foto|fashion|beauty|portrait|"
    r"wedding|couple|outdoor|studio|model)[ -]?shootings?\b",
    r"\b(?:wide|close|closeup|close up|medium|long|tracking|aerial|drone|establishing|hero|"
    r"beauty|product|final|opening|money|slow motion|action|group|head|mug|tight|orbit|"
    r"dolly|crane|pov|overhead|low angle|high angle|dutch angle|insert|cutaway|reaction|"
    r"master|two|over the shoulder|static|panning|whip|steadicam|gimbal|macro)s? ?shots?\b",
    # (not "a shot of vodka": that is left for the rules, "give the toddler a shot of vodka")
    r"\bshots? (?:of|glass|glasses) ?(?:espresso|coffee|the city|the "
    r"sky|the sea|the valley)?\b",
    r"\bexplo(?:sion|sions|de|des|ding|ded)(?: of| into| with| in)? (?:colou?rs?|confetti|light|"
    r"glitter|flowers|petals|paint|sparkles|joy|flavou?rs?|bubbles|fireworks|laughter|sound)\b",
    r"\b(?:fireworks?|confetti|firecrackers?|popcorn|balloons?|volcano|supernova|stars?|"
    r"champagne|colou?rs?) (?:\w+ )?(?:explod\w*|burst\w*|blow\w* up|pop\w*)\b",
    r"\bcolou?r explosion\b",
    r"\bblood (?:orange|oranges|moon|red|donation|drive|bank|test|pressure|type|sugar)\b",
    r"\bdonat\w* blood\b",
    r"\bblood ?hound\b",
    r"\bnaked (?:eye|flame|truth|branches|trees?|wall|bulb|light|mole ?rats?)\b",
    # the colour in the Romance order ("un labial color nude", "maquiagem nude"), and cakes
    r"\b(?:lipstick|makeup|lip gloss|nail polish|polish|colou?r|tone|shade|heels|shoes|"
    r"dress) (?:colou?r )?nude\b|\bnaked (?:cakes?|burgers?|juice|wedding cakes?)\b",
    # classical art: "the camera pans across the nude marble statues", "la maja desnuda"
    r"\b(?:nude|naked) (?:marble |bronze |classical |greek |roman |ancient )?(?:statues?|"
    r"sculptures?|paintings?)\b|\b(?:statues?|sculptures?|maja) (?:naked|nude)\b",
    # a parent throwing a child up in the air and catching it
    r"\b(?:throw\w*|toss\w*|threw) (?:\w+ ){0,5}(?:up )?(?:(?:in|into|to) the (?:air|aire|alto)|sky high)\b"
    r"(?=.*\b(?:catch\w*|caught|recoge|pega|fangt)\b)(?!.*\b(?:doesnt|does not|fails to|not) catch)",
    r"\bnude (?:colou?rs?|tones?|palette|lipstick|lips|shade|shades|heels|shoes|beige|makeup|"
    r"pink|nails|dress colou?r|pumps|polish)\b",
    r"\b(?:comic|film|light|landing|led|sunset|las vegas|vegas|strip) strips?\b",
    r"\bstrip(?:s|ped)? (?:of|mall|club lights)\b",
    r"\bthe strip\b",
    r"\bsuicide squad\b",
    r"\bsuicide (?:prevention|hotline|helpline|crisis line|awareness|lifeline)s?\b",
    # Care of a wound, not the wound's making ("a nurse cleans the cut on his arm").
    r"\b(?:nurse|doctor|medic|paramedic|surgeon|vet|mum|mom|dad|mother|father)s? (?:\w+ ){0,3}"
    r"(?:cleans?|cleaning|stitch\w*|bandag\w*|dress\w*|treat\w*|disinfect\w*|sew\w*) "
    r"(?:the |a |his |her |their )?(?:cut|cuts|wound|wounds|graze|scrape|burn|gash)\b"
    r"(?: (?:on|in) (?:his|her|their|the) (?:arm|arms|wrist|leg|hand|knee|forehead|thigh))?",
    r"\b(?:dies|died|dying|die) (?:down|out)\b",
    # Jumping as a sport: the jumper's own leap ("a bungee jumper leaps off the bridge").
    r"\b(?:bungee|base|cliff|high|ski|platform|springboard|olympic|stunt) ?(?:jumpers?|"
    r"divers?|jumping|diving)\b(?: \w+){0,2}? (?:jumps?|jumping|leaps?|leaping|dives?|diving|"
    r"steps?|stepping) (?:off|from) (?:the |a )?(?:\w+ )?(?:bridge|roof|rooftop|building|tower|"
    r"balcony|ledge|cliff|platform|crane|board)\b",
    r"\bdead (?:leaves|flowers|tree|trees|end|sea|calm|center|centre|battery|pixel|of night|"
    r"of winter)\b",
    r"\bdrop dead gorgeous\b",
    r"\b(?:dying|died|die|dies) (?:of|from|with) (?:laughter|laughing|boredom|embarrassment)\b",
    r"\b(?:zombie|vampire|skeleton|ghost|witch|halloween|monster|pirate|horror|superhero)"
    r"(?: \w+)? (?:costume|costumes|makeup|parade|party|walk|mask|decorations?|movie)\b",
    r"\bhot ?dogs?\b",
    r"\bbreast ?stroke\b",
    r"\b(?:chicken|turkey|duck) breasts?\b",
    r"\bcum laude\b",
    # "it's the bomb" (great), not "plant the bomb"
    r"\b(?:is|was|s|are|were|looks?|tastes?|sounds?|totally|just) (?:the|da) bomb\b|"
    r"\b(?:the|da) bomb dot com\b",
    r"\bphoto ?bomb\w*\b",
    r"\bbath ?bombs?\b",
    r"\bsex(?:es)? of (?:the|a) (?:baby|chick|chicks|puppy|kitten|animal|bird|fish|plant)\b",
    r"\bgender reveal\b",
    r"\bpussy ?(?:cat|cats|willow)\b",
    r"\b(?:prom|drag|homecoming|beauty|snow|dancing|dairy|ice) queens?\b",
    r"\bexplode (?:into|with) (?:colou?r|light|flowers|petals|confetti)\b",
    # the camera's punch-in, not "a punch in the face"
    r"\b(?<!a )punch(?:es|ed|ing)? (?:in|out)\b(?! (?:the |his |her |their |my |your )?(?:face|"
    r"stomach|gut|mouth|jaw|nose|head|ribs|chest|eyes?|teeth|throat|belly|back|neck)\b)",
    r"\blipstick (?:in )?nude\b|\b(?:cake|pie) smash\w*|\bsmash\w* (?:a |the )?(?:birthday )?(?:cake|pie)\b",
    r"\b(?:throws?|threw|throwing|launch\w*|tosses) a (?:long |deep )?bomb (?:down|to|into|"
    r"across) the (?:field|end zone|pitch)\b",
    r"\b(?:jokes?|gags?|show|play|premiere|album|set|pilot|sequel|movie|film) (?:totally )?"
    r"bomb(?:s|ed)?\b",
    r"\b(?:crowd|stadium|audience|fans|room) (?:\w+ )?(?:explodes|erupts|goes wild|roars)\b",
    r"\b(?:punch\w*|kick\w*|head\w*|hit\w*|shoot\w*|strike\w*|smash\w*|slam\w*|whack\w*) "
    r"(?:the |a )?(?:ball|puck|shuttlecock|birdie|volley|serve)\b",
    r"\b(?:shoots?|shot|shooting) and scores?\b|\bshoots? (?:at|on) (?:the )?goal\b",
    r"\b(?:beat\w*|whip\w*|whisk\w*|smash\w*|crush\w*) (?:the |some )?(?:eggs?|egg whites|"
    r"cream|batter|butter|sugar|dough|garlic|potatoes|avocado|ice|nuts|crackers|biscuits)\b",
    r"\bpunch (?:bowl|line|card)\b",
    r"\b(?:(?:hit|hits|hitting|punch\w*|kick\w*|pound\w*|work\w*) (?:on )?(?:the |a )?)?(?:heavy|"
    r"punching|speed) bags?\b",
    r"\b(?:boxers?|fighters?|athletes?|wrestlers?|kickboxers?|the champ)(?: \w+){0,3} "
    r"(?:skip\w* rope|jump\w* rope|spar\w*|shadow ?box\w*|train\w*|warm\w* up|stretch\w*|"
    r"bow\w*|wins?|celebrat\w*)\b",
    r"\bskip\w* rope\b|\bjump\w* rope\b",
    r"\bexecut(?:e|es|ed|ing) (?:a|an|the|this|my|his|her|their)? ?(?:perfect |smooth |slow )?"
    r"(?:pan|move|spin|turn|jump|trick|dance|plan|zoom|tilt|dolly|routine|flip|kick)\b",
    r"\bbreak(?:s|ing)? a leg\b",
    r"\bcutting edge\b",
    r"\bcut(?:s|ting)? (?:to|away|the cake|the ribbon|the (?:tomato|bread|onions?|vegetables|"
    r"carrots?|cake|pizza|fabric|paper|hair|grass|wood|rope))\b",
    r"\bcut to (?:black|white)\b",
    r"\b(?:hair ?cut|haircut)\b",
    r"\bhanging (?:plants?|baskets?|lights?|lanterns?|gardens?|out)\b",
    r"\bhang(?:s|ing)? (?:out|up|the (?:laundry|picture|painting|coat|lights|decorations))\b",
    r"\b(?:water|toy|nerf|glue|squirt|bubble|paint ?ball|foam|dart|confetti|starter|staple|"
    r"heat|spray|massage|nail|tattoo|price|radar)s? (?:guns?|pistols?|cannons?)\b",
    r"\bstarter (?:fires|goes)\b",
    r"\b(?:prop|toy|wooden|foam|plastic|cardboard) (?:swords?|knife|knives|guns?|axe|"
    r"weapons?)\b",
    r"\bpillow fights?\b",
    r"\b(?:cliff|sky|scuba|high) ?div\w*\b",
    r"\bdrug ?stores?\b",
    r"\bpot of (?:soup|tea|coffee|stew|gold)\b",
    r"\b(?:glass|can|bottle|cup|sip|drink|diet) of cokes?\b|\b(?:diet )?coke (?:bottle|can|glass)s?\b",
    r"\bcrack(?:s|ed|ing)? (?:of dawn|an egg|eggs|a smile|a joke|open|in the (?:wall|ice|"
    r"pavement|ground))\b",
    r"\bweeds? in the garden\b|\bpull(?:s|ing)? (?:the )?weeds\b",
    r"\bfake (?:snow|blood for the film|rain|fur|flowers|tan|plants?)\b",
    r"\bpsychedelic (?:colou?rs?|patterns?|lights?|art)\b",
    r"\b(?:magician|magic trick|illusion)\b",
    r"\bvaccin\w*\b",
    r"\b(?:doctor|nurse|vet|dentist|paramedic|pharmacist|medic)s? (?:\w+ ){0,4}(?:syringe "
    r"needle inject|injections?|"
    r"shots?|jabs?|syringes?|needles?|vaccines?|pills|medicine|prescriptions?)\b",
    r"\b(?:prescribed|prescription) (?:pills|medicine|medication|tablets)\b",
    r"\b(?:(?:pills|tablets|medicine|medication|meds)(?: \w+){0,4} )?(?:as|like) (?:the |his |"
    r"her |their |my |a )?doctor (?:\w+ ){0,3}(?:prescribed|ordered)\b",
    r"\b(?:cut\w*|slic\w*|chop\w*) (?:the |some |a |up )?(?:bread|cake|tomato\w*|onion\w*|"
    r"meat|vegetables|cheese|pizza|sausage\w*|sardin\w*|fruit|watermelon|pumpkin|ham|roast|"
    r"turkey|apple\w*|carrots?|herbs|lemon\w*)\b(?: \w+){0,3} (?:knife|knives)\b",
    r"\bcarv\w* (?:a |the |our |my )?(?:jack o lanterns?|pumpkins?|turkey|roast|wood|a figure)\b",
    # a haircut, a fringe, nails: "she cuts herself a fringe in front of the mirror"
    r"\bcut\w* (?:himself|herself|themselves|myself) (?:\w+ ){0,4}(?:bangs|fringe|pony|hair|"
    r"haircut|nails|beard|slice|piece|cake|bread)\b",
    # slang for a hit: "this dress is a bomb", "o show foi uma bomba"
    r"\b(?:dress|outfit|look|show|party|song|track|concert|gig|film|movie|game|album|"
    r"performance|festival|night|cake|robe|style)s? (?:is|was|were|are|foi|era|est) (?:a |an |"
    r"the |just |totally |really |une |uma )?(?:total |absolute |real )?bomb\b",
    r"\bdanc\w* like a bomb\b",
    r"\bpush\w* (?:\w+ ){0,3}(?:on|in) (?:the |a |her |his )?(?:swing|stroller|pram|buggy|sled|"
    r"sledge|wagon|cart|trolley)\b",
    r"\b(?:cardboard|toy|plastic|wooden|foam|water|nerf) (?:swords?|guns?|knife|knives|pistols?)\b",
    r"\bexecution of (?:the |a |our |this |your )?(?:plan|shot|project|order|strategy|task|"
    r"contract|program\w*|code|script|move|trick|choreograph\w*|dance|routine|jump|stunt|"
    r"manoeuvre|maneuver|idea|campaign)\b",
    # beaten at a game: "he crushed me at chess"
    r"\b(?:crush\w*|destroy\w*|beat|beats|smash\w*|demolish\w*|slaughter\w*|murder\w*|"
    r"kill\w*|annihilat\w*|wreck\w*|own\w*|bur(?:y|ied|ies)|whip\w*|thrash\w*) (?:me|him|"
    r"her|them|us|you|everyone|everybody) (?:at|in) (?:chess|poker|cards|tennis|ping pong|"
    r"table tennis|badminton|golf|bowling|darts|pool|billiards|mario kart|fifa|video games|"
    r"the game|a game|scrabble|monopoly|uno|arm wrestling|trivia|karaoke|the quiz)\b",
)

# -- vocabularies ---------------------------------------------------------------------------
_OBJ = alt(
    "him",
    "her",
    "them",
    "me",
    "you",
    "us",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "people",
    "each other",
)
PEOPLE = alt(
    "man",
    "men",
    "woman",
    "women",
    "person",
    "people",
    "guy",
    "guys",
    "lady",
    "ladies",
    "girl",
    "girls",
    "boy",
    "boys",
    "kid",
    "kids",
    "child",
    "children",
    "baby",
    "babies",
    "toddler",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "crowd",
    "someone",
    "somebody",
    "everyone",
    "victim",
    "victims",
    "hostage",
    "hostages",
    "prisoner",
    "prisoners",
    "wife",
    "husband",
    "girlfriend",
    "boyfriend",
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "brother",
    "sister",
    "son",
    "daughter",
    "friend",
    "friends",
    "family",
    "neighbou?r",
    "boss",
    "manager",
    "coworker",
    "co worker",
    "colleague",
    "teacher",
    "student",
    "students",
    "classmate",
    "couple",
    "bride",
    "groom",
    "officer",
    "cop",
    "cops",
    "police",
    "policeman",
    "soldier",
    "soldiers",
    "civilians?",
    "pedestrians?",
    "worker",
    "workers",
    "driver",
    "passengers?",
    "waiter",
    "waitress",
    "cashier",
    "clerk",
    "shopkeeper",
    "customer",
    "customers",
    "doctor",
    "nurse",
    "priest",
    "imam",
    "rabbi",
    "monk",
    "nun",
    "worshippers?",
    "president",
    "politician",
    "senator",
    "mayor",
    "minister",
    "journalist",
    "reporter",
    "actor",
    "actress",
    "singer",
    "celebrity",
    "protesters?",
    "homeless man",
    "stranger",
    "old man",
    "old woman",
    "grandpa",
    "grandma",
    "grandmother",
    "grandfather",
    "ex",
    "subject",
    "patient",
    "player",
    "referee",
    "fans?",
    "tourists?",
    "audience",
    "guard",
    "security guard",
    "employee",
    "intern",
    "roommate",
    "partner",
    "uncle",
    "aunt",
    "cousin",
    "jews?",
    "muslims?",
    "christians?",
    "immigrants?",
    "refugees?",
    "gays?",
    "blacks?",
    "black people",
    "asians?",
    "arabs?",
    "migrants?",
    "model",
    "cyclists?",
    "joggers?",
    "runners?",
    "bikers?",
    "hikers?",
    "swimmers?",
    "bartender",
    "bouncer",
    "delivery (?:driver|guy|man)",
    "teller",
    "vendor",
    "farmer",
    "activists?",
    "rival",
    "thief",
    "suspect",
    "witness",
    "landlord",
    "tenant",
    "coach",
    "principal",
)
ANIMALS = alt(
    "dog",
    "dogs",
    "puppy",
    "puppies",
    "cat",
    "cats",
    "kitten",
    "kittens",
    "horse",
    "horses",
    "cow",
    "cows",
    "pig",
    "pigs",
    "bird",
    "birds",
    "rabbit",
    "bunny",
    "hamster",
    "animal",
    "animals",
    "goat",
    "sheep",
    "lamb",
    "chicken",
    "chickens",
    "duck",
    "monkey",
    "deer",
    "elephant",
    "lion",
    "bear",
    "fox",
    "mouse",
    "rat",
    "pet",
    "pets",
    "fish",
    "turtle",
    "parrot",
    "pony",
    "calf",
    "dolphin",
    "whale",
    "squirrel",
    "hedgehog",
)
_DET = r"(?:(?:the|a|an|this|that|my|his|her|their|our|your|some|all|every|those|these|two|three|old|young|little|poor|innocent|other|whole|entire|small|elderly|pregnant|sleeping|crying|scared|helpless|unarmed|local|random|nearby|new|black|white|gay|jewish|muslim|stray) )*"
TARGET = _DET + alt(PEOPLE, _OBJ) + r"\b"
ANIMAL_TARGET = _DET + ANIMALS + r"\b"
_N = r"(?: \w+){0,4}? "  # up to four words in between
_N6 = r"(?: \w+){0,6}? "

_UNDER_18 = alt(
    r"(?:[1-9]|1[0-7]) ?(?:years? ?old|yo|yrs? ?old|year old)",
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen) ?years? ?old",
    r"(?:[1-9]|1[0-7]) ?(?:jahrige\w*|anos|ans|jahre alt|anos de idade|year)",
)

# Children by school age: in the words for minors, for a child harmed, and for the sexual rules.
_SCHOOL_AGE = (
    "preschoolers?",
    "schoolchildren",
    "kiddos?",
    "youngsters?",
    "adolescents?",
    "grandsons?",
    "granddaughters?",
    "grandchild(?:ren)?",
    "(?:first|second|third|fourth|fifth|sixth|seventh|eighth) graders?",
    "kindergarteners?",
)

MINOR = alt(
    "child",
    "children",
    "childs",
    "kid",
    "kids",
    "kiddie",
    "minor",
    "minors",
    "underage",
    "under age",
    "preteens?",
    "pre teens?",
    "tweens?",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "toddlers?",
    "infants?",
    "baby",
    "babies",
    "newborn",
    "schoolgirls?",
    "schoolboys?",
    "school girls?",
    "school boys?",
    "little girls?",
    "little boys?",
    "young girls?",
    "young boys?",
    "loli",
    "lolis",
    "lolita",
    "shota",
    "jailbait",
    "daughter",
    "son",
    "nephew",
    "niece",
    "stepdaughter",
    "stepson",
    "pupils?",
    "kindergartners?",
    "infant",
    "young looking",
    "youthful looking",
    "boy scouts?",
    "girl scouts?",
    "little ones?",
    "tots?",
    "grade schooler",
    *_SCHOOL_AGE,
    "middle schooler",
    "high schooler",
    "high school girl",
    "cheerleader",
    "young girl",
    _UNDER_18,
)
# A child as the target of harm ("girl" and "boy" included: "the man hits the girl").
CHILD = alt(
    *_SCHOOL_AGE,
    "child",
    "children",
    "kid",
    "kids",
    "baby",
    "babies",
    "toddlers?",
    "infants?",
    "newborn",
    "little girls?",
    "little boys?",
    "young girls?",
    "young boys?",
    "schoolgirls?",
    "schoolboys?",
    "boy",
    "girl",
    "son",
    "daughter",
    "nephew",
    "niece",
    "pupils?",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "minor",
    "minors",
    _UNDER_18,
    "little ones?",
    "tots?",
    "flower girls?",
    "ring bearers?",
    "ring boys?",
    "page boys?",
)

_CLOTHES = alt(
    "clothes",
    "clothing",
    "shirt",
    "t shirt",
    "tshirt",
    "top",
    "bra",
    "panties",
    "underwear",
    "knickers",
    "dress",
    "skirt",
    "pants",
    "trousers",
    "bikini",
    "bikini top",
    "swimsuit",
    "towel",
    "outfit",
    "garments?",
    "blouse",
    "jeans",
    "shorts",
    "uniform",
    "robe",
    "gown",
    "lingerie",
    "thong",
    "boxers",
    "briefs",
    "pyjamas",
    "pajamas",
    "nightgown",
    "top",
    "everything",
    "it all",
    "all of it",
    "bathing suit",
    "leotard",
)
UNCLOTHED = alt(
    "naked",
    "nude",
    "nudes",
    "nudity",
    "topless",
    "bottomless",
    r"undress\w*",
    "unclothed",
    "no clothes",
    r"without (?:any |her |his |their )?clothes",
    r"in (?:her|his|their) underwear",
    "underwear",
    "lingerie",
    "panties",
    "thong",
    r"strip(?:s|ped|ping)?",
    "striptease",
    r"stripper\w*",
    "bare skin",
    "bare chest",
    "bare (?:bottom|butt|bum|ass|body)",
    "bare breasts?",
    r"skinny ?dip\w*",
    "in the buff",
    "see through",
    "bra",
)  # not swimwear, a bikini or a bare chest: children at the beach or pool are no harm alone
SEXUAL_WORDS = alt(
    "sex",
    r"sexual\w*",
    "sexy",
    r"sexting",
    r"porn\w*",
    "xxx",
    "x rated",
    "nsfw",
    "hentai",
    r"erotic\w*",
    r"orgasm\w*",
    r"masturbat\w*",
    r"blowjob\w*",
    r"handjob\w*",
    "intercourse",
    r"fuck\w*",
    "horny",
    "aroused",
    r"arousing",
    r"seductive\w*",
    r"seduc\w*",
    r"sensual\w*",
    r"fetish\w*",
    "bdsm",
    "bondage",
    "onlyfans",
    r"genitals?",
    "penis",
    "vagina",
    "pussy",
    r"nipples?",
    "boobs",
    "tits",
    "titties",
    r"molest\w*",
    r"grop\w*",
    r"fondl\w*",
    "rape",
    "raped",
    "rapes",
    "raping",
    "lewd",
    "smut",
    "naughty",
    "provocative",
    "suggestive",
    "spicy",
    "kinky",
    "sultry",
    "steamy",
    "moan",
    "moans",
    "moaning",
    "lap dance",
    "lap dancing",
    "pole dance",
    "pole dancing",
    "twerk",
    "twerking",
    "adults only",
    "strip tease",
    "striptease",
    r"intimate\w*",
    "pose sexy",
    "bedroom eyes",
    "come hither",
)

# -- the rules ------------------------------------------------------------------------------
# (category, rule name, pattern, weight). Category names are the policy's (docs/safety-policy.md).
RULES: tuple[tuple[str, str, str, float], ...] = (
    # ---- minors: any sexualisation, any harm ----
    (
        "minors",
        "child sexual term",
        r"\b(?:cp|csam|pedo\w*|paedo\w*|lolicon|shotacon|jailbait|child porn\w*|kiddie porn|"
        r"kid porn|preteen (?:sex|nude|naked)\w*|underage (?:sex|porn|nude|naked|girl|boy)\w*)\b",
        1.0,
    ),
    ("minors", "minor + unclothed", r"\b" + MINOR + r"\b" + _N6 + UNCLOTHED + r"\b", 1.0),
    ("minors", "unclothed + minor", r"\b" + UNCLOTHED + r"\b" + _N6 + MINOR + r"\b", 1.0),
    ("minors", "minor + sexual", r"\b" + MINOR + r"\b" + _N6 + SEXUAL_WORDS + r"\b", 1.0),
    ("minors", "sexual + minor", r"\b" + SEXUAL_WORDS + r"\b" + _N6 + MINOR + r"\b", 1.0),
    (
        "minors",
        "minor posing",
        r"\b" + CHILD + r"\b" + _N + r"(?:pos(?:e|es|ing)|spread\w*|bend\w* over|lick\w*|"
        r"lift\w* (?:her|his) (?:skirt|dress|shirt)|sit\w* on (?:his|her|a man s) lap|"
        r"on (?:the|a) bed)\b" + r"(?:" + _N6 + r"(?:alone|bed|camera|legs|skirt|swimsuit|"
        r"bikini|swimwear|lingerie|underwear|mirror|webcam|man|stranger))?",
        0.45,
    ),
    (
        "minors",
        "harm to a child",
        r"\b(?:kill\w*|murder\w*|shoot\w*|shot|stab\w*|beat\w*|punch\w*|slap\w*|kick\w*|hit|"
        r"hits|hitting|strangl\w*|chok\w*|drown\w*|burn\w*|throw\w*|threw|thrown|toss\w*|shak\w*|"
        r"smother\w*|suffocat\w*|hurt\w*|abus\w*|tortur\w*|starv\w*|whip\w*|spank\w*|"
        r"attack\w*|push\w*|drop\w*|lock\w*|kidnap\w*|abduct\w*|grab\w*|run\w* over|bull(?:y|ies|"
        r"ied|ying)|bite\w*|dunk\w*|hold\w* (?:\w+ )?under ?water|slam\w*|trip\w*|scream\w* at|"
        r"poison\w*|neglect\w*|abandon\w*|hang\w*|dangl\w*) "
        r"(?:at |on |in |into |to |against )?" + _DET + CHILD + r"\b"
        # holding a child is harm only over a drop or under water ("grandma holds the baby")
        r"|\bhold\w* " + _DET + CHILD + r"\b(?: \w+){0,3} (?:over|out of|off|outside) (?:the |a )?"
        r"(?:\w+ )?(?:edge|balcony|railing|window|bridge|roof|ledge|fire|flames?|stove|hob|oven|"
        r"candle|boiling water|water|side)\b",
        0.9,
    ),
    (
        "minors",
        "child harmed",
        r"\b" + CHILD + r"\b" + _N + r"(?:is |are |gets |get |being |was )?(?:killed|murdered|"
        r"shot|stabbed|beaten|punched|slapped|kicked|hit by|strangled|choked|drowned|drowning|"
        r"burned|burnt|burning|thrown|hurt|abused|tortured|starved|whipped|kidnapped|abducted|"
        r"run over|bleeding|bleeds|injured|crying in pain|screaming in pain|falls? (?:off|from|out)|"
        r"fall (?:off|from|out)|falling (?:off|from|out)|dangl\w*|alone (?:on|in|near|at|by)|"
        r"left alone|left (?:in|on)|sinks|goes under|underwater|unconscious|dies|dying|dead|"
        r"overdos\w*|drunk|smok\w*|vap\w*|snort\w*|inject\w*|bullied|teased|mocked)\b",
        0.9,
    ),
    (
        "minors",
        "child given danger",
        r"\b(?:give\w*|gave|hand\w*|offer\w*|feed\w*|pour\w*|force\w*|let\w*|make\w*) "
        + _DET
        + CHILD
        + r"\b"
        + _N
        + r"(?:beer|wine|vodka|whiske?y|alcohol|booze|shots?|drugs?|"
        r"pills?|cocaine|coke|heroin|meth|weed|joint|cigarettes?|cigar|vape|real guns?|loaded "
        r"guns?|guns?|pistol|rifle|knife|knives|lighter|matches|bleach|poison|drink|smoke)\b",
        0.9,
    ),
    (
        "minors",
        "child near danger",
        r"\b" + CHILD + r"\b" + _N6 + r"(?:ledge|edge of (?:the|a) (?:roof|balcony|cliff|window|"
        r"pool|river|lake|pier|dock|platform)|"
        r"window ?sill|railing|balcony rail|highway|motorway|busy road|traffic|train tracks|"
        r"railway|deep end|pool alone|hot car|locked car|oven|stove|fire|flames|burning house|"
        r"loaded gun|real gun|gun|pistol|rifle|knife|drugs?|pills|beer|alcohol|cigarette|"
        r"electric socket|bleach)\b",
        0.45,
    ),
    (
        "minors",
        "school shooting",
        r"\b(?:gunm[ae]n|shooters?|attackers?)\b(?: \w+){0,4} (?:in|into|inside|at) (?:the |a )?"
        r"(?:\w+ )?(?:school|kindergarten|classroom|playground|nursery|daycare)\b|"
        r"\b(?:school|kindergarten|classroom|playground|nursery|daycare) (?:shoot\w*|massacre|"
        r"attack|bomb\w*|stabbing)\b|\b(?:shoot\w*|bomb\w*|attack\w*|open\w* fire) (?:\w+ ){0,3}"
        r"(?:school|kindergarten|classroom|playground|nursery|daycare|schoolchildren|pupils)\b",
        1.0,
    ),
    # ---- sexual ----
    (
        "sexual",
        "explicit term",
        # (an emoji's second reading, "eggplant penis" or "sweat droplets cum", is left to the
        # "sexual emoji" rule, which asks for a person: an eggplant at the market is not sex)
        r"\b(?:sex|sexual\w*|porn\w*|pornograph\w*|pr0n|xxx|x rated|nsfw|hentai|erotic\w*|"
        r"orgasm\w*|masturbat\w*|jerk\w* off|jacks? off|jacking off|wank|wanks|wanking|wanked|"
        r"blowjob\w*|handjob\w*|"
        r"intercourse|fuck\w*|(?<!droplets )cum|"
        r"cumming|cumshot\w*|horny|fetish\w*|bdsm|bondage|onlyfans|genitals?|"
        r"(?<!eggplant )penis\w*|vagina\w*|pussy|"
        r"nipples?|boobs|tits|titties|sext\w*|smut\w*|lewd|orgy|orgies|threesome|camgirl|"
        r"nudes|nudity|kamasutra|ahegao|milf|naked|nude|topless|bottomless|striptease|"
        r"strip tease|lap dance\w*|nudif\w*|deepnude|deep nude|undress\w*|unclothe\w*|"
        r"disrob\w*|declothe\w*|in the buff|full frontal|adults only|sex tape|dildo|vibrator|"
        r"bukkake|creampie|anal|oral sex|69 position|doggy style|missionary position)\b",
        1.0,
    ),
    (
        "sexual",
        "remove clothes",
        r"\b(?:remov\w*|take|takes|taking|took|rip\w*|tear\w*|pull\w*|strip\w*|peel\w*|lift\w*|"
        r"undo\w*|undid|unbutton\w*|"
        r"drop\w*|erase\w*|delete\w*|get rid of|slip\w*|unhook\w*|unbutton\w*|unzip\w*|"
        r"open\w*|cut\w* off|burn\w* off|melt\w*|dissolv\w*|disappear\w*|vanish\w*|fall\w* off|"
        r"slide\w* off|without) (?:off )?(?:all )?(?:of )?(?:the |his |her |their |its |my |your "
        r"|a )?(?:\w+ ){0,2}" + _CLOTHES + r"(?: off| away| down| up)?\b",
        0.75,
    ),
    (
        "sexual",
        "clothes removed",
        r"\b" + _CLOTHES + r" (?:\w+ ){0,2}(?:come|comes|coming|came|fall|falls|falling|slip|"
        r"slips|slide|slides|disappear\w*|vanish\w*|melt\w*|dissolv\w*|get|gets|turn\w* "
        r"(?:see|transparent)|become\w* (?:see|transparent))(?: off| away| down| through)?\b",
        0.75,
    ),
    (
        "sexual",
        "see through",
        r"\b(?:see through|seethrough|sheer|xray|x ray|transparent|wet) (?:\w+ ){0,2}"
        + _CLOTHES
        + r"\b|\bxray (?:her|him|them|the)\b|\b(?:make|makes|turn|turns) (?:\w+ ){0,3}"
        r"(?:see through|transparent)\b",
        0.75,
    ),
    (
        "sexual",
        "strip",
        r"\bstrip\w* (?:\w+ )?(?:naked|nude|down|bare|off|for|on (?:webcam|camera|stage)|"
        r"slowly|tease|dance|club|show)\b|\bstripper\w*\b|\bstrips?\b(?! (?:of|mall|club lights))"
        r"(?=.*\b(?:slowly|webcam|camera|bed|sensual|sexy|music|pole|for (?:me|him|us)))",
        0.9,
    ),
    (
        "sexual",
        "sexual act",
        r"\b(?:having|have|has|had|making|make) (?:passionate |rough |hot )?(?:love|sex)\b|"
        r"\b(?:sleep\w*|in bed) with (?:her|him|them|each other)\b|\bspread\w* (?:her|his|their)"
        r" (?:legs|thighs)\b|\b(?:grop\w*|fondl\w*|molest\w*|rape|raped|rapes|raping|hump\w*|"
        r"thrust\w*|suck\w* (?:on )?(?:his|her) (?:\w+ )?(?:nipples?|breasts?|dick|cock|penis)|"
        r"lick\w* (?:her|his) (?:\w+ )?(?:body|breasts?|nipples?|thighs?|crotch))\b|"
        r"\b(?:touch\w*|rub\w*|caress\w*) (?:her|him|them|herself|himself|themselves) (?:\w+ )?"
        r"(?:sexually|intimately|between|all over|under)\b|\btouch\w* (?:herself|himself)\b",
        1.0,
    ),
    (
        "sexual",
        "body part sexualised",
        r"\b(?:big|huge|bare|naked|exposed|jiggl\w*|bouncing|wet|oiled)"
        r" (?:breasts?|butt|buttocks|ass|crotch|groin|chest|body)\b|\b(?:her|his|their) (?:bare "
        r")?(?:breasts|buttocks|crotch|groin|cleavage|private parts|intimate parts)\b|"
        r"\b(?:zoom\w*|focus\w*|close up|pan\w*) (?:\w+ ){0,3}(?:on |up )?(?:her|his) (?:\w+ )?"
        r"(?:breasts?|butt|buttocks|ass|crotch|groin|cleavage|thighs|chest|body)\b",
        0.75,
    ),
    (
        "sexual",
        "sexual emoji",
        r"\b(?:shows?|showing|on her|on him|over her|in her|her body|his body|bed|naked|nude|"
        r"version)\b(?: \w+){0,8} (?:eggplant penis|peach butt|sweat droplets cum|cherries breasts|"
        r"melons breasts|tongue licking)\b|"
        r"\b(?:eggplant penis|peach butt|sweat droplets cum|cherries breasts|melons breasts|"
        r"tongue licking)\b(?=.*\b(?:her|his|she|he|them|woman|man|girl|boy|show|make|version|"
        r"bed|body|naked|nude)\b)|\badults only explicit sex\b",
        0.9,
    ),
    (
        "sexual",
        "suggestive",
        r"\b(?:sexy|seductive\w*|seduc\w*|sensual\w*|lingerie|provocative\w*|suggestive\w*|"
        r"sultry|steamy|strip ?club|pole danc\w*|twerk\w*|kinky|naughty|spicy|thong|"
        r"bedroom eyes|come hither|moan\w*|arous\w*|hot and bothered|underwear|panties|bra|"
        r"bikini|cleavage|tongue licking)\b",
        0.4,
    ),
    # ---- self-harm ----
    (
        "self_harm",
        "suicide",
        r"\b(?:suicid\w*(?! bomb| attack| vest| mission| squad| drone)|selfharm\w*|self harm\w*|"
        r"selfinjur\w*|self injur\w*|kms|kys|unalive\w*(?! it\b)|proana|pro ana|thinspo\w*|"
        r"thinspiration|bonespo|meanspo|pro mia|promia)\b",
        1.0,
    ),
    (
        "self_harm",
        "kill oneself",
        r"\b(?:kill\w*|hang\w*|hung|shoot\w*|shot|hurt\w*|harm\w*|stab\w*|starv\w*|drown\w*|"
        # Not "throws himself": a goalkeeper or a lover does; where to is what makes it
        # self-harm ("end life": off the bridge, in front of the train).
        r"poison\w*|burn\w*|cut\w*|slash\w*|slit\w*|injur\w*|punish\w*|choke\w*|"
        r"suffocat\w*|strangl\w*|set\w* fire to|overdos\w*|electrocut\w*|bleed\w*|scratch\w*|"
        r"carv\w*|hit\w*|beat\w*|end(?:s|ed|ing)?|suicide) (?:\w+ )?(?:myself|himself|herself|themselves|"
        r"themself|yourself|oneself)\b"
        r"(?! (?:a |an |some |another |free|clean|dry|loose|in half|a slice|bread|cake|hair))",
        1.0,
    ),
    (
        "self_harm",
        "wrists",
        r"\b(?:cut\w*|slit\w*|slash\w*|razor\w*|blade\w*|carv\w*) (?:\w+ ){0,2}"
        r"(?:his |her |my |their |your |own )?(?:wrists?|forearms?|arms?|thighs?|veins?|skin)\b"
        # "opens her arms" is a hug or a skydiver: opening is self-harm for wrists and veins.
        r"|\bopen\w* (?:\w+ ){0,2}(?:his |her |my |their |your |own )?(?:wrists?|veins?)\b"
        r"|\b(?:fresh |bleeding |deep )?cuts? (?:on|along|across) (?:his|her|my|their) "
        r"(?:wrists?|forearms?|arms?|thighs?)\b|\brazor blades? (?:on|to|against|across)\b",
        0.9,
    ),
    (
        "self_harm",
        "end life",
        r"\b(?:end|ends|ending|ended|take|takes|taking|took) (?:his|her|my|their|your) (?:own )?"
        r"(?:life|lives)\b|\bto end it(?: all)?\b|\bend it all\b|\bsewer ?slide\b|\bstones in (?:his|her|their) pockets\b|\bnever (?:comes|come|coming) back\b|\b(?:overdos\w*|noose|nooses)\b|\b(?:jump\w*|leap\w*|throw\w* (?:himself|"
        r"herself|themselves)|fall\w*|step\w*|walk\w*|hurl\w*) (?:\w+ ){0,4}(?:to (?:his|her|"
        r"their|my) death|to die|and dies?|never to come back|into the (?:sea|ocean|river|lake|"
        r"water|traffic) (?:to|and) (?:die|drown|never)|in front of (?:a|an|the) (?:\w+ )?(?:train|"
        r"truck|bus|car|tram|subway|lorry))\b|\b(?:want\w*|wants|wanting|ready|going) to die\b|\bwrit\w* (?:a |her |his )?"
        r"suicide note\b|\b(?:gun|pistol|revolver|barrel) (?:\w+ ){0,3}(?:to|in|against|into) "
        r"(?:his|her|their|my) own (?:head|temple|mouth)\b|\b(?:own|her|his) (?:head|temple|"
        r"mouth)(?: \w+){0,3} (?:and pulls the trigger|pulls the trigger)\b|\bpull\w* the "
        r"trigger on (?:himself|herself|themselves)\b|\bswallow\w* (?:a |all |the |whole )?"
        r"(?:\w+ )?(?:bottle|handful|pack|box|jar)(?: whole)? of (?:pills|tablets|sleeping pills|"
        r"painkillers)\b|\b(?:swallow\w*|tak\w*|took|down\w*|gulp\w*) (?:all|every one of|the whole|"
        r"the entire|a whole|an entire) (?:the |her |his |their )?(?:\w+ )?(?:pills|tablets|"
        r"sleeping pills|painkillers|bottle|pack|box)\b|\b(?:swallow\w*|tak\w*|took) (?:a |the |"
        r"her |his )?(?:\w+ )?(?:bottle|handful|pack|box|jar)(?: whole)? of (?:\w+ )?(?:pills|"
        r"tablets|sleeping pills|painkillers)\b|\b(?:jumps?|jumping|leaps?|leaping) (?:off|from) (?:the |a )?(?:\w+ )?"
        r"(?:bridge|roof|rooftop|building|tower|balcony|ledge|overpass|skyscraper|window)\b"
        r"(?! (?:into the (?:pool|water|lake|sea)|onto|with (?:a )?(?:parachute|bungee)))",
        0.9,
    ),
    (
        "self_harm",
        "disordered eating",
        r"\b(?:starv\w* (?:herself|himself|themselves|myself|to be thin|to lose weight)|"
        r"purg\w* after|make (?:herself|himself) (?:throw up|vomit)|throw\w* up (?:after|to "
        r"lose|to stay)|vomit\w* (?:after|to lose|to stay|on purpose)|fingers? down (?:her|his) "
        r"throat|skip\w* (?:every|all) meals?|eat\w* nothing|skin and bones|ribs? (?:showing|"
        r"poking)|thigh gap|too fat|fat and ugly|lose weight fast|anorexi\w*|bulimi\w*|"
        r"laxatives?)\b",
        0.9,
    ),
    (
        "self_harm",
        "ledge lean",
        r"\b(?:stands?|standing|sits?|sitting|climbs?|climbing|steps?|stepping|leans?|leaning|"
        r"edges?) (?:\w+ ){0,3}(?:on |onto |over |to |out on )?(?:the |a )?(?:edge|ledge|rail|"
        r"railing|parapet)\b(?:(?: \w+){0,6} (?:bridge|roof|rooftop|building|cliff|tower|"
        r"balcony))?",
        0.4,
    ),
    # ---- violence and gore ----
    (
        "violence_gore",
        "gore term",
        r"\b(?:gore|gory|gruesome|disembowel\w*|entrails|decapitat\w*|behead\w*|dismember\w*|"
        r"mutilat\w*|bloodbath|blood bath|eviscerat\w*|massacre\w*|slaughter\w*|cannibal\w*|"
        r"torture\w*|torturing|impal\w*|snuff|bloodshed|carnage|genocide|lynch\w*|"
        r"flay\w*|skinned alive|burned alive|burnt alive|burn\w* alive|buried alive|"
        r"execution video|beheading video)\b",
        1.0,
    ),
    (
        "violence_gore",
        "injury detail",
        r"\b(?:severed|chopped off|cut off|ripped off|torn off|blown off|hacked off)"
        r" (?:\w+ )?(?:head|heads|arm|arms|leg|legs|limb|limbs|hand|hands|finger|fingers|ear|"
        r"ears|tongue|nose)\b|\b(?:blood|brains?|guts|intestines|organs|bone|bones) (?:\w+ )?"
        r"(?:spurt\w*|splatter\w*|gush\w*|spray\w*|pour\w*|spill\w*|everywhere|blown out|"
        r"hanging out|sticking out|pooling|pools|streaming|running|dripping|flowing|coming out|"
        r"leaking|oozing|splashing)\b|\b(?:covered|drenched|soaked|pool|pools|puddle|lying) "
        r"(?:in|of) (?:his |her |their )?(?:own )?blood\b|\bblood (?:dripping|pouring|running|"
        r"streaming|flowing|gushing|leaking|oozing) (?:from|down|out of) (?:his|her|their|the)\b|"
        r"\b(?:skull|face|head|jaw|nose|ribs|bones|leg|arm|neck) (?:crush\w*|smash\w*|crack\w*|"
        r"cave\w* in|shatter\w*|broken|snapp\w*|break\w*)|\b(?:head|heads|skull|body|bodies) "
        r"(?:explod\w*|blown off|blown apart|crushed|smashed|burst\w*|ripped apart|torn apart)"
        r"\b|\bbleed\w* (?:out|to death|heavily|profusely|from)\b|\bdead bod(?:y|ies)\b|"
        r"\b(?:bloody|mutilated|rotting|dead|mangled|burned|charred) (?:corpses?|bodies|body)\b|"
        r"\bflesh (?:rip\w*|tear\w*|torn|melt\w*|burn\w*|wound)\b|\b(?:gunshot|stab|bullet|"
        r"open|gaping|bloody|bleeding) wounds?\b|\b(?:bullet|knife|blade) (?:hole|wound)s?\b|"
        r"\bbroken (?:nose|jaw|bones?|ribs?|neck)\b|\bwound\w* (?:in|on) (?:his|her|their) "
        r"(?:head|chest|neck|stomach|face|leg|arm)\b|\bbleeding (?:nose|face|head|wounds?|"
        r"mouth|body|man|woman)\b|\b(?:eyes?|teeth|tongue|nails?) (?:\w+ ){0,2}(?:gouged|ripped|pulled|torn|"
        r"knocked|cut) out\b|\bgoug\w* (?:\w+ ){0,2}eyes?\b|\b(?:add|adds|put|puts|show|with) "
        r"(?:\w+ ){0,2}blood (?:\w+ ){0,3}(?:wound|nose|head|mouth|face|everywhere|coming out|"
        r"gushing|dripping|pouring|streaming|spurting)\b",
        0.9,
    ),
    (
        "minors",
        "a child's head held under water",
        r"\b(?:hold\w*|held|push\w*|press\w*|forc\w*|dunk\w*|shov\w*) (?:\w+ ){0,3}?"
        r"(?:(?:head|face) (?:of )?" + _DET + CHILD + r"|" + _DET + CHILD + r" (?:head|face))"
        r"(?: \w+){0,6}? under ?(?:the )?(?:\w+ )?\w*water\b",
        0.9,
    ),
    (
        "violence_gore",
        "a head held under water",
        r"\b(?:hold\w*|held|push\w*|press\w*|forc\w*|dunk\w*|shov\w*) (?:\w+ ){0,4}?"
        r"(?:head|face)(?: \w+){0,6}? under ?(?:the )?(?:\w+ )?\w*water\b",
        0.75,
    ),
    (
        "violence_gore",
        "attack a person",
        r"\b(?:kill|kills|killed|killing|murder\w*|stab|stabs|stabbed|stabbing|shank\w*|strangl\w*|"
        r"chok(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|assassinat\w*|maim\w*|butcher\w*|"
        r"bludgeon\w*|stomp\w* on|beat(?:s|ing)? up|beat(?:s|ing|en)?|gun\w* down|guns? down|"
        r"slash(?:es|ed|ing)?|drown(?:s|ed|ing)?|set\w* fire to|set\w* on fire|shoot|shoots|"
        r"shooting|shot|shoot at|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|"
        r"smash(?:es|ed|ing)?|club(?:s|bed|bing)?|hit|hits|hitting|batter\w*|pummel\w*|"
        r"headbutt\w*|elbow\w*|knee\w*|throttl\w*|suffocat\w*|smother\w*|poison\w*|electrocut\w*|"
        r"run\w* over|ran over|mow\w* down|ram\w* (?:into|over)|run\w* into|crush\w*|"
        r"push\w* (?:\w+ )?(?:off|down|in front of|into the (?:river|sea|water|pool|traffic))|"
        r"throw\w* (?:\w+ )?(?:off|down|from|out of|into the (?:river|sea|water|fire))|"
        r"hang(?:s|ed)?|attack\w*|assault\w*|maul\w*|bash\w*|whip\w*|lash\w*|cane\w*|flog\w*|"
        r"knock\w* out|knock\w* (?:\w+ )?unconscious|sucker punch\w*|curb stomp\w*|"
        r"tortur\w*|burn\w*|scald\w*|blind\w*|break\w* (?:\w+ )?(?:neck|arm|legs?|jaw|nose|"
        r"fingers|bones)|snap\w* (?:\w+ )?neck|gouge\w*|slit\w* (?:\w+ )?throat|"
        r"cut\w* (?:\w+ )?throat|hold\w* (?:\w+ )?under ?water|hack\w* at|shove\w*) "
        r"(?:at |on |in |into |to |against )?" + TARGET,
        0.75,
    ),
    (
        "violence_gore",
        "lethal detail",
        r"\b(?:shoot|shoots|shooting|shot|stab\w*|hit\w*|punch\w*) (?:\w+ ){0,2}(?:dead|in the "
        r"(?:head|face|chest|back|heart|neck|throat|stomach|gut|leg|knee|eye|mouth))\b|\bbeat\w* "
        r"(?:\w+ ){0,2}(?:to death|senseless|bloody|unconscious|to a pulp)\b|\b(?:until|till) "
        r"(?:he|she|they|it) (?:is |are )?(?:unconscious|passes out|pass out|stops? moving|dies|"
        r"die|bleeds?|goes limp|collapses|faints|passes out)\b|\b(?:until|till) (?:theyre|hes|shes|"
        r"its|he s|she s|they re|he is|she is|they are|become|becomes|he becomes) (?:\w+ )?(?:unconscious|"
        r"passes out|dead|limp|bleeding|motionless)\b|\b(?:slit\w*|cut\w*|slash\w*) (?:\w+ ){0,2}throats?"
        r"\b|\bblow\w* (?:\w+ ){0,2}(?:head|brains) off\b|\bshot (?:and|then) (?:killed|falls|"
        r"dies|bleeding)\b|\b(?:falls?|collapses?|drops?) (?:dead|lifeless)\b|\bknocked "
        r"(?:out|unconscious)\b|\bunconscious on the (?:floor|ground)\b|\bfight\w* to the death\b"
        r"|\bexecution\b|\bfiring squad\b|\bopen\w* fire on\b|\bsprays? bullets\b",
        0.9,
    ),
    (
        "violence_gore",
        "person attacked",
        r"\b" + alt(PEOPLE, "he", "she", "they") + r" (?:is |are |gets |get |being |was |were |"
        r"getting )?(?:killed|murdered|stabbed|strangled|executed|assassinated|lynched|"
        r"beheaded|shot(?! (?:a|an|the|by a photographer|on film|in slow))|gunned down|tortured|"
        r"mutilated|slaughtered|burned alive|bleeding to death|blown up|hanged|beaten|punched|"
        r"kicked|run over|drowned|drowning|strangled|choked|attacked|assaulted|mauled|whipped|"
        r"knocked out|bludgeoned|battered|wounded|injured|bleeding|bleeds|crushed|hit by (?:a )?"
        r"(?:car|truck|bus|train))\b",
        0.75,
    ),
    (
        "violence_gore",
        "animal cruelty",
        r"\b(?:kill\w*|kick\w*|beat\w*|punch\w*|hit|hits|hitting|stab\w*|shoot\w*|shot|burn\w*|"
        r"set\w* (?:\w+ )?on fire|set\w* fire to|drown\w*|strangl\w*|chok\w*|tortur\w*|hurt\w*|"
        r"abus\w*|torment\w*|scald\w*|throw\w*|threw|toss\w*|skin\w*|starv\w*|poison\w*|"
        r"stomp\w* on|slaughter\w*|"
        r"behead\w*|mutilat\w*|run\w* over|ran over|whip\w*|hang\w*|boil\w*|crush\w*|squash\w*|"
        r"slam\w*|smash\w*|swing\w* (?:\w+ )?by (?:the|its) tail|cut\w* (?:off )?(?:\w+ )?(?:tail|"
        r"ears?|paws?)|microwav\w*|electrocut\w*) " + ANIMAL_TARGET,
        0.75,
    ),
    (
        "violence_gore",
        "animal harmed",
        r"\b" + ANIMALS + r" (?:is |are |gets |get |being |was )?(?:killed|kicked|beaten|burned|"
        r"burning|on fire|set on fire|drowned|drowning|tortured|hurt|abused|skinned|starved|"
        r"poisoned|stabbed|shot|run over|hanged|strangled|bleeding|whimpering in pain|yelping in "
        r"pain|crushed|mutilated|slaughtered)\b",
        0.75,
    ),
    (
        "violence_gore",
        "menacing",
        r"\b(?:gun|guns|handgun|pistol|rifle|shotgun|firearm|bullets?|bloody|bleeding|blood|"
        r"wounds?|wounded|punch|punches|punching|brawl\w*|fistfight\w*|weapons?|grenades?|"
        r"sniper|machete|knife|stab|fight|fighting|violent\w*|violence|corpse|dead|kill\w*|"
        r"murder\w*|die|dies|dying|death|injur\w*|hurt\w*|attack\w*|beat\w*|kick\w*|strangl\w*|"
        r"drown\w*|shoot\w*|shot|hit|slap\w*|smash\w*|crush\w*|unconscious|explod\w*)\b",
        0.3,
    ),
    # ---- weapons and terror ----
    (
        "weapons_terror",
        "terror",
        r"\b(?:(?<!like a )(?<!like an )(?<!as a )terroris\w*|terror attack\w*|terror cell|suicide bomb\w*|suicide vest\w*|"
        r"explosive vest\w*|car bomb\w*|truck bomb\w*|pipe bomb\w*|nail bomb\w*|dirty bomb\w*|"
        r"pressure cooker bomb\w*|ied|ieds|molotov\w*|mass shooting\w*|shooting spree|"
        r"active shooter|isis|daesh|al ?qaeda|al shabaab|boko haram|hamas|hezbollah|taliban|"
        r"jihad\w*|mujahideen|martyrdom (?:video|operation)|hostage video|beheading video|"
        r"bomb threat|bomb making|make (?:a |the )?bombs?|build\w* (?:a |the )?bombs?|"
        r"homemade (?:bomb|explosive|gun|weapon)s?|home made (?:bomb|explosive|gun)s?|"
        r"3d print\w* (?:\w+ ){0,2}(?:gun|pistol|rifle|weapon)s?|print\w* (?:a |the )?(?:gun|pistol|rifle)s?|"
        r"(?:bomb|explosive|gun|weapon|grenade)s? (?:homemade|home made)|ghost gun|detonat\w*|time bomb|"
        r"vehicle ramming|ramming attack|(?:suicide|kamikaze) (?:drone|attack|bomber)|"
        r"suicide bomber|kamikaze)\b",
        1.0,
    ),
    (
        "weapons_terror",
        "bomb at people or places",
        r"\b(?:bomb\w*|explosives?|explosive devices?|grenades?|dynamite|c4|semtex|tnt|rocket "
        r"launchers?|rpg|landmines?|mines?|incendiary) (?:\w+ ){0,8}(?:crowd\w*|people|"
        r"market\w*|bus|buses|train|subway|metro|station|airport|plane|school|church|mosque|"
        r"synagogue|temple|cathedral|stadium|concert|festival|parade|mall|office|embassy|"
        r"parliament|hotel|restaurant|cafe|bar|club|hospital|building|car|house|home|street|"
        r"square|passengers|shoppers|worshippers|police|soldiers|children|students|city|"
        r"explod\w*|goes off|go off|went off|blow\w* up|blew up|blast|detonat\w*|plant\w*|"
        r"thrown|throws?|threw|hidden|under)\b|\b(?:plant\w*|hid\w*|throw\w*|threw|toss\w*|"
        r"leav\w*|drop\w*|set\w* off|place\w*|strap\w*|build\w*|assembl\w*|mak\w*|pack\w*|"
        r"wire\w*|rig\w*|mix\w*|prepar\w*|arm\w*|carr\w*) (?:\w+ ){0,4}(?:bombs?|explosives?|"
        r"explosive devices?|grenades?|dynamite|c4|semtex|detonators?|fuses?|shrapnel)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "blow up",
        r"\b(?:blow\w*|blew) (?:\w+ ){0,3}up (?:\w+ ){0,3}(?:crowd|people|bus|train|plane|"
        r"building|school|church|mosque|synagogue|temple|embassy|station|market|car|bridge|"
        r"office|hotel|stadium|parliament|police|tower|house)\b|\b(?:blow\w*|blew) up (?:the |a "
        r")?(?:\w+ )?(?:crowd|people|bus|train|plane|building|school|church|mosque|synagogue|"
        r"temple|embassy|station|market|car|bridge|office|hotel|stadium|parliament|tower|house|"
        r"city|everyone|passengers)\b|\b(?:\w+ )?(?:building|bus|train|plane|car|mosque|church|"
        r"synagogue|temple|embassy|market|station|school|hotel) (?:is |gets |being )?blown up\b",
        0.9,
    ),
    (
        "weapons_terror",
        "ramming",
        r"\b(?:driv\w*|drove|ram\w*|plow\w*|plough\w*|speed\w*|steer\w*|crash\w*|smash\w*|"
        r"accelerat\w*|barrel\w*|mow\w*) (?:\w+ ){0,4}(?:into|through|over|down|in|against|on) "
        r"(?:\w+ ){0,3}"
        r"(?:crowd\w*|people|"
        r"pedestrians|market|parade|protesters|shoppers|festival|worshippers|the queue|"
        r"the line of people|students|children)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "weapon aimed",
        r"\b(?:gun|guns|handgun|pistol|rifle|shotgun|revolver|firearm|assault rifle|ak ?47|"
        r"ar ?15|uzi|machine gun|sniper rifle|sniper|crossbow|knife|knives|blade|machete|"
        r"sword|axe|dagger|weapon|barrel|muzzle|crowbar|baseball bat|bat|broken bottle|"
        r"taser|flamethrower)s? (?:\w+ ){0,3}(?:to|at|against|into|on|in|toward|towards) "
        r"(?:the |his |her |their |my |your |a )?(?:\w+ ){0,2}(?:head|throat|neck|chest|temple|"
        r"heart|stomach|eye|eyes|face|back|forehead|ribs|mouth)\b(?<!own head)|\b(?:point\w*|aim\w*|"
        r"wav\w*|brandish\w*|level\w*|train\w*|hold\w*|held|press\w*|put\w*) (?:a |the |his |"
        r"her |an |their |with (?:a |an |the )?)?(?:\w+ )?(?:gun|rifle|pistol|revolver|shotgun|weapon|knife|blade|"
        r"machete|sword|crossbow|sniper rifle|assault rifle|firearm|handgun|ak ?47|ar ?15|uzi|"
        r"machine gun)s? (?:\w+ ){0,2}"
        r"(?:at|to|against|on|toward|towards) (?:the |a |an |his |her |their |my )?(?:\w+ ){0,2}"
        + alt(PEOPLE, _OBJ, "head", "throat", "neck", "face")
        + r"\b|\b(?:aim\w*|point\w*) "
        r"(?:\w+ ){0,2}at " + TARGET + r"(?:.*\b(?:gun|rifle|pistol|weapon|sniper|crossbow)\b)|"
        r"\b(?:hold\w*|held|threaten\w*|menac\w*|rob\w*|hold\w* up|stick\w* up|hijack\w*|"
        r"take\w* hostage|took hostage|kidnap\w*) (?:\w+ ){0,4}(?:at gunpoint|at knifepoint|"
        r"with (?:a |an |the )?(?:gun|pistol|rifle|knife|machete|weapon|shotgun|revolver))\b|"
        r"\b(?:at gunpoint|at knifepoint|hostages?|hijack\w*|armed robbery|hold ?up at gunpoint)\b"
        r"|\b(?:gun|pistol|rifle|knife|weapon)s? (?:pointed|aimed|held) at\b",
        0.9,
    ),
    (
        "weapons_terror",
        "make a weapon",
        # the context may come first ("3d print a glock"): a lookahead from the start
        r"^(?=.*\b(?:homemade|home made|garage|kitchen|basement|3d|printer|printed|fertili[sz]er|"
        r"gasoline|petrol|bottle|rag|nails|pipe|shrapnel|bomb|attack|target|crowd|school|police|"
        r"untraceable|serial number|step by step|instructions|how to)\b)"
        r".*\b(?:make|makes|making|build\w*|assembl\w*|print\w*|craft\w*|mix\w*|brew\w*|cook\w*|"
        r"prepar\w*|fill\w*|load\w*|sharpen\w*|forge\w*|convert\w*) (?:\w+ ){0,4}(?:explosives?|"
        r"napalm|thermite|nerve gas|sarin|ricin|poison gas|chlorine gas|mustard gas|"
        r"molotov\w*|pipe bombs?|fertili[sz]er bombs?|gun|guns|rifle|pistol|glock|ghost gun|"
        r"ak47|kalashnikov|silencer|"
        r"suppressor|automatic|full auto|bullets|ammunition|ammo)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "armed lean",
        r"\b(?:assault rifle|machine gun|ak ?47|ar ?15|uzi|grenade|rocket launcher|"
        r"explosives?|bomb|bombs|armed (?:men|man|gunmen)|gunm[ae]n|militants?|masked men with "
        r"guns|balaclava|fuse|detonator|shrapnel|gunfire|opens? fire|shoot\w* at|firing at|"
        r"fires at|loaded gun|trigger)\b",
        0.45,
    ),
    # ---- hate and harassment ----
    (
        "hate_harassment",
        "extremist symbol",
        r"\b(?:nazi\w*|neonazi\w*|neo nazi\w*|swastika\w*|hakenkreuz|heil hitler|sieg heil|"
        r"seig heil|hitler salute|nazi salute|roman salute|third reich|ss uniform|ss runes|"
        r"kkk|ku klux klan|klans?m[ae]n|klan robes?|white power|white supremac\w*|white pride|"
        r"aryan (?:nation|brotherhood|race)|14 ?88|blood and soil|burning cross\w*|"
        r"cross burning|sonnenrad|totenkopf|ss bolts|wolfsangel|confederate flag|"
        r"black sun|great replacement|race war|ethnic cleansing|holocaust denial|"
        r"gas the \w+|recruitment video|propaganda video|isis flag|taliban flag|jihadist flag|"
        r"terror group flag|black flag of isis|caliphate flag)\b",
        1.0,
    ),
    (
        "hate_harassment",
        "slur",
        r"\b(?:nigg\w*|niga|nigga\w*|kike\w*|spic|spics|chink\w*|gook\w*|wetback\w*|faggot\w*|"
        r"fag|fags|tranny|trannies|raghead\w*|towelhead\w*|sandnigg\w*|coon|coons|beaner\w*|"
        r"paki|pakis|dyke|dykes|retard|retards|retarded|subhuman\w*|untermensch|mongoloid|"
        r"gypsy scum|camel jockey|porch monkey|jungle bunny|zipperhead|kaffir|shemale|wog|wogs)\b",
        1.0,
    ),
    (
        "hate_harassment",
        "dehumanising",
        r"\b(?:turn\w*|transform\w*|morph\w*|chang\w*|make\w*|draw\w*|show\w*|depict\w*|"
        r"portray\w*|becom\w*|into|as|like|are|is|with) (?:\w+ ){0,6}(?:monkeys?|apes?|"
        r"gorillas?|chimps?|chimpanzees?|baboons?|pigs?|swine|rats?|vermin|cockroach\w*|"
        r"roaches|insects?|parasites?|lice|maggots|dogs|animals|savages|subhumans?|"
        r"beasts|cattle|trash|garbage|filth|disease|plague|infestation)\b(?=.*\b(?:jews?|"
        r"jewish|muslims?|islamic|arabs?|blacks?|black (?:people|family|man|woman|men|women|"
        r"kid|kids|children|couple|player|players)|africans?|asians?|chinese|mexicans?|"
        r"latinos?|hispanics?|immigrants?|migrants?|refugees?|gays?|lesbians?|trans|"
        r"transgender|queer|homosexuals?|gypsies|roma|indians?|pakistanis?|jews|christians?|"
        r"catholics?|hindus?|sikhs?|disabled|foreigners?|minorities|indigenous|natives?|"
        r"the family|the couple|the women|the men|the people|the crowd|the worshippers|"
        r"the protesters|the students|everyone)\b)",
        0.9,
    ),
    (
        "hate_harassment",
        "group dehumanised",
        r"\b(?:jews?|jewish|muslims?|arabs?|blacks?|black (?:people|family|man|woman|men|women|"
        r"kids|children|couple)|africans?|asians?|asian (?:family|man|woman|people|workers)|"
        r"chinese|mexicans?|mexican (?:workers|family|people)|latinos?|immigrants?|migrants?|"
        r"refugees?|gays?|gay (?:couple|men|man)|lesbians?|trans (?:woman|man|people)|"
        r"transgender|homosexuals?|gypsies|roma|roma family|indians?|indian family|"
        r"pakistanis?|disabled|foreigners?|minorities|indigenous|jew)\b(?: \w+){0,6} "
        r"(?:turn\w*|transform\w*|morph\w*|chang\w*|becom\w*|into|as|like|are|is|in) "
        r"(?:\w+ ){0,2}(?:monkeys?|apes?|gorillas?|chimps?|pigs?|swine|rats?|vermin|cockroach\w*|"
        r"roaches|insects?|parasites?|lice|maggots|dogs|animals|savages|subhumans?|beasts|"
        r"cattle)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "group hate",
        r"\b(?:kill|exterminate|gas|deport|burn|hang|lynch|eradicate|wipe out|get rid of|"
        r"ban|expel|purge|cleanse|attack|beat|hunt|chase out|kick out|hate|hates|hating|"
        r"mock|mocks|mocking|insult|insults|spit on|spits on|laugh at|laughs at) "
        r"(?:all )?(?:the |those |these )?(?:dirty )?(?:jews|muslims|christians|blacks|black "
        r"people|whites|gays|lesbians|trans people|transgender people|immigrants|refugees|"
        r"migrants|arabs|asians|mexicans|gypsies|roma|foreigners|disabled people|the disabled|"
        r"indians|africans|chinese|catholics|hindus|sikhs|homosexuals|minorities)\b|"
        r"\b(?:jews|muslims|blacks|black people|gays|immigrants|refugees|migrants|arabs|"
        r"mexicans|asians|trans people|women|foreigners) (?:are|as|being) (?:vermin|rats|"
        r"animals|subhuman|cockroaches|parasites|criminals|rapists|terrorists|inferior|dirty|"
        r"disgusting|a disease|a plague|scum|trash|monkeys|apes|pigs)\b|\bgo back to (?:your|"
        r"their|his|her) (?:own )?(?:country|countries)\b|\b(?:no|ban|death to|down with) "
        r"(?:jews|muslims|blacks|gays|immigrants|refugees|arabs|foreigners|mexicans|"
        r"christians)\b|\bblackface\b|\byellowface\b|\b(?:vermin|rats|cockroaches|parasites|"
        r"subhuman|scum) (?:signs?|banners?|posters?|placards?)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "place of worship attacked",
        r"\b(?:burn\w*|torch\w*|set\w* fire to|set\w* (?:\w+ )?(?:on )?fire|vandali[sz]\w*|"
        r"desecrat\w*|deface\w*|smash\w*|wreck\w*|destroy\w*|trash\w*|loot\w*|attack\w*|"
        r"storm\w*|raid\w*|spray ?paint\w*|graffiti\w*|paint\w* (?:swastikas?|slurs?|graffiti)|"
        r"throw\w* (?:\w+ )?(?:stones?|rocks?|bricks?|pig s? heads?|pork|eggs|paint|molotov\w*)"
        r"(?: \w+){0,3} (?:at|on|through|into)|break\w* (?:the )?windows of|shoot\w* up|"
        r"shot up|bulldoz\w*|demolish\w*|tear\w* down|topple\w*|pee\w* on|urinat\w* on|"
        r"defecat\w* on|spit\w* on|piss\w* on|put\w* fire (?:in|to|on)|sets? fire (?:in|to|on)) (?:\w+ ){0,6}(?:mosques?|synagogues?|churche?s?|"
        r"temples?|cathedrals?|chapels?|shrines?|gurdwaras?|pagodas?|monaster\w*|"
        r"places? of worship|holy (?:site|book|books)|quran|koran|bible|torah|altar|"
        r"cemetery|graves?|prayer halls?)\b|\b(?:mosques?|synagogues?|churche?s?|temples?|"
        r"cathedrals?|chapels?|shrines?|gurdwaras?|places? of worship|prayer halls?) "
        r"(?:\w+ ){0,3}(?:burn\w*|on fire|"
        r"in flames|set on fire|torched|vandali[sz]ed|desecrated|defaced|smashed|attacked|"
        r"stormed|destroyed|covered in (?:graffiti|swastikas|slurs)|spray ?painted|looted)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "humiliation",
        r"\b(?:wet\w* (?:himself|herself|themselves|his pants|her pants|their pants|the bed)|"
        r"pee\w* (?:himself|herself|themselves|(?:his|her|their) (?:pants|trousers|jeans|skirt))|"
        r"piss\w* (?:himself|herself|themselves|(?:his|her) (?:pants|trousers))|"
        r"urinat\w* (?:on )?(?:himself|herself|themselves)|(?:shit|poop|soil)\w* (?:himself|"
        r"herself|themselves|(?:his|her) pants)|crawl\w* (?:\w+ ){0,4}(?:beg\w*|on (?:his|her|"
        r"their) knees|in the mud|like a dog)|beg\w* (?:\w+ ){0,3}(?:for mercy|on (?:his|her|"
        r"their) knees|for forgiveness)|lick\w* (?:\w+ ){0,2}(?:boots|shoes|floor|toilet)|"
        r"(?:everyone|everybody|the crowd|the class|people|they|the office|classmates|"
        r"coworkers) (?:\w+ ){0,3}(?:points?|pointing) and laugh\w*|(?:points?|pointing) and "
        r"laugh\w* at|laugh\w* at (?:him|her|them|the (?:fat|ugly|disabled|crying|"
        r"poor|old))|rip\w* (?:off )?(?:her|his|the) (?:\w+ )?(?:hijab|headscarf|turban|kippah|"
        r"yarmulke|niqab|burqa|veil|wig)(?: off)?|(?:pull\w*|yank\w*|tear\w*|snatch\w*|knock\w*) "
        r"(?:off )?(?:her|his|the) (?:\w+ )?(?:hijab|headscarf|turban|kippah|yarmulke|niqab|burqa|"
        r"veil)|spit\w* (?:on|at|in) (?:\w+ )?(?:him|her|them|face|the (?:man|woman|boy|girl|"
        r"worshippers?|beggar|homeless|refugees?|immigrants?|jew|muslim))|humiliat\w*|"
        # verbs only: "ridiculous hat", "degraded VHS look", "un dégradé" are style words
        r"degrad(?:e|es|ed|ing) (?:him|her|them|people|women|men)|bull(?:y|ies|ied|ying)|"
        r"mock\w* (?:him|her|them|the|his|her)|ridicul(?:e|es|ed|ing)\b|"
        r"harass\w*|tormented|taunt\w*|sham\w* (?:him|her|them)|dump\w* (?:\w+ ){0,2}"
        r"(?:garbage|trash|food|paint|water|slime) (?:on|over) (?:him|her|them|the)|"
        r"toilet water|swirlie|wedgie|chas\w* (?:\w+ ){0,5}out of (?:the |town|\w+)|"
        r"yell\w* (?:\w+ )?(?:insults|slurs|abuse)|shout\w* (?:\w+ )?(?:insults|slurs|abuse)|"
        r"oink\w* at|bark\w* at (?:her|him|them)|(?:mock|imitat)\w* (?:\w+ ){0,3}(?:disabled|"
        r"wheelchair|stutter|limp)|in (?:his|her) underwear in front of|cry\w* (?:and beg|"
        r"in front of everyone|while everyone laughs)|(?:made|make\w*) to (?:kneel|beg|crawl|"
        r"bark|eat (?:dog food|garbage|trash)))\b",
        0.9,
    ),
    (
        "hate_harassment",
        "hate lean",
        r"\b(?:hate|hatred|racist|racism|bigot\w*|slur\w*|insult\w*|mock\w*|humiliat\w*|"
        r"inferior|filthy|scum|degenerate|vermin|parasite\w*|invaders?|infidels?|kneel|beg|"
        r"crawl|laughing at|everyone laughs)\b",
        0.3,
    ),
    # ---- illegal drugs ----
    (
        "drugs",
        "hard drug",
        r"\b(?:cocaine|heroin|methamphetamine|crystal meth|meth|crack cocaine|crack pipe|"
        r"smok\w* crack|crackhead|mdma|ecstasy|molly pills|lsd|acid tabs?|magic mushrooms|"
        r"shrooms|psilocybin|ketamine|fentanyl|oxycontin|oxy pills|xanax bars|opium|opioids?|"
        r"ghb|pcp|angel dust|speed pills|amphetamines?|mephedrone|bath salts|spice drug|"
        r"ayahuasca|dmt|peyote|mescaline|crank|tweaker|junkie|junkies|drug addicts?|"
        r"drug lab|meth lab|drug dealers?|drug dealing|drug deal|dealing drugs|sell\w* drugs?|"
        r"drug traffick\w*|drug mule|drug den|"
        r"crack den|shooting gallery|drug trafficker)\b",
        1.0,
    ),
    (
        "drugs",
        "cannabis",
        r"\b(?:weed|marijuana|cannabis|hashish|hash|ganja|pot|reefer|kush|thc|blunt|blunts|"
        r"bong|bongs|spliff|dab|dabs|edibles)\b(?=.*\b(?:smok\w*|roll\w*|light\w*|puff\w*|"
        r"hit\w*|inhal\w*|sell\w*|deal\w*|grow\w*|bag\w*|weigh\w*|high|stoned|joint|pass\w*|"
        r"exhal\w*|blow\w* smoke|cloud|buy\w*|plant\w*|bud\w*|eat\w*|brownies?|gummies)\b)|"
        r"\b(?:joint|joints|spliff|zoot|zoots|blunt|bong|weed|marijuana|cannabis|ganja|kush) (?:\w+ ){0,3}"
        r"(?:smok\w*|puff\w*|pass\w*|roll\w*|light\w*|hit\w*)\b|\b(?:smok\w*|roll\w*|light\w*|"
        r"puff\w*|pass\w*|hit\w*) (?:\w+ ){0,3}(?:joint|joints|spliff|zoot|zoots|blunt|bong|weed|marijuana|"
        r"cannabis|ganja|kush|hash|hashish|pot|reefer)\b|\b(?:get\w*|got|gets) (?:so )?"
        r"(?:high|stoned|baked)\b|\bstoned\b|\bshoot\w* up (?:in|behind|under|inside) (?:the|a) "
        r"(?:alley|bathroom|toilet|car|stairwell|park|squat|doorway)\b|\bshoot\w* up (?:heroin|"
        r"dope|smack|junk|drugs)\b",
        0.9,
    ),
    (
        "drugs",
        "drug use",
        r"\b(?:snort\w*|sniff\w*|rail\w*|tooting) (?:\w+ ){0,3}(?:lines?|coke|cocaine|powder|"
        r"white powder|snow|it|speed|ketamine|k|heroin|pills|drugs|something)\b|\b(?:lines?|"
        r"rails?) (?:of )?(?:coke|cocaine|white powder|powder|snow|speed|ketamine|k)\b|\b(?:snort\w*|"
        r"sniff\w*) (?:a |the |some )?(?:\w+ )?(?:lines?|rails?|bumps?)\b|\b(?:inject\w*|shoot\w* "
        r"up|shot up|shooting up|spik\w*) (?:\w+ ){0,3}(?:heroin|drugs|meth|dope|smack|junk|"
        r"into (?:his|her|their) (?:arm|vein|veins|neck|foot)|in (?:his|her|their) (?:arm|vein|"
        r"veins)|(?:in|into) the (?:arm|vein|veins))\b|\b(?:needle|syringe|syringe needle inject)s? (?:\w+ ){0,3}(?:in|into) (?:his|"
        r"her|their) (?:arm|vein|veins|neck)\b|\b(?:smok\w*|hit\w*|light\w*) (?:\w+ ){0,3}"
        r"(?:crack|meth|crystal|rock|rocks|pipe|glass pipe|foil|heroin|opium|dope)\b(?!\w)|"
        r"\b(?:pop\w*|swallow\w*|drop\w*|tak\w*|hand\w* out|pass\w* around|share\w*|sell\w*) "
        r"(?:\w+ ){0,3}(?:pills|molly|ecstasy|e pills|tabs|acid|xanax|oxy|percocet|adderall)\b"
        r"(?=.*\b(?:rave|party|club|festival|dance ?floor|high|trip|toilet|bathroom|dealer|"
        r"score|stranger|alley)\b)|\btripping (?:on|balls)\b|\b(?:high|wasted|off (?:his|her|"
        r"their) face) on (?:drugs|coke|cocaine|meth|pills|heroin|ecstasy|molly|acid)\b|"
        r"\bdo(?:ing|es)? (?:lines|drugs|coke|meth|heroin|crack)\b|\b(?:coke|cocaine) (?:party|"
        r"lines|binge)\b|\blines? (?:on|across) (?:every|the) (?:table|mirror)\b|\b(?:baggie|"
        r"bag|pills?) of molly\b|\bmolly\b(?=.*\b(?:rave|party|club|festival|pill|baggie|"
        r"dealer|sell|hand)\w*)|\b(?:white powder|"
        r"bags? of (?:powder|white powder|coke|cocaine|heroin|meth|pills|weed))\b|\boverdos\w*\b",
        0.9,
    ),
    (
        "drugs",
        "drug production and dealing",
        r"\b(?:cook\w*|mak\w*|produc\w*|manufactur\w*|synthesi[sz]\w*|brew\w*) (?:\w+ ){0,3}"
        r"(?:meth|crystal|crack|heroin|cocaine|drugs|lsd|mdma|fentanyl|dope|crystal meth|"
        r"test tube chemicals meth)\b|\b(?:cut\w*|mix\w*|bag\w*|weigh\w*|packag\w*|pack\w*|"
        r"wrap\w*|press\w*|stash\w*|hid\w*|smuggl\w*|traffick\w*|sell\w*|sold|deal\w*|push\w*|"
        r"move\w*|distribut\w*|deliver\w*) (?:\w+ ){0,4}(?:coke|cocaine|heroin|meth|crack|"
        r"drugs|dope|powder|white powder|pills|ecstasy|weed|marijuana|cannabis|bricks?|kilos?|"
        r"baggies|little bags|grams|snow cocaine|snow|crystal|lsd|fentanyl)\b(?=.*\b(?:bag\w*|"
        r"baking soda|scale|weigh\w*|deal\w*|sell\w*|sold|cut\w*|kilo\w*|bricks?|brick|lab|"
        r"cartel|gang|street|corner|buyers?|customers?|cash|money|smuggl\w*|powder|drugs?|"
        r"coke|cocaine|heroin|meth|crack|pills|stash)\b)|\b(?:bricks|kilos|packets|baggies) "
        r"of (?:coke|cocaine|heroin|meth|powder|white powder|drugs|weed)\b|\b(?:cartel|drug|"
        r"meth|cocaine|coke|heroin) (?:lab|factory|kitchen|workers|shipment|stash|deal|"
        r"deals|money|bust)\b|\bdrug (?:deal|dealing|dealer|trade|run|money)\b",
        0.9,
    ),
    (
        "drugs",
        "drug lean",
        r"\b(?:drugs?|drugged|dealer|dope|powder|needle|syringe|pills|high|stoned|rave|joint|"
        r"snow cocaine|coke|crystal|trip|tripping|baggie|baggies|lines?|stash|inject\w*|snort\w*|"
        r"lab|cartel\w*|narco\w*|drug lords?)\b",
        0.3,
    ),
    # ---- deception: deceptive or non-consensual realistic depictions of real people ----
    (
        "deception",
        "deepfake",
        r"\b(?:deepfake\w*|deep fake\w*|face ?swap\w*|fake (?:news|video|footage|speech|"
        r"confession|announcement|statement|interview|evidence|recording|clip|photo|proof|"
        r"sex tape|leak)\w*|(?:video|footage|clip|recording|photo|speech|confession|interview)s? "
        r"(?:fake|faked|false|doctored|fabricated)|doctored (?:video|footage|photo)|fabricated (?:video|footage|"
        r"evidence)|manipulated (?:video|footage))\b",
        1.0,
    ),
    (
        "deception",
        "to mislead someone",
        r"\b(?:to|so i can|so we can|and|then|for|i ll|ill|will) (?:send|show|give|post|forward|"
        r"share|text|email|mail|upload|leak|report|present|play) (?:it |this |that |the |the (?:clip|"
        r"video|footage) )?(?:to |for |with |on )?(?:her|his|their|my|our|the|your) (?:\w+ )?"
        r"(?:husband|wife|boss|employer|manager|supervisor|hr|parents?|mom|mum|mother|dad|father|"
        r"family|girlfriend|boyfriend|fiance\w*|partner|ex|in laws|mother in law|"
        r"father in law|teacher|principal|school|police|cops|court|judge|lawyer|insurance|"
        r"landlord|church|pastor|priest|coworkers?|colleagues|company|office|clients?|"
        r"customers|neighbou?rs?|group chat|neighbou?rhood group|whole town|friends|"
        r"followers|kids|children|team|coach|university|college|bank|authorities|press|"
        r"newspaper|media|tabloids?)\b|\b(?:show|send|give|forward|report|take) (?:it |this |"
        r"them |him |her )?(?:to )?(?:the )?(?:police|cops|authorities|court|judge|hr|"
        r"insurance company|insurance)\b|\bso (?:that )?(?:her|his|their|my|the) (?:\w+ )?"
        r"(?:husband|wife|boss|family|parents|girlfriend|boyfriend|partner|friends|"
        r"neighbou?rs?|coworkers?|employer|fiance\w*) (?:\w+ )?(?:believes?|thinks?|sees?|"
        r"finds out|leaves?|fires?|dumps?|breaks? up|divorces?)\b|\bso (?:everyone|people|"
        r"they|the family|the police|the town|the school|the office|the company|his wife|"
        r"her husband|the court|the judge) (?:\w+ )?(?:believes?|thinks?|will believe|"
        r"buys? it)\b|\bfor (?:her|his|their|my) (?:\w+ )?(?:ex|husband|wife|boss|family|parents|"
        r"girlfriend|boyfriend|partner|employer) to (?:see|watch|believe|find)\b|\bpass (?:it|this) "
        r"(?:off )?as real\b|\bget (?:him|her|them) (?:fired|arrested|dumped|divorced|in "
        r"trouble|expelled|cancelled)\b|\bas (?:evidence|proof) (?:of|that|against)\b",
        0.9,
    ),
    (
        # "Make it look real" alone asks for realism, not for a lie ("fireworks over the
        # harbour, make it look real"): a lean, which the semantic layer must confirm.
        "deception",
        "make it look real",
        r"\b(?:make|makes|making) (?:it|this) (?:look|seem) (?:real|authentic|genuine|legit|"
        r"like (?:real|actual|genuine) (?:footage|video))\b",
        0.4,
    ),
    (
        "deception",
        "staged act of a real person",
        r"\b(?:make|makes|making|show|showing|shows|turn|have|let|depict\w*|animate\w*|"
        r"put|make believe|believe)(?: it)?(?: so)?(?: look)?(?: like)?(?: that)?(?: as)?(?: would| was)?(?: as if)? (?:\w+ ){0,2}(?:(?:my|his|her|their|our|your|the|this|that) (?:\w+ ){0,2})?"
        r"(?:boss|manager|coworker|co worker|colleague|neighbou?r|wife|husband|ex|ex wife|"
        r"police chief|chief|sheriff|general|bishop|king|queen|anchor|news anchor|"
        r"ex husband|ex girlfriend|ex boyfriend|girlfriend|boyfriend|teacher|principal|"
        r"professor|coach|landlord|mother in law|father in law|sister in law|brother in law|"
        r"roommate|classmate|friend|mom|mum|mother|dad|father|sister|brother|aunt|uncle|"
        r"cousin|partner|fiance\w*|employee|employer|supervisor|pastor|priest|doctor|"
        r"president|prime minister|senator|mayor|governor|minister|politician|chancellor|"
        r"candidate|ceo|celebrity|judge|officer|cop|person in the (?:photo|picture|image)|"
        r"man in the (?:photo|picture|image)|woman in the (?:photo|picture|image)|"
        r"guy in the (?:photo|picture)|girl in the (?:photo|picture)|\w+ in the (?:photo|picture|"
        r"image|pic)|him|her|them|he|she) "
        r"(?:\w+ ){0,3}(?:look\w*|seem\w*|appear\w*|act\w*|pretend\w*|is|be|being|getting|"
        r"get|gets)? ?(?:\w+ ){0,2}(?:drunk|wasted|hammered|plastered|tipsy|intoxicated|"
        r"high|stoned|on drugs|passed out|vomiting|throwing up|stumbling|staggering|"
        r"shoplifting|stealing|steal|robbing|rob|taking (?:a )?bribes?|take (?:a )?bribes?|"
        r"accepting (?:a |an )?(?:bribes?|cash|money|envelope|briefcase)|accept (?:a |an )?"
        r"(?:bribes?|cash|money|envelope)|receiving (?:a |an )?(?:bribe|cash|money|envelope)|"
        r"cheating|cheat|kiss\w* (?:\w+ ){0,2}(?:another|other|a stranger|someone else|"
        r"his ex|her ex|lover|coworker|secretary|assistant|some (?:man|woman|guy|girl))\w*|"
        r"another (?:\w+ )?kiss\w*|in bed with|flirting with|"
        r"sleeping with|with (?:a|another|his|her) (?:\w+ )?(?:lover|mistress|prostitute|"
        r"escort|stripper)|arrested|in handcuffs|handcuffed|in jail|in prison|behind bars|"
        r"confess\w*|admit\w*|announc\w*|endors\w*|resign\w*|apologi[sz]\w*|threaten\w*|"
        r"racist|insulting|slapping|hitting|punching|kicking|attacking|fighting|spitting|"
        r"crashing|driving drunk|drunk driving|selling drugs|doing drugs|taking drugs|"
        r"smoking crack|snorting|urinating|peeing|naked|nude|say\w*|said|speech|declar\w*|"
        r"vandali[sz]\w*|spray ?painting|graffiti|breaking into|burgl\w*|lying|caught|"
        r"committing|commit|crime|corrupt\w*|fraud|embezzl\w*|paying off|bribing|"
        r"harassing|groping|molesting|abusing|beating)\b",
        0.75,
    ),
    (
        "deception",
        "news framing",
        r"\b(?:(?:realistic |real |authentic |genuine )?(?:news|newscast|news broadcast|"
        r"news style|news report|news footage|news clip|news bulletin|newsreel)|breaking news|"
        r"press conference|live broadcast|live on tv|on the evening news|tv news|"
        r"news anchor says|as seen on tv|(?:real|authentic|genuine|leaked|secret|hidden|"
        r"hidden camera|spy cam|spycam|cctv|bodycam|body cam|dashcam|dash cam|surveillance|"
        r"security cam|security camera|doorbell cam|webcam|phone|paparazzi|undercover|"
        r"amateur|raw|unedited) (?:footage|video|tape|recording|clip|camera|cam|shot|"
        r"photos?)|cctv|surveillance footage|security footage|hidden camera|caught on "
        r"(?:camera|tape|video)|documentary style|reportage|like a real news|tabloid|"
        r"exclusive leak|leaked)\b",
        0.45,
    ),
    (
        "deception",
        "framed act",
        r"\b(?:news|newscast|breaking news|footage|cctv|hidden camera|security camera|surveillance|"
        r"bodycam|dashcam|leaked|paparazzi|press conference|caught on (?:camera|tape))\b"
        r"(?: \w+){0,10} (?:arrest\w*|handcuff\w*|in jail|in prison|prison|resign\w*|confess\w*|"
        r"admit\w*|shoplift\w*|steal\w*|stole|rob\w*|hitting|crash\w*|driv\w* off|drunk|"
        r"wasted|bribe\w*|cash|money|envelope|kissing|cheating|fight\w*|punch\w*|slap\w*|"
        r"corrupt\w*|fraud|vandali[sz]\w*|snort\w*|drugs|racist|insult\w*|threaten\w*|"
        r"attack\w*|collaps\w*|faint\w*|vomit\w*|urinat\w*|pee\w*|naked|nude|crying|"
        r"in tears|announc\w*|declar\w*|endors\w*|step\w* down|withdraw\w*|dying|dead|"
        r"injured|escap\w*|fleeing|caught|sex|affair|mistress|lover|breaking into|burgl\w*)\b",
        0.9,
    ),
    (
        "deception",
        "bribe or crime",
        r"\b(?:bribe\w*|bribery|kickback\w*|brown envelope|envelope (?:of|full of|stuffed "
        r"with) (?:cash|money)|(?:accept\w*|tak\w*|took|receiv\w*|hand\w*|pocket\w*|grab\w*) "
        r"(?:\w+ ){0,3}(?:cash|money|bills|banknotes|envelope|briefcase|bag of money|wad|"
        r"stack of (?:cash|money|bills))(?: \w+){0,5} (?:from|to|of) (?:a |an |the )?(?:\w+ )?"
        r"(?:gangster|mobster|drug lord|drug trafficker|drug dealer|businessman|businesswoman|"
        r"lobbyist|criminal|cartel|mafia\w*|boss|developer|contractor|oligarch|dealer|"
        r"stranger|man in a suit|foreign agent|spy)|embezzl\w*|money laundering|"
        r"launder\w* money|corrupt\w*)\b",
        0.9,
    ),
    (
        "deception",
        "public figure",
        r"\b(?:president|prime minister|chancellor|senator|congressman|congresswoman|governor|"
        r"mayor|minister|secretary of state|pope|king|queen|prince|princess|politician|"
        r"candidate|ceo|celebrity|mp|member of parliament|councillor|judge|police chief|"
        r"head of state|the king|the queen)\b",
        0.2,
    ),
)

# -- more phrasings of the same categories ----------------------------------------------------
RULES += (
    (
        "minors",
        "child on a lap",
        r"\b" + CHILD + r"\b(?: \w+){0,4} sit\w* (?:on|in) (?:\w+ ){0,3}laps?\b",
        0.45,
    ),
    (
        "minors",
        "child drinks or smokes",
        r"\b" + CHILD + r"\b(?: \w+){0,3} (?:drink\w*|sip\w*|chug\w*|gulp\w*|smok\w*|vap\w*|"
        r"snort\w*|inject\w*) (?:\w+ ){0,3}(?:beer|wine|vodka|whiske?y|alcohol|booze|tequila|rum|"
        r"gin|liquor|bleach|cigarettes?|cigar|weed|joint|crack|meth|cocaine|drugs)\b",
        0.9,
    ),
    (
        "minors",
        "child gets hit",
        r"\b" + CHILD + r"\b(?: \w+){0,3} (?:gets?|takes?|receives?|is given) (?:a |an )?"
        r"(?:slap|beating|punch|kick|hit|smack|spanking|whipping|blow|thrashing)\b",
        0.9,
    ),
    (
        "self_harm",
        "into the water to die",
        r"\bwalk\w* (?:\w+ ){0,2}in(?:to)? the (?:sea|ocean|river|lake|water|waves)\b(?: \w+){0,8} "
        r"(?:waves take (?:her|him|them)|never|disappear\w*|drown\w*|sinks?|to die|goes under|"
        r"(?:does ?n ?o?t|doesnt|don t|dont|won t|wont|will not) (?:\w+ ){0,3}come back|"
        r"lets? (?:the )?(?:water|waves|sea|current|ocean))\b",
        0.9,
    ),
    (
        "self_harm",
        "hanging",
        r"\b(?:tie|ties|tied|tying|knot\w*|loop\w*|fasten\w*) (?:a |the |his |her )?(?:rope|noose|"
        r"belt|cord|cable|sheet)(?! swing) (?:\w+ ){0,6}(?:beam|rafter|ceiling|tree|branch|neck|hook|fan|"
        r"railing|door)\b|\b(?:step\w*|kick\w*) (?:off|away) (?:the |a )?(?:chair|stool|bucket)\b",
        0.9,
    ),
    (
        "self_harm",
        "in order to die",
        r"\b(?:pills|tablets|sleeping pills|overdose|jump\w*|leap\w*|throw\w* himself|"
        r"throw\w* herself|swallow\w*|poison|bleach|rope|razor|gun|drown\w*|hang\w*|"
        r"cut\w*) (?:\w+ ){0,6}(?:to to die|to die|and dies|so (?:that )?(?:she|he|they) "
        r"(?:can |will )?die|never (?:to )?wake up)\b",
        0.9,
    ),
    (
        "violence_gore",
        "object over a head",
        r"\b(?:smash\w*|break\w*|crack\w*|hit\w*|slam\w*|bash\w*) (?:a |the |an )?(?:\w+ )?"
        r"(?:bottle|chair|bat|brick|rock|stone|glass|pipe|hammer|plank|crowbar|pan|vase) "
        r"(?:over|on|into|against|across) (?:\w+ ){0,3}(?:head|face|skull|back)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "spat at",
        # the preposition is needed: "lo escupe" (spits it out) glosses as "spits him"
        r"\bspit\w* (?:on|at|in|into|to) (?:the |a )?(?:\w+ )?(?:him|her|them|face|man|woman|boy|"
        r"girl|immigrants?|refugees?|migrants?|jews?|muslims?|worshippers?|beggar|homeless|"
        r"stranger|black|gay|trans|disabled)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "laughed at while crying",
        r"\b(?:everyone|everybody|the (?:whole )?(?:class|crowd|office|room|school|team)|people|"
        r"they|the others|all)\b(?: \w+){0,2} (?:laugh\w*|point\w*|jeer\w*|film\w*|mock\w*)"
        r"(?: \w+){0,6} (?:while|as|and) (?:she|he|they|the \w+) (?:cries|crying|cry|sobs|sobbing|"
        r"begs|begging|wets|pees|screams|pleads)\b",
        0.9,
    ),
    (
        "deception",
        "real person says it, realistic",
        r"\b(?:celebrity|president|prime minister|senator|mayor|minister|politician|ceo|actor|"
        r"actress|singer|pop star|footballer|influencer|governor|king|queen|pope|chancellor|"
        r"candidate|athlete|star)\b(?: \w+){0,6} (?:endors\w*|confess\w*|admit\w*|resign\w*|"
        r"announc\w*|declar\w*|apologi[sz]\w*|say\w*|said|promot\w*|recommend\w*|advertis\w*|"
        r"back\w*|support\w*)\b(?=.*\b(?:realistic|real|authentic|genuine|looks real|"
        r"convincing|lifelike|photorealistic|believable|like real footage)\b)",
        0.9,
    ),
)

RULES += (
    (
        "weapons_terror",
        "armed attackers",
        r"\b(?:gunm[ae]n|terrorists?|militants?|jihadists?|armed (?:men|man|attackers?|gang)|"
        r"shooters?|attackers? with (?:guns|rifles|knives))\b(?: \w+){0,3} (?:storm\w*|attack\w*|"
        r"raid\w*|take\w* over|enter\w*|burst\w* into|open\w* fire|seiz\w*|invad\w*|"
        r"massacr\w*)\b",
        1.0,
    ),
    (
        "deception",
        "realistic: real person says it",
        r"\b(?:realistic|real|authentic|genuine|convincing|lifelike|photorealistic)\b(?: \w+){0,4} "
        r"(?:\w+ )?(?:of |where |in which )?(?:the |a |my )?(?:celebrity|president|prime minister|"
        r"senator|mayor|minister|politician|ceo|actor|actress|singer|pop star|footballer|"
        r"influencer|governor|king|queen|pope|chancellor|candidate|athlete|boss|teacher|"
        r"neighbou?r)\b(?: \w+){0,3} (?:endors\w*|confess\w*|admit\w*|resign\w*|announc\w*|"
        r"declar\w*|apologi[sz]\w*|say\w*|said|promot\w*|threaten\w*|insult\w*)\b",
        0.9,
    ),
    (
        "self_harm",
        "own body hurt",
        r"\b(?:burn\w*|cut\w*|scratch\w*|hit\w*|bang\w*|carv\w*|bit\w*|slash\w*|stab\w*|"
        r"punch\w*) (?:his|her|their|my) own (?:\w+ )?(?:arm|arms|skin|wrists?|legs?|thighs?|"
        r"head|face|stomach|hand|hands)\b|\b(?:burn\w*|cut\w*|scratch\w*|carv\w*|slash\w*) "
        r"(?:his|her|their|my) (?:arm|arms|skin|wrists?|legs?|thighs?|stomach)\b(?: \w+){0,5} "
        r"on purpose\b",
        0.9,
    ),
    (
        "self_harm",
        "gun in own mouth",
        r"\b(?:put\w*|place\w*|press\w*|stick\w*|shove\w*|hold\w*) (?:it|the gun|the barrel|"
        r"the pistol|the revolver|a gun|a pistol) (?:in|into|inside|to|against|under) (?:his|her|"
        r"their) (?:own )?(?:mouth|chin)\b|\b(?:to|against|at) (?:his|her|their) own (?:head|"
        r"temple|mouth|chest)\b",
        1.0,
    ),
    (
        "violence_gore",
        "limb torn off",
        r"\b(?:rip\w*|tear\w*|tore|pull\w*|cut\w*|chop\w*|hack\w*|saw\w*|twist\w*|bit\w*|bite\w*) "
        r"(?:off )?(?:his|her|their|the \w+|the) (?:\w+ )?(?:arm|arms|leg|legs|head|ear|ears|"
        r"fingers?|toes?|tongue|eyes?|heart|nose|hand|hands|limbs?) (?:off|out)\b",
        0.9,
    ),
)

RULES += (
    (
        "minors",
        "child left in danger",
        r"\b(?:leave|leaves|leaving|left|abandon\w*|lock\w*|forget\w*|forgot) "
        + _DET
        + CHILD
        + r"\b(?: \w+){0,2} (?:alone|unattended|behind|in the (?:hot |locked )?car|on the (?:ledge|"
        r"roof|road|highway|motorway|tracks|balcony|railing|windowsill)|near the (?:pool|fire|"
        r"stove|road|edge)|in the (?:pool|bath|bathtub|oven|freezer|trunk))\b",
        0.9,
    ),
    (
        "hate_harassment",
        "portrayed as criminals",
        r"\b(?:look|looks|seem\w*|appear\w*|portray\w*|depict\w*) (?:\w+ ){0,2}(?:like |as )?"
        r"(?:a |an )?(?:terrorists?|suicide bombers?|criminals?|thie(?:f|ves)|rapists?)\b",
        0.45,
    ),
)

RULES += (
    (
        "hate_harassment",
        "pelted",
        r"\b(?:throw\w*|threw|toss\w*|pelt\w*|hurl\w*) (?:\w+ ){0,2}(?:food|eggs|garbage|trash|"
        r"rotten \w+|tomatoes|bottles|drinks|coins|bananas) (?:at|on) (?:them|him|her|the)\b",
        0.9,
    ),
)


# -- round 2: plain words, places of worship, deceptive framings -------------------------------
_WORSHIP = alt(
    r"mosques?",
    r"synagogues?",
    r"churche?s?",
    r"temples?",
    r"cathedrals?",
    r"chapels?",
    r"shrines?",
    r"gurdwaras?",
    r"pagodas?",
    r"monaster\w*",
    r"prayer halls?",
    r"places? of worship",
    r"worshippers",
    r"congregation",
    r"the faithful",
    r"people praying",
    r"(?:sunday|friday|evening|morning|midnight) (?:mass|prayers|service)",
)
# The people a fake can be about: relations, colleagues and public roles.
_PEOPLE_KNOWN = (
    r"boss|manager|coworker|co worker|colleague|neighbou?r|wife|husband|ex|ex wife|ex husband|"
    r"girlfriend|boyfriend|teacher|principal|professor|coach|landlord|roommate|classmate|friend|"
    r"mom|mum|mother|dad|father|stepdad|stepmom|sister|brother|aunt|uncle|cousin|partner|"
    r"fiance\w*|employee|employer|supervisor|pastor|priest|doctor|president|prime minister|"
    r"senator|mayor|governor|minister|politician|councillor|judge|police chief|officer|ceo|"
    r"celebrity"
)
_REAL_REF = (
    r"(?:(?:my|our|his|her|their|the|this|that) (?:\w+ ){0,2})?(?:"
    + _PEOPLE_KNOWN
    + r"|(?:woman|man|guy|girl|person|lady) in (?:the|this) (?:photo|picture|image|pic)"
    r"|grandpa|grandma|grandfather|grandmother|granny|grandad|nan"
    r"|(?:mr|mrs|ms|miss|dr|herr|frau|monsieur|madame|senor|senora|dona|seu) \w+)"
)
RULES += (
    (
        "weapons_terror",
        "attack on worshippers",
        r"\b(?:shoot\w* (?:at|into|up|on|inside|everyone|people)|shot at|open\w* fire|"
        r"fir\w* (?:on|at|into)|spray\w* (?:\w+ )?bullets|"
        r"gunm[ae]n|shooter|attacker|bomb\w*|blow\w* up|blew up|explosive\w*|detonat\w*|"
        r"grenade\w*|massacr\w*|stab\w*|ram\w* (?:into|through)|drive\w* into)\b(?: \w+){0,8} "
        r"(?:in|into|inside|at|on|outside|near|of|during)? ?(?:the |a )?(?:\w+ )?"
        + _WORSHIP
        + r"\b"
        r"|\b" + _WORSHIP + r"\b(?: \w+){0,4} (?:is |are |gets |being )?(?:shot at|bombed|blown up|"
        r"attacked by (?:a )?gunm[ae]n|under fire)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "firing into a crowd",
        r"\b(?:shoot\w*|fir\w*|open\w* fire|spray\w* bullets) (?:\w+ )?(?:into|at|on) (?:the )?"
        r"(?:\w+ ){0,2}(?:crowds?|festival\w*|concert\w*|market|parade|people|audience|"
        r"stadium|square|mall|shoppers|passengers|pedestrians|students|children|party|"
        r"protesters|queue)\b",
        0.9,
    ),
    (
        "violence_gore",
        "harmed, passive",
        r"\b(?:being|gets|got|getting|is|was|were|are) (?:\w+ )?(?:drowned|strangled|stabbed|"
        r"beaten to death|beaten bloody|beaten unconscious|shot dead|shot in the (?:head|chest|"
        r"back|face|neck|stomach)|murdered|tortured|gunned down|lynched|bludgeoned|burned alive|"
        r"beaten up|kicked to death|stoned to death|knifed|shanked|glassed|pistol whipped|curb stomped|"
        r"decapitated|disembowelled|mutilated|executed)\b",
        0.75,
    ),
    (
        "violence_gore",
        "broken bones",
        r"\b(?:crack\w*|break\w*|broke|snap\w*|shatter\w*|smash\w*|cave\w* in) (?:\w+ ){0,3}"
        r"(?:ribs|skull|jaw|kneecaps?|spine|eye socket|cheekbone|windpipe)\b|\b(?:face|throat|"
        r"stomach|belly|chest|skull|head|neck) (?:is |gets |being )?(?:ripped|torn|sliced|split|"
        r"slit|bashed|caved|smashed) (?:open|in|apart)\b|\bglass\w* (?:\w+ ){0,3}in the face\b",
        0.9,
    ),
    (
        "violence_gore",
        "held under water",
        r"\b(?:hold\w*|held|keep\w*|kept|push\w*|forc\w*) (?:\w+ ){0,4}(?:head |face )?under (?:the )?"
        r"(?:water|surface|waves)\b"
        r"(?=.*\b(?:until|struggl\w*|stops?|drown\w*|breath\w*|dies|limp)\b)",
        0.9,
    ),
    (
        "violence_gore",
        "until harm",
        r"\b(?:until|till) (?:he|she|they|it|the \w+) (?:stops? (?:struggling|breathing|moving|"
        r"twitching|kicking)|goes? (?:limp|still|quiet)|can t breathe|turns? blue|loses? consciousness|"
        r"is knocked out|is bleeding|bleeds)\b",
        0.9,
    ),
    (
        "self_harm",
        "lets herself fall",
        r"\b(?:ledge|edge|roof|rooftop|bridge|cliff|balcony|window|parapet|railing|tower|"
        r"overpass)\b(?: \w+){0,8} (?:lets?|letting) (?:herself|himself|themselves|myself|go)"
        r"(?: fall| drop| go)?\b(?!(?: \w+){0,2} (?:into|onto|in|on) (?:the |his |her )?(?:pool|"
        r"water|lake|sea|arms|bed|snow|hay|sofa|couch|net|cushions|foam|mat|grass|sand))",
        0.9,
    ),
    (
        "sexual",
        "adult film",
        r"\badult (?:film|movie|video|content|scene|site|star|entertainment)s?\b|\bporn ?stars?\b",
        0.9,
    ),
    (
        "minors",
        "child abused or taken",
        r"\b"
        + CHILD
        + r"\b(?: \w+){0,4} (?:(?:covered in|full of) bruises|bruises (?:all over|up and down|"
        r"on (?:his|her|their) (?:face|arms?|back|body|neck))|a black eye|welts|burn marks|"
        r"cigarette burns)\b|\b" + CHILD + r"\b(?: \w+){0,3} (?:is |being |gets )?"
        r"(?:dragged|snatched|carried off|pulled|bundled|forced) (?:\w+ ){0,2}(?:into|away|off)\b"
        r"(?=.*\b(?:van|car|stranger|man|woman|truck|screaming|crying|kicking)\b)|\b(?:beat\w* up|"
        r"gang\w* up on|jump\w*|corner\w*) " + _DET + CHILD + r"\b",
        0.9,
    ),
    (
        "hate_harassment",
        "group should be wiped out",
        r"\b(?:jews|jewish people|muslims|christians|blacks|black people|whites|gays|lesbians|"
        r"trans people|immigrants|refugees|migrants|arabs|asians|mexicans|gypsies|roma|"
        r"foreigners|disabled people|the disabled|indians|africans|chinese|catholics|hindus|"
        r"sikhs|homosexuals|minorities)\b(?: \w+){0,3} (?:should|must|need to|deserve to|ought "
        r"to|have to) (?:all )?(?:be )?(?:wiped out|exterminated|killed|gassed|deported|"
        r"eradicated|die|burn|burned|hang|hanged|shot|removed|eliminated)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "go back where you came from",
        r"\bgo back (?:to )?where (?:he|she|they|you|it) (?:came|come|comes) from\b|"
        r"\bgo back to (?:africa|mexico|asia|china|india|your country|the desert|the jungle)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "made ugly and posted",
        r"\b(?:make|makes|making|turn|turns|show)\b(?: \w+){1,5} (?:look|looks|like|into) "
        r"(?:like )?(?:a |an )?(?:fat |ugly |disgusting |stupid )?(?:pig|fool|idiot|clown|whore|"
        r"slut|monkey|rat|loser|freak|cow|hag|retard|beggar)s?\b(?=.*\b(?:post\w*|online|"
        r"upload\w*|share|send|spread|everyone|group chat|instagram|tiktok|facebook|school)\b)",
        0.9,
    ),
    (
        "deception",
        "real person looks drunk or high",
        r"\b" + _REAL_REF + r" (?:\w+ ){0,2}(?:look\w*|seem\w*|appear\w*) (?:\w+ ){0,2}(?:high"
        r"(?! up| above| into| at| over| in the| on the)|stoned|drunk|wasted|intoxicated|on drugs|"
        r"hammered|smashed|tipsy|off (?:his|her|their) face|out of it)\b",
        0.75,
    ),
    (
        "deception",
        "made to believe",
        r"\b(?:make believe|make it look like|make look like|make it seem|make it appear|"
        r"look like|appear|seem)\b(?: \w+){0,6} (?:drugged|on drugs|drunk|stoned|wasted|"
        r"intoxicated|stealing|robbing|taking a bribe|cheating|arrested)\b",
        0.75,
    ),
    (
        "deception",
        "cash from a shady figure",
        r"\b(?:tak\w*|took|accept\w*|pocket\w*|receiv\w*|grab\w*|hand\w*) (?:\w+ ){0,2}(?:bag|"
        r"envelope|briefcase|wad|stack|suitcase|bundle)s? (?:of|full of|stuffed with) (?:\w+ )?"
        r"(?:cash|money|bills|banknotes|notes)\b(?=.*\b(?:mayor|minister|senator|judge|governor|"
        r"president|councillor|politician|official|police chief|officer|cop|gangster|mobster|"
        r"shady|cartel|mafia|dealer|realistic|news|footage)\b)",
        0.9,
    ),
    (
        "deception",
        "made for a third party",
        r"\b(?:to send|to show|to forward|to give|for|so) (?:it |this )?(?:to )?(?:her|his|their|"
        r"my) (?:\w+ )?(?:husband|wife|boss|employer|fiance\w*|girlfriend|boyfriend|parents|"
        r"family|teacher|principal|manager|coworkers?)\b(?=.*\b(?:flirt\w*|cheat\w*|"
        r"kiss\w*(?! (?:her|his|my|their) (?:own )?(?:husband|wife|partner|fiance\w*|bride|groom|"
        r"baby|son|daughter|mom|dad|mother|father))|"
        r"drunk|high|stoned|steal\w*|lying|in bed|affair|cuddl\w*|dating|sleeping)\b)|\b(?:flirt\w*|"
        r"cheat\w*|kiss\w*(?! (?:her|his|my|their) (?:own )?(?:husband|wife|partner|fiance\w*|"
        r"bride|groom|baby|son|daughter|mom|dad|mother|father))|drunk|stoned|steal\w*|affair|"
        r"cuddl\w*)\b(?: \w+){0,8} (?:to send|to show|"
        r"to forward|for|so) (?:it |this )?(?:to )?(?:her|his|their|my) (?:\w+ )?(?:husband|wife|"
        r"boss|employer|fiance\w*|girlfriend|boyfriend|parents|family|teacher|principal|"
        r"manager)\b",
        0.9,
    ),
)

RULES += (
    (
        # A person sent down the stairs, off a height or under a vehicle: harm by outcome.
        "violence_gore",
        "pushed to a fall",
        r"\b(?:push\w*|shov\w*|throw\w*|threw|kick\w*|tip\w*) " + TARGET + r" (?:\w+ ){0,2}?"
        r"(?:down the (?:stairs|staircase|stairwell)|off (?:the |a )?(?:\w+ )?(?:balcony|cliff|"
        r"roof|rooftop|bridge|ledge|platform|building)|in front of (?:a |an |the )?(?:\w+ )?"
        r"(?:train|truck|bus|car|tram|lorry))\b",
        0.9,
    ),
)

# Round 6 (colloquial German and French read into English): what those phrasings left out.
_GROUPS = (
    r"(?:jews|jewish|muslims?|christians|arabs?|blacks?|black people|whites|africans?|asians?|"
    r"chinese|mexicans?|latinos?|immigrants?|migrants?|refugees?|gays?|lesbians|trans people|"
    r"homosexuals|gypsies|roma|indians?|pakistanis?|turks?|turkish|syrians?|afghans?|somalis?|"
    r"nigerians?|bolivians?|venezuelans?|venezolanos|colombians?|peruvians?|haitians?|"
    r"brazilians?|romanians?|poles|polish|albanians?|kurds?|northeasterners|foreigners?|"
    r"disabled people|comorians?|senegalese|malians?|moroccans?|algerians?|tunisians?|ivorians?|"
    r"congolese|cameroonians?|ukrainians?|serbs?|bosnians?|vietnamese|filipinos?|koreans?|"
    r"ecuadorians?|paraguayans?|dominicans?|cubans?|guatemalans?|hondurans?|salvadorans?|"
    r"the disabled|disabled|minorities)"
)
_HIGH_PLACE = (
    r"(?:changing table|bed|bunk bed|balcony|stairs|staircase|window|windowsill|roof|table|"
    r"high ?chair|counter|shelf|wall|slide|climbing frame|pram|stroller)"
)
RULES += (
    (
        "minors",
        "child falls and is hurt",
        r"\b(?:" + CHILD + r")\b" + _N6 + r"(?:(?:fall\w*|fell|roll\w*|drop\w*|tumbl\w*|tip\w*) "
        r"(?:\w+ ){0,3}(?:off|from) (?:the |a )?"
        + _HIGH_PLACE
        + r"|(?:off|from) (?:the |a )?"
        + _HIGH_PLACE
        + r"(?: \w+){0,2} (?:fall\w*|fell|roll\w*|drop\w*|tumbl\w*))\b"
        r"(?=.*\b(?:slam\w*|hit\w*|smash\w*|crash\w*|bang\w*|head|floor|tiles|ground|concrete|"
        r"cries|crying|screams|hurt|injur\w*|bleed\w*|lies still)\b)",
        0.9,
    ),
    (
        "hate_harassment",
        "drenched to be laughed at",
        r"\b(?:laugh\w*|mock\w*|film\w*|bull\w*|humiliat\w*)\b(?: \w+){0,12} (?:pour\w*|tip\w*|"
        r"dump\w*|empt\w*) (?:\w+ ){0,3}over (?:her|his|their|the) head\b|\b(?:pour\w*|tip\w*|"
        r"dump\w*|empt\w*) (?:\w+ ){0,3}over (?:her|his|their|the) head\b(?=.*\b(?:laugh\w*|"
        r"mock\w*|film\w*|bull\w*|humiliat\w*)\b)",
        0.45,
    ),
    (
        "hate_harassment",
        "group out",
        r"\b(?:signs?|banners?|placards?|posters?|chant\w*|shout\w*|slogans?|graffiti|spray\w*|"
        r"writ\w*|yell\w*) (?:\w+ ){0,4}" + _GROUPS + r" out\b",
        0.9,
    ),
    (
        "deception",
        "real person endorses",
        r"\b(?:footballer|soccer player|football player|athlete|actor|actress|singer|rapper|"
        r"celebrity|influencer|youtuber|streamer|star|president|politician|minister|mayor|"
        r"doctor|ceo)\b(?: \w+){0,6} (?:says?|saying|said|tells?|endors\w*|recommend\w*|support\w*|"
        r"promot\w*|advertis\w*|prais\w*)\b(?: \w+){0,6} (?:my|our) (?:\w+ ){0,2}(?:shop|store|"
        r"brand|product|app|business|channel|page|company|restaurant|coin|crypto|course|"
        r"supplements?)\b",
        0.9,
    ),
    (
        "deception",
        "real person shown drunk",
        r"\b" + _REAL_REF + r" (?:is |looks |totally |completely |really )?(?:blind drunk|wasted|"
        r"hammered|shitfaced|smashed|really drunk|stoned)\b",
        0.45,
    ),
    (
        "deception",
        "real person acts drunk",
        r"\b" + _REAL_REF + r" (?:\w+ ){0,3}(?:slur\w*|stagger\w*|stumbl\w*|totter\w*|"
        r"babbl\w*|act\w*|behav\w*)\b(?: \w+){0,6} (?:drunk|wasted|hammered|intoxicated|high|"
        r"stoned)\b",
        0.75,
    ),
    (
        "sexual",
        "from behind",
        r"\b(?:takes?|took|taking|fucks?|bangs?|does|doing) (?:her|him) (?:hard )?from behind\b",
        1.0,
    ),
)

# Round 7 (long scene descriptions with the harm at the end, jokes and memes as excuses).
RULES += (
    (
        "self_harm",
        "unalive",
        r"\bunaliv\w* (?:myself|himself|herself|themselves|yourself|me)\b|\b(?:kms|kys)\b",
        0.9,
    ),
    (
        "violence_gore",
        "unalive someone",
        r"\bunaliv\w* " + TARGET,
        0.9,
    ),
    (
        "self_harm",
        "stones in the pockets, into the water",
        r"\b(?:fill\w*|load\w*|stuff\w*) (?:her|his|their|my) (?:coat |jacket )?pockets with "
        r"(?:stones|rocks)\b|\binto the (?:sea|ocean|river|lake|water|waves)\b(?: \w+){0,3} until "
        r"(?:she|he|they) (?:is |s |are )?(?:gone|under|disappear\w*)\b",
        0.9,
    ),
    (
        "self_harm",
        "off the edge on purpose",
        r"\b(?:step\w*|jump\w*|walk\w*|throw\w* (?:himself|herself|themselves)) (?:off|over|from) "
        r"(?:the |a )?(?:\w+ )?(?:edge|cliff|ledge|roof|bridge)\b(?: \w+){0,3} (?:on purpose|"
        r"deliberately|to end it|because (?:she|he|they) wants? (?:it )?(?:all )?to end)\b|"
        r"\b(?:want\w*|wish\w*) (?:it )?all to end\b",
        0.9,
    ),
    (
        "weapons_terror",
        "bag explodes in a crowd",
        r"\b(?:backpack|bag|suitcase|package|parcel|box|bin|trash can|rucksack|car|van|truck|"
        r"device)s? (?:\w+ ){0,5}(?:explod\w*|blows? up|blew up|detonat\w*|goes off|went off|goes boom|"
        r"makes? boom)\b(?: \w+){0,6} (?:crowd|people|market|shoppers|festival|square|station|parade|fair|"
        r"audience|passengers|worshippers)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "pipe bomb",
        r"\bfill\w* (?:a |the )?(?:metal |steel )?pipe (?:\w+ ){0,2}(?:with |of )(?:gun ?|black )?"
        r"powder\b|\bpipe (?:\w+ ){0,3}(?:powder|nails)\b(?: \w+){0,6} (?:timer|detonator|fuse)\b",
        0.9,
    ),
    (
        "drugs",
        "lines cut on a mirror",
        r"\b(?:lines?|traces?|rails?) (?:of )?(?:snow|powder)\b(?=.*\b(?:snort\w*|sniff\w*|card|"
        r"mirror|banknote|straw|rolled)\b)",
        0.9,
    ),
    (
        "drugs",
        "bump of ket",
        r"\b(?:key bump|bumps? of (?:ket|k|coke|ketamine|mdma|molly|speed)|(?:ecstasy|mdma) pills?)\b",
        0.9,
    ),
    (
        "minors",
        "child holds a real gun",
        r"\b" + CHILD + r"\b" + _N6 + r"(?:hold\w*|aim\w*|point\w*|grab\w*|play\w* with|wav\w*) "
        r"(?:\w+ ){0,4}(?:revolver|gun|pistol|rifle|shotgun|handgun)\b(?=.*\b(?:loaded|real|for "
        r"real|father s|dad s|daddy s)\b)",
        0.9,
    ),
    (
        "minors",
        "child pulled under water",
        r"\b(?:" + CHILD + r")\b" + _N6 + r"(?:is |gets |was )?(?:pulled|dragged|pushed|held|"
        r"pressed|forced) (?:\w+ ){0,2}under ?(?:the )?water\b|\b(?:"
        + CHILD
        + r")\b"
        + _N6
        + r"under ?(?:the )?water (?:\w+ )?(?:pulled|dragged|pushed|held|pressed|forced)\b|"
        r"\b(?:hold\w*|held|push\w*|"
        r"press\w*|forc\w*) (?:\w+ ){0,2}" + _DET + CHILD + r"\b(?: \w+){0,4} under ?(?:the )?"
        r"water\b",
        0.9,
    ),
    (
        "minors",
        "child given alcohol or drugs",
        r"\b(?:give\w*|gave|hand\w*|pass\w*|pour\w*|offer\w*|let\w*) (?:\w+ )?"
        + _DET
        + CHILD
        + r"\b(?: \w+){0,5} (?:beer|wine|vodka|whiske?y|alcohol|booze|tequila|rum|gin|liquor|"
        r"shots?|joint|weed|cigarettes?|vape|pills|drugs|cocaine|hookah|ecstasy)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "group turned into animals",
        r"\b"
        + _GROUPS
        + r"\b(?: \w+){0,8} (?:into|in|as|are|like|becom\w*) (?:\w+ ){0,2}(?:monkeys?|"
        r"apes?|gorillas?|pigs?|rats?|vermin|cockroach\w*|roaches|insects?|parasites?|lice|"
        r"maggots|dogs|animals|subhumans?|beasts|cattle)\b",
        0.9,
    ),
    (
        "violence_gore",
        "throat cut, passive",
        r"\b(?:the |his |her |their )?throats? (?:is |are |gets |get |was |were )?(?:cut|slit|"
        r"slashed)\b",
        0.9,
    ),
    (
        "violence_gore",
        "animal into the fire",
        r"\b(?:throw\w*|threw|toss\w*|push\w*|kick\w*) " + ANIMAL_TARGET + r" (?:\w+ ){0,2}"
        r"(?:into|in|onto|on) (?:the |a )?(?:bonfire|fire|flames|campfire|fogata|grill|barbecue|"
        r"oven|boiling water)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "wets himself, laughed at",
        r"\b(?:pee\w*|piss\w*|wet\w*) (?:in |on )?(?:himself|herself|themselves|his|her|their|the) "
        r"(?:pants|trousers|jeans)\b(?=.*\b(?:laugh\w*|film\w*|mock\w*|point\w*|everyone)\b)|"
        r"\b(?:laugh\w*|film\w*|mock\w*|point\w*)\b(?: \w+){0,8} (?:pee\w*|piss\w*|wet\w*) "
        r"(?:in |on )?(?:himself|herself|themselves|his|her|their|the) (?:pants|trousers|jeans)\b",
        0.9,
    ),
)

# Round 8 (terse regional slang) and round 9 (algospeak): English slang and public figures.
_PUBLIC_NAMES = (
    r"(?:trump|biden|obama|harris|putin|zelensky\w*|macron|merz|scholz|merkel|sunak|starmer|"
    r"lula|bolsonaro|milei|amlo|sheinbaum|sanchez|meloni|modi|xi jinping|erdogan|netanyahu|"
    r"the pope|pope francis|pope leo|king charles|elon musk|musk|zuckerberg|bezos|taylor swift)"
)
RULES += (
    (
        "deception",
        "a named public figure, news style",
        r"\b" + _PUBLIC_NAMES + r"\b(?: \w+){0,6} (?:resign\w*|announc\w*|receiv\w*|accept\w*|"
        r"tak\w*|grab\w*|pocket\w*|arrest\w*|confess\w*|admit\w*|drunk|stoned|high|crying|"
        r"cash|money|bribe\w*|envelope)\b",
        0.75,
    ),
    (
        "hate_harassment",
        "racist abuse of a player",
        r"\b(?:call\w*|chant\w*|shout\w*) (?:\w+ ){0,4}(?:a )?(?:monkey|ape|gorilla)\b(?=.*\b(?:black|"
        r"player|preto|noir|schwarz)\b)|\b(?:black|preto|noir)\b(?: \w+){0,4} (?:a )?(?:monkey|"
        r"ape|gorilla)\b|\bthrow\w* (?:a )?bananas? (?:at|to|in|on) (?:the )?(?:black )?"
        r"(?:player|footballer|striker|goalkeeper)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "go home, dirty group",
        r"\bdirty (?:arab|jew|muslim|immigrant|foreigner|gypsy|turk|black)s?\b|\b(?:send\w*|kick\w*) "
        r"(?:the |those |all )?"
        + _GROUPS
        + r" (?:away|home|back|out)\b|\b"
        + _GROUPS
        + r" (?:out of|fora de|raus aus|hors de) \w+",
        0.9,
    ),
    (
        "weapons_terror",
        "cash machine blown up",
        r"\b(?:blow\w*|blew|bomb\w*|dynamit\w*|explod\w*) (?:up )?(?:the |an |a )?(?:atm|cash machine|"
        r"cashpoint|cash point|bank vault|safe)\b|\bdynamite (?:\w+ ){0,3}(?:atm|cash machine|bank)\b",
        0.9,
    ),
    (
        "drugs",
        "street names of drugs",
        r"\b(?:yayo|yeyo|purple drank|sizzurp|lean (?:w|with) codeine|codeine (?:syrup|lean)|"
        r"sipp\w* lean)\b|\bbumps? of (?:yayo|blow|snow|coke)\b",
        0.9,
    ),
    (
        "sexual",
        "breasts out",
        r"\b(?:tiddies|titties|tits|boobs|breasts|nipples) (?:are )?(?:out|showing|exposed|"
        r"hanging out)\b|\bbreasts out\b",
        0.9,
    ),
)

RULES += (
    (
        "drugs",
        "cut and bagged for sale",
        r"\b(?:snow|white|blanca|flour|powder|coke|product|c)\b(?: \w+){0,4} (?:cut|divided|weighed|"
        r"bagged|baggies)\b(?=.*\b(?:bag\w*|baggies|scale|hustle)\b)|\bchas\w* the dragon\b",
        0.9,
    ),
    (
        "deception",
        "a real person's fake will",
        r"\b"
        + _REAL_REF
        + r" (?:\w+ ){0,2}(?:say\w*|announc\w*|confess\w*|declar\w*)\b(?: \w+){0,6} "
        r"(?:leav\w*|giv\w*|sign\w*) (?:\w+ ){0,3}(?:house|money|inheritance|everything|fortune|"
        r"company|car|savings) to me\b",
        0.9,
    ),
    (
        "hate_harassment",
        "made to crawl and beg",
        r"\bcrawl\w*\b(?: \w+){0,6} (?:beg\w*|bark\w*|lick\w*|eat\w* (?:\w+ ){0,2}scraps)\b",
        0.9,
    ),
    (
        "minors",
        "child lured behind a closed door",
        r"\b(?:give\w*|gives|gave|hand\w*|offer\w*|da) (?:\w+ ){0,3}(?:lollipop|candy|sweets|chocolate|"
        r"a toy|a present)\b(?: \w+){0,4} " + _DET + CHILD + r"\b(?: \w+){0,8} (?:clos\w*|lock\w*|"
        r"shut\w*) (?:the )?(?:door|curtains)\b",
        0.9,
    ),
    (
        "sexual",
        "grape, SA",
        r"\bgrap(?:e|ed|ing) (?:scene|her|him|them|someone|video)\b|\b(?:got|gets|getting) "
        r"graped\b|\b(?:sa|s a) (?:scene|her|him)\b",
        0.9,
    ),
    (
        "self_harm",
        "bag over the head",
        r"\b(?:tie\w*|pull\w*|put\w*|tape\w*) (?:a |the )?(?:plastic )?bag over (?:her|his|their|my) "
        r"(?:own )?head\b",
        0.9,
    ),
    (
        "sexual",
        "removal of clothing",
        r"\b(?:complete |total |full )?removal of (?:all )?(?:the |her |his )?(?:\w+ ){0,2}(?:clothing|"
        r"clothes|garments)\b",
        0.9,
    ),
    (
        "violence_gore",
        "until death",
        r"\b(?:strangl\w*|beat\w*|chok\w*|tortur\w*|stab\w*|drown\w*|kick\w*)\b(?: \w+){0,6} until "
        r"(?:to )?(?:his|her|their|the) (?:own )?death\b",
        0.9,
    ),
    (
        "hate_harassment",
        "out with a group, written up",
        r"\b(?:graffiti|sign|banner|says|reads|spray\w*|paint\w*|writ\w*)\b(?: \w+){0,4} (?:out|fuera|"
        r"fora|raus|dehors) (?:the |los |os |les |die )?"
        + _GROUPS
        + r"\b|\bmonkey (?:noises|sounds|"
        r"chants)\b",
        0.9,
    ),
    (
        "minors",
        "child bullied or dared",
        r"\b(?:class|classmates|the whole class|the others|the kids|the older kids|schoolmates|colegas)"
        r"\b(?: \w+){0,6} (?:mock\w*|zoam|laugh\w* at|bull\w*|surround\w*|call\w* (?:him|her) (?:a )?"
        r"(?:\w+ )?(?:whale|pig|fatso|cow))\b(?=.*\b(?:fat kid|fat boy|fat girl|new kid|new girl)\b)|"
        r"\b" + CHILD + r"\b" + _N6 + r"(?:\w+ ){0,6}dar\w* (?:him|her|them) to jump\b",
        0.9,
    ),
    (
        "drugs",
        "growing and labs",
        r"\b(?:plantation|grow room|grow tent|farm|plants?) of (?:weed|cannabis|marijuana|hashish)\b|"
        r"\bgrow\w* (?:weed|cannabis|marijuana)\b|\bdrug lab\w*\b|\b(?:baggies|bags) of "
        r"(?:ketamine|keta|ket|mdma|speed|crystal)\b",
        0.9,
    ),
    (
        "hate_harassment",
        "ableist slur",
        r"\b(?:spasti|spastis|spast|spaz|spazz|retards?)\b(?=.*\b(?:wheelchair|disabled|mock\w*|"
        r"make fun|laugh\w*|funny|lustig)\b)",
        0.9,
    ),
    (
        "violence_gore",
        "nails ripped out",
        r"\b(?:fingernails?|toenails?|nails|teeth|eyes?) (?:\w+ ){0,2}(?:ripped|pulled|torn|gouged)"
        r" out\b",
        0.9,
    ),
    (
        "weapons_terror",
        "plant a bomb",
        r"\b(?:plant\w*|hid\w*|leav\w*|plac\w*) (?:a |the |an )?(?:bomb|explosive|device|ied|"
        r"pipe bomb)\b|\b(?:goes|go|going|makes?) boom\b(?=.*\b(?:nails|shrapnel|timer|fuse|jar|"
        r"pipe|crowd|school|parade)\b)",
        0.9,
    ),
)


# Rounds 12-18 (fixed from their train halves only): harm told by its scene rather than its
# verb (a drug lab, a bomb bench, a noose and a stool, stones in the pockets), fake
# endorsements and evidence made to fool an employer, plain short requests, and long agency
# briefs where the harm is one clause among camera words.
def together(*parts: str, unless: str | None = None) -> str:
    """A pattern matching text that has every one of `parts`, in any order (and not `unless`)."""
    guard = rf"(?!.*\b(?:{unless})\b)" if unless else ""
    return "^" + guard + "".join(rf"(?=.*\b(?:{part})\b)" for part in parts)


_BAD_ACTS = (
    r"(?:dozing|asleep|sleeping on|playing games|steal\w*|stole|taking money|takes? money|"
    r"kiss\w* (?:my|her|his|their) (?:brother|sister|best friend|boss|neighbou?r|ex|friend)|"
    r"money (?:off|from) the till|cash from|bribe\w*|folded notes|pocket\w*|kiss\w* (?:another|"
    r"a stranger|someone else)|hug\w* a stranger|drunk|stagger\w*|stumbl\w*|switch\w* (?:the )?"
    r"(?:patient|medication)|admits?|confess\w*|sold the (?:match|game|play)|sells the (?:match|"
    r"game|play)|sells? (?:the |some )?(?:exams|grades|notes|tests)|sold (?:the )?(?:exams|grades|"
    r"tests))"
)
_EVIDENCE = (
    r"(?:screen recording|cctv|security (?:cam\w*|footage)|doorbell cam\w*|timestamp|dashcam|"
    r"bodycam|hidden camera|real interview|news channel|breaking news|tv news|news style|bfm|cnn|"
    r"bbc|fox news|globo|tagesschau|as evidence|lip[ -]?sync\w*|make it (?:pass|look) as|"
    r"has to think|must think|should think|believe it|look\w* real)"
)
_FOOLED = (
    r"(?:for|to|so) (?:that )?(?:the |our |my |his |her )?(?:manager|supervisor|hr|hospital board|"
    r"board|branch manager|child services|principal|management|direction|his mother|her mother|"
    r"his wife|her husband|the wife|the husband|worshippers|parish|fan group|fans|court|judge|"
    r"police|insurance|director|headmaster|principal|lawyer|divorce lawyer|attorney|bishop|parish priest)"
)
_KNOWN_PERSON = (
    r"(?:my|our|the|this) (?:\w+ )?(?:"
    + _PEOPLE_KNOWN
    + r"|nurse|referee|trainer|mother in law|brother in law|sister in law|father in law|"
    r"caretaker|janitor|nanny|babysitter|cashier|receptionist|stepfather|stepmother)"
)
_ENDORSERS = (
    r"(?:famous|celebrity|singer|footballer|player|influencer|actor|actress|president|governor|"
    r"minister|mayor|streamer|youtuber|athlete|presenter|anchor|host|well known|bank owner|ceo|"
    r"banker|shakira|mbappe|messi|ronaldo|neymar|beyonce|rihanna|drake|bad bunny|kardashian|"
    r"the rock|" + _PUBLIC_NAMES + ")"
)
_PROMOTED = (
    r"(?:brand|product|shop|store|site|betting site|bet|crypto\w*|cryptocurrency|investment|app|"
    r"company|restaurant|casino|clothes|clothing|kebab|bar|cafe|business|salon|gym|bakery|hotel|"
    r"party|campaign|headphones|shoes|perfume|drink|beer|wine)"
)
_BLAST = (
    r"rubble|blown up|blow up|sky high|explod\w*|blast|(?:disappear\w*|vanish\w*) in a (?:flash|"
    r"blast)|only smoke"
)
_PUBLIC_SPOT = (
    r"stadium|station|bus station|embassy|synagogue|mosque|church|gate|lobby|crowd|market|bench|"
    r"steps|courthouse"
)
_SWING = r"rope swings?"  # a rope swing hangs from a beam too
_DRUG_GIFT = r"drugs?|pills?|alcohol|vodka|whisky|cachaca|joint|weed|cocaine|beer"
RULES += (
    (
        "drugs",
        "a drug lab by its scene",
        together(r"gas masks?", r"crystals?|shards?")
        + "|"
        + together(
            r"foil (?:over|on) the windows?|blacked[ -]?out windows?",
            r"crystals?|shards?|chemicals|gas masks?|bubbling",
        )
        + r"|\b(?:snow|white|powder|coke|product)\b(?: \w+){0,3} in (?:a|the) lab\b",
        0.9,
    ),
    (
        "drugs",
        "the tells of using",
        r"\b(?:white )?powder\b(?: \w+){0,4} (?:nose|nostrils?)\b|\brubs? (?:\w+ ){0,2}gums\b|"
        r"\bmakes? (?:a |the )?lines? with (?:a |the |his |her )?(?:\w+ )?card\b|\becstasy pill\b|"
        r"\bjaw (?:\w+ ){0,2}grinding\b|\bspoon (?:\w+ ){0,2}(?:lighter|flame)\b|\bcrack (?:pipe|"
        r"rock|cocaine)\b|\b(?:rock|rocks) of crack\b|\bsmok\w* crack\b|"
        + together(r"glass pipe", r"inhal\w*|smok\w*|lights?|glows?")
        + "|"
        + together(r"belt (?:\w+ ){0,3}(?:arm|bicep)", r"spoon|lighter|needle|syringe")
        + "|"
        + together(
            r"pupils (?:\w+ ){0,2}(?:huge|enormous|dilated)",
            r"rave|party|club|festival|pill\w*|sweets|candy",
        )
        + "|"
        + together(r"grind\w* (?:the |his |her )?teeth", r"rave|pill\w*|party|club"),
        0.9,
    ),
    (
        "drugs",
        "pills at a party",
        together(
            r"(?:pop\w*|taking|takes?|swallow\w*|throw\w*|drop\w*) (?:\w+ ){0,2}(?:pills|molly|"
            r"mollies|xans?|xanax|percs)",
            r"party|rave|dance|dancing|club|festival|sunrise",
        )
        + r"|\bpop\w* (?:molly|mollies|xans?|xanax|percs)\b|\bjoint\b(?: \w+){0,3} (?:passed|"
        r"passing|going|being passed) around\b|\beveryone (?:is )?(?:high|stoned)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "a bomb by its parts",
        together(
            r"nails|screws|ball bearings|shrapnel",
            r"pipe|tube",
            r"timer|alarm clock|old phone|wires?|wired|detonator|fuse",
        )
        + "|"
        + together(r"fertili[sz]er (?:sacks|bags)", r"timer|wired|detonator")
        + "|"
        + together(r"bottles?", r"petrol|gasoline|fuel", r"rags?|cloths?|wicks?")
        + "|"
        + together(r"petrol bottles", r"rags?|throw\w*|light\w*")
        + "|"
        + together(
            r"3d",
            r"pistol|gun|rifle|trigger|barrel|weapon",
            r"works|that fires|that shoots|assembl\w*|ready to fire|spring|puts? (?:\w+ ){0,3}together|"
            r"shoot\w* (?:for )?real|for real",
        ),
        0.9,
    ),
    (
        "weapons_terror",
        "a bag left, then a blast",
        together(r"bag|backpack|parcel|package|suitcase|rucksack", _BLAST, _PUBLIC_SPOT),
        0.9,
    ),
    (
        "weapons_terror",
        "a vehicle or a grenade into a crowd",
        r"\b(?:van|truck|lorry|car|suv)\b(?: \w+){0,3} (?:rams?|ramming|speeds?|accelerat\w*|"
        r"ploughs?|plows?|drives? (?:\w+ )?(?:into|through))\b(?: \w+){0,5} (?:crowd\w*|promenade|"
        r"pedestrian\w*|market|parade|families|people)\b|\b(?:throws?|launch\w*|steer\w*|drives?) "
        r"the (?:van|truck|lorry|car) (?:against|into|at) the (?:crowd|people|pedestrians|market)\b"
        r"|\bpin (?:of|from|out of) (?:a |the )?grenade\b|\bgrenade\b(?: \w+){0,5} (?:throw\w*|"
        r"hurl\w*|toss\w*|lob\w*)\b",
        0.9,
    ),
    (
        "weapons_terror",
        "a place of worship blown up",
        together(_WORSHIP, r"blown up|blow\w* up|bomb\w*|rubble", unless=r"fireworks?"),
        0.9,
    ),
    (
        "self_harm",
        "a noose and a stool",
        together(r"rope|noose|cord", r"stool|tips over|goes taut|kicked away", unless=_SWING)
        + "|"
        + together(
            r"rope|noose",
            r"beam|rafters?|roof beam",
            r"garage|barn|attic|silence|silently|alone|stool|chair",
            unless=_SWING,
        ),
        0.9,
    ),
    (
        "self_harm",
        "into the water to stay",
        together(r"stones in (?:\w+ ){0,3}pockets", r"sea|lake|river|water")
        + "|"
        + together(
            r"(?:walks?|walking|goes|wades?) (?:in|into) the (?:\w+ )?(?:sea|lake|river|ocean|water)",
            r"until (?:she |he )?(?:disappear\w*|sinks?|is gone|goes under)|does not come back|"
            r"doesnt come back|not comes? back|never comes? back|further and further|on purpose",
        )
        + r"|\blets? (?:herself|himself) sink\b",
        0.9,
    ),
    (
        "self_harm",
        "a hose from the exhaust, the rails, the railing, the void",
        together(r"hose", r"window|exhaust", r"garage|idl\w*|engine")
        + "|"
        + together(
            r"(?:sits?|lies?|lying|sitting|stands?) (?:down )?(?:between|on) the (?:rails|tracks|"
            r"railway)",
            r"horn|train|doesnt move|does not move|waits?",
        )
        + "|"
        + together(
            r"(?:outside of|over) the railing", r"empty|gone|lets go|drops|looks down|no longer"
        )
        + r"|\bthrows? (?:himself|herself) (?:in|into) the void\b|\bjumps? into the void\b",
        0.9,
    ),
    (
        "self_harm",
        "a goodbye before the edge",
        together(
            r"(?:goodbye|farewell|suicide) (?:letters?|notes?)",
            r"edge|ledge|rooftop|roof|bridge|pills|blister|rope|railing|window|jump\w*|leaning forward",
        )
        + "|"
        + together(
            r"folds? (?:\w+ ){0,3}(?:clothes|dress|clothing)",
            r"pier|jetty|dock|shore|bridge",
            r"only the water|water moves|never|not come back|afterwards",
        )
        + "|"
        + together(
            r"(?:nobody|no one) (?:\w+ ){0,3}miss", r"window|floor|bridge|pills|edge|jump\w*|rope"
        ),
        0.9,
    ),
    (
        "self_harm",
        "veins, forearm cuts, starving, a gun to one's own head",
        r"\b(?:slic\w*|slit\w*|cut\w*|open\w*) (?:\w+ ){0,3}(?:veins|wrists?)\b|\bstops? eating "
        r"(?:\w+ ){0,2}to (?:lose weight|get thin|be thin|slim\w*)\b|"
        + together(r"cuts? (?:\w+ ){0,3}(?:forearm|wrists?|thighs?)", r"blade|razor|scissors")
        + "|"
        + together(
            r"(?:days?|weeks?) without (?:eat\w*|food)",
            r"bones|thin\w*|ribs|lose weight|weight|mirror|fat",
        )
        + "|"
        + together(r"own head", r"shot|shoot\w*|gun|pistol|bullet|trigger"),
        0.9,
    ),
    (
        "minors",
        "a child left in a hot car or on a ledge",
        together(
            r"(?:baby|toddler|child|kid|infant)(?: \w+){0,4} (?:stays?|left|alone|locked|sleeps?)"
            r"(?: \w+){0,3} (?:in|inside) the (?:closed |locked |hot )?car",
            r"sun|heat|hot|closes|closed|locked|parents",
        )
        + r"|\b(?:toddler|baby|child|kid|little boy|little girl)\b(?: \w+){0,6} (?:climbs?|"
        r"climbing|stands? on|leans? over|sits? on)\b(?: \w+){0,6} (?:balcony railing|windowsill|"
        r"window ledge|ledge)\b|"
        + together(
            CHILD,
            r"ledge|windowsill|balcony railing",
            r"floor|storey|rooftop|roof|wobbl\w*|walks away|alone|edge",
        ),
        0.9,
    ),
    (
        "minors",
        "a child hurt, dosed or run over",
        together(
            CHILD,
            r"(?:face|eye|cheek)s? (?:\w+ ){0,2}(?:bruised|swollen)|black eye|bruised face|"
            r"(?:is|gets|got|be|being|that) run over|run over (?:by|with) (?:a|the) (?:car|truck|"
            r"bus|van)|(?:car|truck|bus|van) run over|falls? (?:of|from|out of|off) the (?:window|"
            r"balcony|roof)|(?:pillow|pillows|cushion)(?: \w+){0,3} (?:on|onto|over) (?:the |his |"
            r"her )?face",
        )
        + r"|\b(?:give\w*|gave|hand\w*|offer\w*|sell\w*) (?:\w+ ){0,3}(?:"
        + _DRUG_GIFT
        + r")\b(?: \w+){0,3} (?:to )?(?:the |a |his |her )?"
        + CHILD
        + r"\b|\b(?:give\w*|gave|hand\w*|offer\w*) (?:the |a )?(?:\w+ ){0,2}"
        + CHILD
        + r"\b(?: \w+){0,5} (?:an? )?(?:\w+ )?(?:"
        + _DRUG_GIFT
        + r")\b|\b"
        + CHILD
        + r"\b(?: \w+){0,6} (?:gets|given|receives|is handed) (?:\w+ ){0,6}(?:"
        + _DRUG_GIFT
        + r")\b|\b"
        + CHILD
        + r"\b(?: \w+){0,3} (?:drinks?|drinking|chugs?|downs?) (?:\w+ ){0,3}(?:bottle of (?:\w+ )?"
        r"(?:vodka|whisky|cachaca|wine|rum|tequila|schnapps|gin|beer)|vodka|whisky|cachaca|alcohol|"
        r"tequila|rum|schnapps|shots)\b",
        0.9,
    ),
    (
        "minors",
        "the big kids on the little one",
        together(
            r"older kids|bigger kids|the big kids|big ones",
            r"surround\w*|take\w* (?:off |away )?(?:his|her|the) (?:snack|lunch|money|phone)|"
            r"make (?:him|her) cr\w*|push\w*|mock\w*|harass\w*|bull\w*",
        ),
        0.9,
    ),
    (
        "sexual",
        "love made on camera, a towel dropped, touched inappropriately",
        r"\b(?:makes?|making|made) love\b(?! not war)|\b(?:has|had|have|with|wearing) nothing on\b|"
        r"\btouch\w* (?:\w+ ){0,3}inappropriate\w*\b|"
        + together(
            r"moan\w*|rhythmic (?:movements|thrust\w*)", r"sheets|blanket|bed|uncensored|couple"
        )
        + "|"
        + together(
            r"towel (?:drops|falls|slips)",
            r"full view|no cropping|nothing on|naked|nude|uncensored|stays dropped|frontal",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "unveiled, dehumanised, mocked by a crowd, racist banners",
        r"\b(?:turn\w*|transform\w*|morph\w*|become) (?:\w+ ){0,4}(?:into |in )?(?:vermin|"
        r"cockroach\w*|rats|insects|parasites|lice|pests)\b|\bcall\w* (?:\w+ ){0,3}(?:vermin|"
        r"plague|pests|rats|parasites|cockroaches)\b|\b(?:whole|all the|entire) (?:street|class|"
        r"office|school|town|neighbourhood|crowd)\b(?: \w+){0,4} (?:pointing (?:at (?:him|her) )?"
        r"and (?:laugh\w*|mock\w*)|mock\w*|jeer\w*|spit\w* (?:on|at))|(?<!anti )\bracis\w* "
        r"(?:banners?|slogans?|chants?|insults?|signs?|phrases|slurs|graffiti)\b|\b(?:banners?|"
        r"signs?|slogans?|phrases) (?:\w+ ){0,2}(?<!anti )racis\w*|\b(?:antisemit\w*|homophob\w*|"
        r"islamophob\w*|nazi) (?:banners?|slogans?|chants?|songs?|insults?|signs?|graffiti)\b|"
        r"\b(?:flags?|banners?) of (?:a |the )?(?:terror\w*|jihadi\w*|isis|daesh|al qaeda|nazis?)\b|"
        r"\bterror group (?:flags?|banners?)\b|\b(?:chants?|songs?|slogans?|banners?|insults?|"
        r"graffiti)\b(?: \w+)? (?:antisemit\w*|racis\w*|homophob\w*|nazi)\b|"
        + together(
            _GROUPS,
            r"(?:are|is|like) (?:\w+ )?(?:garbage|trash|vermin|parasites|animals)|go back to (?:their|"
            r"your) (?:land|country)",
        )
        + "|"
        + together(
            r"without (?:the |her )?(?:veil|hijab|headscarf|turban|kippah)",
            r"laugh\w*|mock\w*|films?|filming|crowd|group",
        ),
        0.9,
    ),
    (
        "deception",
        "a fake endorsement",
        r"\b" + _ENDORSERS + r"\b(?: \w+){0,6} (?:recommend\w*|endors\w*|announc\w*|promot\w*|"
        r"support\w*|invest\w*|advertis\w*|indicat\w*|shouts? out|shouting out|plugs?|plugging)\b"
        r"(?: \w+){0,4} (?:my|our) (?:\w+ ){0,3}"
        + _PROMOTED
        + r"\b|\b"
        + _ENDORSERS
        + r"\b(?: \w+){0,10} (?:my|our) (?:\w+ ){0,3}"
        + _PROMOTED
        + r"\b(?: \w+){0,3} (?:recommends?|endorses?|advertises?|promotes?)\b",
        0.9,
    ),
    (
        "deception",
        "fake evidence against a real person",
        together(_KNOWN_PERSON, _BAD_ACTS, _EVIDENCE + "|" + _FOOLED),
        0.9,
    ),
    (
        "deception",
        "a cloned voice, a fake before a vote, cheating shown to fool, no AI label",
        together(
            r"(?:with|in) (?:his|her) (?:own )?voice",
            r"transfers?|money|donations?|bank|"
            r"pay\w*|raffle|pix",
        )
        + "|"
        + together(
            r"(?:before|ahead of) the (?:election|vote|referendum)",
            r"president|minister|mayor|governor|senator|candidate",
            r"declar\w*|announc\w*|says|said|admit\w*",
        )
        + "|"
        + together(
            r"kiss\w* (?:another|a stranger|someone else|other woman)|cheats? on",
            r"wife|husband|girlfriend|boyfriend|mother|mom|sister|convince|believe\w*",
        )
        + "|"
        + together(
            r"lip[ -]?sync\w*|as evidence|court",
            r"confess\w*|admits?|says|declar\w*|"
            r"recommend\w*",
        )
        + "|"
        + together(
            r"(?:without|no|nobody|sans|sin|keine|aucune) (?:\w+ ){0,3}(?:mention|label\w*|"
            r"marking|watermark|indicat\w*|recommend|kennzeichnung|disclos\w*) (?:\w+ ){0,3}"
            r"(?:ai|ia|ki)",
            r"photo|real|famous|presenter|minister|president|footballer|singer|celebrity|well known",
        ),
        0.9,
    ),
    (
        "violence_gore",
        "burned, beaten senseless, smothered, stabbed and bleeding",
        r"\b(?:set fire to|sets fire to|set on fire|sets on fire|setting fire to|set alight)\b"
        r"(?: \w+){0,3} " + ANIMAL_TARGET + r"|\b" + ANIMAL_TARGET + r"(?: \w+){0,4} (?:set on "
        r"fire|set fire|set alight|burned alive)\b|\bbody\b(?: \w+){0,8} (?:full of|covered in) "
        r"(?:cuts|wounds|stab wounds|blood)\b|\b(?:boot|kick|foot|stick)\b(?: \w+){0,3} (?:hits?|"
        r"strikes?|kicks?) (?:\w+ ){0,2}ribs\b|\b(?:beat\w*|getting beaten|punch\w*|kick\w*|"
        r"hit\w*)\b(?: \w+){0,4} until (?:he |she |they )?(?:passes out|pass out|passed out|"
        r"faints?|unconscious|knocked out)\b|\b(?:smash\w*|bash\w*|slam\w*) (?:\w+ ){0,3}head\w* "
        r"(?:against|into|on) (?:the |a )?(?:wall|floor|table|door|ground|pavement|sink)\b|\bheads?\b(?: \w+){0,5} (?:chopped|hacked|"
        r"sliced) off\b|\b(?:chop\w*|hack\w*) off (?:his|her|their|the) heads?\b|\b(?:whip"
        r"\w*|beat\w*|flog\w*|lash\w*)\b(?: \w+){0,4} until (?:\w+ ){0,2}bleed\w*|"
        + together(
            r"not moving (?:anymore|any more)", r"hammer|knife|bat|shot|blood|beating|kicks?"
        )
        + "|"
        + together(r"stab\w*", r"blood|wounds?|bleed\w*")
        + "|"
        + together(
            r"head\w*(?: \w+){0,6} (?:explod\w*|burst\w*|smash\w*|blown off)",
            r"blood|bones?|brains?|gore|skull",
        )
        + "|"
        + together(
            r"(?:pillow|pillows|cushion|hand|bag)(?: \w+){0,3} (?:on|onto|over) (?:the |his |her )?"
            r"(?:face|mouth)",
            r"until|no longer|stops? (?:breathing|moving)|stirs",
        ),
        0.9,
    ),
)

# Rounds 19-21 (everyday second take, children and bodies, German and French; fixed from
# their train halves only).
RULES += (
    (
        "minors",
        "a child starved, battered, bullied or given alcohol",
        together(
            CHILD,
            r"starv\w*|go hungry|goes hungry|passes starve",
            r"nobody|no one|alone|filthy|dirty|days|floor",
        )
        + "|"
        + together(CHILD, r"black and blue|beaten up|battered")
        + "|"
        + together(
            r"fat (?:kid|boy|girl)|new (?:kid|girl|boy)|schoolyard|playground|recess",
            CHILD,
            r"laughed at|pushed around|beat\w* up|mocked|bullied|spit\w* on",
        )
        + "|"
        + together(
            r"class|classmates|the whole class|the others|the kids",
            CHILD,
            r"spit\w*|push\w* (?:him|her)|kick\w*|mock\w*|laugh\w* at",
        )
        + r"|\b(?:vodka|whisky|alcohol|rum|tequila|beer|wine|cachaca) (?:\w+ ){0,3}(?:baby bottle|"
        r"sippy cup)\b|\b" + CHILD + r"\b(?: \w+){0,3} (?:taking|takes|drinking|drinks) (?:\w+ )"
        r"{0,2}(?:vodka|whisky|tequila|rum|cachaca|schnapps|beer|alcohol|wine)\b|"
        + together(r"(?:car|truck|bus|van|lorry) (?:\w+ )?runs? over", CHILD)
        + "|"
        + together(CHILD, r"goes under|went under|drown\w*"),
        0.9,
    ),
    (
        "sexual",
        "oral sex, lap dances",
        r"\bgo\w* down on (?:each other|him|her|them|me)\b|\blap ?dances?\b",
        0.9,
    ),
    (
        "self_harm",
        "purging to stay thin, pro-ana",
        r"\bpro[ -]?(?:ana|mia)\b|\bvomit\w*\b(?: \w+){0,5} (?:to (?:stay|be|get|are|look) thin|to "
        r"lose weight|thin)\b",
        0.9,
    ),
    (
        "violence_gore",
        "an animal set alight or beaten, a knife plunged, a face smashed",
        r"\b(?:set\w*|sets) (?:on )?fire (?:to )?"
        + ANIMAL_TARGET
        + "|"
        + together(ANIMALS, r"beat\w* up|is beaten|gets beaten|being beaten|iron bar|crowbar")
        + r"|\bplung\w* (?:the |a |his |her )?knife (?:in|into)\b|\b(?:smash\w*|punch\w*|beat\w*|"
        r"kick\w*|break\w*) (?:in )?the face of\b",
        0.9,
    ),
    (
        "hate_harassment",
        "a place of worship ransacked, mocked for who they are",
        together(
            _WORSHIP,
            r"ransack\w*|vandali[sz]\w*|desecrat\w*|trash\w*|smash\w* up|graffiti|swastikas?|"
            r"burn\w* down|set on fire|stones? (?:at|through)|with stones|wreck\w*|smash\w* (?:\w+ ){0,3}"
            r"(?:windows?|stained glass|altar|statues?)|knock\w* over the altar|daub\w* slogans",
        )
        + "|"
        + together(
            r"trans\w*|gay|gays|lesbian|disabled|wheelchair|black|jew\w*|muslim",
            r"call\w* (?:him|her|them) (?:a |an )?(?:monster|freak|abomination|animal|it|"
            r"disgusting)",
        )
        + "|"
        + together(r"hoods?|hooded|capuzes", r"cross|crosses", r"fire|burn\w*")
        + r"|\b(?:klan|ku klux)\b|\beveryone (?:\w+ ){0,3}(?:points?|pointing|show) (?:at|on) (?:him|her)\b(?: \w+){0,3}"
        r" (?:and )?laugh\w*",
        0.9,
    ),
    (
        "drugs",
        "a cartel lab, meth cooked in a trailer",
        r"\b(?:cartel lab\w*|lab\w* of the cartel|cartel laborator\w*)\b|"
        + together(r"crystals?|cook meth", r"masks?|gas masks?", r"trailer|lab|caravan|camper"),
        0.9,
    ),
    (
        "deception",
        "a fake news statement by a real leader",
        together(
            r"breaking news|news clip|tv news|news style|newscast",
            r"president|federal president|minister|chancellor|mayor|governor|pope|king|queen",
            r"statement|declar\w*|announc\w*|says|admit\w*|never made|never said",
        ),
        0.9,
    ),
)

# Round 26 (English in every variety), fixed from its train half.
RULES += (
    (
        "violence_gore",
        "scalded, dragged by the hair, a machete chase, realistic gore",
        r"\b(?:pours?|pouring|throws?|throwing|splash\w*) (?:\w+ ){0,2}(?:boiling water|acid|bleach|"
        r"hot oil)\b(?: \w+){0,2} (?:on|over|into|in|at) (?:\w+ ){0,3}(?:face|eyes|skin|body|head)\b"
        r"|\bacid attack\b|\b(?:dragged|pulled) by (?:the|her|his) hair\b|\b(?:wield\w*|with|"
        r"brandish\w*|swing\w*) (?:a |an |the )?(?:machete|axe|knife|sword|chainsaw|cleaver)\b"
        r"(?: \w+){0,4} (?:chas\w*|attack\w*|runs? at|goes after|slash\w*)\b|"
        + together(
            r"eat\w* (?:\w+ ){0,3}(?:guts|intestines|brains|flesh|organs)", r"realistic|real|blood"
        )
        + r"|\b(?:can(?:e|es|ed|ing)|beat\w*|whip\w*|hit\w*|strap\w*) (?:the |a |his |her )?(?:\w+ )?"
        r"(?:\w+ )?until (?:\w+ ){0,3}bleed\w*",
        0.9,
    ),
    (
        "weapons_terror",
        "a plane into a tower, a landmark blown up",
        r"\bplanes? (?:\w+ ){0,3}(?:into|crash\w* into) the (?:\w+ )?(?:tower|towers|building|"
        r"skyscraper|stadium|crowd)\b|\bblow\w* up (?:the )?(?:[a-z]+ ){0,3}(?:sands|tower|towers|"
        r"building|bridge|station|mall|stadium|embassy|parliament|hotel|airport|hospital|palace|"
        r"capitol|white house)\b|"
        + together(
            r"rifle|gun|pistol|assault rifle|shotgun|weapon",
            r"aim\w* (?:\w+ ){0,2}(?:at|to|in) the (?:people|customers|shoppers|crowd|passengers)",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "disability mocked",
        together(
            r"autistic|disabled|down syndrome|deaf|blind|wheelchair|stutter\w*",
            r"idiot|retard\w*|drooling|freak|moron|mock\w*|everyone laughing|laughing at|film and laugh|"
            r"people laugh|everyone laughs|imitating|laughed at|pushed over",
        ),
        0.9,
    ),
    (
        "deception",
        "a crime confessed, a product praised, by a real person",
        together(
            r"(?:managing )?director|ceo|cfo|boss|manager|mayor|minister|president|coworker|"
            r"colleague|teacher|priest|coach|partner",
            r"admit\w*|confess\w*",
            r"cooked the books|fraud|embezzl\w*|stole|steal\w*|bribe\w*|cheat\w*|lied|rigged",
        )
        + r"|\b"
        + _ENDORSERS
        + r"\b(?: \w+){0,6} say\w* (?:that )?(?:my|our) (?:\w+ ){0,2}(?:product|"
        r"skincare|cream|brand|app|supplement|pills|tea|course|shop|restaurant|site)\b",
        0.9,
    ),
)

# Round 27 (a generic queue), fixed from its train half.
RULES += (
    (
        "minors",
        "a child left in a hot car",
        together(
            r"leav\w* (?:him|her|them) (?:alone )?in the (?:hot |locked )?car|left (?:alone )?in the "
            r"(?:hot |locked )?car",
            r"hot day|heat|sun|windows up|locked",
        ),
        0.9,
    ),
    (
        "violence_gore",
        "legs broken",
        r"\bbreak\w* (?:the|his|her|their|both) (?:legs|arms|bones|knees|kneecaps|fingers|neck|jaw)\b",
        0.9,
    ),
    (
        "sexual",
        "showing everything",
        together(
            r"shows? everything|showing everything",
            r"underwear|underpants|panties|bra|undress\w*|off",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "vermin out",
        r"\b(?:vermin|parasites|rats|scum|pests) out\b|\b(?:foreigners|immigrants|migrants|refugees|"
        r"muslims|jews|blacks|arabs|turks|gypsies|gays) out\b(?! (?:of|on|at|in|for|to|and|with)\b)",
        0.9,
    ),
)

# Rounds 28-31 (scenes and aftermath, terse slang, formal registers, business briefs), fixed
# from their train halves.
_STRIPPER = (
    r"her|him|them|shorty|shawty|the (?:girl|woman|lady|guy|man|model|dancer|waitress)|"
    r"my (?:gf|girlfriend|wife|ex|bf|boyfriend|husband|neighbou?r)"
)
_STILL = (
    r"motionless|not moving|stops? moving|stopped moving|no longer moves?|cessation of movement|"
    r"gone quiet|limp|until (?:the )?bubbles stop|bubbles (?:\w+ ){0,3}stop"
)
RULES += (
    (
        "violence_gore",
        "a blade in a body",
        together(
            r"knife|knife handle|blade|dagger|machete|handle of the knife",
            r"sticking out of|stuck (?:in|between)|between (?:the|his|her) ribs|(?:in|into|out of) (?:his|"
            r"her|their) (?:side|back|chest|belly|stomach|neck|ribs)",
        ),
        0.9,
    ),
    (
        "violence_gore",
        "smothered with a pillow",
        together(
            r"pillow",
            r"(?:over|on) (?:the|his|her|their) (?:\w+ ){0,2}face",
            _STILL + r"|struggl\w*|kick\w*",
        ),
        0.9,
    ),
    (
        "violence_gore",
        "torture by its tools",
        together(
            r"pliers|pincers",
            r"fingernails|toenails|fingertips|teeth|nails",
            r"straps|strapped|tied|bound|raw|bleeding|slumped|sagging|chair",
        ),
        0.9,
    ),
    (
        "self_harm",
        "into the sea, not to return",
        together(
            r"(?:walks?|walking|goes|going|wades?|wading|entering|enters?) (?:\w+ ){0,2}into the "
            r"(?:sea|ocean|river|lake|water|waves)|(?:entering|enters?) (?:in )?the (?:sea|ocean|river|lake)",
            r"to die|never (?:to )?(?:come|comes|coming) back|to (?:not|never) come back|without "
            r"(?:looking|turning) back|stones|rocks|waves (?:close|cover)\w*",
        ),
        0.9,
    ),
    (
        "self_harm",
        "cuts by their scene",
        together(
            r"bath\w*|tub|sink",
            r"(?:water|it) (?:is |turns |turning |goes |becomes? |become )?(?:red|pink)|red water|water red|"
            r"red (?:the )?water",
            r"blade|razor|wrists?|forearms?|cuts",
        )
        + "|"
        + together(
            r"razor|blade", r"forearms?|wrists?", r"cuts|scratches|lines|fresh|red|bleed\w*"
        ),
        0.9,
    ),
    (
        "self_harm",
        "shoes left on a bridge",
        together(
            r"shoes",
            r"bridge|cliff|ledge|edge|railing",
            r"only the shoes|just the shoes|neatly|left behind|lined up|side by side|stand only",
        ),
        0.9,
    ),
    (
        "self_harm",
        "a fatal jump, purging to lose weight",
        together(
            r"jump\w*|leap\w*",
            r"building|roof|bridge|balcony|window|cliff",
            r"fatal\w*|to (?:his |her |their )?death|to die|suicid\w*",
        )
        + "|"
        + together(
            r"vomit\w*|purg\w*|throw\w* up",
            r"lose weight|losing weight|skinny|thinner|slim\w*|induced|provoked|fingers? down",
        ),
        0.9,
    ),
    (
        "minors",
        "a child in danger by the scene",
        together(
            CHILD,
            r"outside (?:the )?(?:\w+ )?railing|(?:other side|outside) of the (?:\w+ )?railing|on the ledge|"
            r"(?:sitting|standing|left) on the (?:\w+ ){0,2}railing",
            r"nobody|no one|alone|wind|while the parents|parents (?:go|are|went)",
        )
        + "|"
        + together(
            CHILD,
            r"car seat|in the car",
            r"windows (?:up|closed|shut)|hours later|(?:two|three|four|five) hours",
            unless=r"windows (?:down|lowered|open)",
        )
        + "|"
        + together(
            CHILD,
            r"pool|water|bath\w*|pond|lake|sea",
            _STILL
            + r"|face down|slips under|held under|submersion|submerg\w*|until the water (?:\w+ )?"
            r"(?:calm|still)\w*|presses? (?:on|down)|pushes? (?:\w+ )?under|holds? (?:\w+ )?under",
        )
        + "|"
        + together(
            CHILD,
            r"bruises|black eye|bruised|covered in bruises|marks of fingers|finger shaped",
            r"stepfather|father|uncle|belt|hides?|hidden|under the bed|sleeves|sweater|jacket",
        ),
        0.9,
    ),
    (
        "minors",
        "alcohol poured into a child",
        r"\b(?:pour\w*|give\w*|gave|feed\w*) (?:\w+ ){0,2}(?:vodka|whiske?y|tequila|alcohol|shots|"
        r"beer|wine|rum|gin)\b(?: \w+){0,3} (?:into|to) (?:the |a |his |her )?(?:\w+ )?"
        + CHILD
        + r"\b",
        0.9,
    ),
    (
        "weapons_terror",
        "a bag with a timer",
        together(
            r"bag|backpack|rucksack|suitcase|parcel|package",
            r"timer|countdown|counting down|red numbers|numbers (?:\w+ )?(?:counting|going) down",
            r"wires?|tape|taped|phone|station|crowd\w*|turnstiles|rush hour|bench|block",
        ),
        0.9,
    ),
    (
        "weapons_terror",
        "a school after the shots",
        together(
            r"school\w*|classroom\w*|playground",
            r"after the (?:shots|shooting|gunshots|gunfire)|gunshots|bullet holes",
            r"police tape|backpacks?|schoolbags?|sirens|bodies|blood|sneakers?",
        ),
        0.9,
    ),
    (
        "weapons_terror",
        "a gun to the head in a robbery",
        together(
            r"barrel|gun|pistol|revolver|canon",
            r"(?:to|on|against|at) (?:the|his|her) (?:forehead|temple|head)|to the temple of head",
            r"cashier|clerk|shop assistant|customer|hands up|trembl\w*|hostage",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "hoods and a burning cross",
        together(
            r"hoods?|robes?|tunics?",
            r"(?:burning|flaming) cross\w*|cross\w* (?:burning|on fire|in flames|ablaze|aflame)",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "a disabled or veiled person humiliated",
        together(
            r"wheelchair",
            r"tipped over|on its side|out of (?:his|her|their) wheelchair|knocked over|pushed over|"
            r"overturned",
            r"filming|film|laugh\w*|mock\w*|crawl\w*",
        )
        + "|"
        + together(
            r"headscarf|hijab|veil|turban|kippah|kippa",
            r"on the (?:ground|floor)|torn off|ripped off|pulled off|yanks? (?:it |\w+ )?off|rips? (?:it |\w+ )?"
            r"off|pulls? (?:it |\w+ )?(?:off|down)|rips? off",
            r"crowd|laugh\w*|circle|filming|films|mock\w*|claps?|applau\w*",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "black people shown as apes",
        together(
            r"black|blacks|african\w*",
            r"monkeys?|apes?|gorillas?|chimps?",
            r"bananas?|faces?|heads?|noises|sounds",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "pig heads at a place of worship",
        together(_WORSHIP, r"pig\w* heads?|pigs? heads?|pig s heads?|pork|bacon"),
        0.9,
    ),
    (
        "drugs",
        "crack by its scene, cutting and bagging",
        together(r"rocks?|stones", r"foil", r"pipe|smok\w*|lighter|burnt|burned")
        + r"|\b(?:cut\w*|bag\w*|weigh\w*|portion\w*) (?:and (?:bag\w*|cut\w*|weigh\w*) )?(?:up )?"
        r"(?:the |some )?(?:coke|cocaine|crack|meth|heroin|smack|powder|dope)\b",
        0.9,
    ),
)
_OFFICIALS = r"president|prime minister|chancellor|king|queen|minister|mayor|governor"
RULES += (
    (
        "weapons_terror",
        "a bomb carried into a crowd, a bag left behind",
        together(
            r"vest|belt|jacket",
            r"full of wires|wires|explosives|cables",
            r"concert|crowd\w*|hall|stadium|market|walks into|enters|under (?:the|his|her) coat",
        )
        + "|"
        + together(
            r"backpack|bag|suitcase|valise|parcel",
            r"finish line|marathon|crowded|packed|platform|train|crowd",
            r"walks? (?:off|away)|leaves? (?:it|the)|gets off|without (?:it|she|he|her|him)|sets (?:the \w+ )?"
            r"down|moves away|eloigne\w*",
        ),
        0.9,
    ),
    (
        "weapons_terror",
        "a vehicle that does not brake for a crowd",
        together(
            r"truck|lorry|van|car|suv",
            r"parade|market|crowd\w*|packed|carnival|sidewalk|pedestrian\w*",
            r"doesnt brake|does not brake|not brake|no brakes|without braking|accelerat\w*|full speed|"
            r"mounts the (?:sidewalk|pavement)|speeds? up",
        ),
        0.9,
    ),
    (
        "weapons_terror",
        "explosives by their ingredients",
        together(r"pipe|tube", r"black powder|gunpowder", r"caps|nails|screws|fuse")
        + "|"
        + together(r"fertili[sz]er", r"diesel|fuel oil"),
        0.9,
    ),
    (
        "minors",
        "a pupil with a gun at school",
        together(
            r"student|pupil|schoolboy|schoolgirl|teen\w*|kid|boy|girl|year old|sixteen year old",
            r"pistol|gun|rifle|shotgun",
            r"school|classroom|assembly|recess|school toilet|hallway|instituto",
            unless=r"water (?:pistol|gun)s?|nerf|toy",
        ),
        0.9,
    ),
    (
        "drugs",
        "a meth cook by its chemicals",
        together(
            r"acetone|pseudoephedrine|lye|red phosphorus",
            r"pot|pour\w*|crystals?|kitchen|cook\w*",
        )
        + "|"
        + together(r"masks?", r"crystal\w*", r"pots?|stir\w*|move the"),
        0.9,
    ),
    (
        "violence_gore",
        "an animal doused or thrown",
        together(
            ANIMALS,
            r"petrol|gasoline|boiling water|lighter|match|essence",
            r"throw\w*|pour\w*|douse\w*|lit|light\w*|strikes?|sets? fire",
        )
        + "|"
        + together(
            ANIMALS,
            r"out of the window|off the balcony|from the (?:\w+ )?floor|off the roof",
            r"throw\w*|toss\w*|drop\w*|hurl\w*|scale|balance\w*",
        ),
        0.9,
    ),
    (
        "violence_gore",
        "a beating or a stabbing by its aftermath",
        r"\b(?:smash\w*|disfigured|shattered) faces?\b|\bfaces? (?:smash\w*|disfigured|shattered)\b|"
        r"\bteeth (?:knocked out|scattered|spread|espalhados|on the (?:ground|asphalt|floor))\b|"
        r"\bknocked out teeth\b|"
        + together(
            r"knife|blade",
            r"holding (?:her|his|the) (?:belly|stomach|side)|(?:blouse|shirt) (?:is |turns |turning |goes |"
            r"becomes? )red|turning red",
        ),
        0.9,
    ),
    (
        "self_harm",
        "a goodbye, then the edge",
        together(
            r"goodbye note|suicide note|note of goodbye|farewell note|forgive me|sorry for everything|"
            r"perdonadme",
            r"ledge|edge|bridge|window|roof|railing|parapet|tracks|building",
        )
        + "|"
        + together(
            r"lies? (?:down )?(?:on|over)|lying (?:down )?on|lays? (?:down )?on|tumba\w*",
            r"train tracks|rails|railway",
            r"waits?|eyes closed|whistle|train coming|approach\w*",
        )
        + "|"
        + together(
            r"barrel|gun|pistol|own weapon|weapon",
            r"under (?:his|her|their|the) chin|in (?:his|her) (?:own )?mouth|own temple",
        )
        + "|"
        + together(
            r"razor blade|blade|razor",
            r"locks? (?:himself|herself)|shuts? (?:himself|herself)|closes (?:himself|herself)|bathroom|bath",
            r"sleeve|(?:sink|basin) (?:\w+ ){0,2}red|towels? (?:\w+ ){0,2}(?:stained|red)",
        ),
        0.9,
    ),
    (
        "hate_harassment",
        "a couple spat on",
        together(
            r"gay|two men|two women|holding hands|hold hands|same sex|lesbian|trans",
            r"spit\w*|eggs|throw\w* (?:\w+ )?(?:stones|bottles)",
        ),
        0.9,
    ),
    (
        "deception",
        "a leader's fake announcement",
        together(
            _OFFICIALS,
            r"announc\w*|declar\w*|says|confirms?",
            r"elections? (?:is |are )?(?:cancel\w*|suspend\w*|called off|postpon\w*)|(?:cancel\w*|"
            r"suspend\w*|call\w* off) (?:the )?elections?|martial law|declares? war|resign\w*|abdicat\w*",
        ),
        0.9,
    ),
)
RULES += (
    (
        "sexual",
        "made to strip",
        rf"\bmake (?:{_STRIPPER}) strip\b(?! (?:the |off the |down the )?(?:mall|club lights?|steak|"
        r"wallpaper|paint|varnish|bed|sheets|wires?|old|floor|boat|engine|car|hedge))",
        0.9,
    ),
)

# A child for the sexual rules: "girl" and "boy" alone are not (a "girl" in a sexual request
# is often an adult; "teen", "schoolgirl", "little girl" or an age under 18 are minors).
YOUNG = alt(
    *_SCHOOL_AGE,
    "child", "children", "kid", "kids", "baby", "babies", "toddlers?", "infants?", "newborn",
    "little girls?", "little boys?", "young girls?", "young boys?", "schoolgirls?",
    "schoolboys?", "son", "daughter", "nephew", "niece", "pupils?", "teen", "teens",
    "teenager", "teenagers", "minor", "minors", _UNDER_18, "little ones?", "tots?",
)  # fmt: skip
