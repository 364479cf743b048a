import { useT } from "~/utils/use-i18n";

/** The person's verification status, in words (students need no verification). */
export function VerificationStatus({
  kind,
  verification,
  note,
}: {
  kind: string;
  verification: string;
  /** Why a coordinator refused it, when it is refused. */
  note?: string | null;
}) {
  const t = useT();
  if (kind === "student") return null;
  const key =
    verification === "verified"
      ? "verification.verified"
      : verification === "rejected"
        ? "verification.rejected"
        : "verification.pending";
  return (
    <p
      className={verification === "verified" ? "status-ok" : "notice"}
      role="status"
      data-testid="verification-status"
      data-status={verification}
    >
      {t(key)}
      {note ? (
        <>
          {" "}
          <span data-testid="verification-note">
            {t("verification.rejectedReason", { reason: "" })}
            <bdi>{note}</bdi>
          </span>
        </>
      ) : null}
    </p>
  );
}
