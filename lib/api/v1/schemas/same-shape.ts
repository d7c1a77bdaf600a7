/**
 * Compile-time only. The domain (lib/<area>) owns the types its functions take
 * and return; a wire schema here describes one of them for HTTP and the OpenAPI
 * document. `Holds<SameShape<Wire, Domain>>` fails to compile unless the two are
 * the same type (every field, optional or not), so the document cannot drift
 * from what the domain takes and returns.
 */
export type SameShape<Wire, Domain> =
  (<T>() => T extends Wire ? 1 : 2) extends <T>() => T extends Domain ? 1 : 2 ? true : false;

export type Holds<T extends true> = T;
