import { defineArrayMember, defineField } from "@sanity/types";

/**
 * A list of references to documents of one type. `required` gives the model's minimum with its
 * own words ("at least one image"); a repeated item is only a warning, as the build accepts it.
 */
export function referenceList(
  name: string,
  title: string,
  to: string,
  options: { description?: string; required?: string } = {},
) {
  return defineField({
    name,
    title,
    description: options.description,
    type: "array",
    of: [defineArrayMember({ type: "reference", to: [{ type: to }] })],
    validation: (rule) => {
      const repeated = rule.unique().warning();
      if (options.required === undefined) return repeated;
      return [rule.required().min(1).error(`Expected ${options.required}`), repeated];
    },
  });
}
