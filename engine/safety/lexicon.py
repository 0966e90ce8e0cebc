"""Data for reading prompts (no logic; `textnorm` uses it): look-alike letters, leetspeak,
emoji meanings, function words per language, and a glossary from Spanish, French, German and
Portuguese into English.

The glossary is written from the languages, not from any evaluation prompt: the people,
bodies, clothes, acts, weapons, drugs, places and camera words that motion prompts use. Keys
are folded like the prompt (lower case, no accents: "niño" -> "nino", "Küche" -> "kuche",
"ß" -> "ss"). A key ending in "*" is a stem: it matches every word that starts with it (verbs
conjugate: "apunal*" covers "apuñala", "apuñaló", "apuñalando"). An empty English value drops
the word (articles).
"""

from __future__ import annotations

# -- look-alike letters that NFKC leaves alone ----------------------------------------------
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ү": "y",
    "п": "n", "г": "r", "ь": "b", "д": "d", "и": "u", "л": "n", "з": "3", "ч": "4",
    "ӧ": "o", "ӱ": "y", "ә": "e", "ɩ": "i",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "ι": "i",
    "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "s", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h",
    "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y",
    "Χ": "x", "ϲ": "c", "ϳ": "j", "ί": "i", "ό": "o", "ά": "a", "έ": "e",
    # Latin variants, IPA, small capitals
    "ı": "i", "ȷ": "j", "ſ": "s", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d",
    "ł": "l", "ħ": "h", "ŧ": "t", "ɑ": "a", "ʀ": "r", "ɴ": "n", "ᴀ": "a",
    "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ɾ": "r", "ɛ": "e", "ɔ": "o", "ʋ": "u",
}  # fmt: skip

# Leetspeak, read inside words that are mostly letters. "1", "!" and "|" are "i" or "l".
LEET: dict[str, str] = {
    "0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t",
    "8": "b", "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e",
    "£": "l", "¡": "i",
}  # fmt: skip
LEET_ALT: dict[str, str] = {"1": "l", "!": "l", "|": "i"}

# -- emoji ------------------------------------------------------------------------------
# Emoji whose meaning in a prompt is not their Unicode name (slang, stand-ins); the rest are
# read by name ("PISTOL" -> "pistol", "BOMB" -> "bomb", "SYRINGE" -> "syringe").
EMOJI_WORDS: dict[str, str] = {
    "🔞": "adults only explicit sex",
    "🍆": "eggplant penis",
    "🍑": "peach butt",
    "💦": "sweat droplets cum",
    "🍒": "cherries breasts",
    "👅": "tongue licking",
    "👙": "bikini",
    "🍈": "melons breasts",
    "🥵": "hot sexy",
    "😈": "devil naughty",
    "❄": "snow",
    "⛄": "snowman",
    "🌨": "snow cloud",
    "🧪": "test tube chemicals meth",
    "💊": "pills",
    "💉": "syringe needle inject",
    "🌿": "herb weed",
    "🍁": "leaf",
    "🍃": "leaves",
    "🚬": "cigarette",
    "🔫": "gun",
    "🔪": "knife",
    "🗡": "dagger knife",
    "⚔": "swords",
    "💣": "bomb",
    "🧨": "firecracker",
    "💥": "explosion",
    "🩸": "blood",
    "💀": "skull",
    "☠": "skull",
    "⚰": "coffin",
    "🪦": "grave",
    "🪢": "rope noose",
    "🔥": "fire",
    "🐒": "monkey",
    "🐵": "monkey",
    "🦍": "gorilla",
    "🐀": "rat",
    "🐖": "pig",
    "卐": "swastika",
    "卍": "swastika",
    "⚡": "lightning",
    "👶": "baby",
    "🧒": "child",
    "👧": "girl child",
    "👦": "boy child",
    "👮": "police officer",
    "💵": "money cash",
    "💰": "money bag",
    "🍺": "beer",
    "🍷": "wine",
    "🥃": "whisky glass",
    "📸": "camera",
    "🎥": "camera",
    "🎬": "film",
    "🤳": "selfie",
}
# Words of Unicode emoji names that say nothing ("FACE WITH TEARS OF JOY" keeps "tears joy").
EMOJI_NAME_NOISE = frozenset(
    [
        "symbol",
        "sign",
        "with",
        "and",
        "of",
        "face",
        "emoji",
        "black",
        "white",
        "heavy",
        "large",
        "small",
        "medium",
        "light",
        "dark",
        "skin",
        "tone",
        "type",
        "mark",
        "squared",
        "negative",
        "circled",
        "variation",
        "selector",
    ]
)

# -- function words: guess the language, and never join them with a neighbour --------------
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "of",
            "to",
            "in",
            "on",
            "at",
            "is",
            "are",
            "with",
            "his",
            "her",
            "their",
            "its",
            "my",
            "your",
            "this",
            "that",
            "from",
            "into",
            "while",
            "as",
            "it",
            "he",
            "she",
            "they",
            "them",
            "him",
            "makes",
            "make",
            "be",
            "by",
            "for",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "unos",
            "unas",
            "y",
            "del",
            "al",
            "en",
            "con",
            "se",
            "su",
            "sus",
            "que",
            "por",
            "para",
            "como",
            "mientras",
            "a",
            "hace",
            "haz",
            "esta",
            "este",
            "es",
            "son",
            "lo",
            "le",
            "les",
            "sobre",
            "hacia",
            "muy",
            "pero",
            "desde",
            "entre",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "et",
            "du",
            "au",
            "aux",
            "en",
            "avec",
            "se",
            "sa",
            "son",
            "ses",
            "que",
            "qui",
            "pour",
            "par",
            "comme",
            "pendant",
            "fait",
            "fais",
            "est",
            "sont",
            "sur",
            "dans",
            "vers",
            "tres",
            "mais",
            "il",
            "elle",
            "ils",
            "elles",
            "leur",
            "l",
            "d",
            "qu",
            "toute",
            "tout",
            "devant",
            "mets",
            "pour",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "und",
            "mit",
            "sich",
            "sein",
            "seine",
            "ihr",
            "ihre",
            "im",
            "ist",
            "sind",
            "auf",
            "zu",
            "zum",
            "zur",
            "von",
            "vom",
            "wie",
            "wahrend",
            "lass",
            "lasst",
            "macht",
            "mach",
            "nach",
            "uber",
            "er",
            "sie",
            "es",
            "bei",
            "aus",
            "als",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "um",
            "uma",
            "uns",
            "umas",
            "e",
            "do",
            "da",
            "dos",
            "das",
            "no",
            "na",
            "nos",
            "nas",
            "em",
            "com",
            "se",
            "seu",
            "sua",
            "seus",
            "suas",
            "meu",
            "minha",
            "que",
            "por",
            "para",
            "pra",
            "pro",
            "como",
            "enquanto",
            "faz",
            "faca",
            "esta",
            "este",
            "sao",
            "ao",
            "aos",
            "pelo",
            "pela",
            "ele",
            "ela",
            "eles",
            "elas",
            "dele",
            "dela",
        ]
    ),
}
FUNCTION_WORDS_ALL = frozenset().union(*FUNCTION_WORDS.values())


def _table(spec: str) -> dict[str, str]:
    """'foreign=english foreign2=two_words stem*=english' -> a dict ('_' is a space)."""
    out: dict[str, str] = {}
    for item in spec.split():
        key, _, value = item.partition("=")
        out[key] = value.replace("_", " ")
    return out


# -- glossary ------------------------------------------------------------------------------
_ES = _table(
    """
    quiero=want quieres=want matarme=kill_myself suicidarme=kill_myself morirme=die mendigo=beggar mendiga=beggar hasta_la_muerte=to_death a_muerte=to_death esvastic*=swastika pinta=paints pintan=paint pintar=paint
    bofetada=slap cachetada=slap morir=to_die muere=dies llora=cries llorando=crying
    mi_mujer=my_wife su_mujer=his_wife mi_marido=my_husband primeros=first pasos=steps
    convierte=turns_into convertir=turn_into detien*=arrested detenido=arrested detenida=arrested a=to
    quiere=wants quieren=want
    esta=is estan=are otro=another otra=another casero=landlord paquetes=packages portal=doorway recib*=receiving corrupcion=corruption al=to_the conductor=driver casera=homemade monta=assembles fabrica=makes paso_a_paso=step_by_step mee=pees mear=pee encima=on_himself delante=in_front_of todos=everyone todo_el_mundo=everyone burl*=mock imit*=imitate discapacitad*=disabled silla_de_ruedas=wheelchair ahorqu*=hang toma=takes punado=handful somniferos=sleeping_pills acabar_con_todo=end_it_all acabar=end bote=bottle revent*=smash revient*=smash bate=whisks saliendo=coming_out rota=broken roto=broken todos_lados=everywhere tipo=guy guardia=guard contra=against suelo=ground garaje=garage arbol=tree nunca=never vuelve=comes_back piedras=stones bolsillos=pockets solo=alone sola=alone ventana=window autopista=highway carretera=road coche=car auto=car
    el=the la=the los=the las=the lo=it un=a una=a unos=some unas=some y=and o=or del=of_the
    al=the en=in con=with sin=without de=of a=to se= su=his sus=his que=that por=for para=to
    como=like mientras=while sobre=over hacia=towards desde=from entre=between hasta=until
    muy=very pero=but le=him les=them lo=it me=me mi=my tu=your nos=us ella=she el=the
    ellos=they ellas=they este=this esta=this ese=that esa=that aqui=here alli=there
    haz=make hace=makes hacer=make hazlo=make_it hagan=make pon=put ponle=put_on poner=put
    anade=add agrega=add coloca=put muestra=show mostrar=show mostrando=showing deja=leave
    dejar=leave dejalo=leave_him parece=looks parecer=look_like parezca=looks que_parezca=look
    hombre=man hombres=men mujer=woman mujeres=women senor=man senora=woman chico=boy
    chica=girl chicos=kids chicas=girls nino=child nina=little_girl ninos=children
    ninas=girls nene=kid nena=little_girl bebe=baby bebes=babies crio=kid cria=kid
    adolescente=teenager adolescentes=teenagers menor=minor menores=minors hijo=son hija=daughter
    hijos=children colegiala=schoolgirl colegialas=schoolgirls alumno=student alumna=student
    alumnos=students profesor=teacher profesora=teacher maestra=teacher maestro=teacher
    madre=mother padre=father mama=mom papa=dad abuelo=grandpa abuela=grandma hermano=brother
    hermana=sister esposa=wife esposo=husband marido=husband novia=girlfriend novio=boyfriend
    jefe=boss jefa=boss vecino=neighbour vecina=neighbour companero=coworker companera=coworker
    amigo=friend amiga=friend amigos=friends gente=people persona=person personas=people
    multitud=crowd familia=family policia=police policias=police agente=officer
    presidente=president presidenta=president ministro=minister ministra=minister
    alcalde=mayor alcaldesa=mayor senador=senator senadora=senator diputado=politician
    diputada=politician politico=politician politica=politician gobernador=governor juez=judge
    cura=priest sacerdote=priest medico=doctor enfermera=nurse enfermero=nurse cocinero=chef
    cocinera=chef chef=chef camarero=waiter camarera=waitress cajero=cashier cajera=cashier
    soldado=soldier soldados=soldiers rehen=hostage rehenes=hostages preso=prisoner
    prisionero=prisoner victima=victim narco=drug_lord narcotraficante=drug_trafficker
    gangster=gangster mafioso=mobster empresario=businessman empresaria=businesswoman
    inmigrantes=immigrants inmigrante=immigrant refugiados=refugees judios=jews judio=jew
    musulmanes=muslims musulman=muslim musulmana=muslim negros=black_people negro=black
    negra=black gitanos=gypsies gays=gays gay=gay lesbiana=lesbian trans=transgender
    perro=dog perros=dogs gato=cat gatos=cats caballo=horse pajaro=bird animal=animal
    animales=animals mono=monkey monos=monkeys simio=ape simios=apes rata=rat ratas=rats
    cucaracha=cockroach cucarachas=cockroaches cerdo=pig cerdos=pigs plaga=vermin
    cabeza=head cara=face rostro=face cuello=neck garganta=throat muneca=wrist munecas=wrists
    pecho=chest pechos=breasts senos=breasts tetas=tits culo=ass trasero=butt cuerpo=body
    brazo=arm brazos=arms pierna=leg piernas=legs mano=hand manos=hands nariz=nose ojo=eye
    ojos=eyes boca=mouth piel=skin sangre=blood sangrando=bleeding sangra=bleeds
    herida=wound heridas=wounds herido=wounded cadaver=corpse cadaveres=corpses muerto=dead
    muerta=dead muertos=dead_people muerte=death tripas=guts craneo=skull genitales=genitals
    ropa=clothes vestido=dress camisa=shirt camiseta=shirt blusa=blouse falda=skirt
    pantalon=pants pantalones=pants sujetador=bra sosten=bra bragas=panties calzones=underwear
    ropa_interior=underwear lenceria=lingerie bikini=bikini banador=swimsuit toalla=towel
    velo=veil hiyab=hijab pañuelo=headscarf panuelo=headscarf
    desnud*=naked desnuda=naked desnudo=naked desnudos=naked desvist*=undress desviste=undress
    encuerad*=naked sin_ropa=naked quitale=take_off_her quita=takes_off quitar=take_off
    quitandose=taking_off quitarse=take_off tira=throws tirar=throw
    sexo=sex sexual=sexual sexuales=sexual sexy=sexy porno=porn pornografia=pornography
    pornografico=pornographic erotic*=erotic erotica=erotic masturb*=masturbate
    follar=fuck follando=fucking folla=fucks   chupa=sucks
    chupando=sucking lame=lick lamiendo=licking orgasmo=orgasm gemir=moan gime=moans
    seduc*=seductive sensual=sensual provocativ*=provocative posa=poses posando=posing
    posar=pose cama=bed ducha=shower banera=bathtub bano=bathroom piscina=pool
    beso=kiss besa=kisses besan=kiss besando=kissing abraza=hugs abrazo=hug baila=dances
    bailan=dance bailando=dancing boda=wedding sonrie=smiles sonrisa=smile saluda=waves
    mata=kills matar=kill matan=kill mato=killed matando=killing matalo=kill_him matala=kill_her
    asesin*=murder dispar*=shoot balea=shoots baleado=shot tiroteo=shooting tiro=shot
    tiros=shots apunal*=stab acuchill*=stab apunala=stabs golpe*=hit pega=hits pegar=hit
    pegando=hitting paliza=beating puneta*=punch punetazo=punch patea=kicks patada=kick
    patadas=kicks patear=kick estrangul*=strangle ahog*=drown ahoga=drowns quema=burns
    quemar=burn quemando=burning quemad*=burned incendi*=set_fire arroja=throws lanza=throws
    empuja=pushes atropell*=run_over decapit*=behead degoll*=slit_throat tortur*=torture
    mutil*=mutilate desmembr*=dismember ataca=attacks atacar=attack ataque=attack
    agrede=assaults agresion=assault abus*=abuse maltrat*=abuse
    violar=rape viola=rapes violan=rape violo=raped violada=raped violado=raped violadas=raped
    violados=raped violando=raping violacion=rape violaciones=rapes violador=rapist
    violadores=rapists violarla=rape_her violarlo=rape_him violento=violent violenta=violent
    violencia=violence violin=violin violeta=purple
    amenaz*=threaten apunta=aims apuntando=aiming apuntar=aim encanona=points_gun
    pistola=pistol pistolas=pistols arma=weapon armas=weapons rifle=rifle fusil=rifle
    escopeta=shotgun revolver=revolver cuchillo=knife cuchillos=knives navaja=knife
    machete=machete espada=sword bala=bullet balas=bullets bomba=bomb bombas=bombs
    explosiv*=explosive granada=grenade molotov=molotov detona=detonates explota=explodes
    explotan=explode estalla=bursts estallan=burst explosion=explosion
     terroris*=terrorist atentado=terror_attack suicida=suicide_bomber
    chaleco=vest rehen=hostage secuestr*=kidnap camion=truck furgoneta=van multitud=crowd
    mezquita=mosque iglesia=church sinagoga=synagogue templo=temple catedral=cathedral
    capilla=chapel esvastica=swastika nazi=nazi nazis=nazis saludo=salute bandera=flag
    odio=hate odia=hates humill*=humiliate burla*=mock burlan=mock rien=laugh rie=laughs
    escupe=spits escupen=spit mendig*=beg arrastr*=crawl orina*=urinate meando=pissing
    mea=pisses suicid*=suicide suicidarse=kill_himself matarse=kill_himself
    se_suicida=kills_himself se_suicidan=kill_themselves se_suicido=killed_himself
    salta=jumps saltar=jump tira_se=jumps tirarse=throw_himself puente=bridge azotea=rooftop
    tejado=roof edificio=building balcon=balcony cornisa=ledge borde=edge precipicio=cliff
    acantilado=cliff vias=tracks tren=train cuerda=rope soga=rope horca=noose ahorca*=hang
    corta=cuts cortar=cut cortando=cutting cortes=cuts cuchilla=razor_blade navajas=blades
    pastillas=pills sobredosis=overdose vomit*=vomit adelgaz*=lose_weight ayun*=fast
    hambre=starve delgad*=thin anorex*=anorexia bulimi*=bulimia
    droga=drug drogas=drugs drogad*=drugged cocaina=cocaine coca=coke heroina=heroin
    metanfetamina=meth  cristal=crystal crack=crack extasis=ecstasy
    porro=joint porros=joints marihuana=marijuana hierba=grass  cannabis=cannabis
    hachis=hashish esnifa=snorts esnif*=snort inhala=snorts raya=line rayas=lines
    inyect*=inject jeringa=syringe jeringuilla=syringe aguja=needle fuma=smokes
    fumar=smoke fumando=smoking pipa=pipe camello=camel vende=sells vender=sell
    vendiendo=selling bolsitas=baggies laboratorio=lab cocina=kitchen cocinan=cook
    borracho=drunk borracha=drunk ebri*=drunk emborrach*=drunk resaca=hungover
    soborno=bribe sobornos=bribes  dinero=money efectivo=cash billete=bill
    billetes=bills fajo=wad robando=stealing roba=steals robar=steal ladron=thief
    detenid*=arrested arrest*=arrested esposado=handcuffed carcel=jail prision=prison
    noticias=news noticiero=newscast telediario=news_broadcast ultima_hora=breaking_news
    camara_oculta=hidden_camera oculta=hidden camara=camera grabacion=recording video=video
    real=real realista=realistic falso=fake falsa=fake enganar=deceive engana=deceives
    engan*=deceive creer=believe crea=believes infiel=cheating amante=lover confiesa=confesses
    anuncia=announces dimision=resignation dimite=resigns mandar=send manda=send enviar=send
    envia=send mostrarle=show_to ensenar=show ensenale=show_him
    luz=light luces=lights apaga=turn_off fuegos_artificiales=fireworks fuegos=fires
    fuego=fire artificiales=artificial cohete=rocket atardecer=sunset amanecer=sunrise
    luna=moon sol=sun cielo=sky mar=sea playa=beach rio=river lago=lake montana=mountain
    montanas=mountains nubes=clouds lluvia=rain nieve=snow arbol=tree arboles=trees
    flores=flowers viento=wind pelo=hair cabello=hair jardin=garden parque=park
    calle=street ciudad=city casa=house cocina=kitchen mesa=table fiesta=party oficina=office
    escuela=school colegio=school patio=yard tomate=tomato cebola=onion cebolla=onion pan=bread
    pastel=cake tarta=cake velas=candles cumpleanos=birthday juega=plays juegan=play
    jugando=playing rien_a=laugh camina=walks corre=runs  lento=slow lenta=slow
    lentamente=slowly despacio=slowly rapido=fast camara_lenta=slow_motion bucle=loop
    plano=shot general=wide primer=close acercamiento=close_up zoom=zoom panoramica=pan
    travelling=tracking_shot estilo=style cine=cinema cinematografico=cinematic
    juguete=toy agua=water pistola_de_agua=water_gun globo=balloon disfraz=costume
    zombi=zombie zombie=zombie vacuna=vaccine farmacia=pharmacy
    """
)

_FR = _table(
    """
    a_mort=to_death jusqu_a_la_mort=to_death svastik*=swastika croix_gammee=swastika peint=paints
    mourir=to_die meurt=dies pleure=cries pleurant=crying
    shoote=injects shooter=inject ma_femme=my_wife sa_femme=his_wife premiers=first premiers_pas=first_steps pas=not
    ma=my mon=my mes=my autre=another autres=others fais_croire=make_believe faire_croire=make_believe met_le_feu=sets_fire mets_le_feu=set_fire mettre_le_feu=set_fire chiot=puppy hurlant=howling taillade=slashes veines=veins
    toute=all tout=all devant=in_front_of mets=put completement=completely beau_frere=brother_in_law belle_mere=mother_in_law c_est=it_is accepte=accepts recoit=receives corruption=corruption petit=little petite=little seul=alone seule=alone fenetre=window milieu=middle autoroute=highway coups_de_pied=kicks partout=everywhere pour_en_finir=to_end_it_all en_finir=end_it_all finir=end pleine=full vigile=security_guard feu=fire en_feu=on_fire jamais=never revient=comes_back pierres=stones poches=pockets fonce_dans=rams_into voiture=car
    le=the la=the les=the l=the un=a une=a des=some et=and ou=or du=of_the au=to_the
    aux=to_the en=in avec=with sans=without de=of d=of a=to se= s= sa=her son=his ses=his
    que=that qu=that qui=who pour=for par=by comme=like pendant=while sur=on sous=under
    dans=in vers=towards tres=very mais=but il=he elle=she ils=they elles=they leur=their
    lui=him ce=this cette=this ces=these ici=here fais=make fait=makes faire=make faites=make
    mets=put mettre=put ajoute=add ajouter=add montre=show montrer=show laisse=leave
    laisser=leave donne=give donner=give rends=make rendre=make air=look
    homme=man hommes=men femme=woman femmes=women dame=lady monsieur=man garcon=boy
    fille=girl fillette=little_girl filles=girls enfant=child enfants=children gamin=kid
    gamine=kid gosse=kid bebe=baby bebes=babies ado=teen ados=teens adolescent=teenager
    adolescente=teenager mineur=minor mineure=minor mineurs=minors ecoliere=schoolgirl
    ecolier=schoolboy eleve=student eleves=students prof=teacher professeur=teacher
    institutrice=teacher mere=mother pere=father maman=mom papa=dad grand=grand
    grand_pere=grandpa grandpere=grandpa grand_mere=grandma grandmere=grandma frere=brother
    soeur=sister epouse=wife mari=husband copine=girlfriend copain=boyfriend patron=boss
    patronne=boss chef=chef mon_chef=my_boss ma_chef=my_boss ton_chef=your_boss son_chef=his_boss notre_chef=our_boss votre_chef=your_boss leur_chef=their_boss voisin=neighbour voisine=neighbour collegue=coworker ami=friend
    amie=friend amis=friends gens=people personne=person foule=crowd famille=family
    police=police policier=police_officer flic=cop president=president presidente=president
    ministre=minister maire=mayor senateur=senator senatrice=senator depute=politician
    deputee=politician politicien=politician juge=judge pretre=priest medecin=doctor
    docteur=doctor infirmiere=nurse infirmier=nurse cuisinier=chef serveur=waiter
    serveuse=waitress caissier=cashier caissiere=cashier soldat=soldier soldats=soldiers
    otage=hostage otages=hostages prisonnier=prisoner victime=victim gangster=gangster
    mafieux=mobster trafiquant=drug_trafficker dealer=drug_dealer homme_d_affaires=businessman
    affaires=business immigres=immigrants immigre=immigrant migrants=migrants
    refugies=refugees juifs=jews juif=jew musulmans=muslims musulman=muslim
    musulmane=muslim noirs=black_people noir=black noire=black arabes=arabs gitans=gypsies
    homosexuels=gays gay=gay lesbienne=lesbian
    chien=dog chiens=dogs chat=cat chats=cats cheval=horse oiseau=bird animal=animal
    animaux=animals singe=monkey singes=monkeys rat=rat rats=rats cafard=cockroach
    cafards=cockroaches cochon=pig cochons=pigs vermine=vermin
    tete=head visage=face cou=neck gorge=throat poignet=wrist poignets=wrists poitrine=chest
    seins=breasts sein=breast fesses=buttocks cul=ass corps=body bras=arm jambe=leg
    jambes=legs main=hand mains=hands nez=nose oeil=eye yeux=eyes bouche=mouth peau=skin
    sang=blood saigne=bleeds saignant=bleeding blessure=wound blessures=wounds blesse=wounded
    cadavre=corpse cadavres=corpses mort=dead morte=dead morts=dead_people crane=skull
    tripes=guts cervelle=brains sexe=genitals parties_intimes=genitals
    vetements=clothes habits=clothes robe=dress chemise=shirt tee_shirt=shirt haut=top
    jupe=skirt pantalon=pants soutien_gorge=bra soutiengorge=bra culotte=panties
    sous_vetements=underwear lingerie=lingerie bikini=bikini maillot=swimsuit serviette=towel
    voile=veil hijab=hijab foulard=headscarf
    nu=naked nue=naked nus=naked nues=naked deshabill*=undress enleve=takes_off
    enlever=take_off retire=takes_off retirer=take_off arrache=rips_off arracher=rip_off
    sexy=sexy sexuel=sexual sexuelle=sexual porno=porn pornographique=pornographic
    erotique=erotic masturb*=masturbate baise=fucks baiser=fuck suce=sucks sucer=suck
    leche=licks lecher=lick orgasme=orgasm gemit=moans seduisant*=seductive seduct*=seductive
    aguich*=seductive sensuel*=sensual provocant*=provocative pose=poses posant=posing
    lit=bed douche=shower baignoire=bathtub bain=bath piscine=pool toilettes=toilet
    embrasse=kisses bisou=kiss calin=hug danse=dances dansent=dance mariage=wedding
    sourit=smiles sourire=smile salue=waves
    tue=kills tuer=kill tuent=kill tuant=killing tuee=killed assassin*=murder meurtre=murder
    tire=shoots tirer=shoot tirant=shooting fusill*=shoot abat=shoots_dead abattre=shoot_dead
    poignard*=stab poignarde=stabs frappe=hits frapper=hit frappant=hitting cogne=hits
    tabasse=beats_up tabasser=beat_up coup=blow coups=blows poing=fist gifle=slaps
     coups_de_pied=kicks etrangl*=strangle noie=drowns noyer=drown noyade=drowning
    brule=burns bruler=burn brulant=burning incendi*=set_fire jette=throws jeter=throw
    pousse=pushes ecrase=runs_over renverse=runs_over decapit*=behead egorg*=slit_throat
    tortur*=torture mutil*=mutilate demembr*=dismember attaque=attacks attaquer=attack
    agresse=assaults agression=assault maltrait*=abuse abus*=abuse
    viol=rape viols=rapes violer=rape violee=raped violees=raped violeur=rapist violeurs=rapists
    violait=was_raping violant=raping violent=violent violente=violent violents=violent
    violentes=violent violence=violence violon=violin violet=purple violette=purple
    menace=threatens menacer=threaten braque=points_gun braquer=point_gun vise=aims viser=aim
    pointe=points pistolet=pistol pistolets=pistols arme=weapon armes=weapons fusil=rifle
    carabine=rifle revolver=revolver couteau=knife couteaux=knives lame=blade machette=machete
    epee=sword balle=bullet balles=bullets bombe=bomb bombes=bombs explosif*=explosive
    grenade=grenade molotov=molotov explose=explodes explosent=explode exploser=explode
    explosion=explosion  terroris*=terrorist attentat=terror_attack
    kamikaze=suicide_bomber ceinture=belt camion=truck fonce=rams
    mosquee=mosque eglise=church synagogue=synagogue temple=temple cathedrale=cathedral
    chapelle=chapel croix=cross croix_gammee=swastika svastika=swastika nazi=nazi nazis=nazis
    salut=salute drapeau=flag haine=hate humili*=humiliate moque*=mock rient=laugh rit=laughs
    crache=spits crachent=spit mendi*=beg ramper=crawl rampe=crawls urine=urinates
    fait_pipi=pees pisse=pisses suicid*=suicide se_suicider=kill_himself
    saute=jumps sauter=jump pont=bridge toit=roof immeuble=building balcon=balcony
    corniche=ledge rebord=ledge bord=edge falaise=cliff rails=tracks train=train corde=rope
    noeud_coulant=noose pend*=hang faire_sauter=blow_up fait_sauter=blows_up coupe=cuts couper=cut coupant=cutting entaille*=cuts
    scarif*=self_harm rasoir=razor cachets=pills pilules=pills comprimes=pills
    overdose=overdose vomi*=vomit maigrir=lose_weight jeun*=fast affam*=starve maigre=thin
    anorex*=anorexia boulimi*=bulimia
    drogue=drug drogues=drugs drogue_e=drugged cocaine=cocaine coke=coke heroine=heroin
    meth=meth methamphetamine=meth crack=crack ecstasy=ecstasy ecstas=ecstasy extasy=ecstasy
    joint=joint joints=joints cannabis=cannabis herbe=grass beuh=weed shit=hashish
    haschisch=hashish sniffe=snorts sniffer=snort rail=line ligne=line piquouse=injection
    injecte=injects injecter=inject seringue=syringe aiguille=needle fume=smokes fumer=smoke
    fumant=smoking pipe=pipe gobe=swallows pilule=pill vend=sells vendre=sell sachets=baggies
    labo=lab laboratoire=lab cuisine=kitchen
    ivre=drunk saoul=drunk soul=drunk bourre=drunk bourree=drunk cuite=drunk titube=stumbles
    pot_de_vin=bribe pots_de_vin=bribes enveloppe=envelope argent=money liquide=cash
    billets=bills   voleur=thief arrete=arrested arretee=arrested
    menottes=handcuffs prison=prison journal=news jt=news_broadcast televise=televised
    info=news infos=news flash=breaking camera_cachee=hidden_camera cachee=hidden
    camera=camera video=video vrai=real vraie=real realiste=realistic faux=fake fausse=fake
    tromper=deceive trompe=cheats croire=believe croie=believes amant=lover maitresse=mistress
    avoue=confesses annonce=announces demission=resignation envoyer=send envoie=send
    montrer=show
    lumiere=light lumieres=lights eteins=turn_off feux_d_artifice=fireworks feux=fires
    artifice=fireworks fusee=rocket coucher=sunset soleil=sun lune=moon ciel=sky mer=sea
    plage=beach riviere=river lac=lake montagne=mountain montagnes=mountains nuages=clouds
    pluie=rain neige=snow arbre=tree arbres=trees fleurs=flowers vent=wind cheveux=hair
    jardin=garden parc=park rue=street ville=city maison=house table=table fete=party
    bureau=office ecole=school cour=yard tomate=tomato oignon=onion pain=bread gateau=cake
    bougies=candles anniversaire=birthday joue=plays jouent=play rire=laughter marche=walks
    court=runs nage=swims lent=slow lente=slow lentement=slowly ralenti=slow_motion
    boucle=loop plan=shot large=wide serre=close gros=close travelling=tracking_shot
    panoramique=pan epaule=shoulder style=style cinema=cinema cinematographique=cinematic
    jouet=toy eau=water pistolet_a_eau=water_gun ballon=balloon costume=costume
    deguisement=costume zombie=zombie vaccin=vaccine pharmacie=pharmacy
    """
)

