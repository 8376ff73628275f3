import type { JSONValue, SqlParameter } from '@azure/cosmos';

/** A parameterised WHERE clause: fixed conditions, and optional filters that apply only when given a value. */
export class SqlFilter {
  private readonly conditions: string[] = [];
  readonly parameters: SqlParameter[] = [];

  constructor(tenantId: string) {
    this.where('c.tenantId = @tenantId', '@tenantId', tenantId);
  }

  where(condition: string, name?: string, value?: JSONValue): this {
    this.conditions.push(condition);
    if (name !== undefined && value !== undefined) this.parameters.push({ name, value });
    return this;
  }

  whereGiven(condition: string, name: string, value: string | undefined): this {
    return value === undefined || value === '' ? this : this.where(condition, name, value);
  }

  /** A condition with no value of its own (a flag), applied only when asked for. */
  whereIf(applies: boolean, condition: string): this {
    return applies ? this.where(condition) : this;
  }

  select(orderBy: string): string {
    return `SELECT * FROM c WHERE ${this.conditions.join(' AND ')} ORDER BY ${orderBy}`;
  }
}
