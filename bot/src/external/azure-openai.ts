import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';
import { APIConnectionTimeoutError, APIError, AzureOpenAI } from 'openai';
import type { WritingHelpMode } from '../config';
import type { PromptMessage } from '../domain/writing-prompt';
import { WritingHelpRefusal } from '../writing-help/writing-model';
import type { Completion, WritingModel } from '../writing-help/writing-model';

/** The scope of Azure OpenAI's Entra ID tokens. */
const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';
/** Room for three posts of LinkedIn's length, and no more: the answer's length bounds its cost. */
const MAX_COMPLETION_TOKENS = 2_500;
/** Asked when Azure says it is busy without saying for how long. */
const DEFAULT_RETRY_AFTER_SECONDS = 10;

/** Azure OpenAI chat completions through the official client, with the managed identity unless a key is given. */
export class AzureOpenAIWritingModel implements WritingModel {
  private readonly client: AzureOpenAI;
  private readonly deployment: string;

  constructor(mode: Extract<WritingHelpMode, { kind: 'azure-openai' }>) {
    this.client = new AzureOpenAI({
      endpoint: mode.endpoint,
      deployment: mode.deployment,
      apiVersion: mode.apiVersion,
      ...(mode.apiKey
        ? { apiKey: mode.apiKey }
        : {
            azureADTokenProvider: getBearerTokenProvider(
              new DefaultAzureCredential(),
              COGNITIVE_SERVICES_SCOPE,
            ),
          }),
      timeout: mode.timeoutMs,
      // A person is waiting: a busy or failing Azure is told to them at once, not retried behind their back.
      maxRetries: 0,
    });
    this.deployment = mode.deployment;
  }

  async complete(messages: PromptMessage[]): Promise<Completion> {
    try {
      const answer = await this.client.chat.completions.create({
        model: this.deployment,
        messages,
        // One answer holding the three variants as JSON: the model writes them side by side, so they differ from
        // one another, and the prompt is paid for once.
        n: 1,
        response_format: { type: 'json_object' },
        max_tokens: MAX_COMPLETION_TOKENS,
        temperature: 0.8,
      });
      const [choice] = answer.choices;
      return {
        content: choice?.message.content ?? null,
        finishReason: choice?.finish_reason ?? 'stop',
        totalTokens: answer.usage?.total_tokens ?? 0,
      };
    } catch (error) {
      throw refusalFor(error);
    }
  }
}

function refusalFor(error: unknown): unknown {
  if (error instanceof APIConnectionTimeoutError) {
    return new WritingHelpRefusal('timed-out', 'Azure OpenAI did not answer in time.');
  }
  if (!(error instanceof APIError)) return error;
  if (error.status === 400 && error.code === 'content_filter') {
    return new WritingHelpRefusal('content-filter', 'Azure OpenAI’s content filter declined the request.');
  }
  if (error.status === 429) {
    const retryAfter = Number(error.headers?.['retry-after']);
    return new WritingHelpRefusal('busy', 'Azure OpenAI is busy.', {
      retryAfterSeconds:
        Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : DEFAULT_RETRY_AFTER_SECONDS,
    });
  }
  return new WritingHelpRefusal(
    'unavailable',
    `Azure OpenAI answered ${error.status ?? 'nothing'}: ${error.message}`,
  );
}
