// `npm run schemas` (after the JSON Schemas): writes docs/api/asyncapi.json, the AsyncAPI 3.0
// document of every topic and event, and its Markdown rendering docs/api/events.md, from the same
// registry (src/asyncapi.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncApiDocument, asyncApiMarkdown, stableJson } from '../src';

const docs = join(__dirname, '..', '..', 'docs', 'api');
const doc = asyncApiDocument();
writeFileSync(join(docs, 'asyncapi.json'), stableJson(doc));
writeFileSync(join(docs, 'events.md'), asyncApiMarkdown(doc));
console.log(`asyncapi: wrote ${docs}/asyncapi.json and events.md`);
