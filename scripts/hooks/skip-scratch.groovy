// A reconcile hook: data sets whose names say they are scratch or temporary, and that appeared while
// the migration ran, stay where they are. Everything else takes the default action.
// Bound: change (kind, dataSet, newName, tracksBefore, tracksNow, detail), accept(), exclude(why),
// abort(why), placeOn(volser, ...), log, clock, apps, migration.
def name = change.dataSet.value
def scratch = name.contains('.SCRATCH.') || name.contains('.TEMP.') || name.endsWith('.TEMP')
if (change.kind == ChangeKind.ADDED && scratch) {
    log("leaving ${name} out: created during the migration and only scratch")
    return exclude('scratch data set created during the migration')
}
accept()
