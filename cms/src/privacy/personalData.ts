import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Everything the CMS stores about one e-mail address, read as the editor who asks: Payload's
 * access rules and the tenant plugin decide what that editor sees, so an editor of another
 * wijk finds nothing of this wijk. Accounts first; the rest is found by address or by account.
 */
export type PersonalData = {
  users: Record<string, unknown>[]
  requests: Record<string, unknown>[]
  organisationClaims: Record<string, unknown>[]
  articles: Record<string, unknown>[]
  posts: Record<string, unknown>[]
  /** The consent records of newsletter signups (Mailchimp holds the list itself). */
  newsletterSignups: Record<string, unknown>[]
  /** Reactions this address sent to prikbord posts (the site's "Reageer" form). */
  postReactions: Record<string, unknown>[]
  /** Reactions to this person's own posts, with their answers; without the responders' addresses. */
  postReactionsReceived: Record<string, unknown>[]
}

/** Collections another part of the platform adds; looked for at run time so this keeps working without them. */
export const CLAIMS = 'organisation-claims'
export const NEWSLETTER_SIGNUPS = 'newsletter-signups'
export const POST_REACTIONS = 'post-reactions'

const find = async (req: PayloadRequest, collection: string, where: Where, draft = false) => {
  if (!req.payload.collections[collection as CollectionSlug]) return []
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
    draft,
  })
  return docs as unknown as Record<string, unknown>[]
}

/** Never part of an export: password hash, salt, login and reset tokens. */
const SECRET_USER_FIELDS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken', 'sessions', 'loginAttempts', 'lockUntil']

const withoutSecrets = (user: Record<string, unknown>) => Object.fromEntries(Object.entries(user).filter(([key]) => !SECRET_USER_FIELDS.includes(key)))

export const findPersonalData = async (req: PayloadRequest, email: string): Promise<PersonalData> => {
  const users = await find(req, 'users', { email: { equals: email } })
  const userIds = users.map((user) => user.id as number)
  const byAuthor: Where = userIds.length ? { author: { in: userIds } } : { id: { equals: -1 } }
  const [requests, organisationClaims, articles, posts, newsletterSignups] = await Promise.all([
    find(req, 'requests', { email: { equals: email } }),
    userIds.length ? find(req, CLAIMS, { user: { in: userIds } }) : [],
    find(req, 'articles', byAuthor, true),
    find(req, 'posts', byAuthor),
    find(req, NEWSLETTER_SIGNUPS, { email: { equals: email } }),
  ])
  const postIds = posts.map((post) => post.id as number)
  const [postReactions, received] = await Promise.all([
    find(req, POST_REACTIONS, { email: { equals: email } }),
    postIds.length ? find(req, POST_REACTIONS, { post: { in: postIds } }) : [],
  ])
  // The responder's address is theirs, not the poster's: the poster's export leaves it out.
  const postReactionsReceived = received.map(({ email: _responder, ...rest }) => rest)
  return { users: users.map(withoutSecrets), requests, organisationClaims, articles, posts, newsletterSignups, postReactions, postReactionsReceived }
}

export const countsOf = (data: PersonalData) => Object.fromEntries(Object.entries(data).map(([key, docs]) => [key, docs.length]))