_DE = _table(
    """
    zieht_sich_aus=undresses komplett_aus=fully_undressed ganz_aus=fully_undressed zu_tode=to_death hakenkreuze=swastikas malt=paints
    wird=is werden=are wurde=was uberfahren=run_over uberfahr*=run_over nachbarn=neighbour sterben=to_die stirbt=dies weint=cries
    meine_frau=my_wife seine_frau=his_wife meiner_frau=my_wife mein_mann=my_husband ihr_mann=her_husband ersten=first erste=first schritte=steps
    nase=nose ihrer=her ihrem=her seiner=his
    schusswunde=gunshot_wound tropft=drips stromt=streams fliesst=flows hinzu=add schluckt=swallows ganze=whole packung=pack schluss=end um_schluss_zu_machen=to_end_it_all schluss_zu_machen=end_it_all schlaftabletten=sleeping_pills handvoll=handful kussen=kiss kusst=kisses anderen=another damit=so_that sieht=sees
    bringt_sich_um=kills_himself bringt_ihn_um=kills_him bringt_sie_um=kills_her will=wants
    reiss=rip reisst=rips runter=off alle=everyone verwandl*=turn_into allein=alone kleinen=little kleines=little schlafe=temple_of_head druckt_ab=pulls_the_trigger abdrucken=pull_the_trigger immer_wieder=again_and_again kater=cat welpen=puppies welpe=puppy raum=room betrug=fraud soll=should gefalschtes=fake gefalschte=fake links=left nimmt=takes klauen=steal klaut=steals mein=my meinem=my meine=my meinen=my pakete=packages tur=door fur=for vor=in_front_of an=at sie_ab=off kommt_nie=never_comes zuruck=back steine=stones taschen=pockets auto=car fahrer=driver bestechungsgeld=bribe korruption=corruption
    der=the die=the das=the den=the dem=the des=of_the ein=a eine=a einen=a einem=a
    einer=a und=and oder=or mit=with ohne=without von=of vom=from_the zu=to zum=to_the
    zur=to_the im=in_the in=in auf=on uber=over unter=under nach=to bei=at aus=from als=as
    wie=like wahrend=while sich=himself sein=his seine=his seinen=his seinem=his ihr=her ihre=her
    ihren=her ihrem=her er=he sie=she es=it ihn=him ihm=him man=one dass=that bis=until
    sehr=very aber=but dieser=this diese=this dieses=this hier=here dort=there
    lass=let lasst=let lassen=let mach=make macht=makes machen=make zeig=show zeige=show
    zeigt=shows fuge=add fug=add setz=put aussehen=look_like aussieht=looks wirkt=seems
    mann=man manner=men frau=woman frauen=women dame=lady herr=mr junge=boy jungen=boys
    madchen=girl madels=girls kind=child kinder=children kleinkind=toddler kleine=little
    kleiner=little baby=baby babys=babies saugling=infant teenager=teenager teenie=teen
    jugendliche=teenager jugendlicher=teenager minderjahrige=minor minderjahrig=underage
    schulmadchen=schoolgirl schuler=student schulerin=student schuljunge=schoolboy
    lehrer=teacher lehrerin=teacher mutter=mother vater=father mama=mom papa=dad opa=grandpa
    oma=grandma grossvater=grandpa grossmutter=grandma bruder=brother schwester=sister
    tochter=daughter sohn=son ehefrau=wife ehemann=husband gatte=husband freundin=girlfriend
    freund=friend freunde=friends chef=boss chefin=boss nachbar=neighbour nachbarin=neighbour
    kollege=coworker kollegin=coworker leute=people menschen=people person=person
    menge=crowd menschenmenge=crowd familie=family polizei=police polizist=police_officer
    prasident=president prasidentin=president minister=minister ministerin=minister
    kanzler=chancellor kanzlerin=chancellor burgermeister=mayor burgermeisterin=mayor
    senator=senator senatorin=senator abgeordnete=politician abgeordneter=politician
    politiker=politician politikerin=politician richter=judge priester=priest pfarrer=priest
    arzt=doctor arztin=doctor krankenschwester=nurse koch=chef kochin=chef kellner=waiter
    kellnerin=waitress kassierer=cashier kassiererin=cashier soldat=soldier soldaten=soldiers
    geisel=hostage geiseln=hostages gefangene=prisoner opfer=victim gangster=gangster
    mafioso=mobster dealer=drug_dealer geschaftsmann=businessman unternehmer=businessman
    einwanderer=immigrants migranten=migrants fluchtlinge=refugees juden=jews jude=jew
    muslime=muslims muslim=muslim muslima=muslim schwarze=black_people schwarzen=black
    araber=arabs roma=roma schwule=gays schwul=gay lesbe=lesbian
    hund=dog hunde=dogs katze=cat katzen=cats pferd=horse vogel=bird tier=animal tiere=animals
    affe=monkey affen=monkeys ratte=rat ratten=rats kakerlake=cockroach kakerlaken=cockroaches
    schwein=pig schweine=pigs ungeziefer=vermin
    kopf=head gesicht=face hals=neck kehle=throat handgelenk=wrist handgelenke=wrists
    pulsadern=wrists brust=chest brusten=breasts bruste=breasts busen=breasts titten=tits
    hintern=butt arsch=ass po=butt korper=body arm=arm arme=arms bein=leg beine=legs hand=hand
    hande=hands nase=nose auge=eye augen=eyes mund=mouth haut=skin blut=blood blutet=bleeds
    blutend=bleeding blutende=bleeding wunde=wound wunden=wounds verletzt=injured
    verwundet=wounded leiche=corpse leichen=corpses tot=dead tote=dead_people toten=dead
    tod=death schadel=skull gedarme=guts genitalien=genitals
    kleidung=clothes klamotten=clothes kleid=dress hemd=shirt shirt=shirt oberteil=top
    bluse=blouse rock=skirt hose=pants bh=bra slip=panties hoschen=panties unterwasche=underwear
    dessous=lingerie reizwasche=lingerie bikini=bikini badeanzug=swimsuit handtuch=towel
    kopftuch=headscarf schleier=veil hijab=hijab
    nackt=naked nackte=naked nackten=naked nackter=naked entkleid*=undress auszieh*=undress
    ausziehen=undress zieht_aus=undresses zieh=pull zieht=pulls zieh_aus=undress aus=off
    sexy=sexy sex=sex sexuell*=sexual porno=porn pornografisch=pornographic erotisch*=erotic
    masturb*=masturbate fick*=fuck bumst=fucks lutscht=sucks leckt=licks orgasmus=orgasm
    stohnt=moans verfuhrerisch*=seductive aufreizend*=provocative sinnlich*=sensual
    posiert=poses posieren=pose bett=bed dusche=shower badewanne=bathtub bad=bath pool=pool
    kusst=kisses kuss=kiss umarmt=hugs tanzt=dances tanzen=dance hochzeit=wedding
    lachelt=smiles lacheln=smile winkt=waves
    totet=kills toten=kill  umbringen=kill bringt_um=kills bringt=brings um=around
    ermorde*=murder mord=murder morder=murderer erschiess*=shoot_dead erschoss*=shot_dead
    schiesst=shoots schiessen=shoot schuss=shot schusse=shots angeschossen=shot
    ersticht=stabs erstechen=stab sticht=stabs messerstich=stab schlagt=hits schlagen=hit
    verprugel*=beat_up prugel*=beat faust=fist faustschlag=punch ohrfeige=slap tritt=kicks
    treten=kick erwurg*=strangle wurgt=chokes ertrank*=drown ertrinken=drown ertrinkt=drowns
    verbrenn*=burn brennt=burns zundet=sets_fire anzund*=set_fire wirft=throws werfen=throw
    schubst=pushes uberfahrt=runs_over enthaupt*=behead kopf_ab=beheaded foltert=tortures
    folter*=torture verstummel*=mutilate zerstuckel*=dismember greift=grabs angriff=attack
    angreifen=attack uberfall*=assault missbrauch*=abuse vergewaltig*=rape misshandel*=abuse
    bedroht=threatens bedrohen=threaten zielt=aims zielen=aim richtet=points halt=holds
    pistole=pistol pistolen=pistols waffe=weapon waffen=weapons gewehr=rifle flinte=shotgun
    revolver=revolver messer=knife kuchenmesser=kitchen_knife klinge=blade machete=machete
    schwert=sword kugel=bullet kugeln=bullets patronen=bullets bombe=bomb bomben=bombs
    sprengstoff=explosives sprengsatz=explosive_device granate=grenade handgranate=grenade
    molotow=molotov molotowcocktail=molotov_cocktail explodiert=explodes explodieren=explode
    explosion=explosion sprengt=blows_up sprengen=blow_up terror*=terrorist anschlag=attack
    selbstmordattentater=suicide_bomber sprengstoffgurtel=explosive_vest lkw=truck
    lastwagen=truck rast=rams moschee=mosque kirche=church synagoge=synagogue tempel=temple
    kathedrale=cathedral dom=cathedral kapelle=chapel kreuz=cross hakenkreuz=swastika
    nazi=nazi nazis=nazis hitlergruss=nazi_salute gruss=salute fahne=flag flagge=flag
    hass=hate hasst=hates demutig*=humiliate verspott*=mock lachen=laugh lacht=laughs
    lachen_aus=mock auslachen=mock spuckt=spits spucken=spit bettel*=beg kriech*=crawl
    uriniert=urinates pinkelt=pees macht_sich_in_die_hose=wets_himself
    selbstmord=suicide suizid=suicide umzubringen=kill_himself selbst=self
    springt=jumps springen=jump brucke=bridge dach=roof hochhaus=tower_block gebaude=building
    balkon=balcony sims=ledge kante=edge klippe=cliff gleise=tracks zug=train seil=rope
    strick=rope schlinge=noose erhang*=hang aufhang*=hang schneidet=cuts schneiden=cut
    ritzt=cuts_herself ritzen=self_harm rasierklinge=razor_blade tabletten=pills
    pillen=pills uberdosis=overdose erbrech*=vomit kotzt=vomits abnehmen=lose_weight
    hunger*=starve dunn=thin magersucht*=anorexia bulimie=bulimia
    droge=drug drogen=drugs kokain=cocaine koks=coke heroin=heroin crystal=crystal_meth
    meth=meth crack=crack ecstasy=ecstasy pillen=pills joint=joint joints=joints gras=grass
    cannabis=cannabis haschisch=hashish kifft=smokes_weed kiffen=smoke_weed schnupft=snorts
    zieht_eine_line=snorts_a_line line=line linie=line spritzt=sprays spritzen=spray
    spritze=syringe nadel=needle raucht=smokes rauchen=smoke pfeife=pipe wirft_ein=takes
    verkauft=sells verkaufen=sell tutchen=baggies labor=lab kuche=kitchen kochen=cook
    kocht=cooks betrunken=drunk besoffen=drunk  torkelt=staggers
    bestechung=bribe bestechungsgeld=bribe umschlag=envelope geld=money bargeld=cash
    scheine=bills stiehlt=steals stehlen=steal klaut=steals dieb=thief verhaftet=arrested
    festgenommen=arrested handschellen=handcuffs gefangnis=prison nachrichten=news
    nachrichtenstil=news_style tagesschau=news_broadcast eilmeldung=breaking_news
    versteckte=hidden kamera=camera uberwachungskamera=cctv video=video echt=real
    echte=real realistisch=realistic gefalscht=fake falsch=fake tauschen=deceive
    betrugt=cheats glauben=believe glaubt=believes geliebte=lover gesteht=confesses
    verkundet=announces rucktritt=resignation schicken=send schick=send zeigen=show
    licht=light lichter=lights feuerwerk=fireworks feuer=fire rakete=rocket
    sonnenuntergang=sunset sonne=sun mond=moon himmel=sky meer=sea strand=beach fluss=river
    see=lake berg=mountain berge=mountains wolken=clouds regen=rain schnee=snow baum=tree
    baume=trees blumen=flowers wind=wind haare=hair garten=garden park=park strasse=street
    stadt=city haus=house kuche=kitchen tisch=table party=party buro=office schule=school
    schulhof=schoolyard tomate=tomato zwiebel=onion brot=bread kuchen=cake kerzen=candles
    geburtstag=birthday spielt=plays spielen=play lacht=laughs lauft=walks rennt=runs
    schwimmt=swims langsam=slow langsame=slow langsamer=slow zeitlupe=slow_motion
    schleife=loop totale=wide_shot nahaufnahme=close_up schwenk=pan kamerafahrt=camera_move
    handkamera=handheld_camera hochformat=vertical_video stil=style kino=cinema
    filmisch=cinematic spielzeug=toy wasser=water wasserpistole=water_gun ballon=balloon
    kostum=costume zombie=zombie impfung=vaccine apotheke=pharmacy
    """
)

_PT = _table(
    """
    mendigo=beggar mendiga=beggar ate_a_morte=to_death suastic*=swastika pinta=paints pintam=paint
    tapa=slap leva=gets levar=get morrer=to_die morre=dies chora=cries chorando=crying
    minha_mulher=my_wife sua_mulher=his_wife mulher_dele=his_wife primeiros=first passos=steps
    idoso=elderly_man idosa=elderly_woman desacordado=unconscious desacordada=unconscious desmaiar=passes_out desmaia=passes_out ficar=become frasco=bottle inteiro=whole acabar_com_tudo=end_it_all tudo=everything punhado=handful calmantes=sleeping_pills avanca=drives desfile=parade feira=fair natal=christmas confessando=confessing fraude=fraud bem=very
    quer=wants querem=want
    num=in_a numa=in_a transform*=turn_into jorrando=gushing escorrendo=dripping buraco=hole quebrado=broken comemorando=celebrating esquerda=left todo_mundo=everyone seguranca=security_guard teto=ceiling ventilador=fan poe_fogo=sets_fire_to poem_fogo=set_fire_to ateia_fogo=sets_fire_to ateiam_fogo=set_fire_to corrupcao=corruption prisao=arrest recebendo=receiving caseira=homemade monta=assembles fabrica=makes passo_a_passo=step_by_step saida=exit balada=nightclub esquina=corner mija*=pee pedras=stones bolsos=pockets nunca=never volta=comes_back sozinho=alone sozinha=alone janela=window estrada=road rodovia=highway carro=car
    o=the a=the os=the as=the um=a uma=a uns=some umas=some e=and ou=or do=of_the da=of_the
    dos=of_the das=of_the no=in_the na=in_the nos=in_the nas=in_the em=in com=with sem=without
    de=of se= seu=his sua=her seus=his suas=her que=that por=for para=to pra=to pro=to_the
    como=like enquanto=while sobre=over ate=until muito=very mas=but ele=he ela=she eles=they
    elas=they dele=his dela=her lhe=him esse=this essa=this este=this esta=this aqui=here
    ali=there ao=to_the aos=to_the pelo=by_the pela=by_the
    faz=make faca=make fazer=make fazendo=making poe=put coloca=put colocar=put bota=put
    adiciona=add mostra=show mostrar=show mostrando=showing deixa=leave deixar=leave
    parecer=look_like parece=looks parecendo=looking
    homem=man homens=men mulher=woman mulheres=women senhora=lady senhor=man moco=boy
    moca=young_woman garoto=boy garota=girl menino=boy menina=little_girl meninos=boys meninas=girls
    crianca=child criancas=children bebe=baby bebes=babies nene=baby adolescente=teenager
    adolescentes=teenagers menor=minor menores=minors novinha=young_girl novinho=young_boy
    filho=son filha=daughter filhos=children colegial=schoolgirl aluna=student aluno=student
    alunos=students professor=teacher professora=teacher mae=mother pai=father mamae=mom
    papai=dad vovo=grandpa avo=grandparent irmao=brother irma=sister esposa=wife marido=husband
    namorada=girlfriend namorado=boyfriend chefe=boss patrao=boss vizinho=neighbour
    vizinha=neighbour colega=coworker amigo=friend amiga=friend amigos=friends gente=people
    pessoa=person pessoas=people multidao=crowd familia=family policia=police policial=officer
    presidente=president ministro=minister ministra=minister prefeito=mayor prefeita=mayor
    senador=senator senadora=senator deputado=politician deputada=politician
    politico=politician governador=governor juiz=judge padre=priest medico=doctor
    enfermeira=nurse enfermeiro=nurse cozinheiro=chef cozinheira=chef garcom=waiter
    garconete=waitress caixa=cashier soldado=soldier soldados=soldiers refem=hostage
    refens=hostages presa=arrested preso=prisoner prisioneiro=prisoner vitima=victim traficante=drug_dealer
    gangster=gangster mafioso=mobster bandido=gangster empresario=businessman
    empresaria=businesswoman imigrantes=immigrants imigrante=immigrant refugiados=refugees
    judeus=jews judeu=jew muculmanos=muslims muculmano=muslim muculmana=muslim negros=black_people
    negro=black negra=black ciganos=gypsies gays=gays gay=gay lesbica=lesbian
    cachorro=dog cao=dog caes=dogs gato=cat gatos=cats cavalo=horse passaro=bird animal=animal
    animais=animals macaco=monkey macacos=monkeys rato=rat ratos=rats barata=cockroach
    baratas=cockroaches porco=pig porcos=pigs praga=vermin
    cabeca=head rosto=face cara=face pescoco=neck garganta=throat pulso=wrist pulsos=wrists
    peito=chest peitos=breasts seios=breasts bunda=butt corpo=body braco=arm bracos=arms
    perna=leg pernas=legs mao=hand maos=hands nariz=nose olho=eye olhos=eyes boca=mouth
    pele=skin sangue=blood sangrando=bleeding sangra=bleeds ferida=wound ferimento=wound
    ferido=wounded cadaver=corpse cadaveres=corpses morto=dead morta=dead mortos=dead_people
    morte=death cranio=skull tripas=guts genitais=genitals
    roupa=clothes roupas=clothes vestido=dress camisa=shirt camiseta=shirt blusa=blouse
    saia=skirt calca=pants sutia=bra calcinha=panties cueca=underwear lingerie=lingerie
    biquini=bikini maio=swimsuit toalha=towel veu=veil hijab=hijab lenco=headscarf
    nu=naked nua=naked nus=naked nuas=naked pelad*=naked despid*=undress despe=undresses
    tira=takes_off tirar=take_off tirando=taking_off arranca=rips_off
    sexo=sex sexual=sexual sexuais=sexual sexy=sexy porno=porn pornografia=pornography
    pornografico=pornographic erotic*=erotic masturb*=masturbate transa=has_sex
    transando=having_sex transar=have_sex chupa=sucks chupando=sucking lambe=licks
    orgasmo=orgasm geme=moans sedut*=seductive sensual=sensual provocant*=provocative
    posa=poses posando=posing posar=pose cama=bed chuveiro=shower banheira=bathtub
    banho=bath piscina=pool banheiro=bathroom beija=kisses beijo=kiss abraca=hugs danca=dances
    dancam=dance casamento=wedding sorri=smiles sorriso=smile acena=waves
    mata=kills matar=kill matam=kill matou=killed matando=killing assassin*=murder
    atira=shoots atirar=shoot atirando=shooting tiro=shot tiros=shots baleado=shot
    esfaque*=stab apunhal*=stab bate=hits bater=hit batendo=hitting espanca*=beat_up
    soco=punch socos=punches socando=punching chuta=kicks chute=kick chutando=kicking
    estrangul*=strangle enforca*=hang afoga=drowns afogar=drown afogando=drowning
    queima=burns queimar=burn queimando=burning incendei*=set_fire joga=throws jogar=throw
    jogando=throwing empurra=pushes atropel*=run_over decapit*=behead degol*=behead
    tortur*=torture mutil*=mutilate esquartej*=dismember ataca=attacks atacar=attack
    ataque=attack agride=assaults agressao=assault abus*=abuse estupr*=rape maltrat*=abuse
    ameaca=threatens ameacar=threaten aponta=points apontando=aiming mira=aims
    pistola=pistol revolver=revolver arma=weapon armas=weapons fuzil=rifle rifle=rifle
    espingarda=shotgun faca=knife facas=knives facao=machete lamina=blade espada=sword
    bala=bullet balas=bullets bomba=bomb bombas=bombs explosiv*=explosive granada=grenade
    molotov=molotov detona=detonates explode=explodes explodem=explode explosao=explosion
    explodir=blow_up terroris*=terrorist atentado=terror_attack homem_bomba=suicide_bomber
    colete=vest sequestr*=kidnap caminhao=truck van=van
    mesquita=mosque igreja=church sinagoga=synagogue templo=temple catedral=cathedral
    capela=chapel suastica=swastika nazista=nazi nazistas=nazis saudacao=salute
    bandeira=flag odio=hate odeia=hates humilh*=humiliate zomb*=mock riem=laugh ri=laughs
    cospe=spits cospem=spit implor*=beg mendig*=beg rasteja*=crawl urina=urinates
    mija=pisses suicid*=suicide se_matar=kill_himself
    pula=jumps pular=jump salta=jumps ponte=bridge telhado=roof terraco=rooftop predio=building
    varanda=balcony sacada=balcony beirada=ledge beira=edge penhasco=cliff trilhos=tracks
    trem=train corda=rope forca=strength corta=cuts cortar=cut cortando=cutting cortes=cuts
    gilete=razor_blade lamina_de_barbear=razor_blade comprimidos=pills pilulas=pills
    remedios=pills overdose=overdose vomit*=vomit emagrec*=lose_weight jejum=fasting
    fome=starve magra=thin magro=thin anorex*=anorexia bulimi*=bulimia
    droga=drug drogas=drugs drogad*=drugged cocaina=cocaine coca=coke po=powder heroina=heroin
    metanfetamina=meth cristal=crystal crack=crack ecstasy=ecstasy
    baseado=joint baseados=joints maconha=marijuana erva=herb cannabis=cannabis haxixe=hashish
    cheira=snorts cheirar=snort cheirando=snorting carreira=line carreiras=lines
    injeta=injects injetar=inject injetando=injecting seringa=syringe agulha=needle
    fuma=smokes fumar=smoke fumando=smoking cachimbo=pipe vende=sells vender=sell
    vendendo=selling saquinhos=baggies laboratorio=lab cozinha=kitchen cozinham=cook
    bebado=drunk bebada=drunk embriagad*=drunk trebad*=staggering cambaleando=staggering
    propina=bribe suborno=bribe envelope=envelope dinheiro=money grana=cash notas=bills
    roubando=stealing rouba=steals roubar=steal ladrao=thief  algemado=handcuffed
    algemas=handcuffs cadeia=jail prisao=prison noticia=news noticias=news jornal=news
    telejornal=newscast plantao=breaking_news urgente=breaking camera_escondida=hidden_camera
    escondida=hidden camera=camera gravacao=recording video=video real=real realista=realistic
    falso=fake falsa=fake enganar=deceive engana=deceives acreditar=believe acredite=believes
    traindo=cheating amante=lover confessa=confesses anuncia=announces renuncia=resigns
    mandar=send manda=send enviar=send mostrar_pro=show_to
    luz=light luzes=lights apaga=turn_off fogos=fireworks artificio=fireworks fogo=fire
    foguete=rocket por_do_sol=sunset sol=sun lua=moon ceu=sky mar=sea praia=beach rio=river
    lago=lake montanha=mountain montanhas=mountains nuvens=clouds chuva=rain neve=snow
    arvore=tree arvores=trees flores=flowers vento=wind cabelo=hair jardim=garden parque=park
    rua=street cidade=city casa=house mesa=table festa=party escritorio=office escola=school
    patio=yard tomate=tomato cebola=onion pao=bread bolo=cake velas=candles aniversario=birthday
    brinca=plays brincam=play brincando=playing ri=laughs anda=walks corre=runs
    lento=slow lenta=slow lentamente=slowly devagar=slowly camera_lenta=slow_motion
    loop=loop plano=shot aberto=wide aproximacao=close_up close=close_up panoramica=pan
    estilo=style cinema=cinema cinematografico=cinematic brinquedo=toy agua=water
    pistola_de_agua=water_gun balao=balloon fantasia=costume zumbi=zombie vacina=vaccine
    farmacia=pharmacy
    """
)

