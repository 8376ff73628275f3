import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';

describe('delivery settings', () => {
  it('default to Teams’ tenant rate, with sends in flight bounded', () => {
    expect(loadConfig({}).delivery).toEqual({
      ratePerSecond: 50,
      maxInFlight: 30,
      intervalMs: 5_000,
      claimMs: 120_000,
    });
  });

  it('read BOT_SEND_* and name the variable that is wrong', () => {
    expect(loadConfig({ BOT_SEND_RATE: '500', BOT_SEND_IN_FLIGHT: '250' }).delivery).toMatchObject({
      ratePerSecond: 500,
      maxInFlight: 250,
    });
    expect(() => loadConfig({ BOT_SEND_RATE: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ BOT_SEND_RATE: '0' })).toThrow(/BOT_SEND_RATE/);
  });
});
