package io.dsmig.sim.app;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.catalog.EntryType;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.NewDataSet;
import io.dsmig.sim.dataset.DataSets;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.io.IoRequest;
import io.dsmig.sim.kernel.EventHandle;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.Volumes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scheduled allocation activity from one seeded stream: extend, release, delete, rename, create and
 * delete-and-reallocate, on non-VSAM data sets matching the masks that no application uses. Each
 * change is a batch job step on the churn's image, and holds exclusive ENQs as one would (DISP=NEW for
 * what it creates, DISP=OLD for what it extends, releases, renames or deletes — a rename also holds
 * the new name), from allocation until the step ends: a created or reallocated data set stays held
 * until its load, written through the image's I/O path where monitors see it, is complete. A job whose
 * data sets somebody else holds waits for them, as allocation would, and is cancelled by the operator
 * after the definition's wait limit. Every change, done or not, goes to {@link #events()}.
 */
public final class Churn {

    /** A load writes at most one cylinder per I/O. */
    private static final int LOAD_TRACKS_PER_IO = 15;

    private static final int EVENTS_KEPT_MAX = 100_000;

    /** At most this many of its jobs run or wait for data sets at once (its initiators); more are not started. */
    public static final int JOBS_ACTIVE_MAX = 64;

    private final ChurnDefinition spec;
    private final Kernel kernel;
    private final Volumes volumes;
    private final CatalogSystem catalogs;
    private final DataSets dataSets;
    private final Applications applications;
    private final Image image;
    private final SimRandom random;
    private final List<ChurnEvent> events = new ArrayList<>();
    private final TreeMap<Integer, ChurnAction> byWeight = new TreeMap<>();
    private final int weightTotal;
    private boolean running;
    private long jobsSubmitted;
    private int jobsActive;
    private long jobsWaited;
    private long jobsCancelled;

    /** One batch job step: the change it makes, the data sets it holds exclusively, and its ENQ request. */
    private static final class Job {
        final ChurnAction action;
        final DataSetName dataSet;
        final DataSetName newName;
        final Holder holder;
        final long submittedNanos;
        EnqRequest waitingEnq;
        EventHandle deadline;
        long waitedNanos;

        Job(ChurnAction action, DataSetName dataSet, DataSetName newName, Holder holder, long submittedNanos) {
            this.action = action;
            this.dataSet = dataSet;
            this.newName = newName;
            this.holder = holder;
            this.submittedNanos = submittedNanos;
        }

        List<DataSetName> names() {
            return newName == null ? List.of(dataSet) : List.of(dataSet, newName);
        }
    }

    public Churn(ChurnDefinition spec, Kernel kernel, Volumes volumes, CatalogSystem catalogs, DataSets dataSets,
            Applications applications, Image image) {
        this.spec = spec;
        this.kernel = kernel;
        this.volumes = volumes;
        this.catalogs = catalogs;
        this.dataSets = dataSets;
        this.applications = applications;
        this.image = image;
        this.random = kernel.random("churn/" + spec.name());
        int total = 0;
        for (Map.Entry<ChurnAction, Integer> e : new TreeMap<>(spec.weights()).entrySet()) {
            if (e.getValue() > 0) {
                total += e.getValue();
                byWeight.put(total, e.getKey());
            }
        }
        this.weightTotal = total;
        spec.volumes().forEach(volumes::get);
    }

    public ChurnDefinition spec() {
        return spec;
    }

    /** Starts the schedule; changes begin at the spec's start time. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        long first = Math.max(kernel.nowNanos(), spec.startNanos()) + gapNanos();
        kernel.postAt(first, this::tick);
    }

    public void stop() {
        running = false;
    }

    public boolean running() {
        return running;
    }

    /** What churn did so far, in order (the newest {@value #EVENTS_KEPT_MAX} at most). */
    public List<ChurnEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Jobs started so far. */
    public long jobsSubmitted() {
        return jobsSubmitted;
    }

    /** Jobs running now: waiting for their data sets, or loading one. */
    public int jobsActive() {
        return jobsActive;
    }

    /** Jobs that had to wait for a data set somebody else held. */
    public long jobsWaited() {
        return jobsWaited;
    }

    /** Jobs cancelled after waiting the definition's limit for their data sets. */
    public long jobsCancelled() {
        return jobsCancelled;
    }

    private long gapNanos() {
        return Math.max(1, (long) (random.nextExponential() / spec.actionsPerMinute() * 60e9));
    }

