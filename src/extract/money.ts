/**
 * @module extract/money
 * Amounts stolen, lost, laundered, seized, paid or demanded, as stated, with currency and role.
 * Fines, rewards, valuations, market sizes and statistics about other cases (medians, ranges, "at
 * the time", earlier years) are left out, and so are amounts in background sentences and amounts
 * that were not taken ("before they were able to steal", "not yet moved").
 */
import type { MoneyFact } from "../contracts.ts";
import {
  isTitle,
  listHeading,
  matchesIn,
  pastYearCue,
  prefiltered,
  testPrefiltered,
  type ExtractionContext,
} from "./context.ts";
import type { Sentence } from "./analyse.ts";
import { backgroundSentence } from "./events.ts";
import { baseFact } from "./facts.ts";
import { parseNumber } from "./number-words.ts";

const SYMBOLS: Record<string, string> = {
  US$: "USD",
  USD$: "USD",
  CAD$: "CAD",
  CA$: "CAD",
  AUD$: "AUD",
  AU$: "AUD",
  NZD$: "NZD",
  SGD$: "SGD",
  HKD$: "HKD",
  S$: "SGD",
  SG$: "SGD",
  NZ$: "NZD",
  R$: "BRL",
  "₽": "RUB",
  "₩": "KRW",
  "₱": "PHP",
  "₺": "TRY",
  $: "USD",
  "€": "EUR",
  // The Ukrainian letter Ye, typed for the euro sign in reports of Russian seizures ("Є500,000 in Euros").
  Є: "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  A$: "AUD",
  C$: "CAD",
  HK$: "HKD",
  R: "ZAR",
  Rs: "INR",
  "Rs.": "INR",
};
const WORDS: Record<string, string> = {
  dollars: "USD",
  "us dollars": "USD",
  "u.s. dollars": "USD",
  "canadian dollars": "CAD",
  "australian dollars": "AUD",
  "singapore dollars": "SGD",
  "hong kong dollars": "HKD",
  "new zealand dollars": "NZD",
  euros: "EUR",
  euro: "EUR",
  pounds: "GBP",
  rupees: "INR",
  rand: "ZAR",
  yuan: "CNY",
  renminbi: "CNY",
  rubles: "RUB",
  roubles: "RUB",
  yen: "JPY",
  hryvnia: "UAH",
  hryvnias: "UAH",
  pesos: "MXN",
  bitcoin: "BTC",
  bitcoins: "BTC",
  BTC: "BTC",
  "bitcoin cash": "BCH",
  BCH: "BCH",
  litecoin: "LTC",
  litecoins: "LTC",
  LTC: "LTC",
  ETH: "ETH",
  ether: "ETH",
  ethereum: "ETH",
  monero: "XMR",
  XMR: "XMR",
  dogecoin: "DOGE",
  dogecoins: "DOGE",
  DOGE: "DOGE",
  tether: "USDT",
  USDT: "USDT",
  "Binance coin": "BNB",
  "Binance coins": "BNB",
  BNB: "BNB",
  USD: "USD",
  EUR: "EUR",
  GBP: "GBP",
  INR: "INR",
  PKR: "PKR",
  ZAR: "ZAR",
  CNY: "CNY",
  RUB: "RUB",
  AUD: "AUD",
  CAD: "CAD",
  CHF: "CHF",
  JPY: "JPY",
  UAH: "UAH",
  NGN: "NGN",
  naira: "NGN",
  lira: "TRY",
  won: "KRW",
  KRW: "KRW",
  francs: "CHF",
};
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  K: 1e3,
  million: 1e6,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  B: 1e9,
  trillion: 1e12,
  crore: 1e7,
  lakh: 1e5,
};

