package io.dsmig.sim.app;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.NotCatalogedException;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.io.IoRequest;
import io.dsmig.sim.kernel.Event;
import io.dsmig.sim.kernel.Periodic;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.ExtentLimitException;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.track.Record;
import io.dsmig.sim.track.RecordData;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.VtocEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A named application running on one image: it opens the data sets matching its masks through the
 * image's catalog cache (copying their extent lists into memory), then reads and writes tracks or
 * records at its workload's rate until asked to close. It closes after its close latency, flushing
 * any buffered writes first, and reopens when signalled — through the catalog again.
 *
 * <p>Appending past the end extends a data set by its secondary quantity, as end-of-volume processing
 * does; when that fails the application abends visibly (B37, D37 or E37) and stops.
 */
public final class Application {

    /** Where an application is in its life. */
    public enum State { STOPPED, OPENING, RUNNING, CLOSING, CLOSED, FAILED }

    /** A buffer flushes by itself when it holds this many tracks. */
    static final int BUFFER_TRACKS_MAX = 4_096;
    /**
     * Direct I/Os one application has outstanding at most, as its tasks or strings allow: a request
     * arriving while this many are in flight is not issued (the task would wait), so an application
     * asked to write faster than its devices serve is held to what they serve instead of queueing
     * without end. Buffered writers wait likewise when a whole buffer's flush is still in flight.
     */
    static final int IO_IN_FLIGHT_MAX = 64;

    private final String name;
    private final Image image;
    private final List<Mask> masks;
    private final Workload workload;
    private final Applications context;
    private final SimRandom random;
    private final Holder holder;
    private final List<Consumer<Application>> listeners = new ArrayList<>();
    private final List<OpenDataSet> open = new ArrayList<>();
    private final Buffer buffer = new Buffer();
    private List<DataSetName> names;
    /** The data sets it holds ENQs on (shared), while open or closing. */
    private List<DataSetName> enqueued = List.of();
    /** The ENQ request of an open that waits for a data set somebody holds exclusively, or null. */
    private EnqRequest opening;
    private long enqWaits;
    /** Failed with I/O still in flight: its ENQs go when that I/O has completed. */
    private boolean draining;
    /** Restarted while draining: it opens once the drain is over. */
    private boolean openAfterDrain;
    private long[] cumulativeTracks = new long[0];
    private State state = State.STOPPED;
    private long generation;
    private int inFlight;
    private int readsInFlight;
    private long throttled;
    private boolean closeScheduled;
    private Periodic flushTimer;
    private String failure;
    private long writes;
    private long reads;
    private long extensions;
    private long stoppedServingNanos = -1;
    private long outageNanos;
    private long opens;


    Application(String name, Image image, List<Mask> masks, Workload workload, Applications context) {
        this.name = name;
        this.image = image;
        this.masks = List.copyOf(masks);
        this.workload = workload;
        this.context = context;
        this.random = context.kernel().random("app/" + name);
        this.holder = new Holder(image.name(), name);
    }

    public String name() {
        return name;
    }

    public Image image() {
        return image;
    }

    public List<Mask> masks() {
        return masks;
    }

    public Workload workload() {
        return workload;
    }

    public State state() {
        return state;
    }

    /** Why the application failed, or null. */
    public String failure() {
        return failure;
    }

    /** Writes that reached DASD (acknowledged, or flushed from a buffer). */
    public long writes() {
        return writes;
    }

    public long reads() {
        return reads;
    }

    /**
     * Requests not issued because the application's I/Os in flight were at their limit: its devices
     * did not keep up with the workload's rate.
     */
    public long throttled() {
        return throttled;
    }

    /** Extensions taken while appending. */
    public long extensions() {
        return extensions;
    }

    /** Times the application has opened its data sets. */
    public long opens() {
        return opens;
    }

    /**
     * Opens that had to wait because somebody (a migration in its downtime window, a batch job) held
     * one of its data sets exclusively.
     */
    public long enqWaits() {
        return enqWaits;
    }

    /** What an open waiting for its data sets waits for, in words; null when it does not wait. */
    public String waitingFor() {
        return opening == null ? null : opening.blockers();
    }

    /** Time it spent not serving between a close request and the reopen that followed. */
    public long outageNanos() {
        return outageNanos;
    }

    /** Writes waiting in the buffer. */
    public int buffered() {
        return buffer.size();
    }

    /** The data sets it has open now, by name. */
    public List<DataSetName> openDataSets() {
        return open.stream().map(o -> o.name).toList();
    }

