package dev.berth.docker.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.apiguardian.api.API;

/**
 * A minimal RFC 6455 websocket client over Berth's own HTTP/1.1 connections, enough for
 * {@code GET /containers/{id}/attach/ws}: the handshake, masked binary frames out, text/binary/continuation frames
 * in as one byte stream, pings answered, and the close handshake. Extensions and subprotocols are not offered.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WebSocket implements Duplex {

    static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    static final int OP_CONTINUATION = 0x0;
    static final int OP_TEXT = 0x1;
    static final int OP_BINARY = 0x2;
    static final int OP_CLOSE = 0x8;
    static final int OP_PING = 0x9;
    static final int OP_PONG = 0xA;
    private static final int MAX_CONTROL_PAYLOAD = 125;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duplex connection;
    private final InputStream in;
    private final OutputStream out;
    private final Object writeLock = new Object();
    private final FrameInput input = new FrameInput();
    private final FrameOutput output = new FrameOutput();
    private boolean closeSent;

    WebSocket(Duplex connection) {
        this.connection = connection;
        this.in = connection.input();
        this.out = connection.output();
    }

    /**
     * Performs the opening handshake on a request and returns the open websocket.
     *
     * @param client the HTTP client
     * @param request a {@code GET} request; the handshake headers are added
     * @param onError reads a non-101 answer and throws
     * @return the websocket; must be closed
     * @throws IOException when the server does not switch protocols as RFC 6455 requires
     */
    public static WebSocket connect(Http1Client client, HttpRequest request, Http1Client.ErrorHandler onError) throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        HttpRequest handshake = request.withHeader("Connection", "Upgrade").withHeader("Upgrade", "websocket")
                .withHeader("Sec-WebSocket-Key", key).withHeader("Sec-WebSocket-Version", "13");
        HijackedStream raw = client.upgrade(handshake, onError);
        String accept = raw.header("Sec-WebSocket-Accept");
        if (raw.status() != 101 || !acceptFor(key).equals(accept)) {
            raw.close();
            throw new IOException("the engine did not accept the websocket handshake: HTTP " + raw.status()
                    + ", Sec-WebSocket-Accept [" + accept + "], expected [" + acceptFor(key) + "]");
        }
        return new WebSocket(raw);
    }

    /** @return the {@code Sec-WebSocket-Accept} value a server must answer to {@code key} */
    static String acceptFor(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the payload of data frames, as one stream; ends with the server's close frame */
    @Override
    public InputStream input() {
        return input;
    }

    /** @return a stream whose every write is sent as one masked binary frame */
    @Override
    public OutputStream output() {
        return output;
    }

    /** Sends a close frame (status 1000): the engine closes the container's stdin; its output still comes. */
    @Override
    public void closeOutput() throws IOException {
        sendClose();
    }

    @Override
    public void close() {
        try {
            sendClose();
        } catch (IOException ignored) {
            // the connection is going away anyway
        }
        connection.close();
    }

    private void sendClose() throws IOException {
        synchronized (writeLock) {
            if (closeSent) {
                return;
            }
            closeSent = true;
            writeFrame(out, OP_CLOSE, new byte[] {0x03, (byte) 0xe8}, 0, 2, mask());
            out.flush();
        }
    }

    private void send(int opcode, byte[] payload, int offset, int length) throws IOException {
        synchronized (writeLock) {
            if (closeSent) {
                throw new IOException("the websocket's output is closed");
            }
            writeFrame(out, opcode, payload, offset, length, mask());
            out.flush();
        }
    }

    private static byte[] mask() {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        return mask;
    }

    /** One frame as read from the wire. */
    record Frame(boolean fin, int opcode, byte[] payload) {
    }

    /**
     * Writes one final frame; masked when {@code mask} is given (a client must mask, RFC 6455 §5.3).
     */
    static void writeFrame(OutputStream out, int opcode, byte[] payload, int offset, int length, byte[] mask) throws IOException {
        out.write(0x80 | opcode);
        int maskBit = mask == null ? 0 : 0x80;
        if (length <= 125) {
            out.write(maskBit | length);
        } else if (length <= 0xffff) {
            out.write(maskBit | 126);
            out.write(length >>> 8);
            out.write(length);
        } else {
            out.write(maskBit | 127);
            long len = length;
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (len >>> shift));
            }
        }
        if (mask == null) {
            out.write(payload, offset, length);
            return;
        }
        out.write(mask);
        byte[] masked = new byte[length];
        for (int i = 0; i < length; i++) {
            masked[i] = (byte) (payload[offset + i] ^ mask[i & 3]);
        }
        out.write(masked);
    }

    /**
     * Reads one frame, unmasking it when it is masked.
     *
     * @return the frame, or {@code null} when the stream ends before a frame starts
     */
    static Frame readFrame(InputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        int b1 = readByte(in);
        if ((b0 & 0x70) != 0) {
            throw new IOException("websocket frame with reserved bits set (no extension was negotiated)");
        }
        long length = b1 & 0x7f;
        if (length == 126) {
            length = (readByte(in) << 8) | readByte(in);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException("websocket frame too large: " + Long.toUnsignedString(length) + " bytes");
        }
        byte[] mask = null;
        if ((b1 & 0x80) != 0) {
            mask = readFully(in, 4);
        }
        byte[] payload = readFully(in, (int) length);
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
        }
        return new Frame((b0 & 0x80) != 0, b0 & 0x0f, payload);
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed inside a websocket frame header");
        }
        return b;
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("connection closed inside a websocket frame with " + (length - bytes.length)
                    + " of " + length + " bytes missing");
        }
        return bytes;
    }

    /** Data frames' payloads as one stream; control frames are handled on the way. */
    private final class FrameInput extends InputStream {
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended || !nextDataFrame()) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }

        private boolean nextDataFrame() throws IOException {
            Frame frame = readFrame(in);
            if (frame == null) {
                return false;
            }
            switch (frame.opcode()) {
                case OP_CONTINUATION:
                case OP_TEXT:
                case OP_BINARY:
                    current = frame.payload();
                    position = 0;
                    return true;
                case OP_PING:
                    synchronized (writeLock) {
                        if (!closeSent) {
                            writeFrame(out, OP_PONG, frame.payload(), 0, Math.min(frame.payload().length, MAX_CONTROL_PAYLOAD), mask());
                            out.flush();
                        }
                    }
                    return true;
                case OP_PONG:
                    return true;
                case OP_CLOSE:
                    try {
                        sendClose();
                    } catch (IOException ignored) {
                        // the server may already have gone; its close frame ended the stream either way
                    }
                    return false;
                default:
                    throw new IOException("unknown websocket opcode 0x" + Integer.toHexString(frame.opcode()));
            }
        }
    }

    /** Each write becomes one masked binary frame. */
    private final class FrameOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            if (length > 0) {
                send(OP_BINARY, buffer, offset, length);
            }
        }

        @Override
        public void close() throws IOException {
            sendClose();
        }
    }
}
