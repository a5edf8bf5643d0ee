import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** What a check keeps per parsed document: its answers, by what else they depend on. */
export type DocumentMemo<T> = (document: DocumentNode, key: string, compute: () => T) => T;

/**
 * Remembers what a check worked out for a parsed document. Apollo Server
 * keeps every query it has parsed and hands the same document to each
 * request that sends that text again, so a check whose answer depends only
 * on the document and on `key` (the variables, say) walks the document once
 * per distinct question instead of once per request. A document's answers
 * go with the document when Apollo Server's store lets it go.
 */
export function documentMemo<T>(keysPerDocument: number): DocumentMemo<T> {
  const memo = new WeakMap<DocumentNode, LRUCache<string, { value: T }>>();
  return (document, key, compute) => {
    let answers = memo.get(document);
    if (!answers) {
      answers = new LRUCache({ max: keysPerDocument });
      memo.set(document, answers);
    }
    const known = answers.get(key);
    if (known) return known.value;
    const value = compute();
    answers.set(key, { value });
    return value;
  };
}
