import { z } from "zod";

/** ISO 4217 currency codes the runtime can format (`Intl.supportedValuesOf("currency")`). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

export const currencySchema = z.string().refine((code) => CURRENCIES.has(code), {
  message: "an ISO 4217 currency code such as EUR, USD, CNY, JPY, KRW or AED",
});

/**
 * A price as a decimal string (`"1450.00"`, `"12800"`): never a float, so `0.1 + 0.2` never
 * reaches a price card. `Intl.NumberFormat` formats the string exactly as written.
 */
export const decimalAmountSchema = z.string().regex(/^(0|[1-9]\d{0,11})(\.\d{1,4})?$/, {
  message:
    'a decimal amount written as a string, such as "1450.00" or "12800" (no sign, no spaces)',
});

/** What a buyer can do with a product in a market during a live-shopping moment. */
export const availabilitySchema = z.enum(["in-stock", "limited", "pre-order", "sold-out"]);
export type Availability = z.infer<typeof availabilitySchema>;

/** A product's price in one market; the currency is the market's. */
export const marketPriceSchema = z.strictObject({
  amount: decimalAmountSchema,
  /** @default "in-stock" */
  availability: availabilitySchema.default("in-stock"),
});
export type MarketPrice = z.infer<typeof marketPriceSchema>;

/** Digits after the decimal point a currency allows (JPY and KRW: none; EUR: two). */
export function currencyFractionDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** Digits written after the decimal point of an amount. */
export function amountFractionDigits(amount: string): number {
  return amount.split(".")[1]?.length ?? 0;
}
