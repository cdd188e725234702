import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { markdown, minimalHouse } from "../support/house.ts";
import { runCorpus } from "./harness.ts";

const detail = minimalHouse()["assets/detail.yaml"] as Record<string, unknown>;

/** A folder beside the house, outside its content, holding what must never be published. */
async function outside(root: string): Promise<string> {
  const folder = `${root}-outside`;
  await mkdir(folder, { recursive: true });
  const photo = await readFile(path.join(root, "assets/detail.jpg"));
  await writeFile(path.join(folder, "secret.jpg"), photo);
  await writeFile(
    path.join(folder, "index.md"),
    markdown({ title: "Secret", hero: "hero" }, "SECRET-OUTSIDE-TEXT"),
  );
  return folder;
}

/** Content stays inside its folder: no `../`, no symbolic link out of it, is ever read. */
runCorpus("paths that leave the content folder", [
  {
    name: "an asset file that climbs out with ../ is refused",
    prepare: async (root) => {
      const folder = await outside(root);
      const relative = path.relative(path.join(root, "assets"), path.join(folder, "secret.jpg"));
      await writeFile(
        path.join(root, "assets/detail.yaml"),
        JSON.stringify({ ...detail, file: relative }),
      );
    },
    expect: { name: "PathOutsideContent", origin: "assets/detail.yaml", path: "file" },
    buildExit: 0,
    stillBuilt: ["capsule/nuit"],
    leftOut: ["story/la-maison"],
    assetsLeftOut: ["detail"],
    absentCodes: ["AssetFileMissing"],
  },
  {
    name: "an image that is a symbolic link out of the folder is refused",
    prepare: async (root) => {
      const folder = await outside(root);
      const { rm } = await import("node:fs/promises");
      await rm(path.join(root, "assets/detail.jpg"));
      await symlink(path.join(folder, "secret.jpg"), path.join(root, "assets/detail.jpg"));
    },
    expect: { name: "PathOutsideContent", origin: "assets/detail.yaml", path: "file" },
    buildExit: 0,
    stillBuilt: ["capsule/nuit"],
    leftOut: ["story/la-maison"],
    assetsLeftOut: ["detail"],
  },
  {
    name: "a translation that is a symbolic link out of the folder is refused",
    prepare: async (root) => {
      const folder = await outside(root);
      const { rm } = await import("node:fs/promises");
      await rm(path.join(root, "stories/la-maison/index.en.md"));
      await symlink(
        path.join(folder, "index.md"),
        path.join(root, "stories/la-maison/index.en.md"),
      );
    },
    expect: { name: "PathOutsideContent", origin: "stories/la-maison/index.en.md" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    neverPublished: ["SECRET-OUTSIDE-TEXT"],
  },
  {
    name: "an entry folder that is a symbolic link out of the folder is refused",
    prepare: async (root) => {
      const folder = await outside(root);
      await symlink(folder, path.join(root, "stories/secret"));
    },
    expect: { name: "PathOutsideContent", origin: "stories/secret/index.md" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["story/secret"],
    neverPublished: ["SECRET-OUTSIDE-TEXT"],
  },
  {
    name: "an absolute file path is read inside the folder, and is then missing",
    files: { "assets/detail.yaml": { ...detail, file: "/etc/hostname" } },
    expect: { name: "AssetFileMissing", origin: "assets/detail.yaml", path: "file" },
    buildExit: 0,
    assetsLeftOut: ["detail"],
  },
]);
