/**
 * @module extract/lexicon/institutions
 * Words that tell what kind of body a proper name is: government agencies and their acronyms,
 * organisation heads and well-known companies, person titles and role nouns. Facts, kept short.
 */

import { KNOWN_ORGANIZATIONS } from "./agency-aliases.ts";
import { COMPANY_NAMES } from "./companies.ts";

const set = (words: string) => new Set(words.split("|"));

/** Government bodies named by acronym or single name. */
export const AGENCY_NAMES = set(
  "White House|FBI|CISA|NSA|CIA|DOJ|NIST|National Science Foundation|Terrorist Screening Center|Terrorist Screening Centre|National Institute of Standards and Technology|CDC|Centers for Disease Control and Prevention|Center for Disease Control and Prevention|IRS-CI|IRS-Criminal Investigation|IRS Criminal Investigation|Department of Home Affairs|DHS|DoD|IRS|SEC|FTC|FCC|OFAC|NCA|NCSC|GCHQ|MI5|MI6|Europol|Interpol|INTERPOL|Eurojust|ENISA|BKA|BSI|ANSSI|FSB|GRU|SVR|SBU|MSS|NCCIA|FIA|CBI|CERT-In|ACSC|ASD|RCMP|CSE|USSS|HHS|NIST|Treasury|Pentagon|Bundestag|Cyberpol|EC3|J-CAT|IC3|ICE|HSI|DEA|ATF|USPIS|CNIL|ICO|FINMA|FCA|OCC|FinCEN|SAPS|Congress|Senate|Hawks|Guardia Civil|Guardia di Finanza|Kripos|US-CERT|ICS-CERT|CERT-EU|CERT-FR|CERT-PL|CERT Polska|CERT NZ|CERT-NZ|Computer Emergency Response Team New Zealand|Carabinieri|Gendarmerie|Mossad|Shin Bet|CERT-UA|NCSC-NL|KISA|NPA|MPS|Federal Reserve|Bank Negara Malaysia|Bank of England|Bank of Japan|Bank of Canada|Swiss National Bank|National Bank of Ukraine|People's Bank of China|Deutsche Bundesbank|Bundesbank|NASA|NOAA|USPS|U.S. Postal Service|US Postal Service|United States Postal Service|National Institutes of Health|NIH|Office of Personnel Management|OPM|Customs and Border Protection|CBP|Library of Congress|AUSTRAC|Austrac|Centrelink|Services Australia|ACIC|CDPP|ACCC|OAIC|ACMA|DIICOT|Global Affairs Canada|Shared Services Canada|Communications Security Establishment|Canadian Centre for Cyber Security|TSA|Transportation Security Administration",
);

/**
 * Former unions of states, named like bodies but read like regions: neither agencies nor organisations.
 * The European Union acts (sanctions, attributions) and is read as an organisation.
 */
export const POLITIES = set("Soviet Union|USSR");

/** Words that make a multi-word proper name a government body. */
export const AGENCY_HEADS = set(
  "Center|Centre|Executive|Board|Division|Police|Policía|Polizei|Ministry|Department|Agency|Bureau|Court|Unit|Prosecutor|Prosecutors|Prosecution|Attorney|Office|Commission|Directorate|Authority|Army|Forces|Force|Guard|Council|Administration|Command|Tribunal|Parliament|Senate|Congress|Government|Service|Services|Constabulary|Gendarmerie|Judiciary|Cabinet|Navy|Marshals|Inspectorate|Regulator|Comptroller|Treasury|Customs|Intelligence|Cybercrime|Cyber|Investigation|Investigations|Interior|Justice|Defence|Defense|Security",
);

/** Heads that are only governmental when another agency word is present ("National Security Agency"). */
export const WEAK_AGENCY_HEADS = set(
  "Cyber|Cybercrime|Security|Intelligence|Investigation|Investigations|Justice|Interior|Defence|Defense",
);

