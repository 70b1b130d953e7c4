package io.dsmig.engine

import io.dsmig.sim.InvariantViolation
import io.dsmig.sim.World
import io.dsmig.sim.app.Application
import io.dsmig.sim.app.ApplicationDefinition
import io.dsmig.sim.app.EnqMode
import io.dsmig.sim.app.Holder
import io.dsmig.sim.app.Workload
import io.dsmig.sim.dataset.DataSet
import io.dsmig.sim.dataset.NewCluster
import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.io.IoRequest
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import io.dsmig.sim.services.SimulatedServices
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.track.TrackContent
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import io.dsmig.sim.vsam.VsamStatistics
import io.dsmig.sim.vsam.VsamType

import java.util.function.BooleanSupplier

/**
 * A small installation built by hand for scenario specs: images SYSA and SYSB, source volumes
 * SRC001.., target volumes TGT001.., named data sets that hold data, applications, and ways to change
 * allocations through the system (never through the engine) while a migration runs.
 *
 * <p>Data written before a migration starts goes straight to the tracks; data written while one runs
 * goes through SYSA's I/O path, where the migration's monitors see it.
 */
class Installation {

    final World world
    final MigrationEngine engine
    final List<Volser> sources
    final List<Volser> targets
    private long nextSeed = 1_000

    Installation(Map options = [:]) {
        long seed = options.seed ?: 1
        int sourceCount = options.sourceCount ?: 3
        int targetCount = options.targetCount ?: 1
        DeviceType sourceType = options.sourceType ?: DeviceType.D3390_1
        DeviceType targetType = options.targetType ?: DeviceType.D3390_3
        world = new World(seed)
        world.addImage("SYSA")
        world.addImage("SYSB")
        sources = (1..sourceCount).collect { Volser.of(String.format("SRC%03d", it)) }
        sources.each { world.addVolume(it.value(), sourceType) }
        targets = (1..targetCount).collect { Volser.of(String.format("TGT%03d", it)) }
        targets.each { world.addVolume(it.value(), targetType) }
        engine = new MigrationEngine(new SimulatedServices(world))
    }

    // Building the estate.

    /** A data set of {@code tracks} tracks on one volume, all of them holding records, half of them in use. */
    DataSetName dataSet(String name, String volser, int tracks, int secondary = 15, Dsorg dsorg = Dsorg.PS) {
        def ds = world.dataSets().allocate(new NewDataSet(DataSetName.of(name), dsorg, DcbAttributes.FB80,
                SpaceRequest.tracks(tracks, secondary), [Volser.of(volser)]))
        fill(ds)
        world.dataSets().setUsed(world.dataSets().describe(ds.name()), Math.max(1, tracks.intdiv(2)), 2)
        ds.name()
    }

    /**
     * A data set in {@code 1 + extensions} extents on one volume: a small blocker is allocated after each
     * extent, so that every extension lands in an extent of its own.
     */
    DataSetName multiExtent(String name, String volser, int primary, int secondary, int extensions) {
        def n = DataSetName.of(dataSet(name, volser, primary, secondary).value())
        extensions.times { i ->
            dataSet("FILLER.N${nextSeed}", volser, 1)
            world.dataSets().extend(n)
        }
        def ds = world.dataSets().describe(n)
        fill(ds)
        world.dataSets().setUsed(ds, primary, 2)
        n
    }

    /**
     * A VSAM KSDS with records in its data and index components, each used to half its allocated RBA and
     * with statistics of its own.
     */
    DataSetName cluster(String name, String volser, int dataTracks) {
        def cluster = NewCluster.of(name, VsamType.KSDS, SpaceRequest.tracks(dataTracks, 15), [Volser.of(volser)])
        world.clusters().define(cluster)
        [cluster.dataName(), cluster.indexName()].each { component ->
            fill(world.dataSets().describe(component))
            def primary = world.clusters().primaryRecord(component)
            world.clusters().recordUsage(component, primary.highAllocatedRba().intdiv(2 * primary.ciSize()) * primary.ciSize(),
                    new VsamStatistics(nextSeed, nextSeed, 0, 7, 3, 1))
        }
        cluster.name()
    }

    /**
     * A batch job allocates a data set while a migration may be running, marks half of it used, and
     * loads every track through SYSA's I/O path.
     */
    DataSetName allocateAndLoad(String name, String volser, int tracks) {
        def ds = world.dataSets().allocate(new NewDataSet(DataSetName.of(name), Dsorg.PS, DcbAttributes.FB80,
                SpaceRequest.tracks(tracks, 15), [Volser.of(volser)]))
        world.dataSets().setUsed(ds, Math.max(1, tracks.intdiv(2)), 2)
        load(ds.name())
        ds.name()
    }

    /** Writes fresh records on every track of the data set, straight to the tracks (nothing monitors this). */
    void fill(DataSet ds) {
        long seed = nextSeed++
        ds.extents().each { world.volume(it.volser().value()).tracks().fill(it.extent(), seed, 0, 2, 0, 27_920) }
    }

