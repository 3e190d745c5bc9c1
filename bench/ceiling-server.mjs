// The benchmark's ceiling: a minimal node:http server answering every request with the same
// pre-rendered bytes (the file named by the first argument), in a process of its own as
// Apogee is, so that it does not share the load generator's thread. Prints its URL.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [bodyFile, contentType] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType, allow: 'GET', vary: 'Accept', 'content-length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