# Round 2: plain-words violence, self-harm, attacks on places of worship, hate, drugs and
# deceptive framings, in everyday phrasing. Entries above win where both define a word.
_MORE = {
    "es": """
    paliza=beating da_una_paliza=beats_up dan_una_paliza=beat_up dejarlo=leaving_him dejarla=leaving_her
    inconsciente=unconscious inconscientes=unconscious ahoga=drowns ahogan=drown ahogar=drown
    ahogad*=drowned cubo=bucket dispara=shoots disparan=shoot disparar=shoot disparo=gunshot
    un_disparo=a_gunshot recibir_un_disparo=being_shot suelo=ground anciana=old_woman anciano=old_man
    ciclista=cyclist camarero=waiter golpea=hits golpean=hit golpear=hit golpead*=beaten
    deja_de_moverse=stops_moving moverse=move matones=thugs maton=thug portero=bouncer
    cuchilla=razor_blade venas=wrists corta_las_venas=cuts_his_wrists quitarse_la_vida=kill_himself
    salta=jumps puente=bridge pastillas=pills ahorca=hangs fieles=worshippers
    hombre_armado=gunman explota=explodes mercado=market lleno_de_gente=crowded
    fabricar=make bomba_casera=homemade_bomb esvasticas=swastikas ratas=rats
    alcantarilla=sewer burlan=mock discapacitado=disabled esnifa=snorts inyecta=injects
    porro=joint borracho=drunk borracha=drunk mandarselo=send_it_to un_sobre=an_envelope
    mafioso=gangster noticiero=newscast estilo_noticiero=news_style drogado=on_drugs
    drogada=on_drugs filtrado=leaked filtrada=leaked robando=stealing tienda=shop
    desnuda=naked desnudo=naked escena_porno=porn_scene posando=posing cinturon=belt
    pega=hits chaval=kid apunta=aims cabeza=head sangre=blood veneno=poison
    envenena=poisons racista=racist maricon=faggot
    """,
    "fr": """
    tabasse=beats_up tabassent=beat_up tabass*=beat_up perde_connaissance=passes_out
    perd_connaissance=passes_out connaissance=consciousness poignarde=stabs poignard*=stab
    partout=everywhere noie=drowns noient=drown noy*=drown bassine=bucket tire_sur=shoots_at
    bout_portant=point_blank se_vide_de=bleeds_out vide_de_son_sang=bleeds_out
    frapper=hit frappe=hits frappent=hit ne_bouge_plus=stops_moving bouge=moves
    taillade=slashes poignets=wrists lame=blade saute=jumps pont=bridge en_finir=end_it
    avale=swallows cachets=pills comprimes=pills mourir=die pend=hangs grange=barn
    tireur=gunman ouvre_le_feu=opens_fire fideles=worshippers explose=explodes
    foule=crowd marche=market braque=aims pistolet=pistol fabriquer=make artisanale=homemade
    etape_par_etape=step_by_step croix_gammees=swastikas taguent=spray_paint tague=spray_paints
    egouts=sewer moque=mocks moquent=mock handicape=disabled pleure=cries sniffe=snorts
    injecte=injects ivre=drunk envoyer=send enveloppe=envelope billets=cash
    journal_televise=tv_news fais_croire=make_believe faire_croire=make_believe
    drogue=drugged fausse=fake video_de_surveillance=surveillance_footage voler=stealing
    en_train_de=while nue=naked nu=naked soutien_gorge=bra seins_nus=topless
    scene_porno=porn_scene maillot_de_bain=swimsuit sous_vetements=underwear ceinture=belt
    fillette=little_girl voyous=thugs vieille=old sang=blood jusqua=until videur=bouncer
    cycliste=cyclist chatons=kittens chaton=kitten chiot=puppy chien=dog cheval=horse
    raciste=racist pede=faggot empoisonne=poisons pot_de_vin=bribe informations=news
    enregistrement=recording menotte=handcuffed piquer=inject
    """,
    "de": """
    prugelt=beats prugeln=beat prugel*=beat bewusstlos=unconscious sticht=stabs nieder=down
    uberall=everywhere ertrankt=drowns ertrank*=drown eimer=bucket schiesst=shoots
    kopf=head liegt=lies blutend=bleeding boden=ground schuss=gunshot schlag=hit schlagt=hits
    so_lange=until bewegt=moves nicht_mehr=no_longer schneidet=cuts pulsadern=wrists
    rasierklinge=razor_blade springt=jumps brucke=bridge leben_zu_nehmen=kill_himself
    das_leben=his_life schluckt=swallows tabletten=pills sterben=die erhangt=hangs
    erhang*=hang dachboden=attic attentater=attacker betenden=worshippers explodiert=explodes
    menschenmenge=crowd markt=market richtet=aims pistole=pistol rohrbombe=pipe_bomb
    schritt_fur_schritt=step_by_step bauen=build ratten=rats kanalisation=sewer
    kriechen=crawl auslander=foreigners fluchtlinge=refugees hakenkreuze=swastikas
    spruhen=spray_paint behinderten=disabled lachen=laugh aus=out weint=cries zieht=snorts
    raucht=smokes betrunken=drunk aussehen=look schicken=send
    umschlag=envelope geld=money nachrichtenstil=news_style auf_drogen=on_drugs
    gefalschtes=fake uberwachungsvideo=surveillance_footage klauen=stealing nackt=naked
    posieren=pose oben_ohne=topless bh=bra pornoszene=porn_scene unterwasche=underwear
    gurtel=belt schlager=thugs alte=old blut=blood radfahrer=cyclist kellner=waiter
    nehmen=take welpen=puppy katzchen=kittens hund=dog pferd=horse schiesserei=shooting
    gift=poison vergiftet=poisons kopft=beheads rassist=racist aufnahme=recording
    """,
    "pt": """
    espanca=beats espanc*=beat desmaiar=passes_out esfaqueia=stabs esfaque*=stab afoga=drowns
    afog*=drown balde=bucket atira=shoots atira_em=shoots cabeca=head sangrando=bleeding
    chao=ground levar_um_tiro=being_shot bater=hit parar_de_se_mexer=stops_moving
    corta=cuts pulsos=wrists lamina=blade pula=jumps ponte=bridge
    acabar_com_a=end vida=life comprimidos=pills morrer=die enforca=hangs atirador=gunman
    abre_fogo=opens_fire fieis=worshippers multidao=crowd feira=market aponta=aims
    bomba_caseira=homemade_bomb passo_a_passo=step_by_step ratos=rats esgoto=sewer
    suasticas=swastikas zombam=mock deficiente=disabled chora=cries cheira=snorts
    carreira=line injeta=injects baseado=joint chapado=high bebado=drunk bebada=drunk
    mandar=send dinheiro=money telejornal=tv_news estilo_telejornal=news_style
    drogado=on_drugs drogada=on_drugs vazado=leaked roubando=stealing loja=shop nua=naked
    sutia=bra biquini=bikini cena_porno=porn_scene calcinha=panties cinto=belt menina=girl
    menino=boy minha=my meu=my sangue=blood bandidos=thugs dentro=inside gatinhos=kittens
    filhote=puppy cachorro=dog cavalo=horse tiroteio=shooting veneno=poison
    envenena=poisons racista=racist viado=faggot
    """,
}
# Round 3: everyday words of motion prompts (camera, home, family, body, motion verbs, time,
# places), so that more of a foreign prompt reaches the semantic layer in English; and the
# indirect ways each language says self-harm ("to never wake up", "end it all").
_EVERYDAY = {
    "es": """
    hunda=pushes hunde=pushes hundir=push alguien=someone espalda=back clave_un_cuchillo=stabs_a_knife meta_la_cara=shove_the_face brasas=embers tusi=pink_cocaine
    reparten=hand_out reparte=hands_out repartir=hand_out
    pistolas_de_agua=water_guns pintalabios=lipstick saco_de_boxeo=punching_bag le_pega_al=hits_the saco=bag gimnasio=gym sin_techo=homeless_man
    traga=swallows tragan=swallow tragar=swallow cenital=overhead paneo=pan izquierda=left derecha=right atras=back adelante=forward
    cuando=when donde=where suave=soft todo=all todos=all todas=all paso=step foto=photo
    silla=chair mesa=table cama=bed castillo=castle anos=years sale=comes_out salen=come_out
    desconocido=stranger anima=animate esto=this haga=make quite=take_off ver=see veo=see
    tormenta=storm destruye=destroys arena=sand mucha=much mucho=much mueve=moves
    gritan=scream grita=screams risa=laughter pone=puts forma=way lleno=full llena=full
    pequeno=small pequena=small puerto=harbour bahia=bay abre=opens dos=two ultima=last
    hora=hour despues=after antes=before armado=armed aceptando=accepting gol=goal
    reza=prays rezan=pray encendidas=lit encendido=running frasco=bottle despertar=wake_up
    no_despertar=never_wake_up nunca=never mas=more se_tira=throws_himself acabar=end
    acabar_con_todo=end_it_all se_quita_la_vida=kills_himself banera=bathtub cuello=neck
    patea=kicks caer=fall dejarse_caer=let_himself_fall garaje=garage cerrado=closed
    cortes=cuts brazo=arm brazos=arms morir_de_hambre=starve_to_death hambre=hunger
    cuarto=room caramelos=sweets piscina=pool gateando=crawling agua=water hijos=children
    lloran=cry llora=cries mientras=while camiseta=shirt cargada=loaded cargado=loaded
    jugando=playing juega=plays vestido=dress toalla=towel ensena=shows
    haciendo_el_amor=having_sex explicito=explicit sin_censura=uncensored siguen=keep
    pateando=kicking ladron=thief calle=street mochila=backpack clavos=nails
    temporizador=timer anden=platform contra=against navideno=christmas pecho=chest
    boda=wedding judia=jewish judio=jewish turba=mob inmigrantes=immigrants pueblo=town
    plaga=plague insultos=insults pared=wall polvo=powder blanco=white rayas=lines
    billete=banknote calienta=heats marron=brown cuchara=spoon jeringa=syringe
    camello=dealer bolsitas=baggies falso=fake alcalde=mayor colegio=school cara=face
    companero=coworker apaga=turn_off luces=lights funde_a_negro=fade_to_black
    enfermera=nurse herida=wound suelta=drops ritmo=beat hija=daughter bici=bike
    cocinero=cook pescado=fish largo=long fuegos_artificiales=fireworks
    medianoche=midnight paracaidista=skydiver avion=plane cae=falls camina=walks
    decimo=tenth piso=floor porque=because ya_no_aguanta_mas=cannot_go_on aguanta=bears
    hamaca=hammock cierra=closes dormida=asleep
    corre=runs sonrie=smiles mira=looks baila=dances vuela=flies ojos=eyes pelo=hair
    """,
    "fr": """
    le_petit=the_little_boy la_petite=the_little_girl sait_pas=cannot ne_sait_pas=cannot le_petit_dejeuner=the_breakfast petit_dejeuner=breakfast la_petite_fille=the_little_girl le_petit_garcon=the_little_boy
    percute=hits percuter=hit percutee=hit percutent=hit plein_fouet=head_on foutre_en_l=kill_himself foute_en_l=kill_himself fout_en_l=kills_himself enfoncer=shove enfonce=shoves enfoncent=shove braises=embers empocher=pocket empoche=pockets ramper=crawl rampe=crawls supplier=beg supplie=begs roms=roma_people
    banque=bank
    baisse=lowers baissent=lower baisser=lower calecon=underpants calecons=underpants clandestin=clandestine clandestine=clandestine enjambe=climbs_over enjambent=climb_over enjamber=climb_over parapet=railing clochard=homeless_man clocharde=homeless_woman clochards=homeless_people mendie=begs mendient=beg mendier=beg
    pistolets_a_eau=water_guns rouge_a_levres=lipstick
    dessus=above ca=that je=i veux=want voir=see moment=moment avant=before apres=after
    photo=photo doree=golden gauche=left droite=right monde=world anime=animate etape=step
    touristes=tourists pigeons=pigeons envolent=fly_away salon=living_room met=puts
    chateau=castle hurlent=scream ouvre=opens ans=years reste=stays deux=two inconnu=stranger
    assis=sitting cotes=sides manger=eat derriere=behind robe=dress robes=dresses
    billet=banknote glissent=slide rouge=red desert=desert boite=box vide=empty
    prient=pray allumees=lit baie=bay sortent=come_out pilules=pills se_reveiller=wake_up
    reveiller=wake_up jamais=never met_fin_a_ses_jours=kills_himself ses_jours=his_life
    sautant=jumping se_jette=throws_himself jette=throws sous=under train=train
    veines=wrists baignoire=bathtub corde=rope cou=neck renverse=knocks_over chaise=chair
    bord=edge toit=roof pret=ready laisser_tomber=let_go tomber=fall brule=burns peau=skin
    encore=again scarifie=cuts lame_de_rasoir=razor_blade bras=arms sous_vetements=underwear
    attire=lures bonbons=sweets camionnette=van piscine=pool rampe=crawls eau=water
    enfants=children pleurent=cry enleve=takes_off pose=pose joue=plays charge=loaded
    laisse=lets serviette=towel voie=see tout=everything fait_lamour=has_sex lit=bed
    explicite=explicit sans_censure=uncensored terre=ground lynche=lynches voleur=thief
    rue=street egorge=cuts_the_throat_of sac_a_dos=backpack clous=nails minuteur=timer
    quai=platform bonde=crowded camion=truck noel=christmas attache=ties poitrine=chest
    mariage=wedding juive=jewish juif=jewish immigres=immigrants village=village
    parasites=vermin insultes=insults mur=wall mosquee=mosque poudre=powder blanche=white
    lignes=lines roule=rolls chauffe=heats truc=stuff brun=brown cuillere=spoon
    seringue=syringe sachets=baggies vitre=window president=president maire=mayor
    ecole=school visage=face collegue=coworker caisse=till eteins=turn_off lumieres=lights
    coupe_au_noir=cut_to_black plongeon=dive haut_vol=high_diving jeux_olympiques=olympics
    ralenti=slow_motion infirmiere=nurse nettoie=cleans plaie=wound pansement=bandage
    lache=drops saute=jumps apprend=teaches fille=daughter velo=bike faire_du_velo=ride_a_bike
    decoupe=cuts_up poisson=fish long=long couteau=knife feu_dartifice=fireworks
    port=harbour minuit=midnight parachutiste=skydiver avion=plane marche=walks court=runs
    flacon=bottle somniferes=sleeping_pills couche=lies_down derniere=last fois=time
    endort=falls_asleep endorment=fall_asleep ferme=closes hamac=hammock
    sourit=smiles regarde=looks danse=dances vole=flies yeux=eyes cheveux=hair
    """,
    "de": """
    keiner=nobody niemand=nobody sitzt=sits aufm=on_the fensterbrett=windowsill
    wurgen=strangle wurgt=strangles gewurgt=strangled erwurgen=strangle erwurgt=strangles beiden=both handen=hands hande=hands treppe=stairs runtergestossen=pushed_down runterstossen=push_down hinuntergestossen=pushed_down gestossen=pushed stosst=pushes genick=neck bricht=breaks typ=guy liegenden=lying gegner=opponent werfe=throw werfen=throw einfahrenden=arriving knarre=gun knarren=guns balken=beam erhangen=hang erhangt=hangs vertickt=deals verticken=deal scheine=banknotes lasziv=seductively rakeln=writhe rakelt=writhes bikinitrager=bikini_strap runterziehen=pull_down runter=down balkongelander=balcony_railing patenkind=godchild neffe=nephew nichte=niece torkelt=staggers schulhof=schoolyard waschmaschine=washing_machine anschalten=switch_on aufwachen=wake_up nie_wieder=never_again einschlaft=falls_asleep
    obdachlose=homeless_man obdachlosen=homeless_man obdachloser=homeless_man eisenstange=iron_bar
    schuttelt=shakes schutteln=shake geschuttelt=shaken heftig=violently madchens=girl kindes=child
    wasserpistolen=water_guns lippenstift=lipstick boxsack=punching_bag feuerzeug=lighter
    kinolook=film_look ich=i sehen=see foto=photo vorn=front geht=goes animiere=animate
    durchs=through_the am=at_the goldenes=golden schritt=step fallen=fall nicht=not
    mehr=more ins=into_the ziehen=pull touristen=tourists tauben=pigeons fliegen=fly
    weht=blows haar=hair haare=hair alles=everything paar=couple hat=has zwei=two
    explizit=explicit jahrige=year_old wieder=again rippen=ribs hort=hears essen=eat
    druckt=presses hinter=behind luft=air sanft=gently rutscht=slides vollen=full
    dreht=turns tursteher=bouncer fremder=stranger mitten=middle ware=would daraus=out_of_it
    winken=wave winkt=waves beten=pray flackern=flicker sturmer=striker trifft=hits tor=goal
    bucht=bay lange=long toilette=toilet oben=above farben=colours dunne=thin rein=in
    davon=of_it legt=puts um_allem_ein_ende_zu_setzen=to_end_it_all ende=end
    packung=pack nie_wieder_aufwacht=never_wakes_up aufwacht=wakes_up aufwachen=wake_up
    nie=never nimmt_sich_das_leben=kills_himself keller=basement schlinge=noose hals=neck
    stosst=kicks stuhl=chair badewanne=bathtub wirft_sich=throws_himself zug=train
    ritzt=cuts arme=arms arm=arm blutet=bleeds dachrand=roof_edge lasse=let abgasen=exhaust
    geschlossenen=closed auto=car unterwasche=underwear lockt=lures sussigkeiten=sweets
    transporter=van baby=baby allein=alone beckenrand=pool_edge krabbelt=crawls aufs=onto_the
    tiefe=deep wasser=water kinder=children weinen=cry ausziehen=take_off geladenen=loaded
    spielt=plays kleid=dress handtuch=towel bett=bed unzensiert=uncensored treten=kick
    menge=crowd tode=death strasse=street kehle=throat durchgeschnitten=cut rucksack=backpack
    nageln=nails zeitzunder=timer bahnsteig=platform lastwagen=truck rast=speeds
    weihnachtsmarkt=christmas_market schnallt=straps brust=chest hochzeit=wedding
    verwandle=turn judische=jewish mob=mob einwanderer=immigrants dorf=village
    brullt=shouts ungeziefer=vermin beleidigungen=insults wand=wall moschee=mosque
    hackt=chops weisse=white pulver=powder rollt=rolls geldschein=banknote kocht=cooks
    braune=brown zeug=stuff loffel=spoon spritze=syringe tutchen=baggies autofenster=car_window
    prasident=president tisch=table burgermeister=mayor betrunken=drunk schule=school
    gesicht=face kollegen=coworker kasse=till mach=make licht=light blende=fade
    schwarz=black klippensprung=cliff_dive olympia=olympics zeitlupe=slow_motion
    krankenschwester=nurse reinigt=cleans wunde=wound verband=bandage beat=beat
    springt=jumps tochter=daughter radfahren=cycling koch=cook zerlegt=cuts_up fisch=fish
    messer=knife feuerwerk=fireworks hafen=harbour mitternacht=midnight
    fallschirmspringer=skydiver flugzeug=plane breitet=spreads lauft=runs lachelt=smiles
    schaut=looks tanzt=dances augen=eyes
    """,
    "pt": """
    linchar=lynch lincham=lynch linchado=lynched galera=crowd oitao=gun tacando_fogo=setting_fire_to tacar_fogo=set_fire_to taca_fogo=sets_fire_to priminho=little_cousin prima=cousin fuzil=rifle fuzis=rifles mira=aims miram=aim em_cima_da=into_the joga_o_carro=drives_the_car
    pistolas_de_agua=water_guns morador_de_rua=homeless_man moradores_de_rua=homeless_people
    suave=soft frente=front anima=animate isto=this isso=that todo=all dourada=golden
    passo=step foto=photo fica=stays onde=where parar=stop mexer=move castelo=castle
    pareca=seem anos=years mundo=world quero=want ver=see momento=moment tempestade=storm
    areia=sand finge=pretends ser=be gritam=scream rir=laugh turistas=tourists pombos=pigeons
    saem=come_out voando=flying entra=enters sala=living_room jeito=way abre=opens lado=side
    destroi=destroys censura=censorship sem_censura=uncensored rapaz=young_man cadeira=chair
    puxa=pulls gatilho=trigger garagem=garage porto=harbour ondas=waves quebram=break
    depois=after quarto=room meio=middle saindo=leaving cena=scene sorrir=smile acenar=wave
    rezam=pray acesas=lit fatias=slices finas=thin gol=goal aceitando=accepting cores=colours
    quando=when baia=bay frasco=bottle inteiro=whole acordar=wake_up nao_acordar=never_wake_up
    se_joga=throws_himself acabar_com_tudo=end_it_all tira_a_propria_vida=kills_himself
    propria=own pulando=jumping predio=building corda=rope pescoco=neck chuta=kicks
    banheira=bathtub eu=i sentado=sitting beira=edge telhado=roof pronto=ready
    me_soltar=let_go soltar=let_go se_mata=kills_himself motor=engine ligado=running
    fechada=closed bracos=arms se_corta=cuts_himself se_atirando=throwing_himself
    metro=subway roupa_intima=underwear atrai=lures van=van doces=sweets bebe=baby
    piscina=pool engatinhando=crawling agua=water filhos=children choram=cry
    camisa=shirt posar=pose sensual=sensual crianca=child brincando=playing carregada=loaded
    vestido=dress cair=fall toalla=towel toalha=towel mostrar=show tudo=everything
    transando=having_sex cama=bed explicito=explicit chutando=kicking espanca=beats
    ladrao=thief rua=street cortam=cut garganta=throat mochila=backpack pregos=nails
    timer=timer plataforma=platform lotada=crowded caminhao=truck avanca=charges
    natal=christmas prende=straps peito=chest casamento=wedding judia=jewish judeu=jewish
    expulsa=drives_out imigrantes=immigrants cidade=town praga=plague picham=spray_paint
    xingamentos=insults muro=wall mesquita=mosque pica=chops po=powder branco=white
    carreiras=lines enrola=rolls nota=banknote esquenta=heats coisa=stuff marrom=brown
    colher=spoon enche=fills seringa=syringe traficante=dealer saquinhos=baggies
    janela=window presidente=president envelope=envelope mesa=table falso=fake
    prefeito=mayor caindo=falling escola=school rosto=face colega=coworker caixa=till
    apaga=turn_off luzes=lights corta_para_o_preto=cut_to_black salto=jump
    ornamental=diving olimpiadas=olympics camera_lenta=slow_motion enfermeira=nurse
    limpa=cleans ferimento=wound curativo=bandage solta=drops batida=beat pula=jumps
    ensina=teaches filha=daughter andar_de_bicicleta=ride_a_bike bicicleta=bike
    chef=chef peixe=fish faca=knife comprida=long fogos_de_artificio=fireworks
    meia_noite=midnight paraquedista=skydiver aviao=plane anda=walks corre=runs
    goleiro=goalkeeper defende=saves penalti=penalty
    adormece=falls_asleep rede=hammock fecha=closes
    sorri=smiles olha=looks danca=dances olhos=eyes cabelo=hair
    """,
}
for _lang, _table_more in (("es", _ES), ("fr", _FR), ("de", _DE), ("pt", _PT)):
    for _key, _value in _table(_EVERYDAY[_lang]).items():
        _table_more.setdefault(_key, _value)
_FR["est"] = "is"  # "est" is "is" far more often than "east" in a prompt
_PT["esta"] = "is"  # Portuguese "está" (folded), not Spanish "esta"
for _lang, _table_more in (("es", _ES), ("fr", _FR), ("de", _DE), ("pt", _PT)):
    for _key, _value in _table(_MORE[_lang]).items():
        _table_more.setdefault(_key, _value)

