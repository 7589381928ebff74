import { firefoxHarness as harness, test } from './support/firefox';
import { SCENARIOS } from './support/scenarios';

for (const [name, scenario] of SCENARIOS) {
  test(`Firefox: ${name}`, async ({ firefox, server }) => {
    await scenario(harness(firefox, server.origin));
  });
}
