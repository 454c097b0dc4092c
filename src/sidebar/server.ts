/**
 * The client's only door to the server: google.script.run wrapped in promises and typed from the
 * server module itself, so renaming or changing a server function breaks this build, not a click.
 */
import type * as ServerApi from '../server/api';
import { platformMessage } from './platform-errors';

type Api = typeof ServerApi;
type Callable = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

export function callServer<K extends Callable>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<Api[K]>))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e)))) as unknown as Record<
      string,
      (...a: unknown[]) => void
    >;
    run[name](...args);
  });
}

/** What a failed call says, in Thai with what to do when it is a known platform error. */
export function failMessage(err: unknown): string {
  return platformMessage(err instanceof Error ? err.message : String(err));
}

export function closeDialog(): void {
  google.script.host.close();
}
