// The language server (from source) with one more rule, deliberately slow: on each block whose
// text says "slow" it works for 40 ms (through the block cache, as real rules do) and finds that
// block. Each block it works on is logged on stderr ("test-slow-rule: worked on a block"), so a
// test can count the work done without a clock. Started by server.test.ts through `nodeArgs`
// (which names the rule and the log line as here).
import { rules } from '../../server/src/engine/rules/index';
import { defineRule } from '../../server/src/engine/rule';
// Starts the server; the rule below is registered before any message is read (lint reads the registry each time).
import '../../server/src/server';

const SLOW_RULE = 'test-slow-rule';
const WORK_LOG = `${SLOW_RULE}: worked on a block\n`;

rules.push(
  defineRule({
    id: SLOW_RULE, description: 'Slow on purpose (tests).', defaultSeverity: 'info', tags: [], fixable: false, options: {}, docs: '',
    check(model, ctx) {
      for (const block of model.blocks) {
        const slow = block.derive(SLOW_RULE, (text) => {
          if (!text.includes('slow')) return false;
          process.stderr.write(WORK_LOG);
          for (const until = Date.now() + 40; Date.now() < until; );
          return true;
        });
        if (slow) ctx.report({ start: block.start, end: block.end, message: 'A slow block.' });
      }
    },
  }),
);
