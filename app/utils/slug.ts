/** "Amina El Idrissi" → "amina-el-idrissi"; Arabic-only names fall back to a neutral stem. */
export function slugify(value: string, fallback = "profil") {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}