    /** The extents it uses for an open data set — its in-memory copy, which may differ from the catalog's. */
    public List<Volser> openVolumes(DataSetName dataSet) {
        return open.stream().filter(o -> o.name.equals(dataSet)).findFirst().map(OpenDataSet::pieceVolumes)
                .orElse(List.of());
    }

    /** Whether it uses {@code dataSet} (has it open, or would open it when started). */
    public boolean uses(DataSetName dataSet) {
        if (names != null) {
            return names.contains(dataSet);
        }
        return masks.stream().anyMatch(m -> m.matches(dataSet));
    }

    /** Tells {@code listener} on every change of state. */
    public void addListener(Consumer<Application> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Application> listener) {
        listeners.remove(listener);
    }

    /** Starts the application (or restarts a failed one): it opens its data sets after its open latency. */
    public void start() {
        if (state != State.STOPPED && state != State.FAILED) {
            throw new IllegalStateException(name + " is " + state.name().toLowerCase() + "; only a stopped or "
                    + "failed application starts");
        }
        failure = null;
        beginOpen();
    }

    /** Asks the application to close; it stops serving, flushes, and is closed after its close latency. */
    public void requestClose() {
        if (state != State.RUNNING && state != State.OPENING) {
            return;
        }
        setState(State.CLOSING);
        generation++;
        cancelOpening();
        stoppedServingNanos = context.kernel().nowNanos();
        cancelFlushTimer();
        flush();
        maybeFinishClosing();
    }

    /**
     * Signals a closed application to reopen its data sets (through the catalog, as at start). An
     * application whose image has gone down is no longer closed but failed, and does not reopen.
     */
    public void reopen() {
        if (state == State.CLOSED) {
            beginOpen();
        }
    }

    /**
     * Stops the application at once, as a cancel or an abend would: buffered writes are lost and it
     * issues nothing more. As when a z/OS task ends abnormally, its ENQs are released only when the I/O
     * it had already issued has completed, so nobody who gets its data sets next sees them change.
     */
    public void fail(String reason) {
        if (state == State.FAILED) {
            return;
        }
        failure = name + ": " + reason;
        generation++;
        cancelOpening();
        cancelFlushTimer();
        abandonAll();
        context.trace("abend", failure);
        setState(State.FAILED);
    }

    private void beginOpen() {
        if (!image.isUp()) {
            // Nothing is open or buffered yet; a restart of a failed application fails again with this reason.
            failure = name + ": cannot open its data sets: image " + image.name() + " is down";
            context.trace("abend", failure);
            setState(State.FAILED);
            return;
        }
        setState(State.OPENING);
        long gen = ++generation;
        context.kernel().post(workload.openLatencyNanos(), () -> open(gen));
    }

    /**
     * Allocates its data sets (shared ENQs, as DISP=SHR does), all together: at once when nobody holds
     * one exclusively, else the open waits — as a z/OS allocation waits for a data set in use — and
     * goes on the moment they are released.
     */
    private void open(long gen) {
        if (gen != generation || state != State.OPENING) {
            return;
        }
        if (draining) {
            openAfterDrain = true;
            return;
        }
        try {
            if (names == null) {
                names = context.resolve(masks, workload.dataSetCountMax(), random);
            }
        } catch (DasdException e) {
            fail("open failed: " + e.getMessage());
            return;
        }
        EnqRequest request = context.openRegistry().enqueue(names, holder, EnqMode.SHARED, () -> openEnqueued(gen));
        if (request.waiting()) {
            opening = request;
            enqWaits++;
            context.trace("open-wait", name + " waits to open: " + request.blockers());
        }
    }

    private void openEnqueued(long gen) {
        opening = null;
        enqueued = names;
        if (gen != generation || state != State.OPENING) {
            releaseAll();
            return;
        }
        try {
            for (DataSetName n : names) {
                OpenDataSet od = openOne(n);
                od.slot = open.size();
                open.add(od);
            }
        } catch (DasdException e) {
            fail("open failed: " + e.getMessage());
            return;
        }
        opens++;
        rebuildWeights();
        if (stoppedServingNanos >= 0) {
            outageNanos += context.kernel().nowNanos() - stoppedServingNanos;
            stoppedServingNanos = -1;
        }
        setState(State.RUNNING);
        context.trace("open", name + " opened " + open.size() + " data sets");
        startArrivals(gen);
        if (workload.buffering() == Buffering.FLUSH_INTERVAL) {
            flushTimer = context.kernel().every(workload.flushIntervalNanos(), this::flush);
        }
    }

