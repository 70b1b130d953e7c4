package io.dsmig.sim.name

import spock.lang.Specification

class DataSetNameSpec extends Specification {

    def "'#text' is accepted as the data set name #expected"() {
        when: "the name is written"
        def name = DataSetName.of(text)

        then: "it is kept in upper case with its qualifiers"
        name.value() == expected
        name.toString() == expected
        name.qualifierCount() == count

        where:
        text                                           || expected                                       | count
        'PAYROLL.MASTER'                               || 'PAYROLL.MASTER'                               | 2
        'payroll.master.g0001v00'                      || 'PAYROLL.MASTER.G0001V00'                      | 3
        'A'                                            || 'A'                                            | 1
        '#@$.A-1.$9'                                   || '#@$.A-1.$9'                                   | 3
        'ABCDEFGH'                                     || 'ABCDEFGH'                                     | 1
        'AAAAAAAA.BBBBBBBB.CCCCCCCC.DDDDDDDD.EEEEEEEE' || 'AAAAAAAA.BBBBBBBB.CCCCCCCC.DDDDDDDD.EEEEEEEE' | 5
        (['Q'] * 22).join('.')                         || (['Q'] * 22).join('.')                         | 22
    }

    def "'#text' is rejected as a data set name because #problem"() {
        when: "the name is written"
        DataSetName.of(text)

        then: "the message names the text, the qualifier, the character and its position"
        def e = thrown(InvalidNameException)
        e.message == "'$text' is not a valid data set name: $problem"

        where:
        text             || problem
        ''               || 'a data set name has 1 to 44 characters (this one is empty)'
        'A' * 45         || 'a data set name has 1 to 44 characters (this one has 45)'
        '.A'             || 'it starts with a period'
        'A.'             || 'it ends with a period'
        '.'              || 'it starts with a period'
        'A..B'           || 'it has two periods in a row (positions 2 and 3)'
        'ABCDEFGHI.X'    || "qualifier 1 'ABCDEFGHI' has 9 characters (a qualifier has 1 to 8)"
        'A.1B'           || "qualifier 2 '1B' starts with '1' at position 3 (a qualifier starts with A-Z, #, @ or \$)"
        'A.-B'           || "qualifier 2 '-B' starts with '-' at position 3 (a qualifier starts with A-Z, #, @ or \$)"
        'A.B_C'          || "qualifier 2 'B_C' has '_' at position 4, which is not allowed (use A-Z, 0-9, #, @, \$ or -)"
        'pay roll'       || "qualifier 1 'pay roll' has a space at position 4, which is not allowed (use A-Z, 0-9, #, @, \$ or -)"
        'A.B*'           || "qualifier 2 'B*' has '*' at position 4, which is not allowed (use A-Z, 0-9, #, @, \$ or -)"
        'A.%'            || "qualifier 2 '%' has '%' at position 3, which is not allowed (use A-Z, 0-9, #, @, \$ or -)"
    }

    def "a name tells its qualifiers and its high-level qualifier"() {
        when: "a three-qualifier name is written"
        def name = DataSetName.of('payroll.master.data')

        then: "the qualifiers come first to last and the first one picks the catalog"
        name.qualifiers() == ['PAYROLL', 'MASTER', 'DATA']
        name.highLevelQualifier() == 'PAYROLL'
        DataSetName.of('SYS1').highLevelQualifier() == 'SYS1'
    }

    def "names sort by their text and are equal regardless of how they were typed"() {
        given: "names typed in no particular order"
        def names = ['PAYROLL.X', 'A.B', 'payroll', 'A'].collect { DataSetName.of(it) }

        expect: "they sort by text"
        names.sort(false)*.value() == ['A', 'A.B', 'PAYROLL', 'PAYROLL.X']
        DataSetName.of('payroll.x') == DataSetName.of('PAYROLL.X')
    }
}
