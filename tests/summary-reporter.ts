// After vitest's own report, one plain line of counts, so that the last line
// of `npm test` (and of CI's log) says what ran: "tests: 230 passed, 0 failed, 0 skipped".
// A file that failed to load, or an error outside any test, counts as a failure.
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const module of modules) {
      let moduleFailures = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') moduleFailures += 1;
        else skipped += 1;
      }
      failed += moduleFailures === 0 && module.state() === 'failed' ? 1 : moduleFailures;
    }
    console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
