#!/usr/bin/env node
// The `ita` command: loads the bundled command line (dist-cli/ita.js, plain JavaScript: no TypeScript
// loader at run time). `npm ci` builds it (the `prepare` script) and so does `npm run build`.
'use strict';
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist-cli', 'ita.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'ita: ยังไม่ได้สร้างโปรแกรม (ไม่พบ dist-cli/ita.js) กรุณาสั่ง npm run build ในโฟลเดอร์ของโครงการก่อน\n' +
      'ita: the command line is not built yet (dist-cli/ita.js is missing): run `npm run build` first\n',
  );
  process.exit(1);
}
const { main } = require(bundle);

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    process.stderr.write(`ita: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
