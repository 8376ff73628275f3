import { spawn } from 'node:child_process';

export interface BareAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/*
 * The baseline of the throughput benchmarks: a bare Node HTTP server, in a process of its own as the service is,
 * answering every request with the same answer. The answer goes in on stdin (a library page is too long for argv).
 */
const source = `
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', () => {
    const answer = JSON.parse(input);
    require('node:http')
      .createServer((req, res) => {
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      })
      .listen(0, '127.0.0.1', function () { process.stdout.write(this.address().port + '\\n'); });
  });`;

export async function startBareServer(answer: BareAnswer): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', source], { stdio: ['pipe', 'pipe', 'inherit'] });
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