/** Words that make a proper name a company or other non-government body. */
export const ORG_HEADS = set(
  "Party|Mixer|Marketplace|Market|Forum|Bazaar|Inc|Inc.|Corp|Corp.|Corporation|Company|Co|Co.|Ltd|Ltd.|Limited|Incorporated|LLC|LLP|PLC|plc|GmbH|AG|SA|S.A.|B.V.|BV|N.V.|NV|S.p.A.|SpA|S.r.l.|Pty|Pte|Pvt|Bhd|Oy|KK|K.K.|SAS|SARL|S.L.|Group|Associates|Consulting|Consultants|Cooperative|Co-op|Foods|Holdings|Bank|Banks|University|College|Institute|Foundation|Association|League|Party|Lab|Labs|Laboratory|Laboratories|Microelectronics|Electronics|Semiconductor|Semiconductors|Machinery|Traders|Enterprises|Technologies|Technology|Systems|Networks|Software|Solutions|Airlines|Airways|Motors|Hospital|Healthcare|Health|Pharmaceuticals|Partners|Capital|Media|Entertainment|Telecom|Communications|Energy|Electric|Power|Gas|Oil|Insurance|Financial|Finance|Payments|Lending|Securities|Industries|Manufacturing|Logistics|Shipping|Resources|Society|Federation|Union|Alliance|Consortium|Trust|Fund|Clinic|School|Schools|Church|Club|Academy|Press|News|Times|Post|Journal|Magazine|Studios|Games|Pharma|Motor|Automotive|Retail|Stores|Brands|Ventures|Cloud|Platforms|Interactive|Digital|Research|Intelligence|Analytics|Security|OU|OÜ|SIA|UAB|Oyj|Kft|Zrt|Srl|Ltda|Consultancy|Committee|Publishing|Publications|Broadcasting|Herald|Tribune|Gazette|Chronicle|Telegraph|Casino|Casinos|Resort|Resorts|Hotel|Hotels|Mortgage|Bancorp|Bancshares|Pharmacy|Pharmacies|Railways|Chemical|Chemicals|Aerospace|Realty|Wireless|Cosmetics|Beverages|Brewing|Brewery|Apparel|Steel|Petroleum",
);

/**
 * Unions and organisations of states: bodies that condemn, sanction and attribute around many incidents,
 * so they tell one incident from the next no better than a place does.
 */
/** The unions and organisations of states well known enough to need no cue (KNOWN_ORGS below). */
const STATE_BODIES_KNOWN =
  "United Nations|UN|NATO|North Atlantic Treaty Organization|World Bank|International Monetary Fund|IMF|African Union|ASEAN|OSCE";
export const INTERNATIONAL_BODIES = set(`${STATE_BODIES_KNOWN}|European Union|EU|G7|G20`);

