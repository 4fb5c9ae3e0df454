// Runs the search tokenizer of the theme's search.js (tokens() and shardOf(), which search.js
// exports when it finds no browser document) on the shared vectors file given as the first
// argument, printing one JSON object: {"tokens": [[...] per vector], "shards": [n per vector]}.
// Used by SearchTokenizerVectorsTest, which compares them with the vectors' expectations.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { tokens, shardOf } = require('../../main/resources/dev/folio/theme/assets/search.js');
const vectors = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify({
  tokens: vectors.tokens.map((vector) => tokens(vector.text)),
  shards: vectors.shards.map((vector) => shardOf(vector.token, vector.shards)),
}));
