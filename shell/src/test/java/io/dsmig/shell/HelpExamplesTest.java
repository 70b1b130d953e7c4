package io.dsmig.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dsmig.dsl.Source;
import io.dsmig.dsl.parse.ScriptParser;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example that {@code help TOPIC} shows is a statement the language accepts as written. */
class HelpExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyHelpExampleParses() {
        ResourceBundle bundle = ResourceBundle.getBundle("io.dsmig.shell.help", Locale.ROOT);
        Help help = new Help(new Commands());
        return help.topics().stream().map(topic -> DynamicTest.dynamicTest(topic, () -> {
            String example = bundle.getString("statement." + topic + ".example");
            ScriptParser.Result r = ScriptParser.parse(new Source("help " + topic, example));
            assertFalse(r.diagnostics().hasErrors(), () -> "help " + topic + ": " + example + "\n"
                    + r.diagnostics().format(new Source("help " + topic, example)));
        }));
    }
}
