/**
 * Language detection on invented news paragraphs: English, German, Spanish and Dutch texts are told apart,
 * a page's declaration is kept when the text agrees and overridden (with a message) when it does not,
 * and short texts keep whatever the page declared.
 */
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./index.ts";
import { detectLanguage } from "./language.ts";

const ENGLISH =
  "Police in Leeds arrested three men on Tuesday on suspicion of running a phishing operation that " +
  "stole the banking passwords of more than 4,000 customers. Officers seized laptops and cash.";
const GERMAN =
  "Die Polizei in Leipzig hat am Dienstag drei Männer festgenommen, die verdächtigt werden, eine " +
  "Phishing-Bande betrieben und die Zugangsdaten von mehr als 4.000 Bankkunden gestohlen zu haben.";
const SPANISH =
  "La Policía Nacional detuvo el martes en Valencia a tres hombres acusados de dirigir una red de " +
  "phishing que robó las contraseñas bancarias de más de 4.000 clientes de varias entidades.";

describe("detectLanguage", () => {
  it("tells English, German and Spanish apart", () => {
    expect(detectLanguage(ENGLISH, null).language).toBe("en");
    expect(detectLanguage(GERMAN, null).language).toBe("de");
    expect(detectLanguage(SPANISH, null).language).toBe("es");
  });

  it("reads a longer English text as English without the trigram models, and not a Dutch one full of English terms", () => {
    const english =
      `${ENGLISH} The gang had been active since 2019, according to the police, and its members used ` +
      "the stolen passwords to move money from the accounts of their victims to mule accounts that were " +
      "opened with fake documents. The court heard that they had been paid by the leaders of the group.";
    const dutch =
      "De politie heeft dinsdag in Utrecht drie mannen aangehouden die worden verdacht van phishing en " +
      "het stelen van de wachtwoorden van meer dan 4.000 klanten van de bank. Volgens de politie was de " +
      "groep sinds 2019 actief en gebruikte zij de gestolen gegevens om geld van de rekeningen van de " +
      "slachtoffers over te maken naar money mules. De verdachten worden vrijdag voorgeleid aan de rechter.";
    expect(detectLanguage(english, null).language).toBe("en");
    expect(detectLanguage(dutch, null).language).toBe("nl");
  });

  it("keeps a declaration the text agrees with, and flags one it contradicts", () => {
    expect(detectLanguage(ENGLISH, "en-GB")).toStrictEqual({ language: "en-GB", contradictsDeclared: false });
    expect(detectLanguage(GERMAN, "en")).toStrictEqual({ language: "de", contradictsDeclared: true });
  });

  it("keeps the declaration when the text is too short to tell, and ignores a malformed one", () => {
    expect(detectLanguage("Bank hacked", "fr")).toStrictEqual({ language: "fr", contradictsDeclared: false });
    expect(detectLanguage("Bank hacked", "<script>")).toStrictEqual({
      language: null,
      contradictsDeclared: false,
    });
  });
});

describe("cleanDocument language", () => {
  const html = (lang: string, body: string) =>
    new TextEncoder().encode(
      `<html lang="${lang}"><body><article><h1>Festnahmen</h1><p>${body}</p></article></body></html>`,
    );

  it("records the detected language and says when the rules will not read it", () => {
    const out = cleanDocument({ uri: "x.html", bytes: html("en", GERMAN), format: "html" });
    if (out.status !== "ok") throw new Error(out.reason);
    expect(out.value.language).toBe("de");
    expect(out.value.messages.map((m) => m.code)).toEqual(
      expect.arrayContaining(["clean/language", "clean/not-english"]),
    );
  });

  it("detects the language of plain text, which declares none", () => {
    const out = cleanDocument({
      uri: "x.txt",
      bytes: new TextEncoder().encode(`Arrests\n\n${ENGLISH}`),
      format: "text",
    });
    expect(out.status === "ok" && out.value.language).toBe("en");
  });
});
