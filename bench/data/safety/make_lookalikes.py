"""Hand-written benign hard negatives ("look-alikes") for the semantic safety heads.

Every prompt here is an ordinary, harmless photo-animation request whose wording or scene
resembles a harmful one: a van on a busy promenade, a parcel on a doorstep, pills from a
pill organiser, a rope on a climbing wall, a child in a paddling pool with a parent, a
stage death in a play, a boxer at a heavy bag. They are all labelled ``benign`` under
``docs/safety-policy.md``.

The rows are used ONLY to train the semantic heads (MiniLM embeddings + small head), so
that they stop flagging everyday scenes that merely resemble harmful ones. They are never
used to measure the gate: keep them out of every dev, test or evaluation split.

Prompts are written natively in English, Spanish, French, German and Portuguese, five per
language for each of twelve scene families (``group`` is ``look-<family>``). Prompts
already present in another corpus file are dropped before writing.

Usage::

    .venv/bin/python bench/data/safety/make_lookalikes.py          # write the TSV
    .venv/bin/python bench/data/safety/make_lookalikes.py --stats  # count table only
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_extra4 import drop_known

OUT = Path(__file__).parent / "lookalikes_train.tsv"
HEADER = ["label", "also", "lang", "obfuscation", "group", "prompt"]
LANGS = ("en", "es", "fr", "de", "pt")

FAMILIES: dict[str, dict[str, list[str]]] = {
    "vehicles": {
        "en": [
            "A white delivery van reverses slowly into the loading bay behind the supermarket, slow push in",
            "Lorry drivers unload crates of oranges at the early morning market, steam rising from coffee cups",
            "An old red car pulls into a petrol station at night and the driver gets out to fill up",
            "A double-decker bus stops at the corner and passengers step off with umbrellas in gentle rain",
            "Headlights of evening traffic stream across the bridge at dusk, time-lapse, wide shot",
        ],
        "es": [
            "Una furgoneta de reparto aparca frente a la panadería y el conductor saluda al dueño",
            "Un camión de mudanzas se detiene en una calle estrecha mientras dos hombres bajan un sofá",
            "El coche familiar avanza despacio por el paseo marítimo al atardecer, con las ventanillas bajadas",
            "Coches cubiertos de espuma pasan por el túnel de lavado, los rodillos giran, plano cenital",
            "Un autobús escolar amarillo espera en la parada mientras cae la nieve, cámara fija",
        ],
        "fr": [
            "Un camion frigorifique recule lentement devant la halle du marché, les commerçants le guident",
            "Le facteur gare sa petite voiture jaune et sort avec une pile de lettres, travelling latéral",
            "Une voiture se gare en créneau dans une rue pavée de Lyon, plan serré sur les roues",
            "Le bus de nuit traverse la ville endormie, les lampadaires défilent sur les vitres",
            "Un vieux tracteur tire une remorque de foin sur une route de campagne, lumière dorée",
        ],
        "de": [
            "Ein Lieferwagen hält vor einem Blumenladen, der Fahrer trägt vorsichtig einen großen Strauß hinein",
            "Ein Lastwagen biegt langsam auf den Rastplatz ein und parkt zwischen den anderen LKW, Drohnenaufnahme",
            "Ein Cabrio fährt gemächlich die Strandpromenade entlang, die Fahrerin lächelt im Wind",
            "Feierabendverkehr auf der Autobahn in der Dämmerung, rote Rücklichter, langsamer Zoom heraus",
            "Ein Mann wäscht sein Auto in der Einfahrt, der Schaum glitzert in der Sonne",
        ],
        "pt": [
            "Uma carrinha de entregas estaciona à porta do café e o estafeta descarrega caixas de leite",
            "O camião do lixo faz a ronda da madrugada e os funcionários acenam uns aos outros",
            "Um táxi amarelo encosta na bomba de gasolina e o motorista vai comprar um café",
            "Carros antigos desfilam devagar pela avenida à beira-mar num encontro de clássicos",
            "Um autocarro cheio de turistas sobe a estrada da serra, câmara acompanha de lado",
        ],
    },
    "bags": {
        "en": [
            "A courier leaves a cardboard parcel on the doorstep, rings the bell and walks back to his van",
            "Travellers wheel their suitcases along the airport concourse, the departures board flickering above",
            "A wicker picnic basket and a canvas bag sit on a checked blanket in the park, leaves swaying",
            "A student swings her heavy backpack onto one shoulder and runs to catch the school bus",
            "At the station lost-and-found, a porter labels a forgotten umbrella and a blue holdall",
        ],
        "es": [
            "Un repartidor deja un paquete en el felpudo y hace una foto para confirmar la entrega",
            "Las maletas giran en la cinta del aeropuerto mientras una familia busca la suya",
            "Una mochila de senderismo apoyada en una roca junto al lago, la cámara se acerca despacio",
            "La abuela abre una bolsa de tela llena de tomates del mercado y sonríe",
            "Un joven olvida su bolsa en un banco de la estación y un revisor corre a devolvérsela",
        ],
        "fr": [
            "Un livreur à vélo dépose un colis devant une porte bleue et repart en sifflant",
            "Sur le quai de la gare, une femme pose sa valise et consulte le tableau des départs",
            "Un sac de plage rempli de serviettes et de crème solaire posé sur le sable, vagues au loin",
            "Un enfant ouvre son cartable le jour de la rentrée et montre fièrement ses cahiers neufs",
            "Au bureau des objets trouvés, une employée rend un sac à dos à un touriste soulagé",
        ],
        "de": [
            "Ein Paketbote stapelt Pakete auf seine Sackkarre und klingelt im Treppenhaus",
            "Am Gepäckband drängen sich Urlauber, ein großer roter Koffer rollt heran, Zeitlupe",
            "Ein Rucksack hängt an einem Haken in der Berghütte, draußen ziehen Wolken vorbei",
            "Eine Frau trägt zwei volle Einkaufstaschen die Treppe hinauf und stellt sie vor der Tür ab",
            "Ein vergessener Koffer am Bahnsteig, ein Schaffner bringt ihn freundlich zum Fundbüro",
        ],
        "pt": [
            "O carteiro deixa uma encomenda à porta e a cadela da casa abana a cauda",
            "Mochileiros descem do comboio com mochilas enormes e olham para o mapa da cidade",
            "Uma mala de viagem aberta em cima da cama, roupa dobrada, luz da manhã pela janela",
            "Um cesto de piquenique com pão e fruta debaixo de uma árvore, brisa leve",
            "Nos perdidos e achados do aeroporto, um funcionário devolve uma mala de mão a uma senhora",
        ],
    },
    "medicine": {
        "en": [
            "A pharmacist in a white coat explains the dosage on a box of tablets to an elderly customer",
            "Grandma opens the Monday compartment of her pill organiser and takes her tablets with tea",
            "A mother pours cough syrup into a measuring spoon for her son, who is tucked up in bed",
            "A nurse hands a patient a paper cup of water and his prescribed tablets, warm ward light",
            "Vitamin bottles lined up on a sunny kitchen counter, slow pan across the labels",
        ],
        "es": [
            "Una farmacéutica coloca cajas de medicamentos en las estanterías y atiende a un cliente",
            "El abuelo se toma su pastilla de la tensión con el desayuno, como cada mañana",
            "Una enfermera pone la vacuna de la gripe a una señora que sonríe, plano medio",
            "El médico de cabecera escribe una receta y se la entrega a su paciente",
            "Una mujer disuelve una pastilla efervescente en un vaso de agua, burbujas subiendo",
        ],
        "fr": [
            "Une pharmacienne tend un sachet de médicaments au comptoir et explique l'ordonnance",
            "Mamie trie ses comprimés dans son pilulier de la semaine, lunettes sur le nez",
            "L'infirmière scolaire tend un verre d'eau à un élève enrhumé et prend sa température",
            "Campagne de vaccination dans un gymnase, file d'attente calme, infirmiers souriants",
            "Un homme avale son sirop contre la toux avec la cuillère doseuse, grimace amusée",
        ],
        "de": [
            "Eine Apothekerin sucht in den Schubladen nach dem verschriebenen Medikament, Kamerafahrt",
            "Opa nimmt seine Tabletten aus der Wochendose und spült sie mit einem Glas Wasser herunter",
            "Eine Kinderärztin impft ein Kleinkind, die Mutter hält es im Arm und tröstet es",
            "Eine Frau nimmt morgens ihr Vitamin-D-Präparat zum Frühstück, sanftes Morgenlicht",
            "Ein Pfleger reicht einer älteren Patientin einen Becher Wasser und ihre Abendtabletten",
        ],
        "pt": [
            "O farmacêutico prepara a medicação de um idoso e explica os horários com paciência",
            "A avó abre a caixinha dos comprimidos e toma o da manhã com um copo de água",
            "Uma enfermeira dá a vacina a um rapaz no centro de saúde, ele faz uma careta e ri-se",
            "Frascos de xarope e caixas de vitaminas numa prateleira da farmácia, travelling lento",
            "Uma mulher toma o antibiótico receitado à hora certa quando o alarme do telemóvel toca",
        ],
    },
    "heights": {
        "en": [
            "A climber clips her rope into the top anchor of the indoor wall while the instructor belays below",
            "Kids take turns on a rope swing over the river while their parents watch from the bank",
            "Close-up of weathered hands tying a bowline knot on a sailing boat, sea sparkling behind",
            "Window cleaners in harnesses glide down a glass tower, waving at the office workers inside",
            "The instructor checks the harness, then the bungee jumper leaps from the bridge with a joyful shout",
        ],
        "es": [
            "Dos equipos tiran de la cuerda en la fiesta del pueblo y todos acaban en el suelo riendo",
            "Una mujer riega las macetas de geranios de su balcón en un quinto piso, plano desde la calle",
            "Un saltador se lanza del trampolín de diez metros y entra limpio en el agua, cámara lenta",
            "Competición de saltos desde acantilado, el público aplaude desde las barcas",
            "Senderistas recorren una cresta de montaña con casco y cuerdas fijas, nubes por debajo",
        ],
        "fr": [
            "Une grimpeuse atteint le haut de la falaise et lève les bras, son partenaire l'assure d'en bas",
            "Un potager sur un toit parisien, une femme cueille des tomates, cheminées au fond",
            "Un moniteur vérifie le baudrier d'un touriste avant son saut à l'élastique depuis un viaduc",
            "Un marin enroule une amarre sur le pont du voilier et fait un nœud de chaise",
            "Un laveur de vitres suspendu à sa corde nettoie la façade d'un hôtel en sifflotant",
        ],
        "de": [
            "Ein Kletterer seilt sich langsam von der Felswand ab, hinter ihm geht die Sonne unter",
            "Auf dem Balkon im vierten Stock blühen Petunien, eine ältere Frau gießt sie und winkt",
            "Ein Junge springt unter Aufsicht des Bademeisters vom Dreimeterbrett, Freibad im Sommer",
            "Beim Sommerfest ziehen zwei Mannschaften am Tau, der Schiedsrichter pfeift",
            "Wanderer gehen gesichert am Drahtseil über einen schmalen Grat in den Alpen, Weitwinkel",
        ],
        "pt": [
            "Um grupo de amigos desce de slide sobre o vale com capacete e arnês, gritos de alegria",
            "Um escalador prende a corda no mosquetão e sobe a parede de escalada do ginásio",
            "Uma varanda cheia de vasos de flores num prédio antigo de Lisboa, roupa a secar ao vento",
            "Um atleta salta da plataforma no campeonato de saltos de falésia nos Açores, câmara lenta",
            "Pescadores enrolam cordas no cais e dão nós nas amarras dos barcos",
        ],
    },
    "water": {
        "en": [
            "Swimmers glide through the lanes of an outdoor pool at dawn, steam lifting off the water",
            "A scuba diver drifts beside a coral reef, bubbles rising, sunbeams slanting from above",
            "Two toddlers splash in a paddling pool in the garden while their dad holds the hose",
            "A fisherman in waders casts his line across a misty river, gentle ripples spreading",
            "Dad rinses his daughter's hair at bath time, rubber ducks floating, both of them giggling",
        ],
        "es": [
            "El muelle de madera al atardecer, una pareja sentada con los pies colgando sobre el agua",
            "Un lago en calma al amanecer, la niebla se levanta y pasa un pato, cámara fija",
            "Una nadadora de aguas abiertas cruza la bahía acompañada por un kayak",
            "Unos niños juegan en la orilla con cubos mientras su madre los vigila, olas suaves",
            "Un buceador sale a la superficie y le hace la señal de OK a su compañero",
        ],
        "fr": [
            "Une maman donne le bain à son bébé dans une petite baignoire, mousse et canard jaune",
            "Un pêcheur avance dans l'eau jusqu'aux genoux pour lancer son filet, lumière du matin",
            "Le ponton au coucher du soleil, les mouettes tournent et l'eau scintille",
            "Des nageurs font des longueurs à la piscine municipale, plan aérien des lignes d'eau",
            "Une apnéiste remonte lentement vers la lumière, ses cheveux flottent autour d'elle",
        ],
        "de": [
            "Ein Steg am See im Morgengrauen, Nebel über dem Wasser, ein Ruderboot schaukelt leise",
            "Kinder planschen im Planschbecken im Garten, die Oma sitzt daneben im Liegestuhl",
            "Ein Angler in Wathose steht im Fluss und wirft die Fliege aus, Zeitlupe",
            "Eine Rettungsschwimmerin beobachtet vom Turm aus die Badegäste am Strand",
            "Vater und Sohn schnorcheln zwischen bunten Fischen, Unterwasseraufnahme",
        ],
        "pt": [
            "Nadadores mergulham no mar gelado no primeiro dia do ano e saem da água a rir",
            "Um pescador caminha na água rasa com a cana ao ombro, pôr do sol no estuário",
            "O pontão ao fim da tarde, um casal de idosos sentado a ver os barcos a chegar",
            "Uma mãe dá banho ao filho na banheira, bolhas de sabão por todo o lado, risos",
            "Uma lagoa tranquila ao amanhecer, uma garça levanta voo e a câmara sobe devagar",
        ],
    },
    "children": {
        "en": [
            "Two brothers chase each other round the garden with water pistols, squealing with laughter",
            "Kids duel with foam swords in the backyard, dressed as knights with cardboard shields",
            "A pillow fight at a sleepover, feathers floating through the air, slow motion",
            "A little girl wobbles on her first bike ride while her mum jogs beside her holding the saddle",
            "Children finish a sandcastle with towers and a moat, then a wave washes it away and they cheer",
        ],
        "es": [
            "Niños disfrazados de piratas en la obra de teatro del colegio, el público aplaude",
            "Una niña sopla las velas de su tarta de cumpleaños rodeada de amigos con gorritos",
            "Un niño corre con su pistola de agua detrás de su padre por el jardín",
            "El abuelo enseña a su nieta a montar en bici en el parque y por fin ella pedalea sola",
            "Los niños juegan al escondite en el patio del colegio durante el recreo",
        ],
        "fr": [
            "Bataille d'oreillers entre cousins dans la chambre, des rires et des plumes partout",
            "Des enfants déguisés en chevaliers croisent leurs épées en bois devant un château fort",
            "Un garçon apprend à faire du vélo sans roulettes, son père le lâche et applaudit",
            "Spectacle de fin d'année à la maternelle, les petits chantent déguisés en fleurs",
            "Une fillette construit un château de sable avec sa grand-mère, pelle et seau",
        ],
        "de": [
            "Kinder spielen im Garten mit Wasserpistolen und kreischen vor Lachen, wenn sie nass werden",
            "Ein Junge im Piratenkostüm schwingt auf dem Kindergeburtstag ein Plastikschwert",
            "Eine Mutter läuft neben ihrer Tochter her, die zum ersten Mal ohne Stützräder fährt",
            "Das Krippenspiel in der Grundschule, ein Kind im Engelskostüm winkt ins Publikum",
            "Geschwister bauen eine riesige Sandburg am Nordseestrand, Drachen am Himmel",
        ],
        "pt": [
            "Crianças numa guerra de almofadas na festa do pijama, penas a voar, câmara lenta",
            "Um menino com uma espada de brincar finge lutar contra um dragão de cartão",
            "A festa de anos da Inês, com balões, bolo de chocolate e amigos a cantar os parabéns",
            "O pai segura o selim da bicicleta enquanto o filho aprende a pedalar no jardim",
            "Miúdos constroem castelos de areia na praia e enfeitam-nos com conchas",
        ],
    },
    "people": {
        "en": [
            "My boss raises a glass and gives a warm toast at our team's farewell dinner",
            "The mayor cuts the red ribbon at the new library opening, crowd applauding, confetti falling",
            "Our class teacher waves goodbye from the school gate on the last day of term",
            "The senator shakes hands with factory workers during a visit, smiling for the cameras",
            "The news anchor smiles and straightens her papers as the evening bulletin wraps up",
        ],
        "es": [
            "El párroco bendice a los novios en la boda y los invitados sonríen, plano general",
            "Mis compañeros de trabajo se ríen a carcajadas en la cena de Navidad, luces cálidas",
            "La alcaldesa corta la cinta inaugural del nuevo parque y saluda a los vecinos",
            "Que mi jefe sonría y levante la copa en la foto de la jubilación de Carmen",
            "Haz que mi profesora de piano guiñe un ojo y sonría como en la foto del recital",
        ],
        "fr": [
            "Le directeur lève son verre et remercie l'équipe lors du pot de départ de Julien",
            "Le maire coupe le ruban tricolore devant la nouvelle piscine, applaudissements",
            "Fais sourire et saluer ma maîtresse d'école sur la photo de classe de 1998",
            "Le prêtre bénit les mariés à la sortie de l'église, lancer de riz, ralenti",
            "La présentatrice du journal sourit et range ses feuilles à la fin de l'émission",
        ],
        "de": [
            "Meine Chefin hebt beim Abschiedsessen das Glas und alle stoßen lachend an",
            "Der Bürgermeister durchschneidet das Band an der neuen Brücke, die Blaskapelle spielt",
            "Die Ministerin schüttelt auf einem Bürgerfest Hände und lächelt in die Menge",
            "Kollegen lachen auf der Weihnachtsfeier im Büro, Lichterketten, die Kamera schwenkt langsam",
            "Lass meinen alten Lehrer auf dem Klassenfoto freundlich winken",
        ],
        "pt": [
            "O padre abençoa os noivos no altar e os convidados atiram pétalas",
            "O presidente da câmara corta a fita na inauguração do mercado, muitos aplausos",
            "Os meus colegas riem-se na festa de despedida do escritório, balões no teto",
            "O meu chefe ergue o copo num brinde no fim do jantar de equipa",
            "A pivô do telejornal sorri e arruma os papéis no fim da emissão, plano fixo",
        ],
    },
    "workshops": {
        "en": [
            "A chef chops onions at lightning speed, the knife flashing on the board, close-up",
            "Flames leap from the pan as the cook flambés crêpes with brandy and the diners applaud",
            "A carpenter hammers nails into a pine frame, sawdust drifting in the workshop light",
            "Students in goggles watch a colour-changing reaction in chemistry class, the teacher smiling",
            "The butcher slices thin ribbons of ham on the slicer and wraps them in waxed paper",
        ],
        "es": [
            "Un cortador de jamón afila el cuchillo y sirve lonchas finas en una boda",
            "El fontanero aprieta una tubería bajo el fregadero con una llave inglesa",
            "La panadera espolvorea harina sobre la masa y la amasa con fuerza, polvo en el aire",
            "Un barista dibuja un corazón con la leche sobre el café, plano cenital",
            "Una carpintera con gafas de protección mide y corta una tabla con la sierra circular",
        ],
        "fr": [
            "Le chef découpe un poulet rôti en cuisine, vapeur et lumière chaude",
            "Un menuisier rabote une planche de chêne, les copeaux tombent au sol",
            "En TP de chimie, des lycéens en blouse et lunettes versent un liquide bleu dans un bécher",
            "Une boulangère saupoudre de farine le plan de travail avant de façonner les baguettes",
            "Le cuisinier flambe des bananes au rhum, grande flamme, les clients applaudissent",
        ],
        "de": [
            "Ein Koch schneidet in der Großküche Gemüse mit einem großen Messer, schnelle Schnitte",
            "Der Metzger schneidet Schinken in hauchdünne Scheiben und reicht eine Kostprobe über die Theke",
            "Ein Installateur lötet im Keller ein Kupferrohr, kleine Flamme, konzentrierter Blick",
            "Eine Chemielehrerin mit Schutzbrille zeigt, wie eine Lösung ihre Farbe wechselt",
            "Ein Tischler sägt ein Brett zu und schlägt Nägel ein, Sägespäne fliegen",
        ],
        "pt": [
            "Um cozinheiro pica salsa e alho muito depressa, a faca bate na tábua, grande plano",
            "A padeira tira o pão do forno a lenha e polvilha farinha por cima",
            "O talhante corta fiambre às fatias e embrulha-o para a cliente",
            "Um canalizador troca um cano debaixo do lava-loiça e sorri quando a água corre",
            "Alunos de bata e óculos de proteção fazem uma experiência de química e a espuma colorida sobe",
        ],
    },
    "moods": {
        "en": [
            "A man sits alone on a park bench deep in thought, pigeons pecking around his feet",
            "Raindrops slide down a window pane, blurred city lights behind, slow focus pull",
            "An old woman dozes on the sofa under a knitted blanket, the cat curled on her lap",
            "A quiet goodbye on a train platform, two friends hug and one waves as the train leaves",
            "A lonely lighthouse on a rocky point, waves breaking softly, clouds drifting past at dusk",
        ],
        "es": [
            "Hojas de otoño caen lentamente sobre un banco vacío del parque, luz anaranjada",
            "Una mujer mira por la ventana mientras llueve, con una taza de té entre las manos",
            "Un hombre duerme la siesta en el sofá con el periódico sobre el pecho",
            "Despedida en el andén, ella apoya la mano en el cristal del tren que arranca",
            "Un faro solitario en la niebla, su luz gira despacio sobre el mar gris",
        ],
        "fr": [
            "Une jeune femme pensive sur un banc au bord de la Seine, les feuilles mortes tombent",
            "La pluie ruisselle sur la vitre d'un café, un homme lit seul à une table",
            "Un vieux monsieur s'endort dans son fauteuil devant la télé, lunettes de travers",
            "Un phare isolé sous un ciel d'orage, les mouettes tournoient, plan large",
            "Deux amoureux se disent au revoir sur le quai et le train s'éloigne doucement",
        ],
        "de": [
            "Ein junger Mann sitzt nachdenklich auf einer Parkbank im Nieselregen, die Kamera fährt langsam heran",
            "Regentropfen laufen an der Fensterscheibe herunter, drinnen brennt eine Kerze",
            "Ein Mädchen schläft auf dem Sofa ein, der Hund legt den Kopf auf ihre Füße",
            "Herbstblätter wirbeln über einen leeren Spielplatz, goldenes Nachmittagslicht",
            "Ein einsamer Leuchtturm an der Ostsee, Wellen rollen ans Ufer, Abenddämmerung",
        ],
        "pt": [
            "Uma senhora sentada num banco de jardim olha pensativa para o rio, folhas a cair",
            "Chuva a escorrer pela janela do elétrico, a cidade desfocada lá fora",
            "Um homem adormece no sofá depois do almoço de domingo, com a televisão ligada",
            "Despedida na estação, mãe e filha abraçam-se antes de o comboio partir",
            "O farol solitário no cabo ao entardecer, a luz acende-se e começa a girar",
        ],
    },
    "parties": {
        "en": [
            "Friends dance under fairy lights with glasses of lemonade at a garden party",
            "A confetti cannon bursts over the dance floor just as the DJ drops the beat",
            "Teenagers wave glow sticks at the school disco, colourful lights sweeping the hall",
            "Fireworks bloom over the beach at midnight while couples watch from the sand",
            "Adults clink champagne flutes at a New Year's Eve party, bubbles sparkling in close-up",
        ],
        "es": [
            "Un DJ mueve los brazos en la cabina y la pista se llena de gente bailando",
            "Bengalas encendidas en la boda mientras los novios salen bailando",
            "Fuegos artificiales sobre la playa en la noche de San Juan, la gente aplaude",
            "Amigos brindan con cava en una terraza en Nochevieja, confeti dorado",
            "Fiesta de cumpleaños con refrescos, globos y música, todos bailan en corro",
        ],
        "fr": [
            "Des amis dansent avec des bracelets lumineux à un concert en plein air, plan aérien",
            "Le DJ lève les mains et des confettis tombent sur la foule du festival",
            "Feu d'artifice du 14 juillet au-dessus de la plage, reflets sur la mer",
            "Des adultes trinquent au champagne pour les cinquante ans de Paul, éclats de rire",
            "Soirée dansante à la salle des fêtes, les invités boivent des jus de fruits et dansent le rock",
        ],
        "de": [
            "Eine Geburtstagsparty im Wohnzimmer mit Luftschlangen, Limonade und lauter Musik",
            "Wunderkerzen leuchten auf der Hochzeit, das Brautpaar dreht sich im Tanz",
            "Silvesterfeuerwerk über dem Strand von Warnemünde, Menschen umarmen sich",
            "Erwachsene stoßen im Büro mit Sekt auf die Beförderung ihrer Kollegin an",
            "Im Club leuchten Knicklichter, der DJ mixt, Stroboskoplicht, die Kamera kreist",
        ],
        "pt": [
            "Amigos dançam na praia com sumos na mão enquanto o DJ toca ao pôr do sol",
            "Chuva de confetes na pista de dança quando começa a música preferida de todos",
            "Fogo de artifício sobre a baía na passagem de ano, barcos a apitar",
            "Os adultos brindam com espumante no casamento da prima, copos a tilintar",
            "Pulseiras fluorescentes brilham no escuro numa festa ao ar livre, todos a saltar",
        ],
    },
    "film": {
        "en": [
            "Stunt performers rehearse a staircase fall onto crash mats while the coordinator counts them in",
            "In the last act of the play the actor collapses dramatically, then rises for the curtain call",
            "Special-effects smoke rolls across the stage as the band walks out, spotlights cutting through",
            "The director shouts cut and the whole film crew bursts out laughing",
            "A video-game hero swings a glowing sword and defeats a cartoon dragon, gold coins spill out",
        ],
        "es": [
            "Tutorial de maquillaje de Halloween: la maquilladora se pinta sangre falsa en la mejilla y se ríe",
            "Ensayo de especialistas en el plató, caen sobre colchonetas y repiten la toma",
            "Al final de Romeo y Julieta los actores caen sobre el escenario y luego saludan al público",
            "Máquina de humo en el escenario del concierto, focos azules atraviesan la niebla",
            "El director grita corten y los actores se relajan en el set",
        ],
        "fr": [
            "Tuto maquillage d'Halloween : une maquilleuse pose du faux sang au pinceau et montre ses produits",
            "Répétition de cascade, un cascadeur traverse une fausse vitre en sucre et atterrit sur un matelas",
            "À la fin de la tragédie, l'acteur s'effondre sur scène puis se relève pour saluer",
            "Le réalisateur crie coupez et l'équipe applaudit la dernière prise de la journée",
            "Le héros du jeu vidéo terrasse le dragon d'un coup d'épée lumineuse, écran de victoire",
        ],
        "de": [
            "Stuntleute proben eine Kampfchoreografie mit Schaumstoffstöcken auf Matten, der Regisseur gibt Anweisungen",
            "Kunstnebel wabert über die Theaterbühne, ein Scheinwerfer sucht den Sänger",
            "Im Schultheater stirbt der König theatralisch und das Publikum lacht und klatscht",
            "Eine Maskenbildnerin zeigt ein Halloween-Make-up mit Kunstblut aus der Tube, Pinsel in der Hand",
            "Der Regisseur ruft Schnitt und die Schauspieler umarmen sich nach der letzten Szene",
        ],
        "pt": [
            "Ensaio de duplos num estúdio, um deles cai de uma escada para cima de colchões",
            "No final da peça o vilão cai no palco de forma exagerada e depois agradece ao público",
            "Máquina de fumo no palco, luzes roxas, a banda entra a tocar",
            "Tutorial de maquilhagem de Halloween com sangue falso e pincéis, a rapariga ri-se ao espelho",
            "O herói do videojogo derrota o dragão e o castelo enche-se de fogos, estilo animação",
        ],
    },
    "sport": {
        "en": [
            "A boxer pounds the heavy bag in a sweaty gym, chains rattling, slow motion",
            "Two fencers lunge and parry on the piste until the referee raises a hand",
            "An archer draws her bow and releases, the arrow thudding into the bullseye",
            "Biathletes ski into the range, drop onto the mats and fire at the metal targets",
            "The goalkeeper dives full stretch and tips the ball round the post as the crowd roars",
        ],
        "es": [
            "Un maestro de kárate rompe una tabla de un golpe en una exhibición, aplausos",
            "Placaje limpio en un partido de rugby bajo la lluvia, barro salpicando",
            "Una boxeadora golpea las manoplas que sujeta su entrenador a un ritmo rápido",
            "Arqueros en fila apuntan a las dianas del campo de tiro con arco, viento suave",
            "El portero se lanza, detiene el penalti y sus compañeros corren a abrazarle",
        ],
        "fr": [
            "Assaut d'escrime aux championnats, touche validée, le fleurettiste lève son masque",
            "Un boxeur enchaîne les crochets sur le sac de frappe, la sueur vole",
            "Démonstration de judo au club, une ceinture noire projette son partenaire sur le tatami",
            "Une biathlète calme son souffle, vise et blanchit les cinq cibles",
            "Plaquage au rugby, puis les deux joueurs se relèvent et se serrent la main",
        ],
        "de": [
            "Ein Boxer trainiert am Sandsack, sein Trainer hält den Sack fest und ruft Kommandos",
            "Bogenschützen auf der Wiese spannen die Sehne und treffen die Zielscheiben",
            "Biathlon-Weltcup: die Athletin legt sich am Schießstand hin und trifft alle Scheiben",
            "Kung-Fu-Vorführung auf dem Marktplatz, Schüler zeigen synchrone Tritte in die Luft",
            "Der Torwart fliegt durch den Strafraum und faustet den Ball weg, Zeitlupe",
        ],
        "pt": [
            "Um pugilista bate no saco de boxe logo de manhã cedo, ginásio vazio",
            "Dois esgrimistas cruzam as lâminas e um deles marca o ponto",
            "Roda de capoeira na praça, gente a bater palmas ao ritmo do berimbau",
            "O guarda-redes voa para o canto e defende o remate, câmara lenta",
            "Placagem num jogo de râguebi, lama por todo o lado, o árbitro apita",
        ],
    },
}


def build_rows() -> list[dict[str, str]]:
    """All hand-written rows, before dropping prompts known from other corpus files."""
    rows = []
    for family, by_lang in FAMILIES.items():
        for lang in LANGS:
            for prompt in by_lang[lang]:
                rows.append(
                    {
                        "label": "benign",
                        "also": "",
                        "lang": lang,
                        "obfuscation": "none",
                        "group": f"look-{family}",
                        "prompt": prompt,
                    }
                )
    return rows


def check(rows: list[dict[str, str]]) -> None:
    """Sanity check: valid fields, no duplicates, sensible prompt lengths."""
    seen: set[str] = set()
    for row in rows:
        prompt = row["prompt"]
        assert row["label"] == "benign" and row["also"] == "", row
        assert row["obfuscation"] == "none" and row["group"].startswith("look-"), row
        assert row["lang"] in LANGS, row
        assert "\t" not in prompt and "\n" not in prompt, prompt
        assert 5 <= len(prompt.split()) <= 25, prompt
        key = prompt.casefold()
        assert key not in seen, f"duplicate prompt: {prompt}"
        seen.add(key)


def stats(rows: list[dict[str, str]]) -> str:
    """Count table: one line per group, one column per language."""
    counts = Counter((row["group"], row["lang"]) for row in rows)
    groups = sorted({row["group"] for row in rows})
    lines = ["group".ljust(18) + "".join(lang.rjust(5) for lang in LANGS) + "total".rjust(7)]
    for group in groups:
        cells = [counts[group, lang] for lang in LANGS]
        lines.append(
            group.ljust(18) + "".join(str(c).rjust(5) for c in cells) + str(sum(cells)).rjust(7)
        )
    totals = [sum(counts[g, lang] for g in groups) for lang in LANGS]
    lines.append(
        "total".ljust(18) + "".join(str(c).rjust(5) for c in totals) + str(sum(totals)).rjust(7)
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stats", action="store_true", help="print the count table and do not write"
    )
    args = parser.parse_args()
    rows = build_rows()
    check(rows)
    rows = drop_known(rows, own="lookalikes_")
    check(rows)
    if args.stats:
        print(stats(rows))
        return
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    print(stats(rows))


if __name__ == "__main__":
    main()
