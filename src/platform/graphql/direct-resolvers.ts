import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMeta = Storage['fieldResolvers'][number];
type Class = new () => object;

/** The arguments of a method, from what graphql-js passes a resolver. */
type Params = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown[];

/**
 * What type-graphql makes of the arguments of an @ArgsType class, when all it does is copy their
 * values onto a new instance: every field (its superclasses' too) a scalar, an enum or a list of
 * them, and the class without initialised fields (which its conversion treats apart). Null for any
 * other class: an input object field is converted to its class, field by field (type-graphql's).
 */
export function flatArgsConverter(argsClass: Class, storage: Storage = getMetadataStorage()): ((args: Record<string, unknown>) => object) | null {
  const inputClasses = new Set<unknown>(storage.inputTypes.map((t) => t.target));
  const names: string[] = [];
  for (let c: unknown = argsClass; typeof c === 'function' && c.prototype !== undefined; c = Object.getPrototypeOf(c)) {
    const declared = storage.argumentTypes.find((t) => t.target === c);
    for (const field of declared?.fields ?? []) {
      if (inputClasses.has(field.getType())) return null;
      if (!names.includes(field.name)) names.push(field.name);
    }
  }
  if (!storage.argumentTypes.some((t) => t.target === argsClass) || Object.keys(new argsClass()).length) return null;
  return (args) => {
    const instance = new argsClass() as Record<string, unknown>;
    for (const name of names) if (args[name] !== undefined) instance[name] = args[name];
    return instance;
  };
}

// The parameters a direct call can give as type-graphql does: the root itself (converted only when
// it is not already of its class, which the direct call leaves to type-graphql), the context, info,
// and unvalidated @Args() of scalars and enums (a new instance of the class with the values given).
function paramsOf(storage: Storage, meta: FieldResolverMeta, validate: boolean): { params: Params; rootClass?: Class } | null {
  const sorted = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  let rootClass: Class | undefined;
  const makers: ((root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown)[] = [];
  for (const p of sorted) {
    if (p.kind === 'root' && !p.propertyName) {
      const type = p.getType?.();
      if (typeof type === 'function') rootClass = type as Class;
      else if (type !== undefined) return null;
      makers.push((root) => root);
    } else if (p.kind === 'context' && !p.propertyName) makers.push((_root, _args, context) => context);
    else if (p.kind === 'info') makers.push((_root, _args, _context, info) => info);
    else if (p.kind === 'args' && !validate && p.validateSettings === undefined && !p.validateFn) {
      const argsClass = p.getType();
      const convert = typeof argsClass === 'function' ? flatArgsConverter(argsClass as Class, storage) : null;
      if (!convert) return null;
      makers.push((_root, args) => convert(args));
    } else return null; // an @Arg, a property of the root or context, a custom decorator: type-graphql's
  }
  return { params: (root, args, context, info) => makers.map((make) => make(root, args, context, info)), rootClass };
}

/**
 * type-graphql calls every field resolver through a wrapper that builds an object per call, converts
 * the root to its class, walks the middleware chain (empty here) and maps the parameters anew: per
 * row of every list (a directive's issuer, a thread's lead) that was ~7% of the CPU of the hot reads
 * (issue #19). A field resolver without roles and middlewares whose parameters are only `@Root()`,
 * `@Ctx()`, `@Info()` and, when the schema validates no arguments (`validate`), `@Args()` of scalars
 * and enums is called directly instead; any call it cannot make exactly as type-graphql would — a
 * root not already of its class — still goes through type-graphql's resolver. Arguments went through
 * type-graphql's asynchronous validation step even unvalidated: a promise and a microtask per call,
 * 50 a request for the children pages of the subtree read.
 *
 * Resolver classes are instantiated once, as type-graphql's default container does (the hub passes
 * no container; its resolver classes hold no state).
 */
const directOf = new WeakMap<GraphQLSchema, readonly string[]>();

const plainObjectClasses = new WeakSet<object>();

/**
 * Declares that the field methods of an object type read nothing of the object they are called on
 * but its own fields: type-graphql copies a plain object (a service's answer) into a new instance of
 * the class before it calls one; the direct call calls it on the object as it is. For connections,
 * whose services answer plain pages: two of them for each of the 50 children pages of the subtree read.
 */
export function resolvesPlainObjects(objectClass: object): void {
  plainObjectClasses.add(objectClass);
}

/** The fields of a schema whose resolvers are called directly, as `Type.field`. */
export function directFields(schema: GraphQLSchema): readonly string[] {
  return directOf.get(schema) ?? [];
}

export function callFieldResolversDirectly(schema: GraphQLSchema, options: { validate: boolean }): void {
  if (directOf.has(schema)) return;
  const storage = getMetadataStorage();
  const instances = new Map<Class, object>();
  const direct: string[] = [];
  for (const meta of storage.fieldResolvers) {
    if (meta.roles?.length || meta.middlewares?.length) continue;
    const plan = paramsOf(storage, meta, options.validate);
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
        resolve = (root, args, context, info) => (rootFits(root) ? method.apply(instance, params(root, args, context, info)) : wrapped(root, args, context, info));
      } else {
        // A method (or getter) of the object's own class, called on the object when it is one, or
        // on a plain object where the class reads nothing else (resolvesPlainObjects).
        const plain = plainObjectClasses.has(objectClass);
        const own = objectClass.prototype as object;
        resolve = (root, args, context, info) => {
          let value: unknown;
          if (root instanceof objectClass && rootFits(root)) value = (root as Record<string, unknown>)[meta.methodName];
          else if (plain && root !== null && typeof root === 'object' && rootFits(root)) value = Reflect.get(own, meta.methodName, root);
          else return wrapped(root, args, context, info);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).apply(root, params(root, args, context, info)) : value;
        };
      }
      field.resolve = resolve;
      direct.push(`${type!.name}.${field.name}`);
    }
  }
  directOf.set(schema, direct);
}
