/*
 * The tokens of the dsmig migration language. Keywords are case-insensitive. A statement ends at a
 * newline or ';'; a line that starts with blanks continues the statement above it, and so does a
 * line after a trailing backslash. Comments run from '# ' to the end of the line.
 */
lexer grammar DsmigLexer;

options { caseInsensitive = true; }

// Keywords. Every keyword is also accepted where a name is expected (see DsmigParser.name).
ABORT: 'abort'; ACTIVATE: 'activate'; AIX: 'aix'; ALIAS: 'alias'; ALL: 'all'; APPEND: 'append';
APPLICATION: 'application'; APPLICATIONS: 'applications'; AS: 'as'; AT: 'at'; BLK: 'blk'; BLKSIZE: 'blksize';
BUFFERED: 'buffered'; CATALOG: 'catalog'; CHANNEL: 'channel'; CHURN: 'churn'; CI: 'ci'; CLOSE: 'close';
CLUSTER: 'cluster'; CONTIG: 'contig'; CYL: 'cyl'; DATASET: 'dataset'; DATASETS: 'datasets'; DEPTH: 'depth';
DONE: 'done'; DOWN: 'down'; DOWNTIME: 'downtime'; DSORG: 'dsorg'; DURING: 'during'; ECR: 'ecr'; EVENTS: 'events';
EVERY: 'every'; EXCLUDE: 'exclude'; FILL: 'fill'; FLUSH: 'flush'; FOR: 'for'; FROM: 'from'; GROOVY: 'groovy';
HOT: 'hot'; IMAGE: 'image'; IMAGES: 'images'; INDEX: 'index'; INDEXED: 'indexed'; INTO: 'into'; KEEP: 'keep';
KEYLEN: 'keylen'; LIKE: 'like'; LIMIT: 'limit'; LOAD: 'load'; LRECL: 'lrecl'; MAP: 'map'; MAX: 'max';
MERGE: 'merge'; MIGRATE: 'migrate'; MIGRATIONS: 'migrations'; MIRRORING: 'mirroring'; MONITOR: 'monitor';
MULTIEXTENT: 'multiextent'; MULTIVOLUME: 'multivolume'; NO: 'no'; OF: 'of'; OFFLINE: 'offline'; ON: 'on';
ONLINE: 'online'; ONLY: 'only'; OPEN: 'open'; OPENS: 'opens'; OVER: 'over'; PARAM: 'param'; PASSES: 'passes';
PATH: 'path'; PENDING: 'pending'; PLAN: 'plan'; POOL: 'pool'; POPULATE: 'populate'; PRECOPY: 'precopy';
RATE: 'rate'; READ: 'read'; READS: 'reads'; RECFM: 'recfm'; RECONCILE: 'reconcile'; RECORDS: 'records';
REHEARSE: 'rehearse'; REOPEN: 'reopen'; REPORT: 'report'; REQUEST: 'request'; RESYNC: 'resync'; RUN: 'run'; SEED: 'seed';
SELECT: 'select'; SERVERS: 'servers'; SHOW: 'show'; SOURCE: 'source'; SPACE: 'space'; SPREAD: 'spread';
START: 'start'; STATUS: 'status'; STOP: 'stop'; STOPPED: 'stopped'; TABLE: 'table'; TAKES: 'takes';
TERMINATE: 'terminate'; TIME: 'time'; TIMELINE: 'timeline'; TIMEOUT: 'timeout'; TIMING: 'timing'; TO: 'to';
TRACKS: 'tracks' | 'track'; TRK: 'trk'; TYPE: 'type'; UNIFORM: 'uniform'; UNTIL: 'until'; UP: 'up';
USED: 'used'; USING: 'using'; VERIFY: 'verify'; VERSUS: 'versus'; VOLUME: 'volume'; VOLUMES: 'volumes';
VSAM: 'vsam'; VTOC: 'vtoc'; WHATIF: 'whatif'; WHEN: 'when'; WITH: 'with'; WRITE: 'write'; WRITES: 'writes';

// Punctuation.
DOTDOT: '..';
COMMA: ',';
SEMI: ';';
SLASH: '/';
LT: '<';
EQ: '=';

// A hook's Groovy code: everything between triple quotes, newlines included.
GROOVY_BLOCK: '"""' .*? '"""';

// A quoted data set name, mask or file name; a quote inside is written twice ('it''s').
STRING: '\'' (~['\r\n] | '\'\'')* '\'' | '"' ~["\r\n]* '"';

// A script parameter, as ${NAME}; inside strings ${NAME} is replaced too.
PARAM_REF: '${' [A-Z_] [A-Z0-9_]* '}';

// A device type: 3390-3, 3390-54, 3380-K, 3390-A:262668.
DEVICE: [0-9] [0-9] [0-9] [0-9] '-' [0-9A-Z]+ (':' [0-9,_]+)?;

// 10s, 500ms, 1.5s, 5m, 2h, 1m30s.
DURATION: NUM_PART UNIT (NUM_PART UNIT)*;
PERCENT: NUM_PART '%';
NUMBER: NUM_PART;

// '#' is a national character of z/OS names (#WRK01), so a comment is '#' followed by a blank (or
// '!', '=', '*'), or a '#' alone at the end of a line. Defined before names, it wins a tie.
COMMENT: '#' ([ \t!=*] ~[\r\n]*)? -> channel(HIDDEN);

// A name: volsers, images, applications, migrations (and volsers that start with a digit).
ID: [A-Z#@$] [A-Z0-9#@$_\-]*;
ALNUM: [0-9] [0-9]* [A-Z#@$] [A-Z0-9#@$]*;

fragment NUM_PART: [0-9] [0-9_]* ('.' [0-9]+)?;
fragment UNIT: 'ms' | 's' | 'm' | 'h';

// A line that starts with blanks continues the statement above; so does a trailing backslash.
CONTINUATION: ('\\' [ \t]* '\r'? '\n' | '\r'? '\n' [ \t]+) -> skip;
NEWLINE: '\r'? '\n';
WS: [ \t]+ -> channel(HIDDEN);

// Anything else is an error the parser reports with its position.
ERROR_CHAR: .;
