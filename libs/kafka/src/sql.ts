// The slice of a Prisma client this library needs. Structural, so any service's generated client
// (and its interactive-transaction client) fits without libs/kafka knowing its models.
export interface SqlTx {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export interface SqlDb<Tx extends SqlTx = SqlTx> extends SqlTx {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}
