/*
 * The statements of the dsmig migration language. The grammar holds no actions: AstBuilder turns
 * the parse tree into immutable AST records, and later passes never look at the tree.
 *
 * New kinds of migration (volume migration with redirect, precopy/activate sessions) are new
 * alternatives of 'statement'; their keywords (migrate, precopy, activate, terminate) are reserved.
 */
parser grammar DsmigParser;

options { tokenVocab = DsmigLexer; }

script: sep* (statement (sep+ statement)*)? sep* EOF;

sep: NEWLINE | SEMI;

statement
    : seedStatement
    | paramStatement
    | loadStatement
    | imageStatement
    | volumeStatement
    | catalogStatement
    | aliasStatement
    | datasetStatement
    | clusterStatement
    | aixStatement
    | pathStatement
    | populateStatement
    | timingStatement
    | applicationStatement
    | churnStatement
    | selectStatement
    | planStatement
    | whatifStatement
    | hookStatement
    | runStatement
    | statusStatement
    | showStatement
    | verifyStatement
    | reportStatement
    | abortStatement
    | appControlStatement
    | imageControlStatement
    ;

// --- Script settings -------------------------------------------------------------------------

seedStatement: SEED number;

paramStatement: PARAM name EQ paramValue;

paramValue: string | duration | percent | number | volumes;

loadStatement: LOAD string (WITH assignment (COMMA assignment)*)?;

assignment: name EQ paramValue;

// --- The world -------------------------------------------------------------------------------

imageStatement: IMAGE names imageOption*;

imageOption: NO MONITOR;

volumeStatement: VOLUME volumes TYPE device volumeOption*;

volumeOption
    : ONLINE TO (ALL | names)     # volumeOnline
    | INDEXED                     # volumeIndexed
    | POOL name                   # volumePool
    | VTOC number TRACKS          # volumeVtoc
    | SERVERS number              # volumeServers
    ;

catalogStatement: CATALOG string (ALIAS names)?;

aliasStatement: ALIAS names TO string;

datasetStatement: DATASET string ON volumes datasetOption*;

datasetOption
    : SPACE spaceSpec             # datasetSpace
    | DSORG name                  # datasetDsorg
    | RECFM name                  # datasetRecfm
    | LRECL number                # datasetLrecl
    | BLKSIZE number              # datasetBlksize
    | KEYLEN number               # datasetKeylen
    | USED percent                # datasetUsed
    ;

spaceSpec: unit=(CYL | TRK) number number? CONTIG? | BLK number number number? CONTIG?;

clusterStatement: CLUSTER string name ON volumes clusterOption*;

clusterOption
    : SPACE spaceSpec             # clusterSpace
    | INDEX SPACE spaceSpec       # clusterIndexSpace
    | CI number                   # clusterCi
    | USED percent                # clusterUsed
    | ECR                         # clusterEcr
    ;

aixStatement: AIX string OF string ON volumes aixOption*;

aixOption: SPACE spaceSpec # aixSpace | CI number # aixCi;

pathStatement: PATH string OVER string;

populateStatement: POPULATE volumes WITH number DATASETS LIKE strings populateOption*;

populateOption
    : FILL percent                # populateFill
    | SEED number                 # populateSeed
    | VSAM percent                # populateVsam
    | MULTIVOLUME percent         # populateMultiVolume
    | MULTIEXTENT percent         # populateMultiExtent
    | SPREAD number               # populateSpread
    | USED percent                # populateUsed
    ;

timingStatement: TIMING timingSetting (COMMA timingSetting)*;

timingSetting
    : family=NUMBER (READ duration)? (WRITE duration)?  # deviceTiming
    | CHANNEL number unitName=name SLASH perName=name    # channelTiming
    | SERVERS number (ON volumes)?                       # serversTiming
    ;

// --- Activity ------------------------------------------------------------------------------------

applicationStatement: APPLICATION name ON name OPENS strings applicationOption*;

applicationOption
    : WRITES rate                     # appWrites
    | HOT percent (OF percent)?       # appHot
    | UNIFORM                         # appUniform
    | APPEND                          # appAppend
    | READS percent                   # appReads
    | RECORDS                         # appRecords
    | BUFFERED (FLUSH EVERY duration)? # appBuffered
    | CLOSE TAKES duration            # appCloseTakes
    | OPEN TAKES duration             # appOpenTakes
    | MAX number DATASETS             # appMax
    | STOPPED                         # appStopped
    ;

rate: number TRACKS SLASH per=name;

churnStatement: CHURN name ON strings USING volumes churnOption*;

churnOption
    : RATE number SLASH per=name      # churnRate
    | ONLY names                      # churnOnly
    | FROM name                       # churnFrom
    ;

// --- Migrations --------------------------------------------------------------------------------

selectStatement: SELECT selection MERGE INTO volumes (AS migration=name)? (ON image=name)? migrationOptions?;

planStatement: kind=(PLAN | REHEARSE) SELECT selection MERGE INTO volumes (AS migration=name)? (ON image=name)? migrationOptions?;