# Round 4: a small bilingual dictionary per policy category, written from the languages (not
# from any prompt): the everyday words a user types for each category, verbs in the forms
# people write (infinitive, 3rd person singular and plural, preterite, participle, gerund;
# Spanish/French/Portuguese reflexives with their object, German separable verbs and
# participles), and the harmless look-alikes that must read as harmless English (cooking,
# camera, sport, fireworks, toys, make-believe). Entries above win; a key here is new.
# Stems ("asfixi*") only where no common word of the language starts with them: never
# "acos*" (acostar, to lie down), "cheir*" (cheiro, a smell), "drogu*" (droguerie),
# "profan*" (música profana), "ritz*" (Ritze, a gap), "sufoc*" (sufoco, stress).
# Left out on purpose, for their everyday harmless meaning: es "cono" (cone), "paja" (straw),
# "colocado" (placed), "montaje" (editing); fr "chatte" (she-cat), "tapette" (fly swatter),
# "excité" and "coquin" (said of children); de "Schwanz" (tail), "geil" (cool), "blasen"
# (blow out candles), "Tüte" (bag), "Ausschnitt" (frame); pt "pau" (stick), "bicha"
# (a queue in Portugal), "pasta" (folder, pasta).
_DICTIONARY: dict[str, tuple[str, ...]] = {
    "es": (
        # violence: verbs in the forms people type (infinitive, 3rd sg/pl, preterite,
        # participle, gerund), then nouns
        """
        matado=killed matada=killed matados=killed mataron=killed matarlo=kill_him
        matarla=kill_her matarlos=kill_them asesina=murders asesinan=murder asesinar=murder
        asesino=murdered asesinado=murdered asesinada=murdered asesinando=murdering
        asesinato=murder apunalar=stab apunalan=stab apunalo=stabbed apunalado=stabbed
        apunalada=stabbed apunalando=stabbing acuchilla=stabs acuchillado=stabbed
        acuchillada=stabbed navajazo=stab clava_un_cuchillo=stabs disparado=shot
        disparada=shot disparando=shooting disparos=gunshots balean=shoot balear=shoot
        baleada=shot balazo=gunshot balazos=gunshots pega_un_tiro=shoots pego_un_tiro=shot
        pegan_un_tiro=shoot un_tiro=a_gunshot a_tiros=with_gunshots tirotea=shoots
        tirotean=shoot tiroteado=shot balacera=shooting abre_fuego=opens_fire
        abrio_fuego=opened_fire golpeo=hit golpes=blows golpiza=beating pegan=hit pego=hit
        apalea=beats apalean=beat apaleado=beaten apaleada=beaten apalear=beat
        dio_una_paliza=beat_up le_pega=hits_him punetazos=punches da_un_punetazo=punches
        patean=kick pateo=kicked pateado=kicked pateada=kicked da_una_patada=kicks
        da_patadas=kicks abofetea=slaps abofetean=slap abofeteado=slapped abofeteada=slapped
        estrangula=strangles estrangulan=strangle estrangulado=strangled
        estrangulada=strangled asfixi*=suffocate ahogo=drowned ahogando=drowning
        quema_vivo=burns_alive quemado_vivo=burned_alive quemada_viva=burned_alive
        prende_fuego=sets_fire_to prenden_fuego=set_fire_to atropella=runs_over
        atropellan=run_over atropello=ran_over atropellado=run_over atropellada=run_over
        arrolla=runs_over arrollado=run_over embiste=rams embisten=ram tortura=tortures
        torturan=torture torturado=tortured torturada=tortured descuartiz*=dismember
        decapita=beheads decapitado=beheaded degolla=slits_the_throat_of envenen*=poison
        hiere=wounds hieren=wound herir=wound sangran=bleed sangrado=bled sangrar=bleed
        sangriento=bloody sangrienta=bloody ensangrent*=bloody
        charco_de_sangre=pool_of_blood bano_de_sangre=bloodbath sin_vida=lifeless
        cuerpo_sin_vida=dead_body rompe=breaks rompen=break aplasta=crushes
        aplastado=crushed empujan=push empujado=pushed por_la_ventana=out_of_the_window
        por_el_balcon=off_the_balcony mata_a=kills masacre=massacre matanza=slaughter
        linchan=lynch linchado=lynched linchamiento=lynching agredido=assaulted
        agredida=assaulted agreden=assault pelea=fight peleando=fighting cuchillada=stab
        cuchilladas=stabs carteles=signs a_golpes=by_beating se_quito_la=took_his
        se_quita_la=takes_his quitarse_la=take_his clava_el_cuchillo=stabs
        se_mete_en=walks_into entra_en=walks_into si_fuera_real=it_were_real
        """,
        # weapons and terror
        """
        ametralladora=machine_gun metralleta=submachine_gun fusil_de_asalto=assault_rifle
        francotirador=sniper pistolero=gunman tirador=shooter punal=dagger daga=dagger
        hacha=axe un_bate=a_bat el_bate=the_bat con_un_bate=with_a_bat
        bate_de_beisbol=baseball_bat dinamita=dynamite coche_bomba=car_bomb
        carro_bomba=car_bomb artefacto=device artefacto_explosivo=explosive_device
        detonador=detonator hace_estallar=blows_up hacen_estallar=blow_up
        por_los_aires=sky_high toma_de_rehenes=hostage_taking terrorista=terrorist
        terroristas=terrorists yihadista=jihadist yihadistas=jihadists
        atentados=terror_attacks cinturon_explosivo=explosive_vest
        chaleco_explosivo=explosive_vest armado_con=armed_with armados=armed
        municion=ammunition polvora=gunpowder
        """,
        # self-harm: reflexive phrasings, the ways people say it indirectly
        """
        autolesi*=self_harm se_corta_el=cuts_his se_corta_la=cuts_his se_corta_los=cuts_his
        se_corta_las=cuts_his se_corto=cut_himself cortarse=cut_himself
        cortandose=cutting_himself cortarse_las_venas=cut_his_wrists ahorcarse=hang_himself
        se_ahorca=hangs_himself se_ahorco=hanged_himself ahorcado=hanged ahorcada=hanged
        salta_de=jumps_from saltar_de=jump_from salto_de=jumped_from se_tira_de=jumps_from
        se_lanza_de=jumps_from se_arroja_de=jumps_from tirarse_de=jump_from
        lanzarse_de=jump_from se_tira_al=throws_himself_into_the se_lanza=throws_himself
        se_arroja=throws_himself delante_del=in_front_of_the delante_de=in_front_of
        acaba_con=ends acabar_con=end poner_fin_a=end pone_fin_a=ends vida=life
        se_mata=kills_himself se_mato=killed_himself se_toma=takes se_traga=swallows
        se_bebe=drinks todas_las_pastillas=all_the_pills analgesicos=painkillers
        calmantes=sleeping_pills tranquilizantes=tranquilisers
        frasco_de_pastillas=bottle_of_pills caja_de_pastillas=box_of_pills
        dormir_para_siempre=sleep_forever para_siempre=forever
        volver_a_despertar=wake_up_again desaparecer=disappear
        no_quiere_vivir=does_not_want_to_live vivir=live quiere_morir=wants_to_die
        quiere_morirse=wants_to_die morirse=die deja_de_comer=stops_eating
        dejar_de_comer=stop_eating no_come_nada=eats_nothing piel_y_huesos=skin_and_bones
        costillas=ribs nota_de_suicidio=suicide_note carta_de_despedida=farewell_letter
        despedida=farewell
        """,
        # hate and harassment
        """
        se_burla=mocks se_burlan=mock se_burlaron=mocked burlarse=mock
        se_rie=laughs_at se_rien=laugh_at reirse=laugh_at de_el=him de_ella=her
        de_ellos=them de_ellas=them a_el=him a_ella=her a_ellos=them a_ellas=them
        insulta=insults insultan=insult insultar=insult insultado=insulted
        insultada=insulted humilla=humiliates humillan=humiliate humillado=humiliated
        humillada=humiliated acosa=harasses acosan=harass acosar=harass acoso=harassment
        acosado=harassed acosada=harassed escupir=spit escupio=spat vandaliz*=vandalise
        profana=desecrates profanan=desecrate profanar=desecrate profanado=desecrated
        profanada=desecrated pintadas=graffiti grafiti=graffiti graffiti=graffiti
        incendian=set_fire_to se_arrodilla=kneels de_rodillas=on_his_knees suplica=begs
        suplicando=begging gatea=crawls racistas=racists odian=hate discapacitada=disabled
        discapacitados=disabled_people minusvalido=disabled ciego=blind sordo=deaf
        inmigrante_ilegal=illegal_immigrant extranjeros=foreigners extranjero=foreigner
        moros=muslims sudacas=spics gitano=gypsy gitana=gypsy homosexual=homosexual
        homosexuales=homosexuals transexual=transgender bollera=dyke negrata=nigger
        sudaca=spic kipa=kippah turbante=turban coran=quran biblia=bible tora=torah
        cruz=cross cruces=crosses capucha=hood capuchas=hoods ku_klux_klan=ku_klux_klan
        saludo_nazi=nazi_salute saludo_romano=roman_salute arranca=rips_off
        le_arranca=rips_off_her se_mea=wets_himself se_orina=wets_himself
        se_caga=soils_himself en_publico=in_public todos_se_rien=everyone_laughs
        """,
        # sexual
        """
        en_pelotas=naked en_cueros=naked semidesnuda=half_naked semidesnudo=half_naked
        topless=topless sin_camiseta=shirtless sin_sujetador=braless tanga=thong
        striptease=striptease stripper=stripper pezones=nipples pezon=nipple pene=penis
        vagina=vagina polla=dick nalgas=buttocks escote=cleavage transparente=see_through
        cachonda=horny cachondo=horny gemidos=moans hacer_el_amor=make_love
        hace_el_amor=makes_love tener_sexo=have_sex tienen_sexo=have_sex desnudarse=undress
        se_desnuda=undresses se_desnudan=undress desnudala=undress_her desnudalo=undress_him
        quitale_la_ropa=take_off_her_clothes le_quita_la=takes_off_her
        sin_nada=with_nothing_on en_ropa_interior=in_her_underwear mamada=blowjob
        erotico=erotic lasciva=lewd lascivo=lewd obscena=obscene obsceno=obscene
        insinuante=suggestive
        """,
        # drugs
        """
        farlopa=coke linea=line lineas=lines esnifar=snort esnifando=snorting
        chutarse=shoot_up se_chuta=injects heroinomano=heroin_addict yonqui=junkie
        drogadicto=drug_addict canuto=joint porrito=joint acido=acid
        setas_alucinogenas=magic_mushrooms hongos_alucinogenos=magic_mushrooms
        anfetaminas=amphetamines anfetamina=amphetamine traficante=drug_dealer trafica=deals
        traficando=dealing cartel=cartel narcos=drug_lords dosis=dose drogarse=take_drugs
        se_droga=takes_drugs fumandose=smoking papelina=baggie papelinas=baggies
        bolsita=baggie pipa_de_crack=crack_pipe cocinando=cooking
        cocina_metanfetamina=cooks_meth
        """,
        # deception
        """
        sobre_con=envelope_with el_sobre=the_envelope sobres=envelopes coima=bribe
        coimas=bribes sobornar=bribe soborna=bribes sobornado=bribed sobornando=bribing
        fajo_de_billetes=wad_of_cash maletin=briefcase esposada=handcuffed
        esposados=handcuffed arrestado=arrested arrestada=arrested detienen=arrest
        noticias_falsas=fake_news bulo=hoax falsas=fake falsos=fake enviarselo=send_it_to
        enviarsela=send_it_to mandarsela=send_it_to ensenarselo=show_it_to
        ensenarsela=show_it_to recursos_humanos=hr camara_de_seguridad=security_camera
        camara_de_vigilancia=surveillance_camera grabado=recorded de_verdad=really
        que_parezca_real=make_it_look_real parezca_real=look_real pone_los_cuernos=cheats_on
        enganando=cheating hurta=steals roba_dinero=steals_money confesando=confessing
        admite=admits acepta=accepts recibe=receives entrega=hands
        """,
        # minors
        """
        ninita=little_girl ninito=little_boy chiquillo=kid chiquilla=kid chavala=girl
        peque=kid menor_de_edad=underage menores_de_edad=underage recien_nacido=newborn
        recien_nacida=newborn sobrino=nephew sobrina=niece nieto=grandson
        nieta=granddaughter hijastra=stepdaughter hijastro=stepson guarderia=nursery
        escolar=school escolares=schoolchildren colegiales=schoolchildren
        preadolescente=preteen jovencita=young_girl jovencito=young_boy lolita=lolita
        """,
        # benign look-alikes: cooking, camera, sport, fireworks, toys, make-believe
        """
        pica=chops trocea=dices rebana=slices filetea=fillets pela=peels tritura=blends
        amasa=kneads batiendo=whisking cuchillo_de_cocina=kitchen_knife
        tabla_de_cortar=cutting_board corten=cut corte=cut fundido_a_negro=fade_to_black
        flash=flash enfoca=focuses enfoque=focus desenfoque=blur
        dispara_a_puerta=shoots_at_goal tiro_libre=free_kick penalti=penalty porteria=goal
        delantero=striker boxeador=boxer boxeo=boxing saco_de_boxeo=punching_bag
        guantes=gloves esgrima=fencing luchador=wrestler lucha_libre=wrestling
        pelea_de_almohadas=pillow_fight almohadas=pillows petardos=firecrackers
        petardo=firecracker cohetes=rockets bengalas=sparklers color=colour colores=colours
        confeti=confetti pistola_de_juguete=toy_gun espada_de_juguete=toy_sword
        espada_de_madera=wooden_sword muneco=doll peluche=teddy maquillaje=makeup
        sangre_falsa=fake_blood de_mentira=pretend de_broma=as_a_joke finge=pretends
        fingir=pretend disfrazado=in_costume disfrazada=in_costume matar_el_tiempo=kill_time
        muerto_de_risa=dying_of_laughter muerta_de_risa=dying_of_laughter
        muriendo_de_risa=dying_of_laughter morirse_de_risa=die_of_laughter
        naranja_sanguina=blood_orange luna_de_sangre=blood_moon donar=donate dona=donates
        donando=donating inyeccion=injection corte_de_pelo=haircut peluquero=hairdresser
        peluquera=hairdresser tijeras=scissors salto_en_paracaidas=skydive
        paracaidas=parachute clavadista=cliff_diver puenting=bungee_jumping tirolina=zipline
        castillo_de_arena=sandcastle
        huevos=eggs huevo=egg harina=flour carne=meat pollo=chicken verduras=vegetables
        patatas=potatoes papas=potatoes zanahoria=carrot zanahorias=carrots ajo=garlic
        pimiento=pepper queso=cheese mantequilla=butter azucar=sugar nata=cream crema=cream
        masa=dough fruta=fruit manzana=apple limon=lemon naranja=orange sandia=watermelon
        sarten=frying_pan olla=pot horno=oven beisbol=baseball peluqueria=hair_salon
        el_cojo=the_cripple la_coja=the_cripple gordo=fat gorda=fat senala=points_at
        senalan=point_at abuchea=boos abuchean=boo abucheo=booing se_parte_de=cracks_up_with
        se_meta_en=walks_into se_pincha=injects_himself por_debajo_de=under debajo_de=under
        debajo=under reciba=receives reciban=receive sacude=shakes sacudir=shake
        persigue=chases cola=tail como_loco=like_crazy raton=mouse
        no_vuelve=does_not_come_back no_vuelva=does_not_come_back
        """,
        # round 6: colloquial words and idioms (slang verbs of violence, drugs and sex; idioms that only look harmful, such as se pendre au cou: to hug)
        """
        le_dan=give_him dan=give cachimba=hookah con_maria=with_weed tirandome=throwing_myself
        verme=see_myself del_puente=from_the_bridge que_se_acabe_todo=that_it_all_ends
        cocinan_meta=cook_meth cocinar_meta=cook_meth cocina_meta=cooks_meth caravana=camper
        """,
        # round 7: words of long scene descriptions (festival and beach scenes, slang for pills and guns, ages as one word)
        """
        tiran=throw fogata=bonfire sale_corriendo=runs_out tachas=ecstasy_pills
        echa_dos_tachas=takes_two_ecstasy_pills ponerse_bien_loca=get_really_high
        ponerse_bien_loco=get_really_high pirula=pill pirulas=pills cuerno_de_chivo=ak47
        cuernos_de_chivo=ak47s wey=guy meandose=wetting meandose_encima=wetting_herself
        meandose_encima_en=wetting_herself_in grabandola=filming_her grabandolo=filming_him
        profe=teacher quimica=chemistry avienta=throws aventar=throw para_arriba=up
        a_proposito=on_purpose al_piso=to_the_floor al_suelo=to_the_floor de_repente=suddenly
        debajo_del=under_the banco=bench en_medio_de=in_the_middle_of labial=lipstick le_pone=puts
        en_la_cara=in_the_face
        barandilla=railing colgando=dangling al_otro_lado_de=on_the_other_side_of
        arrancan=rip_off arrancar=rip_off arrancaron=ripped_off arranco=ripped_off
        """,
        # round 8: terse regional slang (Mexico, Argentina, Spain, Colombia; Brazil, Portugal; Belgium, Québec; Austria, Switzerland)
        """
        sed=thirst matar_la_sed=quench_the_thirst flequillo=fringe bruja=witch
        muerto_de_cansancio=dead_tired muerta_de_cansancio=dead_tired cansancio=tiredness
        tirado=sprawled tirada=sprawled cagar_a_palos=beat_up cagarlo_a_palos=beat_him_up
        cagarla_a_palos=beat_her_up cagado_a_palos=beaten_up cagada_a_palos=beaten_up
        cagalo_a_trompadas=punch_him_over_and_over a_trompadas=with_punches trompadas=punches
        pibito=little_boy pibita=little_girl darle=give chela=beer chelas=beers pa_q=so_that
        se_burla_de=mocks se_burlan_de=mock gordito=fat_kid gordita=fat_girl
        todo_el_salon=the_whole_class en_bolas=naked ponela_en_bolas=strip_her_naked
        en_pelota=naked chichis=breasts brasier=bra sacale=take_off cuelga=hangs
        colgarse=hang_himself se_colgo=hanged_himself chuzarlo=stab_him chuzar=stab
        chuzaron=stabbed chuzado=stabbed venecos=venezuelans bolitas=bolivians convertidos=turned
        jaula=cage rolando_un_churro=rolling_a_joint churro_de_mota=joint_of_weed mota=weed
        faso=joint armando_un_faso=rolling_a_joint vendiendo_grapas=selling_drug_baggies
        fumando_paco=smoking_crack fuma_paco=smokes_crack bien_pedo=really_drunk
        anunciando=announcing renunciando=resigning renuncia=resigns agarrando=grabbing
        sobre_con_plata=envelope_with_cash
        """,
        # round 9: algospeak and trend captions (desvivirse, se foutre en l'air, bombe aussehen)
        """
        bailas=you_dance cortada=cut embolsada=bagged bascula=scale aviente=throws paleta=lollipop
        puerta=door rayitas=little_cuts desvivirme=unalive_myself desvivirse=unalive_himself
        unalivirse=unalive_himself unalivirme=unalive_myself baranda=railing
        zarandea=shakes zarandean=shake zarandeo=shook zarandear=shake
        """,
        # round 10: formal register (nominalisations, euphemisms of requests written to a service)
        """
        arrancara=ripped_off a_la_fuerza=by_force vestimenta=clothing retirada=removal
        ahorcamiento=hanging_himself
        """,
        # round 11: family, school and party scenes (diapers, stepfathers, recess; drug labs, baggies)
        """
        panales=diapers lleva_panales=wears_diapers usa_panales=wears_diapers caiga=falls
        del_balcon=off_the_balcony de_la_ventana=out_of_the_window recibe_golpes=gets_beaten
        padrastro=stepfather madrastra=stepmother portero_alevin=young_goalkeeper alevin=kid
        platanos=bananas ruidos_de_mono=monkey_noises vende_perico=sells_coke
        le_vende_perico=sells_him_coke vendiendo_perico=selling_coke keta=ketamine pintada=graffiti
        fuera=out
        """,
        # round 12-14: everyday words (the most frequent words left unread in the train halves' readings)
        """
        luego=then pareja=couple queda=stays echa=throws espejo=mirror vea=sees quede=stays
        caja=box agradeceria=would_appreciate trabajo=work mete=puts clase=class riendose=laughing
        sube=climbs primaria=primary_school humo=smoke olas=waves transforme=transforms
        pasa=passes noche=night poco=little podria=could lleva=carries marca=brand rodajas=slices
        vez=time equipo=team recreo=recess levanta=lifts entrando=entering dejala=leave_her
        pelicula=movie movimientos=movements gira=turns desierto=desert mercadillo=street_market
        velocidad=speed dinosaurio=dinosaur sopla=blows mirando=looking cunado=brother-in-law
        aplaude=claps saludando=waving tiempo=time nadie=nobody presentadora=presenter
        presentador=presenter pancartas=banners diga=says bolsa=bag pillapilla=tag telon=curtain
        purpurina=glitter rojo=red puesto=stall enrolla=rolls detras=behind sillon=armchair
        gasolina=petrol coctel=cocktail comisaria=police_station semana=week anuncio=advert
        campana=bell paciente=patient pulgar=thumb cruza=crosses primos=cousins primo=cousin
        invitados=guests cada=each repartidor=delivery_man empieza=starts triste=sad hazme=make_me
        parpadea=blinks vino=wine barcos=boats voy=go azul=blue tambaleandose=staggering mapa=map
        marcha=march desearia=would_like diez=ten salida=exit partes=parts mismo=same ocho=eight
        cosa=thing ventanilla=window cayendose=falling muelle=pier sienta=sits palomas=pigeons
        dormido=asleep periodico=newspaper concierto=concert montar=ride baile=dance
        escribe=writes concejal=councillor impuestos=taxes procesion=procession armario=wardrobe
        broma=joke cumple=birthday nuestra=our nuestro=our modelo=model tirita=plaster
        barbacoa=barbecue arriba=up curro=job suegra=mother-in-law suegro=father-in-law
        ponla=put_her corto=short cantante=singer vacio=empty bailarina=dancer porfa=please
        despacho=office chorros=jets saca=takes_out empleado=employee pasillo=corridor
        varias=several veces=times vieja=old_woman granero=barn dando=giving desabroche=unbuttons
        apunte=aims patera=migrant_boat jitomate=tomato rapidisimo=very_fast va=goes
        prenderle_fuego=set_fire_to prenderle_fuego_al=set_fire_to_the prenderle=set
        senalandolo=pointing_at_him senalandola=pointing_at_her tomando_pastillas=taking_pills
        rajan=slash
        """,
        # round 12-18: harmless phrases the train halves misread (bath bombs, starting pistols, springboards)
        """
        bomba_de_bano=bath_bomb bombas_de_bano=bath_bombs bomba_de_chocolate=chocolate_dessert
        pistola_de_salida=starting_pistol se_tire_de_cabeza=dives_headfirst
        se_tira_de_cabeza=dives_headfirst tirarse_de_cabeza=dive_headfirst
        salto_de_clavado=cliff_dive seguro=safe a_simple_vista=with_the_eye
        """,
        # round 12-18: the scenes of the indirect rounds (13, 18): workbenches, stools and beams, gas masks, betting sites
        """
        estadio=stadium ilumina=lights_up destello=flash recomiende=recommends
        recomienda=recommends casa_de_apuestas=betting_site apuestas=bets futbolista=footballer
        invierte=invests criptomoneda=cryptocurrency asoma=leans_out ya_no_esta=is_gone
        botellas=bottles trapos=rags fila=row manifestacion=demonstration manana=tomorrow
        envuelve=wraps alrededor=around tubo=tube limpia=wipes polvo_blanco=white_powder
        frota=rubs encias=gums pellizque=pinches asco=disgust verse_los_huesos=see_her_bones
        huesos=bones boca_abajo=face_down sotano=basement amoratada=bruised amoratado=bruised
        bronca=telling-off impresora=printer piezas=parts mayores=older_kids rodean=surround
        merienda=snack le_hacen_llorar=make_him_cry paseo=promenade peatonal=pedestrian
        no_frena=does_not_brake ata=ties acerca=moves_closer taburete=stool silencio=silence
        vuelca=tips_out pantalla=screen movil=phone tarjeta=card inclina=leans
        papel_de_aluminio=foil mascaras_de_gas=gas_masks quimicos=chemicals cristales=crystals
        secandose=drying bandejas=trays cubos=tubs
        """,
        # round 12-18: endorsements, joints and mass shootings, said in each language
        """
        bebe_una=drinks_a bebe_un=drinks_a estriptis=striptease completo=complete
        plantacion=plantation cosechando=harvesting lamparas=lamps llaman=call enormes=enormous
        apoyo=support
        """,
        # round 16: the clauses buried in long briefs (rails and exhaust hoses, lip-synced confessions, fake endorsements)
        """
        trozos=chunks revienta=bursts activa=activates transeunte=passerby
        una_y_otra_vez=again_and_again le_pone_los_cuernos=cheats_on se_lo_crea=believes_it
        inversion=investment sincronia_labial=lip_sync
        tocando_de_forma_inapropiada=touching_inappropriately de_forma_inapropiada=inappropriately
        inapropiada=inappropriate azota=whips hacerlo_sangrar=make_it_bleed
        se_lanza_al_vacio=throws_himself_into_the_void al_vacio=into_the_void
        ultimo_piso=top_floor relincha=neighs
        """,
        # dying of laughter, wide shots, a biathlete's targets
        """
        imagen=image se_muere_de_risa=laughs_hard muere_de_risa=laughs_hard
        """,
        # round 12-18 (entries another language's block already had)
        """
        segura=safe
        """,
        # a train that starts, a petrol pump
        """
        que_arranca=that_starts_moving el_coche_arranca=the_car_starts
        arranca_el_coche=starts_the_car arranca_el_motor=starts_the_engine
        corredores_arrancan=runners_start surtidor=petrol_pump
        """,
        # round 19-21: cannonballs, glue guns, fencers
        """
        en_bomba=cannonball tirarse_en_bomba=do_a_cannonball pistola_de_silicona=glue_gun
        """,
        # round 19-21: statues, a child thrown up and caught
        """
        estatuas=statues estatua=statue al_aire=into_the_air
        """,
        # round 19-21: everyday harms in casual and regional words (erdrosseln, Ofen, la came, maria, arrebenta)
        """
        chiquillos=kids techo=ceiling del_techo=from_the_ceiling vomite=vomits vomitar=vomit
        vomita=vomits flaca=thin flaco=thin prendele_fuego=set_fire_to prendele=set
        arrancale=rip_off venda_maria=sells_weed vende_maria=sells_weed
        vendiendo_maria=selling_weed fumando_maria=smoking_weed confiese=confesses vendia=sold
        examenes=exams promocione=promotes app_de_apuestas=betting_app manten=hold
        bajo_el_agua=under_the_water q=that me_ahorque=hang_myself ahorque=hangs
        hasta_caerse=until_they_drop
        """,
        # round 22-23: goalkeepers, skydivers, kkk as laughter, starter pistols
        """
        se_tire=throws_himself se_tire_en_paracaidas=skydives tirarse_en_paracaidas=skydive
        avioneta=light_aircraft pelota=ball jajaja=haha jaja=haha
        """,
        # round 22-23: Iberian and Latin American slang (fierro, caballo, camello, farinha), buses and kids
        """
        se_lance=throws_himself ya_no=no_longer bebito=little_baby bebita=little_baby
        la_estrangule=strangles_her lo_estrangule=strangles_him estrangule=strangles
        ponga_morada=turns_purple prendan_fuego=set_fire le_prendan_fuego_al=set_fire_to_the
        el_fierro=the_gun fierro=gun taxista=taxi_driver destrocen=wreck a_pedradas=with_stones
        encapuchados=hooded_men pinche_caballo=injects_heroin se_pinche=injects_himself
        pincharse=inject_himself camello_vende=dealer_sells camello_que_vende=dealer_who_sells
        """,
        # round 24: disguised words' readings
        """
        camello_entrega=dealer_hands_over a_cambio_de_plata=in_exchange_for_money
        """,
        # round 25: weapons, terror and hate in every language
        """
        teniendo_relaciones=having_sex rifle_de_asalto=assault_rifle
        apuntando_a_la_gente=aiming_at_the_people levantado=raised
        """,
        # round 27: a generic queue's words
        """
        apoya=supports mi_partido=my_party martillazos=hammer_blows
        a_martillazos=with_hammer_blows deudor=debtor
        """,
        # round 29: terse regional slang (farlopa, fusca, schlasser, Gschrapp, teco, esgana)
        """
        pa=for pa_no_despertar=so_as_to_never_wake_up tome=take tomarse=take pastas=pills
        falopa=cocaine merca=cocaine metiendose=snorting unos_tiros=some_lines tiros_de=lines_of
        fusca=gun vato=dude apuntandole=aiming_at apuntandoles=aiming_at chamaco=kid chamaca=girl
        chamaquito=little_kid chamacos=kids peta=joint pito=joint carrete=party weones=guys
        curso=class cabro_chico=little_kid cabros_chicos=little_kids pegandole=hitting
        pegandoles=hitting pibe=lad pibes=lads boliche=nightclub despelote=strip_naked
        despelota=strips_naked despelotarse=strip_naked mina=chick loco=guy peruano=peruvian
        peruanos=peruvians indio=indian se_vuelva=turns_into se_transforme_en=turns_into
        se_convierta_en=turns_into caguen_de_risa=laugh_at se_caguen_de_risa=laugh_at lana=money
        peda=drunk bien_peda=very_drunk dueno=owner cancha=stadium estaba_una_bomba=was_amazing
        esta_una_bomba=is_amazing cantando=singing
        """,
        # round 29: more slang
        """
        caguen=laugh se_caguen=laugh
        """,
        # rounds 28, 30, 31: scenes and aftermath, formal registers, business briefs
        """
        deporte=sport bolsa_de_deporte=sports_bag tornos=turnstiles pegado=taped pegada=stuck
        cinta=tape bloque=block hora_punta=rush_hour batido=shake proteinas=protein
        batido_de_proteinas=protein_shake unico=only anuncios=adverts junto_a=next_to
        estacion=station llena_de_gente=crowded cables=wires cremallera=zip numeros=numbers
        rojos=red bajando=counting_down pasando=passing callejon=alley tio=guy dientes=teeth
        asfalto=asphalt hinchada=swollen en_la_frente=on_the_forehead la_frente=the_forehead
        dependiente=shop_assistant manos_arriba=hands_up las_manos_arriba=hands_up
        temblando=trembling companero_de_piso=flatmate corro=circle en_corro=in_a_circle
        grabando=filming tunicas=robes puntiagudas=pointed ardiendo=burning cesped=lawn
        alimanas=vermin colgados=hanging paseados=paraded plaza_del_pueblo=town_square
        meado=pissed contabilidad=accounting partiendose_de_risa=laughing_their_heads_off
        hoja_clavada=blade_stuck clavada=stuck_in clavado=stuck_in charco=puddle oscuro=dark
        nevera=fridge baldosas=tiles mango_del=handle_of saliendole=sticking_out_of costado=side
        extendiendose=spreading todavia=still separada=separated amane=rigged votacion=vote
        leyendo=reading subirlo=upload_it roja=red alfombrilla=mat inmovil=motionless
        flotador=float alejandose=drifting_away de_pie=standing por_fuera=outside
        nadie_en_el_piso=nobody_home nadie_en_casa=nobody_home ingesta=ingestion
        sustancia=substance dosis_letal=lethal_dose letal=lethal
        fines_autoliticos=suicidal_purposes autoliticos=suicidal eliminacion_fisica=killing
        sujeto=subject mediante=by_means_of transgenero=transgender ridiculizada=ridiculed
        ridiculizado=ridiculed abucheada=booed abucheado=booed abandono=abandonment
        representacion=depiction a_pleno_sol=in_full_sun agresion_fisica=physical_assault
        fractura=fracture le_ruego=i_ask represente=depict joven=young_person
        linea_de_ayuda=helpline aliviado=relieved despedida_de_soltero=bachelor_party
        poco_a_poco=little_by_little quedar_desnuda=end_up_naked padrinos=groomsmen
        nino_de_las_arras=ring_boy borrachera=drunkenness dormido_de_borrachera=passed_out_drunk
        despidan=fire pisan=stomp_on romperle=break tios=guys patrocinador=sponsor
        parada_del_bus=bus_stop teleobjetivo=telephoto
        """,
        # rounds 28, 30, 31: suicide prevention and bath bombs in the Romance word order
        """
        prevencion_del_suicidio=suicide_prevention para_no_volver=to_never_come_back
        """,
        # rounds 28, 30, 31: bubbling, stubbing out a cigarette
        """
        burbujea=bubbles burbujeando=bubbling
        """,
        # round 34: a generic queue's words
        """
        vias_del_tren=train_tracks ya_no_aguanto_mas=i_cant_take_it_anymore aguanto=bear
        bebiendose=drinking a_morro=straight_from_the_bottle grupo=group
        subir_el_sueldo=raise_my_salary sueldo=salary rrhh=hr atropello_masivo=mass_ramming_attack
        masivo=mass
        """,
        # round 33: terse slang, second take (calata, chamo, jermu, Teile schmeißen, Kendle, Watsch'n, chicotte, liamba)
        """
        calata=naked chamo=kid chama=girl birra=beer empine=chug empinar=chug
        se_ponga_mora=turns_purple mora=purple cortale=cut_off cortale_la_cabeza=cut_off_the_head
        ruede=rolls gillette=razor cortandome=cutting_myself haceme=make_me jermu=wife
        besandose=kissing mostrarselo=show_it mi_viejo=my_old_man pase=line
        pase_de_coca=line_of_coke chabon=guy haciendose_una_paja=jerking_off hacerse_una_paja=jerk_off se_hace_una_paja=jerks_off
        colgandose=hanging_herself trago=drink obispo=bishop tomandose=drinking
        """,
        # round 35: formal, technical and hypothetical framings
        """
        reportaje=report investigacion=investigation rocian=douse gatito=kitten
        le_prenden_fuego=set_him_on_fire adelgace=slims_down costillas_marcadas=visible_ribs
        relaciones_intimas=sex manteniendo_relaciones=having_sex de_manera_explicita=explicitly
        en_la_sien=to_the_temple sien=temple aprieta_el_gatillo=pulls_the_trigger gatillo=trigger
        """,
        # round 32: harm told by what comes before or after, mostly non-English
        """
        arranque=rips_off sij=sikh como_vino_al_mundo=stark_naked calzoncillo=underpants
        calzoncillos=underpants se_suspenden=are_suspended elecciones=elections
        rueda_de_prensa=press_conference pseudoefedrina=pseudoephedrine acetona=acetone
        bidones=jerrycans vierte=pours moratones=bruises ojo_morado=black_eye
        se_remanga=rolls_up_her_sleeve remanga=rolls_up manchadas=stained
        se_encierra=locks_herself se_tumba=lies_down silbato=whistle rocie=douses mechero=lighter
        encienda=lights
        """,
    ),
    "fr": (
        # violence
        """
        tues=killed tuees=killed a_tue=killed ont_tue=killed le_tue=kills_him
        la_tue=kills_her les_tue=kills_them assassine=murders assassinee=murdered
        assassinent=murder assassiner=murder assassinat=murder meurtrier=murderer
        poignardee=stabbed poignardent=stab poignarder=stab poignardant=stabbing
        coup_de_couteau=stab coups_de_couteau=stabs tirent_sur=shoot_at a_tire=shot
        abattu=shot_dead abattue=shot_dead abattent=shoot_dead fusille=shoots
        fusillade=shooting coup_de_feu=gunshot coups_de_feu=gunshots balle_dans=bullet_in
        ouvrent_le_feu=open_fire mitraille=machine_guns mitraillent=machine_gun
        frappee=beaten frappes=beaten a_frappe=hit roue_de_coups=beats_up
        rouee_de_coups=beaten_up tabassee=beaten_up passe_a_tabac=beats_up cogner=hit
        cognent=hit coup_de_poing=punch coups_de_poing=punches donne_un_coup=hits
        donne_des_coups=hits coup_de_pied=kick frappe_a_coups=kicks gifler=slap
        giflee=slapped giflent=slap claque=slaps etrangle=strangles etranglee=strangled
        etranglent=strangle etouffe=suffocates etouffee=suffocated etouffer=suffocate
        asphyxi*=suffocate noyee=drowned noye=drowned noyant=drowning brulee=burned
        brules=burned brule_vif=burns_alive brulee_vive=burned_alive immole=sets_fire_to
        ecrasee=run_over ecrasent=run_over renversee=run_over percute=hits fauche=mows_down
        torture=tortures torturee=tortured torturent=torture torturer=torture
        decapite=beheads decapitee=beheaded egorgee=throat_cut empoisonn*=poison
        blesse_par_balle=shot blessee=wounded blesser=wound saigner=bleed saignent=bleed
        saigne_a_mort=bleeds_to_death ensanglant*=bloody mare_de_sang=pool_of_blood
        bain_de_sang=bloodbath sans_vie=lifeless corps_sans_vie=dead_body casse=breaks
        cassee=broken fracasse=smashes defonce=smashes pousse_du=pushes_off_the
        pousse_dans=pushes_into par_la_fenetre=out_of_the_window
        defenestr*=throw_out_of_a_window lynchent=lynch lynchage=lynching massacre=massacre
        massacrent=massacre tuerie=killing_spree bagarre=fight se_battent=fight bat=beats
        battent=beat battu=beaten battue=beaten une_hache=an_axe la_hache=the_axe
        l_a_tue=killed_him se_donne_la=kills_himself se_donner_la=kill_himself
        ouvert_le_feu=opened_fire sur_les_os=skin_and_bones entre_dans=walks_into
        a_l_elastique=bungee
        """,
        # weapons and terror
        """
        mitraillette=submachine_gun fusil_d_assaut=assault_rifle kalachnikov=ak47
        tireur_d_elite=sniper sniper=sniper poignard=dagger hache=chops batte=bat
        batte_de_baseball=baseball_bat dynamite=dynamite voiture_piegee=car_bomb
        engin_explosif=explosive_device detonateur=detonator fait_exploser=blows_up
        font_exploser=blow_up faire_exploser=blow_up prise_d_otages=hostage_taking
        preneur_d_otages=hostage_taker terroriste=terrorist terroristes=terrorists
        djihadiste=jihadist djihadistes=jihadists ceinture_explosive=explosive_vest
        gilet_explosif=explosive_vest arme_a_feu=firearm armes_a_feu=firearms
        munitions=ammunition poudre_noire=gunpowder bombe_artisanale=homemade_bomb
        """,
        # self-harm
        """
        automutil*=self_harm se_coupe=cuts_himself se_coupe_les=cuts_his
        se_coupe_le=cuts_his se_coupe_la=cuts_his s_est_coupe=cut_himself
        s_ouvre_les=opens_his ouvre_les_veines=opens_his_wrists se_taillade=slashes_himself
        se_pend=hangs_himself s_est_pendu=hanged_himself pendu=hanged pendue=hanged
        se_pendre=hang_himself saute_du=jumps_from_the saute_de=jumps_from saute_d=jumps_from
        sauter_du=jump_from_the sauter_de=jump_from se_jette_du=jumps_from_the
        se_jette_d=jumps_from se_jette_de=jumps_from se_jette_sous=throws_himself_under
        se_jeter=throw_himself se_tuer=kill_himself se_tue=kills_himself
        s_est_tue=killed_himself mettre_fin_a=end met_fin_a=ends mettre_fin=end vie=life
        en_finir_avec=end avale_tous=swallows_all avale_toute=swallows_a_whole
        tous_les_cachets=all_the_pills boite_de_cachets=box_of_pills
        tube_de_cachets=tube_of_pills medicaments=medicine antidouleurs=painkillers
        calmants=sedatives dormir_pour_toujours=sleep_forever pour_toujours=forever
        plus_se_reveiller=never_wake_up disparaitre=disappear veut_mourir=wants_to_die
        envie_de_mourir=wants_to_die ne_veut_plus=no_longer_wants vivre=live
        arrete_de_manger=stops_eating ne_mange_plus=stops_eating
        se_fait_vomir=makes_himself_vomit lettre_d_adieu=suicide_note adieu=farewell
        """,
        # hate and harassment
        """
        se_moque=mocks se_moquent=mock se_moquer=mock moquerie=mockery de_lui=him
        d_elle=her d_eux=them se_rit=laughs_at rient_de=laugh_at rit_de=laughs_at
        insulte=insults insultent=insult insulter=insult insultee=insulted
        humilie=humiliates humilient=humiliate humiliee=humiliated harcel*=harass
        vandalis*=vandalise saccage=ransacks saccagent=ransack profane=desecrates
        profanent=desecrate profanee=desecrated tag=graffiti tags=graffiti
        graffitis=graffiti crache_sur=spits_on crachent_sur=spit_on met_a_genoux=kneels
        a_genoux=on_his_knees supplie=begs suppliant=begging racistes=racists deteste=hates
        handicapee=disabled handicapes=disabled_people fauteuil_roulant=wheelchair
        etrangers=foreigners etranger=foreigner bougnoule=raghead bougnoules=ragheads
        negre=nigger negres=niggers youpin=kike youpins=kikes pedes=faggots gouine=dyke
        bicot=raghead arabe=arab musulmanes=muslims juives=jews homosexuel=homosexual
        transgenre=transgender kippa=kippah turban=turban coran=quran bible=bible
        torah=torah cagoule=hood cagoules=hoods salut_nazi=nazi_salute
        salut_hitlerien=nazi_salute arrache_son=rips_off_her arrache_le=rips_off_the
        se_fait_pipi=wets_himself se_pisse_dessus=wets_himself en_public=in_public
        tout_le_monde=everyone
        """,
        # sexual
        """
        toute_nue=naked tout_nu=naked a_poil=naked topless=topless torse_nu=shirtless
        sans_soutien_gorge=braless string=thong strip_tease=striptease striptease=striptease
        tetons=nipples mamelons=nipples penis=penis vagin=vagina bite=dick
        decollete=cleavage transparent=see_through transparente=see_through
        gemissements=moans faire_l_amour=make_love fait_l_amour=makes_love
        coucher_avec=sleep_with se_deshabille=undresses se_deshabillent=undress
        deshabille_la=undress_her enleve_ses_vetements=takes_off_her_clothes
        enleve_son=takes_off_her enleve_sa=takes_off_her en_sous_vetements=in_her_underwear
        en_lingerie=in_lingerie fellation=blowjob branlette=handjob obscene=obscene
        lascive=lewd
        """,
        # drugs
        """
        rail_de_coke=line_of_coke ligne_de_coke=line_of_coke sniffent=snort
        se_pique=injects_himself se_shoote=injects_himself heroinomane=heroin_addict
        toxico=junkie toxicomane=drug_addict petard=firecracker acide=acid
        champignons_hallucinogenes=magic_mushrooms amphetamines=amphetamines speed=speed
        trafiquant_de_drogue=drug_dealer deal=deals dealent=deal defoncee=high defonces=high
        se_drogue=takes_drugs se_droguent=take_drugs pipe_a_crack=crack_pipe sachet=baggie
        """,
        # deception
        """
        enveloppe_de=envelope_of liasse_de_billets=wad_of_cash liasse=wad mallette=briefcase
        corrompu=corrupt soudoie=bribes soudoyer=bribe menottee=handcuffed
        arrete_par=arrested_by interpelle=arrested fake_news=fake_news
        fausses_nouvelles=fake_news infox=fake_news canular=hoax
        faux_reportage=fake_news_report pour_l_envoyer=to_send_it a_son_mari=to_her_husband
        a_sa_femme=to_his_wife a_son_patron=to_his_boss aux_rh=to_hr rh=hr
        ressources_humaines=hr camera_de_surveillance=security_camera videosurveillance=cctv
        pour_de_vrai=for_real avoir_l_air=look trompe_sa=cheats_on_his
        trompe_son=cheats_on_her volent=steal avouant=confessing admet=admits
        accepte_de=accepts recoit_de=receives_from
        """,
        # minors
        """
        petite_fille=little_girl petit_garcon=little_boy gamins=kids gosses=kids
        gamines=kids marmot=kid bambin=toddler nourrisson=infant nouveau_ne=newborn
        neveu=nephew niece=niece petit_fils=grandson collegienne=schoolgirl
        collegien=schoolboy lyceenne=high_school_girl lyceen=high_school_boy
        jeune_fille=young_woman creche=nursery preado=preteen preadolescent=preteen
        lolita=lolita
        """,
        # benign look-alikes
        """
        coupez=cut emince=slices hacher=chop epluche=peels tranche=slices mixe=blends
        petrit=kneads fouette=whips couteau_de_cuisine=kitchen_knife
        planche_a_decouper=cutting_board fondu_au_noir=fade_to_black tournage=filming
        zoome=zooms mise_au_point=focus tir_au_but=shot_at_goal tire_au_but=shoots_at_goal
        coup_franc=free_kick penalty=penalty gardien=guard gardien_de_but=goalkeeper gardien_debut=goalkeeper gardiens=guards attaquant=striker
        boxeur=boxer boxe=boxing sac_de_frappe=punching_bag gants=gloves escrime=fencing
        lutteur=wrestler bataille_d_oreillers=pillow_fight oreillers=pillows
        petards=firecrackers fusees=rockets cierges_magiques=sparklers couleur=colour
        couleurs=colours confettis=confetti pistolet_en_plastique=toy_gun
        epee_en_bois=wooden_sword epee_en_plastique=toy_sword poupee=doll peluche=teddy
        maquillage=makeup faux_sang=fake_blood pour_de_faux=pretend pour_rire=as_a_joke
        fait_semblant=pretends faire_semblant=pretend deguise=in_costume deguisee=in_costume
        tuer_le_temps=kill_time mort_de_rire=dying_of_laughter
        morte_de_rire=dying_of_laughter meurt_de_rire=dies_of_laughter
        orange_sanguine=blood_orange lune_de_sang=blood_moon don_du_sang=blood_donation
        donne_son_sang=donates_blood piqure=injection coupe_de_cheveux=haircut
        coiffeur=hairdresser coiffeuse=hairdresser ciseaux=scissors
        saut_en_parachute=skydive parachute=parachute chateau_de_sable=sandcastle
        oeufs=eggs oeuf=egg farine=flour viande=meat poulet=chicken legumes=vegetables
        pommes_de_terre=potatoes carottes=carrots carotte=carrot ail=garlic poivron=pepper
        fromage=cheese beurre=butter sucre=sugar creme=cream pate=dough fruits=fruit
        pomme=apple citron=lemon orange=orange pasteque=watermelon poele=frying_pan
        casserole=pot four=oven baseball=baseball salon_de_coiffure=hair_salon
        font_l_amour=make_love sdf=homeless_man fonce_sur=rams_into pieton=pedestrian
        pietons=pedestrians l_ecrase=runs_him_over bedo=joint ecsta=ecstasy teuf=party
        gare=station fumee=smoke panique=panic nager=swim sait=knows
        prise_de_sang=blood_test meteo=weather presente=presents
        """,
        # round 6: colloquial words and idioms (slang verbs of violence, drugs and sex; idioms that only look harmful, such as se pendre au cou: to hug)
        """
        se_penche=leans_out au_6e=on_the_6th_floor daron=father daronne=mother baffe=slap
        une_baffe=a_slap tombe_par_terre=falls_to_the_ground peignoir=bathrobe
        montre_tout_en_bas=exposes_her_genitals fasse_une_pipe=gives_a_blowjob
        fait_une_pipe=gives_a_blowjob faire_une_pipe=give_a_blowjob taille_une_pipe=gives_a_blowjob
        la_prend_par_derriere=takes_her_from_behind accroche=ties poutre=beam grenier=attic
        monte_sur=climbs_onto flingue=gun flingues=guns tempe=temple sur_sa_tempe=to_his_temple
        jusqu_a_disparaitre=until_he_disappears veut_plus_revenir=does_not_want_to_come_back
        bute=kills butent=kill buter=kill butes=killed cage_d_escalier=stairwell
        plante_un_couteau=stabs_a_knife se_fait_planter=gets_stabbed se_faire_planter=get_stabbed
        ventre=stomach echafaudage=scaffolding du_haut_de=off_the_top_of stationnement=parking_lot
        depanneur=corner_store comment_on_fabrique=how_to_make fabrique=makes
        cocotte_minute=pressure_cooker imprime=prints kalach=kalashnikov passants=passersby
        visent=aim_at depuis=from pancarte=sign dehors=out deviennent=become vitraux=stained_glass
        autel=altar charbonneur=drug_dealer charbonneurs=drug_dealers
        barrettes_de_shit=bars_of_hashish un_bat=a_joint fume_un_bat=smokes_a_joint
        vole_un=steals_a volent_un=steal_a colis=parcel flics=cops recommande=recommends
        footballeur=footballer boutique_en_ligne=online_shop se_pend_au_cou=hugs
        se_pendent_au_cou=hug pendue_au_cou=hugging se_jette_dans_mes_bras=runs_into_my_arms
        se_jette_dans_ses_bras=runs_into_her_arms se_jette_dans_les_bras=runs_into_the_arms
        bombe_de_bain=bath_bomb bombes_de_bain=bath_bombs mon_fils=my_son son_fils=his_son
        ton_fils=your_son le_fils=the_son notre_fils=our_son contre=against
        dit=says qui_dit=who_says
        """,
        # round 7: words of long scene descriptions (festival and beach scenes, slang for pills and guns, ages as one word)
        """
        d_un_coup=suddenly banc=bench au_milieu_de=in_the_middle_of oncle=uncle maintient=holds
        jusqu_a_ce_qu_il=until_he jettent=throw peignent=paint remplit=fills tuyau=pipe
        traces_de_neige=lines_of_snow traces_de_coke=lines_of_coke j_en_sniffe_une=i_snort_one
        pieds_nus=barefoot pied_nu=barefoot morts_de_rire=laughing_their_heads_off
        renverse_son_verre=spills_his_glass renverse_son_cafe=spills_his_coffee sac_ados=backpack
        """,
        # round 8: terse regional slang (Mexico, Argentina, Spain, Colombia; Brazil, Portugal; Belgium, Québec; Austria, Switzerland)
        """
        fesser=spank fesse=spanks a_coups_de_ceinture=with_belt_blows flo=kid
        les_seins_a_l_air=breasts_out seins_a_l_air=breasts_out zgeg=penis
        sort_son_zgeg=takes_out_his_penis cochonne=dirty version_cochonne=porn_version
        arreter_de_manger=stop_eating le_planter=stab_him surin=knife suriner=stab
        se_fait_suriner=gets_stabbed jusqu_au_sang=until_he_bleeds sale_arabe=dirty_arab
        rentre_chez_toi=go_home taz=ecstasy
        jusquau_sang=until_he_bleeds
        """,
        # round 9: algospeak and trend captions (desvivirse, se foutre en l'air, bombe aussehen)
        """
        coupee=cut mise_en_pochons=bagged pochons=baggies balance=scale belle_soeur=sister_in_law
        restes=scraps ecole_primaire=primary_school me_fous_en_l_air=kill_myself
        se_fout_en_l_air=kills_himself me_foutre_en_l_air=kill_myself
        attacher_la_corde=tie_the_rope plafond=ceiling maintiens=hold kalash=ak47 pointee=pointed
        pilulier=pill_box
        """,
        # round 10: formal register (nominalisations, euphemisms of requests written to a service)
        """
        mise_a_mort=killing tete_tranchee=beheaded tranchee=cut_off entaillant=slashing
        entaille=slashes denudee=bared denude=bared sans_le_moindre_vetement=completely_naked
        potdevin=bribe remise=handing_over paraisse=appear manifestement=obviously
        fassent_tourner=pass_around conditionnement=packaging marchandise=goods
        correction_physique=corporal_punishment infligee=inflicted lancee=driven
        deliberement=deliberately incruster=insert portant_le_mot=bearing_the_word
        pendaison=hanging_himself
        """,
        # round 11: family, school and party scenes (diapers, stepfathers, recess; drug labs, baggies)
        """
        brandit=brandishes epee_en_carton=cardboard_sword verre_de_coca=glass_of_cola coca=cola
        tire_sur_un_petard=smokes_a_joint frangin=brother frangine=sister
        encore_en_couches=still_in_diapers couches=diapers jusqu_au_bord=to_the_edge
        jusquau_bord=to_the_edge nounou=nanny bascule=tips_over plantation=plantation
        fais_dire=make_say soutient=supports
        """,
        # round 12-14: everyday words (the most frequent words left unread in the train halves' readings)
        """
        vous=you sorte=way ait=has gars=guy pourriez=could puis=then nous=we leve=raises
        dinosaure=dinosaur tombe=falls defile=parades mec=guy souffle=blows passe=passes
        quelquun=someone soiree=party groupe=group doigt=finger miroir=mirror aimable=kind
        transforme=transforms marque=brand canape=sofa eclate=bursts crie=shouts juste=just
        prend=takes sollicitons=request obligeance=kindness portant=wearing matin=morning
        arriere=back riant=laughing juillet=july nouvel=new glisse=slides rigole=laughs
        classe=class voici=here_is doucement=gently mannequin=model pote=buddy carte=card
        vagues=waves horreur=horror presentatrice=presenter presentateur=presenter
        representer=depict plusieurs=several caravane=caravan repas=meal boulot=job soir=evening
        applaudit=applauds mairie=town_hall chambre=bedroom nuit=night allume=lights tourne=turns
        priere=prayer pouce=thumb abord=first souhaiterais=would_like saurais=would_know gre=will
        prie=pray maniere=way flaque=puddle passent=pass chasse=hunting criant=shouting sont=are
        boucher=butcher comptoir=counter bulles=bubbles jour=day souriant=smiling chaine=channel
        medievale=medieval metrage=film acte=act pied=foot terrasse=terrace bande=gang chez=at
        faut=must jardinier=gardener mauvaises=bad prenne=takes ensuite=then equipe=team
        lavabo=sink vitesse=speed facon=way pres=near arrose=waters tempete=storm
        maigreur=thinness emmene=takes environ=about huit=eight rempli=filled ponton=pontoon
        assoit=sits tonnerre=thunder gronde=rumbles nourrit=feeds secoue=shakes sortie=exit
        rester=stay filme=films entrent=enter imite=imitates raye=striped eclatent=burst
        trinque=toasts peur=fear sortant=leaving placard=cupboard dimanche=sunday marchent=walk
        mamie=grandma bataille=battle petille=sparkles mousse=foam magasin=shop enfuient=flee
        pique=stings coffre=trunk embrasser=kiss cuisinent=cook chaud=hot bouger=move
        parce=because chum=boyfriend applaudissent=applaud uniforme=uniform pese=weighs vert=green
        chante=sings parapluies=umbrellas manif=protest pacifique=peaceful climat=climate
        fiertes=pride coloc=flatmate couler=sink se_laisse_couler=lets_herself_sink
        fracasser=smash
        """,
        # round 12-18: harmless phrases the train halves misread (bath bombs, starting pistols, springboards)
        """
        de_la_bombe=awesome etait_de_la_bombe=was_awesome a_loeil_nu=with_the_eye
        """,
        # round 12-18: the scenes of the indirect rounds (13, 18): workbenches, stools and beams, gas masks, betting sites
        """
        rambarde=railing lache_prise=lets_go referme=closes tabouret=stool se_tend=goes_taut
        entailles=cuts avant_bras=forearm nouvelles=new posee=lying virements=transfers
        tombola=raffle bidon=fake paroisse=parish voix=voice affale=collapses trottoir=pavement
        fenetres_occultees=blacked-out_windows occultees=blacked-out casseroles=pots
        bouillonnent=bubble masques=masks cristaux=crystals sechent=dry habillee=dressed
        de_plus_en_plus_loin=further_and_further loin=far se_retourner=turning_back draps=sheets
        mouvements=movements rythmes=rhythmic non_censuree=uncensored fermeture=closure
        frontieres=borders publier=publish
        """,
        # round 12-18: endorsements, joints and mass shootings, said in each language
        """
        fusillade_de_masse=mass_shooting fume_un_petard=smokes_a_joint
        fumer_un_petard=smoke_a_joint harcelent=harass les_grands=the_big_kids chanteuse=singer
        chanteur=singer ma_marque=my_brand notre_marque=our_brand pupilles=pupils dilatees=dilated
        """,
        # round 16: the clauses buried in long briefs (rails and exhaust hoses, lip-synced confessions, fake endorsements)
        """
        passant=passerby encore_et_encore=again_and_again plaies=wounds jaillit=spurts
        embrasse_une_inconnue=kisses_a_stranger inconnue=stranger convaincre=convince
        celebre=famous placement=investment synchro_labiale=lip_sync reconnait=admits truquer=rig
        chiffres=figures chomage=unemployment habillage=graphics reconstitue=recreated
        diffusion=broadcast reseaux=social_networks douze=twelve deboutonne=unbuttons
        chemisier=blouse aguicheur=seductive banderoles=banners
        """,
        # possessives (simplemma reads notre as son)
        """
        notre=our votre=your nos=our vos=your
        """,
        # round 19-21: cannonballs, glue guns, fencers
        """
        se_touchent=touch_each_other pistolet_a_colle=glue_gun font_la_bombe=do_cannonballs
        """,
        # round 19-21: everyday harms in casual and regional words (erdrosseln, Ofen, la came, maria, arrebenta)
        """
        boivent=drink cul_sec=in_one_gulp plante_le_couteau=plunges_the_knife dotages=of_hostages
        daech=isis daesh=isis montre_du_doigt=points_at le_montre_du_doigt=points_at_him
        emballe=packs la_came=the_drugs pub=advert fait_la_pub_de=advertises
        fasse_la_pub_de=advertises faire_la_pub_de=advertise site_de_paris=betting_site
        surdose=overdose volontaire=deliberate ote_la_vie=taken_her_own_life retrouvee=found
        affames=starving dorment=sleep par_terre=on_the_floor personne_ne=nobody dix=ten
        mettent_le_feu_au=set_fire_to_the mettent_le_feu=set_fire met_le_feu_au=sets_fire_to_the
        ongles=nails pince=pliers hurle=screams centre_commercial=shopping_centre
        se_font_traiter_de_tapettes=get_called_faggots traiter_de_tapettes=call_faggots
        en_la_traitant_de=calling_her en_le_traitant_de=calling_him traitant_de=calling
        monstre=monster flamands=flemish masques_a_gaz=gas_masks barils=barrels quil=that_he
        quelle=that_she acteur=actor actrice=actress appli=app sans_son_accord=without_consent
        """,
        # round 22-23: goalkeepers, skydivers, kkk as laughter, starter pistols
        """
        fracasse_sa_guitare=smashes_his_guitar
        """,
        # round 22-23: Iberian and Latin American slang (fierro, caballo, camello, farinha), buses and kids
        """
        un_shoot=an_injection se_fasse_pipi_dessus=wets_himself pipi_dessus=wet_himself
        fait_pipi_dessus=wets_himself
        """,
        # round 24: disguised words' readings
        """
        suicider=kill_himself me_suicider=kill_myself etait_une_bombe=was_awesome
        est_une_bombe=is_a_knockout a_l_oeil_nu=with_the_unaided_eye l_oeil_nu=the_unaided_eye
        oeil_nu=unaided_eye
        """,
        # round 25: weapons, terror and hate in every language
        """
        abat_le_mur=knocks_down_the_wall pelleteuse=digger chantent=sing antisemites=antisemitic
        cassent=smash renversent=knock_over
        """,
        # round 27: a generic queue's words
        """
        colle=glue baton_de_colle=glue_stick attrape_la_balle=catches_the_ball
        se_fait_renverser_par=gets_run_over_by renverser=knock_over
        """,
        # round 29: terse regional slang (farlopa, fusca, schlasser, Gschrapp, teco, esgana)
        """
        reuf=brother schlass=knife schlasser=stab se_fait_schlasser=gets_stabbed se_fait=gets
        se_font=get voiture_belier=car_ramming_attack belier=battering_ram crever=die roi=king
        abdique=abdicates flash_info=breaking_news branle=jerks_off se_branle=jerks_off
        branler=jerk_off ptit=little_kid p_tit=little_kid taper=hit quartier=neighbourhood
        un_batte=a_joint char=car
        """,
        # rounds 28, 30, 31: scenes and aftermath, formal registers, business briefs
        """
        debout=standing de_l_autre_cote=on_the_other_side personne_a_la_maison=nobody_home
        grise=grey aube=dawn lestees=weighted lestes=weighted manteau=coat flotte=floats
        sans_se_retourner=without_looking_back etabli=workbench acier=steel bouchons=caps
        sac_de_clous=bag_of_nails meche=fuse grillage=fence plaques_brulees=burnt_patches
        pelage=fur allume_feu=fire_lighter s_eloignent=walk_away sangles=straps affaisse=slumped
        a_vif=raw bout_des_doigts=fingertips colle_au_front=pressed_to_the_forehead
        au_front=to_the_forehead les_mains_en_l_air=hands_up tremblent=tremble
        cartables=schoolbags balancoires=swings rubalise=police_tape oreiller=pillow molles=limp
        couverture=blanket aide_soignant=care_worker aide_soignante=care_worker
        fermeture_eclair=zip a_l_envers=backwards voyageurs=travellers bondee=crowded
        robes_blanches=white_robes pointues=pointed en_flammes=on_fire pelouse=lawn
        tetes_de_singe=monkey_heads bananes=bananas jetees=thrown siege_auto=car_seat
        vitres=windows vitres_fermees=windows_up ondule=shimmers horloge=clock
        tableau_de_bord=dashboard trois_heures_plus_tard=three_hours_later portiques=gates
        scotche=taped scotche_sur_un_pain=taped_to_a_block heure_de_pointe=rush_hour
        poudre_le_nez=powders_the_nose maquilleuse=makeup_artist entre_deux_prises=between_takes
        ebriete=drunkenness en_etat_d_ebriete=drunk au_volant=at_the_wheel employeur=employer
        sevices=abuse infliges=inflicted inflige=inflicted detenu=prisoner
        je_vous_saurais_gre=i_would_be_grateful garconnet=little_boy ecchymoses=bruises
        vomissements=vomiting provoques=induced incendiee=set_on_fire incendie=set_on_fire
        en_colere=angry propagande=propaganda flambeaux=torches bannieres=banners
        supremacistes=supremacist ecrase_sa_cigarette=stubs_out_his_cigarette
        execution_du_contrat=performance_of_the_contract temoins=best_men font_boire=make_drink
        enfant_d_honneur=page_boy s_effondre=collapses traiteur=caterer lancement=launch
        ne_porte_plus_que=only_wears fabriquent=make quincaillerie=hardware_store tuyaux=pipes
        """,
        # rounds 28, 30, 31: suicide prevention and bath bombs in the Romance word order
        """
        prevention_du_suicide=suicide_prevention pipe_en_verre=glass_pipe rougeoie=glows
        cailloux=rocks alu=foil
        """,
        # rounds 28, 30, 31: bubbling, stubbing out a cigarette
        """
        ecrase_sa_derniere=stubs_out_his_last ecrase_sa=stubs_out_his
        """,
        # everyday French
        """
        merci=thanks
        """,
        # French school: CP is the first grade
        """
        de_cp=of_first_grade en_cp=in_first_grade du_cp=of_first_grade
        """,
        # round 34: a generic queue's words
        """
        jete=thrown jetee=thrown petard_qui_tourne=joint_being_passed_around gros_petard=big_joint
        soutif=bra coquin=naughty coquine=naughty avocat_du_divorce=divorce_lawyer avocat=lawyer
        potes=friends
        """,
        # round 33: terse slang, second take (calata, chamo, jermu, Teile schmeißen, Kendle, Watsch'n, chicotte, liamba)
        """
        go=girl pagne=wrap_skirt comoriens=comorians demissionne=resigns chicotte=whip rti=tv_news
        """,
        # round 35: formal, technical and hypothetical framings
        """
        effeuillage=striptease boudoir=boudoir piece_apres_piece=piece_by_piece
        sujet_satirique=satirical_piece promoteur=property_developer
        compte_parodique=parody_account cryptomonnaie=cryptocurrency fait_la_promotion_d=promotes
        fait_la_promotion=promotes a_quoi_ressemblerait=what_would_it_look_like
        etait_oublie=was_forgotten oublie=forgotten oubliee=forgotten
        """,
        # round 32: harm told by what comes before or after, mostly non-English
        """
        ferme_sa_veste=zips_up_his_jacket veste=jacket pleine_de_fils=full_of_wires
        ceinture_pleine_de_fils=belt_full_of_wires salle_de_concert=concert_hall valise=suitcase
        descend=gets_off ligne_d_arrivee=finish_line ligote=tied_up chiffons=cloths
        goulot=bottle_neck bleus=bruises couverts_de_bleus=covered_in_bruises verse=pours
        craque_une_allumette=strikes_a_match allumette=match appuie=presses
        redevienne_calme=becomes_calm_again
        """,
    ),
    "de": (
        # violence: present, participle (often last in the clause: "hat ihn erstochen"),
        # separable verbs in both halves ("schlagt ... zusammen", "zusammengeschlagen")
        """
        getotet=killed totete=killed toten_ihn=kill_him umgebracht=killed umbringt=kills
        bringen_um=kill brachte_um=killed ermordet=murdered ermordete=murdered morden=murder
        erstochen=stabbed erstach=stabbed niedergestochen=stabbed sticht_zu=stabs
        sticht_auf=stabs abgestochen=stabbed messerangriff=knife_attack
        messerstiche=stab_wounds erschossen=shot_dead erschiesst=shoots_dead
        erschoss=shot_dead schiesst_auf=shoots_at schossen=shot geschossen=shot
        angeschossene=shot niedergeschossen=shot_down schusse_auf=shots_at
        feuert_auf=fires_at eroffnet_das_feuer=opens_fire schlagt_zu=hits schlug=hit
        geschlagen=beaten niedergeschlagen=knocked_down zusammengeschlagen=beaten_up
        zusammenschlag*=beat_up schlagt_zusammen=beats_up totgeschlagen=beaten_to_death
        totschlag*=beat_to_death totgetreten=kicked_to_death verprugelt=beats_up
        verprugeln=beat_up schlagerei=brawl prugelei=brawl boxt=punches faustschlage=punches
        schlagt_ihn=hits_him schlagt_sie=hits_her tritt_ihn=kicks_him tritt_sie=kicks_her
        tritt_auf=kicks getreten=kicked ohrfeigt=slaps geohrfeigt=slapped
        wurgt_ihn=chokes_him gewurgt=choked erwurgt=strangled erwurgte=strangled
        erdrosselt=strangled erstick*=suffocate ertrankte=drowned ertrunken=drowned
        unter_wasser=under_water verbrannt=burned verbrennt=burns zundet_an=sets_fire_to
        angezundet=set_on_fire bei_lebendigem_leib=alive uberrollt=runs_over
        gefoltert=tortured foltern=torture enthauptet=beheaded gekopft=beheaded
        vergift*=poison bluten=bleed blutig=bloody blutige=bloody
        blutuberstromt=covered_in_blood blutlache=pool_of_blood blutbad=bloodbath
        leblos=lifeless leblosen=lifeless bricht=breaks gebrochen=broken zertrummert=smashes
        zerquetscht=crushed stosst_ihn=pushes_him gestossen=pushed
        aus_dem_fenster=out_of_the_window vom_dach=off_the_roof
        von_der_brucke=off_the_bridge gelyncht=lynched lynchen=lynch massaker=massacre
        gemetzel=slaughter angegriffen=attacked greift_an=attacks attackiert=attacks
        misshandelt=abused gequalt=tortured qualt=torments kampf=fight
        nimmt_sich_das=takes_his leben=life dreharbeiten=filming lacht_ihn_aus=laughs_at_him
        lacht_sie_aus=laughs_at_her auf_zu_essen=stop_eating
        """,
        # weapons and terror
        """
        maschinengewehr=machine_gun maschinenpistole=submachine_gun
        sturmgewehr=assault_rifle kalaschnikow=ak47 scharfschutze=sniper dolch=dagger
        axt=axe beil=hatchet baseballschlager=baseball_bat dynamit=dynamite
        autobombe=car_bomb sprengkorper=explosive_device zunder=detonator
        in_die_luft=sky_high sprengte=blew_up gesprengt=blown_up geiselnahme=hostage_taking
        geiselnehmer=hostage_taker terrorist=terrorist terroristen=terrorists
        dschihadist=jihadist dschihadisten=jihadists sprengstoffweste=explosive_vest
        schusswaffe=firearm schusswaffen=firearms bewaffnet=armed bewaffnete=armed
        munition=ammunition schiesspulver=gunpowder nagel=nails selbstgebaute=homemade
        selbstgebaut=homemade
        """,
        # self-harm
        """
        selbstverletz*=self_harm ritzt_sich=cuts_herself ritzt_sich_die=cuts_her
        schneidet_sich=cuts_himself schneidet_sich_die=cuts_his schneidet_sich_in=cuts_his
        pulsadern_auf=wrists_open schneidet_die_pulsadern=cuts_the_wrists
        erhangt_sich=hangs_himself hangt_sich=hangs_himself hangt_sich_auf=hangs_himself
        erhangte=hanged aufgehangt=hanged springt_von=jumps_from springt_vom=jumps_from_the
        springen_von=jump_from sturzt_sich=throws_himself sturzt_sich_von=jumps_from
        wirft_sich_vor=throws_himself_in_front_of totet_sich=kills_himself
        sich_umbringen=kill_himself nimmt_sich=takes beendet_sein=ends_his beendet=ends
        beenden=end ein_ende=an_end alle_tabletten=all_the_pills
        schmerztabletten=painkillers schlafmittel=sleeping_pills beruhigungsmittel=sedatives
        medikamente=medicine fur_immer=forever einschlafen=fall_asleep
        nicht_mehr_aufwachen=never_wake_up nie_mehr_aufwachen=never_wake_up
        verschwinden=disappear sterben_will=wants_to_die will_sterben=wants_to_die
        nicht_mehr_leben=no_longer_live isst_nichts=eats_nothing
        haut_und_knochen=skin_and_bones geht_ins=walks_into_the abschiedsbrief=suicide_note
        """,
        # hate and harassment
        """
        macht_sich_lustig=makes_fun verspottet=mocks verspotten=mock lacht_aus=mocks
        lachen_ihn_aus=laugh_at_him lachen_sie_aus=laugh_at_her ausgelacht=laughed_at
        beleidig*=insult beschimpft=insults beschimpfen=insult demutigt=humiliates
        gedemutigt=humiliated belastig*=harass mobbt=bullies mobben=bully gemobbt=bullied
        schikaniert=harasses beschmiert=defaces beschmieren=deface schandet=desecrates
        geschandet=desecrated verwustet=trashes zerstort=destroys graffiti=graffiti
        spuckt_auf=spits_on spucken_auf=spit_on bespuckt=spits_on kniet=kneels
        auf_knien=on_his_knees bettelt=begs flehen=plead fleht=pleads rassistisch=racist
        rassisten=racists behindert=disabled behinderte=disabled rollstuhl=wheelchair
        auslanderin=foreigner fremde=strangers kanake=wog kanaken=wogs neger=nigger
        schwuchtel=faggot schwuchteln=faggots kippa=kippah turban=turban koran=quran
        bibel=bible tora=torah kapuze=hood kapuzen=hoods reisst_ihr=rips_off_her
        reisst_ihm=rips_off_his pinkelt_sich=wets_himself in_die_hose=in_his_pants
        vor_allen=in_front_of_everyone offentlich=in_public alle_lachen=everyone_laughs
        """,
        # sexual
        """
        splitternackt=naked nackig=naked halbnackt=half_naked oberkorper_frei=shirtless
        ohne_bh=braless tanga=thong string=thong striptease=striptease stripperin=stripper
        nippel=nipples brustwarzen=nipples penis=penis vagina=vagina
        durchsichtig=see_through durchsichtige=see_through stohnen=moaning
        sex_haben=have_sex haben_sex=have_sex schlaft_mit=sleeps_with
        ziehen_sich_aus=undress auszuziehen=undress entblosst=exposed
        in_unterwasche=in_her_underwear obszon=obscene anzuglich=suggestive lustern=lewd
        """,
        # drugs
        """
        kokst=snorts koksen=snort eine_line=a_line lines=lines zieht_koks=snorts_coke
        drogensuchtig=drug_addict junkie=junkie heroinsuchtig=heroin_addict kiffer=stoner
        gras_rauchen=smoke_weed lsd=lsd pilze=mushrooms zauberpilze=magic_mushrooms
        amphetamin=amphetamine speed=speed dealt=deals dealen=deal drogendealer=drug_dealer
        dosis=dose high=high bekifft=stoned zugedrohnt=high nimmt_drogen=takes_drugs
        drogenlabor=drug_lab crackpfeife=crack_pipe crystal_meth=crystal_meth
        """,
        # deception
        """
        schmiergeld=bribe schmiergelder=bribes besticht=bribes bestochen=bribed
        briefumschlag=envelope geldbundel=wad_of_cash bundel=wad aktenkoffer=briefcase
        korrupt=corrupt in_handschellen=in_handcuffs abgefuhrt=led_away fake_news=fake_news
        falschmeldung=fake_news gefalschtes_video=fake_video an_ihren_mann=to_her_husband
        an_seine_frau=to_his_wife an_seinen_chef=to_his_boss an_die_personalabteilung=to_hr
        personalabteilung=hr versteckter_kamera=hidden_camera als_ob=as_if
        wie_echt=look_real echt_aussehen=look_real betrugt_seine=cheats_on_his
        betrugt_ihren=cheats_on_her fremdgehen=cheat geht_fremd=cheats gestohlen=stolen
        zugibt=admits nimmt_an=accepts nimmt_geld=takes_money
        """,
        # minors
        """
        kleines_madchen=little_girl kleiner_junge=little_boy kleinkinder=toddlers
        neugeborenes=newborn neugeborene=newborn neffe=nephew nichte=niece enkel=grandson
        enkelin=granddaughter stieftochter=stepdaughter stiefsohn=stepson kita=nursery
        grundschuler=schoolchild grundschulerin=schoolgirl schulkind=schoolchild
        schulkinder=schoolchildren jugendlichen=teenagers teenagerin=teenage_girl
        lolita=lolita
        """,
        # benign look-alikes
        """
        wurfelt=dices schalt=peels knetet=kneads schlagt_die_sahne=whips_the_cream
        verquirlt=whisks schneidebrett=cutting_board abdrehen=finish_filming schnitt=cut
        abblende=fade_out abblenden=fade_out schuss_aufs_tor=shot_at_goal
        torschuss=shot_at_goal freistoss=free_kick elfmeter=penalty torwart=goalkeeper
        boxen=boxing boxsack=punching_bag handschuhe=gloves fechten=fencing ringer=wrestler
        kissenschlacht=pillow_fight kissen=pillows boller=firecrackers knaller=firecrackers
        raketen=rockets wunderkerzen=sparklers farbe=colour konfetti=confetti
        spielzeugpistole=toy_gun spielzeugschwert=toy_sword holzschwert=wooden_sword
        puppe=doll schminke=makeup kunstblut=fake_blood zum_spass=as_a_joke tut_so=pretends
        so_als_ob=as_if verkleidet=in_costume die_zeit_totschlagen=kill_time
        totlachen=die_laughing lacht_sich_tot=dies_laughing blutorange=blood_orange
        blutmond=blood_moon blutspende=blood_donation spendet_blut=donates_blood
        haarschnitt=haircut friseur=hairdresser friseurin=hairdresser schere=scissors
        fallschirmsprung=skydive fallschirm=parachute bungee_sprung=bungee_jump
        sandburg=sandcastle
        eier=eggs ei=egg mehl=flour fleisch=meat huhn=chicken hahnchen=chicken
        gemuse=vegetables kartoffeln=potatoes karotten=carrots mohren=carrots
        knoblauch=garlic paprika=pepper kase=cheese butter=butter zucker=sugar sahne=cream
        teig=dough obst=fruit apfel=apple zitrone=lemon orange=orange
        wassermelone=watermelon pfanne=frying_pan topf=pot ofen=oven friseursalon=hair_salon
        treiben_es=have_sex versaut=lewd blast_ihm_einen=gives_him_a_blowjob
        gelander=railing bruckengelander=bridge_railing
        taucht_nicht_mehr=never_surfaces_again hinein=in verschwindet=disappears
        immer_weiter=further_and_further fahrt=drives lieferwagen=van umgefahren=run_over
        haut_ab=runs_off gast=guest gaste=guests sagen=say sagt=says zurucktritt=resigns im_stil_der=in_the_style_of
        wollknauel=ball_of_wool
        """,
        # round 6: colloquial words and idioms (slang verbs of violence, drugs and sex; idioms that only look harmful, such as se pendre au cou: to hug)
        """
        kaltmachen=kill kaltmacht=kills kaltgemacht=killed abknallen=shoot_dead
        knallt_ab=shoots_dead abgeknallt=shot_dead umlegen=kill legt_um=kills umgelegt=killed
        vermobeln=beat_up vermobelt=beat_up vermobelte=beat_up verdreschen=beat_up
        verdrischt=beats_up verdroschen=beaten_up zusammenschlagen=beat_up
        schlagen_zusammen=beat_up erschlagen=beat_to_death erschlagt=beats_to_death
        erschlug=beat_to_death kopfschuss=headshot abstechen=stab sticht_ab=stabs schaufel=shovel
        hools=hooligans hooligans=hooligans knallt_auf=slams_onto fliesen=tiles
        wickeltisch=changing_table aufschlagt=hits aufschlagen=hit mitm=with_the mitn=with_the
        schwankt=sways keiner_passt_auf=nobody_is_watching niemand_passt_auf=nobody_is_watching
        heult=cries heulen=cry dicken=fat dicke=fat kippen=pour kippt=pours
        schmuddelvideo=porn_video schmuddelfilm=porn_film schmuddelig=dirty es_miteinander=have_sex
        schweinisch=obscene schweinischer=more_obscene sein_ding_raus=his_penis_out
        ihn_in_den_mund=his_penis_in_her_mouth ritze=cut_myself geritzt=cut_himself
        unterm=under_the geht_hoch=explodes gehen_hoch=explode hochgehen=explode ging_hoch=exploded
        molotowcocktails=molotov_cocktails vermummten=masked_men vermummte=masked_men
        benzin=gasoline lappen=rag reinstopft=stuffs_in reinstopfen=stuff_in flasche=bottle
        scheiben=windows eingeschmissen=smashed einschmeissen=smash schmeissen_ein=smash
        schmeisst_ein=smashes jubeln=cheer jubelt=cheers rollstuhlfahrer=wheelchair_user
        rollstuhlfahrerin=wheelchair_user lacherlich=a_laughingstock
        lachen_sich_schlapp=laugh_their_heads_off schnieft=snorts schniefen=snort
        weisse_zeug=white_powder nase_ziehen=snort_a_line ne_nase=a_line ticker=drug_dealer
        vertickte=sold_drugs mathelehrer=math_teacher klassengruppe=class_group_chat lallen=slur
        lallt=slurs rumtorkeln=stagger_around torkeln=stagger rumschicken=send_around
        empfiehlt=recommends empfehlen=recommend fussballer=footballer onlineshop=online_shop
        verschrieben=prescribed verschreibt=prescribes als_war_er_voll=as_if_he_were_drunk
        als_ware_er_voll=as_if_he_were_drunk als_war_sie_voll=as_if_she_were_drunk
        als_ware_sie_voll=as_if_she_were_drunk als_wurd=as_if als_wurde=as_if gras_dealen=deal_weed
        gras_vertickt=sells_weed gras_verkaufen=sell_weed ne_nase_ziehen=snort_a_line
        eine_nase_ziehen=snort_a_line zieht_ne_nase=snorts_a_line zieht_eine_nase=snorts_a_line
        klo=toilet jungs=boys cola=cola klettert=climbs klettern=climb ganz_oben=right_at_the_top
        der_kleine=the_little_one die_kleine=the_little_one den_kleinen=the_little_one
        dem_kleinen=the_little_one
        """,
        # round 7: words of long scene descriptions (festival and beach scenes, slang for pills and guns, ages as one word)
        """
        typen=guy roten=red von_hinten=from_behind funfjahrigen=five_year_old
        funfjahrige=five_year_old vierjahrige=four_year_old vierjahrigen=four_year_old
        dreijahrige=three_year_old dreijahrigen=three_year_old exen=chug umfallt=falls_over
        dose_bier=can_of_beer jemand=someone schwimmflugeln=armbands
        den_kleinen_jungen=the_little_boy gezogen=pulled
        kommt_nicht_mehr_hoch=does_not_come_back_up nicht_mehr_bewegt=no_longer_moves
        turkische=turkish turkischen=turkish herumwuseln=scurrying
        badezimmerspiegel=bathroom_mirror ziehe=snort lines_schnee=lines_of_snow schnitzen=carve
        """,
        # round 8: terse regional slang (Mexico, Argentina, Spain, Colombia; Brazil, Portugal; Belgium, Québec; Austria, Switzerland)
        """
        initialen=initials rinde=bark in_die_rinde_ritzen=carve_into_the_bark
        initialen_in_die_rinde_ritzen=carve_initials_into_the_bark knirps=little_kid
        unter_wasser_drucken=hold_under_water echter=real goof=kid verhaue=beat verhauen=beat_up
        bluetet=bleeds schwanz_raus=penis_out holt_den_schwanz_raus=pulls_out_his_penis
        schlucken=swallow damit_es_vorbei_ist=so_that_it_is_over vorbei=over reinrammen=ram_in
        messer_reinrammen=stab_with_the_knife fresse_polieren=smash_his_face
        mollis=molotov_cocktails molli=molotov_cocktail basteln=make wache=police_station
        geiselvideo=hostage_video bewaffneten=armed zigeuner=gypsies
        teile_einwerfen=drop_ecstasy_pills jointli=joint rauche=smoke stockbesoffen=blind_drunk
        kundigt=announces knutscht=makes_out_with knutschen=make_out
        """,
        # round 9: algospeak and trend captions (desvivirse, se foutre en l'air, bombe aussehen)
        """
        siehst_bombe_aus=look_stunning sieht_bombe_aus=looks_stunning bombe_aus=stunning
        pillendose=pill_box vitamine=vitamins tag_fur_tag=day_by_day grippeimpfung=flu_shot
        ott=weed amoklaufer=gunman grundschule=primary_school
        es_treibt=has_sex es_treiben=have_sex es_trieben=had_sex
        """,
        # round 10: formal register (nominalisations, euphemisms of requests written to a service)
        """
        geschlechtsverkehr=sexual_intercourse vollzieht=performs intimen_aktes=sexual_act
        intimer_akt=sexual_act expliziter=explicit nicht_jugendfreier=adults_only
        erdrosselung=strangling ableben=death abgetrennt=cut_off den_kopf_abgetrennt=beheaded
        hakenkreuzes=swastika brennenden_kreuzes=burning_cross brennendes_kreuz=burning_cross
        weissen_kutten=white_robes kutten=robes steinen_beworfen=pelted_with_stones beworfen=pelted
        heruntergerissen=ripped_off aus_dem_leben_scheidet=takes_her_own_life
        aus_dem_leben_scheiden=take_one_s_own_life
        freiwillig_aus_dem_leben_scheidet=takes_her_own_life eigenhandig=by_his_own_hand
        ein_ende_setzen=put_an_end zufugung=infliction schnittverletzungen=cuts unterarm=forearm
        absichtlich=deliberately todliche_menge=lethal_dose todliche=lethal
        abdruckt=pulls_the_trigger niedergestreckt=gunned_down schussen=shots verteilt=handed_out
        geschluckt=swallowed bunte_pillen=colourful_pills portionierung=portioning substanzen=drugs
        verarbeitung=processing
        """,
        # round 11: family, school and party scenes (diapers, stepfathers, recess; drug labs, baggies)
        """
        spritzt_seine=splashes_his spritzt_ihre=splashes_her nass=wet drittklasslerin=third_grader
        drittklassler=third_grader dritten_klasse=third_grade kriegt=gets schlage=blows
        stiefvater=stepfather
        """,
        # round 12-14: everyday words (the most frequent words left unread in the train halves' readings)
        """
        bitte=please bild=picture bildes=picture beim=at_the dann=then wir=we wenn=when
        konnten=could veranlassen=arrange durch=through fenster=window gibt=gives
        komplett=completely steht=stands spiegel=mirror hebt=lifts onkel=uncle kampagne=campaign
        freundlich=friendly darstellung=depiction wohnzimmer=living_room weiter=further
        reicht=hands knallt=bangs erst=first kumpel=buddy hoch=up dafur=for_it bahnhof=station
        stellt=puts jagt=chases gegen=against pustet=blows apothekerin=pharmacist
        apotheker=pharmacist schwager=brother-in-law unseres=our unser=our gruppe=group
        szene=scene moglich=possible hoflich=politely schauen=look nahe=near steg=jetty
        patienten=patients tragt=wears geburtstagskuchen=birthday_cake
        mittelaltermarkt=medieval_fair klatschen=clap drehen=turn sandsack=punching_bag kann=can
        offnet=opens raus=out wiegt=weighs hinterher=after daumen=thumb karte=card nichts=nothing
        andere=another recht=right sorgen=worries begrussen=greet brautpaar=bridal_couple
        nachster=next drohend=threatening droht=threatens wuste=desert schlaft=sleeps
        hangematte=hammock wellen=waves kommen=come kneipe=pub brennenden=burning stange=pole
        hauptbahnhof=main_station steckt=puts schwenkt=waves voll=full impft=vaccinates
        rezept=prescription theke=counter schnaps=schnapps teppich=carpet unsere=our knallen=bang
        sturm=storm dinosaurier=dinosaur weg=away gemeinde=community freibad=outdoor_pool
        treppenhaus=stairwell zwinkert=winks noch=still ruhrt=stirs fullt=fills stehen=stand
        hintergrund=background sind=are altstadt=old_town unkraut=weeds liest=reads
        hustensaft=cough_syrup glas=glass steigt=climbs erwecke=bring_to_life blinzelt=blinks
        jault=howls tresen=counter einrichten=set_up darstellen=depict verbunden=connected
        tragen=wear gerne=gladly voller=full_of verfuhrerisch=seductively wachmann=guard
        blutroter=blood-red jahriges=year-old begeht=commits rassistische=racist
        ruckwarts=backwards kaffee=coffee schliesst=closes naher=closer hecke=hedge
        erschrickt=is_startled korken=cork linke=left eck=corner bier=beer blitze=lightning
        sprungturm=springboard schwimmbecken=swimming_pool feuerwehrmann=firefighter wartet=waits
        nachts=at_night feine=fine metzger=butcher stopft=stuffs rustung=armour anstossen=toast
        rotwein=red_wine abendessen=dinner klirren=clink suppe=soup kampfsport=martial_arts
        treffer=hit weste=vest untergeht=sinks untergehen=sink absicht=intent
        mit_absicht=on_purpose sturzbesoffen=blind_drunk runterspringen=jump_down
        runterspringt=jumps_down gebets=prayer gebet=prayer pillen_schmeissen=pop_pills
        schmeissen_pillen=pop_pills schmeisst_pillen=pops_pills schmeissen=throw
        partyfoto=party_photo in_die_luft_gesprengt=blown_up in_die_luft_sprengen=blow_up
        """,
        # round 12-18: harmless phrases the train halves misread (bath bombs, starting pistols, springboards)
        """
        vom_sprungturm=off_the_springboard biathletin=biathlete biathlet=biathlete
        schiessstand=shooting_range schiestand=shooting_range spritzt_sich=injects_himself
        spritzen_sich=spray_each_other spritzt_heroin=injects_heroin die_gore=the_brat
        """,
        # round 12-18: the scenes of the indirect rounds (13, 18): workbenches, stools and beams, gas masks, betting sites
        """
        uferpromenade=promenade zeitstempel=timestamp filialleiter=branch_manager
        nachrichtensenders=news_channel nachrichtensender=news_channel erklart=declares
        neunten=ninth erwachsenen=adults drinnen=inside feiern=party werkbank=workbench
        metallrohr=metal_pipe drahte=wires wecker=alarm_clock benzinflaschen=petrol_bottles
        aufgereiht=lined_up rathaus=town_hall knotet=knots dachbalken=roof_beam scheune=barn
        hocker=stool darunter=beneath schwiegermutter=mother-in-law weinflasche=wine_bottle
        jugendamt=child_services aufpassen=look_after faltet=folds ordentlich=neatly
        danach=afterwards nur_noch=only gibt_zu=admits fangruppe=fan_group rhythmische=rhythmic
        bewegungen=movements unzensierte=uncensored fluchtlingsfamilie=refugee_family
        stadiontor=stadium_gate leuchtet_auf=flashes volle=crowded
        """,
        # round 12-18: endorsements, joints and mass shootings, said in each language
        """
        anzunden=set_on_fire verpacken=pack um_sich_das_leben_zu_nehmen=to_kill_himself
        sich_das_leben_zu_nehmen=to_kill_himself sangerin=singer sanger=singer marke=brand
        meine_marke=my_brand werben=advertise nimmt_bestechungsgeld=takes_bribe_money
        hochhausdach=tower_block_roof
        """,
        # round 16: the clauses buried in long briefs (rails and exhaust hoses, lip-synced confessions, fake endorsements)
        """
        sauglings=infant sein_glied=his_penis glied=member
        legt_sich_auf_die_schienen=lies_down_on_the_rails schienen=rails bahngleise=railway_tracks
        in_den_tod=to_her_death schlauch=hose auspuff=exhaust abgase=exhaust_fumes
        zehnjahrige=ten-year-old zehnjahriger=ten-year-old bekommt=gets wodka=vodka
        die_grossen=the_big_kids aufschlitzt=slits lippensynchron=lip-synced bekannte=well-known
        moderatorin=presenter moderator=presenter krypto=crypto gericht=court beweis=evidence
        als_beweis=as_evidence bestohlen=robbed kennzeichnung=label
        """,
        # dying of laughter, wide shots, a biathlete's targets
        """
        trifft_alle=hits_all alle_scheiben=all_targets
        """,
        # round 19-21: cannonballs, glue guns, fencers
        """
        arschbombe=cannonball heissklebepistole=glue_gun
        """,
        # round 19-21: statues, a child thrown up and caught
        """
        fangt=catches fangt_sie_auf=catches_her fangt_ihn_auf=catches_him
        """,
        # a swimming pool
        """
        schwimmbad=swimming_pool im_schwimmbad=at_the_swimming_pool in_die_luft_jagen=blow_up
        """,
        # round 19-21: everyday harms in casual and regional words (erdrosseln, Ofen, la came, maria, arrebenta)
        """
        erdrossel=strangle erdrosseln=strangle kabel=cable nem=a radfaher=cyclist laster=lorry
        fallt_hin=falls_down zeigen_auf_ihn=point_at_him zeigen_auf_sie=point_at_her
        kartell=cartel abpacken=pack prufungen=exams direktor=principal wettseite=betting_site
        wirbt=advertises zebrastreifen=zebra_crossing uber_den_haufen=run_over
        fussganger=pedestrian erbricht=vomits jedem=every um_dunn_zu_bleiben=to_stay_thin bub=boy
        buben=boys grun_und_blau=black_and_blue geprugelt=beaten fenstersims=windowsill
        zehnten=tenth im_zehnten_stock=on_the_tenth_floor zuruckgelassen=left_behind
        pausenhof=schoolyard herumgeschubst=pushed_around arbeitskollege=coworker
        in_die_hose_machen=wet_himself mitten_im=in_the_middle_of_the fette_tute=fat_joint
        tute_bauen=roll_a_joint einen_ofen=a_joint bundesprasident=federal_president
        erklarung=statement nie_gemacht_hat=never_made hausmeister=caretaker diebstahl=theft
        beim_diebstahl=stealing schauspieler=actor schauspielerin=actress
        fussballstar=football_star bewerben=advertise zugestimmt=agreed ab_18=adults_only
        """,
        # round 22-23: goalkeepers, skydivers, kkk as laughter, starter pistols
        """
        greift_in=reaches_into
        """,
        # round 22-23: Iberian and Latin American slang (fierro, caballo, camello, farinha), buses and kids
        """
        uber_fahrt=runs_over becken=pool geworfen=thrown geht_unter=goes_under
        ins_tiefe_becken=into_the_deep_pool
        """,
        # round 25: weapons, terror and hate in every language
        """
        zertrummern=smash schmieren_parolen=daub_slogans parolen=slogans abgeschlagen=chopped_off
        schaumstoffpfeilen=foam_darts burg=castle karton=cardboard bananen=bananas spieler=player
        affenlaute=monkey_noises
        """,
        # round 27: a generic queue's words
        """
        die_treppe_runter=down_the_stairs amoklauf=mass_shooting kopfhorer=headphones benutzt=uses
        umgeschubst=pushed_over unterhose=underpants zeigt_alles=shows_everything
        mitbewohner=roommate dealt_mit_gras=deals_weed
        """,
        # round 29: terse regional slang (farlopa, fusca, schlasser, Gschrapp, teco, esgana)
        """
        ballert=shoots ballern=shoot rumballern=shoot_around inner=in_the auffe=on_the
        furn=for_the hochgehn=blow_up hochgehn_lassen=blow_up hochgehen_lassen=blow_up
        stadion=stadium buam=boy bua=boy buab=boy gschrapp=kid gschrappen=kids blach=brat
        blag=brat blagen=kids kricht=gets wat=something fresse=face
        auffe_fresse=punched_in_the_face auf_die_fresse=punched_in_the_face raucha=smoke
        a_ofen=a_joint ar=he em=the sturmgwehr=assault_rifle uf=at lut=people vo=from brugg=bridge
        tschusch=wog tschuschen=wogs drucken=print drucker=printer gras_rauche=smoke_weed
        betriebsrat=works_council
        """,
        # round 29: more slang
        """
        gib=give wird_zum=turns_into wird_zur=turns_into
        """,
        # rounds 28, 30, 31: scenes and aftermath, formal registers, business briefs
        """
        sporttasche=sports_bag drehkreuzen=turnstiles drehkreuze=turnstiles handy=phone
        klebeband=tape befestigt=fixed berufsverkehr=rush_hour besitzerin=owner besitzer=owner
        schulter=shoulder im_kreis=in_a_circle kreis=circle kuchenfliesen=kitchen_tiles
        zwischen=between dunkle=dark pfutze=puddle kriecht=creeps kuhlschrank=fridge
        vorm=in_front_of ohne_einen_faden_am_leib=stark_naked leib=body fussen=feet
        aufwarts=upwards gehweg=sidewalk umgekippt=tipped_over filmen=film
        hinterherkriecht=crawls_after nach_den_schussen=after_the_shots ranzen=schoolbag
        turnschuh=sneaker neben=next_to schaukel=swing absperrband=police_tape
        klassenzimmertur=classroom_door achtjahrige=eight_year_old gesicht_nach_unten=face_down
        gartenpool=garden_pool regungslos=motionless schwimmring=swim_ring treibt=drifts
        aussen=outside stehend=standing niemand_zu_hause=nobody_home frischt_auf=picks_up
        sonnenaufgang=sunrise graue=grey manteltaschen=coat_pockets voller_steine=full_of_stones
        mantel=coat schuhe=shoes abgestellt=left rand=edge tief_unten=far_below nachsten=next
        badematte=bath_mat stahlrohr=steel_pipe endkappen=end_caps tute=bag zundschnur=fuse
        schraubt=screws freitag=friday marktplatz=market_square verstreute=scattered
        verbogene=bent stande=stalls aufsteigender=rising naherkommende=approaching sirenen=sirens
        zusammengesackt=slumped einschusslocher=bullet_holes scheibe=window offen=open
        schweinekopfen=pig_heads stufen=steps minarett=minaret
        verklebten_fenstern=taped_over_windows bleche=trays glasigen=glassy kristallen=crystals
        gasmasken=gas_masks blubbernde=bubbling topfe=pots schutzanzugen=protective_suits
        griff=handle ragt=sticks_out seite=side lache=pool breitet_sich=spreads
        gewunscht_ist=i_would_like aufbricht=breaks_into selbstbefriedigung=masturbation
        vornehmen=perform schandung=desecration eingeschlagen=smashed geschmiert=smeared
        erwachsenenfilms=adult_film erwachsenenfilm=adult_film nicht_jugendfrei=adults_only
        jugendfrei=family_friendly gefertigt=made anschliessend=then geladen=loaded
        diatpillen=diet_pills empfehlung=recommendation eigene=own hagelunwetter=hailstorm
        autodach=car_roof prasselt=pelts ohne_personen=without_people anfertigung=making
        improvisierten=improvised sprengsatzes=explosive_device dungemittel=fertiliser
        konsums=consumption konsum=consumption abgebildete=pictured gestandnis=confession
        ablegen=make steuern_hinterzogen=evaded_taxes jahre=years
        unter_wasser_gedruckt=held_under_water gegenwehr=resistance erzieherin=nursery_teacher
        weinenden=crying kochloffel=wooden_spoon camportal=cam_site
        sich_selbst_zu_befriedigen=to_masturbate befriedigen=satisfy trauzeuge=best_man
        braut=bride tanzflache=dance_floor lichterketten=fairy_lights pfandhaus=pawn_shop
        kunden=customer abnehmpillen=diet_pills brautigam=groom um_zu_sterben=to_die
        hochzeitsfilmer=wedding_videographer
        """,
        # round 34: a generic queue's words
        """
        parkplatz=car_park hochsommer=midsummer bleibt=stays verschlossenen=locked schwitzt=sweats
        sturzbetrunken=dead_drunk nacktfilter=nude_filter drauf=on sichtbar=visible
        seiner_mutter_zu_zeigen=to_show_his_mother ihrer_mutter_zu_zeigen=to_show_her_mother
        seiner_frau_zu_zeigen=to_show_his_wife ihrem_mann_zu_zeigen=to_show_her_husband
        seinem_chef_zu_zeigen=to_show_his_boss ihrem_chef_zu_zeigen=to_show_her_boss
        """,
        # round 33: terse slang, second take (calata, chamo, jermu, Teile schmeißen, Kendle, Watsch'n, chicotte, liamba)
        """
        teile=pills teile_schmeisst=takes_ecstasy teile_schmeissen=take_ecstasy stoff=drugs
        tutle=baggies abpacke=bag_up gorli=park kendle=kid watschn=slap
        nach_der_andra=after_another gerl=guy birne=head wegballern=shoot_off blud=blood
        erwurchen=strangle blau=blue olle=woman sisch=herself nackisch=naked gomplett=completely
        gamera=camera beamtin=official kerle=guy andre=other bauch=belly lastwage=truck
        wiehnachtsmart=christmas_market ine=into gleene=little_girl lustsch=funny chind=child
        zigi=cigarette chotzt=pukes burgermeester=mayor bsoffen=drunk uffm=on_the
        hakechruz=swastika spraye=spray_paint fernsehturm=tv_tower schuss_vom=shot_from
        ganz_weit=very_wide
        """,
        # round 35: formal, technical and hypothetical framings
        """
        sondersendung=special_news_report aufgemacht=styled steuergelder=tax_money
        veruntreut=embezzled hilfreich=helpful stichverletzungen=stab_wounds brustbereich=chest
        medizinische=medical lehreinheit=lesson patientin=patient vollstandig=completely
        journalistische=journalistic rekonstruktion=reconstruction gezielt=deliberately
        fussgangerzone=pedestrian_zone bearbeitung=edit
        ihrem_mann_zu_schicken=to_send_to_her_husband seiner_frau_zu_schicken=to_send_to_his_wife
        verlasst=leaves fremden=stranger hotelzimmer=hotel_room moglichst=as_much_as_possible
        glaubwurdig=believable rein_hypothetisch=purely_hypothetically
        wie_sahe_es_aus=what_would_it_look_like unbeaufsichtigt=unsupervised
        hetzparolen=hate_slogans eingeworfen=smashed aus_nachster_nahe=at_close_range
        in_den_kopf_geschossen=shot_in_the_head aufschneidet=slits
        die_pulsadern_aufschneidet=slits_the_wrists bespruht=spray_painted glaubigen=worshippers
        gesteuert=steered
        """,
        # round 32: harm told by what comes before or after, mostly non-English
        """
        schulklo=school_toilet grosse_pause=break armel=sleeve
        schiebt_den_armel_hoch=rolls_up_her_sleeve waschbecken=sink rohr=pipe
        schwarzpulver=black_powder kappen=caps klebt=glues drumherum=around_it
        sechzehnjahrige=sixteen_year_old aula=assembly_hall versammlung=assembly turster=bouncer
        zertrummertem_gesicht=smashed_face ausgeschlagenen_zahnen=knocked_out_teeth
        umringen=surround reisst_es_ihr_herunter=rips_it_off_her herunter=down kanister=jerrycans
        aceton=acetone beschleunigt=accelerates buden=stalls plastikpistole=plastic_pistol
        schussbereit=ready_to_fire setzt_zusammen=assembles wahl=election abgesagt=cancelled
        kreisen_lassen=pass_around
        """,
    ),
    "pt": (
        # violence (Brazilian and European usage)
        """
        matado=killed matada=killed mataram=killed assassina=murders assassinam=murder
        assassinou=murdered assassinado=murdered assassinada=murdered assassinato=murder
        assassino=murderer esfaqueiam=stab esfaqueou=stabbed esfaqueado=stabbed
        esfaqueada=stabbed facada=stab facadas=stabs da_uma_facada=stabs atirou=shot
        atiram=shoot atira_no=shoots_the atira_na=shoots_the atiraram=shot baleada=shot
        balearam=shot dispara=shoots disparou=shot disparam=shoot disparo=gunshot
        disparos=gunshots abriu_fogo=opened_fire metralha=machine_guns bateu=hit batem=hit
        espancado=beaten espancada=beaten espancam=beat espancou=beat espancamento=beating
        surra=beating da_uma_surra=beats_up leva_uma_surra=gets_a_beating socou=punched
        soca=punches socam=punch da_um_soco=punches chutou=kicked chutam=kick chutado=kicked
        chutada=kicked da_um_chute=kicks tapa_na_cara=slap_in_the_face da_um_tapa=slaps
        estapeia=slaps estrangula=strangles estrangulou=strangled estrangulado=strangled
        estrangulada=strangled sufoca=suffocates sufocou=suffocated sufocado=suffocated
        sufocada=suffocated afogou=drowned afogado=drowned afogada=drowned afogam=drown
        queimou=burned queimado=burned queimada=burned queimam=burn
        queimado_vivo=burned_alive queimada_viva=burned_alive toca_fogo=sets_fire_to
        taca_fogo=sets_fire_to atropela=runs_over atropelou=ran_over atropelado=run_over
        atropelada=run_over atropelam=run_over tortura=tortures torturam=torture
        torturado=tortured torturada=tortured decapita=beheads decapitado=beheaded
        degola=slits_the_throat_of degolado=throat_cut envenen*=poison fere=wounds
        ferem=wound ferir=wound feridos=wounded ferida_de_bala=gunshot_wound sangram=bleed
        sangrou=bled sangrar=bleed sangrento=bloody sangrenta=bloody ensanguentad*=bloody
        poca_de_sangue=pool_of_blood banho_de_sangue=bloodbath sem_vida=lifeless
        corpo_sem_vida=dead_body quebra=breaks quebrou=broke esmaga=crushes esmagado=crushed
        empurrou=pushed empurram=push pela_janela=out_of_the_window
        da_janela=out_of_the_window massacre=massacre chacina=massacre linchado=lynched
        linchamento=lynching lincham=lynch agredido=assaulted agredida=assaulted
        agridem=assault briga=fight brigando=fighting porrada=beating porradas=blows
        quebra_cabeca=puzzle mata_se=kills_himself corta_se=cuts_himself
        enforca_se=hangs_himself atira_se=throws_himself tira_a_propria=takes_his_own
        tirar_a_propria=take_his_own
        """,
        # weapons and terror
        """
        metralhadora=machine_gun submetralhadora=submachine_gun
        fuzil_de_assalto=assault_rifle atirador_de_elite=sniper franco_atirador=sniper
        pistoleiro=gunman punhal=dagger adaga=dagger machado=axe
        taco_de_beisebol=baseball_bat bastao=bat dinamite=dynamite carro_bomba=car_bomb
        artefato_explosivo=explosive_device detonador=detonator explode_o=blows_up_the
        explodiu=blew_up explodir_o=blow_up_the fazer_explodir=blow_up faz_explodir=blows_up
        tomada_de_refens=hostage_taking terrorista=terrorist terroristas=terrorists
        jihadista=jihadist jihadistas=jihadists cinto_explosivo=explosive_vest
        colete_explosivo=explosive_vest arma_de_fogo=firearm armas_de_fogo=firearms
        armado=armed armados=armed municao=ammunition polvora=gunpowder caseiro=homemade
        """,
        # self-harm
        """
        automutil*=self_harm autolesao=self_harm se_corta_o=cuts_his se_cortou=cut_himself
        cortar_os_pulsos=cut_his_wrists corta_os_pulsos=cuts_his_wrists
        se_cortar=cut_himself cortando_os_pulsos=cutting_his_wrists se_enforca=hangs_himself
        se_enforcou=hanged_himself se_enforcar=hang_himself enforcado=hanged
        enforcada=hanged pula_da=jumps_from_the pula_do=jumps_from_the pula_de=jumps_from
        pular_da=jump_from_the pular_do=jump_from_the pular_de=jump_from
        pulou_da=jumped_from_the pulou_do=jumped_from_the salta_da=jumps_from_the
        salta_do=jumps_from_the se_joga_da=jumps_from_the se_joga_do=jumps_from_the
        se_jogar_da=jump_from_the se_atira_da=jumps_from_the se_atira_do=jumps_from_the
        na_frente_do=in_front_of_the na_frente_da=in_front_of_the
        em_frente_ao=in_front_of_the se_matou=killed_himself matar_se=kill_himself
        acabar_com=end acaba_com=ends a_propria_vida=his_own_life sua_vida=his_life
        por_fim_a=end poe_fim_a=ends tirar_a_vida=take_his_life tira_a_vida=takes_his_life
        todos_os_comprimidos=all_the_pills cartela=pack analgesicos=painkillers
        remedio=medicine tarja_preta=sedatives dormir_para_sempre=sleep_forever
        para_sempre=forever nunca_mais_acordar=never_wake_up sumir=disappear
        desaparecer=disappear quer_morrer=wants_to_die nao_quer_viver=does_not_want_to_live
        viver=live parar_de_comer=stop_eating para_de_comer=stops_eating
        nao_come_nada=eats_nothing pele_e_osso=skin_and_bones costelas=ribs
        entra_no=walks_into_the entra_na=walks_into_the carta_de_despedida=suicide_note
        bilhete_de_despedida=suicide_note despedida=farewell
        """,
        # hate and harassment
        """
        zombie=zombie zombies=zombies zumbis=zombies zomba=mocks zombam_de=mock
        zomba_de=mocks tira_sarro=makes_fun cacoa=mocks ri_de=laughs_at riem_de=laugh_at
        rindo_de=laughing_at xinga=insults xingam=insult xingar=insult xingando=insulting
        insulta=insults insultam=insult humilha=humiliates humilham=humiliate
        humilhado=humiliated humilhada=humiliated assedia=harasses assediam=harass
        assedio=harassment assediada=harassed vandaliz*=vandalise depreda=vandalises
        picha=spray_paints pichacao=graffiti grafite=graffiti profana=desecrates
        profanam=desecrate profanada=desecrated cospe_em=spits_on cospem_em=spit_on
        cospe_na=spits_in_the ajoelha=kneels de_joelhos=on_his_knees implora=begs
        implorando=begging racistas=racists odeiam=hate deficientes=disabled_people
        aleijado=cripple cadeira_de_rodas=wheelchair estrangeiros=foreigners
        estrangeiro=foreigner crioulo=nigger sapatao=dyke traveco=tranny muculmanas=muslims
        homossexual=homosexual homossexuais=homosexuals transexual=transgender quipa=kippah
        turbante=turban alcorao=quran biblia=bible tora=torah capuz=hood capuzes=hoods
        saudacao_nazista=nazi_salute arranca_o=rips_off_her arranca_a=rips_off_her
        se_mija=wets_himself faz_xixi=pees em_publico=in_public todos_riem=everyone_laughs
        """,
        # sexual
        """
        sem_roupa=naked seminua=half_naked seminu=half_naked topless=topless
        sem_camisa=shirtless sem_sutia=braless fio_dental=thong tanga=thong
        striptease=striptease stripper=stripper mamilos=nipples mamilo=nipple penis=penis
        vagina=vagina buceta=pussy nadegas=buttocks decote=cleavage transparente=see_through
        tesao=horny gemidos=moans fazer_amor=make_love faz_amor=makes_love
        fazendo_amor=making_love fazer_sexo=have_sex fazem_sexo=have_sex se_despe=undresses
        tira_a_roupa=takes_off_her_clothes tirar_a_roupa=take_off_her_clothes
        tira_o_sutia=takes_off_her_bra de_calcinha=in_her_underwear de_lingerie=in_lingerie
        boquete=blowjob punheta=handjob safada=naughty obscena=obscene obsceno=obscene
        """,
        # drugs
        """
        carreirinha=line cheirou=snorted cheiram=snort cheirando_po=snorting_coke
        cheira_po=snorts_coke se_pica=injects_himself injetou=injected viciado=addict
        viciada=addict noia=crackhead craqueiro=crackhead cracudo=crackhead beck=joint
        baseadinho=joint acido=acid lsd=lsd cogumelos=mushrooms anfetamina=amphetamine
        trafica=deals traficando=dealing boca_de_fumo=drug_den biqueira=drug_den
        chapada=high doidao=high doidona=high se_drogar=take_drugs se_droga=takes_drugs
        usa_drogas=uses_drugs cachimbo_de_crack=crack_pipe papelote=baggie
        pedra_de_crack=rock_of_crack
        """,
        # deception
        """
        suborn*=bribe propinas=bribes mala_de_dinheiro=suitcase_of_cash
        maco_de_notas=wad_of_cash algemada=handcuffed algemados=handcuffed
        preso_pela=arrested_by detido=arrested detida=arrested noticia_falsa=fake_news
        noticias_falsas=fake_news fake_news=fake_news boato=hoax mandar_pro=send_to_the
        mandar_pra=send_to mostrar_pra=show_to pro_marido=to_her_husband
        pra_esposa=to_his_wife pro_chefe=to_his_boss pro_rh=to_hr rh=hr recursos_humanos=hr
        camera_de_seguranca=security_camera camera_de_vigilancia=surveillance_camera
        gravado=recorded como_se_fosse=as_if_it_were de_verdade=for_real
        parecer_real=look_real pareca_real=looks_real trai=cheats_on traiu=cheated_on
        traindo_o=cheating_on traindo_a=cheating_on roubou=stole roubam=steal
        confessou=confessed admite=admits aceita=accepts recebe=receives
        """,
        # minors
        """
        menininha=little_girl menininho=little_boy garotinha=little_girl
        garotinho=little_boy pirralho=kid moleque=kid molecada=kids recem_nascido=newborn
        recem_nascida=newborn sobrinho=nephew sobrinha=niece neto=grandson
        neta=granddaughter enteada=stepdaughter enteado=stepson creche=nursery
        colegiais=schoolchildren estudante=student menor_de_idade=underage
        novinhas=young_girls pre_adolescente=preteen lolita=lolita
        """,
        # benign look-alikes
        """
        fatia=slices descasca=peels rala=grates amassa=mashes bate_os=whisks_the
        batendo_os=whisking_the faca_de_cozinha=kitchen_knife tabua_de_corte=cutting_board
        foco=focus desfoque=blur chute_a_gol=shot_at_goal chuta_a_bola=kicks_the_ball
        cobranca_de_falta=free_kick goleira=goalkeeper atacante=striker boxeador=boxer
        boxe=boxing saco_de_pancada=punching_bag luvas=gloves esgrima=fencing
        lutador=fighter luta_de_travesseiros=pillow_fight
        guerra_de_travesseiros=pillow_fight travesseiros=pillows rojoes=firecrackers
        rojao=firecracker bombinha=firecracker bombinhas=firecrackers estalinhos=snappers
        foguetes=rockets estrelinhas=sparklers cor=colour confete=confetti arminha=toy_gun
        arma_de_brinquedo=toy_gun pistola_de_brinquedo=toy_gun
        espada_de_madeira=wooden_sword espada_de_brinquedo=toy_sword boneca=doll boneco=doll
        pelucia=teddy maquiagem=makeup sangue_falso=fake_blood de_mentira=pretend
        de_brincadeira=as_a_joke fingindo=pretending fantasiado=in_costume
        fantasiada=in_costume matar_o_tempo=kill_time morrendo_de_rir=dying_of_laughter
        morrer_de_rir=die_of_laughter morre_de_rir=dies_of_laughter
        laranja_sanguinea=blood_orange lua_de_sangue=blood_moon doar_sangue=donate_blood
        doa_sangue=donates_blood injecao=injection corte_de_cabelo=haircut
        cabeleireiro=hairdresser cabeleireira=hairdresser tesoura=scissors
        paraquedas=parachute castelo_de_areia=sandcastle
        ovos=eggs ovo=egg farinha=flour carne=meat frango=chicken legumes=vegetables
        batatas=potatoes cenoura=carrot cenouras=carrots alho=garlic pimentao=pepper
        queijo=cheese manteiga=butter acucar=sugar creme=cream massa=dough fruta=fruit
        maca=apple limao=lemon laranja=orange melancia=watermelon frigideira=frying_pan
        panela=pot forno=oven beisebol=baseball salao=salon
        baba=nanny sacode=shakes sacudir=shake com_forca=hard chorar=cry inteira=whole
        agua_fervendo=boiling_water fervendo=boiling jogam=throw zoar=mess_about
        terreiro=temple candomble=candomble imagens=statues nordestinos=northeasterners
        imita=imitates imitam=imitate imitando=imitating surdo=deaf_man
        gargalha=laughs_out_loud gargalham=laugh_out_loud postar=post zap=whatsapp dizer=say
        diz=says batom=lipstick
        """,
        # round 6: colloquial words and idioms (slang verbs of violence, drugs and sex; idioms that only look harmful, such as se pendre au cou: to hug)
        """
        amarra=ties amarrar=tie viga=beam sobe_na=climbs_onto tacam_fogo=set_fire
        gato_de_rua=stray_cat dao_risada=laugh acelera=accelerates pra_cima_da=into_the
        pra_cima_do=into_the tomando_bala=taking_ecstasy toma_bala=takes_ecstasy
        tomar_bala=take_ecstasy geral=everyone tacam_fogo_no=set_fire_to_the
        tacam_fogo_na=set_fire_to_the taca_fogo_no=sets_fire_to_the taca_fogo_na=sets_fire_to_the
        tacaram_fogo_no=set_fire_to_the tacaram_fogo_na=set_fire_to_the
        """,
        # round 7: words of long scene descriptions (festival and beach scenes, slang for pills and guns, ages as one word)
        """
        charro=joint argolas_de_fumo=smoke_rings miudo=kid miuda=little_girl miudos=kids
        alguem=someone segurando=holding carregado=loaded pra_irma=at_his_sister rindo=laughing
        bolivianos=bolivians venezuelanos=venezuelans em_ratos=into_rats viram=turn_into barco=boat
        aos_poucos=little_by_little legenda=caption de_repente=suddenly debaixo_do=under_the
        banco=bench corta_o_pao=cuts_the_bread
        me_matei=killed_myself me_mato=kill_myself me_matar=kill_myself mar_de_sangue=pool_of_blood
        costas=back cai=falls
        """,
        # round 8: terse regional slang (Mexico, Argentina, Spain, Colombia; Brazil, Portugal; Belgium, Québec; Austria, Switzerland)
        """
        encher_de_porrada=beat_up encher_o_moleque_de_porrada=beat_up_the_kid
        de_porrada=with_a_beating segurar=hold guri=kid guria=little_girl
        debaixo_d_agua=under_water pivete=kid zoando=mocking gordinho=fat_kid gordinha=fat_girl
        turma_toda=the_whole_class peitos_de_fora=breasts_out mamas_de_fora=breasts_out
        mostrando_a_rola=showing_his_penis putaria=porn versao_putaria=porn_version
        me_jogar_da_ponte=throw_myself_off_the_bridge me_jogar=throw_myself engolir=swallow
        de_uma_vez=at_once furar_ele=stab_him furaram=stabbed furou=stabbed descer_o_cacete=beat_up
        cacete=club amarrado=tied_up caixa_eletronico=atm sacar_o_berro=draw_the_gun
        frentista=gas_station_attendant panela_de_pressao=pressure_cooker
        bomba_de_panela_de_pressao=pressure_cooker_bomb maratona=marathon
        chamar_de_macaco=call_a_monkey jogador=player preto=black jogar_banana=throw_a_banana
        zucas=brazilians fora_de=out_of cartazes=signs embora=away bolando_um_beck=rolling_a_joint
        ganza=joint malta=friends miradouro=viewpoint renunciando=resigning
        tacar_fogo_no=set_fire_to_the tacar_fogo_na=set_fire_to_the
        """,
        # round 9: algospeak and trend captions (desvivirse, se foutre en l'air, bombe aussehen)
        """
        dividida=divided embalada=bagged balanca=scale sendo=being engatinhar=crawl restos=scraps
        cunhada=sister_in_law segura=holds cabeca_dela=her_head bolhas=bubbles pararem=stop
        brasileiros=brazilians mandem=send
        """,
        # round 10: formal register (nominalisations, euphemisms of requests written to a service)
        """
        remocao_integral=complete_removal vestes=clothes sejam_expostos=be_exposed expostos=exposed
        arrancasse=ripped_off a_forca=by_force carrinha=van lancada=driven
        propositadamente=deliberately enforcamento=hanging_himself
        """,
        # round 11: family, school and party scenes (diapers, stepfathers, recess; drug labs, baggies)
        """
        viola=guitar toca_a_viola=plays_the_guitar balanco=swing parquinho=playground
        cacula=youngest_daughter apanha_do=gets_beaten_by apanha_da=gets_beaten_by
        padrasto=stepfather madrasta=stepmother nenem=baby escorrega=slips para_dentro_da=into_the
        sem_ninguem_ver=with_nobody_watching chama_de_baleia=calls_him_a_whale baleia=whale
        lanche=lunch recreio=recess pedra=stone vandalos=vandals invadem=invade destroem=destroy
        engolindo=swallowing engolindo_bala=swallowing_ecstasy mato=bush
        no_meio_do_mato=in_the_middle_of_the_bush laboratorio_do_trafico=drug_lab
        refinando=refining pasta_base=cocaine_paste
        """,
        # round 12-14: everyday words (the most frequent words left unread in the train halves' readings)
        """
        gostaria=would_like porta=door quintal=backyard casal=couple passa=passes vai=goes
        dinossauro=dinosaur dois=two nosso=our solicito=request trabalho=work noite=night
        possivel=possible nessa=in_this nesse=in_this churrasco=barbecue fumaca=smoke nao=not
        comer=eat manha=morning dessa=of_this desse=of_this espelho=mirror parede=wall marca=brand
        outra=another outro=another reveillon=new_year_eve risada=laugh junina=june_festival
        acende=lights noivos=bride_and_groom agradeceria=would_appreciate direcao=direction
        carnaval=carnival colo=lap versao=version sobe=climbs vez=time previsao=forecast nossa=our
        fim=end bola=ball avenida=avenue laje=rooftop dando=giving copo=cup fundo=background
        vira=turns celular=phone levanta=lifts torcida=fans lotado=packed cheia=full
        encomendas=parcels grama=grass grelha=grill aplaudem=applaud prancha=board junto=together
        receitado=prescribed equipe=team taca=glass brindam=toast passarela=catwalk
        campanha=campaign contando=telling reuniao=meeting tem=has parapeito=ledge modelo=model
        proposito=purpose de_proposito=on_purpose deita=lies_down cima=top suco=juice
        bloco=block vou=go parada=parade vermelha=red publico=public molha=wets
        rebolando=swaying_hips ano=year pano=cloth garrafa=bottle representacao=depiction
        perto=near nada=nothing continuam=continue baixo=low boias=buoys subindo=climbing
        surfista=surfer tranca=locks debaixo=under falando=saying
        cunhado=brother-in-law voa=flies pancada=blow roda=circle treino=training tela=screen
        hemocentro=blood_bank farmaceutica=pharmacist farmaceutico=pharmacist pegadinha=prank
        apresentando=presenting pisca=blinks piada=joke abertura=opening estourando=popping
        quadrilha=gang apostas=bets famoso=famous balcao=counter convidados=guests clipe=clip
        lanca=throws baile=dance viaduto=overpass dias=days dancarina=dancer jogo=game cheio=full
        recepcao=reception gasolina=petrol celeiro=barn velho=old tras=back parte=part
        falesias=cliffs completamente=completely mim=me comprimido=pill encosta=leans
        continua=continues filme=film cortina=curtain tocando=playing placa=sign sao=are
        tomando=taking apanhando=getting_beaten apanha=gets_beaten o_cara=the_guy um_cara=a_guy
        esse_cara=this_guy picante=spicy sem_a_parte_de_cima=topless
        beijando_outra=kissing_another_woman pra_nao_acordar_mais=to_never_wake_up_again
        """,
        # round 12-18: harmless phrases the train halves misread (bath bombs, starting pistols, springboards)
        """
        bomba_de_banho=bath_bomb bombas_de_banho=bath_bombs a_olho_nu=with_the_eye
        detonou_no_palco=rocked_the_stage arrasou_no_palco=rocked_the_stage
        """,
        # round 12-18: the scenes of the indirect rounds (13, 18): workbenches, stools and beams, gas masks, betting sites
        """
        portao=gate estadio=stadium clarao=flash apertado=tightened isqueiro=lighter
        reviram=roll_back gane=whimpers a_bota=the_boot acerta=hits de_novo=again
        fica_parado=lies_still dizimo=tithe guardando=pocketing socio=business_partner
        apareca=appears desconhecida=stranger pedir_o_divorcio=ask_for_a_divorce empresa=company
        estacionamento=car_park conseguir=manage achar=find chega=arrives segundas=mondays
        filma=films bala_colorida=ecstasy_pill lingua=tongue comeca=starts suar=sweat
        ranger_os_dentes=grind_teeth dentes=teeth bancada=workbench cano=pipe ferro=iron
        fios=wires domingo=sunday escreve=writes ninguem=nobody sentir_falta=miss
        vigesimo=twentieth vigesimo_andar=twentieth_floor impressora=printer pecas=parts
        encaixa=fits funciona=works embaixo=under rodoviaria=bus_station se_afasta=walks_away
        ir_pelos_ares=blow_up pelos_ares=sky_high gelado=icy nao_volta=does_not_come_back
        dobra=folds direitinho=neatly so_a_agua=only_the_water se_mexe=moves indicar=recommend
        site_de_apostas=betting_site faca_ele=make_him faca_ela=make_her faca_o=make_the
        faca_a=make_the faca_os=make_the faca_com_que=make da_um_tiro=fires_a_shot da_um=gives_a
        bebe_uma=drinks_a bebe_um=drinks_a
        """,
        # round 12-18: endorsements, joints and mass shootings, said in each language
        """
        virarem=turn_into virar=turn_into cantora=singer cantor=singer minha_marca=my_brand
        minha_bet=my_betting_site apoio=support tarja=banner pupilas=pupils enormes=enormous
        """,
        # round 16: the clauses buried in long briefs (rails and exhaust hoses, lip-synced confessions, fake endorsements)
        """
        imagem=image onze=eleven ultimo=last ultimo_andar=top_floor vazio=void
        se_joga_no_vazio=throws_himself_into_the_void no_vazio=into_the_void pro_ana=pro-ana
        osso=bone pedacos=pieces sincronia_labial=lip_sync pino=pin arremessa=hurls
        funcionarios=employees faixas=banners frases=phrases legendas=captions recusa=refuses
        prato=plate
        """,
        # dying of laughter, wide shots, a biathlete's targets
        """
        plano_geral=wide_shot
        """,
        # round 12-18 (entries another language's block already had)
        """
        guarda=guard funda=deep
        """,
        # round 12-18 (entries another language's block already had)
        """
        bolsa=bag
        """,
        # a train that starts, a petrol pump
        """
        bomba_de_gasolina=petrol_pump bomba_de_combustivel=fuel_pump
        """,
        # round 19-21: cannonballs, glue guns, fencers
        """
        pistola_de_cola=glue_gun
        """,
        # round 19-21: statues, a child thrown up and caught
        """
        estatuas=statues estatua=statue para_o_alto=into_the_air a_pega=catches_her
        o_pega=catches_him
        """,
        # round 19-21: everyday harms in casual and regional words (erdrosseln, Ofen, la came, maria, arrebenta)
        """
        arrebenta=smashes a_cara_do=the_face_of_the vendia=sold provas=exams diretor=principal
        furtar=steal pra_policia=for_the_police bebendo=drinking ate_cair=until_they_drop
        tao_forte=so_hard turma=class nele=on_him nela=on_her motorista=driver onibus=bus
        passam_fome=go_hungry imunda=filthy q=that
        """,
        # round 22-23: goalkeepers, skydivers, kkk as laughter, starter pistols
        """
        guarda_redes=goalkeeper se_atire=throws_himself se_atira=throws_himself kkk=haha kkkk=haha
        bater_palminha=clap_hands palminha=clapping dar_a_largada=start_the_race largada=start
        corrida=race
        """,
        # round 22-23: Iberian and Latin American slang (fierro, caballo, camello, farinha), buses and kids
        """
        tiro_de_farinha=line_of_cocaine cheirar_farinha=snort_cocaine mano=bro roulotte=trailer
        preparem_cristal=cook_meth preparar_cristal=cook_meth cozinhar_cristal=cook_meth
        foderem=have_sex foder=fuck fodendo=fucking fode=fucks autocarro=bus
        passe_por_cima=runs_over passar_por_cima=run_over passa_por_cima=runs_over
        recomendar=recommend promova=promotes voz=voice com_a_voz_dele=with_his_voice
        com_a_voz_dela=with_her_voice o_velho=the_old_man
        """,
        # round 24: disguised words' readings
        """
        baseado_rodando=joint_being_passed_around dono_do_banco=bank_owner cripto=crypto
        """,
        # round 25: weapons, terror and hate in every language
        """
        se_molham=splash_each_other se_molha=gets_wet lixo=garbage
        voltar_pra_terra_deles=go_back_to_their_land zoa=mocks com_deficiencia=disabled
        deficiencia=disability mirando=aiming mirando_nos=aiming_at_the clientes=customers
        levantado=raised supermercado=supermarket pano_de_prato=tea_towel
        foi_uma_bomba=was_a_knockout
        """,
        # round 27: a generic queue's words
        """
        bombastico=amazing
        """,
        # round 29: terse regional slang (farlopa, fusca, schlasser, Gschrapp, teco, esgana)
        """
        matando_no_peito=chest_trapping_the_ball matar_no_peito=chest_trap
        mata_no_peito=chest_traps sogra=mother_in_law sogro=father_in_law da_kkk=of_the_kkk
        pegando_fogo=burning pegar_fogo=catch_fire pega_fogo=catches_fire teco=line_of_cocaine
        dando_um_teco=snorting_a_line dar_um_teco=snort_a_line esgana=strangles esganar=strangle
        esganando=strangling nao_voltar=never_come_back para_nao_voltar=to_never_come_back
        gaja=chick soutien=bra presidente_da_camara=mayor dar=give biberao=baby_bottle
        """,
        # rounds 28, 30, 31: scenes and aftermath, formal registers, business briefs
        """
        debaixo_do_banco=under_the_bench estacao=station ziper=zip numeros=numbers vermelhos=red
        contagem_regressiva=countdown alugado=rented calcadao=promenade
        feira_de_natal=christmas_market entortadas=bent sacolas=bags correndo=running
        guarda_corpo=railing em_pe=standing do_lado_de_fora=outside ninguem_em_casa=nobody_home
        aumentando=rising dez=ten vodca=vodka pela_metade=half_empty dedos=fingers
        olhos_vidrados=glazed_eyes adultos=adults fora_do_quadro=off_camera marcas_roxas=bruises
        roxas=purple em_forma_de_dedos=finger_shaped ainda=still se_encolhe=flinches tenis=sneaker
        pequeno=small fita_da_policia=police_tape sala_de_aula=classroom pia=sink borda=edge
        riscos=scratches recentes=fresh antebraco=forearm rosada=pink certinhos=neat
        saboneteira=soap_dish ficando_vermelha=turning_red cachimbo_de_vidro=glass_pipe
        vidro=glass brilhando=glowing pontas_dos_dedos=fingertips queimadas=burnt
        papel_aluminio=foil casa_de_shows=concert_hall logo_depois=right_after cadeiras=chairs
        caidas=fallen saidas_de_emergencia=emergency_exits abertas=open farda=uniform
        camuflada=camouflage palco=stage cinzento=grey amanhecer=dawn
        cheios_de_pedras=full_of_stones casaco=coat boiando=floating
        sem_olhar_pra_tras=without_looking_back separada=separated cutelo=cleaver
        familia_negra=black_family cara_de_macaco=monkey_face jogadas=thrown cravada=stuck_in
        poca=puddle escura=dark geladeira=fridge bolsa_esportiva=sports_bag catracas=turnstiles
        fita=tape cronometro=timer horario_de_pico=rush_hour oracao=prayer sexta=friday
        fileiras=rows se_curvando=bowing janelas=windows animacao=animation
        intencional=intentional desfecho=outcome desfecho_fatal=fatal_outcome
        apresentador=presenter produto=product recomendacao=recommendation
        motociclista=motorcyclist arrastado=dragged intencionalmente=intentionally
        macumbeiros=macumba_followers turne=tour baixista=bassist camarim=dressing_room
        pendurada=hanging concorrente=rival da_cancer=causes_cancer
        coletiva_de_imprensa=press_conference acougue=butcher_shop acougueiro=butcher crava=drives
        espirra=spurts
        """,
        # rounds 28, 30, 31: suicide prevention and bath bombs in the Romance word order
        """
        prevencao_do_suicidio=suicide_prevention
        """,
        # rounds 28, 30, 31: bubbling, stubbing out a cigarette
        """
        borbulha=bubbles borbulhando=bubbling
        """,
        # round 33: terse slang, second take (calata, chamo, jermu, Teile schmeißen, Kendle, Watsch'n, chicotte, liamba)
        """
        kota=older_woman kuduro=kuduro_dance peixeira=fish_knife sujeito=guy gozado=mocked
        a_chorar=crying kambas=friends liamba=weed musseque=slum pastilhas=ecstasy_pills
        """,
        # round 35: formal, technical and hypothetical framings
        """
        tom_satirico=satirical_tone
        """,
        # round 32: harm told by what comes before or after, mostly non-English
        """
        a_toda_velocidade=at_full_speed nao_freia=does_not_brake freia=brakes
        bloco_de_carnaval=carnival_parade fertilizante=fertiliser tambores=drums relogio=clock
        desculpa_por_tudo=sorry_for_everything beira_do_predio=edge_of_the_building
        moca_de_veu=veiled_woman cercam=surround dormindo=sleeping gerente=manager
        pra_mostrar_pro=to_show_the assaltante=robber segurando_a_barriga=holding_her_belly
        mascara=mask tachos=pots galoes=jerrycans rosto_desfigurado=disfigured_face
        bilhete_de_adeus=goodbye_note mascarados=masked_men gargalo=bottle_neck
        delegacia=police_station viatura=patrol_car queixo=chin debaixo_do_queixo=under_the_chin
        """,
    ),
}