/** Companies and bodies too well known to need a cue: security vendors, platforms, big tech. */
export const KNOWN_ORGS = set(
  `${STATE_BODIES_KNOWN}|` +
    "Microsoft|Google|Apple|Amazon|Meta|Facebook|Twitter|Cisco|Oracle|IBM|Intel|AMD|Nvidia|Samsung|Huawei|ZTE|Xiaomi|Lenovo|Dell|HP|VMware|Citrix|Fortinet|SonicWall|Zyxel|Netgear|Adobe|SAP|Atlassian|GitHub|GitLab|Mozilla|Cloudflare|Akamai|Okta|Zoom|Salesforce|Uber|Tesla|Netflix|PayPal|Visa|Mastercard|Coinbase|Binance|Kaseya|SolarWinds|Accellion|Colonial Pipeline|JBS|Kaspersky|ESET|Mandiant|FireEye|CrowdStrike|Sophos|Symantec|Broadcom|McAfee|Trellix|Proofpoint|Check Point|Palo Alto Networks|Unit 42|Trend Micro|Bitdefender|Avast|Malwarebytes|SentinelOne|Recorded Future|Secureworks|Group-IB|Positive Technologies|Dr.Web|Dr. Web|Doctor Web|Talos|Cisco Talos|Rapid7|Tenable|Qualys|Imperva|Radware|Netscout|Emsisoft|Coveware|Chainalysis|Elliptic|Flashpoint|Intel 471|Digital Shadows|KELA|Cyble|Hudson Rock|Huntress|Sucuri|Wordfence|Wiz|Snyk|Checkmarx|Sygnia|Cybereason|Darktrace|Zscaler|Netskope|Lookout|Zimperium|Avanti|Ivanti|Pulse Secure|F5|Juniper|Ubiquiti|Synology|QNAP|MikroTik|D-Link|TP-Link|Hikvision|Dahua|TikTok|ByteDance|Alibaba|Tencent|Baidu|Yandex|Mail.ru|LinkedIn|Reddit|Twitch|Roblox|Epic Games|Nintendo|Sony|Toshiba|Panasonic|Acer|Asus|ASUS|GIGABYTE|Gigabyte|MSI|Foxconn|Boeing|Airbus|Lockheed Martin|Raytheon|Honeywell|Siemens|Schneider Electric|ABB|Bosch|Toyota|Honda|Volkswagen|Nissan|Ford|Kia|Hyundai|T-Mobile|Verizon|AT&T|Vodafone|Telefonica|Comcast|Optus|Telstra|Medibank|Accenture|Deloitte|KPMG|PwC|EY|Kroll|Bloomberg|Reuters|Associated Press|Citizen Lab|Amnesty International|Human Rights Watch|NSO Group|NSO|Candiru|Cellebrite|Have I Been Pwned|OpenSea|Axie Infinity|Poly Network|Tether|Bitfinex|FTX|Robinhood|GoDaddy|Namecheap|Twilio|DoorDash|Marriott|Equifax|Experian|TransUnion|Nvidia|Ubisoft|Electronic Arts|Rockstar|Revolut|Monzo|Stripe|Shopify|Automattic|Wix|Squarespace|Dropbox|Zendesk|HubSpot|Mailchimp|Intuit|Okta|LastPass|1Password|Bitwarden|NortonLifeLock|Avira|Gen Digital|ZDI|Zero Day Initiative|HackerOne|Bugcrowd|No More Ransom|abuse.ch|Advanced Intel|AdvIntel|MITRE|OWASP|Tor Project|Apache Software Foundation|Linux Foundation|Red Hat|Canonical|SUSE|Fedora",
);

for (const name of COMPANY_NAMES) KNOWN_ORGS.add(name);
for (const body of KNOWN_ORGANIZATIONS) for (const name of body.names) KNOWN_ORGS.add(name);

const KNOWN_BY_LOWER = new Set(
  [...KNOWN_ORGS].filter((name) => name.length >= 4).map((name) => name.toLowerCase()),
);

/** Whether a name is a well-known company in any casing ("NameCheap", "Paypal"); short acronyms match exactly. */
export const isKnownOrg = (name: string) => KNOWN_ORGS.has(name) || KNOWN_BY_LOWER.has(name.toLowerCase());

/**
 * Technical acronyms written like names: vulnerability classes, protocols, service models, and a
 * firm's departments ("IT", "HR").
 */
export const TECHNICAL_ACRONYMS = set(
  "ID|IDs|PIN|PINs|OTP|SMS|OS|VoIP|URL|URLs|RCE|XSS|SQLi|CSRF|SSRF|LPE|EoP|DoS|DDoS|MFA|2FA|VPN|API|SaaS|PaaS|IaaS|RaaS|MaaS|CaaS|SMB|RDP|PII|IoT|OT|ICS|SCADA|MSP|MSSP|EDR|XDR|SIEM|SOC|CVSS|PoC|TTPs|IOCs|IoCs|C2|C&C|OSINT|APT|IT|HR|PR|QA",
);

/**
 * Technology concepts written in capitals like a body's name: "Zero Trust", "Content Delivery Networks";
 * and kinds of malware, alone: "a new Android banking Trojan".
 */
