// A close hook for an operator-run close: the operator is told, and closes the applications after
// the delay it needs (here five minutes). The migration resyncs meanwhile, every resync interval.
log("operator: please close ${apps.holding*.name.join(', ')} (asked at ${clock})")
later('5m') {
    log("operator closes ${apps.holding*.name.join(', ')} at ${clock}")
    apps.holding*.close()
}