/** "1,500,000.50", "2.5", and "5,5" before a scale word (a decimal comma: "$5,5 million"). */
const AMOUNT = String.raw`(\d{1,3},\d{1,2}(?=\s?(?:[Mm]illion|[Bb]illion)\b)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** The scale word after an amount, capitalised too as titles write it ("$154 Million"). */
const SCALE_RE = String.raw`(?:\s?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|crore|lakh|[Bb]n|mn|[mMkKbB])\b)?`;
const SYMBOL_FIRST = new RegExp(
  String.raw`(CAD ?\$|CA\$|AUD ?\$|AU\$|NZD ?\$|USD ?\$|SGD ?\$|HKD ?\$|US\$|HK\$|SG\$|S\$|NZ\$|R\$|A\$|C\$|\$|€|Є|£|¥|₹|₽|₩|₱|₺|Rs\.?\s?|R(?=\d[\d.,]*\s?(?:million|billion|m\b|bn\b)))\s?${AMOUNT}${SCALE_RE}`,
  "g",
);
const CODE_FIRST = new RegExp(
  String.raw`\b(USD|EUR|GBP|INR|PKR|ZAR|CNY|RUB|AUD|CAD|CHF|JPY|UAH|NGN)\s?${AMOUNT}${SCALE_RE}`,
  "g",
);
const CURRENCY_WORD = String.raw`(US dollars|U\.S\. dollars|Canadian dollars|Australian dollars|Singapore dollars|Hong Kong dollars|New Zealand dollars|dollars|euros?|pounds|rupees|rand|yuan|renminbi|rubles|roubles|yen|hryvnias?|pesos|bitcoin cash|bitcoins?|BTC|BCH|litecoins?|LTC|ETH|ethereum|ether|monero|XMR|dogecoins?|DOGE|tether|USDT|Binance coins?|BNB|USD|EUR|GBP|INR|PKR|ZAR|CNY|RUB|AUD|CAD|CHF|JPY|UAH|NGN|naira|lira|won|francs)`;
/** "1,500,000 Euros", "100 bitcoins": currency words in any casing (codes stay upper case by the WORDS table). */
const WORD_AFTER = new RegExp(String.raw`\b${AMOUNT}${SCALE_RE}\s${CURRENCY_WORD}\b`, "gi");
/** "asked for one bitcoin": a small amount written as a word, only before a currency word. */
/** "received 8,155 in Bitcoin (BTC)": an exact amount of a coin, told as an amount "in" it. */
const AMOUNT_IN_COIN =
  /\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s(?:in|of)\s(bitcoins?|BTC|ether|ETH|monero|XMR|tether|USDT)\b/gi;
const NUMBER_WORD_AFTER = new RegExp(
  String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\s(?:(thousand|million|billion)\s)?${CURRENCY_WORD}\b`,
  "gi",
);
const NUMBER_WORD_BEFORE_CURRENCY = prefiltered(new RegExp(NUMBER_WORD_AFTER.source, "i"));
/** "an increase of 12%": an amount beside a percentage is a statistic. */
const PERCENTAGE = /\d\s?%/;
/**
 * "between 500 and 1,000 Euros", "$580 - $1,150", "$30-40 billion": a range is a spread of single payments or an estimate, not an amount
 * taken. A range of years ("between 2014 and 2018") is not.
 */
const RANGE =
  /\bbetween (?:[$€£]|US\$)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s\w+)? and\b|(?:[$€£]|US\$)\d[\d,.]*\s?(?:million|billion|[mkb]\b)?\s?(?:-|–|to)\s?(?:[$€£]|US\$)?\d/i;