export const TECHNICAL_TERM =
  /(?:^|\s)(?:Zero Trust|Virtual Private Networks?|Content Delivery Networks?|Near-Field Communications?|Open-Source Software|Software Bills? of Materials|(?:Multi|Two)-Factor Authentication|Single Sign-On|Secure Access Service Edge|(?:Extended|Endpoint|Network|Managed) Detection and Response|Security Information and Event Management|Domain Name System|Border Gateway Protocol|Remote Desktop Protocol|Transport Layer Security|Secure Sockets Layer|Internet of Things|Artificial Intelligence|Machine Learning|Operational Technology|Industrial Control Systems?|Cross[- ]Site Scripting|Cross[- ]Site Request Forgery|Server[- ]Side Request Forgery|SQL Injection|Remote Code Execution|Privilege Escalation|Denial[- ]of[- ]Service|Data Cent(?:er|re)|Trojans?|Worms?|Backdoors?|Rootkits?|Botnets?|Ransomware|Malware|Spyware|Wipers?)$/;

/** Words that describe what a company is; "fashion giant Moncler", "Moncler, the luxury brand". */
export const ORG_DESCRIPTORS = set(
  "company|companies|firm|firms|giant|maker|makers|manufacturer|manufacturers|vendor|vendors|provider|providers|retailer|retailers|operator|chain|bank|banks|lender|insurer|carrier|telco|telcos|telecom|cooperative|co-op|brand|subsidiary|subsidiaries|affiliate|startup|conglomerate|platform|platforms|marketplace|exchange|exchanges|developer|publisher|broadcaster|outlet|newspaper|agency|hospital|university|school|airline|supplier|contractor|distributor|producer|haulier|processor|registrar|registrars|clinic|clinics|laboratory|lab|company's|firm's|utility|pipeline|service|services|website|site|app|group|organization|organisation|nonprofit|non-profit|charity|church|club|team|scheme|project|protocol|fund|mixer|forum",
);

/** Titles and role nouns that announce a person's name right after them. */
export const PERSON_TITLES = set(
  "Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Sir|Judge|Justice|Senator|Senators|Sen.|Rep.|Representative|President|Prime|Minister|Secretary|Governor|Gov.|Mayor|Chancellor|General|Gen.|Colonel|Col.|Lt.|Lieutenant|Captain|Capt.|Detective|Inspector|Superintendent|Sergeant|Sgt.|Officer|Agent|Attorney|Director|Chairman|Chairwoman|Chairperson|Chair|Commissioner|Chief|CEO|CTO|CISO|CFO|COO|CSO|CIO|CMO|CPO|VP|SVP|EVP|AVP|founder|co-founder|spokesperson|spokesman|spokeswoman|researcher|researchers|analyst|analysts|expert|professor|engineer|lawyer|prosecutor|investigator|officer|official|minister|owner|head|leader|administrator|admin|developer|hacker|suspect|defendant|journalist|reporter|editor|vice|Deputy|deputy|Assistant|assistant|Special|Acting|Charge|Attorney-General|Ambassador|Councillor|Commander|Major|Vice|Manager|Founder|Co-founder|Director-in-Charge|Advisor|Adviser|Envoy|Secretary-General|Premier|Vice-Premier|Vice-President|Whistleblower|whistleblower|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Supervisor|Sheriff|Treasurer",
);

/** Nouns that end a post written in lower case after a name: "detections lead at", "principal threat hunter with". */
export const POST_NOUNS = set(
  "lead|head|hunter|strategist|architect|evangelist|advocate|technologist|advisor|adviser|consultant|specialist|fellow|manager|director|president|partner|scientist|executive|officer|founder|co-founder|cofounder|analyst|researcher|engineer|expert|chief|ceo|cto|ciso|cso|cfo|coo|vp|svp|evp|professor|lecturer|editor|spokesperson|spokesman|spokeswoman|counsel|attorney|lawyer|investigator|owner|chairman|chairwoman|practitioner|developer|leader|representative|envoy|ambassador",
);

/** Verbs of speech and cognition that follow a speaker's name. */
export const SPEECH_VERBS = set(
  "said|says|told|tells|added|explained|noted|stated|wrote|writes|tweeted|warned|confirmed|commented|argued|believes|believed|claimed|claims|announced|testified|admitted|pleaded|asked|replied|declined|according|pointed|described|acknowledged|revealed|urged",
);
