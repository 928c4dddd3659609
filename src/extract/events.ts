/**
 * @module extract/events
 * Typed events and crime types from trigger phrases, each with realis (actual / alleged / negated /
 * future) read from cues before the trigger, and a background flag for sentences about other cases
 * (a not-linked actor, "previously", "such as"). An event type is the article's own when a non-
 * background, non-future, non-negated trigger is in the title or lead, or repeats in a family (law
 * enforcement, attack…) the title or lead already established (see `ownTypes`).
 */
import type { Cue, EventType, CrimeType, Realis, Span } from "../contracts.ts";
import type { Sentence } from "./analyse.ts";
import { isTitle, matchesIn, prefiltered, type ExtractionContext } from "./context.ts";
import { LiteralSieve } from "./prefilter.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { isCountryName } from "./lexicon/countries.ts";

/**
 * After "spying": a person spying on people close to them ("spying on teenagers through their
 * webcams", "spied on his wife") is stalking with spyware, not espionage.
 */
const NOT_PERSONAL_SPYING = String.raw`(?! on (?:[\w'’-]+ ){0,3}(?:teenagers?|kids|children|women|girls|boys|victims|wife|wives|husbands?|partners?|girlfriends?|boyfriends?|people|adults|users|customers|employees|students|neighbou?rs))`;

/**
 * Nouns a breach modifies when it names paperwork or a count, not an intrusion: "breach notification
 * letters", "a data breach lawsuit", "the Annual Data Breach Report".
 */
const BREACH_PAPERWORK = String.raw`notifications?|notices?|letters?|reports?|reporting|lawsuits?|litigation|settlements?|disclosures?|laws?`;

/**
 * After "breach": "can breach GDPR", "breach of contract", "breached service agreements", "breached
 * United Nations, United States, and European Union sanctions" break a law or a promise, not a network.
 * A preposition ends the search: "a breach at two law firms" is one.
 */
const NOT_LEGAL_BREACH = String.raw`(?! (?:of )?(?:the |its |their |EU )?(?:(?!(?:at|on|in|of|to|by|from|affecting|exposing)\b)[\w-]+,? ){0,8}?(?:GDPR|laws?(?! firms?)|rules|regulations?|contracts?|terms|agreements?|obligations|duty|duties|trust|privacy|sanctions|peace|protocol|confidentiality|Article|Section|directive)\b)`;

/** After "being charged": "being charged $140" is a price paid, not an indictment. */
const NOT_BILLED = String.raw`(?! (?:up to |as much as |more than |over |about |nearly |around )?(?:[$€£¥]|US\$|\d|an? (?:\w+ )?fee\b))`;

/**
 * A denial of service as a deed: not a bug or condition ("a denial-of-service flaw"), nor what a flaw
 * leads to ("the risk ranges from denial-of-service … to code execution", "(DoS) by crashing the
 * firmware", "could cause a denial of service").
 */
const DENIAL_OF_SERVICE =
  /(?<!\b(?:ranges? from|ranging from|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|caus(?:e|es|ed|ing)|trigger(?:s|ed|ing)?)(?: an?| remote| local){0,2} )\b(?:ddos|denial[- ]of[- ]service)\b(?! (?:\(DoS\) )?(?:vulnerabilit|flaw|bug|condition|issue|crash|by crashing))/gi;

/**
 * Pages that phish, for the event and the crime alike: credential harvesting, fake log-in pages, fake
 * sites that harvest data ("fake and spoofed unemployment benefit websites to harvest … information"),
 * a site that "prompts them to enter login and financial information".
 */
const PHISHING_PAGES = String.raw`credential[- ]harvest(?:ing|ers?)|(?:fake|spoofed|phony|fraudulent|malicious|bogus) (?:log-?in|sign-?in) (?:pages?|forms?|portals?|sites?)|(?:fake|spoofed|phony|fraudulent|bogus|lookalike|look-alike|copycat|doctored) (?:(?!(?:on|in|at|into|to|of|for|with|from|and|or)\b)[\w-]+ ){0,3}?(?:web)?sites? (?:[\w,'’-]+ ){0,8}?(?:to|that|which) (?:harvest|steal|collect|capture)|prompts? (?:them|users|victims|visitors|the (?:users?|victims?)) to (?:enter|type|provide|submit) (?:(?:their|sensitive|personal|financial|login|log-in|and) )*(?:login|log-in|credentials|passwords?|financial|personal|banking|card)`;

