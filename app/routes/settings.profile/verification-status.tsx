import { useT } from "~/utils/use-i18n";

/** The person's verification status, in words (students need no verification). */
export function VerificationStatus({ kind, verification }: { kind: string; verification: string }) {
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
    </p>
  );
}
