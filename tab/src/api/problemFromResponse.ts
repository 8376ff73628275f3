import { problemSchema } from '@contract/problem';
import { ApiProblem } from './ApiProblem';

/** Turns an error response into an ApiProblem, keeping the problem details only when they are well formed. */
export function problemFromResponse(status: number, contentType: string | null, body: unknown): ApiProblem {
  const isJson = contentType !== null && /[/+]json\b/i.test(contentType);
  const parsed = isJson ? problemSchema.safeParse(body) : undefined;
  return new ApiProblem('http', status, parsed?.success ? parsed.data : undefined);
}
