import type { EntryType } from "../../model/audience.ts";
import type { LocaleValueTypeName } from "../../model/document-types.ts";
import { localeValueTypeNames } from "../../model/document-types.ts";
import { localizedField } from "../localized/localized-field.ts";
import type { StudioSettings } from "../options.ts";

interface TextFieldSpec {
  name: string;
  title: string;
  of: LocaleValueTypeName;
  label: string;
  required?: boolean;
  description?: string;
}

const title: TextFieldSpec = {
  name: "title",
  title: "Title",
  of: localeValueTypeNames.string,
  label: "The title",
  required: true,
};
const dek: TextFieldSpec = {
  name: "dek",
  title: "Dek",
  description: "The line under the title.",
  of: localeValueTypeNames.string,
  label: "The dek",
};
const body: TextFieldSpec = {
  name: "body",
  title: "Body",
  of: localeValueTypeNames.text,
  label: "The body",
};
const name: TextFieldSpec = {
  name: "name",
  title: "Name",
  of: localeValueTypeNames.string,
  label: "The name",
  required: true,
};

/**
 * The localized fields of each entry type, one per field of the model's text schema
 * (`storyTextSchema`…): the title or name is required in the default locale and never blank.
 */
const textFields: Record<EntryType, TextFieldSpec[]> = {
  story: [title, dek, body],
  capsule: [title, dek, body],
  product: [name, body],
};

export function entryTextFields(type: EntryType, settings: StudioSettings) {
  return textFields[type].map((spec) =>
    localizedField(
      {
        name: spec.name,
        title: spec.title,
        description: spec.description,
        of: spec.of,
        label: spec.label,
        requiredInDefaultLocale: spec.required,
        nonBlank: spec.required,
      },
      settings,
    ),
  );
}
