package io.dsmig.sim.name

import spock.lang.Specification

class MaskSpec extends Specification {

    // Five qualifiers of eight characters: the longest a data set name gets (44 characters).
    static final String LONGEST = 'AAAAAAAA.BBBBBBBB.CCCCCCCC.DDDDDDDD.EEEEEEEE'
    // Twenty-two one-character qualifiers: the most qualifiers a name can have.
    static final String MOST_QUALIFIERS = (['A'] * 22).join('.')

    def "mask '#mask' #outcome '#name'"() {
        given: "a mask an administrator typed"
        def parsed = Mask.parse(mask)

        expect: "the name matches exactly when the wildcard rules say so"
        parsed.matches(DataSetName.of(name)) == matches
        parsed.matches(name) == matches

        where:
        mask                                   | name                    || matches
        // '**' at the end also matches no qualifier at all
        'A.**'                                 | 'A'                     || true
        'A.**'                                 | 'A.B'                   || true
        'A.**'                                 | 'A.B.C'                 || true
        'A.**'                                 | 'AB'                    || false
        'A.**'                                 | 'B.A'                   || false
        'PAYROLL.**'                           | 'PAYROLL'               || true
        'PAYROLL.**'                           | 'PAYROLL.MASTER.DATA'   || true
        // '**' at the start
        '**.B'                                 | 'B'                     || true
        '**.B'                                 | 'A.B'                   || true
        '**.B'                                 | 'A.C.B'                 || true
        '**.B'                                 | 'A.B.C'                 || false
        // '**' in the middle, and several of them
        'A.**.Z'                               | 'A.Z'                   || true
        'A.**.Z'                               | 'A.B.C.Z'               || true
        'A.**.Z'                               | 'A.B.C'                 || false
        '**.DATA.**'                           | 'DATA'                  || true
        '**.DATA.**'                           | 'X.DATA.Y'              || true
        '**.DATA.**'                           | 'X.DATAX.Y'             || false
        '**.A.**.B.**'                         | 'X.A.Y.B.Z'             || true
        '**.A.**.B.**'                         | 'A.B'                   || true
        '**.A.**.B.**'                         | 'B.A'                   || false
        '**.**'                                | 'A'                     || true
        // '**' alone matches every name
        '**'                                   | 'A'                     || true
        '**'                                   | LONGEST                 || true
        // a lone '*' is exactly one qualifier
        '*'                                    | 'PAYROLL'               || true
        '*'                                    | 'PAYROLL.X'             || false
        'PAYROLL.*'                            | 'PAYROLL.X'             || true
        'PAYROLL.*'                            | 'PAYROLL'               || false
        'PAYROLL.*'                            | 'PAYROLL.X.Y'           || false
        'A.*.C'                                | 'A.B.C'                 || true
        'A.*.C'                                | 'A.C'                   || false
        'A.*.C'                                | 'A.B.X.C'               || false
        // '*' inside a qualifier is zero or more characters, never a period
        'A*.B'                                 | 'A.B'                   || true
        'A*.B'                                 | 'ABC.B'                 || true
        'A*.B'                                 | 'BA.B'                  || false
        'A*'                                   | 'A.B'                   || false
        '*A'                                   | 'A'                     || true
        '*A'                                   | 'BCA'                   || true
        '*A'                                   | 'AB'                    || false
        'A*B*C'                                | 'ABC'                   || true
        'A*B*C'                                | 'AXXBYYC'               || true
        'A*B*C'                                | 'ACB'                   || false
        '*A*A*A*B'                             | 'AAAAAAAA'              || false
        // '%' is exactly one character, wherever it stands
        'A%%'                                  | 'ABC'                   || true
        'A%%'                                  | 'AB'                    || false
        'A%%'                                  | 'ABCD'                  || false
        '%'                                    | 'X'                     || true
        '%'                                    | 'XY'                    || false
        '%.B'                                  | 'A.B'                   || true
        'A.%'                                  | 'A.BC'                  || false
        'P%Y*'                                 | 'PAYROLL'               || true
        '%-%'                                  | 'A-1'                   || true
        '*%'                                   | 'A'                     || true
        '*%'                                   | 'A.B'                   || false
        // no wildcard: exactly that name, in any case
        'PAYROLL.MASTER'                       | 'PAYROLL.MASTER'        || true
        'PAYROLL.MASTER'                       | 'PAYROLL.MASTER.X'      || false
        'payroll.master'                       | 'PAYROLL.MASTER'        || true
        'PAYROLL.MASTER'                       | 'payroll.master'        || true
        '#@$.A-1'                              | '#@$.A-1'               || true
        // single-qualifier names
        'SYS1'                                 | 'SYS1'                  || true
        'SYS%'                                 | 'SYS1'                  || true
        'SYS*'                                 | 'SYS1.PARMLIB'          || false
        // names of 44 characters and of 22 qualifiers
        LONGEST                                | LONGEST                 || true
        '**.EEEEEEEE'                          | LONGEST                 || true
        'AAAAAAAA.**'                          | LONGEST                 || true
        'A*.B*.C*.D*.E*'                       | LONGEST                 || true
        '%%%%%%%%.**.%%%%%%%%'                 | LONGEST                 || true
        '*.*.*.*'                              | LONGEST                 || false
        '*.*.*.*.*'                            | LONGEST                 || true
        '**.A.**.A.**.A.**.A.**.A.**.B'        | MOST_QUALIFIERS         || false
        'A.**.A'                               | MOST_QUALIFIERS         || true

        outcome = matches ? 'matches' : 'does not match'
    }

