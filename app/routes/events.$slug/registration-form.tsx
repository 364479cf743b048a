import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CheckboxGroup } from "~/components/checkbox-group";
import { formatEventTime, formatEventWeekday } from "~/components/events/event-dates";
import { FormErrorAlert, TextAreaField } from "~/components/forms";
import { slotKey } from "~/utils/event-slots";
import { RegistrationSchema } from "~/utils/event-validation";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import type { EventPageData } from "./route";

/**
 * Registering, or changing what one comes for: offers and needs by convention kind and the
 * meeting slots one can take (all ticked at first: most people are free throughout).
 */
export function RegistrationForm({
  page,
  lastResult,
}: {
  page: EventPageData;
  lastResult?: FormResult | null;
}) {
  const t = useT();
  const locale = useLocale();
  const blocks = page.sessions.filter((s) => s.kind === "meeting_block" && s.slots > 0);
  const allSlots = blocks.flatMap((b) =>
    Array.from({ length: b.slots }, (_, i) => slotKey(b.id, i)),
  );
  const mine = page.registration;
  const [form, fields] = useSchemaForm(RegistrationSchema, {
    id: "registration",
    lastResult,
    defaultValue: {
      offers: mine?.offers ?? [],
      needs: mine?.needs ?? [],
      note: mine?.note ?? "",
      availability: mine ? mine.availability : allSlots,
    },
  });
  const kinds = CONVENTION_KINDS.map((k) => ({ value: k, label: t(`offer.${k}` as MessageKey) }));
  return (
    <Form method="post" className="stacked-form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="register" />
      <FormErrorAlert form={form} />
      <CheckboxGroup meta={fields.offers} legend={t("events.register.offers")} options={kinds} />
      <CheckboxGroup meta={fields.needs} legend={t("events.register.needs")} options={kinds} />
      <TextAreaField
        meta={fields.note}
        label={t("events.register.note")}
        rows={2}
        maxLength={1000}
      />
      {blocks.map((b) => (
        <CheckboxGroup
          key={b.id}
          meta={fields.availability}
          legend={`${t("events.register.availability")} — ${b.title}, ${formatEventWeekday(b.startsLocal, locale)}`}
          hint={t("events.register.availabilityHint")}
          options={b.slotStarts.map((start, i) => ({
            value: slotKey(b.id, i),
            label: formatEventTime(start, locale),
          }))}
        />
      ))}
      <button type="submit">{t(mine ? "events.register.update" : "events.register.submit")}</button>
    </Form>
  );
}