    private OpenDataSet openOne(DataSetName n) {
        CatalogEntry entry = image.catalogCache().lookup(n)
                .orElseThrow(() -> new NotCatalogedException(n + " is not cataloged"));
        List<DataSet.Piece> pieces = new ArrayList<>();
        for (Volser v : entry.volumes()) {
            VtocEntry vtocEntry = context.volumes().get(v).vtoc().find(n).orElseThrow(() -> new DasdException(
                    "the catalog as " + image.name() + " sees it places " + n + " on " + v
                            + ", but that volume's VTOC has no entry for it"));
            pieces.add(new DataSet.Piece(v, vtocEntry));
        }
        return new OpenDataSet(new DataSet(n, entry, pieces), context.volumes(), entry.type().isVsam());
    }

    private void startArrivals(long gen) {
        Event[] chain = new Event[1];
        chain[0] = () -> {
            if (gen != generation || state != State.RUNNING) {
                return;
            }
            context.kernel().post(interArrivalNanos(), chain[0]);
            doIo();
        };
        context.kernel().post(interArrivalNanos(), chain[0]);
    }

    private long interArrivalNanos() {
        return Math.max(1, (long) (random.nextExponential() / workload.tracksPerSecond() * 1e9));
    }

    private void doIo() {
        if (open.isEmpty()) {
            return;
        }
        boolean read = workload.readShare() > 0 && random.nextDouble() < workload.readShare();
        // A buffered write lands in memory; it waits only when a whole buffer's flush is still in flight.
        boolean direct = read || workload.buffering() == Buffering.NONE;
        if (inFlight + readsInFlight >= (direct ? IO_IN_FLIGHT_MAX : BUFFER_TRACKS_MAX)) {
            throttled++;
            return;
        }
        if (workload.distribution() == Distribution.APPEND && !read) {
            append(open.get(random.nextInt(open.size())));
            return;
        }
        OpenDataSet od = pickDataSet();
        int rel = pickTrack(od);
        if (read) {
            submitRead(od, rel);
        } else {
            write(od, rel);
        }
    }

    private OpenDataSet pickDataSet() {
        long total = cumulativeTracks[cumulativeTracks.length - 1];
        long draw = random.nextLong(total);
        int i = Arrays.binarySearch(cumulativeTracks, draw + 1);
        return open.get(i >= 0 ? i : -i - 1);
    }

    private int pickTrack(OpenDataSet od) {
        int used = Math.max(1, Math.min(od.usedTracks, od.trackCount()));
        if (workload.distribution() == Distribution.HOTSPOT) {
            int hot = Math.max(1, (int) (used * workload.hotFraction()));
            if (hot < used && random.nextDouble() >= workload.hotShare()) {
                return hot + random.nextInt(used - hot);
            }
            return random.nextInt(hot);
        }
        return random.nextInt(used);
    }

    private void append(OpenDataSet od) {
        int rel = od.usedTracks;
        if (rel >= od.trackCount() && !extend(od)) {
            return;
        }
        od.usedTracks++;
        od.appendedTracks++;
        write(od, rel);
    }

    private boolean extend(OpenDataSet od) {
        try {
            DataSet after = od.vsamComponent ? context.clusters().extendComponent(od.name)
                    : context.dataSets().extend(od.name);
            od.addExtents(after.extents().subList(od.extentCount(), after.extents().size()), context.volumes());
            extensions++;
            return true;
        } catch (DasdException e) {
            String code = e instanceof ExtentLimitException ? "E37" : e.getMessage().contains("no secondary") ? "D37" : "B37";
            fail(code + " abend writing " + od.name + ": " + e.getMessage());
            return false;
        }
    }

    private void write(OpenDataSet od, int rel) {
        boolean buffered = workload.buffering() != Buffering.NONE;
        if (workload.recordLevel()) {
            Record record = new Record(1 + random.nextInt(od.recordsPerTrack), null,
                    RecordData.synthetic(random.nextLong(), od.blockLength));
            if (!buffered) {
                submitWrite(od, rel, null, record);
                return;
            }
            TrackContent base = bufferedOrCurrent(od, rel);
            int n = Math.min(record.number(), base.recordCount() + 1);
            bufferPut(od, rel, base.withRecord(new Record(n, null, record.data())));
            return;
        }
        TrackContent content = TrackContent.pattern(random.nextLong(), od.recordsPerTrack, od.keyLength, od.blockLength);
        if (buffered) {
            bufferPut(od, rel, content);
        } else {
            submitWrite(od, rel, content, null);
        }
    }

    private TrackContent bufferedOrCurrent(OpenDataSet od, int rel) {
        TrackContent pending = buffer.get(od, rel);
        return pending != null ? pending : od.volumeOf(rel).tracks().read(od.volumeTrackOf(rel));
    }