const EXCLUDE = prefiltered(
  /\b(?:fined?|fines|penalt\w+|ordered to (?:pay|repay|forfeit|return)|rewards?|bount\w+|valuation|valued at(?<!\b(?:seiz\w*|recovered|stolen|confiscated|frozen|bitcoins?|cryptocurrency|funds|coins)\b[^.]{0,40}valued at)|market (?:size|cap|value)|revenue(?<!\blost\b.{0,60}revenue)|budget|funding|allocated|raised (?:(?:over|more than|about|nearly|almost) )?(?:[$€£]|US\$)|funding round|salary|salaries|prize|settlement|(?:pay|paid|award\w*|seek\w*|sue\w*|statutory|punitive|compensatory|civil) (?:\w+ ){0,2}damages|damages (?:award|claim|suit|lawsuit)|(?<!\b(?:incurred|caused|suffered) (?:\w+ )?)damages of|restitution|forfeit\w*|spend\w*|invest(?:ed|ing|ment) in|per year|a year|annually|each year|per month|a month|each month|per week|(?:per|a|each) day(?! of)|every (?:\w+ )?(?:days?|weeks?|months?)|took home|worth of (?:shares|stock)|cost(?:s)? (?:of(?! (?:the |a |an )?ransom\b)|businesses)|insurance|grant|award\w*|bail|in 20\d\d alone|in losses last year|reported losses|estimated that(?! (?:the )?(?:total )?(?:damages?|losses) (?:caused|suffered|incurred))|(?:will|would|could) (?:lose|cost)|(?:report|study|survey|research) (?:that )?(?:found|finds|shows?|showed)|yet to|(?:now|currently|today) worth|statistics|annual report|year-(?:over|on)-year|(?:FBI|IC3|FTC)(?:'s)? (?:estimates?|figures|data)|Internet Crime (?:Complaint Center|Report)|according to (?:the |an? )?(?:FBI|IC3|FTC)|according to (?:an? |(?:the )?(?:(?!the\b)[\w'’-]+ ){1,2})(?:report|data|study|survey|research|analysis)|FTC|Federal Trade Commission|projected|forecast|expected to (?:reach|cost|hit|exceed)|often|usually|typically|generally|regularly|routinely|median|average|ranging|ranges? from|at the time(?! of the (?:transactions?|transfers?|theft|hack|heist|seizure|attack|payments?)\b| (?:they|it|the (?:funds|coins|ransom)) (?:was|were) (?:paid|received|sent|stolen|transferred)\b)|percent|known for|(?:before|without) (?:\w+ ){0,4}(?:able|managed) to|not yet|attempted(?! to extort)|in commissions?|for (?:only|just) (?:[$€£]|US\$)|(?:a repeat|reminiscent) of|(?:will|must) (?:\w+ ){0,3}(?:pay|repay)|per (?:basic |diluted )?share|to resolve (?:a |an |the )?(?:[\w-]+ ){0,4}(?:investigation|case|claims?|charges?|lawsuit|suit)|deferred prosecution|willing to (?:\w+ ){0,2}(?:pay|buy|spend|offer)|offer(?:ed|ing|s)? (?:\w+ ){0,3}(?:[$€£]|US\$)|payout for|(?:paid|pays?|paying|sold|sells?|selling|fetch(?:es|ed)?) for (?:[\w-]+ ){0,2}(?:bugs?|exploits?|vulnerabilit(?:y|ies)|flaws?|zero-days?)|bribes?|sav(?:e|es|ed|ing) (?:[\w,]+ ){0,6}?(?:almost |nearly |about |over |more than )?(?:[$€£]|US\$)|unpaid|including the (?:[\w-]+ )?(?:attacks?|breach(?:es)?|hacks?|incidents?) (?:on|against)|(?<!\b(?:the|these|those|two|three|four|five|\d+) )(?:cybercriminals|criminals|hackers|scammers|fraudsters|threat actors) have (?:\w+ ){0,2}(?:laundered|stolen|made|earned|received|taken))\b/i,
);
/**
 * An asking price ("selling the database for six bitcoin", "put up for sale", "the seller asks $59 for a
 * one-month license"): nothing was taken yet.
 */
const SALE =
  /\b(?:selling (?:[\w-]+ ){0,5}for|for sale|for (?:a |an |one |each )?(?:[\w-]+ ){0,2}(?:licen[cs]es?|subscriptions?))\b/i;
/** What a seller took in: "where he earned $82,648". */
const EARNINGS =
  /\b(?:earned|made|netted|pocketed|raked in)\s(?:(?:about|around|nearly|almost|over|more than|at least|roughly|an estimated)\s)?(?:[$€£]|US\$)\d/i;

/** The role an amount plays, by the first pattern its sentence matches; each behind a literal sieve. */
const ROLES: readonly [MoneyFact["role"], RegExp][] = [
  ["laundered", prefiltered(/\blaunder/i)],
  ["seized", prefiltered(/\b(?:seiz\w+|confiscat\w+|froze|frozen|recovered)\b/i)],
  [
    "demanded",
    prefiltered(
      /\b(?:demand\w*|ransom|asked for|(?:request|ask)(?:s|ed|ing)?(?= (?:for )?(?:(?:about|around|roughly|nearly|some|a|an) )?(?:[$€£]|US\$|\d))|extort\w*)\b/i,
    ),
  ],
  [
    "paid",
    prefiltered(/\b(?:paid|pay(?:ing|ment)?|payments of|transferr(?:ed|ing)|wir(?:ed|ing)|sent|moved)\b/i),
  ],
  [
    "lost",
    prefiltered(
      /\b(?:lost|loses|losing|loss(?:es)?|damages incurred|(?:amount of |total )?damages? (?:reach(?:es|ed)?|amounts? to|amounted to|totals?|totall?ed)|(?:total )?damages caused|in damages|incurred (?:\w+ ){0,2}(?:damages|losses)|suffered|in remediation|expenses of|defraud\w*|swindl\w+|cheated|scammed|duped|conned|cost (?:(?:the|their) )?(?:victims?|him|her|them|users|customers|consumers))\b/i,
    ),
  ],
  [
    "stolen",
    prefiltered(
      /\b(?:stole|stolen|steal\w*|theft|siphon\w*|hijack\w*|redirected|diverted|embezzl\w+|took|drained|heist|hack\w*(?! forums?)|obtained|fraud\w*|scam\w*|illicit|proceeds|received|earned|(?:made|netted|pocketed|raked in|profited|profits? of)\b(?=(?:[^.]|\.\d){0,80}\b(?:from|through|by|via) (?:(?:his|her|their|its|the) )?(?:\w+ ){0,2}(?:attacks?|victims?|scams?|schemes?|fraud|operations?|hacks?|ransoms?|trading|trades|activit(?:y|ies))\b)|netted (?:the )?(?:attackers|hackers|criminals|gangs?|scammers|fraudsters)|(?:false|fraudulent|bogus) (?:tax )?refunds?|unauthori[sz]ed (?:withdrawals|transactions|transfers)|passed through (?:\w+ ){0,2}(?:e-?wallets?|accounts?)|(?:ransomware|criminal|illegal|malware|fraud) activit(?:y|ies) involved)\b/i,
    ),
  ],
];

