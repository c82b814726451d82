package dev.berth.bench.proxy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Follows the client-to-engine side of one connection and reports each HTTP request line: it skips bodies by
 * {@code Content-Length} or chunked framing, and stops looking once the connection is hijacked (an {@code Upgrade}
 * request, an exec start or an attach), after which the bytes are a raw stream.
 */
final class RequestScanner {

    private static final Pattern HIJACKING = Pattern.compile("^\\S+ \\S*/(exec/[^/]+/start|containers/[^/]+/attach)\\b");

    private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER, TUNNEL }

    private final Consumer<String> onRequest;
    private final StringBuilder line = new StringBuilder();
    private final List<String> head = new ArrayList<>();
    private State state = State.HEAD;
    private long remaining;
    private boolean tunnelAfter;

    RequestScanner(Consumer<String> onRequest) {
        this.onRequest = onRequest;
    }

    /** Looks at the bytes between the buffer's position and limit, without moving them. */
    void feed(ByteBuffer data) {
        ByteBuffer b = data.duplicate();
        while (b.hasRemaining() && state != State.TUNNEL) {
            if (state == State.BODY || state == State.CHUNK_DATA) {
                int n = (int) Math.min(remaining, b.remaining());
                b.position(b.position() + n);
                remaining -= n;
                if (remaining == 0) {
                    state = state == State.BODY ? endOfRequest() : State.CHUNK_END;
                }
            } else {
                byte c = b.get();
                if (c == '\n') {
                    String text = line.toString();
                    line.setLength(0);
                    onLine(text);
                } else if (c != '\r') {
                    line.append((char) (c & 0xff));
                }
            }
        }
    }

    private void onLine(String text) {
        switch (state) {
            case HEAD -> {
                if (!text.isEmpty()) {
                    head.add(text);
                } else if (!head.isEmpty()) {
                    state = endOfHead();
                }
            }
            case CHUNK_SIZE -> {
                int semicolon = text.indexOf(';');
                remaining = Long.parseLong((semicolon < 0 ? text : text.substring(0, semicolon)).trim(), 16);
                state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
            }
            case CHUNK_END -> state = State.CHUNK_SIZE;
            case TRAILER -> {
                if (text.isEmpty()) {
                    state = endOfRequest();
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private State endOfHead() {
        String requestLine = head.get(0);
        onRequest.accept(requestLine);
        boolean chunked = false;
        long length = 0;
        tunnelAfter = HIJACKING.matcher(requestLine).find();
        for (String header : head.subList(1, head.size())) {
            String h = header.toLowerCase(Locale.ROOT);
            String value = h.substring(h.indexOf(':') + 1).trim();
            if (h.startsWith("upgrade:")) {
                tunnelAfter = true;
            } else if (h.startsWith("transfer-encoding:")) {
                chunked = value.contains("chunked");
            } else if (h.startsWith("content-length:")) {
                length = Long.parseLong(value);
            }
        }
        head.clear();
        if (chunked) {
            return State.CHUNK_SIZE;
        }
        remaining = length;
        return length > 0 ? State.BODY : endOfRequest();
    }

    private State endOfRequest() {
        return tunnelAfter ? State.TUNNEL : State.HEAD;
    }
}