selection
    : DATASETS strings (EXCLUDE strings)? (FROM volumes)?        # datasetSelection
    | VOLUMES (volumes | POOL name) (EXCLUDE strings)?          # volumeSelection
    ;

migrationOptions: migrationOption (COMMA? migrationOption)*;

migrationOption
    : RESYNC EVERY duration                   # resyncEvery
    | CLOSE WHEN PENDING LT number TRACKS     # closeWhen
    | PASSES number                           # passLimit
    | TIME LIMIT duration                     # timeLimit
    | CLOSE TIMEOUT duration                  # closeTimeout
    | KEEP SOURCE                             # keepSource
    | VERIFY                                  # verifyOption
    | RECONCILE (DURING MIRRORING | AT CLOSE) # reconcileWhen
    | DEPTH number                            # copyDepth
    | OFFLINE                                 # offline
    ;

whatifStatement: WHATIF name WITH migrationOptions (VERSUS migrationOptions)+;

// --- Hooks -------------------------------------------------------------------------------------

hookStatement: ON hookEvent (FOR name)? hookBody;

hookEvent: CLOSE REQUEST # closeRequest | RECONCILE # reconcileEvent;

hookBody: GROOVY GROOVY_BLOCK # inlineHook | RUN string # fileHook;

// --- Control -----------------------------------------------------------------------------------

// 'all' is also a name: 'run until all done' comes first so that it wins the ambiguity.
runStatement
    : RUN                                      # runAll
    | RUN FOR duration                         # runFor
    // ALL is also a name (keywords are soft), so this alternative must come first to win.
    | RUN UNTIL ALL DONE                       # runUntilAllDone
    | RUN UNTIL name DONE                      # runUntilDone
    | RUN UNTIL DOWNTIME (OF name)?            # runUntilDowntime
    ;

statusStatement: STATUS name?;

showStatement
    : SHOW VOLUME volser MAP?        # showVolume
    | SHOW DATASETS string           # showDatasets
    | SHOW TABLE name                # showTable
    | SHOW TIMELINE name             # showTimeline
    | SHOW EVENTS name               # showEvents
    | SHOW APPLICATIONS              # showApplications
    | SHOW IMAGES                    # showImages
    | SHOW VOLUMES                   # showVolumes
    | SHOW MIGRATIONS                # showMigrations
    | SHOW CHURN name?               # showChurn
    ;

verifyStatement: VERIFY name;

reportStatement: REPORT name TO string;

abortStatement: ABORT name string?;

appControlStatement: action=(START | STOP | REOPEN) APPLICATION? name;

imageControlStatement: IMAGE name state=(DOWN | UP);

// --- Values ------------------------------------------------------------------------------------

volumes: volumeItem (COMMA volumeItem)*;

volumeItem: PARAM_REF | volser (DOTDOT volser)?;

volser: name | NUMBER | ALNUM | DURATION;

strings: string (COMMA string)*;

string: STRING | PARAM_REF;

names: name (COMMA name)*;

number: NUMBER | PARAM_REF;

duration: DURATION | PARAM_REF;

percent: PERCENT | PARAM_REF;

device: DEVICE;

// Any keyword may also be a name (a volser, an image, an application or a migration); so may a
// parameter, ${NAME}, holding a string.
name
    : ID | PARAM_REF | ABORT | ACTIVATE | AIX | ALIAS | ALL | APPEND | APPLICATION | APPLICATIONS | AS | AT | BLK | BLKSIZE
    | BUFFERED | CATALOG | CHANNEL | CHURN | CI | CLOSE | CLUSTER | CONTIG | CYL | DATASET | DATASETS | DEPTH | DONE
    | DOWN | DOWNTIME | DSORG | DURING | ECR | EVENTS | EVERY | EXCLUDE | FILL | FLUSH | FOR | FROM | GROOVY | HOT
    | IMAGE | IMAGES | INDEX | INDEXED | INTO | KEEP | KEYLEN | LIKE | LIMIT | LOAD | LRECL | MAP | MAX | MERGE
    | MIGRATE | MIGRATIONS | MIRRORING | MONITOR | MULTIEXTENT | MULTIVOLUME | NO | OF | OFFLINE | ON | ONLINE | ONLY
    | OPEN | OPENS | OVER | PARAM | PASSES | PATH | PENDING | PLAN | POOL | POPULATE | PRECOPY | RATE | READ | READS
    | RECFM | RECONCILE | RECORDS | REHEARSE | REOPEN | REPORT | REQUEST | RESYNC | RUN | SEED | SELECT | SERVERS | SHOW
    | SOURCE | SPACE | SPREAD | START | STATUS | STOP | STOPPED | TABLE | TAKES | TERMINATE | TIME | TIMELINE
    | TIMEOUT | TIMING | TO | TRACKS | TRK | TYPE | UNIFORM | UNTIL | UP | USED | USING | VERIFY | VERSUS | VOLUME
    | VOLUMES | VSAM | VTOC | WHATIF | WHEN | WITH | WRITE | WRITES
    ;
