// The close hook of hooks/hook-files: closes every application holding the migration's data sets.
log("close.groovy closes ${apps.holding*.name}")
apps.holding.each { it.close() }
