package io.interviewcoach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunningStatsTest {

    @Test
    void meanAndSampleDeviationSkipMissingValues() {
        RunningStats s = new RunningStats();
        for (double v : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            s.add(v);
        }
        s.add(Double.NaN);
        s.add((Double) null);
        assertEquals(8, s.count());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
    }

    @Test
    void mergedPartsEqualOnePass() {
        RunningStats whole = new RunningStats();
        RunningStats a = new RunningStats();
        RunningStats b = new RunningStats();
        for (int i = 0; i < 100; i++) {
            double v = Math.sin(i) * 10 + i * 0.1;
            whole.add(v);
            (i < 37 ? a : b).add(v);
        }
        a.merge(b);
        assertEquals(whole.count(), a.count());
        assertEquals(whole.mean(), a.mean(), 1e-9);
        assertEquals(whole.sd(), a.sd(), 1e-9);
    }

    @Test
    void rollingValuesKeepTheLastOnes() {
        RollingValues r = new RollingValues(3);
        for (double v : new double[] {100, 1, 3, 2}) {
            r.add(v);
        }
        assertEquals(3, r.size());
        assertEquals(2.0, r.median(), 0);
        assertEquals(3.0, r.percentile(1.0), 0);
    }
}
