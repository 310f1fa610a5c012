/**
 * The matrix's selectors and options as the Pact Broker reads them from `GET /matrix`
 * (`q[][pacticipant]`, `q[][version]`, `q[][latest]`, `q[][tag]`, `q[][branch]`,
 * `q[][environment]`, `q[][mainBranch]`; `latestby`, `latest`, `tag`, `environment`, `mainBranch`,
 * `ignore[][pacticipant]`, `ignore[][version]`, `success[]`, `limit`).
 */

/** A selector as given: which versions of a pacticipant (no version criteria: all of them). */
export interface UnresolvedSelector {
  readonly pacticipant?: string | undefined;
  readonly version?: string | undefined;
  readonly latest?: boolean | undefined;
  readonly tag?: string | undefined;
  readonly branch?: string | undefined;
  readonly environment?: string | undefined;
  readonly mainBranch?: boolean | undefined;
}

/** How the matrix rows are reduced: per consumer version and provider (`cvp`), and provider version (`cvpv`), or per pair (`cp`). */
export type LatestBy = 'cvp' | 'cvpv' | 'cp';

/**
 * The query's options. A target (`latest`, `tag`, `environment` or `mainBranch`) makes the matrix
 * infer, for each application integrated with the selected versions, the versions it would be
 * deployed alongside (the latest, the latest with the tag, those in the environment, or the latest
 * of each main branch).
 */
export interface MatrixOptions {
  readonly latestby?: LatestBy | undefined;
  readonly latest?: boolean | undefined;
  readonly tag?: string | undefined;
  readonly environment?: string | undefined;
  readonly mainBranch?: boolean | undefined;
  readonly ignore?: readonly UnresolvedSelector[] | undefined;
  /** Keep only rows whose verification succeeded (`true`), failed (`false`) or is missing (`undefined`). */
  readonly success?: readonly (boolean | undefined)[] | undefined;
  /** At most this many rows (the Pact Broker's default: 100). */
  readonly limit?: number | undefined;
}

/**
 * Whether a selector names only its pacticipant (then it stands for every version).
 *
 * @example
 * isAllVersions({ pacticipant: 'web' }); // true
 */
export function isAllVersions(selector: UnresolvedSelector): boolean {
  return (
    selector.version === undefined &&
    selector.tag === undefined &&
    selector.branch === undefined &&
    selector.latest !== true &&
    selector.environment === undefined &&
    selector.mainBranch !== true
  );
}

type Fields = Record<string, string>;

/**
 * Reads `name[][field]=value` (or `name[n][field]`) pairs into objects as Rack does: a repeated
 * field starts the next object.
 */
function nestedList(query: URLSearchParams, name: string): Fields[] {
  const list: Fields[] = [];
  const indexed = new Map<string, Fields>();
  const pattern = new RegExp(`^${name}\\[(\\d*)\\]\\[(\\w+)\\]$`);
  for (const [key, value] of query) {
    const match = pattern.exec(key);
    if (match === null) continue;
    const [, index = '', field = ''] = match;
    if (index !== '') {
      const entry = indexed.get(index) ?? {};
      if (!indexed.has(index)) {
        indexed.set(index, entry);
        list.push(entry);
      }
      entry[field] = value;
      continue;
    }
    const last = list.at(-1);
    if (last === undefined || field in last || [...indexed.values()].includes(last))
      list.push({ [field]: value });
    else last[field] = value;
  }
  return list;
}

function selectorFrom(fields: Fields): UnresolvedSelector {
  const given = (field: string) =>
    fields[field] === undefined || fields[field] === '' ? undefined : fields[field];
  return {
    pacticipant: given('pacticipant'),
    version: given('version'),
    latest: fields.latest === 'true' ? true : undefined,
    tag: given('tag'),
    branch: given('branch'),
    environment: given('environment'),
    mainBranch: fields.mainBranch === 'true' ? true : undefined,
  };
}

/**
 * The selectors and options of a `/matrix` query string, read as the Pact Broker reads them
 * (empty values are absent; `latest` and `mainBranch` are true only when `"true"`).
 *
 * @example
 * parseMatrixQuery(new URLSearchParams('q[][pacticipant]=web&q[][version]=1&latestby=cvpv&environment=production'));
 */
export function parseMatrixQuery(query: URLSearchParams): {
  selectors: UnresolvedSelector[];
  options: MatrixOptions;
  latestby: string | undefined;
} {
  const value = (name: string) => {
    const found = query.get(name);
    return found === null || found === '' ? undefined : found;
  };
  const successes = query.getAll('success[]').concat(query.getAll('success'));
  const limit = value('limit');
  const mainBranch = value('mainBranch');
  const latest = value('latest');
  const latestby = value('latestby');
  return {
    selectors: nestedList(query, 'q').map(selectorFrom),
    latestby,
    options: {
      latestby: latestby === 'cvp' || latestby === 'cvpv' || latestby === 'cp' ? latestby : undefined,
      latest: latest === undefined ? undefined : latest === 'true',
      tag: value('tag'),
      environment: value('environment'),
      mainBranch: mainBranch === undefined ? undefined : mainBranch === 'true',
      ignore: nestedList(query, 'ignore').map(selectorFrom),
      success:
        successes.length === 0
          ? undefined
          : successes.map((item) => (item === '' ? undefined : item === 'true')),
      limit: limit === undefined ? 100 : Number(limit),
    },
  };
}