    /**
     * Writes fresh records on tracks of a cataloged data set through an image's I/O path (SYSA's unless
     * told), as a batch job would while a migration runs; the writes complete as the simulation runs.
     */
    void load(DataSetName name, int fromTrack = 0, Integer count = null, String image = "SYSA") {
        def ds = world.dataSets().describe(name)
        int last = count == null ? ds.trackCount() : fromTrack + count
        long seed = nextSeed++ * 1_000_000
        (fromTrack..<last).each { rel ->
            def at = ds.locate(rel)
            def content = TrackContent.pattern(seed + rel, 2, 0, 27_920)
            world.image(image).ioPath().submit(IoRequest.write(at.volser(), at.volumeTrack(), content, {}))
        }
    }

    /** An application on {@code image} writing {@code rate} tracks a second over the data sets matching {@code mask}. */
    Application application(String name, String mask, double rate, String image = "SYSA",
                            Workload workload = Workload.DEFAULT) {
        def app = world.addApplication(new ApplicationDefinition(name, image, [Mask.parse(mask)],
                workload.withRate(rate)))
        app.start()
        world.kernel().runFor(SimTime.seconds(1))
        app
    }

    /**
     * Runs {@code action} as a batch job step that needs {@code name} exclusively (DISP=OLD): it asks for
     * the ENQ as a job and waits its turn; the action runs the moment the ENQ is granted (at once if
     * nobody holds the data set), and the step releases it when the action is done.
     */
    void whenFree(String name, Closure action) {
        def n = DataSetName.of(name)
        def job = Holder.job("SYSA", "JOB" + nextSeed++)
        world.applications().openRegistry().enqueue([n], job, EnqMode.EXCLUSIVE, {
            try {
                action()
            } finally {
                world.applications().openRegistry().dequeue(n, job)
            }
        } as Runnable)
    }

    /** A batch job {@code job} on SYSA takes {@code name} exclusively now (nobody may hold it), until {@link #jobEnds}. */
    Holder jobHolds(String name, String job = "PAYJOB") {
        def holder = Holder.job("SYSA", job)
        assert world.applications().openRegistry().tryEnqueue(DataSetName.of(name), holder, EnqMode.EXCLUSIVE)
        holder
    }

    /** The job's step ends: it releases its ENQ on {@code name}. */
    void jobEnds(String name, Holder job) {
        world.applications().openRegistry().dequeue(DataSetName.of(name), job)
    }

    // Running migrations.

    MigrationRequest request(MigrationOptions options = MigrationOptions.DEFAULT.withVerify(true),
                             Selection selection = Selection.masks("PAYROLL.**")) {
        MigrationRequest.of("PAYMIG", selection, targets).withOptions(options)
    }

    /**
     * Does {@code action} once, at the event boundary right after the migration enters {@code phase}
     * (so that the engine's own step is never cut in two).
     */
    void whenPhase(Migration m, Phase phase, Closure action) {
        boolean done = false
        m.addListener { MigrationEvent e ->
            if (!done && e.kind() == "phase" && e.phase() == phase) {
                done = true
                world.kernel().post(0, action as io.dsmig.sim.kernel.Event)
            }
        }
    }

    Migration runToEnd(Migration m, double maxSeconds = 24 * 3600) {
        world.kernel().runUntil({ m.finished() } as BooleanSupplier, SimTime.seconds(maxSeconds))
        m
    }

    /** Runs the simulation until the migration reaches {@code phase} (or finishes). */
    Migration runTo(Migration m, Phase phase, double maxSeconds = 24 * 3600) {
        world.kernel().runUntil({ m.phase() == phase || m.finished() } as BooleanSupplier, SimTime.seconds(maxSeconds))
        m
    }

    void runFor(double seconds) {
        world.kernel().runFor(SimTime.seconds(seconds))
    }

    // Looking at the outcome.

    DataSet describe(String name) {
        world.dataSets().describe(DataSetName.of(name))
    }

    /** The data set's tracks where the catalog places it now. */
    TrackContent[] contents(String name) {
        Inspect.contents(world, DataSetName.of(name))
    }

    boolean onTargets(String name) {
        def entry = world.catalogs().locate(DataSetName.of(name)).orElse(null)
        entry != null && !entry.volumes().isEmpty() && targets.containsAll(entry.volumes())
    }

    boolean onSources(String name) {
        def entry = world.catalogs().locate(DataSetName.of(name)).orElse(null)
        entry != null && !entry.volumes().isEmpty() && sources.containsAll(entry.volumes())
    }

    /** VTOC entries on any volume that the catalog does not place there: leftovers of a migration. */
    List<String> strayEntries() {
        Inspect.strayEntries(world, sources + targets)
    }

    Map<DataSetName, List<Volser>> catalogCells(String mask = "PAYROLL.**") {
        Inspect.catalogCells(world, Mask.parse(mask))
    }

    TreeSet<String> targetVtoc() {
        Inspect.vtocNames(world, targets)
    }

