package io.dsmig.sim.name;

import io.dsmig.sim.DasdException;

/**
 * A volser, data set name, mask or volser range that breaks the z/OS naming rules. The message
 * names the text as it was written and the rule it breaks, precisely enough to fix it without
 * reading the rules, so callers show it to the user as it is.
 *
 * <pre>{@code
 * try {
 *     Volser.of("VOL_1");
 * } catch (InvalidNameException e) {
 *     // 'VOL_1' is not a valid volser: '_' at position 4 is not allowed (use A-Z, 0-9, #, @, $)
 *     diagnostics.report(token, e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidNameException extends DasdException {

    private static final long serialVersionUID = 1L;

    public InvalidNameException(String message) {
        super(message);
    }
}
