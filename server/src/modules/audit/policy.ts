// The audit log is for admins only, and for reading only: no role may change or remove an entry
// (the repository has no update or delete, and no route writes to it).
export const AUDIT_READERS = ['admin'] as const;