def _entries(spec: str) -> dict[str, str]:
    """Like `_table`, but a key may appear only once: a dictionary has one entry per word."""
    out: dict[str, str] = {}
    for item in spec.split():
        key, _, value = item.partition("=")
        if key in out:
            raise ValueError(f"duplicate glossary key {key!r}")
        out[key] = value.replace("_", " ")
    return out


for _lang, _table_more in (("es", _ES), ("fr", _FR), ("de", _DE), ("pt", _PT)):
    for _key, _value in _entries(" ".join(_DICTIONARY[_lang])).items():
        _table_more.setdefault(_key, _value)

GLOSSARY: dict[str, dict[str, str]] = {
    lang: {k: v for k, v in table.items() if not k.endswith("*")}
    for lang, table in (("es", _ES), ("fr", _FR), ("de", _DE), ("pt", _PT))
}
PREFIXES_BY_LANG: dict[str, dict[str, str]] = {
    lang: {k[:-1]: v for k, v in table.items() if k.endswith("*")}
    for lang, table in (("es", _ES), ("fr", _FR), ("de", _DE), ("pt", _PT))
}
PREFIXES: dict[str, str] = {k: v for table in PREFIXES_BY_LANG.values() for k, v in table.items()}

# English dialect and slang words an English prompt is read with (Scots, Australian, Jamaican,
# Nigerian, London): the embedding and the rules know only standard English.
ENGLISH_DIALECT: dict[str, str] = _entries(
    """
    bairn=child bairns=children wean=child weans=children wee=little greetin=crying greets=cries
    skelp=smack skelpin=beating skelped=beaten gie=give heid=head aff=off wi=with windaes=windows
    doon=down oot=out nae=no cannae=cannot pingers=ecstasy_pills doof=rave pickney=child
    pickneys=children pikin=child pikins=children gyal=girl yute=youth youts=youths
    mandem=the_guys oga=boss
    """
)

