package io.dsmig.engine.internal

import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.Extent
import spock.lang.Specification

/** Where a target has room beyond its source's old size (see EavTargetSpec for why it matters). */
class ReconcilerSpareSpec extends Specification {

    def "the spare tracks of a target are found across its extents and pieces"() {
        given:
        def v1 = Volser.of("TGT001")
        def v2 = Volser.of("TGT002")
        def pieces = [new TargetPiece(v1, [new Extent(100, 50), new Extent(300, 50)]),
                      new TargetPiece(v2, [new Extent(0, 40)])]

        expect: "from relative track 70, 60 tracks: the last 30 of the second extent and the first 30 on TGT002"
        Reconciler.spare(pieces, 70, 60) == [new TargetPiece(v1, [new Extent(320, 30)]),
                                             new TargetPiece(v2, [new Extent(0, 30)])]

        and: "nothing past the end, and nothing when the target has no more than the source"
        Reconciler.spare(pieces, 140, 10) == []
        Reconciler.spare(pieces, 130, 50) == [new TargetPiece(v2, [new Extent(30, 10)])]
    }
}
