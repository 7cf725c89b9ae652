/** Professionals' profiles (`GET /profiles`, `GET /profiles/{id}`). */
import * as z from 'zod/mini';
import { Code, httpUrl, instant, isoDate, linkUrl, Organisation, ProfileKind, page, TextLanguage, Visibility, yearMonth } from './base.js';

export const Profile = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  headline: z.string(),
  photoUrl: httpUrl,
  kind: ProfileKind,
  organisation: z.optional(z.nullable(Organisation)),
  fields: z.array(Code),
  coreQualities: z.array(z.string()),
  skills: z.array(z.string()),
  experience: z.array(
    z.object({ title: z.string(), organisation: z.string(), from: yearMonth, to: z.optional(z.nullable(yearMonth)) }),
  ),
  availability: z.optional(z.nullable(z.object({ hoursPerWeek: z.number().check(z.nonnegative()), from: isoDate }))),
  region: Code,
  rate: z.optional(
    z.nullable(z.object({ amount: z.number(), currency: z.string(), unit: z.string(), publicRate: z.boolean() })),
  ),
  bio: z.optional(z.nullable(z.string())),
  links: z.object({ cv: linkUrl, portfolio: linkUrl, linkedin: linkUrl }),
  contact: z.optional(z.nullable(z.object({ email: z.nullable(z.string()), phone: z.optional(z.nullable(z.string())) }))),
  visibility: Visibility,
  updatedAt: instant,
  language: TextLanguage,
});

export const ProfilePage = page(Profile);

export type Profile = z.infer<typeof Profile>;
export type ProfilePage = z.infer<typeof ProfilePage>;
export type ProfileInput = z.input<typeof Profile>;
