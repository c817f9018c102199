// What every service's API document must say of each operation: a summary, and for an answer
// with a body, the body's schema (the schemas come from route()'s `response`, checked against
// every answer while tests run). One check for every service's test suite.

interface Operation {
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface DocumentationGaps {
  /** Operations in the document. */
  operations: number;
  /** "METHOD /path: what is missing", one per gap. */
  gaps: string[];
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function documentationGaps(doc: {
  paths?: Record<string, Record<string, Operation>>;
}): DocumentationGaps {
  const gaps: string[] = [];
  let operations = 0;
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue; // path-level members: parameters, summary, x-* extensions
      operations += 1;
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.summary) gaps.push(`${where}: no summary`);
      const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) gaps.push(`${where}: no success response`);
      for (const [status, response] of success) {
        if (status === '204') continue;
        // JSON usually; a stream or a file has its own media type, with a schema all the same.
        if (!Object.values(response.content ?? {}).some((media) => media.schema))
          gaps.push(`${where}: ${status} has no body schema`);
      }
    }
  }
  return { operations, gaps };
}
