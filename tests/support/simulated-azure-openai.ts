import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat-completions request as the simulator received it. */
export interface ReceivedCompletion {
  deployment: string;
  apiVersion: string;
  /** `api-key` or `bearer`: how the caller authenticated. */
  auth: 'api-key' | 'bearer';
  body: {
    messages: { role: string; content: string }[];
    n?: number;
    response_format?: { type: string };
    max_tokens?: number;
  };
}

/** What the next request gets: variants with their usage, or one of Azure OpenAI's documented refusals. */
export type ScriptedAnswer =
  | { kind: 'variants'; variants: string[]; totalTokens?: number }
  /** The prompt itself was filtered: 400 with `code: content_filter`, no usage. */
  | { kind: 'prompt-filtered' }
  /** The answer was filtered: 200 with `finish_reason: content_filter`, usage counted. */
  | { kind: 'answer-filtered'; totalTokens?: number }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server-error' }
  /** Never answers, until the caller gives up. */
  | { kind: 'silent' };

export interface SimulatedAzureOpenAIOptions {
  deployment: string;
  /** The key callers must send in `api-key`; absent, a bearer token is required instead. */
  apiKey?: string;
  /** The bearer token callers must send when there is no key. */
  bearerToken?: string;
}

/**
 * A simulated Azure OpenAI resource for tests and local demos: `POST
 * /openai/deployments/{deployment}/chat/completions?api-version=…` on 127.0.0.1, authenticated like the real one
 * (the `api-key` header, or a bearer token), answering with scripted variants as JSON with their usage, and with
 * the refusals the writing help must handle. Without a script, it writes three plain variants from the prompt.
 */
export class SimulatedAzureOpenAI {
  readonly received: ReceivedCompletion[] = [];
  private readonly script: ScriptedAnswer[] = [];
  private readonly silent = new Set<http.ServerResponse>();

  private constructor(
    private readonly server: http.Server,
    readonly endpoint: string,
    private readonly options: SimulatedAzureOpenAIOptions,
  ) {}

  static async start(options: SimulatedAzureOpenAIOptions, port = 0): Promise<SimulatedAzureOpenAI> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const simulator = new SimulatedAzureOpenAI(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      options,
    );
    server.on('request', (req, res) => void simulator.handle(req, res));
    return simulator;
  }

  /** The next requests' answers, in order; once used up, the default variants again. */
  answerNext(...answers: ScriptedAnswer[]): void {
    this.script.push(...answers);
  }

  /** The system and user messages of the last request, as one text. */
  lastPrompt(): string {
    return (this.received.at(-1)?.body.messages ?? []).map((message) => message.content).join('\n');
  }

  async close(): Promise<void> {
    for (const res of this.silent) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const error = (status: number, code: string, message: string, headers?: Record<string, string>): void =>
      send(status, { error: { code, message } }, headers);

    const url = new URL(req.url ?? '/', this.endpoint);
    const path = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
    if (req.method !== 'POST' || !path) return error(404, '404', 'Resource not found');
    const auth = this.authOf(req);
    if (!auth) {
      return error(401, '401', 'Access denied due to invalid subscription key or wrong API endpoint.');
    }
    const apiVersion = url.searchParams.get('api-version');
    if (!apiVersion) return error(404, '404', 'Resource not found');
    const deployment = decodeURIComponent(path[1]!);
    if (deployment !== this.options.deployment) {
      return error(404, 'DeploymentNotFound', 'The API deployment for this resource does not exist.');
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedCompletion['body'];
    this.received.push({ deployment, apiVersion, auth, body });

    const answer = this.script.shift() ?? { kind: 'variants', variants: defaultVariants(body) };
    switch (answer.kind) {
      case 'variants':
        return send(
          200,
          completion(JSON.stringify({ variants: answer.variants }), 'stop', answer.totalTokens),
        );
      case 'answer-filtered':
        return send(200, completion(null, 'content_filter', answer.totalTokens));
      case 'prompt-filtered':
        return error(
          400,
          'content_filter',
          "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
        );
      case 'rate-limited':
        return error(
          429,
          '429',
          'Requests to the ChatCompletions_Create Operation have exceeded the token rate limit.',
          { 'retry-after': String(answer.retryAfterSeconds) },
        );
      case 'server-error':
        return error(500, 'InternalServerError', 'The server had an error while processing your request.');
      case 'silent':
        this.silent.add(res);
        res.on('close', () => this.silent.delete(res));
        return;
    }
  }

  private authOf(req: http.IncomingMessage): ReceivedCompletion['auth'] | undefined {
    if (this.options.apiKey) return req.headers['api-key'] === this.options.apiKey ? 'api-key' : undefined;
    return this.options.bearerToken && req.headers.authorization === `Bearer ${this.options.bearerToken}`
      ? 'bearer'
      : undefined;
  }
}

/** Usage is counted roughly as Azure does: about four characters per token. */
function completion(content: string | null, finishReason: string, totalTokens?: number) {
  const completionTokens = Math.ceil((content ?? '').length / 4);
  const promptTokens = 1_000;
  return {
    id: `chatcmpl-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-4o-mini',
    choices: [
      {
        index: 0,
        finish_reason: finishReason,
        message: { role: 'assistant', content },
        ...(finishReason === 'content_filter'
          ? { content_filter_results: { violence: { filtered: true, severity: 'medium' } } }
          : {}),
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: totalTokens ?? promptTokens + completionTokens,
    },
  };
}

/** Three plain variants about the prompt's title, in the language it asks for. */
function defaultVariants(body: ReceivedCompletion['body']): string[] {
  const system = body.messages.find((message) => message.role === 'system')?.content ?? '';
  const user = body.messages.find((message) => message.role === 'user')?.content ?? '{}';
  const { title = '' } = JSON.parse(user) as { title?: string };
  return system.includes('Write in French')
    ? [
        `Fier de partager ceci : ${title}.`,
        `${title} : voici pourquoi cela me tient à cœur.`,
        `Et vous, qu’en pensez-vous ? ${title}`,
      ]
    : [
        `Proud to share this: ${title}.`,
        `${title}: here is why it matters to me.`,
        `What do you think? ${title}`,
      ];
}
