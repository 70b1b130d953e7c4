package io.dsmig.dsl.ast;

/** A value refers to a parameter that is not defined, or of the wrong kind. */
public final class ParamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Pos pos;
    private final String hint;

    public ParamException(Pos pos, String message, String hint) {
        super(message);
        this.pos = pos;
        this.hint = hint;
    }

    public Pos pos() {
        return pos;
    }

    public String hint() {
        return hint;
    }
}
