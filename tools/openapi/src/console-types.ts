// The console's API types, generated from the platform document with openapi-typescript, so the
// console cannot drift from what the services answer. openapi-typescript is an ES module that
// jest on Node 20 cannot require, so the test runs print-console-types.ts as a process.
import openapiTS, { astToString } from 'openapi-typescript';
import { type OpenApiDocument } from '@aftersales/api-gateway/src/openapi';

export async function consoleTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true, exportType: true });
  return (
    '// Generated from docs/api/openapi.json by `npm run openapi` (tools/openapi). Do not edit.\n' +
    astToString(ast)
  );
}
