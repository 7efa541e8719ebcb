/**
 * Word lists for recognising people and organisations that no list names, from the words around
 * them. All entries are folded (lower case, no accents) unless said otherwise.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Head words of a role: "le ministre …", "secretary of defense …", "…, chercheur associé à …". */
export const ROLE_HEADS = set(`
  ministre ministres president presidente presidents chancelier chanceliere secretaire secretaires representant representante
  commissaire commissaires ambassadeur ambassadrice ambassadeurs chef cheffe chefs directeur directrice directeurs general generale
  amiral colonel lieutenant capitaine commandant parole chercheur chercheuse chercheurs professeur professeure maitre maitresse
  analyste analystes expert experte experts emissaire emissaires envoye envoyee envoyes depute deputee deputes eurodepute eurodeputee
  senateur senatrice maire roi reine pape dirigeant dirigeante dirigeants conseiller conseillere revolutionnaire journaliste economiste
  politologue historien historienne fondateur fondatrice auteur auteure autrice homologue patron patronne avocat avocate specialiste
  diplomate negociateur negociatrice coordinateur coordinatrice delegue deleguee porte-parole gouverneur rapporteur rapporteure
  minister ministers secretary representative commissioner ambassador chief head director admiral commander spokesperson
  spokesman spokeswoman researcher fellow professor lecturer analyst expert envoy envoys emissary emissaries senator congressman
  congresswoman mep mayor king queen pope leader adviser advisor journalist economist historian founder author counterpart chair
  chairman chairwoman ceo lawyer diplomat negotiator premier deputy governor mp mps lawmaker lawmakers legislator official
  officials officer parlementaire parlementaires elu elue officier fonctionnaire militant militante
`);

/** Words that may stand before a role head and belong to it ("Premier ministre", "High Representative", "vice-président"). */
export const ROLE_LEFT = set(`
  premier premiere haut haute vice ex ancien ancienne nouveau nouvelle futur future former new high prime foreign defence defense
  deputy chief senior associate assistant special first grand grande sous under us eu vp porte policy security defence defense
`);

/** Words allowed between a role head and the name ("ministre français de la Défense, X", "secretary of defense X"). */
export const ROLE_COMPLEMENT = set(`
  de des du d la le l les of the for a au aux en on to in
  general generale generaux adjoint adjointe delegue deleguee associe associee special speciale charge chargee permanent permanente
  affaires etrangeres armees defense defence etat state foreign affairs armed forces interieur interior justice economie economy
  finances finance europe europeen europeenne european union commission exterieures conferences staff etat-major major
  securite security nationale national strategie strategy politique international internationale publication recherche research
  gouvernement government presidence presidency parlement parliament assemblee senat senate comite committee policy
`);

