import { defineErrors } from '../../kernel/errors.ts';

export const LegalErrors = defineErrors('legal', {
  unknown_document: { status: 404, title: 'No such kind of legal document' },
  version_not_found: { status: 404, title: 'No such version of this document' },
  document_not_in_force: { status: 404, title: 'No version of this document is in force yet' },
  version_exists: { status: 409, title: 'This document already has a version with that label' },
  version_published: { status: 409, title: 'A published version cannot be changed' },
  version_not_in_force: { status: 409, title: 'Only the version in force can be accepted' },
  effective_date_in_past: { status: 422, title: 'A new version cannot take effect before it is published' },
  effective_date_not_after_previous: { status: 422, title: 'A new version must take effect after the versions already published' },
});
