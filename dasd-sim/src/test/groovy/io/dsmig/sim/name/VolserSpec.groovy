package io.dsmig.sim.name

import spock.lang.Specification

class VolserSpec extends Specification {

    def "'#text' is accepted as the volser #expected"() {
        when: "the volser is written"
        def volser = Volser.of(text)

        then: "it is kept in upper case"
        volser.value() == expected
        volser.toString() == expected

        where:
        text     || expected
        'VOL001' || 'VOL001'
        'vol001' || 'VOL001'
        'A'      || 'A'
        '1'      || '1'
        '#@$123' || '#@$123'
        'Zz9'    || 'ZZ9'
    }

    def "'#text' is rejected as a volser with the message: #message"() {
        when: "the volser is written"
        Volser.of(text)

        then: "the message names the text and the rule"
        def e = thrown(InvalidNameException)
        e.message == message

        where:
        text      || message
        'VOL0001' || "'VOL0001' is not a valid volser: a volser has 1 to 6 characters (this one has 7)"
        'VOL_1'   || "'VOL_1' is not a valid volser: '_' at position 4 is not allowed (use A-Z, 0-9, #, @, \$)"
        ''        || "'' is not a valid volser: a volser has 1 to 6 characters (this one is empty)"
        'VOL 1'   || "'VOL 1' is not a valid volser: a space at position 4 is not allowed (use A-Z, 0-9, #, @, \$)"
        'VOL-1'   || "'VOL-1' is not a valid volser: '-' at position 4 is not allowed (use A-Z, 0-9, #, @, \$)"
        'VOL.1'   || "'VOL.1' is not a valid volser: '.' at position 4 is not allowed (use A-Z, 0-9, #, @, \$)"
        'volé'    || "'volé' is not a valid volser: 'é' at position 4 is not allowed (use A-Z, 0-9, #, @, \$)"
        'V\tX'    || "'V\tX' is not a valid volser: U+0009 at position 2 is not allowed (use A-Z, 0-9, #, @, \$)"
    }

    def "volsers sort by their text and are equal regardless of how they were typed"() {
        given: "volsers typed in no particular order"
        def volsers = ['VOL010', 'vol002', 'A1', 'VOL001'].collect { Volser.of(it) }

        expect: "they sort by text"
        volsers.sort(false)*.value() == ['A1', 'VOL001', 'VOL002', 'VOL010']
        Volser.of('vol002') == Volser.of('VOL002')
    }

    def "the range #from .. #to expands to #count volsers from #first to #last"() {
        when: "the range is expanded"
        def volsers = Volser.range(Volser.of(from), Volser.of(to))

        then: "it holds every volser in order, numbers padded to the same width"
        volsers.size() == count
        volsers.first().value() == first
        volsers.last().value() == last
        volsers == volsers.sort(false)

        where:
        from     | to       || count  | first    | last
        'VOL001' | 'VOL040' || 40     | 'VOL001' | 'VOL040'
        'A1'     | 'A9'     || 9      | 'A1'     | 'A9'
        'VOL5'   | 'VOL5'   || 1      | 'VOL5'   | 'VOL5'
        'vol098' | 'VOL102' || 5      | 'VOL098' | 'VOL102'
        '000001' | '010000' || 10_000 | '000001' | '010000'
    }

    def "the range #from .. #to is rejected because #problem"() {
        when: "the range is expanded"
        Volser.range(Volser.of(from), Volser.of(to))

        then: "the message names the range and what is wrong with it"
        def e = thrown(InvalidNameException)
        e.message == "'$from .. $to' is not a valid volser range: $problem"

        where:
        from     | to       || problem
        'VOL001' | 'XYZ009' || "both ends need the same prefix before their number ('VOL' and 'XYZ' differ)"
        'VOL040' | 'VOL001' || 'VOL040 comes after VOL001 (write the lower volser first)'
        'VOL1'   | 'VOL040' || 'both numbers need the same number of digits (1 and 3)'
        'A9'     | 'A10'    || 'both numbers need the same number of digits (1 and 2)'
        'VOLA'   | 'VOLB'   || 'VOLA does not end in a number'
        'VOL1'   | 'VOLB'   || 'VOLB does not end in a number'
        '000000' | '010000' || 'it covers 10,001 volsers (a range covers at most 10,000)'
        'A00000' | 'A99999' || 'it covers 100,000 volsers (a range covers at most 10,000)'
    }
}
