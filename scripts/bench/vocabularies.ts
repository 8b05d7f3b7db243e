// Open vocabularies in `npm run bench`: promptmeter's incremental counting (chunks cut at line
// breaks, vocabularies.ts) against the same engine counting the whole text in one call.
import { IncrementalCounter } from '../../src/core/tokenize/incremental-counter.ts'
import { nextVocabularySplit, VOCABULARY_NAMES, vocabularyOf } from '../../src/core/tokenize/vocabularies.ts'
import { readVocabularyFiles } from '../vocabulary-files-node.ts'
import type { Corpus } from './corpora.ts'

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1))

/** A Markdown table: each vocabulary on each corpus, timed in this Node process. */
export async function vocabularyTable(corpora: readonly Corpus[]): Promise<string> {
  const lines = [
    '### Open vocabularies (Node)',
    '',
    'The same engine (`@huggingface/tokenizers`) counting each text whole in one call, and promptmeter counting it',
    'in chunks cut at its safe splits (first count, then one character typed in the middle):',
    '',
    '| vocabulary | corpus | tokens | whole text, one call (ms) | promptmeter, first count (ms) | after a keystroke (ms) | equal |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const name of VOCABULARY_NAMES) {
    console.error(`  vocabulary ${name}`)
    const vocabulary = vocabularyOf(readVocabularyFiles(name))
    for (const corpus of corpora) {
      const t0 = performance.now()
      const whole = vocabulary.count(corpus.text)
      const wholeMs = performance.now() - t0
      const counter = new IncrementalCounter(vocabulary.count, nextVocabularySplit)
      const t1 = performance.now()
      const first = await counter.count(corpus.text)
      const firstMs = performance.now() - t1
      const middle = corpus.text.length >> 1
      const edited = `${corpus.text.slice(0, middle)}x${corpus.text.slice(middle)}`
      const t2 = performance.now()
      const again = await counter.count(edited)
      const editMs = performance.now() - t2
      const equal = first === whole && again === vocabulary.count(edited)
      lines.push(
        `| ${name} | ${corpus.name} | ${whole} | ${fmt(wholeMs)} | ${fmt(firstMs)} | ${fmt(editMs)} | ${equal ? 'yes' : '**NO**'} |`,
      )
    }
  }
  lines.push('')
  return lines.join('\n')
}
