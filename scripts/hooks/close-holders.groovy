// The default close, written out: ask every application holding one of the data sets to close.
apps.holding.each { app ->
    log("asking ${app.name} on ${app.image} to close")
    app.close()
}
