import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildDesklineSchema } from '../schema';

/** Writes the SDL that the resolvers define to packages/schema/schema.graphql (committed; CI checks it is fresh). */
async function emit(): Promise<void> {
  const schema = await buildDesklineSchema();
  const target = path.resolve(__dirname, '../../../../packages/schema/schema.graphql');
  fs.writeFileSync(target, printSchema(lexicographicSortSchema(schema)) + '\n');
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}

emit().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
