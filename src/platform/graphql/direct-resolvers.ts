import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMeta = Storage['fieldResolvers'][number];
type Param = NonNullable<FieldResolverMeta['params']>[number];
type Class = new () => object;

/** The arguments of a method, from what graphql-js passes a resolver. */
type Params = (root: unknown, context: unknown, info: unknown) => unknown[];

// The parameters a direct call can give as type-graphql does: the root itself (converted only when
// it is not already of its class, which the direct call leaves to type-graphql), the context, info.
function paramsOf(meta: FieldResolverMeta): { params: Params; rootClass?: Class } | null {
  const sorted = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  let rootClass: Class | undefined;
  for (const p of sorted) {
    if (p.kind === 'root' && !p.propertyName) {
      const type = p.getType?.();
      if (typeof type === 'function') rootClass = type as Class;
      else if (type !== undefined) return null;
    } else if (!((p.kind === 'context' && !p.propertyName) || p.kind === 'info')) {
      return null; // arguments are converted to their classes (and may be validated): type-graphql's
    }
  }
  const kinds = sorted.map((p: Param) => p.kind);
  return { params: (root, context, info) => kinds.map((k) => (k === 'root' ? root : k === 'context' ? context : info)), rootClass };
}

/**
 * type-graphql calls every field resolver through a wrapper that builds an object per call, converts
 * the root to its class, walks the middleware chain (empty here) and maps the parameters anew: per
 * row of every list (a directive's issuer, a thread's lead) that was ~7% of the CPU of the hot reads
 * (issue #19). A field resolver without roles and middlewares whose parameters are only `@Root()`,
 * `@Ctx()` and `@Info()` is called directly instead; any call it cannot make exactly as type-graphql
 * would — a root not already of its class — still goes through type-graphql's resolver.
 *
 * Resolver classes are instantiated once, as type-graphql's default container does (the hub passes
 * no container; its resolver classes hold no state).
 */
const directOf = new WeakMap<GraphQLSchema, readonly string[]>();

/** The fields of a schema whose resolvers are called directly, as `Type.field`. */
export function directFields(schema: GraphQLSchema): readonly string[] {
  return directOf.get(schema) ?? [];
}

export function callFieldResolversDirectly(schema: GraphQLSchema): void {
  if (directOf.has(schema)) return;
  const storage = getMetadataStorage();
  const instances = new Map<Class, object>();
  const direct: string[] = [];
  for (const meta of storage.fieldResolvers) {
    if (meta.roles?.length || meta.middlewares?.length) continue;
    const plan = paramsOf(meta);
    const objectClass = meta.getObjectType?.() as Class | undefined;
    if (!plan || !objectClass) continue;
    for (const declared of storage.objectTypes.filter((o) => o.target === objectClass)) {
      const type = schema.getType(declared.name);
      const field = isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
      const wrapped = field?.resolve;
      if (!field || !wrapped) continue;
      const { params, rootClass } = plan;
      const rootFits = (root: unknown) => !rootClass || root == null || root instanceof rootClass;
      let resolve: GraphQLFieldResolver<unknown, unknown>;
      if (meta.kind === 'external') {
        const target = meta.target as Class;
        const instance = instances.get(target) ?? new target();
        instances.set(target, instance);
        const method = (instance as Record<string, (...a: unknown[]) => unknown>)[meta.methodName];
        resolve = (root, args, context, info) => (rootFits(root) ? method.apply(instance, params(root, context, info)) : wrapped(root, args, context, info));
      } else {
        // A method (or getter) of the object's own class, called on the object when it is one.
        resolve = (root, args, context, info) => {
          if (!(root instanceof objectClass) || !rootFits(root)) return wrapped(root, args, context, info);
          const value = (root as Record<string, unknown>)[meta.methodName];
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).apply(root, params(root, context, info)) : value;
        };
      }
      field.resolve = resolve;
      direct.push(`${type!.name}.${field.name}`);
    }
  }
  directOf.set(schema, direct);
}