/** Honorifics written before a name (case-sensitive, as written). */
export const HONORIFIC = /(?:^|[\s(«"“'’])(M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Prof\.?|Sir|Dame|Lord)[\s\u00a0]+$/u;

/** Speech verbs before a name: "a affirmé Lecornu", "said Borrell", "selon Mauro". */
export const SPEECH_BEFORE =
  /(?:\b(?:a|ont|avait)\s+(?:affirm|déclar|dit|précis|soulign|insist|expliqu|ajout|indiqu|annonc|assur|prévenu|averti|estim|rappel|martel|confi|reconnu|jug|lanc|répondu|conclu|poursuivi|résum|détaill|insist)\p{L}*|\b(?:affirme|déclare|dit|précise|souligne|explique|ajoute|indique|annonce|assure|estime|rappelle|martèle|confie|reconnaît|juge|lance|répond|conclut|poursuit|résume|selon|d['’]après|said|says|told|added|stated|warned|explained|noted|argued|insisted|wrote|writes|according\s+to))[\s\u00a0]+$/iu;

/** Speech verbs after a name: "Lecornu a affirmé", "Borrell said". */
export const SPEECH_AFTER =
  /^[\s\u00a0]+(?:(?:a|avait)\s+(?:affirm|déclar|dit|précis|soulign|insist|expliqu|ajout|indiqu|annonc|assur|prévenu|averti|estim|rappel|martel|confi|reconnu|jug|répondu|conclu|résum)\p{L}*|affirme\b|déclare\b|estime\b|explique\b|souligne\b|rappelle\b|insiste\b|said\b|says\b|told\b|added\b|stated\b|warned\b|explained\b|noted\b|argued\b|insisted\b|wrote\b|writes\b|has\s+(?:said|warned|argued|stated))/iu;

/** Capitalised words that start sentences or headings and are not names. */
export const NOT_NAME = set(`
  le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je tu leur leurs son sa ses mon ma mes notre nos
  dans pour selon mais et ou or si en au aux sur par avec sans sous entre vers chez depuis pendant apres avant contre comme
  lorsque quand alors ainsi donc pourtant cependant toutefois tous toutes tout toute aucun aucune chaque plusieurs certains
  officiellement objectif retour entretien sources source voir vous oui non ca c qui que quoi ou dont la-bas ici
  the a an this that these those it its he she they we you i his her their our my in on at for with as but if when while
  by from to of and or not no yes there here what which who whose where why how all each every some many most several
  according since after before during under over between against among however therefore thus also yet still
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  january february march april may june july august september october november december
  lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
  europe union etat etats nord sud est ouest north south east west guerre war paix peace republique republic
  chapitre chapter section partie part figure tableau table annexe annex conclusion introduction resume summary
  regulation reglement directive decision decret decree article articles recital considerant paragraph paragraphe appendix appendice
  policy politique strategy strategie framework cadre report rapport act loi law treaty traite convention protocol protocole
  guideline guidelines standard norme programme program plan member members membre membres state states
  directeur president ministre secretaire
  m mm mme mmes mlle mr mrs ms dr pr prof sir dame lord
`);

/** Name particles allowed inside a name ("Charles de Gaulle", "Ursula von der Leyen", "Jean-Yves Le Drian"). */
export const PARTICLES = set('de d la le van von der den da di del dos ter ten al bin ibn');

/** Common given names (folded): a capitalised pair starting with one is a person even without a role. */
export const GIVEN_NAMES = set(`
  jean pierre paul jacques michel philippe francois nicolas laurent olivier christophe frederic sebastien emmanuel alain patrick
  thierry bruno eric didier gerard bernard daniel dominique marc luc julien thomas antoine alexandre guillaume vincent stephane
  benoit arnaud mathieu matthieu hugo louis charles henri yves rene claude andre georges gabriel raphael valentin maxime clement
  edouard gilles herve lionel xavier fabien jerome cedric remi franck pascal serge yannick jean-yves jean-noel jean-marc
  marie anne sophie isabelle nathalie catherine christine sylvie valerie sandrine veronique francoise monique helene claire julie
  camille laura lea manon chloe emma sarah elisabeth elisabeth agnes florence brigitte segolene marine rachida amelie ursula
  marjolaine caroline celine delphine emilie pauline aurelie charlotte juliette margaux alice lucie jeanne louise
  john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven steve
  paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary eric jonathan stephen larry
  justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam nathan
  henry douglas zachary peter pete kyle walter ethan jeremy harold keith roger noah gerald carl terry sean austin
  arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
  vincent russell elijah louis bobby philip johnny jared marco rishi boris keir tony gordon theresa liz hillary kamala nancy
  mary patricia jennifer linda elizabeth barbara susan jessica margaret karen nancy lisa betty dorothy sandra ashley kimberly
  donna emily michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen
  anna brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel carolyn janet virginia maria heather
  diane julie joyce kelly christina joan evelyn lauren judith olivia frances martha cheryl megan andrea hannah jacqueline
  volodymyr vladimir dmitry dmitri sergei sergey sergueie serguei andriy andrii oleksandr olexandr oleksii denys dmytro mykhailo
  yulia iryna olena petro vitali vitaliy kyrylo rustem valery valeriy ihor igor yuri yuriy mikhail alexei alexey nikolai
  josep jose antonio pedro pablo javier carlos manuel luis miguel francisco giorgia giuseppe mario matteo sergio enrico silvio
  angela olaf friedrich annalena boris frank-walter wolfgang helmut gerhard robert markus lars jens mette magdalena
  ulf sanna petteri alexander kaja andrzej mateusz radoslaw donald wladyslaw krzysztof jaroslaw viktor robert peter mark dick
  ursula charles josep kaja antonio roberta jens mark pedro luis mateusz gitanas edgars evika kristen kristrun
  recep tayyip mevlut hakan ahmet mehmet xi li narendra benyamin benjamin ali hassan mohammed muhammad
  piotr pawel tomasz marek jan jakub michal krzysztof agnieszka katarzyna malgorzata ewa anna jana petr tomas martin lukas
  ivan ivana milan zoran goran nikola ana elena ioana mihai andrei klaus nicolae janis arturs gabrielius ingrida kestutis
  lars anders henrik mikael johan erik nils sven magnus ingrid astrid kari sanna jussi antti mika matti
`);
