// Playwright reporter whose last line is a plain summary CI can grep (platform.md §10):
//   playwright: N passed, N failed, N skipped
// A test counts by its final outcome; timed-out and interrupted tests count as failed.
export default class PlainSummaryReporter {
  counts = { passed: 0, failed: 0, skipped: 0 };
  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const bucket = result.status === 'passed' ? 'passed' : result.status === 'skipped' ? 'skipped' : 'failed';
    this.counts[bucket] += 1;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`playwright: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
  printsToStdio() {
    return true;
  }
}
