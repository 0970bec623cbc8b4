// The search script's stemmer and word splitting, in Node, against the same
// reference vocabulary as the Swift stemmer (Snowball's own stems).
//
//   node --test Tests/Browser/stemmer.test.js        (SEARCH_JS=path/to/assets/search.js)
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const script = process.env.SEARCH_JS || path.join(__dirname, "..", "..", "Public", "assets", "search.js");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(script, "utf8"), context);
const search = context.parleySearch;

test("every word of the reference vocabulary gets Snowball's stem", () => {
  const fixture = path.join(__dirname, "..", "TemplatesTests", "Fixtures", "english-stems.txt");
  const pairs = fs.readFileSync(fixture, "utf8").split("\n").filter(Boolean).map((line) => line.split(" "));
  assert.ok(pairs.length > 5000);
  const wrong = pairs.filter(([word, stem]) => search.stem(word) !== stem);
  assert.deepStrictEqual(wrong.slice(0, 20).map(([w, s]) => `${w}: ${search.stem(w)}, not ${s}`), []);
});

test("words split and fold as the build's do", () => {
  assert.deepStrictEqual(Array.from(search.words("The SCO's 22.5% share, co-operation—and “Tashkent”!")),
    ["the", "scos", "22", "5", "share", "co", "operation", "and", "tashkent"]);
  assert.deepStrictEqual(Array.from(search.words("state’s l'État 'quoted'")), ["states", "letat", "quoted"]);
  assert.deepStrictEqual(Array.from(search.words("Taşkent ÉLYSÉE Łódź Ñandú Ångström")),
    ["taskent", "elysee", "łodz", "nandu", "angstrom"]);
  assert.deepStrictEqual(Array.from(search.words("a".repeat(41) + " b")), ["b"]);
});
