/**
 * Lets timers and I/O run: the API's requests, the job queue's heartbeats. pdf.js reads pages
 * through promise chains (its in-process worker answers with microtasks), and a chain of
 * microtasks never gives way to I/O: without these turns, reading a 52-page PDF held every
 * request for its whole 1.3 s. Call between steps of long synchronous work.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