    List<String> monitoredImages() {
        Inspect.monitoredImages(world)
    }

    /** The metadata an abort must leave as it was: the target VTOCs and the selection's catalog cells. */
    static class Before {
        TreeSet<String> targetVtoc
        Map<DataSetName, List<Volser>> cells
    }

    Before before() {
        new Before(targetVtoc: targetVtoc(), cells: catalogCells())
    }

    /**
     * Remembers, when the downtime window opens, the tracks of the named data sets where the catalog
     * places them then (the sources): what the targets must hold after the switch.
     */
    Map<String, TrackContent[]> contentsAtWindow(Migration m, List<String> names) {
        Map<String, TrackContent[]> saved = [:]
        m.addListener { MigrationEvent e ->
            if (e.kind() == "window" && e.phase() == Phase.CLOSE) {
                names.findAll { world.catalogs().locate(DataSetName.of(it)).isPresent() }
                        .each { saved[it] = contents(it) }
            }
        }
        saved
    }

    /**
     * The saved data sets that are not cataloged on the targets, or whose targets do not hold what was
     * saved for them, in words.
     */
    List<String> targetDifferences(Map<String, TrackContent[]> expected) {
        expected.collect { name, tracks ->
            onTargets(name) ? Inspect.firstDifference(DataSetName.of(name), tracks, contents(name))
                    : "${name} is not cataloged on the targets".toString()
        }.findAll { it != null }
    }

    /** Tracks copied by one-time copies (reconciliation's), in all. */
    static long oneTimeCopyTracks(Migration m) {
        m.report().passes().findAll { it.kind() in ["window", "reconcile"] }.sum(0L) { it.tracks() } as long
    }

    /** Everything wrong after a migration that should have completed, in words; empty when all is well. */
    List<String> problemsAfterSuccess(Migration m) {
        List<String> problems = []
        if (!m.succeeded()) {
            problems << "the migration did not complete: ${m.failure()}".toString()
        }
        def verification = m.report().verification()
        if (verification != null && !verification.passed()) {
            problems.addAll(verification.mismatches())
        }
        problems.addAll(strayEntries().collect { "stray VTOC entry " + it })
        problems.addAll(Inspect.extentLimitBreaches(world, targets))
        problems.addAll(commonProblems(m))
        problems
    }

    /**
     * Everything wrong after a migration that should have aborted cleanly, in words: the target VTOCs
     * as they were (a VVDS only if there was one), no monitor, the selection's catalog cells as they
     * were (except for data sets the scenario itself changed), every application running that is not
     * on an image that went down, every write readable.
     */
    List<String> problemsAfterAbort(Migration m, Before before, Collection<String> changedByScenario = [],
                                    Collection<String> downImages = []) {
        List<String> problems = []
        if (m.phase() != Phase.ABORTED) {
            problems << "the migration is ${m.phase()}, not aborted".toString()
        }
        def vtoc = targetVtoc()
        if (vtoc != before.targetVtoc) {
            problems << "the target VTOCs changed: now ${vtoc - before.targetVtoc}, gone ${before.targetVtoc - vtoc}".toString()
        }
        def cells = catalogCells()
        before.cells.each { name, volumes ->
            if (!(name.value() in changedByScenario) && cells[name] != volumes) {
                problems << "the catalog places ${name} on ${cells[name]}, not ${volumes}".toString()
            }
        }
        world.applications().all().findAll { !(it.image().name() in downImages) && it.state() != Application.State.RUNNING }
                .each { problems << "${it} is not running again".toString() }
        problems.addAll(commonProblems(m))
        problems
    }

    private List<String> commonProblems(Migration m) {
        List<String> problems = []
        problems.addAll(enqueuedByMigration(m).collect { "the migration still holds an ENQ on ${it}".toString() })
        if (!monitoredImages().empty) {
            problems << "monitors are left on ${monitoredImages()}".toString()
        }
        try {
            world.verify()
        } catch (InvariantViolation e) {
            problems << e.message
        }
        def writes = world.verifyWrites()
        problems.addAll(writes.mismatches()*.toString())
        problems
    }

    /**
     * The data sets a finished migration still holds enqueued: any it reported on, any name a change
     * involved, any cataloged one.
     */
    List<DataSetName> enqueuedByMigration(Migration m) {
        def report = m.report()
        Set<DataSetName> names = new TreeSet<>(report.dataSets()*.name())
        report.reconciliation().each { names << it.change().dataSet(); if (it.change().newName()) names << it.change().newName() }
        world.catalogs().matching(Mask.parse("**")).each { names << it.name() }
        names.findAll { n -> world.applications().openRegistry().holders(n).any { it.owner() == "DSMIG:" + m.name() } }
                .toList()
    }

    /** The reconcile actions the migration reported for {@code kind}. */
    static List<ReconcileAction> actions(Migration m, ChangeKind kind) {
        m.report().reconciliation().findAll { it.change().kind() == kind }
    }
}
