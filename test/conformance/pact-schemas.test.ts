import { pactSchemas } from './pact-schemas/corpus.ts';
import { registerCorpus } from './register.ts';

await registerCorpus(pactSchemas);
