// Formats files with the repository's prettier settings in a child process (prettier 3 loads its
// plugins with dynamic import(), which jest's CommonJS runtime cannot do in-process).
// stdin: {"<absolute path>": "<text>"}; stdout: the same map, formatted.
const prettier = require('prettier');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const files = JSON.parse(input);
  const out = {};
  for (const [file, text] of Object.entries(files)) {
    const options = (await prettier.resolveConfig(file)) ?? {};
    out[file] = await prettier.format(text, { ...options, filepath: file });
  }
  process.stdout.write(JSON.stringify(out));
});
