import { AddIcon } from "@sanity/icons/Add";
import { Button, Flex, Stack } from "@sanity/ui";
import {
  type ArrayOfObjectsInputProps,
  ArrayOfObjectsItem,
  insert,
  MemberItemError,
  setIfMissing,
} from "sanity";
import { localeLabel } from "./locale-label.ts";
import { localeOfItem } from "./read-localized.ts";

/**
 * The input of a localized field: one row per item, labelled with its locale, and an "Add"
 * button for each of the Studio's locales that has none. Sanity's own "Add item" cannot be used:
 * it makes an item with a random `_key` and no locale.
 */
export function localizedArrayInput(locales: readonly string[]) {
  return function LocalizedArrayInput(props: ArrayOfObjectsInputProps) {
    const { members, value, schemaType, onChange, readOnly } = props;
    const present = (value ?? []).map(localeOfItem);
    const missing = locales.filter((locale) => !present.includes(locale));
    const itemType = schemaType.of[0]?.name;

    const add = (locale: string) => {
      const item = { _key: newKey(), _type: itemType, language: locale };
      // In the Studio's order: before the first item of a later locale, else at the end.
      const rank = locales.indexOf(locale);
      const next = (value ?? []).find((other) => {
        const otherRank = locales.indexOf(localeOfItem(other) ?? "");
        return otherRank > rank;
      });
      onChange([
        setIfMissing([]),
        next ? insert([item], "before", [{ _key: next._key }]) : insert([item], "after", [-1]),
      ]);
    };

    return (
      <Stack gap={2}>
        {members.map((member) =>
          member.kind === "item" ? (
            <ArrayOfObjectsItem {...props} key={member.key} member={member} />
          ) : (
            <MemberItemError key={member.key} member={member} />
          ),
        )}
        {missing.length > 0 && (
          <Flex gap={2} wrap="wrap">
            {missing.map((locale) => (
              <Button
                key={locale}
                mode="ghost"
                icon={AddIcon}
                text={`Add ${localeLabel(locale)}`}
                disabled={readOnly}
                onClick={() => add(locale)}
              />
            ))}
          </Flex>
        )}
      </Stack>
    );
  };
}

/** An array key as Sanity makes them: 12 random hex digits, unique within the array. */
function newKey(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 12);
}
