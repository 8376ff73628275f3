import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import { inject } from 'vitest';

const LISTENING_WITHIN_MS = 30_000;

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the service's address once it logs that it listens (everything wired). */
  listening: Promise<string>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts the service as its own process, as `npm start` runs it: the bundled service, built once for the suite. */
export function spawnService(env: NodeJS.ProcessEnv): ServiceProcess {
  const child = spawn(process.execPath, [inject('serverEntry')], {
    env: { ...process.env, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "listening" line in time')), LISTENING_WITHIN_MS);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((text) => text.includes('Ambassade is listening'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}`));
    });
  });
  // The caller may only care about the exit.
  listening.catch(() => undefined);
  return { child, listening, exited };
}

/** A port free right now, for a test that must know the address before the service announces it. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Signs in through the dev sign-in page, as a person picking a demo identity would. */
export async function devSignIn(url: string, objectId: string): Promise<string> {
  const response = await fetch(`${url}/dev/signin`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ objectId }),
  });
  return new URLSearchParams(new URL(response.headers.get('location')!, url).hash.slice(1)).get(
    'access_token',
  )!;
}
