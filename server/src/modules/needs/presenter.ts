import type { Need } from '@ketnoi/contract';
import type { NeedDoc } from './repository.js';

export function presentNeed(doc: NeedDoc, options: { withSuggestions?: boolean } = {}): Need {
  return {
    id: doc._id,
    startupId: doc.startupId,
    category: doc.category,
    title: doc.title,
    description: doc.description,
    urgency: doc.urgency,
    status: doc.status,
    province: doc.province,
    history: doc.history.map((h) => ({ at: h.at, by: h.by, from: h.from, to: h.to })),
    ...(options.withSuggestions && doc.suggestedCategories ? { suggestedCategories: doc.suggestedCategories } : {}),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