/** What follows a unit price or a fee: "$10 per card", "$50 each", "a $5 one-time fee", "$5,000 as an upfront registration fee". */
const UNIT_PRICE = /^\s*(?:per|each|apiece|a piece|for (?:each|every)\b|(?:as an? )?(?:[\w-]+ ){0,2}fee\b)/i;

/** What follows a thing's worth or size, not money taken: "a $3 billion design", "the $1.2 trillion infrastructure bill". */
const VALUATION_AFTER =
  /^\s*(?:designs?|contracts?|deals?|projects?|programs?|programmes?|acquisitions?|mergers?|industry|startups?|plans?|initiatives?|bills?|facilit(?:y|ies)|infrastructure|budgets?|valuations?|companies|company|fleets?|warships?|submarines?|aircraft)\b/i;

/** After an amount, a modal "be": "$100,000 or $1 million would both be a life-changing amount" weighs a sum, takes none. */
const HYPOTHETICAL_AFTER =
  /^(?:\s+(?:or|and)\s+(?:[$€£]|US\$)?\d[\d.,]*(?:\s?(?:million|billion|[mkb])\b)?)?\s+(?:would|could|might)\s+(?:both\s+|each\s+|still\s+|easily\s+)?(?:be|mean)\b/i;

/** Before an amount compared with: "up from the", "down from", "compared with". */
const EARLIER_TALLY =
  /\b(?:up|down|rising|falling|increas\w+|decreas\w+) from (?:the |a |an )?(?:(?:about|around|nearly|almost|over|more than|roughly) )?$|\bcompared (?:to|with) (?:the |a |an )?$/i;

/** A year phrase that names the month: "in January 2021", not "in 2021" or "in early 2021". */
const MONTH_DATED =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? (?:19|20)\d\d$/;

const CRYPTO = new Set(["BTC", "BCH", "LTC", "ETH", "XMR", "DOGE", "USDT", "BNB"]);

/** The code of a currency word in any casing: "Euros" and "euros" are EUR, "btc" is BTC. */
function currencyOfWord(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  return WORDS[word] ?? WORDS[word.toLowerCase()] ?? WORDS[word.toUpperCase()];
}

const roleOf = (text: string) => ROLES.find(([, re]) => testPrefiltered(re, text))?.[0];

/**
 * The role of a short list item's amounts, from the sentence that introduces the list ("…
 * confiscated cryptocurrency and fiat money as follows:" then "* 600 thousand US dollars").
 */
function listRole(ctx: ExtractionContext, sentence: Sentence): MoneyFact["role"] | undefined {
  const heading = listHeading(ctx, sentence);
  return heading && !testPrefiltered(EXCLUDE, heading.text) ? roleOf(heading.text) : undefined;
}

