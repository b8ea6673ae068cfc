// Lists, per language, the French keys it lacks and the keys French no longer has: node scripts/missing-translations.mjs [lang...]
import { existsSync, readdirSync, readFileSync } from "node:fs";

const flat = (o, p = "", out = {}) => {
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "string") out[p + k] = v;
    else flat(v, `${p}${k}.`, out);
  }
  return out;
};
const langs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("locales").filter((l) => l !== "fr" && !l.endsWith(".json"));
for (const lang of langs) {
  for (const file of readdirSync("locales/fr").filter((f) => f.endsWith(".json") && f !== "_meta.json")) {
    const fr = flat(JSON.parse(readFileSync(`locales/fr/${file}`, "utf8")));
    const path = `locales/${lang}/${file}`;
    const own = existsSync(path) ? flat(JSON.parse(readFileSync(path, "utf8"))) : {};
    const missing = Object.keys(fr).filter((k) => !(k in own));
    const extra = Object.keys(own).filter((k) => !(k in fr));
    if (missing.length || extra.length)
      console.log(
        `${lang} ${file}: ${missing.length} missing${extra.length ? `, ${extra.length} not in French: ${extra.join(", ")}` : ""}`,
      );
  }
}
