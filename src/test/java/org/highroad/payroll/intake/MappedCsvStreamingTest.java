package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streaming with a map, asserted by behaviour: 100,000 daily rows (20,000 workers × 5 days) are generated as the
 * translation pulls them (never a String of the whole file), grouped into 20,000 week rows and counted by a sink that
 * keeps nothing; the translation pulls the file in small chunks.
 */
class MappedCsvStreamingTest {

    static final int WORKERS = 20_000;

    @Test
    void aHundredThousandDailyRowsBecomeTwentyThousandWeekRowsAsTheyStream() {
        var file = new DailyRows();
        var mapped = new MappedCsvAsCanonical(file, MappedCsvAsCanonicalTest.daily(List.of()), LocalDate.of(2025, 3, 8),
                Limits.DEFAULT);
        int[] accepted = {0};
        RowSink counting = new RowSink() {
            @Override
            public void accept(ParsedRow r) {
                accepted[0]++;
            }

            @Override
            public void discard() {
                throw new AssertionError("nothing to discard in a valid file");
            }
        };

        ReadResult result = new PayrollCsvReader().read(mapped, LocalDate.of(2025, 3, 8), Limits.DEFAULT, counting);

        assertThat(mapped.errors(result)).isEmpty();
        assertThat(accepted[0]).isEqualTo(WORKERS);
        assertThat(mapped.sourceRow(WORKERS)).as("the last worker's week begins at daily row 99,996").isEqualTo(5 * WORKERS - 4);
        assertThat(file.largestRead).isLessThanOrEqualTo(64 * 1024);
    }

    /** A header, then for each worker five days of 8 hours at $60.00 ($2,400.00 gross, $1,916.40 net), made as read. */
    static final class DailyRows extends InputStream {
        private byte[] chunk = (MappedCsvAsCanonicalTest.DAILY_HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        private int pos;
        private int line;
        int largestRead;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            largestRead = Math.max(largestRead, len);
            if (pos >= chunk.length) {
                if (line >= 5 * WORKERS) {
                    return -1;
                }
                int worker = line / 5 + 1;
                int day = line % 5 + 3;
                chunk = (worker + ",Garcia,Maria,W" + worker + ",Journeyman,ELECTRICIAN (hyp.),03/0" + day
                        + "/2025,8,,60.00,,31.40,\"2,400.00\",\"2,400.00\",300.00,183.60,0,483.60,\"1,916.40\"\n")
                        .getBytes(StandardCharsets.UTF_8);
                pos = 0;
                line++;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
