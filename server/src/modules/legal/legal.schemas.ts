import { Type } from 'typebox';
import { DOCUMENT_KINDS, LOCALES } from './legal.tables.ts';

const Kind = Type.Enum(DOCUMENT_KINDS, { description: 'Which document' });
const VersionLabel = Type.String({ pattern: '^[0-9A-Za-z._-]{1,32}$', description: 'Version label, unique per document', examples: ['2026-11-01'] });
const localeName = (description: string) => Type.Enum(LOCALES, { description });
const Body = Type.String({ minLength: 1, maxLength: 100_000, description: 'Markdown' });
const Summary = Type.String({ minLength: 1, maxLength: 2000, description: 'What changed, in a few plain sentences' });
const DateTime = Type.String({ format: 'date-time' });

export const KindParams = Type.Object({ kind: Kind });
export const VersionParams = Type.Object({ kind: Kind, version: VersionLabel });
export const LocaleQuery = Type.Object({ locale: Type.Optional(localeName('Language wanted; English when omitted')) }, { additionalProperties: false });

/** A published version as the public sees it. */
const VersionFields = {
  kind: Kind,
  version: Type.String(),
  effectiveAt: DateTime,
  material: Type.Boolean({ description: 'A material change: customers are told and must accept it again' }),
  summary: Type.String(),
  publishedAt: DateTime,
  state: Type.Union([Type.Literal('upcoming'), Type.Literal('in-force'), Type.Literal('superseded')]),
};

export const PublishedVersionSummary = Type.Object(VersionFields);
export const PublishedVersionList = Type.Array(PublishedVersionSummary);
export const PublishedDocument = Type.Object({
  ...VersionFields,
  title: Type.String(),
  locale: localeName('The language served: English when the asked translation is missing'),
  body: Type.String({ description: 'Markdown' }),
});

const Bodies = Type.Object(
  { en: Body, 'zh-Hant': Type.Optional(Type.Union([Body, Type.Null()])), 'zh-Hans': Type.Optional(Type.Union([Body, Type.Null()])) },
  { additionalProperties: false, description: 'Text per language; a missing translation falls back to English' },
);

export const DraftBody = Type.Object(
  {
    version: VersionLabel,
    effectiveAt: Type.Optional(Type.Union([DateTime, Type.Null()], { description: 'Omitted or null: in force as soon as it is published' })),
    material: Type.Boolean(),
    summary: Summary,
    bodies: Bodies,
  },
  { additionalProperties: false },
);

export const DraftChangesBody = Type.Object(
  {
    effectiveAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    material: Type.Optional(Type.Boolean()),
    summary: Type.Optional(Summary),
    bodies: Type.Optional(Type.Partial(Bodies)),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** A version as editors see it, drafts included. */
export const EditorVersion = Type.Object({
  kind: Kind,
  version: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
  effectiveAt: Type.Union([DateTime, Type.Null()]),
  material: Type.Boolean(),
  summary: Type.String(),
  bodies: Type.Object({ en: Type.String(), 'zh-Hant': Type.Union([Type.String(), Type.Null()]), 'zh-Hans': Type.Union([Type.String(), Type.Null()]) }),
  createdAt: DateTime,
  createdBy: Type.String(),
  updatedAt: DateTime,
  publishedAt: Type.Union([DateTime, Type.Null()]),
  publishedBy: Type.Union([Type.String(), Type.Null()]),
});
export const EditorVersionList = Type.Array(EditorVersion);
