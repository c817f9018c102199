// The console's API types, generated from the platform document with openapi-typescript, so the
// console cannot drift from what the services answer.
import openapiTS, { astToString } from 'openapi-typescript';
import { type OpenApiDocument } from '@aftersales/api-gateway/src/openapi';

export const CONSOLE_TYPES = 'apps/console/src/api/openapi.d.ts';

export async function consoleTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true, exportType: true });
  return (
    '// Generated from docs/api/openapi.json by `npm run openapi` (tools/openapi). Do not edit.\n' +
    astToString(ast)
  );
}
