// A JUnit XML report of an examples run, the format CI systems display: one
// test suite per chapter, one test case per example, the type check as a case
// of its own.
import junitReportBuilder, { type Builder } from 'junit-report-builder';
import { describeFailure, type Outcome } from './check.ts';
import { programLabel } from './extract.ts';

export interface TypeCheckResult {
  errors: number;
  seconds: number;
  report: string;
}

// The package's module.exports is the builder itself, while its types declare an
// ES default export, which NodeNext resolution reads as `exports.default`.
const builder = junitReportBuilder as unknown as Builder;

export function writeJunit(file: string, outcomes: Outcome[], types: TypeCheckResult, root: string): void {
  const report = builder.newBuilder();
  const check = report.testSuite().name('pyright strict');
  const typeCase = check.testCase().className('examples').name('pyright strict reports no errors').time(types.seconds);
  if (types.errors > 0) typeCase.failure(`${types.errors} type error(s)`).standardOutput(types.report);
  const suites = new Map<string, ReturnType<typeof report.testSuite>>();
  for (const outcome of outcomes) {
    const chapter = outcome.program.chapter;
    const suiteName = `Chapter ${chapter.number}: ${chapter.title}`;
    let suite = suites.get(suiteName);
    if (!suite) {
      suite = report.testSuite().name(suiteName);
      suites.set(suiteName, suite);
    }
    const testCase = suite.testCase().className(chapter.name).name(programLabel(outcome.program)).time(outcome.result.seconds).file(`${chapter.source}:${outcome.program.line}`);
    if (outcome.verdict.problems.length > 0) testCase.failure(outcome.verdict.problems.join('; ')).standardOutput(describeFailure(outcome, root));
  }
  report.writeTo(file);
}
