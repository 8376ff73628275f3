import type { GraphMode } from '../config';
import type { DirectoryUser } from '../domain/group-membership';
import { graphTokenSource } from './graph-token';
import type { GraphCaller, GraphTokenSource } from './graph-token';
import { GraphError, MicrosoftGraph } from './microsoft-graph';

/** Entra ID groups as Microsoft Graph lists them, with the token the configured mode provides. */
export class EntraDirectory {
  constructor(
    private readonly graph: MicrosoftGraph,
    private readonly tokens: GraphTokenSource,
  ) {}

  /** Undefined when Graph is not configured: the studio then offers no Entra ID synchronisation. */
  static fromConfig(mode: GraphMode): EntraDirectory | undefined {
    if (mode.kind === 'off') return undefined;
    return new EntraDirectory(new MicrosoftGraph({ baseUrl: mode.baseUrl }), graphTokenSource(mode));
  }

  async groupUsers(groupId: string, caller: GraphCaller): Promise<DirectoryUser[]> {
    let token: string;
    try {
      token = await this.tokens(caller, this.graph.scope);
    } catch {
      throw new GraphError(
        'forbidden',
        'Ambassade could not obtain a Microsoft Graph token: check its managed identity (see the admin guide).',
      );
    }
    return this.graph.transitiveUserMembers(groupId, token);
  }
}