    private void bufferPut(OpenDataSet od, int rel, TrackContent content) {
        buffer.put(od, rel, content);
        if (buffer.size() >= BUFFER_TRACKS_MAX) {
            flush();
        }
    }

    private void flush() {
        long gen = generation;
        buffer.drain((od, rel, content) -> {
            // A write that fails at once abends the application: the rest of the buffer is lost with it.
            if (gen == generation) {
                submitWrite(od, rel, content, null);
            }
        });
    }

    private void submitWrite(OpenDataSet od, int rel, TrackContent content, Record record) {
        Volser volser = od.volumeOf(rel).volser();
        int track = od.volumeTrackOf(rel);
        inFlight++;
        IoRequest request = content != null
                ? IoRequest.write(volser, track, content, r -> writeDone(od, rel, r))
                : IoRequest.writeRecord(volser, track, record, r -> writeDone(od, rel, r));
        image.ioPath().submit(request);
    }

    private void writeDone(OpenDataSet od, int rel, IoRequest request) {
        inFlight--;
        if (draining) {
            releaseWhenDrained();
        }
        if (request.succeeded()) {
            writes++;
            od.writes++;
            if (od.logSlot == null) {
                od.logSlot = context.writeLog().slot(od.name);
            }
            context.writeLog().record(od.logSlot, rel, request.content(0));
            if (context.tracing()) {
                context.trace("write", name + " " + od.name + " t" + rel + " @" + request.device() + ":"
                        + request.firstTrack());
            }
        } else if (state == State.RUNNING || state == State.CLOSING) {
            fail("I/O error writing " + od.name + ": " + request.failure());
        }
        maybeFinishClosing();
    }

    private void submitRead(OpenDataSet od, int rel) {
        readsInFlight++;
        image.ioPath().submit(IoRequest.read(od.volumeOf(rel).volser(), od.volumeTrackOf(rel), 1, r -> {
            readsInFlight--;
            if (draining) {
                releaseWhenDrained();
            }
            if (r.succeeded()) {
                reads++;
            }
        }));
    }

    private void maybeFinishClosing() {
        if (state == State.CLOSING && inFlight == 0 && buffer.isEmpty() && !closeScheduled) {
            closeScheduled = true;
            long gen = generation;
            context.kernel().post(workload.closeLatencyNanos(), () -> finishClose(gen));
        }
    }

    private void finishClose(long gen) {
        closeScheduled = false;
        if (gen != generation || state != State.CLOSING) {
            return;
        }
        updateMetadataAtClose();
        releaseAll();
        context.trace("close", name + " closed");
        setState(State.CLOSED);
    }

    /** At close the end-of-file pointers of appended data sets and their last-use dates reach the VTOC. */
    private void updateMetadataAtClose() {
        for (OpenDataSet od : open) {
            try {
                context.recordClose(od);
            } catch (DasdException e) {
                context.trace("close-warning", name + ": " + e.getMessage());
            }
        }
    }

    private void releaseAll() {
        for (DataSetName n : enqueued) {
            context.openRegistry().dequeue(n, holder);
        }
        enqueued = List.of();
        open.clear();
        buffer.clear();
        cumulativeTracks = new long[0];
    }

    private void rebuildWeights() {
        cumulativeTracks = new long[open.size()];
        long sum = 0;
        for (int i = 0; i < open.size(); i++) {
            sum += Math.max(1, Math.min(open.get(i).usedTracks, open.get(i).trackCount()));
            cumulativeTracks[i] = sum;
        }
    }

    /** After a failure: stops using the data sets at once; their ENQs go once its I/O has drained. */
    private void abandonAll() {
        open.clear();
        buffer.clear();
        cumulativeTracks = new long[0];
        releaseWhenDrained();
    }

    private void releaseWhenDrained() {
        if (inFlight + readsInFlight > 0) {
            draining = true;
            return;
        }
        draining = false;
        releaseAll();
        if (openAfterDrain) {
            openAfterDrain = false;
            open(generation);
        }
    }

    private void cancelOpening() {
        if (opening != null) {
            opening.cancel();
            opening = null;
        }
    }

    private void cancelFlushTimer() {
        if (flushTimer != null) {
            flushTimer.cancel();
            flushTimer = null;
        }
    }

    private void setState(State value) {
        state = value;
        List.copyOf(listeners).forEach(l -> l.accept(this));
        context.stateChanged(this);
    }

    @Override
    public String toString() {
        return name + " on " + image.name() + " (" + state.name().toLowerCase() + ")";
    }
}
