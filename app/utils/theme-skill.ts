import { z } from "zod";

/** "Add this theme of my publications as a skill": a taxonomy concept id, nothing else. */
export const ThemeSkillSchema = z.object({
  skillId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/, "form.invalidChoice"),
});

/** The level a theme taken in one click starts at; the owner adjusts it in the skills section. */
export const THEME_SKILL_LEVEL = 3;
