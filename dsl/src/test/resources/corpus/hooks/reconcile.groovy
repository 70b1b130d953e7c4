// The reconcile hook of hooks/hook-files: accepts every allocation change, saying so.
log("reconcile.groovy accepts ${change}")
accept()
