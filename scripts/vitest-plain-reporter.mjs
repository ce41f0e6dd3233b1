// vitest reporter whose last line is a plain summary CI can grep (platform.md §10):
//   vitest: N passed, N failed, N skipped
// Counts test cases by final state ('pending' = never ran, counted as skipped). A file that
// fails to load and an unhandled error each count as one failure, so the line never says
// "0 failed" for a run that exits non-zero.
export default class PlainSummaryReporter {
  onTestRunEnd(testModules, unhandledErrors = []) {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const testModule of testModules) {
      let moduleFailedTests = 0;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'failed') moduleFailedTests += 1;
        counts[state === 'passed' || state === 'failed' ? state : 'skipped'] += 1;
      }
      if (moduleFailedTests === 0 && testModule.errors().length > 0) counts.failed += 1;
    }
    console.log(`vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
