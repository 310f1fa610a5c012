import { pactSpecification } from './pact-specification/corpus.ts';
import { registerCorpus } from './register.ts';

await registerCorpus(pactSpecification);
