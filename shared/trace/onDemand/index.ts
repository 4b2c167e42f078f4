export { traceJobsForSample, type TraceJob, type SampleTraceJobs } from './sampleJobs';
export { leetCodeTests, parseExample, examplesFromDescription, toPython, LEETCODE_SETUP } from './leetcode';
