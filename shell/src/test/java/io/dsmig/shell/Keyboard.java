package io.dsmig.shell;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Keys for a test terminal: what {@link #type} queues is read by the terminal's input pump, a byte at
 * a time, blocking while nothing is typed. {@link #close} is end of input.
 */
final class Keyboard extends InputStream {

    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";

    private static final int END = -1;
    private final LinkedBlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

    void type(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            keys.add(b & 0xff);
        }
    }

    @Override
    public int read() {
        try {
            int k = keys.take();
            if (k == END) {
                keys.add(END);
            }
            return k;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int first = read();
        if (first == END) {
            return END;
        }
        b[off] = (byte) first;
        int n = 1;
        while (n < len && !keys.isEmpty() && keys.peek() != END) {
            b[off + n++] = (byte) (int) keys.poll();
        }
        return n;
    }

    @Override
    public int available() {
        return keys.size();
    }

    @Override
    public void close() {
        keys.add(END);
    }
}
