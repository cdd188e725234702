/**
 * The folder the person ran the command in. `npm run relais -- build --config ../house/relais.config.ts`
 * runs in the package's root, whatever folder it was typed in; npm keeps that folder in INIT_CWD.
 * It is used only when the script npm runs is Relais itself, so that a test or tool started by
 * another npm script (`npm test`) keeps the folder it gives its own child processes.
 */
export function invokedFrom(env: NodeJS.ProcessEnv, cwd: string): string {
  const script = env.npm_lifecycle_script ?? "";
  const runsRelais = /(^|[\s/])(relais|bin\/relais\.js)(\s|$)/.test(script);
  return runsRelais && env.INIT_CWD ? env.INIT_CWD : cwd;
}
