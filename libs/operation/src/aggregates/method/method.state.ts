export interface RegisteredMethod {
  readonly exists: true;
  readonly methodId: string;
  readonly name: string;
  readonly neededInputKinds: readonly string[];
  readonly parametersSchema: Record<string, unknown> | null;
  readonly registeredAt: string;
}

export type MethodState = { readonly exists: false } | RegisteredMethod;

export const initialMethodState: MethodState = { exists: false };

/** What GET /v1/methods/{id} and the list answer. */
export interface MethodView {
  readonly methodId: string;
  readonly name: string;
  readonly neededInputKinds: readonly string[];
  readonly parametersSchema: Record<string, unknown> | null;
  readonly registeredAt: string;
  readonly version: number;
}

export function toMethodView(method: RegisteredMethod, version: number): MethodView {
  return {
    methodId: method.methodId,
    name: method.name,
    neededInputKinds: method.neededInputKinds,
    parametersSchema: method.parametersSchema,
    registeredAt: method.registeredAt,
    version,
  };
}
