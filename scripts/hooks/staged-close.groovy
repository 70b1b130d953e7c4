// A staged close: batch applications first, the online system once the batch is closed.
// Bound: apps, log, later, clock, migration.
def batch = apps.holding.findAll { !it.name.startsWith('CICS') }
def online = apps.holding.findAll { it.name.startsWith('CICS') }
log("closing batch first: ${batch*.name}")
batch*.close()
def closeOnline
closeOnline = {
    if (batch.every { it.state == 'closed' }) {
        log("batch closed at ${clock}; closing ${online*.name}")
        online*.close()
    } else {
        later('1s', closeOnline)
    }
}
later('1s', closeOnline)
