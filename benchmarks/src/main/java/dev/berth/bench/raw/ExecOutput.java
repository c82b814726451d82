package dev.berth.bench.raw;

import java.nio.charset.StandardCharsets;

/**
 * What an exec produced.
 *
 * @param exitCode the command's exit code
 * @param stdout its standard output
 * @param stderr its standard error
 */
public record ExecOutput(int exitCode, byte[] stdout, byte[] stderr) {

    /** @return stdout decoded as UTF-8 */
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** @return stderr decoded as UTF-8 */
    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