    private void tick() {
        if (!running || kernel.nowNanos() >= spec.stopNanos()) {
            running = false;
            return;
        }
        kernel.post(gapNanos(), this::tick);
        ChurnAction action = byWeight.ceilingEntry(1 + random.nextInt(weightTotal)).getValue();
        if (!image.isUp()) {
            log(action, null, null, false, "image " + image.name() + " is down, so no job runs there", 0);
            return;
        }
        if (jobsActive >= JOBS_ACTIVE_MAX) {
            log(action, null, null, false, "all " + JOBS_ACTIVE_MAX + " initiators are busy with jobs that wait for "
                    + "data sets or load them", 0);
            return;
        }
        Job job;
        try {
            job = newJob(action);
        } catch (DasdException e) {
            log(action, null, null, false, e.getMessage(), 0);
            return;
        }
        submit(job);
    }

    private Job newJob(ChurnAction action) {
        Holder holder = Holder.job(image.name(), spec.name() + "#" + (jobsSubmitted + 1));
        if (action == ChurnAction.CREATE) {
            return new Job(action, freshName(), null, holder, kernel.nowNanos());
        }
        List<DataSetName> eligible = eligible();
        if (eligible.isEmpty()) {
            throw new DasdException("no data set matching " + spec.masks() + " is free to change");
        }
        DataSetName target = eligible.get(random.nextInt(eligible.size()));
        return new Job(action, target, action == ChurnAction.RENAME ? freshName() : null, holder, kernel.nowNanos());
    }

    /** Allocates the job's data sets exclusively: it runs at once when they are free, else it waits. */
    private void submit(Job job) {
        jobsSubmitted++;
        jobsActive++;
        EnqRequest request = applications.openRegistry().enqueue(job.names(), job.holder, EnqMode.EXCLUSIVE,
                () -> run(job));
        if (!request.waiting()) {
            return;
        }
        jobsWaited++;
        job.waitingEnq = request;
        job.deadline = kernel.schedule(spec.enqWaitMaxNanos(), () -> cancelWaiting(job));
        if (kernel.trace().enabled()) {
            kernel.trace().record("churn-wait", job.holder + " (" + job.action.name().toLowerCase() + " " + job.dataSet
                    + ") waits for " + request.blockers());
        }
    }

    /** The operator cancels a job that has waited too long for its data sets. */
    private void cancelWaiting(Job job) {
        String blockers = job.waitingEnq.blockers();
        if (!job.waitingEnq.cancel()) {
            return;
        }
        job.waitedNanos = kernel.nowNanos() - job.submittedNanos;
        jobsCancelled++;
        jobsActive--;
        log(job, false, job.holder + " waited " + SimTime.format(spec.enqWaitMaxNanos()) + " for " + blockers
                + " and was cancelled");
    }

    /** The step runs with its data sets held; it ends at once, or when its load is complete. */
    private void run(Job job) {
        if (job.deadline != null) {
            job.deadline.cancel();
        }
        job.waitingEnq = null;
        job.waitedNanos = kernel.nowNanos() - job.submittedNanos;
        if (!image.isUp()) {
            log(job, false, "image " + image.name() + " went down while " + job.holder.owner() + " waited for its data sets");
            end(job);
            return;
        }
        try {
            if (!perform(job)) {
                end(job);
            }
        } catch (DasdException e) {
            log(job, false, e.getMessage());
            end(job);
        }
    }

    /** Makes the job's change; true when it goes on loading a data set (and ends when the load does). */
    private boolean perform(Job job) {
        DataSetName target = job.dataSet;
        switch (job.action) {
            case EXTEND -> {
                dataSets.extend(target);
                log(job, true, "");
            }
            case RELEASE -> {
                DataSet ds = dataSets.describe(target);
                int keep = ds.usedTracks() + random.nextInt(Math.max(1, ds.trackCount() - ds.usedTracks()));
                DataSet after = dataSets.release(target, Math.max(1, keep));
                log(job, true, (ds.trackCount() - after.trackCount()) + " tracks released");
            }
            case DELETE -> {
                dataSets.delete(target);
                log(job, true, "");
            }
            case RENAME -> {
                dataSets.rename(target, job.newName);
                log(job, true, "");
            }
            case CREATE -> {
                create(job);
                return true;
            }
            case REALLOCATE -> {
                reallocate(job);
                return true;
            }
            default -> throw new IllegalStateException("unexpected " + job.action);
        }
        return false;
    }

    private void end(Job job) {
        for (DataSetName n : job.names()) {
            applications.openRegistry().dequeue(n, job.holder);
        }
        jobsActive--;
    }

    private void create(Job job) {
        int tracks = 1 + random.nextInt(300);
        Volser volser = spec.volumes().get(random.nextInt(spec.volumes().size()));
        DataSet ds = dataSets.allocate(new NewDataSet(job.dataSet, Dsorg.PS, DcbAttributes.FB80,
                SpaceRequest.tracks(tracks, 1 + random.nextInt(50)), List.of(volser)));
        log(job, true, tracks + " tracks on " + volser);
        load(ds, job);
    }

