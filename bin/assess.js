#!/usr/bin/env node
"use strict";
// The command as one bundle (webpack.cli.config.js; `npm run build:cli` makes it).
require("../dist/cli-bundle/assess.js");
