import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BareAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A bare Node HTTP server, or Express with nothing mounted but the one answer (what the framework costs). */
export type BareKind = 'node' | 'express';

const handlers: Record<BareKind, string> = {
  node: `(req, res) => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }`,
  express: `require('express')().disable('x-powered-by').use((req, res) => {
    res.status(answer.status).set(answer.headers).send(answer.body);
  })`,
};

/*
 * The baselines of the throughput benchmarks: a server in a process of its own, as the service is, answering
 * every request with the same answer. The answer goes in on stdin (a library page is too long for argv).
 */
const source = (kind: BareKind) => `
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', () => {
    const answer = JSON.parse(input);
    require('node:http')
      .createServer(${handlers[kind]})
      .listen(0, '127.0.0.1', function () { process.stdout.write(this.address().port + '\\n'); });
  });`;

export async function startBareServer(
  answer: BareAnswer,
  kind: BareKind = 'node',
): Promise<{ url: string; stop(): Promise<void> }> {
  // From the project's root, where Express resolves.
  const child = spawn(process.execPath, ['-e', source(kind)], {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin.end(JSON.stringify(answer));
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    void exited.then(() => reject(new Error('the bare server exited before listening')));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
