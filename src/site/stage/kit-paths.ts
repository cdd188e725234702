import { ambassadorToken, kitToken } from "./kit-token.ts";

/**
 * Where a kit lives on the site. An audience's kits in a market are under one folder: its id
 * when the audience is listed, an unguessable token when it is not (ambassadors), so a link
 * sent to one person reaches that market's kits and nothing else. Each kit (one launch) has a
 * folder of its own there, `<type>-<slug>/`, and each page adds its locale: `…/fr/`.
 */
export function kitPaths(
  secret: string,
  kit: { market: string; audience: string; launch: string },
  listed = false,
): { audience: string; kit: string } {
  const segment = listed ? kit.audience : kitToken(secret, kit.market, kit.audience);
  const audience = `/${kit.market}/kit/${segment}/`;
  return { audience, kit: `${audience}${kit.launch.replace("/", "-")}/` };
}

/**
 * Where an ambassador's personal pages live: `/kit/<token>/` lists their launches, and each
 * launch has `/kit/<token>/<type>-<slug>/`. The token is unguessable without the kit secret.
 */
export function ambassadorPaths(
  secret: string,
  ambassador: string,
  launch?: string,
): { ambassador: string; launch: string | undefined } {
  const folder = `/kit/${ambassadorToken(secret, ambassador)}/`;
  return { ambassador: folder, launch: launch && `${folder}${launch.replace("/", "-")}/` };
}
