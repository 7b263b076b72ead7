import { compare, toMarkdown } from '../src/index';
import { loadBasilStory } from './lib-stories';
const s = loadBasilStory(`${__dirname}/../../shared/corpus/stories/${process.argv[2]}.gold.json`);
process.stdout.write(toMarkdown(compare(s.inputs)));
