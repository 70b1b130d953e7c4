package io.dsmig.shell

import spock.lang.Specification

class MainSpec extends Specification {

    def "with no arguments dsmig prints its version and usage and exits 0"() {
        given: "captured output"
        def out = new ByteArrayOutputStream()

        when: "dsmig runs without arguments"
        int code = Main.run([] as String[], new PrintStream(out), new PrintStream(new ByteArrayOutputStream()))

        then: "it succeeds and explains itself"
        code == 0
        out.toString().startsWith("dsmig ")
        out.toString().contains("usage: dsmig")
    }
}
