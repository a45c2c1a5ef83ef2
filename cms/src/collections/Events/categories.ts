import { EVENT_CATEGORIES as CATEGORIES, EVENT_CATEGORY_LABELS } from '@wijk/shared/eventCategories'

/** The shared agenda categories as admin select options. */
export const EVENT_CATEGORIES = CATEGORIES.map((value) => ({ value, label: EVENT_CATEGORY_LABELS[value] }))
