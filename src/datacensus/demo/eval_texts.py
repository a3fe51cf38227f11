"""Held-out texts for measuring language-identification accuracy; none of them is in `texts.py`.

Written for this project. For each language of `texts.SENTENCES`: six short texts (3-8 words, or
a short phrase in scripts written without spaces) and four paragraphs (60-200 words, some with a
line break). They are deliberately NOT filtered by any model, so they measure it: expect short
texts in closely related languages (nb/da, ms/id, hr/sr, af/nl) to be misread.

The tail holds a few texts in languages lid.176 has no label for (zu, xh, ha, ig, ti), so the
"undetectable" path can be measured too.
"""

EVAL: tuple[tuple[str, str], ...] = (
    # en
    ("en", "Where is the nearest bus stop?"),
    ("en", "It looks like rain again today."),
    ("en", "Two coffees and a croissant, please."),
    ("en", "The meeting starts at nine sharp."),
    ("en", "My keys are on the kitchen table."),
    ("en", "We are out of milk and eggs."),
    (
        "en",
        "Last Saturday we finally cleaned out the garage. It took the whole day, because every box seemed to hold something that someone wanted to keep. My father found his old record player, and my sister found a stack of letters from her first pen friend in Canada. In the end we filled two bags for the charity shop and one for the recycling centre, and we ordered pizza because nobody had the energy to cook.",
    ),
    (
        "en",
        "The town's weekly market has changed a lot in the past ten years. There are still stalls selling fruit, vegetables and cheese, but now you can also buy fresh noodles, spicy sauces and handmade soap.\nMost traders say that business is good in summer and slow in winter, when the wind blows straight down the high street. The council hopes that a new roof over the square will help keep customers coming all year round.",
    ),
    (
        "en",
        "My first week at the new school was harder than I expected. The building was enormous, and on the first day I walked into the wrong classroom twice. Luckily a girl in my year showed me where the library and the canteen were, and we ended up sitting together at lunch. By Friday I knew most of my teachers' names, I had joined the chess club, and I was no longer afraid of getting lost.",
    ),
    (
        "en",
        "The storm arrived earlier than the forecasters had predicted. By late afternoon the wind was strong enough to knock over garden fences, and the ferry to the island was cancelled. Several villages lost power for a few hours, and volunteers went from house to house checking on older residents. The next morning the sky was clear again, but the beach was covered with seaweed, branches and pieces of broken boats.",
    ),
    # es
    ("es", "¿Dónde está la estación de tren?"),
    ("es", "Hoy hace un frío terrible."),
    ("es", "Dos cafés con leche, por favor."),
    ("es", "Mañana no hay clase."),
    ("es", "Me duele mucho la cabeza."),
    ("es", "Llegamos tarde otra vez."),
    (
        "es",
        "El sábado pasado fuimos al pueblo de mis abuelos para celebrar las fiestas. Por la mañana hubo una procesión por las calles principales y por la tarde los niños jugaron en la plaza mientras los mayores charlaban a la sombra. Por la noche cenamos todos juntos en una mesa larga en el patio, y mi tío, como cada año, contó las mismas historias de cuando era joven. Volvimos a casa cansados pero muy contentos.",
    ),
    (
        "es",
        "La ciudad ha inaugurado un nuevo carril bici que une el centro con la universidad. Muchos estudiantes ya lo usan a diario, y los comerciantes de la zona dicen que ahora pasa más gente por delante de sus tiendas.\nSin embargo, algunos vecinos se quejan de que se han eliminado demasiadas plazas de aparcamiento. El ayuntamiento asegura que revisará el proyecto dentro de seis meses para ver si hace falta cambiar algo.",
    ),
    (
        "es",
        "Mi primer trabajo fue en una pequeña librería del barrio. El dueño era un señor mayor que conocía a todos los clientes por su nombre y sabía qué libro recomendar a cada uno. Yo me encargaba de ordenar las estanterías, envolver los regalos y atender el teléfono. Ganaba muy poco dinero, pero aprendí muchísimo sobre la gente y descubrí autores que todavía hoy son mis favoritos.",
    ),
    (
        "es",
        "Este invierno está siendo uno de los más secos de los últimos años. En muchas zonas del sur apenas ha llovido desde octubre y los embalses están a menos de la mitad de su capacidad. Los agricultores temen que la cosecha de aceitunas sea peor de lo habitual, y algunos municipios ya han empezado a pedir a los vecinos que ahorren agua en casa y no rieguen los jardines.",
    ),
    # fr
    ("fr", "Où est la pharmacie la plus proche ?"),
    ("fr", "Il fait vraiment froid ce matin."),
    ("fr", "Un café et l'addition, s'il vous plaît."),
    ("fr", "Nous partons demain matin."),
    ("fr", "Je n'ai pas bien dormi."),
    ("fr", "Le magasin est déjà fermé."),
    (
        "fr",
        "Dimanche dernier, nous sommes allés pique-niquer au bord du lac avec des amis. Le soleil était au rendez-vous, et chacun avait apporté quelque chose : une quiche, des salades, du pain frais et un grand gâteau au chocolat. Après le repas, les enfants se sont baignés pendant que les adultes faisaient une partie de pétanque. Nous sommes rentrés à la tombée de la nuit, fatigués mais ravis de cette belle journée.",
    ),
    (
        "fr",
        "Depuis la rentrée, la cantine de l'école propose un repas végétarien deux fois par semaine. Certains parents étaient sceptiques au début, mais les enfants semblent plutôt apprécier les nouveaux plats.\nLa directrice explique que l'objectif est de servir davantage de produits locaux et de réduire le gaspillage. Une réunion est prévue le mois prochain pour faire le point avec les familles et les cuisiniers.",
    ),
    (
        "fr",
        "Quand j'étais petite, je passais toutes mes vacances d'été chez mes grands-parents à la campagne. Le matin, j'aidais ma grand-mère à ramasser les œufs et à arroser le potager. L'après-midi, je partais à vélo avec les enfants du village pour explorer les chemins et les bois. Le soir, on mangeait dehors sous le tilleul, et mon grand-père nous apprenait le nom des étoiles.",
    ),
    (
        "fr",
        "Les habitants du quartier se mobilisent pour sauver la petite salle de cinéma de la rue principale. Ouverte depuis plus de soixante ans, elle risque de fermer faute de spectateurs. Une association a lancé une collecte de fonds et organise chaque vendredi une projection suivie d'un débat. Le succès est au rendez-vous : la semaine dernière, toutes les places étaient vendues une heure avant le début du film.",
    ),
    # de
    ("de", "Wo ist hier die nächste Apotheke?"),
    ("de", "Heute ist es ziemlich kalt draußen."),
    ("de", "Zwei Kaffee und ein Stück Kuchen, bitte."),
    ("de", "Der Zug fährt gleich ab."),
    ("de", "Ich habe meinen Schlüssel verloren."),
    ("de", "Wir treffen uns morgen früh."),
    (
        "de",
        "Letzten Sommer haben wir zum ersten Mal Urlaub auf einem Bauernhof gemacht. Die Kinder durften jeden Morgen beim Füttern der Kühe und Hühner helfen, und abends gab es frische Milch und selbstgebackenes Brot. Einmal hat es zwei Tage lang nur geregnet, aber dann haben wir im Heu gespielt und Brettspiele gemacht. Am Ende wollte niemand nach Hause fahren, und wir haben schon für nächstes Jahr gebucht.",
    ),
    (
        "de",
        "In unserer Stadt wird seit Monaten darüber gestritten, ob die Innenstadt autofrei werden soll. Die Geschäftsleute befürchten, dass weniger Kunden kommen, wenn man nicht mehr direkt vor dem Laden parken kann.\nViele Anwohner freuen sich dagegen auf weniger Lärm und mehr Platz für Fahrräder und Cafés. Der Stadtrat will im Herbst eine Bürgerbefragung durchführen, bevor eine endgültige Entscheidung getroffen wird.",
    ),
    (
        "de",
        "Meine Großmutter ist letzte Woche neunzig Jahre alt geworden. Zur Feier kam die ganze Familie zusammen, sogar mein Onkel aus Kanada, den wir seit Jahren nicht gesehen hatten. Wir haben im Garten gegessen, alte Fotos angeschaut und viel gelacht. Oma hat erzählt, wie sie nach dem Krieg als junge Frau in einer Bäckerei gearbeitet hat, und niemand wollte sie unterbrechen, weil ihre Geschichten so spannend waren.",
    ),
    (
        "de",
        "Der Winter kam in diesem Jahr früher als erwartet. Schon Ende Oktober lag in den Bergen der erste Schnee, und auf vielen Straßen kam es zu Unfällen, weil die Autos noch Sommerreifen hatten. Die Skigebiete freuen sich über den frühen Saisonstart, aber die Landwirte sind besorgt, weil ein Teil der Ernte noch auf den Feldern stand. Die Wetterdienste erwarten für die nächsten Tage weiteren Frost.",
    ),
    # pt
    ("pt", "Onde fica a farmácia mais próxima?"),
    ("pt", "Hoje está muito frio lá fora."),
    ("pt", "Um pão de queijo, por favor."),
    ("pt", "Amanhã não há aulas."),
    ("pt", "Estou com muita fome agora."),
    ("pt", "O autocarro já passou."),
    (
        "pt",
        "No fim de semana passado fomos visitar os meus tios numa aldeia do interior. A viagem foi longa, mas a paisagem era lindíssima, com montes verdes e pequenas vilas de pedra. A minha tia preparou um almoço enorme, com sopa, arroz de pato e três sobremesas diferentes. À tarde demos um passeio até ao rio, e à noite ficámos a conversar à lareira até muito tarde, porque ninguém tinha pressa de ir dormir.",
    ),
    (
        "pt",
        "A câmara municipal anunciou um novo plano para melhorar os transportes públicos na cidade. A partir de setembro, haverá mais autocarros nas horas de ponta e algumas linhas vão funcionar também durante a noite.\nOs estudantes e os trabalhadores por turnos receberam a notícia com entusiasmo. No entanto, alguns moradores dos bairros periféricos dizem que continuam esquecidos e pedem ligações diretas ao hospital central.",
    ),
    (
        "pt",
        "Quando eu era criança, passava as férias de verão na casa da praia dos meus avós. Todas as manhãs o meu avô ia comprar peixe fresco aos pescadores, e eu ia com ele, carregando o balde. Depois passávamos o dia na areia, a construir castelos e a apanhar conchas. À noite comíamos sardinhas assadas no quintal e ouvíamos as histórias da minha avó sobre o tempo em que ela era jovem.",
    ),
    (
        "pt",
        "A chuva forte que caiu durante toda a semana provocou inundações em várias zonas do país. Muitas estradas ficaram cortadas e algumas escolas tiveram de fechar as portas por precaução. Os bombeiros trabalharam dia e noite para retirar a água das casas e ajudar as famílias afetadas. Segundo os meteorologistas, o tempo deverá melhorar a partir de domingo, com céu limpo e temperaturas mais altas.",
    ),
    # it
    ("it", "Dov'è la fermata dell'autobus?"),
    ("it", "Oggi fa un caldo incredibile."),
    ("it", "Un caffè e un cornetto, per favore."),
    ("it", "Ci vediamo domani sera."),
    ("it", "Non ho dormito per niente."),
    ("it", "Il negozio è già chiuso."),
    (
        "it",
        "Domenica scorsa siamo andati a fare una gita in campagna con alcuni amici. Abbiamo lasciato la macchina vicino a un vecchio mulino e abbiamo camminato per più di due ore tra vigneti e uliveti. A pranzo ci siamo fermati in una trattoria dove servivano la pasta fatta in casa e un vino rosso della zona. Nel pomeriggio i bambini hanno giocato nel prato mentre noi grandi chiacchieravamo all'ombra degli alberi.",
    ),
    (
        "it",
        "Il comune ha presentato un progetto per trasformare l'ex fabbrica di tessuti in un centro culturale. Al suo interno ci saranno una biblioteca, una sala concerti e alcuni laboratori per i giovani artisti.\nMolti cittadini sono entusiasti, ma altri temono che i costi siano troppo alti per le casse comunali. I lavori dovrebbero cominciare il prossimo anno e durare almeno diciotto mesi.",
    ),
    (
        "it",
        "Quando ero piccola passavo tutte le estati a casa dei nonni in un paesino di montagna. La mattina aiutavo la nonna a raccogliere le verdure nell'orto, e il pomeriggio andavo al fiume con i ragazzi del paese. La sera si cenava tutti insieme sotto il pergolato, e il nonno raccontava storie di quando lavorava nei boschi. Sono ricordi che porto ancora nel cuore.",
    ),
    (
        "it",
        "Il maltempo ha colpito duramente diverse regioni del centro e del sud durante il fine settimana. Forti piogge e vento hanno causato frane e allagamenti, e in alcune zone le scuole sono rimaste chiuse per due giorni. I vigili del fuoco sono intervenuti centinaia di volte per liberare strade e cantine. Secondo gli esperti, il tempo dovrebbe migliorare gradualmente a partire da mercoledì.",
    ),
    # nl
    ("nl", "Waar is het dichtstbijzijnde station?"),
    ("nl", "Het is vandaag erg koud buiten."),
    ("nl", "Twee koffie met appeltaart, alstublieft."),
    ("nl", "We zien elkaar morgen."),
    ("nl", "Ik ben mijn sleutels kwijt."),
    ("nl", "De winkel is al dicht."),
    (
        "nl",
        "Vorig weekend zijn we met het hele gezin naar het strand in Zeeland geweest. Het was nog vroeg in het voorjaar, dus het water was veel te koud om te zwemmen, maar de kinderen hebben urenlang schelpen gezocht en zandkastelen gebouwd. Tussen de middag aten we patat met mayonaise in een strandtent. Op de terugweg stonden we lang in de file, maar dat maakte niemand iets uit.",
    ),
    (
        "nl",
        "De gemeente heeft besloten om in het centrum meer ruimte te maken voor fietsers en voetgangers. Een aantal straten wordt volgend jaar autovrij, en er komen extra fietsenstallingen bij het station.\nWinkeliers zijn verdeeld: sommigen verwachten meer klanten, anderen zijn bang dat mensen juist wegblijven. Op een drukbezochte informatieavond in het buurthuis konden bewoners hun vragen stellen aan de wethouder.",
    ),
    (
        "nl",
        "Toen ik klein was, woonden mijn grootouders op een boerderij vlak bij de rivier. In de zomervakantie logeerde ik daar vaak een paar weken. Ik hielp opa met het voeren van de koeien en oma met het plukken van bonen in de moestuin. 's Avonds zaten we buiten op het bankje en keken we naar de boten die voorbij voeren. Ik denk daar nog vaak met plezier aan terug.",
    ),
    (
        "nl",
        "Het KNMI heeft voor morgen code oranje afgegeven vanwege zware windstoten in het noorden van het land. Er wordt gewaarschuwd voor omwaaiende bomen en loszittende dakpannen, en de veerdiensten naar de Waddeneilanden zijn voorlopig uit de vaart genomen. Reizigers wordt aangeraden om alleen de weg op te gaan als het echt nodig is. Naar verwachting neemt de wind in de loop van de avond weer af.",
    ),
    # ca
    ("ca", "On és l'estació de tren més propera?"),
    ("ca", "Avui fa un fred que pela."),
    ("ca", "Un tallat i un croissant, si us plau."),
    ("ca", "Ens veiem demà al vespre."),
    ("ca", "No he dormit gens aquesta nit."),
    ("ca", "La botiga ja és tancada."),
    (
        "ca",
        "El cap de setmana passat vam anar d'excursió a la muntanya amb uns amics. Vam sortir molt d'hora, quan encara era fosc, i vam arribar al cim just a l'hora d'esmorzar. Des de dalt es veia tota la vall i, al fons, el mar. A la baixada ens vam aturar en un poble petit on vam menjar escudella i botifarra amb mongetes. Vam tornar a casa cansats però molt contents.",
    ),
    (
        "ca",
        "L'ajuntament ha presentat un pla per convertir l'antiga fàbrica tèxtil del barri en un centre cívic. Hi haurà una biblioteca, sales d'assaig per a grups de música i un espai per a la gent gran.\nMolts veïns fa anys que reclamaven un equipament com aquest, però alguns es queixen que les obres trigaran massa. Segons el regidor, el centre podria obrir les portes d'aquí a dos anys.",
    ),
    (
        "ca",
        "Quan era petit passava els estius a casa dels avis, en un poble de la costa. Cada matí acompanyava l'avi al port a veure com arribaven les barques dels pescadors. A la tarda anàvem a la platja amb els cosins i fèiem castells de sorra fins que el sol es ponia. A la nit sopàvem a la fresca i l'àvia ens explicava històries de quan ella era jove.",
    ),
    (
        "ca",
        "La sequera d'aquest any està afectant greument els pagesos de tot el país. En moltes comarques no ha plogut com cal des de la tardor i els embassaments són gairebé buits. El govern ha aprovat noves restriccions: no es podran regar els jardins ni omplir les piscines privades. Els experts demanen als ciutadans que estalviïn aigua a casa i que vigilin les fuites.",
    ),
    # sv
    ("sv", "Var ligger närmaste apotek?"),
    ("sv", "Det är väldigt kallt ute idag."),
    ("sv", "En kaffe och en kanelbulle, tack."),
    ("sv", "Vi ses i morgon bitti."),
    ("sv", "Jag har tappat bort mina nycklar."),
    ("sv", "Affären har redan stängt."),
    (
        "sv",
        "I lördags var vi på loppis i församlingshemmet och hittade en massa fina saker. Min dotter köpte en gammal kamera för tjugo kronor, och jag hittade en stor kastrull som ser ut att vara helt oanvänd. Efteråt fikade vi i kaféet bredvid kyrkan, där pensionärerna sålde hembakade kakor och saft. Det var så mysigt att vi bestämde oss för att gå dit igen nästa månad.",
    ),
    (
        "sv",
        "Kommunen har beslutat att lägga ner den lilla skolan i byn efter sommarlovet. Föräldrarna är upprörda och menar att barnen kommer att få alldeles för långa bussresor varje dag.\nPolitikerna säger att det inte finns tillräckligt många elever för att skolan ska kunna drivas vidare. Ett protestmöte hölls i bygdegården i tisdags, och nästan hela byn kom dit för att visa sitt stöd.",
    ),
    (
        "sv",
        "När jag var liten tillbringade jag somrarna hos farmor och farfar på landet. Vi plockade blåbär i skogen, fiskade abborre från bryggan och badade i sjön tills läpparna blev blå. På kvällarna spelade farfar dragspel på verandan medan farmor lagade pannkakor. Jag minns fortfarande doften av nyklippt gräs och ljudet av regn på plåttaket. Farmor sparade alltid en del av sommaren i form av sylt och saft i den svala källaren.",
    ),
    (
        "sv",
        "Det kraftiga ovädret som drog in över västkusten i natt orsakade stora problem i trafiken. Flera vägar stängdes av på grund av nedfallna träd, och tågtrafiken mellan Göteborg och Oslo ställdes in under morgonen. Tusentals hushåll var utan ström i flera timmar. Enligt SMHI ska vinden mojna under eftermiddagen, men det väntas fortsatt regn resten av veckan. Resenärer uppmanas att kontrollera sina avgångar innan de åker hemifrån.",
    ),
    # da
    ("da", "Hvor ligger det nærmeste apotek?"),
    ("da", "Det er rigtig koldt i dag."),
    ("da", "En kop kaffe og et wienerbrød, tak."),
    ("da", "Vi ses i morgen tidlig."),
    ("da", "Jeg har mistet mine nøgler."),
    ("da", "Butikken er allerede lukket."),
    (
        "da",
        "I lørdags var vi på loppemarked i den gamle skole og fandt en masse sjove ting. Min søn købte en brugt skateboard for halvtreds kroner, og jeg fandt en fin lampe, som nu står i stuen. Bagefter drak vi kaffe og spiste kage i den lille café ved kirken, hvor der altid er hyggeligt. Vi har allerede aftalt, at vi tager derhen igen til foråret.",
    ),
    (
        "da",
        "Kommunalbestyrelsen har besluttet at lukke den lille skole i landsbyen efter sommerferien. Forældrene er utilfredse og mener, at børnene får alt for lang transporttid hver dag.\nPolitikerne siger, at der simpelthen ikke er elever nok til at holde skolen åben. Der blev holdt et borgermøde i forsamlingshuset i tirsdags, og næsten hele byen mødte op for at protestere. Sagen skal behandles igen på næste byrådsmøde i september.",
    ),
    (
        "da",
        "Da jeg var barn, tilbragte jeg mine sommerferier hos mine bedsteforældre på en gård i Sønderjylland. Vi hentede æg i hønsehuset om morgenen og cyklede til stranden om eftermiddagen. Om aftenen sad vi i haven og spiste jordbær med fløde, mens morfar fortalte historier fra dengang, han var ung. Jeg savner stadig de lange, lyse sommeraftener. Mormor lavede altid rabarbergrød, når det regnede for meget til at gå ud.",
    ),
    (
        "da",
        "Stormen, der ramte Vestjylland i nat, har væltet træer og revet tage af flere huse. Mange veje er spærret, og færgerne mellem Hirtshals og Norge er aflyst indtil videre. Omkring tyve tusind husstande har været uden strøm siden midnat. Ifølge DMI aftager vinden i løbet af eftermiddagen, men der er stadig risiko for oversvømmelser langs kysten. Beboerne opfordres til at blive indendørs og holde sig væk fra havnene.",
    ),
    # nb
    ("nb", "Hvor er nærmeste apotek?"),
    ("nb", "Det er veldig kaldt ute i dag."),
    ("nb", "En kaffe og en bolle, takk."),
    ("nb", "Vi sees i morgen tidlig."),
    ("nb", "Jeg har mistet nøklene mine."),
    ("nb", "Butikken har allerede stengt."),
    (
        "nb",
        "På lørdag var vi på loppemarked på skolen og fant mye rart. Sønnen min kjøpte en gammel gitar for hundre kroner, og jeg fant en stor kasserolle som nesten ikke var brukt. Etterpå spiste vi vafler og drakk kaffe i kafeteriaen, der foreldrene i korpset solgte kaker for å samle inn penger til en tur. Vi ble enige om å komme tilbake neste år.",
    ),
    (
        "nb",
        "Kommunestyret har vedtatt å legge ned den lille skolen i bygda etter sommerferien. Foreldrene er opprørte og mener at barna får altfor lang reisevei hver dag.\nPolitikerne sier at det rett og slett ikke er nok elever til å drive skolen videre. Det ble holdt et folkemøte på grendehuset på tirsdag, og nesten hele bygda møtte opp for å vise at de er imot forslaget.",
    ),
    (
        "nb",
        "Da jeg var liten, tilbrakte jeg somrene hos besteforeldrene mine på en gård i Valdres. Vi hentet egg i hønsehuset om morgenen, gikk på fisketur til vannet og plukket multer på myra. Om kvelden satt vi på trappa og spiste rømmegrøt mens bestefar fortalte historier fra krigen. Jeg tenker fortsatt ofte på de lyse sommernettene der oppe i fjellet. Bestemor sa alltid at det var der oppe hun hørte hjemme.",
    ),
    (
        "nb",
        "Uværet som traff Vestlandet i natt har ført til store problemer på veiene. Flere fjelloverganger er stengt, og det har gått flere ras i Sogn og Fjordane. Tusenvis av husstander har vært uten strøm siden midnatt. Meteorologene venter at vinden skal løye i løpet av ettermiddagen, men de advarer mot mer nedbør og fare for flom utover i uka. Folk blir bedt om å holde seg innendørs og følge med på varslene fra politiet.",
    ),
    # fi
    ("fi", "Missä on lähin apteekki?"),
    ("fi", "Tänään on todella kylmä."),
    ("fi", "Yksi kahvi ja pulla, kiitos."),
    ("fi", "Nähdään huomenna aamulla."),
    ("fi", "Olen hukannut avaimeni."),
    ("fi", "Kauppa on jo kiinni."),
    (
        "fi",
        "Lauantaina kävimme kirpputorilla koulun liikuntasalissa ja löysimme paljon kaikenlaista. Poikani osti vanhan kameran viidellä eurolla, ja minä löysin ison kattilan, joka näytti aivan käyttämättömältä. Sen jälkeen joimme kahvit ja söimme pullaa kahviossa, jossa vanhempainyhdistys keräsi rahaa luokkaretkeä varten. Päätimme mennä sinne uudestaan ensi kuussa. Kirpputorilla on aina mukava tunnelma, ja sieltä voi löytää todellisia aarteita hyvin edullisesti. Ensi kerralla aion viedä sinne myös omia vanhoja vaatteitani myyntiin.",
    ),
    (
        "fi",
        "Kunnanvaltuusto on päättänyt lakkauttaa kylän pienen koulun kesäloman jälkeen. Vanhemmat ovat järkyttyneitä ja sanovat, että lasten koulumatkat pitenevät kohtuuttomasti.\nPäättäjien mukaan oppilaita ei yksinkertaisesti ole tarpeeksi koulun ylläpitämiseen. Kylätalolla pidettiin tiistaina yleisötilaisuus, johon saapui lähes koko kylä vastustamaan suunnitelmaa. Vanhempainyhdistys aikoo kerätä nimiä adressiin ja viedä sen kunnantalolle ensi viikolla. Monet pelkäävät, että koulun sulkeminen saa nuoret perheet muuttamaan pois kylästä, eikä uusia asukkaita enää tule.",
    ),
    (
        "fi",
        "Kun olin pieni, vietin kesät isovanhempieni luona maalla Savossa. Aamuisin haimme maitoa naapuritalosta, ja päivisin uimme järvessä ja kalastimme laiturilta. Illalla lämmitimme saunan, ja sen jälkeen isoisä kertoi tarinoita nuoruudestaan, kun hän oli ollut uittotöissä. Muistan yhä sen hiljaisuuden, kun järvi oli aivan tyyni ja aurinko paistoi vielä keskiyöllä. Isoäiti leipoi meille mustikkapiirakkaa aina, kun palasimme metsästä täysien ämpärien kanssa, ja söimme sen lämpimänä vaniljakastikkeen kera.",
    ),
    (
        "fi",
        "Yöllä rannikolle iskenyt myrsky aiheutti laajoja sähkökatkoja eri puolilla Länsi-Suomea. Kaatuneita puita oli teillä ja radoilla, ja useita junavuoroja jouduttiin perumaan aamulla. Yli kymmenentuhatta taloutta oli ilman sähköä vielä aamupäivällä. Ilmatieteen laitoksen mukaan tuuli heikkenee iltapäivällä, mutta sateet jatkuvat koko loppuviikon ajan. Sähköyhtiöt kertovat, että korjaustyöt voivat kestää joillakin alueilla useita päiviä. Asukkaita pyydetään varautumaan pitkiin katkoihin ja tarkistamaan, että kotona on taskulamppu, vettä ja ruokaa.",
    ),
    # pl
    ("pl", "Gdzie jest najbliższa apteka?"),
    ("pl", "Dzisiaj jest strasznie zimno."),
    ("pl", "Poproszę kawę i pączka."),
    ("pl", "Do zobaczenia jutro rano."),
    ("pl", "Zgubiłem klucze do mieszkania."),
    ("pl", "Sklep jest już zamknięty."),
    (
        "pl",
        "W sobotę byliśmy na pchlim targu w starej hali i znaleźliśmy mnóstwo ciekawych rzeczy. Mój syn kupił za dziesięć złotych stary aparat fotograficzny, a ja znalazłam duży garnek, który wyglądał na zupełnie nieużywany. Potem poszliśmy na kawę i sernik do małej kawiarni obok kościoła. Postanowiliśmy, że w przyszłym miesiącu na pewno tam wrócimy. Na takich targach zawsze można trafić na prawdziwe skarby za grosze.",
    ),
    (
        "pl",
        "Rada gminy zdecydowała o zamknięciu małej szkoły we wsi po wakacjach. Rodzice są oburzeni i twierdzą, że dzieci będą musiały codziennie dojeżdżać bardzo daleko.\nWładze tłumaczą, że uczniów jest po prostu za mało, by utrzymać placówkę. We wtorek w remizie odbyło się zebranie, na które przyszła prawie cała wieś, żeby wyrazić swój sprzeciw. Rodzice zapowiadają, że jeśli decyzja się nie zmieni, złożą skargę do wojewody.",
    ),
    (
        "pl",
        "Kiedy byłam mała, spędzałam wakacje u dziadków na wsi pod Lublinem. Rano pomagałam babci zbierać jajka i podlewać ogródek, a po południu biegałam z kolegami nad rzekę. Wieczorem jedliśmy kolację na ganku, a dziadek opowiadał historie z czasów swojej młodości. Do dziś pamiętam zapach świeżego siana i smak babcinych pierogów z jagodami. Babcia zawsze mówiła, że najlepsze wakacje to takie, na których nie patrzy się na zegarek.",
    ),
    (
        "pl",
        "Nawałnica, która przeszła w nocy nad północną Polską, spowodowała ogromne zniszczenia. Połamane drzewa zablokowały wiele dróg, a kilka pociągów utknęło na trasie. Bez prądu pozostaje ponad sto tysięcy odbiorców. Strażacy interweniowali kilkaset razy. Według synoptyków pogoda ma się poprawić dopiero w czwartek, a do tego czasu możliwe są kolejne burze. Mieszkańcy proszeni są o unikanie lasów i parków oraz o śledzenie komunikatów służb.",
    ),
    # cs
    ("cs", "Kde je nejbližší lékárna?"),
    ("cs", "Dneska je venku strašná zima."),
    ("cs", "Jedno kafe a koláč, prosím."),
    ("cs", "Uvidíme se zítra ráno."),
    ("cs", "Ztratil jsem klíče od bytu."),
    ("cs", "Obchod už je zavřený."),
    (
        "cs",
        "V sobotu jsme byli na bleším trhu v sokolovně a našli jsme spoustu zajímavých věcí. Syn si koupil za padesát korun starý fotoaparát a já jsem našla velký hrnec, který vypadal úplně nepoužitý. Potom jsme si dali kávu a koláč v kavárně u kostela, kde místní důchodci prodávali domácí buchty. Domluvili jsme se, že tam příští měsíc půjdeme znovu. Na takovém trhu se dají za pár korun najít opravdové poklady.",
    ),
    (
        "cs",
        "Zastupitelstvo obce rozhodlo, že malou vesnickou školu po prázdninách zavře. Rodiče jsou rozhořčení a tvrdí, že děti budou muset každý den dojíždět příliš daleko.\nStarosta vysvětluje, že žáků je zkrátka málo na to, aby se škola dala udržet. V úterý se v kulturním domě konala veřejná schůze, na kterou přišla skoro celá vesnice. Rodiče teď sbírají podpisy pod petici a chtějí ji předat na krajském úřadě.",
    ),
    (
        "cs",
        "Když jsem byla malá, trávila jsem prázdniny u babičky a dědy na jižní Moravě. Ráno jsem pomáhala sbírat vajíčka a zalévat zahrádku, odpoledne jsme s kamarády chodili k rybníku. Večer jsme sedávali na zápraží a děda vyprávěl historky z doby, kdy byl mladý. Dodnes si pamatuju vůni čerstvého sena a babiččiny povidlové koláče. Babička vždycky říkala, že nejlepší prázdniny jsou ty, kdy se člověk nedívá na hodinky.",
    ),
    (
        "cs",
        "Silná bouřka, která se v noci přehnala přes Českou republiku, způsobila rozsáhlé škody. Popadané stromy zablokovaly řadu silnic a několik vlakových spojů muselo být zrušeno. Bez elektřiny zůstalo přes padesát tisíc domácností. Hasiči vyjížděli k několika stovkám zásahů. Podle meteorologů se počasí uklidní až ve čtvrtek. Lidé by se podle hasičů měli vyhnout lesům a parkům, protože stále hrozí pád poškozených stromů. Silničáři zároveň upozorňují na bláto a větve na mnoha okresních silnicích.",
    ),
    # hu
    ("hu", "Hol van a legközelebbi gyógyszertár?"),
    ("hu", "Ma nagyon hideg van odakint."),
    ("hu", "Egy kávét és egy kiflit kérek."),
    ("hu", "Holnap reggel találkozunk."),
    ("hu", "Elvesztettem a kulcsaimat."),
    ("hu", "A bolt már bezárt."),
    (
        "hu",
        "Szombaton elmentünk a bolhapiacra a régi iskola tornatermébe, és rengeteg érdekes dolgot találtunk. A fiam vett egy régi fényképezőgépet ötszáz forintért, én pedig találtam egy nagy lábast, ami szinte teljesen újnak tűnt. Utána megittunk egy kávét a templom melletti kis cukrászdában, ahol isteni krémest árultak. Megbeszéltük, hogy jövő hónapban újra elmegyünk. Az ilyen vásárokon mindig lehet igazi kincsekre bukkanni, ráadásul egészen olcsón.",
    ),
    (
        "hu",
        "A képviselő-testület úgy döntött, hogy a nyári szünet után bezárják a falu kis iskoláját. A szülők felháborodtak, szerintük a gyerekeknek túl messzire kell majd utazniuk minden nap.\nA polgármester azt mondja, egyszerűen nincs elég diák ahhoz, hogy az iskolát fenn lehessen tartani. Kedden lakossági fórumot tartottak a művelődési házban, ahol szinte az egész falu megjelent. A szülők aláírásokat gyűjtenek, és a petíciót a megyei hivatalba akarják vinni.",
    ),
    (
        "hu",
        "Gyerekkoromban minden nyarat a nagyszüleimnél töltöttem egy kis faluban az Alföldön. Reggelente segítettem a nagymamámnak tojást szedni és locsolni a kertet, délután pedig a barátaimmal a folyóhoz mentünk fürödni. Este a verandán vacsoráztunk, és a nagyapám fiatalkori történeteket mesélt. Még ma is emlékszem a frissen sült kenyér illatára. A nagymamám mindig azt mondta, hogy a legjobb nyár az, amikor az ember nem nézi az órát. Azóta is minden évben visszajárok abba a faluba.",
    ),
    (
        "hu",
        "Az éjszaka átvonuló vihar komoly károkat okozott az ország nyugati részén. Kidőlt fák zártak le több utat, és számos vonat késett vagy elmaradt. Több tízezer háztartás maradt áram nélkül. A tűzoltók több száz alkalommal vonultak ki. A meteorológusok szerint az időjárás csütörtöktől javul, addig azonban további zivatarok várhatók. A katasztrófavédelem arra kéri a lakosságot, hogy kerüljék az erdőket és a parkokat, mert még mindig veszélyesek lehetnek a megrongálódott fák.",
    ),
    # ro
    ("ro", "Unde este cea mai apropiată farmacie?"),
    ("ro", "Astăzi este foarte frig afară."),
    ("ro", "O cafea și un corn, vă rog."),
    ("ro", "Ne vedem mâine dimineață."),
    ("ro", "Mi-am pierdut cheile de la casă."),
    ("ro", "Magazinul s-a închis deja."),
    (
        "ro",
        "Sâmbătă am fost la un târg de vechituri în curtea școlii și am găsit o mulțime de lucruri interesante. Fiul meu și-a cumpărat un aparat de fotografiat vechi cu zece lei, iar eu am găsit o oală mare care părea aproape nouă. După aceea am băut o cafea și am mâncat papanași la o cofetărie de lângă biserică. Ne-am hotărât să mergem din nou luna viitoare.",
    ),
    (
        "ro",
        "Consiliul local a decis să închidă școala mică din sat după vacanța de vară. Părinții sunt nemulțumiți și spun că elevii vor trebui să facă naveta zilnic pe drumuri proaste.\nPrimarul susține că pur și simplu nu mai sunt destui copii pentru ca școala să funcționeze. Marți a avut loc o întâlnire la căminul cultural, unde a venit aproape tot satul.",
    ),
    (
        "ro",
        "Când eram mică, îmi petreceam vacanțele de vară la bunici, într-un sat din Maramureș. Dimineața o ajutam pe bunica să adune ouăle și să ude grădina, iar după-amiaza mergeam cu copiii din vecini la râu. Seara mâncam pe prispă, iar bunicul ne povestea întâmplări din tinerețea lui. Și acum îmi amintesc mirosul de fân proaspăt și gustul plăcintelor cu brânză.",
    ),
    (
        "ro",
        "Furtuna care a lovit vestul țării în cursul nopții a provocat pagube importante. Copacii doborâți de vânt au blocat mai multe drumuri, iar câteva trenuri au avut întârzieri de ore întregi. Zeci de mii de gospodării au rămas fără curent electric. Pompierii au intervenit de sute de ori. Meteorologii anunță că vremea se va îmbunătăți abia de joi. Autoritățile le recomandă oamenilor să evite zonele împădurite.",
    ),
    # lt
    ("lt", "Kur yra artimiausia vaistinė?"),
    ("lt", "Šiandien lauke labai šalta."),
    ("lt", "Prašom vieną kavą ir bandelę."),
    ("lt", "Pasimatysime rytoj ryte."),
    ("lt", "Pamečiau buto raktus."),
    ("lt", "Parduotuvė jau uždaryta."),
    (
        "lt",
        "Šeštadienį buvome sendaikčių turguje senosios mokyklos kieme ir radome daug įdomių daiktų. Sūnus už penkis eurus nusipirko seną fotoaparatą, o aš radau didelį puodą, kuris atrodė visiškai naujas. Paskui užsukome į kavinukę prie bažnyčios, kur išgėrėme kavos ir suvalgėme po gabalėlį obuolių pyrago. Nusprendėme ten sugrįžti kitą mėnesį. Tokiuose turguose visada galima rasti tikrų lobių už visai nedidelę kainą, todėl ten mielai vaikštome visa šeima.",
    ),
    (
        "lt",
        "Savivaldybės taryba nusprendė po vasaros atostogų uždaryti mažą kaimo mokyklą. Tėvai piktinasi ir sako, kad vaikams teks kasdien važinėti labai toli.\nMeras aiškina, kad mokinių tiesiog per mažai, jog mokykla galėtų toliau veikti. Antradienį kultūros namuose vyko susirinkimas, į kurį atėjo beveik visas kaimas. Tėvai dabar renka parašus po peticija ir žada ją įteikti ministerijai. Jie bijo, kad uždarius mokyklą jaunos šeimos išsikels į miestą ir kaimas ištuštės.",
    ),
    (
        "lt",
        "Kai buvau maža, vasaras leisdavau pas senelius kaime netoli Anykščių. Rytais padėdavau močiutei rinkti kiaušinius ir laistyti daržą, o po pietų su kaimo vaikais bėgdavome prie upės maudytis. Vakarais valgydavome kieme, o senelis pasakodavo istorijas iš savo jaunystės. Iki šiol prisimenu šviežio šieno kvapą ir močiutės blynų skonį. Močiutė visada sakydavo, kad geriausios atostogos yra tos, kai nežiūri į laikrodį. Todėl kiekvieną vasarą vis dar stengiuosi bent savaitei ten sugrįžti.",
    ),
    (
        "lt",
        "Naktį per vakarų Lietuvą praūžusi audra padarė didelių nuostolių. Išvirtę medžiai užtvėrė daug kelių, o keli traukiniai vėlavo kelias valandas. Be elektros liko kelios dešimtys tūkstančių namų ūkių. Ugniagesiai į iškvietimus vyko šimtus kartų. Sinoptikų teigimu, orai pagerės tik ketvirtadienį, o iki tol gali būti daugiau liūčių. Gyventojai raginami vengti miškų ir parkų, nes pažeisti medžiai vis dar gali virsti. Kelininkai įspėja apie purvą ir šakas ant daugelio rajoninių kelių.",
    ),
    # sq
    ("sq", "Ku është farmacia më e afërt?"),
    ("sq", "Sot bën shumë ftohtë jashtë."),
    ("sq", "Një kafe dhe një kroasan, ju lutem."),
    ("sq", "Shihemi nesër në mëngjes."),
    ("sq", "I kam humbur çelësat e shtëpisë."),
    ("sq", "Dyqani është mbyllur tashmë."),
    (
        "sq",
        "Të shtunën shkuam në tregun e sendeve të vjetra dhe gjetëm shumë gjëra interesante. Djali im bleu një aparat fotografik të vjetër për pak lekë, ndërsa unë gjeta një tenxhere të madhe që dukej krejt e re. Pastaj pimë kafe dhe hëngrëm bakllava në një lokal të vogël pranë sheshit. Vendosëm që muajin e ardhshëm të shkojmë përsëri atje. Tregje të tilla gjithmonë fshehin ndonjë thesar të vogël.",
    ),
    (
        "sq",
        "Këshilli bashkiak vendosi të mbyllë shkollën e vogël të fshatit pas pushimeve verore. Prindërit janë të zemëruar dhe thonë se fëmijët do të duhet të udhëtojnë shumë larg çdo ditë.\nKryetari i bashkisë shpjegon se thjesht nuk ka mjaftueshëm nxënës për ta mbajtur shkollën hapur. Të martën u mbajt një takim në qendrën e fshatit, ku erdhi pothuajse i gjithë fshati.",
    ),
    (
        "sq",
        "Kur isha e vogël, i kaloja pushimet verore te gjyshërit në një fshat afër Korçës. Në mëngjes e ndihmoja gjyshen të mblidhte vezët dhe të ujiste kopshtin, ndërsa pasditeve shkonim me fëmijët e lagjes te lumi. Në mbrëmje hanim darkë në oborr dhe gjyshi na tregonte histori nga rinia e tij. Ende e kujtoj erën e bukës së sapopjekur. Gjyshja thoshte gjithmonë se vera më e mirë është ajo kur nuk e shikon orën.",
    ),
    (
        "sq",
        "Stuhia që goditi natën pjesën perëndimore të vendit shkaktoi dëme të mëdha. Pemët e rrëzuara bllokuan shumë rrugë dhe disa fshatra mbetën pa energji elektrike për orë të tëra. Zjarrfikësit ndërhynë qindra herë gjatë natës. Sipas meteorologëve, moti do të përmirësohet nga e enjtja, por deri atëherë pritet të bjerë edhe shi i dendur. Autoritetet u bëjnë thirrje qytetarëve të shmangin zonat pyjore dhe të ndjekin njoftimet zyrtare.",
    ),
    # hr
    ("hr", "Gdje je najbliža ljekarna?"),
    ("hr", "Danas je vani jako hladno."),
    ("hr", "Jednu kavu i kroasan, molim."),
    ("hr", "Vidimo se sutra ujutro."),
    ("hr", "Izgubio sam ključeve od stana."),
    ("hr", "Dućan je već zatvoren."),
    (
        "hr",
        "U subotu smo bili na buvljaku u staroj školskoj dvorani i pronašli smo mnogo zanimljivih stvari. Sin je za nekoliko eura kupio stari fotoaparat, a ja sam našla veliki lonac koji je izgledao potpuno nov. Poslije smo popili kavu i pojeli kolač u maloj slastičarnici pokraj crkve. Dogovorili smo se da ćemo idući mjesec ponovno otići tamo. Na takvim sajmovima uvijek se mogu pronaći pravi mali dragulji za sitne novce.",
    ),
    (
        "hr",
        "Općinsko vijeće odlučilo je zatvoriti malu seosku školu nakon ljetnih praznika. Roditelji su ogorčeni i tvrde da će djeca svaki dan morati putovati predaleko.\nNačelnik objašnjava da jednostavno nema dovoljno učenika da bi škola mogla nastaviti s radom. U utorak je u domu kulture održan sastanak na koji je došlo gotovo cijelo selo. Roditelji sada skupljaju potpise za peticiju koju žele predati ministarstvu.",
    ),
    (
        "hr",
        "Kad sam bila mala, ljetne praznike provodila sam kod bake i djeda u jednom selu u Slavoniji. Ujutro sam pomagala baki skupljati jaja i zalijevati vrt, a poslijepodne smo s djecom iz susjedstva išli na rijeku. Navečer smo večerali u dvorištu, a djed nam je pričao priče iz svoje mladosti. I danas se sjećam mirisa svježe pokošenog sijena. Baka je uvijek govorila da su najljepši praznici oni kad čovjek ne gleda na sat.",
    ),
    (
        "hr",
        "Nevrijeme koje je tijekom noći pogodilo zapadni dio zemlje prouzročilo je veliku štetu. Srušena stabla blokirala su brojne ceste, a nekoliko vlakova kasnilo je satima. Desetci tisuća kućanstava ostali su bez struje. Vatrogasci su intervenirali nekoliko stotina puta. Prema prognozi, vrijeme bi se trebalo popraviti tek u četvrtak. Građani se pozivaju da izbjegavaju šume i parkove jer oštećena stabla još uvijek mogu pasti. Cestari upozoravaju na blato i granje na mnogim lokalnim cestama.",
    ),
    # cy
    ("cy", "Ble mae'r fferyllfa agosaf?"),
    ("cy", "Mae hi'n oer iawn heddiw."),
    ("cy", "Paned o goffi a chacen, plis."),
    ("cy", "Wela i di bore fory."),
    ("cy", "Dw i wedi colli fy allweddi."),
    ("cy", "Mae'r siop wedi cau yn barod."),
    (
        "cy",
        "Ddydd Sadwrn diwethaf aethon ni i sêl cist car yn y pentref a dod o hyd i lawer o bethau diddorol. Prynodd fy mab hen gamera am ddwy bunt, a des i o hyd i sosban fawr a oedd bron yn newydd. Wedyn cawson ni baned a darn o gacen yn y caffi bach wrth ymyl y capel. Rydyn ni wedi penderfynu mynd yn ôl yno fis nesaf.",
    ),
    (
        "cy",
        "Mae'r cyngor wedi penderfynu cau ysgol fach y pentref ar ôl gwyliau'r haf. Mae'r rhieni'n flin iawn ac yn dweud y bydd rhaid i'r plant deithio'n rhy bell bob dydd.\nYn ôl y cynghorwyr, does dim digon o ddisgyblion i gadw'r ysgol ar agor. Cafodd cyfarfod cyhoeddus ei gynnal yn neuadd y pentref nos Fawrth, a daeth bron pawb yno i ddangos eu gwrthwynebiad.",
    ),
    (
        "cy",
        "Pan oeddwn i'n blentyn, roeddwn i'n treulio pob haf ar fferm fy nain a nhaid ym Mhen Llŷn. Yn y bore roeddwn i'n helpu i gasglu wyau a bwydo'r lloi, ac yn y prynhawn roedden ni'n mynd i lawr i'r traeth. Gyda'r nos roedd Taid yn adrodd straeon am yr hen ddyddiau wrth y tân. Dw i'n dal i gofio arogl y gwair newydd ei dorri.",
    ),
    (
        "cy",
        "Mae'r storm a darodd arfordir y gorllewin neithiwr wedi achosi difrod mawr. Cafodd sawl ffordd ei chau oherwydd coed wedi cwympo, ac roedd miloedd o gartrefi heb drydan am oriau. Roedd y gwasanaethau brys yn brysur drwy'r nos. Yn ôl y swyddfa dywydd, bydd y gwynt yn gostegu erbyn y prynhawn, ond mae disgwyl rhagor o law tan ddiwedd yr wythnos.",
    ),
    # is
    ("is", "Hvar er næsta apótek?"),
    ("is", "Það er mjög kalt úti í dag."),
    ("is", "Einn kaffi og snúð, takk."),
    ("is", "Sjáumst á morgun."),
    ("is", "Ég er búinn að týna lyklunum."),
    ("is", "Búðin er þegar lokuð."),
    (
        "is",
        "Á laugardaginn fórum við á flóamarkað í gamla íþróttahúsinu og fundum margt skemmtilegt. Sonur minn keypti gamla myndavél fyrir fimm hundruð krónur og ég fann stóran pott sem leit út fyrir að vera alveg ónotaður. Á eftir fengum við okkur kaffi og kleinur á litlu kaffihúsi við höfnina. Við ákváðum að fara þangað aftur í næsta mánuði. Á svona mörkuðum leynast oft litlir fjársjóðir sem kosta næstum ekki neitt.",
    ),
    (
        "is",
        "Sveitarstjórnin hefur ákveðið að loka litla skólanum í þorpinu eftir sumarfríið. Foreldrar eru ósáttir og segja að börnin þurfi að ferðast allt of langt á hverjum degi.\nSveitarstjórinn segir að einfaldlega séu ekki nógu margir nemendur til að halda skólanum opnum. Íbúafundur var haldinn í félagsheimilinu á þriðjudaginn og þangað mættu nær allir íbúar þorpsins. Foreldrarnir safna nú undirskriftum og ætla að afhenda ráðherra þær í næstu viku.",
    ),
    (
        "is",
        "Þegar ég var lítil var ég alltaf í sveit hjá afa og ömmu á sumrin. Á morgnana hjálpaði ég til við að reka kýrnar og gefa heimalningunum, og á daginn lékum við krakkarnir okkur við lækinn. Á kvöldin sagði afi sögur af því þegar hann var á sjó sem ungur maður. Ég man enn eftir lyktinni af nýslegnu heyi og bjartar sumarnæturnar.",
    ),
    (
        "is",
        "Óveðrið sem gekk yfir landið í nótt olli töluverðu tjóni víða um land. Margir vegir lokuðust vegna snjóflóðahættu og ófærðar, og öllu innanlandsflugi var aflýst í morgun. Rafmagnslaust var á nokkrum stöðum á Norðurlandi fram eftir degi. Samkvæmt Veðurstofunni á vindinn að lægja í kvöld, en áfram er búist við éljum á morgun. Vegfarendur eru beðnir um að kynna sér færð á vegum áður en lagt er af stað.",
    ),
    # tr
    ("tr", "En yakın eczane nerede?"),
    ("tr", "Bugün hava çok soğuk."),
    ("tr", "Bir çay ve simit lütfen."),
    ("tr", "Yarın sabah görüşürüz."),
    ("tr", "Galiba anahtarlarımı evde unuttum."),
    ("tr", "Dükkan çoktan kapanmış."),
    (
        "tr",
        "Geçen cumartesi bütün aile köydeki dedemlerin evine gittik. Yol uzun ve tozluydu ama yol boyunca gördüğümüz fındık bahçeleri ve yeşil tepeler çok güzeldi. Vardığımızda babaannem sofrayı çoktan hazırlamıştı: sarma, pilav, cacık ve tatlı olarak da baklava vardı. Öğleden sonra çocuklar derede oynarken büyükler çardağın altında çay içip sohbet ettiler. Pazar akşamı şehre yorgun ama çok mutlu bir şekilde döndük ve yaz tatilinde yine gelmeye söz verdik.",
    ),
    (
        "tr",
        "Belediye, şehir içi toplu taşımayı iyileştirmek için yeni bir plan açıkladı. Önümüzdeki aydan itibaren öğrencilerin ve çalışanların en çok kullandığı hatlara ek otobüsler konacak.\nBirçok vatandaş haberi sevinçle karşılarken bazı minibüs şoförleri müşteri kaybedeceklerinden endişe ediyor. Belediye sözcüsü, herkesin bu değişiklikten faydalanabilmesi için tüm taraflarla görüşmelerin süreceğini söyledi. Yeni otobüslerin engelli yolcular için de uygun olacağı belirtildi. Yeni düzenlemenin nisan ayında başlaması planlanıyor.",
    ),
    (
        "tr",
        "Çocukken yaz tatillerini dedemin Karadeniz'deki köyünde geçirirdim. Sabahları erkenden kalkar, ineklere yem verir, sonra dedemle birlikte çay bahçesine giderdik. Öğlenleri derede yüzer, akşamları da ninemin pişirdiği mısır ekmeğini yerdik. Geceleri gökyüzü o kadar açık olurdu ki yıldızları tek tek sayabilirdik. Bugün hâlâ yağmurdan sonra toprağın kokusunu duyunca o günleri hatırlıyorum ve içimi bir özlem kaplıyor. Köydeki o sessiz akşamları ve ninemin sıcak gülüşünü hiç unutamam.",
    ),
    (
        "tr",
        "Üç gündür aralıksız süren sağanak yağış, Batı Karadeniz'in birçok ilçesinde sele neden oldu. Pek çok yol ulaşıma kapandı, bazı okullarda ise öğrencilerin güvenliği için eğitime ara verildi. Dere kenarında oturan vatandaşların sular çekilene kadar yüksek bölgelere geçmesi istendi. Meteoroloji, yağışların hafta sonuna kadar süreceğini ancak etkisini azaltacağını açıkladı. Valilik, zarar gören ailelere yiyecek ve çadır yardımı yapılacağını duyurdu. Yetkililer vatandaşları resmi açıklamaları takip etmeye çağırdı.",
    ),
    # az
    ("az", "Ən yaxın aptek haradadır?"),
    ("az", "Bu gün hava çox soyuqdur."),
    ("az", "Bir stəkan çay, zəhmət olmasa."),
    ("az", "Sabah səhər görüşərik."),
    ("az", "Deyəsən açarlarımı evdə unutmuşam."),
    ("az", "Mağaza artıq bağlanıb."),
    (
        "az",
        "Keçən şənbə bütün ailə kənddəki babamgilə getdik. Yol uzun və tozlu idi, amma yol boyunca gördüyümüz fındıq bağları və yaşıl təpələr çox gözəl idi. Çatanda nənəm artıq süfrəni hazırlamışdı: dolma, plov, qutab və şirniyyat olaraq paxlava var idi. Günortadan sonra uşaqlar çayda oynayarkən böyüklər talvarın altında çay içib söhbət etdilər. Bazar axşamı şəhərə yorğun, amma çox xoşbəxt qayıtdıq və yay tətilində yenə gələcəyimizə söz verdik.",
    ),
    (
        "az",
        "Bələdiyyə şəhərdaxili ictimai nəqliyyatı yaxşılaşdırmaq üçün yeni plan açıqladı. Gələn aydan etibarən tələbələrin və işçilərin ən çox istifadə etdiyi marşrutlara əlavə avtobuslar buraxılacaq.\nBir çox sakin bu xəbəri sevinclə qarşılasa da, bəzi taksi sürücüləri müştəri itirəcəklərindən narahatdırlar. Bələdiyyənin sözçüsü hamının bu dəyişiklikdən faydalanması üçün bütün tərəflərlə danışıqların davam edəcəyini bildirdi. Yeni avtobusların əlillər üçün də rahat olacağı bildirilib. Dəyişikliklərin aprel ayından qüvvəyə minməsi planlaşdırılır.",
    ),
    (
        "az",
        "Uşaq olanda yay tətillərimi babamın Şəkidəki kəndində keçirərdim. Səhərlər tezdən durar, toyuqlara dən verər, sonra babamla birlikdə bağa gedərdik. Günorta çayda çimər, axşamlar isə nənəmin bişirdiyi şəkərbura və halvanı yeyərdik. Gecələr göy üzü elə aydın olardı ki, ulduzları bir-bir saya bilərdik. Bu gün də yağışdan sonra torpağın ətrini hiss edəndə o günləri xatırlayıram və qəlbimi bir həsrət bürüyür. Kəndin o sakit axşamlarını və nənəmin isti təbəssümünü heç vaxt unutmaram.",
    ),
    (
        "az",
        "Üç gündür aramsız yağan leysan yağışları ölkənin şimal rayonlarında daşqınlara səbəb olub. Bir çox yol bağlanıb, bəzi məktəblərdə isə şagirdlərin təhlükəsizliyi üçün dərslər dayandırılıb. Çay kənarında yaşayan sakinlərdən su çəkilənə qədər hündür yerlərə köçmələri xahiş olunub. Meteoroloqlar yağışların həftənin sonuna qədər davam edəcəyini, lakin zəifləyəcəyini bildiriblər. Hökumət zərər çəkən ailələrə ərzaq və çadır yardımı göstəriləcəyini açıqlayıb. Rəsmilər sakinləri yalnız rəsmi məlumatlara etibar etməyə çağırıblar.",
    ),
    # vi
    ("vi", "Hiệu thuốc gần nhất ở đâu?"),
    ("vi", "Hôm nay trời lạnh quá."),
    ("vi", "Cho tôi một ly cà phê sữa đá."),
    ("vi", "Hẹn gặp lại vào sáng mai."),
    ("vi", "Tôi bị mất chìa khóa rồi."),
    ("vi", "Cửa hàng đã đóng cửa."),
    (
        "vi",
        "Thứ bảy tuần trước, cả gia đình tôi về quê thăm ông bà nội. Đường đi khá xa và bụi, nhưng hai bên là những cánh đồng lúa xanh mướt và những hàng tre rất đẹp. Khi chúng tôi đến nơi, bà đã chuẩn bị sẵn một mâm cơm thật thịnh soạn với cá kho, canh rau và gà luộc. Buổi chiều, lũ trẻ ra bờ sông chơi, còn người lớn thì ngồi uống trà dưới gốc cây nhãn và kể chuyện ngày xưa. Tối chủ nhật chúng tôi trở lại thành phố, mệt nhưng rất vui.",
    ),
    (
        "vi",
        "Ủy ban nhân dân thành phố vừa công bố kế hoạch mới nhằm cải thiện giao thông công cộng. Từ tháng sau, sẽ có thêm nhiều chuyến xe buýt trên các tuyến đường mà học sinh và công nhân thường đi vào giờ cao điểm.\nNhiều người dân đón nhận tin này với niềm vui, tuy nhiên một số tài xế xe ôm lo rằng họ sẽ mất khách. Đại diện thành phố cho biết sẽ tiếp tục lắng nghe ý kiến của mọi người để điều chỉnh kế hoạch cho phù hợp.",
    ),
    (
        "vi",
        "Hồi còn nhỏ, mỗi dịp hè tôi đều được về quê ngoại ở miền Tây. Sáng sớm tôi theo ông ra vườn hái xoài, còn buổi trưa thì cùng bọn trẻ trong xóm nhảy xuống kênh tắm. Buổi tối, cả nhà ngồi ngoài hiên ăn cơm, nghe tiếng ếch nhái kêu và gió thổi qua rặng dừa. Đến bây giờ, mỗi khi ngửi thấy mùi đất sau cơn mưa đầu mùa, tôi lại nhớ những ngày hè êm đềm ấy.",
    ),
    (
        "vi",
        "Mưa lớn kéo dài ba ngày liên tiếp đã gây ngập lụt nghiêm trọng tại nhiều tỉnh miền Trung. Nhiều tuyến đường bị chia cắt, một số trường học phải cho học sinh nghỉ để đảm bảo an toàn. Người dân sống ven sông được khuyến cáo di chuyển đến nơi cao hơn cho đến khi nước rút. Cơ quan khí tượng cho biết mưa sẽ còn kéo dài đến cuối tuần nhưng cường độ giảm dần. Chính quyền địa phương đã hứa hỗ trợ lương thực và lều bạt cho các gia đình bị ảnh hưởng.",
    ),
    # id
    ("id", "Apotek terdekat di mana, ya?"),
    ("id", "Hari ini panas sekali."),
    ("id", "Saya pesan satu kopi susu."),
    ("id", "Sampai jumpa besok pagi."),
    ("id", "Kunci rumah saya hilang."),
    ("id", "Tokonya sudah tutup."),
    (
        "id",
        "Sabtu lalu kami sekeluarga pulang ke desa untuk menjenguk kakek dan nenek. Perjalanannya cukup jauh dan jalannya berdebu, tetapi pemandangan sawah hijau dan gunung di kejauhan sangat indah. Sesampainya di sana, nenek sudah menyiapkan banyak makanan: nasi liwet, ayam goreng, sambal terasi, dan kolak pisang. Sore harinya anak-anak bermain di sungai, sementara orang tua mengobrol sambil minum teh di teras. Minggu malam kami kembali ke kota dalam keadaan lelah tetapi sangat senang.",
    ),
    (
        "id",
        "Pemerintah kota baru saja mengumumkan rencana untuk memperbaiki transportasi umum. Mulai bulan depan, bus tambahan akan dioperasikan di rute yang paling sering digunakan oleh pelajar dan pekerja pada jam sibuk.\nBanyak warga menyambut baik kabar ini, tetapi sebagian sopir angkot khawatir akan kehilangan penumpang. Juru bicara pemerintah kota mengatakan bahwa dialog dengan semua pihak akan terus dilakukan agar perubahan ini bermanfaat bagi semua orang.",
    ),
    (
        "id",
        "Waktu kecil, saya sering menghabiskan liburan sekolah di rumah kakek di Jawa Tengah. Pagi-pagi sekali saya ikut kakek ke sawah untuk melihat burung-burung dan membantu mengusir hama. Siang harinya kami makan singkong rebus di bawah pohon mangga sambil mendengarkan radio. Malamnya nenek bercerita tentang masa mudanya sampai saya tertidur. Sampai sekarang, setiap kali mencium bau tanah setelah hujan, saya selalu teringat masa-masa itu.",
    ),
    (
        "id",
        "Hujan deras yang turun selama tiga hari berturut-turut menyebabkan banjir di sejumlah wilayah di Jawa Barat. Banyak jalan tidak bisa dilalui, dan beberapa sekolah terpaksa meliburkan siswanya demi keselamatan. Warga yang tinggal di bantaran sungai diminta mengungsi ke tempat yang lebih tinggi sampai air surut. Badan Meteorologi memperkirakan hujan masih akan turun hingga akhir pekan, tetapi dengan intensitas yang lebih rendah. Pemerintah daerah berjanji akan membagikan makanan dan tenda kepada keluarga yang terdampak.",
    ),
    # ms
    ("ms", "Di manakah farmasi yang terdekat?"),
    ("ms", "Hari ini cuaca sangat panas."),
    ("ms", "Saya nak teh tarik satu."),
    ("ms", "Jumpa lagi esok pagi."),
    ("ms", "Kunci rumah saya telah hilang."),
    ("ms", "Kedai itu sudah tutup."),
    (
        "ms",
        "Sabtu lepas kami sekeluarga telah pulang ke kampung untuk melawat datuk dan nenek. Perjalanan agak jauh, tetapi pemandangan sawah padi yang menghijau dan bukit-bukau di sepanjang jalan sangat indah. Setibanya kami di sana, nenek telah menyediakan pelbagai juadah seperti nasi lemak, rendang ayam dan kuih-muih. Pada sebelah petang, kanak-kanak bermain di sungai manakala orang dewasa berbual sambil minum kopi di beranda. Kami pulang ke bandar pada malam Ahad dalam keadaan penat tetapi gembira.",
    ),
    (
        "ms",
        "Kerajaan negeri telah mengumumkan rancangan baharu bagi menambah baik pengangkutan awam di bandar raya. Mulai bulan hadapan, lebih banyak bas akan disediakan bagi laluan yang sering digunakan oleh pelajar dan pekerja pada waktu puncak.\nRamai penduduk menyambut baik berita ini, namun sebilangan pemandu teksi bimbang mereka akan kehilangan pelanggan. Jurucakap kerajaan negeri berkata bahawa perbincangan dengan semua pihak akan diteruskan supaya semua orang mendapat manfaat.",
    ),
    (
        "ms",
        "Semasa kecil, saya selalu menghabiskan cuti sekolah di rumah datuk di sebuah kampung di Kelantan. Awal pagi saya mengikut datuk ke kebun getah, dan pada waktu tengah hari kami makan nasi kerabu di bawah pokok rambutan. Pada sebelah petang saya bermain layang-layang bersama kawan-kawan di padang. Pada waktu malam, nenek bercerita tentang zaman mudanya sehingga saya tertidur. Hingga kini, bau tanah selepas hujan sentiasa mengingatkan saya kepada zaman itu.",
    ),
    (
        "ms",
        "Hujan lebat yang berterusan selama tiga hari telah menyebabkan banjir besar di beberapa daerah di pantai timur. Banyak jalan raya ditutup dan beberapa buah sekolah terpaksa ditutup sementara demi keselamatan murid. Penduduk yang tinggal berhampiran sungai telah dipindahkan ke pusat pemindahan sementara. Jabatan Meteorologi menjangkakan hujan akan berterusan sehingga hujung minggu, tetapi dengan kadar yang lebih rendah. Kerajaan telah berjanji untuk memberikan bantuan makanan dan keperluan asas kepada mangsa banjir.",
    ),
    # fil
    ("fil", "Saan ang pinakamalapit na botika?"),
    ("fil", "Ang init ngayong araw."),
    ("fil", "Isang kape at pandesal po."),
    ("fil", "Kita tayo bukas ng umaga."),
    ("fil", "Nawala ang mga susi ko."),
    ("fil", "Sarado na ang tindahan."),
    (
        "fil",
        "Noong Sabado ay umuwi kaming buong pamilya sa probinsya para dalawin sina lolo at lola. Mahaba at maalikabok ang biyahe, pero napakaganda ng mga berdeng palayan at bundok sa daan. Pagdating namin, nakahanda na ang napakaraming pagkain na niluto ni lola: lechon manok, pansit, kare-kare, at leche flan. Sa hapon ay naglaro ang mga bata sa ilog habang nagkukuwentuhan naman ang matatanda sa ilalim ng punong mangga. Umuwi kami sa Maynila noong Linggo ng gabi, pagod pero masayang-masaya.",
    ),
    (
        "fil",
        "Inanunsyo ng pamahalaang lungsod ang isang bagong plano para mapabuti ang pampublikong transportasyon. Simula sa susunod na buwan, magdadagdag ng mga bus sa mga rutang madalas gamitin ng mga estudyante at manggagawa tuwing rush hour.\nMaraming residente ang natuwa sa balita, pero ilang tsuper ng dyip ang nag-aalala na mawawalan sila ng pasahero. Sinabi ng tagapagsalita ng lungsod na magpapatuloy ang pakikipag-usap sa lahat ng sektor upang makinabang ang lahat sa pagbabago.",
    ),
    (
        "fil",
        "Noong bata pa ako, tuwing bakasyon ay sa bahay ng lolo ko sa probinsya ako namamalagi. Maaga kaming gumigising para pumunta sa bukid at tumulong sa pagtatanim ng palay. Sa tanghali ay kumakain kami ng kanin at tuyo sa ilalim ng puno habang nakikinig sa radyo. Sa gabi naman ay nagkukuwento si lola tungkol sa kabataan niya hanggang sa makatulog ako. Hanggang ngayon, tuwing naaamoy ko ang lupa pagkatapos ng ulan, naaalala ko ang mga araw na iyon.",
    ),
    (
        "fil",
        "Nagdulot ng malawakang pagbaha sa ilang probinsya sa Gitnang Luzon ang malakas na ulan na tumagal nang tatlong araw. Maraming kalsada ang hindi madaanan, at sinuspinde ang klase sa ilang paaralan para sa kaligtasan ng mga estudyante. Pinalikas ang mga residenteng nakatira malapit sa ilog patungo sa mga evacuation center. Ayon sa PAGASA, magpapatuloy ang ulan hanggang sa katapusan ng linggo pero hihina na ito. Nangako ang pamahalaan na magbibigay ng pagkain at tulong sa mga apektadong pamilya.",
    ),
    # sw
    ("sw", "Habari za asubuhi, rafiki yangu."),
    ("sw", "Soko liko wapi hapa karibu?"),
    ("sw", "Leo kuna joto kali sana."),
    ("sw", "Nataka chai ya maziwa, tafadhali."),
    ("sw", "Tutaonana kesho jioni."),
    ("sw", "Basi limechelewa tena leo."),
    (
        "sw",
        "Jumamosi iliyopita tulikwenda kijijini kwa bibi yetu kwa ajili ya sherehe ya mavuno. Safari ilikuwa ndefu kwa basi, lakini tulifurahia kuona mashamba ya chai na milima ya kijani njiani. Tulipofika, bibi alikuwa ameandaa chakula kingi: wali, nyama ya mbuzi, ndizi na chapati. Jioni watoto walicheza ngoma uwanjani huku wazee wakisimulia hadithi za zamani. Tulirudi mjini Jumapili tukiwa tumechoka lakini wenye furaha kubwa. Bibi alituomba turudi tena wakati wa Krismasi.",
    ),
    (
        "sw",
        "Halmashauri ya jiji imetangaza mpango mpya wa kuboresha usafiri wa umma. Kuanzia mwezi ujao, mabasi zaidi yataongezwa kwenye njia zinazotumiwa na wanafunzi na wafanyakazi wengi asubuhi na jioni.\nWakazi wengi wamepokea habari hii kwa furaha, lakini baadhi ya madereva wa daladala wanahofia kwamba watapoteza wateja. Msemaji wa halmashauri alisema kwamba mazungumzo na wadau wote yataendelea ili kila mtu anufaike na mabadiliko hayo makubwa.",
    ),
    (
        "sw",
        "Nilipokuwa mtoto, nilipenda sana kwenda shambani na baba yangu wakati wa likizo. Tuliamka alfajiri, tukanywa chai ya tangawizi, kisha tukatembea hadi shambani kabla jua halijawa kali. Baba alinifundisha jinsi ya kupanda mbegu za mahindi na kung'oa magugu. Mchana tulipumzika chini ya mti mkubwa tukila mihogo ya kuchoma. Hadi leo, ninapokumbuka siku hizo, ninasikia harufu ya udongo baada ya mvua ya kwanza. Hiyo ndiyo harufu ninayoipenda kuliko zote.",
    ),
    (
        "sw",
        "Mvua kubwa zilizonyesha kwa siku tatu mfululizo zimesababisha mafuriko katika maeneo kadhaa ya pwani. Barabara nyingi hazipitiki, na baadhi ya shule zimefungwa kwa muda ili kulinda usalama wa wanafunzi. Wakazi wa mabondeni wameshauriwa kuhamia maeneo ya juu hadi maji yatakapopungua. Mamlaka ya hali ya hewa imesema kwamba mvua zitaendelea hadi mwishoni mwa wiki, lakini kwa kiwango kidogo zaidi. Serikali imeahidi kutoa chakula na mahema kwa familia zilizoathirika.",
    ),
    # mg
    ("mg", "Manao ahoana ianao androany?"),
    ("mg", "Aiza ny tsena akaiky indrindra?"),
    ("mg", "Mafana be ny andro anio."),
    ("mg", "Misaotra betsaka tompoko."),
    ("mg", "Mandra-pihaona amin'ny rahampitso."),
    ("mg", "Efa tonga ve ny fiara?"),
    (
        "mg",
        "Tamin'ny sabotsy lasa teo dia nandeha nitsidika ny raibe sy ny renibe tany ambanivohitra izahay. Lavitra ny lalana ary ratsy ny arabe, saingy tsara tarehy ny tanimbary maitso sy ny tendrombohitra. Rehefa tonga izahay dia efa nahandro vary, akoho ary ravitoto ny renibe. Ny tolakandro dia nilalao teo an-tokontany ny ankizy, raha nitantara ny tantaran'ny fahiny kosa ny raibe. Niverina tany an-tanàna izahay ny alahady, reraka nefa faly be.",
    ),
    (
        "mg",
        "Nanambara ny kaominina fa hisy fanarenana ny tsena lehibe ao afovoan-tanàna manomboka amin'ny volana ho avy. Hafindra vonjimaika any amin'ny kianja iray akaiky ny gara ireo mpivarotra mandritra ny asa.\nFaly ny mpividy maro satria efa tranainy sy maloto ny tsena taloha. Na izany aza, manahy ny mpivarotra sasany fa hihena ny mpanjifany. Nilaza ny ben'ny tanàna fa tokony ho vita ao anatin'ny enim-bolana ny asa rehetra.",
    ),
    (
        "mg",
        "Fony aho mbola kely dia tiako be ny nandeha tany an-tsaha niaraka tamin'ny raiko nandritra ny fialan-tsasatra. Nifoha maraina be izahay, nisotro kafe mafana, ary nandeha an-tongotra nankany an-tanimbary talohan'ny nandrehitra mafy ny masoandro. Nampianarin'ny raiko ahy ny fomba fambolena vary sy fanesorana ahi-dratsy. Ny antoandro dia niala sasatra teo ambanin'ny hazo lehibe izahay ary nihinana mangahazo nendasina. Mbola tsaroako hatramin'izao ny fofon'ny tany rehefa avy ny orana voalohany.",
    ),
    (
        "mg",
        "Nahatonga tondra-drano tany amin'ny faritra maromaro any atsinanana ny orana mivatravatra nandritra ny telo andro. Tapaka ny lalana maro ary nakatona vonjimaika ny sekoly sasany mba hiarovana ny mpianatra. Nasaina nifindra tany amin'ny toerana avo ireo mponina akaikin'ny renirano. Nilaza ny sampan-draharahan'ny toetrandro fa hitohy ny orana hatramin'ny faran'ny herinandro. Nampanantena ny governemanta fa hizara sakafo sy lay ho an'ireo fianakaviana tratry ny loza.",
    ),
    # af
    ("af", "Waar is die naaste apteek?"),
    ("af", "Dit is vandag baie warm."),
    ("af", "Een koffie en 'n koeksister, asseblief."),
    ("af", "Ons sien jou môreoggend."),
    ("af", "Ek het my sleutels verloor."),
    ("af", "Die winkel is al toe."),
    (
        "af",
        "Verlede Saterdag het ons by my ouma en oupa op die plaas naby Paarl gaan kuier. Die pad was lank en stowwerig, maar die wingerde en berge was pragtig in die oggendson. Toe ons daar aankom, het Ouma al 'n groot ete gereed gehad: hoender, geelrys, pampoen en melktert vir nagereg. In die middag het die kinders in die dam geswem terwyl die grootmense op die stoep koffie gedrink en gesels het. Ons het Sondagaand moeg maar baie gelukkig teruggery stad toe.",
    ),
    (
        "af",
        "Die stadsraad het 'n nuwe plan aangekondig om die openbare vervoer in die stad te verbeter. Vanaf volgende maand sal daar meer busse op die roetes wees wat deur studente en werkers gebruik word.\nBaie inwoners is bly oor die nuus, maar sommige taxibestuurders is bekommerd dat hulle kliënte gaan verloor. 'n Woordvoerder van die raad het gesê dat gesprekke met alle belanghebbendes sal voortgaan sodat almal by die veranderinge kan baat vind.",
    ),
    (
        "af",
        "Toe ek klein was, het ek baie graag saam met my pa na die lande gegaan gedurende die vakansie. Ons het voor sonop opgestaan, 'n koppie koffie gedrink en dan na die mielieland gestap voordat dit te warm geword het. My pa het my geleer hoe om saad te plant en onkruid uit te trek. Teen die middag het ons onder 'n groot doringboom gerus en padkos geëet. Vandag nog, wanneer ek reën op droë grond ruik, dink ek aan daardie dae.",
    ),
    (
        "af",
        "Swaar reën wat drie dae lank aanhoudend geval het, het oorstromings in verskeie dele van die Oos-Kaap veroorsaak. Baie paaie is onbegaanbaar, en sommige skole is tydelik gesluit om die veiligheid van leerders te beskerm. Inwoners van laagliggende gebiede is aangeraai om na hoër grond te verskuif totdat die water gesak het. Die weerdiens sê die reën sal tot die naweek voortduur, maar minder hewig wees. Die regering het belowe om kos en komberse aan geaffekteerde gesinne te voorsien.",
    ),
    # ru
    ("ru", "Где ближайшая аптека?"),
    ("ru", "Сегодня на улице очень холодно."),
    ("ru", "Один чёрный чай, пожалуйста."),
    ("ru", "Увидимся завтра утром."),
    ("ru", "Я потерял ключи от квартиры."),
    ("ru", "Магазин уже закрыт."),
    (
        "ru",
        "В прошлую субботу мы всей семьёй поехали в деревню к бабушке и дедушке. Дорога была долгой и пыльной, но по пути мы любовались полями подсолнухов и берёзовыми рощами. Когда мы приехали, бабушка уже накрыла на стол: щи, картошка с грибами, солёные огурцы и пирог с яблоками. Днём дети купались в речке, а взрослые сидели в саду и пили чай из самовара. В воскресенье вечером мы вернулись в город уставшие, но очень довольные и пообещали приехать снова летом.",
    ),
    (
        "ru",
        "Городская администрация представила новый план по улучшению общественного транспорта. Со следующего месяца на маршрутах, которыми чаще всего пользуются студенты и рабочие, появятся дополнительные автобусы.\nМногие жители встретили эту новость с радостью, однако некоторые водители маршруток опасаются, что потеряют пассажиров. Представитель мэрии заявил, что обсуждение с жителями продолжится, чтобы изменения устроили всех. Новые автобусы также будут приспособлены для людей с инвалидностью.",
    ),
    (
        "ru",
        "В детстве я каждое лето проводил у дедушки в маленькой деревне на Волге. Рано утром мы уходили на рыбалку, а потом я помогал бабушке полоть грядки и носить воду из колодца. После обеда мы с местными ребятами бегали в лес за земляникой. Вечером вся семья собиралась на веранде, и дедушка рассказывал истории о своей молодости. До сих пор, когда я чувствую запах скошенной травы, я вспоминаю те счастливые дни.",
    ),
    (
        "ru",
        "Сильные ливни, не прекращавшиеся трое суток, вызвали наводнение в нескольких районах Приморья. Многие дороги размыты, а некоторые школы временно закрыты ради безопасности учеников. Жителей прибрежных сёл попросили переехать в более высокие места, пока вода не спадёт. Синоптики обещают, что дожди продолжатся до конца недели, но станут слабее. Власти пообещали обеспечить пострадавшие семьи продуктами, питьевой водой и временным жильём. Спасатели работают круглосуточно и помогают эвакуировать пожилых людей.",
    ),
    # uk
    ("uk", "Де найближча аптека?"),
    ("uk", "Сьогодні надворі дуже холодно."),
    ("uk", "Одну каву з молоком, будь ласка."),
    ("uk", "Побачимося завтра вранці."),
    ("uk", "Я загубив ключі від квартири."),
    ("uk", "Крамниця вже зачинена."),
    (
        "uk",
        "Минулої суботи ми всією родиною поїхали в село до бабусі й дідуся. Дорога була довгою й курною, але дорогою ми милувалися полями соняшників і вишневими садками. Коли ми приїхали, бабуся вже накрила на стіл: борщ, вареники з картоплею, голубці та пиріг з яблуками. Удень діти купалися в ставку, а дорослі сиділи в садку й розмовляли. У неділю ввечері ми повернулися до міста втомлені, але дуже щасливі, і пообіцяли приїхати знову влітку.",
    ),
    (
        "uk",
        "Міська влада представила новий план покращення громадського транспорту. З наступного місяця на маршрутах, якими найчастіше користуються студенти й працівники, з'являться додаткові автобуси.\nБагато мешканців зустріли цю новину з радістю, проте деякі водії маршруток побоюються, що втратять пасажирів. Речник міської ради заявив, що обговорення з громадою триватиме, аби зміни влаштували всіх. Нові автобуси також будуть пристосовані для людей з інвалідністю. Зміни мають набути чинності з першого квітня.",
    ),
    (
        "uk",
        "У дитинстві я щоліта гостював у дідуся в невеликому селі на Полтавщині. Зранку ми ходили на риболовлю, а потім я допомагав бабусі полоти город і носити воду з криниці. Після обіду ми з сільськими дітлахами бігали до лісу по суниці. Увечері вся родина збиралася на ганку, і дідусь розповідав історії про свою молодість. Досі, коли я відчуваю запах скошеної трави, згадую ті щасливі дні.",
    ),
    (
        "uk",
        "Сильні зливи, що не припинялися три доби, спричинили підтоплення в кількох районах Закарпаття. Багато доріг розмито, а деякі школи тимчасово зачинені задля безпеки учнів. Мешканців прибережних сіл попросили перебратися на вищі місця, доки вода не спаде. Синоптики прогнозують, що дощі триватимуть до кінця тижня, але стануть слабшими. Влада пообіцяла забезпечити постраждалі родини продуктами, питною водою та тимчасовим житлом. Рятувальники працюють цілодобово й допомагають евакуювати літніх людей.",
    ),
    # be
    ("be", "Дзе бліжэйшая аптэка?"),
    ("be", "Сёння на вуліцы вельмі холадна."),
    ("be", "Адну каву, калі ласка."),
    ("be", "Пабачымся заўтра раніцай."),
    ("be", "Я згубіў ключы ад кватэры."),
    ("be", "Крама ўжо зачынена."),
    (
        "be",
        "Мінулай суботай мы ўсёй сям'ёй паехалі ў вёску да бабулі і дзядулі. Дарога была доўгай і пыльнай, але па шляху мы любаваліся жытнімі палеткамі і бярозавымі гаямі. Калі мы прыехалі, бабуля ўжо накрыла на стол: халаднік, дранікі са смятанай, кілбаса і яблычны пірог. Удзень дзеці купаліся ў рэчцы, а дарослыя сядзелі ў садзе і размаўлялі. У нядзелю ўвечары мы вярнуліся ў горад стомленыя, але вельмі задаволеныя.",
    ),
    (
        "be",
        "Гарадскія ўлады прадставілі новы план паляпшэння грамадскага транспарту. З наступнага месяца на маршрутах, якімі часцей за ўсё карыстаюцца студэнты і працоўныя, з'явяцца дадатковыя аўтобусы.\nШмат жыхароў сустрэлі гэтую навіну з радасцю, аднак некаторыя вадзіцелі маршрутак баяцца, што страцяць пасажыраў. Прадстаўнік гарвыканкама заявіў, што абмеркаванне з жыхарамі будзе працягвацца, каб змены задаволілі ўсіх. Новыя аўтобусы будуць зручныя і для людзей з інваліднасцю. Змены пачнуць дзейнічаць з першага красавіка.",
    ),
    (
        "be",
        "У дзяцінстве я кожнае лета праводзіў у дзядулі ў невялікай вёсцы на Палессі. Раніцай мы хадзілі на рыбалку, а потым я дапамагаў бабулі праполваць градкі і насіць ваду з калодзежа. Пасля абеду мы з вясковымі дзецьмі бегалі ў лес па суніцы. Увечары ўся сям'я збіралася на ганку, і дзядуля расказваў гісторыі пра сваю маладосць. Дагэтуль, калі адчуваю пах скошанай травы, я ўспамінаю тыя шчаслівыя дні.",
    ),
    (
        "be",
        "Моцныя ліўні, якія не спыняліся тры суткі, выклікалі паводку ў некалькіх раёнах краіны. Шмат дарог размыта, а некаторыя школы часова зачыненыя дзеля бяспекі вучняў. Жыхароў прыбярэжных вёсак папрасілі перабрацца на больш высокія месцы, пакуль вада не спадзе. Сіноптыкі абяцаюць, што дажджы працягнуцца да канца тыдня, але стануць слабейшымі. Улады паабяцалі забяспечыць пацярпелыя сем'і прадуктамі і пітной вадой. Выратавальнікі працуюць кругласутачна і дапамагаюць эвакуіраваць пажылых людзей.",
    ),
    # bg
    ("bg", "Къде е най-близката аптека?"),
    ("bg", "Днес навън е много студено."),
    ("bg", "Едно кафе, моля."),
    ("bg", "Ще се видим утре сутринта."),
    ("bg", "Загубих си ключовете."),
    ("bg", "Магазинът вече е затворен."),
    (
        "bg",
        "Миналата събота цялото семейство отидохме на село при баба и дядо. Пътят беше дълъг и прашен, но по пътя се любувахме на слънчогледовите ниви и на планината в далечината. Когато пристигнахме, баба вече беше сложила масата: таратор, печено пиле, шопска салата и баница. Следобед децата се къпаха в реката, а възрастните седяха под асмата и си говореха. В неделя вечер се върнахме в града уморени, но много доволни, и обещахме да дойдем пак през лятото.",
    ),
    (
        "bg",
        "Общината представи нов план за подобряване на градския транспорт. От следващия месец по линиите, които най-често се ползват от студенти и работещи, ще има допълнителни автобуси.\nМного жители посрещнаха новината с радост, но някои шофьори на маршрутки се опасяват, че ще загубят пътници. Говорител на общината заяви, че обсъжданията с гражданите ще продължат, за да бъдат промените удобни за всички. Новите автобуси ще бъдат достъпни и за хора с увреждания.",
    ),
    (
        "bg",
        "Като малък всяко лято прекарвах при дядо си в едно малко село в Родопите. Сутрин рано ходехме за риба, а после помагах на баба да плеви градината и да носи вода от чешмата. След обяд с другите деца от селото тичахме в гората за ягоди. Вечер цялото семейство се събираше на двора и дядо разказваше истории от младостта си. И досега, когато усетя мирис на окосена трева, си спомням за онези щастливи дни.",
    ),
    (
        "bg",
        "Проливните дъждове, които не спряха три денонощия, предизвикаха наводнения в няколко области в Северна България. Много пътища са отнесени, а някои училища са временно затворени заради безопасността на учениците. Жителите на крайречните села бяха призовани да се преместят на по-високи места, докато водата не се оттегли. Синоптиците прогнозират, че дъждовете ще продължат до края на седмицата, но ще отслабнат. Властите обещаха да осигурят храна и вода на пострадалите семейства.",
    ),
    # sr
    ("sr", "Где је најближа апотека?"),
    ("sr", "Данас је напољу веома хладно."),
    ("sr", "Једну кафу, молим вас."),
    ("sr", "Видимо се сутра ујутру."),
    ("sr", "Изгубио сам кључеве од стана."),
    ("sr", "Продавница је већ затворена."),
    (
        "sr",
        "Прошле суботе цела породица је отишла на село код баке и деке. Пут је био дуг и прашњав, али смо успут уживали у пољима сунцокрета и брдима у даљини. Када смо стигли, бака је већ поставила сто: пасуљ, печено пиле, шопска салата и гибаница. Поподне су се деца купала у реци, а одрасли су седели испод лозе и разговарали. У недељу увече смо се вратили у град уморни, али веома задовољни, и обећали да ћемо поново доћи током лета.",
    ),
    (
        "sr",
        "Градска управа је представила нови план за побољшање јавног превоза. Од следећег месеца на линијама које најчешће користе студенти и радници биће уведени додатни аутобуси.\nМноги грађани су ову вест дочекали с радошћу, али се неки таксисти плаше да ће изгубити муштерије. Портпарол градске управе изјавио је да ће се разговори са грађанима наставити како би промене одговарале свима. Нови аутобуси ће бити прилагођени и особама са инвалидитетом.",
    ),
    (
        "sr",
        "Као дете сам свако лето проводио код деде у једном малом селу у Шумадији. Рано ујутру смо ишли на пецање, а после сам помагао баки да плеви башту и доноси воду са бунара. После ручка смо са сеоском децом трчали у шуму по јагоде. Увече би се цела породица окупила у дворишту, а деда би причао приче из своје младости. И данас, када осетим мирис покошене траве, сетим се тих срећних дана.",
    ),
    (
        "sr",
        "Обилне кише које нису престајале три дана изазвале су поплаве у неколико општина у западној Србији. Многи путеви су оштећени, а неке школе су привремено затворене ради безбедности ученика. Мештани приобалних села позвани су да се преселе на више терене док се вода не повуче. Метеоролози најављују да ће кише трајати до краја недеље, али ће бити слабије. Власти су обећале да ће пострадалим породицама обезбедити храну, воду и привремени смештај.",
    ),
    # kk
    ("kk", "Ең жақын дәріхана қайда?"),
    ("kk", "Бүгін далада өте суық."),
    ("kk", "Бір кесе шай беріңізші."),
    ("kk", "Ертең таңертең кездесеміз."),
    ("kk", "Пәтердің кілтін жоғалтып алдым."),
    ("kk", "Дүкен жабылып қалыпты."),
    (
        "kk",
        "Өткен сенбіде бүкіл отбасымызбен ауылдағы атам мен әжемнің үйіне бардық. Жол ұзақ әрі шаңды болды, бірақ жол бойы кең далаға, алыстағы тауларға қарап тамсандық. Біз жеткенде әжем дастарқанды әлдеқашан жайып қойыпты: бесбармақ, бауырсақ, қымыз және түрлі тәттілер. Түстен кейін балалар өзенде шомылды, ал үлкендер ағаштың көлеңкесінде шай ішіп әңгімелесті. Жексенбі кешке қалаға шаршап, бірақ өте риза болып оралдық және жазда тағы келуге уәде бердік.",
    ),
    (
        "kk",
        "Қала әкімдігі қоғамдық көлікті жақсарту жөніндегі жаңа жоспарын жариялады. Келесі айдан бастап студенттер мен жұмысшылар жиі пайдаланатын бағыттарға қосымша автобустар шығарылады.\nКөптеген тұрғындар бұл жаңалықты қуанышпен қабылдады, алайда кейбір такси жүргізушілері жолаушыларынан айырыламыз деп алаңдайды. Әкімдік өкілі барлық тараптармен келіссөздер жалғасатынын, өзгерістер бәріне тиімді болуы керек екенін айтты. Жаңа автобустар мүмкіндігі шектеулі жандарға да ыңғайлы болмақ. Өзгерістер сәуір айынан бастап күшіне енеді деп жоспарланып отыр.",
    ),
    (
        "kk",
        "Бала кезімде жаз сайын атамның шағын ауылында болатынмын. Таңертең ерте тұрып, атаммен бірге қой жаюға шығатынбыз, ал түсте әжеме сиыр сауып, су тасуға көмектесетінмін. Түстен кейін ауыл балаларымен бірге өзенге барып шомылатынбыз. Кешке бүкіл отбасы киіз үйдің алдына жиналып, атам жастық шағы туралы әңгімелер айтатын. Әлі күнге дейін жаңа шабылған шөптің иісін сезсем, сол бақытты күндер есіме түседі. Сол ауылдың тыныш кештерін ешқашан ұмытпаймын.",
    ),
    (
        "kk",
        "Үш күн бойы толастамаған нөсер жаңбыр облыстың бірнеше ауданында су тасқынын тудырды. Көптеген жолдарды су шайып кетті, ал кейбір мектептер оқушылардың қауіпсіздігі үшін уақытша жабылды. Өзен жағасындағы ауылдардың тұрғындарына су қайтқанша биік жерлерге көшу ұсынылды. Синоптиктер жаңбыр апта соңына дейін жалғасады, бірақ әлсірейді деп болжап отыр. Билік зардап шеккен отбасыларға азық-түлік пен ауыз су беруге уәде етті. Құтқарушылар тәулік бойы жұмыс істеп, қарт адамдарды эвакуациялауға көмектесуде.",
    ),
    # mn
    ("mn", "Хамгийн ойрын эмийн сан хаана байна?"),
    ("mn", "Өнөөдөр гадаа их хүйтэн байна."),
    ("mn", "Нэг аяга сүүтэй цай өгөөч."),
    ("mn", "Маргааш өглөө уулзъя."),
    ("mn", "Би түлхүүрээ гээчихлээ."),
    ("mn", "Дэлгүүр аль хэдийн хаагдсан."),
    (
        "mn",
        "Өнгөрсөн бямба гарагт манай гэр бүлийнхэн бүгдээрээ хөдөө өвөө, эмээ дээрээ очсон. Зам урт, тоостой байсан ч замын хажуугаар харагдах өргөн тал, алсад үзэгдэх уулс үнэхээр сайхан байлаа. Биднийг очиход эмээ аль хэдийн ширээ засчихсан байсан: бууз, хуушуур, ааруул, айраг гээд олон янзын идээ байв. Үдээс хойш хүүхдүүд голд усанд орж, томчууд гэрийн гадаа сүүтэй цай ууж ярилцсан. Ням гарагийн орой бид ядарсан ч их баяртай хот руугаа буцсан.",
    ),
    (
        "mn",
        "Нийслэлийн захиргаа нийтийн тээврийг сайжруулах шинэ төлөвлөгөөгөө танилцууллаа. Ирэх сараас эхлэн оюутнууд болон ажилчид хамгийн их ашигладаг чиглэлүүдэд нэмэлт автобус явна.\nОлон иргэд энэ мэдээг баяртайгаар хүлээн авсан ч зарим таксины жолооч нар зорчигчоо алдах вий гэж санаа зовж байна. Захиргааны хэвлэлийн төлөөлөгч бүх талуудтай ярилцах ажил үргэлжилнэ гэж мэдэгдлээ. Шинэ автобусууд хөгжлийн бэрхшээлтэй иргэдэд ч тохиромжтой байх юм. Энэ өөрчлөлт дөрөвдүгээр сараас хэрэгжиж эхэлнэ.",
    ),
    (
        "mn",
        "Бага байхдаа би зун бүр өвөөгийнхөө нутагт, Хэнтий аймагт өнгөрөөдөг байлаа. Өглөө эрт босоод өвөөтэйгөө хамт хонь хариулахаар гардаг, үд дунд эмээдээ үнээ саахад тусалдаг байв. Үдээс хойш нутгийн хүүхдүүдтэй хамт гол руу гүйж очоод усанд ордог байлаа. Орой бүх гэр бүл гэртээ цугларч, өвөө маань залуу насныхаа тухай хууч хөөрдөг байв. Одоо ч гэсэн шинэхэн хадсан өвсний үнэр мэдрэхэд тэр аз жаргалтай өдрүүд санагддаг.",
    ),
    (
        "mn",
        "Гурван өдөр тасралтгүй орсон аадар бороо аймгийн хэд хэдэн суманд үер буулгалаа. Олон зам эвдэрч, зарим сургууль сурагчдынхаа аюулгүй байдлын үүднээс түр хаагдсан байна. Голын эрэг дагуу амьдардаг иргэдийг ус татартал өндөрлөг газар руу нүүхийг зөвлөжээ. Цаг уурчид бороо долоо хоногийн сүүл хүртэл үргэлжлэх боловч суларна гэж мэдээлэв. Засгийн газар хохирогч өрхүүдэд хүнс, ундны ус хүргэнэ гэж амлалаа. Аврагчид өдөр шөнөгүй ажиллаж, ахмад настнуудыг нүүлгэн шилжүүлэхэд тусалж байна.",
    ),
    # tg
    ("tg", "Дорухонаи наздиктарин дар куҷост?"),
    ("tg", "Имрӯз берун хеле хунук аст."),
    ("tg", "Як пиёла чой диҳед, илтимос."),
    ("tg", "Фардо саҳар вомехӯрем."),
    ("tg", "Калидҳои хонаамро гум кардам."),
    ("tg", "Мағоза аллакай баста шудааст."),
    (
        "tg",
        "Шанбеи гузашта тамоми оилаамон ба деҳа ба назди бобою бибиам рафтем. Роҳ дароз ва пурчанг буд, аммо дар роҳ мо аз дидани боғҳои зардолу ва кӯҳҳои баланд лаззат бурдем. Вақте ки расидем, бибиам аллакай дастурхон оро дода буд: оши палав, қурутоб, нони тандирӣ ва ширинӣ. Баъд аз хӯроки пешин кӯдакон дар дарё оббозӣ карданд, калонсолон бошанд, дар зери дарахти тут чой нӯшида суҳбат карданд. Рӯзи якшанбе бегоҳ мо хаста, вале хеле шод ба шаҳр баргаштем.",
    ),
    (
        "tg",
        "Ҳукумати шаҳр нақшаи нави беҳтар кардани нақлиёти ҷамъиятиро пешниҳод кард. Аз моҳи оянда дар хатсайрҳое, ки донишҷӯён ва коргарон бештар истифода мебаранд, автобусҳои иловагӣ ба роҳ монда мешаванд.\nБисёре аз сокинон ин хабарро бо хурсандӣ қабул карданд, аммо баъзе ронандагони таксӣ аз гум кардани мусофирон хавотиранд. Намояндаи ҳукумати шаҳр гуфт, ки гуфтушунид бо ҳамаи ҷонибҳо идома меёбад, то тағйирот ба манфиати ҳама бошад.",
    ),
    (
        "tg",
        "Дар кӯдакӣ ман ҳар тобистон дар деҳаи хурди бобоям дар водии Зарафшон мегузарондам. Саҳарии барвақт бо бобоям ба чарондани гӯсфандон мерафтем ва баъд ман ба бибиам дар обёрии полиз ёрӣ медодам. Баъд аз нисфирӯзӣ бо бачаҳои деҳа ба лаби дарё давида мерафтем. Бегоҳӣ тамоми оила дар айвон ҷамъ мешуд ва бобоям дар бораи ҷавонии худ қисса мекард. То ҳол, вақте ки бӯи алафи навдаравшударо ҳис мекунам, он рӯзҳои хуш ба ёдам меоянд.",
    ),
    (
        "tg",
        "Боронҳои шадид, ки се шабонарӯз қатъ нашуданд, дар якчанд ноҳияи вилоят боиси обхезӣ гардиданд. Бисёр роҳҳоро об шуста бурд ва баъзе мактабҳо барои амнияти хонандагон муваққатан баста шуданд. Ба сокинони деҳаҳои соҳилӣ тавсия дода шуд, ки то паст шудани об ба ҷойҳои баландтар кӯчанд. Пешгӯиҳои обу ҳаво нишон медиҳанд, ки боронҳо то охири ҳафта идома меёбанд, вале заифтар мешаванд. Ҳукумат ваъда дод, ки ба оилаҳои осебдида ғизо ва оби нӯшокӣ мерасонад.",
    ),
    # ar
    ("ar", "أين أقرب صيدلية من هنا؟"),
    ("ar", "الجو بارد جدا اليوم."),
    ("ar", "فنجان قهوة من فضلك."),
    ("ar", "نلتقي غدا صباحا إن شاء الله."),
    ("ar", "لقد أضعت مفاتيح البيت."),
    ("ar", "المتجر مغلق الآن."),
    (
        "ar",
        "في يوم السبت الماضي ذهبنا جميعا إلى القرية لزيارة جدي وجدتي. كان الطريق طويلا ومغبرا، لكننا استمتعنا بمشاهدة بساتين الزيتون والتلال الخضراء على جانبي الطريق. وعندما وصلنا كانت جدتي قد أعدت مائدة عامرة بالمقلوبة والسلطة والخبز الطازج والحلويات. وفي المساء جلس الكبار في الفناء يشربون الشاي ويتحدثون، بينما لعب الأطفال بالكرة حتى غروب الشمس. عدنا إلى المدينة يوم الأحد متعبين لكننا كنا سعداء جدا بتلك الزيارة.",
    ),
    (
        "ar",
        "أعلنت بلدية المدينة عن خطة جديدة لتحسين وسائل النقل العام. وابتداء من الشهر المقبل ستُضاف حافلات جديدة على الخطوط التي يستخدمها الطلاب والموظفون بكثرة في ساعات الذروة.\nورحب كثير من السكان بهذا الخبر، غير أن بعض سائقي سيارات الأجرة أبدوا قلقهم من خسارة زبائنهم. وقال متحدث باسم البلدية إن الحوار مع جميع الأطراف سيستمر حتى تعود التغييرات بالفائدة على الجميع.",
    ),
    (
        "ar",
        "عندما كنت صغيرا كنت أقضي عطلة الصيف كلها في بيت جدي في الريف. كنا نستيقظ مع الفجر ونذهب إلى الحقل قبل أن تشتد حرارة الشمس، وكان جدي يعلمني كيف أسقي الأشجار وأقطف التين. وفي الظهيرة كنا نستريح تحت شجرة كبيرة ونأكل الخبز مع الجبن والزيتون. وفي الليل كانت جدتي تحكي لنا القصص القديمة حتى ننام. وما زلت حتى اليوم أتذكر تلك الأيام كلما شممت رائحة التراب بعد المطر.",
    ),
    (
        "ar",
        "تسببت الأمطار الغزيرة التي هطلت لثلاثة أيام متواصلة في حدوث فيضانات في عدة مناطق. وأُغلقت طرق كثيرة، كما علقت بعض المدارس الدراسة مؤقتا حفاظا على سلامة الطلاب. وطلبت السلطات من سكان المناطق المنخفضة الانتقال إلى أماكن مرتفعة حتى تنحسر المياه. وتوقعت الأرصاد الجوية أن تستمر الأمطار حتى نهاية الأسبوع ولكن بشدة أقل. ووعدت الحكومة بتقديم المساعدات الغذائية والخيام للعائلات المتضررة في أقرب وقت.",
    ),
    # fa
    ("fa", "نزدیک‌ترین داروخانه کجاست؟"),
    ("fa", "امروز هوا خیلی سرد است."),
    ("fa", "یک چای لطفاً."),
    ("fa", "فردا صبح می‌بینمت."),
    ("fa", "کلیدهای خانه را گم کردم."),
    ("fa", "مغازه دیگر بسته است."),
    (
        "fa",
        "شنبه گذشته همه خانواده به روستا رفتیم تا به پدربزرگ و مادربزرگ سر بزنیم. جاده طولانی و خاکی بود، اما در طول راه از دیدن باغ‌های انار و کوه‌های سرسبز لذت بردیم. وقتی رسیدیم، مادربزرگ سفره را چیده بود: قورمه‌سبزی، برنج زعفرانی، ماست و خیار و شیرینی. بعدازظهر بچه‌ها کنار رودخانه بازی کردند و بزرگ‌ترها زیر درخت چنار چای خوردند و گپ زدند. جمعه شب خسته ولی خیلی خوشحال به شهر برگشتیم و قول دادیم تابستان دوباره بیاییم.",
    ),
    (
        "fa",
        "شهرداری از طرح تازه‌ای برای بهبود حمل‌ونقل عمومی خبر داد. از ماه آینده اتوبوس‌های بیشتری در مسیرهایی که دانشجویان و کارمندان بیشتر از آن استفاده می‌کنند، به کار گرفته می‌شوند.\nبسیاری از شهروندان از این خبر استقبال کردند، اما برخی از رانندگان تاکسی نگرانند که مسافرانشان را از دست بدهند. سخنگوی شهرداری گفت گفت‌وگو با همه طرف‌ها ادامه خواهد داشت تا این تغییرات به سود همه باشد.",
    ),
    (
        "fa",
        "وقتی بچه بودم، تابستان‌ها را در خانه پدربزرگم در یکی از روستاهای گیلان می‌گذراندم. صبح زود با پدربزرگ به شالیزار می‌رفتیم و من در آب دادن به زمین کمکش می‌کردم. ظهرها زیر سایه درخت انجیر استراحت می‌کردیم و نان و پنیر و سبزی می‌خوردیم. شب‌ها مادربزرگ برایمان قصه‌های قدیمی تعریف می‌کرد تا خوابمان ببرد. هنوز هم هر وقت بوی خاک باران‌خورده را حس می‌کنم، یاد آن روزهای خوب می‌افتم.",
    ),
    (
        "fa",
        "باران‌های شدیدی که سه روز پشت سر هم بارید، در چند استان باعث جاری شدن سیل شد. بسیاری از جاده‌ها بسته شده و برخی از مدرسه‌ها برای حفظ امنیت دانش‌آموزان به‌طور موقت تعطیل شده‌اند. از ساکنان مناطق کم‌ارتفاع خواسته شده تا فروکش کردن آب به مکان‌های بلندتر بروند. سازمان هواشناسی پیش‌بینی کرده که بارش‌ها تا پایان هفته ادامه دارد اما از شدت آن کاسته می‌شود. دولت وعده داده است که به خانواده‌های آسیب‌دیده غذا و چادر برساند.",
    ),
    # ur
    ("ur", "قریب ترین دوا خانہ کہاں ہے؟"),
    ("ur", "آج بہت سردی ہے۔"),
    ("ur", "ایک کپ چائے دے دیجیے۔"),
    ("ur", "کل صبح ملتے ہیں۔"),
    ("ur", "میری چابیاں گم ہو گئی ہیں۔"),
    ("ur", "دکان بند ہو چکی ہے۔"),
    (
        "ur",
        "پچھلے ہفتے ہم سب گھر والے گاؤں میں دادا دادی سے ملنے گئے۔ راستہ لمبا اور گرد آلود تھا، لیکن سڑک کے دونوں طرف گندم کے سنہری کھیت اور آم کے باغ بہت خوبصورت لگ رہے تھے۔ جب ہم پہنچے تو دادی نے پہلے ہی دسترخوان سجا رکھا تھا: ساگ، مکئی کی روٹی، لسی اور گاجر کا حلوہ۔ شام کو بچے کھیتوں میں کھیلتے رہے اور بڑے چارپائیوں پر بیٹھ کر باتیں کرتے رہے۔ ہم اتوار کی رات تھکے ہوئے مگر بہت خوش واپس شہر لوٹے۔",
    ),
    (
        "ur",
        "بلدیہ نے شہر میں پبلک ٹرانسپورٹ بہتر بنانے کے لیے ایک نئے منصوبے کا اعلان کیا ہے۔ اگلے مہینے سے ان راستوں پر اضافی بسیں چلائی جائیں گی جنہیں طلبہ اور ملازمین سب سے زیادہ استعمال کرتے ہیں۔\nبہت سے شہریوں نے اس خبر کا خیرمقدم کیا ہے، تاہم کچھ رکشہ ڈرائیوروں کو خدشہ ہے کہ ان کی سواریاں کم ہو جائیں گی۔ بلدیہ کے ترجمان نے کہا کہ تمام فریقوں سے بات چیت جاری رہے گی تاکہ سب کو فائدہ ہو۔",
    ),
    (
        "ur",
        "جب میں چھوٹا تھا تو گرمیوں کی چھٹیاں نانا کے گاؤں میں گزارتا تھا۔ صبح سویرے ہم کھیتوں کی طرف نکل جاتے اور میں نانا کے ساتھ بھینسوں کو پانی پلانے جاتا۔ دوپہر کو ہم نیم کے درخت کے نیچے آرام کرتے اور لسی پیتے تھے۔ رات کو نانی ہمیں پرانے زمانے کی کہانیاں سناتی تھیں یہاں تک کہ ہمیں نیند آ جاتی۔ آج بھی جب بارش کے بعد مٹی کی خوشبو آتی ہے تو مجھے وہ دن بہت یاد آتے ہیں۔",
    ),
    (
        "ur",
        "مسلسل تین دن تک ہونے والی موسلا دھار بارش کے باعث کئی اضلاع میں سیلاب آ گیا ہے۔ بہت سی سڑکیں بند ہو چکی ہیں اور کچھ اسکولوں کو طلبہ کی حفاظت کے لیے عارضی طور پر بند کر دیا گیا ہے۔ نشیبی علاقوں کے رہائشیوں سے کہا گیا ہے کہ پانی اترنے تک اونچی جگہوں پر منتقل ہو جائیں۔ محکمہ موسمیات کے مطابق بارش ہفتے کے آخر تک جاری رہے گی لیکن اس کی شدت کم ہو جائے گی۔ حکومت نے متاثرہ خاندانوں کو خوراک اور خیمے فراہم کرنے کا وعدہ کیا ہے۔",
    ),
    # ug
    ("ug", "ئەڭ يېقىن دورىخانا قەيەردە؟"),
    ("ug", "بۈگۈن ھاۋا بەك سوغۇق."),
    ("ug", "بىر پىيالە چاي بېرىڭ."),
    ("ug", "ئەتە ئەتىگەندە كۆرۈشەيلى."),
    ("ug", "ئاچقۇچلىرىمنى يوقىتىپ قويدۇم."),
    ("ug", "دۇكان تاقىلىپ بوپتۇ."),
    (
        "ug",
        "ئۆتكەن شەنبە كۈنى پۈتۈن ئائىلىمىز بىلەن يېزىغا بوۋام بىلەن مومامنى يوقلاپ باردۇق. يول ئۇزۇن ھەم چاڭ-توزانلىق ئىدى، ئەمما يول بويىدىكى ئۈزۈمزارلىقلار ۋە يېشىل ئېتىزلار ناھايىتى گۈزەل ئىدى. بىز يېتىپ بارغاندا مومام داستىخاننى ئاللىقاچان سېلىپ بولغانىكەن: پولۇ، لەغمەن، سامسا ۋە ھەر خىل مېۋىلەر بار ئىدى. چۈشتىن كېيىن بالىلار ئۆستەڭ بويىدا ئوينىدى، چوڭلار بولسا ئۈزۈم بارىڭى ئاستىدا چاي ئىچىپ پاراڭلاشتى. يەكشەنبە كەچتە بىز ھېرىپ كەتكەن بولساقمۇ، ناھايىتى خۇشال ھالدا شەھەرگە قايتتۇق.",
    ),
    (
        "ug",
        "شەھەرلىك ھۆكۈمەت ئاممىۋى قاتناشنى ياخشىلاش ھەققىدە يېڭى پىلاننى ئېلان قىلدى. كېلەر ئايدىن باشلاپ ئوقۇغۇچىلار ۋە خىزمەتچىلەر ئەڭ كۆپ ئىشلىتىدىغان لىنىيىلەرگە قوشۇمچە ئاپتوبۇسلار قويۇلىدۇ.\nنۇرغۇن ئاھالىلەر بۇ خەۋەرنى خۇشاللىق بىلەن قارشى ئالدى، بىراق بەزى تاكسى شوپۇرلىرى خېرىدارلىرىمىزدىن ئايرىلىپ قالىمىز دەپ ئەنسىرەۋاتىدۇ. ھۆكۈمەتنىڭ باياناتچىسى ھەممە تەرەپ بىلەن سۆھبەت داۋاملىشىدىغانلىقىنى، ئۆزگىرىشلەرنىڭ ھەممەيلەنگە پايدىلىق بولىدىغانلىقىنى ئېيتتى. يېڭى ئاپتوبۇسلار مېيىپلار ئۈچۈنمۇ قۇلايلىق بولىدۇ. ئۆزگىرىشلەر ئاپرېل ئېيىدىن باشلاپ يولغا قويۇلىدۇ.",
    ),
    (
        "ug",
        "كىچىك ۋاقتىمدا ھەر يىلى يازلىق تەتىلنى بوۋامنىڭ تۇرپاندىكى يېزىسىدا ئۆتكۈزەتتىم. ئەتىگەندە بالدۇر تۇرۇپ بوۋام بىلەن بىللە ئۈزۈمزارلىققا باراتتۇق، مەن ئۇنىڭغا ئۈزۈم ئۈزۈشكە ياردەملىشەتتىم. چۈشتە تۈپ ئۈجمە دەرىخىنىڭ سايىسىدە دەم ئېلىپ، سوغۇق سۇ ئىچەتتۇق. كەچتە پۈتۈن ئائىلە ھويلىدىكى سۇپىدا ئولتۇرۇپ، بوۋام ياشلىق چاغلىرىدىكى ئىشلارنى سۆزلەپ بېرەتتى. ھازىرمۇ يامغۇردىن كېيىنكى تۇپراق پۇرىقىنى ھىدلىسام، شۇ كۈنلەر ئېسىمگە كېلىدۇ. ئۇ يېزىنىڭ تىنچ ئاخشاملىرىنى ۋە مومامنىڭ ئىللىق كۈلكىسىنى ھەرگىز ئۇنتۇمايمەن.",
    ),
    (
        "ug",
        "ئۈچ كۈن توختىماي ياغقان قاتتىق يامغۇر ۋىلايەتنىڭ بىر قانچە ناھىيىسىدە كەلكۈن ئاپىتى پەيدا قىلدى. نۇرغۇن يوللار بۇزۇلۇپ كەتتى، بەزى مەكتەپلەر ئوقۇغۇچىلارنىڭ بىخەتەرلىكى ئۈچۈن ۋاقىتلىق تاقالدى. دەريا بويىدىكى يېزىلاردىكى ئاھالىلەرنىڭ سۇ چېكىنگۈچە ئېگىز جايلارغا يۆتكىلىشى تەلەپ قىلىندى. ھاۋارايى ئىدارىسى يامغۇرنىڭ ھەپتە ئاخىرىغىچە داۋاملىشىدىغانلىقىنى، ئەمما ئاجىزلايدىغانلىقىنى ئېيتتى. ھۆكۈمەت زىيانغا ئۇچرىغان ئائىلىلەرگە يېمەكلىك ۋە چېدىر بېرىدىغانلىقىنى ۋەدە قىلدى. قۇتقۇزغۇچىلار كېچە-كۈندۈز ئىشلەپ، ياشانغانلارنى يۆتكەشكە ياردەملىشىۋاتىدۇ.",
    ),
    # hi
    ("hi", "सबसे नज़दीकी दवाखाना कहाँ है?"),
    ("hi", "आज बहुत ठंड है।"),
    ("hi", "एक कप चाय दीजिए।"),
    ("hi", "कल सुबह मिलते हैं।"),
    ("hi", "मेरी चाबियाँ खो गई हैं।"),
    ("hi", "दुकान बंद हो चुकी है।"),
    (
        "hi",
        "इस बार दिवाली पर हम सब गाँव में दादा-दादी के घर इकट्ठा हुए। त्योहार से दो दिन पहले ही घर की सफ़ाई और रंगाई-पुताई शुरू हो गई थी। माँ और चाची ने मिलकर लड्डू, गुझिया और नमकपारे बनाए, जबकि हम बच्चों ने आँगन में रंगोली सजाई। शाम को पूरे घर में दीये जलाए गए और लक्ष्मी पूजा के बाद सबने साथ बैठकर खाना खाया। देर रात तक पटाखों की आवाज़ें आती रहीं और हम छत पर बैठकर आसमान में रोशनी देखते रहे।",
    ),
    (
        "hi",
        "शहर में नई मेट्रो लाइन का काम अगले महीने से शुरू होने जा रहा है। अधिकारियों के अनुसार यह लाइन रेलवे स्टेशन को हवाई अड्डे और विश्वविद्यालय से जोड़ेगी, जिससे रोज़ाना हज़ारों यात्रियों का समय बचेगा।\nहालाँकि, निर्माण के दौरान कुछ मुख्य सड़कों पर यातायात का मार्ग बदला जाएगा। दुकानदारों को चिंता है कि इससे उनकी बिक्री पर असर पड़ेगा, लेकिन प्रशासन ने भरोसा दिलाया है कि काम तय समय में पूरा किया जाएगा।",
    ),
    (
        "hi",
        "बचपन में गर्मियों की छुट्टियाँ मैं हमेशा नानी के घर बिताता था। सुबह-सुबह हम आम के बाग़ में जाते और पेड़ों से गिरे हुए पके आम इकट्ठा करते। दोपहर में जब धूप बहुत तेज़ होती, तब नानी हमें नीम के पेड़ के नीचे बैठाकर कहानियाँ सुनाती थीं। शाम को हम गाँव के बच्चों के साथ खेतों में पतंग उड़ाते थे। आज भी जब बारिश के बाद मिट्टी की खुशबू आती है, तो मुझे वे दिन याद आ जाते हैं।",
    ),
    (
        "hi",
        "मौसम विभाग ने अगले तीन दिनों के लिए कई ज़िलों में भारी बारिश की चेतावनी जारी की है। निचले इलाक़ों में रहने वाले लोगों से सतर्क रहने और ज़रूरत पड़ने पर सुरक्षित स्थानों पर जाने को कहा गया है। कुछ ज़िलों में स्कूल एहतियात के तौर पर बंद रहेंगे। किसानों को सलाह दी गई है कि वे फ़सल की कटाई फ़िलहाल टाल दें। प्रशासन ने बाढ़ नियंत्रण कक्ष चौबीसों घंटे खुला रखने का निर्देश दिया है।",
    ),
    # mr
    ("mr", "जवळचे औषधाचे दुकान कुठे आहे?"),
    ("mr", "आज खूप थंडी आहे."),
    ("mr", "एक कप चहा द्या."),
    ("mr", "उद्या सकाळी भेटूया."),
    ("mr", "माझ्या किल्ल्या हरवल्या आहेत."),
    ("mr", "दुकान आधीच बंद झाले आहे."),
    (
        "mr",
        "यंदा गणेशोत्सवाला आम्ही सगळे कोकणातल्या आमच्या गावी आजोबांच्या घरी जमलो होतो. उत्सवाच्या आधी दोन दिवस घराची साफसफाई आणि सजावट सुरू झाली होती. आई आणि काकूंनी मिळून उकडीचे मोदक, करंज्या आणि लाडू बनवले, तर आम्ही मुलांनी मखर सजवले. संध्याकाळी आरती झाल्यावर सगळ्यांनी एकत्र बसून जेवण केले. रात्री उशिरापर्यंत भजनाचा कार्यक्रम चालू होता आणि गावातली सगळी मंडळी आमच्या अंगणात जमली होती. तो उत्सव आम्ही कधीच विसरणार नाही.",
    ),
    (
        "mr",
        "शहरात नवीन मेट्रो मार्गाचे काम पुढच्या महिन्यापासून सुरू होणार आहे. अधिकाऱ्यांच्या म्हणण्यानुसार हा मार्ग रेल्वे स्थानकाला विमानतळ आणि विद्यापीठाशी जोडेल, त्यामुळे रोज हजारो प्रवाशांचा वेळ वाचेल.\nमात्र बांधकामाच्या काळात काही मुख्य रस्त्यांवरील वाहतूक वळवण्यात येणार आहे. दुकानदारांना आपल्या व्यवसायावर परिणाम होईल अशी भीती वाटते, पण प्रशासनाने काम ठरलेल्या वेळेत पूर्ण होईल असे आश्वासन दिले आहे. नवीन स्थानकांवर दिव्यांग प्रवाशांसाठी लिफ्टची सोयही करण्यात येणार आहे.",
    ),
    (
        "mr",
        "लहानपणी उन्हाळ्याच्या सुट्टीत मी नेहमी आजीकडे गावी जायचो. सकाळी लवकर उठून आम्ही आंब्याच्या बागेत जायचो आणि झाडाखाली पडलेले पिकलेले आंबे गोळा करायचो. दुपारी ऊन खूप असायचे, तेव्हा आजी आम्हाला वडाच्या झाडाखाली बसवून गोष्टी सांगायची. संध्याकाळी गावातल्या मुलांबरोबर आम्ही शेतात पतंग उडवायचो. आजही पावसानंतर मातीचा सुगंध आला की मला ते दिवस आठवतात. ते गाव, ती आमराई आणि आजीचा हसरा चेहरा मी कधीच विसरू शकणार नाही. आजही मी दरवर्षी एकदा तरी तिथे जातो.",
    ),
    (
        "mr",
        "हवामान खात्याने पुढील तीन दिवसांसाठी अनेक जिल्ह्यांमध्ये मुसळधार पावसाचा इशारा दिला आहे. सखल भागात राहणाऱ्या नागरिकांना सतर्क राहण्याचे आणि गरज पडल्यास सुरक्षित ठिकाणी जाण्याचे आवाहन करण्यात आले आहे. काही जिल्ह्यांमध्ये खबरदारी म्हणून शाळा बंद ठेवण्यात येणार आहेत. शेतकऱ्यांना पिकांची कापणी काही दिवस पुढे ढकलण्याचा सल्ला देण्यात आला आहे. प्रशासनाने पूर नियंत्रण कक्ष चोवीस तास सुरू ठेवण्याचे आदेश दिले आहेत. नदीकाठच्या गावांवर विशेष लक्ष ठेवण्यात येत आहे.",
    ),
    # bn
    ("bn", "সবচেয়ে কাছের ওষুধের দোকান কোথায়?"),
    ("bn", "আজ খুব ঠান্ডা পড়েছে।"),
    ("bn", "এক কাপ চা দিন।"),
    ("bn", "কাল সকালে দেখা হবে।"),
    ("bn", "আমার চাবিগুলো হারিয়ে গেছে।"),
    ("bn", "দোকানটা বন্ধ হয়ে গেছে।"),
    (
        "bn",
        "এবারের দুর্গাপূজায় আমরা সবাই গ্রামে দাদু-ঠাকুমার বাড়িতে একসঙ্গে হয়েছিলাম। পূজার কয়েকদিন আগে থেকেই বাড়ি পরিষ্কার আর সাজানোর কাজ শুরু হয়ে গিয়েছিল। মা আর কাকিমা মিলে নাড়ু, মোয়া আর পায়েস বানালেন, আর আমরা ছোটরা উঠোনে আলপনা আঁকলাম। সন্ধ্যায় মণ্ডপে আরতি দেখার পর সবাই মিলে খিচুড়ি আর লাবড়া খেলাম। অনেক রাত পর্যন্ত ঢাকের আওয়াজ শোনা যাচ্ছিল, আর আমরা বন্ধুদের সঙ্গে প্যান্ডেলে প্যান্ডেলে ঘুরে বেড়ালাম।",
    ),
    (
        "bn",
        "শহরে নতুন মেট্রো লাইনের কাজ আগামী মাস থেকে শুরু হতে যাচ্ছে। কর্মকর্তারা জানিয়েছেন, এই লাইন রেলস্টেশনকে বিমানবন্দর ও বিশ্ববিদ্যালয়ের সঙ্গে যুক্ত করবে, ফলে প্রতিদিন হাজার হাজার যাত্রীর সময় বাঁচবে।\nতবে নির্মাণকাজ চলাকালীন কয়েকটি প্রধান সড়কে যান চলাচলের পথ পরিবর্তন করা হবে। দোকানদাররা আশঙ্কা করছেন এতে তাঁদের বিক্রি কমে যাবে, কিন্তু কর্তৃপক্ষ আশ্বাস দিয়েছে যে নির্ধারিত সময়ের মধ্যেই কাজ শেষ হবে।",
    ),
    (
        "bn",
        "ছোটবেলায় গরমের ছুটিতে আমি সবসময় নানাবাড়িতে যেতাম। সকালে উঠেই আমরা আমবাগানে চলে যেতাম আর গাছের নিচে পড়ে থাকা পাকা আম কুড়াতাম। দুপুরে যখন রোদ খুব কড়া হতো, তখন নানি আমাদের পুকুরপাড়ে বটগাছের ছায়ায় বসিয়ে গল্প শোনাতেন। বিকেলে গ্রামের ছেলেমেয়েদের সঙ্গে মাঠে ঘুড়ি ওড়াতাম। আজও বৃষ্টির পর মাটির গন্ধ পেলে সেই দিনগুলোর কথা খুব মনে পড়ে। সেই গ্রাম, সেই পুকুর আর নানির হাসিমুখ আমি কখনো ভুলতে পারব না।",
    ),
    (
        "bn",
        "আবহাওয়া অধিদপ্তর আগামী তিন দিনের জন্য দেশের বেশ কয়েকটি জেলায় ভারী বৃষ্টির সতর্কবার্তা জারি করেছে। নিচু এলাকার বাসিন্দাদের সতর্ক থাকতে এবং প্রয়োজনে নিরাপদ আশ্রয়ে যেতে বলা হয়েছে। কয়েকটি জেলায় সাবধানতা হিসেবে বিদ্যালয় বন্ধ রাখা হবে। কৃষকদের আপাতত ধান কাটা পিছিয়ে দেওয়ার পরামর্শ দেওয়া হয়েছে। প্রশাসন বন্যা নিয়ন্ত্রণ কক্ষ চব্বিশ ঘণ্টা খোলা রাখার নির্দেশ দিয়েছে। জেলেদের সমুদ্রে মাছ ধরতে না যাওয়ার নির্দেশ দেওয়া হয়েছে, এবং জরুরি প্রয়োজনে হেল্পলাইনে যোগাযোগ করতে বলা হয়েছে।",
    ),
    # gu
    ("gu", "સૌથી નજીકની દવાની દુકાન ક્યાં છે?"),
    ("gu", "આજે બહુ ઠંડી છે."),
    ("gu", "એક કપ ચા આપો."),
    ("gu", "કાલે સવારે મળીએ."),
    ("gu", "મારી ચાવીઓ ખોવાઈ ગઈ છે."),
    ("gu", "દુકાન બંધ થઈ ગઈ છે."),
    (
        "gu",
        "આ વખતે દિવાળીમાં અમે બધાં ગામડે દાદા-દાદીના ઘરે ભેગાં થયાં હતાં. તહેવારના બે દિવસ પહેલાંથી જ ઘરની સાફસફાઈ અને રંગરોગાન શરૂ થઈ ગયાં હતાં. મમ્મી અને કાકીએ સાથે મળીને ઘૂઘરા, મઠિયાં અને ચોળાફળી બનાવ્યાં, જ્યારે અમે બાળકોએ આંગણામાં રંગોળી પૂરી. સાંજે આખા ઘરમાં દીવા પ્રગટાવવામાં આવ્યા અને પૂજા પછી બધાંએ સાથે બેસીને જમણ કર્યું. મોડી રાત સુધી ફટાકડાનો અવાજ આવતો રહ્યો અને અમે અગાસી પરથી આકાશમાં રોશની જોતાં રહ્યાં.",
    ),
    (
        "gu",
        "શહેરમાં નવી મેટ્રો લાઇનનું કામ આવતા મહિનાથી શરૂ થવાનું છે. અધિકારીઓના જણાવ્યા મુજબ આ લાઇન રેલવે સ્ટેશનને હવાઈમથક અને યુનિવર્સિટી સાથે જોડશે, જેનાથી રોજ હજારો મુસાફરોનો સમય બચશે.\nજોકે બાંધકામ દરમિયાન કેટલાક મુખ્ય રસ્તાઓ પરનો ટ્રાફિક બીજે વાળવામાં આવશે. દુકાનદારોને ચિંતા છે કે તેનાથી તેમના વેપાર પર અસર થશે, પરંતુ તંત્રએ ખાતરી આપી છે કે કામ નક્કી સમયમાં પૂરું કરવામાં આવશે.",
    ),
    (
        "gu",
        "બાળપણમાં ઉનાળાની રજાઓમાં હું હંમેશાં મામાના ગામે જતો. સવારે વહેલા ઊઠીને અમે આંબાવાડિયામાં જતા અને ઝાડ નીચે પડેલી પાકી કેરીઓ વીણતા. બપોરે જ્યારે તડકો બહુ હોય, ત્યારે નાની અમને લીમડાના ઝાડ નીચે બેસાડીને વાર્તાઓ કહેતાં. સાંજે ગામનાં છોકરાઓ સાથે અમે ખેતરમાં પતંગ ચગાવતા. આજે પણ વરસાદ પછી માટીની સુગંધ આવે છે ત્યારે મને એ દિવસો યાદ આવી જાય છે. એ ગામ અને નાનીનો પ્રેમ હું ક્યારેય ભૂલી નહીં શકું.",
    ),
    (
        "gu",
        "હવામાન વિભાગે આગામી ત્રણ દિવસ માટે રાજ્યના ઘણા જિલ્લાઓમાં ભારે વરસાદની ચેતવણી આપી છે. નીચાણવાળા વિસ્તારોમાં રહેતા લોકોને સાવચેત રહેવા અને જરૂર પડે તો સલામત સ્થળે ખસી જવા જણાવવામાં આવ્યું છે. કેટલાક જિલ્લાઓમાં સાવચેતીના ભાગરૂપે શાળાઓ બંધ રહેશે. ખેડૂતોને હાલ પૂરતી પાકની કાપણી મુલતવી રાખવાની સલાહ આપવામાં આવી છે. તંત્રએ પૂર નિયંત્રણ કક્ષ ચોવીસે કલાક ચાલુ રાખવાનો આદેશ આપ્યો છે.",
    ),
    # pa
    ("pa", "ਸਭ ਤੋਂ ਨੇੜੇ ਦਵਾਈਆਂ ਦੀ ਦੁਕਾਨ ਕਿੱਥੇ ਹੈ?"),
    ("pa", "ਅੱਜ ਬਹੁਤ ਠੰਢ ਹੈ।"),
    ("pa", "ਇੱਕ ਕੱਪ ਚਾਹ ਦੇ ਦਿਓ।"),
    ("pa", "ਕੱਲ੍ਹ ਸਵੇਰੇ ਮਿਲਦੇ ਹਾਂ।"),
    ("pa", "ਮੇਰੀਆਂ ਚਾਬੀਆਂ ਗੁਆਚ ਗਈਆਂ ਹਨ।"),
    ("pa", "ਦੁਕਾਨ ਬੰਦ ਹੋ ਗਈ ਹੈ।"),
    (
        "pa",
        "ਇਸ ਵਾਰ ਵਿਸਾਖੀ ਉੱਤੇ ਅਸੀਂ ਸਾਰੇ ਪਿੰਡ ਵਿੱਚ ਦਾਦਾ-ਦਾਦੀ ਦੇ ਘਰ ਇਕੱਠੇ ਹੋਏ। ਤਿਉਹਾਰ ਤੋਂ ਦੋ ਦਿਨ ਪਹਿਲਾਂ ਹੀ ਘਰ ਦੀ ਸਫ਼ਾਈ ਅਤੇ ਸਜਾਵਟ ਸ਼ੁਰੂ ਹੋ ਗਈ ਸੀ। ਮਾਂ ਅਤੇ ਚਾਚੀ ਨੇ ਮਿਲ ਕੇ ਪਿੰਨੀਆਂ, ਮੱਠੀਆਂ ਅਤੇ ਖੀਰ ਬਣਾਈ, ਜਦਕਿ ਅਸੀਂ ਬੱਚਿਆਂ ਨੇ ਵਿਹੜੇ ਨੂੰ ਫੁੱਲਾਂ ਨਾਲ ਸਜਾਇਆ। ਸਵੇਰੇ ਗੁਰਦੁਆਰੇ ਮੱਥਾ ਟੇਕਣ ਤੋਂ ਬਾਅਦ ਅਸੀਂ ਮੇਲਾ ਦੇਖਣ ਗਏ, ਜਿੱਥੇ ਭੰਗੜਾ ਅਤੇ ਗਿੱਧਾ ਪੈ ਰਿਹਾ ਸੀ। ਦੇਰ ਸ਼ਾਮ ਤੱਕ ਸਾਰਾ ਪਿੰਡ ਢੋਲ ਦੀ ਥਾਪ ਉੱਤੇ ਨੱਚਦਾ ਰਿਹਾ।",
    ),
    (
        "pa",
        "ਸ਼ਹਿਰ ਵਿੱਚ ਨਵੀਂ ਮੈਟਰੋ ਲਾਈਨ ਦਾ ਕੰਮ ਅਗਲੇ ਮਹੀਨੇ ਤੋਂ ਸ਼ੁਰੂ ਹੋਣ ਜਾ ਰਿਹਾ ਹੈ। ਅਧਿਕਾਰੀਆਂ ਅਨੁਸਾਰ ਇਹ ਲਾਈਨ ਰੇਲਵੇ ਸਟੇਸ਼ਨ ਨੂੰ ਹਵਾਈ ਅੱਡੇ ਅਤੇ ਯੂਨੀਵਰਸਿਟੀ ਨਾਲ ਜੋੜੇਗੀ, ਜਿਸ ਨਾਲ ਹਰ ਰੋਜ਼ ਹਜ਼ਾਰਾਂ ਮੁਸਾਫ਼ਰਾਂ ਦਾ ਸਮਾਂ ਬਚੇਗਾ।\nਹਾਲਾਂਕਿ ਉਸਾਰੀ ਦੌਰਾਨ ਕੁਝ ਮੁੱਖ ਸੜਕਾਂ ਉੱਤੇ ਆਵਾਜਾਈ ਦਾ ਰਾਹ ਬਦਲਿਆ ਜਾਵੇਗਾ। ਦੁਕਾਨਦਾਰਾਂ ਨੂੰ ਫ਼ਿਕਰ ਹੈ ਕਿ ਇਸ ਨਾਲ ਉਨ੍ਹਾਂ ਦੀ ਵਿਕਰੀ ਉੱਤੇ ਅਸਰ ਪਵੇਗਾ, ਪਰ ਪ੍ਰਸ਼ਾਸਨ ਨੇ ਭਰੋਸਾ ਦਿੱਤਾ ਹੈ ਕਿ ਕੰਮ ਮਿੱਥੇ ਸਮੇਂ ਵਿੱਚ ਪੂਰਾ ਹੋਵੇਗਾ।",
    ),
    (
        "pa",
        "ਬਚਪਨ ਵਿੱਚ ਗਰਮੀਆਂ ਦੀਆਂ ਛੁੱਟੀਆਂ ਮੈਂ ਹਮੇਸ਼ਾ ਨਾਨਕੇ ਪਿੰਡ ਬਿਤਾਉਂਦਾ ਸੀ। ਸਵੇਰੇ ਤੜਕੇ ਅਸੀਂ ਨਾਨਾ ਜੀ ਨਾਲ ਖੇਤਾਂ ਵਿੱਚ ਜਾਂਦੇ ਅਤੇ ਟਿਊਬਵੈੱਲ ਦੇ ਠੰਢੇ ਪਾਣੀ ਵਿੱਚ ਨਹਾਉਂਦੇ। ਦੁਪਹਿਰ ਨੂੰ ਜਦੋਂ ਧੁੱਪ ਬਹੁਤ ਤੇਜ਼ ਹੁੰਦੀ, ਨਾਨੀ ਸਾਨੂੰ ਟਾਹਲੀ ਦੀ ਛਾਂ ਹੇਠ ਬਿਠਾ ਕੇ ਕਹਾਣੀਆਂ ਸੁਣਾਉਂਦੀ। ਸ਼ਾਮ ਨੂੰ ਅਸੀਂ ਪਿੰਡ ਦੇ ਮੁੰਡਿਆਂ ਨਾਲ ਪਤੰਗ ਉਡਾਉਂਦੇ ਸਾਂ। ਅੱਜ ਵੀ ਮੀਂਹ ਤੋਂ ਬਾਅਦ ਮਿੱਟੀ ਦੀ ਖ਼ੁਸ਼ਬੂ ਆਉਂਦੀ ਹੈ ਤਾਂ ਉਹ ਦਿਨ ਯਾਦ ਆ ਜਾਂਦੇ ਹਨ।",
    ),
    (
        "pa",
        "ਮੌਸਮ ਵਿਭਾਗ ਨੇ ਅਗਲੇ ਤਿੰਨ ਦਿਨਾਂ ਲਈ ਸੂਬੇ ਦੇ ਕਈ ਜ਼ਿਲ੍ਹਿਆਂ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ ਦੀ ਚਿਤਾਵਨੀ ਜਾਰੀ ਕੀਤੀ ਹੈ। ਨੀਵੇਂ ਇਲਾਕਿਆਂ ਵਿੱਚ ਰਹਿਣ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਚੌਕਸ ਰਹਿਣ ਅਤੇ ਲੋੜ ਪੈਣ ਉੱਤੇ ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ ਉੱਤੇ ਜਾਣ ਲਈ ਕਿਹਾ ਗਿਆ ਹੈ। ਕੁਝ ਜ਼ਿਲ੍ਹਿਆਂ ਵਿੱਚ ਸਾਵਧਾਨੀ ਵਜੋਂ ਸਕੂਲ ਬੰਦ ਰਹਿਣਗੇ। ਕਿਸਾਨਾਂ ਨੂੰ ਫ਼ਿਲਹਾਲ ਫ਼ਸਲ ਦੀ ਵਾਢੀ ਟਾਲਣ ਦੀ ਸਲਾਹ ਦਿੱਤੀ ਗਈ ਹੈ। ਪ੍ਰਸ਼ਾਸਨ ਨੇ ਹੜ੍ਹ ਕੰਟਰੋਲ ਕਮਰਾ ਚੌਵੀ ਘੰਟੇ ਖੁੱਲ੍ਹਾ ਰੱਖਣ ਦੇ ਹੁਕਮ ਦਿੱਤੇ ਹਨ।",
    ),
    # ta
    ("ta", "அருகில் உள்ள மருந்தகம் எங்கே?"),
    ("ta", "இன்று மிகவும் குளிராக இருக்கிறது."),
    ("ta", "ஒரு கப் காபி கொடுங்கள்."),
    ("ta", "நாளை காலை சந்திப்போம்."),
    ("ta", "என் சாவிகள் தொலைந்துவிட்டன."),
    ("ta", "கடை ஏற்கனவே மூடப்பட்டுவிட்டது."),
    (
        "ta",
        "இந்த ஆண்டு பொங்கல் பண்டிகைக்கு நாங்கள் அனைவரும் கிராமத்தில் உள்ள தாத்தா பாட்டி வீட்டில் ஒன்றுகூடினோம். பண்டிகைக்கு இரண்டு நாட்களுக்கு முன்பே வீட்டைச் சுத்தம் செய்து வெள்ளையடிக்கும் வேலை தொடங்கிவிட்டது. அம்மாவும் சித்தியும் சேர்ந்து சர்க்கரைப் பொங்கல், வடை, பாயசம் ஆகியவற்றைச் செய்தார்கள், நாங்கள் குழந்தைகள் வாசலில் பெரிய கோலம் போட்டோம். காலையில் புதுப் பானையில் பொங்கல் பொங்கியதும் எல்லோரும் பொங்கலோ பொங்கல் என்று சத்தமிட்டோம். மாலையில் மாட்டுப் பொங்கல் அன்று மாடுகளுக்கு மாலை அணிவித்து அலங்காரம் செய்தோம். அந்த நாட்கள் எங்களுக்கு மிகவும் மகிழ்ச்சியாக இருந்தன.",
    ),
    (
        "ta",
        "நகரில் புதிய மெட்ரோ ரயில் பாதையின் கட்டுமானப் பணிகள் அடுத்த மாதம் தொடங்க உள்ளன. இந்தப் பாதை ரயில் நிலையத்தை விமான நிலையத்துடனும் பல்கலைக்கழகத்துடனும் இணைக்கும் என்றும், இதனால் தினமும் ஆயிரக்கணக்கான பயணிகளின் நேரம் மிச்சமாகும் என்றும் அதிகாரிகள் தெரிவித்தனர்.\nஆனால் கட்டுமானப் பணிகள் நடைபெறும் காலத்தில் சில முக்கியச் சாலைகளில் போக்குவரத்து மாற்றி விடப்படும். இதனால் தங்கள் வியாபாரம் பாதிக்கப்படும் என்று கடைக்காரர்கள் கவலை தெரிவிக்கின்றனர். எனினும் குறிப்பிட்ட காலத்திற்குள் பணிகள் முடிக்கப்படும் என்று நிர்வாகம் உறுதியளித்துள்ளது. புதிய நிலையங்களில் மாற்றுத்திறனாளிகளுக்கான மின்தூக்கி வசதியும் இருக்கும். திட்டம் மூன்று ஆண்டுகளில் நிறைவடையும் என எதிர்பார்க்கப்படுகிறது.",
    ),
    (
        "ta",
        "சிறு வயதில் கோடை விடுமுறை முழுவதையும் நான் பாட்டியின் கிராமத்தில்தான் கழிப்பேன். அதிகாலையில் எழுந்து மாந்தோப்புக்குச் சென்று மரத்தடியில் விழுந்து கிடக்கும் பழுத்த மாம்பழங்களைப் பொறுக்குவோம். மதிய வெயில் கடுமையாக இருக்கும்போது பாட்டி எங்களை வேப்பமரத்தடியில் உட்கார வைத்துக் கதைகள் சொல்வார். மாலையில் கிராமத்துச் சிறுவர்களுடன் வயல்வெளியில் பட்டம் விடுவோம். இன்றும் மழைக்குப் பிறகு மண் வாசனை வீசும்போது அந்த இனிமையான நாட்கள் என் நினைவுக்கு வருகின்றன. அந்தக் கிராமத்தை நான் என்றும் மறக்க மாட்டேன். இப்போதும் ஒவ்வொரு ஆண்டும் ஒருமுறையாவது அந்த ஊருக்குச் சென்று பாட்டியின் வீட்டைப் பார்த்து வருகிறேன்.",
    ),
    (
        "ta",
        "அடுத்த மூன்று நாட்களுக்குப் பல மாவட்டங்களில் கனமழை பெய்யக்கூடும் என்று வானிலை ஆய்வு மையம் எச்சரிக்கை விடுத்துள்ளது. தாழ்வான பகுதிகளில் வசிக்கும் மக்கள் விழிப்புடன் இருக்குமாறும் தேவைப்பட்டால் பாதுகாப்பான இடங்களுக்குச் செல்லுமாறும் கேட்டுக்கொள்ளப்பட்டுள்ளனர். முன்னெச்சரிக்கை நடவடிக்கையாகச் சில மாவட்டங்களில் பள்ளிகளுக்கு விடுமுறை அறிவிக்கப்பட்டுள்ளது. மீனவர்கள் கடலுக்குச் செல்ல வேண்டாம் என்று அறிவுறுத்தப்பட்டுள்ளனர். வெள்ளக் கட்டுப்பாட்டு அறை இருபத்து நான்கு மணி நேரமும் இயங்கும் என்று மாவட்ட நிர்வாகம் தெரிவித்துள்ளது. பொதுமக்கள் அவசர உதவிக்கு கட்டுப்பாட்டு அறையைத் தொடர்பு கொள்ளலாம். ஆற்றங்கரை கிராமங்கள் தீவிரமாகக் கண்காணிக்கப்பட்டு வருகின்றன. நிவாரண முகாம்களும் தயார் நிலையில் உள்ளன.",
    ),
    # te
    ("te", "దగ్గరలో మందుల దుకాణం ఎక్కడ ఉంది?"),
    ("te", "ఈ రోజు చాలా చలిగా ఉంది."),
    ("te", "ఒక కప్పు కాఫీ ఇవ్వండి."),
    ("te", "రేపు ఉదయం కలుద్దాం."),
    ("te", "నా తాళాలు పోయాయి."),
    ("te", "దుకాణం ఇప్పటికే మూసేశారు."),
    (
        "te",
        "ఈసారి సంక్రాంతి పండుగకు మేమందరం పల్లెటూరిలోని తాతయ్య, నానమ్మల ఇంటికి చేరుకున్నాము. పండుగకు రెండు రోజుల ముందు నుంచే ఇంటిని శుభ్రం చేసి సున్నం వేసే పని మొదలైంది. అమ్మ, పిన్ని కలిసి అరిసెలు, చక్కిలాలు, పాయసం తయారు చేశారు, మేము పిల్లలం ఇంటి ముందు పెద్ద ముగ్గులు వేశాము. ఉదయం భోగి మంటల దగ్గర అందరం కలిసి కూర్చున్నాము, తర్వాత గంగిరెద్దుల వాళ్లు ఇంటింటికీ వచ్చారు. సాయంత్రం పిల్లలందరూ డాబాల మీద గాలిపటాలు ఎగరేశారు. ఆ మూడు రోజులు ఎంతో సంతోషంగా గడిచిపోయాయి.",
    ),
    (
        "te",
        "నగరంలో కొత్త మెట్రో మార్గం పనులు వచ్చే నెల నుంచి ప్రారంభం కానున్నాయి. ఈ మార్గం రైల్వే స్టేషన్‌ను విమానాశ్రయంతో, విశ్వవిద్యాలయంతో కలుపుతుందని, దీనివల్ల రోజూ వేలాది మంది ప్రయాణికుల సమయం ఆదా అవుతుందని అధికారులు తెలిపారు.\nఅయితే నిర్మాణ పనులు జరుగుతున్నంత కాలం కొన్ని ప్రధాన రహదారులపై ట్రాఫిక్‌ను మళ్లిస్తారు. దీనివల్ల తమ వ్యాపారం దెబ్బతింటుందని దుకాణదారులు ఆందోళన చెందుతున్నారు. కానీ నిర్ణీత గడువులోగా పనులు పూర్తి చేస్తామని అధికారులు హామీ ఇచ్చారు. కొత్త స్టేషన్లలో దివ్యాంగుల కోసం లిఫ్ట్ సౌకర్యం కూడా ఉంటుంది. ఈ ప్రాజెక్టు మూడేళ్లలో పూర్తవుతుందని అంచనా.",
    ),
    (
        "te",
        "చిన్నప్పుడు వేసవి సెలవులన్నీ నేను అమ్మమ్మ వాళ్ల ఊరిలోనే గడిపేవాడిని. తెల్లవారుజామునే లేచి మామిడి తోటకు వెళ్లి చెట్ల కింద రాలిపడిన పండిన మామిడిపండ్లను ఏరుకునేవాళ్లం. మధ్యాహ్నం ఎండ ఎక్కువగా ఉన్నప్పుడు అమ్మమ్మ మమ్మల్ని వేపచెట్టు నీడలో కూర్చోబెట్టి కథలు చెప్పేది. సాయంత్రం ఊరి పిల్లలతో కలిసి పొలాల్లో గాలిపటాలు ఎగరేసేవాళ్లం. రాత్రి ఆరుబయట మంచాల మీద పడుకుని నక్షత్రాలను లెక్కపెట్టేవాళ్లం. ఇప్పటికీ వర్షం తర్వాత మట్టి వాసన వచ్చినప్పుడల్లా ఆ రోజులు గుర్తొస్తాయి. ఆ ఊరిని, ఆ మామిడి తోటను, అమ్మమ్మ నవ్వు ముఖాన్ని నేను ఎప్పటికీ మరచిపోలేను. ఇప్పటికీ ప్రతి ఏడాది ఒక్కసారైనా అక్కడికి వెళ్లి వస్తాను.",
    ),
    (
        "te",
        "రాబోయే మూడు రోజుల పాటు రాష్ట్రంలోని పలు జిల్లాల్లో భారీ వర్షాలు కురిసే అవకాశం ఉందని వాతావరణ శాఖ హెచ్చరించింది. లోతట్టు ప్రాంతాల్లో నివసించే ప్రజలు అప్రమత్తంగా ఉండాలని, అవసరమైతే సురక్షిత ప్రాంతాలకు తరలి వెళ్లాలని అధికారులు సూచించారు. ముందుజాగ్రత్త చర్యగా కొన్ని జిల్లాల్లో పాఠశాలలకు సెలవు ప్రకటించారు. మత్స్యకారులు సముద్రంలోకి వేటకు వెళ్లవద్దని హెచ్చరించారు. వరద నియంత్రణ కేంద్రం ఇరవై నాలుగు గంటలూ పనిచేస్తుందని జిల్లా యంత్రాంగం తెలిపింది. ప్రజలు అత్యవసర సహాయం కోసం ఆ కేంద్రాన్ని సంప్రదించవచ్చు. నదీ తీర గ్రామాలపై ప్రత్యేక నిఘా ఉంచారు. సహాయ శిబిరాలు కూడా సిద్ధంగా ఉన్నాయి.",
    ),
    # kn
    ("kn", "ಹತ್ತಿರದ ಔಷಧಿ ಅಂಗಡಿ ಎಲ್ಲಿದೆ?"),
    ("kn", "ಇವತ್ತು ತುಂಬಾ ಚಳಿ ಇದೆ."),
    ("kn", "ಒಂದು ಕಪ್ ಕಾಫಿ ಕೊಡಿ."),
    ("kn", "ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಭೇಟಿಯಾಗೋಣ."),
    ("kn", "ನನ್ನ ಬೀಗದ ಕೈಗಳು ಕಳೆದುಹೋಗಿವೆ."),
    ("kn", "ಅಂಗಡಿ ಈಗಾಗಲೇ ಮುಚ್ಚಿದೆ."),
    (
        "kn",
        "ಈ ಬಾರಿ ದೀಪಾವಳಿ ಹಬ್ಬಕ್ಕೆ ನಾವೆಲ್ಲರೂ ಹಳ್ಳಿಯಲ್ಲಿರುವ ಅಜ್ಜ ಅಜ್ಜಿಯ ಮನೆಯಲ್ಲಿ ಸೇರಿದ್ದೆವು. ಹಬ್ಬಕ್ಕೆ ಎರಡು ದಿನ ಮುಂಚೆಯೇ ಮನೆಯನ್ನು ಸ್ವಚ್ಛಗೊಳಿಸಿ ಸುಣ್ಣ ಬಳಿಯುವ ಕೆಲಸ ಶುರುವಾಗಿತ್ತು. ಅಮ್ಮ ಮತ್ತು ಚಿಕ್ಕಮ್ಮ ಸೇರಿ ಹೋಳಿಗೆ, ಚಕ್ಕುಲಿ ಮತ್ತು ಕೋಡುಬಳೆ ಮಾಡಿದರು, ನಾವು ಮಕ್ಕಳು ಅಂಗಳದಲ್ಲಿ ದೊಡ್ಡ ರಂಗೋಲಿ ಹಾಕಿದೆವು. ಸಂಜೆ ಮನೆಯ ತುಂಬಾ ಹಣತೆಗಳನ್ನು ಹಚ್ಚಿ ಲಕ್ಷ್ಮೀ ಪೂಜೆ ಮಾಡಿದ ನಂತರ ಎಲ್ಲರೂ ಒಟ್ಟಿಗೆ ಕುಳಿತು ಊಟ ಮಾಡಿದೆವು. ರಾತ್ರಿ ತಡವಾಗುವವರೆಗೂ ಪಟಾಕಿಗಳ ಸದ್ದು ಕೇಳಿಸುತ್ತಲೇ ಇತ್ತು. ಆ ಹಬ್ಬದ ನೆನಪುಗಳು ಇನ್ನೂ ಹಸಿರಾಗಿವೆ.",
    ),
    (
        "kn",
        "ನಗರದಲ್ಲಿ ಹೊಸ ಮೆಟ್ರೋ ಮಾರ್ಗದ ಕಾಮಗಾರಿ ಮುಂದಿನ ತಿಂಗಳಿನಿಂದ ಆರಂಭವಾಗಲಿದೆ. ಈ ಮಾರ್ಗವು ರೈಲು ನಿಲ್ದಾಣವನ್ನು ವಿಮಾನ ನಿಲ್ದಾಣ ಮತ್ತು ವಿಶ್ವವಿದ್ಯಾಲಯದೊಂದಿಗೆ ಸಂಪರ್ಕಿಸಲಿದ್ದು, ಇದರಿಂದ ಪ್ರತಿದಿನ ಸಾವಿರಾರು ಪ್ರಯಾಣಿಕರ ಸಮಯ ಉಳಿತಾಯವಾಗಲಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.\nಆದರೆ ಕಾಮಗಾರಿ ನಡೆಯುವ ಅವಧಿಯಲ್ಲಿ ಕೆಲವು ಪ್ರಮುಖ ರಸ್ತೆಗಳಲ್ಲಿ ಸಂಚಾರವನ್ನು ಬದಲಿಸಲಾಗುವುದು. ಇದರಿಂದ ತಮ್ಮ ವ್ಯಾಪಾರಕ್ಕೆ ತೊಂದರೆಯಾಗಲಿದೆ ಎಂದು ಅಂಗಡಿಯವರು ಆತಂಕ ವ್ಯಕ್ತಪಡಿಸಿದ್ದಾರೆ. ಆದರೂ ನಿಗದಿತ ಸಮಯದೊಳಗೆ ಕೆಲಸ ಮುಗಿಸುವುದಾಗಿ ಆಡಳಿತ ಭರವಸೆ ನೀಡಿದೆ. ಪ್ರಯಾಣಿಕರು ಪರ್ಯಾಯ ಮಾರ್ಗಗಳನ್ನು ಬಳಸಬೇಕೆಂದು ಸಂಚಾರ ಪೊಲೀಸರು ಮನವಿ ಮಾಡಿದ್ದಾರೆ. ಹೊಸ ನಿಲ್ದಾಣಗಳಲ್ಲಿ ಅಂಗವಿಕಲರಿಗೂ ಅನುಕೂಲವಾಗುವಂತೆ ಲಿಫ್ಟ್ ಸೌಲಭ್ಯ ಇರಲಿದೆ.",
    ),
    (
        "kn",
        "ಚಿಕ್ಕವನಿದ್ದಾಗ ಬೇಸಿಗೆ ರಜೆಯನ್ನೆಲ್ಲಾ ನಾನು ಅಜ್ಜಿಯ ಊರಿನಲ್ಲೇ ಕಳೆಯುತ್ತಿದ್ದೆ. ಬೆಳಿಗ್ಗೆ ಬೇಗನೆ ಎದ್ದು ಮಾವಿನ ತೋಟಕ್ಕೆ ಹೋಗಿ ಮರದ ಕೆಳಗೆ ಬಿದ್ದಿರುತ್ತಿದ್ದ ಹಣ್ಣಾದ ಮಾವಿನಹಣ್ಣುಗಳನ್ನು ಆರಿಸುತ್ತಿದ್ದೆವು. ಮಧ್ಯಾಹ್ನ ಬಿಸಿಲು ಹೆಚ್ಚಾದಾಗ ಅಜ್ಜಿ ನಮ್ಮನ್ನು ಬೇವಿನ ಮರದ ನೆರಳಿನಲ್ಲಿ ಕೂರಿಸಿ ಕಥೆಗಳನ್ನು ಹೇಳುತ್ತಿದ್ದರು. ಸಂಜೆ ಊರಿನ ಹುಡುಗರೊಂದಿಗೆ ಗದ್ದೆಗಳಲ್ಲಿ ಗಾಳಿಪಟ ಹಾರಿಸುತ್ತಿದ್ದೆವು. ರಾತ್ರಿ ಅಂಗಳದಲ್ಲಿ ಮಲಗಿ ನಕ್ಷತ್ರಗಳನ್ನು ಎಣಿಸುತ್ತಿದ್ದೆವು. ಇಂದಿಗೂ ಮಳೆಯ ನಂತರ ಮಣ್ಣಿನ ವಾಸನೆ ಬಂದಾಗ ಆ ದಿನಗಳು ನೆನಪಾಗುತ್ತವೆ. ಆ ಊರು, ಆ ಮಾವಿನ ತೋಟ ಮತ್ತು ಅಜ್ಜಿಯ ನಗುಮುಖವನ್ನು ನಾನು ಎಂದಿಗೂ ಮರೆಯಲಾರೆ. ಪ್ರತಿ ವರ್ಷ ಒಮ್ಮೆಯಾದರೂ ಅಲ್ಲಿಗೆ ಹೋಗಿ ಬರುತ್ತೇನೆ.",
    ),
    (
        "kn",
        "ಮುಂದಿನ ಮೂರು ದಿನಗಳ ಕಾಲ ರಾಜ್ಯದ ಹಲವು ಜಿಲ್ಲೆಗಳಲ್ಲಿ ಭಾರೀ ಮಳೆಯಾಗುವ ಸಾಧ್ಯತೆ ಇದೆ ಎಂದು ಹವಾಮಾನ ಇಲಾಖೆ ಎಚ್ಚರಿಕೆ ನೀಡಿದೆ. ತಗ್ಗು ಪ್ರದೇಶಗಳಲ್ಲಿ ವಾಸಿಸುವ ಜನರು ಎಚ್ಚರದಿಂದಿರಬೇಕು ಮತ್ತು ಅಗತ್ಯವಿದ್ದರೆ ಸುರಕ್ಷಿತ ಸ್ಥಳಗಳಿಗೆ ತೆರಳಬೇಕು ಎಂದು ಅಧಿಕಾರಿಗಳು ಸೂಚಿಸಿದ್ದಾರೆ. ಮುನ್ನೆಚ್ಚರಿಕೆ ಕ್ರಮವಾಗಿ ಕೆಲವು ಜಿಲ್ಲೆಗಳಲ್ಲಿ ಶಾಲೆಗಳಿಗೆ ರಜೆ ಘೋಷಿಸಲಾಗಿದೆ. ಮೀನುಗಾರರು ಸಮುದ್ರಕ್ಕೆ ಇಳಿಯಬಾರದು ಎಂದು ಸೂಚನೆ ನೀಡಲಾಗಿದೆ. ಪ್ರವಾಹ ನಿಯಂತ್ರಣ ಕೊಠಡಿ ದಿನದ ಇಪ್ಪತ್ನಾಲ್ಕು ಗಂಟೆಯೂ ಕಾರ್ಯನಿರ್ವಹಿಸಲಿದೆ ಎಂದು ಜಿಲ್ಲಾಡಳಿತ ತಿಳಿಸಿದೆ. ಸಾರ್ವಜನಿಕರು ತುರ್ತು ಸಹಾಯಕ್ಕಾಗಿ ಸಹಾಯವಾಣಿಯನ್ನು ಸಂಪರ್ಕಿಸಬಹುದು ಎಂದು ಪ್ರಕಟಣೆಯಲ್ಲಿ ತಿಳಿಸಲಾಗಿದೆ. ನದಿ ತೀರದ ಗ್ರಾಮಗಳ ಮೇಲೆ ವಿಶೇಷ ನಿಗಾ ಇಡಲಾಗಿದೆ.",
    ),
    # ml
    ("ml", "ഏറ്റവും അടുത്തുള്ള മരുന്നുകട എവിടെയാണ്?"),
    ("ml", "ഇന്ന് നല്ല തണുപ്പുണ്ട്."),
    ("ml", "ഒരു ചായ തരാമോ?"),
    ("ml", "നാളെ രാവിലെ കാണാം."),
    ("ml", "എന്റെ താക്കോൽ കളഞ്ഞുപോയി."),
    ("ml", "കട ഇതിനകം അടച്ചു."),
    (
        "ml",
        "ഇത്തവണ ഓണത്തിന് ഞങ്ങളെല്ലാവരും നാട്ടിൻപുറത്തുള്ള അപ്പൂപ്പന്റെയും അമ്മൂമ്മയുടെയും വീട്ടിൽ ഒത്തുകൂടി. ഉത്രാടത്തിന്റെ തലേന്ന് തന്നെ വീട് വൃത്തിയാക്കലും ഒരുക്കങ്ങളും തുടങ്ങിയിരുന്നു. അമ്മയും ചെറിയമ്മയും ചേർന്ന് അവിയൽ, സാമ്പാർ, ഓലൻ, കാളൻ, പായസം എന്നിവയൊക്കെ ഉണ്ടാക്കി, ഞങ്ങൾ കുട്ടികൾ മുറ്റത്ത് വലിയൊരു പൂക്കളം ഇട്ടു. ഉച്ചയ്ക്ക് എല്ലാവരും ഒരുമിച്ചിരുന്ന് ഇലയിൽ സദ്യ കഴിച്ചു. വൈകുന്നേരം ചെറുപ്പക്കാർ വടംവലിയും മറ്റു കളികളും നടത്തി. ആ ദിവസത്തെ സന്തോഷം ഇപ്പോഴും മനസ്സിലുണ്ട്. അന്ന് രാത്രി എല്ലാവരും ചേർന്ന് തിരുവാതിരക്കളി കണ്ടു, കുട്ടികൾ ഊഞ്ഞാലാടി. അടുത്ത ഓണത്തിനും ഇതുപോലെ എല്ലാവരും ഒത്തുകൂടണമെന്ന് തീരുമാനിച്ചാണ് ഞങ്ങൾ പിരിഞ്ഞത്.",
    ),
    (
        "ml",
        "നഗരത്തിൽ പുതിയ മെട്രോ പാതയുടെ നിർമ്മാണം അടുത്ത മാസം മുതൽ ആരംഭിക്കും. ഈ പാത റെയിൽവേ സ്റ്റേഷനെ വിമാനത്താവളവുമായും സർവകലാശാലയുമായും ബന്ധിപ്പിക്കുമെന്നും ഇതിലൂടെ ദിവസവും ആയിരക്കണക്കിന് യാത്രക്കാരുടെ സമയം ലാഭിക്കാനാകുമെന്നും അധികൃതർ അറിയിച്ചു.\nഎന്നാൽ നിർമ്മാണം നടക്കുന്ന കാലയളവിൽ ചില പ്രധാന റോഡുകളിൽ ഗതാഗതം വഴിതിരിച്ചുവിടും. ഇത് തങ്ങളുടെ കച്ചവടത്തെ ബാധിക്കുമെന്ന ആശങ്കയിലാണ് വ്യാപാരികൾ. എങ്കിലും നിശ്ചിത സമയത്തിനുള്ളിൽ പണി പൂർത്തിയാക്കുമെന്ന് അധികൃതർ ഉറപ്പുനൽകിയിട്ടുണ്ട്. യാത്രക്കാർ ബദൽ വഴികൾ ഉപയോഗിക്കണമെന്നും നിർദ്ദേശമുണ്ട്. പുതിയ സ്റ്റേഷനുകളിൽ ഭിന്നശേഷിക്കാർക്കായി ലിഫ്റ്റ് സൗകര്യവും ഉണ്ടാകും. പദ്ധതി മൂന്ന് വർഷത്തിനുള്ളിൽ പൂർത്തിയാകുമെന്നാണ് പ്രതീക്ഷ.",
    ),
    (
        "ml",
        "കുട്ടിക്കാലത്ത് വേനലവധി മുഴുവൻ ഞാൻ അമ്മൂമ്മയുടെ നാട്ടിലാണ് ചെലവഴിച്ചിരുന്നത്. അതിരാവിലെ എഴുന്നേറ്റ് മാന്തോപ്പിൽ പോയി മരച്ചുവട്ടിൽ വീണുകിടക്കുന്ന പഴുത്ത മാങ്ങകൾ പെറുക്കുമായിരുന്നു. ഉച്ചയ്ക്ക് വെയിൽ കടുക്കുമ്പോൾ അമ്മൂമ്മ ഞങ്ങളെ പ്ലാവിന്റെ തണലിൽ ഇരുത്തി കഥകൾ പറഞ്ഞുതരും. വൈകുന്നേരം നാട്ടിലെ കുട്ടികളോടൊപ്പം പാടത്ത് പട്ടം പറത്തുകയും തോട്ടിൽ നീന്തുകയും ചെയ്യുമായിരുന്നു. രാത്രി ഉമ്മറത്തിരുന്ന് അപ്പൂപ്പൻ പഴയകാല കഥകൾ പറയും. ഇന്നും മഴ കഴിഞ്ഞുള്ള മണ്ണിന്റെ മണം വരുമ്പോൾ ആ ദിവസങ്ങൾ ഓർമ്മ വരും. ആ ഗ്രാമവും ആ മാന്തോപ്പും അമ്മൂമ്മയുടെ ചിരിക്കുന്ന മുഖവും എനിക്ക് ഒരിക്കലും മറക്കാനാവില്ല. എല്ലാ വർഷവും ഒരിക്കലെങ്കിലും ഞാൻ അവിടെ പോകാറുണ്ട്.",
    ),
    (
        "ml",
        "അടുത്ത മൂന്ന് ദിവസത്തേക്ക് സംസ്ഥാനത്തെ പല ജില്ലകളിലും അതിശക്തമായ മഴയ്ക്ക് സാധ്യതയുണ്ടെന്ന് കാലാവസ്ഥാ വകുപ്പ് മുന്നറിയിപ്പ് നൽകി. താഴ്ന്ന പ്രദേശങ്ങളിൽ താമസിക്കുന്നവർ ജാഗ്രത പാലിക്കണമെന്നും ആവശ്യമെങ്കിൽ സുരക്ഷിത സ്ഥാനങ്ങളിലേക്ക് മാറണമെന്നും അധികൃതർ നിർദ്ദേശിച്ചു. മുൻകരുതലെന്ന നിലയിൽ ചില ജില്ലകളിലെ വിദ്യാഭ്യാസ സ്ഥാപനങ്ങൾക്ക് അവധി പ്രഖ്യാപിച്ചിട്ടുണ്ട്. മത്സ്യത്തൊഴിലാളികൾ കടലിൽ പോകരുതെന്നും മുന്നറിയിപ്പുണ്ട്. ജില്ലാ ഭരണകൂടം ഇരുപത്തിനാല് മണിക്കൂറും പ്രവർത്തിക്കുന്ന കൺട്രോൾ റൂം തുറന്നിട്ടുണ്ട്. അടിയന്തര സഹായത്തിന് പൊതുജനങ്ങൾക്ക് ഈ നമ്പറിൽ ബന്ധപ്പെടാം. പുഴയോരത്തെ ഗ്രാമങ്ങളിൽ പ്രത്യേക നിരീക്ഷണം ഏർപ്പെടുത്തിയിട്ടുണ്ട്. ദുരിതാശ്വാസ ക്യാമ്പുകൾ തുറക്കാനുള്ള ഒരുക്കങ്ങളും പൂർത്തിയായതായി അധികൃതർ അറിയിച്ചു.",
    ),
    # si
    ("si", "ළඟම තියෙන ෆාමසිය කොහෙද?"),
    ("si", "අද හරිම සීතලයි."),
    ("si", "තේ එකක් දෙන්න."),
    ("si", "හෙට උදේ හම්බවෙමු."),
    ("si", "මගේ යතුරු නැති වුණා."),
    ("si", "කඩේ දැනටමත් වහලා."),
    (
        "si",
        "මේ වතාවේ සිංහල අලුත් අවුරුද්දට අපි හැමෝම ගමේ සීයාගෙයි ආච්චිගෙයි ගෙදරට එකතු වුණා. අවුරුද්දට දවස් දෙකකට කලින් ඉඳලාම ගෙදර සුද්ද කරලා හුණු ගාන වැඩ පටන් ගත්තා. අම්මයි පුංචි අම්මයි එකතු වෙලා කැවුම්, කොකිස්, අලුවා සහ කිරිබත් හැදුවා, අපි ළමයි මිදුලේ ලස්සනට සැරසුවා. නැකතට ලිප ගිනි දල්වලා කිරි උතුරවලා, පස්සේ හැමෝම එකට වාඩි වෙලා කෑවා. හවසට ගමේ අය එකතු වෙලා කනාමුට්ටි බිඳීම, කඹ ඇදීම වගේ අවුරුදු ක්‍රීඩා කළා. ඒ දවස්වල සතුට තාමත් මට මතකයි.",
    ),
    (
        "si",
        "නගරයේ අලුත් දුම්රිය මාර්ගයක ඉදිකිරීම් කටයුතු ලබන මාසයේ සිට ආරම්භ කිරීමට නියමිතයි. මෙම මාර්ගය ප්‍රධාන දුම්රිය ස්ථානය ගුවන් තොටුපළ සහ විශ්වවිද්‍යාලය සමඟ සම්බන්ධ කරන බවත්, එමගින් දිනපතා දහස් ගණනක් මගීන්ගේ කාලය ඉතිරි වන බවත් නිලධාරීන් පැවසුවා.\nනමුත් ඉදිකිරීම් කාලය තුළ ප්‍රධාන මාර්ග කිහිපයක රථවාහන ගමනාගමනය වෙනත් මාර්ග ඔස්සේ හරවා යවනු ලබනවා. මේ නිසා තමන්ගේ ව්‍යාපාරවලට බලපෑමක් ඇති වේ යැයි වෙළෙන්දන් බියෙන් සිටිනවා. කෙසේ වෙතත් නියමිත කාලය තුළ වැඩ නිම කරන බවට බලධාරීන් සහතික වුණා.",
    ),
    (
        "si",
        "පොඩි කාලේ මම පාසල් නිවාඩු කාලය මුළුමනින්ම ගත කළේ ආච්චිගේ ගමේ. උදේම නැඟිටලා අඹ වත්තට ගිහින් ගස් යට වැටිලා තියෙන ඉදුණු අඹ ගෙඩි අහුලනවා. දවල්ට අව්ව වැඩි වුණාම ආච්චි අපිව කොස් ගහ යට වාඩි කරවලා කතන්දර කියනවා. හවසට ගමේ ළමයි එක්ක කුඹුරේ සරුංගල් යවනවා, ඇළේ නානවා. රෑට සීයා ඉස්සරහ ඉස්තෝප්පුවේ ඉඳගෙන පරණ කාලේ කතා කියනවා. අදටත් වැස්සකට පස්සේ පොළොවේ සුවඳ දැනෙනකොට ඒ දවස් මට මතක් වෙනවා.",
    ),
    (
        "si",
        "ඉදිරි දින තුන තුළ දිවයිනේ දිස්ත්‍රික්ක කිහිපයකට තද වැසි ඇද හැලිය හැකි බව කාලගුණ විද්‍යා දෙපාර්තමේන්තුව අනතුරු ඇඟවූවා. පහත් බිම්වල ජීවත් වන ජනතාව සුපරීක්ෂාකාරී විය යුතු බවත්, අවශ්‍ය නම් ආරක්ෂිත ස්ථානවලට යා යුතු බවත් බලධාරීන් දැනුම් දුන්නා. පූර්වාරක්ෂාවක් වශයෙන් සමහර දිස්ත්‍රික්කවල පාසල් වසා තැබීමට තීරණය කළා. ධීවරයින්ට මුහුදු නොයන ලෙස උපදෙස් දී තිබෙනවා. ආපදා කළමනාකරණ මධ්‍යස්ථානය පැය විසිහතරේම විවෘතව පවතින බව දිස්ත්‍රික් ලේකම් කාර්යාලය නිවේදනය කළා.",
    ),
    # th
    ("th", "ร้านขายยาที่ใกล้ที่สุดอยู่ไหน"),
    ("th", "วันนี้อากาศร้อนมาก"),
    ("th", "ขอกาแฟเย็นหนึ่งแก้วค่ะ"),
    ("th", "เจอกันพรุ่งนี้เช้านะ"),
    ("th", "ฉันทำกุญแจบ้านหาย"),
    ("th", "ร้านปิดไปแล้ว"),
    (
        "th",
        "เมื่อวันเสาร์ที่แล้วครอบครัวของเรากลับไปเยี่ยมตายายที่ต่างจังหวัด ถนนค่อนข้างไกลและมีฝุ่นเยอะ แต่ระหว่างทางเราได้เห็นทุ่งนาสีเขียวและภูเขาสวยงามมาก พอไปถึง ยายก็ทำกับข้าวไว้รอเต็มโต๊ะ มีทั้งส้มตำ ไก่ย่าง ข้าวเหนียว และขนมหวาน ตอนบ่ายเด็กๆ ลงเล่นน้ำในคลอง ส่วนผู้ใหญ่นั่งคุยกันใต้ต้นมะม่วง เรากลับเข้าเมืองตอนเย็นวันอาทิตย์ เหนื่อยแต่มีความสุขมาก",
    ),
    (
        "th",
        "กรุงเทพมหานครประกาศแผนพัฒนาระบบขนส่งสาธารณะฉบับใหม่ ตั้งแต่เดือนหน้าเป็นต้นไปจะมีรถเมล์เพิ่มขึ้นในเส้นทางที่นักเรียนและพนักงานบริษัทใช้บ่อยในชั่วโมงเร่งด่วน\nประชาชนจำนวนมากต่างดีใจกับข่าวนี้ แต่คนขับรถสองแถวบางคนกังวลว่าจะเสียผู้โดยสาร โฆษกกล่าวว่าจะมีการหารือกับทุกฝ่ายต่อไปเพื่อให้ทุกคนได้รับประโยชน์",
    ),
    (
        "th",
        "ตอนเด็กๆ ฉันชอบไปอยู่บ้านคุณยายที่ต่างจังหวัดช่วงปิดเทอมใหญ่ ตอนเช้าตรู่เราจะไปเก็บมะม่วงที่หล่นอยู่ใต้ต้น ตอนกลางวันที่แดดร้อนจัด คุณยายจะให้เรานั่งใต้ร่มไม้แล้วเล่านิทานให้ฟัง ตอนเย็นเราวิ่งเล่นว่าวกับเด็กๆ ในหมู่บ้านที่ทุ่งนา จนถึงทุกวันนี้ เวลาได้กลิ่นดินหลังฝนตก ฉันก็ยังนึกถึงวันเวลาเหล่านั้นเสมอ",
    ),
    (
        "th",
        "กรมอุตุนิยมวิทยาประกาศเตือนว่าในอีกสามวันข้างหน้าหลายจังหวัดทางภาคใต้จะมีฝนตกหนักถึงหนักมาก ประชาชนที่อาศัยอยู่ในพื้นที่ลุ่มต่ำขอให้ระวังน้ำท่วมฉับพลันและน้ำป่าไหลหลาก โรงเรียนบางแห่งประกาศหยุดการเรียนการสอนชั่วคราวเพื่อความปลอดภัยของนักเรียน ชาวประมงควรงดออกเรือจนกว่าคลื่นลมจะสงบ",
    ),
    # lo
    ("lo", "ຮ້ານຂາຍຢາຢູ່ໃສ?"),
    ("lo", "ມື້ນີ້ອາກາດຮ້ອນຫຼາຍ"),
    ("lo", "ຂໍກາເຟໜຶ່ງຈອກແດ່"),
    ("lo", "ພົບກັນມື້ອື່ນເຊົ້າ"),
    ("lo", "ຂ້ອຍເຮັດກະແຈເຮືອນເສຍ"),
    ("lo", "ຮ້ານປິດແລ້ວ"),
    (
        "lo",
        "ວັນເສົາທີ່ຜ່ານມາ ຄອບຄົວຂອງພວກເຮົາໄດ້ກັບໄປຢາມພໍ່ຕູ້ແມ່ຕູ້ຢູ່ບ້ານນອກ. ທາງໄກ ແລະ ມີຂີ້ຝຸ່ນຫຼາຍ ແຕ່ລະຫວ່າງທາງພວກເຮົາໄດ້ເຫັນທົ່ງນາຂຽວ ແລະ ພູທີ່ສວຍງາມ. ເມື່ອໄປຮອດ ແມ່ຕູ້ກໍແຕ່ງກິນໄວ້ຖ້າເຕັມພາ ມີທັງລາບ, ຕຳໝາກຫຸ່ງ, ປີ້ງໄກ່ ແລະ ເຂົ້າໜຽວ. ຕອນບ່າຍເດັກນ້ອຍລົງຫຼິ້ນນ້ຳຢູ່ຫ້ວຍ ສ່ວນຜູ້ໃຫຍ່ນັ່ງລົມກັນຢູ່ກ້ອງຕົ້ນໝາກມ່ວງ.",
    ),
    (
        "lo",
        "ນະຄອນຫຼວງວຽງຈັນໄດ້ປະກາດແຜນການໃໝ່ເພື່ອປັບປຸງການຂົນສົ່ງສາທາລະນະ. ນັບແຕ່ເດືອນໜ້າເປັນຕົ້ນໄປ ຈະມີລົດເມເພີ່ມຂຶ້ນໃນເສັ້ນທາງທີ່ນັກຮຽນ ແລະ ພະນັກງານໃຊ້ຫຼາຍທີ່ສຸດ.\nປະຊາຊົນຈຳນວນຫຼາຍດີໃຈກັບຂ່າວນີ້ ແຕ່ຄົນຂັບລົດຕຸກຕຸກບາງຄົນກໍກັງວົນວ່າຈະເສຍລູກຄ້າ. ເຈົ້າໜ້າທີ່ກ່າວວ່າຈະສືບຕໍ່ປຶກສາຫາລືກັບທຸກຝ່າຍ.",
    ),
    (
        "lo",
        "ຕອນຍັງນ້ອຍ ຂ້ອຍມັກໄປຢູ່ເຮືອນແມ່ຕູ້ໃນຊ່ວງພັກແລ້ງ. ຕອນເຊົ້າພວກເຮົາໄປເກັບໝາກມ່ວງທີ່ຫຼົ່ນຢູ່ກ້ອງຕົ້ນ. ຕອນສວາຍແດດຮ້ອນຫຼາຍ ແມ່ຕູ້ກໍໃຫ້ພວກເຮົານັ່ງຢູ່ກ້ອງຮົ່ມໄມ້ ແລ້ວເລົ່ານິທານໃຫ້ຟັງ. ຕອນແລງພວກເຮົາຫຼິ້ນວ່າວກັບເດັກນ້ອຍໃນບ້ານຢູ່ທົ່ງນາ. ມາຮອດທຸກມື້ນີ້ ເວລາໄດ້ກິ່ນດິນຫຼັງຝົນຕົກ ຂ້ອຍກໍຍັງຄິດຮອດມື້ເຫຼົ່ານັ້ນ.",
    ),
    (
        "lo",
        "ກົມອຸຕຸນິຍົມວິທະຍາໄດ້ແຈ້ງເຕືອນວ່າໃນສາມມື້ຂ້າງໜ້າ ຫຼາຍແຂວງທາງພາກເໜືອຈະມີຝົນຕົກໜັກ. ປະຊາຊົນທີ່ອາໄສຢູ່ໃກ້ແມ່ນ້ຳ ແລະ ບ່ອນທີ່ຕ່ຳ ໃຫ້ລະວັງນ້ຳຖ້ວມ ແລະ ດິນເຈື່ອນ. ໂຮງຮຽນບາງແຫ່ງໄດ້ປະກາດຢຸດການຮຽນການສອນຊົ່ວຄາວ ເພື່ອຄວາມປອດໄພຂອງນັກຮຽນ. ອຳນາດການປົກຄອງທ້ອງຖິ່ນໄດ້ກະກຽມບ່ອນພັກເຊົາຊົ່ວຄາວໄວ້ແລ້ວ.",
    ),
    # km
    ("km", "ឱសថស្ថាននៅឯណា?"),
    ("km", "ថ្ងៃនេះក្ដៅណាស់"),
    ("km", "សូមកាហ្វេមួយកែវ"),
    ("km", "ជួបគ្នាព្រឹកស្អែក"),
    ("km", "ខ្ញុំបាត់កូនសោផ្ទះ"),
    ("km", "ហាងបិទហើយ"),
    (
        "km",
        "កាលពីថ្ងៃសៅរ៍មុន គ្រួសាររបស់យើងបានទៅលេងជីដូនជីតានៅឯស្រុកកំណើត។ ផ្លូវឆ្ងាយ ហើយមានធូលីច្រើន ប៉ុន្តែតាមផ្លូវ យើងបានឃើញវាលស្រែពណ៌បៃតង និងដើមត្នោតយ៉ាងស្រស់ស្អាត។ ពេលទៅដល់ យាយបានរៀបចំម្ហូបរង់ចាំពេញតុ មានទាំងសម្លកកូរ ត្រីអាំង និងនំបញ្ចុក។ នៅពេលរសៀល ក្មេងៗលេងទឹកនៅក្នុងស្រះ ចំណែកមនុស្សចាស់អង្គុយជជែកគ្នានៅក្រោមដើមស្វាយ។",
    ),
    (
        "km",
        "សាលារាជធានីភ្នំពេញបានប្រកាសផែនការថ្មីដើម្បីកែលម្អការដឹកជញ្ជូនសាធារណៈ។ ចាប់ពីខែក្រោយតទៅ នឹងមានឡានក្រុងបន្ថែមនៅលើខ្សែផ្លូវដែលសិស្សនិស្សិត និងកម្មករប្រើប្រាស់ច្រើនជាងគេ។\nប្រជាពលរដ្ឋជាច្រើនស្វាគមន៍ព័ត៌មាននេះ ប៉ុន្តែអ្នកបើកម៉ូតូឌុបខ្លះព្រួយបារម្ភថានឹងបាត់បង់អតិថិជន។",
    ),
    (
        "km",
        "កាលនៅតូច ខ្ញុំចូលចិត្តទៅនៅផ្ទះយាយក្នុងពេលវិស្សមកាល។ ពេលព្រឹកព្រលឹម យើងទៅរើសផ្លែស្វាយដែលជ្រុះនៅក្រោមដើម។ ពេលថ្ងៃត្រង់ក្ដៅខ្លាំង យាយឱ្យយើងអង្គុយក្រោមម្លប់ឈើ ហើយនិទានរឿងឱ្យស្ដាប់។ ពេលល្ងាច យើងបង្ហោះខ្លែងជាមួយក្មេងៗក្នុងភូមិនៅវាលស្រែ។ រហូតមកដល់សព្វថ្ងៃ ពេលដែលខ្ញុំធុំក្លិនដីក្រោយភ្លៀង ខ្ញុំនៅតែនឹកដល់ថ្ងៃទាំងនោះ។",
    ),
    (
        "km",
        "ក្រសួងធនធានទឹក និងឧតុនិយមបានព្រមានថា ក្នុងរយៈពេលបីថ្ងៃខាងមុខ ខេត្តជាច្រើននឹងមានភ្លៀងធ្លាក់ខ្លាំង។ ប្រជាពលរដ្ឋដែលរស់នៅតំបន់ទំនាបត្រូវប្រុងប្រយ័ត្នចំពោះទឹកជំនន់។ សាលារៀនមួយចំនួនបានផ្អាកការសិក្សាជាបណ្ដោះអាសន្ន ដើម្បីសុវត្ថិភាពសិស្ស។ អាជ្ញាធរមូលដ្ឋានបានត្រៀមកន្លែងស្នាក់នៅបណ្ដោះអាសន្នរួចជាស្រេច។",
    ),
    # my
    ("my", "ဆေးဆိုင် ဘယ်မှာလဲ"),
    ("my", "ဒီနေ့ အရမ်းပူတယ်"),
    ("my", "ကော်ဖီတစ်ခွက် ပေးပါ"),
    ("my", "မနက်ဖြန် မနက် တွေ့မယ်"),
    ("my", "အိမ်သော့ ပျောက်သွားပြီ"),
    ("my", "ဆိုင်ပိတ်သွားပြီ"),
    (
        "my",
        "ပြီးခဲ့တဲ့ စနေနေ့က ငါတို့ မိသားစု ရွာမှာရှိတဲ့ အဘိုးအဘွားဆီ အလည်သွားခဲ့ကြတယ်။ လမ်းက ဝေးပြီး ဖုန်တွေ များပေမယ့် လမ်းတစ်လျှောက် စိမ်းစိုနေတဲ့ လယ်ကွင်းတွေနဲ့ တောင်တန်းတွေက အရမ်းလှတယ်။ ရောက်တော့ အဘွားက ဟင်းတွေ အများကြီး ချက်ထားပြီးသား၊ ကြက်သားဟင်း၊ လက်ဖက်သုပ်နဲ့ မုန့်တွေ ပါတယ်။ ညနေဘက်မှာ ကလေးတွေက ချောင်းထဲမှာ ရေကူးကြပြီး လူကြီးတွေက သရက်ပင်အောက်မှာ စကားပြောကြတယ်။",
    ),
    (
        "my",
        "ရန်ကုန်မြို့တော် စည်ပင်သာယာရေးအဖွဲ့က အများပြည်သူ သယ်ယူပို့ဆောင်ရေး တိုးတက်စေဖို့ အစီအစဉ်သစ်ကို ကြေညာလိုက်တယ်။ နောက်လကစပြီး ကျောင်းသားတွေနဲ့ ဝန်ထမ်းတွေ အသုံးများတဲ့ လမ်းကြောင်းတွေမှာ ဘတ်စ်ကားတွေ ထပ်တိုးမယ်။\nမြို့သူမြို့သားအများစုက ဒီသတင်းကို ဝမ်းသာကြပေမယ့် တက္ကစီသမားတချို့ကတော့ ခရီးသည် လျော့သွားမှာကို စိုးရိမ်နေကြတယ်။",
    ),
    (
        "my",
        "ငယ်ငယ်တုန်းက ကျောင်းပိတ်ရက်တိုင်း အဘွားအိမ်မှာ သွားနေလေ့ရှိတယ်။ မနက်စောစော ထပြီး သရက်ပင်အောက်မှာ ကြွေကျနေတဲ့ သရက်သီးမှည့်တွေကို ကောက်ကြတယ်။ နေ့လယ် နေပူတဲ့အချိန်မှာ အဘွားက ငါတို့ကို သစ်ပင်ရိပ်အောက်မှာ ထိုင်ခိုင်းပြီး ပုံပြင်တွေ ပြောပြတယ်။ ညနေကျရင် ရွာက ကလေးတွေနဲ့ လယ်ကွင်းထဲမှာ စွန်လွှတ်ကြတယ်။ အခုထိ မိုးရွာပြီးချိန် မြေသင်းနံ့ ရတိုင်း အဲဒီနေ့တွေကို သတိရနေတုန်းပဲ။",
    ),
    (
        "my",
        "နောက်သုံးရက်အတွင်း ပြည်နယ်နဲ့ တိုင်းဒေသကြီး အတော်များများမှာ မိုးသည်းထန်စွာ ရွာသွန်းနိုင်တယ်လို့ မိုးလေဝသနှင့် ဇလဗေဒဦးစီးဌာနက သတိပေးထားတယ်။ မြစ်ကမ်းနားနဲ့ မြေနိမ့်ပိုင်းဒေသတွေမှာ နေထိုင်သူတွေ ရေကြီးမှုအတွက် သတိထားကြဖို့ တိုက်တွန်းထားတယ်။ ကျောင်းတချို့ကို ကလေးတွေ ဘေးကင်းဖို့အတွက် ယာယီ ပိတ်ထားတယ်။",
    ),
    # bo
    ("bo", "སྨན་ཁང་ག་པར་ཡོད།"),
    ("bo", "དེ་རིང་གྲང་མོ་ཆེ་གི"),
    ("bo", "ཇ་ཕོར་པ་གཅིག་གནང་རོགས།"),
    ("bo", "སང་ཉིན་ཞོགས་པ་མཇལ་ཡོང་།"),
    ("bo", "ངའི་ལྡེ་མིག་བརླག་སོང་།"),
    ("bo", "ཚོང་ཁང་སྒོ་བརྒྱབ་ཚར་སོང་།"),
    (
        "bo",
        "གཟའ་སྤེན་པ་སྔོན་མར་ང་ཚོའི་ཁྱིམ་ཚང་ཚང་མ་ཕ་ཡུལ་དུ་མོ་མོ་དང་པོ་ལགས་ལ་ཐུག་པར་ཕྱིན། ལམ་ཐག་རིང་ཞིང་ཐལ་བ་མང་ཡང་ལམ་བར་དུ་ཞིང་ཁ་སྔོན་པོ་དང་རི་བོ་མཛེས་པོ་མཐོང་བྱུང་། ང་ཚོ་སླེབས་དུས་མོ་མོས་ཁ་ཟས་མང་པོ་བཟོས་ཚར་འདུག་སྟེ། མོག་མོག་དང་ཐུག་པ། གྲོ་མ་འབྲས་སྐོར་དང་བོད་ཇ་བཅས་ཡོད། ཕྱི་དྲོ་བྱིས་པ་ཚོ་ཆུ་ཕྲན་འགྲམ་དུ་རྩེད་མོ་བརྩེས་ཤིང་རྒན་པ་ཚོས་ཇ་འཐུང་བཞིན་གླེང་མོལ་བྱས།",
    ),
    (
        "bo",
        "ལྷ་ས་གྲོང་ཁྱེར་གྱིས་སྤྱི་པའི་འགྲིམ་འགྲུལ་ལེགས་སུ་གཏོང་ཆེད་འཆར་གཞི་གསར་པ་ཞིག་བསྒྲགས། ཟླ་བ་རྗེས་མ་ནས་བཟུང་སློབ་མ་དང་ལས་བྱེད་པ་མང་པོས་བེད་སྤྱོད་བྱེད་པའི་ལམ་ཐིག་ཐོག་རླངས་འཁོར་ཁ་སྣོན་བྱེད་རྒྱུ་ཡིན།\nམི་མང་པོ་ཞིག་གསར་འགྱུར་འདིར་དགའ་པོ་བྱུང་ཡང་རླངས་འཁོར་ཁ་ཤས་ཀྱི་ཁ་ལོ་བ་ཚོ་ཉོ་མཁན་ཉུང་དུ་འགྲོ་ཡི་ཟེར་སེམས་ཁྲལ་བྱེད་ཀྱི་འདུག",
    ),
    (
        "bo",
        "ང་ཆུང་དུས་སློབ་གྲྭའི་གུང་སེང་སྐབས་མོ་མོའི་ཁྱིམ་དུ་སྡོད་པར་དགའ་པོ་ཡོད། ཞོགས་པ་སྔ་མོ་ལངས་ནས་མོ་མོ་དང་མཉམ་དུ་འབྲི་འཇོ་བར་རོགས་རམ་བྱེད་ཀྱི་ཡོད། ཉིན་གུང་ཚ་བ་ཆེ་དུས་མོ་མོས་ང་ཚོ་ཤིང་སྡོང་གི་གྲིབ་མའི་འོག་ཏུ་བསྡད་ནས་སྒྲུང་བཤད་ཀྱི་ཡོད། དགོང་དྲོ་གྲོང་གསེབ་ཀྱི་བྱིས་པ་ཚོ་དང་མཉམ་དུ་སྤང་ཐང་ལ་རྩེད་མོ་རྩེ་གི་ཡོད། ད་ལྟའང་ཆར་པ་བབས་རྗེས་ས་དྲི་ཚོར་དུས་ཉིན་མོ་དེ་དག་དྲན་གྱི་ཡོད།",
    ),
    (
        "bo",
        "གནམ་གཤིས་ཞིབ་འཇུག་ཁང་གིས་ཉིན་གསུམ་གྱི་རིང་ལ་ས་ཁུལ་མང་པོར་ཆར་པ་ཆེན་པོ་འབབ་སྲིད་ཅེས་ཉེན་བརྡ་བཏང་། ཆུ་འགྲམ་དང་ས་དམའ་སར་སྡོད་པའི་མི་མང་ཚོས་ཆུ་ལོག་ལ་ཟོན་གྱིས་ཞེས་བསམ་འཆར་བཏོན། སློབ་གྲྭ་ཁ་ཤས་སློབ་མའི་བདེ་འཇགས་ཆེད་གནས་སྐབས་རིང་སྒོ་བརྒྱབ། ས་གནས་སྲིད་གཞུང་གིས་གནས་སྐབས་སྡོད་ས་གྲ་སྒྲིག་བྱས་ཚར།",
    ),
    # am
    ("am", "እንደምን አደርክ ወዳጄ?"),
    ("am", "ገበያው የት ነው?"),
    ("am", "ዛሬ በጣም ይሞቃል።"),
    ("am", "አንድ ቡና እባክህ ስጠኝ።"),
    ("am", "ነገ ጠዋት እንገናኝ።"),
    ("am", "አውቶቡሱ ዛሬም ዘገየ።"),
    (
        "am",
        "ባለፈው ቅዳሜ ቤተሰባችን በሙሉ አያቶቻችንን ለመጠየቅ ወደ ገጠር ሄደ። መንገዱ ረጅምና አቧራማ ቢሆንም በመንገድ ላይ ያየናቸው አረንጓዴ ማሳዎችና ተራሮች በጣም ያምሩ ነበር። እዚያ ስንደርስ አያቴ ዶሮ ወጥ፣ እንጀራና ጠላ አዘጋጅታ ጠበቀችን። ከሰዓት በኋላ ልጆቹ በሜዳው ላይ ኳስ ሲጫወቱ ትልልቆቹ ደግሞ ቡና እየጠጡ የድሮ ታሪኮችን ያወሩ ነበር። ማታ ላይ ሁላችንም በእሳቱ ዙሪያ ተቀምጠን አያቴ የልጅነት ትዝታዎቹን ሲነግረን አመሸን። እሁድ ከሰዓት ወደ ከተማ ስንመለስ ሁላችንም ደክመን ነበር፤ ነገር ግን በጣም ተደስተን ነበር።",
    ),
    (
        "am",
        "የከተማው አስተዳደር የሕዝብ ትራንስፖርትን ለማሻሻል አዲስ ዕቅድ ይፋ አድርጓል። ከሚቀጥለው ወር ጀምሮ ተማሪዎችና ሠራተኞች በብዛት በሚጠቀሙባቸው መስመሮች ላይ ተጨማሪ አውቶቡሶች ይሰማራሉ።\nብዙ ነዋሪዎች ዜናውን በደስታ ተቀብለውታል፤ አንዳንድ የታክሲ ሾፌሮች ግን ደንበኞቻቸውን እንዳያጡ ሰግተዋል። የአስተዳደሩ ቃል አቀባይ እንደተናገሩት ሁሉም ወገኖች ተጠቃሚ እንዲሆኑ ከባለድርሻ አካላት ጋር ውይይቱ ይቀጥላል። አዲሶቹ አውቶቡሶች ለአካል ጉዳተኞችም ምቹ እንደሚሆኑ ተገልጿል። ብዙ ነዋሪዎች ይህ ለውጥ በጠዋትና በማታ የሚታየውን የትራፊክ መጨናነቅ ይቀንሳል ብለው ተስፋ ያደርጋሉ።",
    ),
    (
        "am",
        "ልጅ እያለሁ በክረምት ዕረፍት ጊዜ ከአባቴ ጋር ወደ እርሻ መሄድ በጣም እወድ ነበር። ጎህ ሳይቀድ ተነስተን ትኩስ ቡና ከጠጣን በኋላ ፀሐዩ ሳይበረታ ወደ ማሳው በእግር እንሄድ ነበር። አባቴ ጤፍና በቆሎ እንዴት እንደሚዘራ እንዲሁም አረም እንዴት እንደሚነቀል አስተማረኝ። ቀትር ላይ በትልቅ ዋርካ ዛፍ ጥላ ስር አርፈን የተጠበሰ በቆሎ እንበላ ነበር። እስከ ዛሬ ድረስ ከመጀመሪያው ዝናብ በኋላ የሚሸተው የአፈር ሽታ እነዚያን ቀናት ያስታውሰኛል።",
    ),
    (
        "am",
        "ለሦስት ተከታታይ ቀናት የጣለው ከባድ ዝናብ በተለያዩ አካባቢዎች የጎርፍ አደጋ አስከትሏል። ብዙ መንገዶች ተዘግተዋል፤ አንዳንድ ትምህርት ቤቶችም የተማሪዎችን ደኅንነት ለመጠበቅ ለጊዜው ተዘግተዋል። በወንዝ ዳርቻ የሚኖሩ ነዋሪዎች ውሃው እስኪቀንስ ድረስ ወደ ከፍተኛ ቦታዎች እንዲዛወሩ ተመክረዋል። የሜትሮሎጂ ኤጀንሲ ዝናቡ እስከ ሳምንቱ መጨረሻ እንደሚቀጥል ነገር ግን መጠኑ እንደሚቀንስ አስታውቋል። መንግሥት ለተጎዱ ቤተሰቦች ምግብና ድንኳን እንደሚያቀርብ ቃል ገብቷል። የኢትዮጵያ ቀይ መስቀል ማኅበርም ብርድ ልብስና የመጠጥ ውሃ የያዙ በጎ ፈቃደኞችን ወደ አካባቢው ልኳል።",
    ),
    # ka
    ("ka", "სად არის უახლოესი აფთიაქი?"),
    ("ka", "დღეს ძალიან ცივა."),
    ("ka", "ერთი ყავა, თუ შეიძლება."),
    ("ka", "ხვალ დილით შევხვდეთ."),
    ("ka", "სახლის გასაღებები დავკარგე."),
    ("ka", "მაღაზია უკვე დაკეტილია."),
    (
        "ka",
        "გასულ შაბათს მთელი ოჯახით სოფელში ბებიასა და ბაბუასთან წავედით. გზა გრძელი და მტვრიანი იყო, მაგრამ გზად ვენახებითა და მწვანე მთებით ვტკბებოდით. როცა მივედით, ბებიას სუფრა უკვე გაშლილი ჰქონდა: მწვადი, ხაჭაპური, ფხალი, ლობიო და ჩურჩხელა. ნაშუადღევს ბავშვები მდინარეზე ბანაობდნენ, უფროსები კი კაკლის ხის ჩრდილში ისხდნენ და საუბრობდნენ. კვირა საღამოს ქალაქში დაღლილები, მაგრამ ძალიან ბედნიერები დავბრუნდით და დავპირდით, რომ ზაფხულში ისევ ჩამოვალთ.",
    ),
    (
        "ka",
        "თბილისის მერიამ საზოგადოებრივი ტრანსპორტის გაუმჯობესების ახალი გეგმა წარადგინა. მომავალი თვიდან იმ მარშრუტებზე, რომლებითაც სტუდენტები და დასაქმებულები ყველაზე ხშირად სარგებლობენ, დამატებითი ავტობუსები გამოვა.\nბევრმა მოქალაქემ ეს ამბავი სიხარულით მიიღო, თუმცა მიკროავტობუსების ზოგიერთი მძღოლი შიშობს, რომ მგზავრებს დაკარგავს. მერიის წარმომადგენელმა განაცხადა, რომ ყველა მხარესთან დიალოგი გაგრძელდება, რათა ცვლილებები ყველასთვის სასარგებლო იყოს. ახალი ავტობუსები შეზღუდული შესაძლებლობის მქონე ადამიანებისთვისაც მოსახერხებელი იქნება. ცვლილებები აპრილის პირველიდან ამოქმედდება და თანდათან ყველა უბანს მოიცავს.",
    ),
    (
        "ka",
        "ბავშვობაში ყოველ ზაფხულს ბაბუაჩემის სოფელში, კახეთში ვატარებდი. დილით ადრე ვდგებოდით და ბაბუასთან ერთად ვენახში მივდიოდით, სადაც ყურძნის კრეფაში ვეხმარებოდი. შუადღისას, როცა მზე ძალიან აცხუნებდა, ბებია თუთის ხის ქვეშ გვსვამდა და ზღაპრებს გვიყვებოდა. საღამოს სოფლის ბავშვებთან ერთად მინდორში ფრანს ვუშვებდით. დღემდე, როცა წვიმის შემდეგ მიწის სუნს ვგრძნობ, ის ბედნიერი დღეები მახსენდება და გული მენატრება იმ სოფლისთვის. იმ სოფელს და ბებიას თბილ ღიმილს ვერასდროს დავივიწყებ.",
    ),
    (
        "ka",
        "სამი დღის განმავლობაში შეუწყვეტლად მოსულმა ძლიერმა წვიმამ ქვეყნის რამდენიმე რეგიონში წყალდიდობა გამოიწვია. ბევრი გზა ჩაიკეტა, ზოგიერთ სკოლაში კი მოსწავლეების უსაფრთხოების მიზნით სწავლა დროებით შეწყდა. მდინარის პირას მცხოვრებ მოსახლეობას სთხოვეს, წყლის დაწევამდე მაღალ ადგილებზე გადავიდნენ. სინოპტიკოსების თქმით, წვიმა კვირის ბოლომდე გაგრძელდება, თუმცა შესუსტდება. მთავრობამ დაზარალებულ ოჯახებს საკვებისა და სასმელი წყლის მიწოდება აღუთქვა. მაშველები დღე და ღამე მუშაობენ და ხანდაზმულ ადამიანებს ევაკუაციაში ეხმარებიან. ადგილობრივმა ხელისუფლებამ დროებითი თავშესაფრები უკვე მოამზადა.",
    ),
    # hy
    ("hy", "Որտե՞ղ է մոտակա դեղատունը։"),
    ("hy", "Այսօր շատ ցուրտ է։"),
    ("hy", "Մեկ սուրճ, խնդրում եմ։"),
    ("hy", "Վաղը առավոտյան կհանդիպենք։"),
    ("hy", "Տան բանալիներս կորցրել եմ։"),
    ("hy", "Խանութն արդեն փակ է։"),
    (
        "hy",
        "Անցյալ շաբաթ ամբողջ ընտանիքով գնացինք գյուղ՝ տատիկիս ու պապիկիս մոտ։ Ճանապարհը երկար էր ու փոշոտ, բայց ճանապարհին հիանում էինք խաղողի այգիներով և կանաչ սարերով։ Երբ հասանք, տատիկն արդեն սեղանը գցել էր՝ խորոված, լավաշ, պանիր, կանաչի և թարմ մրգեր։ Կեսօրից հետո երեխաները լողանում էին գետում, իսկ մեծերը նստած էին ընկուզենու ստվերում և զրուցում էին։ Կիրակի երեկոյան վերադարձանք քաղաք հոգնած, բայց շատ գոհ և խոստացանք ամռանը նորից գալ։",
    ),
    (
        "hy",
        "Երևանի քաղաքապետարանը ներկայացրեց հասարակական տրանսպորտի բարելավման նոր ծրագիր։ Հաջորդ ամսից այն երթուղիներում, որոնցից առավել հաճախ օգտվում են ուսանողներն ու աշխատողները, լրացուցիչ ավտոբուսներ կգործարկվեն։\nՇատ քաղաքացիներ ուրախությամբ ընդունեցին այս լուրը, սակայն որոշ երթուղային տաքսիների վարորդներ մտահոգված են, որ ուղևորներ կկորցնեն։ Քաղաքապետարանի ներկայացուցիչը հայտարարեց, որ բոլոր կողմերի հետ երկխոսությունը կշարունակվի, որպեսզի փոփոխությունները բոլորին ձեռնտու լինեն։ Նոր ավտոբուսները հարմար կլինեն նաև հաշմանդամություն ունեցող մարդկանց համար։ Փոփոխություններն ուժի մեջ կմտնեն ապրիլի մեկից։",
    ),
    (
        "hy",
        "Մանկության տարիներին ամեն ամառ անցկացնում էի պապիկիս գյուղում՝ Սյունիքում։ Առավոտյան շուտ արթնանում էինք և պապիկիս հետ գնում այգի, որտեղ օգնում էի նրան ծիրան հավաքել։ Կեսօրին, երբ արևը շատ էր այրում, տատիկս մեզ նստեցնում էր թթենու տակ և հեքիաթներ պատմում։ Երեկոյան գյուղի երեխաների հետ դաշտում օդապարուկ էինք թռցնում։ Մինչև հիմա, երբ անձրևից հետո հողի բույրն եմ զգում, հիշում եմ այդ երջանիկ օրերը և կարոտում այդ գյուղը։",
    ),
    (
        "hy",
        "Երեք օր անընդհատ տեղացած հորդառատ անձրևները հանրապետության մի քանի մարզերում հեղեղումներ են առաջացրել։ Բազմաթիվ ճանապարհներ փակվել են, իսկ որոշ դպրոցներում աշակերտների անվտանգության նկատառումներով դասերը ժամանակավորապես դադարեցվել են։ Գետափնյա գյուղերի բնակիչներին խնդրել են տեղափոխվել ավելի բարձր վայրեր, մինչև ջուրը նահանջի։ Օդերևութաբանների կանխատեսմամբ՝ անձրևները կշարունակվեն մինչև շաբաթվա վերջ, սակայն կթուլանան։ Կառավարությունը խոստացել է տուժած ընտանիքներին սնունդ և խմելու ջուր տրամադրել։ Փրկարարներն աշխատում են շուրջօրյա և օգնում են տարեցներին տարհանվել։",
    ),
    # el
    ("el", "Πού είναι το πλησιέστερο φαρμακείο;"),
    ("el", "Σήμερα κάνει πολύ κρύο."),
    ("el", "Έναν φρέντο εσπρέσο, παρακαλώ."),
    ("el", "Τα λέμε αύριο το πρωί."),
    ("el", "Έχασα τα κλειδιά του σπιτιού."),
    ("el", "Το μαγαζί έχει ήδη κλείσει."),
    (
        "el",
        "Το περασμένο Σάββατο πήγαμε όλη η οικογένεια στο χωριό για να δούμε τον παππού και τη γιαγιά. Ο δρόμος ήταν μακρύς και σκονισμένος, αλλά στη διαδρομή θαυμάζαμε τους ελαιώνες και τα πράσινα βουνά. Όταν φτάσαμε, η γιαγιά είχε ήδη στρώσει το τραπέζι: κοτόπουλο με πατάτες, χωριάτικη σαλάτα, φέτα και γαλακτομπούρεκο. Το απόγευμα τα παιδιά κολυμπούσαν στο ποτάμι, ενώ οι μεγάλοι κάθονταν κάτω από τον πλάτανο και κουβέντιαζαν. Την Κυριακή το βράδυ γυρίσαμε στην πόλη κουρασμένοι αλλά πολύ χαρούμενοι.",
    ),
    (
        "el",
        "Ο δήμος παρουσίασε ένα νέο σχέδιο για τη βελτίωση των δημόσιων συγκοινωνιών. Από τον επόμενο μήνα θα προστεθούν λεωφορεία στις γραμμές που χρησιμοποιούν περισσότερο οι φοιτητές και οι εργαζόμενοι τις ώρες αιχμής.\nΠολλοί κάτοικοι υποδέχτηκαν την είδηση με χαρά, ωστόσο ορισμένοι οδηγοί ταξί ανησυχούν ότι θα χάσουν πελάτες. Ο εκπρόσωπος του δήμου δήλωσε ότι ο διάλογος με όλους τους φορείς θα συνεχιστεί, ώστε οι αλλαγές να ωφελήσουν όλους.",
    ),
    (
        "el",
        "Όταν ήμουν μικρός, περνούσα κάθε καλοκαίρι στο χωριό του παππού μου στην Κρήτη. Το πρωί ξυπνούσαμε νωρίς και πηγαίναμε μαζί στο περιβόλι, όπου τον βοηθούσα να μαζεύει ντομάτες και σύκα. Το μεσημέρι, όταν ο ήλιος έκαιγε, η γιαγιά μάς έβαζε να καθίσουμε κάτω από τη μουριά και μας έλεγε παραμύθια. Το βράδυ πετούσαμε χαρταετούς με τα άλλα παιδιά του χωριού. Ακόμα και σήμερα, όταν μυρίζω το χώμα μετά τη βροχή, θυμάμαι εκείνες τις ευτυχισμένες μέρες.",
    ),
    (
        "el",
        "Οι έντονες βροχοπτώσεις που διήρκεσαν τρεις ημέρες προκάλεσαν πλημμύρες σε αρκετές περιοχές της χώρας. Πολλοί δρόμοι έκλεισαν, ενώ ορισμένα σχολεία ανέστειλαν προσωρινά τη λειτουργία τους για την ασφάλεια των μαθητών. Οι κάτοικοι των παραποτάμιων χωριών κλήθηκαν να μετακινηθούν σε υψηλότερα σημεία μέχρι να υποχωρήσουν τα νερά. Σύμφωνα με τους μετεωρολόγους, οι βροχές θα συνεχιστούν έως το τέλος της εβδομάδας, αλλά θα εξασθενήσουν. Η κυβέρνηση υποσχέθηκε τρόφιμα και νερό στις πληγείσες οικογένειες.",
    ),
    # he
    ("he", "איפה בית המרקחת הקרוב?"),
    ("he", "היום קר מאוד בחוץ."),
    ("he", "קפה הפוך אחד, בבקשה."),
    ("he", "נתראה מחר בבוקר."),
    ("he", "איבדתי את המפתחות של הבית."),
    ("he", "החנות כבר סגורה."),
    (
        "he",
        "בשבת שעברה נסענו כל המשפחה למושב לבקר את סבא וסבתא. הדרך הייתה ארוכה ומאובקת, אבל בדרך נהנינו מהנוף של פרדסים ושדות ירוקים. כשהגענו, סבתא כבר ערכה שולחן גדול עם שניצל, אורז, סלט ירקות ועוגת שמרים. אחר הצהריים הילדים שיחקו בבריכה, והמבוגרים ישבו בצל העץ, שתו קפה ודיברו על הכול. חזרנו לעיר במוצאי שבת עייפים אבל מאוד מרוצים, והבטחנו לבוא שוב בקיץ עם כל הנכדים.",
    ),
    (
        "he",
        "העירייה הציגה תוכנית חדשה לשיפור התחבורה הציבורית בעיר. החל מהחודש הבא יתווספו אוטובוסים בקווים שבהם משתמשים בעיקר סטודנטים ועובדים בשעות העומס.\nתושבים רבים קיבלו את הבשורה בשמחה, אך חלק מנהגי המוניות חוששים שיאבדו לקוחות. דובר העירייה אמר שהשיח עם כל הגורמים יימשך, כדי שהשינויים יועילו לכולם. לדבריו, האוטובוסים החדשים יהיו נגישים גם לאנשים עם מוגבלויות, והתוכנית תיכנס לתוקף באופן מלא עד סוף השנה.",
    ),
    (
        "he",
        "כשהייתי ילד, ביליתי כל קיץ אצל סבא שלי בקיבוץ בעמק. בבוקר השכם היינו קמים והולכים יחד למטע, ושם עזרתי לו לקטוף אבוקדו ותפוזים. בצהריים, כשהשמש הייתה חזקה מדי, סבתא הושיבה אותנו בצל עץ התות וסיפרה לנו סיפורים. בערב שיחקנו כדורגל עם שאר הילדים על הדשא ליד חדר האוכל. עד היום, כשאני מריח את האדמה אחרי הגשם הראשון, אני נזכר בימים המאושרים ההם.",
    ),
    (
        "he",
        "הגשמים העזים שירדו במשך שלושה ימים ברציפות גרמו להצפות בכמה אזורים בצפון הארץ. כבישים רבים נחסמו, ובחלק מבתי הספר הופסקו הלימודים באופן זמני מטעמי בטיחות. תושבים שגרים ליד נחלים התבקשו לעבור למקומות גבוהים יותר עד שהמים ייסוגו. לפי החזאים, הגשם יימשך עד סוף השבוע אך ייחלש בהדרגה. הרשויות הבטיחו לספק מזון, מים ומקומות לינה זמניים למשפחות שנפגעו. מתנדבים רבים הגיעו לעזור בפינוי הבוץ מהבתים.",
    ),
    # ja
    ("ja", "一番近い薬局はどこですか。"),
    ("ja", "今日はとても寒いですね。"),
    ("ja", "コーヒーを一つお願いします。"),
    ("ja", "また明日の朝に会いましょう。"),
    ("ja", "家の鍵をなくしてしまった。"),
    ("ja", "店はもう閉まっている。"),
    (
        "ja",
        "先週の土曜日、家族みんなで田舎の祖父母の家へ行きました。道は長くて少しほこりっぽかったけれど、途中の田んぼや緑の山々はとてもきれいでした。着いたときには、祖母がもうごちそうを用意してくれていて、天ぷらや煮物、おにぎり、スイカまでありました。午後は子どもたちが川で遊び、大人たちは縁側でお茶を飲みながらおしゃべりをしていました。日曜日の夜、疲れたけれどとても満足して町へ帰りました。",
    ),
    (
        "ja",
        "市は公共交通を改善するための新しい計画を発表した。来月から、学生や会社員がよく利用する路線でバスの本数が増やされる。\n多くの住民はこのニュースを歓迎しているが、一部のタクシー運転手は客が減るのではないかと心配している。市の担当者は、すべての関係者と話し合いを続け、誰にとっても便利な仕組みにしたいと述べた。",
    ),
    (
        "ja",
        "子どものころ、夏休みはいつも祖母の住む海辺の町で過ごした。朝早く起きて祖父と一緒に港へ行き、漁師さんたちが魚を運ぶのを眺めるのが好きだった。昼間、日差しが強くなると、祖母は縁側で冷たい麦茶を出して、昔話を聞かせてくれた。夕方には近所の子どもたちと浜辺で花火をした。今でも雨上がりの土のにおいをかぐと、あの夏の日々を思い出す。",
    ),
    (
        "ja",
        "三日間降り続いた大雨の影響で、各地で川が氾濫し、住宅の浸水被害が相次いでいる。多くの道路が通行止めとなり、一部の学校は児童の安全のため臨時休校を決めた。川の近くに住む人々には、水が引くまで高い場所へ避難するよう呼びかけられている。気象台によると、雨は週末まで続くものの、次第に弱まる見込みだという。",
    ),
    # ko
    ("ko", "가장 가까운 약국이 어디예요?"),
    ("ko", "오늘 날씨가 정말 춥네요."),
    ("ko", "아메리카노 한 잔 주세요."),
    ("ko", "내일 아침에 봐요."),
    ("ko", "집 열쇠를 잃어버렸어요."),
    ("ko", "가게가 벌써 문을 닫았어요."),
    (
        "ko",
        "지난 토요일에 온 가족이 시골에 계신 할아버지 할머니 댁에 다녀왔다. 길은 멀고 먼지가 많았지만, 가는 길에 보이는 논밭과 푸른 산이 정말 아름다웠다. 우리가 도착했을 때 할머니께서는 이미 불고기, 잡채, 나물, 떡까지 한 상 가득 차려 놓으셨다. 오후에는 아이들이 개울에서 물놀이를 했고, 어른들은 마루에 앉아 수박을 먹으며 이야기를 나누었다. 일요일 저녁에 우리는 피곤했지만 아주 행복한 마음으로 도시로 돌아왔다. 할머니께서는 다음 명절에도 꼭 다 같이 오라고 하셨다.",
    ),
    (
        "ko",
        "시는 대중교통을 개선하기 위한 새로운 계획을 발표했다. 다음 달부터 학생과 직장인이 많이 이용하는 노선에 버스가 추가로 투입될 예정이다.\n많은 시민들이 이 소식을 반겼지만, 일부 택시 기사들은 손님이 줄어들까 봐 걱정하고 있다. 시 관계자는 모든 당사자와 대화를 계속하여 변화가 모두에게 도움이 되도록 하겠다고 밝혔다. 새 버스는 장애인도 편리하게 이용할 수 있도록 저상 버스로 도입된다. 이번 계획은 사월 일일부터 단계적으로 시행되며, 시민들의 의견을 반영해 노선을 조정할 계획이다.",
    ),
    (
        "ko",
        "어릴 때 나는 여름 방학마다 외할머니가 사시는 바닷가 마을에서 지냈다. 아침 일찍 일어나 할아버지와 함께 항구에 나가서 어부들이 고기를 나르는 모습을 구경하곤 했다. 한낮에 햇볕이 뜨거워지면 할머니께서는 우리를 툇마루에 앉히고 시원한 보리차와 함께 옛날이야기를 들려주셨다. 저녁에는 동네 아이들과 바닷가에서 불꽃놀이를 했다. 지금도 비가 그친 뒤 흙냄새를 맡으면 그 여름날들이 생각난다. 그 마을과 할머니의 따뜻한 미소는 아마 평생 잊지 못할 것이다. 요즘도 나는 해마다 한 번씩은 그곳을 찾아간다.",
    ),
    (
        "ko",
        "사흘 동안 계속된 폭우로 전국 곳곳에서 하천이 범람하고 주택 침수 피해가 잇따르고 있다. 많은 도로가 통제되었고, 일부 학교는 학생들의 안전을 위해 임시 휴교를 결정했다. 하천 근처에 사는 주민들에게는 물이 빠질 때까지 높은 곳으로 대피하라는 권고가 내려졌다. 기상청에 따르면 비는 주말까지 이어지겠지만 점차 약해질 것으로 보인다. 정부는 피해 가구에 식량과 임시 거처를 제공하겠다고 약속했다. 구조대원들은 밤낮없이 일하며 노인들의 대피를 돕고 있다. 피해 복구에는 상당한 시간이 걸릴 것으로 예상된다.",
    ),
    # zh
    ("zh", "最近的药店在哪儿？"),
    ("zh", "今天外面特别冷。"),
    ("zh", "请给我一杯豆浆。"),
    ("zh", "明天早上见。"),
    ("zh", "我把家里的钥匙弄丢了。"),
    ("zh", "商店已经关门了。"),
    (
        "zh",
        "上个星期六，我们全家一起回乡下看望爷爷奶奶。路很远，也有些尘土，但一路上的稻田和青山非常漂亮。我们到的时候，奶奶已经准备好了一大桌菜，有红烧肉、清蒸鱼、炒青菜，还有自己包的粽子。下午孩子们在小河边玩水，大人们坐在院子里的大树下喝茶聊天。星期天晚上我们回到城里，虽然很累，但是心里特别高兴。",
    ),
    (
        "zh",
        "市政府公布了一项改善公共交通的新计划。从下个月开始，学生和上班族最常用的几条线路将增加公交车班次。\n许多市民对这个消息表示欢迎，但也有一些出租车司机担心会失去乘客。市政府发言人表示，将继续与各方沟通，让这些变化对每个人都有好处。新投入使用的公交车也将方便残障人士乘坐。",
    ),
    (
        "zh",
        "小时候，每年暑假我都会去外婆家住一段时间。早上我们很早起床，跟着外公去菜园里摘黄瓜和西红柿。中午太阳太大的时候，外婆就让我们坐在院子里的葡萄架下，一边吃西瓜一边听她讲故事。傍晚我们和村里的小朋友一起在田埂上放风筝。直到现在，每当下过雨闻到泥土的味道，我还是会想起那些快乐的日子。",
    ),
    (
        "zh",
        "连续三天的强降雨导致多个地区出现洪涝灾害。许多道路被迫封闭，一些学校为了学生的安全决定临时停课。住在河边的居民被要求转移到地势较高的地方，等待洪水退去。气象部门表示，降雨将持续到周末，但强度会逐渐减弱。政府承诺将为受灾家庭提供食物、饮用水和临时住所。",
    ),
    # languages outside lid.176
    ("zu", "Sawubona, unjani namuhla?"),
    ("zu", "Ngiyabonga kakhulu, mngane wami."),
    ("zu", "Imoto isifikile ekhaya manje."),
    ("zu", "Kubanda kakhulu namuhla ekuseni."),
    (
        "zu",
        "Ngempelasonto edlule sivakashele ugogo nomkhulu emaphandleni. Indlela ibide futhi inothuli, kodwa sabona amasimu aluhlaza nezintaba ezinhle. Lapho sifika, ugogo wayesephekile: uphuthu, inyama yenkomo, imifino namasi. Ntambama izingane zadlala emfuleni, abadala bahlala ngaphansi kwesihlahla bexoxa. Sabuyela edolobheni ngeSonto kusihlwa sikhathele kodwa sijabule kakhulu.",
    ),
    (
        "zu",
        "UMasipala umemezele uhlelo olusha lokuthuthukisa ezokuthutha zomphakathi. Kusukela ngenyanga ezayo, kuzoba namabhasi amaningi emizileni esetshenziswa kakhulu ngabafundi nabasebenzi.\nAbantu abaningi bayijabulele le ndaba, kodwa abanye abashayeli bamatekisi bakhathazekile ngokuthi bazolahlekelwa ngabagibeli.",
    ),
    ("xh", "Molo, unjani namhlanje?"),
    ("xh", "Enkosi kakhulu, mhlobo wam."),
    ("xh", "Imoto sele ifikile ekhaya."),
    ("xh", "Kuyabanda kakhulu namhlanje kusasa."),
    (
        "xh",
        "Kwimpelaveki edlulileyo sandwendwela umakhulu notatomkhulu emaphandleni. Indlela ibinde kwaye inothuli, kodwa sabona amasimi aluhlaza neentaba ezintle. Xa sifikayo, umakhulu wayesele ephekile: umngqusho, inyama yenkomo, imifuno namasi. Emva kwemini abantwana badlala emlanjeni, abadala bahlala phantsi komthi bencokola. Sabuyela edolophini ngeCawa ngokuhlwa sidiniwe kodwa sonwabile kakhulu.",
    ),
    (
        "xh",
        "UMasipala uvakalise isicwangciso esitsha sokuphucula izithuthi zoluntu. Ukususela kwinyanga ezayo, kuza kubakho iibhasi ezininzi kwiindlela ezisetyenziswa kakhulu ngabafundi nabasebenzi.\nAbantu abaninzi bayivuyele le ndaba, kodwa abanye abaqhubi beeteksi bayaxhalaba ukuba baza kuphulukana nabakhweli.",
    ),
    ("ha", "Sannu, yaya kake yau?"),
    ("ha", "Na gode sosai, abokina."),
    ("ha", "Motar ta iso gida yanzu."),
    ("ha", "Yau ana sanyi sosai da safe."),
    (
        "ha",
        "A karshen makon da ya gabata mun ziyarci kakanninmu a kauye. Hanyar tana da nisa kuma akwai kura, amma mun ga gonaki masu kyau da tsaunuka a hanya. Da muka isa, kakata ta riga ta dafa abinci: tuwon masara, miyar kuka da nama. Da rana yara sun yi wasa a bakin kogi, manya kuma suka zauna a karkashin bishiya suna hira. Mun koma gari ranar Lahadi da yamma a gajiye amma cike da farin ciki.",
    ),
    (
        "ha",
        "Gwamnatin jihar ta sanar da sabon shiri na inganta harkokin sufuri a birnin. Daga wata mai zuwa za a kara motocin bas a hanyoyin da dalibai da ma'aikata suka fi amfani da su.\nMutane da yawa sun yi murna da wannan labari, amma wasu direbobin adaidaita sahu suna damuwa cewa za su rasa fasinjoji.",
    ),
    ("ig", "Ndewo, kedu ka ị mere?"),
    ("ig", "Daalụ nke ukwuu, enyi m."),
    ("ig", "Ụgbọ ala abịala n'ụlọ ugbu a."),
    ("ig", "Oyi na-atụ nke ukwuu taa."),
    (
        "ig",
        "N'izu gara aga, anyị gara leta nne nne na nna nna anyị n'obodo. Ụzọ ahụ dị anya ma nwee ntụ, mana anyị hụrụ ubi ndị mara mma n'ụzọ. Mgbe anyị rutere, nne nne m esiela nri: ji, ofe egusi na anụ. N'ehihie, ụmụaka gwuru egwu n'akụkụ mmiri, ndị okenye nọdụrụ n'okpuru osisi na-akparịta ụka. Anyị laghachiri n'obodo mepere emepe n'uhuruchi Sọnde, ike gwụrụ anyị mana obi dị anyị ụtọ.",
    ),
    (
        "ig",
        "Gọọmentị steeti ekwuputala atụmatụ ọhụrụ iji meziwanye njem ọha n'obodo. Site n'ọnwa na-abịa, a ga-agbakwunye ụgbọ ala bọs n'ụzọ ndị ụmụ akwụkwọ na ndị ọrụ na-eji eme njem.\nỌtụtụ mmadụ nwere obi ụtọ n'akụkọ a, mana ụfọdụ ndị ọkwọ ụgbọ ala tagzi na-echegbu onwe ha na ha ga-atụfu ndị njem.",
    ),
    ("ti", "ሰላም፡ ከመይ ኣለኻ?"),
    ("ti", "ብጣዕሚ የቐንየለይ ዓርከይ።"),
    ("ti", "መኪና ናብ ገዛ በጺሓ።"),
    ("ti", "ሎሚ ንግሆ ብጣዕሚ ይዝሕል።"),
    (
        "ti",
        "ኣብ ዝሓለፈ ቀዳም ሰንበት ንዓባይን ኣቦሓጎን ክንበጽሕ ናብ ዓዲ ከይድና። መገዲ ነዊሕን ኣቧራ ዝመልኦን እኳ እንተነበረ፡ ኣብ መገዲ ጽቡቕ ግራውትን ኣኽራንን ርኢና። ምስ በጻሕና ዓባየይ ጥዑም መግቢ ኣዳልያ ጸኒሓትና። ድሕሪ ቐትሪ ቆልዑ ኣብ ጥቓ ሩባ ተጻወቱ፡ ዓበይቲ ድማ ኣብ ትሕቲ ኦም ኮፍ ኢሎም ተዘራረቡ። ሰንበት ምሸት ደኺምና ግን ብጣዕሚ ተሓጒስና ናብ ከተማ ተመለስና።",
    ),
    (
        "ti",
        "ምምሕዳር ከተማ ንመጓዓዝያ ህዝቢ ንምምሕያሽ ሓድሽ መደብ ኣፍሊጡ። ካብ ዝመጽእ ወርሒ ጀሚሩ ኣብቶም ተመሃሮን ሰራሕተኛታትን ብብዝሒ ዝጥቀሙሉ መስመራት ተወሰኽቲ ኣውቶቡሳት ክሰርሑ እዮም።\nብዙሓት ሰባት በዚ ዜና ተሓጒሶም፡ ገለ ናይ ታክሲ መራሕቲ ግን ተሳፈርቲ ከይጠፍእዎም ይሻቐሉ ኣለዉ።",
    ),
)