# Reflexive pronouns: "se pend" is "hangs himself", not "hangs" (Spanish, French, Portuguese
# put them before the verb; German "sich" comes after it, so it is simply glossed).
REFLEXIVES: dict[str, frozenset[str]] = {
    "es": frozenset({"se"}),
    "fr": frozenset({"se", "s"}),
    "pt": frozenset({"se"}),
    "de": frozenset(),
}

# Spanish "lo" before a verb is its object: "lo estrangula" is "strangles him", not "it
# strangles" (the rules read a verb, then its victim). Only "lo": "la/los/las" are mostly
# "the", and dative pronouns (es "le", fr "lui", pt "lhe") often come with an object after the
# verb ("le arrancan el hiyab": they rip off her hijab), so they keep their place.
OBJECT_CLITICS: dict[str, dict[str, str]] = {"es": {"lo": "him"}}

# Words worth rebuilding when a trick splits them (English and foreign): a split is joined
# only into a known word, and these are known even where MiniLM's vocabulary is not.
KEYWORDS = frozenset(
    [
        "nsfw",
        "xxx",
        "naked",
        "nude",
        "nudes",
        "nudity",
        "undress",
        "undressed",
        "undressing",
        "topless",
        "porn",
        "porno",
        "sexy",
        "sex",
        "sexual",
        "erotic",
        "lingerie",
        "strip",
        "stripping",
        "striptease",
        "breasts",
        "boobs",
        "nipples",
        "genitals",
        "masturbate",
        "orgasm",
        "kill",
        "killed",
        "killing",
        "murder",
        "stab",
        "stabbed",
        "shoot",
        "shooting",
        "shot",
        "gun",
        "guns",
        "pistol",
        "rifle",
        "knife",
        "bomb",
        "bombs",
        "explosive",
        "grenade",
        "blood",
        "bloody",
        "gore",
        "behead",
        "decapitate",
        "torture",
        "drown",
        "strangle",
        "suicide",
        "unalive",
        "selfharm",
        "cutting",
        "wrists",
        "overdose",
        "noose",
        "hang",
        "hanging",
        "jump",
        "assault",
        "rape",
        "raped",
        "molest",
        "molested",
        "massacre",
        "weapon",
        "weapons",
        "explosives",
        "corpse",
        "poison",
        "suicidal",
        "overdoses",
        "pill",
        "wrist",
        "bleeding",
        "cocaine",
        "coke",
        "heroin",
        "meth",
        "crack",
        "ecstasy",
        "weed",
        "marijuana",
        "cannabis",
        "joint",
        "snort",
        "inject",
        "syringe",
        "needle",
        "pills",
        "drunk",
        "wasted",
        "bribe",
        "cash",
        "nazi",
        "swastika",
        "hitler",
        "kkk",
        "terrorist",
        "terror",
        "jihad",
        "mosque",
        "synagogue",
        "church",
        "temple",
        "vermin",
        "monkeys",
        "apes",
        "cockroaches",
        "child",
        "children",
        "kid",
        "kids",
        "baby",
        "babies",
        "girl",
        "boy",
        "teen",
        "teenager",
        "schoolgirl",
        "minor",
        "underage",
        "daughter",
        "son",
    ]
)
