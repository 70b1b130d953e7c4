package io.dsmig.sim.name;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Builds every rejection of this package from {@code messages.properties}, so that the wording can
 * be reviewed in one place. Formatting uses {@link Locale#ROOT} so a message is the same on every
 * machine (no locale-dependent digits or grouping).
 */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "io.dsmig.sim.name.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /** The exception for the message {@code key}, formatted with {@code arguments}. */
    static InvalidNameException reject(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(BUNDLE.getString(key), Locale.ROOT);
        return new InvalidNameException(format.format(arguments));
    }
}