    def "mask '#mask' is rejected because #problem"() {
        when: "the mask is parsed"
        Mask.parse(mask)

        then: "the message names the mask and the problem"
        def e = thrown(InvalidNameException)
        e.message.startsWith("'$mask' is not a valid mask: ")
        e.message.contains(problem)

        where:
        mask                                              | problem
        'A**'                                             | "qualifier 1 'A**' combines '**' with other characters"
        '**B'                                             | "qualifier 1 '**B' combines '**' with other characters"
        'X.***'                                           | "qualifier 2 '***' combines '**'"
        'A..B'                                            | 'two periods in a row (positions 2 and 3)'
        '.A'                                              | 'it starts with a period'
        'A.'                                              | 'it ends with a period'
        'A.ABCDEFGHI'                                     | "qualifier 2 'ABCDEFGHI' has 9 characters besides '*'"
        'A%%%%%%%%*'                                      | "qualifier 1 'A%%%%%%%%*' has 9 characters"
        'A_B'                                             | "'_' at position 2"
        'A B'                                             | 'a space at position 2'
        'A.&*'                                            | "qualifier 2 '&*' has '&' at position 3"
        '1A.*'                                            | "qualifier 1 '1A' starts with '1' at position 1"
        'A.-*'                                            | "starts with '-' at position 3"
        '*12345678'                                       | "qualifier 1 '*12345678' can never match"
        ''                                                | 'a mask has 1 to 44 characters (this one is empty)'
        'ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.A'  | 'a mask has 1 to 44 characters (this one has 46)'
    }

    def "a mask keeps the text the administrator typed, in upper case, and compares by it"() {
        when: "the same mask is typed in two cases"
        def lower = Mask.parse('payroll.*.data')
        def upper = Mask.parse('PAYROLL.*.DATA')

        then: "both read in upper case and are the same mask"
        lower.toString() == 'PAYROLL.*.DATA'
        lower == upper
        lower.hashCode() == upper.hashCode()
        lower != Mask.parse('PAYROLL.**.DATA')
    }

    def "mask '#mask' has the fixed prefix #prefix and the high-level qualifier #hlq"() {
        when: "the mask is parsed"
        def parsed = Mask.parse(mask)

        then: "the leading qualifiers without wildcards are known"
        parsed.fixedPrefix() == prefix
        parsed.highLevelQualifier() == Optional.ofNullable(hlq)
        parsed.isGeneric() == generic

        where:
        mask              | prefix                      | hlq       | generic
        'PAYROLL.**'      | ['PAYROLL']                 | 'PAYROLL' | true
        'PAYROLL.*.DATA'  | ['PAYROLL']                 | 'PAYROLL' | true
        'A.B%.C'          | ['A']                       | 'A'       | true
        'SYS1.PARMLIB'    | ['SYS1', 'PARMLIB']         | 'SYS1'    | false
        '**.DATA'         | []                          | null      | true
        'PAY*.MASTER'     | []                          | null      | true
        '%AYROLL'         | []                          | null      | true
    }

    def "matching against text that is not a data set name is refused rather than answered false"() {
        given: "a mask for the payroll data sets"
        def payroll = Mask.parse('PAYROLL.**')

        when: "it is asked about a name with a typo"
        payroll.matches('PAYROLL..MASTER')

        then: "the typo is reported as a bad data set name"
        def e = thrown(InvalidNameException)
        e.message == "'PAYROLL..MASTER' is not a valid data set name: it has two periods in a row (positions 8 and 9)"
    }
}
