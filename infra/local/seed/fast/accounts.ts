import { user } from '#functions/identity/store/entities/user';
import { userNameToken } from '#functions/identity/store/entities/user-name-token';
import { usernameClaim } from '#functions/identity/store/entities/username-claim';
import { USER_INDEX, userTokensOf } from '#functions/identity/store/user-name-index';
import type { NewUser } from '#functions/identity/store/users';
import { tokenPresence } from '#functions/platform/text-index/presence';
import type { Item } from './batch-writer';

/** A put's item as the entity writes it: its keys and its identifiers come from ElectroDB, never from here. */
export const itemOf = (built: { params: () => object }): Item => (built.params() as { Item: Item }).Item;

/**
 * The name indexes' presence items (one per index, token and partition), gathered while the records are built
 * and written once at the end: a search finds nothing a presence item does not announce.
 */
export function presenceSet() {
  const seen = new Set<string>();
  return {
    note(kind: string, token: string, partition: string) {
      seen.add(`${kind}\u0001${token}\u0001${partition}`);
    },
    items(): Item[] {
      return [...seen].map((key) => {
        const [kind, token, partition] = key.split('\u0001') as [string, string, string];
        return itemOf(tokenPresence.put({ kind, token, partition }));
      });
    },
  };
}
export type PresenceSet = ReturnType<typeof presenceSet>;

/**
 * The items `insertUser` writes for an account (its username claim, the account, its name tokens), built
 * without a request each. The password hash is the caller's: the demo shares one per password.
 */
export function accountItems(input: NewUser & { userId: string }, at: string, presence: PresenceSet): Item[] {
  const record = { ...input, tokenVersion: 0, createdAt: at, updatedAt: at };
  const items = [
    itemOf(usernameClaim.put({ username: input.username, userId: input.userId, claimedAt: at })),
    itemOf(user.put(record)),
  ];
  for (const token of userTokensOf(record)) {
    presence.note(USER_INDEX, token.token, token.districtKey);
    items.push(itemOf(userNameToken.put(token)));
  }
  return items;
}
