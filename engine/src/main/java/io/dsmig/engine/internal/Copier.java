package io.dsmig.engine.internal;

import io.dsmig.engine.TableEntry;
import io.dsmig.sim.Check;
import io.dsmig.sim.io.IoRequest;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.track.TrackContent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copies tracks by the translate table, in chunks of contiguous tracks (at most a cylinder by
 * default), with a few chunks in flight per source volume. The copy race rule (DESIGN §4, item 9)
 * lives here: a chunk's changed flags are cleared <em>before</em> its source tracks are read, so a
 * write that lands after the read is flagged again and never lost.
 *
 * <p>Three kinds of job share the machinery: the bulk copy (every entry of every source volume), a
 * resync pass (the changed tracks), and a one-time copy of given entries. A job is made first and
 * started after, so that whoever keeps it holds it before it can finish: a pass with nothing to copy
 * finishes inside {@link Job#start()}.
 */
final class Copier {

    /** Told about every chunk copied: its entry, its first source track, its track count and the job's kind. */
    interface Progress {
        void copied(TableEntry entry, int sourceFirstTrack, int trackCount, String kind);
    }

    /** A chunk: a run of tracks inside one table entry. */
    private record Chunk(SourceTracks source, TableEntry entry, int first, int count) {
    }

    /** Hands out the chunks of one stream in order; null when there are no more. */
    private interface ChunkSource {
        Chunk next();
    }

    private final SystemServices services;
    private final String image;
    private final int depth;
    private final int chunkTracksMax;
    private final Progress progress;
    private final boolean clearAfterRead;
    private int inFlight;

    /**
     * @param clearAfterRead break the copy race rule (clear changed flags after the read): only for
     *                       the test that shows an update is then lost
     */
    Copier(SystemServices services, String image, int depth, int chunkTracksMax, Progress progress,
            boolean clearAfterRead) {
        this.services = services;
        this.image = image;
        this.depth = depth;
        this.chunkTracksMax = chunkTracksMax;
        this.progress = progress;
        this.clearAfterRead = clearAfterRead;
    }

    /** Chunks in flight now, over all jobs. */
    int inFlight() {
        return inFlight;
    }

    /**
     * A copy job; once started it finishes (handing itself to its done action, once) when every stream
     * is exhausted. It measures itself: the tracks it copied, when it started and when it finished.
     */
    final class Job {
        private final String kind;
        private final List<ChunkSource> streams;
        private final Consumer<Job> done;
        private final Consumer<String> failed;
        private int jobInFlight;
        private long tracks;
        private long startedNanos = -1;
        private long finishedNanos = -1;
        private boolean stopped;
        private boolean finished;

        private Job(String kind, List<ChunkSource> streams, Consumer<Job> done, Consumer<String> failed) {
            this.kind = kind;
            this.streams = streams;
            this.done = done;
            this.failed = failed;
        }

        /** Tracks this job has copied so far. */
        long tracks() {
            return tracks;
        }

        /** When it started, or -1 before. */
        long startedNanos() {
            return startedNanos;
        }

        /** From its start until it finished (or until now while it runs); 0 before it started. */
        long durationNanos() {
            if (startedNanos < 0) {
                return 0;
            }
            return (finished ? finishedNanos : services.kernel().nowNanos()) - startedNanos;
        }

        boolean finished() {
            return finished;
        }

        /** Issues no more chunks; the ones in flight complete, then the job counts as finished. */
        void stop() {
            stopped = true;
            maybeFinish();
        }

        /** Issues the first chunks of every stream; a job with nothing to copy finishes here and now. */
        void start() {
            Check.that(startedNanos < 0, "a copy job starts once", () -> kind + " job started twice");
            startedNanos = services.kernel().nowNanos();
            for (ChunkSource stream : streams) {
                for (int i = 0; i < depth; i++) {
                    pump(stream);
                }
            }
            maybeFinish();
        }

        private void pump(ChunkSource stream) {
            if (stopped) {
                return;
            }
            Chunk chunk = stream.next();
            if (chunk == null) {
                return;
            }
            copy(chunk, () -> pump(stream));
        }

        private void copy(Chunk c, Runnable next) {
            c.source().reached.set(c.first(), c.first() + c.count());
            if (!clearAfterRead) {
                c.source().clearChanged(c.first(), c.count());
            }
            inFlight++;
            jobInFlight++;
            services.trackIo().read(image, c.source().volser, c.first(), c.count(), read -> {
                if (!read.succeeded()) {
                    chunkDone(read.failure(), null);
                    return;
                }
                if (clearAfterRead) {
                    c.source().clearChanged(c.first(), c.count());
                }
                write(c, read, next);
            });
        }

        private void write(Chunk c, IoRequest read, Runnable next) {
            TrackContent[] contents = new TrackContent[c.count()];
            for (int i = 0; i < contents.length; i++) {
                contents[i] = read.content(i);
            }
            int targetFirst = c.entry().targetTrackOf(c.first());
            services.trackIo().write(image, c.entry().targetVolser(), targetFirst, contents, written -> {
                if (!written.succeeded()) {
                    chunkDone(written.failure(), null);
                    return;
                }
                tracks += c.count();
                progress.copied(c.entry(), c.first(), c.count(), kind);
                chunkDone(null, next);
            });
        }

        /** A chunk is over: on success the stream goes on first, so the job only finishes when all are dry. */
        private void chunkDone(String failure, Runnable next) {
            inFlight--;
            jobInFlight--;
            if (failure != null) {
                if (!stopped) {
                    stopped = true;
                    failed.accept(failure);
                }
            } else {
                next.run();
            }
            maybeFinish();
        }

        private void maybeFinish() {
            if (startedNanos >= 0 && !finished && jobInFlight == 0) {
                finished = true;
                finishedNanos = services.kernel().nowNanos();
                done.accept(this);
            }
        }
    }

    /** A job that copies every entry of these source volumes, one stream per volume. */
    Job bulk(Collection<SourceTracks> sources, Consumer<Job> done, Consumer<String> failed) {
        List<ChunkSource> streams = new ArrayList<>();
        for (SourceTracks s : sources) {
            streams.add(entriesOf(s, List.of(s.entries())));
        }
        return new Job("copy", streams, done, failed);
    }

    /** A job that copies the changed tracks of these source volumes once, in track order. */
    Job resync(Collection<SourceTracks> sources, String kind, Consumer<Job> done, Consumer<String> failed) {
        List<ChunkSource> streams = new ArrayList<>();
        for (SourceTracks s : sources) {
            streams.add(changedOf(s));
        }
        return new Job(kind, streams, done, failed);
    }

    /** A job that copies the given entries once (reconciliation's one-time table). */
    Job entries(TranslateTable table, List<TableEntry> entries, String kind, Consumer<Job> done, Consumer<String> failed) {
        List<ChunkSource> streams = new ArrayList<>();
        java.util.Map<SourceTracks, List<TableEntry>> byVolume = new java.util.LinkedHashMap<>();
        for (TableEntry e : entries) {
            byVolume.computeIfAbsent(table.source(e.sourceVolser()), s -> new ArrayList<>()).add(e);
        }
        byVolume.forEach((s, list) -> streams.add(entriesOf(s, list)));
        return new Job(kind, streams, done, failed);
    }

    private ChunkSource entriesOf(SourceTracks source, List<TableEntry> entries) {
        return new ChunkSource() {
            private int index;
            private int offset;

            @Override
            public Chunk next() {
                if (index >= entries.size()) {
                    return null;
                }
                TableEntry e = entries.get(index);
                int count = Math.min(chunkTracksMax, e.trackCount() - offset);
                Chunk chunk = new Chunk(source, e, e.sourceFirstTrack() + offset, count);
                offset += count;
                if (offset == e.trackCount()) {
                    index++;
                    offset = 0;
                }
                return chunk;
            }
        };
    }

    private ChunkSource changedOf(SourceTracks source) {
        return new ChunkSource() {
            private int cursor;

            @Override
            public Chunk next() {
                int t = source.changed.nextSetBit(cursor);
                while (t >= 0) {
                    TableEntry e = source.entryAt(t);
                    if (e != null) {
                        int end = t + 1;
                        int limit = Math.min(e.sourceEnd(), t + chunkTracksMax);
                        while (end < limit && source.changed.get(end)) {
                            end++;
                        }
                        cursor = end;
                        return new Chunk(source, e, t, end - t);
                    }
                    source.clearChanged(t, 1);
                    t = source.changed.nextSetBit(t + 1);
                }
                return null;
            }
        };
    }
}
