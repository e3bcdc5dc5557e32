// Renders a JSON Schema (as found in the OpenAPI document) as a nested list of fields: name, type,
// required, constraints and description. Server component; no script.
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  $ref?: string;
};

export type Components = Record<string, Schema>;

function resolve(s: Schema, components: Components): Schema {
  if (s.$ref) return components[s.$ref.replace("#/components/schemas/", "")] ?? {};
  return s;
}

/** Merges allOf parts and flattens "X or null" unions into X with nullable noted. */
function normalise(raw: Schema, components: Components): { schema: Schema; nullable: boolean } {
  let s = resolve(raw, components);
  if (s.allOf) {
    const parts = s.allOf.map((p) => normalise(p, components).schema);
    s = {
      ...s,
      type: "object",
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  const union = s.anyOf ?? s.oneOf;
  if (union) {
    const nonNull = union.filter((u) => resolve(u, components).type !== "null");
    if (nonNull.length === 1)
      return {
        schema: { ...normalise(nonNull[0]!, components).schema, description: s.description },
        nullable: nonNull.length < union.length,
      };
  }
  return { schema: s, nullable: false };
}

export function typeLabel(raw: Schema, components: Components): string {
  const { schema: s, nullable } = normalise(raw, components);
  let t: string;
  if (s.enum) t = s.enum.map((v) => JSON.stringify(v)).join(" | ");
  else if (s.const !== undefined) t = JSON.stringify(s.const);
  else if (s.anyOf ?? s.oneOf) t = (s.anyOf ?? s.oneOf)!.map((u) => typeLabel(u, components)).join(" or ");
  else if (s.type === "array") t = `${s.items ? typeLabel(s.items, components) : "any"}[]`;
  else if (Array.isArray(s.type)) t = s.type.join(" | ");
  else t = s.format ? `${s.type ?? "any"} (${s.format})` : (s.type ?? "any");
  return nullable ? `${t} | null` : t;
}

function constraints(s: Schema): string {
  const out: string[] = [];
  if (s.minLength !== undefined) out.push(`min length ${s.minLength}`);
  if (s.maxLength !== undefined) out.push(`max length ${s.maxLength}`);
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} items`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out.join(", ");
}

export function SchemaFields({ schema, components, depth = 0 }: { schema: Schema; components: Components; depth?: number }) {
  const { schema: s } = normalise(schema, components);
  const obj = s.type === "array" && s.items ? normalise(s.items, components).schema : s;
  if (!obj.properties || depth > 3) return <p className="text-sm text-muted-foreground">{typeLabel(schema, components)}</p>;
  const required = new Set(obj.required ?? []);
  return (
    <ul className="grid gap-1.5 text-sm">
      {Object.entries(obj.properties).map(([name, prop]) => {
        const p = normalise(prop, components).schema;
        const inner = p.type === "array" && p.items ? normalise(p.items, components).schema : p;
        return (
          <li key={name} className="min-w-0">
            <code className="font-mono text-xs font-semibold">{name}</code>{" "}
            <span className="font-mono text-xs break-words text-muted-foreground">{typeLabel(prop, components)}</span>
            {required.has(name) ? <span className="ml-1 text-xs text-destructive">required</span> : null}
            {constraints(p) ? <span className="ml-1 text-xs text-muted-foreground">({constraints(p)})</span> : null}
            {p.description ? <span className="block text-muted-foreground">{p.description}</span> : null}
            {inner.properties ? (
              <div className="mt-1 border-l pl-3">
                <SchemaFields schema={inner} components={components} depth={depth + 1} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
