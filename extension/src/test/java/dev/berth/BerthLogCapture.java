package dev.berth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what Berth logs through {@code System.Logger} "dev.berth", which goes to java.util.logging in the tests (no
 * other backend is on their class path), from FINE (Berth's DEBUG) up, around each test of a class that registers it:
 * {@code @RegisterExtension final BerthLogCapture log = new BerthLogCapture();}.
 */
final class BerthLogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final Logger jul = Logger.getLogger("dev.berth");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private Level levelBefore;

    @Override
    public void beforeEach(ExtensionContext context) {
        levelBefore = jul.getLevel();
        jul.setLevel(Level.FINE);
        jul.addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        jul.removeHandler(this);
        jul.setLevel(levelBefore);
    }

    /** @return the messages logged at exactly this level, in order */
    List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).collect(Collectors.toList());
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