export function findMoney(ctx: ExtractionContext, background: ReadonlySet<number>): MoneyFact[] {
  const facts: MoneyFact[] = [];
  for (const sentence of ctx.analysis.sentences) {
    if (
      // Every amount pattern but the number words starts from digits: a sentence without either holds none.
      (!/\d/.test(sentence.text) && !testPrefiltered(NUMBER_WORD_BEFORE_CURRENCY, sentence.text)) ||
      background.has(sentence.index) ||
      testPrefiltered(EXCLUDE, sentence.text) ||
      (SALE.test(sentence.text) && !EARNINGS.test(sentence.text)) ||
      RANGE.test(sentence.text) ||
      PERCENTAGE.test(sentence.text) ||
      backgroundSentence(sentence)
    )
      continue;
    const role = roleOf(sentence.text) ?? listRole(ctx, sentence);
    if (!role) continue;
    const found: { amount: number; currency: string; span: readonly [number, number]; text: string }[] = [];
    const push = (
      currency: string | undefined,
      amountText: string | undefined,
      scaleText: string | undefined,
      span: readonly [number, number],
      text: string,
    ) => {
      if (!currency || !amountText) return;
      const scale = scaleText ? (SCALE[scaleText] ?? SCALE[scaleText.toLowerCase()] ?? 1) : 1;
      const decimalComma = /^\d{1,3},\d{1,2}$/.test(amountText);
      const amount =
        Number(decimalComma ? amountText.replace(",", ".") : amountText.replace(/,/g, "")) * scale;
      if (!Number.isFinite(amount) || amount <= 0) return;
      if (found.some((f) => f.span[0] < span[1] && span[0] < f.span[1])) return;
      // A unit price ("around $10 per vaccination card", "$50 each") or a fee is not an amount taken.
      if (UNIT_PRICE.test(ctx.text.slice(span[1], span[1] + 40))) return;
      // "a $3 billion design": the worth of a thing.
      if (VALUATION_AFTER.test(ctx.text.slice(span[1], span[1] + 40))) return;
      if (HYPOTHETICAL_AFTER.test(ctx.text.slice(span[1], span[1] + 60))) return;
      // "up from the $300 million they stole from four companies the year before": an earlier tally.
      if (EARLIER_TALLY.test(ctx.text.slice(Math.max(sentence.span[0], span[0] - 30), span[0]))) return;
      // Other currencies are counted to the cent; cryptocurrency to the twelfth decimal a wallet shows
      // ("15.725489349111 XMR"), fewer where so many would not stay exact ("1.1 million BTC").
      const places = (CRYPTO.has(currency) ? [1e12, 1e8, 1] : [100, 1]).find(
        (p) => Math.abs(amount * p) <= Number.MAX_SAFE_INTEGER,
      );
      found.push({ amount: places ? Math.round(amount * places) / places : amount, currency, span, text });
    };
    for (const { match, span } of matchesIn(SYMBOL_FIRST, sentence))
      push(SYMBOLS[(match[1] ?? "").replace(/\s/g, "")], match[2], match[3], span, match[0]);
    for (const { match, span } of matchesIn(CODE_FIRST, sentence))
      push(WORDS[match[1] ?? ""], match[2], match[3], span, match[0]);
    for (const { match, span } of matchesIn(WORD_AFTER, sentence))
      push(currencyOfWord(match[3]), match[1], match[2], span, match[0]);
    for (const { match, span } of matchesIn(AMOUNT_IN_COIN, sentence))
      push(currencyOfWord(match[2]), match[1], undefined, span, match[0]);
    for (const { match, span } of matchesIn(NUMBER_WORD_AFTER, sentence))
      push(currencyOfWord(match[3]), String(parseNumber(match[1] ?? "")), match[2], span, match[0]);
    // An earlier year dates a tally ("paid $600 million in 2021"), and a date before every amount an
    // earlier announcement ("the U.S. announced in November 2021 that it had … seized $6 million").
    // A title's seizure is the article's own news, whenever the money was taken ("US seizes $3.6
    // billion stolen in 2016"), and so is a seizure or laundering dated to its month after its amount,
    // told in the case's order ("the 720 BTC seized from his wallet in January 2021, … the police also
    // seized …", "laundering the 119,754 Bitcoin stolen from Bitfinex in August 2016").
    const earlierYear = pastYearCue(ctx, sentence);
    if (earlierYear) {
      const titleSeizure = role === "seized" && isTitle(ctx, sentence);
      const datedSeizure =
        (role === "seized" || role === "laundered") &&
        MONTH_DATED.test(earlierYear.text) &&
        earlierYear.span[0] > Math.min(...found.map((f) => f.span[0]));
      if (!titleSeizure && !datedSeizure) continue;
    }
    for (const f of found) {
      facts.push({
        ...baseFact(
          ctx.analysis,
          ctx.articleId,
          "money",
          `${f.currency}:${f.amount}`,
          [f.span],
          70,
          "money#amount-with-role",
        ),
        amount: f.amount,
        currency: f.currency,
        text: f.text,
        role,
      });
    }
  }
  return facts;
}
