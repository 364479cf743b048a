/** A DOI as a link to its resolver; it wraps anywhere (one long word would widen a phone's page). */
export function DoiLink({ doi }: { doi: string }) {
  return (
    <a className="doi" href={`https://doi.org/${doi}`} dir="ltr" rel="noopener noreferrer">
      doi:{doi}
    </a>
  );
}
