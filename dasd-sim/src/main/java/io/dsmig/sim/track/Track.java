package io.dsmig.sim.track;

import io.dsmig.sim.geometry.Cchh;
import java.util.ArrayList;
import java.util.List;

/**
 * A track as read from a volume: its address and its content. Each record's id (CCHHR) is the
 * track's address and the record's number, which is why a copy to another address rewrites the ids.
 */
public record Track(Cchh address, TrackContent content) {

    public List<RecordId> recordIds() {
        List<RecordId> ids = new ArrayList<>(content.recordCount());
        for (int n = 1; n <= content.recordCount(); n++) {
            ids.add(new RecordId(address, n));
        }
        return ids;
    }

    /** This track's records as they would land at {@code target}: same data, ids of the new address. */
    public Track copyTo(Cchh target) {
        return new Track(target, content);
    }

    /** Whether both tracks hold the same record data, whatever their addresses. */
    public boolean contentEquals(Track other) {
        return content.contentEquals(other.content);
    }
}