export const EVENT_TRIGGERS: Readonly<Record<EventType, RegExp>> = {
  "law-enforcement/arrest":
    /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing|ees?)?|apprehended|nabbed|taken into custody|rounded up|caught red-handed|picked up (?:\w+ ){0,3}by (?:\w+ ){0,2}(?:police|officers|agents|authorities|FSB))\b/gi,
  // Case-sensitive: "RAID" is a forum and a disk array, not a raid.
  "law-enforcement/raid":
    /\b(?:[Rr]aid(?:s|ed|ing)?|(?:[Hh]ouse |[Hh]ome )?[Ss]earch(?:es)? (?:of|at|in) (?:\w+ ){0,2}(?:premises|homes|houses|locations|properties|offices)|[Ss]earched (?:\d+ |\w+ )?(?:homes|premises|houses|locations|properties|offices)|(?:[Cc]onduct(?:ed|ing)|[Cc]arr(?:ied|ying) out|[Pp]erform(?:ed|ing)|[Ee]xecut(?:ed|ing)|[Dd]uring) (?:[\w-]+ ){0,2}(?:searches (?=at|of|in|on)|search warrants?)|(?:[Pp]roperty|[Hh]ouse|[Hh]ome) searches|[Ss]earches (?:and \w+ )?(?:took place|were (?:carried out|conducted|performed))|[Ss]wooped|sting(?: operations?)?)\b/g,
  "law-enforcement/charge": new RegExp(
    String.raw`\b(?:charged (?:(?:him|her|them) )?(?:with|for(?! (?:services|months|subscriptions?|the (?:service|purchase|transaction)s?)\b)|in)|(?:being|were|was) charged${NOT_BILLED}|indicted|indictments?|criminal complaint|(?<!in )charges? (?:against|of|for)|fac(?:es?|ing) (?:\w+ ){0,3}charges|charges (?:were )?brought|(?:arrested|detained|held|jailed) on (?:\w+ ){0,2}charges?|accused of(?:(?<=\b(?:prosecutors?|police|authorities|indict\w*|complaint|charg\w*|court|extradit\w*|arrest\w*|detain\w*|FBI|DOJ|Justice)\b[^.]{0,120}accused of)|(?=[^.]{0,160}\b(?:prosecutors?|police|authorities|indict\w*|complaint|charg\w*|court|extradit\w*|arrest\w*|detain\w*|FBI|DOJ|Justice)\b))|prosecuted|charge[sd]? (?:and \w+ )?(?:an? |the |\w+ ){0,2}(?:man|woman|men|women|suspects?|hackers?|nationals?|leaders|members|operators|affiliates|individuals|people|executives|officials|officers?|employees?|citizens?|residents?|couple|teens?|teenagers?|students?|engineers?|contractors?|admins?|administrators?|developers?|\d+))\b`,
    "gi",
  ),
  "law-enforcement/court":
    /\b(?:(?:in(?<!\b(?:pleaded|pled|pleading|found) guilty\b[^.;]{0,120}in|\b(?:sentenced|convicted|charged|indicted)\b[^.;]{0,120}in)|before|to|by) (?:a |the )?(?:\w+ ){0,2}court\b(?! (?:documents?|records?|filings?|papers))|court (?:orders?|warrants?|rulings?|approval)|court (?:for the (?:[\w-]+ ){1,3}of (?:[A-Z][\w-]+ ){1,2})?(?:in [A-Z][\w-]+ )?(?:has |had )?(?:quickly |also |later |then )?(?:approved|approves|ruled|rules|granted|grants|ordered|rejected|rejects|denied|denies|decided|decides|identified|found|finds)|court['’]s (?:decision|ruling|order|verdict)|appeal(?:s|ed|ing)? (?:against )?(?:a |the |an )?(?:[\w'’-]+ ){0,3}(?:court|ruling|verdict|conviction)|remand(?:ed)?|arraign(?:ed|ment)|court hearing|(?:initial|first) (?:court )?appearance|in front of (?:a |the )?(?:\w+ ){0,2}judge(?<!\b(?:pleaded|pled|pleading|found) guilty\b[^.;]{0,120}judge|\b(?:sentenced|convicted)\b[^.;]{0,120}judge)|(?<!free )trial(?! (?:projects?|versions?|periods?|runs?|programs?|programmes?|phases?|basis|licen[cs]es?|accounts?|subscriptions?))|bail(?! services?)|judge (?:granted|ordered|denied)|(?:filed|files|filing) (?:a |two |three |several )?(?:lawsuits?|suits?)|lawsuit (?:against|filed)|su(?:es|ed|ing) (?:the )?[A-Z][\w-]*)\b/gi,
  "law-enforcement/conviction":
    /\b(?:sentenced|pleaded guilty|pled guilty|convicted|guilty plea|found guilty|(?:months|years) in (?:federal )?prison|jailed)\b/gi,
  // "an extradition request", "seeking the extradition of": asked for, not carried out.
  "law-enforcement/extradition":
    /\b(?<!\b(?:seek\w*|sought|request\w*|pursu\w*|secure) (?:the |his |her |their |an? )?(?:\w+'s )?)extradit(?:ed|ion|e)\b(?! (?:request|warrant|treaty|hearing|proceeding|case|fight|battle)s?\b)/gi,
  "law-enforcement/takedown":
    // "A 'massive' cyberattack has taken down several government websites", "after the group took down
    // Memorial Health System": an attack's outage, not police; so are systems and a victim's network
    // taken down ("taking down their systems", "took down the network of the Eastern Band").
    /\b(?<!\b(?:(?:cyber-?)?attacks?|ransomware|outages?|incidents?|DDoS|hacks?|breach(?:es)?|wipers?|malware|(?:the|a) (?:group|gang|hackers|attackers|actors|operators|criminals))(?: (?:has|have|had|that|which))? )(?:(?:took|taken|takes?|taking) down(?! (?:[\w’'-]+ ){0,3}(?:systems?\b|(?:internal|corporate|entire|IT|computer) networks?\b|(?:its|their) (?:[\w-]+ )?networks?\b|the network of (?:the )?[A-Z]))|takedown|sinkholed|domain seizures?|(?:seiz(?:e|es|ed|ing)|seizure of|dismantle[sd]?|dismantling|shut(?:s|ting)? down(?! (?:its|their) (?:own )?operations?\b)|disrupt(?:s|ed)|(?:take[ns]?|took|taking|seized?|seizing) control of) (?:the |its |their |an? |\d+ |[\w’'-]+ ){0,3}(?:servers?|infrastructure|domains?|sites?|websites?|web pages|botnet|marketplace|market|forum|service|platform|channels?|call cent(?:er|re)s?|operations?|gangs?))\b/gi,
  // A regulator's fine is a sanction too: "WhatsApp hit with giant €225 million GDPR fine", "Telco fined
  // $9 million", "agreed to pay a $1 million fine"; so is a blacklist ("added eight firms to an
  // investment blacklist", "put on the Entity List", "Treasury blacklists eight Chinese tech firms").
  "law-enforcement/sanction":
    /\b(?:(?<!\b(?:evade|evades|evading|evasion of|circumvent\w*|violat\w*|bypass\w*|avoid\w*|break\w*|breach\w*) (?:[\w,-]+ ){0,8}|\bnow-)sanction(?:ed|s|ing)?|designated (?:by|under) (?:the )?(?:Treasury|OFAC)|fined|fines? (?:of |totall?ing )?(?:[$€£¥]|US\$|AU\$|A\$)|(?:pay|pays|paid|paying|impos\w+|issu\w+|levi\w+|hit with|slapped with|handed) (?:[\w$€£.,'’-]+ ){0,5}fines?|(?<!\bmaximum )(?:civil |monetary )?penalt(?:y|ies) of|(?:add(?:ed|s|ing)?|put(?:s|ting)?|plac(?:ed|es|ing)) (?:[\w,'’.-]+ ){0,12}?(?:to|on) (?:an? |the |its )?(?:so-called )?(?:[\w-]+ )?(?:blacklist|[Ee]ntity [Ll]ist|sanctions list)|blacklist(?:s|ed|ing)? (?:[\w-]+ ){0,4}(?:firms|companies|entities|makers?|vendors?|individuals|banks|exchanges))\b/gi,
  "attack/ransomware":
    /\b(?:ransomware (?:attack|incident|infection|gang|group|operators?|operation|affiliate|payload)s?(?! (?:reporting|response|notification|preparedness|guidance|insurance))|(?:deploy|install|distribut|deliver|spread|drop|push)\w* (?:[\w-]+ ){0,2}ransomware|hit (?:by|with) (?:a )?ransomware|ransom (?:demand|note|payment)s?|encrypted (?:files|systems|servers|data|devices)(?! (?:exchange|traffic|communications?|channels?|connections?|messages?|tunnels?|transfers?))|demanded a ransom)\b/gi,
  // As for the crime: exfiltration counts told as done, not as a tool's aim ("used to exfiltrate");
  // nor does a breach in the infinitive, a campaign's purpose ("exploits the flaw to breach networks").
  // "(?=to breach)" before the lookbehinds: they are tried only where "to breach" stands, not at every
  // word, where looking back over 80 characters made this one pattern cost as much as the other 25.
  "attack/data-breach": new RegExp(
    String.raw`\b(?:data breach(?:es)?|data (?:leak|exposure)(?! (?:(?:web)?sites?|blogs?|portals?|pages?|channels?)\b)|(?:passwords|credentials|log-?ins)["”’']? (?:was |were |had been |have been |has been )(?:\w+ )?compromised|(?<!\bto )breach(?:ed)?${NOT_LEGAL_BREACH} (?:of|at|on)?|(?=to breach)(?<=\b(?:used|were able|was able|managed)\b[^.]{0,80})(?<!\b(?:attempts?|trying|tried|tries|efforts?|bids?) )to breach${NOT_LEGAL_BREACH}|security breach|(?:data|records|information|details|(?<!\b(?:ransomware|malware|builder|gang)(?:['’]?s)? (?:full |entire |complete )?)source code)["”’']? (?:was |were |had been |have been |remained |was left |were left )?(?:(?:allegedly|reportedly|apparently|possibly|potentially|also|later|then) )?(?:stolen|leaked|exposed|accessed|exfiltrated|compromised)|accounts (?:were |had been |have been )?(?:(?:allegedly|reportedly|also|later|then) )?(?:compromised|hijacked|breached|accessed)|(?<!\b(?:bugs?|flaws?|vulnerabilit(?:y|ies)|zero-days?|holes?|weakness(?:es)?) )expos(?:es|ed|ing) (?:[\w,'’-]+ ){0,4}(?:data(?! cent)|records|information|PII)|obtained (?:\w+ ){0,2}(?:data|information|records) (?:of|on|about|belonging)|(?:stole|(?:have|has|had) stolen|downloaded|(?:charged|accused|convicted|guilty|arrested|jailed|sentenced|indicted|imprisoned|detained|suspected) (?:\w+ ){0,3}(?:with|for|of) stealing) (?:[\w.,'’-]+ ){0,4}(?:data|records|information|files|PII|ID (?:photos|scans|cards)|photos|scans|documents|emails|databases?)\b(?! (?:from|of) (?:an? |the |their |his |her )?(?:earlier|previous|prior|past|old|older) )|leak(?:ed|s) (?:\w+ ){0,2}(?:data|records|database)|leak(?:ed|s) (?:the (?:entirety of |entire |full |complete )?(?:[A-Z][\w-]*['’]s )?|[A-Z][\w-]*['’]s )(?:internal |proprietary |private )?source code(?! (?:of|for) (?:the |its |their )?(?:[\w-]+ ){0,2}(?:ransomware|malware|builder|encryptor|bootkit|rootkit|trojan|backdoor|stealer|botnet)\b)|leak(?:ed|ing|s)? (?:[\w,]+ ){0,5}(?:credentials|passwords|PII)|(?:unsecured|unprotected|misconfigured|exposed|password-less|passwordless) (?:\w+ ){0,2}(?:databases?|buckets?|(?:Elasticsearch|MongoDB|Kibana) (?:servers?|instances?|clusters?)|data caches?)|(?:data|databases?|records|files|information|buckets?|caches?) (?:was |were |had been |has been |have been )?left (?:exposed|unprotected|unsecured|publicly accessible|open)|exfiltrated|unauthori[sz]ed access|theft of (?:[\w-]+ ){0,2}(?:data|information|records|files|documents)|(?:leak|releas|publish|post|dump)(?:ed|ing|s|es)? (?:(?:the|some|all|its|their|a sample of|samples of|part of|portions? of) )?stolen (?:data|files|information|documents|records)|(?:data|files|information|documents|records) (?:it|they|the (?:gang|group|hackers|attackers|threat actors?)) (?:had |have |has )?stole\b|(?:hack(?:ed|ing)|hijack(?:ed|ing)|accessed|compromised|took over|taking over|broke into|breaking into)(?: into)? (?:the |their |his |her |[\w,'’-]+ ){0,4}(?:e-?mail |social media |user |customer |victims['’]? |online |streaming )?(?<!\b(?:bank|banking|financial|PC|RDP|server|Discord|Apple ID|iCloud) )accounts)\b`,
    "gi",
  ),
  "attack/phishing": new RegExp(
    String.raw`\b(?:phishing(?! (?:detection|protection|filters?|filtering|awareness|training|simulations?|tests?|defen[cs]es?|prevention|warnings?)\b)|spear-?phishing|(?:spear-?)?phished|smishing|vishing|malspam|(?:malicious )?spam (?:campaigns?|waves?)|(?:malicious|fake|spoofed|phony|fraudulent) (?:e-?mails?|messages?|sms|texts|text messages)|socially[- ]engineered (?:\w+ )?(?:e-?mails?|campaigns?|messages?)|(?:via|through|using|uses|used|with) (?:\w+ )?social[- ]engineering|e-?mails?,? (?:that|which) (?:spoof|impersonate)|${PHISHING_PAGES}|lures?(?! of\b))\b`,
    "gi",
  ),
  // A denial-of-service bug or condition is a flaw, not an attack; so is one a flaw leads to.
  "attack/ddos": DENIAL_OF_SERVICE,
  // "anti-malware software", "malware analyst", "malware detection", "hunting for malicious documents":
  // a trade or a defence, not a deed.
  "attack/malware":
    /\b(?<!\banti-)(?<!\b(?:hunting|hunt|looking|searching|scanning|checking) for (?:[\w-]+ )?|\brepositor(?:y|ies) of (?:[\w-]+ )?)(?:malware(?! (?:analysts?|analysis|sandbox(?:es)?|repositor(?:y|ies)|researchers?|research|experts?|hunters?|detections?|scann(?:ers?|ing)|protection|removal|labs?|landscape|trends?|statistics|rates?|figures|developers?|authors?|writers?|distribution networks?|delivery|domains|downloads|docs)\b)|trojans?|botnet|backdoor|(?:credit-card harvesting|web|digital|Magecart|JavaScript|JS|e-?commerce|online|data) skimmers?|skimm(?:er|ing) (?:malware|code|scripts?)|infostealer|info-stealer|stealer|loader|wiper|rootkit|keylogger|web ?shells?|implants?|(?:crypto|coin)-?miners?|cryptojack\w*|malicious (?:apps?|software|packages?|code|extensions?|documents?|files?))\b/gi,
  "attack/espionage": new RegExp(
    String.raw`\b(?:espionage|cyber-?espionage|(?:spying|spied)${NOT_PERSONAL_SPYING}|(?<!anti-)spyware(?! (?:and [\w-]+ )?(?:capabilit|features?|functionalit))|cyberspies|cyber spies|intelligence[- ]gathering|advanced persistent threat|(?:state|government|nation-state)[- ](?:sponsored|backed) (?:hackers|group|actors?|attackers?|APTs?|hacking groups?)|nation-state (?:hackers|group|actors?|attackers?)|treason|(?:steal\w*|stole|stolen|theft of|misappropriat\w+) (?:\w+ ){0,2}trade secrets|trade secrets? theft|(?:military|state|defen[cs]e) secrets|(?:[Ff]oreign|[Mm]ilitary|[Ss]tate) [Ii]ntelligence (?:[Ss]ervices?|[Aa]genc(?:y|ies))|(?:provid\w+|pass\w*|transfer\w*|sell\w*|leak\w*|shar\w+) (?:\w+ ){0,2}classified (?:information|documents|data|material))\b`,
    "gi",
  ),
  // "wire fraud", "computer fraud" name a statute someone is charged under, and "fraud unit" a body:
  // neither tells of a scam.
  "fraud/scam":
    /\b(?:(?<!\b(?:phishing|smishing|vishing|text message|SMS|e-?mail phishing) )scams?(?! (?:that|which) [^.;]{0,100}\b(?:phishing|smishing|vishing)\b)|scammers?|scammed|(?<!\b(?:wire|mail|bank|computer|securities|device|tax|health ?care|visa|passport|cyber|cyber-) )(?<!\b(?:for use in|resulting in|result in|lead(?:s|ing)? to|variety of|theft,) (?:financial )?)frauds?(?! (?:investigations?|units?|sections?|branch|initiative|division|task ?force|prevention|detection|team|squad|office|charges?|counts?|statutes?|act|and related activity)\b)|fraudsters?|fraudulent|ponzi|swindl\w+|defraud\w*|fleec(?:e|ed|es|ing) (?:[\w-]+ ){0,2}?(?:users|victims|customers|consumers|people|investors|subscribers|buyers)|fleeceware|con artists?|deceive[ds]?|BEC|business email compromise|SIM[- ]?swap(?:s|ping|ped|pers?)?|insider trading)\b/gi,
  "vulnerability/disclosure":
    // Flaws used in an attack ("exploiting multiple vulnerabilities in Exchange") are not disclosed here.
    // "the persistent vulnerability of corporations", "scan networks for vulnerabilities", "a bug bounty
    // program", "bug hunters", "vulnerability reports", "vulnerability scanning", "zero-day exploits",
    // "all bugs are shallow": no flaw is named (a "vulnerability attack" technique is one).
    /\b(?=vulnerabilit|security flaw|flaw|bug|zero-day|0-day|security weakness|takeover weakness|hijacking weakness|design weakness)(?<!\b(?:exploit(?:ing|ed|s)?|us(?:ing|ed|es)|via|through|leverag(?:ing|ed)|abus(?:ing|ed)|against|protect(?:s|ing)?|defend(?:s|ing)?|took advantage of|tak(?:es|ing|en) advantage of|targeted with|use of|kinds of|types of) (?:[\w/.()-]+ ){0,8}|\b(?:(?:to|helps?|help|must|should) (?:(?:immediately|quickly|urgently) )?(?:find|discover|identify|detect|uncover|spot|remediate|prevent|mitigate|search for|scan for|hunt for|look for)|(?:finding|detecting|identifying|preventing|looking for|hunting for|searching for)|(?:detection|remediation|prevention) of) (?:[\w/.()-]+ ){0,5}|\bfor (?:security |software |potential |possible |new )?|\bknown |\b(?:all|every|any) )(?:vulnerabilit(?:y|ies)|security flaws?|flaws?|bugs?|zero-days?|0-days?|(?:security|takeover|hijacking|design) weakness(?:es)?)\b(?! (?:of|to)\b| (?:previously |already |actively )?(?:exploited|abused|used|leveraged) (?:by|in (?:the|this|these|those) (?:attacks?|intrusions?|breach(?:es)?|hacks?|incidents?|campaigns?))\b| fix(?:es)?\b| river\b| in (?:the |its |their )?(?:ransomware|malware|encryption)\b| (?:bount(?:y|ies)|rewards?)\b| hunt(?:ers?|ing)\b| (?:reports?|disclosure|scann\w+|management|assessments?|research\w*)\b| exploits?\b|(?<=(?:zero|0)-days?) attacks?\b)/gi,
  "vulnerability/patch":
    /\b(?:(?<!\b(?:efforts?|how|fail(?:s|ed|ing|ure)?|unable|struggl\w+|ability|time) to (?:\w+ (?:and|or) )?)patch(?!ed)(?:es)?(?!(?:ing)? (?:management|nightmare|cadence|process(?:es)?|polic(?:y|ies)|strateg(?:y|ies)|levels?|status|rates?|gaps?|backlogs?|prioriti[sz]ation|incoming|coming|forthcoming|is coming|is on the way)\b)|patched|(?<!\b(?:efforts?|how|fail(?:s|ed|ing|ure)?|unable|struggl\w+|ability|time|plan(?:s|ned)?|pledged|promised|ways?) to (?:\w+ (?:and|or) )?)fix(?:ed|es)? (?!(?:\w+ )?known issues?\b)(?:(?:the|a|an|two|three|several|multiple|\d+)\b|(?:[\w-]+,? ){0,4}(?:bugs?|flaws?|vulnerabilit(?:y|ies)|holes?|zero-days?))|security updates?|(?:contain|include|bring)(?:s|ing)? (?:\d+ |new |several |many )?security fix(?:es)?|firmware update|(?:contains?|includes?|released|issued|shipped) (?:a |the )?fix(?:es)? for (?:[\w-]+ ){0,3}?(?:CVE-\d|vulnerabilit|flaw|bug|security|zero-day)|addressed (?:the|a|an|\d+|two|three|several|multiple) (?:\w+ ){0,2}(?:vulnerabilit|flaw|bug)|(?:bug|flaw|vulnerabilit(?:y|ies)|hole|zero-day)s? (?:was|were|has been|have been|had been) (?:quickly |quietly |silently |later |also |since |now )?(?:fixed|patched))/gi,
};

export const CRIME_TRIGGERS: Readonly<Record<CrimeType, RegExp>> = {
  hacking: new RegExp(
    String.raw`\b(?:(?<!\b(?:[Ee]thical|[Ww]hite[- ]hat) )hack(?:ing|ed|ers?)?(?! (?:tools?|forums?|contests?|competitions?|skills|services|courses?|bootcamps?|certifications?|incidents))|intrusion|breach(?:ed|es(?= (?:the|an?|its|their|his|her|\w+['’]s)\b))?${NOT_LEGAL_BREACH}(?! (?:${BREACH_PAPERWORK}|incidents|response)\b)|compromised|unauthori[sz]ed access|(?<=\b(?:hit by|suffered|after|discloses|disclosed|confirms|confirmed|following|targeted by|struck by) (?:an? |the )?(?:[\w-]+ )?)cyber-?attack|cyber-?attack(?= (?:that )?(?:disrupt|hit|knock|took|shut|crippl|paralyz|forced|affect)\w*))\b`,
    "gi",
  ),
  "ponzi-scheme": /\b(?:ponzi|pyramid scheme)\b/gi,
  "investment-scam":
    /\b(?:investment (?:scams?|fraud|schemes?|opportunit\w+)|fake investment|cyber-?trading|trading (?:scams?|platforms?)|investors? (?:were )?(?:defrauded|duped|lured))\b/gi,
  // A call centre is a fraud's only where the sentence says so: "a fake call centre", "scammers at a
  // call center"; not a carrier's staff at one, nor call-centre software.
  "call-center-fraud":
    /\b(?:(?:fake|bogus|illegal|fraud(?:ulent)?|scam) call[- ]cent(?:er|re)s?|call[- ]cent(?:er|re)s? (?:scams?|fraud|phishing)|call[- ]cent(?:er|re)s?(?=[^.]{0,80}\b(?:scam\w*|defraud\w*|fraud\w*|swindl\w*|dupe[ds]?|cheated|deceiv\w*|trick\w*|impersonat\w*|victims?|fake|bogus|guise))|call[- ]cent(?:er|re)s?(?<=\b(?:scam\w*|defraud\w*|fraud\w*|swindl\w*|dupe[ds]?|deceiv\w*|trick\w*|impersonat\w*)\b[^.]{0,80}call[- ]cent(?:er|re)s?))\b/gi,
  "romance-scam": /\b(?:romance (?:scams?|fraud|scammers?)|dating (?:scams?|fraud|scammers?))\b/gi,
  // A romance scam that leads its victims into crypto trading or investment is pig butchering.
  "pig-butchering":
    /\b(?:pig[- ]butchering|sha zhu pan|cryptorom|(?:romance|dating) (?:scams?|fraud|scammers?)(?=[^.]{0,120}\b(?:crypto\w* (?:invest|trad)\w*|(?:invest|trad)\w* (?:in )?crypto\w*)))\b/gi,
  bec: /\b(?:business email compromise|BEC)\b/g,
  "tech-support-scam": /\b(?:tech(?:nical)? support|remote[- ]access) (?:scams?|fraud|scammers?)\b/gi,
  sextortion: /\bsextortion\b/gi,
  "money-laundering": /\b(?:launder(?:ing|ed|s)?|money mules?)\b/gi,
  "identity-theft":
    /\b(?:identity theft|identity fraud|SIM[- ]swap(?:s|ping|ped|per|pers)?|(?:false or )?stolen (?:(?:or|and\/or|and) (?:false|fake) )?(?:identities|personal (?:information|data|details))|(?:stole|stolen|steal(?:s|ing)) (?:the )?(?:names, )?(?:personal(?:ly)? identif\w+ information|PII|Social Security numbers))\b/gi,
  carding: /\b(?:carding|card shops?|stolen (?:credit |payment )?cards?|skimm(?:ing|ers?)|card data)\b/gi,
  // The words between "steal" and the coin hold no comma but a thousands one ("stole $784,000 in
  // bitcoin"): "steal data, mine cryptocurrency" lists a miner's deeds.
  "crypto-fraud":
    /\b(?:crypto(?:currency)?(?:-related)? (?:scams?|fraud|investment|theft|heists?)|rug pull|(?:fake|bogus|fraudulent) (?:crypto(?:currency)?|exchange|(?:crypto ?)?wallets?)|(?:malicious|fake|faux) cryptowallets?|st(?:ole|eal|eals|ealing|olen) (?:\$?[\w.-]+(?:,\d{3})* ){0,3}(?:in |worth of )?(?:cryptocurrenc(?:y|ies)|crypto|bitcoins?|ether)|(?:cryptocurrenc(?:y|ies)|crypto|bitcoins?|ether) (?:was |were |had been |has been |have been )?(?:stolen|drained)|st(?:ole|eals?|ealing) (?:\$?[\w.,-]+ ){0,3}from (?:[\w.-]+ ){0,3}(?:DeFi|crypto(?:currency)?|bitcoin|blockchain) (?:platforms?|exchanges?|protocols?|bridges?|wallets?)|(?:DeFi|crypto(?:currency)?|bitcoin|blockchain) (?:platforms?|exchanges?|protocols?|bridges?) (?:was |were |has been |had been )?(?:hacked|breached|drained|exploited))\b/gi,
  // Spam e-mails alone are a botnet's output, not phishing; a spam campaign or wave is one.
  phishing: new RegExp(
    String.raw`\b(?:phishing|smishing|vishing|spear-?phishing|(?:spear-?)?phished|phishers?|malspam|(?:malicious )?spam (?:campaigns?|waves?)|social[- ]engineering (?:attacks?|campaigns?|e-?mails?|lures?)|(?:via|through|using|uses|used|with) (?:\w+ )?social[- ]engineering|${PHISHING_PAGES})\b`,
    "gi",
  ),
  ransomware: /\bransomware\b/gi,
  "human-trafficking": /\b(?:human trafficking|trafficked|trafficking victims)\b/gi,
  "illegal-gambling":
    /\b(?:illegal (?:gambling|betting)|online gambling|gambling (?:ring|operation|sites?))\b/gi,
  // Exfiltration counts told as done ("the actors exfiltrated data"); the noun and the infinitive
  // mostly name a tactic or a capability ("backdoors used to exfiltrate", "data exfiltration attacks").
  "data-theft": new RegExp(
    String.raw`\b(?:data theft|(?:stole|(?:have|has|had) stolen|steal(?:s|ing)) (?:[\w.,'’-]+ ){0,4}(?:data|records|information|files|credentials|passwords|log-?ins|cookies|photos|images|documents|PII)|(?:data|records|information|files|credentials|passwords)["”’']? (?:was |were |had been |have been )?(?:stolen|exfiltrated|leaked)|(?<!\b(?:us(?:e|es|ed|ing)|with|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|deal(?:s|t|ing)? (?:in|with)|receiv(?:e|es|ed|ing)|trad(?:e|es|ed|ing)(?: in)?|obtained|photocopies and) (?:\w+ ){0,2})stolen (?:\w+ ){0,2}(?:data|files|records|information|documents|credentials|logins|passwords|databases?)|leak(?:ing|ed|s)? (?:the |its |their )?(?:stolen )?(?:data|files|videos|images|photos|documents|e-?mails|records|databases?|conversations|source code)|exfiltrated|data breach(?! (?:${BREACH_PAPERWORK}|rules?)\b))\b`,
    "gi",
  ),
  espionage: new RegExp(
    String.raw`\b(?:espionage|cyber-?espionage|spying${NOT_PERSONAL_SPYING}|cyberspies|treason|(?:steal\w*|stole|stolen|theft of|misappropriat\w+) (?:\w+ ){0,2}trade secrets|trade secrets? theft|(?:military|state|defen[cs]e) secrets|(?:provid\w+|pass\w*|transfer\w*|sell\w*|leak\w*|shar\w+) (?:\w+ ){0,2}classified (?:information|documents|data|material))\b`,
    "gi",
  ),
  // As for the event: a denial-of-service bug or condition is a flaw, not an attack.
  ddos: new RegExp(DENIAL_OF_SERVICE),
  // "double-extortion attacks", "extortion tactics": the kind, in the plural, as a trend piece names it.
  extortion:
    /\b(?:extort(?:ion|ed|ing)?(?! (?:attacks|tactics|schemes|models?|trends?|techniques|methods|strateg(?:y|ies)|operations|groups|gangs|crews)\b)|ransom demand|demanded (?:a )?ransom)\b/gi,
};

const NEGATION = /(?:\b(?:not|no|never|denied|without|nor|unlike)\b|n['’]t\b)[^.;]{0,30}$/i;
const FUTURE =
  /\b(?:if|unless|lest|whether|will|would|could|can|may|might|plans? to|wants? to|wanting to|(?:looking|seeking|hoping) to|expected to|faces? up to|facing up to|if convicted|threatened to|aims? to|intends? to|scheduled to|set to|pending|awaiting|yet to|working on|allow(?:s|ing|ed)? (?:\w+ ){0,3}to|enabl(?:e|es|ed|ing) (?:\w+ ){0,3}to|(?:enabl(?:es|ing)|allow(?:s|ing))(?= [\w-]+(?:,| and| or)| ?$)|let(?:s|ting)? (?:them|attackers|hackers|threat actors|criminals|cybercriminals|someone|anyone|an attacker|a hacker)|(?:powers?|ability|authority) to|until (?:there(?:['’]s| is)|(?:[\w-]+ ){1,2}(?:has|have|releases?|issues?|ships?)\b))\b[^.;]{0,40}$/i;
/**
 * A trigger that ends a list opened after a modal: "attacks could involve distributed denial of service
 * (DDoS) attacks, ransomware, social engineering, phishing campaigns, or insider threats". Each item
 * is a few words, with no clause break.
 */
const FUTURE_LIST =
  /\b(?:will|would|could|can|may|might)\b[^.;,:]{0,60}(?:, [\w()'’-]+(?: [\w()'’-]+){0,4}){0,6}, (?:(?:and|or|including|such as) )?$/i;
/**
 * A trigger in a second verb phrase a modal governs, joined by "or": "the attacker could hijack an app
 * installed on the device—or install their own malicious app".
 */
const FUTURE_OR =
  /\b(?:will|would|could|can|may|might)\s+[a-z]+\b[^.;:]{0,80}(?:—|–|,)\s*or\s+[a-z]+\b[^.;]{0,40}$/i;
/**
 * After the trigger, in its clause, a modal and a verb of consequence: the event is a hypothetical cause
 * ("a breach of great consequence could lead to …", "an attack that would cripple …"). Not "may have",
 * which tells of a possible past.
 */
const CONSEQUENCE_AFTER =
  /^[^.;:!?,]{0,60}?\b(could|would|might|may|can)(?! have\b) (?:\w+ )?(?:lead|cause|result|trigger|spark|escalate|cripple|mean)\b/di;
/**
 * A condition right after an event's trigger, in its clause: "contractors are accountable in a civil
 * court if they don't report a breach". "If any" ("few, if any") sets no condition. Not for crime
 * types: the data a gang threatens to leak "if the victim contacts the police" was stolen.
 */
/**
 * A modal right after the trigger, the trigger its subject: "malware can steal", "apps could be used";
 * not in a relative clause ("deploying POS malware that can steal card details" is a deed).
 */
const ABLE_AFTER = /^\S*(?:\s+(?!that\b|which\b)[a-z]+)?\s+(can|could|may|might)\s+(?!have\b|not\b)[a-z]+/d;
const CONDITION_AFTER = /^[^.;:,!?]{0,40}?\b(if)\b(?! any\b)/di;

/**
 * "$5 million for the arrest of", "information leading to the conviction of", "a warrant for the arrest
 * of", "set them up for arrest": an arrest sought, not made ("operations leading to the arrests" made
 * them). Tested on the words right before the trigger, with WANTED_STEP after it.
 */
const WANTED_FOR =
  /(?:\b(?:information|tips?|rewards?)\b[^.;]{0,60}\b(?:leads? to|leading to)|\bfor|\bwarrants? for) (?:the |an? |their |his |her )?$/i;
const WANTED_STEP = /^(?:arrest|conviction|capture|extradition|identification|prosecution)/i;
const ALLEGED = /\b(?:allegedly|alleged|suspected|reportedly|accused|purportedly|claimed)\b/i;
/**
 * A sentence that tells what usually happens, or how to guard against it, rather than what happened
 * here: "TrickBot usually arrives through phishing emails", "users trained to spot phishing attempts",
 * "it's uncertain whether the attackers used phishing". A crime named there is not the article's own.
 */
export const GENERIC_CLAIM = prefiltered(
  /\b(?:usually|typically|typical|often|generally|commonly|frequently|known to|(?:at )?risk of|fall(?:ing|s)? victim to|in the event of|in case of|tends? to|(?:uncertain|unclear) whether|on the lookout|recogni[sz]\w*|avoid\w*|detection|spot(?:ting)? (?:\w+ )?(?:phishing|scams?|fraud)|trained|dwarf\w*|outsize\w*|every (?:day|week|month|\d+ (?:seconds?|minutes?|hours?|days?))|(?:fight|combat|counter|tackl)\w* (?:against )?ransomware|against ransomware attacks)\b/i,
);

/** Attacks named in the plural, as a kind: "ransomware attacks", "ransomware gangs", "data breaches". */
const KIND_PLURALS: Readonly<Record<string, RegExp>> = {
  "attack/ransomware": /^ransomware (?:attack|incident|infection|gang|group|operator|operation)s\b/i,
  "attack/data-breach": /^data breaches\b/i,
  "attack/ddos": /^(?:ddos|denial[- ]of[- ]service) attacks\b/i,
};
/**
 * Words before a plural that make it these cases, not the kind: a determiner, a count, a name
 * ("REvil ransomware attacks"), a possessive, a wave or a victim ("affected by separate ransomware
 * incidents"). A capital opening the sentence counts too: it is read as specific, the safer side.
 */
const SPECIFIC_BEFORE =
  /(?:\b(?:the|these|those|this|its|their|his|her|recent|latest|separate|spike in|wave of|series of|string of|(?:affected|hit|struck|crippled) by|two|three|four|five|six|several|multiple|\d+)|\p{Lu}[\p{L}\d-]*|['’]s)\s+$/u;
/**
 * "Russian ransomware gangs start collaborating…": a demonym before gangs in the plural narrows the
 * kind of gang, names no case ("Iranian ransomware attacks are being launched" still tells attacks).
 */
const KIND_DEMONYM_BEFORE =
  /(?<!\b(?:the|these|those|this|its|their|two|three|four|five|several|\d+)\s+)\b(\p{Lu}\p{Ll}+)\s+$/u;
const GANG_PLURAL = /(?:gang|group|operator|operation)s$/i;
const kindDemonym = (before: string, plural: string) => {
  const word = KIND_DEMONYM_BEFORE.exec(before)?.[1];
  return (
    word !== undefined &&
    GANG_PLURAL.test(plural) &&
    loadGazetteer().countries.has(word) &&
    !isCountryName(word)
  );
};
/** A deed told before the plural: "members carried out website defacements, data leaks, and DDoS attacks". */
const DONE_BEFORE =
  /\b(?:carried out|launched|conducted|orchestrated|staged|mounted|suffered)\b[^.;]*$|\btarget(?:ing|ed) (?:[\w.'’-]+ ){1,4}in $/i;
/** Words after a plural that name its victims: "ransomware attacks on schools", "… that hit hospitals". */
const VICTIM_AFTER =
  /^,? (?:on|against|targeting|(?:that|which) (?:\w+ )?(?:hit|targeted|struck|crippled|disrupted))\b/i;

/**
 * A ransomware, data-breach or DDoS trigger that names the kind, not a case: "how to prevent ransomware
 * attacks", "ransomware gangs are changing their tactics", "employees worry about data breaches",
 * "botnets able to launch DDoS attacks". Trend pieces, advice, policies and tool reports are about the
 * kind; they report no attack.
 */
export function namesAttackKind(type: string, text: string, sentenceSpan: Span, span: Span): boolean {
  const kind = KIND_PLURALS[type]?.exec(text.slice(span[0], Math.min(sentenceSpan[1], span[0] + 60)));
  if (!kind) return false;
  const end = span[0] + kind[0].length;
  const before = text.slice(Math.max(sentenceSpan[0], span[0] - 40), span[0]);
  const after = text.slice(end, Math.min(sentenceSpan[1], end + 40));
  const sentenceBefore = text.slice(Math.max(sentenceSpan[0], span[0] - 160), span[0]);
  return (
    (!SPECIFIC_BEFORE.test(before) || kindDemonym(before, kind[0])) &&
    !DONE_BEFORE.test(sentenceBefore) &&
    !VICTIM_AFTER.test(after)
  );
}

const BACKGROUND_SENTENCE =
  /\b(?:is a (?:type|form) of|are a (?:type|form) of|use (?:various|different|many|a (?:variety|range) of) (?:tactics|techniques|methods)|previously|in the past|last year|earlier this year|in a separate|another case|in another (?:[\w-]+ ){0,2}(?:attacks?|incidents?|campaigns?|breach(?:es)?|hacks?|operations?)|similar (?:attacks?|cases?|incidents?)|past (?:incidents|attacks|cases) include|past (?:abuse|misuse)|in (?:\p{Lu}[\w-]*|the \p{Lu}[\w-]*)['’]s case|in (?:two|three|several|other) recent|such as|known for|notorious for|history of|in recent years|over the years|(?:most )?(?:common|popular|frequent|prevalent) (?:attack |threat )?(?:methods|techniques|tactics|vectors)|other (?:groups|gangs|cases)|echoes|numerous (?:\w+ )?(?:arrests|indictments|takedowns|prosecutions))\b/iu;

/** Per sentence, whether BACKGROUND_SENTENCE matches it. */
const BACKGROUND_SENTENCES = new WeakMap<Sentence, boolean>();

/**
 * Whether the sentence tells of other cases or of what usually happens (BACKGROUND_SENTENCE). Asked of
 * a sentence by triggersIn for the events and again for the crimes, and by findMoney: the pattern,
 * long and folding case by Unicode rules, runs once per sentence.
 */
export function backgroundSentence(sentence: Sentence): boolean {
  let background = BACKGROUND_SENTENCES.get(sentence);
  if (background === undefined) {
    background = BACKGROUND_SENTENCE.test(sentence.text);
    BACKGROUND_SENTENCES.set(sentence, background);
  }
  return background;
}

const FRAUD_CRIMES = new Set([
  "ponzi-scheme",
  "investment-scam",
  "call-center-fraud",
  "romance-scam",
  "pig-butchering",
  "bec",
  "tech-support-scam",
  "sextortion",
  "money-laundering",
  "identity-theft",
  "carding",
  "crypto-fraud",
  "illegal-gambling",
  "human-trafficking",
]);

/** Event types group by their prefix; crime types by kind (fraud, or intrusion and its results). */
export const FAMILY = (type: string) =>
  type.includes("/") ? (type.split("/")[0] ?? type) : FRAUD_CRIMES.has(type) ? "fraud" : "intrusion";

export interface TriggerHit<T extends string> {
  readonly type: T;
  readonly span: Span;
  readonly sentence: Sentence;
  readonly realis: Realis;
  readonly cue: Cue | null;
  readonly background: boolean;
  readonly prominent: boolean;
}

/**
 * How real the event or crime a trigger of `type` at `start` tells is. A modal of consequence after it
 * makes it hypothetical, unless it is a flaw: an attack that "could lead to" war is; a flaw that
 * "could lead to" code execution is still a flaw. A condition after it makes an event hypothetical,
 * not a crime type: the data a gang threatens to leak "if …" was stolen.
 */
function realisOf(sentence: Sentence, start: number, type: string): { realis: Realis; cue: Cue | null } {
  const before = sentence.text.slice(0, start - sentence.span[0]);
  const cueAt = (m: RegExpExecArray | null): Cue | null =>
    m
      ? {
          text: m[0].split(/\s/)[0] ?? m[0],
          span: [sentence.span[0] + m.index, sentence.span[0] + m.index + (m[0].split(/\s/)[0]?.length ?? 0)],
        }
      : null;
  // The cue a pattern read after the trigger captured as its first group.
  const cueAfter = (m: RegExpExecArray | null): Cue | null => {
    const at = m?.indices?.[1];
    return m?.[1] && at ? { text: m[1], span: [start + at[0], start + at[1]] } : null;
  };
  const negated = NEGATION.exec(before);
  if (negated) return { realis: "negated", cue: cueAt(negated) };
  const future = FUTURE.exec(before) ?? FUTURE_LIST.exec(before) ?? FUTURE_OR.exec(before);
  if (future) return { realis: "future", cue: cueAt(future) };
  // "a cyber breach of great consequence could lead to a real shooting war": the event is the subject
  // of what might follow from it.
  const after = sentence.text.slice(start - sentence.span[0]);
  const consequence = !type.startsWith("vulnerability/") ? cueAfter(CONSEQUENCE_AFTER.exec(after)) : null;
  if (consequence) return { realis: "future", cue: consequence };
  // "Malicious apps can abuse the bugs to spy on users": the kind as the subject of a modal speaks of
  // what such software is able to do, not of a deed.
  const able = type.startsWith("attack/") ? cueAfter(ABLE_AFTER.exec(after)) : null;
  if (able) return { realis: "future", cue: able };
  const wanted = WANTED_FOR.exec(before);
  if (wanted && WANTED_STEP.test(after)) return { realis: "future", cue: cueAt(wanted) };
  const condition = type.includes("/") ? cueAfter(CONDITION_AFTER.exec(after)) : null;
  if (condition) return { realis: "future", cue: condition };
  const alleged = ALLEGED.exec(sentence.text);
  if (alleged)
    return {
      realis: "alleged",
      cue: {
        text: alleged[0],
        span: [sentence.span[0] + alleged.index, sentence.span[0] + alleged.index + alleged[0].length],
      },
    };
  return { realis: "actual", cue: null };
}

/**
 * Which trigger types may match a sentence, from one pass over it (see LiteralSieve): most sentences
 * hold no trigger and are passed over, and a sentence that does is searched only for the types whose
 * literals it holds.
 */
const SIEVES = new Map<object, LiteralSieve<string>>();

function sieveOf(triggers: Readonly<Record<string, RegExp>>): LiteralSieve<string> {
  let sieve = SIEVES.get(triggers);
  if (!sieve) {
    sieve = new LiteralSieve(new Map(Object.entries(triggers)));
    SIEVES.set(triggers, sieve);
  }
  return sieve;
}

/**
 * Every trigger of every type, before it is known which sentences tell of other cases: a hit is
 * background only where its sentence says so itself ("in a separate case").
 */
export function triggersIn<T extends string>(
  ctx: ExtractionContext,
  triggers: Readonly<Record<T, RegExp>>,
): TriggerHit<T>[] {
  const body = ctx.analysis.sentences.filter((s) => !isTitle(ctx, s));
  const leadEnd = body[2]?.span[1] ?? ctx.text.length;
  const hits: TriggerHit<T>[] = [];
  const sieve = sieveOf(triggers);
  const types = sieve.keys as readonly T[];
  for (const sentence of ctx.analysis.sentences) {
    const candidates = sieve.scan(sentence.text);
    if (candidates === 0) continue;
    const background = backgroundSentence(sentence);
    for (const [bit, type] of types.entries()) {
      if ((candidates & (1 << bit)) === 0) continue;
      for (const { span } of matchesIn(triggers[type], sentence)) {
        const { realis, cue } = realisOf(sentence, span[0], type);
        hits.push({
          type,
          span,
          sentence,
          realis,
          cue,
          background,
          prominent: isTitle(ctx, sentence) || span[0] < leadEnd,
        });
      }
    }
  }
  return hits;
}

/** The hits (from `triggersIn`), those in `backgroundSentences` (sentence indexes about other cases) made background. */
export function withBackground<T extends string>(
  hits: readonly TriggerHit<T>[],
  backgroundSentences: ReadonlySet<number>,
): TriggerHit<T>[] {
  return hits.map((h) =>
    !h.background && backgroundSentences.has(h.sentence.index) ? { ...h, background: true } : h,
  );
}

/**
 * Phishing told as the means of an attack the lead established ("starts an infection chain with spear
 * phishing emails", "a spear-phishing campaign"): one mention there is enough. A bare "phishing" is
 * often the kind ("phishing and other social engineering").
 */
const PHISHING_DEED = /spear|e-?mails?\b|messages?\b|campaigns?\b/i;
const triggerText = (h: TriggerHit<string>) =>
  h.sentence.text.slice(h.span[0] - h.sentence.span[0], h.span[1] - h.sentence.span[0] + 12);

/**
 * A raid, a charge or a court step is told once, in a report whose lead established police action:
 * one mention there is enough ("A court order will keep the 35-year-old in custody for two months").
 */
const LOOSE_TYPES: ReadonlySet<string> = new Set([
  "law-enforcement/raid",
  "law-enforcement/charge",
  "law-enforcement/court",
]);

/**
 * The types that are the article's own incident, with the hit that decided each. Event families are
 * broad (one "attack" lead does not make every stray "phishing" or "patch" the article's own), so with
 * `strictFamilies` a type outside the title and lead needs two triggers in an established family, or
 * three anywhere; crime types keep the looser rule (one trigger in a family the lead established).
 */
export function ownTypes<T extends string>(
  hits: readonly TriggerHit<T>[],
  strictFamilies = false,
): Map<T, TriggerHit<T>> {
  const usable = hits.filter((h) => !h.background && (h.realis === "actual" || h.realis === "alleged"));
  const counts = new Map<T, number>();
  for (const h of usable) counts.set(h.type, (counts.get(h.type) ?? 0) + 1);
  const prominentFamilies = new Set(usable.filter((h) => h.prominent).map((h) => FAMILY(h.type)));
  // A sentencing or plea told in the title or lead speaks of the court it happened in: a single
  // other court mention then is part of it, not a court action of its own.
  const convicted = usable.some((h) => h.prominent && h.type === "law-enforcement/conviction");
  // Phishing as the way into a ransomware attack, or the crime a police report names, is that
  // event's means, not an event of its own.
  const ransomOrPolice = usable.some(
    (h) => h.prominent && (h.type === "attack/ransomware" || h.type.startsWith("law-enforcement/")),
  );
  const own = new Map<T, TriggerHit<T>>();
  for (const h of usable) {
    if (own.has(h.type)) continue;
    const count = counts.get(h.type) ?? 0;
    const inFamily = prominentFamilies.has(FAMILY(h.type));
    const repeated = !strictFamilies
      ? count >= 2 || inFamily
      : (LOOSE_TYPES.has(h.type) && !(convicted && h.type === "law-enforcement/court")) ||
          (h.type === "attack/phishing" && !ransomOrPolice && PHISHING_DEED.test(triggerText(h)))
        ? inFamily || count >= 3
        : count >= 3 || (count >= 2 && inFamily);
    if (h.prominent || repeated) own.set(h.type, h);
  }
  return own;
}
