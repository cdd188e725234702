import { TrashIcon } from "@sanity/icons/Trash";
import { Box, Button, Flex } from "@sanity/ui";
import type { FieldMember, ObjectItemProps } from "sanity";
import { localeDirection } from "../../i18n/text-direction.ts";
import { localeLabel } from "./locale-label.ts";
import { localeOfItem } from "./read-localized.ts";

/**
 * One item of a localized field, edited inline: its `value` input, labelled with the item's
 * locale (`fr · français`), and a button that removes it. Without it, Sanity shows each item as
 * a preview to open in a dialog, and nothing says which language a text is in.
 */
export function LocaleValueItem(props: ObjectItemProps) {
  const { inputProps } = props;
  const locale = localeOfItem(props.value);
  const label = locale === undefined ? "No locale" : localeLabel(locale);
  const valueOnly = {
    ...inputProps,
    members: inputProps.members.filter(
      (member): member is FieldMember => member.kind === "field" && member.name === "value",
    ),
    // The value field's own title ("Text", "Markdown") becomes the locale: a labelled input
    // for each language, with the value's validation shown beside it.
    renderField: (field: Parameters<typeof inputProps.renderField>[0]) =>
      inputProps.renderField({ ...field, title: label }),
    // The text is typed and shown in its own language and direction (Arabic right to left);
    // the label stays in the Studio's.
    renderInput: (input: Parameters<typeof inputProps.renderInput>[0]) => (
      <Box lang={locale} dir={locale === undefined ? undefined : localeDirection(locale)}>
        {inputProps.renderInput(input)}
      </Box>
    ),
  };
  return (
    <Flex align="flex-end" gap={1} data-relais-locale={locale ?? ""}>
      <Box flex={1}>{inputProps.renderInput(valueOnly)}</Box>
      <Button
        mode="bleed"
        tone="critical"
        icon={TrashIcon}
        disabled={props.readOnly}
        onClick={props.onRemove}
        aria-label={`Remove the ${label} text`}
        title={`Remove the ${label} text`}
      />
    </Flex>
  );
}
