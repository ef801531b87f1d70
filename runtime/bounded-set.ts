/**
 * A set that forgets its oldest members beyond a size: enough to drop redelivered events (which
 * arrive soon after the first delivery) without growing for ever.
 */
export class BoundedSet<T> {
  private readonly items = new Set<T>();
  constructor(private readonly limit: number) {}

  has(value: T): boolean {
    return this.items.has(value);
  }

  /** Adds the value; returns false when it was already there. */
  add(value: T): boolean {
    if (this.items.has(value)) return false;
    this.items.add(value);
    if (this.items.size > this.limit) {
      const oldest = this.items.values().next().value as T;
      this.items.delete(oldest);
    }
    return true;
  }
}
