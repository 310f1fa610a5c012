import { compatibilitySuite } from './compatibility-suite/corpus.ts';
import { registerCorpus } from './register.ts';

await registerCorpus(compatibilitySuite);
