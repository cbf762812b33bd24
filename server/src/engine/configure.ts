// The workspace config read with this engine's rules: the registry supplies each rule's default
// severity and option defaults, and the schema built from it, to config.ts (which does not know
// the rules). Faces (language server, CLI, tests) read configs through here.
import { rules } from './rules/index';
import { optionDefaults } from './rule';
import { buildConfigSchema } from './schema';
import { ConfigReader, type ConfigHost, type ResolvedConfig } from './config';

const reader = new ConfigReader({
  rules: rules.map((rule) => ({ id: rule.id, defaultSeverity: rule.defaultSeverity, options: optionDefaults(rule) })),
  schema: buildConfigSchema,
});

/** The built-in defaults, shared: knowledge built from them is cached with them. */
export function defaultConfig(): ResolvedConfig {
  return reader.defaultConfig();
}

/** Parses and validates one config file's text. */
export function parseConfig(text: string, path: string): ResolvedConfig {
  return reader.parse(text, path);
}

/** The config that applies to a document: the nearest config file's (up to `root`), or the defaults. */
export function loadConfigForDocument(documentPath: string, host: ConfigHost, root?: string): ResolvedConfig {
  return reader.loadForDocument(documentPath, host, root);
}
