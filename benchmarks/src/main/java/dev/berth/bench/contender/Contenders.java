package dev.berth.bench.contender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The known contenders, loaded reflectively by class name: a JVM only loads the one it runs (which keeps cold
 * starts honest), and the Berth contender, compiled only with {@code -Pberth}, may be absent.
 */
public enum Contenders {
    RAW("raw", "dev.berth.bench.contender.RawContender", "dev.berth.bench.raw.RawEngine"),
    BERTH("berth", "dev.berth.bench.berth.BerthContender", "dev.berth.Containers"),
    TESTCONTAINERS("testcontainers", "dev.berth.bench.contender.TestcontainersContender",
            "org.testcontainers.containers.GenericContainer");

    private final String key;
    private final String className;
    private final String libraryClass;

    Contenders(String key, String className, String libraryClass) {
        this.key = key;
        this.className = className;
        this.libraryClass = libraryClass;
    }

    /** @return the name used on the command line and in tables */
    public String key() {
        return key;
    }

    /** @return whether the contender's class and the library it needs are on the classpath */
    public boolean available() {
        try {
            Class.forName(className, false, Contenders.class.getClassLoader());
            Class.forName(libraryClass, false, Contenders.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return a new instance of the contender */
    public Contender create() throws Exception {
        return Class.forName(className).asSubclass(Contender.class).getConstructor().newInstance();
    }

    /** @return the contender named {@code key}, a prefix of it, or {@code tc} for Testcontainers */
    public static Contenders byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Contenders c : values()) {
            if (c.key.equals(k) || c.key.startsWith(k) || (k.equals("tc") && c == TESTCONTAINERS)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown contender " + key + "; known: raw, berth, testcontainers (tc)");
    }

    /** @return the contenders among {@code wanted} */
    public static List<Contenders> parse(String wanted) {
        List<Contenders> list = new ArrayList<>();
        for (String key : wanted.split(",")) {
            if (!key.isBlank()) {
                list.add(byKey(key.trim()));
            }
        }
        return list;
    }
}