    /** Deletes the data set and allocates one of the same name and attributes elsewhere, then loads it. */
    private void reallocate(Job job) {
        DataSet old = dataSets.describe(job.dataSet);
        List<Volser> others = new ArrayList<>(spec.volumes());
        others.removeAll(old.volumes());
        List<Volser> pool = others.isEmpty() ? spec.volumes() : others;
        Volser volser = pool.get(random.nextInt(pool.size()));
        dataSets.delete(job.dataSet);
        DataSet ds = dataSets.allocate(new NewDataSet(job.dataSet, old.dsorg(), old.dcb(),
                old.space().withPrimary(Math.max(1, old.space().primary())), List.of(volser)));
        log(job, true, "now on " + volser);
        load(ds, job);
    }

    /**
     * The step loads new records into most of the data set through the I/O path, and ends — releasing
     * its ENQ — when the last write has completed.
     */
    private void load(DataSet ds, Job job) {
        int used = Math.max(1, (int) Math.round(ds.trackCount() * (0.5 + random.nextDouble() / 2)));
        int perTrack = volumes.get(ds.volumes().get(0)).type().family()
                .recordsPerTrack(ds.dcb().keyLength(), ds.dcb().effectiveBlockLength());
        long seed = random.nextLong();
        int[] outstanding = {0};
        String[] failure = {null};
        int rel = 0;
        for (VolumeExtent ve : ds.extents()) {
            for (int t = 0; t < ve.trackCount() && rel < used; t += LOAD_TRACKS_PER_IO) {
                int n = Math.min(LOAD_TRACKS_PER_IO, Math.min(ve.trackCount() - t, used - rel));
                TrackContent[] contents = new TrackContent[n];
                for (int i = 0; i < n; i++) {
                    contents[i] = TrackContent.pattern(seed + rel + i, perTrack, ds.dcb().keyLength(),
                            ds.dcb().effectiveBlockLength());
                }
                outstanding[0]++;
                rel += n;
                image.ioPath().submit(IoRequest.write(ve.volser(), ve.extent().firstTrack() + t, contents, r -> {
                    if (!r.succeeded() && failure[0] == null) {
                        failure[0] = r.failure();
                    }
                    if (--outstanding[0] == 0) {
                        finishLoad(job, used, perTrack, failure[0]);
                    }
                }));
            }
        }
    }

    /** At the end of a load the step writes the end-of-file pointer (unless a write failed) and ends. */
    private void finishLoad(Job job, int used, int perTrack, String failure) {
        try {
            if (failure != null) {
                log(job, false, "the load of " + job.dataSet + " failed: " + failure);
            } else {
                dataSets.find(job.dataSet).ifPresent(ds -> dataSets.setUsed(ds, Math.min(used, ds.trackCount()), perTrack));
            }
        } catch (DasdException e) {
            log(job, false, "load finished but " + e.getMessage());
        } finally {
            end(job);
        }
    }

    private List<DataSetName> eligible() {
        List<DataSetName> list = new ArrayList<>();
        for (Mask mask : spec.masks()) {
            for (CatalogEntry e : catalogs.matching(mask)) {
                DataSetName n = e.name();
                if (e.type() == EntryType.NONVSAM && !list.contains(n) && applications.using(n).isEmpty()) {
                    list.add(n);
                }
            }
        }
        return list;
    }

    private DataSetName freshName() {
        for (int attempt = 0; attempt < 100; attempt++) {
            Mask mask = spec.masks().get(random.nextInt(spec.masks().size()));
            DataSetName name = mask.example(random);
            if (catalogs.locate(name).isEmpty() && applications.using(name).isEmpty()) {
                return name;
            }
        }
        throw new DasdException("churn " + spec.name() + " found no unused name matching " + spec.masks());
    }

    private void log(Job job, boolean done, String detail) {
        log(job.action, job.dataSet, job.newName, done, detail, job.waitedNanos);
    }

    private void log(ChurnAction action, DataSetName dataSet, DataSetName newName, boolean done, String detail,
            long waitedNanos) {
        if (events.size() < EVENTS_KEPT_MAX) {
            events.add(new ChurnEvent(kernel.nowNanos(), action, dataSet, newName, done, detail, waitedNanos));
        }
        if (kernel.trace().enabled()) {
            kernel.trace().record("churn", action.name().toLowerCase() + " " + dataSet
                    + (newName == null ? "" : " -> " + newName) + (done ? "" : " refused: " + detail));
        }
    }
}
