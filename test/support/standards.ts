import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import { validateXML } from 'xmllint-wasm';

/**
 * The published schemas, vendored under vendor/schemas (versions, sources and licences in its
 * README), and maintained validators for them: jsonschema (the popolo-spec schemas are draft-03,
 * which it reads) and xmllint compiled to WebAssembly (libxml2's XSD validation).
 */
const VENDOR = join(import.meta.dirname, '..', '..', 'vendor', 'schemas');
const POPOLO_BASE = 'http://www.popoloproject.com/schemas/';

/** The popolo-spec schema of each collection of a Popolo document. */
const POPOLO_COLLECTIONS = {
  persons: 'person.json',
  organizations: 'organization.json',
  memberships: 'membership.json',
  posts: 'post.json',
} as const;

function popoloValidator(): Validator {
  const v = new Validator();
  for (const file of readdirSync(join(VENDOR, 'popolo'))) {
    if (!file.endsWith('.json')) continue;
    // Registered under the address the schemas' $refs use (one vendored file still names the older
    // host without www).
    v.addSchema(JSON.parse(readFileSync(join(VENDOR, 'popolo', file), 'utf8')), `${POPOLO_BASE}${file}`);
  }
  return v;
}

/** Every problem of a Popolo document, as `persons[3].birth_date: …`; empty when it validates. */
export function popoloProblems(doc: Record<string, unknown>): string[] {
  const v = popoloValidator();
  const problems: string[] = [];
  for (const [collection, file] of Object.entries(POPOLO_COLLECTIONS)) {
    const items = doc[collection];
    if (!Array.isArray(items)) {
      problems.push(`${collection}: missing`);
      continue;
    }
    const schema = v.schemas[`${POPOLO_BASE}${file}`] ?? v.schemas[`${POPOLO_BASE}${file}#`];
    if (!schema) throw new Error(`schema ${file} not loaded`);
    items.forEach((item, i) => {
      for (const e of v.validate(item, schema, { nestedErrors: true }).errors)
        problems.push(`${collection}[${i}]${e.property.replace(/^instance/, '')}: ${e.message}`);
    });
  }
  return problems;
}

/** Every error xmllint reports against the IATI 2.03 activity schema; empty when the file validates. */
export async function iatiProblems(xml: string): Promise<string[]> {
  const dir = join(VENDOR, 'iati-2.03');
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [file('iati-activities-schema.xsd')],
    preload: [file('iati-common.xsd'), file('xml.xsd')],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
